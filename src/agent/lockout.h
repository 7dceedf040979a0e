// The lockout check `apply --host H` runs before it commits: would the new policy let
// the administrator back in? Existing connections survive any apply (the rendered table
// accepts established flows first), so the question is the next login: a NEW connection
// from each session's client to the same local address and port, judged at H's inbound
// firewall exactly as the rendered table judges it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "agent/sessions.h"
#include "decision/decision.h"

namespace bulkhead::agent {

/// The verdict on a new connection of one session.
struct SessionCheck {
  Session session;
  bool loopback = false;   ///< the client is this machine: `iif lo accept` admits it always
  bool elsewhere = false;  ///< the local address is not on this machine (namespace): the
                           ///< session does not pass this firewall
  bool blocked = false;
  decision::Tier tier = decision::Tier::None;
  std::uint32_t rule = decision::kNoRule;  ///< the deciding rule, or kNoRule (the default)
};

/// Judges a new TCP connection client → local:local_port of each session at host `host`'s
/// inbound firewall, in enforcement mode `mode` when given (apply --mode), else the
/// policy's: an audit-mode firewall blocks nothing. A client that is one of
/// `local_addresses` (or loopback) reaches the host over `lo` and is never blocked; a
/// session whose local address is not one of `local_addresses` (a $SSH_CONNECTION of the
/// machine, seen from inside a network namespace) does not pass this firewall. A local
/// address that is not one of the host's addresses is judged as the rendered table does:
/// only rules whose `to` covers all of the host's addresses of that family match it.
std::vector<SessionCheck> check_sessions(const decision::Decision& d, std::uint32_t host,
                                         std::optional<policy::Enforcement> mode,
                                         const std::vector<Session>& sessions,
                                         const std::vector<Addr>& local_addresses);

/// What blocks a session: "deny rule lateral-movement/ssh @ 40-rules.yaml:12" or "the
/// inbound default deny of host fs1".
std::string blocker_text(const decision::Decision& d, std::uint32_t host, const SessionCheck& c);

/// How to keep the session: an allow rule from its client to the host on its port (and
/// settings.management when the port is a management service's), or, when an
/// override-deny blocks it, narrowing that rule.
std::string suggestion_text(const decision::Decision& d, std::uint32_t host, const SessionCheck& c);

/// Whether this machine holds at least one of the host's addresses.
bool holds_host_address(const decision::Decision& d, std::uint32_t host,
                        const std::vector<Addr>& local_addresses);

}  // namespace bulkhead::agent
