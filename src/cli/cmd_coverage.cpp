// bulkhead coverage: every technique of ATT&CK mitigation M1030 (Network Segmentation)
// with a status computed from the policy (addressed / partially / not addressed / needs
// purpose / not applicable) and the evidence (written by output/coverage.h). Exit 1 when
// some technique is not addressed.
// Cost: load and resolve, then analysis::compute_coverage; output O(techniques × checks).
#include <iostream>

#include "analysis/coverage.h"
#include "cli/analysis_output.h"
#include "cli/common.h"
#include "output/coverage.h"

namespace bulkhead::cli {
namespace {

struct CoverageCmdOptions {
  std::vector<std::string> policy;
  std::string format;
  output::CoverageOptions out;
};

int run(const CoverageCmdOptions& o) {
  auto d = load_decision(o.policy);
  if (!d) return kBadInput;
  analysis::Context ctx(*d);
  const analysis::CoverageReport r = analysis::compute_coverage(ctx);
  output::write_coverage(r, *d, format_of(o.format), o.out, std::cout);
  return output::exit_code(r);
}

}  // namespace

void add_coverage(CLI::App& app) {
  auto o = std::make_shared<CoverageCmdOptions>();
  CLI::App* sub = app.add_subcommand(
      "coverage", "ATT&CK M1030 techniques: addressed, partially, not addressed, with evidence");
  sub->add_option("policy", o->policy, "policy files or directories")->required();
  sub->add_flag("--brief", o->out.brief, "table: one line per technique only");
  sub->add_flag("--details", o->out.details,
                "table: every technique and check with its evidence (default: a one-screen "
                "summary)");
  add_format(sub, &o->format, {"table", "json"});
  sub->callback([o] { set_exit(run(*o)); });
}

}  // namespace bulkhead::cli
