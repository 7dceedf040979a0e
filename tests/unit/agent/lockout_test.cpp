// Unit tests for the lockout check (agent/lockout.h): sessions judged as new connections
// at a host's inbound firewall, with the deciding rule or default named, on a small policy.
#include "agent/lockout.h"

#include <gtest/gtest.h>

#include "base/diagnostics.h"
#include "policy/loader.h"

namespace bulkhead::agent {
namespace {

// Line numbers matter: messages name rules by file:line.
const char* kPolicy = R"(bulkhead: 1
zones:
  - name: lab
    cidrs: [198.18.0.0/24]
hosts:
  - name: srv
    addresses: [198.18.0.10, 198.18.0.11, "2001:db8::10"]
    labels: {role: server}
  - name: admin
    addresses: [198.18.0.20, "2001:db8::20"]
    labels: {admin: "yes"}
  - name: ws
    address: 198.18.0.30
    labels: {role: workstation}
baselines: [lateral-movement]
rules:
  - name: ws-web
    action: allow
    from: {role: workstation}
    to: {role: server}
    services: [tcp/8080]
  - name: no-ws-ssh
    action: override-deny
    from: {role: workstation}
    to: {role: server}
    services: [ssh]
  - name: admin-first-address
    action: allow
    from: {admin: "yes"}
    to: {cidr: 198.18.0.10/32}
    services: [tcp/2222]
)";

std::shared_ptr<const decision::Decision> decision(const std::string& extra = "") {
  Diagnostics diags;
  auto m = policy::load_text(kPolicy + extra, "p.yaml", diags);
  EXPECT_TRUE(m && !diags.has_errors());
  return decision::Decision::resolve(std::move(*m));
}

Addr addr(const char* text) {
  auto a = parse_addr(text);
  EXPECT_TRUE(a) << text;
  return a.value_or(Addr{});
}

Session session(const char* client, const char* local, std::uint16_t port) {
  return Session{addr(client), 50000, addr(local), port, "$SSH_CONNECTION"};
}

// The machine that is srv: its inventory addresses, loopback and one extra address.
const std::vector<Addr> kHere = {addr("127.0.0.1"),   addr("198.18.0.10"),  addr("198.18.0.11"),
                                 addr("198.18.0.99"), addr("2001:db8::10"), addr("::1")};

SessionCheck check(const decision::Decision& d, const Session& s,
                   std::optional<policy::Enforcement> mode = std::nullopt) {
  std::vector<SessionCheck> c = check_sessions(d, 0, mode, {s}, kHere);
  EXPECT_EQ(c.size(), 1u);
  return c.front();
}

TEST(Lockout, TheInboundDefaultDenyBlocksAnAdminWithoutARule) {
  auto d = decision();
  SessionCheck c = check(*d, session("198.18.0.20", "198.18.0.10", 22));
  EXPECT_TRUE(c.blocked);
  EXPECT_EQ(c.rule, decision::kNoRule);
  EXPECT_EQ(blocker_text(*d, 0, c), "the inbound default deny of host srv");
  std::string hint = suggestion_text(*d, 0, c);
  EXPECT_NE(hint.find("198.18.0.20 -> host srv tcp/22"), std::string::npos) << hint;
  EXPECT_NE(hint.find("from: {host: admin}, to: {host: srv}, services: [tcp/22]"),
            std::string::npos)
      << hint;
  EXPECT_NE(hint.find("settings.management"), std::string::npos) << hint;
  // The same over IPv6.
  EXPECT_TRUE(check(*d, session("2001:db8::20", "2001:db8::10", 22)).blocked);
}

TEST(Lockout, SettingsManagementKeepsTheAdminIn) {
  auto d = decision("settings:\n  management: {admin: \"yes\"}\n");
  SessionCheck c = check(*d, session("198.18.0.20", "198.18.0.10", 22));
  EXPECT_FALSE(c.blocked);
  EXPECT_EQ(c.tier, decision::Tier::Allow);
  EXPECT_EQ(d->rules()[c.rule].rule->name, "anti-lockout/management");
  EXPECT_FALSE(check(*d, session("2001:db8::20", "2001:db8::10", 22)).blocked);
}

TEST(Lockout, NamesTheDenyingRuleWithItsLocation) {
  auto d = decision("settings:\n  management: {admin: \"yes\"}\n");
  // An override-deny beats even the anti-lockout rule.
  SessionCheck ssh = check(*d, session("198.18.0.30", "198.18.0.10", 22));
  EXPECT_TRUE(ssh.blocked);
  EXPECT_EQ(blocker_text(*d, 0, ssh), "override-deny rule no-ws-ssh @ p.yaml:22");
  EXPECT_NE(suggestion_text(*d, 0, ssh).find("narrow rule no-ws-ssh"), std::string::npos);
  // A baseline row.
  SessionCheck rdp = check(*d, session("198.18.0.30", "198.18.0.10", 3389));
  EXPECT_TRUE(rdp.blocked);
  EXPECT_EQ(blocker_text(*d, 0, rdp), "deny rule lateral-movement/rdp @ p.yaml:15");
  // An allowed port.
  EXPECT_FALSE(check(*d, session("198.18.0.30", "198.18.0.10", 8080)).blocked);
}

TEST(Lockout, AnUnknownClientGetsACidrSuggestion) {
  auto d = decision();
  SessionCheck c = check(*d, session("198.18.0.77", "198.18.0.10", 2200));
  EXPECT_TRUE(c.blocked);
  std::string hint = suggestion_text(*d, 0, c);
  EXPECT_NE(hint.find("from: {cidr: 198.18.0.77/32}"), std::string::npos) << hint;
  // tcp/2200 is no management service: settings.management would not help.
  EXPECT_EQ(hint.find("settings.management"), std::string::npos) << hint;
}

TEST(Lockout, AuditModeBlocksNothing) {
  auto d = decision();
  EXPECT_FALSE(
      check(*d, session("198.18.0.20", "198.18.0.10", 22), policy::Enforcement::Audit).blocked);
  EXPECT_FALSE(
      check(*d, session("198.18.0.30", "198.18.0.10", 3389), policy::Enforcement::Audit).blocked);
  auto audited = decision("settings:\n  enforcement: audit\n");
  EXPECT_FALSE(check(*audited, session("198.18.0.20", "198.18.0.10", 22)).blocked);
  // --mode enforce overrides a policy in audit mode.
  EXPECT_TRUE(
      check(*audited, session("198.18.0.20", "198.18.0.10", 22), policy::Enforcement::Enforce)
          .blocked);
}

TEST(Lockout, JudgesEachOfTheHostsAddressesOnItsOwn) {
  auto d = decision();
  EXPECT_FALSE(check(*d, session("198.18.0.20", "198.18.0.10", 2222)).blocked);
  EXPECT_TRUE(check(*d, session("198.18.0.20", "198.18.0.11", 2222)).blocked);
}

TEST(Lockout, AnAddressOutsideTheInventoryMatchesOnlyRulesCoveringAllTheHostsAddresses) {
  auto d = decision();
  // ws-web names the whole host (no daddr match in the table): it matches .99 too.
  EXPECT_FALSE(check(*d, session("198.18.0.30", "198.18.0.99", 8080)).blocked);
  // admin-first-address covers only .10 (the table matches daddr 198.18.0.10): not .99.
  SessionCheck c = check(*d, session("198.18.0.20", "198.18.0.99", 2222));
  EXPECT_TRUE(c.blocked);
  EXPECT_EQ(c.rule, decision::kNoRule);
}

TEST(Lockout, SessionsFromThisMachineOrNotThroughItAreNotJudged) {
  auto d = decision();
  SessionCheck lo = check(*d, session("127.0.0.1", "127.0.0.1", 22));
  EXPECT_TRUE(lo.loopback);
  EXPECT_FALSE(lo.blocked);
  SessionCheck self = check(*d, session("198.18.0.11", "198.18.0.10", 22));
  EXPECT_TRUE(self.loopback);
  EXPECT_FALSE(self.blocked);
  // $SSH_CONNECTION of the machine, seen from inside a network namespace.
  SessionCheck away = check(*d, session("198.18.0.20", "203.0.113.5", 22));
  EXPECT_TRUE(away.elsewhere);
  EXPECT_FALSE(away.blocked);
}

TEST(Lockout, HoldsHostAddressLooksForAnyOfThem) {
  auto d = decision();
  EXPECT_TRUE(holds_host_address(*d, 0, {addr("2001:db8::10")}));
  EXPECT_TRUE(holds_host_address(*d, 0, kHere));
  EXPECT_FALSE(holds_host_address(*d, 0, {addr("127.0.0.1"), addr("198.18.0.20")}));
  EXPECT_FALSE(holds_host_address(*d, 0, {}));
}

}  // namespace
}  // namespace bulkhead::agent
