// read_flows: the driver. It expands the inputs (directories in name order), opens each as
// a LineSource, detects its format from the first 64 KiB when asked to, and hands the input
// to that format's reader (read_<format>.cpp) with a ReadContext that counts, reports and,
// in strict mode, stops on malformed lines.
#include "flows/reader.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "base/assert.h"
#include "flows/aggregate.h"
#include "flows/line_source.h"
#include "flows/read_context.h"
#include "flows/text_fields.h"

namespace bulkhead::flows {

void read_aggregate(LineSource& in, ReadContext& ctx);  // read_aggregate.cpp
// read_ipfix.cpp: the binary formats (NetFlow v5/v9, IPFIX).
std::optional<Format> sniff_binary(std::string_view head);
std::uint64_t read_ipfix(LineSource& in, const std::string& path, ReadContext& ctx);

namespace {

constexpr std::string_view kNames[kFormatCount] = {
    "auto",      "csv",        "windows-firewall", "aws-vpc",      "aws-tgw",
    "azure-nsg", "azure-vnet", "gcp-vpc",          "gcp-firewall", "zeek-tsv",
    "zeek-json", "netfilter",  "aggregate",        "ipfix",        "netflow"};

bool starts_with(std::string_view s, std::string_view p) {
  return s.substr(0, p.size()) == p;
}

bool contains(std::string_view s, std::string_view p) {
  return s.find(p) != std::string_view::npos;
}

/// The format of one text line, or nullopt.
std::optional<Format> sniff_line(std::string_view line) {
  if (starts_with(line, kAggregateMagic) || is_aggregate_columns(line)) return Format::Aggregate;
  if (starts_with(line, "#separator") || starts_with(line, "#fields\t")) return Format::ZeekTsv;
  if (starts_with(line, "#Software: Microsoft Windows Firewall") ||
      starts_with(line, "#Fields: date time action"))
    return Format::WindowsFirewall;
  if (line.empty() || line.front() == '#') return std::nullopt;
  if (starts_with(line, "version ") && contains(line, "srcaddr"))
    return contains(line, "tgw-") || contains(line, "resource-type") ? Format::AwsTransitGateway
                                                                     : Format::AwsVpc;
  std::string_view f[48];
  const std::size_t n = split_fields(line, ' ', f, 48);
  std::uint64_t version = 0;
  if (n <= 48 && parse_bounded(f[0], 10, &version) && version >= 2) {
    if (n == 36 && starts_with(f[3], "tgw-")) return Format::AwsTransitGateway;
    if (n >= 14 && (f[12] == "ACCEPT" || f[12] == "REJECT" || f[12] == "-") &&
        (f[13] == "OK" || f[13] == "NODATA" || f[13] == "SKIPDATA"))
      return Format::AwsVpc;
  }
  std::int64_t t = 0;
  if (n >= 3 && parse_date_time(f[0], f[1], &t) &&
      (f[2] == "ALLOW" || f[2] == "DROP" || f[2] == "INFO-EVENTS-LOST" || f[2] == "OPEN" ||
       f[2] == "CLOSE" || f[2] == "OPEN-INBOUND"))
    return Format::WindowsFirewall;
  if (contains(line, "IN=") && contains(line, " OUT=")) return Format::Netfilter;
  if (looks_like_aggregate_row(line)) return Format::Aggregate;
  std::string_view c[8];
  const std::size_t m = split_fields(line, ',', c, 8);
  if (m >= 3 && m <= 6 &&
      ((parse_address(trim_blanks(c[0])) && parse_address(trim_blanks(c[1]))) ||
       (trim_blanks(c[0]) == "src" && trim_blanks(c[1]) == "dst")))
    return Format::Csv;
  return std::nullopt;
}

std::optional<Format> sniff_json(std::string_view head) {
  if (contains(head, "\"flowLogVersion\"") || contains(head, "\"flowRecords\""))
    return Format::AzureVnet;
  if (contains(head, "NetworkSecurityGroupFlowEvent") || contains(head, "\"flowTuples\""))
    return Format::AzureNsg;
  if (contains(head, "vpc_flows")) return Format::GcpVpc;
  if (contains(head, "compute.googleapis.com%2Ffirewall") || contains(head, "\"disposition\""))
    return Format::GcpFirewall;
  if (contains(head, "\"id.orig_h\"")) return Format::ZeekJson;
  if (contains(head, " SRC=") && contains(head, " DST=")) return Format::Netfilter;
  return std::nullopt;
}

/// The inputs as a list of files ("-" kept), directories expanded in name order.
Result<std::vector<std::string>> expand(const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  for (const std::string& in : inputs) {
    std::error_code ec;
    if (in != "-" && fs::is_directory(in, ec)) {
      std::vector<std::string> found;
      fs::recursive_directory_iterator it(in, fs::directory_options::skip_permission_denied, ec);
      if (ec) return Failure{"cannot read directory " + in + ": " + ec.message()};
      for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) return Failure{"cannot read directory " + in + ": " + ec.message()};
        std::error_code fe;
        if (it->is_regular_file(fe)) found.push_back(it->path().string());
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else {
      files.push_back(in);
    }
  }
  return files;
}

}  // namespace

void read_lines(Format f, LineSource& in, ReadContext& ctx) {
  switch (f) {
    case Format::Csv:
      read_csv(in, ctx);
      break;
    case Format::WindowsFirewall:
      read_windows(in, ctx);
      break;
    case Format::AwsVpc:
    case Format::AwsTransitGateway:
      read_aws(in, ctx);
      break;
    case Format::ZeekTsv:
      read_zeek_tsv(in, ctx);
      break;
    case Format::Netfilter: {
      const std::string_view t = trim_blanks(in.peek(64 << 10));
      if (!t.empty() && (t.front() == '{' || t.front() == '['))
        read_json(in, ctx);
      else
        read_netfilter(in, ctx);
      break;
    }
    case Format::AzureNsg:
    case Format::AzureVnet:
    case Format::GcpVpc:
    case Format::GcpFirewall:
    case Format::ZeekJson:
      read_json(in, ctx);
      break;
    case Format::Aggregate:
      read_aggregate(in, ctx);
      break;
    case Format::Ipfix:
    case Format::Netflow:
    case Format::Auto:
      BH_ASSERT(false, "read_lines reads the text and JSON formats");
  }
}

namespace {

/// Reads one opened input to its end; the failure message, or nullopt.
std::optional<std::string> read_one(LineSource& in, const std::string& name,
                                    const ReadOptions& options, ReadStats& stats,
                                    const std::function<void(const Record&)>& sink,
                                    std::uint64_t before, std::uint64_t total,
                                    const std::string& path = "") {
  const std::string_view head = in.peek(64 << 10);
  Format format = options.format;
  if (format == Format::Auto) {
    std::optional<Format> found = sniff_format(head);
    if (!found) {
      if (trim_blanks(head).find_first_not_of("\n\r\t ") == std::string_view::npos) {
        ++stats.files;
        return std::nullopt;  // empty: nothing to read
      }
      return name +
             ": cannot detect the flow-log format (give it with --format: " + format_names() + ")";
    }
    format = *found;
  }
  ++stats.files;
  ReadContext ctx(name, format, options, stats, sink);
  ctx.bytes_before = before;
  ctx.bytes_total = total;
  if (format == Format::Ipfix || format == Format::Netflow)
    stats.bytes += read_ipfix(in, path, ctx);  // binary: opens `path` itself
  else
    read_lines(format, in, ctx);
  if (ctx.failure()) return *ctx.failure();
  if (!in.error().empty()) return name + ": cannot read: " + in.error();
  return std::nullopt;
}

}  // namespace

Result<std::vector<std::string>> expand_inputs(const std::vector<std::string>& inputs) {
  return expand(inputs);
}

std::string_view format_name(Format f) {
  const auto i = static_cast<std::size_t>(f);
  return i < kFormatCount ? kNames[i] : "unknown";
}

std::optional<Format> parse_format(std::string_view name) {
  for (std::size_t i = 0; i < kFormatCount; ++i)
    if (kNames[i] == name) return static_cast<Format>(i);
  return std::nullopt;
}

std::string format_names() {
  std::string out;
  for (std::size_t i = 1; i < kFormatCount; ++i) {
    if (i > 1) out += ", ";
    out += kNames[i];
  }
  return out;
}

std::string ReadError::str() const {
  return file + ":" + std::to_string(line) + ": " + message;
}

bool ReadContext::bad(std::uint64_t line, std::string message) {
  ++stats_.malformed;
  ReadError e{name_, line, std::move(message)};
  if (options_.on_error) options_.on_error(e);
  if (options_.strict) {
    failure_ = e.str();
    return false;
  }
  if (stats_.first_errors.size() < options_.max_reported)
    stats_.first_errors.push_back(std::move(e));
  return true;
}

void ReadContext::fail(std::string message) {
  if (!failure_) failure_ = name_ + ": " + message;
}

void ReadContext::progress(std::uint64_t bytes) {
  if (options_.progress) options_.progress(bytes_before + bytes, bytes_total);
}

std::optional<Format> sniff_format(std::string_view head) {
  if (std::optional<Format> binary = sniff_binary(head)) return binary;
  // Skip a UTF-8 byte order mark and leading blank lines.
  if (starts_with(head, "\xEF\xBB\xBF")) head.remove_prefix(3);
  const std::size_t first = head.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return std::nullopt;
  head.remove_prefix(first);
  if (head.front() == '{' || head.front() == '[') return sniff_json(head);
  // The first lines that tell (comments, blank lines and syslog noise may come first).
  int looked = 0;
  while (!head.empty() && looked < 50) {
    const std::size_t nl = head.find('\n');
    std::string_view line = head.substr(0, nl);
    if (nl == std::string_view::npos && head.size() >= (64 << 10)) break;  // cut line
    line = trim_blanks(line);
    if (!line.empty()) {
      ++looked;
      if (std::optional<Format> f = sniff_line(line)) return f;
    }
    if (nl == std::string_view::npos) break;
    head.remove_prefix(nl + 1);
  }
  return std::nullopt;
}

Result<ReadStats> read_flows(const std::vector<std::string>& inputs, const ReadOptions& options,
                             const std::function<void(const Record&)>& sink) {
  Result<std::vector<std::string>> files = expand(inputs);
  if (!files) return Failure{files.error()};
  std::uint64_t total = 0;
  if (options.progress) {
    for (const std::string& f : files.value()) {
      std::error_code ec;
      if (f == "-") continue;
      const auto size = std::filesystem::file_size(f, ec);
      if (!ec) total += size;
    }
  }
  ReadStats stats;
  for (const std::string& path : files.value()) {
    Result<std::unique_ptr<LineSource>> in = LineSource::open(path);
    if (!in) return Failure{in.error()};
    const std::string name = path == "-" ? "<stdin>" : path;
    std::optional<std::string> err =
        read_one(*in.value(), name, options, stats, sink, stats.bytes, total, path);
    stats.bytes += in.value()->bytes_read();
    if (err) return Failure{*err};
    if (options.progress) options.progress(stats.bytes, total);
  }
  return stats;
}

Result<ReadStats> read_flows_text(std::string_view text, std::string_view name,
                                  const ReadOptions& options,
                                  const std::function<void(const Record&)>& sink) {
  std::unique_ptr<LineSource> in = LineSource::from_text(text);
  ReadStats stats;
  std::optional<std::string> err =
      read_one(*in, std::string(name), options, stats, sink, 0, text.size());
  stats.bytes = text.size();
  if (err) return Failure{*err};
  return stats;
}

}  // namespace bulkhead::flows
