// Rules as class bitsets, and the tier map of a class pair.
//
// The tier map of a pair covers the whole service space with segments, each carrying the
// tier (override-deny > allow > deny > none) and the deciding rule (the lowest-numbered
// matching rule of that tier, so provenance is stable). Pairs matching the same set of
// rules share one map: maps are built once per distinct rule set, in
// O(B · M) for B service breakpoints and M matching rule intervals.
#include <algorithm>

#include "base/assert.h"
#include "decision/decision.h"

namespace bulkhead::decision {

void Decision::compile_rules() {
  const std::size_t ncls = classes_.size();
  rules_.clear();
  src_rules_.assign(ncls, {});
  for (std::size_t i = 0; i < model_.rules.size(); ++i) {
    const policy::Rule& r = model_.rules[i];
    CompiledRule cr;
    cr.id = static_cast<std::uint32_t>(i);
    cr.tier = tier_of(r.action);
    cr.rule = &r;
    cr.keys = r.keys();
    cr.src = selector_classes_[selector_ids_.at(r.from.text)];
    cr.dst = selector_classes_[selector_ids_.at(r.to.text)];
    for (std::uint32_t c = 0; c < ncls; ++c)
      if (bit(cr.src, c)) src_rules_[c].push_back(cr.id);
    rules_.push_back(std::move(cr));
  }
  rule_src_addrs_.assign(rules_.size(), std::nullopt);
  rule_dst_addrs_.assign(rules_.size(), std::nullopt);
  const std::size_t pairs = ncls * ncls;
  if (pairs <= (std::size_t{1} << 24)) pair_map_.assign(pairs, kNoRule);
}

const TierMap& Decision::tiers(std::uint32_t s, std::uint32_t d) const {
  const std::size_t ncls = classes_.size();
  std::uint32_t* slot = nullptr;
  if (!pair_map_.empty()) {
    slot = &pair_map_[static_cast<std::size_t>(s) * ncls + d];
  } else {
    auto [it, inserted] =
        pair_map_sparse_.emplace((static_cast<std::uint64_t>(s) << 32) | d, kNoRule);
    slot = &it->second;
  }
  if (*slot != kNoRule) return tier_maps_[*slot];

  std::vector<std::uint32_t> matching;
  for (std::uint32_t r : src_rules_[s])
    if (bit(rules_[r].dst, d)) matching.push_back(r);
  std::string key(reinterpret_cast<const char*>(matching.data()),
                  matching.size() * sizeof(std::uint32_t));
  auto [it, inserted] = tier_map_ids_.emplace(std::move(key), 0);
  if (inserted) {
    it->second = static_cast<std::uint32_t>(tier_maps_.size());
    tier_maps_.push_back(build_tier_map(matching));
  }
  *slot = it->second;
  return tier_maps_[*slot];
}

TierMap Decision::build_tier_map(const std::vector<std::uint32_t>& matching) const {
  std::vector<std::uint32_t> cuts{0};
  for (std::uint32_t r : matching) {
    for (const auto& iv : rules_[r].keys.intervals()) {
      cuts.push_back(iv.lo);
      if (iv.hi < kServiceKeyMax) cuts.push_back(iv.hi + 1);
    }
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

  TierMap out;
  for (std::size_t i = 0; i < cuts.size(); ++i) {
    std::uint32_t lo = cuts[i];
    std::uint32_t hi = i + 1 < cuts.size() ? cuts[i + 1] - 1 : kServiceKeyMax;
    Segment seg{lo, hi, Tier::None, kNoRule};
    for (std::uint32_t r : matching) {  // ascending ids: the first of a tier wins
      const CompiledRule& cr = rules_[r];
      if (cr.tier > seg.tier && cr.keys.contains(lo)) {
        seg.tier = cr.tier;
        seg.rule = r;
      }
    }
    if (!out.empty() && out.back().tier == seg.tier && out.back().rule == seg.rule) {
      out.back().hi = hi;
    } else {
      out.push_back(seg);
    }
  }
  BH_ASSERT(!out.empty() && out.front().lo == 0 && out.back().hi == kServiceKeyMax,
            "a tier map covers the whole service space");
  return out;
}

const Segment& Decision::segment_at(const TierMap& m, std::uint32_t key) {
  auto it = std::upper_bound(m.begin(), m.end(), key,
                             [](std::uint32_t k, const Segment& s) { return k < s.lo; });
  BH_ASSERT(it != m.begin(), "tier maps start at key 0");
  return *std::prev(it);
}

}  // namespace bulkhead::decision
