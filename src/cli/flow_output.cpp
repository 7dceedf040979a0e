// Read statistics of the flow commands: the malformed-lines warning on stderr and the
// sum of per-thread reads. O(first errors).
#include "cli/flow_output.h"

#include <iostream>

#include <fmt/format.h>

namespace bulkhead::cli {

void warn_malformed(std::string_view what, const flows::ReadStats& s) {
  if (s.malformed == 0) return;
  std::cerr << fmt::format(
      "bulkhead: warning: {}: {} malformed line{} skipped (--strict stops at the first)\n", what,
      s.malformed, s.malformed == 1 ? "" : "s");
  for (const flows::ReadError& e : s.first_errors) std::cerr << "  " << e.str() << '\n';
}

void add_read_stats(flows::ReadStats& into, const flows::ReadStats& from,
                    std::size_t max_reported) {
  into.records += from.records;
  into.malformed += from.malformed;
  into.skipped += from.skipped;
  into.bytes += from.bytes;
  into.files += from.files;
  for (std::size_t f = 0; f < from.per_format.size(); ++f) into.per_format[f] += from.per_format[f];
  for (const flows::ReadError& e : from.first_errors)
    if (into.first_errors.size() < max_reported) into.first_errors.push_back(e);
}

}  // namespace bulkhead::cli
