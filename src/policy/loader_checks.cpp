// Whole-policy warnings. A selector term that names hosts (by label, by name, or the bare
// word `hosts`) is checked against the inventory; terms made only of zones and CIDRs match
// addresses, not hosts, so an empty one is fine and not reported. The zone of every host
// address is computed once, and hosts are indexed by name and by label value, so a term
// looks only at the hosts that can match it: O(candidates) per term, and a term that
// matches nothing costs the hosts carrying its first positive label (or all hosts when it
// has only negated labels).
#include "policy/loader_checks.h"

#include <algorithm>
#include <map>
#include <unordered_map>

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

/// The inventory, indexed for the selector warnings.
class Inventory {
 public:
  explicit Inventory(const Model& m) : model_(m) {
    zones_.reserve(m.hosts.size());
    for (std::size_t i = 0; i < m.hosts.size(); ++i) {
      const Host& h = m.hosts[i];
      std::vector<const Zone*> zs;
      for (const Addr& a : h.addresses) zs.push_back(zone_of(m, a));
      zones_.push_back(std::move(zs));
      by_name_.emplace(h.name, i);
      for (const auto& [k, v] : h.labels) by_label_[k + '\0' + v].push_back(i);
    }
  }

  /// Whether some inventory host satisfies every condition of the term.
  bool any_matches(const SelectorTerm& t) const {
    if (t.kind != SelectorTerm::Kind::Map) {
      for (std::size_t i = 0; i < model_.hosts.size(); ++i)
        if (matches(t, i)) return true;
      return false;
    }
    if (t.host) {
      auto it = by_name_.find(*t.host);
      return it != by_name_.end() && matches(t, it->second);
    }
    for (const LabelCond& c : t.labels) {
      if (c.negated) continue;
      for (const std::string& v : c.values) {
        auto it = by_label_.find(c.key + '\0' + v);
        if (it == by_label_.end()) continue;
        for (std::size_t i : it->second)
          if (matches(t, i)) return true;
      }
      return false;
    }
    for (std::size_t i = 0; i < model_.hosts.size(); ++i)
      if (matches(t, i)) return true;
    return false;
  }

 private:
  bool matches(const SelectorTerm& t, std::size_t i) const {
    const Host& h = model_.hosts[i];
    const std::vector<const Zone*>& zones = zones_[i];
    switch (t.kind) {
      case SelectorTerm::Kind::Any:
      case SelectorTerm::Kind::Hosts:
        return true;
      case SelectorTerm::Kind::Internet:
        return std::find(zones.begin(), zones.end(), nullptr) != zones.end();
      case SelectorTerm::Kind::Map:
        break;
    }
    if (!labels_match(t.labels, h)) return false;
    if (t.host && *t.host != h.name) return false;
    // Address conditions must hold for one and the same address.
    for (std::size_t a = 0; a < h.addresses.size(); ++a) {
      if (t.zone && (zones[a] == nullptr || zones[a]->name != *t.zone)) continue;
      if (!t.cidrs.empty() && std::none_of(t.cidrs.begin(), t.cidrs.end(), [&](const Prefix& p) {
            return p.contains(h.addresses[a]);
          }))
        continue;
      return true;
    }
    return false;
  }

  const Model& model_;
  std::vector<std::vector<const Zone*>> zones_;  ///< per host, per address
  std::unordered_map<std::string, std::size_t> by_name_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_label_;  ///< "key\0value"
};

void warn_selector(const Model& m, const Inventory& inv, const Selector& s, std::string_view where,
                   Diagnostics& diags) {
  for (const SelectorTerm& t : s.any_of) {
    if (!names_hosts(t) || inv.any_matches(t)) continue;
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

void warn_model(const Model& m, const SourceLoc& management_at, Diagnostics& diags) {
  const Inventory inv(m);
  for (const Rule& r : m.rules) {
    if (!r.origin.baseline.empty()) continue;
    warn_selector(m, inv, r.from, fmt::format("from of rule '{}'", r.name), diags);
    warn_selector(m, inv, r.to, fmt::format("to of rule '{}'", r.name), diags);
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
    warn_selector(m, inv, e.from, fmt::format("from of expect '{}'", e.name), diags);
    warn_selector(m, inv, e.to, fmt::format("to of expect '{}'", e.name), diags);
  }
  if (m.settings.management) {
    warn_selector(m, inv, *m.settings.management, "settings.management", diags);
  } else if (!m.hosts.empty()) {
    diags.warning(management_at,
                  "anti-lockout has no management hosts: settings.management is not set, so no "
                  "host is guaranteed ssh, WinRM and RDP access to the managed hosts");
  }
}

}  // namespace bulkhead::policy::load_detail
