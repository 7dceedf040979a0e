// bulkhead report: one self-contained HTML page of everything bulkhead proves about a
// policy (intents, gaps, seed-service exposure, the zone heat map, blast radius, M1030
// coverage, root causes) and, when given, flow logs checked against it and deployed rule
// sets audited. The analyses run in report::collect; report::render_html draws the page.
// Exit 0 when the page is written, 2 on bad input (nothing written), 3 when the write
// fails. Cost: the sum of the analyses (each command's own), plus one pass over the logs.
#include <iostream>

#include <fmt/format.h>

#include "cli/analysis_output.h"
#include "cli/common.h"
#include "report/html.h"
#include "report/model.h"

namespace bulkhead::cli {
namespace {

struct ReportCmdOptions {
  std::vector<std::string> policy;
  std::vector<std::string> flows;
  std::vector<std::string> audit;
  std::string audit_host;
  std::string output;
  std::size_t top = 10;
};

int run(const ReportCmdOptions& o) {
  auto d = load_decision(o.policy);
  if (!d) return kBadInput;
  report::ReportOptions ro;
  ro.flows = o.flows;
  ro.audit = o.audit;
  ro.audit_host = o.audit_host;
  ro.top = o.top == 0 ? 10 : o.top;
  Diagnostics diags;
  std::string error;
  std::optional<report::ReportData> data = report::collect(d, ro, diags, &error);
  print_diagnostics(diags);
  if (!data) {
    if (diags.has_errors()) {
      print_error_count(diags.error_count());
      return kBadInput;
    }
    usage_error(error);
    return kBadInput;
  }
  const std::string html = report::render_html(*data, ro);
  if (!write_file_atomic(o.output, html)) return kInternal;
  const analysis::VerifyReport& v = data->verify;
  std::cout << fmt::format("report written to {} ({} bytes): {} of {} intents hold, {} gap{}\n",
                           o.output, html.size(), v.intents.size() - v.failed_intents,
                           v.intents.size(), v.gaps.size(), v.gaps.size() == 1 ? "" : "s");
  return kOk;
}

}  // namespace

void add_report(CLI::App& app) {
  auto o = std::make_shared<ReportCmdOptions>();
  CLI::App* sub = app.add_subcommand(
      "report",
      "one self-contained HTML report: intents, gaps, exposure, heat map, blast radius, "
      "M1030 coverage, root causes (+ flows, audit)");
  sub->add_option("policy", o->policy, "policy files or directories")->required();
  sub->add_option("--flows", o->flows, "flow logs to check against the policy (files, folders, -)");
  sub->add_option("--audit", o->audit,
                  "deployed rule sets to audit: `nft -j list ruleset`, iptables-save, a Windows "
                  "firewall export");
  sub->add_option("--audit-host", o->audit_host,
                  "the policy's inventory host whose firewall the --audit rule sets are: their "
                  "open seed-table services are judged against what the policy allows it");
  sub->add_option("-o,--output", o->output, "the HTML file to write")->required();
  sub->add_option("--top", o->top, "blast-radius ranking: how many hosts to list")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  sub->callback([o] { set_exit(run(*o)); });
}

}  // namespace bulkhead::cli
