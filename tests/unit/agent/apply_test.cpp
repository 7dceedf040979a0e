// Unit tests for the text side of apply (agent/apply.h): which table a rendered ruleset
// owns, the one-transaction buffer, and the restore buffer.
#include "agent/apply.h"

#include <gtest/gtest.h>

namespace bulkhead::agent {
namespace {

TEST(RenderedTable, FindsTheFirstTableLine) {
  auto t = rendered_table(
      "#!/usr/sbin/nft -f\n# comment\ntable inet bulkhead\ndelete table "
      "inet bulkhead\ntable inet bulkhead {\n}\n");
  ASSERT_TRUE(t) << t.error();
  EXPECT_EQ(t.value().str(), "inet bulkhead");
  auto z = rendered_table("table inet bulkhead_zone_dmz {\n  chain forward {\n  }\n}\n");
  ASSERT_TRUE(z);
  EXPECT_EQ(z.value().name, "bulkhead_zone_dmz");
  auto ip = rendered_table("add table bulkhead\n");
  ASSERT_TRUE(ip);
  EXPECT_EQ(ip.value().str(), "ip bulkhead");
}

TEST(RenderedTable, RefusesTablesThatAreNotBulkheads) {
  auto t = rendered_table("table inet filter {\n}\n");
  ASSERT_FALSE(t);
  EXPECT_NE(t.error().find("not one of bulkhead's tables"), std::string::npos);
  EXPECT_FALSE(rendered_table("# nothing here\n"));
}

TEST(Transaction, KeepsARulesetThatAlreadyReplacesItsTable) {
  std::string text = "table inet bulkhead\ndelete table inet bulkhead\ntable inet bulkhead {\n}\n";
  auto tx = build_transaction(text, TableRef{"inet", "bulkhead"});
  ASSERT_TRUE(tx);
  EXPECT_EQ(tx.value(), text);
}

TEST(Transaction, AddsTheReplacePrefixWhenMissing) {
  auto tx = build_transaction("table inet bulkhead {\n}", TableRef{"inet", "bulkhead"});
  ASSERT_TRUE(tx);
  EXPECT_EQ(tx.value(),
            "table inet bulkhead\ndelete table inet bulkhead\ntable inet bulkhead {\n}\n");
}

TEST(Transaction, RefusesToFlushTheWholeRuleset) {
  auto tx =
      build_transaction("flush ruleset\ntable inet bulkhead {\n}\n", TableRef{"inet", "bulkhead"});
  ASSERT_FALSE(tx);
  EXPECT_NE(tx.error().find("flushes the whole ruleset"), std::string::npos);
}

TEST(Restore, ReplacesWithThePreviousListingOrDeletes) {
  TableRef t{"inet", "bulkhead"};
  EXPECT_EQ(restore_commands(t, std::nullopt), "table inet bulkhead\ndelete table inet bulkhead\n");
  EXPECT_EQ(restore_commands(t, std::string("table inet bulkhead {\n}")),
            "table inet bulkhead\ndelete table inet bulkhead\ntable inet bulkhead {\n}\n");
}

}  // namespace
}  // namespace bulkhead::agent
