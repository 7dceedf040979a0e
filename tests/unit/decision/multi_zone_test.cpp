// Hosts whose addresses lie in several zones (spec section 3: a host's defaults come from
// the zone of the address the flow uses at that point) and the warnings check_host_needs
// gives about such policies. Their verdicts, and zone and host lists in selectors (section
// 2), are data: tests/cases/defaults.case and tests/cases/selectors.case.
#include <gtest/gtest.h>

#include <algorithm>

#include "decision/decision.h"
#include "decision/host_checks.h"
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

std::string warnings(const Decision& d) {
  Diagnostics diags;
  check_host_needs(d, diags);
  std::string out;
  for (const Diagnostic& dg : diags.sorted()) out += dg.str() + "\n";
  return out;
}

// gw has one address in `open` (defaults allow) and one in `shut` (defaults deny).
const char* kDualHomed = R"(bulkhead: 1
settings: {management: {host: admin}}
zones:
  - {name: open, cidrs: [10.1.0.0/16], default_inbound: allow, default_outbound: allow}
  - {name: shut, cidrs: [10.2.0.0/16], default_inbound: deny, default_outbound: deny}
hosts:
  - {name: gw, addresses: [10.2.0.1, 10.1.0.1]}
  - {name: admin, address: 10.1.0.9}
)";

// The verdicts (inbound by the destination address's zone, outbound by the source's) are
// in tests/cases/defaults.case; here, the per-zone defaults the Decision keeps for gw.
TEST(MultiZoneHost, EachAddressTakesTheDefaultsOfItsOwnZone) {
  auto d = resolve(kDualHomed);
  ASSERT_TRUE(d);
  const auto h = static_cast<std::uint32_t>(d->find_host("gw"));
  EXPECT_EQ(d->host_inbound_at(h, static_cast<std::uint32_t>(d->find_zone("open"))),
            DefaultAction::Allow);
  EXPECT_EQ(d->host_inbound_at(h, static_cast<std::uint32_t>(d->find_zone("shut"))),
            DefaultAction::Deny);
  EXPECT_TRUE(d->host_defaults_vary(h, true));
  EXPECT_TRUE(d->host_defaults_vary(h, false));
}

TEST(MultiZoneHost, AHostKeyStillBeatsEveryZone) {
  std::string y = kDualHomed;
  y.replace(y.find("addresses: [10.2.0.1, 10.1.0.1]"), 31,
            "addresses: [10.2.0.1, 10.1.0.1], default_inbound: deny");
  auto d = resolve(y);
  ASSERT_TRUE(d);
  // The verdict (inbound blocked at the `open` address too) is in tests/cases/defaults.case.
  EXPECT_FALSE(d->host_defaults_vary(static_cast<std::uint32_t>(d->find_host("gw")), true));
}

TEST(HostNeeds, WarnsAboutHostsInSeveralZones) {
  auto d = resolve(kDualHomed);
  ASSERT_TRUE(d);
  EXPECT_NE(warnings(*d).find("p.yaml:7:5: warning: 1 host with addresses in several zones (gw "
                              "in open, shut): each address takes the defaults of its own zone"),
            std::string::npos)
      << warnings(*d);
}

TEST(HostNeeds, WarnsAboutZoneDefaultsThatChangeNothing) {
  auto d = resolve(R"(bulkhead: 1
settings: {management: {host: ws}}
zones:
  - {name: office, cidrs: [10.1.0.0/16]}
  - {name: guest, cidrs: [10.9.0.0/16], firewall: true, default_outbound: allow}
hosts:
  - {name: ws, address: 10.1.0.1}
)");
  ASSERT_TRUE(d);
  std::string w = warnings(*d);
  EXPECT_NE(w.find("p.yaml:5:5: warning: zone 'guest' sets default_outbound: allow, which changes "
                   "nothing: zone defaults apply to the firewalls of hosts whose addresses lie "
                   "in the zone, and it has no such host; the zone's firewall denies"),
            std::string::npos)
      << w;
  EXPECT_NE(w.find("from {zone: guest} to internet"), std::string::npos) << w;
  // With a host in the zone, the setting matters and is not reported.
  auto used = resolve(R"(bulkhead: 1
settings: {management: {host: ws}}
zones:
  - {name: guest, cidrs: [10.9.0.0/16], firewall: true, default_outbound: allow}
hosts:
  - {name: ws, address: 10.9.0.1}
)");
  ASSERT_TRUE(used);
  EXPECT_EQ(warnings(*used).find("changes nothing"), std::string::npos) << warnings(*used);
}

TEST(HostNeeds, AntiLockoutWarningSuggestsAnObviousManagementSelector) {
  auto d = resolve(R"(bulkhead: 1
settings: {default_outbound: allow}
hosts:
  - {name: ws, address: 10.1.0.1, labels: {role: workstation}}
  - {name: j1, address: 10.1.0.2, labels: {role: jump}}
)");
  ASSERT_TRUE(d);
  EXPECT_NE(warnings(*d).find("p.yaml:2:1: warning: anti-lockout has no management hosts: "
                              "settings.management is not set, so no host is guaranteed ssh, "
                              "WinRM and RDP access to the managed hosts; for example settings: "
                              "{management: {role: jump}}"),
            std::string::npos)
      << warnings(*d);
}

}  // namespace
}  // namespace bulkhead::decision
