// bulkhead audit: imports deployed rule sets (nft -j list ruleset JSON, iptables-save
// text, Windows firewall exports; detected from the content or named by --input-format)
// and reports each point's rule anomalies (ruleset/anomalies.h) with the rules involved at
// file:line and a witness packet. The table is short by default: one summary line per
// kind, then the first findings of each kind (--all prints every one); JSON is complete;
// SARIF has one result per finding at its rule's file:line. With --policy and --host the
// seed table's open services are judged against what the policy lets reach the host. Exit
// 0 when nothing fails, 1 when a finding of a --fail-on kind exists (default: unreachable,
// shadowed, redundant, over-broad, and a seed-table service open beyond the policy, or at
// all without one), 2 on unreadable or malformed input (located at file:line:column).
// Cost: import, then O(n²) region operations per point (ruleset/anomalies.cpp).
#include <iostream>
#include <map>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "base/text.h"
#include "cli/analysis_output.h"
#include "cli/common.h"
#include "cli/json_text.h"
#include "cli/sarif.h"
#include "ruleset/anomalies.h"
#include "ruleset/audit.h"
#include "ruleset/compliance.h"
#include "ruleset/import.h"

namespace bulkhead::cli {
namespace {

using ojson = nlohmann::ordered_json;
using ruleset::Anomaly;
using ruleset::AnomalyKind;

struct AuditOptions {
  std::vector<std::string> files;
  std::string format;
  std::string input_format;
  std::vector<std::string> fail_on;
  std::string baseline = "lateral-movement";
  std::vector<std::string> roles;
  std::string policy;
  std::string host;
  bool all = false;
};

using ruleset::AuditedRuleset;

std::string status(const ruleset::ServiceExposure& e) {
  return std::string(ruleset::exposure_status(e));
}

/// Source addresses as prefixes or ranges ("any IPv4", "10.0.0.0/8", "10.0.0.1-10.0.0.9").
std::vector<std::string> source_texts(const AddrSet& a) {
  std::vector<std::string> out;
  for (Family f : {Family::V4, Family::V6}) {
    for (const auto& iv : a.of(f).intervals()) {
      if (iv.lo == 0 && iv.hi == family_max(f)) {
        out.push_back(f == Family::V4 ? "any IPv4" : "any IPv6");
        continue;
      }
      int len = family_bits(f);
      while (len > 0 && (iv.lo & host_mask(f, len - 1)) == 0 &&
             (iv.lo | host_mask(f, len - 1)) <= iv.hi)
        --len;
      if ((iv.lo | host_mask(f, len)) == iv.hi) {
        out.push_back(Prefix{Addr{f, iv.lo}, len}.str());
      } else {
        out.push_back(format_addr(f, iv.lo) + "-" + format_addr(f, iv.hi));
      }
    }
  }
  return out;
}

constexpr std::size_t kTopPerKind = 5;

/// "file:line", or "file:line:column" when the column tells rules apart (`nft -j` writes
/// the whole ruleset on one line).
std::string where(const SourceLoc& loc) {
  return loc.column > 1 ? loc.str() : loc.file_line();
}

std::string rule_at(const ruleset::Point& p, std::size_t i) {
  if (i == ruleset::kPolicy) return fmt::format("{} (policy)", where(p.policy_loc));
  return where(p.rules[i].loc);
}

std::string rule_ref(const ruleset::Point& p, std::size_t i) {
  if (i == ruleset::kPolicy)
    return fmt::format("the policy ({}) at {}", ruleset::action_name(p.policy),
                       where(p.policy_loc));
  return fmt::format("{} '{}'", where(p.rules[i].loc), escape_controls(p.rules[i].text));
}

std::string refs(const ruleset::Point& p, const std::vector<std::size_t>& idx) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < idx.size() && i < 6; ++i) out.push_back(rule_at(p, idx[i]));
  if (idx.size() > 6) out.push_back(fmt::format("{} more", idx.size() - 6));
  return fmt::format("{}", fmt::join(out, ", "));
}

/// One sentence explaining a finding.
std::string explain(const ruleset::Point& p, const Anomaly& a) {
  switch (a.kind) {
    case AnomalyKind::Unreachable:
      if (a.others.empty())
        return "never reached: the returns or gotos before it in its chain, or the jumps into "
               "its chain, leave it no packet of its match";
      return fmt::format("never reached: {} before it matches every packet",
                         rule_ref(p, a.others[0]));
    case AnomalyKind::Shadowed:
      return a.others.size() == 1
                 ? fmt::format("never decides a packet: {} takes all of it first",
                               rule_ref(p, a.others[0]))
                 : fmt::format("never decides a packet: shadowed by the union of rules {}",
                               refs(p, a.others));
    case AnomalyKind::Redundant:
      return fmt::format("removing it changes no verdict: {} {} the same way", refs(p, a.others),
                         a.others.size() == 1 ? "decides its packets" : "decide its packets");
    case AnomalyKind::OverBroad:
      return fmt::format("accepts {} from any source to any destination", a.detail);
    case AnomalyKind::Correlated:
      return fmt::format("overlaps {} ({}) in part, with the other verdict",
                         rule_ref(p, a.others[0]),
                         ruleset::action_name(p.rules[a.others[0]].action));
    case AnomalyKind::Generalization:
      return fmt::format("wider than {} ({}), which decides a part of it first",
                         rule_ref(p, a.others[0]),
                         ruleset::action_name(p.rules[a.others[0]].action));
  }
  return "";
}

ojson witness_json(const ruleset::Packet& w) {
  Proto pr = key_proto(w.key);
  ojson j = {{"family", w.family == Family::V4 ? "ipv4" : "ipv6"},
             {"protocol", std::string(proto_name(pr))},
             {"src", format_addr(w.family, w.src)},
             {"dst", format_addr(w.family, w.dst)}};
  if (pr == Proto::Tcp || pr == Proto::Udp) {
    j["sport"] = w.sport;
    j["dport"] = key_port(w.key);
  } else if (pr == Proto::Other) {
    j["ip_protocol"] = key_port(w.key);
  } else {
    j["icmp_type"] = key_port(w.key);
  }
  j["text"] = w.str();
  return j;
}

ojson rule_json(const ruleset::Point& p, std::size_t i) {
  if (i == ruleset::kPolicy)
    return {{"policy", std::string(ruleset::action_name(p.policy))},
            {"at", p.policy_loc.str()},
            {"text", p.policy_text}};
  const ruleset::Rule& r = p.rules[i];
  ojson j = {{"at", r.loc.str()},
             {"text", r.text},
             {"chain", r.chain},
             {"action", std::string(ruleset::action_name(r.action))},
             {"exact", r.exact}};
  if (!r.unmodelled.empty()) j["unmodelled"] = r.unmodelled;
  return j;
}

std::set<AnomalyKind> fail_kinds(const std::vector<std::string>& words, bool* ok, bool* fail_open) {
  std::set<AnomalyKind> out;
  *ok = true;
  *fail_open = false;
  if (words.empty()) {
    for (AnomalyKind k : ruleset::kAnomalyKinds)
      if (ruleset::anomaly_is_error(k)) out.insert(k);
    *fail_open = true;
    return out;
  }
  for (const std::string& w : words) {
    if (w == "none") continue;
    if (w == "open") {
      *fail_open = true;
      continue;
    }
    if (w == "errors" || w == "anomalies") {
      for (AnomalyKind k : ruleset::kAnomalyKinds)
        if (w == "anomalies" || ruleset::anomaly_is_error(k)) out.insert(k);
      continue;
    }
    bool found = false;
    for (AnomalyKind k : ruleset::kAnomalyKinds)
      if (ruleset::anomaly_name(k) == w) {
        out.insert(k);
        found = true;
      }
    if (!found) {
      usage_error(
          fmt::format("--fail-on '{}': expected none, errors, anomalies or a kind "
                      "(unreachable, shadowed, redundant, over-broad, correlated, "
                      "generalization)",
                      w));
      *ok = false;
    }
  }
  return out;
}

void print_seed_table(const std::vector<AuditedRuleset>& all) {
  bool header = false;
  for (const AuditedRuleset& a : all)
    for (const auto& [p, rows] : a.seed) {
      if (!header)
        std::cout << "seed table (inbound connections to block, lateral-movement baseline):\n";
      header = true;
      std::size_t open = 0;
      for (const ruleset::ServiceExposure& e : rows) open += e.exposed();
      std::cout << fmt::format("  {} ({}): {} of {} open\n", escape_controls(p.name),
                               escape_controls(a.rs.file), open, rows.size());
      for (const ruleset::ServiceExposure& e : rows) {
        std::string st = status(e);
        if (st == "blocked" || st == "exempt") {
          std::cout << fmt::format("    {:<12} {}\n", e.service,
                                   st == "exempt" ? "exempt (--role file-server)" : st);
          continue;
        }
        // Judged against a policy: the sources and the example beyond what it allows.
        const bool beyond = e.judged && e.beyond_example.has_value();
        std::vector<std::string> src = source_texts(beyond ? e.beyond_sources : e.sources);
        if (src.size() > 4) {
          std::size_t more = src.size() - 3;
          src.resize(3);
          src.push_back(fmt::format("{} more", more));
        }
        std::cout << fmt::format("    {:<12} {}{}{}{}, e.g. {} by {}\n", e.service, st,
                                 src.empty() ? "" : " from ", fmt::join(src, ", "),
                                 beyond ? " (beyond the policy)" : "",
                                 beyond ? e.beyond_example->str() : e.example.str(),
                                 rule_ref(p, beyond ? e.beyond_rule : e.example_rule));
      }
    }
  if (header) std::cout << '\n';
}

void print_table(const std::vector<AuditedRuleset>& all, bool everything) {
  print_seed_table(all);
  std::map<AnomalyKind, std::size_t> counts;
  std::size_t points = 0, rules = 0, notes = 0;
  for (const AuditedRuleset& a : all) {
    points += a.rs.points.size();
    notes += a.rs.notes.size();
    for (std::size_t pi = 0; pi < a.rs.points.size(); ++pi) {
      rules += a.rs.points[pi].rules.size();
      const ruleset::PointAnomalies& pa = a.per_point[pi];
      for (const Anomaly& f : pa.findings)
        if (f.kind != AnomalyKind::Correlated && f.kind != AnomalyKind::Generalization)
          ++counts[f.kind];
      counts[AnomalyKind::Correlated] += pa.correlated;
      counts[AnomalyKind::Generalization] += pa.generalization;
    }
  }
  std::cout << fmt::format("audited {} file{}: {} point{}, {} rule{} (after inlining chains)\n",
                           all.size(), all.size() == 1 ? "" : "s", points, points == 1 ? "" : "s",
                           rules, rules == 1 ? "" : "s");
  for (AnomalyKind k : ruleset::kAnomalyKinds)
    std::cout << fmt::format("  {:<15} {:>6}{}\n", ruleset::anomaly_name(k), counts[k],
                             ruleset::anomaly_is_error(k) ? "" : "  (warning)");
  if (notes > 0)
    std::cout << fmt::format("  {:<15} {:>6}  (kept, treated conservatively; listed below)\n",
                             "not modelled", notes);
  for (AnomalyKind k : ruleset::kAnomalyKinds) {
    if (counts[k] == 0) continue;
    std::cout << fmt::format("\n{} ({}):\n", ruleset::anomaly_name(k), counts[k]);
    std::size_t shown = 0;
    for (const AuditedRuleset& a : all)
      for (std::size_t pi = 0; pi < a.rs.points.size(); ++pi) {
        const ruleset::Point& p = a.rs.points[pi];
        for (const Anomaly& f : a.per_point[pi].findings) {
          if (f.kind != k) continue;
          if (!everything && shown >= kTopPerKind) continue;
          ++shown;
          const ruleset::Rule& r = p.rules[f.rule];
          std::cout << fmt::format("  {} [{}] {}\n    {}\n    e.g. {}\n", where(r.loc),
                                   escape_controls(p.name), escape_controls(r.text), explain(p, f),
                                   f.witness.str());
        }
      }
    if (!everything && counts[k] > shown)
      std::cout << fmt::format("  ... {} more (--all lists every one, --format json too)\n",
                               counts[k] - shown);
  }
  if (notes > 0) {
    std::cout << "\nnot modelled (each rule kept; it may or may not match, so it never proves "
                 "another rule dead):\n";
    std::size_t shown = 0;
    for (const AuditedRuleset& a : all)
      for (const ruleset::Note& n : a.rs.notes) {
        if (!everything && shown >= 10) break;
        ++shown;
        std::cout << fmt::format("  {}: {}\n", n.loc.str(), escape_controls(n.message));
      }
    if (!everything && notes > shown)
      std::cout << fmt::format("  ... {} more (--all)\n", notes - shown);
  }
}

void print_json(const std::vector<AuditedRuleset>& all) {
  ojson files = ojson::array();
  ojson findings = ojson::array();
  std::map<std::string, std::size_t> counts;
  for (AnomalyKind k : ruleset::kAnomalyKinds) counts[std::string(ruleset::anomaly_name(k))] = 0;
  for (const AuditedRuleset& a : all) {
    ojson points = ojson::array();
    for (std::size_t pi = 0; pi < a.rs.points.size(); ++pi) {
      const ruleset::Point& p = a.rs.points[pi];
      points.push_back({{"name", p.name},
                        {"hook", p.hook},
                        {"rules", p.rules.size()},
                        {"policy", std::string(ruleset::action_name(p.policy))},
                        {"block_beats_allow", p.block_beats_allow}});
      const ruleset::PointAnomalies& pa = a.per_point[pi];
      for (const Anomaly& f : pa.findings) {
        ojson others = ojson::array();
        for (std::size_t o : f.others) others.push_back(rule_json(p, o));
        ojson j = {{"kind", std::string(ruleset::anomaly_name(f.kind))},
                   {"severity", ruleset::anomaly_is_error(f.kind) ? "error" : "warning"},
                   {"file", a.rs.file},
                   {"point", p.name},
                   {"rule", rule_json(p, f.rule)},
                   {"others", others},
                   {"witness", witness_json(f.witness)},
                   {"message", explain(p, f)}};
        if (f.kind == AnomalyKind::OverBroad) {
          ojson names = ojson::array();
          for (std::size_t at = 0; at <= f.detail.size();) {
            std::size_t comma = f.detail.find(", ", at);
            names.push_back(f.detail.substr(at, comma == std::string::npos ? comma : comma - at));
            if (comma == std::string::npos) break;
            at = comma + 2;
          }
          j["services"] = names;
        }
        findings.push_back(std::move(j));
        if (f.kind != AnomalyKind::Correlated && f.kind != AnomalyKind::Generalization)
          ++counts[std::string(ruleset::anomaly_name(f.kind))];
      }
      counts["correlated"] += pa.correlated;
      counts["generalization"] += pa.generalization;
    }
    ojson notes = ojson::array();
    for (const ruleset::Note& n : a.rs.notes)
      notes.push_back({{"at", n.loc.str()}, {"message", n.message}});
    files.push_back({{"file", a.rs.file},
                     {"format", std::string(ruleset::format_name(a.rs.format))},
                     {"points", points},
                     {"not_modelled", notes}});
  }
  ojson summary = ojson::object();
  for (AnomalyKind k : ruleset::kAnomalyKinds)
    summary[std::string(ruleset::anomaly_name(k))] = counts[std::string(ruleset::anomaly_name(k))];
  ojson seed = ojson::array();
  for (const AuditedRuleset& a : all)
    for (const auto& [p, rows] : a.seed) {
      ojson services = ojson::array();
      for (const ruleset::ServiceExposure& e : rows) {
        ojson j = {{"service", e.service}, {"status", status(e)}};
        if (!e.open.empty() || !e.maybe.empty()) {
          j["sources"] = source_texts(e.sources);
          j["example"] = witness_json(e.example);
          j["rule"] = rule_json(p, e.example_rule);
          if (e.judged) {
            j["beyond_policy"] = {{"sources", source_texts(e.beyond_sources)}};
            if (e.beyond_example) {
              j["beyond_policy"]["example"] = witness_json(*e.beyond_example);
              j["beyond_policy"]["rule"] = rule_json(p, e.beyond_rule);
            }
          }
        }
        services.push_back(std::move(j));
      }
      seed.push_back({{"file", a.rs.file}, {"point", p.name}, {"services", services}});
    }
  ojson doc = {
      {"seed_table", seed}, {"files", files}, {"summary", summary}, {"findings", findings}};
  std::cout << json_text(doc, 2) << '\n';
}

void print_sarif(const std::vector<AuditedRuleset>& all) {
  SarifLog log;
  std::vector<std::size_t> rule_index;
  for (AnomalyKind k : ruleset::kAnomalyKinds)
    rule_index.push_back(log.add_rule(std::string(ruleset::anomaly_name(k)), "",
                                      fmt::format("{} firewall rule", ruleset::anomaly_name(k)), "",
                                      ruleset::anomaly_is_error(k) ? "error" : "warning"));
  for (const AuditedRuleset& a : all)
    for (std::size_t pi = 0; pi < a.rs.points.size(); ++pi) {
      const ruleset::Point& p = a.rs.points[pi];
      for (const Anomaly& f : a.per_point[pi].findings) {
        ojson related = ojson::array();
        for (std::size_t o : f.others) {
          ojson l = SarifLog::location(o == ruleset::kPolicy ? p.policy_loc : p.rules[o].loc,
                                       o == ruleset::kPolicy ? "policy" : p.rules[o].text);
          l["id"] = related.size();
          related.push_back(std::move(l));
        }
        log.add_result(rule_index[static_cast<std::size_t>(f.kind)],
                       ruleset::anomaly_is_error(f.kind) ? "error" : "warning",
                       fmt::format("[{}] {}: {}; e.g. {}", p.name, p.rules[f.rule].text,
                                   explain(p, f), f.witness.str()),
                       ojson::array({SarifLog::location(p.rules[f.rule].loc)}), ojson(),
                       std::move(related));
      }
    }
  std::cout << log.text();
}

void run_audit(const AuditOptions& o) {
  bool ok = true;
  bool fail_open = false;
  std::set<AnomalyKind> fail = fail_kinds(o.fail_on, &ok, &fail_open);
  if (!ok) return;
  std::optional<ruleset::Format> forced;
  if (!o.input_format.empty()) forced = ruleset::parse_format(o.input_format);
  if (o.baseline != "lateral-movement") {
    usage_error(fmt::format("--baseline '{}': only lateral-movement is known", o.baseline));
    return;
  }
  ruleset::AuditOptions audit_options;
  for (const std::string& role : o.roles) {
    if (role != "file-server") {
      usage_error(fmt::format("--role '{}': only file-server is known", role));
      return;
    }
    audit_options.file_server = true;
  }
  std::shared_ptr<const decision::Decision> policy;
  if (o.policy.empty() != o.host.empty()) {
    usage_error(
        "--policy and --host go together: the policy, and the host of its inventory "
        "whose firewall the rule sets are");
    return;
  }
  if (!o.policy.empty()) {
    policy = load_decision({o.policy});
    if (!policy) return;
    const std::int32_t h = policy->find_host(o.host);
    if (h < 0) {
      usage_error(fmt::format("--host '{}': no such host in the policy's inventory",
                              escape_controls(o.host)));
      return;
    }
    audit_options.policy = policy.get();
    audit_options.host = static_cast<std::uint32_t>(h);
  }

  Diagnostics diags;
  std::vector<AuditedRuleset> all;
  for (const std::string& path : o.files) {
    std::optional<ruleset::Ruleset> rs = ruleset::import_file(path, forced, diags);
    if (!rs) continue;
    all.push_back(ruleset::audit(std::move(*rs), audit_options));
  }
  print_diagnostics(diags);
  if (diags.has_errors()) {
    print_error_count(diags.error_count());
    set_exit(kBadInput);
    return;
  }
  bool failing = false;
  for (const AuditedRuleset& a : all) {
    for (const ruleset::PointAnomalies& pa : a.per_point)
      for (const Anomaly& f : pa.findings)
        if (fail.contains(f.kind)) failing = true;
    for (const auto& [p, rows] : a.seed)
      for (const ruleset::ServiceExposure& e : rows)
        if (fail_open && e.exposed()) failing = true;
  }
  if (o.format == "json") {
    print_json(all);
  } else if (o.format == "sarif") {
    print_sarif(all);
  } else {
    print_table(all, o.all);
  }
  set_exit(failing ? kFindings : kOk);
}

}  // namespace

void add_audit(CLI::App& app) {
  auto o = std::make_shared<AuditOptions>();
  CLI::App* cmd = app.add_subcommand(
      "audit", "find rule anomalies in deployed rule sets (nft -j, iptables-save, Windows export)");
  cmd->add_option("ruleset", o->files,
                  "exported rule sets: `nft -j list ruleset`, `iptables-save`/`ip6tables-save`, "
                  "a Windows firewall export")
      ->required();
  add_format(cmd, &o->format, {"table", "json", "sarif"});
  cmd->add_option("--input-format", o->input_format, "the files' format (default: detected)")
      ->check(CLI::IsMember({"nft-json", "iptables-save", "windows-export"}));
  cmd->add_option("--fail-on", o->fail_on,
                  "finding kinds that make the exit code 1: none, errors (default: unreachable, "
                  "shadowed, redundant, over-broad, and open), anomalies (all), open (a "
                  "seed-table service open inbound beyond the policy), or kinds")
      ->delimiter(',');
  cmd->add_option("--baseline", o->baseline,
                  "risky services for over-broad accepts (lateral-movement)")
      ->capture_default_str();
  cmd->add_option("--role", o->roles, "roles of the audited host (file-server keeps SMB)");
  cmd->add_option("--policy", o->policy,
                  "a bulkhead policy: seed-table services open only to what it allows the "
                  "host (--host) are not exposed");
  cmd->add_option("--host", o->host, "the policy's inventory host whose firewall this is");
  cmd->add_flag("--all", o->all, "list every finding and every unmodelled match in the table");
  cmd->callback([o] { run_audit(*o); });
}

}  // namespace bulkhead::cli
