// Selectors and service lists from YAML (spec sections 2 and 4). A selector is parsed
// term by term; each term is a bare word or a map whose keys are `host`, `zone`, `cidr`
// (reserved, parsed specially) or label names. Every bad part is reported, and the
// selector's canonical text is built from the parsed terms (canonical.h).
#include "policy/loader_selector.h"

#include <algorithm>

#include <fmt/format.h>

#include "policy/canonical.h"
#include "policy/catalog.h"
#include "policy/loader_values.h"

namespace bulkhead::policy::load_detail {
namespace {

constexpr std::string_view kSelectorForms =
    "any, internet, hosts, a map such as {role: web}, or a list of these";

std::string did_you_mean(std::string_view word, const std::vector<std::string>& names) {
  std::optional<std::string> near = closest(word, names);
  return near ? fmt::format(" (did you mean '{}'?)", *near) : "";
}

std::vector<std::string> as_vector(const std::set<std::string>& names) {
  return {names.begin(), names.end()};
}

// `host: NAME` / `zone: NAME`, or a list of names (any of them): existing hosts or zones.
// `internet` is a zone name too (the built-in zone).
bool get_references(const Reader& r, const Value& v, std::string_view key, std::string_view what,
                    const Names& names, std::vector<std::string>& out) {
  std::vector<Value> items;
  if (v.node.is_sequence()) {
    items = *get_list(r, v, key);
    if (items.empty()) {
      r.error(v.loc,
              fmt::format("empty list for {0} in {1} (expected at least one {0} name)", key, what));
      return false;
    }
  } else {
    items.push_back(v);
  }
  bool ok = true;
  for (const Value& item : items) {
    std::optional<std::string> name = get_text(r, item, key, fmt::format("a {} name", key));
    if (!name) {
      ok = false;
      continue;
    }
    if (key == "host" && names.hosts.count(*name) == 0) {
      r.error(item.loc, fmt::format("unknown host '{}' in {}{}", *name, what,
                                    did_you_mean(*name, as_vector(names.hosts))));
      ok = false;
      continue;
    }
    if (key == "zone" && *name != "internet" && names.zones.count(*name) == 0) {
      std::vector<std::string> zones = as_vector(names.zones);
      zones.emplace_back("internet");
      r.error(item.loc,
              fmt::format("unknown zone '{}' in {}{}", *name, what, did_you_mean(*name, zones)));
      ok = false;
      continue;
    }
    if (std::find(out.begin(), out.end(), *name) == out.end()) out.push_back(*name);
  }
  return ok;
}

// `cidr: X` or `cidr: [X, Y]`.
bool get_cidrs(const Reader& r, const Value& v, std::string_view what, SelectorTerm& t) {
  std::vector<Value> items;
  if (v.node.is_sequence()) {
    items = *get_list(r, v, "cidr");
    if (items.empty()) {
      r.error(v.loc, fmt::format("empty list for cidr in {} (expected at least one CIDR)", what));
      return false;
    }
  } else {
    items.push_back(v);
  }
  bool ok = true;
  for (const Value& item : items) {
    std::optional<Prefix> p = get_cidr(r, item, "cidr");
    if (p) {
      t.cidrs.push_back(*p);
    } else {
      ok = false;
    }
  }
  return ok;
}

// `role: web`, `role: [a, b]`, `role: "!x"`, `role: ["!a", "!b"]`.
std::optional<LabelCond> get_label_cond(const Reader& r, const std::string& key,
                                        const SourceLoc& key_loc, const Value& v,
                                        std::string_view what) {
  if (!check_label_key(r, key_loc, key)) return std::nullopt;
  std::string label_what = fmt::format("label '{}'", key);
  std::vector<Value> items;
  if (v.node.is_sequence()) {
    items = *get_list(r, v, label_what);
    if (items.empty()) {
      r.error(v.loc, fmt::format("empty list for label '{}' in {} (expected at least one value)",
                                 key, what));
      return std::nullopt;
    }
  } else if (v.node.is_map()) {
    r.error(v.loc, fmt::format("expected a value or a list of values for label '{}' in {}, "
                               "found a map",
                               key, what));
    return std::nullopt;
  } else {
    items.push_back(v);
  }
  LabelCond c;
  c.key = key;
  c.loc = key_loc;
  int negated = 0, plain = 0;
  bool ok = true;
  for (const Value& item : items) {
    std::optional<std::string> text = get_text(r, item, label_what, "a label value");
    if (!text) {
      ok = false;
      continue;
    }
    bool neg = !text->empty() && text->front() == '!';
    std::string value = neg ? text->substr(1) : *text;
    if (value.empty()) {
      r.error(item.loc, fmt::format("empty value for label '{}' in {}", key, what));
      ok = false;
      continue;
    }
    (neg ? negated : plain)++;
    c.values.push_back(value);
  }
  if (negated > 0 && plain > 0) {
    r.error(v.loc, fmt::format("label '{}' in {} mixes negated and plain values (write [a, b] to "
                               "match any of them, or [\"!a\", \"!b\"] to match none)",
                               key, what));
    return std::nullopt;
  }
  if (!ok) return std::nullopt;
  c.negated = negated > 0;
  return c;
}

std::optional<SelectorTerm> get_map_term(const Reader& r, const Value& v, std::string_view what,
                                         const Names& names) {
  SelectorTerm t;
  t.kind = SelectorTerm::Kind::Map;
  t.loc = v.loc;
  if (v.node.size() == 0) {
    r.error(v.loc, fmt::format("empty selector {{}} for {} (expected at least one condition, "
                               "such as {{role: web}}; use any or hosts to match broadly)",
                               what));
    return std::nullopt;
  }
  bool ok = true;
  std::vector<std::pair<std::string, SourceLoc>> seen;
  for (std::size_t i = 0; i < v.node.size(); ++i) {
    const yaml::Node key_node = v.node.key(i);
    const yaml::Node value_node = v.node.value(i);
    SourceLoc key_loc = r.loc(key_node);
    if (!key_node.is_scalar()) {
      r.error(key_loc, fmt::format("expected a key name in selector for {}, found {}", what,
                                   describe(key_node)));
      ok = false;
      continue;
    }
    std::string key = key_node.scalar();
    bool dup = false;
    for (const auto& [k, at] : seen) {
      if (k == key) {
        r.error(key_loc, fmt::format("duplicate key '{}' in selector for {} (first at {})", key,
                                     what, at.str()));
        dup = true;
      }
    }
    if (dup) {
      ok = false;
      continue;
    }
    seen.emplace_back(key, key_loc);
    Value val{value_node, value_node.is_null() ? key_loc : r.loc(value_node)};
    if (key == "host" || key == "zone") {
      ok = get_references(r, val, key, what, names, key == "host" ? t.hosts : t.zones) && ok;
    } else if (key == "cidr") {
      ok = get_cidrs(r, val, what, t) && ok;
    } else {
      std::optional<LabelCond> c = get_label_cond(r, key, key_loc, val, what);
      if (c) {
        t.labels.push_back(std::move(*c));
      } else {
        ok = false;
      }
    }
  }
  if (!ok) return std::nullopt;
  std::stable_sort(t.labels.begin(), t.labels.end(),
                   [](const LabelCond& a, const LabelCond& b) { return a.key < b.key; });
  // `{zone: internet}` alone is the bare word `internet` (spec section 2).
  if (t.zones == std::vector<std::string>{"internet"} && t.hosts.empty() && t.cidrs.empty() &&
      t.labels.empty()) {
    t.kind = SelectorTerm::Kind::Internet;
    t.zones.clear();
  }
  return t;
}

std::optional<SelectorTerm> get_term(const Reader& r, const Value& v, std::string_view what,
                                     const Names& names) {
  if (v.node.is_map()) return get_map_term(r, v, what, names);
  if (v.node.is_sequence()) {
    r.error(v.loc,
            fmt::format("nested list in selector for {} (expected {})", what, kSelectorForms));
    return std::nullopt;
  }
  std::optional<std::string> word = get_text(r, v, what, "a selector");
  if (!word) return std::nullopt;
  SelectorTerm t;
  t.loc = v.loc;
  if (*word == "any") {
    t.kind = SelectorTerm::Kind::Any;
  } else if (*word == "internet") {
    t.kind = SelectorTerm::Kind::Internet;
  } else if (*word == "hosts") {
    t.kind = SelectorTerm::Kind::Hosts;
  } else {
    std::string hint;
    if (names.zones.count(*word) != 0) {
      hint = fmt::format("; did you mean {{zone: {}}}?", *word);
    } else if (names.hosts.count(*word) != 0) {
      hint = fmt::format("; did you mean {{host: {}}}?", *word);
    }
    r.error(v.loc, fmt::format("unknown selector '{}' for {} (expected {}){}", *word, what,
                               kSelectorForms, hint));
    return std::nullopt;
  }
  return t;
}

}  // namespace

Names Names::of(const Model& m) {
  Names n;
  for (const Host& h : m.hosts) n.hosts.insert(h.name);
  for (const Zone& z : m.zones) n.zones.insert(z.name);
  return n;
}

std::optional<Selector> get_selector(const Reader& r, const Value& v, std::string_view what,
                                     const Names& names) {
  if (v.node.is_null()) {
    r.error(v.loc,
            fmt::format("expected a selector for {} ({}), found nothing", what, kSelectorForms));
    return std::nullopt;
  }
  Selector s;
  s.loc = v.loc;
  if (v.node.is_sequence()) {
    std::vector<Value> items = *get_list(r, v, what);
    if (items.empty()) {
      r.error(v.loc, fmt::format("empty selector [] for {} (expected at least one selector "
                                 "in the list)",
                                 what));
      return std::nullopt;
    }
    bool ok = true;
    for (const Value& item : items) {
      std::optional<SelectorTerm> t = get_term(r, item, what, names);
      if (t) {
        s.any_of.push_back(std::move(*t));
      } else {
        ok = false;
      }
    }
    if (!ok) return std::nullopt;
  } else {
    std::optional<SelectorTerm> t = get_term(r, v, what, names);
    if (!t) return std::nullopt;
    s.any_of.push_back(std::move(*t));
  }
  s.text = selector_text(s);
  return s;
}

std::optional<std::vector<ServiceRef>> get_service_refs(const Reader& r, const Value& v,
                                                        const Model& m) {
  std::optional<std::vector<Value>> items = get_list(r, v, "services");
  if (!items) return std::nullopt;
  if (items->empty()) {
    r.error(v.loc,
            "empty list for services (expected at least one service, such as [smb] or "
            "[tcp/8080])");
    return std::nullopt;
  }
  std::vector<ServiceRef> out;
  bool ok = true;
  for (const Value& item : *items) {
    std::optional<std::string> text = get_text(r, item, "services", "a service name");
    if (!text) {
      ok = false;
      continue;
    }
    ServiceRef ref;
    ref.text = *text;
    ref.loc = item.loc;
    if (const Service* s = m.find_service(*text)) {
      ref.names = {s->name};
      ref.keys = s->keys();
    } else if (const ServiceGroup* g = find_group(*text)) {
      for (const std::string& member : g->members) {
        ref.names.push_back(member);
        if (const Service* s = m.find_service(member)) ref.keys = ref.keys.unite(s->keys());
      }
    } else {
      std::string why;
      std::optional<ServiceSet> keys = parse_inline_service(*text, &why);
      if (!keys) {
        if (text->find('/') == std::string::npos) {
          std::vector<std::string> names;
          for (const Service& s : m.services) names.push_back(s.name);
          for (const ServiceGroup& g : builtin_groups()) names.push_back(g.name);
          std::optional<std::string> near = closest(*text, names);
          why = fmt::format(
              "unknown service '{}' (expected a built-in or custom service, a group "
              "such as lateral-movement, or an inline form such as tcp/445, "
              "udp/137-138, icmp, any){}",
              *text, near ? fmt::format("; did you mean '{}'?", *near) : "");
        }
        r.error(item.loc, why);
        ok = false;
        continue;
      }
      ref.keys = *keys;
    }
    out.push_back(std::move(ref));
  }
  if (!ok) return std::nullopt;
  return out;
}

}  // namespace bulkhead::policy::load_detail
