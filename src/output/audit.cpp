// The writers of `audit`: seed table, anomaly counts and findings (table), the complete
// JSON document and SARIF. O(findings + rules).
#include "output/audit.h"

#include <map>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "base/text.h"
#include "output/json_text.h"
#include "output/sarif.h"

namespace bulkhead::output {

using ojson = nlohmann::ordered_json;
using ruleset::Anomaly;
using ruleset::AnomalyKind;
using ruleset::AuditedRuleset;

namespace {

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

// Findings of each kind the table lists without --all.
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

void print_seed_table(std::ostream& os, const std::vector<AuditedRuleset>& all) {
  bool header = false;
  for (const AuditedRuleset& a : all)
    for (const auto& [p, rows] : a.seed) {
      if (!header) os << "seed table (inbound connections to block, lateral-movement baseline):\n";
      header = true;
      std::size_t open = 0;
      for (const ruleset::ServiceExposure& e : rows) open += e.exposed();
      os << fmt::format("  {} ({}): {} of {} open\n", escape_controls(p.name),
                        escape_controls(a.rs.file), open, rows.size());
      for (const ruleset::ServiceExposure& e : rows) {
        // The seed table: no logging for high-volume services.
        // (The point is a parameter: a lambda may not capture a structured binding.)
        auto logging = [&os, &e](const ruleset::Point& at) {
          if (e.logging_against_table())
            os << fmt::format(
                "      warning: logged by {}: the seed table recommends not logging this "
                "high-volume service\n",
                rule_ref(at, *e.logged_by));
        };
        std::string st = status(e);
        if (st == "blocked" || st == "exempt") {
          os << fmt::format("    {:<12} {}\n", e.service,
                            st == "exempt" ? "exempt (--role file-server)" : st);
          logging(p);
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
        os << fmt::format("    {:<12} {}{}{}{}, e.g. {} by {}\n", e.service, st,
                          src.empty() ? "" : " from ", fmt::join(src, ", "),
                          beyond ? " (beyond the policy)" : "",
                          beyond ? e.beyond_example->str() : e.example.str(),
                          rule_ref(p, beyond ? e.beyond_rule : e.example_rule));
        logging(p);
      }
    }
  if (header) os << '\n';
}

void print_table(std::ostream& os, const std::vector<AuditedRuleset>& all, bool everything) {
  print_seed_table(os, all);
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
  os << fmt::format("audited {} file{}: {} point{}, {} rule{} (after inlining chains)\n",
                    all.size(), all.size() == 1 ? "" : "s", points, points == 1 ? "" : "s", rules,
                    rules == 1 ? "" : "s");
  for (AnomalyKind k : ruleset::kAnomalyKinds)
    os << fmt::format("  {:<15} {:>6}{}\n", ruleset::anomaly_name(k), counts[k],
                      ruleset::anomaly_is_error(k) ? "" : "  (warning)");
  if (notes > 0)
    os << fmt::format("  {:<15} {:>6}  (kept, treated conservatively; listed below)\n",
                      "not modelled", notes);
  for (AnomalyKind k : ruleset::kAnomalyKinds) {
    if (counts[k] == 0) continue;
    os << fmt::format("\n{} ({}):\n", ruleset::anomaly_name(k), counts[k]);
    std::size_t shown = 0;
    for (const AuditedRuleset& a : all)
      for (std::size_t pi = 0; pi < a.rs.points.size(); ++pi) {
        const ruleset::Point& p = a.rs.points[pi];
        for (const Anomaly& f : a.per_point[pi].findings) {
          if (f.kind != k) continue;
          if (!everything && shown >= kTopPerKind) continue;
          ++shown;
          const ruleset::Rule& r = p.rules[f.rule];
          os << fmt::format("  {} [{}] {}\n    {}\n    e.g. {}\n", where(r.loc),
                            escape_controls(p.name), escape_controls(r.text), explain(p, f),
                            f.witness.str());
        }
      }
    if (!everything && counts[k] > shown)
      os << fmt::format("  ... {} more (--all lists every one, --format json too)\n",
                        counts[k] - shown);
  }
  if (notes > 0) {
    os << "\nnot modelled (each rule kept; it may or may not match, so it never proves "
          "another rule dead):\n";
    std::size_t shown = 0;
    for (const AuditedRuleset& a : all)
      for (const ruleset::Note& n : a.rs.notes) {
        if (!everything && shown >= 10) break;
        ++shown;
        os << fmt::format("  {}: {}\n", n.loc.str(), escape_controls(n.message));
      }
    if (!everything && notes > shown) os << fmt::format("  ... {} more (--all)\n", notes - shown);
  }
}

void print_json(std::ostream& os, const std::vector<AuditedRuleset>& all) {
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
        if (e.logged_by) {
          j["logged_by"] = rule_json(p, *e.logged_by);
          j["logging_against_table"] = e.logging_against_table();
        }
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
  os << json_text(doc, 2) << '\n';
}

void print_sarif(std::ostream& os, const std::vector<AuditedRuleset>& all) {
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
  os << log.text();
}

}  // namespace

void write_audit(const std::vector<AuditedRuleset>& all, Format f, const AuditOptions& o,
                 std::ostream& os) {
  switch (f) {
    case Format::Json:
      print_json(os, all);
      return;
    case Format::Sarif:
      print_sarif(os, all);
      return;
    case Format::Table:
      print_table(os, all, o.all);
      return;
  }
}

int exit_code(const std::vector<AuditedRuleset>& all, const std::set<AnomalyKind>& fail,
              bool fail_open) {
  for (const AuditedRuleset& a : all) {
    for (const ruleset::PointAnomalies& pa : a.per_point)
      for (const Anomaly& f : pa.findings)
        if (fail.contains(f.kind)) return 1;
    for (const auto& [p, rows] : a.seed)
      for (const ruleset::ServiceExposure& e : rows)
        if (fail_open && e.exposed()) return 1;
  }
  return 0;
}

}  // namespace bulkhead::output
