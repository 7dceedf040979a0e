// Text for the Windows renderers: address and port entries, quoting, names, provenance.
//
// Quoting is by whitelist, not by escaping alone. Windows PowerShell 5.1 reads a script
// without a byte-order mark in the ANSI code page, where the bytes of UTF-8 text can turn
// into the typographic quotes PowerShell also accepts as string delimiters; so policy text
// is reduced to printable ASCII before the single quotes are doubled. cmd.exe expands %
// and ! and splits on & | < > ^ even in some quoted contexts, so netsh text keeps a small
// safe set of characters.
#include "targets/windows/text.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

namespace bulkhead::targets::windows {

std::string address_entry(Family f, u128 lo, u128 hi) {
  if (lo == hi) return format_addr(f, lo);
  u128 size = hi - lo + 1;  // 0 only for the whole IPv6 space, which is no prefix below
  if (size != 0 && (size & (size - 1)) == 0 && (lo & (size - 1)) == 0) {
    int bits = 0;
    while ((u128{1} << bits) != size) ++bits;
    int len = family_bits(f) - bits;
    if (len > 0) return fmt::format("{}/{}", format_addr(f, lo), len);
  }
  return fmt::format("{}-{}", format_addr(f, lo), format_addr(f, hi));
}

std::vector<std::string> address_entries(const AddrSet& s) {
  std::vector<std::string> out;
  for (Family f : {Family::V4, Family::V6})
    for (const auto& iv : s.of(f).intervals()) out.push_back(address_entry(f, iv.lo, iv.hi));
  return out;
}

std::vector<std::string> port_entries(const IntervalSet<std::uint32_t>& ports) {
  std::vector<std::string> out;
  for (const auto& iv : ports.intervals())
    out.push_back(iv.lo == iv.hi ? fmt::format("{}", iv.lo) : fmt::format("{}-{}", iv.lo, iv.hi));
  return out;
}

std::vector<std::string> icmp_type_entries(const IntervalSet<std::uint32_t>& types) {
  std::vector<std::string> out;
  for (const auto& iv : types.intervals())
    for (std::uint32_t t = iv.lo; t <= iv.hi; ++t) out.push_back(fmt::format("{}", t));
  return out;
}

bool is_icmp(Protocol p) {
  return p == Protocol::Icmpv4 || p == Protocol::Icmpv6;
}

std::string ps_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (unsigned char c : s) out += (c >= 0x20 && c <= 0x7e) ? static_cast<char>(c) : '?';
  return out;
}

std::string ps_quote(std::string_view s) {
  std::string out = "'";
  for (char c : ps_text(s)) {
    out += c;
    if (c == '\'') out += '\'';
  }
  return out + "'";
}

std::string cmd_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (unsigned char c : s) {
    bool ok =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
        std::string_view(" .,:/@+#[]()'_-").find(static_cast<char>(c)) != std::string_view::npos;
    out += ok ? static_cast<char>(c) : '_';
  }
  return out;
}

std::string file_stem(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '.' || c == '_' || c == '-';
    out += ok ? static_cast<char>(c) : '_';
  }
  if (out.empty() || out.front() == '.') out.insert(out.begin(), '_');
  return out;
}

std::string rule_label(const decision::Decision& d, std::uint32_t r) {
  const policy::Rule& rule = d.model().rules[r];
  return fmt::format("'{}' ({})", rule.name, d.model().artifact_line(rule.loc));
}

namespace {

std::string_view dir_word(Direction dir) {
  return dir == Direction::Inbound ? "in" : "out";
}
std::string_view action_word(Action a) {
  return a == Action::Block ? "block" : "allow";
}

}  // namespace

std::string default_origin(const decision::Decision& d, std::uint32_t host, Direction dir) {
  const policy::Model& m = d.model();
  const policy::Host& h = m.hosts[host];
  bool in = dir == Direction::Inbound;
  const char* key = in ? "default_inbound" : "default_outbound";
  policy::DefaultAction value = in ? d.host_inbound(host) : d.host_outbound(host);
  std::string where;
  if ((in ? h.default_inbound : h.default_outbound).has_value()) {
    where = fmt::format("host '{}' at {}", h.name, m.artifact_line(h.loc));
  } else {
    const decision::ZoneInfo& z = d.zones()[d.atom_of(h.addresses.front()).zone];
    if (z.zone != nullptr &&
        (in ? z.zone->default_inbound : z.zone->default_outbound).has_value()) {
      where = fmt::format("zone '{}' at {}", z.name, m.artifact_line(z.zone->loc));
    } else {
      where = m.settings.loc.known()
                  ? fmt::format("settings at {}", m.artifact_line(m.settings.loc))
                  : std::string("the built-in settings");
    }
  }
  return fmt::format("{} {} ({})", key, policy::default_name(value), where);
}

std::string rule_identity(const decision::Decision& d, const WinRule& r) {
  // FNV-1a (64 bits) over a canonical text of what the rule decides and why: direction,
  // action, protocol, ports or types, both address sets and the deciding policy rules'
  // names (not their lines, so that editing elsewhere in a file renames nothing).
  std::string text =
      fmt::format("{}|{}|{}|", dir_word(r.dir), action_word(r.action), static_cast<int>(r.proto));
  for (const auto& iv : r.ports.intervals()) text += fmt::format("{}-{},", iv.lo, iv.hi);
  auto addrs = [&](const AddrSet& s) {
    text += '|';
    for (const std::string& e : address_entries(s)) text += e + ',';
  };
  addrs(r.remote);
  if (r.local) {
    addrs(*r.local);
  } else {
    text += "|*";
  }
  for (std::uint32_t id : r.deciders)
    text += "|" + (id == decision::kNoRule ? std::string("default") : d.model().rules[id].name);
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : text) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  return fmt::format("{:012x}", h >> 16);
}

std::string rule_display_name(const decision::Decision& d, const WinRule& r) {
  std::string first = r.deciders.front() == decision::kNoRule
                          ? std::string("default")
                          : d.model().rules[r.deciders.front()].name;
  if (first.size() > 120) first = first.substr(0, 120) + "...";
  std::string more = r.deciders.size() > 1 ? fmt::format(" +{}", r.deciders.size() - 1) : "";
  return fmt::format("bulkhead {} {} {}{} #{}", dir_word(r.dir), action_word(r.action), first, more,
                     rule_identity(d, r));
}

std::string rule_id_name(const decision::Decision& d, const WinRule& r) {
  return "bulkhead-" + rule_identity(d, r);
}

std::string rule_description(const decision::Decision& d, std::uint32_t host, const WinRule& r) {
  constexpr std::size_t kMaxLength = 900;
  const policy::Model& m = d.model();
  ServiceSet keys = rule_keys(r);
  std::vector<std::string> parts;
  for (std::uint32_t id : r.deciders) {
    if (id == decision::kNoRule) {
      parts.push_back("the default " + default_origin(d, host, r.dir));
      continue;
    }
    const policy::Rule& rule = m.rules[id];
    std::string part = fmt::format("{} {} at {}", policy::action_name(rule.action), rule.name,
                                   m.artifact_line(rule.loc));
    std::vector<std::string> ids = rule_attack_ids(m, id, keys);
    if (!ids.empty()) part += fmt::format(" [{}]", fmt::join(ids, " "));
    parts.push_back(std::move(part));
  }
  std::string out = "Decided by ";
  for (std::size_t i = 0; i < parts.size(); ++i) {
    std::string sep = i == 0 ? "" : ", ";
    if (out.size() + sep.size() + parts[i].size() > kMaxLength) {
      out += fmt::format(", and {} more", parts.size() - i);
      break;
    }
    out += sep + parts[i];
  }
  if (r.proto == Protocol::Number) {
    // The same text for every number (the rule's -Protocol names it), so that the scripts
    // can share one description over a host's 252 per-number rules.
    out += ". Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each.";
  } else {
    out += fmt::format(". Covers {}.", format_services(keys));
  }
  if (!m.name.empty()) out += fmt::format(" Policy {}.", m.name);
  return out;
}

std::vector<std::string> header_lines(const decision::Decision& d, const HostPlan& plan,
                                      const ScriptSubject& subject, std::size_t in_rules,
                                      std::size_t out_rules) {
  const policy::Model& m = d.model();
  auto action = [](policy::DefaultAction a) {
    return a == policy::DefaultAction::Allow ? "Allow" : "Block";
  };
  std::vector<std::string> out;
  out.push_back(fmt::format("bulkhead: Windows Defender Firewall rules for {}{}", subject.title,
                            m.name.empty() ? "" : fmt::format(" (policy {})", m.name)));
  if (subject.hosts.size() > 1 || subject.addresses.empty()) {
    std::vector<std::string> names;
    for (std::uint32_t h : subject.hosts) names.push_back(m.hosts[h].name);
    out.push_back(fmt::format("Hosts: {}", fmt::join(names, ", ")));
  }
  if (!subject.addresses.empty())
    out.push_back(fmt::format("Addresses: {}", fmt::join(subject.addresses, ", ")));
  out.push_back(fmt::format("Inbound: default {}, {} rules. Outbound: default {}, {} rules.",
                            action(plan.in.fallback), in_rules, action(plan.out.fallback),
                            out_rules));
  out.push_back(
      "Profiles: Domain, Private and Public (every rule applies to all three; all three get "
      "the defaults).");
  out.push_back(
      "Exact on a machine with other Allow rules: everything the policy blocks here is a Block "
      "rule.");
  auto names = [&](const std::vector<std::uint32_t>& rules) {
    std::vector<std::string> n;
    for (std::uint32_t r : rules) n.push_back(m.rules[r].name);
    return n.empty() ? std::string("no rule") : fmt::format("{}", fmt::join(n, ", "));
  };
  if (plan.audit) {
    out.push_back("Audit mode: Windows cannot log and accept per rule, so no Block rule is added,");
    out.push_back(
        "both defaults are Allow and every allowed connection is logged to pfirewall.log.");
  } else {
    out.push_back(fmt::format("Log blocked connections: {} (wanted by {}).",
                              plan.log_blocked ? "yes" : "no", names(plan.log_blocked_rules)));
    out.push_back(fmt::format("Log allowed connections: {} (wanted by {}).",
                              plan.log_allowed ? "yes" : "no", names(plan.log_allowed_rules)));
  }
  std::vector<std::string> files;
  for (const std::string& f : m.files) files.push_back(m.artifact_line(SourceLoc{f, 0, 0}));
  out.push_back(fmt::format("Policy files: {}", fmt::join(files, ", ")));
  return out;
}

}  // namespace bulkhead::targets::windows
