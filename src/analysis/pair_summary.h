// What one class pair can do on one set of service keys: reachable and intended on all,
// some or none of the keys, and which rules decided. The building block of matrix,
// exposure and coverage, computed exactly from the tier map's segments.
#pragma once

#include <cstdint>
#include <vector>

#include "decision/decision.h"

namespace bulkhead::analysis {

enum class Coverage : std::uint8_t { None, Some, All };
std::string_view coverage_name(Coverage c);  ///< "none", "some", "all"

struct PairSummary {
  Coverage reachable = Coverage::None;
  Coverage intended = Coverage::None;
  bool gap = false;                   ///< some key reachable but not intended
  std::vector<std::uint32_t> rules;   ///< deciding rules over the keys (sorted, unique)
};

/// Summarises the class pair over `keys` (which must not be empty).
PairSummary summarize_pair(const decision::Decision& d, std::uint32_t src, std::uint32_t dst,
                           const ServiceSet& keys);

/// Merges summaries of several class pairs into one (all = all in every pair).
void merge_summary(PairSummary* into, const PairSummary& other, bool first);

}  // namespace bulkhead::analysis
