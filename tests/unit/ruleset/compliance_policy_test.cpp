// The seed table judged against a policy (judge_against_policy): a deployed rule set that
// opens RDP to exactly what the policy allows is "allowed by policy"; one that opens it
// wider names exactly the sources beyond the policy, with the deployed rule that lets an
// example in; the host's own addresses and other destinations are not judged.
#include <gtest/gtest.h>

#include "decision/decision.h"
#include "policy/loader.h"
#include "ruleset/audit.h"
#include "ruleset/compliance.h"
#include "ruleset/import.h"

namespace bulkhead::ruleset {
namespace {

const char* kPolicyYaml = R"(bulkhead: 1
settings:
  default_inbound: deny
  default_outbound: allow
zones:
  - name: lan
    cidrs: [10.0.0.0/24]
hosts:
  - name: srv
    address: 10.0.0.1
    labels: {role: server}
  - name: jump
    address: 10.0.0.9
    labels: {role: jump}
  - name: ws
    address: 10.0.0.20
    labels: {role: workstation}
rules:
  - name: admins-rdp
    action: allow
    from: {role: jump}
    to: {role: server}
    services: [rdp]
)";

std::shared_ptr<const decision::Decision> policy() {
  Diagnostics diags;
  auto m = policy::load_text(kPolicyYaml, "p.yaml", diags);
  EXPECT_TRUE(m && !diags.has_errors());
  return decision::Decision::resolve(std::move(*m));
}

/// The RDP row of the seed table of an iptables INPUT chain holding `rules`, judged for srv.
ServiceExposure rdp_row(const std::string& rules, const decision::Decision& d) {
  const std::string text =
      "*filter\n:INPUT DROP [0:0]\n:FORWARD DROP [0:0]\n"
      ":OUTPUT ACCEPT [0:0]\n" +
      rules + "COMMIT\n";
  Diagnostics diags;
  std::optional<Ruleset> rs = import_iptables_save(text, "host.rules", diags);
  EXPECT_TRUE(rs && !diags.has_errors());
  AuditOptions o;
  o.policy = &d;
  o.host = static_cast<std::uint32_t>(d.find_host("srv"));
  AuditedRuleset a = audit(std::move(*rs), o);
  for (const auto& [p, rows] : a.seed)
    for (const ServiceExposure& e : rows)
      if (e.service == "rdp" && p.name.find("IPv4") != std::string::npos) return e;
  ADD_FAILURE() << "no rdp row";
  return {};
}

TEST(SeedAgainstPolicy, OpenToWhatThePolicyAllowsIsAllowed) {
  auto d = policy();
  ServiceExposure e = rdp_row("-A INPUT -s 10.0.0.9/32 -p tcp --dport 3389 -j ACCEPT\n", *d);
  EXPECT_TRUE(e.judged);
  EXPECT_FALSE(e.open.empty());
  EXPECT_TRUE(e.allowed_by_policy());
  EXPECT_FALSE(e.exposed());
  EXPECT_EQ(exposure_status(e), "allowed by policy");
  EXPECT_TRUE(e.beyond_sources.empty());
}

TEST(SeedAgainstPolicy, OpenWiderNamesTheSourcesBeyondThePolicy) {
  auto d = policy();
  ServiceExposure e = rdp_row("-A INPUT -s 10.0.0.0/24 -p tcp --dport 3389 -j ACCEPT\n", *d);
  EXPECT_TRUE(e.exposed());
  EXPECT_EQ(exposure_status(e), "open");
  // Beyond: the subnet but the jump host (allowed) and srv itself (its own address).
  AddrSet want;
  want.of(Family::V4).add(0x0a000000, 0x0a000000);
  want.of(Family::V4).add(0x0a000002, 0x0a000008);
  want.of(Family::V4).add(0x0a00000a, 0x0a0000ff);
  EXPECT_TRUE(e.beyond_sources == want);
  ASSERT_TRUE(e.beyond_example.has_value());
  EXPECT_EQ(e.beyond_example->dst, u128{0x0a000001});
  EXPECT_NE(e.beyond_rule, kPolicy);
}

TEST(SeedAgainstPolicy, AcceptPolicyIsJudgedFromEverywhere) {
  auto d = policy();
  // No rule for RDP and an accept policy: the whole address space, internet included,
  // except the jump host and srv's own address, is beyond the policy.
  const std::string text = "*filter\n:INPUT ACCEPT [0:0]\nCOMMIT\n";
  Diagnostics diags;
  std::optional<Ruleset> rs = import_iptables_save(text, "host.rules", diags);
  ASSERT_TRUE(rs);
  AuditOptions o;
  o.policy = d.get();
  o.host = static_cast<std::uint32_t>(d->find_host("srv"));
  AuditedRuleset a = audit(std::move(*rs), o);
  bool seen = false;
  for (const auto& [p, rows] : a.seed) {
    for (const ServiceExposure& e : rows) {
      if (e.service != "rdp" || p.name.find("IPv4") == std::string::npos) continue;
      seen = true;
      EXPECT_TRUE(e.exposed());
      ASSERT_TRUE(e.beyond_example.has_value());
      EXPECT_EQ(e.beyond_rule, kPolicy);
      EXPECT_FALSE(e.beyond_sources.of(Family::V4).contains(0x0a000009));
      EXPECT_FALSE(e.beyond_sources.of(Family::V4).contains(0x0a000001));
      EXPECT_TRUE(e.beyond_sources.of(Family::V4).contains(0x08080808));
    }
  }
  EXPECT_TRUE(seen);
}

}  // namespace
}  // namespace bulkhead::ruleset
