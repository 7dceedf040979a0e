// The nftables evaluator (testlib/nft_eval) on hand-written rulesets: it is the oracle of
// the property test, so its own semantics are pinned here — strict parsing, transactions,
// first match within a chain, all base chains of a hook, protocol-qualified matches that
// never match the other family, sets, limits, logs, jumps and verdict maps.
#include <gtest/gtest.h>

#include "testlib/nft_eval.h"

namespace bulkhead {
namespace {

namespace nft = testing::nft;

nft::Packet v4(const char* src, const char* dst, std::uint8_t proto = 6, std::uint16_t port = 22) {
  nft::Packet p;
  p.family = Family::V4;
  p.saddr = parse_addr(src)->value;
  p.daddr = parse_addr(dst)->value;
  p.l4proto = proto;
  if (proto == 6 || proto == 17) p.dport = port;
  p.iif = "eth0";
  return p;
}

nft::Packet v6(const char* src, const char* dst, std::uint8_t proto = 6, std::uint16_t port = 22) {
  nft::Packet p = v4("0.0.0.0", "0.0.0.0", proto, port);
  p.family = Family::V6;
  p.saddr = parse_addr(src)->value;
  p.daddr = parse_addr(dst)->value;
  return p;
}

nft::Ruleset load(const std::string& text) {
  nft::Ruleset rs;
  std::string err = rs.load(text);
  EXPECT_EQ(err, "") << text;
  return rs;
}

const char* kBasic = R"(#!/usr/sbin/nft -f
# comment line
table inet t
delete table inet t
table inet t {
	set peers {
		type ipv4_addr
		flags interval
		elements = {
			10.0.0.0/8,
			192.168.1.1-192.168.1.9,
			172.16.0.1
		}
	}

	chain input {
		type filter hook input priority filter; policy drop;
		iif "lo" accept comment "loopback"
		ct state established,related accept
		ip saddr @peers meta l4proto tcp th dport { 22, 8000-8080 } counter accept comment "peers"
		ip6 saddr != 2001:db8::/32 meta l4proto udp th dport 53 accept comment "v6 dns"
		meta nfproto ipv4 meta l4proto icmp accept comment "ping"
	}
}
)";

TEST(NftEval, FirstMatchAndPolicy) {
  nft::Ruleset rs = load(kBasic);
  EXPECT_EQ(rs.tables(), std::vector<std::string>{"inet t"});
  EXPECT_EQ(rs.rule_count("inet t", "input"), 5u);

  nft::Result r = rs.eval(nft::Hook::Input, v4("10.1.2.3", "1.1.1.1", 6, 22));
  EXPECT_TRUE(r.accepted);
  EXPECT_EQ(r.comment, "peers");
  EXPECT_FALSE(r.by_policy);

  EXPECT_TRUE(rs.eval(nft::Hook::Input, v4("192.168.1.9", "1.1.1.1", 6, 8080)).accepted);
  EXPECT_TRUE(rs.eval(nft::Hook::Input, v4("172.16.0.1", "1.1.1.1", 6, 8000)).accepted);
  EXPECT_FALSE(rs.eval(nft::Hook::Input, v4("192.168.1.10", "1.1.1.1", 6, 22)).accepted);
  EXPECT_FALSE(rs.eval(nft::Hook::Input, v4("10.1.2.3", "1.1.1.1", 6, 8081)).accepted);
  EXPECT_FALSE(rs.eval(nft::Hook::Input, v4("10.1.2.3", "1.1.1.1", 17, 22)).accepted);

  nft::Result dropped = rs.eval(nft::Hook::Input, v4("11.0.0.1", "1.1.1.1"));
  EXPECT_FALSE(dropped.accepted);
  EXPECT_TRUE(dropped.by_policy);

  nft::Packet lo = v4("11.0.0.1", "1.1.1.1");
  lo.iif = "lo";
  EXPECT_EQ(rs.eval(nft::Hook::Input, lo).comment, "loopback");
  nft::Packet est = v4("11.0.0.1", "1.1.1.1");
  est.ct_state = "established";
  EXPECT_TRUE(rs.eval(nft::Hook::Input, est).accepted);
  est.ct_state = "invalid";
  EXPECT_FALSE(rs.eval(nft::Hook::Input, est).accepted);

  // No base chain at the output hook: everything passes.
  EXPECT_TRUE(rs.eval(nft::Hook::Output, v4("11.0.0.1", "1.1.1.1")).accepted);
}

TEST(NftEval, FamilyQualifiedMatchesNeverMatchTheOtherFamily) {
  nft::Ruleset rs = load(kBasic);
  // `ip6 saddr != 2001:db8::/32` must not match an IPv4 packet, even negated.
  EXPECT_FALSE(rs.eval(nft::Hook::Input, v4("11.0.0.1", "1.1.1.1", 17, 53)).accepted);
  EXPECT_TRUE(rs.eval(nft::Hook::Input, v6("2001:db9::1", "::1", 17, 53)).accepted);
  EXPECT_FALSE(rs.eval(nft::Hook::Input, v6("2001:db8::1", "::1", 17, 53)).accepted);
  // `meta nfproto ipv4 meta l4proto icmp`: protocol 1 in an IPv6 packet is not IPv4 ICMP.
  EXPECT_TRUE(rs.eval(nft::Hook::Input, v4("11.0.0.1", "1.1.1.1", 1)).accepted);
  EXPECT_FALSE(rs.eval(nft::Hook::Input, v6("::2", "::1", 1)).accepted);
}

TEST(NftEval, AllBaseChainsOfAHookRunInPriorityOrder) {
  nft::Ruleset rs = load(R"(
table inet a {
	chain fw {
		type filter hook forward priority filter; policy accept;
		ip saddr 10.0.0.1 log prefix "a " accept comment "a accepts"
		ip saddr 10.0.0.2 drop comment "a drops"
	}
}
table inet b {
	chain fw {
		type filter hook forward priority filter - 10; policy accept;
		log prefix "b "
		ip saddr 10.0.0.1 drop comment "b drops"
	}
}
table ip6 c {
	chain fw {
		type filter hook forward priority 5; policy drop;
	}
}
)");
  // b runs first (priority -10); its drop is final although a would accept.
  nft::Result r = rs.eval(nft::Hook::Forward, v4("10.0.0.1", "10.9.9.9"));
  EXPECT_FALSE(r.accepted);
  EXPECT_EQ(r.comment, "b drops");
  EXPECT_EQ(r.logs, std::vector<std::string>{"b "});
  // An accept ends only its own chain: b accepts by policy, a drops.
  r = rs.eval(nft::Hook::Forward, v4("10.0.0.2", "10.9.9.9"));
  EXPECT_FALSE(r.accepted);
  EXPECT_EQ(r.comment, "a drops");
  ASSERT_EQ(r.chains.size(), 2u);
  EXPECT_TRUE(r.chains[0].by_policy);
  // Table ip6 c applies to IPv6 only, and its policy drops everything.
  EXPECT_TRUE(rs.eval(nft::Hook::Forward, v4("10.0.0.3", "10.9.9.9")).accepted);
  EXPECT_FALSE(rs.eval(nft::Hook::Forward, v6("::3", "::4")).accepted);
}

TEST(NftEval, LimitsStopOnlyTheirRuleAndLogsNeverDecide) {
  nft::Ruleset rs = load(R"(
table inet t {
	chain input {
		type filter hook input priority filter; policy accept;
		meta l4proto tcp th dport 22 limit rate 10/second log prefix "bh deny r1 " comment "r1"
		meta l4proto tcp th dport 22 counter drop comment "r1"
	}
}
)");
  nft::Result under = rs.eval(nft::Hook::Input, v4("1.1.1.1", "2.2.2.2"));
  nft::Result over = rs.eval(nft::Hook::Input, v4("1.1.1.1", "2.2.2.2"), nft::EvalOptions{false});
  EXPECT_FALSE(under.accepted);
  EXPECT_FALSE(over.accepted);
  EXPECT_EQ(under.logs, std::vector<std::string>{"bh deny r1 "});
  EXPECT_TRUE(over.logs.empty());
}

TEST(NftEval, JumpAndReturn) {
  nft::Ruleset rs = load(R"(
table inet t {
	chain sub {
		ip saddr 10.0.0.1 return
		ip saddr 10.0.0.0/24 drop comment "sub drops"
	}
	chain input {
		type filter hook input priority filter; policy accept;
		meta l4proto tcp jump sub
		ip saddr 10.0.0.1 drop comment "after return"
	}
}
)");
  EXPECT_EQ(rs.eval(nft::Hook::Input, v4("10.0.0.2", "1.1.1.1")).comment, "sub drops");
  EXPECT_EQ(rs.eval(nft::Hook::Input, v4("10.0.0.1", "1.1.1.1")).comment, "after return");
  EXPECT_TRUE(rs.eval(nft::Hook::Input, v4("10.0.1.1", "1.1.1.1")).accepted);
}

TEST(NftEval, NeighbourDiscoveryNeedsHopLimit255) {
  nft::Ruleset rs = load(R"(
table inet t {
	chain input {
		type filter hook input priority filter; policy drop;
		icmpv6 type { nd-neighbor-solicit, nd-neighbor-advert, nd-router-solicit, nd-router-advert } ip6 hoplimit 255 accept
	}
}
)");
  nft::Packet ns = v6("fe80::1", "fe80::2", 58);
  ns.icmp_type = 135;
  ns.hoplimit = 255;
  EXPECT_TRUE(rs.eval(nft::Hook::Input, ns).accepted);
  ns.hoplimit = 64;  // routed: not link-local neighbour discovery
  EXPECT_FALSE(rs.eval(nft::Hook::Input, ns).accepted);
  ns.hoplimit = 255;
  ns.icmp_type = 128;  // echo request
  EXPECT_FALSE(rs.eval(nft::Hook::Input, ns).accepted);
}

TEST(NftEval, PortMatchOnAPortlessPacketIsAnError) {
  nft::Ruleset rs = load(R"(
table inet t {
	chain input {
		type filter hook input priority filter; policy accept;
		th dport 22 drop
	}
}
)");
  nft::Result r = rs.eval(nft::Hook::Input, v4("1.1.1.1", "2.2.2.2", 1));
  EXPECT_NE(r.error, "");
}

const char* kMapForm = R"(
table inet t {
	limit log_input {
		rate 10/second
	}

	map in_peers_v4 {
		type ipv4_addr : verdict
		flags interval
		elements = {
			10.0.0.0/24 : jump in_g0,
			10.0.1.1-10.0.1.5 : jump in_g1
		}
	}

	chain input {
		type filter hook prerouting priority mangle; policy drop;
		ct state established,related accept comment "established"
		ip saddr vmap @in_peers_v4 comment "lookup"
		meta nfproto ipv4 meta l4proto tcp counter accept comment "after the lookup"
	}

	chain in_r1 {
		counter accept comment "r1"
	}

	chain in_r2_log {
		limit name "log_input" log prefix "bh deny r2 " comment "r2"
		counter drop comment "r2"
	}

	chain in_g0 {
		meta l4proto tcp th dport vmap { 22 : jump in_r1, 1000-2000 : jump in_r2_log }
		ip daddr != 192.0.2.1 meta l4proto { tcp, udp } th dport vmap { 53 : jump in_r1 }
	}

	chain in_g1 {
		meta l4proto udp th dport vmap { 53 : jump in_r1 }
	}

}
)";

TEST(NftEval, VerdictMapsJumpToTheirChainsAndMissesGoOn) {
  nft::Ruleset rs = load(kMapForm);
  auto eval = [&](nft::Packet p) { return rs.eval(nft::Hook::Prerouting, p); };
  EXPECT_EQ(eval(v4("10.0.0.7", "192.0.2.1", 6, 22)).comment, "r1");
  nft::Result logged = eval(v4("10.0.0.7", "192.0.2.1", 6, 1500));
  EXPECT_FALSE(logged.accepted);
  EXPECT_EQ(logged.comment, "r2");
  EXPECT_EQ(logged.logs, std::vector<std::string>{"bh deny r2 "});
  // A port the group's lookup misses, and a peer the peer map misses, go on after the
  // lookup rule.
  EXPECT_EQ(eval(v4("10.0.0.7", "192.0.2.1", 6, 23)).comment, "after the lookup");
  EXPECT_EQ(eval(v4("10.9.0.7", "192.0.2.1", 6, 22)).comment, "after the lookup");
  // The own-address piece: udp/53 only when the destination is not 192.0.2.1.
  EXPECT_EQ(eval(v4("10.0.0.7", "192.0.2.9", 17, 53)).comment, "r1");
  EXPECT_TRUE(eval(v4("10.0.0.7", "192.0.2.1", 17, 53)).by_policy);
  EXPECT_EQ(eval(v4("10.0.1.3", "192.0.2.1", 17, 53)).comment, "r1");
  EXPECT_TRUE(eval(v4("10.0.1.6", "192.0.2.1", 17, 53)).by_policy);
  // An IPv6 packet never matches an IPv4 address lookup; ICMP never reaches a port lookup
  // here (the l4proto match comes first).
  EXPECT_TRUE(eval(v6("2001:db8::1", "2001:db8::2", 6, 22)).by_policy);
  nft::Result icmp = eval(v4("10.0.0.7", "192.0.2.1", 1));
  EXPECT_EQ(icmp.error, "");
  EXPECT_TRUE(icmp.by_policy);
}

TEST(NftEval, PortLookupOnAPortlessPacketIsAnError) {
  nft::Ruleset rs = load(R"(
table inet t {
	chain c {
		accept
	}
	chain input {
		type filter hook input priority filter; policy accept;
		th dport vmap { 22 : jump c }
	}
}
)");
  EXPECT_NE(rs.eval(nft::Hook::Input, v4("1.1.1.1", "2.2.2.2", 1)).error, "");
}

TEST(NftEval, ParsesStrictly) {
  const std::vector<std::pair<std::string, std::string>> bad = {
      {"table inet t {\n chain c {\n  ip saddr 1.2.3.4 reject\n }\n}\n",
       "unsupported rule expression 'reject'"},
      {"table inet t {\n set s {\n  type ipv4_addr\n  flags interval\n  elements = { 10.0.0.0/8, "
       "10.1.0.0/16 }\n }\n}\n",
       "conflicting intervals"},
      {"table inet t {\n set s {\n  type ipv4_addr\n  elements = { 10.0.0.0/8 }\n }\n}\n",
       "flags interval"},
      {"table inet t {\n chain c {\n  ip saddr 10.0.0.1/8 accept\n }\n}\n", "host bits"},
      {"table inet t {\n chain c {\n  ip saddr @nope accept\n }\n}\n", "does not exist"},
      {"table inet t {\n chain c {\n  ip saddr 2001:db8::1 accept\n }\n}\n", "not an IPv4 address"},
      {"table inet t {\n chain c {\n  accept comment \"x\" counter\n }\n}\n", "follow"},
      {"table inet t {\n chain c {\n  meta mark 1 accept\n }\n}\n", "unsupported meta key"},
      {"table inet t {\n chain c {\n  comment \"x\"\n }\n}\n", "empty rule"},
      {"table inet t {\n chain c {\n  accept drop\n }\n}\n", "must end the rule"},
      {"delete table inet missing\n", "no such table"},
      {"table arp t\n", "unsupported table family"},
      {"table inet t {\n chain c {\n  type nat hook input priority 0;\n }\n}\n",
       "expected 'filter'"},
      {"table inet t {\n chain c {\n  log prefix \"unterminated\n }\n}\n", "unterminated string"},
      // Verdict maps and lookups.
      {"table inet t {\n chain c {\n  ip saddr vmap { 10.0.0.1 : jump nope }\n }\n}\n",
       "jump to unknown chain 'nope'"},
      {"table inet t {\n chain b {\n  type filter hook input priority 0;\n }\n chain c {\n  "
       "th dport vmap { 22 : jump b }\n }\n}\n",
       "jump to base chain 'b'"},
      {"table inet t {\n chain c {\n  jump nope\n }\n}\n", "jump to unknown chain"},
      {"table inet t {\n chain d {\n  accept\n }\n chain c {\n  th dport vmap { 1-10 : jump d, 5 "
       ": jump d }\n }\n}\n",
       "conflicting intervals"},
      {"table inet t {\n map m {\n  type ipv4_addr : verdict\n  elements = { 10.0.0.0/8 : accept "
       "}\n }\n}\n",
       "flags interval"},
      {"table inet t {\n map m {\n  type ipv4_addr . inet_service : verdict\n }\n}\n",
       "expected ':'"},
      {"table inet t {\n map m {\n  type ipv4_addr : verdict\n  flags interval\n  elements = { "
       "10.0.0.0/8 : goto x }\n }\n}\n",
       "unsupported verdict 'goto'"},
      {"table inet t {\n map m {\n  type ipv6_addr : verdict\n }\n chain c {\n  ip saddr vmap @m\n "
       "}\n}\n",
       "wrong key type"},
      {"table inet t {\n chain c {\n  ip saddr vmap @m\n }\n}\n", "map 'm' does not exist"},
      {"table inet t {\n chain d {\n  accept\n }\n chain c {\n  th dport vmap { 22 : jump d } "
       "accept\n }\n}\n",
       "'vmap' must end the rule"},
      {"table inet t {\n chain c {\n  ip saddr . th dport vmap { 10.0.0.1 . 22 : accept }\n }\n}\n",
       "'.' is not an IPv4 address"},  // concatenations are not read
  };
  for (const auto& [text, want] : bad) {
    nft::Ruleset rs;
    std::string err = rs.load(text);
    EXPECT_NE(err.find(want), std::string::npos) << "got '" << err << "' for:\n" << text;
  }
}

TEST(NftEval, AFailedLoadChangesNothing) {
  nft::Ruleset rs = load(kBasic);
  std::string err = rs.load("delete table inet t\ntable inet u {\n chain c {\n  bogus\n }\n}\n");
  EXPECT_NE(err, "");
  EXPECT_EQ(rs.tables(), std::vector<std::string>{"inet t"});
  EXPECT_EQ(rs.load("table inet t\ndelete table inet t\n"), "");
  EXPECT_TRUE(rs.tables().empty());
}

}  // namespace
}  // namespace bulkhead
