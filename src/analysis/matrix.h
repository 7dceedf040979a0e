// The reachability matrix: who can reach whom on which service, effective (reachable)
// and intended, with gaps marked. Groups are zones, classes or hosts.
#pragma once

#include <cstdint>
#include <functional>
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
  /// By zone: the zone has no inventory host, so the group is its plain (unregistered)
  /// address space, e.g. a guest Wi-Fi zone of DHCP clients.
  bool plain = false;
};

struct MatrixCell {
  std::uint32_t from = 0;     ///< group index
  std::uint32_t to = 0;       ///< group index
  std::uint32_t service = 0;  ///< index into Matrix::services
  PairSummary summary;        ///< merge_summary of every class pair of (from, to) with flows
  /// False when no class pair of the cell has a flow (a class of one host paired with
  /// itself: a host talking to itself is not a flow); the summary is then empty.
  bool flows = true;
};

struct Matrix {
  GroupBy by = GroupBy::Zone;
  std::vector<MatrixGroup> groups;
  std::vector<policy::NamedService> services;
  std::vector<MatrixCell> cells;  ///< every (from, to, service), from-major order
};

/// The groups of a decision for a grouping: every zone, holding its inventory hosts (the
/// `internet` group every internet address; a zone without inventory hosts its plain
/// address space, so no zone disappears); classes are every equivalence class; hosts are
/// every inventory host.
std::vector<MatrixGroup> make_groups(const decision::Decision& d, GroupBy by);

/// How many cells `groups` groups make: every ordered pair of groups (by host, a host is
/// not paired with itself) for each service.
std::uint64_t matrix_cell_count(std::uint64_t groups, std::uint64_t services, GroupBy by);

/// Calls fn(cell) for every cell, in the order of Matrix::cells, keeping none of them: the
/// memory used is O(distinct class-pair behaviours × services + rules), however many
/// cells there are. The cell passed is valid only during the call. Each cell equals the
/// merge_summary of summarize_pair over its class pairs.
void for_each_cell(const decision::Decision& d, const std::vector<policy::NamedService>& services,
                   const std::vector<MatrixGroup>& groups, GroupBy by,
                   const std::function<void(const MatrixCell&)>& fn);

/// Computes and keeps every cell (for_each_cell into Matrix::cells).
Matrix compute_matrix(const decision::Decision& d, std::vector<policy::NamedService> services,
                      GroupBy by);

}  // namespace bulkhead::analysis
