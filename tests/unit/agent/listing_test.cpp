// Unit tests for the JSON listing normalizer and the diff of listings (agent/listing.h).
// The JSON is what `nft -j list table inet bulkhead` prints (nftables 1.0.6 schema).
#include "agent/listing.h"

#include <gtest/gtest.h>

namespace bulkhead::agent {
namespace {

const TableRef kTable{"inet", "bulkhead"};

// A listing as the kernel returns it: handles, counters, elements in kernel order.
std::string listing(std::uint64_t packets, int handle_base, const std::string& extra_elem,
                    const std::string& extra_rule) {
  std::string h = std::to_string(handle_base);
  return R"({"nftables": [
 {"metainfo": {"version": "1.0.6", "release_name": "Lester Gooch #5", "json_schema_version": 1}},
 {"table": {"family": "inet", "name": "bulkhead", "handle": )" +
         h + R"(}},
 {"table": {"family": "inet", "name": "other", "handle": 99}},
 {"set": {"family": "inet", "name": "mgmt4", "table": "bulkhead", "type": "ipv4_addr",
   "handle": )" +
         h + R"(, "flags": ["interval"],
   "elem": [)" +
         extra_elem + R"({"prefix": {"addr": "198.18.1.0", "len": 24}}, "198.18.2.5",
            {"range": ["198.18.3.1", "198.18.3.9"]}]}},
 {"chain": {"family": "inet", "table": "bulkhead", "name": "output", "handle": )" +
         h + R"(,
   "type": "filter", "hook": "output", "prio": 0, "policy": "accept"}},
 {"chain": {"family": "inet", "table": "bulkhead", "name": "input", "handle": )" +
         h + R"(,
   "type": "filter", "hook": "input", "prio": 0, "policy": "drop"}},
 {"chain": {"family": "inet", "table": "other", "name": "c", "handle": 1}},
 {"rule": {"family": "inet", "table": "bulkhead", "chain": "input", "handle": )" +
         h + R"(,
   "expr": [{"match": {"op": "in", "left": {"ct": {"key": "state"}},
                       "right": ["established", "related"]}}, {"accept": null}]}},
 {"rule": {"family": "inet", "table": "bulkhead", "chain": "input", "handle": 7,
   "comment": "anti-lockout/management @ lab.yaml:12",
   "expr": [{"match": {"op": "==", "left": {"payload": {"protocol": "ip", "field": "saddr"}},
                       "right": "@mgmt4"}},
            {"match": {"op": "==", "left": {"payload": {"protocol": "tcp", "field": "dport"}},
                       "right": {"set": [22, 3389]}}},
            {"limit": {"rate": 10, "burst": 5, "per": "second"}},
            {"log": {"prefix": "bh allow r3 "}}]}},
 )" + extra_rule +
         R"(
 {"rule": {"family": "inet", "table": "bulkhead", "chain": "input", "handle": 8,
   "comment": "lateral-movement/smb @ lab.yaml:5",
   "expr": [{"match": {"op": "==", "left": {"payload": {"protocol": "tcp", "field": "dport"}},
                       "right": 445}},
            {"counter": {"packets": )" +
         std::to_string(packets) + R"(, "bytes": 60}},
            {"drop": null}]}},
 {"rule": {"family": "inet", "table": "other", "chain": "c", "handle": 2, "expr": [{"drop": null}]}}
]})";
}

Listing norm(const std::string& json) {
  Result<Listing> l = normalize_listing(json, kTable);
  EXPECT_TRUE(l) << l.error();
  return l ? std::move(l).value() : Listing{};
}

TEST(Listing, KeepsOnlyTheRequestedTableInCanonicalOrder) {
  Listing l = norm(listing(0, 5, "", ""));
  ASSERT_TRUE(l.present);
  std::vector<std::string> kinds;
  for (const ListingItem& i : l.items)
    kinds.push_back(std::string(item_kind_name(i.kind)) + ":" + i.scope);
  // table; set then its elements; chains by name; rules in chain order.
  EXPECT_EQ(kinds, (std::vector<std::string>{
                       "table:", "set:mgmt4", "element:mgmt4", "element:mgmt4", "element:mgmt4",
                       "chain:input", "chain:output", "rule:input", "rule:input", "rule:input"}));
}

TEST(Listing, HandlesAndCounterValuesDoNotChangeIdentity) {
  Listing a = norm(listing(0, 5, "", ""));
  Listing b = norm(listing(123456, 42, "", ""));
  EXPECT_TRUE(same_listing(a, b));
  EXPECT_TRUE(diff_listings(a, b).empty());
  EXPECT_EQ(diff_listings(a, b).summary(), "no change");
}

TEST(Listing, ReadsCountersCommentsLogAndVerdict) {
  Listing l = norm(listing(17, 5, "", ""));
  const ListingItem& smb = l.items.back();
  EXPECT_EQ(smb.comment, "lateral-movement/smb @ lab.yaml:5");
  ASSERT_TRUE(smb.packets);
  EXPECT_EQ(*smb.packets, 17u);
  EXPECT_EQ(*smb.bytes, 60u);
  EXPECT_EQ(smb.verdict, "drop");
  EXPECT_FALSE(smb.logged);
  const ListingItem& log = l.items[l.items.size() - 2];
  EXPECT_TRUE(log.logged);
  EXPECT_FALSE(log.packets);  // no counter statement
  EXPECT_EQ(l.items[l.items.size() - 3].verdict, "accept");
}

TEST(Listing, RendersRulesAsNftText) {
  Listing l = norm(listing(0, 5, "", ""));
  std::vector<std::string> texts;
  for (const ListingItem& i : l.items) texts.push_back(i.text);
  EXPECT_EQ(texts[0], "table inet bulkhead");
  EXPECT_EQ(texts[1], "set mgmt4 { type ipv4_addr; flags interval; }");
  EXPECT_EQ(texts[5], "chain input { type filter hook input priority 0; policy drop; }");
  EXPECT_EQ(texts[7], "ct state established,related accept");
  EXPECT_EQ(texts[8],
            "ip saddr @mgmt4 tcp dport { 22, 3389 } limit rate 10/second log prefix "
            "\"bh allow r3 \" comment \"anti-lockout/management @ lab.yaml:12\"");
  EXPECT_EQ(texts[9], "tcp dport 445 counter drop comment \"lateral-movement/smb @ lab.yaml:5\"");
  // Elements are sorted by their canonical form and printed as nft writes them.
  std::vector<std::string> elems{texts[2], texts[3], texts[4]};
  std::sort(elems.begin(), elems.end());
  EXPECT_EQ(elems,
            (std::vector<std::string>{"198.18.1.0/24", "198.18.2.5", "198.18.3.1-198.18.3.9"}));
}

TEST(Listing, ElementOrderFromTheKernelDoesNotMatter) {
  Listing a = norm(listing(0, 5, R"("198.18.7.7", )", ""));
  std::string json = listing(0, 5, "", "");
  // Same elements, the extra one last instead of first.
  std::string moved = json;
  moved.replace(moved.find(R"({"range")"), 0, R"("198.18.7.7", )");
  EXPECT_TRUE(same_listing(a, norm(moved)));
}

TEST(ListingDiff, ReportsAddedAndRemovedElementsAndRules) {
  const std::string rule = R"({"rule": {"family": "inet", "table": "bulkhead", "chain": "input",
   "handle": 9, "comment": "web @ lab.yaml:40", "expr": [{"match": {"op": "==",
   "left": {"payload": {"protocol": "tcp", "field": "dport"}}, "right": 443}},
   {"counter": {"packets": 3, "bytes": 180}}, {"accept": null}]}},)";
  Listing before = norm(listing(0, 5, R"("198.18.7.7", )", ""));
  Listing after = norm(listing(5, 6, "", rule));
  ListingDiff d = diff_listings(before, after);
  ASSERT_EQ(d.removed.size(), 1u);
  EXPECT_EQ(d.removed[0].kind, ItemKind::Element);
  EXPECT_EQ(d.removed[0].text, "198.18.7.7");
  ASSERT_EQ(d.added.size(), 1u);
  EXPECT_EQ(d.added[0].kind, ItemKind::Rule);
  EXPECT_EQ(d.summary(), "rules: 1 added; set elements: 1 removed");
  EXPECT_EQ(diff_lines(d),
            (std::vector<std::string>{"- element mgmt4: 198.18.7.7",
                                      "+ rule input: tcp dport 443 counter accept comment \"web @ "
                                      "lab.yaml:40\""}));
  EXPECT_FALSE(same_listing(before, after));
}

TEST(ListingDiff, DetectsReorderedRules) {
  std::string json = listing(0, 5, "", "");
  // Move the smb rule before the anti-lockout rule.
  std::size_t smb = json.find(
      R"( {"rule": {"family": "inet", "table": "bulkhead", "chain": "input", "handle": 8)");
  std::size_t end = json.find(R"( {"rule": {"family": "inet", "table": "other")");
  std::string smb_rule = json.substr(smb, end - smb);
  std::string swapped = json;
  swapped.erase(smb, end - smb);
  std::size_t lockout = swapped.find(
      R"( {"rule": {"family": "inet", "table": "bulkhead", "chain": "input", "handle": 7)");
  swapped.insert(lockout, smb_rule);
  Listing a = norm(json), b = norm(swapped);
  EXPECT_FALSE(same_listing(a, b));
  ListingDiff d = diff_listings(a, b);
  EXPECT_TRUE(d.added.empty());
  EXPECT_TRUE(d.removed.empty());
  EXPECT_EQ(d.reordered, std::vector<std::string>{"input"});
  EXPECT_EQ(d.summary(), "rules reordered in chain input");
}

TEST(ListingDiff, AbsentToPresentCreatesEverything) {
  Listing now = absent_listing(kTable);
  Listing next = norm(listing(0, 5, "", ""));
  ListingDiff d = diff_listings(now, next);
  EXPECT_TRUE(d.table_created);
  EXPECT_EQ(d.added.size(), next.items.size());
  EXPECT_EQ(d.summary(),
            "table created; rules: 3 added; set elements: 3 added; sets: 1 added; chains: 2 added");
  EXPECT_TRUE(diff_listings(next, now).table_deleted);
  EXPECT_TRUE(same_listing(absent_listing(kTable), absent_listing(kTable)));
}

TEST(Listing, StripsStateInsideStatementsAndObjects) {
  const std::string json = R"({"nftables": [
   {"table": {"family": "inet", "name": "bulkhead", "handle": 1}},
   {"counter": {"family": "inet", "name": "c1", "table": "bulkhead", "handle": 2,
                "packets": 5, "bytes": 10}},
   {"chain": {"family": "inet", "table": "bulkhead", "name": "x", "handle": 3}},
   {"rule": {"family": "inet", "table": "bulkhead", "chain": "x", "handle": 4,
     "expr": [{"quota": {"val": 10, "val_unit": "mbytes", "used": 5, "used_unit": "kbytes"}},
              {"counter": "c1"}, {"return": null}]}}]})";
  std::string other = json;
  other.replace(other.find("\"packets\": 5"), 12, "\"packets\": 9");
  other.replace(other.find("\"used\": 5"), 9, "\"used\": 7");
  EXPECT_TRUE(same_listing(norm(json), norm(other)));
  Listing l = norm(json);
  EXPECT_EQ(l.items.back().text,
            "quota {\"val\":10,\"val_unit\":\"mbytes\"} counter name c1 return");
}

TEST(Listing, RefusesTextThatIsNotAListingOfTheTable) {
  EXPECT_FALSE(normalize_listing("table inet bulkhead {}", kTable));
  EXPECT_FALSE(normalize_listing(R"({"nftables": []})", kTable));
  EXPECT_FALSE(normalize_listing(
      R"({"nftables": [{"table": {"family": "inet", "name": "other"}}]})", kTable));
}

TEST(RuleComment, SplitsRuleAndLocation) {
  auto o = parse_rule_comment("lateral-movement/smb @ policy/lab.yaml:63");
  ASSERT_TRUE(o);
  EXPECT_EQ(o->rule, "lateral-movement/smb");
  EXPECT_EQ(o->at, "policy/lab.yaml:63");
  auto at_in_name = parse_rule_comment("a @ b @ f.yaml:1");
  ASSERT_TRUE(at_in_name);
  EXPECT_EQ(at_in_name->rule, "a @ b");
  EXPECT_FALSE(parse_rule_comment("bulkhead: loopback"));
  EXPECT_FALSE(parse_rule_comment(" @ f.yaml:1"));
  EXPECT_FALSE(parse_rule_comment("r @ "));
}

}  // namespace
}  // namespace bulkhead::agent
