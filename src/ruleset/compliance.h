// Compliance with the seed table ("Recommended Inbound Connections to Block"): for each
// lateral-movement service and each inbound point, whether new connections to it are
// blocked, or from which source addresses they are still accepted, with an example packet
// and the rule (or policy) that lets it in.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/addr_set.h"
#include "decision/decision.h"
#include "ruleset/anomalies.h"
#include "ruleset/model.h"

namespace bulkhead::ruleset {

struct ServiceExposure {
  std::string service;
  bool exempt = false;  ///< the host's role keeps it open (a file server's SMB)
  Region open;     ///< packets the exact rules accept (an unmodelled block may still stop some)
  Region maybe;    ///< packets the exact rules block that an earlier inexact accept may let in
  Packet example;  ///< a packet of `open` (or of `maybe` when `open` is empty)
  std::size_t example_rule = kPolicy;  ///< the rule that accepts it (kPolicy: the policy)
  AddrSet sources;                     ///< the source addresses of `open`
  /// A rule logs some of the service's packets before they are decided (the first such
  /// rule), and the seed table recommends against logging it (high volume).
  std::optional<std::size_t> logged_by;
  bool high_volume = false;
  bool logging_against_table() const { return logged_by.has_value() && high_volume; }
  bool blocked() const { return open.empty() && maybe.empty(); }

  /// Set by judge_against_policy: the open packets the policy does not let reach the host
  /// (by its own inbound point's verdict), as their sources and one of them with the rule
  /// that accepts it.
  bool judged = false;
  AddrSet beyond_sources;
  std::optional<Packet> beyond_example;
  std::size_t beyond_rule = kPolicy;
  /// Open only to what the policy allows the host to receive.
  bool allowed_by_policy() const {
    return judged && !open.empty() && !beyond_example && maybe.empty();
  }
  /// What the seed table asks to close: open (beyond the policy, when judged against one)
  /// or may be open, and not exempt.
  bool exposed() const { return !exempt && !blocked() && !allowed_by_policy(); }
};

/// Walks the point's first-match list over each service's packets: an exact accept takes
/// its part as open, an exact block its part as blocked, an inexact accept marks its part
/// "may be open" (an inexact block proves nothing), and the policy decides the rest.
/// Cost: per service, one region intersection and subtraction per rule.
std::vector<ServiceExposure> seed_exposure(const Point& p, const std::vector<RiskyService>& risky,
                                           const std::vector<std::string>& exempt);

/// Judges each row's open packets against a policy: those addressed to one of `host`'s
/// addresses from a source the policy does not let reach it (the host's own inbound point
/// on the class pair's path, enforcing, decides; for a host without one, the whole path)
/// are beyond the policy. Packets from the host's own addresses (loopback) and to
/// addresses that are not the host's are not judged. Cost: per open box and host address,
/// one tier map per source atom the box covers.
void judge_against_policy(std::vector<ServiceExposure>& rows, const Point& p,
                          const decision::Decision& d, std::uint32_t host);

}  // namespace bulkhead::ruleset
