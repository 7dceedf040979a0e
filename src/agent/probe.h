// Active probing: real TCP connections and UDP exchanges from this machine to the
// addresses and ports a policy talks about, compared with what the Decision says.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/ip.h"
#include "base/result.h"
#include "decision/decision.h"
#include "policy/catalog.h"

namespace bulkhead::agent {

/// `--to`: a host name, or LABEL=VALUE[,LABEL=VALUE...] where every pair must hold; the
/// keys `zone` and `host` compare the host's zone and name; a value "!x" means "absent or
/// not x".
struct HostFilter {
  struct Cond {
    std::string key;
    std::string value;
    bool negated = false;
  };
  std::string text;
  std::optional<std::string> host;  ///< a bare host name
  std::vector<Cond> conds;
};
/// Parses a --to value; nullopt and a reason when malformed.
std::optional<HostFilter> parse_host_filter(std::string_view text, std::string* why);
/// Whether an inventory host passes the filter.
bool host_matches(const decision::Decision& d, const HostFilter& f, std::uint32_t host);

/// One (destination address, protocol, port) to try, with what the policy expects.
struct ProbeTarget {
  std::uint32_t to = 0;      ///< inventory host index
  Addr address;              ///< one of its addresses
  Addr source;               ///< the probing host's address of the same family
  Proto proto = Proto::Tcp;  ///< Tcp or Udp
  std::uint16_t port = 0;
  std::string service;  ///< the service name it was chosen for
  decision::Verdict expected;
};

/// Every target from host `from`: each other inventory host passing `to` (all when
/// unset), each of its addresses that `from` has a same-family address for, each TCP and
/// UDP range of each service at its first and last port (ports 0 are skipped). Sorted by
/// host, address, service order, protocol, port. O(hosts · addresses · ranges).
std::vector<ProbeTarget> select_targets(const decision::Decision& d, std::uint32_t from,
                                        const std::optional<HostFilter>& to,
                                        const std::vector<policy::NamedService>& services);

/// How a probe ended.
enum class ProbeHow : std::uint8_t {
  Connected,    ///< TCP handshake completed
  Replied,      ///< UDP reply received
  Refused,      ///< TCP reset or ICMP port unreachable
  Unreachable,  ///< ICMP host/net unreachable or administratively prohibited
  LocalDrop,    ///< this machine's own firewall refused to send (EPERM)
  Timeout,      ///< no answer in time (typically a drop on the path)
  Error,        ///< any other socket error
};
std::string_view probe_how_name(ProbeHow h);  ///< "connected", "replied", "refused", ...

struct ProbeOutcome {
  bool reachable = false;  ///< Connected or Replied
  ProbeHow how = ProbeHow::Timeout;
  int error = 0;         ///< errno for Error/Unreachable/LocalDrop
  std::uint32_t ms = 0;  ///< time to the outcome
};

struct Endpoint {
  Addr address;
  Proto proto = Proto::Tcp;
  std::uint16_t port = 0;
  auto operator<=>(const Endpoint&) const = default;
};

struct ProbeOptions {
  std::chrono::milliseconds timeout{1000};
  unsigned parallel = 64;  ///< sockets in flight at most
};

/// The datagram a UDP probe sends.
constexpr std::string_view kUdpProbePayload = "bulkhead-probe";

/// Probes every endpoint with non-blocking sockets and epoll, at most `parallel` at a
/// time. TCP: reachable when connect() completes. UDP: a connected socket sends the
/// payload (again at half the timeout) and is reachable when any reply arrives; an ICMP
/// error or silence is blocked. Outcomes are in the order of `endpoints`.
[[nodiscard]] Result<std::vector<ProbeOutcome>> run_probes(const std::vector<Endpoint>& endpoints,
                                                           const ProbeOptions& options);

/// The addresses configured on this machine's interfaces (in this network namespace).
std::vector<Addr> local_addresses();

}  // namespace bulkhead::agent
