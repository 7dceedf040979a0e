// coverage: small policies written to open or close specific techniques.
#include <gtest/gtest.h>

#include "analysis/coverage.h"
#include "analysis_test_util.h"

namespace bulkhead::analysis {
namespace {

using test::decide;
using test::expect_real;
using State = CheckResult::State;

CoverageReport coverage_of(const std::string& yaml) {
  auto d = decide(yaml);
  Context ctx(*d);
  CoverageReport r = compute_coverage(ctx);
  // Every counterexample of every check is real and open.
  for (const TechniqueResult& t : r.techniques) {
    for (const CheckResult& c : t.checks) {
      if (!c.example) continue;
      expect_real(*d, *c.example);
      EXPECT_TRUE(c.example->verdict.reachable) << t.id << " " << c.id;
    }
  }
  return r;  // holds copies and indices only, no references into the Decision
}

const TechniqueResult& tech(const CoverageReport& r, const std::string& id) {
  for (const TechniqueResult& t : r.techniques)
    if (t.id == id) return t;
  ADD_FAILURE() << "no technique " << id;
  return r.techniques.front();
}

const CheckResult& check(const TechniqueResult& t, const std::string& id) {
  for (const CheckResult& c : t.checks)
    if (c.id == id) return c;
  ADD_FAILURE() << "no check " << id << " in " << t.id;
  return t.checks.front();
}

TEST(Coverage, ListsEveryTechniqueOfTheM1030Table) {
  const std::vector<std::string> want = {
      "T1098",     "T1098.001", "T1557",     "T1557.001", "T1612",     "T1613",     "T1136",
      "T1136.002", "T1136.003", "T1602",     "T1602.001", "T1602.002", "T1565",     "T1565.003",
      "T1610",     "T1482",     "T1048",     "T1048.001", "T1048.002", "T1048.003", "T1190",
      "T1210",     "T1133",     "T1046",     "T1040",     "T1095",     "T1571",     "T1563",
      "T1563.002", "T1021",     "T1021.001", "T1021.003", "T1021.006", "T1489",     "T1072",
      "T1199",     "T1552",     "T1552.007", "T1669"};
  EXPECT_EQ(m1030_technique_ids(), want);
  CoverageReport r = coverage_of("bulkhead: 1\nhosts:\n  - {name: a, address: 10.0.0.1}\n");
  ASSERT_EQ(r.techniques.size(), want.size());
  EXPECT_EQ(r.addressed + r.partially + r.not_addressed + r.not_applicable, want.size());
}

const char* kRdp = R"(bulkhead: 1
zones:
  - {name: office, cidrs: [10.10.0.0/16]}
hosts:
  - {name: ws-1, address: 10.10.0.1, labels: {role: workstation}}
  - {name: ws-2, address: 10.10.0.2, labels: {role: workstation}}
rules:
  - {name: remote-help, action: ACTION, from: internet, to: hosts, services: [rdp]}
)";

std::string with(std::string text, const std::string& from, const std::string& to) {
  text.replace(text.find(from), from.size(), to);
  return text;
}

TEST(Coverage, RdpFromTheInternetOpensT1021_001) {
  CoverageReport open = coverage_of(with(kRdp, "ACTION", "allow"));
  const CheckResult& c = check(tech(open, "T1021.001"), "rdp-from-internet");
  EXPECT_EQ(c.state, State::Open);
  ASSERT_TRUE(c.example);
  EXPECT_EQ(c.example->key, service_key(Proto::Tcp, 3389));
  EXPECT_EQ(c.open_rules.size(), 1u);
  EXPECT_NE(tech(open, "T1021.001").status, CoverageStatus::Addressed);

  CoverageReport closed = coverage_of(with(kRdp, "ACTION", "override-deny"));
  EXPECT_EQ(check(tech(closed, "T1021.001"), "rdp-from-internet").state, State::Closed);
  EXPECT_EQ(check(tech(closed, "T1021.001"), "rdp-between-workstations").state, State::Closed);
  EXPECT_EQ(tech(closed, "T1021.001").status, CoverageStatus::Addressed);
}

TEST(Coverage, WifiSeparatedOnlyWithAFirewall) {
  const char* base = R"(bulkhead: 1
settings: {default_inbound: INBOUND}
zones:
  - {name: office, cidrs: [10.10.0.0/16]}
  - {name: guest-wifi, cidrs: [192.168.0.0/16], firewall: FIREWALL}
hosts:
  - {name: ws-1, address: 10.10.0.1, labels: {role: workstation}}
)";
  CoverageReport good = coverage_of(with(with(base, "INBOUND", "deny"), "FIREWALL", "true"));
  EXPECT_EQ(tech(good, "T1669").status, CoverageStatus::Addressed);
  CoverageReport bad = coverage_of(with(with(base, "INBOUND", "allow"), "FIREWALL", "false"));
  const TechniqueResult& t = tech(bad, "T1669");
  EXPECT_EQ(check(t, "wifi-zone-firewalled").state, State::Open);
  EXPECT_EQ(check(t, "wifi-to-wired-without-rule").state, State::Open);
  EXPECT_EQ(t.status, CoverageStatus::NotAddressed);
}

TEST(Coverage, SnmpOnlyFromTheManagementZone) {
  const char* base = R"(bulkhead: 1
zones:
  - {name: office, cidrs: [10.10.0.0/16]}
  - {name: mgmt, cidrs: [10.30.0.0/16], firewall: true}
hosts:
  - {name: ws-1, address: 10.10.0.1, labels: {role: workstation}}
  - {name: mon, address: 10.30.0.5, labels: {role: monitoring}}
rules:
  - {name: monitoring-polls, action: allow, from: {zone: mgmt}, to: hosts, services: [snmp]}
EXTRA)";
  CoverageReport closed = coverage_of(with(base, "EXTRA", ""));
  EXPECT_EQ(tech(closed, "T1602").status, CoverageStatus::Addressed);
  CoverageReport open = coverage_of(with(base, "EXTRA",
                                         "  - {name: ws-snmp, action: allow, from: {role: "
                                         "workstation}, to: hosts, services: [snmp]}\n"));
  const CheckResult& c = check(tech(open, "T1602"), "snmp-outside-management");
  EXPECT_EQ(c.state, State::Open);
  ASSERT_TRUE(c.example);
  EXPECT_EQ(c.example->src.addr.str(), "10.10.0.1");
}

TEST(Coverage, DomainControllerChecksNeedDomainControllers) {
  CoverageReport none = coverage_of("bulkhead: 1\nhosts:\n  - {name: a, address: 10.0.0.1}\n");
  const TechniqueResult& t = tech(none, "T1098");
  EXPECT_EQ(t.status, CoverageStatus::NotApplicable);
  EXPECT_NE(t.summary.find("domain controllers"), std::string::npos) << t.summary;

  CoverageReport exposed = coverage_of(R"(bulkhead: 1
settings: {default_inbound: allow}
hosts:
  - {name: dc-1, address: 10.0.0.1, labels: {role: dc}}
)");
  const TechniqueResult& dc = tech(exposed, "T1098");
  EXPECT_EQ(check(dc, "dc-from-untrusted").state, State::Open);
  EXPECT_EQ(check(dc, "dc-without-rule").state, State::Open);
  EXPECT_EQ(dc.status, CoverageStatus::NotAddressed);
}

TEST(Coverage, EgressFollowsDefaultOutbound) {
  const char* base = R"(bulkhead: 1
settings: {default_outbound: OUT}
zones:
  - {name: office, cidrs: [10.10.0.0/16], firewall: FW}
hosts:
  - {name: ws-1, address: 10.10.0.1, labels: {role: workstation}}
rules:
  - {name: web-out, action: allow, from: hosts, to: internet, services: [https, dns]}
)";
  // A zone firewall (deny by default) filters the office's egress whatever the hosts say.
  CoverageReport fw = coverage_of(with(with(base, "OUT", "allow"), "FW", "true"));
  EXPECT_EQ(tech(fw, "T1571").status, CoverageStatus::Addressed);
  EXPECT_EQ(check(tech(fw, "T1571"), "unknown-devices-egress").state, State::Closed);
  // Without one, the hosts' default outbound decides, and unregistered devices are open.
  CoverageReport deny = coverage_of(with(with(base, "OUT", "deny"), "FW", "false"));
  EXPECT_EQ(check(tech(deny, "T1571"), "egress-nonstandard").state, State::Closed);
  EXPECT_EQ(check(tech(deny, "T1095"), "egress-non-application").state, State::Closed);
  EXPECT_EQ(check(tech(deny, "T1571"), "unknown-devices-egress").state, State::Open);
  EXPECT_EQ(tech(deny, "T1571").status, CoverageStatus::Partially);
  CoverageReport allow = coverage_of(with(with(base, "OUT", "allow"), "FW", "false"));
  const CheckResult& c = check(tech(allow, "T1571"), "egress-nonstandard");
  EXPECT_EQ(c.state, State::Open);
  ASSERT_TRUE(c.example);
  EXPECT_EQ(c.example->src.addr.str(), "10.10.0.1");
  EXPECT_EQ(tech(allow, "T1571").status, CoverageStatus::NotAddressed);
}

TEST(Coverage, IdsNetworkMustBeFirewalled) {
  const char* base = R"(bulkhead: 1
zones:
  - {name: ids, cidrs: [10.90.0.0/16], firewall: FW}
  - {name: office, cidrs: [10.10.0.0/16]}
hosts:
  - {name: sensor, address: 10.90.0.5, labels: {role: ids-sensor}}
  - {name: ws-1, address: 10.10.0.1, labels: {role: workstation}}
)";
  EXPECT_EQ(tech(coverage_of(with(base, "FW", "true")), "T1489").status, CoverageStatus::Addressed);
  CoverageReport r = coverage_of(with(base, "FW", "false"));
  const TechniqueResult& t = tech(r, "T1489");
  EXPECT_EQ(check(t, "ids-zone-firewalled").state, State::Open);
  EXPECT_NE(t.status, CoverageStatus::Addressed);
}

TEST(Coverage, IntentsAreCitedAsEvidence) {
  CoverageReport r = coverage_of(std::string(with(kRdp, "ACTION", "override-deny")) + R"(expect:
  - {name: no-rdp-from-internet, from: internet, to: hosts, services: [rdp], verdict: blocked}
)");
  const TechniqueResult& t = tech(r, "T1021.001");
  ASSERT_EQ(t.intents.size(), 1u);
  EXPECT_TRUE(t.intents.front().holds);
}

}  // namespace
}  // namespace bulkhead::analysis
