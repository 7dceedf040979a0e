// The ruleset reader of the coexistence check (agent/coexist.h) on real `nft -j list
// ruleset` output: the JSON dumps of nftables' own test suite in the shared test data
// (../shared/data/samples/nftables, see its README). They exercise what hand-written
// fixtures do not: named and anonymous verdict maps, concatenated keys, interval maps,
// nat chains and the dumps' metainfo.
#include <gtest/gtest.h>

#include "agent/coexist.h"
#include "testlib/paths.h"

namespace bulkhead::agent {
namespace {

RulesetFacts facts_of(const std::string& dir, const char* file) {
  std::string text = testing::read_file(dir + "/" + file);
  EXPECT_FALSE(text.empty()) << file;
  Result<RulesetFacts> r = ruleset_facts(text);
  EXPECT_TRUE(r) << file << ": " << (r ? "" : r.error());
  return r ? r.value() : RulesetFacts{};
}

const BaseChain* find_chain(const RulesetFacts& f, const std::string& name) {
  for (const BaseChain& b : f.base_chains)
    if (b.name == name) return &b;
  return nullptr;
}

TEST(CoexistSamples, EveryDumpParses) {
  BH_SHARED_DATA_OR_SKIP(dir, "samples/nftables");
  for (const char* file :
       {"0010concat_map_0.json-nft", "0011vmap_0.json-nft", "0043concatenated_ranges_0.json-nft",
        "merge_stmts_concat_vmap.json-nft", "typeof_sets_concat.json-nft"}) {
    RulesetFacts f = facts_of(dir, file);
    EXPECT_FALSE(f.tables.empty()) << file;
  }
}

TEST(CoexistSamples, VerdictMapDropIsFound) {
  // prerouting (priority raw) jumps through `iif vmap { "lo" : jump wan_input }` to
  // `tcp dport vmap @portmap`, whose catch-all element drops: a packet bulkhead accepts
  // may still be dropped there.
  BH_SHARED_DATA_OR_SKIP(dir, "samples/nftables");
  RulesetFacts f = facts_of(dir, "0011vmap_0.json-nft");
  const BaseChain* pre = find_chain(f, "prerouting");
  ASSERT_NE(pre, nullptr);
  EXPECT_EQ(pre->hook, "prerouting");
  EXPECT_EQ(pre->priority, -300);
  EXPECT_EQ(pre->policy, "accept");
  EXPECT_FALSE(pre->drops.empty());
}

TEST(CoexistSamples, NatAndMarkingChainsDropNothing) {
  BH_SHARED_DATA_OR_SKIP(dir, "samples/nftables");
  RulesetFacts nat = facts_of(dir, "0010concat_map_0.json-nft");
  const BaseChain* y = find_chain(nat, "y");
  ASSERT_NE(y, nullptr);
  EXPECT_EQ(y->type, "nat");
  EXPECT_TRUE(y->drops.empty());
  RulesetFacts mark = facts_of(dir, "0043concatenated_ranges_0.json-nft");
  const BaseChain* out = find_chain(mark, "output");
  ASSERT_NE(out, nullptr);
  EXPECT_EQ(out->hook, "output");
  EXPECT_TRUE(out->drops.empty());
}

}  // namespace
}  // namespace bulkhead::agent
