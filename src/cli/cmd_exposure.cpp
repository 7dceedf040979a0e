// bulkhead exposure: are my endpoints blocking inbound lateral-movement protocols? The
// seed table's nine services against every inventory host class, graded protected,
// allowed (by a rule) or exposed (reachable with no rule saying so), with risk levels and
// roll-ups per service and per class (written by output/exposure.h). Exit 1 when any cell
// is exposed.
// Cost: load and resolve, then analysis::compute_exposure; output O(services × classes).
#include <iostream>

#include "analysis/exposure.h"
#include "cli/analysis_output.h"
#include "cli/common.h"
#include "output/exposure.h"

namespace bulkhead::cli {
namespace {

struct ExposureCmdOptions {
  std::vector<std::string> policy;
  std::vector<std::string> services{"lateral-movement"};
  std::string format;
  output::ExposureOptions out;
};

int run(const ExposureCmdOptions& o) {
  auto d = load_decision(o.policy);
  if (!d) return kBadInput;
  auto services = resolve_services(d->model(), o.services);
  if (!services) return kBadInput;
  analysis::Context ctx(*d);
  const analysis::ExposureReport r = analysis::compute_exposure(ctx, std::move(*services));
  output::write_exposure(r, *d, format_of(o.format), o.out, std::cout);
  return output::exit_code(r);
}

}  // namespace

void add_exposure(CLI::App& app) {
  auto o = std::make_shared<ExposureCmdOptions>();
  CLI::App* sub = app.add_subcommand(
      "exposure", "are endpoints blocking inbound lateral-movement protocols? (per service/class)");
  sub->add_option("policy", o->policy, "policy files or directories")->required();
  sub->add_option("--services", o->services,
                  "services, groups or inline forms (default: lateral-movement)")
      ->delimiter(',');
  sub->add_flag("--all-cells", o->out.all_cells, "list protected and informational cells too");
  sub->add_flag("--details", o->out.details,
                "list every root cause and finding (default: a one-screen summary)");
  add_format(sub, &o->format, {"table", "json"});
  sub->callback([o] { set_exit(run(*o)); });
}

}  // namespace bulkhead::cli
