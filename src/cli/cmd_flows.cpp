// bulkhead flows check POLICY LOG...: observed flows judged against the policy (violations,
// gap traffic, blocked lateral attempts, lateral-movement detections, used versus allowed,
// --impact, --baseline). The logs are streamed through flows::read_flows into one
// flows::Checker, so memory grows with the distinct hosts, pairs and rules, not with lines.
// Formats: a one-screen summary (--details for every finding), JSON (complete, written
// section by section and element by element) and SARIF 2.1.0 (results at the deciding
// rule's or default's file:line and at the example flow's log file:line). Every example
// names the input and line it was read from. Exit 1 on a violation or a detection, 2 on
// bad input, 3 when the output cannot be written. On a terminal, stderr shows a progress
// bar.
#include "cli/cmd_flows.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <iostream>
#include <memory>
#include <mutex>
#include <thread>

#include <fmt/format.h>

#include "agent/duration.h"
#include "analysis/counterexample.h"
#include "cli/analysis_output.h"
#include "cli/common.h"
#include "cli/flow_output.h"
#include "cli/json_text.h"
#include "cli/sarif.h"
#include "flows/check.h"
#include "flows/reader.h"
#include "flows/split.h"
#include "policy/catalog.h"

namespace bulkhead::cli {
namespace {

struct FlowsCheckOptions {
  std::string policy;
  std::vector<std::string> logs;
  std::vector<std::string> baseline;
  std::string format;
  std::string log_format = "auto";
  bool strict = false;
  bool details = false;
  bool impact = false;
  std::uint32_t lateral_k = flows::kDefaultLateralK;
  std::string window = "1h";
  std::vector<std::string> lateral_services;
  bool include_allowed = false;
  bool as_logged = false;
  unsigned threads = 1;
};

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

std::string plural(std::uint64_t n, const char* word) {
  return fmt::format("{} {}{}", analysis::count_text(n), word, n == 1 ? "" : "s");
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
                     plural(g.flows, "flow"), d.classes()[g.src_cls].name,
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

void print_header(const Decision& d, const flows::CheckResult& r) {
  const flows::CheckTotals& t = r.totals;
  const std::string name = d.model().name.empty() ? std::string("policy") : d.model().name;
  std::cout << fmt::format(
      "flows check {}: {} in {} (accepted {}, rejected {}, unknown {}); {} judged", name,
      plural(t.flows, "flow"), plural(t.records, "record"), analysis::count_text(t.accepted),
      analysis::count_text(t.rejected), analysis::count_text(t.unknown),
      analysis::count_text(t.judged));
  std::vector<std::string> skipped;
  for (std::size_t i = 0; i < flows::kUnjudgedKinds; ++i)
    if (t.unjudged[i] > 0)
      skipped.push_back(fmt::format("{} {}", analysis::count_text(t.unjudged[i]),
                                    flows::unjudged_name(static_cast<flows::Unjudged>(i))));
  if (!skipped.empty()) std::cout << fmt::format(", not judgeable: {}", names(skipped));
  std::cout << '\n';
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
  std::cout << fmt::format(
      "  {} violation group{} ({}), {} gap-traffic group{} ({}), {} source{} with blocked lateral "
      "attempts, {} lateral-movement detection{}\n",
      r.violations.size(), r.violations.size() == 1 ? "" : "s", plural(t.violations, "flow"),
      r.gaps.size(), r.gaps.size() == 1 ? "" : "s", plural(t.gaps, "flow"), r.blocked.size(),
      r.blocked.size() == 1 ? "" : "s", r.detections.size(), r.detections.size() == 1 ? "" : "s");
  std::cout << fmt::format(
      "  allow rules: {} of {} used, {} never hit; {} open{} {} class pair{} no flow used\n",
      allow - zero, allow, zero, plural(unused_rules, "rule"), unused_rules == 1 ? "s" : "",
      unused_cells, unused_cells == 1 ? "" : "s");
  if (r.options.impact)
    std::cout << fmt::format("  impact: {} accepted flows this policy blocks, in {} group{}\n",
                             analysis::count_text(t.impact), r.impact.size(),
                             r.impact.size() == 1 ? "" : "s");
  if (r.baseline)
    std::cout << fmt::format("  baseline ({}): {} class pair and service{} never seen before\n",
                             plural(t.baseline_records, "record"), r.novel.size(),
                             r.novel.size() == 1 ? "" : "s");
  if (!r.prefix_mismatches.empty())
    std::cout << fmt::format(
        "  {} bulkhead log prefix{} name another rule than this policy decides (drift)\n",
        r.prefix_mismatches.size(), r.prefix_mismatches.size() == 1 ? "" : "es");
}

template <typename T, typename Fn>
void print_list(const std::vector<T>& items, std::size_t max, Fn&& fn) {
  for (std::size_t i = 0; i < items.size() && i < max; ++i) fn(items[i]);
  if (items.size() > max)
    std::cout << fmt::format("  ... and {} more (--details)\n", items.size() - max);
}

void print_text(const Decision& d, const flows::CheckResult& r, bool details) {
  const std::size_t max = details ? static_cast<std::size_t>(-1) : kSummaryRows;
  print_header(d, r);
  const flows::CheckOptions& o = r.options;
  if (!r.detections.empty()) {
    std::cout << fmt::format(
        "\nlateral-movement detections: a source reaching {} or more distinct hosts on {} within "
        "{}\n",
        o.lateral_k,
        [&] {
          std::vector<std::string> n;
          for (const auto& s : o.lateral_services) n.push_back(s.first);
          return names(n);
        }(),
        agent::format_duration(std::chrono::milliseconds(o.window_s * 1000)));
    print_list(r.detections, max, [&](const flows::Detection& det) {
      std::cout << fmt::format("  {}: {} from {} to {} (at most {} in one window)\n",
                               addr_text(d, det.src), plural(det.targets.size(), "target"),
                               when(det.first), when(det.last), det.peak);
      const std::size_t tmax = details ? det.targets.size() : 12;
      for (std::size_t i = 0; i < det.targets.size() && i < tmax; ++i) {
        const flows::LateralTarget& t = det.targets[i];
        std::cout << fmt::format("    {}  {}  {} [{}]  {}; {}\n", when(t.first),
                                 addr_text(d, t.dst), names(t.services), names(t.techniques),
                                 t.blocked == t.attempts ? "blocked"
                                 : t.blocked == 0        ? "not refused"
                                                         : "partly blocked",
                                 deciding(d, t.example));
      }
      if (det.targets.size() > tmax)
        std::cout << fmt::format("    ... and {} more targets (--details)\n",
                                 det.targets.size() - tmax);
    });
  }
  if (!r.violations.empty()) {
    std::cout << "\nviolations: accepted, yet the policy says not reachable (an enforcement point "
                 "is missing, not applied or drifted)\n";
    print_list(r.violations, max,
               [&](const flows::FlowGroup& g) { std::cout << group_text(d, g); });
  }
  if (r.options.impact && !r.impact.empty()) {
    std::cout << "\nimpact: accepted flows this policy blocks once every point enforces\n";
    print_list(r.impact, max, [&](const flows::FlowGroup& g) {
      std::cout << group_text(d, g);
      if (g.audit) std::cout << "            (let through today by audit mode)\n";
    });
  }
  if (!r.gaps.empty()) {
    std::cout << "\ngap traffic: reachable but not intended (nothing on the path enforces the "
                 "policy)\n";
    print_list(r.gaps, max, [&](const flows::FlowGroup& g) { std::cout << group_text(d, g); });
  }
  if (!r.blocked.empty()) {
    std::cout << "\nblocked lateral-movement attempts, by source (likely scanning or spreading)\n";
    print_list(r.blocked, max, [&](const flows::BlockedSource& b) {
      std::cout << fmt::format("  {:>8}  {}  {} on {}, {} to {}\n", plural(b.attempts, "attempt"),
                               addr_text(d, b.src), plural(b.targets, "target"), names(b.services),
                               when(b.first), when(b.last));
    });
  }
  if (r.baseline && !r.novel.empty()) {
    std::cout << "\nnew since the baseline: class pairs and services never seen before\n";
    print_list(r.novel, max, [&](const flows::Novelty& n) {
      std::cout << fmt::format("  {:>8}  {} -> {}  {}{}\n            e.g. {}\n",
                               plural(n.flows, "flow"), d.classes()[n.src_cls].name,
                               d.classes()[n.dst_cls].name, n.service,
                               n.lateral ? "  [lateral movement]" : "", seen_text(d, n.example));
    });
  }
  if (!r.prefix_mismatches.empty()) {
    std::cout << "\nlog prefixes that disagree with the policy (the deployed ruleset differs)\n";
    print_list(r.prefix_mismatches, max, [&](const flows::PrefixMismatch& m) {
      std::cout << fmt::format("  {:>8}  logged \"{}\"; the policy: {}\n            e.g. {}\n",
                               plural(m.flows, "flow"), m.prefix, deciding(d, m.example),
                               seen_text(d, m.example));
    });
  }
  // Used versus allowed.
  std::vector<const flows::RuleUse*> unused;
  for (const flows::RuleUse& u : r.rules)
    if (!u.unused_pairs.empty() && user_allow(d, u.rule)) unused.push_back(&u);
  if (!unused.empty()) {
    std::cout << "\nallowed but unused: class pairs allow rules open that no flow used\n";
    print_list(unused, max, [&](const flows::RuleUse* u) {
      const policy::Rule& rule = *d.rules()[u->rule].rule;
      std::cout << fmt::format("  {} ({}): {} used, {} unused\n      fix: {}\n", rule.name,
                               rule.loc.file_line(), plural(u->used_pairs.size(), "class pair"),
                               u->unused_pairs.size(), narrowing_text(d, *u));
    });
  }
  std::vector<const flows::RuleUse*> never;
  for (const flows::RuleUse& u : r.rules)
    if (u.flows == 0 && user_allow(d, u.rule)) never.push_back(&u);
  if (!never.empty() && !details) {
    std::cout << "\nallow rules with zero hits (remove them, or keep them for traffic the logs do "
                 "not cover)\n";
    print_list(never, max, [&](const flows::RuleUse* u) {
      const policy::Rule& rule = *d.rules()[u->rule].rule;
      std::cout << fmt::format("  {} ({})\n", rule.name, rule.loc.file_line());
    });
  }
  if (details) {
    std::cout << "\nrules: hits, bytes, first and last seen, distinct sources and destinations\n";
    for (const flows::RuleUse& u : r.rules) {
      const policy::Rule& rule = *d.rules()[u.rule].rule;
      if (u.flows == 0) {
        std::cout << fmt::format("  {:<32} {:<24} zero hits\n", rule.name, rule.loc.file_line());
        continue;
      }
      std::cout << fmt::format("  {:<32} {:<24} {} flows, {} bytes, {} .. {}, {} src, {} dst\n",
                               rule.name, rule.loc.file_line(), analysis::count_text(u.flows),
                               analysis::count_text(u.bytes), when(u.first), when(u.last),
                               peers_text(u.sources, u.sources_capped),
                               peers_text(u.destinations, u.destinations_capped));
    }
  }
  std::cout << "\nnext: ";
  if (!details) std::cout << "`--details` lists every finding and every rule's use; ";
  std::cout << "`--format json|sarif` gives all of them to tools\n";
}

// ---------------------------------------------------------------------------------------
// JSON, streamed: one element at a time.

template <typename T, typename Fn>
void stream_array(const char* name, const std::vector<T>& items, Fn&& fn, bool last = false) {
  std::cout << "  \"" << name << "\": [";
  for (std::size_t i = 0; i < items.size(); ++i)
    std::cout << (i == 0 ? "\n    " : ",\n    ") << json_text(fn(items[i]));
  std::cout << (items.empty() ? "]" : "\n  ]") << (last ? "\n" : ",\n");
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

void print_json(const Decision& d, const flows::CheckResult& r, const flows::ReadStats& stats) {
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
  std::cout << "{\n";
  std::cout << "  \"policy\": " << json_text(ojson(d.model().name)) << ",\n";
  std::cout << "  \"files\": " << json_text(ojson(d.model().files)) << ",\n";
  std::cout << "  \"settings\": " << json_text(settings) << ",\n";
  std::cout << "  \"read\": " << json_text(read_stats_json(stats)) << ",\n";
  std::cout << "  \"summary\": " << json_text(totals_json(r)) << ",\n";
  stream_array("detections", r.detections, [&](const flows::Detection& det) {
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
  stream_array("violations", r.violations,
               [&](const flows::FlowGroup& g) { return group_json(d, g, false); });
  stream_array("gaps", r.gaps, [&](const flows::FlowGroup& g) { return group_json(d, g, false); });
  stream_array("impact", r.impact,
               [&](const flows::FlowGroup& g) { return group_json(d, g, true); });
  stream_array("blocked_lateral", r.blocked, [&](const flows::BlockedSource& b) {
    return ojson{{"source", addr_json(d, b.src)},
                 {"attempts", b.attempts},
                 {"targets", b.targets},
                 {"services", b.services},
                 {"first", when_json(b.first)},
                 {"last", when_json(b.last)},
                 {"example", seen_json(d, b.example)}};
  });
  stream_array("novel", r.novel, [&](const flows::Novelty& n) {
    return ojson{{"from", d.classes()[n.src_cls].name},
                 {"to", d.classes()[n.dst_cls].name},
                 {"service", n.service},
                 {"lateral", n.lateral},
                 {"flows", n.flows},
                 {"first", when_json(n.first)},
                 {"last", when_json(n.last)},
                 {"example", seen_json(d, n.example)}};
  });
  stream_array("prefix_mismatches", r.prefix_mismatches, [&](const flows::PrefixMismatch& m) {
    ojson j = rule_or_default_json(d, m.example);
    j["prefix"] = m.prefix;
    j["flows"] = m.flows;
    j["example"] = seen_json(d, m.example);
    return j;
  });
  stream_array(
      "rules", r.rules,
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
  std::cout << "}\n";
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

void print_sarif(const Decision& d, const flows::CheckResult& r) {
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
                               addr_text(d, det.src), plural(det.targets.size(), "host"),
                               when(det.first), when(det.last), names(targets)),
                   at(ex), std::move(props));
  }
  auto groups = [&](const std::vector<flows::FlowGroup>& gs, std::size_t ri, const char* level,
                    const char* what) {
    for (const flows::FlowGroup& g : gs)
      log.add_result(
          ri, level,
          fmt::format("{} {} -> {} on {}: {}; decided by {}; e.g. {}", plural(g.flows, "flow"),
                      d.classes()[g.src_cls].name, d.classes()[g.dst_cls].name, g.service, what,
                      deciding(d, g.example), seen_text(d, g.example)),
          at(g.example), group_json(d, g, ri == kImpact));
  };
  groups(r.violations, kViolation, "error", "accepted, yet the policy says not reachable");
  groups(r.impact, kImpact, "warning", "accepted today, blocked by this policy");
  groups(r.gaps, kGap, "warning", "reachable but not intended");
  for (const flows::BlockedSource& b : r.blocked)
    log.add_result(
        kBlocked, "note",
        fmt::format("{}: {} to {} on {} refused", addr_text(d, b.src),
                    plural(b.attempts, "attempt"), plural(b.targets, "target"), names(b.services)),
        at(b.example), ojson{{"attempts", b.attempts}, {"targets", b.targets}});
  for (const flows::Novelty& n : r.novel)
    log.add_result(
        kNovel, n.lateral ? "error" : "note",
        fmt::format("new since the baseline: {} -> {} on {} ({})", d.classes()[n.src_cls].name,
                    d.classes()[n.dst_cls].name, n.service, plural(n.flows, "flow")),
        at(n.example), ojson{{"lateral", n.lateral}, {"flows", n.flows}});
  for (const flows::RuleUse& u : r.rules) {
    const policy::Rule& rule = *d.rules()[u.rule].rule;
    if (!user_allow(d, u.rule)) continue;
    if (u.flows == 0) {
      log.add_result(kUnused, "note", fmt::format("allow rule {} was never hit", rule.name),
                     sarif_locations(rule.loc, nullptr), ojson{{"flows", 0}});
    } else if (!u.unused_pairs.empty()) {
      log.add_result(kUnused, "note",
                     fmt::format("allow rule {} opens {} no flow used; {}", rule.name,
                                 plural(u.unused_pairs.size(), "class pair"), narrowing_text(d, u)),
                     sarif_locations(rule.loc, nullptr),
                     ojson{{"flows", u.flows}, {"unused_pairs", u.unused_pairs.size()}});
    }
  }
  for (const flows::PrefixMismatch& m : r.prefix_mismatches)
    log.add_result(kDrift, "warning",
                   fmt::format("logged \"{}\" but the policy decides by {} ({})", m.prefix,
                               deciding(d, m.example), plural(m.flows, "flow")),
                   at(m.example), ojson{{"prefix", m.prefix}, {"flows", m.flows}});
  for (const std::string& f : d.model().files) log.add_artifact(f);
  std::cout << log.text();
}

// ---------------------------------------------------------------------------------------
// Reading, with a progress bar on a terminal.

class Progress {
 public:
  explicit Progress(bool on) : on_(on), start_(std::chrono::steady_clock::now()) {}
  void update(std::uint64_t done, std::uint64_t total, std::uint64_t flows) {
    if (!on_) return;
    auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    const double secs = std::chrono::duration<double>(now - start_).count();
    const double rate = secs > 0 ? static_cast<double>(flows) / secs : 0;
    std::string line;
    if (total > 0) {
      const double frac = std::min(1.0, static_cast<double>(done) / static_cast<double>(total));
      const int width = 24, fill = static_cast<int>(frac * width);
      const double left = frac > 0 ? secs * (1 - frac) / frac : 0;
      line = fmt::format("{:3.0f}% [{}{}] {:.1f}/{:.1f} MB  {:.2f} M flows/s  {}:{:02} left",
                         frac * 100, std::string(static_cast<std::size_t>(fill), '#'),
                         std::string(static_cast<std::size_t>(width - fill), ' '), done / 1e6,
                         total / 1e6, rate / 1e6, static_cast<int>(left) / 60,
                         static_cast<int>(left) % 60);
    } else {
      line = fmt::format("{:.1f} MB read  {:.2f} M flows/s", done / 1e6, rate / 1e6);
    }
    std::cerr << "\r" << line << "\033[K" << std::flush;
    shown_ = true;
  }
  void done() {
    if (shown_) std::cerr << "\r\033[K" << std::flush;
    shown_ = false;
  }

 private:
  bool on_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_{};
};

// Files under this size are read by one thread even when alone (cutting one costs a scan
// of it first). BULKHEAD_SPLIT_MIN_BYTES lowers it, for tests.
constexpr std::uint64_t kSplitMinBytes = 8 << 20;

std::uint64_t split_min_bytes() {
  const char* env = std::getenv("BULKHEAD_SPLIT_MIN_BYTES");
  if (env == nullptr) return kSplitMinBytes;
  char* end = nullptr;
  const unsigned long long v = std::strtoull(env, &end, 10);
  return end != env && *end == '\0' ? v : kSplitMinBytes;
}

/// The progress of several threads, each reporting its own bytes and records, shown as one.
class SharedProgress {
 public:
  SharedProgress(std::size_t n, Progress& progress)
      : done_(n), total_(n), seen_(n), progress_(progress) {}
  std::function<void(std::uint64_t, std::uint64_t)> reporter(std::size_t t) {
    return [this, t](std::uint64_t done, std::uint64_t total) {
      done_[t] = done;
      total_[t] = total;
      std::uint64_t all_done = 0, all_total = 0, all_seen = 0;
      for (std::size_t k = 0; k < done_.size(); ++k) {
        all_done += done_[k];
        all_total += total_[k];
        all_seen += seen_[k];
      }
      std::lock_guard<std::mutex> lock(mu_);
      progress_.update(all_done, all_total, all_seen);
    };
  }
  void saw(std::size_t t) { seen_[t].fetch_add(1, std::memory_order_relaxed); }

 private:
  std::vector<std::atomic<std::uint64_t>> done_, total_, seen_;
  Progress& progress_;
  std::mutex mu_;
};

/// Runs work(t) for t in [0, n) on n threads and waits for them.
void on_threads(std::size_t n, const std::function<void(std::size_t)>& work) {
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < n; ++t) threads.emplace_back([&work, t] { work(t); });
  for (std::thread& th : threads) th.join();
}

/// Reads part t of the input with read(t, options, sink) on n threads, one Checker each
/// (the Decision is shared), and merges the checkers in order into `into`, which gives what
/// one pass would. The read statistics of all parts, or the first part's failure.
using PartReader = std::function<Result<flows::ReadStats>(
    std::size_t, const flows::ReadOptions&, const std::function<void(const flows::Record&)>&)>;
Result<flows::ReadStats> check_parts(std::size_t n, const std::shared_ptr<const Decision>& d,
                                     const flows::CheckOptions& co, const flows::ReadOptions& ro,
                                     const PartReader& read, flows::Checker* into,
                                     Progress& progress) {
  std::vector<std::unique_ptr<flows::Checker>> checkers;
  for (std::size_t t = 0; t < n; ++t) checkers.push_back(std::make_unique<flows::Checker>(d, co));
  std::vector<std::optional<Result<flows::ReadStats>>> results(n);
  SharedProgress shared(n, progress);
  on_threads(n, [&](std::size_t t) {
    flows::ReadOptions mine = ro;
    mine.progress = shared.reporter(t);
    flows::Checker& c = *checkers[t];
    results[t] = read(t, mine, [&](const flows::Record& r) {
      shared.saw(t);
      c.add(r);
    });
  });
  flows::ReadStats all;
  for (std::size_t t = 0; t < n; ++t) {
    if (!*results[t]) return Failure{results[t]->error()};
    add_read_stats(all, results[t]->value(), ro.max_reported);
    into->merge(*checkers[t]);
  }
  return all;
}

/// One plain-text file read as o.threads line ranges (flows/split.h), one Checker each,
/// merged in order into `into`; nullopt (nothing read) when the file is to be read whole.
Result<std::optional<flows::ReadStats>> read_split(const std::string& file,
                                                   const FlowsCheckOptions& o,
                                                   const std::shared_ptr<const Decision>& d,
                                                   const flows::CheckOptions& co,
                                                   const flows::ReadOptions& ro,
                                                   flows::Checker* into, Progress& progress) {
  using Stats = std::optional<flows::ReadStats>;
  Result<std::optional<flows::SplitPlan>> planned =
      flows::plan_split(file, ro, o.threads, split_min_bytes());
  if (!planned) return Failure{planned.error()};
  if (!planned.value()) return Stats();
  flows::SplitPlan& plan = *planned.value();
  const std::size_t n = plan.ranges.size();

  std::vector<std::optional<Result<flows::RangeScan>>> scans(n);
  on_threads(n, [&](std::size_t t) { scans[t] = flows::scan_range(plan, t); });
  std::vector<flows::RangeScan> counted;
  for (std::size_t t = 0; t < n; ++t) {
    if (!*scans[t]) return Failure{scans[t]->error()};
    counted.push_back(scans[t]->value());
  }
  if (!flows::number_ranges(plan, counted)) return Stats();  // a header mid-file

  Result<flows::ReadStats> all = check_parts(
      n, d, co, ro,
      [&](std::size_t t, const flows::ReadOptions& mine,
          const std::function<void(const flows::Record&)>& sink) {
        return flows::read_range(plan, t, mine, sink);
      },
      into, progress);
  if (!all) return Failure{all.error()};
  return Stats(std::move(all.value()));
}

// --threads N: the input files (directories expanded) are cut into N runs of consecutive
// files, each read into its own Checker on its own thread (the Decision is shared), and the
// checkers merge in file order into `into`, which gives what one pass would. A single file
// is cut into N ranges of lines instead when it is large, plain text and of a line format
// (read_split); otherwise it is read by one thread.
Result<flows::ReadStats> read_threaded(const FlowsCheckOptions& o,
                                       const std::shared_ptr<const Decision>& d,
                                       const flows::CheckOptions& co, const flows::ReadOptions& ro,
                                       flows::Checker* into, Progress& progress) {
  Result<std::vector<std::string>> files = flows::expand_inputs(o.logs);
  if (!files) return Failure{files.error()};
  if (files.value().size() == 1) {
    Result<std::optional<flows::ReadStats>> split =
        read_split(files.value().front(), o, d, co, ro, into, progress);
    if (!split) return Failure{split.error()};
    if (split.value()) return *split.value();
  }
  const std::size_t n = std::min<std::size_t>(o.threads, files.value().size());
  std::vector<std::vector<std::string>> runs(n);
  for (std::size_t i = 0; i < files.value().size(); ++i)
    runs[i * n / files.value().size()].push_back(files.value()[i]);

  return check_parts(
      n, d, co, ro,
      [&](std::size_t t, const flows::ReadOptions& mine,
          const std::function<void(const flows::Record&)>& sink) {
        return flows::read_flows(runs[t], mine, sink);
      },
      into, progress);
}

int run(const FlowsCheckOptions& o) {
  auto d = load_decision({o.policy});
  if (!d) return kBadInput;
  flows::CheckOptions co;
  co.impact = o.impact;
  co.lateral_k = o.lateral_k;
  if (o.lateral_k == 0) {
    usage_error("--lateral-k must be at least 1");
    return kBadInput;
  }
  std::string why;
  std::optional<std::chrono::milliseconds> w = agent::parse_duration(o.window, &why);
  if (!w || w->count() < 1000) {
    usage_error("--window " + o.window + ": " + (w ? "at least one second" : why));
    return kBadInput;
  }
  co.window_s = static_cast<std::int64_t>(w->count() / 1000);
  for (const std::string& text : o.lateral_services) {
    std::optional<std::vector<policy::NamedService>> svcs =
        policy::resolve_service_names(d->model(), text, &why);
    if (!svcs) {
      usage_error("--lateral-services " + text + ": " + why);
      return kBadInput;
    }
    for (policy::NamedService& s : *svcs) {
      bool dup = false;
      for (const auto& have : co.lateral_services) dup = dup || have.first == s.name;
      if (!dup) co.lateral_services.emplace_back(s.name, s.keys);
    }
  }
  if (co.lateral_services.size() >= 32) {
    usage_error("--lateral-services: at most 31 services");
    return kBadInput;
  }
  co.lateral_include_allowed = o.include_allowed;
  co.orient_replies = !o.as_logged;
  co.novelty = !o.baseline.empty();

  std::optional<flows::ReadOptions> opts = read_options(o.log_format, o.strict);
  if (!opts) return kBadInput;
  flows::ReadOptions& ro = *opts;
  const bool tty = ::isatty(2) == 1;
  Progress progress(tty);
  std::uint64_t seen = 0;
  ro.progress = [&](std::uint64_t done, std::uint64_t total) {
    progress.update(done, total, seen);
  };

  flows::Checker checker(d, co);
  if (!o.baseline.empty()) {
    Result<flows::ReadStats> base = flows::read_flows(o.baseline, ro, [&](const flows::Record& r) {
      ++seen;
      checker.add_baseline(r);
    });
    progress.done();
    if (!base) {
      usage_error(base.error());
      return kBadInput;
    }
    warn_malformed("baseline", base.value());
  }
  seen = 0;
  Progress progress2(tty);
  ro.progress = [&](std::uint64_t done, std::uint64_t total) {
    progress2.update(done, total, seen);
  };
  Result<flows::ReadStats> read = o.threads > 1
                                      ? read_threaded(o, d, co, ro, &checker, progress2)
                                      : flows::read_flows(o.logs, ro, [&](const flows::Record& r) {
                                          ++seen;
                                          checker.add(r);
                                        });
  progress2.done();
  if (!read) {
    usage_error(read.error());
    return kBadInput;
  }
  warn_malformed("logs", read.value());
  flows::CheckResult result = checker.finish();
  if (o.format == "json") {
    print_json(*d, result, read.value());
  } else if (o.format == "sarif") {
    print_sarif(*d, result);
  } else {
    print_text(*d, result, o.details);
  }
  return result.failed() ? kFindings : kOk;
}

}  // namespace

std::optional<flows::ReadOptions> read_options(const std::string& log_format, bool strict) {
  std::optional<flows::Format> format = flows::parse_format(log_format);
  if (!format) {
    usage_error("--log-format " + log_format + ": one of auto, " + flows::format_names());
    return std::nullopt;
  }
  flows::ReadOptions ro;
  ro.format = *format;
  ro.strict = strict;
  return ro;
}

CLI::App* add_flows(CLI::App& app) {
  CLI::App* flows = app.add_subcommand("flows", "judge observed flow logs against the policy");
  flows->require_subcommand(1);
  auto o = std::make_shared<FlowsCheckOptions>();
  CLI::App* sub = flows->add_subcommand(
      "check",
      "judge every logged flow: violations, gap traffic, blocked lateral attempts, "
      "lateral-movement detections, used versus allowed");
  sub->add_option("policy", o->policy, "policy file or directory")->required();
  sub->add_option("logs", o->logs, "flow logs: files, directories, or - for stdin")->required();
  add_format(sub, &o->format, {"table", "json", "sarif"});
  sub->add_flag("--details", o->details,
                "list every finding and every rule's use (default: a one-screen summary)");
  sub->add_flag("--impact", o->impact,
                "treat the policy as a candidate: report the accepted flows it would block "
                "(and audit-mode would-block lines) as its impact, not as violations");
  sub->add_option("--baseline", o->baseline,
                  "earlier logs: report class pairs and services never seen in them (repeatable)")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  sub->add_option("--lateral-k", o->lateral_k,
                  "detect a source reaching this many distinct hosts on lateral services")
      ->capture_default_str();
  sub->add_option("--window", o->window, "within this time (e.g. 1h, 30m, 90s)")
      ->capture_default_str();
  sub->add_option("--lateral-services", o->lateral_services,
                  "services counted as lateral movement (names, groups or tcp/N; default: smb, "
                  "netbios-ssn, rpc-epmap, rdp, winrm-http, winrm-https)")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->delimiter(',');
  sub->add_flag("--lateral-include-allowed", o->include_allowed,
                "count flows an allow rule sanctions towards detections too");
  sub->add_flag("--as-logged", o->as_logged,
                "judge reply records as logged instead of as the connection they answer");
  sub->add_option("--log-format", o->log_format,
                  "input format (default: detected per file): " + flows::format_names())
      ->capture_default_str();
  sub->add_flag("--strict", o->strict, "stop at the first malformed line (exit 2)");
  sub->add_option("--threads", o->threads,
                  "read the log files on this many threads (files are shared out in order, "
                  "a single large text file is cut into line ranges; the result is the same "
                  "as one thread's)")
      ->check(CLI::Range(1u, 256u))
      ->capture_default_str();
  sub->callback([o] { set_exit(run(*o)); });
  add_flows_aggregate(*flows);
  add_flows_discover(*flows);
  return flows;
}

}  // namespace bulkhead::cli
