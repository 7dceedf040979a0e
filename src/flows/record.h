// One flow as a log reports it: the record every reader produces and every flow command
// consumes. Readers fill what their format has; the rest keeps its "unknown" value.
#pragma once

#include <cstdint>
#include <string_view>

#include "base/ip.h"
#include "base/service_key.h"

namespace bulkhead::flows {

/// What the reporter did with the flow.
enum class Observed : std::uint8_t { Unknown, Accepted, Rejected };

/// Where the record was observed, when the format says so.
enum class Direction : std::uint8_t { Unknown, Inbound, Outbound, Forward };

struct Record {
  Addr src;
  Addr dst;
  /// IANA protocol number (6 TCP, 17 UDP, 1 ICMP, 58 ICMPv6, ...).
  std::uint8_t protocol = 0;
  bool has_ports = false;  ///< TCP/UDP with ports the format gave
  std::uint16_t src_port = 0;
  std::uint16_t dst_port = 0;
  bool has_icmp = false;  ///< ICMP/ICMPv6 with the type the format gave
  std::uint8_t icmp_type = 0;
  std::uint8_t icmp_code = 0;
  Observed observed = Observed::Unknown;
  Direction direction = Direction::Unknown;
  /// Seconds since 1970-01-01 UTC; 0 when unknown. `end` == `start` for a packet log.
  std::int64_t start = 0;
  std::int64_t end = 0;
  std::uint64_t bytes = 0;    ///< 0 when the format has no byte count
  std::uint64_t packets = 0;  ///< 0 when the format has no packet count
  /// How many flows the record stands for: 1 for a log line, more for a partial aggregate
  /// (`flows aggregate`), where start/end are the first and last time seen.
  std::uint64_t count = 1;
  /// Who reported it (an interface or ENI id, an NSG rule, a host name), when known;
  /// points into the reader's buffer and is valid until the next record.
  std::string_view reporter;
  /// A log line's prefix (netfilter `LOG`/nftables `log` prefix; Windows and cloud logs have
  /// none): bulkhead's own prefixes name the policy rule or default that logged the packet.
  std::string_view log_prefix;
  /// The input it came from as the user named it: the path given, a file inside a given
  /// directory, or "-" for stdin. Set by the reader; valid until the next record.
  std::string_view file;
  /// 1-based line (or JSON record index) in the input it came from.
  std::uint64_t line = 0;
};

/// "accepted", "rejected" or "unknown".
std::string_view observed_name(Observed o);

}  // namespace bulkhead::flows
