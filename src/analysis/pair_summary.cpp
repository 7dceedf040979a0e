// Pair summaries: walk the tier map segments that overlap the service keys.
#include "analysis/pair_summary.h"

#include <algorithm>

namespace bulkhead::analysis {

std::string_view coverage_name(Coverage c) {
  switch (c) {
    case Coverage::None: return "none";
    case Coverage::Some: return "some";
    case Coverage::All: return "all";
  }
  return "none";
}

namespace {

Coverage combine(bool any, bool all) { return all ? Coverage::All : any ? Coverage::Some : Coverage::None; }

}  // namespace

PairSummary summarize_pair(const decision::Decision& d, std::uint32_t src, std::uint32_t dst,
                           const ServiceSet& keys) {
  const decision::TierMap& map = d.tiers(src, dst);
  bool reach_any = false, reach_all = true, int_any = false, int_all = true;
  PairSummary out;
  for (const auto& iv : keys.intervals()) {
    for (const decision::Segment& seg : map) {
      if (seg.hi < iv.lo || seg.lo > iv.hi) continue;
      decision::Verdict v = d.judge(src, dst, seg.tier, seg.rule);
      reach_any |= v.reachable;
      reach_all &= v.reachable;
      int_any |= v.intended;
      int_all &= v.intended;
      if (v.reachable && !v.intended) out.gap = true;
      if (seg.rule != decision::kNoRule) out.rules.push_back(seg.rule);
    }
  }
  std::sort(out.rules.begin(), out.rules.end());
  out.rules.erase(std::unique(out.rules.begin(), out.rules.end()), out.rules.end());
  out.reachable = combine(reach_any, reach_all);
  out.intended = combine(int_any, int_all);
  return out;
}

void merge_summary(PairSummary* into, const PairSummary& other, bool first) {
  if (first) {
    *into = other;
    return;
  }
  auto merge = [](Coverage a, Coverage b) {
    if (a == b) return a;
    return Coverage::Some;
  };
  into->reachable = merge(into->reachable, other.reachable);
  into->intended = merge(into->intended, other.intended);
  into->gap |= other.gap;
  std::vector<std::uint32_t> rules;
  std::set_union(into->rules.begin(), into->rules.end(), other.rules.begin(), other.rules.end(),
                 std::back_inserter(rules));
  into->rules = std::move(rules);
}

}  // namespace bulkhead::analysis
