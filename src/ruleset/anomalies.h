// Rule anomalies of one point's first-match list, computed exactly over the point's whole
// header space (docs/audit.md has the definitions with an example each).
//
// For rule i with match M_i, let E_i = M_i minus the union of the exact matches of the
// rules before it: the packets rule i decides. Verdicts compare as accept versus block
// (drop and reject both block); log-only rules decide nothing and take no part.
//   unreachable    an exact earlier rule matches the whole header space, or no packet
//                  reaches the rule through its chain (an earlier return or goto, or the
//                  jump into the chain, leaves nothing of its match).
//   shadowed       E_i is empty and an earlier rule with the other verdict overlaps M_i.
//   redundant      not shadowed, and removing rule i changes no verdict: E_i is empty, or
//                  every packet of E_i gets rule i's verdict from the rules after it (or
//                  the policy) and rule i has no side effect (a counter, a log, a comment:
//                  Rule::side_effects), since removing it would change what is counted.
//   correlated     exact rules j < i with different verdicts whose matches overlap, neither
//                  containing the other.
//   generalization exact rules j < i with different verdicts, M_j strictly inside M_i, and
//                  rule i is not the first rule matching every packet (a default by
//                  another name).
//   over-broad     an exact accept that takes some risky service (the lateral-movement
//                  table) from every source to every destination of the point.
// An inexact rule (an unmodelled match) may match any part of its region: it never
// covers another rule, a later one of another verdict makes redundancy unprovable, and
// it takes part in no pairwise or over-broad finding. Each finding carries a witness
// packet inside the region that proves it. Copies of one written rule (inlined through
// several jumps, a vmap's elements) with the same finding and the same other rules are
// reported once.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/service_key.h"
#include "ruleset/model.h"

namespace bulkhead::ruleset {

enum class AnomalyKind : std::uint8_t {
  Unreachable,
  Shadowed,
  Redundant,
  OverBroad,
  Correlated,
  Generalization,
};
constexpr AnomalyKind kAnomalyKinds[] = {AnomalyKind::Unreachable, AnomalyKind::Shadowed,
                                         AnomalyKind::Redundant,   AnomalyKind::OverBroad,
                                         AnomalyKind::Correlated,  AnomalyKind::Generalization};

/// "unreachable", "shadowed", "redundant", "over-broad", "correlated", "generalization"
std::string_view anomaly_name(AnomalyKind k);
/// Whether the kind is an error by default (the others are warnings).
constexpr bool anomaly_is_error(AnomalyKind k) {
  return k != AnomalyKind::Correlated && k != AnomalyKind::Generalization;
}

/// A service an accept must not open from anywhere to anywhere.
struct RiskyService {
  std::string name;
  ServiceSet keys;
  bool high_volume = false;  ///< the seed table's "Enable Logging: No" (avoid logging it)
};

/// The lateral-movement baseline's services (policy/catalog.cpp), the seed table.
std::vector<RiskyService> lateral_movement_services();

struct AnomalyOptions {
  std::vector<RiskyService> risky = lateral_movement_services();
  /// Pairwise findings (correlated, generalization) kept per point at most; the counts
  /// stay exact.
  std::size_t max_pairwise = 100000;
};

inline constexpr std::size_t kPolicy = static_cast<std::size_t>(-1);

struct Anomaly {
  AnomalyKind kind = AnomalyKind::Shadowed;
  std::size_t rule = 0;             ///< index into the point's rules
  std::vector<std::size_t> others;  ///< the other rules involved (kPolicy: the policy)
  Packet witness;
  std::string detail;  ///< over-broad: the risky services it opens ("smb, rdp")
};

struct PointAnomalies {
  std::vector<Anomaly> findings;  ///< by kind, then rule, then others
  std::size_t correlated = 0;     ///< exact counts (findings may hold fewer)
  std::size_t generalization = 0;
};

/// The anomalies of one point. Cost: O(n²) region operations for n rules (the decided
/// regions E_i subtract the earlier rules that meet M_i; the pairwise kinds meet every
/// pair once).
PointAnomalies find_anomalies(const Point& p, const AnomalyOptions& opts = {});

}  // namespace bulkhead::ruleset
