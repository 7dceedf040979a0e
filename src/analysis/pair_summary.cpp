// Pair summaries: walk the tier map segments that overlap the service keys.
#include "analysis/pair_summary.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace bulkhead::analysis {

std::string_view coverage_name(Coverage c) {
  switch (c) {
    case Coverage::None:
      return "none";
    case Coverage::Some:
      return "some";
    case Coverage::All:
      return "all";
  }
  return "none";
}

namespace {

Coverage combine(bool any, bool all) {
  return all ? Coverage::All : any ? Coverage::Some : Coverage::None;
}

}  // namespace

PairSummary summarize_pair(const decision::Decision& d, std::uint32_t src, std::uint32_t dst,
                           const ServiceSet& keys, const PairJudge* judge) {
  const decision::TierMap& map = d.tiers(src, dst);
  bool reach_any = false, reach_all = true, int_any = false, int_all = true;
  PairSummary out;
  for (const auto& iv : keys.intervals()) {
    for (const decision::Segment& seg : map) {
      if (seg.hi < iv.lo || seg.lo > iv.hi) continue;
      decision::Verdict v =
          judge != nullptr ? judge->verdict(src, dst, seg) : d.judge(src, dst, seg.tier, seg.rule);
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

PairJudge::PairJudge(const decision::Decision& d) {
  using Key = std::tuple<std::uint32_t, bool, bool, int, int, int>;
  std::map<Key, std::uint32_t> ids;
  std::vector<std::uint32_t> representative;
  profile_.reserve(d.classes().size());
  for (const decision::Class& c : d.classes()) {
    Key k{c.zone,
          c.is_host,
          c.managed,
          static_cast<int>(c.in),
          static_cast<int>(c.out),
          static_cast<int>(c.enforcement)};
    auto [it, inserted] = ids.emplace(k, static_cast<std::uint32_t>(representative.size()));
    if (inserted) representative.push_back(c.id);
    profile_.push_back(it->second);
  }
  nprofiles_ = static_cast<std::uint32_t>(representative.size());
  table_.assign(static_cast<std::size_t>(nprofiles_) * nprofiles_, 0);
  for (std::uint32_t a = 0; a < nprofiles_; ++a) {
    for (std::uint32_t b = 0; b < nprofiles_; ++b) {
      std::uint8_t m = 0;
      for (int t = 0; t < 4; ++t) {
        decision::Verdict v = d.judge(representative[a], representative[b],
                                      static_cast<decision::Tier>(t), decision::kNoRule);
        if (v.reachable) m |= static_cast<std::uint8_t>(1u << (2 * t));
        if (v.intended) m |= static_cast<std::uint8_t>(1u << (2 * t + 1));
      }
      table_[static_cast<std::size_t>(a) * nprofiles_ + b] = m;
    }
  }
}

}  // namespace bulkhead::analysis
