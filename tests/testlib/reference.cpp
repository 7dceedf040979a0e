// Reference semantics: a direct reading of spec sections 2 and 3.
#include "testlib/reference.h"

#include <algorithm>

namespace bulkhead::testing {
namespace {

using policy::DefaultAction;
using policy::Enforcement;

// Zone of an address: the zone with the longest CIDR containing it; -1 = internet.
int zone_of(const policy::Model& m, const Addr& a) {
  int best = -1, best_len = -1;
  for (std::size_t z = 0; z < m.zones.size(); ++z)
    for (const Prefix& p : m.zones[z].cidrs)
      if (p.contains(a) && p.length > best_len) {
        best = static_cast<int>(z);
        best_len = p.length;
      }
  return best;
}

int host_of(const policy::Model& m, const Addr& a) {
  for (std::size_t h = 0; h < m.hosts.size(); ++h)
    for (const Addr& x : m.hosts[h].addresses)
      if (x == a) return static_cast<int>(h);
  return -1;
}

bool term_matches(const policy::Model& m, const policy::SelectorTerm& t, const Addr& a) {
  using Kind = policy::SelectorTerm::Kind;
  int host = host_of(m, a);
  int zone = zone_of(m, a);
  switch (t.kind) {
    case Kind::Any:
      return true;
    case Kind::Internet:
      return zone < 0;
    case Kind::Hosts:
      return host >= 0 && (!t.managed_only || m.hosts[host].managed);
    case Kind::Map:
      break;
  }
  for (const policy::LabelCond& c : t.labels) {
    if (host < 0) return false;
    const auto& labels = m.hosts[host].labels;
    auto it = labels.find(c.key);
    bool listed = it != labels.end() &&
                  std::find(c.values.begin(), c.values.end(), it->second) != c.values.end();
    if (c.negated == listed) return false;
  }
  if (!t.hosts.empty() &&
      (host < 0 || std::find(t.hosts.begin(), t.hosts.end(), m.hosts[host].name) == t.hosts.end()))
    return false;
  if (!t.zones.empty()) {
    std::string name = zone < 0 ? "internet" : m.zones[zone].name;
    if (std::find(t.zones.begin(), t.zones.end(), name) == t.zones.end()) return false;
  }
  if (!t.cidrs.empty() &&
      std::none_of(t.cidrs.begin(), t.cidrs.end(), [&](const Prefix& p) { return p.contains(a); }))
    return false;
  return true;
}

bool matches(const policy::Model& m, const policy::Selector& s, const Addr& a) {
  return std::any_of(s.any_of.begin(), s.any_of.end(),
                     [&](const policy::SelectorTerm& t) { return term_matches(m, t, a); });
}

bool service_matches(const policy::Rule& r, const decision::Flow& f) {
  for (const policy::ServiceRef& s : r.services)
    if (s.keys.contains(f.key())) return true;
  return false;
}

// A host's setting: its own key, else the zone of `at` (the address the flow uses there,
// for defaults; the host's first address, for the mode), else the settings' value.
template <typename Get>
auto effective(const policy::Model& m, int host, Get get, decltype(get(m.settings)) fallback,
               const Addr* at = nullptr) {
  const policy::Host& h = m.hosts[host];
  if (auto v = get(h)) return *v;
  int z = at != nullptr         ? zone_of(m, *at)
          : h.addresses.empty() ? -1
                                : zone_of(m, h.addresses.front());
  if (z >= 0)
    if (auto v = get(m.zones[z])) return *v;
  return fallback;
}

}  // namespace

ReferenceVerdict reference_query(const policy::Model& model, const decision::Flow& f) {
  // The management selector's anti-lockout rule, appended after every other rule.
  policy::Model m = model;
  bool has_anti_lockout = std::any_of(m.rules.begin(), m.rules.end(), [](const policy::Rule& r) {
    return r.origin.baseline == "anti-lockout";
  });
  if (m.settings.management && !has_anti_lockout) {
    policy::Rule r;
    r.name = "anti-lockout/management";
    r.action = policy::Action::Allow;
    r.origin = {"anti-lockout", "management"};
    r.from = *m.settings.management;
    policy::SelectorTerm to;
    to.kind = policy::SelectorTerm::Kind::Hosts;
    to.managed_only = true;
    r.to = policy::Selector{{to}, {}, "managed-hosts"};
    for (const char* n : {"ssh", "winrm-http", "winrm-https", "rdp"})
      if (const policy::Service* s = m.find_service(n))
        r.services.push_back({n, {n}, s->keys(), {}});
    m.rules.push_back(r);
  }

  ReferenceVerdict v;
  for (const policy::Rule& r : m.rules) {
    if (!matches(m, r.from, f.src) || !matches(m, r.to, f.dst) || !service_matches(r, f)) continue;
    decision::Tier t = decision::tier_of(r.action);
    if (t > v.tier) {
      v.tier = t;
      v.rule = r.name;
    }
  }

  int src_host = host_of(m, f.src), dst_host = host_of(m, f.dst);
  int src_zone = zone_of(m, f.src), dst_zone = zone_of(m, f.dst);
  auto mode_of_zone = [&](int z) {
    return z >= 0 && m.zones[z].enforcement ? *m.zones[z].enforcement : m.settings.enforcement;
  };
  auto permits = [&](DefaultAction d, Enforcement e) {
    if (e == Enforcement::Audit) return true;
    return v.tier == decision::Tier::Allow ||
           (v.tier == decision::Tier::None && d == DefaultAction::Allow);
  };
  auto get_in = [](const auto& x) { return x.default_inbound; };
  auto get_out = [](const auto& x) { return x.default_outbound; };
  auto get_mode = [](const auto& x) { return x.enforcement; };

  v.reachable = true;
  bool would_allow = true;  // every point that would see it, all hosts managed, defaults allow
  if (src_host >= 0) {
    DefaultAction out = effective(m, src_host, get_out, m.settings.default_outbound, &f.src);
    if (m.hosts[src_host].managed &&
        !permits(out, effective(m, src_host, get_mode, m.settings.enforcement)))
      v.reachable = false;
    if (out != DefaultAction::Allow) would_allow = false;
  }
  if (dst_host >= 0) {
    DefaultAction in = effective(m, dst_host, get_in, m.settings.default_inbound, &f.dst);
    if (m.hosts[dst_host].managed &&
        !permits(in, effective(m, dst_host, get_mode, m.settings.enforcement)))
      v.reachable = false;
    if (in != DefaultAction::Allow) would_allow = false;
  }
  for (int z = 0; z < static_cast<int>(m.zones.size()); ++z) {
    if (!m.zones[z].firewall) continue;
    if ((src_zone == z) == (dst_zone == z)) continue;  // exactly one end in Z
    if (!permits(DefaultAction::Deny, mode_of_zone(z))) v.reachable = false;
    would_allow = false;
  }
  v.intended = v.tier == decision::Tier::Allow || (v.tier == decision::Tier::None && would_allow);
  return v;
}

}  // namespace bulkhead::testing
