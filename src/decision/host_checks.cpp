// What a real machine needs that a policy may forget (see host_checks.h).
#include "decision/host_checks.h"

#include <map>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "policy/canonical.h"

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

/// A selector for the management hosts when the inventory has an obvious one: the most
/// used label value that names jump hosts, bastions or admin workstations, else a zone so
/// named that holds hosts. Empty when there is none.
std::string management_hint(const Decision& d) {
  static const std::set<std::string> kWords{"jump",       "jumphost", "jump-host",
                                            "bastion",    "admin",    "mgmt",
                                            "management", "paw",      "admin-workstation"};
  const policy::Model& m = d.model();
  std::map<std::pair<std::string, std::string>, int> uses;
  for (const policy::Host& h : m.hosts)
    for (const auto& [k, v] : h.labels)
      if (kWords.count(v) != 0) ++uses[{k, v}];
  const std::pair<std::string, std::string>* best = nullptr;
  int most = 0;
  for (const auto& [kv, n] : uses) {
    if (n > most) {
      most = n;
      best = &kv;
    }
  }
  if (best != nullptr) {
    return fmt::format("{{{}: {}}}", policy::yaml_scalar(best->first),
                       policy::yaml_scalar(best->second));
  }
  for (const policy::Zone& z : m.zones) {
    if (kWords.count(z.name) == 0) continue;
    const std::int32_t zi = d.find_zone(z.name);
    for (const policy::Host& h : m.hosts)
      for (const Addr& a : h.addresses)
        if (static_cast<std::int32_t>(d.atom_of(a).zone) == zi)
          return fmt::format("{{zone: {}}}", policy::yaml_scalar(z.name));
  }
  return "";
}

void check_management(const Decision& d, Diagnostics& diags) {
  const policy::Model& m = d.model();
  if (m.settings.management || m.hosts.empty()) return;
  std::string hint = management_hint(d);
  diags.warning(
      m.settings.loc.line > 0 ? m.settings.loc : m.hosts.front().loc,
      "anti-lockout has no management hosts: settings.management is not set, so no "
      "host is guaranteed ssh, WinRM and RDP access to the managed hosts" +
          (hint.empty() ? std::string()
                        : fmt::format("; for example settings: {{management: {}}}", hint)));
}

/// Hosts whose addresses lie in several zones: each address takes its own zone's
/// defaults and sits behind its own zone's firewall, which the engineer may not expect.
void check_multi_zone_hosts(const Decision& d, Diagnostics& diags) {
  const policy::Model& m = d.model();
  std::vector<std::string> hosts;
  const policy::Host* first = nullptr;
  for (std::uint32_t h = 0; h < m.hosts.size(); ++h) {
    std::set<std::string> zones;
    for (const Addr& a : m.hosts[h].addresses) zones.insert(d.zones()[d.atom_of(a).zone].name);
    if (zones.size() < 2) continue;
    std::string list;
    for (const std::string& z : zones) list += (list.empty() ? "" : ", ") + z;
    hosts.push_back(fmt::format("{} in {}", m.hosts[h].name, list));
    if (first == nullptr) first = &m.hosts[h];
  }
  if (first == nullptr) return;
  diags.warning(first->loc,
                fmt::format("{} host{} with addresses in several zones ({}): each address takes "
                            "the defaults of its own zone and passes that zone's firewall",
                            hosts.size(), hosts.size() == 1 ? "" : "s", some_names(hosts)));
}

/// A zone's `default_inbound`/`default_outbound` only sets the firewall defaults of the
/// hosts whose addresses lie in the zone (and that have no default of their own); with no
/// such host it changes nothing. A firewalled zone's boundary always denies what no rule
/// allows, whatever these keys say.
void check_idle_zone_defaults(const Decision& d, Diagnostics& diags) {
  const policy::Model& m = d.model();
  for (std::uint32_t zi = 1; zi < d.zones().size(); ++zi) {
    const policy::Zone* z = d.zones()[zi].zone;
    if (z == nullptr) continue;
    for (bool in : {true, false}) {
      const std::optional<DefaultAction>& set = in ? z->default_inbound : z->default_outbound;
      if (!set) continue;
      bool used = false;
      for (const policy::Host& h : m.hosts) {
        if ((in ? h.default_inbound : h.default_outbound).has_value()) continue;
        for (const Addr& a : h.addresses) used = used || d.atom_of(a).zone == zi;
      }
      if (used) continue;
      const char* key = in ? "default_inbound" : "default_outbound";
      std::string firewall =
          z->firewall ? fmt::format(
                            "; the zone's firewall denies every flow across its boundary that no "
                            "rule allows: write an allow rule, e.g. from {{zone: {}}} to internet",
                            policy::yaml_scalar(z->name))
                      : "";
      diags.warning(z->loc, fmt::format("zone '{}' sets {}: {}, which changes nothing: zone "
                                        "defaults apply to the firewalls of hosts whose addresses "
                                        "lie in the zone, and it has no such host{}",
                                        z->name, key, policy::default_name(*set), firewall));
    }
  }
}

}  // namespace

void check_host_needs(const Decision& d, Diagnostics& diags) {
  const policy::Model& m = d.model();
  check_management(d, diags);
  check_multi_zone_hosts(d, diags);
  check_idle_zone_defaults(d, diags);

  // A deny default without host-essentials.
  if (!has_baseline(m, "host-essentials")) {
    std::vector<std::string> hosts;
    const policy::Host* first = nullptr;
    for (std::uint32_t h = 0; h < m.hosts.size(); ++h) {
      if (!m.hosts[h].managed) continue;
      bool deny =
          d.host_inbound(h) == DefaultAction::Deny || d.host_outbound(h) == DefaultAction::Deny;
      for (std::uint32_t c : d.host_classes(h))
        deny = deny || d.classes()[c].in == DefaultAction::Deny ||
               d.classes()[c].out == DefaultAction::Deny;
      if (!deny) continue;
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
