// The writers of `verify`: table (summary or --details), JSON and SARIF 2.1.0, each
// O(findings). The table groups gaps by class pair; the JSON keeps one group per service.
#include "output/verify.h"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "analysis/counterexample.h"
#include "output/analysis_text.h"
#include "output/json_text.h"
#include "output/sarif.h"

namespace bulkhead::output {
namespace {

// Root causes shown by the default summary; --details shows all.
constexpr std::size_t kSummaryCauses = 8;
// Failed intents listed by the default summary.
constexpr std::size_t kSummaryIntents = 6;

std::string services_text(const policy::Expect& e) {
  std::string out;
  for (const policy::ServiceRef& s : e.services) out += (out.empty() ? "" : ", ") + s.text;
  return out;
}

// Where a gap is best shown in the policy: its deciding rule, else an unmanaged end, else
// the zone, else the first file.
SourceLoc gap_location(const decision::Decision& d, const analysis::Gap& g) {
  if (!g.rules.empty()) return d.rules()[g.rules.front()].rule->loc;
  for (const analysis::Endpoint* e : {&g.example.dst, &g.example.src}) {
    if (e->host != decision::kNoHost) {
      const policy::Host& h = d.model().hosts[static_cast<std::size_t>(e->host)];
      if (!h.managed) return h.loc;
    }
  }
  for (const analysis::Endpoint* e : {&g.example.dst, &g.example.src}) {
    if (e->host != decision::kNoHost) return d.model().hosts[static_cast<std::size_t>(e->host)].loc;
  }
  const decision::ZoneInfo& z = d.zones()[d.classes()[g.dst_cls].zone];
  if (z.zone != nullptr) return z.zone->loc;
  return SourceLoc{d.model().files.empty() ? std::string("policy") : d.model().files.front(), 1, 1};
}

std::string intent_message(const decision::Decision& d, const analysis::IntentResult& r) {
  const policy::Expect& e = *r.expect;
  std::string want = e.verdict == policy::ExpectVerdict::Blocked ? "blocked" : "reachable";
  std::string msg = fmt::format("intent {} fails: {} -> {} on {} should be {}", e.name, e.from.text,
                                e.to.text, services_text(e), want);
  if (!e.description.empty()) msg += fmt::format(" ({})", e.description);
  if (!r.examples.empty()) {
    const analysis::FlowExample& ex = r.examples.front();
    msg += fmt::format("; counterexample {} is {} (the intent wants it {}): {}",
                       analysis::flow_text(d, ex), ex.verdict.reachable ? "reachable" : "blocked",
                       want, analysis::deciding_text(d, ex));
  }
  return msg;
}

// "34 gaps, 2 failed intents": the kinds of a cause's findings.
std::string kinds_text(const analysis::VerifyReport& r, const analysis::RootCause& rc) {
  std::size_t n[3] = {0, 0, 0};
  for (std::size_t f : rc.findings) ++n[static_cast<int>(r.findings[f].kind)];
  std::vector<std::string> parts;
  if (n[1]) parts.push_back(fmt::format("{} gap{}", n[1], n[1] == 1 ? "" : "s"));
  if (n[2]) parts.push_back(fmt::format("{} risky path{}", n[2], n[2] == 1 ? "" : "s"));
  if (n[0]) parts.push_back(fmt::format("{} failed intent{}", n[0], n[0] == 1 ? "" : "s"));
  return fmt::format("{}", fmt::join(parts, ", "));
}

std::string cause_closes(const analysis::VerifyReport& r, const analysis::RootCause& rc) {
  return fmt::format("{} ({})", closes_text(rc, "finding"), kinds_text(r, rc));
}

void print_header(std::ostream& os, const decision::Decision& d, const analysis::VerifyReport& r) {
  const std::string name = d.model().name.empty() ? std::string("policy") : d.model().name;
  os << fmt::format(
      "verify {}: {} intent{}, {} hold, {} fail; {} enforcement gap{} between {} "
      "class pair{} ({} host pair{}); {} risky allowed path{}\n",
      name, r.intents.size(), r.intents.size() == 1 ? "" : "s", r.intents.size() - r.failed_intents,
      r.failed_intents, r.gaps.size(), r.gaps.size() == 1 ? "" : "s", r.gap_class_pairs,
      r.gap_class_pairs == 1 ? "" : "s", analysis::count_text(r.gap_host_pairs),
      r.gap_host_pairs == 1 ? "" : "s", r.risks.size(), r.risks.size() == 1 ? "" : "s");
}

void print_causes(std::ostream& os, const decision::Decision& d, const analysis::VerifyReport& r,
                  std::size_t max) {
  if (r.causes.empty()) return;
  os << fmt::format("\n{} finding{} from {} root cause{}, riskiest first\n", r.findings.size(),
                    r.findings.size() == 1 ? "" : "s", r.causes.size(),
                    r.causes.size() == 1 ? "" : "s");
  for (std::size_t i = 0; i < r.causes.size() && i < max; ++i)
    os << cause_text(d, r.causes[i], i + 1, cause_closes(r, r.causes[i]));
  if (r.causes.size() > max)
    os << fmt::format("  ... and {} more root cause{} (--details)\n", r.causes.size() - max,
                      r.causes.size() - max == 1 ? "" : "s");
}

// The default text: one screen. Totals, the top root causes with their fixes, the failed
// intents in one line each, and what to do next.
void print_summary(std::ostream& os, const decision::Decision& d, const analysis::VerifyReport& r,
                   bool allow_gaps) {
  print_header(os, d, r);
  print_causes(os, d, r, kSummaryCauses);
  if (r.failed_intents > 0) {
    os << "\nfailed intents\n";
    std::size_t shown = 0;
    for (const analysis::IntentResult& i : r.intents) {
      if (i.holds) continue;
      if (++shown > kSummaryIntents) break;
      const policy::Expect& e = *i.expect;
      std::string want = e.verdict == policy::ExpectVerdict::Blocked ? "blocked" : "reachable";
      os << fmt::format("  FAIL  {}  {}: wants {} -> {} on {} {}\n", e.name, e.loc.file_line(),
                        e.from.text, e.to.text, services_text(e), want);
      if (!i.examples.empty()) {
        const analysis::FlowExample& ex = i.examples.front();
        os << fmt::format("        e.g. {} is {}: {}\n", analysis::flow_text(d, ex),
                          ex.verdict.reachable ? "reachable" : "blocked",
                          analysis::deciding_text(d, ex));
      }
    }
    if (r.failed_intents > kSummaryIntents)
      os << fmt::format("  ... and {} more (--details)\n", r.failed_intents - kSummaryIntents);
  }
  os << "\nnext: apply the fixes from the top; `--details` lists every intent, gap and "
        "risky path; `--format json|sarif` gives all of them to tools";
  if (allow_gaps) os << " (gaps allowed by --allow-gaps)";
  os << '\n';
}

void print_table(std::ostream& os, const decision::Decision& d, const analysis::VerifyReport& r,
                 bool allow_gaps) {
  print_header(os, d, r);
  print_causes(os, d, r, r.causes.size());
  if (!r.intents.empty()) os << "\nintents\n";
  std::size_t width = 0;
  for (const analysis::IntentResult& i : r.intents) width = std::max(width, i.expect->name.size());
  for (const analysis::IntentResult& i : r.intents) {
    const policy::Expect& e = *i.expect;
    std::string status = i.holds ? (i.vacuous ? "ok?" : "ok") : "FAIL";
    os << fmt::format("  {:<4}  {:<{}}  {}", status, e.name, width, e.loc.file_line());
    if (i.vacuous) os << "  (covers no flow: its selectors or services match nothing)";
    os << '\n';
    if (i.holds) continue;
    if (!e.description.empty()) os << fmt::format("        why: {}\n", e.description);
    os << fmt::format("        want {}: {} -> {} on {}\n",
                      e.verdict == policy::ExpectVerdict::Blocked ? "blocked" : "reachable",
                      e.from.text, e.to.text, services_text(e));
    os << fmt::format("        fails on {} class pair{} ({} host pair{}{})\n",
                      i.failing_class_pairs, i.failing_class_pairs == 1 ? "" : "s",
                      analysis::count_text(i.failing_host_pairs),
                      i.failing_host_pairs == 1 ? "" : "s",
                      i.failing_addresses ? " plus plain address space" : "");
    for (const analysis::FlowExample& ex : i.examples) {
      os << fmt::format("        counterexample: {}\n", analysis::flow_text(d, ex));
      os << fmt::format("          the intent wants it {}; it is {}; decided by {}\n",
                        e.verdict == policy::ExpectVerdict::Blocked ? "blocked" : "reachable",
                        verdict_text(d, ex.verdict), analysis::deciding_text(d, ex));
    }
  }
  if (!r.gaps.empty()) {
    os << fmt::format(
        "\nenforcement gaps (reachable but not intended: nothing enforces "
        "the policy's verdict){}\n",
        allow_gaps ? " [allowed by --allow-gaps]" : "");
    // One entry per class pair; the JSON form keeps one group per service.
    for (std::size_t i = 0; i < r.gaps.size();) {
      std::size_t j = i;
      ServiceSet keys;
      std::vector<std::string> named;
      std::vector<std::uint32_t> rules;
      while (j < r.gaps.size() && r.gaps[j].src_cls == r.gaps[i].src_cls &&
             r.gaps[j].dst_cls == r.gaps[i].dst_cls) {
        const analysis::Gap& g = r.gaps[j];
        keys = keys.unite(g.keys);
        if (g.named) named.push_back(g.service);
        for (std::uint32_t rule : g.rules)
          if (std::find(rules.begin(), rules.end(), rule) == rules.end()) rules.push_back(rule);
        ++j;
      }
      const analysis::Gap& g = r.gaps[i];
      std::string services;
      if (keys == all_services()) {
        services = "every service";
      } else {
        services = fmt::format("{}", fmt::join(named, ", "));
        for (std::size_t k = i; k < j; ++k) {
          if (r.gaps[k].named) continue;
          services += (services.empty() ? "" : ", ") + r.gaps[k].service;
        }
      }
      std::string pairs = g.host_pairs == 0
                              ? std::string()
                              : fmt::format("; {} host pair{}", analysis::count_text(g.host_pairs),
                                            g.host_pairs == 1 ? "" : "s");
      os << fmt::format("  {} -> {}  ({} -> {}{})\n", d.classes()[g.src_cls].name,
                        d.classes()[g.dst_cls].name, analysis::population_text(g.src),
                        analysis::population_text(g.dst), pairs);
      os << fmt::format("      services: {}\n", services);
      if (!rules.empty()) {
        std::sort(rules.begin(), rules.end());
        os << fmt::format("      unenforced rules: {}\n", rules_text(d, rules, 3));
      }
      // The example a reader recognises best (SMB before an arbitrary port).
      const analysis::Gap* shown = &g;
      for (std::size_t k = i; k < j; ++k) {
        const analysis::FlowExample& ex = r.gaps[k].example;
        if (analysis::telling_rank(ex.key) < analysis::telling_rank(shown->example.key))
          shown = &r.gaps[k];
      }
      os << fmt::format("      e.g. {}: {}\n", analysis::flow_text(d, shown->example),
                        analysis::deciding_text(d, shown->example));
      i = j;
    }
  }
  if (!r.risks.empty()) {
    os << "\nrisky allowed paths (lateral-movement services through allow rules, graded high "
          "or critical)\n";
    for (const analysis::ExposureCell& c : r.risks) {
      os << fmt::format("  {:<8}  {:<11}  {}  from {}\n", analysis::risk_name(c.risk),
                        r.risk_services[c.service].name, d.classes()[c.dst_cls].name,
                        analysis::population_text(c.allowed_sources));
      os << fmt::format("            why: {}\n", c.why);
      if (!c.rules.empty()) os << fmt::format("            rules: {}\n", rules_text(d, c.rules, 3));
    }
  }
}

ojson intent_json(const decision::Decision& d, const analysis::IntentResult& i) {
  const policy::Expect& e = *i.expect;
  ojson j;
  j["name"] = e.name;
  j["at"] = e.loc.file_line();
  if (!e.description.empty()) j["description"] = e.description;
  j["from"] = e.from.text;
  j["to"] = e.to.text;
  j["services"] = services_text(e);
  j["verdict"] = e.verdict == policy::ExpectVerdict::Blocked ? "blocked" : "reachable";
  j["holds"] = i.holds;
  j["vacuous"] = i.vacuous;
  j["class_pairs"] = i.class_pairs;
  j["failing_class_pairs"] = i.failing_class_pairs;
  j["failing_host_pairs"] = i.failing_host_pairs;
  j["failing_addresses"] = i.failing_addresses;
  j["counterexamples"] = ojson::array();
  for (const analysis::FlowExample& ex : i.examples)
    j["counterexamples"].push_back(
        intent_example_json(d, ex, e.verdict == policy::ExpectVerdict::Blocked));
  return j;
}

ojson gap_json(const decision::Decision& d, const analysis::Gap& g) {
  ojson j;
  j["from"] = {{"class", d.classes()[g.src_cls].name}, {"population", population_json(g.src)}};
  j["to"] = {{"class", d.classes()[g.dst_cls].name}, {"population", population_json(g.dst)}};
  j["service"] = g.service;
  j["ports"] = format_services(g.keys);
  j["rules"] = rules_json(d, g.rules);
  j["host_pairs"] = g.host_pairs;
  j["at"] = gap_location(d, g).file_line();
  j["counterexample"] = example_json(d, g.example);
  return j;
}

void print_json(std::ostream& os, const decision::Decision& d, const analysis::VerifyReport& r) {
  JsonStream out(os);
  out.field("policy", d.model().name);
  out.field("files", d.model().files);
  out.field("summary", {{"intents", r.intents.size()},
                        {"failed", r.failed_intents},
                        {"gaps", r.gaps.size()},
                        {"risks", r.risks.size()},
                        {"findings", r.findings.size()},
                        {"root_causes", r.causes.size()},
                        {"gap_class_pairs", r.gap_class_pairs},
                        {"gap_host_pairs", r.gap_host_pairs}});
  out.begin_array("intents");
  for (const analysis::IntentResult& i : r.intents) out.element(intent_json(d, i));
  out.end_array();
  out.begin_array("gaps");
  for (const analysis::Gap& g : r.gaps) out.element(gap_json(d, g));
  out.end_array();
  out.begin_array("risks");
  for (const analysis::ExposureCell& c : r.risks) {
    out.element({{"service", r.risk_services[c.service].name},
                 {"to", d.classes()[c.dst_cls].name},
                 {"risk", analysis::risk_name(c.risk)},
                 {"score", c.score},
                 {"why", c.why},
                 {"allowed_sources", population_json(c.allowed_sources)},
                 {"rules", rules_json(d, c.rules)},
                 {"example", c.example ? example_json(d, *c.example) : ojson()}});
  }
  out.end_array();
  // Which root causes explain each finding, and each cause with the findings it closes.
  std::vector<std::vector<std::size_t>> causes_of(r.findings.size());
  for (std::size_t c = 0; c < r.causes.size(); ++c)
    for (std::size_t f : r.causes[c].findings) causes_of[f].push_back(c);
  out.begin_array("findings");
  for (std::size_t f = 0; f < r.findings.size(); ++f) {
    const analysis::VerifyFinding& vf = r.findings[f];
    out.element({{"type", analysis::finding_kind_name(vf.kind)},
                 {"index", vf.index},
                 {"risk", analysis::risk_name(vf.risk)},
                 {"score", vf.score},
                 {"why", vf.why},
                 {"causes", causes_of[f]}});
  }
  out.end_array();
  out.begin_array("root_causes");
  for (const analysis::RootCause& rc : r.causes) {
    ojson j = cause_json(d, rc);
    j["finding_indices"] = rc.findings;
    out.element(j);
  }
  out.end_array();
  out.finish();
}

// SARIF rule of a root cause.
std::size_t sarif_rule(analysis::CauseKind k) {
  switch (k) {
    case analysis::CauseKind::Unmanaged:
    case analysis::CauseKind::AuditMode:
      return 1;
    case analysis::CauseKind::DefaultAllow:
      return 2;
    case analysis::CauseKind::AllowRule:
      return 3;
    case analysis::CauseKind::MissingRule:
      return 4;
  }
  return 1;
}

std::string sarif_level(analysis::Risk r) {
  return r >= analysis::Risk::High ? "error" : r >= analysis::Risk::Low ? "warning" : "note";
}

// One result per failed intent (at the intent) and one per root cause (at the place to
// fix it), not one per class pair: a cause's findings are counted in its properties.
void print_sarif(std::ostream& os, const decision::Decision& d, const analysis::VerifyReport& r,
                 bool allow_gaps) {
  SarifLog log;
  log.add_rule("intent-failed", "IntentFailed", "An expect intent does not hold",
               "Some flow covered by the intent contradicts its verdict (blocked: a flow is "
               "reachable; reachable: a flow is blocked).",
               "error");
  log.add_rule("enforcement-gap", "EnforcementGap",
               "Flows are reachable but not intended: nothing enforces the policy",
               "The policy forbids these flows, yet no enforcement point on their path enforces "
               "it (unmanaged devices in a zone without a firewall, audit mode; spec section 3). "
               "One result per root cause, with its fix and the number of findings it closes.",
               allow_gaps ? "warning" : "error");
  log.add_rule("default-allow", "DefaultAllow", "Risky access is let in by a default allow",
               "No rule allows these flows; a default_inbound: allow does.", "warning");
  log.add_rule("risky-access", "RiskyAccess", "An allow rule opens a risky path",
               "An allow rule lets untrusted or broad sources reach a remote-execution service "
               "(SMB, RPC, RDP, WinRM), graded by where the access comes from and what it "
               "reaches.",
               "warning");
  log.add_rule("missing-rule", "MissingRule", "An intent wants flows that no rule allows",
               "A reachable intent fails because no allow rule covers its flows.", "error");
  for (const analysis::IntentResult& i : r.intents) {
    if (i.holds) continue;
    ojson props = {{"intent", i.expect->name},
                   {"failing_class_pairs", i.failing_class_pairs},
                   {"failing_host_pairs", i.failing_host_pairs}};
    if (!i.examples.empty())
      props["counterexample"] = intent_example_json(
          d, i.examples.front(), i.expect->verdict == policy::ExpectVerdict::Blocked);
    log.add_result(0, "error", intent_message(d, i),
                   ojson::array({SarifLog::location(i.expect->loc)}), std::move(props));
  }
  for (const analysis::RootCause& rc : r.causes) {
    const std::size_t ri = sarif_rule(rc.key.kind);
    std::string level = sarif_level(rc.risk);
    if (ri == 1) level = allow_gaps ? "warning" : "error";
    log.add_result(ri, level,
                   fmt::format("{} ({} risk: {}). Fix: {}. This {}.", rc.title,
                               analysis::risk_name(rc.risk), rc.why, rc.fix, cause_closes(r, rc)),
                   ojson::array({SarifLog::location(rc.loc)}), cause_json(d, rc));
  }
  for (const std::string& f : d.model().files) log.add_artifact(f);
  os << log.text();
}

}  // namespace

void write_verify(const analysis::VerifyReport& r, const decision::Decision& d, Format f,
                  const VerifyOptions& o, std::ostream& os) {
  switch (f) {
    case Format::Json:
      print_json(os, d, r);
      return;
    case Format::Sarif:
      print_sarif(os, d, r, o.allow_gaps);
      return;
    case Format::Table:
      if (o.details) {
        print_table(os, d, r, o.allow_gaps);
      } else {
        print_summary(os, d, r, o.allow_gaps);
      }
      return;
  }
}

int exit_code(const analysis::VerifyReport& r, const VerifyOptions& o) {
  if (r.failed_intents > 0) return 1;
  if (!r.gaps.empty() && !o.allow_gaps) return 1;
  return 0;
}

}  // namespace bulkhead::output
