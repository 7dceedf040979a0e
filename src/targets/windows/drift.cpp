// Drift: the plan's rules and profile settings against an export (see drift.h). Each rule
// is reduced to a canonical text per field (sets of ports, types and addresses, sorted
// keywords), so two rules match when every field's text does; pairing is by hash lookups,
// O((P + M) log(P + M)) for P planned and M machine rules.
#include "targets/windows/drift.h"

#include <algorithm>
#include <cctype>
#include <map>

#include <fmt/format.h>

#include "base/addr_set.h"
#include "base/interval_set.h"
#include "targets/windows/text.h"

namespace bulkhead::targets::windows {
namespace {

template <typename K>
std::string keyword_text(std::vector<K> kws) {
  std::sort(kws.begin(), kws.end());
  kws.erase(std::unique(kws.begin(), kws.end()), kws.end());
  std::string out;
  for (K k : kws) out += std::string(out.empty() ? "" : ",") + std::string(fw::keyword_name(k));
  return out;
}

std::string ports_text(const std::vector<fw::PortRange>& ranges,
                       const std::vector<fw::PortKeyword>& kws) {
  if (ranges.empty() && kws.empty()) return "Any";
  std::vector<std::string> items = port_entries(fw::port_set(ranges));
  std::string kw = keyword_text(kws);
  if (!kw.empty()) items.push_back(kw);
  return fmt::format("{}", fmt::join(items, ","));
}

std::string addrs_text(const std::vector<fw::AddrRange>& ranges,
                       const std::vector<fw::AddrKeyword>& kws) {
  if (ranges.empty() && kws.empty()) return "Any";
  const AddrSet s = fw::addr_set(ranges);
  if (kws.empty() && s == AddrSet::all()) return "Any";
  std::vector<std::string> items = address_entries(s);
  std::string kw = keyword_text(kws);
  if (!kw.empty()) items.push_back(kw);
  return fmt::format("{}", fmt::join(items, ","));
}

std::string icmp_text(const fw::Rule& r) {
  if (r.icmp_types.empty() && r.icmp_codes.empty()) return "Any";
  std::vector<std::string> items = port_entries(fw::port_set(r.icmp_types));
  for (const fw::IcmpTypeCode& tc : r.icmp_codes)
    items.push_back(fmt::format("{}:{}", tc.type, tc.code));
  return fmt::format("{}", fmt::join(items, ","));
}

/// One rule's content, field by field, in canonical text.
struct Canon {
  std::vector<std::pair<std::string, std::string>> fields;  // (field, text)
  std::string key;
};

Canon canon(const fw::Rule& r) {
  Canon c;
  const bool ported = r.proto == fw::Proto::Tcp || r.proto == fw::Proto::Udp;
  const bool icmp = r.proto == fw::Proto::Icmpv4 || r.proto == fw::Proto::Icmpv6;
  c.fields = {
      {"Direction", r.dir == fw::Dir::In ? "Inbound" : "Outbound"},
      {"Action", r.action == fw::Act::Block ? "Block" : "Allow"},
      {"Protocol", fw::proto_text(r)},
      {"LocalPort", ported ? ports_text(r.local_ports, r.local_port_keywords) : "Any"},
      {"RemotePort", ported ? ports_text(r.remote_ports, r.remote_port_keywords) : "Any"},
      {"IcmpType", icmp ? icmp_text(r) : "Any"},
      {"LocalAddress", addrs_text(r.local, r.local_keywords)},
      {"RemoteAddress", addrs_text(r.remote, r.remote_keywords)},
      {"Program", r.program.empty() ? "Any" : r.program},
      {"Service", r.service.empty() ? "Any" : r.service},
      {"Package", r.package.empty() ? "Any" : r.package},
  };
  for (const auto& [f, t] : c.fields) c.key += t + "|";
  return c;
}

/// Up to three entries of a comma-separated text, then "(+N more)".
std::string shorten(const std::string& text) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t comma = text.find(',', start);
    if (comma == std::string::npos) comma = text.size();
    items.push_back(text.substr(start, comma - start));
    start = comma + 1;
  }
  if (items.size() <= 3) return fmt::format("{}", fmt::join(items, ", "));
  return fmt::format("{}, {}, {} (+{} more)", items[0], items[1], items[2], items.size() - 3);
}

/// One line per differing field: "RemoteAddress: Any on the machine, 10.0.0.0/8 rendered"; for
/// addresses, what the machine's has more and lacks.
std::vector<std::string> differences(const fw::Rule& machine, const fw::Rule& rendered) {
  std::vector<std::string> out;
  const Canon m = canon(machine), w = canon(rendered);
  for (std::size_t i = 0; i < m.fields.size(); ++i) {
    const auto& [field, mt] = m.fields[i];
    const std::string& wt = w.fields[i].second;
    if (mt == wt) continue;
    const bool addr = field == "LocalAddress" || field == "RemoteAddress";
    const std::vector<fw::AddrKeyword>& mk =
        field == "LocalAddress" ? machine.local_keywords : machine.remote_keywords;
    if (addr && mt != "Any" && wt != "Any" && mk.empty()) {
      const AddrSet ms = fw::addr_set(field == "LocalAddress" ? machine.local : machine.remote);
      const AddrSet ws = fw::addr_set(field == "LocalAddress" ? rendered.local : rendered.remote);
      std::vector<std::string> parts;
      const std::vector<std::string> more = address_entries(ms.subtract(ws));
      const std::vector<std::string> less = address_entries(ws.subtract(ms));
      if (!more.empty())
        parts.push_back(fmt::format("the machine's also has {}",
                                    shorten(fmt::format("{}", fmt::join(more, ",")))));
      if (!less.empty())
        parts.push_back(fmt::format("lacks {}", shorten(fmt::format("{}", fmt::join(less, ",")))));
      out.push_back(fmt::format("{}: {}", field, fmt::join(parts, ", ")));
      continue;
    }
    out.push_back(
        fmt::format("{}: {} on the machine, {} rendered", field, shorten(mt), shorten(wt)));
  }
  return out;
}

bool legacy_name(const std::string& n) {
  return n == "bulkhead" || n == "bulkhead-new";
}

/// A DisplayName without its identity suffix (" #3fa9c2d1e0ab").
std::string stem(const std::string& name) {
  const std::size_t hash = name.rfind(" #");
  if (hash == std::string::npos || hash + 2 >= name.size()) return name;
  for (std::size_t i = hash + 2; i < name.size(); ++i)
    if (!std::isxdigit(static_cast<unsigned char>(name[i]))) return name;
  return name.substr(0, hash);
}

}  // namespace

std::string_view drift_kind_name(DriftKind k) {
  switch (k) {
    case DriftKind::Missing:
      return "missing";
    case DriftKind::Changed:
      return "changed";
    case DriftKind::Unexpected:
      return "unexpected";
    case DriftKind::Renamed:
      return "renamed";
    case DriftKind::Disabled:
      return "disabled";
    case DriftKind::RuleProfiles:
      return "rule-profiles";
    case DriftKind::ProfileSetting:
      return "profile";
    case DriftKind::LocalRulesDiscarded:
      return "local-rules-discarded";
  }
  return "?";
}

bool is_bulkhead_rule(const fw::Rule& r) {
  return r.group == kGroup || r.name.rfind("bulkhead ", 0) == 0 || legacy_name(r.name);
}

fw::Rule machine_form(const decision::Decision& d, const WinRule& r) {
  fw::Rule x;
  x.name = rule_display_name(d, r);
  x.group = std::string(kGroup);
  x.dir = r.dir == Direction::Inbound ? fw::Dir::In : fw::Dir::Out;
  x.action = r.action == Action::Block ? fw::Act::Block : fw::Act::Allow;
  std::vector<fw::PortRange> ports;
  for (const auto& iv : r.ports.intervals()) ports.push_back(fw::PortRange{iv.lo, iv.hi});
  switch (r.proto) {
    case Protocol::Tcp:
    case Protocol::Udp:
      x.proto = r.proto == Protocol::Tcp ? fw::Proto::Tcp : fw::Proto::Udp;
      (r.dir == Direction::Inbound ? x.local_ports : x.remote_ports) = ports;
      break;
    case Protocol::Icmpv4:
    case Protocol::Icmpv6:
      x.proto = r.proto == Protocol::Icmpv4 ? fw::Proto::Icmpv4 : fw::Proto::Icmpv6;
      x.icmp_types = ports;
      break;
    case Protocol::Any:
      x.proto = fw::Proto::Any;
      break;
    case Protocol::Number:
      x.proto = fw::Proto::Number;
      x.protocol_number = static_cast<std::uint8_t>(r.ports.intervals().front().lo);
      break;
  }
  auto ranges = [](const AddrSet& s) {
    std::vector<fw::AddrRange> out;
    for (Family f : {Family::V4, Family::V6})
      for (const auto& iv : s.of(f).intervals()) out.push_back(fw::AddrRange{f, iv.lo, iv.hi});
    return out;
  };
  if (r.remote != AddrSet::all()) x.remote = ranges(r.remote);
  if (r.local) x.local = ranges(*r.local);
  return x;
}

DriftReport compare_drift(const decision::Decision& d, const HostPlan& plan,
                          const WindowsExport& e) {
  DriftReport rep;
  struct Want {
    fw::Rule rule;
    std::string key;
    std::int32_t have = -1;  // paired machine rule (index into `have`)
  };
  struct Have {
    std::int32_t index;
    std::string key;
    bool paired = false;
  };
  std::vector<Want> want;
  for (const DirectionPlan* dp : {&plan.in, &plan.out}) {
    for (const WinRule& r : dp->rules) {
      fw::Rule x = machine_form(d, r);
      std::string key = canon(x).key;
      want.push_back(Want{std::move(x), std::move(key), -1});
    }
  }
  std::vector<Have> have;
  for (std::size_t i = 0; i < e.rules.size(); ++i)
    if (is_bulkhead_rule(e.rules[i]))
      have.push_back(Have{static_cast<std::int32_t>(i), canon(e.rules[i]).key, false});
  rep.rendered = want.size();
  rep.on_machine = have.size();
  auto machine = [&](std::int32_t h) -> const fw::Rule& { return e.rules[have[h].index]; };

  std::vector<DriftFinding> rules;
  auto pair = [&](std::size_t w, std::size_t h) {
    want[w].have = static_cast<std::int32_t>(h);
    have[h].paired = true;
  };
  // Pass 1 and 2: by content (and name, first).
  std::multimap<std::string, std::size_t> by_key;
  for (std::size_t h = 0; h < have.size(); ++h) by_key.emplace(have[h].key, h);
  std::vector<bool> content(want.size(), false);
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t w = 0; w < want.size(); ++w) {
      if (want[w].have >= 0) continue;
      auto [lo, hi] = by_key.equal_range(want[w].key);
      for (auto it = lo; it != hi; ++it) {
        const std::size_t h = it->second;
        if (have[h].paired) continue;
        const std::string& name = machine(static_cast<std::int32_t>(h)).name;
        if (pass == 0 && name != want[w].rule.name) continue;
        pair(w, h);
        content[w] = true;
        if (pass == 1 && !legacy_name(name)) {
          DriftFinding f;
          f.kind = DriftKind::Renamed;
          f.rule = want[w].rule.name;
          f.machine_rule = name;
          f.machine = have[h].index;
          f.what = fmt::format("the rendered rule is on the machine as '{}'", name);
          rules.push_back(std::move(f));
        }
        break;
      }
    }
  }
  // Pass 3 and 4: by name, then by name without the identity when that is unique.
  std::multimap<std::string, std::size_t> by_name, by_stem;
  for (std::size_t h = 0; h < have.size(); ++h) {
    if (have[h].paired) continue;
    by_name.emplace(machine(static_cast<std::int32_t>(h)).name, h);
    by_stem.emplace(stem(machine(static_cast<std::int32_t>(h)).name), h);
  }
  std::map<std::string, int> want_stems;
  for (const Want& w : want)
    if (w.have < 0) ++want_stems[stem(w.rule.name)];
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t w = 0; w < want.size(); ++w) {
      if (want[w].have >= 0) continue;
      const std::string name = pass == 0 ? want[w].rule.name : stem(want[w].rule.name);
      auto& index = pass == 0 ? by_name : by_stem;
      auto [lo, hi] = index.equal_range(name);
      std::vector<std::size_t> free;
      for (auto it = lo; it != hi; ++it)
        if (!have[it->second].paired) free.push_back(it->second);
      if (free.empty() || (pass == 1 && (free.size() != 1 || want_stems[name] != 1))) continue;
      pair(w, free.front());
    }
  }

  for (std::size_t w = 0; w < want.size(); ++w) {
    DriftFinding f;
    f.rule = want[w].rule.name;
    if (want[w].have < 0) {
      f.kind = DriftKind::Missing;
      f.what = "not on the machine: " + fw::describe(want[w].rule);
      rules.push_back(std::move(f));
      continue;
    }
    const fw::Rule& m = machine(want[w].have);
    f.machine_rule = m.name;
    f.machine = have[want[w].have].index;
    if (!content[w]) {
      f.kind = DriftKind::Changed;
      f.what = fmt::format("changed on the machine{}: {}",
                           m.name == want[w].rule.name ? "" : fmt::format(" (as '{}')", m.name),
                           fw::describe(m));
      f.details = differences(m, want[w].rule);
      if (!m.enabled) f.details.emplace_back("Enabled: False on the machine");
      if (m.profiles != fw::kAnyProfile)
        f.details.push_back(
            fmt::format("Profile: {} on the machine, Any rendered", fw::profiles_text(m.profiles)));
      rules.push_back(std::move(f));
      continue;
    }
    bool clean = true;
    if (!m.enabled) {
      DriftFinding g = f;
      g.kind = DriftKind::Disabled;
      g.what = "disabled on the machine (Enabled False): " + fw::describe(m);
      rules.push_back(std::move(g));
      clean = false;
    }
    if (m.profiles != fw::kAnyProfile) {
      DriftFinding g = f;
      g.kind = DriftKind::RuleProfiles;
      g.what = fmt::format("applies to profile {} only, not to every profile",
                           fw::profiles_text(m.profiles));
      rules.push_back(std::move(g));
      clean = false;
    }
    if (clean && m.name == want[w].rule.name) ++rep.in_sync;
    if (clean && m.name != want[w].rule.name && legacy_name(m.name)) ++rep.in_sync;
  }
  for (const Have& h : have) {
    if (h.paired) continue;
    const fw::Rule& m = e.rules[h.index];
    DriftFinding f;
    f.kind = DriftKind::Unexpected;
    f.rule = m.name;
    f.machine_rule = m.name;
    f.machine = h.index;
    f.what = fmt::format("not in the render (stale, or made by hand){}: {}",
                         m.enabled ? "" : ", disabled", fw::describe(m));
    rules.push_back(std::move(f));
  }
  std::stable_sort(rules.begin(), rules.end(),
                   [](const DriftFinding& a, const DriftFinding& b) { return a.kind < b.kind; });

  // Profile settings, merged over the profiles where they read the same.
  std::map<std::pair<DriftKind, std::string>, std::uint8_t> settings;
  bool all_policy = !have.empty();
  std::size_t local_rules = 0;
  for (const Have& h : have) {
    const fw::Source s = e.rules[h.index].source;
    if (s == fw::Source::Local) ++local_rules;
    if (s != fw::Source::GroupPolicy && s != fw::Source::Mdm) all_policy = false;
  }
  auto action = [](fw::Act a) { return a == fw::Act::Allow ? "Allow" : "Block"; };
  auto planned = [](policy::DefaultAction a) {
    return a == policy::DefaultAction::Allow ? fw::Act::Allow : fw::Act::Block;
  };
  for (int i = 0; i < 3; ++i) {
    const ProfileState& p = e.profiles[i];
    const std::uint8_t bit = static_cast<std::uint8_t>(1u << i);
    if (!p.enabled)
      settings[{DriftKind::ProfileSetting,
                "Enabled is False: the firewall is off; the plan sets True"}] |= bit;
    if (p.default_in != planned(plan.in.fallback))
      settings[{DriftKind::ProfileSetting,
                fmt::format("DefaultInboundAction is {}; the plan sets {}", action(p.default_in),
                            action(planned(plan.in.fallback)))}] |= bit;
    if (p.default_out != planned(plan.out.fallback))
      settings[{DriftKind::ProfileSetting,
                fmt::format("DefaultOutboundAction is {}; the plan sets {}", action(p.default_out),
                            action(planned(plan.out.fallback)))}] |= bit;
    if (!p.allow_local_rules && !all_policy)
      settings[{DriftKind::LocalRulesDiscarded,
                fmt::format("AllowLocalFirewallRules is False: a Group Policy discards locally "
                            "added rules, so bulkhead's {} local rules are not in force",
                            local_rules)}] |= bit;
  }
  for (const auto& [k, bits] : settings) {
    DriftFinding f;
    f.kind = k.first;
    f.profiles = fw::profiles_text(bits);
    if (f.profiles == "Any") f.profiles = "Domain, Private, Public";
    f.what = k.second;
    rep.findings.push_back(std::move(f));
  }
  for (DriftFinding& f : rules) rep.findings.push_back(std::move(f));
  return rep;
}

}  // namespace bulkhead::targets::windows
