// bulkhead diff OLD NEW: exactly which flows become reachable and which become blocked
// between two versions of a policy, grouped by (source region, destination region,
// service range), naming hosts and the rules responsible on each side. Exit 1 when
// something changes in the direction(s) named by --fail-on (default: newly reachable).
// Cost: two loads and resolves (at once, on two threads), then analysis::diff beside the
// intent and coverage outcomes of each version (on two more threads); output O(change groups).
// --host H compares only H's own firewall (run_host below; docs/audit.md, the round trip
// of `bulkhead import`).
#include <algorithm>
#include <future>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "analysis/diff.h"
#include "cli/analysis_output.h"
#include "cli/common.h"
#include "cli/json_text.h"
#include "policy/loader.h"

namespace bulkhead::cli {
namespace {

struct DiffOptions {
  std::string old_path;
  std::string new_path;
  std::string fail_on = "reachable";
  std::string format;
  std::size_t max_hosts = 100;
  std::string host;
};

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

// What the analyses beside the flow changes found: intent and coverage changes.
struct Changes {
  std::vector<analysis::IntentChange> intents;
  std::vector<analysis::CoverageChange> coverage;
};

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

void print_summary(const analysis::DiffReport& r, const Changes& out) {
  std::size_t count[3] = {0, 0, 0};
  for (const analysis::RuleChange& c : r.rule_changes) ++count[static_cast<int>(c.edit)];
  std::cout << fmt::format("rules: {} added, {} removed, {} changed\n", count[0], count[1],
                           count[2]);
  for (const analysis::RuleChange& c : r.rule_changes) {
    std::string at =
        c.edit == analysis::RuleEdit::Added ? c.new_rule->loc.file_line()
        : c.edit == analysis::RuleEdit::Removed
            ? c.old_rule->loc.file_line()
            : fmt::format("{} -> {}", c.old_rule->loc.file_line(), c.new_rule->loc.file_line());
    std::cout << fmt::format(
        "  {:<7} {}{}  at {}\n", analysis::rule_edit_name(c.edit), c.name,
        c.fields.empty() ? std::string() : fmt::format(" ({})", fmt::join(c.fields, ", ")), at);
    bool any = false;
    for (analysis::Change dir :
         {analysis::Change::NewlyReachable, analysis::Change::NewlyBlocked}) {
      std::string line = merged_text(r, c.groups, dir);
      if (line.empty()) continue;
      any = true;
      std::cout << "      " << line << '\n';
    }
    if (!any) std::cout << "      no flow changes\n";
  }
  if (!r.other_groups.empty()) {
    std::cout << "  other changes (zones, hosts, defaults or enforcement; no rule edit among "
                 "the deciding rules)\n";
    for (analysis::Change dir :
         {analysis::Change::NewlyReachable, analysis::Change::NewlyBlocked}) {
      std::string line = merged_text(r, r.other_groups, dir);
      if (!line.empty()) std::cout << "      " << line << '\n';
    }
  }
  std::cout << fmt::format("intents: {}\n", out.intents.empty()
                                                ? std::string("no outcome changes")
                                                : plural(out.intents.size(), "change"));
  for (const analysis::IntentChange& i : out.intents)
    std::cout << fmt::format("  {}: {} -> {}\n", i.name, holds_text(i.old_holds),
                             holds_text(i.new_holds));
  std::cout << fmt::format("coverage (ATT&CK M1030): {}\n",
                           out.coverage.empty() ? std::string("no status changes")
                                                : plural(out.coverage.size(), "change"));
  for (const analysis::CoverageChange& c : out.coverage)
    std::cout << fmt::format("  {} {}: {} -> {}\n", c.id, c.name,
                             analysis::coverage_status_name(c.old_status),
                             analysis::coverage_status_name(c.new_status));
}

void print_table(const decision::Decision& o, const decision::Decision& n,
                 const analysis::DiffReport& r, const Changes& outcomes, const DiffOptions& opt) {
  std::cout << fmt::format("diff {} -> {}: {} group{} newly reachable, {} newly blocked\n",
                           opt.old_path, opt.new_path, r.newly_reachable,
                           r.newly_reachable == 1 ? "" : "s", r.newly_blocked);
  print_summary(r, outcomes);
  if (!r.groups.empty()) std::cout << "\nflow changes by class pair and service:\n";
  analysis::Change current = analysis::Change::NewlyReachable;
  bool header = false;
  for (const analysis::DiffGroup& g : r.groups) {
    if (!header || g.change != current) {
      current = g.change;
      header = true;
      std::cout << '\n' << analysis::change_name(g.change) << '\n';
    }
    const analysis::JointClass& a = r.joint[g.src];
    const analysis::JointClass& b = r.joint[g.dst];
    std::cout << fmt::format(
        "  {} -> {}  {}{}\n", joint_name(o, n, a), joint_name(o, n, b), g.service,
        g.service == format_services(g.keys) ? std::string()
                                             : fmt::format(" ({})", format_services(g.keys)));
    std::cout << fmt::format("      from: {}\n", hosts_text(a, 6));
    std::cout << fmt::format("      to:   {}\n", hosts_text(b, 6));
    if (g.host_pairs > 0)
      std::cout << fmt::format("      host pairs: {}\n", analysis::count_text(g.host_pairs));
    std::cout << fmt::format("      old: {}\n", side_rules(o, g.old_rules, g.old_verdict));
    std::cout << fmt::format("      new: {}\n", side_rules(n, g.new_rules, g.new_verdict));
    std::string src = host_at(o, n, g.src_addr);
    std::string dst = host_at(o, n, g.dst_addr);
    std::cout << fmt::format("      e.g. {}{} -> {}{} {}: was {}, now {}\n", g.src_addr.str(),
                             src.empty() ? "" : " (" + src + ")", g.dst_addr.str(),
                             dst.empty() ? "" : " (" + dst + ")", analysis::key_text(g.key),
                             verdict_text(o, g.old_verdict), verdict_text(n, g.new_verdict));
  }
  std::cout << "\nA class is hosts that behave alike, named by the labels they share and @zone "
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
void print_json(const decision::Decision& o, const decision::Decision& n,
                const analysis::DiffReport& r, const Changes& outcomes, const DiffOptions& opt) {
  JsonStream out(std::cout);
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

// --host H: the verdicts of H's own firewall only (its inbound point on flows to its
// addresses, its outbound point on flows from them), compared for every peer address
// and service. Other points (zone firewalls, the peers' own firewalls) are left out, so
// that a policy drafted from H's firewall alone (`bulkhead import`) compares with the
// policy H's firewall was rendered from. Peers are cut at every atom boundary of either
// version, so each piece is one class on each side: O(pieces · addresses · segments). The
// host's own addresses are not peers (loopback does not pass its firewall).
struct HostChange {
  bool inbound = true;
  Addr own;
  std::string keys;
  bool old_permits = false;
  bool new_permits = false;
  std::string old_why;
  std::string new_why;
  IntervalSet<u128> peers;
};

/// Whether the host's own point on a class pair permits a tier (no such point: an
/// unmanaged host lets everything through).
bool own_permits(const decision::Decision& d, std::uint32_t s, std::uint32_t t, bool inbound,
                 decision::Tier tier) {
  decision::PointKind want =
      inbound ? decision::PointKind::HostInbound : decision::PointKind::HostOutbound;
  for (const decision::Point& p : d.points(s, t))
    if (p.kind == want) return p.permits(tier);
  return true;
}

std::string why_text(const decision::Decision& d, const decision::Segment& seg) {
  if (seg.rule == decision::kNoRule) return "the host's default";
  const policy::Rule& r = *d.rules()[seg.rule].rule;
  return fmt::format("{} {} at {}", policy::action_name(r.action), r.name, r.loc.file_line());
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

int run_host(const decision::Decision& o, const decision::Decision& n, const DiffOptions& opt) {
  std::int32_t oh = o.find_host(opt.host);
  std::int32_t nh = n.find_host(opt.host);
  if (oh < 0 || nh < 0) {
    usage_error(fmt::format("--host '{}': no such host in {}", opt.host,
                            oh < 0 ? opt.old_path : opt.new_path));
    return kBadInput;
  }
  const auto& old_addrs = o.model().hosts[static_cast<std::size_t>(oh)].addresses;
  const auto& new_addrs = n.model().hosts[static_cast<std::size_t>(nh)].addresses;
  std::vector<std::string> only;
  for (const Addr& a : old_addrs)
    if (std::find(new_addrs.begin(), new_addrs.end(), a) == new_addrs.end())
      only.push_back(a.str() + " only in OLD");
  for (const Addr& a : new_addrs)
    if (std::find(old_addrs.begin(), old_addrs.end(), a) == old_addrs.end())
      only.push_back(a.str() + " only in NEW");
  // Peer pieces: every atom start of either version.
  std::map<Family, std::vector<u128>> cuts;
  for (const decision::Decision* d : {&o, &n})
    for (const decision::Atom& a : d->atoms()) cuts[a.family].push_back(a.lo);
  std::map<std::tuple<bool, Addr, std::string, bool, bool, std::string, std::string>, HostChange>
      groups;
  std::size_t newly_reachable = 0, newly_blocked = 0;
  for (const Addr& own : old_addrs) {
    if (std::find(new_addrs.begin(), new_addrs.end(), own) == new_addrs.end()) continue;
    std::vector<u128>& c = cuts[own.family];
    c.push_back(0);
    std::sort(c.begin(), c.end());
    c.erase(std::unique(c.begin(), c.end()), c.end());
    const ServiceSet fam = family_services(own.family);
    for (std::size_t i = 0; i < c.size(); ++i) {
      const u128 lo = c[i];
      const u128 hi = i + 1 < c.size() ? c[i + 1] - 1 : family_max(own.family);
      const Addr peer{own.family, lo};
      // The host's own addresses talk to themselves over loopback, not through its firewall.
      if (o.atom_of(peer).host == oh || n.atom_of(peer).host == nh) continue;
      for (bool inbound : {true, false}) {
        auto pair = [&](const decision::Decision& d) {
          return inbound ? std::pair{d.class_of(peer), d.class_of(own)}
                         : std::pair{d.class_of(own), d.class_of(peer)};
        };
        auto [os, ot] = pair(o);
        auto [ns, nt] = pair(n);
        const decision::TierMap& om = o.tiers(os, ot);
        const decision::TierMap& nm = n.tiers(ns, nt);
        for (const auto& iv : fam.intervals()) {
          std::uint32_t k = iv.lo;
          while (true) {
            const decision::Segment& a = decision::Decision::segment_at(om, k);
            const decision::Segment& b = decision::Decision::segment_at(nm, k);
            std::uint32_t end = std::min({a.hi, b.hi, iv.hi});
            bool op = own_permits(o, os, ot, inbound, a.tier);
            bool np = own_permits(n, ns, nt, inbound, b.tier);
            if (op != np) {
              HostChange& g = groups[{inbound, own, format_services(ServiceSet::range(k, end)), op,
                                      np, why_text(o, a), why_text(n, b)}];
              if (g.peers.empty()) {
                g = {inbound,
                     own,
                     format_services(ServiceSet::range(k, end)),
                     op,
                     np,
                     why_text(o, a),
                     why_text(n, b),
                     {}};
                (np ? newly_reachable : newly_blocked) += 1;
              }
              g.peers.add(lo, hi);
            }
            if (end == iv.hi) break;
            k = end + 1;
          }
        }
      }
    }
  }
  std::size_t total = groups.size() + only.size();
  if (opt.format == "json") {
    ojson j = {{"old", opt.old_path},
               {"new", opt.new_path},
               {"host", opt.host},
               {"addresses", only},
               {"changes", ojson::array()}};
    for (const auto& [k, g] : groups)
      j["changes"].push_back({{"direction", g.inbound ? "inbound" : "outbound"},
                              {"address", g.own.str()},
                              {"peers", peer_text(g.own.family, g.peers)},
                              {"services", g.keys},
                              {"old", g.old_permits ? "permits" : "blocks"},
                              {"old_by", g.old_why},
                              {"new", g.new_permits ? "permits" : "blocks"},
                              {"new_by", g.new_why}});
    std::cout << j.dump() << '\n';
  } else {
    std::cout << fmt::format("diff {} -> {} at host {}'s own firewall: {} change{}\n", opt.old_path,
                             opt.new_path, opt.host, total, total == 1 ? "" : "s");
    for (const std::string& s : only) std::cout << "  address " << s << '\n';
    for (const auto& [k, g] : groups) {
      std::string peers = peer_text(g.own.family, g.peers);
      std::cout << fmt::format("  {} {} -> {} {}: {} by {}, now {} by {}\n",
                               g.inbound ? "inbound " : "outbound", g.inbound ? peers : g.own.str(),
                               g.inbound ? g.own.str() : peers, g.keys,
                               g.old_permits ? "permitted" : "blocked", g.old_why,
                               g.new_permits ? "permitted" : "blocked", g.new_why);
    }
  }
  const bool fail = !only.empty() || (opt.fail_on != "blocked" && newly_reachable > 0) ||
                    (opt.fail_on != "reachable" && newly_blocked > 0);
  return fail ? kFindings : kOk;
}

/// One version, loaded and resolved without printing, so that both can load at once.
struct Side {
  Diagnostics diags;
  std::shared_ptr<const decision::Decision> d;
};

Side load_side(const std::string& path) {
  Side s;
  std::optional<policy::Model> m = policy::load({path}, s.diags);
  if (m && !s.diags.has_errors()) s.d = decision::Decision::resolve(std::move(*m));
  return s;
}

int run(const DiffOptions& o) {
  // The versions share nothing, and at 100,000 hosts their loads are most of a diff's
  // time: the new one loads on a second thread. Diagnostics print old first, then new.
  std::future<Side> pending = std::async(std::launch::async, load_side, o.new_path);
  Side old_side = load_side(o.old_path);
  Side new_side = pending.get();
  int errors = 0;
  for (const Side* s : {&old_side, &new_side}) {
    print_diagnostics(s->diags);
    errors += s->diags.error_count();
  }
  if (!old_side.d || !new_side.d) {
    print_error_count(errors);
    return kBadInput;
  }
  const std::shared_ptr<const decision::Decision>& old_d = old_side.d;
  const std::shared_ptr<const decision::Decision>& new_d = new_side.d;
  if (!o.host.empty()) return run_host(*old_d, *new_d, o);
  // Each version's intent and coverage outcomes depend neither on the diff nor on the
  // other version: two more threads compute them meanwhile (a resolved Decision is safe
  // to share between threads).
  std::future<analysis::Outcomes> old_outcomes =
      std::async(std::launch::async, analysis::outcomes, std::cref(*old_d));
  std::future<analysis::Outcomes> new_outcomes =
      std::async(std::launch::async, analysis::outcomes, std::cref(*new_d));
  analysis::DiffReport r = analysis::diff(*old_d, *new_d);
  const analysis::Outcomes oo = old_outcomes.get();
  const analysis::Outcomes no = new_outcomes.get();
  const Changes outcomes{analysis::intent_changes(oo, no), analysis::coverage_changes(oo, no)};
  if (o.format == "json") {
    print_json(*old_d, *new_d, r, outcomes, o);
  } else {
    print_table(*old_d, *new_d, r, outcomes, o);
  }
  keep_until_exit(old_d);
  keep_until_exit(new_d);
  const bool fail = (o.fail_on != "blocked" && r.newly_reachable > 0) ||
                    (o.fail_on != "reachable" && r.newly_blocked > 0);
  return fail ? kFindings : kOk;
}

}  // namespace

void add_diff(CLI::App& app) {
  auto o = std::make_shared<DiffOptions>();
  CLI::App* sub = app.add_subcommand(
      "diff", "which flows become reachable or blocked between two policy versions");
  sub->add_option("old", o->old_path, "the old policy (file or directory)")->required();
  sub->add_option("new", o->new_path, "the new policy (file or directory)")->required();
  sub->add_option("--fail-on", o->fail_on,
                  "exit 1 when flows become newly reachable, newly blocked, or either")
      ->check(CLI::IsMember({"reachable", "blocked", "any"}))
      ->capture_default_str();
  sub->add_option("--max-hosts", o->max_hosts, "JSON: host names listed per side")
      ->capture_default_str();
  sub->add_option("--host", o->host,
                  "compare only this host's own firewall (its inbound and outbound verdicts, "
                  "for every peer and service)");
  add_format(sub, &o->format, {"table", "json"});
  sub->callback([o] { set_exit(run(*o)); });
}

}  // namespace bulkhead::cli
