// exposure: grades, reasons and risks on a hand-written policy, and a default-allow one.
#include <gtest/gtest.h>

#include "analysis/exposure.h"
#include "analysis_test_util.h"
#include "policy/catalog.h"

namespace bulkhead::analysis {
namespace {

using test::decide;
using test::expect_real;
using test::rule_name;

const char* kPolicy = R"(bulkhead: 1
zones:
  - {name: office, cidrs: [10.10.0.0/16]}
  - {name: servers, cidrs: [10.20.0.0/16]}
hosts:
  - {name: ws-1, address: 10.10.0.1, labels: {role: workstation}}
  - {name: ws-2, address: 10.10.0.2, labels: {role: workstation}}
  - {name: fs-1, address: 10.20.0.1, labels: {role: file-server}}
  - {name: prn, address: 10.10.9.9, labels: {role: printer}, managed: false}
  - {name: edge, address: 10.20.0.50, labels: {role: edge}}
baselines: [lateral-movement]
rules:
  - {name: ws-to-fs, action: allow, from: {role: workstation}, to: {role: file-server}, services: [smb]}
  - {name: rdp-from-internet, action: allow, from: internet, to: {role: edge}, services: [rdp]}
)";

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

TEST(Exposure, GradesEachServiceAndClass) {
  auto d = decide(kPolicy);
  Context ctx(*d);
  ExposureReport r = compute_exposure(ctx, lateral(*d));
  EXPECT_EQ(r.services.size(), 9u);
  EXPECT_EQ(r.hosts, 5u);

  const ExposureCell& ws = cell(*d, r, "10.10.0.1", "smb");
  EXPECT_EQ(ws.grade, Grade::Protected);
  EXPECT_EQ(ws.risk, Risk::None);

  const ExposureCell& fs = cell(*d, r, "10.20.0.1", "smb");
  EXPECT_EQ(fs.grade, Grade::Allowed);
  EXPECT_EQ(fs.allowed_sources.hosts, 2u);
  ASSERT_EQ(fs.rules.size(), 1u);
  EXPECT_EQ(rule_name(*d, fs.rules.front()), "ws-to-fs");
  ASSERT_TRUE(fs.example);
  expect_real(*d, *fs.example);
  EXPECT_EQ(cell(*d, r, "10.20.0.1", "rdp").grade, Grade::Protected);

  // The printer runs no firewall and its zone has none: the internet reaches it. High:
  // internet (5) + SMB (2) + no rule (1); not a domain controller or critical system.
  const ExposureCell& prn = cell(*d, r, "10.10.9.9", "smb");
  EXPECT_EQ(prn.grade, Grade::Exposed);
  EXPECT_EQ(prn.risk, Risk::High);
  EXPECT_EQ(prn.score, 8);
  EXPECT_TRUE(prn.exposed_sources.internet);
  EXPECT_TRUE(prn.reasons & kUnmanaged);
  ASSERT_TRUE(prn.example);
  expect_real(*d, *prn.example);
  EXPECT_TRUE(prn.example->verdict.reachable);

  // RDP from the internet by rule: allowed, but a high risk.
  const ExposureCell& edge = cell(*d, r, "10.20.0.50", "rdp");
  EXPECT_EQ(edge.grade, Grade::Allowed);
  EXPECT_EQ(edge.risk, Risk::High);
  EXPECT_TRUE(edge.allowed_sources.internet);

  // Riskiest first.
  EXPECT_EQ(r.cells.front().risk, Risk::High);
  EXPECT_EQ(r.cells.front().dst_cls, prn.dst_cls);
  EXPECT_EQ(r.hosts_exposed, 1u);
  EXPECT_EQ(r.by_class.front().cls, d->class_of(*parse_addr("10.10.9.9")));
}

TEST(Exposure, TheExampleStartsOnAHostWhenOneReachesTheTarget) {
  // Free addresses of the zone (and the internet) reach the printer first in class order,
  // but so do the unmanaged devices themselves: the example starts on one of them, a
  // machine an attacker can actually hold.
  auto d = decide(R"(bulkhead: 1
zones:
  - {name: office, cidrs: [10.10.0.0/16]}
hosts:
  - {name: prn, address: 10.10.9.9, labels: {role: printer}, managed: false}
  - {name: cam, address: 10.10.9.10, labels: {role: camera}, managed: false}
baselines: [lateral-movement]
)");
  Context ctx(*d);
  ExposureReport r = compute_exposure(ctx, lateral(*d));
  const ExposureCell& prn = cell(*d, r, "10.10.9.9", "smb");
  EXPECT_EQ(prn.grade, Grade::Exposed);
  EXPECT_EQ(prn.exposed_sources.hosts, 2u);  // one class: no selector tells them apart
  ASSERT_TRUE(prn.example);
  EXPECT_NE(prn.example->src.host, decision::kNoHost);
  expect_real(*d, *prn.example);
}

TEST(Exposure, DefaultAllowIsExposedWithoutARule) {
  auto d = decide(R"(bulkhead: 1
settings: {default_inbound: allow}
zones:
  - {name: office, cidrs: [10.10.0.0/16], firewall: true}
hosts:
  - {name: a, address: 10.10.0.1}
  - {name: b, address: 10.10.0.2}
)");
  Context ctx(*d);
  ExposureReport r = compute_exposure(ctx, lateral(*d));
  for (const ExposureCell& c : r.cells) {
    EXPECT_EQ(c.grade, Grade::Exposed);
    EXPECT_TRUE(c.reasons & kDefaultAllow);
    EXPECT_FALSE(c.exposed_sources.internet);  // the zone firewall stops the internet
    // The office's unassigned addresses count as a whole subnet of sources: broad (2) +
    // no rule (1) + SMB/RDP/WinRM/RPC (2) or NetBIOS (1).
    EXPECT_GE(c.risk, service_level(r.services[c.service].name) == 2 ? Risk::Medium : Risk::Low);
    ASSERT_TRUE(c.example);
    expect_real(*d, *c.example);
  }
  EXPECT_EQ(r.hosts_exposed, 2u);
  EXPECT_EQ(r.hosts_fully_protected, 0u);
}

}  // namespace
}  // namespace bulkhead::analysis
