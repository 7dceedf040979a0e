// Test helpers for the flow readers: read a text or files and keep every record, with the
// views a Record holds (reporter, log prefix, input name) copied out before the reader
// moves on.
#pragma once

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "flows/reader.h"

namespace bulkhead::flows::testing {

struct Got {
  bool ok = false;
  std::string error;  // when !ok
  ReadStats stats;
  std::vector<Record> records;
  std::vector<std::string> reporters;
  std::vector<std::string> prefixes;
  std::vector<std::string> files;
};

inline std::function<void(const Record&)> collector(Got* g) {
  return [g](const Record& r) {
    g->records.push_back(r);
    g->reporters.emplace_back(r.reporter);
    g->prefixes.emplace_back(r.log_prefix);
    g->files.emplace_back(r.file);
    g->records.back().reporter = {};
    g->records.back().log_prefix = {};
    g->records.back().file = {};
  };
}

inline Got read_text(std::string_view text, Format f = Format::Auto, bool strict = false) {
  Got g;
  ReadOptions o;
  o.format = f;
  o.strict = strict;
  Result<ReadStats> r = read_flows_text(text, "t.log", o, collector(&g));
  g.ok = r.ok();
  if (r)
    g.stats = r.value();
  else
    g.error = r.error();
  return g;
}

inline Got read_files(const std::vector<std::string>& inputs, Format f = Format::Auto,
                      bool strict = false) {
  Got g;
  ReadOptions o;
  o.format = f;
  o.strict = strict;
  Result<ReadStats> r = read_flows(inputs, o, collector(&g));
  g.ok = r.ok();
  if (r)
    g.stats = r.value();
  else
    g.error = r.error();
  return g;
}

inline std::string addr(const Addr& a) {
  return a.str();
}

}  // namespace bulkhead::flows::testing
