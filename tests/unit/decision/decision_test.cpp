// Unit tests of the Decision: the worked examples of docs/policy.md, one behaviour each.
// Verdicts the command line prints (tier, rule, reachable, intended) are data in
// tests/cases/*.case; these tests look at what it does not print: enforcement points,
// atoms, classes and tier maps.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include "decision/decision.h"
#include "policy/loader.h"

namespace bulkhead::decision {
namespace {

std::shared_ptr<const Decision> resolve(const std::string& yaml) {
  Diagnostics diags;
  auto model = policy::load_text(yaml, "p.yaml", diags);
  std::string errors;
  for (const Diagnostic& d : diags.sorted()) errors += d.str() + "\n";
  EXPECT_TRUE(model.has_value()) << errors;
  if (!model) return nullptr;
  return Decision::resolve(std::move(*model));
}

Flow flow(const char* src, const char* dst, Proto p, std::uint16_t port) {
  return Flow{*parse_addr(src), *parse_addr(dst), p, port};
}

// Also the first policy of tests/cases/tiers.case, which has its verdicts.
const char* kOffice = R"(bulkhead: 1
settings:
  default_inbound: deny
  default_outbound: allow
zones:
  - name: office
    cidrs: [10.10.0.0/16]
  - name: servers
    cidrs: [10.20.0.0/16]
  - name: dmz
    cidrs: [172.16.10.0/24, "2001:db8:10::/64"]
    firewall: true
hosts:
  - name: ws-1
    address: 10.10.1.5
    labels: {role: workstation}
  - name: ws-2
    address: 10.10.1.6
    labels: {role: workstation}
  - name: fs-1
    address: 10.20.0.10
    labels: {role: file-server}
  - name: printer-1
    address: 10.10.9.7
    managed: false
    labels: {role: printer}
  - name: printer-2
    address: 10.10.9.8
    managed: false
    labels: {role: printer}
  - name: web-1
    addresses: [172.16.10.80, "2001:db8:10::80"]
    labels: {role: web}
rules:
  - name: ws-to-fs
    action: allow
    from: {role: workstation}
    to: {role: file-server}
    services: [smb]
  - name: web-from-internet
    action: allow
    from: internet
    to: {role: web}
    services: [https]
  - name: no-telnet
    action: override-deny
    from: any
    to: hosts
    services: [telnet]
  - name: telnet-to-web
    action: allow
    from: any
    to: {role: web}
    services: [telnet]
baselines: [lateral-movement]
)";

// The verdict (deny, blocked) is in tests/cases/tiers.case; here, the point that blocks.
TEST(Decision, ManagedSourceRefusesToSendDeniedTraffic) {
  auto d = resolve(kOffice);
  ASSERT_TRUE(d);
  std::vector<Point> pts =
      d->points(d->class_of(*parse_addr("10.10.1.5")), d->class_of(*parse_addr("10.10.9.7")));
  ASSERT_EQ(pts.size(), 1u);
  EXPECT_EQ(pts[0].kind, PointKind::HostOutbound);
}

// The verdicts (allowed https passes, the rest is denied) are in tests/cases/tiers.case;
// here, which point decides.
TEST(Decision, ZoneFirewallDeniesByDefaultAndPassesAllowed) {
  auto d = resolve(kOffice);
  ASSERT_TRUE(d);
  // An unassigned DMZ address: only the zone firewall sees the flow, and it denies.
  Verdict plain = d->query(flow("198.51.100.7", "172.16.10.99", Proto::Tcp, 80));
  EXPECT_FALSE(plain.reachable);
  std::vector<Point> pts =
      d->points(d->class_of(*parse_addr("198.51.100.7")), d->class_of(*parse_addr("172.16.10.99")));
  ASSERT_EQ(pts.size(), 1u);
  EXPECT_EQ(pts[0].kind, PointKind::ZoneFirewall);
}

TEST(Decision, NestedZonesOwnAddressesByLongestPrefix) {
  auto d = resolve(R"(bulkhead: 1
zones:
  - {name: campus, cidrs: [10.0.0.0/8]}
  - {name: lab, cidrs: [10.5.0.0/16], firewall: true}
hosts:
  - {name: a, address: 10.1.0.1}
  - {name: b, address: 10.5.0.1}
)");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->zones()[d->atom_of(*parse_addr("10.5.0.1")).zone].name, "lab");
  EXPECT_EQ(d->zones()[d->atom_of(*parse_addr("10.6.0.1")).zone].name, "campus");
  EXPECT_EQ(d->zones()[d->atom_of(*parse_addr("11.0.0.1")).zone].name, "internet");
  // campus → lab crosses lab's boundary: its firewall sees the flow and denies by default.
  std::vector<Point> pts =
      d->points(d->class_of(*parse_addr("10.1.0.1")), d->class_of(*parse_addr("10.5.0.1")));
  int zone_points = 0;
  for (const Point& p : pts) zone_points += p.kind == PointKind::ZoneFirewall;
  EXPECT_EQ(zone_points, 1);
}

TEST(Decision, AClassIsNamedByWhatAllItsHostsShare) {
  // No selector reads os or dept, so the five workstations form one class; its name must
  // be true of each of them, not just of the first.
  auto d = resolve(R"(bulkhead: 1
zones:
  - {name: office, cidrs: [10.0.0.0/24]}
hosts:
  - {name: w1, address: 10.0.0.1, labels: {role: workstation, os: windows, dept: a, x: 1}}
  - {name: w2, address: 10.0.0.2, labels: {role: workstation, os: macos, dept: b}}
  - {name: w3, address: 10.0.0.3, labels: {role: workstation, os: windows, dept: c}}
  - {name: w4, address: 10.0.0.4, labels: {role: workstation, os: linux, dept: d}}
  - {name: w5, address: 10.0.0.5, labels: {role: workstation, os: windows, dept: e}}
  - {name: s1, address: 10.0.0.9, labels: {role: server}}
rules:
  - {name: r, action: allow, from: {role: workstation}, to: {role: server}, services: [https]}
)");
  ASSERT_TRUE(d);
  const Class& ws = d->classes()[d->class_of(*parse_addr("10.0.0.2"))];
  EXPECT_EQ(ws.hosts.size(), 5u);
  EXPECT_EQ(ws.name, "dept=*,os=linux|macos|windows,role=workstation@office");
  EXPECT_EQ(d->classes()[d->class_of(*parse_addr("10.0.0.9"))].name, "role=server@office");
}

TEST(Decision, HostsWithTheSameLabelsShareOneClass) {
  std::string y = "bulkhead: 1\nzones:\n  - {name: office, cidrs: [10.0.0.0/8]}\nhosts:\n";
  for (int i = 0; i < 2000; ++i)
    y += fmt::format("  - {{name: ws-{}, address: 10.{}.{}.{}, labels: {{role: ws}}}}\n", i,
                     i / 65536, (i / 256) % 256, i % 256 + 0);
  y += "  - {name: fs, address: 10.200.0.1, labels: {role: fs}}\n";
  y += "rules:\n  - {name: r, action: allow, from: {role: ws}, to: {role: fs}, services: [smb]}\n";
  auto d = resolve(y);
  ASSERT_TRUE(d);
  // ws hosts, the file server, the rest of the office zone, the internet.
  EXPECT_EQ(d->classes().size(), 4u);
}

TEST(Decision, TierMapsCoverTheServiceSpaceAndNameTheFirstRuleOfATier) {
  auto d = resolve(R"(bulkhead: 1
hosts:
  - {name: a, address: 10.0.0.1}
  - {name: b, address: 10.0.0.2}
rules:
  - {name: narrow, action: allow, from: hosts, to: hosts, services: [tcp/445]}
  - {name: broad, action: allow, from: hosts, to: hosts, services: [tcp/1-1000]}
  - {name: top, action: deny, from: hosts, to: hosts, services: [tcp/0-65535]}
)");
  ASSERT_TRUE(d);
  std::uint32_t a = d->class_of(*parse_addr("10.0.0.1"));
  const TierMap& m = d->tiers(a, a);
  EXPECT_EQ(m.front().lo, 0u);
  EXPECT_EQ(m.back().hi, kServiceKeyMax);
  EXPECT_EQ(d->rules()[Decision::segment_at(m, service_key(Proto::Tcp, 445)).rule].rule->name,
            "narrow");
  EXPECT_EQ(d->rules()[Decision::segment_at(m, service_key(Proto::Tcp, 444)).rule].rule->name,
            "broad");
  EXPECT_EQ(d->rules()[Decision::segment_at(m, service_key(Proto::Tcp, 0)).rule].rule->name, "top");
  EXPECT_EQ(Decision::segment_at(m, service_key(Proto::Udp, 445)).tier, Tier::None);
}

}  // namespace
}  // namespace bulkhead::decision

namespace bulkhead::decision {
namespace {

policy::Selector one_term(policy::SelectorTerm t, std::string text) {
  policy::Selector s;
  s.any_of.push_back(std::move(t));
  s.text = std::move(text);
  return s;
}

policy::Selector cidr_selector(const char* cidr) {
  policy::SelectorTerm t;
  PrefixError err;
  t.cidrs.push_back(*parse_prefix(cidr, &err));
  return one_term(t, std::string("{cidr: ") + cidr + "}");
}

// A selector from the command line may look at a label no policy selector does, so it can
// split a class; the answer must still be exact.
TEST(Decision, ForeignSelectorsAreExactEvenWhenTheySplitAClass) {
  auto d = resolve(R"(bulkhead: 1
hosts:
  - {name: a, address: 10.0.0.1, labels: {role: ws, dept: hr}}
  - {name: b, address: 10.0.0.2, labels: {role: ws, dept: it}}
rules:
  - {name: r, action: allow, from: {role: ws}, to: {role: ws}, services: [smb]}
)");
  ASSERT_TRUE(d);
  std::uint32_t cls = d->class_of(*parse_addr("10.0.0.1"));
  ASSERT_EQ(cls, d->class_of(*parse_addr("10.0.0.2"))) << "dept is not looked at by the policy";
  policy::SelectorTerm t;
  t.labels.push_back(policy::LabelCond{"dept", {"hr"}, false, SourceLoc{}});
  policy::Selector hr = one_term(t, "{dept: hr}");
  AddrSet addrs = d->selector_addresses(hr);
  EXPECT_TRUE(addrs.contains(*parse_addr("10.0.0.1")));
  EXPECT_FALSE(addrs.contains(*parse_addr("10.0.0.2")));
  EXPECT_FALSE(d->selector_matches(hr, cls)) << "only half of the class is in dept hr";
  EXPECT_TRUE(d->selector_matches(cidr_selector("10.0.0.0/30"), cls));
  AddrSet half = d->selector_addresses(cidr_selector("10.0.0.0/31"));
  EXPECT_TRUE(half.contains(*parse_addr("10.0.0.1")));
  EXPECT_FALSE(half.contains(*parse_addr("10.0.0.2")));
  EXPECT_FALSE(d->selector_matches(cidr_selector("10.0.0.0/31"), cls));
}

}  // namespace
}  // namespace bulkhead::decision
