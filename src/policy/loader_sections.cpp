// The readers of the top-level sections: zones, hosts, services, settings, rules, expect
// and baselines. Each element is read key by key; a bad key is reported and skipped, and
// an element whose name is valid is kept even when another key is bad, so that later
// references to it do not cascade into "unknown" errors (the load fails all the same).
#include "policy/loader_sections.h"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "policy/catalog.h"
#include "policy/loader_selector.h"
#include "policy/loader_values.h"

namespace bulkhead::policy::load_detail {
namespace {

const std::vector<std::string_view> kDefaults = {"deny", "allow"};
const std::vector<std::string_view> kEnforcements = {"enforce", "audit"};

// Reads the `name` of an element and checks that it is valid and not taken; on success,
// later messages about the element name it.
std::optional<std::string> get_element_name(const Reader& r, MapView& mv, std::string_view kind,
                                            std::map<std::string, SourceLoc>& seen) {
  const Field* f = mv.require("name");
  if (f == nullptr) return std::nullopt;
  std::optional<std::string> name = get_text(r, f->value, "name", "a name");
  if (!name || !check_name(r, f->value.loc, *name, kind)) return std::nullopt;
  mv.set_what(fmt::format("{} '{}'", kind, *name));
  auto [it, fresh] = seen.emplace(*name, mv.loc());
  if (!fresh) {
    r.error(f->value.loc, fmt::format("duplicate {} name '{}' (first defined at {})", kind, *name,
                                      it->second.str()));
    return std::nullopt;
  }
  return name;
}

// "host 'web'", or just "host" when the element has no usable name.
std::string display(const MapView& mv, std::string_view kind) {
  const Field* f = mv.find("name");
  if (f != nullptr && f->value.node.is_scalar() && !f->value.node.scalar().empty()) {
    return fmt::format("{} '{}'", kind, f->value.node.scalar());
  }
  return std::string(kind);
}

std::optional<DefaultAction> get_default(const Reader& r, const Field* f) {
  if (f == nullptr) return std::nullopt;
  std::optional<std::string> v = get_choice(r, f->value, f->key, kDefaults);
  if (!v) return std::nullopt;
  return *v == "allow" ? DefaultAction::Allow : DefaultAction::Deny;
}

std::optional<Enforcement> get_enforcement(const Reader& r, const Field* f) {
  if (f == nullptr) return std::nullopt;
  std::optional<std::string> v = get_choice(r, f->value, f->key, kEnforcements);
  if (!v) return std::nullopt;
  return *v == "audit" ? Enforcement::Audit : Enforcement::Enforce;
}

void read_description(const Reader& r, const MapView& mv, std::string* out) {
  if (const Field* f = mv.find("description")) {
    std::optional<std::string> text = get_text(r, f->value, "description");
    if (text && out != nullptr) *out = *text;
  }
}

// `purpose: NAME` or `purpose: [NAME, ...]`, each of the closed vocabulary purpose_names()
// (docs/policy.md "Zone and host purposes"); an unknown value names the closest one.
std::vector<std::string> read_purposes(const Reader& r, const MapView& mv, const std::string& who) {
  std::vector<std::string> out;
  const Field* f = mv.find("purpose");
  if (f == nullptr) return out;
  std::vector<Value> items;
  if (f->value.node.is_sequence()) {
    std::optional<std::vector<Value>> list = get_list(r, f->value, "purpose");
    if (list) items = *list;
    if (list && list->empty()) r.error(f->value.loc, fmt::format("empty purpose list for {}", who));
  } else {
    items.push_back(f->value);
  }
  const std::vector<std::string>& names = purpose_names();
  for (const Value& v : items) {
    std::optional<std::string> text = get_text(r, v, "purpose", "a purpose");
    if (!text) continue;
    if (std::find(names.begin(), names.end(), *text) == names.end()) {
      std::optional<std::string> near = closest(*text, names);
      r.error(v.loc, near ? fmt::format("unknown purpose '{}' for {} (did you mean '{}'?)", *text,
                                        who, *near)
                          : fmt::format("unknown purpose '{}' for {} (expected one of {})", *text,
                                        who, fmt::join(names, ", ")));
      continue;
    }
    if (std::find(out.begin(), out.end(), *text) != out.end()) {
      r.error(v.loc, fmt::format("purpose '{}' given twice for {}", *text, who));
      continue;
    }
    out.push_back(*text);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// A list of elements of one section; an empty section (`rules:`) is an empty list.
std::vector<Value> section_items(const Reader& r, const Value& section, std::string_view name) {
  std::optional<std::vector<Value>> items = get_list(r, section, name, /*null_ok=*/true);
  return items ? *items : std::vector<Value>{};
}

void read_zone_cidrs(const Reader& r, const MapView& mv, const std::string& who, Zone& z,
                     FirstSeen& seen) {
  const Field* f = mv.require("cidrs");
  if (f == nullptr) return;
  std::optional<std::vector<Value>> items = get_list(r, f->value, "cidrs");
  if (!items) return;
  if (items->empty()) {
    r.error(f->value.loc,
            fmt::format("empty list for cidrs of {} (expected at least one CIDR)", who));
    return;
  }
  for (const Value& item : *items) {
    std::optional<Prefix> p = get_cidr(r, item, "cidrs");
    if (!p) continue;
    auto [it, fresh] = seen.zone_cidrs.emplace(*p, std::make_pair(who, item.loc));
    if (!fresh) {
      const auto& [owner, at] = it->second;
      if (owner == who) {
        r.error(item.loc,
                fmt::format("CIDR {} listed twice in {} (first at {})", p->str(), who, at.str()));
      } else {
        r.error(item.loc, fmt::format("CIDR {} of {} is also a CIDR of {} (at {}); overlapping "
                                      "CIDRs of equal length in two zones are not allowed",
                                      p->str(), who, owner, at.str()));
      }
      continue;
    }
    z.cidrs.push_back(*p);
  }
}

void read_host_addresses(const Reader& r, const MapView& mv, const std::string& who, Host& h,
                         FirstSeen& seen) {
  const Field* one = mv.find("address");
  const Field* many = mv.find("addresses");
  if (one != nullptr && many != nullptr) {
    const Field* second = one->key_loc < many->key_loc ? many : one;
    r.error(second->key_loc,
            fmt::format("{} has both address and addresses (expected exactly one of them)", who));
    return;
  }
  if (one == nullptr && many == nullptr) {
    r.error(mv.loc(), fmt::format("{} is missing required key 'address' (or 'addresses' for "
                                  "several)",
                                  who));
    return;
  }
  std::vector<Value> items;
  if (one != nullptr) {
    if (one->value.node.is_sequence()) {
      r.error(one->value.loc, fmt::format("expected one address for address of {}, found a list "
                                          "(use addresses: for several)",
                                          who));
      return;
    }
    items.push_back(one->value);
  } else {
    std::optional<std::vector<Value>> list = get_list(r, many->value, "addresses");
    if (!list) return;
    if (list->empty()) {
      r.error(many->value.loc,
              fmt::format("empty list for addresses of {} (expected at least one address)", who));
      return;
    }
    items = *list;
  }
  for (const Value& item : items) {
    std::optional<Addr> a = get_address(r, item, who);
    if (!a) continue;
    auto [it, fresh] = seen.host_addrs.emplace(*a, std::make_pair(who, item.loc));
    if (!fresh) {
      const auto& [owner, at] = it->second;
      if (owner == who) {
        r.error(item.loc, fmt::format("address {} listed twice for {} (first at {})", a->str(), who,
                                      at.str()));
      } else {
        r.error(item.loc, fmt::format("address {} of {} is already the address of {} (at {}); two "
                                      "hosts may not share an address",
                                      a->str(), who, owner, at.str()));
      }
      continue;
    }
    h.addresses.push_back(*a);
  }
}

void read_host_labels(const Reader& r, const Field& f, const std::string& who, Host& h) {
  if (f.value.node.is_null()) return;
  if (!f.value.node.is_map()) {
    r.error(f.value.loc,
            fmt::format("expected a map for labels of {}, found {}", who, describe(f.value.node)));
    return;
  }
  std::map<std::string, SourceLoc> first;
  for (std::size_t i = 0; i < f.value.node.size(); ++i) {
    const yaml::Node key_node = f.value.node.key(i);
    const yaml::Node value_node = f.value.node.value(i);
    SourceLoc key_loc = r.loc(key_node);
    if (!key_node.is_scalar()) {
      r.error(key_loc, fmt::format("expected a label name in labels of {}, found {}", who,
                                   describe(key_node)));
      continue;
    }
    std::string key = key_node.scalar();
    if (!check_label_key(r, key_loc, key)) continue;
    auto [at, fresh] = first.emplace(key, key_loc);
    if (!fresh) {
      r.error(key_loc,
              fmt::format("duplicate label '{}' of {} (first at {})", key, who, at->second.str()));
      continue;
    }
    Value v{value_node, value_node.is_null() ? key_loc : r.loc(value_node)};
    std::string what = fmt::format("label '{}' of {}", key, who);
    std::optional<std::string> value = get_text(r, v, what, "a single value");
    if (!value) continue;
    if (value->empty()) {
      r.error(v.loc, fmt::format("empty value for {}", what));
      continue;
    }
    if (value->front() == '!') {
      r.error(v.loc, fmt::format("value '{}' of {} starts with '!', which selectors read as "
                                 "negation",
                                 *value, what));
      continue;
    }
    h.labels[key] = *value;  // as written: `version: 1.10` stays "1.10"
  }
}

// The parts a rule and an expectation share: from, to, services.
struct FlowSpec {
  std::optional<Selector> from, to;
  std::optional<std::vector<ServiceRef>> services;
  bool ok() const { return from && to && services; }
};

FlowSpec read_flow_spec(const Reader& r, const MapView& mv, const Model& m, const Names& names) {
  FlowSpec spec;
  if (const Field* f = mv.require("from")) spec.from = get_selector(r, f->value, "from", names);
  if (const Field* f = mv.require("to")) spec.to = get_selector(r, f->value, "to", names);
  if (const Field* f = mv.require("services")) spec.services = get_service_refs(r, f->value, m);
  return spec;
}

}  // namespace

void read_zones(const Reader& r, const Value& section, Model& m, FirstSeen& seen) {
  for (const Value& item : section_items(r, section, "zones")) {
    MapView mv(r, item, "zone",
               {"name", "cidrs", "firewall", "default_inbound", "default_outbound", "enforcement",
                "purpose", "description"});
    if (!mv.ok()) continue;
    Zone z;
    z.loc = mv.loc();
    const Field* name_field = mv.find("name");
    if (name_field != nullptr && name_field->value.node.is_scalar() &&
        name_field->value.node.scalar() == "internet") {
      r.error(name_field->value.loc,
              "zone name 'internet' is reserved (the built-in zone of "
              "every address no zone claims)");
    }
    // A zone without a usable name is still read, for its other errors, but not kept.
    std::optional<std::string> name;
    if (name_field == nullptr || !name_field->value.node.is_scalar() ||
        name_field->value.node.scalar() != "internet") {
      name = get_element_name(r, mv, "zone", seen.zones);
    }
    if (name) z.name = *name;
    read_zone_cidrs(r, mv, display(mv, "zone"), z, seen);
    if (const Field* f = mv.find("firewall")) {
      if (std::optional<bool> b = get_bool(r, f->value, "firewall")) z.firewall = *b;
    }
    z.default_inbound = get_default(r, mv.find("default_inbound"));
    z.default_outbound = get_default(r, mv.find("default_outbound"));
    z.enforcement = get_enforcement(r, mv.find("enforcement"));
    z.purposes = read_purposes(r, mv, display(mv, "zone"));
    read_description(r, mv, &z.description);
    if (name) m.zones.push_back(std::move(z));
  }
}

void read_hosts(const Reader& r, const Value& section, Model& m, FirstSeen& seen) {
  for (const Value& item : section_items(r, section, "hosts")) {
    MapView mv(r, item, "host",
               {"name", "address", "addresses", "labels", "managed", "default_inbound",
                "default_outbound", "enforcement", "purpose", "description"});
    if (!mv.ok()) continue;
    Host h;
    h.loc = mv.loc();
    std::optional<std::string> name = get_element_name(r, mv, "host", seen.hosts);
    if (name) h.name = *name;
    std::string who = display(mv, "host");
    read_host_addresses(r, mv, who, h, seen);
    if (const Field* f = mv.find("labels")) read_host_labels(r, *f, who, h);
    if (const Field* f = mv.find("managed")) {
      if (std::optional<bool> b = get_bool(r, f->value, "managed")) h.managed = *b;
    }
    h.default_inbound = get_default(r, mv.find("default_inbound"));
    h.default_outbound = get_default(r, mv.find("default_outbound"));
    h.enforcement = get_enforcement(r, mv.find("enforcement"));
    h.purposes = read_purposes(r, mv, who);
    read_description(r, mv, &h.description);
    if (name) m.hosts.push_back(std::move(h));
  }
}

void read_services(const Reader& r, const Value& section, Model& m, FirstSeen& seen) {
  for (const Value& item : section_items(r, section, "services")) {
    MapView mv(r, item, "service",
               {"name", "ports", "description", "log", "attack", "high_volume"});
    if (!mv.ok()) continue;
    const Field* name_field = mv.find("name");
    bool reserved = false;
    if (name_field != nullptr && name_field->value.node.is_scalar()) {
      const std::string& n = name_field->value.node.scalar();
      const Service* builtin = nullptr;
      for (const Service& s : builtin_services())
        if (s.name == n) builtin = &s;
      std::string why;
      if (builtin != nullptr) {
        why = fmt::format(
            "service '{}' is built in (custom services may not reuse a built-in "
            "name; `bulkhead services` lists them)",
            n);
      } else if (find_group(n) != nullptr) {
        why = fmt::format(
            "service name '{}' is a built-in service group (custom services may "
            "not reuse it)",
            n);
      } else if (n == "any" || n == "icmp") {
        why = fmt::format("service name '{}' is reserved for the inline service", n);
      }
      if (!why.empty()) {
        r.error(name_field->value.loc, why);
        reserved = true;
      }
    }
    Service s;
    s.loc = mv.loc();
    std::optional<std::string> name;
    if (!reserved) name = get_element_name(r, mv, "service", seen.services);
    if (name) s.name = *name;
    if (const Field* f = mv.require("ports")) {
      if (std::optional<std::vector<Value>> ports = get_list(r, f->value, "ports")) {
        if (ports->empty()) {
          r.error(f->value.loc, fmt::format("empty list for ports of {} (expected at least one, "
                                            "such as tcp/8443)",
                                            display(mv, "service")));
        }
        for (const Value& p : *ports) {
          if (std::optional<PortRange> pr = get_port_range(r, p, "ports")) s.ports.push_back(*pr);
        }
      }
    }
    if (const Field* f = mv.find("attack")) {
      if (std::optional<std::vector<Value>> ids = get_list(r, f->value, "attack")) {
        for (const Value& id : *ids) {
          std::optional<std::string> text = get_text(r, id, "attack", "an ATT&CK technique ID");
          if (!text) continue;
          if (!valid_technique(*text)) {
            r.error(id.loc, fmt::format("invalid ATT&CK technique ID '{}' (expected T1234 or "
                                        "T1234.001)",
                                        *text));
            continue;
          }
          s.attack.push_back(*text);
        }
      }
    }
    if (const Field* f = mv.find("log")) {
      if (std::optional<bool> b = get_bool(r, f->value, "log")) s.log = *b;
    }
    if (const Field* f = mv.find("high_volume")) {
      if (std::optional<bool> b = get_bool(r, f->value, "high_volume")) s.high_volume = *b;
    }
    read_description(r, mv, &s.description);
    if (name) m.services.push_back(std::move(s));
  }
}

void read_settings(const Reader& r, const Value& section, const SourceLoc& at, Model& m) {
  Settings& st = m.settings;
  st.loc = at;
  if (section.node.is_null()) return;
  MapView mv(r, section, "settings",
             {"default_inbound", "default_outbound", "log_rate", "management", "enforcement"});
  if (!mv.ok()) return;
  if (auto d = get_default(r, mv.find("default_inbound"))) st.default_inbound = *d;
  if (auto d = get_default(r, mv.find("default_outbound"))) st.default_outbound = *d;
  if (const Field* f = mv.find("log_rate")) {
    if (std::optional<LogRate> lr = get_log_rate(r, f->value)) st.log_rate = *lr;
  }
  if (const Field* f = mv.find("management")) {
    st.management = get_selector(r, f->value, "settings.management", Names::of(m));
  }
  if (auto e = get_enforcement(r, mv.find("enforcement"))) st.enforcement = *e;
}

void read_rules(const Reader& r, const Value& section, Model& m, FirstSeen& seen) {
  const Names names = Names::of(m);
  for (const Value& item : section_items(r, section, "rules")) {
    MapView mv(r, item, "rule", {"name", "action", "from", "to", "services", "log", "description"});
    if (!mv.ok()) continue;
    Rule rule;
    rule.loc = mv.loc();
    std::optional<std::string> name = get_element_name(r, mv, "rule", seen.rules);
    bool ok = name.has_value();
    if (name) rule.name = *name;
    if (const Field* f = mv.require("action")) {
      std::optional<std::string> a =
          get_choice(r, f->value, "action", {"allow", "deny", "override-deny"});
      ok = ok && a.has_value();
      if (a) {
        rule.action = *a == "allow"  ? Action::Allow
                      : *a == "deny" ? Action::Deny
                                     : Action::OverrideDeny;
      }
    } else {
      ok = false;
    }
    FlowSpec spec = read_flow_spec(r, mv, m, names);
    if (const Field* f = mv.find("log")) {
      std::optional<std::string> l = get_choice(r, f->value, "log", {"true", "false", "auto"});
      ok = ok && l.has_value();
      if (l)
        rule.log = *l == "true" ? LogMode::True : *l == "false" ? LogMode::False : LogMode::Auto;
    }
    read_description(r, mv, &rule.description);
    if (!ok || !spec.ok()) continue;
    rule.from = std::move(*spec.from);
    rule.to = std::move(*spec.to);
    rule.services = std::move(*spec.services);
    m.rules.push_back(std::move(rule));
  }
}

void read_expects(const Reader& r, const Value& section, Model& m, FirstSeen& seen) {
  const Names names = Names::of(m);
  for (const Value& item : section_items(r, section, "expect")) {
    MapView mv(r, item, "expect", {"name", "from", "to", "services", "verdict", "description"});
    if (!mv.ok()) continue;
    Expect e;
    e.loc = mv.loc();
    std::optional<std::string> name = get_element_name(r, mv, "expect", seen.expects);
    bool ok = name.has_value();
    if (name) e.name = *name;
    FlowSpec spec = read_flow_spec(r, mv, m, names);
    if (const Field* f = mv.require("verdict")) {
      std::optional<std::string> v = get_choice(r, f->value, "verdict", {"blocked", "reachable"});
      ok = ok && v.has_value();
      if (v) e.verdict = *v == "blocked" ? ExpectVerdict::Blocked : ExpectVerdict::Reachable;
    } else {
      ok = false;
    }
    read_description(r, mv, &e.description);
    if (!ok || !spec.ok()) continue;
    e.from = std::move(*spec.from);
    e.to = std::move(*spec.to);
    e.services = std::move(*spec.services);
    m.expects.push_back(std::move(e));
  }
}

void read_baselines(const Reader& r, const Value& section, Model& m, FirstSeen& seen) {
  for (const Value& item : section_items(r, section, "baselines")) {
    std::optional<std::string> name = get_text(r, item, "baselines", "a baseline name");
    if (!name) continue;
    if (find_baseline(*name) == nullptr) {
      std::vector<std::string_view> known;
      for (const Baseline& b : builtin_baselines()) known.push_back(b.name);
      r.error(item.loc, fmt::format("unknown baseline '{}' (expected {})", *name,
                                    quoted_choices(known, " or ")));
      continue;
    }
    auto [it, fresh] = seen.baselines.emplace(*name, item.loc);
    if (!fresh) {
      r.error(item.loc,
              fmt::format("baseline '{}' listed twice (first at {})", *name, it->second.str()));
      continue;
    }
    m.baselines.push_back(BaselineRef{*name, item.loc});
  }
}

}  // namespace bulkhead::policy::load_detail
