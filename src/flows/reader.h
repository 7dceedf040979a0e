// The flow-log readers: one entry point that streams the records of files, directories or
// stdin in any of the supported formats (plain or gzip) to a sink, one Record at a time.
// Memory stays constant in the number of lines: each line is parsed in place in the read
// buffer and the Record handed to the sink points into it (see docs/flows.md, "Formats").
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/ip.h"
#include "base/result.h"
#include "flows/record.h"

namespace bulkhead::flows {

/// The input formats. Auto detects each file's format from its header or first record.
enum class Format : std::uint8_t {
  Auto,
  Csv,                ///< src,dst,proto,port[,action[,time]] (the `query --flows` lines)
  WindowsFirewall,    ///< pfirewall.log (W3C `#Fields:` header)
  AwsVpc,             ///< AWS VPC Flow Logs, v2 default or a header line's custom fields
  AwsTransitGateway,  ///< AWS Transit Gateway flow logs (default 36 fields or a header)
  AzureNsg,           ///< Azure NSG flow logs v1/v2 (`{"records":[...]}` JSON)
  AzureVnet,          ///< Azure VNet flow logs (flowLogVersion 4)
  GcpVpc,             ///< GCP VPC Flow Logs (LogEntry JSON, one per line)
  GcpFirewall,        ///< GCP Firewall Rules Logging (LogEntry JSON, one per line)
  ZeekTsv,            ///< Zeek conn.log, TSV with `#fields`
  ZeekJson,           ///< Zeek conn.log, JSON lines
  Netfilter,          ///< Linux netfilter/nftables LOG lines (syslog, journal text)
  Aggregate,          ///< `flows aggregate` partial aggregates (or the `flows sql` CSV)
  Ipfix,              ///< IPFIX messages back to back (RFC 7011, RFC 5655 file), binary
  Netflow,            ///< NetFlow v5 / v9 packets back to back, binary
};
constexpr std::size_t kFormatCount = 15;

/// "auto", "csv", "windows-firewall", "aws-vpc", "aws-tgw", "azure-nsg", "azure-vnet",
/// "gcp-vpc", "gcp-firewall", "zeek-tsv", "zeek-json", "netfilter", "aggregate", "ipfix",
/// "netflow".
std::string_view format_name(Format f);
/// The Format named so (format_name's spellings), or nullopt.
std::optional<Format> parse_format(std::string_view name);
/// Every format name but "auto", comma separated, for help texts and error messages.
std::string format_names();

/// One malformed line: where, and why (the message is one line, control characters
/// escaped).
struct ReadError {
  std::string file;
  std::uint64_t line = 0;
  std::string message;
  /// "file:line: message"
  std::string str() const;
};

struct ReadOptions {
  Format format = Format::Auto;
  /// Fail on the first malformed line (the error is "file:line: message").
  bool strict = false;
  /// How many malformed lines are kept in ReadStats::first_errors.
  std::size_t max_reported = 10;
  /// Called now and then with the bytes read so far and the total size of the inputs
  /// (0 when unknown, e.g. stdin). Compressed inputs count compressed bytes.
  std::function<void(std::uint64_t done, std::uint64_t total)> progress;
  /// Called on every malformed line, before strict mode stops (for a caller that prints
  /// each error as it comes, as `query --flows` does).
  std::function<void(const ReadError&)> on_error;
  /// CSV only: the addresses of an endpoint written as a name rather than an address (an
  /// inventory host); empty when the name is unknown. Unset: names are malformed.
  std::function<std::vector<Addr>(std::string_view name)> resolve_name;
};

struct ReadStats {
  std::uint64_t records = 0;    ///< records given to the sink
  std::uint64_t malformed = 0;  ///< lines (JSON records) that could not be read
  /// Lines that are not flows: NODATA/SKIPDATA, INFO-EVENTS-LOST, comments and headers,
  /// blank lines, log lines without a flow.
  std::uint64_t skipped = 0;
  std::uint64_t bytes = 0;  ///< input bytes read (compressed bytes for gzip)
  std::uint64_t files = 0;  ///< files read (stdin counts as one)
  /// Records per format, indexed by static_cast<std::size_t>(Format).
  std::array<std::uint64_t, kFormatCount> per_format{};
  /// The first max_reported malformed lines.
  std::vector<ReadError> first_errors;
};

/// Reads every input in order and gives each record to `sink`. An input is a file, a
/// directory (its files, recursively, in name order) or "-" for stdin (named "<stdin>").
/// Gzip is recognised by its magic bytes. An unreadable input, a file whose format cannot be
/// detected, or (strict) a malformed line fails with a message naming the file.
[[nodiscard]] Result<ReadStats> read_flows(const std::vector<std::string>& inputs,
                                           const ReadOptions& options,
                                           const std::function<void(const Record&)>& sink);

/// The files read_flows would read for `inputs`, in its order: directories expanded
/// (recursively, in name order), "-" kept. Fails on an unreadable directory.
[[nodiscard]] Result<std::vector<std::string>> expand_inputs(
    const std::vector<std::string>& inputs);

/// Reads one in-memory text (already decompressed) as if it were a file named `name`:
/// for tests, fuzz targets and benchmarks. Same contract as read_flows.
[[nodiscard]] Result<ReadStats> read_flows_text(std::string_view text, std::string_view name,
                                                const ReadOptions& options,
                                                const std::function<void(const Record&)>& sink);

/// The format of a text from its first lines (header or first record); nullopt when no
/// reader recognises it.
std::optional<Format> sniff_format(std::string_view head);

}  // namespace bulkhead::flows
