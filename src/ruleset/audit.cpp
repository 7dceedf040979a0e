#include "ruleset/audit.h"

#include <algorithm>

#include "ruleset/inbound.h"

namespace bulkhead::ruleset {

AuditedRuleset audit(Ruleset rs, const AuditOptions& o) {
  AnomalyOptions inbound;
  std::vector<std::string> exempt;
  if (o.file_server) {
    // As the lateral-movement baseline: file servers keep SMB and NetBIOS session.
    std::erase_if(inbound.risky,
                  [](const RiskyService& s) { return s.name == "smb" || s.name == "netbios-ssn"; });
    exempt = {"smb", "netbios-ssn"};
  }
  AnomalyOptions outbound = inbound;
  outbound.risky.clear();

  AuditedRuleset a;
  a.rs = std::move(rs);
  for (const Point& p : a.rs.points)
    a.per_point.push_back(find_anomalies(p, is_outbound_hook(p) ? outbound : inbound));
  const std::vector<RiskyService> seed_services = lateral_movement_services();
  for (Point& p : inbound_points(a.rs)) {
    std::vector<ServiceExposure> rows = seed_exposure(p, seed_services, exempt);
    if (o.policy != nullptr) judge_against_policy(rows, p, *o.policy, o.host);
    a.seed.emplace_back(std::move(p), std::move(rows));
  }
  return a;
}

std::string_view exposure_status(const ServiceExposure& e) {
  if (e.exempt) return "exempt";
  if (e.allowed_by_policy()) return "allowed by policy";
  if (!e.open.empty()) return "open";
  if (!e.maybe.empty()) return "may be open";
  return "blocked";
}

}  // namespace bulkhead::ruleset
