// Exactness on a machine that already has rules: Windows' built-in Allow rules (AD DS,
// File and Printer Sharing, Core Networking, ...), a third-party Allow Any rule, packets
// for the addresses the inventory does not list, the three profiles, and the read-back of
// the active store after applying (a Group Policy that discards local rules).
#include <gtest/gtest.h>

#include "testlib/paths.h"
#include "unit/windows/helpers.h"

namespace bulkhead::windows_test {
namespace {

win::Connection conn(win::Dir dir, const char* local, const char* remote, Proto proto,
                     std::uint16_t port) {
  win::Connection c;
  c.dir = dir;
  c.local = *parse_addr(local);
  c.remote = *parse_addr(remote);
  c.proto = proto;
  if (proto == Proto::Tcp || proto == Proto::Udp) {
    (dir == win::Dir::In ? c.local_port : c.remote_port) = port;
    (dir == win::Dir::In ? c.remote_port : c.local_port) = 50000;
  } else if (proto == Proto::Other) {
    c.ip_protocol = static_cast<std::uint8_t>(port);
  } else {
    c.icmp_type = static_cast<std::uint8_t>(port);
  }
  return c;
}

/// Both forms of a host, as applied to busy_machine().
std::pair<win::Firewall, win::Firewall> on_busy_machine(const decision::Decision& d,
                                                        const targets::RenderRequest& req) {
  win::Firewall ps = parse_ps(render(d, req).files.at(0).content);
  win::Firewall ns = parse_netsh(render(d, req, true).files.at(0).content);
  return {win::apply(ps, busy_machine()).effective, win::apply(ns, busy_machine()).effective};
}

// The issue's example: LDAP from an HR workstation to dc-01 is not reachable, and dc-01's
// script must block it even with the AD DS role's "LDAP (TCP-In)" Allow rule present.
TEST(WindowsMachine, EnterpriseDcBlocksLdapDespiteTheAdDsRule) {
  Diagnostics diags;
  auto model = policy::load({testing::source_dir() + "/examples/enterprise"}, diags);
  ASSERT_TRUE(model.has_value());
  auto d = decision::Decision::resolve(std::move(*model));
  decision::Verdict v = d->query(
      decision::Flow{*parse_addr("10.60.0.10"), *parse_addr("10.20.0.10"), Proto::Tcp, 389});
  ASSERT_FALSE(v.reachable);

  win::Machine adds;
  adds.rules = win::builtin_rules();
  bool has_ldap = false;
  for (const win::Rule& r : adds.rules)
    has_ldap = has_ldap || r.name == "Active Directory Domain Controller - LDAP (TCP-In)";
  ASSERT_TRUE(has_ldap);
  targets::RenderRequest req = for_host(*d, "dc-01");
  const win::Connection ldap = conn(win::Dir::In, "10.20.0.10", "10.60.0.10", Proto::Tcp, 389);
  for (bool netsh : {false, true}) {
    const std::string text = render(*d, req, netsh).files.at(0).content;
    win::Firewall fw = netsh ? parse_netsh(text) : parse_ps(text);
    EXPECT_FALSE(win::permits(fw, ldap));
    EXPECT_FALSE(win::permits(win::apply(fw, adds).effective, ldap)) << text;
    // Kerberos and LDAP from a workstation the policy allows still pass.
    decision::Verdict ok = d->query(
        decision::Flow{*parse_addr("10.10.0.21"), *parse_addr("10.20.0.10"), Proto::Tcp, 88});
    EXPECT_EQ(win::permits(win::apply(fw, adds).effective,
                           conn(win::Dir::In, "10.20.0.10", "10.10.0.21", Proto::Tcp, 88)),
              ok.reachable);
  }
}

// A default the policy leaves to "deny" (tier none) is a Block rule named after the default.
TEST(WindowsMachine, DefaultDenyIsABlockRule) {
  auto d = load(R"(bulkhead: 1
name: t
settings: {default_inbound: deny, default_outbound: allow}
zones:
  - {name: lan, cidrs: ["10.0.0.0/8"]}
hosts:
  - {name: srv, address: 10.0.0.5}
rules:
  - {name: web, action: allow, from: {zone: lan}, to: {host: srv}, services: [tcp/443]}
)");
  ASSERT_TRUE(d);
  targets::RenderRequest req = for_host(*d, "srv");
  win::Firewall ps = parse_ps(render(*d, req).files.at(0).content);
  EXPECT_EQ(ps.default_in, win::Act::Block);
  bool default_block = false;
  for (const win::Rule& r : rules_of(ps, win::Dir::In, win::Act::Block))
    default_block = default_block || r.name.find(" block default") != std::string::npos;
  EXPECT_TRUE(default_block);
  auto [psb, nsb] = on_busy_machine(*d, req);
  for (const win::Firewall* fw : {&psb, &nsb}) {
    // RDP, SMB (built-in rules), protocol 47 (Allow Any) stay blocked; HTTPS from the LAN passes.
    EXPECT_FALSE(win::permits(*fw, conn(win::Dir::In, "10.0.0.5", "10.0.0.9", Proto::Tcp, 3389)));
    EXPECT_FALSE(win::permits(*fw, conn(win::Dir::In, "10.0.0.5", "10.0.0.9", Proto::Tcp, 445)));
    EXPECT_FALSE(win::permits(*fw, conn(win::Dir::In, "10.0.0.5", "10.0.0.9", Proto::Other, 47)));
    EXPECT_FALSE(win::permits(*fw, conn(win::Dir::In, "10.0.0.5", "8.8.8.8", Proto::Tcp, 443)));
    EXPECT_TRUE(win::permits(*fw, conn(win::Dir::In, "10.0.0.5", "10.0.0.9", Proto::Tcp, 443)));
  }
  expect_exact(*d, "srv", {"10.0.0.9", "8.8.8.8", "0.0.0.0", "255.255.255.255"},
               {0, 442, 443, 444, 445, 3389, 65535});
}

// An outbound Allow default with `deny any` to one class keeps DefaultOutboundAction Allow:
// the protocols other than TCP, UDP and ICMP are blocked per number (-Protocol N), so no
// default needs switching, and no built-in Allow rule reopens the denied class.
TEST(WindowsMachine, AllowDefaultStaysAllowWithOtherProtocolsBlockedByNumber) {
  auto d = load(R"(bulkhead: 1
name: t
settings: {default_inbound: deny, default_outbound: allow}
zones:
  - {name: lan, cidrs: ["10.0.0.0/8"]}
  - {name: ot, cidrs: ["172.16.0.0/12"]}
hosts:
  - {name: ws, address: 10.0.0.5}
rules:
  - {name: no-ot, action: deny, from: {host: ws}, to: {zone: ot}, services: [any]}
  - {name: ot-web, action: allow, from: {host: ws}, to: {zone: ot}, services: [tcp/443]}
)");
  ASSERT_TRUE(d);
  targets::RenderRequest req = for_host(*d, "ws");
  const std::string text = render(*d, req).files.at(0).content;
  win::Firewall ps = parse_ps(text);
  EXPECT_EQ(ps.default_out, win::Act::Allow);
  EXPECT_NE(text.find("-Protocol 47 "), std::string::npos);
  EXPECT_NE(render(*d, req, true).files.at(0).content.find("protocol=47 "), std::string::npos);
  std::size_t numbers = 0;
  for (const win::Rule& r : rules_of(ps, win::Dir::Out, win::Act::Block))
    numbers += r.proto == win::Proto::Number;
  EXPECT_EQ(numbers, 252u);  // 0-255 but ICMP, TCP, UDP and ICMPv6
  auto [psb, nsb] = on_busy_machine(*d, req);
  for (const win::Firewall* fw : {&psb, &nsb}) {
    EXPECT_FALSE(
        win::permits(*fw, conn(win::Dir::Out, "10.0.0.5", "172.16.0.1", Proto::Other, 47)));
    EXPECT_FALSE(win::permits(*fw, conn(win::Dir::Out, "10.0.0.5", "172.16.0.1", Proto::Tcp, 445)));
    EXPECT_TRUE(win::permits(*fw, conn(win::Dir::Out, "10.0.0.5", "172.16.0.1", Proto::Tcp, 443)));
    EXPECT_TRUE(win::permits(*fw, conn(win::Dir::Out, "10.0.0.5", "8.8.8.8", Proto::Other, 47)));
  }
  expect_exact(*d, "ws", {"172.16.0.1", "10.0.0.9", "8.8.8.8"}, {442, 443, 444, 445});
}

const char* kLinkPolicy = R"(bulkhead: 1
name: t
settings: {default_inbound: deny, default_outbound: deny}
zones:
  - {name: lan, cidrs: ["10.0.0.0/8", "2001:db8:10::/48"]}
hosts:
  - {name: ws, addresses: ["10.0.0.5", "2001:db8:10::5"]}
rules:
  - {name: no-internet, action: deny, from: internet, to: hosts, services: [any]}
  - {name: no-internet-out, action: deny, from: hosts, to: internet, services: [any]}
)";

// `deny any` from `internet` (which holds fe80::/10, ff02::/16, 255.255.255.255 and
// 0.0.0.0) must not kill neighbour discovery and DHCP when the policy has host-essentials.
TEST(WindowsMachine, HostEssentialsKeepNeighbourDiscoveryAndDhcp) {
  auto d = load(std::string(kLinkPolicy) + "baselines: [host-essentials]\n");
  ASSERT_TRUE(d);
  targets::RenderRequest req = for_host(*d, "ws");
  Diagnostics diags;
  auto r = targets::windows::render(*d, req, diags);
  ASSERT_TRUE(r.has_value());
  for (const Diagnostic& dg : diags.sorted())
    EXPECT_EQ(dg.str().find("neighbour and router discovery"), std::string::npos) << dg.str();
  auto [psb, nsb] = on_busy_machine(*d, req);
  for (const win::Firewall* fw : {&psb, &nsb}) {
    // Neighbour solicitation from a link-local neighbour to the solicited-node group.
    EXPECT_TRUE(
        win::permits(*fw, conn(win::Dir::In, "ff02::1:ff00:5", "fe80::1", Proto::Icmpv6, 135)));
    EXPECT_TRUE(win::permits(*fw, conn(win::Dir::Out, "fe80::5", "fe80::1", Proto::Icmpv6, 136)));
    EXPECT_TRUE(win::permits(*fw, conn(win::Dir::Out, "fe80::5", "ff02::2", Proto::Icmpv6, 133)));
    // DHCP discover from 0.0.0.0 to the broadcast address, and the offer from the LAN.
    EXPECT_TRUE(
        win::permits(*fw, conn(win::Dir::Out, "0.0.0.0", "255.255.255.255", Proto::Udp, 67)));
    EXPECT_TRUE(
        win::permits(*fw, conn(win::Dir::In, "255.255.255.255", "10.0.0.1", Proto::Udp, 68)));
    // DHCPv6 solicit and reply.
    EXPECT_TRUE(win::permits(*fw, conn(win::Dir::Out, "fe80::5", "ff02::1:2", Proto::Udp, 547)));
    EXPECT_TRUE(win::permits(*fw, conn(win::Dir::In, "fe80::5", "fe80::1", Proto::Udp, 546)));
    // But no SMB from a link-local peer, and no SMB to the host's link-local address.
    EXPECT_FALSE(
        win::permits(*fw, conn(win::Dir::In, "2001:db8:10::5", "fe80::1", Proto::Tcp, 445)));
    EXPECT_FALSE(
        win::permits(*fw, conn(win::Dir::In, "fe80::5", "2001:db8:10::9", Proto::Tcp, 445)));
  }
}

TEST(WindowsMachine, RenderWarnsWhenTheScriptBlocksNeighbourDiscoveryAndDhcp) {
  auto d = load(kLinkPolicy);
  ASSERT_TRUE(d);
  targets::RenderRequest req = for_host(*d, "ws");
  for (bool netsh : {false, true}) {
    Diagnostics diags;
    auto r = netsh ? targets::windows::render_netsh(*d, req, diags)
                   : targets::windows::render(*d, req, diags);
    ASSERT_TRUE(r.has_value());
    std::string all;
    for (const Diagnostic& dg : diags.sorted()) all += dg.str() + "\n";
    EXPECT_NE(all.find("ws: the script blocks IPv6 neighbour and router discovery"),
              std::string::npos)
        << all;
    EXPECT_NE(all.find("DHCP (udp/67-68"), std::string::npos) << all;
    EXPECT_NE(all.find("DHCPv6"), std::string::npos) << all;
    EXPECT_NE(all.find("lacks the host-essentials baseline"), std::string::npos) << all;
  }
  win::Firewall ps = parse_ps(render(*d, req).files.at(0).content);
  EXPECT_FALSE(
      win::permits(ps, conn(win::Dir::In, "ff02::1:ff00:5", "fe80::1", Proto::Icmpv6, 135)));
}

// Every profile is covered, the notes say so, and a Group Policy that discards local rules
// makes both forms fail loudly after applying.
TEST(WindowsMachine, ProfilesAndReadBack) {
  auto d = load(kLinkPolicy);
  ASSERT_TRUE(d);
  targets::RenderRequest req = for_host(*d, "ws");
  targets::RenderResult ps = render(*d, req);
  targets::RenderResult ns = render(*d, req, true);
  bool noted = false;
  for (const std::string& n : ps.notes)
    noted = noted || n.find("Domain, Private and Public profiles") != std::string::npos;
  EXPECT_TRUE(noted);
  const std::string& pst = ps.files.at(0).content;
  const std::string& nst = ns.files.at(0).content;
  EXPECT_NE(pst.find("# Profiles: Domain, Private and Public"), std::string::npos);
  EXPECT_NE(pst.find("Get-NetFirewallProfile -PolicyStore ActiveStore"), std::string::npos);
  EXPECT_NE(pst.find("AllowLocalFirewallRules is False"), std::string::npos);
  EXPECT_NE(pst.find("throw \"bulkhead: the rules are not in force"), std::string::npos);
  EXPECT_NE(nst.find("LocalFirewallRules  *Disable"), std::string::npos);
  EXPECT_NE(nst.find("rem Profiles: Domain, Private and Public"), std::string::npos);
  for (bool netsh : {false, true}) {
    win::Firewall fw = netsh ? parse_netsh(nst) : parse_ps(pst);
    EXPECT_TRUE(fw.checks_profiles);
    EXPECT_TRUE(fw.checks_local_rules);
    EXPECT_EQ(fw.check_in, fw.default_in);
    EXPECT_EQ(fw.check_out, fw.default_out);
    if (!netsh) {
      EXPECT_EQ(fw.checks_rule_count, fw.rules.size());
    }
    win::Machine gpo = busy_machine();
    EXPECT_FALSE(win::apply(fw, gpo).failed_loudly);
    gpo.local_rules_allowed = false;
    EXPECT_TRUE(win::apply(fw, gpo).failed_loudly);
  }
}

TEST(WindowsMachine, EvaluatorReadsProtocolNumbersStrictly) {
  const std::string head =
      "@echo off\nsetlocal\nnetsh advfirewall firewall show rule name=\"bulkhead x #0\" >nul 2>&1 "
      "&& set \"BH_HAVE=1\" || set \"BH_HAVE=\"\n>>\"%BH%\\rules.new\" echo bulkhead x #0\nif "
      "not defined BH_HAVE >>\"%BH%\\rules.added\" echo bulkhead x #0\nif not defined BH_HAVE "
      "netsh advfirewall firewall add rule name=\"bulkhead x #0\" dir=in action=block protocol=";
  const std::string tail = " profile=any description=\"x\" >nul || goto failed\n";
  std::string err;
  for (const char* bad : {"6", "17", "1", "58", "256", "047", "-1"}) {
    auto fw = win::parse_netsh(head + bad + tail, &err);
    EXPECT_FALSE(fw.has_value()) << bad;
    EXPECT_NE(err.find("bad protocol"), std::string::npos) << bad << ": " << err;
  }
  win::Rule r;
  r.dir = win::Dir::In;
  r.action = win::Act::Block;
  r.proto = win::Proto::Number;
  r.protocol_number = 47;
  EXPECT_TRUE(win::matches(r, conn(win::Dir::In, "10.0.0.1", "10.0.0.2", Proto::Other, 47)));
  EXPECT_FALSE(win::matches(r, conn(win::Dir::In, "10.0.0.1", "10.0.0.2", Proto::Other, 41)));
  EXPECT_FALSE(win::matches(r, conn(win::Dir::In, "10.0.0.1", "10.0.0.2", Proto::Tcp, 47)));
}

}  // namespace
}  // namespace bulkhead::windows_test
