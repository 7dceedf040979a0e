// Tests of the windows target's set algebra: how the policy's tiers become Windows Block
// and Allow rules whose union, under block-beats-allow, is exactly the Decision. Each case
// checks the rule shapes it is about and then every flow over the interesting addresses.
#include <gtest/gtest.h>

#include <set>

#include "unit/windows/helpers.h"

namespace bulkhead::windows_test {
namespace {

const std::vector<std::uint16_t> kPorts = {0,    1,    22,   23,    80,    135,   137,  139,  443,
                                           444,  445,  446,  999,   1000,  1499,  1500, 2000, 2001,
                                           2500, 2501, 3389, 49151, 49152, 65534, 65535};

std::string base(const std::string& settings, const std::string& rules) {
  return "bulkhead: 1\nname: t\nsettings:\n" + settings +
         R"(zones:
  - name: office
    cidrs: [10.1.0.0/16, "2001:db8:1::/64"]
hosts:
  - name: ws-1
    addresses: [10.1.0.10, "2001:db8:1::10"]
    labels: {role: workstation}
  - name: ws-2
    address: 10.1.0.11
    labels: {role: workstation}
  - name: fs-1
    addresses: [10.1.0.20, "2001:db8:1::20"]
    labels: {role: file-server}
  - name: prn-1
    address: 10.1.0.30
    managed: false
rules:
)" + rules;
}

/// Inbound Block rules a policy rule decides: not those of the default (which now cover
/// everything the default blocks) nor the per-number rules of the other protocols.
std::vector<win::Rule> decided_blocks(const win::Firewall& fw) {
  std::vector<win::Rule> out;
  for (const win::Rule& r : rules_of(fw, win::Dir::In, win::Act::Block))
    if (r.proto != win::Proto::Number && r.name.find(" block default") == std::string::npos)
      out.push_back(r);
  return out;
}

const std::vector<std::string> kRemotes = {"10.1.0.10",
                                           "10.1.0.11",
                                           "10.1.0.20",
                                           "10.1.0.30",
                                           "10.1.0.99",
                                           "8.8.8.8",
                                           "0.0.0.0",
                                           "255.255.255.255",
                                           "2001:db8:1::10",
                                           "2001:db8:1::20",
                                           "2001:db8:1::99",
                                           "::1",
                                           "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"};

TEST(WindowsTiers, AllowPunchesThroughBroadDeny) {
  // Blocklist mode: deny every TCP port from anywhere, but workstations keep SMB.
  auto d = load(base("  default_inbound: allow\n", R"(  - name: no-tcp
    action: deny
    from: any
    to: {role: file-server}
    services: [tcp/0-65535]
  - name: smb-for-workstations
    action: allow
    from: {role: workstation}
    to: {role: file-server}
    services: [smb]
)"));
  ASSERT_TRUE(d);
  win::Firewall fw = parse_ps(render(*d, for_host(*d, "fs-1")).files.at(0).content);
  EXPECT_EQ(fw.default_in, win::Act::Allow);
  // Under an Allow default only Block rules matter: one for the workstations on every
  // port but 445, one for everybody else on every port.
  std::vector<win::Rule> blocks = rules_of(fw, win::Dir::In, win::Act::Block);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_TRUE(rules_of(fw, win::Dir::In, win::Act::Allow).empty());
  bool punched = false;
  for (const win::Rule& r : blocks) {
    if (r.local_ports.size() == 2) {
      punched = true;
      EXPECT_EQ(r.local_ports[0].hi, 444u);
      EXPECT_EQ(r.local_ports[1].lo, 446u);
    }
  }
  EXPECT_TRUE(punched);
  EXPECT_GT(expect_exact(*d, "fs-1", kRemotes, kPorts), 0u);
  expect_exact(*d, "ws-1", kRemotes, kPorts);
}

TEST(WindowsTiers, OverrideDenyBeatsAllow) {
  auto d = load(base("", R"(  - name: smb-for-workstations
    action: allow
    from: {role: workstation}
    to: {role: file-server}
    services: [smb, rdp]
  - name: never-from-ws-2
    action: override-deny
    from: {host: ws-2}
    to: hosts
    services: [smb]
)"));
  ASSERT_TRUE(d);
  win::Firewall fw = parse_ps(render(*d, for_host(*d, "fs-1")).files.at(0).content);
  std::vector<win::Rule> blocks = decided_blocks(fw);
  ASSERT_EQ(blocks.size(), 1u);
  ASSERT_EQ(blocks[0].remote.size(), 1u);
  EXPECT_EQ(blocks[0].remote[0].lo, parse_addr("10.1.0.11")->value);
  // The Allow rule for SMB must not name ws-2 on 445 (Block would win anyway), but it may:
  // what matters is that the flow is blocked.
  win::Connection c{
      win::Dir::In, *parse_addr("10.1.0.20"), *parse_addr("10.1.0.11"), Proto::Tcp, 445, 50000};
  EXPECT_FALSE(win::permits(fw, c));
  c.remote = *parse_addr("10.1.0.10");
  EXPECT_TRUE(win::permits(fw, c));
  c.local_port = 3389;
  c.remote = *parse_addr("10.1.0.11");
  EXPECT_TRUE(win::permits(fw, c));
  expect_exact(*d, "fs-1", kRemotes, kPorts);
  expect_exact(*d, "ws-2", kRemotes, kPorts);
}

TEST(WindowsTiers, OverlappingPortRangesAreSplitWhereTiersChange) {
  auto d = load(base("", R"(  - name: deny-range
    action: deny
    from: {role: workstation}
    to: {role: file-server}
    services: [tcp/1000-2000]
  - name: allow-range
    action: allow
    from: {role: workstation}
    to: {role: file-server}
    services: [tcp/1500-2500]
)"));
  ASSERT_TRUE(d);
  win::Firewall fw = parse_ps(render(*d, for_host(*d, "fs-1")).files.at(0).content);
  std::vector<win::Rule> blocks = decided_blocks(fw);
  std::vector<win::Rule> allows = rules_of(fw, win::Dir::In, win::Act::Allow);
  ASSERT_EQ(blocks.size(), 1u);
  ASSERT_EQ(allows.size(), 1u);
  ASSERT_EQ(blocks[0].local_ports.size(), 1u);
  EXPECT_EQ(blocks[0].local_ports[0].lo, 1000u);
  EXPECT_EQ(blocks[0].local_ports[0].hi, 1499u);
  ASSERT_EQ(allows[0].local_ports.size(), 1u);
  EXPECT_EQ(allows[0].local_ports[0].lo, 1500u);
  EXPECT_EQ(allows[0].local_ports[0].hi, 2500u);
  EXPECT_NE(blocks[0].description.find("deny-range"), std::string::npos);
  EXPECT_NE(allows[0].description.find("allow-range"), std::string::npos);
  expect_exact(*d, "fs-1", kRemotes, kPorts);
}

TEST(WindowsTiers, DenyAnyIsOneBlockAnyRule) {
  auto d = load(base("", R"(  - name: isolate-printers
    action: override-deny
    from: {cidr: 10.1.0.30/32}
    to: hosts
    services: [any]
)"));
  ASSERT_TRUE(d);
  win::Firewall fw = parse_ps(render(*d, for_host(*d, "ws-1")).files.at(0).content);
  std::vector<win::Rule> blocks = decided_blocks(fw);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].proto, win::Proto::Any);
  expect_exact(*d, "ws-1", kRemotes, kPorts);
}

TEST(WindowsTiers, OtherProtocolsUnderAllowDefaultAreBlockedByNumber) {
  // Deny every protocol from the internet, allow HTTPS: with an Allow default, GRE or ESP
  // from the internet are blocked by one Block rule per IP protocol number, so inbound
  // keeps its Allow default and HTTPS passes.
  auto d = load(base("  default_inbound: allow\n", R"(  - name: no-internet
    action: deny
    from: internet
    to: hosts
    services: [any]
  - name: https-in
    action: allow
    from: internet
    to: {role: file-server}
    services: [https]
)"));
  ASSERT_TRUE(d);
  targets::RenderResult r = render(*d, for_host(*d, "fs-1"));
  win::Firewall fw = parse_ps(r.files.at(0).content);
  EXPECT_EQ(fw.default_in, win::Act::Allow);
  EXPECT_EQ(fw.default_out, win::Act::Allow);
  std::set<std::uint8_t> numbers;
  for (const win::Rule& rule : rules_of(fw, win::Dir::In, win::Act::Block)) {
    if (rule.proto != win::Proto::Number) continue;
    numbers.insert(rule.protocol_number);
    EXPECT_NE(rule.name.find("block no-internet"), std::string::npos) << rule.name;
    EXPECT_NE(rule.description.find("Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6"),
              std::string::npos);
  }
  EXPECT_EQ(numbers.size(), 252u);
  EXPECT_EQ(numbers.count(6), 0u);
  EXPECT_EQ(numbers.count(47), 1u);
  EXPECT_TRUE(rules_of(fw, win::Dir::In, win::Act::Allow).empty());
  expect_exact(*d, "fs-1", kRemotes, kPorts);
  win::Firewall ws = parse_ps(render(*d, for_host(*d, "ws-1")).files.at(0).content);
  EXPECT_EQ(ws.default_in, win::Act::Allow);
  expect_exact(*d, "ws-1", kRemotes, kPorts);
}

TEST(WindowsTiers, AllowAnyUnderBlockDefaultNeedsExplicitBlocks) {
  // Admins may use every protocol, except SMB: Allow Any plus a Block for 445.
  auto d = load(base("", R"(  - name: admins-anything
    action: allow
    from: {host: ws-2}
    to: {role: file-server}
    services: [any]
  - name: but-no-smb
    action: override-deny
    from: {host: ws-2}
    to: {role: file-server}
    services: [smb]
)"));
  ASSERT_TRUE(d);
  win::Firewall fw = parse_ps(render(*d, for_host(*d, "fs-1")).files.at(0).content);
  ASSERT_EQ(rules_of(fw, win::Dir::In, win::Act::Allow).size(), 1u);
  EXPECT_EQ(rules_of(fw, win::Dir::In, win::Act::Allow)[0].proto, win::Proto::Any);
  ASSERT_EQ(decided_blocks(fw).size(), 1u);
  expect_exact(*d, "fs-1", kRemotes, kPorts);
}

TEST(WindowsTiers, OutboundUsesRemotePortAndDestination) {
  auto d = load(base("  default_outbound: deny\n", R"(  - name: ws-to-files
    action: allow
    from: {role: workstation}
    to: {role: file-server}
    services: [smb, icmp]
)"));
  ASSERT_TRUE(d);
  win::Firewall fw = parse_ps(render(*d, for_host(*d, "ws-1")).files.at(0).content);
  EXPECT_EQ(fw.default_out, win::Act::Block);
  std::vector<win::Rule> allows = rules_of(fw, win::Dir::Out, win::Act::Allow);
  ASSERT_EQ(allows.size(), 3u);  // TCP 445, ICMPv4, ICMPv6
  for (const win::Rule& r : allows) {
    EXPECT_TRUE(r.local_ports.empty());
    if (r.proto == win::Proto::Tcp) {
      ASSERT_EQ(r.remote_ports.size(), 1u);
      EXPECT_EQ(r.remote_ports[0].lo, 445u);
    }
    if (r.proto == win::Proto::Icmpv6) {
      ASSERT_EQ(r.remote.size(), 1u);
      EXPECT_EQ(r.remote[0].family, Family::V6);
    }
  }
  expect_exact(*d, "ws-1", kRemotes, kPorts);
}

TEST(WindowsTiers, AddressesInSeveralClassesGetLocalAddress) {
  // Only one of fs-1's two IPv4 addresses is named by the rule.
  auto d = load(R"(bulkhead: 1
settings:
  default_inbound: allow
hosts:
  - name: fs-1
    addresses: [10.1.0.20, 10.1.0.21]
rules:
  - name: no-ssh-on-20
    action: deny
    from: any
    to: {cidr: 10.1.0.20/32}
    services: [ssh]
)");
  ASSERT_TRUE(d);
  win::Firewall fw = parse_ps(render(*d, for_host(*d, "fs-1")).files.at(0).content);
  std::vector<win::Rule> blocks = rules_of(fw, win::Dir::In, win::Act::Block);
  ASSERT_EQ(blocks.size(), 1u);
  ASSERT_EQ(blocks[0].local.size(), 1u);
  EXPECT_EQ(blocks[0].local[0].lo, parse_addr("10.1.0.20")->value);
  expect_exact(*d, "fs-1", {"10.1.0.21", "10.1.0.20", "1.2.3.4"}, {21, 22, 23});
}

TEST(WindowsTiers, IPv6AddressesAndRanges) {
  auto d = load(R"(bulkhead: 1
settings:
  default_inbound: deny
zones:
  - name: lab
    cidrs: ["2001:db8:5::/48"]
hosts:
  - name: v6-only
    address: "2001:db8:5::1"
rules:
  - name: lab-ssh
    action: allow
    from: {zone: lab}
    to: {host: v6-only}
    services: [ssh, icmp]
  - name: not-from-half
    action: override-deny
    from: {cidr: "2001:db8:5:8000::/49"}
    to: {host: v6-only}
    services: [ssh]
)");
  ASSERT_TRUE(d);
  targets::RenderResult r = render(*d, for_host(*d, "v6-only"));
  const std::string& text = r.files.at(0).content;
  EXPECT_NE(text.find("'2001:db8:5:8000::/49'"), std::string::npos) << text;
  EXPECT_NE(text.find("-Protocol ICMPv6"), std::string::npos) << text;
  EXPECT_EQ(text.find("-Protocol ICMPv4"), std::string::npos) << text;
  win::Firewall fw = parse_ps(text);
  expect_exact(*d, "v6-only",
               {"2001:db8:5::2", "2001:db8:5:7fff:ffff:ffff:ffff:ffff", "2001:db8:5:8000::",
                "2001:db8:5:ffff:ffff:ffff:ffff:ffff", "2001:db8:6::", "::", "10.0.0.1"},
               {21, 22, 23});
}

TEST(WindowsTiers, AuditModeAddsNoBlockRules) {
  auto d = load(base("", R"(  - name: smb-for-workstations
    action: allow
    from: {role: workstation}
    to: {role: file-server}
    services: [smb]
)") + "baselines: [lateral-movement]\n");
  ASSERT_TRUE(d);
  targets::RenderRequest req = for_host(*d, "fs-1");
  req.mode = policy::Enforcement::Audit;
  targets::RenderResult r = render(*d, req);
  win::Firewall fw = parse_ps(r.files.at(0).content);
  EXPECT_TRUE(fw.rules.empty());
  EXPECT_EQ(fw.default_in, win::Act::Allow);
  EXPECT_EQ(fw.default_out, win::Act::Allow);
  EXPECT_TRUE(fw.log_allowed);
  EXPECT_FALSE(fw.log_blocked);
  bool noted = false;
  for (const std::string& n : r.notes)
    noted = noted || n.find("audit mode on Windows") != std::string::npos;
  EXPECT_TRUE(noted);
  expect_exact(*d, "fs-1", kRemotes, kPorts, policy::Enforcement::Audit);
}

TEST(WindowsTiers, AuditFromThePolicy) {
  auto d = load(base("  enforcement: audit\n",
                     "  - name: x\n    action: deny\n    from: any\n    to: hosts\n"
                     "    services: [ssh]\n"));
  ASSERT_TRUE(d);
  win::Firewall fw = parse_ps(render(*d, for_host(*d, "ws-1")).files.at(0).content);
  EXPECT_TRUE(fw.rules.empty());
  EXPECT_EQ(fw.default_in, win::Act::Allow);
  expect_exact(*d, "ws-1", kRemotes, kPorts);
}

}  // namespace
}  // namespace bulkhead::windows_test
