// The writers of `flows check`: text, streamed JSON and SARIF 2.1.0. Every example names
// the input and line it was read from. O(findings), with no document held whole.
#include "output/flows_check.h"

#include <ctime>

#include <fmt/format.h>

#include "analysis/counterexample.h"
#include "output/analysis_text.h"
#include "output/json_text.h"
#include "output/sarif.h"
#include "output/verdict_json.h"
#include "policy/catalog.h"

namespace bulkhead::output {
namespace {

// Entries per section in the default summary; --details shows all.
constexpr std::size_t kSummaryRows = 5;

using decision::Decision;

std::string when(std::int64_t t) {
  if (t == 0) return "?";
  std::time_t tt = static_cast<std::time_t>(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", tm.tm_year + 1900, tm.tm_mon + 1,
                     tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
}
ojson when_json(std::int64_t t) {
  return t == 0 ? ojson() : ojson(when(t));
}

std::int32_t host_of(const Decision& d, const Addr& a) {
  return d.atom_of(a).host;
}
std::string addr_text(const Decision& d, const Addr& a) {
  std::int32_t h = host_of(d, a);
  if (h == decision::kNoHost) return a.str();
  return fmt::format("{} ({})", d.model().hosts[static_cast<std::size_t>(h)].name, a.str());
}
ojson addr_json(const Decision& d, const Addr& a) {
  std::int32_t h = host_of(d, a);
  ojson j;
  j["host"] =
      h == decision::kNoHost ? ojson() : ojson(d.model().hosts[static_cast<std::size_t>(h)].name);
  j["address"] = a.str();
  j["class"] = d.classes()[d.class_of(a)].name;
  return j;
}

/// Where a seen flow was read: "file:line" ("file" without a line, "line N" without a
/// file name, empty without either).
std::string where(const flows::SeenFlow& f) {
  if (f.file.empty()) return f.line != 0 ? fmt::format("line {}", f.line) : std::string();
  return f.line != 0 ? fmt::format("{}:{}", f.file, f.line) : std::string(f.file);
}

/// The analysis form of a seen flow, with what decided it.
analysis::FlowExample example_of(const Decision& d, const flows::SeenFlow& f) {
  analysis::FlowExample ex;
  ex.src = analysis::Endpoint{f.src, host_of(d, f.src), d.class_of(f.src)};
  ex.dst = analysis::Endpoint{f.dst, host_of(d, f.dst), d.class_of(f.dst)};
  ex.key = f.key;
  ex.verdict = f.verdict;
  ex.why = analysis::explain(d, ex.src.cls, ex.dst.cls, f.verdict);
  return ex;
}

ojson seen_json(const Decision& d, const flows::SeenFlow& f) {
  ojson j = example_json(d, example_of(d, f));
  if (!f.key_known) j["port"] = nullptr;
  j["observed"] = std::string(flows::observed_name(f.observed));
  j["time"] = when_json(f.time);
  j["file"] = f.file.empty() ? ojson() : ojson(std::string(f.file));
  j["line"] = f.line;
  j["log"] = f.file.empty() ? ojson() : ojson(where(f));  // "file:line"
  j["reply"] = f.reply;
  return j;
}

std::string seen_text(const Decision& d, const flows::SeenFlow& f) {
  std::string port = f.key_known ? analysis::key_text(f.key)
                                 : fmt::format("{} (port unknown)", proto_name(key_proto(f.key)));
  std::string out = fmt::format("{} -> {} {}", addr_text(d, f.src), addr_text(d, f.dst), port);
  if (f.time != 0) out += " at " + when(f.time);
  const std::string w = where(f);
  if (!w.empty()) out += " (" + w + ")";
  if (f.reply) out += " [reply, judged as its connection]";
  return out;
}

/// What decided a verdict: "rule X (file:line)" or "inbound firewall of fs-01 (default deny)".
std::string deciding(const Decision& d, const flows::SeenFlow& f) {
  return analysis::deciding_text(d, example_of(d, f));
}

/// Where to fix what decided a flow: the rule, else the zone or settings that set the
/// deciding point's default.
SourceLoc decider_loc(const Decision& d, const flows::SeenFlow& f) {
  if (f.verdict.rule != decision::kNoRule) return d.rules()[f.verdict.rule].rule->loc;
  analysis::FlowExample ex = example_of(d, f);
  if (ex.why.point) {
    const decision::Point& p = *ex.why.point;
    std::uint32_t zone = p.kind == decision::PointKind::HostOutbound  ? d.classes()[ex.src.cls].zone
                         : p.kind == decision::PointKind::HostInbound ? d.classes()[ex.dst.cls].zone
                                                                      : p.zone;
    const policy::Zone* z = d.zones()[zone].zone;
    if (z != nullptr) {
      bool sets = p.kind == decision::PointKind::ZoneFirewall ||
                  (p.kind == decision::PointKind::HostInbound && z->default_inbound) ||
                  (p.kind == decision::PointKind::HostOutbound && z->default_outbound);
      if (sets) return z->loc;
    }
  }
  const SourceLoc& s = d.model().settings.loc;
  if (s.known()) return s;
  return SourceLoc{d.model().files.empty() ? std::string("policy") : d.model().files.front(), 1, 1};
}

ojson rule_or_default_json(const Decision& d, const flows::SeenFlow& f) {
  ojson j;
  analysis::FlowExample ex = example_of(d, f);
  if (f.verdict.rule != decision::kNoRule) {
    const policy::Rule& r = *d.rules()[f.verdict.rule].rule;
    j["decided_by"] = "rule";
    j["rule"] = r.name;
    j["action"] = std::string(policy::action_name(r.action));
  } else {
    j["decided_by"] = ex.why.by == analysis::DecidedBy::NoPoint ? "no-point" : "default";
    j["rule"] = nullptr;
    j["action"] = nullptr;
  }
  j["at"] = decider_loc(d, f).file_line();
  j["why"] = analysis::deciding_text(d, ex);
  return j;
}

ojson group_json(const Decision& d, const flows::FlowGroup& g, bool impact) {
  ojson j = rule_or_default_json(d, g.example);
  j["from"] = d.classes()[g.src_cls].name;
  j["to"] = d.classes()[g.dst_cls].name;
  j["service"] = g.service;
  j["flows"] = g.flows;
  j["records"] = g.records;
  j["bytes"] = g.bytes;
  j["first"] = when_json(g.first);
  j["last"] = when_json(g.last);
  if (impact) j["audit"] = g.audit;
  j["example"] = seen_json(d, g.example);
  return j;
}

std::string group_text(const Decision& d, const flows::FlowGroup& g) {
  return fmt::format("  {:>8}  {} -> {}  {}\n            decided by {}\n            e.g. {}\n",
                     count_noun(g.flows, "flow"), d.classes()[g.src_cls].name,
                     d.classes()[g.dst_cls].name, g.service, deciding(d, g.example),
                     seen_text(d, g.example));
}

std::string names(const std::vector<std::string>& v) {
  return fmt::format("{}", fmt::join(v, ", "));
}
std::string classes_text(const Decision& d, const std::vector<std::uint32_t>& cls) {
  std::vector<std::string> out;
  for (std::uint32_t c : cls) out.push_back(d.classes()[c].name);
  return names(out);
}

/// "narrow rule X: keep from [A] to [B]; from [C] to [D]" for a rule with unused cells.
std::string narrowing_text(const Decision& d, const flows::RuleUse& u) {
  std::vector<std::string> blocks;
  for (const auto& [from, to] : u.narrowing)
    blocks.push_back(fmt::format("from [{}] to [{}]", classes_text(d, from), classes_text(d, to)));
  return fmt::format("narrow rule {} to what was used: {}", d.rules()[u.rule].rule->name,
                     fmt::join(blocks, "; "));
}

std::string peers_text(std::uint64_t n, bool capped) {
  return capped ? fmt::format("≥{}", n) : analysis::count_text(n);
}

/// A rule the user wrote with action allow (baseline rows are the catalog's, not theirs
/// to narrow: they are in JSON, not in the text or SARIF findings).
bool user_allow(const Decision& d, std::uint32_t rule) {
  const decision::CompiledRule& cr = d.rules()[rule];
  return cr.tier == decision::Tier::Allow && cr.rule->origin.baseline.empty();
}

// ---------------------------------------------------------------------------------------
// Text.

void print_header(std::ostream& os, const Decision& d, const flows::CheckResult& r) {
  const flows::CheckTotals& t = r.totals;
  const std::string name = d.model().name.empty() ? std::string("policy") : d.model().name;
  os << fmt::format("flows check {}: {} in {} (accepted {}, rejected {}, unknown {}); {} judged",
                    name, count_noun(t.flows, "flow"), count_noun(t.records, "record"),
                    analysis::count_text(t.accepted), analysis::count_text(t.rejected),
                    analysis::count_text(t.unknown), analysis::count_text(t.judged));
  std::vector<std::string> skipped;
  for (std::size_t i = 0; i < flows::kUnjudgedKinds; ++i)
    if (t.unjudged[i] > 0)
      skipped.push_back(fmt::format("{} {}", analysis::count_text(t.unjudged[i]),
                                    flows::unjudged_name(static_cast<flows::Unjudged>(i))));
  if (!skipped.empty()) os << fmt::format(", not judgeable: {}", names(skipped));
  os << '\n';
  std::size_t allow = 0, zero = 0, unused_rules = 0, unused_cells = 0;
  for (const flows::RuleUse& u : r.rules) {
    if (!user_allow(d, u.rule)) continue;
    ++allow;
    if (u.flows == 0) ++zero;
    if (!u.unused_pairs.empty()) {
      ++unused_rules;
      unused_cells += u.unused_pairs.size();
    }
  }
  os << fmt::format(
      "  {} violation group{} ({}), {} gap-traffic group{} ({}), {} source{} with blocked lateral "
      "attempts, {} lateral-movement detection{}\n",
      r.violations.size(), r.violations.size() == 1 ? "" : "s", count_noun(t.violations, "flow"),
      r.gaps.size(), r.gaps.size() == 1 ? "" : "s", count_noun(t.gaps, "flow"), r.blocked.size(),
      r.blocked.size() == 1 ? "" : "s", r.detections.size(), r.detections.size() == 1 ? "" : "s");
  os << fmt::format(
      "  allow rules: {} of {} used, {} never hit; {} open{} {} class pair{} no flow used\n",
      allow - zero, allow, zero, count_noun(unused_rules, "rule"), unused_rules == 1 ? "s" : "",
      unused_cells, unused_cells == 1 ? "" : "s");
  if (r.options.impact)
    os << fmt::format("  impact: {} accepted flows this policy blocks, in {} group{}\n",
                      analysis::count_text(t.impact), r.impact.size(),
                      r.impact.size() == 1 ? "" : "s");
  if (r.baseline)
    os << fmt::format("  baseline ({}): {} class pair and service{} never seen before\n",
                      count_noun(t.baseline_records, "record"), r.novel.size(),
                      r.novel.size() == 1 ? "" : "s");
  if (!r.prefix_mismatches.empty())
    os << fmt::format(
        "  {} bulkhead log prefix{} name another rule than this policy decides (drift)\n",
        r.prefix_mismatches.size(), r.prefix_mismatches.size() == 1 ? "" : "es");
}

template <typename T, typename Fn>
void print_list(std::ostream& os, const std::vector<T>& items, std::size_t max, Fn&& fn) {
  for (std::size_t i = 0; i < items.size() && i < max; ++i) fn(items[i]);
  if (items.size() > max) os << fmt::format("  ... and {} more (--details)\n", items.size() - max);
}

void print_text(std::ostream& os, const Decision& d, const flows::CheckResult& r, bool details,
                const std::string& window) {
  const std::size_t max = details ? static_cast<std::size_t>(-1) : kSummaryRows;
  print_header(os, d, r);
  const flows::CheckOptions& o = r.options;
  if (!r.detections.empty()) {
    os << fmt::format(
        "\nlateral-movement detections: a source reaching {} or more distinct hosts on {} within "
        "{}\n",
        o.lateral_k,
        [&] {
          std::vector<std::string> n;
          for (const auto& s : o.lateral_services) n.push_back(s.first);
          return names(n);
        }(),
        window);
    print_list(os, r.detections, max, [&](const flows::Detection& det) {
      os << fmt::format("  {}: {} from {} to {} (at most {} in one window)\n",
                        addr_text(d, det.src), count_noun(det.targets.size(), "target"),
                        when(det.first), when(det.last), det.peak);
      const std::size_t tmax = details ? det.targets.size() : 12;
      for (std::size_t i = 0; i < det.targets.size() && i < tmax; ++i) {
        const flows::LateralTarget& t = det.targets[i];
        os << fmt::format("    {}  {}  {} [{}]  {}; {}\n", when(t.first), addr_text(d, t.dst),
                          names(t.services), names(t.techniques),
                          t.blocked == t.attempts ? "blocked"
                          : t.blocked == 0        ? "not refused"
                                                  : "partly blocked",
                          deciding(d, t.example));
      }
      if (det.targets.size() > tmax)
        os << fmt::format("    ... and {} more targets (--details)\n", det.targets.size() - tmax);
    });
  }
  if (!r.violations.empty()) {
    os << "\nviolations: accepted, yet the policy says not reachable (an enforcement point "
          "is missing, not applied or drifted)\n";
    print_list(os, r.violations, max, [&](const flows::FlowGroup& g) { os << group_text(d, g); });
  }
  if (r.options.impact && !r.impact.empty()) {
    os << "\nimpact: accepted flows this policy blocks once every point enforces\n";
    print_list(os, r.impact, max, [&](const flows::FlowGroup& g) {
      os << group_text(d, g);
      if (g.audit) os << "            (let through today by audit mode)\n";
    });
  }
  if (!r.gaps.empty()) {
    os << "\ngap traffic: reachable but not intended (nothing on the path enforces the "
          "policy)\n";
    print_list(os, r.gaps, max, [&](const flows::FlowGroup& g) { os << group_text(d, g); });
  }
  if (!r.blocked.empty()) {
    os << "\nblocked lateral-movement attempts, by source (likely scanning or spreading)\n";
    print_list(os, r.blocked, max, [&](const flows::BlockedSource& b) {
      os << fmt::format("  {:>8}  {}  {} on {}, {} to {}\n", count_noun(b.attempts, "attempt"),
                        addr_text(d, b.src), count_noun(b.targets, "target"), names(b.services),
                        when(b.first), when(b.last));
    });
  }
  if (r.baseline && !r.novel.empty()) {
    os << "\nnew since the baseline: class pairs and services never seen before\n";
    print_list(os, r.novel, max, [&](const flows::Novelty& n) {
      os << fmt::format("  {:>8}  {} -> {}  {}{}\n            e.g. {}\n",
                        count_noun(n.flows, "flow"), d.classes()[n.src_cls].name,
                        d.classes()[n.dst_cls].name, n.service,
                        n.lateral ? "  [lateral movement]" : "", seen_text(d, n.example));
    });
  }
  if (!r.prefix_mismatches.empty()) {
    os << "\nlog prefixes that disagree with the policy (the deployed ruleset differs)\n";
    print_list(os, r.prefix_mismatches, max, [&](const flows::PrefixMismatch& m) {
      os << fmt::format("  {:>8}  logged \"{}\"; the policy: {}\n            e.g. {}\n",
                        count_noun(m.flows, "flow"), m.prefix, deciding(d, m.example),
                        seen_text(d, m.example));
    });
  }
  // Used versus allowed.
  std::vector<const flows::RuleUse*> unused;
  for (const flows::RuleUse& u : r.rules)
    if (!u.unused_pairs.empty() && user_allow(d, u.rule)) unused.push_back(&u);
  if (!unused.empty()) {
    os << "\nallowed but unused: class pairs allow rules open that no flow used\n";
    print_list(os, unused, max, [&](const flows::RuleUse* u) {
      const policy::Rule& rule = *d.rules()[u->rule].rule;
      os << fmt::format("  {} ({}): {} used, {} unused\n      fix: {}\n", rule.name,
                        rule.loc.file_line(), count_noun(u->used_pairs.size(), "class pair"),
                        u->unused_pairs.size(), narrowing_text(d, *u));
    });
  }
  std::vector<const flows::RuleUse*> never;
  for (const flows::RuleUse& u : r.rules)
    if (u.flows == 0 && user_allow(d, u.rule)) never.push_back(&u);
  if (!never.empty() && !details) {
    os << "\nallow rules with zero hits (remove them, or keep them for traffic the logs do "
          "not cover)\n";
    print_list(os, never, max, [&](const flows::RuleUse* u) {
      const policy::Rule& rule = *d.rules()[u->rule].rule;
      os << fmt::format("  {} ({})\n", rule.name, rule.loc.file_line());
    });
  }
  if (details) {
    os << "\nrules: hits, bytes, first and last seen, distinct sources and destinations\n";
    for (const flows::RuleUse& u : r.rules) {
      const policy::Rule& rule = *d.rules()[u.rule].rule;
      if (u.flows == 0) {
        os << fmt::format("  {:<32} {:<24} zero hits\n", rule.name, rule.loc.file_line());
        continue;
      }
      os << fmt::format("  {:<32} {:<24} {} flows, {} bytes, {} .. {}, {} src, {} dst\n", rule.name,
                        rule.loc.file_line(), analysis::count_text(u.flows),
                        analysis::count_text(u.bytes), when(u.first), when(u.last),
                        peers_text(u.sources, u.sources_capped),
                        peers_text(u.destinations, u.destinations_capped));
    }
  }
  os << "\nnext: ";
  if (!details) os << "`--details` lists every finding and every rule's use; ";
  os << "`--format json|sarif` gives all of them to tools\n";
}

// ---------------------------------------------------------------------------------------
// JSON, streamed: one element at a time.

template <typename T, typename Fn>
void stream_array(std::ostream& os, const char* name, const std::vector<T>& items, Fn&& fn,
                  bool last = false) {
  os << "  \"" << name << "\": [";
  for (std::size_t i = 0; i < items.size(); ++i)
    os << (i == 0 ? "\n    " : ",\n    ") << json_text(fn(items[i]));
  os << (items.empty() ? "]" : "\n  ]") << (last ? "\n" : ",\n");
}

ojson totals_json(const flows::CheckResult& r) {
  const flows::CheckTotals& t = r.totals;
  ojson unj;
  for (std::size_t i = 0; i < flows::kUnjudgedKinds; ++i)
    unj[std::string(flows::unjudged_name(static_cast<flows::Unjudged>(i)))] = t.unjudged[i];
  std::size_t used = 0, zero = 0, cells = 0;
  for (const flows::RuleUse& u : r.rules) {
    (u.flows > 0 ? used : zero) += 1;
    cells += u.unused_pairs.size();
  }
  return ojson{{"records", t.records},
               {"flows", t.flows},
               {"accepted", t.accepted},
               {"rejected", t.rejected},
               {"unknown", t.unknown},
               {"judged", t.judged},
               {"not_judgeable", unj},
               {"replies", t.replies},
               {"decided_by_rule", t.by_rule},
               {"decided_by_default", t.by_default},
               {"bulkhead_prefixed", t.bh_prefixed},
               {"foreign_prefixes", t.foreign_prefix},
               {"baseline_records", t.baseline_records},
               {"violation_flows", t.violations},
               {"gap_flows", t.gaps},
               {"impact_flows", t.impact},
               {"blocked_lateral_flows", t.blocked_lateral},
               {"violations", r.violations.size()},
               {"gaps", r.gaps.size()},
               {"impact", r.impact.size()},
               {"blocked_sources", r.blocked.size()},
               {"detections", r.detections.size()},
               {"novel", r.novel.size()},
               {"rules_used", used},
               {"rules_zero_hits", zero},
               {"unused_class_pairs", cells},
               {"prefix_mismatches", r.prefix_mismatches.size()}};
}

void print_json(std::ostream& os, const Decision& d, const flows::CheckResult& r,
                const flows::ReadStats& stats) {
  const flows::CheckOptions& o = r.options;
  ojson settings;
  settings["impact"] = o.impact;
  settings["lateral_k"] = o.lateral_k;
  settings["window_seconds"] = o.window_s;
  settings["lateral_services"] = ojson::array();
  for (const auto& s : o.lateral_services) settings["lateral_services"].push_back(s.first);
  settings["lateral_include_allowed"] = o.lateral_include_allowed;
  settings["orient_replies"] = o.orient_replies;
  settings["peer_cap"] = o.peer_cap;
  os << "{\n";
  os << "  \"policy\": " << json_text(ojson(d.model().name)) << ",\n";
  os << "  \"files\": " << json_text(ojson(d.model().files)) << ",\n";
  os << "  \"settings\": " << json_text(settings) << ",\n";
  os << "  \"read\": " << json_text(read_stats_json(stats)) << ",\n";
  os << "  \"summary\": " << json_text(totals_json(r)) << ",\n";
  stream_array(os, "detections", r.detections, [&](const flows::Detection& det) {
    ojson j;
    j["source"] = addr_json(d, det.src);
    j["first"] = when_json(det.first);
    j["last"] = when_json(det.last);
    j["peak"] = det.peak;
    j["targets"] = ojson::array();
    for (const flows::LateralTarget& t : det.targets) {
      ojson tj;
      tj["target"] = addr_json(d, t.dst);
      tj["first"] = when_json(t.first);
      tj["last"] = when_json(t.last);
      tj["services"] = t.services;
      tj["techniques"] = t.techniques;
      tj["attempts"] = t.attempts;
      tj["blocked"] = t.blocked;
      tj["decided"] = rule_or_default_json(d, t.example);
      tj["example"] = seen_json(d, t.example);
      j["targets"].push_back(std::move(tj));
    }
    return j;
  });
  stream_array(os, "violations", r.violations,
               [&](const flows::FlowGroup& g) { return group_json(d, g, false); });
  stream_array(os, "gaps", r.gaps,
               [&](const flows::FlowGroup& g) { return group_json(d, g, false); });
  stream_array(os, "impact", r.impact,
               [&](const flows::FlowGroup& g) { return group_json(d, g, true); });
  stream_array(os, "blocked_lateral", r.blocked, [&](const flows::BlockedSource& b) {
    return ojson{{"source", addr_json(d, b.src)},
                 {"attempts", b.attempts},
                 {"targets", b.targets},
                 {"services", b.services},
                 {"first", when_json(b.first)},
                 {"last", when_json(b.last)},
                 {"example", seen_json(d, b.example)}};
  });
  stream_array(os, "novel", r.novel, [&](const flows::Novelty& n) {
    return ojson{{"from", d.classes()[n.src_cls].name},
                 {"to", d.classes()[n.dst_cls].name},
                 {"service", n.service},
                 {"lateral", n.lateral},
                 {"flows", n.flows},
                 {"first", when_json(n.first)},
                 {"last", when_json(n.last)},
                 {"example", seen_json(d, n.example)}};
  });
  stream_array(os, "prefix_mismatches", r.prefix_mismatches, [&](const flows::PrefixMismatch& m) {
    ojson j = rule_or_default_json(d, m.example);
    j["prefix"] = m.prefix;
    j["flows"] = m.flows;
    j["example"] = seen_json(d, m.example);
    return j;
  });
  stream_array(
      os, "rules", r.rules,
      [&](const flows::RuleUse& u) {
        const policy::Rule& rule = *d.rules()[u.rule].rule;
        ojson j{{"name", rule.name},
                {"action", std::string(policy::action_name(rule.action))},
                {"at", rule.loc.file_line()},
                {"flows", u.flows},
                {"records", u.records},
                {"bytes", u.bytes},
                {"first", when_json(u.first)},
                {"last", when_json(u.last)},
                {"sources", u.sources},
                {"sources_capped", u.sources_capped},
                {"destinations", u.destinations},
                {"destinations_capped", u.destinations_capped}};
        auto pairs = [&](const std::vector<std::pair<std::uint32_t, std::uint32_t>>& v) {
          ojson a = ojson::array();
          for (const auto& [s, t] : v)
            a.push_back({{"from", d.classes()[s].name}, {"to", d.classes()[t].name}});
          return a;
        };
        j["used_pairs"] = pairs(u.used_pairs);
        if (d.rules()[u.rule].tier == decision::Tier::Allow) {
          j["unused_computed"] = u.unused_computed || u.flows == 0;
          j["unused_pairs"] = pairs(u.unused_pairs);
          ojson n = ojson::array();
          for (const auto& [from, to] : u.narrowing) {
            ojson fj = ojson::array(), tj = ojson::array();
            for (std::uint32_t c : from) fj.push_back(d.classes()[c].name);
            for (std::uint32_t c : to) tj.push_back(d.classes()[c].name);
            n.push_back({{"from", fj}, {"to", tj}});
          }
          j["narrowing"] = n;
        }
        return j;
      },
      true);
  os << "}\n";
}

// ---------------------------------------------------------------------------------------
// SARIF 2.1.0.

/// A finding's locations: what decided it (the rule, or the zone or settings that set the
/// deciding default), then the example flow's line in its log when it has one.
ojson sarif_locations(const SourceLoc& decider, const flows::SeenFlow* example) {
  ojson locs = ojson::array({SarifLog::location(decider)});
  if (example != nullptr && !example->file.empty() && example->line != 0)
    locs.push_back(
        SarifLog::location(std::string(example->file), example->line, 0, "example flow"));
  return locs;
}

void print_sarif(std::ostream& os, const Decision& d, const flows::CheckResult& r) {
  SarifLog log;
  auto rule = [&](const char* id, const char* name, const char* brief, const char* level) {
    return log.add_rule(id, name, brief, "", level);
  };
  const std::size_t kViolation =
      rule("flow-violation", "FlowViolation",
           "Accepted traffic the policy says is not reachable (enforcement missing or drifted)",
           "error");
  const std::size_t kDetection =
      rule("lateral-movement", "LateralMovement",
           "A source reached many hosts on lateral-movement services within the window", "error");
  const std::size_t kGap =
      rule("gap-traffic", "GapTraffic",
           "Traffic reachable but not intended: nothing enforces the policy", "warning");
  const std::size_t kImpact = rule("flow-impact", "FlowImpact",
                                   "Accepted traffic this policy blocks once enforced", "warning");
  const std::size_t kBlocked = rule("blocked-lateral", "BlockedLateral",
                                    "Refused attempts on lateral-movement services", "note");
  const std::size_t kNovel = rule("novel-traffic", "NovelTraffic",
                                  "A class pair and service never seen in the baseline", "note");
  const std::size_t kUnused =
      rule("unused-allow", "UnusedAllow",
           "An allow rule opens class pairs no flow used, or is never hit", "note");
  const std::size_t kDrift =
      rule("prefix-drift", "PrefixDrift",
           "A bulkhead log line names another rule than the policy decides", "warning");
  // A finding with an example flow: at what decided it, then at the flow's log line.
  auto at = [&](const flows::SeenFlow& ex) { return sarif_locations(decider_loc(d, ex), &ex); };

  for (const flows::Detection& det : r.detections) {
    const flows::SeenFlow& ex = det.targets.front().example;
    std::vector<std::string> targets;
    for (const flows::LateralTarget& t : det.targets) targets.push_back(addr_text(d, t.dst));
    ojson props = {{"source", addr_json(d, det.src)},
                   {"first", when_json(det.first)},
                   {"last", when_json(det.last)},
                   {"targets", targets}};
    log.add_result(kDetection, "error",
                   fmt::format("{} reached {} on lateral-movement services from {} to {}: {}",
                               addr_text(d, det.src), count_noun(det.targets.size(), "host"),
                               when(det.first), when(det.last), names(targets)),
                   at(ex), std::move(props));
  }
  auto groups = [&](const std::vector<flows::FlowGroup>& gs, std::size_t ri, const char* level,
                    const char* what) {
    for (const flows::FlowGroup& g : gs)
      log.add_result(
          ri, level,
          fmt::format("{} {} -> {} on {}: {}; decided by {}; e.g. {}", count_noun(g.flows, "flow"),
                      d.classes()[g.src_cls].name, d.classes()[g.dst_cls].name, g.service, what,
                      deciding(d, g.example), seen_text(d, g.example)),
          at(g.example), group_json(d, g, ri == kImpact));
  };
  groups(r.violations, kViolation, "error", "accepted, yet the policy says not reachable");
  groups(r.impact, kImpact, "warning", "accepted today, blocked by this policy");
  groups(r.gaps, kGap, "warning", "reachable but not intended");
  for (const flows::BlockedSource& b : r.blocked)
    log.add_result(kBlocked, "note",
                   fmt::format("{}: {} to {} on {} refused", addr_text(d, b.src),
                               count_noun(b.attempts, "attempt"), count_noun(b.targets, "target"),
                               names(b.services)),
                   at(b.example), ojson{{"attempts", b.attempts}, {"targets", b.targets}});
  for (const flows::Novelty& n : r.novel)
    log.add_result(
        kNovel, n.lateral ? "error" : "note",
        fmt::format("new since the baseline: {} -> {} on {} ({})", d.classes()[n.src_cls].name,
                    d.classes()[n.dst_cls].name, n.service, count_noun(n.flows, "flow")),
        at(n.example), ojson{{"lateral", n.lateral}, {"flows", n.flows}});
  for (const flows::RuleUse& u : r.rules) {
    const policy::Rule& rule = *d.rules()[u.rule].rule;
    if (!user_allow(d, u.rule)) continue;
    if (u.flows == 0) {
      log.add_result(kUnused, "note", fmt::format("allow rule {} was never hit", rule.name),
                     sarif_locations(rule.loc, nullptr), ojson{{"flows", 0}});
    } else if (!u.unused_pairs.empty()) {
      log.add_result(
          kUnused, "note",
          fmt::format("allow rule {} opens {} no flow used; {}", rule.name,
                      count_noun(u.unused_pairs.size(), "class pair"), narrowing_text(d, u)),
          sarif_locations(rule.loc, nullptr),
          ojson{{"flows", u.flows}, {"unused_pairs", u.unused_pairs.size()}});
    }
  }
  for (const flows::PrefixMismatch& m : r.prefix_mismatches)
    log.add_result(kDrift, "warning",
                   fmt::format("logged \"{}\" but the policy decides by {} ({})", m.prefix,
                               deciding(d, m.example), count_noun(m.flows, "flow")),
                   at(m.example), ojson{{"prefix", m.prefix}, {"flows", m.flows}});
  for (const std::string& f : d.model().files) log.add_artifact(f);
  os << log.text();
}

}  // namespace

void write_flows_check(const flows::CheckResult& r, const flows::ReadStats& read,
                       const decision::Decision& d, Format f, const FlowsCheckOptions& o,
                       std::ostream& os) {
  switch (f) {
    case Format::Json:
      print_json(os, d, r, read);
      return;
    case Format::Sarif:
      print_sarif(os, d, r);
      return;
    case Format::Table:
      print_text(os, d, r, o.details, o.window);
      return;
  }
}

int exit_code(const flows::CheckResult& r) {
  return r.failed() ? 1 : 0;
}

}  // namespace bulkhead::output
