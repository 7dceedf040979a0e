// bulkhead verify: checks every `expect` intent exactly and reports every enforcement gap,
// each with a concrete counterexample flow and the rule or point that decided it.
// Formats: table, json, and SARIF 2.1.0 (output/verify.h). Exit 1 on a failed intent or a
// gap (unless --allow-gaps), 2 on bad input.
// Cost: load and resolve, then analysis::verify (docs/analysis.md); output O(findings).
#include <iostream>

#include "analysis/verify.h"
#include "cli/analysis_output.h"
#include "cli/common.h"
#include "output/verify.h"

namespace bulkhead::cli {
namespace {

struct VerifyCmdOptions {
  std::vector<std::string> policy;
  std::string format;
  output::VerifyOptions out;
};

int run(const VerifyCmdOptions& o) {
  auto d = load_decision(o.policy);
  if (!d) return kBadInput;
  const analysis::VerifyReport r = analysis::verify(*d);
  output::write_verify(r, *d, format_of(o.format), o.out, std::cout);
  return output::exit_code(r, o.out);
}

}  // namespace

void add_verify(CLI::App& app) {
  auto o = std::make_shared<VerifyCmdOptions>();
  CLI::App* sub = app.add_subcommand(
      "verify", "check every expect intent exactly and report every enforcement gap");
  sub->add_option("policy", o->policy, "policy files or directories")->required();
  add_format(sub, &o->format, {"table", "json", "sarif"});
  sub->add_flag("--allow-gaps", o->out.allow_gaps, "report enforcement gaps without failing");
  sub->add_flag(
      "--details", o->out.details,
      "list every root cause, intent, gap and risky path (default: a one-screen summary)");
  sub->callback([o] { set_exit(run(*o)); });
}

}  // namespace bulkhead::cli
