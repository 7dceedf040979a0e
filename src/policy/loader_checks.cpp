// Whole-policy warnings. A selector term that names hosts (by label, by name, or the bare
// word `hosts`) is checked against the inventory; terms made only of zones and CIDRs match
// addresses, not hosts, so an empty one is fine and not reported. The zone of every host
// address is computed once, and hosts are indexed by name and by label value, so a term
// looks only at the hosts that can match it: O(candidates) per term, and a term that
// matches nothing costs the hosts carrying its first positive label (or all hosts when it
// has only negated labels). A term that matches nothing names the closest existing label
// key or value, zone or host that would make it match (edit distance at most 2).
#include "policy/loader_checks.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "base/text.h"
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
         (t.kind == SelectorTerm::Kind::Map && (!t.labels.empty() || !t.hosts.empty()));
}

/// The inventory, indexed for the selector warnings. Built on every load (100,000 hosts:
/// no allocation per label); the label values for suggestions and each host's zones are
/// computed only when a term needs them.
class Inventory {
 public:
  explicit Inventory(const Model& m) : model_(m), zones_(m.hosts.size()), zoned_(m.hosts.size()) {
    by_name_.reserve(m.hosts.size());
    for (std::size_t i = 0; i < m.hosts.size(); ++i) {
      const Host& h = m.hosts[i];
      by_name_.emplace(h.name, i);
      for (const auto& [k, v] : h.labels) by_label_[k][v].push_back(i);
    }
  }

  /// For a term that matches no host: the closest existing value (a label key or value, a
  /// zone or a host name) that, put in place of the one written, makes it match a host.
  std::optional<std::string> suggestion(const SelectorTerm& t) const {
    if (t.kind != SelectorTerm::Kind::Map) return std::nullopt;
    // Label key → values, sorted (rare: only for a term that matches nothing).
    std::map<std::string, std::set<std::string>> values;
    for (const auto& [k, vs] : by_label_)
      for (const auto& [v, hosts] : vs) values[std::string(k)].emplace(v);
    auto candidates = [](const auto& set, std::string_view skip) {
      std::vector<std::string> out;
      for (const auto& x : set)
        if (x != skip) out.emplace_back(x);
      return out;
    };
    for (std::size_t i = 0; i < t.labels.size(); ++i) {
      const LabelCond& c = t.labels[i];
      if (values.count(c.key) == 0) {
        std::vector<std::string> keys;
        for (const auto& [k, vs] : values) keys.push_back(k);
        std::optional<std::string> near = closest_word(c.key, keys);
        if (!near) continue;
        SelectorTerm u = t;
        u.labels[i].key = *near;
        if (any_matches(u)) return near;
        continue;
      }
      if (c.negated) continue;
      for (std::size_t v = 0; v < c.values.size(); ++v) {
        const std::set<std::string>& known = values.at(c.key);
        if (known.count(c.values[v]) != 0) continue;
        std::optional<std::string> near = closest_word(c.values[v], candidates(known, ""));
        if (!near) continue;
        SelectorTerm u = t;
        u.labels[i].values = {*near};
        if (any_matches(u)) return near;
      }
    }
    auto swap_name =
        [&](const std::vector<std::string>& written, const std::vector<std::string>& names,
            std::vector<std::string> SelectorTerm::*field) -> std::optional<std::string> {
      for (const std::string& w : written) {
        std::optional<std::string> near = closest_word(w, candidates(names, w));
        if (!near) continue;
        SelectorTerm u = t;
        u.*field = {*near};
        if (any_matches(u)) return near;
      }
      return std::nullopt;
    };
    std::vector<std::string> zone_names{"internet"};
    for (const Zone& z : model_.zones) zone_names.push_back(z.name);
    if (auto z = swap_name(t.zones, zone_names, &SelectorTerm::zones)) return z;
    std::vector<std::string> host_names;
    for (const Host& h : model_.hosts) host_names.push_back(h.name);
    return swap_name(t.hosts, host_names, &SelectorTerm::hosts);
  }

  /// Whether some inventory host satisfies every condition of the term.
  bool any_matches(const SelectorTerm& t) const {
    if (t.kind != SelectorTerm::Kind::Map) {
      for (std::size_t i = 0; i < model_.hosts.size(); ++i)
        if (matches(t, i)) return true;
      return false;
    }
    if (!t.hosts.empty()) {
      for (const std::string& name : t.hosts) {
        auto it = by_name_.find(name);
        if (it != by_name_.end() && matches(t, it->second)) return true;
      }
      return false;
    }
    for (const LabelCond& c : t.labels) {
      if (c.negated) continue;
      auto key = by_label_.find(c.key);
      if (key == by_label_.end()) return false;
      for (const std::string& v : c.values) {
        auto it = key->second.find(v);
        if (it == key->second.end()) continue;
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
    switch (t.kind) {
      case SelectorTerm::Kind::Any:
      case SelectorTerm::Kind::Hosts:
        return true;
      case SelectorTerm::Kind::Internet: {
        const std::vector<const Zone*>& zones = zones_of(i);
        return std::find(zones.begin(), zones.end(), nullptr) != zones.end();
      }
      case SelectorTerm::Kind::Map:
        break;
    }
    if (!labels_match(t.labels, h)) return false;
    if (!t.hosts.empty() && std::find(t.hosts.begin(), t.hosts.end(), h.name) == t.hosts.end())
      return false;
    // Address conditions must hold for one and the same address.
    const std::vector<const Zone*>& zones = zones_of(i);
    for (std::size_t a = 0; a < h.addresses.size(); ++a) {
      std::string_view zone = zones[a] == nullptr ? "internet" : std::string_view(zones[a]->name);
      if (!t.zones.empty() && std::find(t.zones.begin(), t.zones.end(), zone) == t.zones.end())
        continue;
      if (!t.cidrs.empty() && std::none_of(t.cidrs.begin(), t.cidrs.end(), [&](const Prefix& p) {
            return p.contains(h.addresses[a]);
          }))
        continue;
      return true;
    }
    return false;
  }

  // The zone of each of host i's addresses (null: the internet), on first use.
  const std::vector<const Zone*>& zones_of(std::size_t i) const {
    if (!zoned_[i]) {
      for (const Addr& a : model_.hosts[i].addresses) zones_[i].push_back(zone_of(model_, a));
      zoned_[i] = true;
    }
    return zones_[i];
  }

  const Model& model_;
  mutable std::vector<std::vector<const Zone*>> zones_;  ///< per host, per address
  mutable std::vector<bool> zoned_;
  std::unordered_map<std::string_view, std::size_t> by_name_;
  /// Label key → value → hosts (views into the model's labels).
  std::unordered_map<std::string_view,
                     std::unordered_map<std::string_view, std::vector<std::size_t>>>
      by_label_;
};

void warn_selector(const Model& m, const Inventory& inv, const Selector& s, std::string_view where,
                   Diagnostics& diags) {
  for (const SelectorTerm& t : s.any_of) {
    if (!names_hosts(t) || inv.any_matches(t)) continue;
    std::string term = selector_term_text(t);
    std::string why = m.hosts.empty() ? " (the policy has no hosts)" : "";
    if (std::optional<std::string> near = inv.suggestion(t))
      why = fmt::format("; did you mean {}?", *near);
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

void warn_model(const Model& m, Diagnostics& diags) {
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
  // A missing settings.management is reported by `validate`, `render` and `apply` only
  // (decision/host_checks.cpp), not by every read-only command.
  if (m.settings.management)
    warn_selector(m, inv, *m.settings.management, "settings.management", diags);
}

}  // namespace bulkhead::policy::load_detail
