// The reachability matrix: who can reach whom on which service, effective (reachable)
// and intended, with gaps marked. Groups are zones, classes or hosts.
#pragma once

#include <string>
#include <vector>

#include "analysis/pair_summary.h"
#include "decision/decision.h"
#include "policy/catalog.h"

namespace bulkhead::analysis {

enum class GroupBy : std::uint8_t { Zone, Class, Host };

struct MatrixGroup {
  std::string name;
  std::vector<std::uint32_t> classes;  ///< the classes of its addresses
  std::int32_t host = -1;              ///< for GroupBy::Host
};

struct MatrixCell {
  std::uint32_t from = 0;     ///< group index
  std::uint32_t to = 0;       ///< group index
  std::uint32_t service = 0;  ///< index into Matrix::services
  PairSummary summary;
};

struct Matrix {
  GroupBy by = GroupBy::Zone;
  std::vector<MatrixGroup> groups;
  std::vector<policy::NamedService> services;
  std::vector<MatrixCell> cells;  ///< every (from, to, service), from-major order
};

/// The groups of a decision for a grouping: zones hold their inventory hosts (and the
/// `internet` group every internet address); classes are every equivalence class; hosts
/// are every inventory host.
std::vector<MatrixGroup> make_groups(const decision::Decision& d, GroupBy by);

/// Computes every cell. Pairs of classes are summarised once per service and reused, so
/// the cost is O(G² · k) cell merges for G groups of k classes, plus one summary per
/// distinct class pair. A host is not paired with itself.
Matrix compute_matrix(const decision::Decision& d, std::vector<policy::NamedService> services,
                      GroupBy by);

}  // namespace bulkhead::analysis
