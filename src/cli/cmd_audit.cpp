// bulkhead audit: imports deployed rule sets (nft -j list ruleset JSON, iptables-save
// text, Windows firewall exports; detected from the content or named by --input-format)
// and reports each point's rule anomalies (ruleset/anomalies.h) with the rules involved at
// file:line and a witness packet. The table is short by default: one summary line per
// kind, then the first findings of each kind (--all prints every one); JSON is complete;
// SARIF has one result per finding at its rule's file:line. With --policy and --host the
// seed table's open services are judged against what the policy lets reach the host. Exit
// 0 when nothing fails, 1 when a finding of a --fail-on kind exists (default: unreachable,
// shadowed, redundant, over-broad, and a seed-table service open beyond the policy, or at
// all without one), 2 on unreadable or malformed input (located at file:line:column).
// Cost: import, then O(n²) region operations per point (ruleset/anomalies.cpp). The
// result is written by output/audit.h.
#include <iostream>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "base/text.h"
#include "cli/analysis_output.h"
#include "cli/common.h"
#include "output/audit.h"
#include "ruleset/anomalies.h"
#include "ruleset/audit.h"
#include "ruleset/compliance.h"
#include "ruleset/import.h"

namespace bulkhead::cli {
namespace {

using ruleset::AnomalyKind;

struct AuditOptions {
  std::vector<std::string> files;
  std::string format;
  std::string input_format;
  std::vector<std::string> fail_on;
  std::string baseline = "lateral-movement";
  std::vector<std::string> roles;
  std::string policy;
  std::string host;
  bool all = false;
};

using ruleset::AuditedRuleset;

std::set<AnomalyKind> fail_kinds(const std::vector<std::string>& words, bool* ok, bool* fail_open) {
  std::set<AnomalyKind> out;
  *ok = true;
  *fail_open = false;
  if (words.empty()) {
    for (AnomalyKind k : ruleset::kAnomalyKinds)
      if (ruleset::anomaly_is_error(k)) out.insert(k);
    *fail_open = true;
    return out;
  }
  for (const std::string& w : words) {
    if (w == "none") continue;
    if (w == "open") {
      *fail_open = true;
      continue;
    }
    if (w == "errors" || w == "anomalies") {
      for (AnomalyKind k : ruleset::kAnomalyKinds)
        if (w == "anomalies" || ruleset::anomaly_is_error(k)) out.insert(k);
      continue;
    }
    bool found = false;
    for (AnomalyKind k : ruleset::kAnomalyKinds)
      if (ruleset::anomaly_name(k) == w) {
        out.insert(k);
        found = true;
      }
    if (!found) {
      usage_error(
          fmt::format("--fail-on '{}': expected none, errors, anomalies or a kind "
                      "(unreachable, shadowed, redundant, over-broad, correlated, "
                      "generalization)",
                      w));
      *ok = false;
    }
  }
  return out;
}

void run_audit(const AuditOptions& o) {
  bool ok = true;
  bool fail_open = false;
  std::set<AnomalyKind> fail = fail_kinds(o.fail_on, &ok, &fail_open);
  if (!ok) return;
  std::optional<ruleset::Format> forced;
  if (!o.input_format.empty()) forced = ruleset::parse_format(o.input_format);
  if (o.baseline != "lateral-movement") {
    usage_error(fmt::format("--baseline '{}': only lateral-movement is known", o.baseline));
    return;
  }
  ruleset::AuditOptions audit_options;
  for (const std::string& role : o.roles) {
    if (role != "file-server") {
      usage_error(fmt::format("--role '{}': only file-server is known", role));
      return;
    }
    audit_options.file_server = true;
  }
  std::shared_ptr<const decision::Decision> policy;
  if (o.policy.empty() != o.host.empty()) {
    usage_error(
        "--policy and --host go together: the policy, and the host of its inventory "
        "whose firewall the rule sets are");
    return;
  }
  if (!o.policy.empty()) {
    policy = load_decision({o.policy});
    if (!policy) return;
    const std::int32_t h = policy->find_host(o.host);
    if (h < 0) {
      usage_error(fmt::format("--host '{}': no such host in the policy's inventory",
                              escape_controls(o.host)));
      return;
    }
    audit_options.policy = policy.get();
    audit_options.host = static_cast<std::uint32_t>(h);
  }

  Diagnostics diags;
  std::vector<AuditedRuleset> all;
  for (const std::string& path : o.files) {
    std::optional<ruleset::Ruleset> rs = ruleset::import_file(path, forced, diags);
    if (!rs) continue;
    all.push_back(ruleset::audit(std::move(*rs), audit_options));
  }
  print_diagnostics(diags);
  if (diags.has_errors()) {
    print_error_count(diags.error_count());
    set_exit(kBadInput);
    return;
  }
  output::write_audit(all, format_of(o.format), {o.all}, std::cout);
  set_exit(output::exit_code(all, fail, fail_open));
}

}  // namespace

void add_audit(CLI::App& app) {
  auto o = std::make_shared<AuditOptions>();
  CLI::App* cmd = app.add_subcommand(
      "audit", "find rule anomalies in deployed rule sets (nft -j, iptables-save, Windows export)");
  cmd->add_option("ruleset", o->files,
                  "exported rule sets: `nft -j list ruleset`, `iptables-save`/`ip6tables-save`, "
                  "a Windows firewall export")
      ->required();
  add_format(cmd, &o->format, {"table", "json", "sarif"});
  cmd->add_option("--input-format", o->input_format, "the files' format (default: detected)")
      ->check(CLI::IsMember({"nft-json", "iptables-save", "windows-export"}));
  cmd->add_option("--fail-on", o->fail_on,
                  "finding kinds that make the exit code 1: none, errors (default: unreachable, "
                  "shadowed, redundant, over-broad, and open), anomalies (all), open (a "
                  "seed-table service open inbound beyond the policy), or kinds")
      ->delimiter(',');
  cmd->add_option("--baseline", o->baseline,
                  "risky services for over-broad accepts (lateral-movement)")
      ->capture_default_str();
  cmd->add_option("--role", o->roles, "roles of the audited host (file-server keeps SMB)");
  cmd->add_option("--policy", o->policy,
                  "a bulkhead policy: seed-table services open only to what it allows the "
                  "host (--host) are not exposed");
  cmd->add_option("--host", o->host, "the policy's inventory host whose firewall this is");
  cmd->add_flag("--all", o->all, "list every finding and every unmodelled match in the table");
  cmd->callback([o] { run_audit(*o); });
}

}  // namespace bulkhead::cli
