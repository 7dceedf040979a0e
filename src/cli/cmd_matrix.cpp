// bulkhead matrix: who can reach whom on which service, effective and intended.
#include <algorithm>
#include <iostream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "analysis/matrix.h"
#include "cli/common.h"

namespace bulkhead::cli {
namespace {

struct MatrixOptions {
  std::vector<std::string> policy;
  std::vector<std::string> services{"lateral-movement"};
  std::string by = "zone";
  std::string format;
};

std::string cell_mark(const analysis::PairSummary& s) {
  using analysis::Coverage;
  if (s.reachable == Coverage::None) return ".";
  std::string mark = s.reachable == Coverage::All ? (s.gap ? "!" : "Y") : (s.gap ? "~!" : "~");
  return mark;
}

void print_table(const analysis::Matrix& m) {
  std::size_t width = 9;
  for (const analysis::MatrixGroup& g : m.groups) width = std::max(width, g.name.size());
  std::cout << "legend: Y reachable and intended   . blocked   ! reachable but not intended "
               "(enforcement gap)   ~ reachable on some ports or addresses only\n";
  // Cells by (from, to, service); a host is never paired with itself, so some are absent.
  const std::size_t ng = m.groups.size(), ns = m.services.size();
  std::vector<const analysis::MatrixCell*> at(ng * ng * ns, nullptr);
  for (const analysis::MatrixCell& c : m.cells) at[(c.from * ng + c.to) * ns + c.service] = &c;
  for (std::size_t si = 0; si < m.services.size(); ++si) {
    std::cout << '\n'
              << m.services[si].name << " (" << format_services(m.services[si].keys) << ")\n";
    std::cout << fmt::format("  {:<{}}", "from \\ to", width);
    for (const analysis::MatrixGroup& g : m.groups) std::cout << "  " << g.name;
    std::cout << '\n';
    for (std::uint32_t gi = 0; gi < m.groups.size(); ++gi) {
      std::cout << fmt::format("  {:<{}}", m.groups[gi].name, width);
      for (std::uint32_t gj = 0; gj < m.groups.size(); ++gj) {
        const analysis::MatrixCell* c = at[(gi * ng + gj) * ns + si];
        std::string mark = c == nullptr ? "-" : cell_mark(c->summary);
        std::cout << fmt::format("  {:<{}}", mark, m.groups[gj].name.size());
      }
      std::cout << '\n';
    }
  }
}

void print_json(const decision::Decision& d, const analysis::Matrix& m, const std::string& by) {
  nlohmann::ordered_json out;
  out["by"] = by;
  out["services"] = nlohmann::ordered_json::array();
  for (const policy::NamedService& s : m.services)
    out["services"].push_back({{"name", s.name}, {"ports", format_services(s.keys)}});
  out["groups"] = nlohmann::ordered_json::array();
  for (const analysis::MatrixGroup& g : m.groups) {
    nlohmann::ordered_json jg{{"name", g.name}};
    std::vector<std::string> hosts;
    if (g.host >= 0) {
      hosts.push_back(d.model().hosts[static_cast<std::size_t>(g.host)].name);
    } else {
      for (std::uint32_t c : g.classes)
        for (std::uint32_t h : d.classes()[c].hosts) hosts.push_back(d.model().hosts[h].name);
    }
    std::sort(hosts.begin(), hosts.end());
    hosts.erase(std::unique(hosts.begin(), hosts.end()), hosts.end());
    jg["hosts"] = hosts;
    out["groups"].push_back(std::move(jg));
  }
  out["cells"] = nlohmann::ordered_json::array();
  for (const analysis::MatrixCell& c : m.cells) {
    nlohmann::ordered_json jc{{"from", m.groups[c.from].name},
                              {"to", m.groups[c.to].name},
                              {"service", m.services[c.service].name},
                              {"reachable", analysis::coverage_name(c.summary.reachable)},
                              {"intended", analysis::coverage_name(c.summary.intended)},
                              {"gap", c.summary.gap}};
    jc["rules"] = nlohmann::ordered_json::array();
    for (std::uint32_t r : c.summary.rules) {
      const policy::Rule& rule = *d.rules()[r].rule;
      jc["rules"].push_back({{"name", rule.name},
                             {"action", policy::action_name(rule.action)},
                             {"at", rule.loc.file_line()}});
    }
    out["cells"].push_back(std::move(jc));
  }
  std::cout << out.dump(2) << '\n';
}

int run(const MatrixOptions& o) {
  auto model = load_policy(o.policy);
  if (!model) return kBadInput;
  auto d = decision::Decision::resolve(std::move(*model));
  std::vector<policy::NamedService> services;
  for (const std::string& text : o.services) {
    std::string why;
    auto named = policy::resolve_service_names(d->model(), text, &why);
    if (!named) {
      usage_error("--services: " + why);
      return kBadInput;
    }
    services.insert(services.end(), named->begin(), named->end());
  }
  analysis::GroupBy by = o.by == "class"  ? analysis::GroupBy::Class
                         : o.by == "host" ? analysis::GroupBy::Host
                                          : analysis::GroupBy::Zone;
  analysis::Matrix m = analysis::compute_matrix(*d, std::move(services), by);
  if (o.format == "json") {
    print_json(*d, m, o.by);
  } else {
    print_table(m);
  }
  return kOk;
}

}  // namespace

void add_matrix(CLI::App& app) {
  auto o = std::make_shared<MatrixOptions>();
  CLI::App* sub = app.add_subcommand(
      "matrix", "who can reach whom on which service: reachable, intended, gaps");
  sub->add_option("policy", o->policy, "policy files or directories")->required();
  sub->add_option("--services", o->services,
                  "services, groups or inline forms (default: lateral-movement)")
      ->delimiter(',');
  sub->add_option("--by", o->by, "group by zone, class or host")
      ->check(CLI::IsMember({"zone", "class", "host"}))
      ->capture_default_str();
  add_format(sub, &o->format, {"table", "json"});
  sub->callback([o] { set_exit(run(*o)); });
}

}  // namespace bulkhead::cli
