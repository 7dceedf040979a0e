// Root causes, risk grading and per-family counts: an IPv4-only host's sources never
// count IPv6 space; a risky service from the DMZ to a domain controller outranks unmanaged
// printers; purposes, not names, drive the grade; one cause per unmanaged zone.
#include <gtest/gtest.h>

#include "analysis/exposure.h"
#include "analysis/root_cause.h"
#include "analysis/verify.h"
#include "analysis_test_util.h"
#include "policy/catalog.h"

namespace bulkhead::analysis {
namespace {

using test::decide;
using test::expect_real;

std::vector<policy::NamedService> lateral(const decision::Decision& d) {
  std::string why;
  return *policy::resolve_service_names(d.model(), "lateral-movement", &why);
}

const ExposureCell& cell(const decision::Decision& d, const ExposureReport& r, const char* addr,
                         const char* service) {
  const std::uint32_t cls = d.class_of(*parse_addr(addr));
  for (const ExposureCell& c : r.cells)
    if (c.dst_cls == cls && r.services[c.service].name == service) return c;
  ADD_FAILURE() << "no cell " << addr << " " << service;
  return r.cells.front();
}

TEST(Population, AnIpv4OnlyHostCountsOnlyIpv4Sources) {
  // The office zone is dual-stack, the printer has only an IPv4 address: the internet and
  // the office's IPv6 space cannot reach it and must not be counted.
  auto d = decide(R"(bulkhead: 1
zones:
  - {name: office, cidrs: [10.10.0.0/16, "2001:db8:1::/64"]}
hosts:
  - {name: ws, address: 10.10.0.1, labels: {role: ws}}
  - {name: prn, address: 10.10.9.9, labels: {role: printer}, managed: false}
baselines: [lateral-movement]
)");
  Context ctx(*d);
  ExposureReport r = compute_exposure(ctx, lateral(*d));
  const ExposureCell& prn = cell(*d, r, "10.10.9.9", "smb");
  ASSERT_EQ(prn.grade, Grade::Exposed);
  EXPECT_EQ(prn.exposed_sources.addresses_v6, 0u);
  // 2^32 IPv4 addresses less the two hosts.
  EXPECT_EQ(prn.exposed_sources.addresses_v4, (u128{1} << 32) - 2);
  EXPECT_EQ(prn.exposed_sources.hosts, 0u);  // ws blocks SMB outbound (the baseline's deny)
  const std::string text = population_text(prn.exposed_sources);
  EXPECT_EQ(text.find("2^128"), std::string::npos) << text;
  EXPECT_EQ(text.find("IPv6"), std::string::npos) << text;
  EXPECT_NE(text.find("IPv4"), std::string::npos) << text;

  // The gaps of verify count the same way.
  VerifyReport v = verify(ctx);
  ASSERT_FALSE(v.gaps.empty());
  for (const Gap& g : v.gaps) {
    if (g.dst_cls != prn.dst_cls) continue;
    EXPECT_EQ(g.src.addresses_v6, 0u) << d->classes()[g.src_cls].name;
  }
}

TEST(Population, FamiliesAreNeverAddedTogether) {
  Population p;
  p.hosts = 1;
  p.addresses_v4 = 4096;
  p.addresses_v6 = ~u128{0};
  p.internet = true;
  EXPECT_EQ(population_text(p), "1 host + 4,096 IPv4 + ~2^128 IPv6 addresses incl. internet");
  Population one;
  one.addresses_v4 = 1;
  EXPECT_EQ(population_text(one), "1 IPv4 address");
}

// The hospital in small: a broad AD rule lets the DMZ reach the domain controllers on SMB
// and RPC; two unmanaged printers sit in a zone without a firewall.
std::string hospital(bool purposes) {
  std::string p = R"(bulkhead: 1
settings: {default_outbound: allow}
zones:
  - {name: ws, cidrs: [10.1.0.0/16], purpose: workstations}
  - {name: srv, cidrs: [10.10.0.0/16], purpose: servers}
  - {name: dmz, cidrs: [172.16.10.0/24], firewall: true, purpose: dmz}
  - {name: printers, cidrs: [10.70.0.0/24], purpose: iot}
hosts:
  - {name: ws-1, address: 10.1.0.1, labels: {role: workstation}}
  - {name: ws-2, address: 10.1.0.2, labels: {role: workstation}}
  - {name: dc-1, address: 10.10.0.10, labels: {role: dc}, purpose: domain-controllers}
  - {name: web-1, address: 172.16.10.10, labels: {role: web}}
  - {name: prn-1, address: 10.70.0.11, labels: {role: printer}, managed: false}
  - {name: prn-2, address: 10.70.0.12, labels: {role: printer}, managed: false}
baselines: [lateral-movement]
rules:
  - {name: ad-services, action: allow, from: [{role: workstation}, {zone: dmz}], to: {role: dc}, services: [kerberos, smb, rpc-epmap]}
)";
  if (!purposes) {
    for (const char* key : {", purpose: workstations", ", purpose: servers", ", purpose: dmz",
                            ", purpose: iot", ", purpose: domain-controllers"}) {
      for (std::size_t at = p.find(key); at != std::string::npos; at = p.find(key))
        p.erase(at, std::string(key).size());
    }
  }
  return p;
}

TEST(RootCause, TheDmzToDomainControllerPathRanksFirst) {
  auto d = decide(hospital(true));
  Context ctx(*d);
  ExposureReport r = compute_exposure(ctx, lateral(*d));
  const ExposureCell& dc = cell(*d, r, "10.10.0.10", "smb");
  EXPECT_EQ(dc.grade, Grade::Allowed);
  EXPECT_GE(dc.risk, Risk::High) << dc.why;  // intended by a rule, still high
  EXPECT_NE(dc.why.find("the DMZ"), std::string::npos) << dc.why;
  EXPECT_NE(dc.why.find("domain controller"), std::string::npos) << dc.why;
  ASSERT_FALSE(r.causes.empty());
  const RootCause& top = r.causes.front();
  EXPECT_EQ(top.key.kind, CauseKind::AllowRule);
  EXPECT_EQ(d->rules()[top.key.id].rule->name, "ad-services");
  EXPECT_NE(top.fix.find("take dmz out of its `from`"), std::string::npos) << top.fix;
  ASSERT_TRUE(top.example);
  expect_real(*d, *top.example);

  // Both printers, every service, every source: one cause, with its fix and its count.
  std::size_t printer_causes = 0;
  for (const RootCause& rc : r.causes) {
    if (rc.key.kind != CauseKind::Unmanaged) continue;
    ++printer_causes;
    EXPECT_EQ(d->zones()[rc.key.id].name, "printers");
    EXPECT_NE(rc.fix.find("mark the zone printers `firewall: true`"), std::string::npos) << rc.fix;
    EXPECT_NE(rc.title.find("prn-1 and prn-2"), std::string::npos) << rc.title;
    EXPECT_EQ(rc.closes + rc.remain, rc.findings.size());
    EXPECT_GE(rc.findings.size(), 9u);  // the nine services on the printers' class
    EXPECT_LT(rc.score, top.score);
  }
  EXPECT_EQ(printer_causes, 1u);
}

TEST(RootCause, PurposesNotNamesDriveTheGrade) {
  // The same policy without purposes: the zone named dmz and the host named dc-1 are
  // nothing special, and the AD rule is no longer graded high.
  auto d = decide(hospital(false));
  Context ctx(*d);
  ExposureReport r = compute_exposure(ctx, lateral(*d));
  const ExposureCell& dc = cell(*d, r, "10.10.0.10", "smb");
  EXPECT_EQ(dc.grade, Grade::Allowed);
  EXPECT_LT(dc.risk, Risk::High) << dc.why;
}

TEST(RootCause, VerifyGroupsGapsAndLeadsWithTheRiskyRule) {
  auto d = decide(hospital(true));
  Context ctx(*d);
  VerifyReport v = verify(ctx);
  ASSERT_FALSE(v.gaps.empty());
  ASSERT_FALSE(v.risks.empty());
  ASSERT_FALSE(v.causes.empty());
  EXPECT_EQ(v.causes.front().key.kind, CauseKind::AllowRule);
  // Every finding is explained by at least one cause; gaps to the printers by one only.
  std::vector<int> seen(v.findings.size(), 0);
  for (const RootCause& rc : v.causes)
    for (std::size_t f : rc.findings) ++seen[f];
  for (std::size_t f = 0; f < seen.size(); ++f) EXPECT_GE(seen[f], 1) << f;
  std::size_t unmanaged = 0;
  for (const RootCause& rc : v.causes) unmanaged += rc.key.kind == CauseKind::Unmanaged;
  EXPECT_EQ(unmanaged, 1u);
  EXPECT_EQ(v.findings.size(), v.gaps.size() + v.risks.size() + v.failed_intents);
}

}  // namespace
}  // namespace bulkhead::analysis
