// Read statistics of the flow commands: the warning about malformed lines every flow
// command prints the same way, and the sum of a read split among threads. The verdict
// JSON and the Record-to-Flow step are output/verdict_json.h.
#pragma once

#include <cstddef>
#include <string_view>

#include "flows/reader.h"

namespace bulkhead::cli {

/// On stderr, when lines were skipped as malformed: "bulkhead: warning: WHAT: N malformed
/// lines skipped (--strict stops at the first)", then the first ones, one per line.
void warn_malformed(std::string_view what, const flows::ReadStats& s);

/// Adds the statistics of one read to `into` (a read split among threads): counts summed,
/// first_errors appended in order up to `max_reported`.
void add_read_stats(flows::ReadStats& into, const flows::ReadStats& from, std::size_t max_reported);

}  // namespace bulkhead::cli
