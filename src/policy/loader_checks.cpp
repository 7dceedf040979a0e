// Whole-policy warnings. A selector term that names hosts (by label, by name, or the bare
// word `hosts`) is checked against every inventory host; terms made only of zones and
// CIDRs match addresses, not hosts, so an empty one is fine and not reported. O(terms ×
// hosts × zones) in the worst case, which is small next to the Decision's work.
#include "policy/loader_checks.h"

#include <algorithm>

#include <fmt/format.h>

#include "policy/canonical.h"

namespace bulkhead::policy::load_detail {
namespace {

bool labels_match(const std::vector<LabelCond>& conds, const Host& h) {
  for (const LabelCond& c : conds) {
    auto it = h.labels.find(c.key);
    bool in_values = it != h.labels.end() &&
                     std::find(c.values.begin(), c.values.end(), it->second) != c.values.end();
    if (c.negated == in_values) return false;
  }
  return true;
}

// Terms that select hosts rather than addresses.
bool names_hosts(const SelectorTerm& t) {
  return t.kind == SelectorTerm::Kind::Hosts ||
         (t.kind == SelectorTerm::Kind::Map && (!t.labels.empty() || t.host.has_value()));
}

void warn_selector(const Model& m, const Selector& s, std::string_view where, Diagnostics& diags) {
  for (const SelectorTerm& t : s.any_of) {
    if (!names_hosts(t)) continue;
    bool matched = std::any_of(m.hosts.begin(), m.hosts.end(),
                               [&](const Host& h) { return term_matches_host(t, h, m); });
    if (matched) continue;
    std::string term = selector_term_text(t);
    std::string why = m.hosts.empty() ? " (the policy has no hosts)" : "";
    if (s.any_of.size() == 1) {
      diags.warning(t.loc,
                    fmt::format("selector {} in {} matches no inventory host{}", term, where, why));
    } else {
      diags.warning(t.loc, fmt::format("selector term {} (of {}) in {} matches no inventory "
                                       "host{}",
                                       term, s.text, where, why));
    }
  }
}

}  // namespace

const Zone* zone_of(const Model& m, const Addr& a) {
  const Zone* best = nullptr;
  int best_len = -1;
  for (const Zone& z : m.zones) {
    for (const Prefix& p : z.cidrs) {
      if (p.contains(a) && p.length > best_len) {
        best = &z;
        best_len = p.length;
      }
    }
  }
  return best;
}

bool term_matches_host(const SelectorTerm& t, const Host& h, const Model& m) {
  switch (t.kind) {
    case SelectorTerm::Kind::Any:
    case SelectorTerm::Kind::Hosts:
      return true;
    case SelectorTerm::Kind::Internet:
      return std::any_of(h.addresses.begin(), h.addresses.end(),
                         [&](const Addr& a) { return zone_of(m, a) == nullptr; });
    case SelectorTerm::Kind::Map:
      break;
  }
  if (!labels_match(t.labels, h)) return false;
  if (t.host && *t.host != h.name) return false;
  for (const Addr& a : h.addresses) {
    if (t.zone) {
      const Zone* z = zone_of(m, a);
      if (z == nullptr || z->name != *t.zone) continue;
    }
    if (!t.cidrs.empty() && std::none_of(t.cidrs.begin(), t.cidrs.end(),
                                         [&](const Prefix& p) { return p.contains(a); }))
      continue;
    return true;
  }
  return false;
}

void warn_model(const Model& m, const SourceLoc& management_at, Diagnostics& diags) {
  for (const Rule& r : m.rules) {
    if (!r.origin.baseline.empty()) continue;
    warn_selector(m, r.from, fmt::format("from of rule '{}'", r.name), diags);
    warn_selector(m, r.to, fmt::format("to of rule '{}'", r.name), diags);
    if (r.log != LogMode::True) continue;
    for (const ServiceRef& ref : r.services) {
      std::vector<std::string> loud;
      for (const std::string& n : ref.names) {
        const Service* s = m.find_service(n);
        if (s != nullptr && s->high_volume) loud.push_back("'" + n + "'");
      }
      if (loud.empty()) continue;
      std::string list;
      for (const std::string& n : loud) list += (list.empty() ? "" : ", ") + n;
      diags.warning(ref.loc,
                    fmt::format("rule '{}' has log: true for high-volume service{} {}; the "
                                "endpoint-firewall guidance advises against logging high-volume "
                                "protocols (use log: auto)",
                                r.name, loud.size() == 1 ? "" : "s", list));
    }
  }
  for (const Expect& e : m.expects) {
    warn_selector(m, e.from, fmt::format("from of expect '{}'", e.name), diags);
    warn_selector(m, e.to, fmt::format("to of expect '{}'", e.name), diags);
  }
  if (m.settings.management) {
    warn_selector(m, *m.settings.management, "settings.management", diags);
  } else if (!m.hosts.empty()) {
    diags.warning(management_at,
                  "anti-lockout has no management hosts: settings.management is "
                  "not set, so no host is guaranteed ssh, WinRM and RDP access "
                  "to the managed hosts");
  }
}

}  // namespace bulkhead::policy::load_detail
