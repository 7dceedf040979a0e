// coverage: small policies written to open or close specific techniques, and the rule
// that only declared purposes, never names, decide what a zone or host is.
#include <algorithm>

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
  EXPECT_EQ(r.addressed + r.partially + r.not_addressed + r.needs_purpose + r.not_applicable,
            want.size());
}

std::string with(std::string text, const std::string& from, const std::string& to) {
  text.replace(text.find(from), from.size(), to);
  return text;
}

TEST(Coverage, EveryTechniqueListsDefinedChecks) {
  for (const TechniqueSpec& t : coverage_techniques()) {
    EXPECT_FALSE(t.checks.empty()) << t.id;
    for (std::string_view id : t.checks) {
      bool found = false;
      for (const CheckSpec& c : coverage_checks()) found = found || c.id == id;
      EXPECT_TRUE(found) << t.id << " " << id;
    }
  }
  // Every purpose the table names belongs to the policy vocabulary.
  const std::vector<std::string>& names = policy::purpose_names();
  auto known = [&](std::string_view p) {
    return std::find(names.begin(), names.end(), p) != names.end();
  };
  for (const CheckSpec& c : coverage_checks()) {
    EXPECT_FALSE(coverage_service_set(c.services).empty()) << c.id;
    for (const SideSpec* side : {&c.from, &c.to}) {
      for (const SideTerm& t : side->any_of) {
        if (t.scope == SideTerm::Scope::Purpose) {
          EXPECT_TRUE(known(t.purpose)) << c.id;
        }
      }
      for (std::string_view p : side->except) EXPECT_TRUE(known(p)) << c.id;
    }
    for (std::string_view p : c.applies_if) EXPECT_TRUE(known(p)) << c.id;
    for (std::string_view p : c.needs) EXPECT_TRUE(known(p)) << c.id;
  }
}

// The issue's case: a staff zone named like a management network is not one.
const char* kAdminWs = R"(bulkhead: 1
zones:
  - {name: admin-ws, cidrs: [10.10.0.0/16], purpose: workstations}
  - {name: servers, cidrs: [10.20.0.0/16], purpose: servers}
  - {name: ops, cidrs: [10.30.0.0/16], firewall: true, purpose: management}
hosts:
  - {name: billing-1, address: 10.10.0.1, labels: {role: workstation}}
  - {name: srv-1, address: 10.20.0.1, labels: {role: app}}
  - {name: jump, address: 10.30.0.1, labels: {role: jump}}
rules:
  - {name: admin, action: allow, from: {zone: ops}, to: hosts, services: [rdp]}
  - {name: billing-rdp, action: allow, from: {zone: admin-ws}, to: {zone: servers}, services: [rdp]}
)";

TEST(Coverage, NamesDecideNothing) {
  CoverageReport r = coverage_of(kAdminWs);
  const CheckResult& c = check(tech(r, "T1563.002"), "rdp-outside-management");
  EXPECT_EQ(c.state, State::Open);
  ASSERT_TRUE(c.example);
  EXPECT_EQ(c.example->src.addr.str().rfind("10.10.", 0), 0u) << c.example->src.addr.str();
  EXPECT_EQ(tech(r, "T1021.001").status, CoverageStatus::Partially);
  // Renaming every zone and host changes no status.
  std::string renamed = kAdminWs;
  for (const auto& [from, to] :
       std::vector<std::pair<std::string, std::string>>{{"admin-ws", "zz-a"},
                                                        {"name: servers", "name: zz-b"},
                                                        {"zone: servers", "zone: zz-b"},
                                                        {"ops", "zz-c"},
                                                        {"billing-1", "h1"},
                                                        {"srv-1", "h2"},
                                                        {"jump", "h3"}}) {
    for (std::size_t pos; (pos = renamed.find(from)) != std::string::npos;)
      renamed.replace(pos, from.size(), to);
  }
  CoverageReport r2 = coverage_of(renamed);
  ASSERT_EQ(r.techniques.size(), r2.techniques.size());
  for (std::size_t i = 0; i < r.techniques.size(); ++i)
    EXPECT_EQ(r.techniques[i].status, r2.techniques[i].status) << r.techniques[i].id;
  // Dropping the billing rule closes it: RDP comes only from management.
  CoverageReport fixed = coverage_of(with(kAdminWs, "  - {name: billing-rdp", "#"));
  EXPECT_EQ(check(tech(fixed, "T1563.002"), "rdp-outside-management").state, State::Closed);
}

TEST(Coverage, UndeclaredPurposesAreNamed) {
  CoverageReport r = coverage_of("bulkhead: 1\nhosts:\n  - {name: a, address: 10.0.0.1}\n");
  const TechniqueResult& snmp = tech(r, "T1602");
  EXPECT_EQ(snmp.status, CoverageStatus::NeedsPurpose);
  EXPECT_EQ(snmp.summary, "declare a zone with purpose: management to assess T1602");
  EXPECT_EQ(snmp.missing, std::vector<std::string>{"management"});
  // Containers nobody declared: not applicable, not "not addressed".
  const TechniqueResult& containers = tech(r, "T1612");
  EXPECT_EQ(containers.status, CoverageStatus::NotApplicable);
  EXPECT_NE(containers.summary.find("purpose: containers"), std::string::npos);
  EXPECT_EQ(tech(r, "T1098").status, CoverageStatus::NotApplicable);
  EXPECT_EQ(tech(r, "T1669").status, CoverageStatus::NotApplicable);
}

const char* kRdp = R"(bulkhead: 1
zones:
  - {name: office, cidrs: [10.10.0.0/16], purpose: workstations}
  - {name: m, cidrs: [10.30.0.0/16], firewall: true, purpose: management}
hosts:
  - {name: ws-1, address: 10.10.0.1, labels: {role: workstation}}
  - {name: ws-2, address: 10.10.0.2, labels: {role: workstation}}
rules:
  - {name: remote-help, action: ACTION, from: internet, to: hosts, services: [rdp]}
)";

TEST(Coverage, RdpFromTheInternetOpensT1021_001) {
  CoverageReport open = coverage_of(with(kRdp, "ACTION", "allow"));
  const CheckResult& c = check(tech(open, "T1021.001"), "rdp-from-internet");
  EXPECT_EQ(c.state, State::Open);
  ASSERT_TRUE(c.example);
  EXPECT_EQ(c.example->key, service_key(Proto::Tcp, 3389));
  EXPECT_EQ(c.example->verdict.tier, decision::Tier::Allow);
  EXPECT_EQ(open.techniques.size(), m1030_technique_ids().size());
  EXPECT_NE(tech(open, "T1021.001").status, CoverageStatus::Addressed);

  CoverageReport closed = coverage_of(with(kRdp, "ACTION", "override-deny"));
  EXPECT_EQ(check(tech(closed, "T1021.001"), "rdp-from-internet").state, State::Closed);
  EXPECT_EQ(check(tech(closed, "T1021.001"), "rdp-outside-management").state, State::Closed);
  EXPECT_EQ(tech(closed, "T1021.001").status, CoverageStatus::Addressed);
}

TEST(Coverage, WifiSeparatedOnlyWithAFirewall) {
  const char* base = R"(bulkhead: 1
settings: {default_inbound: INBOUND}
zones:
  - {name: office, cidrs: [10.10.0.0/16], purpose: workstations}
  - {name: radio, cidrs: [192.168.0.0/16], firewall: FIREWALL, purpose: wifi}
hosts:
  - {name: ws-1, address: 10.10.0.1, labels: {role: workstation}}
)";
  CoverageReport good = coverage_of(with(with(base, "INBOUND", "deny"), "FIREWALL", "true"));
  EXPECT_EQ(tech(good, "T1669").status, CoverageStatus::Addressed);
  CoverageReport bad = coverage_of(with(with(base, "INBOUND", "allow"), "FIREWALL", "false"));
  const TechniqueResult& t = tech(bad, "T1669");
  EXPECT_EQ(check(t, "wifi-to-wired-without-rule").state, State::Open);
  EXPECT_EQ(t.status, CoverageStatus::NotAddressed);
}

TEST(Coverage, SnmpOnlyFromTheManagementZone) {
  const char* base = R"(bulkhead: 1
zones:
  - {name: office, cidrs: [10.10.0.0/16]}
  - {name: z9, cidrs: [10.30.0.0/16], firewall: true, purpose: management}
hosts:
  - {name: ws-1, address: 10.10.0.1, labels: {role: workstation}}
  - {name: ws-2, address: 10.10.0.2, labels: {role: workstation}}
  - {name: mon, address: 10.30.0.5, labels: {role: monitoring}}
rules:
  - {name: monitoring-polls, action: allow, from: {zone: z9}, to: hosts, services: [snmp]}
EXTRA)";
  CoverageReport closed = coverage_of(with(base, "EXTRA", ""));
  EXPECT_EQ(tech(closed, "T1602").status, CoverageStatus::Addressed);
  CoverageReport open = coverage_of(with(base, "EXTRA",
                                         "  - {name: ws-snmp, action: allow, from: {role: "
                                         "workstation}, to: hosts, services: [snmp]}\n"));
  const CheckResult& c = check(tech(open, "T1602"), "snmp-outside-management");
  EXPECT_EQ(c.state, State::Open);
  ASSERT_TRUE(c.example);
  EXPECT_EQ(c.example->src.addr.str().rfind("10.10.0.", 0), 0u);
}

TEST(Coverage, HostPurposeMarksDomainControllers) {
  const char* base = R"(bulkhead: 1
settings: {default_inbound: INBOUND}
hosts:
  - {name: a, address: 10.0.0.1, labels: {role: app}, purpose: domain-controllers}
  - {name: b, address: 10.0.0.2, labels: {role: app}}
)";
  // Same labels, different purposes: only `a` is a domain controller.
  CoverageReport open = coverage_of(with(base, "INBOUND", "allow"));
  const TechniqueResult& dc = tech(open, "T1098");
  EXPECT_EQ(check(dc, "dc-from-untrusted").state, State::Open);
  const CheckResult& ruled = check(dc, "dc-without-rule");
  EXPECT_EQ(ruled.state, State::Open);
  ASSERT_TRUE(ruled.example);
  EXPECT_EQ(ruled.example->dst.addr.str(), "10.0.0.1");
  EXPECT_EQ(ruled.example->why.by, DecidedBy::Default);
  EXPECT_EQ(check(dc, "dc-admin-outside-management").state, State::NeedsPurpose);
  EXPECT_EQ(dc.status, CoverageStatus::NotAddressed);
  CoverageReport closed = coverage_of(with(base, "INBOUND", "deny"));
  EXPECT_EQ(check(tech(closed, "T1098"), "dc-without-rule").state, State::Closed);
  EXPECT_EQ(tech(closed, "T1098").status, CoverageStatus::NeedsPurpose);
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
  // Without one, unregistered devices of the office egress freely.
  CoverageReport deny = coverage_of(with(with(base, "OUT", "deny"), "FW", "false"));
  const CheckResult& c = check(tech(deny, "T1571"), "egress-nonstandard");
  EXPECT_EQ(c.state, State::Open);
  ASSERT_TRUE(c.example);
  EXPECT_EQ(c.example->src.host, decision::kNoHost);
  EXPECT_EQ(tech(deny, "T1571").status, CoverageStatus::NotAddressed);
}

TEST(Coverage, IdsNetworkMustBeFirewalled) {
  const char* base = R"(bulkhead: 1
zones:
  - {name: sec, cidrs: [10.90.0.0/16], firewall: FW, purpose: ids}
  - {name: office, cidrs: [10.10.0.0/16]}
hosts:
  - {name: sensor, address: 10.90.0.5, labels: {role: ids-sensor}}
  - {name: ws-1, address: 10.10.0.1, labels: {role: workstation}}
)";
  EXPECT_EQ(tech(coverage_of(with(base, "FW", "true")), "T1489").status, CoverageStatus::Addressed);
  CoverageReport r = coverage_of(with(base, "FW", "false"));
  const TechniqueResult& t = tech(r, "T1489");
  EXPECT_EQ(check(t, "ids-without-rule").state, State::Open);
  EXPECT_NE(t.status, CoverageStatus::Addressed);
}

}  // namespace
}  // namespace bulkhead::analysis
