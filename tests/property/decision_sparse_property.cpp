// The Decision's sparse tier-map cache against its dense one. Tier maps are cached per
// (source group, destination group) pair in a dense array of slots, or, when there are
// more group pairs than ResolveOptions::max_pair_slots, in a hash map under a shared lock.
// Real policies only reach the second path beyond 16M group pairs, so here the limit is 0:
// random policies resolved both ways must give every class pair the same tier map and
// every flow the same verdict, also while four threads race to fill the sparse cache.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "decision/decision.h"
#include "policy/loader.h"
#include "testlib/random_policy.h"

namespace bulkhead {
namespace {

std::shared_ptr<const decision::Decision> load(const std::string& yaml, std::uint64_t seed,
                                               std::size_t max_pair_slots) {
  Diagnostics diags;
  auto model = policy::load_text(yaml, "random.yaml", diags);
  if (!model) {
    std::string all;
    for (const Diagnostic& dg : diags.sorted()) all += dg.str() + "\n";
    ADD_FAILURE() << "seed " << seed << ": random policy did not load:\n" << all << yaml;
    return nullptr;
  }
  decision::ResolveOptions o;
  o.max_pair_slots = max_pair_slots;
  return decision::Decision::resolve(std::move(*model), o);
}

bool same(const decision::Verdict& a, const decision::Verdict& b) {
  return a.tier == b.tier && a.rule == b.rule && a.reachable == b.reachable &&
         a.intended == b.intended;
}

bool same(const decision::TierMap& a, const decision::TierMap& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](const decision::Segment& x, const decision::Segment& y) {
                      return x.lo == y.lo && x.hi == y.hi && x.tier == y.tier && x.rule == y.rule;
                    });
}

std::string flow_text(const decision::Flow& f) {
  return f.src.str() + " -> " + f.dst.str() + " " + std::string(proto_name(f.proto)) + "/" +
         std::to_string(f.port);
}

TEST(DecisionSparseProperty, SparseCacheEqualsDense) {
  const std::uint64_t base = testing::test_seed("DecisionSparseProperty.SparseCacheEqualsDense");
  const int policies = static_cast<int>(testing::scaled_count(60));
  std::size_t pairs = 0, flows_compared = 0;
  for (int i = 0; i < policies; ++i) {
    const std::uint64_t seed = base + static_cast<std::uint64_t>(i);
    testing::RandomPolicy p = testing::random_policy(seed);
    auto dense = load(p.yaml, seed, decision::ResolveOptions{}.max_pair_slots);
    auto sparse = load(p.yaml, seed, 0);
    if (!dense || !sparse) return;
    const std::uint32_t n = static_cast<std::uint32_t>(dense->classes().size());
    ASSERT_EQ(sparse->classes().size(), n) << "seed " << seed;
    // Every class pair, twice: the second look-up reads what the first cached.
    for (int round = 0; round < 2; ++round)
      for (std::uint32_t s = 0; s < n; ++s)
        for (std::uint32_t t = 0; t < n; ++t) {
          ASSERT_TRUE(same(sparse->tiers(s, t), dense->tiers(s, t)))
              << "seed " << seed << " (BULKHEAD_SEED=" << base << "): classes " << s << ", " << t;
          ++pairs;
        }
    for (const decision::Flow& f : testing::random_flows(p, seed ^ 0x5a5e, 500)) {
      ASSERT_TRUE(same(sparse->query(f), dense->query(f)))
          << "seed " << seed << " (BULKHEAD_SEED=" << base << "): " << flow_text(f);
      ++flows_compared;
    }
  }
  EXPECT_GT(pairs, 0u);
  EXPECT_GT(flows_compared, 0u);
}

// Four threads query one fresh sparse-cached Decision at once, racing to fill the hash map
// (shared lock to read, exclusive to insert): every verdict must be the dense Decision's.
TEST(DecisionSparseProperty, ConcurrentSparseQueriesEqualDense) {
  const std::uint64_t base =
      testing::test_seed("DecisionSparseProperty.ConcurrentSparseQueriesEqualDense");
  const int policies = static_cast<int>(testing::scaled_count(40));
  int compared = 0;
  for (int i = 0; i < policies; ++i) {
    const std::uint64_t seed = base + static_cast<std::uint64_t>(i);
    testing::RandomPolicy p = testing::random_policy(seed);
    auto shared = load(p.yaml, seed, 0);
    auto dense = load(p.yaml, seed, decision::ResolveOptions{}.max_pair_slots);
    if (!shared || !dense) return;
    const std::vector<decision::Flow> flows = testing::random_flows(p, seed ^ 0x7eed, 2000);
    const std::vector<std::vector<decision::Verdict>> got = testing::query_racing(*shared, flows);
    for (std::size_t t = 0; t < got.size(); ++t) {
      for (std::size_t k = 0; k < flows.size(); ++k) {
        const decision::Flow& f = testing::racing_flow(flows, t, k);
        ASSERT_TRUE(same(got[t][k], dense->query(f)))
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
