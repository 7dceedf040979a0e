// The reference semantics: spec section 3 evaluated literally on the Model for one flow,
// by linear scans over zones, hosts and rules. No atoms, no classes, no caches: it is
// slow on purpose and serves as the oracle the Decision is checked against.
#pragma once

#include <string>

#include "decision/decision.h"
#include "policy/model.h"

namespace bulkhead::testing {

struct ReferenceVerdict {
  decision::Tier tier = decision::Tier::None;
  std::string rule;  ///< name of the lowest-numbered matching rule of the tier, or ""
  bool reachable = false;
  bool intended = false;
};

/// Evaluates a flow against the model as written (anti-lockout included, as the spec
/// extension in docs/policy.md describes).
ReferenceVerdict reference_query(const policy::Model& m, const decision::Flow& f);

}  // namespace bulkhead::testing
