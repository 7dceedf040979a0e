// The writers of `coverage`: summary (not-addressed techniques and the open checks grouped
// by root cause), table and JSON, each O(techniques × checks).
#include "output/coverage.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "analysis/root_cause.h"
#include "output/analysis_text.h"
#include "output/json_text.h"

namespace bulkhead::output {
namespace {

std::string_view short_state(analysis::CheckResult::State s) {
  return s == analysis::CheckResult::State::NeedsPurpose ? "needs" : analysis::check_state_name(s);
}

/// The default text: what a person reads in one screen. The techniques that are not
/// addressed, one line each; the others by status on a line; then the open checks grouped
/// by the root cause of their counterexample (analysis/root_cause.h: the allow rule, the
/// default or the unmanaged zone that lets it through), each with the techniques it opens
/// and one example. `--details` prints every check with its evidence.
void print_summary(std::ostream& os, const decision::Decision& d,
                   const analysis::CoverageReport& r) {
  os << fmt::format(
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
  if (!addressed.empty()) os << fmt::format("addressed: {}\n", fmt::join(addressed, ", "));
  for (const auto& [purpose, ids] : undeclared)
    os << fmt::format("not judged until a zone or host declares purpose: {}: {}\n", purpose,
                      fmt::join(ids, ", "));
  std::size_t wname = 0;
  for (const analysis::TechniqueResult& t : r.techniques) wname = std::max(wname, t.name.size());
  wname = std::min<std::size_t>(wname, 40);
  bool header = false;
  for (const analysis::TechniqueResult& t : r.techniques) {
    if (t.status != analysis::CoverageStatus::NotAddressed &&
        t.status != analysis::CoverageStatus::Partially)
      continue;
    if (!header) os << "\nnot addressed or partially:\n";
    header = true;
    std::string name = t.name.size() > wname ? t.name.substr(0, wname - 1) + "~" : t.name;
    os << fmt::format("  {:<10} {:<{}}  {:<14}  {}\n", t.id, name, wname,
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
    os << fmt::format("\nopen checks by root cause ({}), most techniques first:\n", order.size());
  for (std::size_t i = 0; i < order.size(); ++i) {
    const Group& g = *order[i];
    os << fmt::format("  {}. {}\n", i + 1, g.what);
    os << fmt::format("     opens {} in {} technique{}; e.g. {}\n", fmt::join(g.checks, ", "),
                      g.techniques.size(), g.techniques.size() == 1 ? "" : "s",
                      analysis::flow_text(d, *g.example));
  }
  os << "\nnext: fix the causes from the top; `--details` lists every check with its "
        "evidence, `--format json` everything; terms: docs/glossary.md, checks: "
        "docs/coverage.md\n";
}

void print_table(std::ostream& os, const decision::Decision& d, const analysis::CoverageReport& r,
                 bool brief) {
  os << fmt::format(
      "ATT&CK M1030 (Network Segmentation) coverage of {}: {} addressed, {} partially, {} not "
      "addressed, {} need a purpose, {} not applicable\n\n",
      d.model().name.empty() ? std::string("policy") : d.model().name, r.addressed, r.partially,
      r.not_addressed, r.needs_purpose, r.not_applicable);
  std::size_t wname = 0;
  for (const analysis::TechniqueResult& t : r.techniques) wname = std::max(wname, t.name.size());
  wname = std::min<std::size_t>(wname, 40);
  for (const analysis::TechniqueResult& t : r.techniques) {
    std::string name = t.name.size() > wname ? t.name.substr(0, wname - 1) + "~" : t.name;
    os << fmt::format("  {:<10} {:<{}}  {:<14}  {}\n", t.id, name, wname,
                      analysis::coverage_status_name(t.status), t.summary);
  }
  if (brief) return;
  for (const analysis::TechniqueResult& t : r.techniques) {
    os << fmt::format("\n{} {}: {}\n", t.id, t.name, analysis::coverage_status_name(t.status));
    os << fmt::format("  M1030: {}\n", t.use);
    if (t.status == analysis::CoverageStatus::NeedsPurpose) os << "  " << t.summary << '\n';
    for (const analysis::CheckResult& c : t.checks) {
      os << fmt::format("  [{:<6}] {}: {}\n", short_state(c.state), c.id, c.description);
      os << fmt::format("           {}\n", c.detail);
      if (c.example) {
        os << fmt::format("           e.g. {}: {}\n", analysis::flow_text(d, *c.example),
                          analysis::deciding_text(d, *c.example));
      }
    }
  }
}

void print_json(std::ostream& os, const decision::Decision& d, const analysis::CoverageReport& r) {
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
  os << json_text(out, 2) << '\n';
}

}  // namespace

void write_coverage(const analysis::CoverageReport& r, const decision::Decision& d, Format f,
                    const CoverageOptions& o, std::ostream& os) {
  if (f == Format::Json) {
    print_json(os, d, r);
  } else if (o.brief || o.details) {
    print_table(os, d, r, o.brief);
  } else {
    print_summary(os, d, r);
  }
}

int exit_code(const analysis::CoverageReport& r) {
  return r.not_addressed > 0 ? 1 : 0;
}

}  // namespace bulkhead::output
