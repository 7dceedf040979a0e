// verify: hand-written policies with known failing intents and known gaps; every
// counterexample is checked against Decision::query and the reference semantics.
#include <gtest/gtest.h>

#include "analysis/verify.h"
#include "analysis_test_util.h"

namespace bulkhead::analysis {
namespace {

using test::decide;
using test::expect_real;
using test::rule_name;

const char* kOffice = R"(bulkhead: 1
settings:
  default_inbound: deny
  default_outbound: allow
zones:
  - name: office
    cidrs: [10.10.0.0/16]
  - name: servers
    cidrs: [10.20.0.0/16]
  - name: printers
    cidrs: [10.30.0.0/24]
hosts:
  - {name: ws-1, address: 10.10.0.1, labels: {role: workstation}}
  - {name: ws-2, address: 10.10.0.2, labels: {role: workstation}}
  - {name: ws-3, address: 10.10.0.3, labels: {role: workstation}}
  - {name: fs-1, address: 10.20.0.1, labels: {role: file-server}}
  - {name: prn-1, address: 10.30.0.10, labels: {role: printer}, managed: false}
  - {name: prn-2, address: 10.30.0.11, labels: {role: printer}, managed: false}
baselines: [lateral-movement]
rules:
  - name: ws-to-fs
    action: allow
    from: {role: workstation}
    to: {role: file-server}
    services: [smb]
  - name: oops-smb-between-workstations
    action: allow
    from: {role: workstation}
    to: {role: workstation}
    services: [smb]
expect:
  - name: no-smb-between-workstations
    from: {role: workstation}
    to: {role: workstation}
    services: [smb]
    verdict: blocked
  - name: ws-reach-fs
    from: {role: workstation}
    to: {role: file-server}
    services: [smb]
    verdict: reachable
  - name: ws-reach-fs-rdp
    from: {role: workstation}
    to: {role: file-server}
    services: [rdp]
    verdict: reachable
  - name: nothing-matches
    from: {role: nobody}
    to: hosts
    services: [smb]
    verdict: blocked
)";

const IntentResult& intent(const VerifyReport& r, const std::string& name) {
  for (const IntentResult& i : r.intents)
    if (i.expect->name == name) return i;
  ADD_FAILURE() << "no intent " << name;
  return r.intents.front();
}

TEST(Verify, BlockedIntentFailsWithTheAllowRuleAsCounterexample) {
  auto d = decide(kOffice);
  VerifyReport r = verify(*d);
  const IntentResult& i = intent(r, "no-smb-between-workstations");
  EXPECT_FALSE(i.holds);
  // One class (three workstations) paired with itself: 3·2 ordered host pairs.
  EXPECT_EQ(i.failing_class_pairs, 1u);
  EXPECT_EQ(i.failing_host_pairs, 6u);
  ASSERT_FALSE(i.examples.empty());
  const FlowExample& ex = i.examples.front();
  expect_real(*d, ex);
  EXPECT_TRUE(ex.verdict.reachable);
  EXPECT_EQ(ex.key, service_key(Proto::Tcp, 445));
  EXPECT_EQ(ex.why.by, DecidedBy::Rule);
  EXPECT_EQ(rule_name(*d, ex.verdict.rule), "oops-smb-between-workstations");
  EXPECT_NE(ex.src.host, ex.dst.host);
}

TEST(Verify, ReachableIntentHoldsAndFailsWhereTheBaselineDenies) {
  auto d = decide(kOffice);
  VerifyReport r = verify(*d);
  EXPECT_TRUE(intent(r, "ws-reach-fs").holds);
  const IntentResult& rdp = intent(r, "ws-reach-fs-rdp");
  EXPECT_FALSE(rdp.holds);
  ASSERT_FALSE(rdp.examples.empty());
  const FlowExample& ex = rdp.examples.front();
  expect_real(*d, ex);
  EXPECT_FALSE(ex.verdict.reachable);
  EXPECT_EQ(rule_name(*d, ex.verdict.rule), "lateral-movement/rdp");
  // The deny tier is enforced by every point that sees the flow; the first on the path is
  // the workstation's own outbound firewall.
  ASSERT_TRUE(ex.why.point.has_value());
  EXPECT_EQ(ex.why.point->kind, decision::PointKind::HostOutbound);
  EXPECT_EQ(r.failed_intents, 2u);
}

TEST(Verify, IntentMatchingNothingIsVacuous) {
  auto d = decide(kOffice);
  VerifyReport r = verify(*d);  // kept alive: intent() returns a reference into it
  const IntentResult& i = intent(r, "nothing-matches");
  EXPECT_TRUE(i.holds);
  EXPECT_TRUE(i.vacuous);
}

TEST(Verify, UnmanagedPrintersInAZoneWithoutFirewallAreGaps) {
  auto d = decide(kOffice);
  VerifyReport r = verify(*d);
  // prn-1 <-> prn-2 (one class), the printer VLAN's plain addresses to and from them, and
  // workstations to printers on ports no rule names (the printers' default deny is not
  // enforced: they run no firewall and their zone has none).
  const std::uint32_t prn = d->class_of(*parse_addr("10.30.0.10"));
  const std::uint32_t ws = d->class_of(*parse_addr("10.10.0.1"));
  bool smb = false, rest = false, ws_to_prn = false;
  for (const Gap& g : r.gaps) {
    expect_real(*d, g.example);
    EXPECT_TRUE(g.example.verdict.reachable);
    EXPECT_FALSE(g.example.verdict.intended);
    EXPECT_TRUE(g.keys.contains(g.example.key));
    if (g.src_cls == ws && g.dst_cls == prn) {
      ws_to_prn = true;
      EXPECT_EQ(g.host_pairs, 6u);
      EXPECT_NE(g.service, "smb");  // the workstation's outbound firewall enforces the baseline
    }
    if (g.src_cls == prn && g.dst_cls == prn) {
      EXPECT_EQ(g.host_pairs, 2u);
      if (g.service == "smb") {
        smb = true;
        ASSERT_EQ(g.rules.size(), 1u);
        EXPECT_EQ(rule_name(*d, g.rules.front()), "lateral-movement/smb");
        EXPECT_EQ(g.example.why.by, DecidedBy::Rule);
        EXPECT_NE(g.example.why.gap_reason.find("no enforcement point"), std::string::npos);
      }
      if (!g.named) {
        rest = true;
        EXPECT_TRUE(g.rules.empty());
      }
    }
  }
  EXPECT_TRUE(smb);
  EXPECT_TRUE(rest);
  EXPECT_TRUE(ws_to_prn);
  EXPECT_GE(r.gap_class_pairs, 3u);  // prn->prn, plain->prn, prn->plain
}

TEST(Verify, NoGapsWhenEveryEndIsManaged) {
  auto d = decide(R"(bulkhead: 1
zones:
  - {name: office, cidrs: [10.10.0.0/16]}
hosts:
  - {name: a, address: 10.10.0.1}
  - {name: b, address: 10.10.0.2}
baselines: [lateral-movement]
)");
  VerifyReport r = verify(*d);
  // Plain office addresses to the hosts are stopped by the hosts' inbound firewalls; host
  // to plain space is allowed by default (outbound allow, no point sees an unmanaged
  // plain destination's inbound) and intended.
  EXPECT_TRUE(r.gaps.empty());
}

TEST(Verify, AuditModeHostsAreGaps) {
  auto d = decide(R"(bulkhead: 1
zones:
  - {name: office, cidrs: [10.10.0.0/16]}
hosts:
  - {name: a, address: 10.10.0.1}
  - {name: b, address: 10.10.0.2, enforcement: audit}
baselines: [lateral-movement]
)");
  VerifyReport r = verify(*d);
  ASSERT_FALSE(r.gaps.empty());
  bool audit = false;
  for (const Gap& g : r.gaps) {
    expect_real(*d, g.example);
    if (g.example.why.gap_reason.find("audit") != std::string::npos) audit = true;
  }
  EXPECT_TRUE(audit);
}

TEST(Verify, AHostAloneInItsClassIsNotPairedWithItself) {
  auto d = decide(R"(bulkhead: 1
hosts:
  - {name: solo, address: 10.0.0.1, labels: {role: x}, managed: false}
rules:
  - {name: r, action: deny, from: {role: x}, to: {role: x}, services: [smb]}
expect:
  - {name: e, from: {role: x}, to: {role: x}, services: [smb], verdict: reachable}
)");
  VerifyReport r = verify(*d);
  EXPECT_TRUE(r.intents.front().holds);
  EXPECT_TRUE(r.intents.front().vacuous);
  for (const Gap& g : r.gaps)
    EXPECT_FALSE(g.src_cls == g.dst_cls && d->classes()[g.src_cls].is_host);
}

TEST(Verify, FamiliesNeverMix) {
  auto d = decide(R"(bulkhead: 1
hosts:
  - {name: four, address: 10.0.0.1, labels: {role: a}}
  - {name: six, address: "2001:db8::1", labels: {role: b}}
rules:
  - {name: r, action: allow, from: {role: a}, to: {role: b}, services: [smb]}
expect:
  - {name: e, from: {role: a}, to: {role: b}, services: [smb], verdict: reachable}
)");
  VerifyReport r = verify(*d);
  EXPECT_TRUE(r.intents.front().vacuous);
}

TEST(Census, HostPairsAndSelfFlows) {
  auto d = decide(R"(bulkhead: 1
hosts:
  - {name: a, addresses: [10.0.0.1, "2001:db8::1"], labels: {role: x}}
  - {name: b, address: 10.0.0.2, labels: {role: x}}
  - {name: c, address: "2001:db8::3", labels: {role: x}}
rules:
  - {name: r, action: allow, from: {role: x}, to: {role: x}, services: [smb]}
)");
  Census census(*d);
  std::uint32_t x = d->class_of(*parse_addr("10.0.0.2"));
  ASSERT_EQ(d->class_of(*parse_addr("2001:db8::3")), x);
  // a-b (v4), b-a, a-c (v6), c-a; b and c share no family.
  EXPECT_EQ(census.host_pairs(x, x), 4u);
  EXPECT_TRUE(census.pair_has_flows(x, x, Family::V4));
  EXPECT_TRUE(census.pair_has_flows(x, x, Family::V6));
  EXPECT_EQ(census.population(x).hosts, 3u);
}

}  // namespace
}  // namespace bulkhead::analysis
