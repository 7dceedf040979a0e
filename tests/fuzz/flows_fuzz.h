// The body shared by the flow-reader fuzz targets (fuzz_flows_<format>.cpp): any bytes, read
// as the target's format and as detected (Auto), leniently and strictly, must give records
// that hold the Record invariants, counts that add up, and one-line error messages; no input
// may crash, hang or read out of bounds.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "flows/reader.h"
#include "flows/text_fields.h"

namespace bulkhead::flows::fuzz {

inline void check_record(const Record& r) {
  if (r.src.family != r.dst.family) std::abort();
  if (r.line == 0) std::abort();
  if (r.has_ports && !has_port_numbers(r.protocol)) std::abort();
  if (r.has_icmp && !is_icmp(r.protocol)) std::abort();
  if (r.protocol == 1 && r.src.family == Family::V6 && r.has_icmp) std::abort();
  if (static_cast<int>(r.observed) > 2 || static_cast<int>(r.direction) > 3) std::abort();
}

inline int run_reader(const std::uint8_t* data, std::size_t size, Format format) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (Format f : {format, Format::Auto}) {
    for (bool strict : {false, true}) {
      ReadOptions opts;
      opts.format = f;
      opts.strict = strict;
      opts.max_reported = 3;
      std::uint64_t seen = 0;
      Result<ReadStats> r = read_flows_text(text, "fuzz", opts, [&](const Record& rec) {
        check_record(rec);
        ++seen;
      });
      if (!r) {
        if (r.error().empty() || r.error().find('\n') != std::string::npos) std::abort();
        continue;
      }
      const ReadStats& s = r.value();
      if (s.records != seen || s.first_errors.size() > 3) std::abort();
      if (strict && s.malformed != 0) std::abort();
      for (const ReadError& e : s.first_errors)
        if (e.message.empty() || e.message.find('\n') != std::string::npos || e.line == 0)
          std::abort();
    }
  }
  return 0;
}

}  // namespace bulkhead::flows::fuzz
