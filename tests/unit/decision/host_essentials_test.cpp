// What a real host needs, in the Decision: the host-essentials baseline's rows (expanded
// per zone, with provenance), the verdict on packets for addresses the inventory does not
// list (judge_unlisted), and the warnings of check_host_needs. The baseline's verdicts on
// flows (link traffic stays inside its zone; ICMP types per family) are data:
// tests/cases/host_essentials.case.
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

std::string rule_of(const Decision& d, const Verdict& v) {
  return v.rule == kNoRule ? "" : d.rules()[v.rule].rule->name;
}

std::vector<std::string> warnings(const Decision& d) {
  Diagnostics diags;
  check_host_needs(d, diags);
  std::vector<std::string> out;
  for (const Diagnostic& dg : diags.sorted()) out.push_back(dg.str());
  return out;
}

const char* kTwoZones = R"(bulkhead: 1
name: lan
settings:
  default_inbound: deny
  default_outbound: deny
zones:
  - name: office
    cidrs: [10.10.0.0/16, "2001:db8:10::/64"]
  - name: servers
    cidrs: [10.20.0.0/16, "2001:db8:20::/64"]
    firewall: true
hosts:
  - name: ws-1
    address: 10.10.1.5
  - name: ws-2
    addresses: [10.10.1.6, "2001:db8:10::6"]
  - name: srv-1
    addresses: [10.20.0.10, "2001:db8:20::10"]
  - name: dns-1
    address: 10.20.0.53
rules:
  - name: resolvers
    action: allow
    from: hosts
    to: {host: dns-1}
    services: [dns, ntp]
baselines: [lateral-movement, host-essentials]
)";

TEST(HostEssentials, RowsAreExpandedPerZoneWithProvenance) {
  auto d = resolve(kTwoZones);
  ASSERT_TRUE(d);
  std::vector<std::string> names;
  for (const policy::Rule& r : d->model().rules)
    if (r.origin.baseline == "host-essentials") names.push_back(r.name);
  for (const char* n : {"host-essentials/icmpv6-nd@office", "host-essentials/icmpv6-nd@servers",
                        "host-essentials/icmpv6-nd@internet", "host-essentials/icmpv6-mld@office",
                        "host-essentials/dhcp-request@servers", "host-essentials/dhcp-reply@office",
                        "host-essentials/dhcpv6-request", "host-essentials/dhcpv6-reply"})
    EXPECT_NE(std::find(names.begin(), names.end(), n), names.end()) << n;
  EXPECT_EQ(names.size(), 4u * 3u + 2u);
}

TEST(HostEssentials, UnlistedAddressesFollowTheRulesThatCoverTheWholeHost) {
  auto d = resolve(R"(bulkhead: 1
settings: {default_inbound: deny, default_outbound: deny}
zones:
  - {name: lan, cidrs: [10.0.0.0/24]}
hosts:
  - {name: h, addresses: [10.0.0.1, 198.51.100.1]}
rules:
  - {name: whole, action: allow, from: any, to: {host: h}, services: [udp/5353]}
  - {name: part, action: allow, from: any, to: {zone: lan}, services: [tcp/80]}
  - {name: out, action: allow, from: hosts, to: {cidr: 255.255.255.255/32}, services: [udp/67]}
)");
  ASSERT_TRUE(d);
  const auto h = static_cast<std::uint32_t>(d->find_host("h"));
  const Addr peer = *parse_addr("10.0.0.7");
  // `{host: h}` covers every listed address: it decides multicast and broadcast too.
  Verdict mdns = d->judge_unlisted(h, true, peer, service_key(Proto::Udp, 5353));
  EXPECT_TRUE(mdns.reachable);
  EXPECT_EQ(rule_of(*d, mdns), "whole");
  // `{zone: lan}` matches one of h's two addresses only: the default decides.
  Verdict web = d->judge_unlisted(h, true, peer, service_key(Proto::Tcp, 80));
  EXPECT_FALSE(web.reachable);
  EXPECT_EQ(web.tier, Tier::None);
  // Outbound from 0.0.0.0 to the broadcast address: `from: hosts` covers the whole host.
  Verdict dhcp =
      d->judge_unlisted(h, false, *parse_addr("255.255.255.255"), service_key(Proto::Udp, 67));
  EXPECT_TRUE(dhcp.reachable);
  EXPECT_EQ(rule_of(*d, dhcp), "out");
}

TEST(HostNeeds, WarnsAboutAMissingBaselineDnsNtpAndIpv6) {
  auto d = resolve(R"(bulkhead: 1
settings: {default_inbound: deny, default_outbound: deny}
zones:
  - {name: pci, cidrs: [10.60.0.0/16], firewall: true}
hosts:
  - {name: pay-1, address: 10.60.0.10}
  - {name: pay-2, address: 10.60.0.11}
rules:
  - {name: ntp-only, action: allow, from: {host: pay-2}, to: internet, services: [ntp]}
)");
  ASSERT_TRUE(d);
  std::vector<std::string> w = warnings(*d);
  ASSERT_EQ(w.size(), 5u);
  EXPECT_NE(w[1].find("2 managed hosts with a deny default (pay-1, pay-2) but the policy lacks "
                      "the host-essentials baseline"),
            std::string::npos)
      << w[1];
  EXPECT_NE(w[0].find("anti-lockout has no management hosts"), std::string::npos) << w[0];
  std::string all;
  for (const std::string& s : w) all += s + "\n";
  EXPECT_NE(all.find("2 managed hosts with default_outbound: deny can reach no DNS server "
                     "(pay-1, pay-2)"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("1 managed host with default_outbound: deny can reach no NTP server "
                     "(pay-1)"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("1 firewalled zone without an IPv6 range (pci)"), std::string::npos) << all;
}

TEST(HostNeeds, QuietWhenTheHostsHaveWhatTheyNeed) {
  std::string yaml = kTwoZones;
  yaml.replace(yaml.find("settings:\n"), 10, "settings:\n  management: {host: ws-1}\n");
  auto d = resolve(yaml);
  ASSERT_TRUE(d);
  EXPECT_EQ(warnings(*d), std::vector<std::string>{});
}

}  // namespace
}  // namespace bulkhead::decision
