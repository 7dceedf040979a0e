// Rules as class bitsets, and the tier map of a class pair.
//
// The tier map of a pair covers the whole service space with segments, each carrying the
// tier (override-deny > allow > deny > none) and the deciding rule (the lowest-numbered
// matching rule of that tier, so provenance is stable). Pairs matching the same set of
// rules share one map: maps are built once per distinct rule set, in
// O(B · M) for B service breakpoints and M matching rule intervals.
#include <algorithm>
#include <iterator>
#include <string>
#include <unordered_map>

#include "base/assert.h"
#include "decision/caches.h"
#include "decision/decision.h"

namespace bulkhead::decision {

Decision::Decision() : caches_(std::make_unique<Caches>()) {}
Decision::~Decision() = default;

namespace {

// Numbers the distinct rule lists: out[c] = group of class c; `lists` gets each group's list.
std::vector<std::uint32_t> group_lists(const std::vector<std::vector<std::uint32_t>>& per_class,
                                       std::vector<std::vector<std::uint32_t>>* lists) {
  std::unordered_map<std::string, std::uint32_t> ids;
  std::vector<std::uint32_t> out(per_class.size());
  for (std::size_t c = 0; c < per_class.size(); ++c) {
    const auto& l = per_class[c];
    std::string key(reinterpret_cast<const char*>(l.data()), l.size() * sizeof(std::uint32_t));
    auto [it, inserted] = ids.emplace(std::move(key), static_cast<std::uint32_t>(lists->size()));
    if (inserted) lists->push_back(l);
    out[c] = it->second;
  }
  return out;
}

}  // namespace

void Decision::compile_rules() {
  const std::size_t ncls = classes_.size();
  rules_.clear();
  src_rules_.assign(ncls, {});
  std::vector<std::vector<std::uint32_t>> dst_rules(ncls);
  for (std::size_t i = 0; i < model_.rules.size(); ++i) {
    const policy::Rule& r = model_.rules[i];
    CompiledRule cr;
    cr.id = static_cast<std::uint32_t>(i);
    cr.tier = tier_of(r.action);
    cr.rule = &r;
    cr.keys = r.keys();
    cr.src = selector_classes_[selector_ids_.at(r.from.text)];
    cr.dst = selector_classes_[selector_ids_.at(r.to.text)];
    for (std::uint32_t c = 0; c < ncls; ++c) {
      if (bit(cr.src, c)) src_rules_[c].push_back(cr.id);
      if (bit(cr.dst, c)) dst_rules[c].push_back(cr.id);
    }
    rules_.push_back(std::move(cr));
  }
  src_group_rules_.clear();
  dst_group_rules_.clear();
  src_group_ = group_lists(src_rules_, &src_group_rules_);
  dst_group_ = group_lists(dst_rules, &dst_group_rules_);

  Caches& c = *caches_;
  c.dst_groups = dst_group_rules_.size();
  c.init_pairs(src_group_rules_.size());
  c.rule_src.assign(rules_.size(), AddrSet{});
  c.rule_dst.assign(rules_.size(), AddrSet{});
  c.src_once = std::make_unique<std::once_flag[]>(rules_.size());
  c.dst_once = std::make_unique<std::once_flag[]>(rules_.size());
}

void Decision::Caches::init_pairs(std::size_t src_groups) {
  const std::size_t slots = src_groups * dst_groups;
  pair_slots.reset();
  sparse.clear();
  if (slots <= max_slots) {
    pair_slots = std::make_unique<std::atomic<const TierMap*>[]>(slots);
    for (std::size_t i = 0; i < slots; ++i) pair_slots[i].store(nullptr, std::memory_order_relaxed);
  }
}

std::shared_ptr<const Decision> Decision::resolve(policy::Model model,
                                                  const ResolveOptions& options) {
  std::shared_ptr<const Decision> d = resolve(std::move(model));
  // Nothing has looked a pair up yet: lay the empty cache out again under the new limit.
  Caches& c = *d->caches_;
  c.max_slots = options.max_pair_slots;
  c.init_pairs(d->src_group_rules_.size());
  return d;
}

const TierMap& Decision::tiers(std::uint32_t s, std::uint32_t d) const {
  Caches& c = *caches_;
  const std::uint32_t gs = src_group_[s], gd = dst_group_[d];
  const std::size_t index = static_cast<std::size_t>(gs) * c.dst_groups + gd;
  std::atomic<const TierMap*>* slot = c.pair_slots ? &c.pair_slots[index] : nullptr;
  if (slot != nullptr) {
    if (const TierMap* m = slot->load(std::memory_order_acquire)) return *m;
  } else {
    std::shared_lock<std::shared_mutex> read(c.sparse_mu);
    auto it = c.sparse.find(index);
    if (it != c.sparse.end()) return *it->second;
  }

  // The rules matching both sides, ascending (both lists are).
  std::vector<std::uint32_t> matching;
  const auto& a = src_group_rules_[gs];
  const auto& b = dst_group_rules_[gd];
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(matching));
  std::string key(reinterpret_cast<const char*>(matching.data()),
                  matching.size() * sizeof(std::uint32_t));
  const TierMap* map = nullptr;
  {
    std::lock_guard<std::mutex> lock(c.mu);
    auto [it, inserted] = c.by_rules.emplace(std::move(key), nullptr);
    if (inserted) it->second = &c.maps.emplace_back(build_tier_map(matching));
    map = it->second;
  }
  if (slot != nullptr) {
    slot->store(map, std::memory_order_release);
  } else {
    std::unique_lock<std::shared_mutex> write(c.sparse_mu);
    c.sparse.emplace(index, map);
  }
  return *map;
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
