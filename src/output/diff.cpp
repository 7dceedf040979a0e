// The writers of `diff`: the summary by rule edit, the table of change groups and the
// JSON (streamed, so that the changes of a 100,000-host diff never sit in memory as one
// document). O(change groups).
#include "output/diff.h"

#include <algorithm>
#include <optional>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "output/analysis_text.h"
#include "output/json_text.h"

namespace bulkhead::output {
namespace {

std::string joint_name(const decision::Decision& o, const decision::Decision& n,
                       const analysis::JointClass& j) {
  const std::string& nn = n.classes()[j.new_cls].name;
  const std::string& on = o.classes()[j.old_cls].name;
  return nn == on ? nn : fmt::format("{} (was {})", nn, on);
}

std::string hosts_text(const analysis::JointClass& j, std::size_t max) {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < j.hosts.size() && i < max; ++i) names.push_back(j.hosts[i]);
  std::string out = fmt::format("{}", fmt::join(names, ", "));
  if (j.hosts.size() > max) out += fmt::format(" and {} more", j.hosts.size() - max);
  if (j.plain > 0) {
    out += fmt::format("{}{} address{}", out.empty() ? "" : " + ", analysis::count_text(j.plain),
                       j.plain == 1 ? "" : "es");
  }
  return out;
}

// The host owning an address in the new version, else in the old one, else "".
std::string host_at(const decision::Decision& o, const decision::Decision& n, const Addr& a) {
  std::string name = analysis::host_name_at(n, a);
  return name.empty() ? analysis::host_name_at(o, a) : name;
}

std::string side_rules(const decision::Decision& d, const std::vector<std::uint32_t>& rules,
                       const decision::Verdict& v) {
  if (rules.empty()) return fmt::format("no rule (defaults; tier {})", decision::tier_name(v.tier));
  return rules_text(d, rules, 3);
}

std::string holds_text(const std::optional<bool>& h) {
  return !h ? "absent" : *h ? "holds" : "FAILS";
}

std::string plural(std::size_t n, std::string_view word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

// The groups of one rule edit in one direction, merged: services, class pairs, host pairs.
std::string merged_text(const analysis::DiffReport& r, const std::vector<std::uint32_t>& groups,
                        analysis::Change c) {
  std::vector<std::string> services;
  std::set<std::pair<std::uint32_t, std::uint32_t>> pairs;
  std::uint64_t host_pairs = 0;
  std::size_t n = 0;
  for (std::uint32_t gi : groups) {
    const analysis::DiffGroup& g = r.groups[gi];
    if (g.change != c) continue;
    ++n;
    if (std::find(services.begin(), services.end(), g.service) == services.end())
      services.push_back(g.service);
    if (pairs.emplace(g.src, g.dst).second) host_pairs += g.host_pairs;
  }
  if (n == 0) return std::string();
  return fmt::format("{} on {} between {}, {} host pairs", analysis::change_name(c),
                     fmt::join(services, ", "), plural(pairs.size(), "class pair"),
                     analysis::count_text(host_pairs));
}

void print_summary(std::ostream& os, const analysis::DiffReport& r, const OutcomeChanges& out) {
  std::size_t count[3] = {0, 0, 0};
  for (const analysis::RuleChange& c : r.rule_changes) ++count[static_cast<int>(c.edit)];
  os << fmt::format("rules: {} added, {} removed, {} changed\n", count[0], count[1], count[2]);
  for (const analysis::RuleChange& c : r.rule_changes) {
    std::string at =
        c.edit == analysis::RuleEdit::Added ? c.new_rule->loc.file_line()
        : c.edit == analysis::RuleEdit::Removed
            ? c.old_rule->loc.file_line()
            : fmt::format("{} -> {}", c.old_rule->loc.file_line(), c.new_rule->loc.file_line());
    os << fmt::format(
        "  {:<7} {}{}  at {}\n", analysis::rule_edit_name(c.edit), c.name,
        c.fields.empty() ? std::string() : fmt::format(" ({})", fmt::join(c.fields, ", ")), at);
    bool any = false;
    for (analysis::Change dir :
         {analysis::Change::NewlyReachable, analysis::Change::NewlyBlocked}) {
      std::string line = merged_text(r, c.groups, dir);
      if (line.empty()) continue;
      any = true;
      os << "      " << line << '\n';
    }
    if (!any) os << "      no flow changes\n";
  }
  if (!r.other_groups.empty()) {
    os << "  other changes (zones, hosts, defaults or enforcement; no rule edit among "
          "the deciding rules)\n";
    for (analysis::Change dir :
         {analysis::Change::NewlyReachable, analysis::Change::NewlyBlocked}) {
      std::string line = merged_text(r, r.other_groups, dir);
      if (!line.empty()) os << "      " << line << '\n';
    }
  }
  os << fmt::format("intents: {}\n", out.intents.empty() ? std::string("no outcome changes")
                                                         : plural(out.intents.size(), "change"));
  for (const analysis::IntentChange& i : out.intents)
    os << fmt::format("  {}: {} -> {}\n", i.name, holds_text(i.old_holds), holds_text(i.new_holds));
  os << fmt::format("coverage (ATT&CK M1030): {}\n", out.coverage.empty()
                                                         ? std::string("no status changes")
                                                         : plural(out.coverage.size(), "change"));
  for (const analysis::CoverageChange& c : out.coverage)
    os << fmt::format("  {} {}: {} -> {}\n", c.id, c.name,
                      analysis::coverage_status_name(c.old_status),
                      analysis::coverage_status_name(c.new_status));
}

void print_table(std::ostream& os, const decision::Decision& o, const decision::Decision& n,
                 const analysis::DiffReport& r, const OutcomeChanges& outcomes,
                 const DiffOptions& opt) {
  os << fmt::format("diff {} -> {}: {} group{} newly reachable, {} newly blocked\n", opt.old_path,
                    opt.new_path, r.newly_reachable, r.newly_reachable == 1 ? "" : "s",
                    r.newly_blocked);
  print_summary(os, r, outcomes);
  if (!r.groups.empty()) os << "\nflow changes by class pair and service:\n";
  analysis::Change current = analysis::Change::NewlyReachable;
  bool header = false;
  for (const analysis::DiffGroup& g : r.groups) {
    if (!header || g.change != current) {
      current = g.change;
      header = true;
      os << '\n' << analysis::change_name(g.change) << '\n';
    }
    const analysis::JointClass& a = r.joint[g.src];
    const analysis::JointClass& b = r.joint[g.dst];
    os << fmt::format("  {} -> {}  {}{}\n", joint_name(o, n, a), joint_name(o, n, b), g.service,
                      g.service == format_services(g.keys)
                          ? std::string()
                          : fmt::format(" ({})", format_services(g.keys)));
    os << fmt::format("      from: {}\n", hosts_text(a, 6));
    os << fmt::format("      to:   {}\n", hosts_text(b, 6));
    if (g.host_pairs > 0)
      os << fmt::format("      host pairs: {}\n", analysis::count_text(g.host_pairs));
    os << fmt::format("      old: {}\n", side_rules(o, g.old_rules, g.old_verdict));
    os << fmt::format("      new: {}\n", side_rules(n, g.new_rules, g.new_verdict));
    std::string src = host_at(o, n, g.src_addr);
    std::string dst = host_at(o, n, g.dst_addr);
    os << fmt::format("      e.g. {}{} -> {}{} {}: was {}, now {}\n", g.src_addr.str(),
                      src.empty() ? "" : " (" + src + ")", g.dst_addr.str(),
                      dst.empty() ? "" : " (" + dst + ")", analysis::key_text(g.key),
                      verdict_text(o, g.old_verdict), verdict_text(n, g.new_verdict));
  }
  os << "\nA class is hosts that behave alike, named by the labels they share and @zone "
        "(\"(was ...)\": its name in OLD;\nname#2: a second class with the same name). "
        "terms: docs/glossary.md\n";
}

ojson joint_json(const decision::Decision& o, const decision::Decision& n,
                 const analysis::JointClass& j, std::size_t max_hosts) {
  std::vector<std::string> hosts(
      j.hosts.begin(),
      j.hosts.begin() + static_cast<std::ptrdiff_t>(std::min(max_hosts, j.hosts.size())));
  return ojson{{"class", n.classes()[j.new_cls].name},
               {"old_class", o.classes()[j.old_cls].name},
               {"family", j.family == Family::V4 ? "ipv4" : "ipv6"},
               {"hosts", hosts},
               {"host_count", j.hosts.size()},
               {"addresses", count_json(j.plain)}};
}

ojson verdict_json(const decision::Decision& d, const decision::Verdict& v) {
  ojson j = {
      {"tier", decision::tier_name(v.tier)}, {"reachable", v.reachable}, {"intended", v.intended}};
  if (v.rule == decision::kNoRule) {
    j["rule"] = nullptr;
    j["at"] = nullptr;
  } else {
    j["rule"] = d.rules()[v.rule].rule->name;
    j["at"] = d.rules()[v.rule].rule->loc.file_line();
  }
  return j;
}

// Streamed (JsonStream): the changes of a 100,000-host diff never sit in memory as one
// document.
void print_json(std::ostream& os, const decision::Decision& o, const decision::Decision& n,
                const analysis::DiffReport& r, const OutcomeChanges& outcomes,
                const DiffOptions& opt) {
  JsonStream out(os);
  out.field("old", opt.old_path);
  out.field("new", opt.new_path);
  out.field("summary",
            {{"newly_reachable", r.newly_reachable}, {"newly_blocked", r.newly_blocked}});
  out.begin_array("rule_changes");
  for (const analysis::RuleChange& c : r.rule_changes) {
    out.element({{"edit", std::string(analysis::rule_edit_name(c.edit))},
                 {"rule", c.name},
                 {"old_at", c.old_rule ? ojson(c.old_rule->loc.file_line()) : ojson()},
                 {"new_at", c.new_rule ? ojson(c.new_rule->loc.file_line()) : ojson()},
                 {"fields", c.fields},
                 {"changes", c.groups}});
  }
  out.end_array();
  out.field("other_changes", r.other_groups);
  out.begin_array("intent_changes");
  for (const analysis::IntentChange& i : outcomes.intents) {
    auto side = [](const std::optional<bool>& h) { return h ? ojson(*h) : ojson(); };
    out.element(
        {{"intent", i.name}, {"old_holds", side(i.old_holds)}, {"new_holds", side(i.new_holds)}});
  }
  out.end_array();
  out.begin_array("coverage_changes");
  for (const analysis::CoverageChange& c : outcomes.coverage)
    out.element({{"technique", c.id},
                 {"name", c.name},
                 {"old", std::string(analysis::coverage_status_name(c.old_status))},
                 {"new", std::string(analysis::coverage_status_name(c.new_status))}});
  out.end_array();
  out.begin_array("changes");
  for (const analysis::DiffGroup& g : r.groups) {
    ojson j;
    j["change"] = std::string(analysis::change_name(g.change));
    j["from"] = joint_json(o, n, r.joint[g.src], opt.max_hosts);
    j["to"] = joint_json(o, n, r.joint[g.dst], opt.max_hosts);
    j["service"] = g.service;
    j["ports"] = format_services(g.keys);
    j["host_pairs"] = g.host_pairs;
    j["old_rules"] = rules_json(o, g.old_rules);
    j["new_rules"] = rules_json(n, g.new_rules);
    std::string src = host_at(o, n, g.src_addr);
    std::string dst = host_at(o, n, g.dst_addr);
    j["example"] = {
        {"src", {{"host", src.empty() ? ojson() : ojson(src)}, {"address", g.src_addr.str()}}},
        {"dst", {{"host", dst.empty() ? ojson() : ojson(dst)}, {"address", g.dst_addr.str()}}},
        {"proto", std::string(proto_name(key_proto(g.key)))},
        {"port", key_proto(g.key) == Proto::Icmp || key_proto(g.key) == Proto::Other
                     ? 0u
                     : key_port(g.key)},
        {"old", verdict_json(o, g.old_verdict)},
        {"new", verdict_json(n, g.new_verdict)}};
    out.element(j);
  }
  out.end_array();
  out.finish();
}

std::string peer_text(Family f, const IntervalSet<u128>& peers) {
  std::vector<std::string> out;
  for (const auto& iv : peers.intervals())
    out.push_back(iv.lo == 0 && iv.hi == family_max(f) ? std::string("any")
                  : iv.lo == iv.hi                     ? format_addr(f, iv.lo)
                                   : format_addr(f, iv.lo) + "-" + format_addr(f, iv.hi));
  if (out.size() > 4) {
    std::size_t more = out.size() - 3;
    out.resize(3);
    out.push_back(fmt::format("{} more ranges", more));
  }
  return fmt::format("{}", fmt::join(out, ", "));
}

}  // namespace

void write_diff(const analysis::DiffReport& r, const OutcomeChanges& outcomes,
                const decision::Decision& o, const decision::Decision& n, Format f,
                const DiffOptions& opt, std::ostream& os) {
  if (f == Format::Json) {
    print_json(os, o, n, r, outcomes, opt);
  } else {
    print_table(os, o, n, r, outcomes, opt);
  }
}

void write_host_diff(const HostDiff& diff, Format f, const DiffOptions& opt, std::ostream& os) {
  std::size_t total = diff.changes.size() + diff.only.size();
  if (f == Format::Json) {
    ojson j = {{"old", opt.old_path},
               {"new", opt.new_path},
               {"host", diff.host},
               {"addresses", diff.only},
               {"changes", ojson::array()}};
    for (const HostChange& g : diff.changes)
      j["changes"].push_back({{"direction", g.inbound ? "inbound" : "outbound"},
                              {"address", g.own.str()},
                              {"peers", peer_text(g.own.family, g.peers)},
                              {"services", g.keys},
                              {"old", g.old_permits ? "permits" : "blocks"},
                              {"old_by", g.old_why},
                              {"new", g.new_permits ? "permits" : "blocks"},
                              {"new_by", g.new_why}});
    os << j.dump() << '\n';
  } else {
    os << fmt::format("diff {} -> {} at host {}'s own firewall: {} change{}\n", opt.old_path,
                      opt.new_path, diff.host, total, total == 1 ? "" : "s");
    for (const std::string& s : diff.only) os << "  address " << s << '\n';
    for (const HostChange& g : diff.changes) {
      std::string peers = peer_text(g.own.family, g.peers);
      os << fmt::format("  {} {} -> {} {}: {} by {}, now {} by {}\n",
                        g.inbound ? "inbound " : "outbound", g.inbound ? peers : g.own.str(),
                        g.inbound ? g.own.str() : peers, g.keys,
                        g.old_permits ? "permitted" : "blocked", g.old_why,
                        g.new_permits ? "permitted" : "blocked", g.new_why);
    }
  }
}

int exit_code(const analysis::DiffReport& r, FailOn fail_on) {
  const bool fail = (fail_on != FailOn::Blocked && r.newly_reachable > 0) ||
                    (fail_on != FailOn::Reachable && r.newly_blocked > 0);
  return fail ? 1 : 0;
}

}  // namespace bulkhead::output
