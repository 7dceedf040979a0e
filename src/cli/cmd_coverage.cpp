// bulkhead coverage: every technique of ATT&CK mitigation M1030 (Network Segmentation)
// with a status computed from the policy (addressed / partially / not addressed / needs
// purpose / not applicable) and the evidence: every check of the coverage table, with a
// counterexample and its deciding rule or point for every open one, and the purpose to
// declare for those that cannot be judged. Exit 1 when some technique is not addressed.
// Cost: load and resolve, then analysis::compute_coverage; output O(techniques × checks).
#include <iostream>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <map>
#include <set>

#include "analysis/coverage.h"
#include "analysis/root_cause.h"
#include "cli/analysis_output.h"
#include "cli/common.h"
#include "cli/json_text.h"

namespace bulkhead::cli {
namespace {

struct CoverageOptions {
  std::vector<std::string> policy;
  std::string format;
  bool brief = false;
  bool details = false;
};

std::string_view short_state(analysis::CheckResult::State s) {
  return s == analysis::CheckResult::State::NeedsPurpose ? "needs" : analysis::check_state_name(s);
}

/// The default text: what a person reads in one screen. The techniques that are not
/// addressed, one line each; the others by status on a line; then the open checks grouped
/// by the root cause of their counterexample (analysis/root_cause.h: the allow rule, the
/// default or the unmanaged zone that lets it through), each with the techniques it opens
/// and one example. `--details` prints every check with its evidence.
void print_summary(const decision::Decision& d, const analysis::CoverageReport& r) {
  std::cout << fmt::format(
      "ATT&CK M1030 (Network Segmentation) coverage of {}: {} addressed, {} partially, {} not "
      "addressed, {} need a purpose, {} not applicable\n",
      d.model().name.empty() ? std::string("policy") : d.model().name, r.addressed, r.partially,
      r.not_addressed, r.needs_purpose, r.not_applicable);
  std::vector<std::string> addressed;
  std::map<std::string, std::vector<std::string>> undeclared;  // purpose → techniques
  for (const analysis::TechniqueResult& t : r.techniques) {
    if (t.status == analysis::CoverageStatus::Addressed) addressed.push_back(t.id);
    if (t.status == analysis::CoverageStatus::NotApplicable ||
        t.status == analysis::CoverageStatus::NeedsPurpose)
      for (const std::string& p : t.missing) undeclared[p].push_back(t.id);
  }
  if (!addressed.empty()) std::cout << fmt::format("addressed: {}\n", fmt::join(addressed, ", "));
  for (const auto& [purpose, ids] : undeclared)
    std::cout << fmt::format("not judged until a zone or host declares purpose: {}: {}\n", purpose,
                             fmt::join(ids, ", "));
  std::size_t wname = 0;
  for (const analysis::TechniqueResult& t : r.techniques) wname = std::max(wname, t.name.size());
  wname = std::min<std::size_t>(wname, 40);
  bool header = false;
  for (const analysis::TechniqueResult& t : r.techniques) {
    if (t.status != analysis::CoverageStatus::NotAddressed &&
        t.status != analysis::CoverageStatus::Partially)
      continue;
    if (!header) std::cout << "\nnot addressed or partially:\n";
    header = true;
    std::string name = t.name.size() > wname ? t.name.substr(0, wname - 1) + "~" : t.name;
    std::cout << fmt::format("  {:<10} {:<{}}  {:<14}  {}\n", t.id, name, wname,
                             analysis::coverage_status_name(t.status), t.summary);
  }
  // Open checks, each once, grouped by what lets their counterexample through.
  struct Group {
    std::string what;
    std::vector<std::string> checks;
    std::set<std::string> techniques;
    const analysis::FlowExample* example = nullptr;
  };
  std::map<analysis::CauseKey, Group> groups;
  std::set<std::string> seen;
  for (const analysis::TechniqueResult& t : r.techniques) {
    for (const analysis::CheckResult& c : t.checks) {
      if (c.state != analysis::CheckResult::State::Open || !c.example) continue;
      const analysis::FlowExample& ex = *c.example;
      analysis::CauseKey key = analysis::cause_of(d, ex.src.cls, ex.dst.cls, ex.verdict);
      Group& g = groups[key];
      if (g.example == nullptr) {
        g.example = &ex;
        if (key.kind == analysis::CauseKind::Unmanaged && key.id < d.zones().size()) {
          const std::string& zone = d.zones()[key.id].name;
          g.what = fmt::format(
              "unmanaged devices or unregistered addresses in zone {}: no enforcement point sees "
              "their flows; fix: mark the zone {} `firewall: true`, or manage the devices",
              zone, zone);
        } else {
          g.what = fmt::format("{}: {}", analysis::cause_kind_name(key.kind),
                               analysis::deciding_text(d, ex));
        }
      }
      g.techniques.insert(t.id);
      if (seen.insert(c.id).second) g.checks.push_back(c.id);
    }
  }
  std::vector<const Group*> order;
  for (const auto& [key, g] : groups) order.push_back(&g);
  std::stable_sort(order.begin(), order.end(), [](const Group* a, const Group* b) {
    return a->techniques.size() > b->techniques.size();
  });
  if (!order.empty())
    std::cout << fmt::format("\nopen checks by root cause ({}), most techniques first:\n",
                             order.size());
  for (std::size_t i = 0; i < order.size(); ++i) {
    const Group& g = *order[i];
    std::cout << fmt::format("  {}. {}\n", i + 1, g.what);
    std::cout << fmt::format("     opens {} in {} technique{}; e.g. {}\n",
                             fmt::join(g.checks, ", "), g.techniques.size(),
                             g.techniques.size() == 1 ? "" : "s",
                             analysis::flow_text(d, *g.example));
  }
  std::cout << "\nnext: fix the causes from the top; `--details` lists every check with its "
               "evidence, `--format json` everything; terms: docs/glossary.md, checks: "
               "docs/coverage.md\n";
}

void print_table(const decision::Decision& d, const analysis::CoverageReport& r, bool brief) {
  std::cout << fmt::format(
      "ATT&CK M1030 (Network Segmentation) coverage of {}: {} addressed, {} partially, {} not "
      "addressed, {} need a purpose, {} not applicable\n\n",
      d.model().name.empty() ? std::string("policy") : d.model().name, r.addressed, r.partially,
      r.not_addressed, r.needs_purpose, r.not_applicable);
  std::size_t wname = 0;
  for (const analysis::TechniqueResult& t : r.techniques) wname = std::max(wname, t.name.size());
  wname = std::min<std::size_t>(wname, 40);
  for (const analysis::TechniqueResult& t : r.techniques) {
    std::string name = t.name.size() > wname ? t.name.substr(0, wname - 1) + "~" : t.name;
    std::cout << fmt::format("  {:<10} {:<{}}  {:<14}  {}\n", t.id, name, wname,
                             analysis::coverage_status_name(t.status), t.summary);
  }
  if (brief) return;
  for (const analysis::TechniqueResult& t : r.techniques) {
    std::cout << fmt::format("\n{} {}: {}\n", t.id, t.name,
                             analysis::coverage_status_name(t.status));
    std::cout << fmt::format("  M1030: {}\n", t.use);
    if (t.status == analysis::CoverageStatus::NeedsPurpose) std::cout << "  " << t.summary << '\n';
    for (const analysis::CheckResult& c : t.checks) {
      std::cout << fmt::format("  [{:<6}] {}: {}\n", short_state(c.state), c.id, c.description);
      std::cout << fmt::format("           {}\n", c.detail);
      if (c.example) {
        std::cout << fmt::format("           e.g. {}: {}\n", analysis::flow_text(d, *c.example),
                                 analysis::deciding_text(d, *c.example));
      }
    }
  }
}

void print_json(const decision::Decision& d, const analysis::CoverageReport& r) {
  ojson out;
  out["policy"] = d.model().name;
  out["mitigation"] = "M1030";
  out["summary"] = {{"addressed", r.addressed},
                    {"partially", r.partially},
                    {"not_addressed", r.not_addressed},
                    {"needs_purpose", r.needs_purpose},
                    {"not_applicable", r.not_applicable}};
  out["techniques"] = ojson::array();
  for (const analysis::TechniqueResult& t : r.techniques) {
    ojson jt = {{"id", t.id},           {"name", t.name},
                {"use", t.use},         {"status", analysis::coverage_status_name(t.status)},
                {"summary", t.summary}, {"missing_purposes", t.missing}};
    jt["checks"] = ojson::array();
    for (const analysis::CheckResult& c : t.checks) {
      ojson jc = {{"id", c.id},
                  {"description", c.description},
                  {"state", analysis::check_state_name(c.state)},
                  {"detail", c.detail},
                  {"missing_purposes", c.missing},
                  {"class_pairs", c.class_pairs},
                  {"open_class_pairs", c.open_class_pairs},
                  {"open_host_pairs", c.open_host_pairs},
                  {"open_addresses", c.open_addresses}};
      jc["counterexample"] = c.example ? example_json(d, *c.example) : ojson();
      jt["checks"].push_back(std::move(jc));
    }
    out["techniques"].push_back(std::move(jt));
  }
  std::cout << json_text(out, 2) << '\n';
}

int run(const CoverageOptions& o) {
  auto d = load_decision(o.policy);
  if (!d) return kBadInput;
  analysis::Context ctx(*d);
  analysis::CoverageReport r = analysis::compute_coverage(ctx);
  if (o.format == "json") {
    print_json(*d, r);
  } else if (o.brief || o.details) {
    print_table(*d, r, o.brief);
  } else {
    print_summary(*d, r);
  }
  return r.not_addressed > 0 ? kFindings : kOk;
}

}  // namespace

void add_coverage(CLI::App& app) {
  auto o = std::make_shared<CoverageOptions>();
  CLI::App* sub = app.add_subcommand(
      "coverage", "ATT&CK M1030 techniques: addressed, partially, not addressed, with evidence");
  sub->add_option("policy", o->policy, "policy files or directories")->required();
  sub->add_flag("--brief", o->brief, "table: one line per technique only");
  sub->add_flag("--details", o->details,
                "table: every technique and check with its evidence (default: a one-screen "
                "summary)");
  add_format(sub, &o->format, {"table", "json"});
  sub->callback([o] { set_exit(run(*o)); });
}

}  // namespace bulkhead::cli
