// Unit tests for the coexistence analysis (agent/coexist.h) on realistic listings: the
// JSON files in data/coexist/ are what `nft -j list ruleset` prints for firewalld, Docker
// on iptables-nft, ufw on iptables-nft and a hand-written host firewall (see its README).
#include "agent/coexist.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "testlib/paths.h"

namespace bulkhead::agent {
namespace {

std::string fixture(const std::string& name) {
  std::string text =
      testing::read_file(testing::source_dir() + "/tests/unit/agent/data/coexist/" + name);
  EXPECT_FALSE(text.empty()) << "missing fixture " << name;
  return text;
}

const std::map<std::string, int> kHostHooks{{"input", 0}, {"output", 0}};

std::vector<CoexistFinding> of_kind(const std::vector<CoexistFinding>& all, CoexistKind k) {
  std::vector<CoexistFinding> out;
  for (const CoexistFinding& f : all)
    if (f.kind == k) out.push_back(f);
  return out;
}

std::vector<std::string> chains_of(const std::vector<CoexistFinding>& all) {
  std::vector<std::string> out;
  for (const CoexistFinding& f : of_kind(all, CoexistKind::BaseChain))
    out.push_back(f.family + " " + f.table + " " + f.chain);
  return out;
}

const BaseChain* base_chain(const RulesetFacts& facts, const std::string& table,
                            const std::string& name) {
  for (const BaseChain& c : facts.base_chains)
    if (c.table == table && c.name == name) return &c;
  return nullptr;
}

bool has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

bool contains(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

// ---- the ruleset listing -----------------------------------------------------------------

TEST(RulesetFacts, FirewalldInputRejectsDirectlyAndThroughItsZoneChains) {
  auto facts = ruleset_facts(fixture("firewalld.json"));
  ASSERT_TRUE(facts) << facts.error();
  EXPECT_EQ(facts.value().tables, std::vector<std::string>{"inet firewalld"});
  const BaseChain* in = base_chain(facts.value(), "firewalld", "filter_INPUT");
  ASSERT_NE(in, nullptr);
  EXPECT_EQ(in->hook, "input");
  EXPECT_EQ(in->priority, 10);  // "filter + 10"
  EXPECT_EQ(in->policy, "accept");
  EXPECT_EQ(in->drops, (std::vector<std::string>{
                           "rule 4: drop",
                           "rule 5: jump filter_INPUT_ZONES -> reject in chain filter_IN_public",
                           "rule 6: reject"}));
  // Base chains whose rules never drop: nothing to report.
  const BaseChain* mangle = base_chain(facts.value(), "firewalld", "mangle_PREROUTING");
  ASSERT_NE(mangle, nullptr);
  EXPECT_TRUE(mangle->drops.empty());
  EXPECT_EQ(mangle->priority, -140);  // "mangle + 10"
}

TEST(RulesetFacts, DockerForwardDropsByPolicyAndInItsIsolationChain) {
  auto facts = ruleset_facts(fixture("docker.json"));
  ASSERT_TRUE(facts) << facts.error();
  const BaseChain* fwd = base_chain(facts.value(), "filter", "FORWARD");
  ASSERT_NE(fwd, nullptr);
  EXPECT_EQ(fwd->family, "ip");
  EXPECT_EQ(
      fwd->drops,
      (std::vector<std::string>{
          "policy drop",
          "rule 2: jump DOCKER-ISOLATION-STAGE-1 -> drop in chain DOCKER-ISOLATION-STAGE-2"}));
  const BaseChain* pre = base_chain(facts.value(), "nat", "PREROUTING");
  ASSERT_NE(pre, nullptr);
  EXPECT_EQ(pre->type, "nat");
  EXPECT_EQ(pre->priority, -100);
  EXPECT_TRUE(pre->drops.empty());  // jumps to nat DOCKER: return and dnat only
  EXPECT_TRUE(has(facts.value().chains.at("ip filter"), "DOCKER-USER"));
}

TEST(RulesetFacts, AnXtRejectTargetCountsAsAReject) {
  auto facts = ruleset_facts(fixture("ufw.json"));
  ASSERT_TRUE(facts) << facts.error();
  const BaseChain* in = base_chain(facts.value(), "filter", "INPUT");
  ASSERT_NE(in, nullptr);
  EXPECT_EQ(in->drops, (std::vector<std::string>{
                           "policy drop",
                           "rule 3: jump ufw-after-input -> drop in chain ufw-skip-to-policy-input",
                           "rule 4: jump ufw-reject-input -> reject in chain ufw-reject-input"}));
}

TEST(RulesetFacts, VerdictMapsAndLoopsAreFollowed) {
  const char* json = R"({"nftables": [
    {"table": {"family": "inet", "name": "t", "handle": 1}},
    {"chain": {"family": "inet", "table": "t", "name": "in", "handle": 1, "type": "filter",
               "hook": "input", "prio": -5, "policy": "accept"}},
    {"chain": {"family": "inet", "table": "t", "name": "a", "handle": 2}},
    {"chain": {"family": "inet", "table": "t", "name": "b", "handle": 3}},
    {"rule": {"family": "inet", "table": "t", "chain": "in", "handle": 4, "expr": [
      {"vmap": {"key": {"payload": {"protocol": "tcp", "field": "dport"}},
                "data": {"set": [[22, {"accept": null}], [23, {"drop": null}]]}}}]}},
    {"rule": {"family": "inet", "table": "t", "chain": "in", "handle": 5, "expr": [
      {"jump": {"target": "a"}}]}},
    {"rule": {"family": "inet", "table": "t", "chain": "a", "handle": 6, "expr": [
      {"jump": {"target": "b"}}]}},
    {"rule": {"family": "inet", "table": "t", "chain": "b", "handle": 7, "expr": [
      {"jump": {"target": "a"}}]}}
  ]})";
  auto facts = ruleset_facts(json);
  ASSERT_TRUE(facts) << facts.error();
  ASSERT_EQ(facts.value().base_chains.size(), 1u);
  EXPECT_EQ(facts.value().base_chains[0].drops, std::vector<std::string>{"rule 1: drop"});
}

TEST(RulesetFacts, NotAListingFails) {
  EXPECT_FALSE(ruleset_facts("table inet filter { }"));
  EXPECT_FALSE(ruleset_facts(R"({"other": []})"));
}

TEST(ListingHooks, TheHooksAndPrioritiesOfTheTableAboutToBeLoaded) {
  auto l = normalize_listing(fixture("docker.json"), TableRef{"inet", "bulkhead"});
  ASSERT_TRUE(l) << l.error();
  EXPECT_EQ(listing_hooks(l.value()), kHostHooks);
}

// ---- the analysis ------------------------------------------------------------------------

TEST(Coexist, FirewalldIsRecognisedAndItsInputRejectIsNamedWithHookAndPriority) {
  CoexistInputs in;
  in.ruleset_json = fixture("firewalld.json");
  in.firewalld_run_dir = true;
  in.own_hooks = kHostHooks;
  auto all = analyze_coexistence(in);
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all[0].kind, CoexistKind::Firewalld);
  EXPECT_EQ(all[0].evidence,
            (std::vector<std::string>{"/run/firewalld exists", "table inet firewalld"}));
  EXPECT_TRUE(contains(all[0].advice, "firewall-cmd"));
  // input and output are bulkhead's hooks, prerouting comes before input; forward is not
  // one of a host table's hooks.
  EXPECT_EQ(chains_of(all),
            (std::vector<std::string>{"inet firewalld filter_INPUT", "inet firewalld filter_OUTPUT",
                                      "inet firewalld filter_PREROUTING"}));
  CoexistFinding input = of_kind(all, CoexistKind::BaseChain)[0];
  EXPECT_EQ(input.hook, "input");
  EXPECT_EQ(input.priority, 10);
  EXPECT_TRUE(contains(input.summary,
                       "table inet firewalld, chain filter_INPUT (hook input, "
                       "priority 10, type filter) may drop what bulkhead accepts"))
      << input.summary;
  EXPECT_TRUE(contains(input.summary, "it runs after bulkhead's input chain (priority 0)"))
      << input.summary;
  EXPECT_TRUE(contains(input.advice, "final"));
}

TEST(Coexist, FirewalldIsRecognisedByItsTableAlone) {
  CoexistInputs in;
  in.ruleset_json = fixture("firewalld.json");
  auto fw = of_kind(analyze_coexistence(in), CoexistKind::Firewalld);
  ASSERT_EQ(fw.size(), 1u);
  EXPECT_EQ(fw[0].evidence, std::vector<std::string>{"table inet firewalld"});
}

TEST(Coexist, DockerOnAHostTableWarnsAboutForwardedPortsButNotAboutItsForwardChain) {
  CoexistInputs in;
  in.ruleset_json = fixture("docker.json");
  in.docker0 = true;
  // No own_hooks given: taken from the bulkhead table in the listing (input, output).
  auto all = analyze_coexistence(in);
  auto docker = of_kind(all, CoexistKind::Docker);
  ASSERT_EQ(docker.size(), 1u);
  EXPECT_EQ(docker[0].evidence,
            (std::vector<std::string>{"chains DOCKER, DOCKER-USER in table ip filter",
                                      "chains DOCKER in table ip nat", "interface docker0"}));
  EXPECT_TRUE(contains(docker[0].summary, "forward hook, not input")) << docker[0].summary;
  EXPECT_TRUE(contains(docker[0].advice, "DOCKER-USER"));
  EXPECT_TRUE(chains_of(all).empty());  // FORWARD is not a host table's hook
  EXPECT_EQ(all.size(), 1u);
}

TEST(Coexist, DockerOnAZoneFirewallWarnsAboutItsForwardPolicyDrop) {
  CoexistInputs in;
  in.ruleset_json = fixture("docker.json");
  in.own_hooks = {{"forward", 0}};
  auto all = analyze_coexistence(in);
  EXPECT_EQ(chains_of(all), std::vector<std::string>{"ip filter FORWARD"});
  CoexistFinding f = of_kind(all, CoexistKind::BaseChain)[0];
  EXPECT_EQ(f.drops[0], "policy drop");
  EXPECT_TRUE(contains(f.summary, "at the same priority as bulkhead's forward chain")) << f.summary;
}

TEST(Coexist, AnInputChainWithPolicyDropIsReportedAndBulkheadsOwnTablesAreNot) {
  CoexistInputs in;
  in.ruleset_json = fixture("hardened.json");
  in.own_hooks = kHostHooks;
  auto all = analyze_coexistence(in);
  // inet filter input (policy drop); netdev ingress drops before any input chain;
  // ip quiet's chains never drop; inet filter forward is not a host table's hook.
  EXPECT_EQ(chains_of(all), (std::vector<std::string>{"inet filter input", "netdev edge ingress"}));
  CoexistFinding f = of_kind(all, CoexistKind::BaseChain)[0];
  EXPECT_EQ(f.hook, "input");
  EXPECT_EQ(f.priority, 0);
  EXPECT_EQ(f.drops, std::vector<std::string>{"policy drop"});
  EXPECT_TRUE(contains(f.summary,
                       "table inet filter, chain input (hook input, priority 0, type "
                       "filter) may drop what bulkhead accepts: policy drop"))
      << f.summary;
  // The docker listing holds a bulkhead table with policy drop: never reported.
  CoexistInputs own;
  own.ruleset_json = fixture("docker.json");
  own.own_hooks = kHostHooks;
  for (const std::string& c : chains_of(analyze_coexistence(own)))
    EXPECT_EQ(c.find("bulkhead"), std::string::npos) << c;
}

TEST(Coexist, AHostTableJudgingInboundAtPreroutingStillSeesTheInputChainAfterIt) {
  // The host table's inbound chain may sit at prerouting (before any DNAT): a drop at the
  // input hook comes later on the same path, and is just as final.
  CoexistInputs in;
  in.ruleset_json = fixture("hardened.json");
  in.own_hooks = {{"prerouting", -150}, {"output", 0}};
  auto all = analyze_coexistence(in);
  EXPECT_EQ(chains_of(all), (std::vector<std::string>{"inet filter input", "netdev edge ingress"}));
  auto chains = of_kind(all, CoexistKind::BaseChain);
  EXPECT_TRUE(
      contains(chains[0].summary, "it runs after bulkhead's prerouting chain (priority -150)"))
      << chains[0].summary;
  EXPECT_TRUE(contains(chains[1].summary, "it runs before bulkhead's prerouting chain"))
      << chains[1].summary;
}

TEST(Coexist, AZoneFirewallTableCaresAboutTheRoutedPathOnly) {
  CoexistInputs in;
  in.ruleset_json = fixture("hardened.json");
  in.own_hooks = {{"forward", 0}};
  in.routed = true;
  // inet filter forward (policy drop) and the ingress chain are on the routed path; the
  // input chain is not.
  EXPECT_EQ(chains_of(analyze_coexistence(in)),
            (std::vector<std::string>{"inet filter forward", "netdev edge ingress"}));
}

TEST(Coexist, UfwByItsChainsAndByItsConfiguration) {
  CoexistInputs in;
  in.ruleset_json = fixture("ufw.json");
  in.ufw_conf = "# /etc/ufw/ufw.conf\n\nENABLED=yes\nLOGLEVEL=low\n";
  in.own_hooks = kHostHooks;
  auto all = analyze_coexistence(in);
  auto ufw = of_kind(all, CoexistKind::Ufw);
  ASSERT_EQ(ufw.size(), 1u);
  EXPECT_EQ(ufw[0].evidence[0], "/etc/ufw/ufw.conf: ENABLED=yes");
  EXPECT_EQ(ufw[0].evidence[1],
            "chains ufw-before-logging-input, ufw-before-input, ufw-user-input, ... in table ip "
            "filter");
  EXPECT_EQ(chains_of(all), std::vector<std::string>{"ip filter INPUT"});

  CoexistInputs conf_only;
  conf_only.ufw_conf = "ENABLED=\"yes\"\n";
  EXPECT_EQ(of_kind(analyze_coexistence(conf_only), CoexistKind::Ufw).size(), 1u);
  for (const char* off : {"ENABLED=no\n", "#ENABLED=yes\n", "LOGLEVEL=low\n"}) {
    CoexistInputs disabled;
    disabled.ufw_conf = off;
    EXPECT_TRUE(analyze_coexistence(disabled).empty()) << off;
  }
}

TEST(Coexist, KubeProxyByItsChainsOrItsNftablesTable) {
  const char* iptables_mode = R"({"nftables": [
    {"table": {"family": "ip", "name": "nat", "handle": 1}},
    {"chain": {"family": "ip", "table": "nat", "name": "KUBE-SERVICES", "handle": 1}},
    {"chain": {"family": "ip", "table": "nat", "name": "KUBE-NODEPORTS", "handle": 2}}]})";
  const char* nft_mode = R"({"nftables": [
    {"table": {"family": "ip", "name": "kube-proxy", "handle": 1}}]})";
  for (const char* json : {iptables_mode, nft_mode}) {
    CoexistInputs in;
    in.ruleset_json = json;
    auto k = of_kind(analyze_coexistence(in), CoexistKind::KubeProxy);
    ASSERT_EQ(k.size(), 1u) << json;
    EXPECT_TRUE(contains(k[0].advice, "NetworkPolicies"));
  }
}

TEST(Coexist, LegacyIptablesRulesAreCountedFromIptablesLegacySave) {
  CoexistInputs in;
  in.ip_tables_names = "filter\nnat\n";
  in.legacy_save_tool = true;
  in.legacy_save = R"(# Generated by iptables-save v1.8.9 (legacy)
*nat
:PREROUTING ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A POSTROUTING -s 10.0.3.0/24 -j MASQUERADE
COMMIT
*filter
:INPUT DROP [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:ufw-user-input - [0:0]
-A INPUT -i lo -j ACCEPT
-A INPUT -p tcp --dport 22 -j ACCEPT
-A INPUT -p tcp --dport 445 -j REJECT --reject-with tcp-reset
-A INPUT -j ufw-user-input
COMMIT
)";
  auto all = analyze_coexistence(in);
  auto legacy = of_kind(all, CoexistKind::IptablesLegacy);
  ASSERT_EQ(legacy.size(), 1u);
  EXPECT_TRUE(contains(legacy[0].summary,
                       "5 legacy iptables rules (x_tables, tables nat, filter; 1 with DROP or "
                       "REJECT; policy DROP on filter INPUT) are invisible to nft"))
      << legacy[0].summary;
  EXPECT_EQ(legacy[0].evidence, std::vector<std::string>{"/proc/net/ip_tables_names: filter, nat"});
  // ufw's chains in the legacy tables are recognised as well.
  EXPECT_EQ(of_kind(all, CoexistKind::Ufw).size(), 1u);
}

TEST(Coexist, LegacyTablesWithoutTheToolAreStillReported) {
  CoexistInputs in;
  in.ip6_tables_names = "filter\n";
  auto legacy = of_kind(analyze_coexistence(in), CoexistKind::IptablesLegacy);
  ASSERT_EQ(legacy.size(), 1u);
  EXPECT_TRUE(contains(legacy[0].summary, "could not be counted")) << legacy[0].summary;
}

TEST(Coexist, EmptyLegacyTablesWithAcceptPoliciesAreHarmless) {
  CoexistInputs in;
  in.ip_tables_names = "filter\n";
  in.legacy_save_tool = true;
  in.legacy_save =
      "*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\nCOMMIT\n";
  EXPECT_TRUE(analyze_coexistence(in).empty());
  CoexistInputs none;
  none.ip_tables_names = "";
  none.ip6_tables_names = "\n";
  EXPECT_TRUE(analyze_coexistence(none).empty());
}

TEST(Coexist, NftablesConfWithFlushRulesetSaysHowToFixIt) {
  CoexistInputs in;
  in.nftables_conf = "#!/usr/sbin/nft -f\n\nflush ruleset\n\ntable inet filter {\n}\n";
  in.nftables_service_enabled = true;
  in.persist_dir = "/var/lib/bulkhead";
  auto conf = of_kind(analyze_coexistence(in), CoexistKind::NftablesConf);
  ASSERT_EQ(conf.size(), 1u);
  EXPECT_TRUE(contains(conf[0].summary, "`flush ruleset` on line 3, its first statement"))
      << conf[0].summary;
  EXPECT_TRUE(contains(conf[0].summary, "nftables.service is enabled")) << conf[0].summary;
  EXPECT_TRUE(contains(conf[0].advice, "include \"/var/lib/bulkhead/*.nft\"")) << conf[0].advice;
  // Including bulkhead's saved tables after the flush fixes it.
  CoexistInputs fixed;
  fixed.nftables_conf =
      "flush ruleset\ninclude \"/var/lib/bulkhead/*.nft\"\ntable inet filter {\n}\n";
  EXPECT_TRUE(analyze_coexistence(fixed).empty());
}

TEST(Coexist, FindingsComeInAFixedOrder) {
  CoexistInputs in;
  in.ruleset_json = fixture("hardened.json");
  in.own_hooks = kHostHooks;
  in.firewalld_run_dir = true;
  in.docker0 = true;
  in.ufw_conf = "ENABLED=yes\n";
  in.ip_tables_names = "filter\n";
  in.nftables_conf = "flush ruleset\n";
  std::vector<CoexistKind> kinds;
  for (const CoexistFinding& f : analyze_coexistence(in)) kinds.push_back(f.kind);
  EXPECT_EQ(kinds,
            (std::vector<CoexistKind>{CoexistKind::Firewalld, CoexistKind::Ufw, CoexistKind::Docker,
                                      CoexistKind::IptablesLegacy, CoexistKind::NftablesConf,
                                      CoexistKind::BaseChain, CoexistKind::BaseChain}));
}

TEST(Coexist, NothingElseOnTheMachineMeansNoWarning) {
  CoexistInputs in;
  in.ruleset_json = R"({"nftables": [{"metainfo": {"version": "1.0.6"}}]})";
  in.ufw_conf = std::nullopt;
  in.nftables_conf =
      "#!/usr/sbin/nft -f\ntable inet filter {\n  chain input {\n    type filter "
      "hook input priority 0; policy accept;\n  }\n}\n";
  in.own_hooks = kHostHooks;
  EXPECT_TRUE(analyze_coexistence(in).empty());
  CoexistInputs unreadable;
  unreadable.ruleset_json = "not json";
  EXPECT_TRUE(analyze_coexistence(unreadable).empty());
}

// ---- nftables.conf and iptables-save parsing -------------------------------------------

TEST(NftablesConf, DebianDefaultFlushesFirst) {
  const char* debian = R"(#!/usr/sbin/nft -f

flush ruleset

table inet filter {
	chain input {
		type filter hook input priority filter;
	}
	chain forward {
		type filter hook forward priority filter;
	}
	chain output {
		type filter hook output priority filter;
	}
}
)";
  NftablesConfScan s = scan_nftables_conf(debian);
  EXPECT_TRUE(s.flushes_ruleset);
  EXPECT_TRUE(s.flush_is_first);
  EXPECT_EQ(s.flush_line, 3);
  EXPECT_FALSE(s.includes_bulkhead_after_flush);
}

TEST(NftablesConf, StatementsCommentsAndBlocks) {
  struct Case {
    const char* text;
    bool flushes, first, includes;
    int line;
  };
  const Case cases[] = {
      // A comment, a quoted string and a chain's own `flush` are not a ruleset flush.
      {"# flush ruleset\ntable inet t { comment \"flush ruleset\"; }\n", false, false, false, 0},
      {"table inet t {\n  chain c {\n    flush ruleset\n  }\n}\n", false, false, false, 0},
      {"flush chain inet t c\n", false, false, false, 0},
      // Only the ip family: bulkhead's inet tables survive.
      {"flush ruleset ip\n", false, false, false, 0},
      {"flush ruleset inet\n", true, true, false, 1},
      // After other statements, on one line with ';', with blanks and a continuation.
      {"define lan = 10.0.0.0/8\n\n  flush   ruleset ;table inet t {}\n", true, false, false, 3},
      {"table inet a {\n}\nflush \\\nruleset\n", true, false, false, 3},
      // The include of bulkhead's saved tables must come after the (last) flush.
      {"flush ruleset\ninclude \"/var/lib/bulkhead/*.nft\"\n", true, true, true, 1},
      {"include \"/var/lib/bulkhead/*.nft\"\nflush ruleset\n", true, false, false, 2},
      {"flush ruleset\ninclude \"/etc/nftables.d/*.nft\"\n", true, true, false, 1},
  };
  for (const Case& c : cases) {
    NftablesConfScan s = scan_nftables_conf(c.text);
    EXPECT_EQ(s.flushes_ruleset, c.flushes) << c.text;
    EXPECT_EQ(s.flush_is_first, c.first) << c.text;
    EXPECT_EQ(s.includes_bulkhead_after_flush, c.includes) << c.text;
    if (c.flushes) {
      EXPECT_EQ(s.flush_line, c.line) << c.text;
    }
  }
}

TEST(IptablesSave, TablesChainsRulesAndDropPolicies) {
  LegacySave s = parse_iptables_save(
      "*raw\n:PREROUTING ACCEPT [0:0]\nCOMMIT\n*filter\n:INPUT ACCEPT [1:2]\n:FORWARD DROP "
      "[0:0]\n:DOCKER - [0:0]\n-A FORWARD -j DOCKER\n-A DOCKER -d 172.17.0.2/32 -j ACCEPT\n-A "
      "INPUT --jump DROP\nCOMMIT\n");
  EXPECT_EQ(s.tables, (std::vector<std::string>{"raw", "filter"}));
  EXPECT_EQ(s.rules, 3);
  EXPECT_EQ(s.dropping_rules, 1);
  EXPECT_EQ(s.drop_policies, std::vector<std::string>{"filter FORWARD"});
  EXPECT_TRUE(has(s.chains, "DOCKER"));
}

TEST(CoexistKindName, EveryKindHasItsName) {
  EXPECT_EQ(coexist_kind_name(CoexistKind::KubeProxy), "kube-proxy");
  EXPECT_EQ(coexist_kind_name(CoexistKind::IptablesLegacy), "iptables-legacy");
  EXPECT_EQ(coexist_kind_name(CoexistKind::NftablesConf), "nftables-conf");
  EXPECT_EQ(coexist_kind_name(CoexistKind::BaseChain), "base-chain");
}

}  // namespace
}  // namespace bulkhead::agent
