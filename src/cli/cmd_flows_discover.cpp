// bulkhead flows discover LOG... [--policy POLICY]: least-privilege allow rules proposed
// from the accepted flows of the logs (flows::Discoverer), as a policy file to put beside
// the others. With --policy, only for what the policy does not already intend, and proven
// on the extended policy (the user's files plus the snippet, loaded from a temporary
// directory): every proposed flow admitted, every intent that held still holding. The
// snippet goes to stdout (or -o FILE), the summary to stderr; --format json for tools.
// Exit 1 when the proof fails, 2 on bad input, 3 when the output cannot be written.
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <iostream>

#include <fmt/format.h>

#include "cli/analysis_output.h"
#include "cli/cmd_flows.h"
#include "cli/common.h"
#include "cli/flow_output.h"
#include "decision/decision.h"
#include "flows/discover.h"
#include "flows/reader.h"
#include "output/analysis_text.h"
#include "output/json_text.h"
#include "output/verdict_json.h"
#include "policy/loader.h"

namespace bulkhead::cli {

using output::json_text;
using output::ojson;
using output::read_stats_json;
namespace {

struct DiscoverOptions {
  std::vector<std::string> logs;
  std::string policy;
  std::string format;
  std::string output;
  std::string log_format = "auto";
  bool strict = false;
};

// Not-proposed groups shown in the summary.
constexpr std::size_t kSummaryRows = 10;

/// A policy without inventory (no --policy): every address is plain space.
std::shared_ptr<const decision::Decision> empty_decision() {
  Diagnostics diags;
  std::optional<policy::Model> m = policy::load_text("bulkhead: 1\n", "<no policy>", diags);
  if (!m) return nullptr;
  return decision::Decision::resolve(std::move(*m));
}

/// Loads the user's policy plus the snippet, written to a temporary directory.
std::shared_ptr<const decision::Decision> load_extended(const std::string& policy,
                                                        const std::string& yaml, std::string* why) {
  std::string tmpl = (std::filesystem::temp_directory_path() / "bulkhead-discover-XXXXXX").string();
  if (::mkdtemp(tmpl.data()) == nullptr) {
    *why = "cannot create a temporary directory";
    return nullptr;
  }
  const std::filesystem::path dir(tmpl);
  const std::filesystem::path file = dir / "zz-discovered.yaml";
  std::shared_ptr<const decision::Decision> out;
  {
    std::ofstream os(file, std::ios::binary | std::ios::trunc);
    os << yaml;
    if (!os.flush()) *why = "cannot write " + file.string();
  }
  if (why->empty()) {
    std::vector<std::string> paths;
    if (!policy.empty()) paths.push_back(policy);
    paths.push_back(file.string());
    Diagnostics diags;
    std::optional<policy::Model> m = policy::load(paths, diags);
    if (m) {
      out = decision::Decision::resolve(std::move(*m));
    } else {
      for (const Diagnostic& dg : diags.sorted())
        if (dg.severity == Severity::Error) *why += (why->empty() ? "" : "; ") + dg.str();
    }
  }
  std::error_code ec;
  std::filesystem::remove_all(dir, ec);
  return out;
}

ojson discovery_json(const flows::Discovery& disc, const flows::ReadStats& stats) {
  const flows::DiscoverTotals& t = disc.totals;
  ojson j;
  j["with_policy"] = disc.with_policy;
  j["read"] = read_stats_json(stats);
  j["summary"] =
      ojson{{"records", t.records},      {"flows", t.flows},       {"accepted", t.accepted},
            {"rejected", t.rejected},    {"unknown", t.unknown},   {"unjudgeable", t.unjudgeable},
            {"intended", t.intended},    {"proposed", t.proposed}, {"not_proposed", t.not_proposed},
            {"rules", disc.rules.size()}};
  j["rules"] = ojson::array();
  for (const flows::ProposedRule& r : disc.rules)
    j["rules"].push_back(ojson{{"name", r.name},
                               {"from", r.from},
                               {"to", r.to},
                               {"services", r.services},
                               {"flows", r.flows},
                               {"examples", r.examples},
                               {"narrowed", r.narrowed}});
  j["not_proposed"] = ojson::array();
  for (const flows::NotProposed& n : disc.not_proposed)
    j["not_proposed"].push_back(ojson{{"reason", n.reason},
                                      {"from", n.from},
                                      {"to", n.to},
                                      {"service", n.service},
                                      {"flows", n.flows},
                                      {"example", n.example}});
  const flows::Proof& p = disc.proof;
  j["proof"] = ojson{{"holds", p.holds},       {"admitted", p.admitted},
                     {"total", p.total},       {"intents_held", p.intents_held},
                     {"failures", p.failures}, {"rounds", p.rounds}};
  j["yaml"] = disc.yaml();
  return j;
}

void print_summary(const flows::Discovery& disc) {
  const flows::DiscoverTotals& t = disc.totals;
  auto pct = [&](std::uint64_t n) {
    return t.accepted == 0 ? 0.0 : 100.0 * static_cast<double>(n) / static_cast<double>(t.accepted);
  };
  std::cerr << fmt::format(
      "flows discover: {} flows in {} records (accepted {}, rejected {} and unknown {} "
      "ignored)\n",
      t.flows, t.records, t.accepted, t.rejected, t.unknown);
  std::cerr << fmt::format(
      "  proposal covers {:.1f}% of observed accepted flows ({} of {}) in {} rule{}",
      pct(t.proposed), t.proposed, t.accepted, disc.rules.size(),
      disc.rules.size() == 1 ? "" : "s");
  if (disc.with_policy)
    std::cerr << fmt::format(", the policy already intended {:.1f}%", pct(t.intended));
  std::cerr << '\n';
  if (t.unjudgeable > 0)
    std::cerr << fmt::format(
        "  {} accepted flows not judgeable (no port or type, ICMP errors, ...)\n", t.unjudgeable);
  if (!disc.with_policy)
    std::cerr << "  no policy given: rules name the exact addresses seen; with --policy they "
                 "name labels and zones\n";
  if (!disc.not_proposed.empty()) {
    std::cerr << fmt::format("  not proposed: {} accepted flows\n", t.not_proposed);
    for (std::size_t i = 0; i < disc.not_proposed.size() && i < kSummaryRows; ++i) {
      const flows::NotProposed& n = disc.not_proposed[i];
      std::cerr << fmt::format("    {} flows {} -> {} {}: {} (e.g. {})\n", n.flows, n.from, n.to,
                               n.service, n.reason, n.example);
    }
  }
  const flows::Proof& p = disc.proof;
  if (p.holds) {
    std::cerr << fmt::format(
        "  proof: {} of {} observed accepted flows admitted; {}\n", p.admitted, p.total,
        disc.with_policy ? fmt::format("intents that held still hold ({})", p.intents_held)
                         : std::string("no intents without a policy"));
  } else {
    std::cerr << fmt::format("  proof FAILED: {} of {} observed accepted flows admitted\n",
                             p.admitted, p.total);
    for (const std::string& f : p.failures) std::cerr << "    " << f << '\n';
  }
}

int run(const DiscoverOptions& o) {
  std::shared_ptr<const decision::Decision> d =
      o.policy.empty() ? empty_decision() : load_decision({o.policy});
  if (!d) return kBadInput;
  std::optional<flows::ReadOptions> opts = read_options(o.log_format, o.strict);
  if (!opts) return kBadInput;
  flows::ReadOptions& ro = *opts;
  flows::Discoverer disc_state(d, !o.policy.empty());
  Result<flows::ReadStats> read =
      flows::read_flows(o.logs, ro, [&](const flows::Record& r) { disc_state.add(r); });
  if (!read) {
    usage_error(read.error());
    return kBadInput;
  }
  warn_malformed("logs", read.value());
  flows::Discovery disc = disc_state.finish();
  disc_state.prove(&disc, [&](const std::string& yaml, std::string* why) {
    return load_extended(o.policy, yaml, why);
  });
  const std::string yaml = disc.yaml();
  if (!o.output.empty() && !write_file_atomic(o.output, yaml)) return kInternal;
  if (o.format == "json") {
    std::cout << json_text(discovery_json(disc, read.value()), 2) << '\n';
  } else {
    if (o.output.empty()) std::cout << yaml;
    print_summary(disc);
  }
  return disc.proof.holds ? kOk : kFindings;
}

}  // namespace

void add_flows_discover(CLI::App& flows_group) {
  auto o = std::make_shared<DiscoverOptions>();
  CLI::App* sub = flows_group.add_subcommand(
      "discover",
      "propose least-privilege allow rules for the accepted flows of the logs (with --policy: "
      "for what the policy does not intend, proven on the extended policy)");
  sub->add_option("logs", o->logs, "flow logs: files, directories, or - for stdin")->required();
  sub->add_option("--policy", o->policy, "the policy (file or directory) to extend");
  add_format(sub, &o->format, {"yaml", "json"});
  sub->add_option("-o,--output", o->output, "write the proposed policy file here");
  sub->add_option("--log-format", o->log_format,
                  "input format (default: detected per file): " + flows::format_names())
      ->capture_default_str();
  sub->add_flag("--strict", o->strict, "stop at the first malformed line (exit 2)");
  sub->callback([o] { set_exit(run(*o)); });
}

}  // namespace bulkhead::cli
