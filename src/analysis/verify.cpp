// verify: intents and enforcement gaps, exactly, per class pair and tier-map segment.
//
// An intent covers the flows (a, b, key) with a in a class its `from` matches, b in a
// class its `to` matches and key in its services. All flows of one class pair and one
// tier-map segment share a verdict, so the intent holds iff it holds on every (pair,
// segment) overlapping its services: O(|S|·|T|) pairs, each first tested against the
// pair's verdict mask (a pair where no tier is reachable cannot break `blocked`), then
// walked over its segments. Gaps: one O(1) mask test per class pair; only pairs where
// some tier is reachable yet not intended (unmanaged ends, audit mode, defaults) are
// walked. Nothing here is per host; host counts come from the census.
#include "analysis/verify.h"

#include <algorithm>
#include <map>

#include "analysis/counterexample.h"
#include "analysis/pair_summary.h"

namespace bulkhead::analysis {
namespace {

ServiceSet expect_keys(const policy::Expect& e) {
  ServiceSet keys;
  for (const policy::ServiceRef& s : e.services) keys = keys.unite(s.keys);
  return keys;
}

u128 add_sat(u128 a, u128 b) {
  return a + b < a ? ~u128{0} : a + b;
}

}  // namespace

IntentResult check_intent(const Context& ctx, const policy::Expect& e, const VerifyOptions& opts) {
  const decision::Decision& d = ctx.d;
  IntentResult out;
  out.expect = &e;
  out.keys = expect_keys(e);
  const bool want_blocked = e.verdict == policy::ExpectVerdict::Blocked;
  std::vector<std::uint32_t> srcs = d.classes_matching(e.from);
  std::vector<std::uint32_t> dsts = d.classes_matching(e.to);
  constexpr std::uint8_t kAllReachable = 0x55;
  const FamilyKeys fk(out.keys);
  for (std::uint32_t s : srcs) {
    for (std::uint32_t t : dsts) {
      const ServiceSet& keys = fk.of_pair(ctx.census, s, t);
      if (keys.empty()) continue;
      ++out.class_pairs;
      const std::uint8_t mask = ctx.judge.mask(s, t);
      if (want_blocked && (mask & kAllReachable) == 0) continue;
      if (!want_blocked && (mask & kAllReachable) == kAllReachable) continue;
      std::optional<std::uint32_t> bad_key;
      for_each_overlap(d.tiers(s, t), keys,
                       [&](const decision::Segment& seg, std::uint32_t lo, std::uint32_t hi) {
                         if (ctx.judge.reachable(s, t, seg.tier) == want_blocked) {
                           bad_key = telling_key(keys, lo, hi);
                           return false;
                         }
                         return true;
                       });
      if (!bad_key) continue;
      ++out.failing_class_pairs;
      out.failing_host_pairs += ctx.census.host_pairs(s, t);
      if (ctx.census.population(s).addresses > 0 || ctx.census.population(t).addresses > 0)
        out.failing_addresses = true;
      if (out.examples.size() < opts.examples_per_intent) {
        if (auto ex = make_example(ctx.census, s, t, *bad_key)) out.examples.push_back(*ex);
      }
    }
  }
  out.holds = out.failing_class_pairs == 0;
  out.vacuous = out.class_pairs == 0;
  return out;
}

std::vector<Gap> find_gaps(const Context& ctx) {
  const decision::Decision& d = ctx.d;
  const auto ncls = static_cast<std::uint32_t>(d.classes().size());
  std::vector<Gap> out;
  const FamilyKeys fk(all_services());
  for (std::uint32_t s = 0; s < ncls; ++s) {
    for (std::uint32_t t = 0; t < ncls; ++t) {
      if (!ctx.judge.may_gap(s, t)) continue;
      const ServiceSet& keys = fk.of_pair(ctx.census, s, t);
      if (keys.empty()) continue;
      // Gap keys of this pair, per catalog service that contains the piece ("" = none).
      std::map<std::string, Gap> groups;
      for_each_overlap(d.tiers(s, t), keys,
                       [&](const decision::Segment& seg, std::uint32_t lo, std::uint32_t hi) {
                         decision::Verdict v = ctx.judge.verdict(s, t, seg);
                         if (!v.reachable || v.intended) return true;
                         const std::string* name = ctx.catalog.containing(lo, hi);
                         Gap& g = groups[name ? *name : std::string()];
                         g.named = name != nullptr;
                         g.keys.add(lo, hi);
                         if (seg.rule != decision::kNoRule) g.rules.push_back(seg.rule);
                         return true;
                       });
      std::vector<Gap> pair_gaps;
      for (auto& [name, g] : groups) {
        g.src_cls = s;
        g.dst_cls = t;
        g.service = g.named ? name : format_services(g.keys);
        std::sort(g.rules.begin(), g.rules.end());
        g.rules.erase(std::unique(g.rules.begin(), g.rules.end()), g.rules.end());
        g.src = ctx.census.population(s);
        g.dst = ctx.census.population(t);
        g.host_pairs = ctx.census.host_pairs(s, t);
        g.example = *make_example(
            ctx.census, s, t,
            *telling_key(g.keys, g.keys.intervals().front().lo, g.keys.intervals().back().hi));
        pair_gaps.push_back(std::move(g));
      }
      std::sort(pair_gaps.begin(), pair_gaps.end(), [](const Gap& a, const Gap& b) {
        return a.keys.intervals().front().lo < b.keys.intervals().front().lo;
      });
      for (Gap& g : pair_gaps) out.push_back(std::move(g));
    }
  }
  return out;
}

VerifyReport verify(const decision::Decision& d, const VerifyOptions& opts) {
  Context ctx(d);
  return verify(ctx, opts);
}

VerifyReport verify(const Context& ctx, const VerifyOptions& opts) {
  const decision::Decision& d = ctx.d;
  VerifyReport r;
  for (const policy::Expect& e : d.model().expects) {
    r.intents.push_back(check_intent(ctx, e, opts));
    if (!r.intents.back().holds) ++r.failed_intents;
  }
  r.gaps = find_gaps(ctx);
  // Host pairs of distinct class pairs (a pair with gaps on several services counts once).
  u128 total = 0;
  for (std::size_t i = 0; i < r.gaps.size(); ++i) {
    if (i > 0 && r.gaps[i].src_cls == r.gaps[i - 1].src_cls &&
        r.gaps[i].dst_cls == r.gaps[i - 1].dst_cls)
      continue;
    ++r.gap_class_pairs;
    total = add_sat(total, r.gaps[i].host_pairs);
  }
  r.gap_host_pairs =
      total > ~std::uint64_t{0} ? ~std::uint64_t{0} : static_cast<std::uint64_t>(total);
  return r;
}

}  // namespace bulkhead::analysis
