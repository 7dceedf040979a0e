// Reading one large flow-log file on several threads: the file is cut into byte ranges at
// line boundaries, each range is read by its own reader that starts with the file's header
// lines (so a custom AWS field order, a Windows `#Fields:` or a Zeek `#fields` header means
// the same in every range) and numbers its lines as the whole file does. Only plain text
// formats whose readers carry no state but what such header lines set are split: CSV, AWS
// VPC and Transit Gateway, Windows Firewall, Zeek TSV and netfilter text (docs/flows.md).
//
// The steps, each range's work on its own thread:
//   plan_split        decide and cut (reads the file's first MiB and a few bytes per cut)
//   scan_range        count a range's lines and look for header lines (memchr speed)
//   number_ranges     prefix-sum the counts; refuse when a header line sits mid-file
//   read_range        read a range into a sink, with statistics as one pass would count
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "flows/reader.h"
#include "flows/record.h"

namespace bulkhead::flows {

/// The offsets at which [begin, end) of the file open as `fd` is cut into `n` ranges: n + 1
/// ascending offsets from begin to end, each inner one just after the first '\n' at or after
/// begin + (end - begin) * k / n - 1 (end when there is none), so every range holds whole
/// lines; a range may be empty.
[[nodiscard]] Result<std::vector<std::uint64_t>> cut_at_lines(int fd, std::uint64_t begin,
                                                              std::uint64_t end, std::size_t n);

/// One range of a split file.
struct SplitRange {
  std::uint64_t begin = 0, end = 0;
  std::uint64_t first_line = 1;  ///< the file's line number of the range's first line
  std::uint64_t lines = 0;       ///< '\n' bytes in the range (scan_range)
};

/// How one file is read as ranges.
struct SplitPlan {
  std::string path;
  Format format = Format::Auto;
  /// The file's first lines up to its first data line (blank lines, comments, headers):
  /// every range but the first is read after them.
  std::string header;
  /// What reading `header` alone counts as skipped (each range but the first subtracts it).
  std::uint64_t header_skipped = 0;
  std::vector<SplitRange> ranges;
};

/// The plan for reading `path` as `n` ranges, or nullopt when it is to be read whole: not a
/// regular file, smaller than `min_bytes`, gzip, a format not split (binary or JSON), a
/// header over 1 MiB or one that holds records or malformed lines, or n < 2.
[[nodiscard]] Result<std::optional<SplitPlan>> plan_split(const std::string& path,
                                                          const ReadOptions& options, std::size_t n,
                                                          std::uint64_t min_bytes);

/// What scan_range found in one range.
struct RangeScan {
  std::uint64_t lines = 0;   ///< '\n' bytes
  bool header_line = false;  ///< a line that changes the reader's state starts here
};

/// Counts range k's lines and looks for lines that change the reader's state (past the
/// file's header). Reads the range once with large reads.
[[nodiscard]] Result<RangeScan> scan_range(const SplitPlan& plan, std::size_t k);

/// Sets each range's first_line from the scans; false (the file must be read whole) when a
/// state-changing line lies past the file's header part.
bool number_ranges(SplitPlan& plan, const std::vector<RangeScan>& scans);

/// Reads range k to `sink`, as read_flows reads the whole file: the same records, line
/// numbers and errors. The statistics add up, over the ranges in order (files, skipped and
/// bytes counted once), to those of one read_flows pass. Progress reports the range's bytes.
[[nodiscard]] Result<ReadStats> read_range(const SplitPlan& plan, std::size_t k,
                                           const ReadOptions& options,
                                           const std::function<void(const Record&)>& sink);

}  // namespace bulkhead::flows
