// What one class pair can do on one set of service keys: reachable and intended on all,
// some or none of the keys, and which rules decided. The building block of matrix,
// exposure and coverage, computed exactly from the tier map's segments.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "decision/decision.h"

namespace bulkhead::analysis {

enum class Coverage : std::uint8_t { None, Some, All };
std::string_view coverage_name(Coverage c);  ///< "none", "some", "all"

struct PairSummary {
  Coverage reachable = Coverage::None;
  Coverage intended = Coverage::None;
  bool gap = false;                  ///< some key reachable but not intended
  std::vector<std::uint32_t> rules;  ///< deciding rules over the keys (sorted, unique)
};

/// Calls fn(segment, lo, hi) for every piece [lo, hi] where a tier-map segment overlaps
/// the keys, in key order. O(segments + intervals).
template <typename Fn>
void for_each_overlap(const decision::TierMap& map, const ServiceSet& keys, Fn&& fn) {
  auto seg = map.begin();
  for (const auto& iv : keys.intervals()) {
    while (seg != map.end() && seg->hi < iv.lo) ++seg;
    for (auto it = seg; it != map.end() && it->lo <= iv.hi; ++it) {
      std::uint32_t lo = std::max(it->lo, iv.lo), hi = std::min(it->hi, iv.hi);
      if (!fn(*it, lo, hi)) return;
    }
  }
}

/// Summarises the class pair over `keys` (which must not be empty).
class PairJudge;
PairSummary summarize_pair(const decision::Decision& d, std::uint32_t src, std::uint32_t dst,
                           const ServiceSet& keys, const PairJudge* judge = nullptr);

/// Merges summaries of several class pairs into one (all = all in every pair).
void merge_summary(PairSummary* into, const PairSummary& other, bool first);

/// The verdict of every class pair for every tier, without building point lists per
/// query. A pair's verdict depends only on both classes' enforcement profiles (zone,
/// host-ness, managed flag, defaults, mode), so Decision::judge runs once per distinct
/// pair of profiles and tier: O(P² · 4) judge calls for P profiles, then O(1) lookups.
class PairJudge {
 public:
  explicit PairJudge(const decision::Decision& d);

  /// Bit 2·tier: reachable; bit 2·tier+1: intended.
  std::uint8_t mask(std::uint32_t s, std::uint32_t t) const {
    return table_[static_cast<std::size_t>(profile_[s]) * nprofiles_ + profile_[t]];
  }
  bool reachable(std::uint32_t s, std::uint32_t t, decision::Tier tier) const {
    return (mask(s, t) >> (2 * static_cast<int>(tier))) & 1u;
  }
  bool intended(std::uint32_t s, std::uint32_t t, decision::Tier tier) const {
    return (mask(s, t) >> (2 * static_cast<int>(tier) + 1)) & 1u;
  }
  /// Whether some tier is reachable but not intended for the pair (a gap is possible).
  bool may_gap(std::uint32_t s, std::uint32_t t) const {
    std::uint8_t m = mask(s, t);
    return ((m & 0x55u) & ~((m >> 1) & 0x55u)) != 0;
  }
  /// The same Verdict as Decision::judge.
  decision::Verdict verdict(std::uint32_t s, std::uint32_t t, const decision::Segment& seg) const {
    return decision::Verdict{seg.tier, seg.rule, reachable(s, t, seg.tier),
                             intended(s, t, seg.tier)};
  }
  std::uint32_t profile(std::uint32_t c) const { return profile_[c]; }
  std::uint32_t profiles() const { return nprofiles_; }

 private:
  std::vector<std::uint32_t> profile_;  // class → profile
  std::uint32_t nprofiles_ = 0;
  std::vector<std::uint8_t> table_;  // profile pair → mask
};

}  // namespace bulkhead::analysis
