// What a real machine needs that a policy may forget (see host_checks.h).
#include "decision/host_checks.h"

#include <map>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>

namespace bulkhead::decision {
namespace {

/// "ws-01, ws-02, ws-03 and 12 more".
std::string some_names(const std::vector<std::string>& names) {
  std::string out;
  const std::size_t shown = std::min<std::size_t>(names.size(), 3);
  for (std::size_t i = 0; i < shown; ++i) out += (i ? ", " : "") + names[i];
  if (names.size() > shown) out += fmt::format(" and {} more", names.size() - shown);
  return out;
}

bool has_baseline(const policy::Model& m, std::string_view name) {
  for (const policy::BaselineRef& b : m.baselines)
    if (b.name == name) return true;
  return false;
}

/// Whether some flow from class `c` on one of `keys` is reachable, to any class.
bool reaches_any(const Decision& d, std::uint32_t c, const ServiceSet& keys) {
  for (std::uint32_t t = 0; t < d.classes().size(); ++t) {
    const TierMap& map = d.tiers(c, t);
    for (const auto& iv : keys.intervals()) {
      for (std::uint32_t k = iv.lo; k <= iv.hi; ++k) {
        const Segment& seg = Decision::segment_at(map, k);
        if (d.judge(c, t, seg.tier, seg.rule).reachable) return true;
        if (seg.hi >= iv.hi) break;
        k = seg.hi;
      }
    }
  }
  return false;
}

}  // namespace

void check_host_needs(const Decision& d, Diagnostics& diags) {
  const policy::Model& m = d.model();

  // A deny default without host-essentials.
  if (!has_baseline(m, "host-essentials")) {
    std::vector<std::string> hosts;
    const policy::Host* first = nullptr;
    for (std::uint32_t h = 0; h < m.hosts.size(); ++h) {
      if (!m.hosts[h].managed) continue;
      if (d.host_inbound(h) != DefaultAction::Deny && d.host_outbound(h) != DefaultAction::Deny)
        continue;
      if (first == nullptr) first = &m.hosts[h];
      hosts.push_back(m.hosts[h].name);
    }
    if (first != nullptr) {
      diags.warning(
          m.settings.loc.line > 0 ? m.settings.loc : first->loc,
          fmt::format("{} managed host{} with a deny default ({}) but the policy lacks the "
                      "host-essentials baseline: their firewalls will drop IPv6 neighbour "
                      "discovery, MLD, ICMP errors and DHCP; add `baselines: [host-essentials]`",
                      hosts.size(), hosts.size() == 1 ? "" : "s", some_names(hosts)));
    }
  }

  // default_outbound: deny with no DNS or NTP path, judged once per class.
  const ServiceSet dns =
      ServiceSet::range(service_key(Proto::Tcp, 53), service_key(Proto::Tcp, 53))
          .unite(ServiceSet::range(service_key(Proto::Udp, 53), service_key(Proto::Udp, 53)));
  const ServiceSet ntp =
      ServiceSet::range(service_key(Proto::Udp, 123), service_key(Proto::Udp, 123));
  std::map<std::uint32_t, std::pair<bool, bool>> by_class;  // class → (dns, ntp) reachable
  std::vector<std::string> no_dns, no_ntp;
  const policy::Host* first_dns = nullptr;
  const policy::Host* first_ntp = nullptr;
  for (std::uint32_t h = 0; h < m.hosts.size(); ++h) {
    const policy::Host& host = m.hosts[h];
    if (!host.managed || host.addresses.empty() || d.host_outbound(h) != DefaultAction::Deny)
      continue;
    bool has_dns = false, has_ntp = false;
    for (std::uint32_t c : d.host_classes(h)) {
      auto [it, fresh] = by_class.emplace(c, std::make_pair(false, false));
      if (fresh) it->second = {reaches_any(d, c, dns), reaches_any(d, c, ntp)};
      has_dns = has_dns || it->second.first;
      has_ntp = has_ntp || it->second.second;
    }
    if (!has_dns) {
      no_dns.push_back(host.name);
      if (first_dns == nullptr) first_dns = &host;
    }
    if (!has_ntp) {
      no_ntp.push_back(host.name);
      if (first_ntp == nullptr) first_ntp = &host;
    }
  }
  if (first_dns != nullptr) {
    diags.warning(first_dns->loc,
                  fmt::format("{} managed host{} with default_outbound: deny can reach no DNS "
                              "server ({}): allow dns to your resolvers",
                              no_dns.size(), no_dns.size() == 1 ? "" : "s", some_names(no_dns)));
  }
  if (first_ntp != nullptr) {
    diags.warning(first_ntp->loc,
                  fmt::format("{} managed host{} with default_outbound: deny can reach no NTP "
                              "server ({}): allow ntp to your time servers",
                              no_ntp.size(), no_ntp.size() == 1 ? "" : "s", some_names(no_ntp)));
  }

  // Firewalled zones without IPv6.
  std::vector<std::string> v4_only;
  const policy::Zone* first_zone = nullptr;
  for (const policy::Zone& z : m.zones) {
    if (!z.firewall) continue;
    bool v6 = false;
    for (const Prefix& p : z.cidrs) v6 = v6 || p.base.family == Family::V6;
    if (v6) continue;
    if (first_zone == nullptr) first_zone = &z;
    v4_only.push_back(z.name);
  }
  if (first_zone != nullptr) {
    diags.warning(first_zone->loc,
                  fmt::format("{} firewalled zone{} without an IPv6 range ({}): a boundary "
                              "firewall judges only the zone's own addresses, so it passes "
                              "every IPv6 packet; list the zone's IPv6 prefixes in its cidrs "
                              "(hosts get link-local and SLAAC addresses even where no one "
                              "planned IPv6)",
                              v4_only.size(), v4_only.size() == 1 ? "" : "s", some_names(v4_only)));
  }
}

}  // namespace bulkhead::decision
