// One deployed rule set audited as `bulkhead audit` and the report show it: the rule
// anomalies of each enforcement point, and the seed table's services on each path a new
// inbound connection takes (ruleset/inbound.h).
#pragma once

#include <string_view>
#include <utility>
#include <vector>

#include "decision/decision.h"
#include "ruleset/anomalies.h"
#include "ruleset/compliance.h"
#include "ruleset/model.h"

namespace bulkhead::ruleset {

struct AuditOptions {
  /// The audited host is a file server: SMB and NetBIOS session are neither risky (for
  /// over-broad accepts) nor to be blocked (the seed table's exception).
  bool file_server = false;
  /// When set, the seed table's open rows are judged against this policy's view of
  /// `host` (judge_against_policy): what the policy allows is not exposure.
  const decision::Decision* policy = nullptr;
  std::uint32_t host = 0;
};

struct AuditedRuleset {
  Ruleset rs;
  std::vector<PointAnomalies> per_point;  ///< parallel to rs.points
  /// The inbound paths (several base chains combined) and the seed table's services there.
  std::vector<std::pair<Point, std::vector<ServiceExposure>>> seed;
};

/// Finds every point's anomalies and the seed table on the inbound paths.
/// Cost: find_anomalies per point, seed_exposure per inbound path.
AuditedRuleset audit(Ruleset rs, const AuditOptions& o);

/// "exempt", "allowed by policy", "open", "may be open" or "blocked".
std::string_view exposure_status(const ServiceExposure& e);

}  // namespace bulkhead::ruleset
