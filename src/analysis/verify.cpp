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
#include <unordered_map>

#include "analysis/counterexample.h"
#include "analysis/pair_summary.h"
#include "policy/catalog.h"

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

IntentResult check_flows(const Context& ctx, const std::vector<std::uint32_t>& srcs,
                         const std::vector<std::uint32_t>& dsts, const ServiceSet& keys_wanted,
                         FlowExpectation want, const VerifyOptions& opts) {
  const decision::Decision& d = ctx.d;
  IntentResult out;
  out.keys = keys_wanted;
  constexpr std::uint8_t kAllReachable = 0x55;
  // Reachable bits of the tiers that are not `allow` (bit 2·tier): none, deny, override-deny.
  constexpr std::uint8_t kReachableWithoutAllow = 0x45;
  // Whether a flow of tier `tier` on the pair breaks the expectation.
  auto fails = [&](std::uint32_t s, std::uint32_t t, decision::Tier tier) {
    const bool reachable = ctx.judge.reachable(s, t, tier);
    switch (want) {
      case FlowExpectation::Blocked:
        return reachable;
      case FlowExpectation::Reachable:
        return !reachable;
      case FlowExpectation::Ruled:
        return reachable && tier != decision::Tier::Allow;
    }
    return false;
  };
  const FamilyKeys fk(out.keys);
  OverlapTiers overlap;
  enum : std::uint8_t { kUnjudged, kNoFlow, kHolds, kFails };
  // Whether the flows of one class pair on `keys` meet the expectation; a failing key in
  // *bad_key.
  auto judge_pair = [&](std::uint32_t s, std::uint32_t t, const ServiceSet& keys,
                        std::uint32_t* bad_key) -> std::uint8_t {
    if (keys.empty()) return kNoFlow;
    const std::uint8_t mask = ctx.judge.mask(s, t);
    if (want == FlowExpectation::Blocked && (mask & kAllReachable) == 0) return kHolds;
    if (want == FlowExpectation::Reachable && (mask & kAllReachable) == kAllReachable)
      return kHolds;
    if (want == FlowExpectation::Ruled && (mask & kReachableWithoutAllow) == 0) return kHolds;
    const decision::TierMap& map = d.tiers(s, t);
    // Walk the segments only when a tier they carry fails here.
    const std::uint8_t tiers = overlap.of(map, keys);
    bool may_fail = false;
    for (int tier = 0; tier < 4 && !may_fail; ++tier)
      may_fail = (tiers >> tier & 1u) != 0 && fails(s, t, static_cast<decision::Tier>(tier));
    if (!may_fail) return kHolds;
    std::optional<std::uint32_t> bad;
    for_each_overlap(map, keys,
                     [&](const decision::Segment& seg, std::uint32_t lo, std::uint32_t hi) {
                       if (fails(s, t, seg.tier)) {
                         bad = telling_key(keys, lo, hi);
                         return false;
                       }
                       return true;
                     });
    if (!bad) return kHolds;
    *bad_key = *bad;
    return kFails;
  };
  auto keys_of = [&](std::uint8_t families) -> const ServiceSet& {
    return families == kBothFamilies ? fk.all
           : families == kFamilyV4   ? fk.v4
           : families == kFamilyV6   ? fk.v6
                                     : fk.none;
  };
  // Destinations alike in rule group, profile and families (Context::dst_behaviour) pass
  // or fail together: each source judges each such behaviour once, and every other
  // destination costs one look-up. (A host to itself carries fewer families than both
  // sides have, and is judged on its own.) O(|S|·B) judgements for B behaviours,
  // O(|S|·|T|) look-ups.
  const std::uint32_t behaviours = ctx.dst_behaviours;
  std::vector<std::uint8_t> state(behaviours);
  std::vector<std::uint32_t> bad_keys(behaviours);
  for (std::uint32_t s : srcs) {
    std::fill(state.begin(), state.end(), kUnjudged);
    const std::uint8_t src_families = ctx.families[s];
    for (std::size_t i = 0; i < dsts.size(); ++i) {
      const std::uint32_t t = dsts[i];
      const std::uint8_t pair = ctx.census.pair_families(s, t);
      std::uint8_t verdict = kUnjudged;
      std::uint32_t bad_key = 0;
      if (pair == (src_families & ctx.families[t])) {
        const std::uint32_t b = ctx.dst_behaviour[t];
        if (state[b] == kUnjudged) state[b] = judge_pair(s, t, keys_of(pair), &bad_keys[b]);
        verdict = state[b];
        bad_key = bad_keys[b];
      } else {
        verdict = judge_pair(s, t, keys_of(pair), &bad_key);
      }
      if (verdict == kNoFlow) continue;
      ++out.class_pairs;
      if (verdict != kFails) continue;
      ++out.failing_class_pairs;
      out.failing_host_pairs += ctx.census.host_pairs(s, t);
      if (ctx.census.population(s).has_addresses() || ctx.census.population(t).has_addresses())
        out.failing_addresses = true;
      if (out.examples.size() < opts.examples_per_intent) {
        if (auto ex = make_example(ctx.census, s, t, bad_key)) out.examples.push_back(*ex);
      }
    }
  }
  out.holds = out.failing_class_pairs == 0;
  out.vacuous = out.class_pairs == 0;
  return out;
}

IntentResult check_intent(const Context& ctx, const policy::Expect& e, const VerifyOptions& opts) {
  IntentResult out =
      check_flows(ctx, ctx.d.classes_matching(e.from), ctx.d.classes_matching(e.to), expect_keys(e),
                  e.verdict == policy::ExpectVerdict::Blocked ? FlowExpectation::Blocked
                                                              : FlowExpectation::Reachable,
                  opts);
  out.expect = &e;
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
        // Only the families the pair's flows use: an IPv6 peer cannot reach an IPv4 host.
        const std::uint8_t fams = ctx.census.pair_families(s, t);
        g.src = ctx.census.population(s, fams);
        g.dst = ctx.census.population(t, fams);
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

std::string_view finding_kind_name(VerifyFinding::Kind k) {
  switch (k) {
    case VerifyFinding::Kind::Intent:
      return "intent";
    case VerifyFinding::Kind::Gap:
      return "gap";
    case VerifyFinding::Kind::Risk:
      return "risk";
  }
  return "gap";
}

void find_root_causes(const Context& ctx, VerifyReport* r) {
  const decision::Decision& d = ctx.d;
  const RiskModel rm(ctx);
  CauseTable table(d);
  auto finding = [](VerifyFinding::Kind k, std::size_t index) {
    VerifyFinding f;
    f.kind = k;
    f.index = index;
    return f;
  };
  auto add = [&](VerifyFinding f, const CauseKey& key, const CauseEvidence& ev) {
    table.add(r->findings.size(), key, ev);
    f.risk = ev.risk;
    f.score = ev.score;
    f.why = ev.why;
    r->findings.push_back(std::move(f));
  };
  auto single = [&](std::uint32_t s, std::uint32_t t) {
    SourceMix mix(ctx.census);
    mix.add(s, rm.tags(s), d.classes()[s].zone, ctx.census.pair_families(s, t));
    return mix;
  };
  // Failed intents: each counterexample's cause; a blocked flow an intent wants
  // reachable is a missing rule. One finding per intent, under its worst cause.
  for (std::size_t i = 0; i < r->intents.size(); ++i) {
    const IntentResult& ir = r->intents[i];
    if (ir.holds) continue;
    std::optional<std::pair<CauseKey, CauseEvidence>> best;
    for (const FlowExample& ex : ir.examples) {
      const std::uint32_t s = ex.src.cls, t = ex.dst.cls;
      ServiceSet one;
      one.add(ex.key, ex.key);
      const std::string service = service_label(d.model(), one);
      CauseKey key{CauseKind::MissingRule, static_cast<std::uint32_t>(i)};
      bool unruled = false;
      if (ex.verdict.reachable) {
        key = cause_of(d, s, t, ex.verdict);
        unruled = key.kind != CauseKind::AllowRule;
      }
      const SourceMix mix = single(s, t);
      Grading g = rm.grade(mix, t, service_level(service), unruled);
      CauseEvidence ev = make_evidence(d, g, mix, service, t, ex, fix_closes(d, key, s, t));
      if (!best || ev.score > best->second.score) best.emplace(key, std::move(ev));
    }
    if (!best) {  // no counterexample (cannot happen for a failed intent): a missing rule
      best.emplace(CauseKey{CauseKind::MissingRule, static_cast<std::uint32_t>(i)},
                   CauseEvidence{});
    }
    add(finding(VerifyFinding::Kind::Intent, i), best->first, best->second);
  }
  for (std::size_t i = 0; i < r->gaps.size(); ++i) {
    const Gap& g = r->gaps[i];
    const CauseKey key = cause_of(d, g.src_cls, g.dst_cls, g.example.verdict);
    const SourceMix mix = single(g.src_cls, g.dst_cls);
    const Grading gr = rm.grade(mix, g.dst_cls, service_level(g.service), true);
    add(finding(VerifyFinding::Kind::Gap, i), key,
        make_evidence(d, gr, mix, g.service, g.dst_cls, g.example,
                      fix_closes(d, key, g.src_cls, g.dst_cls)));
  }
  // Risky access that rules allow: the exposure of the lateral-movement services, cells
  // with an allow-rule part graded high or critical.
  std::string why;
  if (auto lm = policy::resolve_service_names(d.model(), "lateral-movement", &why)) {
    ExposureReport ex = compute_exposure(ctx, *lm);
    r->risk_services = ex.services;
    for (ExposureCell& c : ex.cells) {
      std::vector<const CellCause*> ruled;
      for (const CellCause& p : c.parts)
        if (p.key.kind == CauseKind::AllowRule && p.ev.risk >= Risk::High) ruled.push_back(&p);
      if (ruled.empty()) continue;
      const std::size_t at = r->findings.size();
      for (const CellCause* p : ruled) table.add(at, p->key, p->ev);
      VerifyFinding f = finding(VerifyFinding::Kind::Risk, r->risks.size());
      f.risk = ruled.front()->ev.risk;
      f.score = ruled.front()->ev.score;
      f.why = ruled.front()->ev.why;
      r->findings.push_back(std::move(f));
      r->risks.push_back(std::move(c));
    }
  }
  r->causes = table.finish();
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
  find_root_causes(ctx, &r);
  return r;
}

}  // namespace bulkhead::analysis
