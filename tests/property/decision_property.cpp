// Property tests of the Decision against the reference semantics: random policies ×
// random flows must get the same tier, deciding rule, reachability and intent from
// Decision::query (atoms, classes, tier maps) as from the literal reading of the spec.
// Also: the order of rules in the files never matters.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "decision/decision.h"
#include "policy/loader.h"
#include "testlib/random_policy.h"
#include "testlib/reference.h"

namespace bulkhead {
namespace {

double scale() {
  const char* s = std::getenv("BULKHEAD_PROPERTY_SCALE");
  return s ? std::atof(s) : 1.0;
}

std::shared_ptr<const decision::Decision> load(const std::string& yaml, std::uint64_t seed) {
  Diagnostics diags;
  auto model = policy::load_text(yaml, "random.yaml", diags);
  if (!model) {
    std::string all;
    for (const Diagnostic& dg : diags.sorted()) all += dg.str() + "\n";
    ADD_FAILURE() << "seed " << seed << ": random policy did not load:\n" << all << yaml;
    return nullptr;
  }
  return decision::Decision::resolve(std::move(*model));
}

std::string flow_text(const decision::Flow& f) {
  return f.src.str() + " -> " + f.dst.str() + " " + std::string(proto_name(f.proto)) + "/" +
         std::to_string(f.port);
}

TEST(DecisionProperty, QueryMatchesReferenceSemantics) {
  const std::uint64_t base = testing::test_seed("DecisionProperty.QueryMatchesReferenceSemantics");
  const int policies = std::max(20, static_cast<int>(300 * scale()));
  const std::size_t flows = std::max<std::size_t>(200, static_cast<std::size_t>(2000 * scale()));
  testing::RandomPolicyOptions opts;
  opts.allow_audit = true;
  int checked = 0;
  for (int i = 0; i < policies; ++i) {
    const std::uint64_t seed = base + static_cast<std::uint64_t>(i);
    testing::RandomPolicy p = testing::random_policy(seed, opts);
    auto d = load(p.yaml, seed);
    if (!d) return;
    for (const decision::Flow& f : testing::random_flows(p, seed ^ 0x5eed, flows)) {
      decision::Verdict got = d->query(f);
      testing::ReferenceVerdict want = testing::reference_query(d->model(), f);
      std::string got_rule = got.rule == decision::kNoRule ? "" : d->rules()[got.rule].rule->name;
      if (got.tier != want.tier || got_rule != want.rule || got.reachable != want.reachable ||
          got.intended != want.intended) {
        ADD_FAILURE() << "seed " << seed << " (BULKHEAD_SEED=" << base << ", policy #" << i
                      << "): " << flow_text(f) << "\n  decision: tier "
                      << decision::tier_name(got.tier) << " rule '" << got_rule << "' reachable "
                      << got.reachable << " intended " << got.intended << "\n  reference: tier "
                      << decision::tier_name(want.tier) << " rule '" << want.rule << "' reachable "
                      << want.reachable << " intended " << want.intended << "\n"
                      << p.yaml;
        return;
      }
      ++checked;
    }
  }
  EXPECT_GE(checked, policies * 100);
}

// The address lookups (a per-/16 index over IPv4 atoms, a search over IPv6 ones) find the
// atom a linear scan finds, at every atom's edges and one past them, and class_of agrees.
TEST(DecisionProperty, AddressLookupFindsTheHoldingAtom) {
  const std::uint64_t base =
      testing::test_seed("DecisionProperty.AddressLookupFindsTheHoldingAtom");
  const int policies = std::max(20, static_cast<int>(200 * scale()));
  std::mt19937_64 rng(base);
  std::size_t checked = 0;
  for (int i = 0; i < policies; ++i) {
    const std::uint64_t seed = base + static_cast<std::uint64_t>(i);
    testing::RandomPolicy p = testing::random_policy(seed);
    auto d = load(p.yaml, seed);
    if (!d) return;
    const std::vector<decision::Atom>& atoms = d->atoms();
    std::vector<Addr> probes = p.addresses;
    for (const decision::Atom& at : atoms) {
      probes.push_back(Addr{at.family, at.lo});
      probes.push_back(Addr{at.family, at.hi});
      if (at.hi != family_max(at.family)) probes.push_back(Addr{at.family, at.hi + 1});
      if (at.lo != 0) probes.push_back(Addr{at.family, at.lo - 1});
    }
    for (int k = 0; k < 200; ++k) {
      probes.push_back(Addr{Family::V4, u128{static_cast<std::uint32_t>(rng())}});
      probes.push_back(Addr{Family::V6, (u128{rng()} << 64) | rng()});
    }
    for (const Addr& a : probes) {
      const decision::Atom* want = nullptr;
      for (const decision::Atom& at : atoms)
        if (at.family == a.family && at.lo <= a.value && a.value <= at.hi) want = &at;
      ASSERT_NE(want, nullptr) << "seed " << seed << ": no atom holds " << a.str();
      ASSERT_EQ(&d->atom_of(a), want) << "seed " << seed << ": " << a.str();
      ASSERT_EQ(d->class_of(a), want->cls) << "seed " << seed << ": " << a.str();
      ++checked;
    }
  }
  EXPECT_GE(checked, static_cast<std::size_t>(policies) * 400);
}

// Reversing the order of the rules in the file changes nothing but which rule of a tier
// is named (the lowest-numbered one).
TEST(DecisionProperty, RuleOrderNeverMatters) {
  const std::uint64_t base = testing::test_seed("DecisionProperty.RuleOrderNeverMatters");
  const int policies = std::max(10, static_cast<int>(100 * scale()));
  for (int i = 0; i < policies; ++i) {
    const std::uint64_t seed = base + static_cast<std::uint64_t>(i);
    testing::RandomPolicy p = testing::random_policy(seed);
    auto d = load(p.yaml, seed);
    if (!d) return;
    // Split the rules section into its entries and write them back in reverse.
    std::string y = p.yaml;
    auto start = y.find("rules:\n");
    if (start == std::string::npos) continue;
    auto end = y.find("baselines:", start);
    std::string body =
        y.substr(start + 7, end == std::string::npos ? std::string::npos : end - start - 7);
    std::vector<std::string> entries;
    std::size_t pos = 0;
    while ((pos = body.find("  - name:", pos)) != std::string::npos) {
      std::size_t next = body.find("  - name:", pos + 1);
      entries.push_back(
          body.substr(pos, next == std::string::npos ? std::string::npos : next - pos));
      pos = next == std::string::npos ? body.size() : next;
    }
    std::reverse(entries.begin(), entries.end());
    std::string reversed = y.substr(0, start + 7);
    for (const std::string& e : entries) reversed += e;
    if (end != std::string::npos) reversed += y.substr(end);
    auto r = load(reversed, seed);
    if (!r) return;
    for (const decision::Flow& f : testing::random_flows(p, seed, 500)) {
      decision::Verdict a = d->query(f), b = r->query(f);
      ASSERT_EQ(a.tier, b.tier) << "seed " << seed << ": " << flow_text(f);
      ASSERT_EQ(a.reachable, b.reachable) << "seed " << seed << ": " << flow_text(f);
      ASSERT_EQ(a.intended, b.intended) << "seed " << seed << ": " << flow_text(f);
    }
  }
}

}  // namespace
}  // namespace bulkhead

#include "analysis/pair_summary.h"

namespace bulkhead {
namespace {

// The analyses' fast judge (by endpoint profile) equals Decision::judge for every class
// pair and tier.
TEST(DecisionProperty, PairJudgeEqualsJudge) {
  const std::uint64_t base = testing::test_seed("DecisionProperty.PairJudgeEqualsJudge");
  testing::RandomPolicyOptions opts;
  opts.allow_audit = true;
  const int policies = std::max(20, static_cast<int>(200 * scale()));
  for (int i = 0; i < policies; ++i) {
    const std::uint64_t seed = base + static_cast<std::uint64_t>(i);
    auto d = load(testing::random_policy(seed, opts).yaml, seed);
    if (!d) return;
    analysis::PairJudge judge(*d);
    const auto n = static_cast<std::uint32_t>(d->classes().size());
    for (std::uint32_t s = 0; s < n; ++s)
      for (std::uint32_t t = 0; t < n; ++t)
        for (decision::Tier tier : {decision::Tier::None, decision::Tier::Deny,
                                    decision::Tier::Allow, decision::Tier::OverrideDeny}) {
          decision::Verdict want = d->judge(s, t, tier, decision::kNoRule);
          ASSERT_EQ(judge.reachable(s, t, tier), want.reachable) << "seed " << seed;
          ASSERT_EQ(judge.intended(s, t, tier), want.intended) << "seed " << seed;
        }
  }
}

// A Decision is shared between threads (flow checking with --threads): four threads that
// query one fresh Decision at once, so that they race to fill its caches, must give every
// flow the verdict one thread gives it on a second, fresh Decision.
TEST(DecisionProperty, ConcurrentQueriesAgreeWithOneThread) {
  const std::uint64_t base =
      testing::test_seed("DecisionProperty.ConcurrentQueriesAgreeWithOneThread");
  const int policies = std::max(10, static_cast<int>(60 * scale()));
  int compared = 0;
  for (int i = 0; i < policies; ++i) {
    const std::uint64_t seed = base + static_cast<std::uint64_t>(i);
    testing::RandomPolicy p = testing::random_policy(seed);
    auto shared = load(p.yaml, seed);
    auto alone = load(p.yaml, seed);
    if (!shared || !alone) return;
    const std::vector<decision::Flow> flows = testing::random_flows(p, seed ^ 0x7eed, 2000);
    const std::vector<std::vector<decision::Verdict>> got = testing::query_racing(*shared, flows);
    for (std::size_t t = 0; t < got.size(); ++t) {
      for (std::size_t k = 0; k < flows.size(); ++k) {
        const decision::Flow& f = testing::racing_flow(flows, t, k);
        const decision::Verdict want = alone->query(f);
        const decision::Verdict& v = got[t][k];
        ASSERT_TRUE(v.tier == want.tier && v.rule == want.rule && v.reachable == want.reachable &&
                    v.intended == want.intended)
            << "seed " << seed << " (BULKHEAD_SEED=" << base << "): thread " << t << ", "
            << flow_text(f);
        ++compared;
      }
    }
  }
  EXPECT_GT(compared, 0);
}

}  // namespace
}  // namespace bulkhead
