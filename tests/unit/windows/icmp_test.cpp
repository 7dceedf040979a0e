// Tests of ICMP and ICMPv6 message types in the windows and windows-netsh targets: rules
// that name some types list them (-IcmpType '135','136'; one netsh rule per type,
// protocol=icmpv6:135,any), rules over every type of a family name none, each family's
// ICMP only meets addresses of that family, blocks are exact around punched types, long
// type lists are split, and the evaluator reads types strictly and matches them exactly.
#include <gtest/gtest.h>

#include <algorithm>

#include "targets/windows/plan.h"
#include "targets/windows/text.h"
#include "unit/windows/helpers.h"

namespace bulkhead::windows_test {
namespace {

const std::vector<std::uint16_t> kPorts = {0, 7, 8, 9, 22, 135, 445, 65535};

std::string base(const std::string& settings, const std::string& rules) {
  return "bulkhead: 1\nname: t\nsettings:\n" + settings +
         R"(zones:
  - name: office
    cidrs: [10.1.0.0/16, "2001:db8:1::/64"]
hosts:
  - name: ws-1
    addresses: [10.1.0.10, "2001:db8:1::10"]
    labels: {role: workstation}
  - name: ws-4
    address: 10.1.0.11
    labels: {role: workstation}
  - name: fs-1
    addresses: [10.1.0.20, "2001:db8:1::20"]
    labels: {role: file-server}
  - name: v6-1
    address: "2001:db8:1::30"
    labels: {role: file-server}
rules:
)" + rules;
}

const std::vector<std::string> kRemotes = {
    "10.1.0.10",      "10.1.0.11",      "10.1.0.20",      "10.1.0.99", "8.8.8.8", "0.0.0.0",
    "2001:db8:1::10", "2001:db8:1::20", "2001:db8:1::99", "fe80::1",   "::1"};

// The policy of the brief: neighbour discovery (ICMPv6 135-136) from anywhere, and ping
// (ICMP 8) from the workstations only.
const char* kNdAndPing = R"(  - name: nd
    action: allow
    from: any
    to: hosts
    services: [icmpv6/135-136]
  - name: ping-from-workstations
    action: allow
    from: {role: workstation}
    to: {role: file-server}
    services: [icmp/8]
)";

std::vector<std::uint32_t> types_of(const win::Rule& r) {
  std::vector<std::uint32_t> out;
  for (const win::PortRange& t : r.icmp_types)
    for (std::uint32_t v = t.lo; v <= t.hi; ++v) out.push_back(v);
  std::sort(out.begin(), out.end());
  return out;
}

bool all_of_family(const std::vector<win::AddrRange>& addrs, Family f) {
  return std::all_of(addrs.begin(), addrs.end(),
                     [&](const win::AddrRange& a) { return a.family == f; });
}

TEST(WindowsIcmp, TypesInPowerShell) {
  auto d = load(base("  default_inbound: deny\n", kNdAndPing));
  ASSERT_TRUE(d);
  const std::string text = render(*d, for_host(*d, "fs-1")).files.at(0).content;
  EXPECT_NE(text.find("-Protocol ICMPv6 -IcmpType '135','136' -Profile Any"), std::string::npos)
      << text;
  EXPECT_NE(text.find("-Protocol ICMPv4 -IcmpType '8' -RemoteAddress '10.1.0.10/31'"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("Covers icmpv6/135-136."), std::string::npos) << text;
  EXPECT_NE(text.find("Covers icmp/8."), std::string::npos) << text;

  win::Firewall fw = parse_ps(text);
  std::vector<win::Rule> allows = rules_of(fw, win::Dir::In, win::Act::Allow);
  ASSERT_EQ(allows.size(), 2u);
  for (const win::Rule& r : allows) {
    if (r.proto == win::Proto::Icmpv6) {
      EXPECT_EQ(types_of(r), (std::vector<std::uint32_t>{135, 136}));
      EXPECT_TRUE(r.remote.empty());  // ICMPv6 from any IPv6 address: no RemoteAddress
    } else {
      ASSERT_EQ(r.proto, win::Proto::Icmpv4);
      EXPECT_EQ(types_of(r), (std::vector<std::uint32_t>{8}));
      EXPECT_TRUE(all_of_family(r.remote, Family::V4));
    }
    EXPECT_TRUE(r.local_ports.empty() && r.remote_ports.empty());
  }
  EXPECT_GT(expect_exact(*d, "fs-1", kRemotes, kPorts), 0u);
}

TEST(WindowsIcmp, OneNetshRulePerType) {
  auto d = load(base("  default_inbound: deny\n", kNdAndPing));
  ASSERT_TRUE(d);
  const std::string text = render(*d, for_host(*d, "fs-1"), true).files.at(0).content;
  for (const char* want :
       {"dir=in action=allow protocol=icmpv6:135,any profile=any description=\"Decided by ",
        "dir=in action=allow protocol=icmpv6:136,any profile=any description=\"Decided by ",
        "dir=in action=allow protocol=icmpv4:8,any remoteip=10.1.0.10/31 profile=any"})
    EXPECT_NE(text.find(want), std::string::npos) << want << "\n" << text;
  // The two ICMPv6 lines are one planned rule: same name and description.
  std::size_t a = text.find("protocol=icmpv6:135,any"), b = text.find("protocol=icmpv6:136,any");
  ASSERT_NE(a, std::string::npos);
  ASSERT_NE(b, std::string::npos);
  auto tail = [&](std::size_t at) {
    std::size_t nl = text.find('\n', at);
    return text.substr(text.find(" profile=", at), nl - text.find(" profile=", at));
  };
  EXPECT_EQ(tail(a), tail(b));
  win::Firewall fw = parse_netsh(text);
  // The header counts netsh lines.
  EXPECT_NE(text.find("Inbound: default Block, " +
                      std::to_string(rules_of(fw, win::Dir::In, win::Act::Allow).size() +
                                     rules_of(fw, win::Dir::In, win::Act::Block).size()) +
                      " rules."),
            std::string::npos)
      << text;
  std::vector<win::Rule> v6;
  for (const win::Rule& r : rules_of(fw, win::Dir::In, win::Act::Allow))
    if (r.proto == win::Proto::Icmpv6) v6.push_back(r);
  ASSERT_EQ(v6.size(), 2u);
  EXPECT_EQ(types_of(v6[0]), (std::vector<std::uint32_t>{135}));
  EXPECT_EQ(types_of(v6[1]), (std::vector<std::uint32_t>{136}));
}

TEST(WindowsIcmp, EachFamilyOnlyMeetsItsOwnIcmp) {
  auto d = load(base("  default_inbound: deny\n", kNdAndPing));
  ASSERT_TRUE(d);
  // ws-4 lists IPv4 only and v6-1 IPv6 only. Windows still has addresses of the other
  // family (IPv6 link-local, the IPv4 broadcast), which the rules for the host's unlisted
  // addresses serve; but an ICMPv4 rule only ever names IPv4 remotes and an ICMPv6 rule
  // only IPv6 ones, and neither applies to a listed address of the other family.
  for (const char* host : {"ws-4", "v6-1"}) {
    for (bool netsh : {false, true}) {
      const std::string text = render(*d, for_host(*d, host), netsh).files.at(0).content;
      win::Firewall fw = netsh ? parse_netsh(text) : parse_ps(text);
      for (const win::Rule& r : fw.rules) {
        if (r.proto == win::Proto::Icmpv4) {
          EXPECT_TRUE(all_of_family(r.remote, Family::V4)) << host << "\n" << text;
        }
        if (r.proto == win::Proto::Icmpv6) {
          EXPECT_TRUE(all_of_family(r.remote, Family::V6)) << host << "\n" << text;
        }
      }
    }
  }
  expect_exact(*d, "ws-4", kRemotes, kPorts);
  expect_exact(*d, "v6-1", kRemotes, kPorts);
  // Outbound from a workstation that has both families: the ping rule goes only to the
  // file servers' IPv4 addresses.
  auto d2 = load(base("  default_inbound: deny\n  default_outbound: deny\n", kNdAndPing));
  ASSERT_TRUE(d2);
  win::Firewall fw = parse_ps(render(*d2, for_host(*d2, "ws-1")).files.at(0).content);
  bool ping = false;
  for (const win::Rule& r : rules_of(fw, win::Dir::Out, win::Act::Allow)) {
    if (r.proto != win::Proto::Icmpv4) continue;
    ping = true;
    EXPECT_EQ(types_of(r), (std::vector<std::uint32_t>{8}));
    EXPECT_TRUE(all_of_family(r.remote, Family::V4));
    EXPECT_FALSE(r.remote.empty());
  }
  EXPECT_TRUE(ping);
  expect_exact(*d2, "ws-1", kRemotes, kPorts);
}

TEST(WindowsIcmp, WholeFamiliesNameNoType) {
  auto d = load(base("  default_inbound: deny\n", R"(  - name: all-icmp
    action: allow
    from: {role: workstation}
    to: {role: file-server}
    services: [icmp]
  - name: all-icmpv6
    action: allow
    from: any
    to: {host: v6-1}
    services: [icmpv6]
)"));
  ASSERT_TRUE(d);
  for (const char* host : {"fs-1", "v6-1"}) {
    const std::string text = render(*d, for_host(*d, host)).files.at(0).content;
    EXPECT_EQ(text.find("-IcmpType"), std::string::npos) << text;
    const std::string ns = render(*d, for_host(*d, host), true).files.at(0).content;
    EXPECT_EQ(ns.find("protocol=icmpv4:"), std::string::npos) << ns;
    EXPECT_EQ(ns.find("protocol=icmpv6:"), std::string::npos) << ns;
    expect_exact(*d, host, kRemotes, kPorts);
  }
  const std::string text = render(*d, for_host(*d, "fs-1")).files.at(0).content;
  EXPECT_NE(text.find("-Protocol ICMPv4 -RemoteAddress"), std::string::npos) << text;
  EXPECT_NE(text.find("-Protocol ICMPv6 -RemoteAddress '2001:db8:1::10'"), std::string::npos)
      << text;
  EXPECT_NE(text.find("Covers icmpv6."), std::string::npos) << text;
}

TEST(WindowsIcmp, BlocksAreExactAroundPunchedTypes) {
  // Blocklist mode: no ICMP at all into the file servers, except ping from workstations
  // and neighbour discovery from anywhere.
  auto d = load(base("  default_inbound: allow\n", std::string(R"(  - name: no-icmp
    action: deny
    from: any
    to: {role: file-server}
    services: [icmp]
)") + kNdAndPing));
  ASSERT_TRUE(d);
  const std::string text = render(*d, for_host(*d, "fs-1")).files.at(0).content;
  win::Firewall fw = parse_ps(text);
  std::vector<win::Rule> blocks = rules_of(fw, win::Dir::In, win::Act::Block);
  std::vector<std::uint32_t> v4_from_ws, v6_types;
  for (const win::Rule& r : blocks) {
    ASSERT_TRUE(r.proto == win::Proto::Icmpv4 || r.proto == win::Proto::Icmpv6) << text;
    EXPECT_LE(r.icmp_types.size(), targets::windows::kMaxPortEntries);
    std::vector<std::uint32_t> t = types_of(r);
    if (r.proto == win::Proto::Icmpv6) {
      EXPECT_TRUE(r.remote.empty());  // from anywhere
      v6_types.insert(v6_types.end(), t.begin(), t.end());
    } else if (!r.remote.empty() && r.remote[0].lo == parse_addr("10.1.0.10")->value) {
      v4_from_ws.insert(v4_from_ws.end(), t.begin(), t.end());
    }
  }
  // Every ICMPv6 type but 135 and 136; every ICMP type but 8 from the workstations, split
  // over two rules of at most 200 types.
  std::sort(v6_types.begin(), v6_types.end());
  std::sort(v4_from_ws.begin(), v4_from_ws.end());
  ASSERT_EQ(v6_types.size(), 254u);
  EXPECT_EQ(std::count(v6_types.begin(), v6_types.end(), 135u), 0);
  EXPECT_EQ(std::count(v6_types.begin(), v6_types.end(), 136u), 0);
  ASSERT_EQ(v4_from_ws.size(), 255u);
  EXPECT_EQ(std::count(v4_from_ws.begin(), v4_from_ws.end(), 8u), 0);
  EXPECT_NE(text.find("-IcmpType '0','1','2','3','4','5','6','7','9','10'"), std::string::npos);

  // netsh: one rule per type.
  const std::string ns = render(*d, for_host(*d, "fs-1"), true).files.at(0).content;
  win::Firewall nfw = parse_netsh(ns);
  for (const win::Rule& r : nfw.rules) {
    if (r.proto == win::Proto::Icmpv4 || r.proto == win::Proto::Icmpv6) {
      EXPECT_LE(r.icmp_types.size(), 1u);
    }
  }
  EXPECT_EQ(ns.find("protocol=icmpv4:8,any"), std::string::npos);
  EXPECT_NE(ns.find("protocol=icmpv4:9,any"), std::string::npos);

  expect_exact(*d, "fs-1", kRemotes, kPorts);
  // A foreign Allow-everything rule does not open any denied type.
  win::Rule foreign;
  foreign.name = "foreign";
  foreign.dir = win::Dir::In;
  foreign.action = win::Act::Allow;
  foreign.proto = win::Proto::Any;
  fw.rules.push_back(foreign);
  for (std::uint32_t t : {0u, 7u, 9u, 255u}) {
    win::Connection c{win::Dir::In,
                      *parse_addr("10.1.0.20"),
                      *parse_addr("10.1.0.10"),
                      Proto::Icmp,
                      0,
                      0,
                      static_cast<std::uint8_t>(t)};
    EXPECT_FALSE(win::permits(fw, c)) << t;
  }
  win::Connection ping{
      win::Dir::In, *parse_addr("10.1.0.20"), *parse_addr("10.1.0.10"), Proto::Icmp, 0, 0, 8};
  EXPECT_TRUE(win::permits(fw, ping));
}

TEST(WindowsIcmp, DenyAnyWithIcmpv6PunchStaysBlockAnyForIPv4) {
  // `any` denied from everywhere but neighbour discovery: for IPv4 remotes the deny covers
  // every key an IPv4 flow can have, so it is one Block Any; IPv6 remotes need per-protocol
  // Block rules around ICMPv6 135-136.
  auto d = load(base("  default_inbound: allow\n", R"(  - name: nothing
    action: deny
    from: any
    to: {host: fs-1}
    services: [any]
  - name: nd
    action: allow
    from: any
    to: hosts
    services: [icmpv6/135-136]
)"));
  ASSERT_TRUE(d);
  win::Firewall fw = parse_ps(render(*d, for_host(*d, "fs-1")).files.at(0).content);
  bool v4_any = false;
  for (const win::Rule& r : rules_of(fw, win::Dir::In, win::Act::Block)) {
    if (r.proto == win::Proto::Any && !r.remote.empty() && all_of_family(r.remote, Family::V4))
      v4_any = true;
  }
  EXPECT_TRUE(v4_any);
  expect_exact(*d, "fs-1", kRemotes, kPorts);
}

TEST(WindowsIcmp, HostEssentialsBaselineIsExact) {
  // The built-in baseline for neighbour discovery, MLD and DHCP: every rule type
  // it names, under Block defaults in both directions, with the lateral-movement denies.
  auto d = load(R"(bulkhead: 1
settings:
  default_inbound: deny
  default_outbound: deny
hosts:
  - name: ws-1
    addresses: [10.1.0.10, "2001:db8:1::10"]
  - name: ws-2
    address: 10.1.0.11
baselines: [lateral-movement, host-essentials]
)");
  ASSERT_TRUE(d);
  const std::string ps = render(*d, for_host(*d, "ws-1")).files.at(0).content;
  EXPECT_NE(ps.find("-Protocol ICMPv6 -IcmpType '"), std::string::npos) << ps;
  const std::string ns = render(*d, for_host(*d, "ws-1"), true).files.at(0).content;
  EXPECT_NE(ns.find("protocol=icmpv6:135,any"), std::string::npos) << ns;
  std::vector<std::string> remotes = kRemotes;
  for (const char* a : {"255.255.255.255", "fe80::1", "ff02::1:2", "fe80::ffff"})
    remotes.emplace_back(a);
  std::vector<std::uint16_t> ports = kPorts;
  for (std::uint16_t p : {66, 67, 68, 69, 545, 546, 547, 548}) ports.push_back(p);
  EXPECT_GT(expect_exact(*d, "ws-1", remotes, ports), 0u);
  EXPECT_GT(expect_exact(*d, "ws-2", remotes, ports), 0u);
}

TEST(WindowsIcmp, RuleKeysAreExact) {
  using targets::windows::Protocol;
  using targets::windows::rule_keys;
  using targets::windows::WinRule;
  WinRule r;
  r.proto = Protocol::Icmpv6;
  r.ports.add(130, 132);
  r.ports.add(135, 135);
  ServiceSet want =
      ServiceSet::range(service_key(Proto::Icmpv6, 130), service_key(Proto::Icmpv6, 132))
          .unite(
              ServiceSet::range(service_key(Proto::Icmpv6, 135), service_key(Proto::Icmpv6, 135)));
  EXPECT_EQ(rule_keys(r), want);
  r.ports = {};
  EXPECT_EQ(rule_keys(r), whole_proto(Proto::Icmpv6));
  r.proto = Protocol::Icmpv4;
  EXPECT_EQ(rule_keys(r), whole_proto(Proto::Icmp));
  r.ports.add(8, 8);
  EXPECT_EQ(rule_keys(r),
            ServiceSet::range(service_key(Proto::Icmp, 8), service_key(Proto::Icmp, 8)));
  EXPECT_EQ(targets::windows::icmp_type_entries(r.ports), (std::vector<std::string>{"8"}));
  IntervalSet<std::uint32_t> t;
  t.add(1, 3);
  t.add(135, 136);
  EXPECT_EQ(targets::windows::icmp_type_entries(t),
            (std::vector<std::string>{"1", "2", "3", "135", "136"}));
}

TEST(WindowsIcmp, EvaluatorReadsTypesStrictly) {
  auto d = load(base("  default_inbound: deny\n", kNdAndPing));
  ASSERT_TRUE(d);
  const std::string ps = render(*d, for_host(*d, "fs-1")).files.at(0).content;
  const std::string ns = render(*d, for_host(*d, "fs-1"), true).files.at(0).content;
  auto replaced = [](std::string s, const std::string& from, const std::string& to) {
    std::size_t at = s.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) s.replace(at, from.size(), to);
    return s;
  };
  std::string err;
  for (const std::string& bad :
       {replaced(ps, "-IcmpType '8'", "-IcmpType '3:4'"),
        replaced(ps, "-IcmpType '8'", "-IcmpType 'Any'"),
        replaced(ps, "-IcmpType '8'", "-IcmpType '256'"),
        replaced(ps, "-IcmpType '8'", "-IcmpType '08'"),
        replaced(ps, "-IcmpType '8'", "-IcmpType 8"),
        replaced(ps, "-Protocol ICMPv4 -IcmpType '8'", "-Protocol TCP -IcmpType '8'")}) {
    EXPECT_FALSE(win::parse_powershell(bad, &err).has_value()) << bad;
  }
  for (const std::string& bad :
       {replaced(ns, "protocol=icmpv4:8,any", "protocol=icmpv4:8,0"),
        replaced(ns, "protocol=icmpv4:8,any", "protocol=icmpv4:8"),
        replaced(ns, "protocol=icmpv4:8,any", "protocol=icmpv4:any,any"),
        replaced(ns, "protocol=icmpv4:8,any", "protocol=icmpv4:8,any,"),
        replaced(ns, "protocol=icmpv4:8,any", "protocol=tcp:8,any"),
        replaced(ns, "protocol=icmpv4:8,any", "protocol=icmpv4:8,any localport=8")}) {
    EXPECT_FALSE(win::parse_netsh(bad, &err).has_value()) << bad;
  }
  // Matching: a rule's types only; ICMPv4 rules never match ICMPv6 and the other way round.
  win::Rule r;
  r.dir = win::Dir::In;
  r.action = win::Act::Allow;
  r.proto = win::Proto::Icmpv6;
  r.icmp_types.push_back(win::PortRange{135, 136});
  win::Connection c{
      win::Dir::In, *parse_addr("2001:db8::1"), *parse_addr("2001:db8::2"), Proto::Icmpv6, 0, 0,
      135};
  EXPECT_TRUE(win::matches(r, c));
  c.icmp_type = 137;
  EXPECT_FALSE(win::matches(r, c));
  r.icmp_types.clear();
  EXPECT_TRUE(win::matches(r, c));
  c.proto = Proto::Icmp;
  c.local = *parse_addr("10.0.0.1");
  c.remote = *parse_addr("10.0.0.2");
  EXPECT_FALSE(win::matches(r, c));
  r.proto = win::Proto::Icmpv4;
  EXPECT_TRUE(win::matches(r, c));
}

}  // namespace
}  // namespace bulkhead::windows_test
