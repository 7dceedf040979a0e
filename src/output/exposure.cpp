// The writers of `exposure`: table (summary, --details or --all-cells) and JSON, each
// O(services × classes).
#include "output/exposure.h"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "output/analysis_text.h"
#include "output/json_text.h"

namespace bulkhead::output {
namespace {

// Root causes and findings shown by the default summary; --details shows all.
constexpr std::size_t kSummaryCauses = 6;
constexpr std::size_t kSummaryCells = 10;

std::string cause_closes(const analysis::RootCause& rc) {
  return closes_text(rc, "finding");
}

void print_causes(std::ostream& os, const decision::Decision& d, const analysis::ExposureReport& r,
                  std::size_t max) {
  if (r.causes.empty()) return;
  os << fmt::format("\n{} finding{} from {} root cause{}, riskiest first\n", r.findings,
                    r.findings == 1 ? "" : "s", r.causes.size(), r.causes.size() == 1 ? "" : "s");
  for (std::size_t i = 0; i < r.causes.size() && i < max; ++i)
    os << cause_text(d, r.causes[i], i + 1, cause_closes(r.causes[i]));
  if (r.causes.size() > max)
    os << fmt::format("  ... and {} more root cause{} (--details)\n", r.causes.size() - max,
                      r.causes.size() - max == 1 ? "" : "s");
}

analysis::Population hosts_only(std::uint64_t hosts) {
  analysis::Population p;
  p.hosts = hosts;
  return p;
}

std::string sources_text(const analysis::ExposureCell& c) {
  const analysis::Population& p =
      c.grade == analysis::Grade::Exposed ? c.exposed_sources : c.allowed_sources;
  return analysis::population_text(p);
}

void print_header(std::ostream& os, const decision::Decision& d,
                  const analysis::ExposureReport& r) {
  os << fmt::format(
      "exposure: {} inventory host{} in {} class{}; {} block every service from everyone, {} "
      "are exposed on at least one\n",
      analysis::count_text(r.hosts), r.hosts == 1 ? "" : "s", r.classes.size(),
      r.classes.size() == 1 ? "" : "es", analysis::count_text(r.hosts_fully_protected),
      analysis::count_text(r.hosts_exposed));
  os << "  protected: blocked by an enforcing point   allowed: reachable through an allow "
        "rule   exposed: reachable with no rule saying so\n";
  (void)d;
}

void print_services(std::ostream& os, const analysis::ExposureReport& r) {
  os << "\nby service\n";
  std::size_t w = 7;
  for (const policy::NamedService& s : r.services) w = std::max(w, s.name.size());
  os << fmt::format("  {:<{}}  {:>10}  {:>10}  {:>10}  {}\n", "service", w, "protected", "allowed",
                    "exposed", "worst");
  for (std::size_t i = 0; i < r.services.size(); ++i) {
    const analysis::ServiceRollup& sr = r.by_service[i];
    os << fmt::format("  {:<{}}  {:>10}  {:>10}  {:>10}  {}\n", r.services[i].name, w,
                      analysis::count_text(sr.hosts_protected),
                      analysis::count_text(sr.hosts_allowed),
                      analysis::count_text(sr.hosts_exposed), analysis::risk_name(sr.worst));
  }
}

std::string cell_line(const decision::Decision& d, const analysis::ExposureReport& r,
                      const analysis::ExposureCell& c) {
  return fmt::format("  {:<8}  {:<9}  {:<11}  {}  from {}\n", analysis::risk_name(c.risk),
                     analysis::grade_name(c.grade), r.services[c.service].name,
                     d.classes()[c.dst_cls].name, sources_text(c));
}

// The default text: one screen. Totals, the top root causes with their fixes, the
// services, the riskiest findings in one line each, and what to do next.
void print_summary(std::ostream& os, const decision::Decision& d,
                   const analysis::ExposureReport& r) {
  print_header(os, d, r);
  print_causes(os, d, r, kSummaryCauses);
  print_services(os, r);
  os << fmt::format("\ntop findings (riskiest first; {} in all)\n", r.findings);
  std::size_t shown = 0;
  for (const analysis::ExposureCell& c : r.cells) {
    if (!c.finding()) continue;
    if (++shown > kSummaryCells) break;
    os << cell_line(d, r, c);
  }
  if (shown == 0) os << "  none: every cell is protected or allowed by a rule to hosts only\n";
  os << "\nnext: apply the fixes from the top; `--details` lists every finding with its "
        "rules and example; `--format json` gives all cells to tools\n";
}

void print_table(std::ostream& os, const decision::Decision& d, const analysis::ExposureReport& r,
                 bool all_cells) {
  print_header(os, d, r);
  print_causes(os, d, r, r.causes.size());
  print_services(os, r);

  os << "\nfindings (riskiest first)\n";
  std::size_t shown = 0;
  for (const analysis::ExposureCell& c : r.cells) {
    if (!all_cells && c.grade == analysis::Grade::Protected) continue;
    if (!all_cells && c.risk == analysis::Risk::Info) continue;
    ++shown;
    os << cell_line(d, r, c);
    if (!c.why.empty()) os << fmt::format("            risk: {}\n", c.why);
    if (c.grade == analysis::Grade::Exposed) {
      os << fmt::format("            why: {}\n",
                        fmt::join(analysis::reason_names(c.reasons), ", "));
    }
    if (!c.rules.empty()) os << fmt::format("            rules: {}\n", rules_text(d, c.rules, 3));
    if (c.example) {
      os << fmt::format("            e.g. {}: {}\n", analysis::flow_text(d, *c.example),
                        analysis::deciding_text(d, *c.example));
    }
  }
  if (shown == 0) os << "  none: every cell is protected or allowed by a rule to hosts only\n";

  os << "\nby class\n";
  for (const analysis::ClassRollup& cr : r.by_class) {
    std::vector<std::string> exposed;
    for (std::uint32_t s : cr.exposed_services) exposed.push_back(r.services[s].name);
    os << fmt::format(
        "  {:<8}  {:<9}  {}  ({}){}\n", analysis::risk_name(cr.worst),
        analysis::grade_name(cr.worst_grade), d.classes()[cr.cls].name,
        analysis::population_text(hosts_only(d.classes()[cr.cls].hosts.size())),
        exposed.empty() ? std::string() : fmt::format(" exposed: {}", fmt::join(exposed, ", ")));
  }
}

void print_json(std::ostream& os, const decision::Decision& d, const analysis::ExposureReport& r) {
  JsonStream out(os);
  out.field("policy", d.model().name);
  out.field("summary", {{"hosts", r.hosts},
                        {"classes", r.classes.size()},
                        {"hosts_fully_protected", r.hosts_fully_protected},
                        {"hosts_exposed", r.hosts_exposed},
                        {"findings", r.findings},
                        {"root_causes", r.causes.size()}});
  out.begin_array("root_causes");
  for (const analysis::RootCause& rc : r.causes) {
    ojson j = cause_json(d, rc);
    j["cells"] = rc.findings;
    out.element(j);
  }
  out.end_array();
  out.begin_array("services");
  for (std::size_t i = 0; i < r.services.size(); ++i) {
    const analysis::ServiceRollup& sr = r.by_service[i];
    out.element({{"name", r.services[i].name},
                 {"ports", format_services(r.services[i].keys)},
                 {"hosts_protected", sr.hosts_protected},
                 {"hosts_allowed", sr.hosts_allowed},
                 {"hosts_exposed", sr.hosts_exposed},
                 {"worst", analysis::risk_name(sr.worst)}});
  }
  out.end_array();
  out.begin_array("cells");
  for (const analysis::ExposureCell& c : r.cells) {
    ojson j = {{"service", r.services[c.service].name},
               {"class", d.classes()[c.dst_cls].name},
               {"hosts", d.classes()[c.dst_cls].hosts.size()},
               {"grade", analysis::grade_name(c.grade)},
               {"risk", analysis::risk_name(c.risk)},
               {"allowed_sources", population_json(c.allowed_sources)},
               {"exposed_sources", population_json(c.exposed_sources)},
               {"reasons", analysis::reason_names(c.reasons)},
               {"rules", rules_json(d, c.rules)},
               {"score", c.score},
               {"why", c.why},
               {"finding", c.finding()},
               {"causes", c.causes}};
    j["example"] = c.example ? example_json(d, *c.example) : ojson();
    out.element(j);
  }
  out.end_array();
  out.begin_array("classes");
  for (const analysis::ClassRollup& cr : r.by_class) {
    std::vector<std::string> exposed;
    for (std::uint32_t s : cr.exposed_services) exposed.push_back(r.services[s].name);
    std::vector<std::string> hosts;
    for (std::uint32_t h : d.classes()[cr.cls].hosts) hosts.push_back(d.model().hosts[h].name);
    out.element({{"class", d.classes()[cr.cls].name},
                 {"hosts", hosts},
                 {"worst_grade", analysis::grade_name(cr.worst_grade)},
                 {"risk", analysis::risk_name(cr.worst)},
                 {"exposed_services", exposed}});
  }
  out.end_array();
  out.finish();
}

}  // namespace

void write_exposure(const analysis::ExposureReport& r, const decision::Decision& d, Format f,
                    const ExposureOptions& o, std::ostream& os) {
  if (f == Format::Json) {
    print_json(os, d, r);
  } else if (o.details || o.all_cells) {
    print_table(os, d, r, o.all_cells);
  } else {
    print_summary(os, d, r);
  }
}

int exit_code(const analysis::ExposureReport& r) {
  for (const analysis::ExposureCell& c : r.cells)
    if (c.grade == analysis::Grade::Exposed) return 1;
  return 0;
}

}  // namespace bulkhead::output
