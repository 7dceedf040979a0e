// bulkhead status: reads bulkhead's table back from the kernel, says whether it still
// matches what the policy renders today (the same normalized comparison as apply), and
// lists every rule with its packet and byte counters traced to the policy rule and
// file:line in its comment, including rules that never matched; then warns about other
// firewalls on the machine that may drop what the table accepts (agent/coexist.h).
// Read-only.
//
// Exit codes: 0 in sync, 1 drift (or the table is absent), 2 bad input, 3 environment.
// With --windows-export FILE it reads a Windows machine's export instead of the kernel
// (cmd_status_windows.cpp).
#include <cstdlib>
#include <iostream>
#include <memory>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "agent/apply.h"
#include "agent/coexist.h"
#include "agent/persist.h"
#include "agent/point.h"
#include "agent/rollback.h"
#include "cli/cmd_status_windows.h"
#include "cli/coexist_output.h"
#include "cli/common.h"
#include "decision/decision.h"
#include "output/json_text.h"

namespace bulkhead::cli {

using output::json_text;
namespace {

struct StatusOptions {
  std::vector<std::string> policy;
  std::string host;
  std::string zone;
  std::string mode;
  std::string state_dir;
  std::string format;
  std::string windows_export;
};

struct RuleRow {
  std::string chain;
  std::size_t index = 0;  // 1-based position in its chain
  std::string rule;       // policy rule, or "" for rules without a provenance comment
  std::string at;
  const agent::ListingItem* item = nullptr;
};

std::vector<RuleRow> rule_rows(const agent::Listing& l) {
  std::vector<RuleRow> rows;
  std::string chain;
  std::size_t index = 0;
  for (const agent::ListingItem& i : l.items) {
    if (i.kind != agent::ItemKind::Rule) continue;
    if (i.scope != chain) chain = i.scope, index = 0;
    RuleRow r;
    r.chain = i.scope;
    r.index = ++index;
    r.item = &i;
    if (auto o = agent::parse_rule_comment(i.comment)) {
      r.rule = o->rule;
      r.at = o->at;
    }
    rows.push_back(std::move(r));
  }
  return rows;
}

nlohmann::ordered_json counter_json(const std::optional<std::uint64_t>& v) {
  return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json();
}

nlohmann::ordered_json text_or_null(const std::string& s) {
  return s.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(s);
}

void print_json(const agent::RenderedPoint& point, const agent::Plan& plan, bool in_sync,
                const std::optional<agent::Pending>& pending,
                const std::optional<agent::RollbackRecord>& rolled,
                const nlohmann::ordered_json& coexistence) {
  nlohmann::ordered_json out;
  out["point"] = point.label;
  out["table"] = point.table.str();
  out["present"] = plan.current.present;
  out["in_sync"] = in_sync;
  nlohmann::ordered_json drift{{"missing", nlohmann::ordered_json::array()},
                               {"unexpected", nlohmann::ordered_json::array()},
                               {"reordered", plan.diff.reordered}};
  for (const std::string& line : agent::diff_lines(plan.diff)) {
    if (line[0] == '+') drift["missing"].push_back(line.substr(2));
    if (line[0] == '-') drift["unexpected"].push_back(line.substr(2));
  }
  out["drift"] = drift;
  if (pending) {
    out["pending"] = {{"armed_at_ms", pending->armed_ms},
                      {"deadline_ms", pending->deadline_ms},
                      {"watchdog_pid", pending->watchdog_pid},
                      {"what", pending->what},
                      {"rollback_to", pending->previous_present ? "previous" : "absent"}};
  } else {
    out["pending"] = nullptr;
  }
  if (rolled) {
    out["last_rollback"] = {{"at_ms", rolled->at_ms},
                            {"ok", rolled->ok},
                            {"what", rolled->what},
                            {"message", rolled->message}};
  } else {
    out["last_rollback"] = nullptr;
  }
  out["coexistence"] = coexistence;
  out["rules"] = nlohmann::ordered_json::array();
  for (const RuleRow& r : rule_rows(plan.current)) {
    out["rules"].push_back({{"chain", r.chain},
                            {"index", r.index},
                            {"rule", text_or_null(r.rule)},
                            {"at", text_or_null(r.at)},
                            {"packets", counter_json(r.item->packets)},
                            {"bytes", counter_json(r.item->bytes)},
                            {"logged", r.item->logged},
                            {"verdict", r.item->verdict},
                            {"text", r.item->text}});
  }
  std::cout << json_text(out, 2) << '\n';
}

void print_table(const agent::RenderedPoint& point, const agent::Plan& plan, bool in_sync,
                 const std::optional<agent::Pending>& pending,
                 const std::optional<agent::RollbackRecord>& rolled) {
  if (!plan.current.present) {
    std::cout << "table " << point.table.str() << " (" << point.label
              << "): absent; `bulkhead apply` has not run here (or was rolled back)\n";
  } else if (in_sync) {
    std::cout << "table " << point.table.str() << " (" << point.label
              << "): in sync with the policy\n";
  } else {
    std::cout << "table " << point.table.str() << " (" << point.label
              << "): DRIFT from the policy (" << plan.diff.summary()
              << " to match it); + missing from the kernel, - not in the policy\n";
    for (const std::string& line : agent::diff_lines(plan.diff)) std::cout << "  " << line << '\n';
  }
  if (pending) {
    std::cout << "unconfirmed change (" << pending->what << "): applied at "
              << agent::clock_text(pending->armed_ms) << ", rolled back at "
              << agent::clock_text(pending->deadline_ms)
              << " unless `bulkhead apply --confirm-ok` runs here\n";
  }
  if (rolled) {
    std::cout << "last rollback: " << agent::clock_text(rolled->at_ms) << " (" << rolled->what
              << "): " << rolled->message << '\n';
  }
  std::vector<RuleRow> rows = rule_rows(plan.current);
  if (rows.empty()) return;
  std::size_t rule_w = 4, at_w = 2, chain_w = 5;
  for (const RuleRow& r : rows) {
    rule_w = std::max(rule_w, r.rule.size());
    at_w = std::max(at_w, r.at.size());
    chain_w = std::max(chain_w, r.chain.size());
  }
  std::cout << '\n'
            << fmt::format("{:<{}}  {:>3}  {:>10}  {:>12}  {:<3}  {:<{}}  {:<{}}  {}\n", "CHAIN",
                           chain_w, "#", "PACKETS", "BYTES", "LOG", "RULE", rule_w, "AT", at_w,
                           "ACTION");
  for (const RuleRow& r : rows) {
    const agent::ListingItem& i = *r.item;
    std::string packets = i.packets ? std::to_string(*i.packets) : "-";
    std::string bytes = i.bytes ? std::to_string(*i.bytes) : "-";
    // Rules without provenance (connection tracking, loopback) show their text instead.
    std::string action = r.rule.empty()       ? i.text
                         : !i.verdict.empty() ? i.verdict
                         : i.logged           ? "log"
                                              : i.text;
    std::cout << fmt::format("{:<{}}  {:>3}  {:>10}  {:>12}  {:<3}  {:<{}}  {:<{}}  {}\n", r.chain,
                             chain_w, r.index, packets, bytes, i.logged ? "yes" : "no",
                             r.rule.empty() ? "-" : r.rule, rule_w, r.at.empty() ? "-" : r.at, at_w,
                             action);
  }
}

int run(const StatusOptions& o) {
  if (!o.windows_export.empty()) {
    if (!o.zone.empty()) {
      usage_error("status --windows-export reads a Windows host: give --host, not --zone");
      return kBadInput;
    }
    WindowsStatusOptions w{o.policy, o.host, std::nullopt, o.windows_export, o.format};
    if (!o.mode.empty())
      w.mode = o.mode == "audit" ? policy::Enforcement::Audit : policy::Enforcement::Enforce;
    return run_windows_status(w);
  }
  if (o.host.empty() == o.zone.empty()) {
    usage_error("status needs exactly one of --host H and --zone Z");
    return kBadInput;
  }
  auto model = load_policy(o.policy);
  if (!model) return kBadInput;
  auto d = decision::Decision::resolve(std::move(*model));
  agent::PointRequest req;
  req.host = o.host;
  req.zone = o.zone;
  if (!o.mode.empty())
    req.mode = o.mode == "audit" ? policy::Enforcement::Audit : policy::Enforcement::Enforce;
  Diagnostics diags;
  std::optional<agent::RenderedPoint> point = agent::render_point(*d, req, diags);
  print_diagnostics(diags);
  if (!point) return kBadInput;

  Result<agent::Plan> plan = agent::plan_apply(point->ruleset, point->table);
  if (!plan) {
    std::cerr << "bulkhead: error: " << plan.error() << '\n';
    return kInternal;
  }
  bool in_sync = plan.value().current.present && !plan.value().changed();

  std::optional<agent::Pending> pending;
  std::optional<agent::RollbackRecord> rolled;
  Result<std::uint64_t> ns = agent::current_netns_id();
  if (ns) {
    agent::RollbackScope scope{
        agent::resolve_state_dir(o.state_dir, std::getenv("BULKHEAD_STATE_DIR")), ns.value(),
        point->table};
    pending = agent::peek_pending(scope);
    rolled = agent::last_rollback(scope);
  }
  // Other firewalls that may drop what this table accepts (warnings, not drift).
  std::string coexist_error;
  std::optional<agent::PersistDir> persist =
      agent::resolve_persist_dir("", std::getenv(agent::kPersistDirEnv), nullptr);
  std::optional<std::vector<agent::CoexistFinding>> coexist = check_coexistence(
      plan.value().desired, persist ? persist->path : std::string(agent::kDefaultPersistDir),
      &coexist_error);
  if (o.format == "json") {
    print_json(*point, plan.value(), in_sync, pending, rolled,
               coexist ? coexistence_json(*coexist) : nlohmann::ordered_json());
  } else {
    print_table(*point, plan.value(), in_sync, pending, rolled);
    if (coexist) print_coexistence_section(std::cout, *coexist);
  }
  if (!coexist) std::cerr << "note: could not check for other firewalls: " << coexist_error << '\n';
  return in_sync ? kOk : kFindings;
}

}  // namespace

void add_status(CLI::App& app) {
  auto o = std::make_shared<StatusOptions>();
  CLI::App* sub = app.add_subcommand(
      "status", "compare this machine's bulkhead table with the policy; rule counters");
  sub->add_option("policy", o->policy, "policy files or directories")->required();
  sub->add_option("--host", o->host, "the managed host this machine is");
  sub->add_option("--zone", o->zone, "the zone whose boundary firewall this machine is");
  sub->add_option("--mode", o->mode, "compare with this enforcement mode: enforce or audit")
      ->check(CLI::IsMember({"enforce", "audit"}));
  sub->add_option("--state-dir", o->state_dir,
                  "state directory (default $BULKHEAD_STATE_DIR, else /run/bulkhead)");
  sub->add_option("--windows-export", o->windows_export,
                  "compare a Windows host's exported firewall state instead of this machine's "
                  "(docs/targets/windows.md)");
  add_format(sub, &o->format, {"table", "json"});
  sub->callback([o] { set_exit(run(*o)); });
}

}  // namespace bulkhead::cli
