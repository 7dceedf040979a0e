// Split reading: the plan, the line count of each range and the reading of one range.
//
// Why it gives what one pass gives: a line reader's state (the AWS layout, the Windows
// `#Fields:` layout, the Zeek separator, fields and unset mark, whether a CSV line is the
// first) changes only on a few recognisable lines ("state lines": `version ...`, `#Fields: `,
// `#separator`/`#fields`/`#unset_field`, `src,...`). The file's header part (its first lines
// up to the first data line) is replayed before every range; past it, a state line anywhere
// makes the file read whole. So every range starts in the state one pass has there, reads
// the same lines with the same numbers, and its statistics differ only by the replayed
// header (its skipped lines, subtracted) and the file count (counted once).
//
// Cost: the plan reads the first MiB and one block per cut; scan_range reads each range once
// with memchr (a page-cache pass before the parse); read_range streams its range through a
// LineSource of a few MiB. Memory: O(threads × buffer), whatever the file's size.
#include "flows/split.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <string_view>

#include "base/assert.h"
#include "flows/line_source.h"
#include "flows/read_context.h"
#include "flows/text_fields.h"

namespace bulkhead::flows {
namespace {

constexpr std::size_t kBlock = 1 << 20;
constexpr std::size_t kMaxHeader = 1 << 20;
constexpr std::size_t kLead = 16;  // the bytes of a line state_line looks at

bool starts_with(std::string_view s, std::string_view p) {
  return s.substr(0, p.size()) == p;
}

/// Whether a line starting with `lead` may change the reader's state (conservative: a lead
/// cut before it tells counts as one).
bool state_line(Format f, std::string_view lead) {
  switch (f) {
    case Format::Csv: {
      const std::size_t i = lead.find_first_not_of(" \t\r");
      if (i == std::string_view::npos) return lead.size() >= kLead;
      return starts_with(lead.substr(i), "src");
    }
    case Format::AwsVpc:
    case Format::AwsTransitGateway:
      return starts_with(lead, "version");
    case Format::WindowsFirewall:
      return starts_with(lead, "#Fields:");
    case Format::ZeekTsv:
      return starts_with(lead, "#separator") || starts_with(lead, "#fields") ||
             starts_with(lead, "#unset_field");
    default:
      return false;
  }
}

/// Lines read_range may meet before the first data line: blank, comments, state lines.
bool header_line(Format f, std::string_view line) {
  return trim_blanks(line).empty() || line.front() == '#' || state_line(f, line.substr(0, kLead));
}

/// Formats read as text lines whose state only state_line lines change.
bool splittable(Format f) {
  switch (f) {
    case Format::Csv:
    case Format::AwsVpc:
    case Format::AwsTransitGateway:
    case Format::WindowsFirewall:
    case Format::ZeekTsv:
    case Format::Netfilter:
      return true;
    default:
      return false;
  }
}

std::string io_error(const std::string& path, int e) {
  return "cannot read flows file " + path + ": " + std::strerror(e);
}

/// pread that retries on EINTR; -1 with errno on error.
ssize_t read_at(int fd, char* buf, std::size_t n, std::uint64_t off) {
  while (true) {
    const ssize_t got = ::pread(fd, buf, n, static_cast<off_t>(off));
    if (got >= 0 || errno != EINTR) return got;
  }
}

struct Fd {
  int fd = -1;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

Result<std::vector<std::uint64_t>> cut_at_lines(int fd, std::uint64_t begin, std::uint64_t end,
                                                std::size_t n) {
  BH_ASSERT(n >= 1 && begin <= end, "callers ask for at least one range of a valid span");
  std::vector<std::uint64_t> cuts{begin};
  std::vector<char> buf(64 << 10);
  const std::uint64_t span = end - begin;
  for (std::size_t k = 1; k < n; ++k) {
    const std::uint64_t target = begin + span / n * k + span % n * k / n;
    // The first '\n' at or after target - 1; the previous cut's '\n' when that is it.
    // (begin is a line start: the byte before it, if any, is '\n'.)
    if (target <= cuts.back()) {
      cuts.push_back(cuts.back());
      continue;
    }
    std::uint64_t pos = target - 1;
    std::uint64_t cut = end;
    while (pos < end) {
      const std::size_t want =
          static_cast<std::size_t>(std::min<std::uint64_t>(buf.size(), end - pos));
      const ssize_t got = read_at(fd, buf.data(), want, pos);
      if (got < 0) return Failure{std::string("cannot read: ") + std::strerror(errno)};
      if (got == 0) break;
      const void* nl = std::memchr(buf.data(), '\n', static_cast<std::size_t>(got));
      if (nl != nullptr) {
        cut = pos + static_cast<std::uint64_t>(static_cast<const char*>(nl) - buf.data()) + 1;
        break;
      }
      pos += static_cast<std::uint64_t>(got);
    }
    cuts.push_back(cut);
  }
  cuts.push_back(end);
  return cuts;
}

Result<std::optional<SplitPlan>> plan_split(const std::string& path, const ReadOptions& options,
                                            std::size_t n, std::uint64_t min_bytes) {
  if (n < 2 || path == "-") return std::optional<SplitPlan>();
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::optional<SplitPlan>();
  const auto size = static_cast<std::uint64_t>(st.st_size);
  if (size < min_bytes || size == 0) return std::optional<SplitPlan>();
  Fd f{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
  if (f.fd < 0) return Failure{"cannot open flows file " + path + ": " + std::strerror(errno)};

  std::string head(static_cast<std::size_t>(std::min<std::uint64_t>(size, kMaxHeader + 1)), '\0');
  std::size_t have = 0;
  while (have < head.size()) {
    const ssize_t got = read_at(f.fd, head.data() + have, head.size() - have, have);
    if (got < 0) return Failure{io_error(path, errno)};
    if (got == 0) break;
    have += static_cast<std::size_t>(got);
  }
  head.resize(have);
  if (starts_with(head, "\x1f\x8b")) return std::optional<SplitPlan>();  // gzip
  // The format as read_flows detects it (from the first 64 KiB).
  const std::string_view peek = std::string_view(head).substr(0, 64 << 10);
  Format format = options.format;
  if (format == Format::Auto) {
    std::optional<Format> found = sniff_format(peek);
    if (!found) return std::optional<SplitPlan>();
    format = *found;
  }
  if (!splittable(format)) return std::optional<SplitPlan>();
  if (format == Format::Netfilter) {
    const std::string_view t = trim_blanks(peek);
    if (!t.empty() && (t.front() == '{' || t.front() == '[')) return std::optional<SplitPlan>();
  }

  // The header part: whole lines before the first data line, within the first MiB.
  std::size_t pos = 0;
  while (true) {
    const std::size_t nl = head.find('\n', pos);
    if (nl == std::string::npos || nl >= kMaxHeader) return std::optional<SplitPlan>();
    if (!header_line(format, std::string_view(head).substr(pos, nl - pos))) break;
    pos = nl + 1;
  }
  SplitPlan plan;
  plan.path = path;
  plan.format = format;
  plan.header = head.substr(0, pos);
  ReadOptions alone;
  alone.format = format;
  Result<ReadStats> h = read_flows_text(plan.header, path, alone, [](const Record&) {});
  if (!h || h.value().records != 0 || h.value().malformed != 0) return std::optional<SplitPlan>();
  plan.header_skipped = h.value().skipped;

  Result<std::vector<std::uint64_t>> cuts = cut_at_lines(f.fd, pos, size, n);
  if (!cuts) return Failure{path + ": " + cuts.error()};
  for (std::size_t k = 0; k < n; ++k) {
    SplitRange r;
    r.begin = k == 0 ? 0 : cuts.value()[k];
    r.end = cuts.value()[k + 1];
    plan.ranges.push_back(r);
  }
  return std::optional<SplitPlan>(std::move(plan));
}

Result<RangeScan> scan_range(const SplitPlan& plan, std::size_t k) {
  BH_ASSERT(k < plan.ranges.size(), "a range of the plan");
  const SplitRange& r = plan.ranges[k];
  const std::uint64_t header_end = plan.header.size();
  Fd f{::open(plan.path.c_str(), O_RDONLY | O_CLOEXEC)};
  if (f.fd < 0) return Failure{"cannot open flows file " + plan.path + ": " + std::strerror(errno)};
  RangeScan scan;
  std::vector<char> buf(kBlock);
  std::string lead;
  bool collecting = r.begin >= header_end;  // reading the lead of a line past the header
  std::uint64_t base = r.begin;
  while (base < r.end) {
    const std::size_t want =
        static_cast<std::size_t>(std::min<std::uint64_t>(kBlock, r.end - base));
    const ssize_t got = read_at(f.fd, buf.data(), want, base);
    if (got < 0) return Failure{io_error(plan.path, errno)};
    if (got == 0) return Failure{plan.path + ": cannot read: the file became shorter"};
    const auto len = static_cast<std::size_t>(got);
    const char* data = buf.data();
    std::size_t i = 0;
    while (i < len) {
      if (collecting) {
        while (i < len && lead.size() < kLead && data[i] != '\n') lead.push_back(data[i++]);
        if (i == len && lead.size() < kLead) break;  // the lead goes on in the next block
        scan.header_line = scan.header_line || state_line(plan.format, lead);
        collecting = false;
      }
      const void* nl = std::memchr(data + i, '\n', len - i);
      if (nl == nullptr) break;
      ++scan.lines;
      i = static_cast<std::size_t>(static_cast<const char*>(nl) - data) + 1;
      lead.clear();
      collecting = base + i >= header_end;
    }
    base += len;
  }
  if (collecting && !lead.empty())  // a last line without '\n'
    scan.header_line = scan.header_line || state_line(plan.format, lead);
  return scan;
}

bool number_ranges(SplitPlan& plan, const std::vector<RangeScan>& scans) {
  BH_ASSERT(scans.size() == plan.ranges.size(), "one scan per range");
  std::uint64_t line = 1;
  for (std::size_t k = 0; k < scans.size(); ++k) {
    if (scans[k].header_line) return false;
    plan.ranges[k].first_line = line;
    plan.ranges[k].lines = scans[k].lines;
    line += scans[k].lines;
  }
  return true;
}

Result<ReadStats> read_range(const SplitPlan& plan, std::size_t k, const ReadOptions& options,
                             const std::function<void(const Record&)>& sink) {
  BH_ASSERT(k < plan.ranges.size(), "a range of the plan");
  const SplitRange& r = plan.ranges[k];
  const bool first = k == 0;
  Result<std::unique_ptr<LineSource>> opened =
      LineSource::open_range(plan.path, r.begin, r.end, first ? std::string_view() : plan.header,
                             first ? 1 : r.first_line);
  if (!opened) return Failure{opened.error()};
  LineSource& in = *opened.value();
  ReadStats stats;
  ReadContext ctx(plan.path, plan.format, options, stats, sink);
  ctx.bytes_total = r.end - r.begin;
  read_lines(plan.format, in, ctx);
  if (ctx.failure()) return Failure{*ctx.failure()};
  if (!in.error().empty()) return Failure{plan.path + ": cannot read: " + in.error()};
  stats.bytes = in.bytes_read();
  if (first) {
    stats.files = 1;
  } else {
    BH_ASSERT(stats.skipped >= plan.header_skipped, "the header is replayed as it was read");
    stats.skipped -= plan.header_skipped;
  }
  return stats;
}

}  // namespace bulkhead::flows
