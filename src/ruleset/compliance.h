// Compliance with the seed table ("Recommended Inbound Connections to Block"): for each
// lateral-movement service and each inbound point, whether new connections to it are
// blocked, or from which source addresses they are still accepted, with an example packet
// and the rule (or policy) that lets it in.
#pragma once

#include <string>
#include <vector>

#include "base/addr_set.h"
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
  bool blocked() const { return open.empty() && maybe.empty(); }
};

/// Walks the point's first-match list over each service's packets: an exact accept takes
/// its part as open, an exact block its part as blocked, an inexact accept marks its part
/// "may be open" (an inexact block proves nothing), and the policy decides the rest.
/// Cost: per service, one region intersection and subtraction per rule.
std::vector<ServiceExposure> seed_exposure(const Point& p, const std::vector<RiskyService>& risky,
                                           const std::vector<std::string>& exempt);

}  // namespace bulkhead::ruleset
