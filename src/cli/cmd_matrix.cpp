// bulkhead matrix: who can reach whom on which service, effective and intended (written
// by output/matrix.h, which streams the cells: memory O(groups² × services) bytes at
// most). `--by host` makes hosts² cells and is refused above kMaxHostCells.
#include <cstdint>
#include <iostream>

#include <fmt/format.h>

#include "analysis/matrix.h"
#include "cli/analysis_output.h"
#include "cli/common.h"
#include "output/matrix.h"

namespace bulkhead::cli {
namespace {

// The most cells `--by host` computes (a host pair × service each); 100,000 hosts would
// make 9 × 10^10 on the lateral-movement services.
constexpr std::uint64_t kMaxHostCells = 5'000'000;

struct MatrixOptions {
  std::vector<std::string> policy;
  std::vector<std::string> services{"lateral-movement"};
  std::string by = "zone";
  std::string format;
};

int run(const MatrixOptions& o) {
  auto d = load_decision(o.policy);
  if (!d) return kBadInput;
  const auto services = resolve_services(d->model(), o.services);
  if (!services) return kBadInput;
  analysis::GroupBy by = o.by == "class"  ? analysis::GroupBy::Class
                         : o.by == "host" ? analysis::GroupBy::Host
                                          : analysis::GroupBy::Zone;
  const std::vector<analysis::MatrixGroup> groups = analysis::make_groups(*d, by);
  // Every host pair is a cell: refuse what would not fit in memory or on screen.
  const std::uint64_t cells = analysis::matrix_cell_count(groups.size(), services->size(), by);
  if (by == analysis::GroupBy::Host && cells > kMaxHostCells) {
    usage_error(fmt::format(
        "matrix --by host: {} hosts and {} services make {} cells, more than {}; use --by "
        "zone or --by class, or fewer --services",
        groups.size(), services->size(), cells, kMaxHostCells));
    return kBadInput;
  }
  output::write_matrix(*d, groups, *services, by, format_of(o.format), std::cout);
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
