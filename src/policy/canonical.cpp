// Canonical text of the Model: selector one-liners and the canonical YAML of a policy.
// The key idea: one spelling per meaning (sorted label keys, normalised CIDRs, every
// setting explicit), so that equal policies print equal text and the YAML loads back
// into an equal Model. Linear in the size of the model.
#include "policy/canonical.h"

#include <algorithm>

#include <fmt/format.h>

namespace bulkhead::policy {
namespace {

bool plain_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '.' || c == '/' || c == '-' || c == '+' || c == '@' || c == '=';
}

// Words the loader reads as null rather than as text (yaml_tree.cpp).
bool null_word(std::string_view s) {
  return s == "~" || s == "null" || s == "Null" || s == "NULL";
}

std::string list_text(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ", ";
    out += items[i];
  }
  return out + "]";
}

std::string label_text(const LabelCond& c) {
  std::vector<std::string> vals;
  for (const std::string& v : c.values) vals.push_back(yaml_scalar(c.negated ? "!" + v : v));
  std::string value = vals.size() == 1 ? vals.front() : list_text(vals);
  return yaml_scalar(c.key) + ": " + value;
}

std::string ports_text(const Service& s) {
  std::vector<std::string> out;
  for (const PortRange& p : s.ports) {
    out.push_back(port_range_text(p));
  }
  return list_text(out);
}

std::string services_text(const std::vector<ServiceRef>& refs) {
  std::vector<std::string> out;
  for (const ServiceRef& r : refs) out.push_back(yaml_scalar(r.text));
  return list_text(out);
}

void emit_optional_defaults(std::string& out, const std::optional<DefaultAction>& in,
                            const std::optional<DefaultAction>& outb,
                            const std::optional<Enforcement>& enf) {
  if (in) out += fmt::format("    default_inbound: {}\n", default_name(*in));
  if (outb) out += fmt::format("    default_outbound: {}\n", default_name(*outb));
  if (enf) out += fmt::format("    enforcement: {}\n", enforcement_name(*enf));
}

}  // namespace

std::string yaml_scalar(std::string_view text) {
  bool plain = !text.empty() && !null_word(text) && text.front() != '-' && text.front() != '+' &&
               text.front() != '@' && text.front() != '=';
  for (char c : text) plain = plain && plain_char(c);
  if (plain) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (u < 0x20 || u == 0x7f) {
      out += fmt::format("\\x{:02x}", u);
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string selector_term_text(const SelectorTerm& t) {
  switch (t.kind) {
    case SelectorTerm::Kind::Any:
      return "any";
    case SelectorTerm::Kind::Internet:
      return "internet";
    case SelectorTerm::Kind::Hosts:
      return "hosts";
    case SelectorTerm::Kind::Map:
      break;
  }
  std::vector<std::string> parts;
  auto names_part = [&](std::string_view key, const std::vector<std::string>& names) {
    if (names.empty()) return;
    std::vector<std::string> quoted;
    for (const std::string& n : names) quoted.push_back(yaml_scalar(n));
    parts.push_back(std::string(key) + ": " +
                    (quoted.size() == 1 ? quoted.front() : list_text(quoted)));
  };
  names_part("host", t.hosts);
  names_part("zone", t.zones);
  if (!t.cidrs.empty()) {
    std::vector<std::string> cidrs;
    for (const Prefix& p : t.cidrs) cidrs.push_back(yaml_scalar(p.str()));
    parts.push_back("cidr: " + (cidrs.size() == 1 ? cidrs.front() : list_text(cidrs)));
  }
  std::vector<const LabelCond*> labels;
  for (const LabelCond& c : t.labels) labels.push_back(&c);
  std::stable_sort(labels.begin(), labels.end(),
                   [](const LabelCond* a, const LabelCond* b) { return a->key < b->key; });
  for (const LabelCond* c : labels) parts.push_back(label_text(*c));
  std::string out = "{";
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i > 0 ? ", " : "") + parts[i];
  return out + "}";
}

std::string selector_text(const Selector& s) {
  if (s.any_of.size() == 1) return selector_term_text(s.any_of.front());
  std::vector<std::string> terms;
  for (const SelectorTerm& t : s.any_of) terms.push_back(selector_term_text(t));
  return list_text(terms);
}

std::string canonical_yaml(const Model& m) {
  std::string out = "bulkhead: 1\n";
  if (!m.name.empty()) out += "name: " + yaml_scalar(m.name) + "\n";

  const Settings& st = m.settings;
  out += "settings:\n";
  out += fmt::format("  default_inbound: {}\n", default_name(st.default_inbound));
  out += fmt::format("  default_outbound: {}\n", default_name(st.default_outbound));
  out += fmt::format("  log_rate: {}\n", st.log_rate.str());
  out += fmt::format("  enforcement: {}\n", enforcement_name(st.enforcement));
  if (st.management) out += "  management: " + selector_text(*st.management) + "\n";

  if (!m.zones.empty()) out += "zones:\n";
  for (const Zone& z : m.zones) {
    std::vector<std::string> cidrs;
    for (const Prefix& p : z.cidrs) cidrs.push_back(yaml_scalar(p.str()));
    out += "  - name: " + yaml_scalar(z.name) + "\n";
    out += "    cidrs: " + list_text(cidrs) + "\n";
    out += fmt::format("    firewall: {}\n", z.firewall);
    emit_optional_defaults(out, z.default_inbound, z.default_outbound, z.enforcement);
    if (!z.purposes.empty()) out += "    purpose: " + list_text(z.purposes) + "\n";
    if (!z.description.empty()) out += "    description: " + yaml_scalar(z.description) + "\n";
  }

  if (!m.hosts.empty()) out += "hosts:\n";
  for (const Host& h : m.hosts) {
    std::vector<std::string> addrs;
    for (const Addr& a : h.addresses) addrs.push_back(yaml_scalar(a.str()));
    out += "  - name: " + yaml_scalar(h.name) + "\n";
    out += "    addresses: " + list_text(addrs) + "\n";
    if (!h.labels.empty()) {
      std::vector<std::string> labels;
      for (const auto& [k, v] : h.labels) labels.push_back(yaml_scalar(k) + ": " + yaml_scalar(v));
      std::string text = list_text(labels);
      out += "    labels: {" + text.substr(1, text.size() - 2) + "}\n";
    }
    out += fmt::format("    managed: {}\n", h.managed);
    emit_optional_defaults(out, h.default_inbound, h.default_outbound, h.enforcement);
    if (!h.purposes.empty()) out += "    purpose: " + list_text(h.purposes) + "\n";
    if (!h.description.empty()) out += "    description: " + yaml_scalar(h.description) + "\n";
  }

  bool any_custom = std::any_of(m.services.begin(), m.services.end(),
                                [](const Service& s) { return !s.builtin; });
  if (any_custom) out += "services:\n";
  for (const Service& s : m.services) {
    if (s.builtin) continue;
    out += "  - name: " + yaml_scalar(s.name) + "\n";
    out += "    ports: " + ports_text(s) + "\n";
    if (!s.attack.empty()) out += "    attack: " + list_text(s.attack) + "\n";
    out += fmt::format("    log: {}\n", s.log);
    out += fmt::format("    high_volume: {}\n", s.high_volume);
    if (!s.description.empty()) out += "    description: " + yaml_scalar(s.description) + "\n";
  }

  bool any_user_rule = std::any_of(m.rules.begin(), m.rules.end(),
                                   [](const Rule& r) { return r.origin.baseline.empty(); });
  if (any_user_rule) out += "rules:\n";
  for (const Rule& r : m.rules) {
    if (!r.origin.baseline.empty()) continue;
    const char* log = r.log == LogMode::True ? "true" : r.log == LogMode::False ? "false" : "auto";
    out += "  - name: " + yaml_scalar(r.name) + "\n";
    out += fmt::format("    action: {}\n", action_name(r.action));
    out += "    from: " + selector_text(r.from) + "\n";
    out += "    to: " + selector_text(r.to) + "\n";
    out += "    services: " + services_text(r.services) + "\n";
    out += fmt::format("    log: {}\n", log);
    if (!r.description.empty()) out += "    description: " + yaml_scalar(r.description) + "\n";
  }

  if (!m.baselines.empty()) {
    std::vector<std::string> names;
    for (const BaselineRef& b : m.baselines) names.push_back(yaml_scalar(b.name));
    out += "baselines: " + list_text(names) + "\n";
  }

  if (!m.expects.empty()) out += "expect:\n";
  for (const Expect& e : m.expects) {
    out += "  - name: " + yaml_scalar(e.name) + "\n";
    out += "    from: " + selector_text(e.from) + "\n";
    out += "    to: " + selector_text(e.to) + "\n";
    out += "    services: " + services_text(e.services) + "\n";
    out += fmt::format("    verdict: {}\n",
                       e.verdict == ExpectVerdict::Blocked ? "blocked" : "reachable");
    if (!e.description.empty()) out += "    description: " + yaml_scalar(e.description) + "\n";
  }
  return out;
}

}  // namespace bulkhead::policy
