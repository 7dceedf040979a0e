// What one class pair can do on one set of service keys: reachable and intended on all,
// some or none of the keys, and which rules decided. The building block of matrix,
// exposure and coverage, computed exactly from the tier map's segments.
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <unordered_map>
#include <utility>
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
    // Binary search: tier maps can have hundreds of segments and a service a few keys.
    seg = std::lower_bound(seg, map.end(), iv.lo,
                           [](const decision::Segment& x, std::uint32_t k) { return x.hi < k; });
    for (auto it = seg; it != map.end() && it->lo <= iv.hi; ++it) {
      std::uint32_t lo = std::max(it->lo, iv.lo), hi = std::min(it->hi, iv.hi);
      if (!fn(*it, lo, hi)) return;
    }
  }
}

/// The tiers (bit 1 << tier) of the segments of a tier map that overlap a key set. Tier
/// maps are shared by many class pairs, so a walk over every pair asks this first and
/// walks only the pairs where a tier it cares about occurs. Keyed by the addresses of the
/// map and of the key set, which must outlive the cache.
class OverlapTiers {
 public:
  std::uint8_t of(const decision::TierMap& map, const ServiceSet& keys) {
    auto [it, fresh] = cache_.try_emplace(Key{&map, &keys}, 0);
    if (fresh) {
      std::uint8_t bits = 0;
      for_each_overlap(map, keys, [&](const decision::Segment& seg, std::uint32_t, std::uint32_t) {
        bits |= static_cast<std::uint8_t>(1u << static_cast<int>(seg.tier));
        return true;
      });
      it->second = bits;
    }
    return it->second;
  }

 private:
  using Key = std::pair<const decision::TierMap*, const ServiceSet*>;
  struct Hash {
    std::size_t operator()(const Key& k) const {
      return std::hash<const void*>()(k.first) * 31 + std::hash<const void*>()(k.second);
    }
  };
  std::unordered_map<Key, std::uint8_t, Hash> cache_;
};

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
