// The nftables renderer on small policies: exact text for tiny cases, then behaviour
// checked through the evaluator (testlib/nft_eval): hostile names, logging that never
// decides, audit mode, zone firewalls passing non-crossing traffic, IPv6, hosts with
// several addresses, refusals, the JSON form and determinism.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "nft_test_util.h"
#include "testlib/nft_eval.h"

namespace bulkhead {
namespace {

namespace nft = testing::nft;
using nfttest::decide;
using nfttest::render_point;

const char* kTiny = R"(bulkhead: 1
name: tiny
settings:
  default_inbound: deny
  default_outbound: allow
  log_rate: 10/second
zones:
  - name: dmz
    cidrs: [192.0.2.0/24, "2001:db8:1::/64"]
    firewall: true
hosts:
  - name: web
    addresses: [192.0.2.10, "2001:db8:1::10"]
    labels: {role: web}
  - name: admin
    address: 10.0.0.9
    labels: {role: admin}
rules:
  - name: admin-ssh
    action: allow
    from: {role: admin}
    to: {role: web}
    services: [ssh]
  - name: web-from-internet
    action: allow
    from: internet
    to: {role: web}
    services: [https, icmp]
  - name: no-telnet
    action: override-deny
    from: any
    to: any
    services: [telnet]
)";

const char* kTinyWeb = R"nft(#!/usr/sbin/nft -f
# bulkhead: endpoint firewall of host web (192.0.2.10, 2001:db8:1::10)
# policy tiny: inbound default deny, outbound default allow, mode enforce
# Load with nft -f FILE: one transaction that replaces table inet bulkhead.
table inet bulkhead
delete table inet bulkhead
table inet bulkhead {
	limit log_input {
		rate 10/second
	}

	limit log_output {
		rate 10/second
	}

	set r1_src_v4 {
		type ipv4_addr
		flags interval
		elements = {
			0.0.0.0-192.0.1.255,
			192.0.3.0-255.255.255.255
		}
	}

	set r1_src_v6 {
		type ipv6_addr
		flags interval
		elements = {
			::-2001:db8:0:ffff:ffff:ffff:ffff:ffff,
			2001:db8:1:1::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff
		}
	}

	chain input {
		type filter hook prerouting priority mangle; policy accept;
		iif "lo" accept comment "bulkhead: loopback"
		fib daddr type != { local, broadcast, multicast } accept comment "bulkhead: not for this host - routed through it"
		ct state invalid drop comment "bulkhead: invalid packets"
		ct direction original meta l4proto tcp th dport 23 counter drop comment "no-telnet @ tiny.yaml:29"
		ct state established,related accept comment "bulkhead: established flows"
		ip saddr 10.0.0.9 meta l4proto tcp th dport 22 limit name "log_input" log prefix "bh allow r0 " comment "admin-ssh @ tiny.yaml:19"
		ip saddr 10.0.0.9 meta l4proto tcp th dport 22 counter accept comment "admin-ssh @ tiny.yaml:19"
		ip saddr @r1_src_v4 meta l4proto icmp counter accept comment "web-from-internet @ tiny.yaml:24"
		ip saddr @r1_src_v4 meta l4proto tcp th dport 443 counter accept comment "web-from-internet @ tiny.yaml:24"
		ip6 saddr @r1_src_v6 meta l4proto ipv6-icmp counter accept comment "web-from-internet @ tiny.yaml:24"
		ip6 saddr @r1_src_v6 meta l4proto tcp th dport 443 counter accept comment "web-from-internet @ tiny.yaml:24"
		limit name "log_input" log prefix "bh deny default-in tiny " comment "inbound default deny of host web"
		counter drop comment "inbound default deny of host web"
	}

	chain output {
		type filter hook output priority filter; policy accept;
		oif "lo" accept comment "bulkhead: loopback"
		ct state invalid drop comment "bulkhead: invalid packets"
		ct direction original meta l4proto tcp th dport 23 counter drop comment "no-telnet @ tiny.yaml:29"
		ct state established,related accept comment "bulkhead: established flows"
	}
}
)nft";

const char* kTinyDmzChain = R"nft(	chain forward {
		type filter hook forward priority filter; policy accept;
		fib saddr . iif oif missing counter drop comment "bulkhead: spoofed source - no route back via the input interface"
		ct state invalid drop comment "bulkhead: invalid packets"
		ip saddr @zone_v4 ip daddr @zone_v4 accept comment "bulkhead: not crossing zone dmz"
		ip saddr != @zone_v4 ip daddr != @zone_v4 accept comment "bulkhead: not crossing zone dmz"
		ip6 saddr @zone_v6 ip6 daddr @zone_v6 accept comment "bulkhead: not crossing zone dmz"
		ip6 saddr != @zone_v6 ip6 daddr != @zone_v6 accept comment "bulkhead: not crossing zone dmz"
		ct direction original meta l4proto tcp th dport 23 counter drop comment "no-telnet @ tiny.yaml:29"
		ct state established,related accept comment "bulkhead: established flows"
		ip saddr 10.0.0.9 ip daddr 192.0.2.10 meta l4proto tcp th dport 22 limit name "log_forward" log prefix "bh allow r0 " comment "admin-ssh @ tiny.yaml:19"
		ip saddr 10.0.0.9 ip daddr 192.0.2.10 meta l4proto tcp th dport 22 counter accept comment "admin-ssh @ tiny.yaml:19"
		ip saddr @r1_src_v4 ip daddr 192.0.2.10 meta l4proto icmp counter accept comment "web-from-internet @ tiny.yaml:24"
		ip saddr @r1_src_v4 ip daddr 192.0.2.10 meta l4proto tcp th dport 443 counter accept comment "web-from-internet @ tiny.yaml:24"
		ip6 saddr @r1_src_v6 ip6 daddr 2001:db8:1::10 meta l4proto ipv6-icmp counter accept comment "web-from-internet @ tiny.yaml:24"
		ip6 saddr @r1_src_v6 ip6 daddr 2001:db8:1::10 meta l4proto tcp th dport 443 counter accept comment "web-from-internet @ tiny.yaml:24"
		limit name "log_forward" log prefix "bh deny default-zone-dmz tiny " comment "zone dmz default deny"
		counter drop comment "zone dmz default deny"
	}
}
)nft";

decision::Flow flow(const char* src, const char* dst, Proto p, std::uint16_t port) {
  return decision::Flow{*parse_addr(src), *parse_addr(dst), p, port};
}

nft::Ruleset loaded(const std::string& text) {
  nft::Ruleset rs;
  EXPECT_EQ(rs.load(text), "") << text;
  return rs;
}

nft::Result at_input(const nft::Ruleset& rs, const decision::Flow& f, bool limit_ok = true) {
  nft::Packet p = nft::packet_of(f);
  p.oif.clear();
  return rs.eval(nft::Hook::Prerouting, p, nft::EvalOptions{limit_ok});
}

nft::Result at_output(const nft::Ruleset& rs, const decision::Flow& f, bool limit_ok = true) {
  nft::Packet p = nft::packet_of(f);
  p.iif.clear();
  return rs.eval(nft::Hook::Output, p, nft::EvalOptions{limit_ok});
}

TEST(NftRender, TinyHostExactText) {
  auto d = decide(kTiny);
  ASSERT_TRUE(d);
  EXPECT_EQ(render_point(*d, "web"), kTinyWeb);
}

TEST(NftRender, TinyZoneExactText) {
  auto d = decide(kTiny);
  ASSERT_TRUE(d);
  std::string text = render_point(*d, "dmz", /*zone=*/true);
  EXPECT_EQ(text.substr(0, text.find('\n', text.find("table inet bulkhead_zone_dmz {")) + 1),
            "#!/usr/sbin/nft -f\n"
            "# bulkhead: boundary firewall of zone dmz\n"
            "# policy tiny: judges flows with exactly one end in the zone; default deny, mode "
            "enforce\n"
            "# Load with nft -f FILE on the router: one transaction that replaces this table "
            "only.\n"
            "table inet bulkhead_zone_dmz\n"
            "delete table inet bulkhead_zone_dmz\n"
            "table inet bulkhead_zone_dmz {\n");
  ASSERT_NE(text.find("\tchain forward {"), std::string::npos);
  EXPECT_EQ(text.substr(text.find("\tchain forward {")), kTinyDmzChain);
}

TEST(NftRender, TinyHostDecidesLikeThePolicy) {
  auto d = decide(kTiny);
  ASSERT_TRUE(d);
  nft::Ruleset web = loaded(render_point(*d, "web"));
  // admin → web ssh: allowed and logged (ssh logs by default).
  nft::Result r = at_input(web, flow("10.0.0.9", "192.0.2.10", Proto::Tcp, 22));
  EXPECT_TRUE(r.accepted);
  EXPECT_EQ(r.logs, std::vector<std::string>{"bh allow r0 "});
  // Internet → web https over IPv6, ICMPv6 echo, but not ssh.
  EXPECT_TRUE(at_input(web, flow("2001:db8:9::1", "2001:db8:1::10", Proto::Tcp, 443)).accepted);
  EXPECT_TRUE(at_input(web, flow("2001:db8:9::1", "2001:db8:1::10", Proto::Icmp, 0)).accepted);
  EXPECT_FALSE(at_input(web, flow("8.8.8.8", "192.0.2.10", Proto::Tcp, 22)).accepted);
  // Override-deny beats the allow: no telnet even from the admin.
  r = at_input(web, flow("10.0.0.9", "192.0.2.10", Proto::Tcp, 23));
  EXPECT_FALSE(r.accepted);
  EXPECT_EQ(r.comment, "no-telnet @ tiny.yaml:29");
  // Outbound default allow, but telnet out is refused too.
  EXPECT_TRUE(at_output(web, flow("192.0.2.10", "8.8.8.8", Proto::Udp, 53)).accepted);
  EXPECT_FALSE(at_output(web, flow("192.0.2.10", "8.8.8.8", Proto::Tcp, 23)).accepted);
}

TEST(NftRender, UninstallDeletesOnlyBulkheadsTable) {
  auto d = decide(kTiny);
  ASSERT_TRUE(d);
  targets::RenderRequest req;
  req.uninstall = true;
  std::map<std::string, std::string> files = nfttest::render(*d, req);
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files.begin()->first, "uninstall.nft");
  nft::Ruleset rs;
  EXPECT_EQ(rs.load("table inet other {\n}\n"), "");
  EXPECT_EQ(rs.load(files.begin()->second), "") << "works when the table is absent";
  EXPECT_EQ(rs.load(render_point(*d, "web")), "");
  EXPECT_EQ(rs.load(render_point(*d, "web")), "") << "a second load replaces the table";
  EXPECT_EQ(rs.rule_count("inet bulkhead", "input"), 13u);
  EXPECT_EQ(rs.load(files.begin()->second), "");
  EXPECT_EQ(rs.tables(), std::vector<std::string>{"inet other"});

  req.uninstall = true;
  req.zone = static_cast<std::uint32_t>(d->find_zone("dmz"));
  files = nfttest::render(*d, req);
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files.begin()->first, "zone-dmz-uninstall.nft");
  EXPECT_NE(files.begin()->second.find("delete table inet bulkhead_zone_dmz\n"), std::string::npos);
}

TEST(NftRender, AllRendersOneFilePerManagedHost) {
  auto d2 = decide(R"(bulkhead: 1
hosts:
  - name: a
    address: 10.0.0.1
  - name: b
    address: 10.0.0.2
  - name: prn
    address: 10.0.0.3
    managed: false
)");
  ASSERT_TRUE(d2);
  targets::RenderRequest req;
  req.all = true;
  std::map<std::string, std::string> files = nfttest::render(*d2, req);
  std::vector<std::string> names;
  for (const auto& [name, text] : files) names.push_back(name);
  EXPECT_EQ(names, (std::vector<std::string>{"a.nft", "b.nft"}));
  files = nfttest::render(*d2, req, nullptr, /*json=*/true);
  names.clear();
  for (const auto& [name, text] : files) names.push_back(name);
  EXPECT_EQ(names, (std::vector<std::string>{"a.json", "b.json"}));
}

// Names, labels and file names are free text in a Model built by hand (the loader is
// stricter); nothing of them may break out of an nft string or identifier.
TEST(NftRender, HostileNamesStaySafe) {
  auto d0 = decide(kTiny);
  ASSERT_TRUE(d0);
  policy::Model m = d0->model();
  const std::string evil = "x\" accept; }\n table inet pwn { chain c { $(reboot) `id` \\\" ";
  for (policy::Rule& r : m.rules) {
    r.name = evil + r.name + std::string(300, 'A');
    r.loc.file = "dir/\"quoted\";\n" + std::string(200, 'f') + ".yaml";
  }
  m.hosts[0].name = "web\"; flush ruleset; \n" + std::string(100, 'w');
  m.zones[0].name = "dmz\" } table ip x {";
  m.name = "tiny\"\nflush ruleset";
  auto d = decision::Decision::resolve(std::move(m));
  for (bool zone : {false, true}) {
    targets::RenderRequest req;
    if (zone) {
      req.zone = 1;
    } else {
      req.host = 0;
    }
    std::map<std::string, std::string> files = nfttest::render(*d, req);
    ASSERT_EQ(files.size(), 1u);
    const auto& [name, text] = *files.begin();
    for (char c : name)
      EXPECT_TRUE(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.')
          << name;
    nft::Ruleset rs;
    EXPECT_EQ(rs.load(text), "") << text;
    ASSERT_EQ(rs.tables().size(), 1u);
    EXPECT_EQ(rs.tables()[0].rfind(zone ? "inet bulkhead_zone_dmz_" : "inet bulkhead", 0), 0u);
    // Every quoted string is on one line and within nft's limits.
    std::size_t pos = 0;
    while ((pos = text.find("comment \"", pos)) != std::string::npos) {
      std::size_t end = text.find('"', pos + 9);
      std::string body = text.substr(pos + 9, end - pos - 9);
      EXPECT_LE(body.size(), 127u);
      EXPECT_EQ(body.find_first_not_of(
                    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ._:/@=+-"),
                std::string::npos)
          << body;
      pos = end + 1;
    }
    // Nothing was injected: the file has as many lines as with the original names.
    std::map<std::string, std::string> plain = nfttest::render(*d0, req);
    ASSERT_EQ(plain.size(), 1u);
    EXPECT_EQ(std::count(text.begin(), text.end(), '\n'),
              std::count(plain.begin()->second.begin(), plain.begin()->second.end(), '\n'));
  }
  if (auto why = nfttest::netns_unavailable()) GTEST_SKIP() << "real nft check skipped: " << *why;
  nfttest::TempDir dir;
  targets::RenderRequest req;
  req.host = 0;
  std::string host = dir.write("host.nft", nfttest::render(*d, req).begin()->second);
  req.host.reset();
  req.zone = 1;
  std::string zone = dir.write("zone.nft", nfttest::render(*d, req).begin()->second);
  nfttest::Run run = nfttest::in_netns("nft -c -f " + host + "\nnft -c -f " + zone);
  EXPECT_EQ(run.status, 0) << run.output;
}

const char* kLogged = R"(bulkhead: 1
settings:
  default_inbound: allow
  log_rate: 3/minute
hosts:
  - name: h
    address: 10.0.0.1
rules:
  - name: deny-rdp
    action: deny
    from: any
    to: hosts
    services: [rdp, smb]
  - name: allow-rdp-admin
    action: allow
    from: {cidr: 10.9.0.0/16}
    to: hosts
    services: [rdp, tcp/8080]
    log: true
  - name: quiet
    action: deny
    from: any
    to: hosts
    services: [ssh]
    log: false
)";

TEST(NftRender, LogRulesNeverChangeVerdicts) {
  auto d = decide(kLogged);
  ASSERT_TRUE(d);
  std::string text = render_point(*d, "h");
  // One log budget per chain: a named limit at the policy's log_rate.
  EXPECT_NE(text.find("limit log_input {\n\t\trate 3/minute\n\t}"), std::string::npos) << text;
  EXPECT_NE(text.find("limit name \"log_input\" log prefix \"bh deny r0 \""), std::string::npos)
      << text;
  // Every log rule is verdict-less.
  std::size_t pos = 0;
  while ((pos = text.find("log prefix", pos)) != std::string::npos) {
    std::size_t eol = text.find('\n', pos);
    std::string rest = text.substr(pos, eol - pos);
    EXPECT_EQ(rest.find(" accept"), std::string::npos) << rest;
    EXPECT_EQ(rest.find(" drop"), std::string::npos) << rest;
    pos = eol;
  }
  nft::Ruleset rs = loaded(text);
  struct Case {
    decision::Flow f;
    bool accepted;
    std::vector<std::string> logs;
  };
  const std::vector<Case> cases = {
      {flow("10.1.0.1", "10.0.0.1", Proto::Tcp, 3389), false, {"bh deny r0 "}},  // rdp logs
      {flow("10.1.0.1", "10.0.0.1", Proto::Tcp, 445), false, {}},                // smb does not
      {flow("10.9.0.1", "10.0.0.1", Proto::Udp, 3389), true, {"bh allow r1 "}},  // log: true
      {flow("10.9.0.1", "10.0.0.1", Proto::Tcp, 8080),
       true,
       {"bh allow r1 "}},                                         // inline, log: true
      {flow("10.9.0.1", "10.0.0.1", Proto::Tcp, 22), false, {}},  // log: false
      {flow("10.9.0.1", "10.0.0.1", Proto::Tcp, 80), true, {}},   // default allow
  };
  for (const Case& c : cases) {
    nft::Result under = at_input(rs, c.f, true);
    nft::Result over = at_input(rs, c.f, false);
    EXPECT_EQ(under.accepted, c.accepted) << c.f.port;
    EXPECT_EQ(over.accepted, c.accepted) << c.f.port << " with the rate exceeded";
    EXPECT_EQ(under.comment, over.comment);
    EXPECT_EQ(under.logs, c.logs) << c.f.port;
    EXPECT_TRUE(over.logs.empty());
    EXPECT_EQ(d->query(c.f).reachable, c.accepted);
  }
}

TEST(NftRender, AuditModeLogsWhatItWouldBlockAndAccepts) {
  auto d = decide(R"(bulkhead: 1
settings:
  default_inbound: deny
  default_outbound: deny
hosts:
  - name: h
    address: 10.0.0.1
    enforcement: audit
  - name: e
    address: 10.0.0.2
rules:
  - name: no-smb
    action: deny
    from: any
    to: hosts
    services: [smb]
  - name: web
    action: allow
    from: any
    to: hosts
    services: [http]
)");
  ASSERT_TRUE(d);
  std::string text = render_point(*d, "h");
  EXPECT_NE(text.find("type filter hook prerouting priority mangle; policy accept;"),
            std::string::npos);
  EXPECT_NE(text.find("type filter hook output priority filter; policy accept;"),
            std::string::npos);
  EXPECT_EQ(text.find(" drop comment \"no-smb"), std::string::npos) << text;
  nft::Ruleset rs = loaded(text);
  nft::Result smb = at_input(rs, flow("10.5.0.1", "10.0.0.1", Proto::Tcp, 445));
  EXPECT_TRUE(smb.accepted);
  EXPECT_EQ(smb.logs, std::vector<std::string>{"bh would-block r0 "});
  EXPECT_EQ(smb.comment, "no-smb @ tiny.yaml:12");
  nft::Result other = at_input(rs, flow("10.5.0.1", "10.0.0.1", Proto::Tcp, 25));
  EXPECT_TRUE(other.accepted);
  EXPECT_EQ(other.logs, std::vector<std::string>{"bh would-block default-in unnamed "});
  nft::Result web = at_input(rs, flow("10.5.0.1", "10.0.0.1", Proto::Tcp, 80));
  EXPECT_TRUE(web.accepted);
  EXPECT_TRUE(web.logs.empty());
  EXPECT_TRUE(at_output(rs, flow("10.0.0.1", "10.5.0.1", Proto::Tcp, 25)).accepted);
  // Over the log rate the audit rules still accept.
  EXPECT_TRUE(at_input(rs, flow("10.5.0.1", "10.0.0.1", Proto::Tcp, 445), false).accepted);
  EXPECT_TRUE(at_input(rs, flow("10.5.0.1", "10.0.0.1", Proto::Tcp, 25), false).accepted);

  // The enforcing host drops; --mode audit turns it into an auditing one.
  nft::Ruleset e = loaded(render_point(*d, "e"));
  EXPECT_FALSE(at_input(e, flow("10.5.0.1", "10.0.0.2", Proto::Tcp, 445)).accepted);
  nft::Ruleset ea = loaded(render_point(*d, "e", false, policy::Enforcement::Audit));
  EXPECT_TRUE(at_input(ea, flow("10.5.0.1", "10.0.0.2", Proto::Tcp, 445)).accepted);
  // --mode enforce makes the auditing host enforce.
  nft::Ruleset he = loaded(render_point(*d, "h", false, policy::Enforcement::Enforce));
  EXPECT_FALSE(at_input(he, flow("10.5.0.1", "10.0.0.1", Proto::Tcp, 445)).accepted);
}

TEST(NftRender, ZoneFirewallPassesTrafficThatDoesNotCrossItsBoundary) {
  auto d = decide(R"(bulkhead: 1
zones:
  - name: lab
    cidrs: [10.1.0.0/16]
    firewall: true
  - name: lab-inner
    cidrs: [10.1.5.0/24]
  - name: office
    cidrs: [10.2.0.0/16]
    firewall: true
hosts:
  - name: a
    address: 10.1.0.5
  - name: b
    address: 10.2.0.5
rules:
  - name: office-to-lab-ssh
    action: allow
    from: {zone: office}
    to: {zone: lab}
    services: [ssh]
)");
  ASSERT_TRUE(d);
  std::string lab_text = render_point(*d, "lab", true);
  // The nested zone's addresses are carved out of lab (longest prefix).
  EXPECT_NE(lab_text.find("10.1.0.0-10.1.4.255,\n\t\t\t10.1.6.0-10.1.255.255\n"), std::string::npos)
      << lab_text;
  // No IPv6 in the zone: every IPv6 packet is non-crossing.
  EXPECT_NE(lab_text.find("meta nfproto ipv6 accept comment \"bulkhead: not crossing zone lab\""),
            std::string::npos);
  nft::Ruleset lab = loaded(lab_text);
  auto fwd = [](const nft::Ruleset& rs, const decision::Flow& f) {
    return rs.eval(nft::Hook::Forward, nft::packet_of(f)).accepted;
  };
  EXPECT_TRUE(fwd(lab, flow("10.1.0.5", "10.1.0.6", Proto::Tcp, 445)));      // inside
  EXPECT_TRUE(fwd(lab, flow("10.2.0.5", "8.8.8.8", Proto::Tcp, 445)));       // outside
  EXPECT_TRUE(fwd(lab, flow("2001:db8::1", "2001:db8::2", Proto::Tcp, 1)));  // other family
  EXPECT_TRUE(fwd(lab, flow("10.2.0.5", "10.1.0.5", Proto::Tcp, 22)));       // the rule
  EXPECT_FALSE(fwd(lab, flow("10.2.0.5", "10.1.0.5", Proto::Tcp, 23)));      // crossing, no rule
  EXPECT_FALSE(fwd(lab, flow("10.1.5.1", "10.1.0.5", Proto::Tcp, 22)));  // lab-inner → lab crosses
  // office → lab-inner has no end in lab (longest prefix): not lab's to judge.
  EXPECT_TRUE(fwd(lab, flow("10.2.0.5", "10.1.5.1", Proto::Tcp, 80)));

  // Both zone tables on one router: a flow crossing both is judged by both.
  nft::Ruleset router = loaded(lab_text);
  ASSERT_EQ(router.load(render_point(*d, "office", true)), "");
  EXPECT_EQ(router.tables().size(), 2u);
  EXPECT_TRUE(fwd(router, flow("10.2.0.5", "10.1.0.5", Proto::Tcp, 22)));
  EXPECT_FALSE(fwd(router, flow("10.2.0.5", "10.1.0.5", Proto::Tcp, 80)));
  EXPECT_FALSE(fwd(router, flow("10.2.0.5", "9.9.9.9", Proto::Tcp, 22)));  // office's boundary
  EXPECT_TRUE(fwd(router, flow("9.9.9.9", "8.8.8.8", Proto::Tcp, 22)));    // crosses neither
}

TEST(NftRender, HostWithSeveralAddressesRestrictsRulesToTheMatchingOnes) {
  auto d = decide(R"(bulkhead: 1
settings:
  default_inbound: deny
zones:
  - name: front
    cidrs: [192.0.2.0/24]
  - name: back
    cidrs: [10.0.0.0/8, "fd00::/64"]
hosts:
  - name: gw
    addresses: [192.0.2.1, 10.0.0.1, 10.0.0.2, "fd00::1"]
rules:
  - name: https-on-front
    action: allow
    from: any
    to: {zone: front}
    services: [https]
  - name: ssh-on-back
    action: allow
    from: {cidr: 10.0.0.0/8}
    to: {zone: back}
    services: [ssh]
)");
  ASSERT_TRUE(d);
  std::string text = render_point(*d, "gw");
  EXPECT_NE(text.find("ip daddr 192.0.2.1 meta l4proto tcp th dport 443"), std::string::npos)
      << text;
  EXPECT_NE(
      text.find("ip saddr 10.0.0.0/8 ip daddr 10.0.0.1-10.0.0.2 meta l4proto tcp th dport 22"),
      std::string::npos)
      << text;
  nft::Ruleset rs = loaded(text);
  EXPECT_TRUE(at_input(rs, flow("8.8.8.8", "192.0.2.1", Proto::Tcp, 443)).accepted);
  EXPECT_FALSE(at_input(rs, flow("8.8.8.8", "10.0.0.1", Proto::Tcp, 443)).accepted);
  EXPECT_TRUE(at_input(rs, flow("10.5.5.5", "10.0.0.2", Proto::Tcp, 22)).accepted);
  EXPECT_FALSE(at_input(rs, flow("10.5.5.5", "192.0.2.1", Proto::Tcp, 22)).accepted);
  // The IPv6 address is in `back`, but the rule's sources are IPv4 only: no IPv6 rule.
  EXPECT_FALSE(at_input(rs, flow("fd00::9", "fd00::1", Proto::Tcp, 22)).accepted);
  EXPECT_EQ(text.find("ip6 daddr"), std::string::npos) << text;
}

TEST(NftRender, FamilyRulesWithoutAddressMatchesArePinnedToTheirFamily) {
  auto d = decide(R"(bulkhead: 1
settings:
  default_inbound: allow
hosts:
  - name: h
    addresses: [10.0.0.1, "2001:db8::1"]
rules:
  - name: v4-only-peers
    action: deny
    from: {cidr: 0.0.0.0/0}
    to: any
    services: [ssh, icmp]
)");
  ASSERT_TRUE(d);
  std::string text = render_point(*d, "h");
  EXPECT_NE(text.find("meta nfproto ipv4 meta l4proto icmp counter drop"), std::string::npos)
      << text;
  EXPECT_NE(text.find("meta nfproto ipv4 meta l4proto tcp th dport 22 counter drop"),
            std::string::npos);
  nft::Ruleset rs = loaded(text);
  EXPECT_FALSE(at_input(rs, flow("10.9.9.9", "10.0.0.1", Proto::Tcp, 22)).accepted);
  EXPECT_TRUE(at_input(rs, flow("2001:db8::9", "2001:db8::1", Proto::Tcp, 22)).accepted);
  EXPECT_TRUE(at_input(rs, flow("2001:db8::9", "2001:db8::1", Proto::Icmp, 0)).accepted);
}

TEST(NftRender, RefusesServicesItCannotExpressWithTheRulesLocation) {
  auto d0 = decide(kTiny);
  ASSERT_TRUE(d0);
  policy::Model m = d0->model();
  // A key set covering part of the `other` block (no service can name it; only `any`).
  m.rules[0].services[0].keys =
      ServiceSet::range(service_key(Proto::Other, 0), service_key(Proto::Other, 9));
  auto d = decision::Decision::resolve(std::move(m));
  targets::RenderRequest req;
  req.host = static_cast<std::uint32_t>(d->find_host("web"));
  Diagnostics diags;
  EXPECT_TRUE(nfttest::render(*d, req, &diags).empty());
  ASSERT_TRUE(diags.has_errors());
  EXPECT_EQ(diags.all()[0].loc.file_line(), "tiny.yaml:19");
  EXPECT_NE(diags.all()[0].message.find("admin-ssh"), std::string::npos);
  EXPECT_NE(diags.all()[0].message.find("other than tcp, udp and icmp"), std::string::npos);
  // Reported once, however many points would carry the rule.
  targets::RenderRequest all;
  all.all = true;
  Diagnostics once;
  EXPECT_TRUE(nfttest::render(*d, all, &once).empty());
  EXPECT_EQ(once.error_count(), 1);
}

TEST(NftRender, JsonIsTheSameTransaction) {
  auto d = decide(kTiny);
  ASSERT_TRUE(d);
  targets::RenderRequest req;
  req.host = static_cast<std::uint32_t>(d->find_host("web"));
  std::map<std::string, std::string> files = nfttest::render(*d, req, nullptr, /*json=*/true);
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files.begin()->first, "web.json");
  nlohmann::json j = nlohmann::json::parse(files.begin()->second);
  const nlohmann::json& cmds = j.at("nftables");
  EXPECT_EQ(cmds[0]["metainfo"]["json_schema_version"], 1);
  EXPECT_EQ(cmds[1]["add"]["table"]["name"], "bulkhead");
  EXPECT_EQ(cmds[2]["delete"]["table"]["name"], "bulkhead");
  EXPECT_EQ(cmds[3]["add"]["table"]["name"], "bulkhead");
  std::size_t rules = 0, sets = 0, chains = 0;
  for (const nlohmann::json& c : cmds) {
    if (!c.contains("add")) continue;
    rules += c["add"].contains("rule");
    sets += c["add"].contains("set");
    chains += c["add"].contains("chain");
  }
  EXPECT_EQ(sets, 2u);
  EXPECT_EQ(chains, 2u);
  EXPECT_EQ(rules, 13u + 4u);
  // The first policy rule, as nft -j lists it: after the metainfo and table commands,
  // two named limits, two sets, the two chains (every chain exists before any rule or map
  // jumps to it) and the input chain's three preamble rules.
  const nlohmann::json& r = cmds[4 + 2 + 2 + 2 + 3]["add"]["rule"];
  EXPECT_EQ(r["chain"], "input");
  EXPECT_EQ(r["comment"], "no-telnet @ tiny.yaml:29");
  EXPECT_EQ(
      r["expr"].dump(),
      R"([{"match":{"left":{"ct":{"key":"direction"}},"op":"==","right":"original"}},)"
      R"({"match":{"left":{"meta":{"key":"l4proto"}},"op":"==","right":"tcp"}},)"
      R"({"match":{"left":{"payload":{"field":"dport","protocol":"th"}},"op":"==","right":23}},)"
      R"({"counter":null},{"drop":null}])");
}

TEST(NftRender, OutputIsDeterministic) {
  auto a = decide(kTiny);
  auto b = decide(kTiny);
  ASSERT_TRUE(a && b);
  EXPECT_EQ(render_point(*a, "web"), render_point(*b, "web"));
  EXPECT_EQ(render_point(*a, "dmz", true), render_point(*b, "dmz", true));
}

}  // namespace
}  // namespace bulkhead
