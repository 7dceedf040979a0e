// bulkhead apply: puts a host's (or a zone firewall's) rendered nftables ruleset into the
// live kernel in one transaction, replacing only bulkhead's own table; --dry-run shows the
// change, --confirm arms an automatic rollback that `apply --confirm-ok` cancels.
//
// Stages, one per line of run(): load → resolve → render → plan (scratch namespace +
// normalized listings) → commit or arm. Exit codes: 0 applied or no change, 1 nothing to
// confirm, 2 bad input (nothing touched), 3 environment (permission, kernel refusal;
// the previous ruleset stays exactly in place).
#include <cstdlib>
#include <iostream>
#include <memory>

#include "agent/apply.h"
#include "agent/duration.h"
#include "agent/point.h"
#include "agent/rollback.h"
#include "cli/common.h"
#include "decision/decision.h"

namespace bulkhead::cli {
namespace {

struct ApplyOptions {
  std::vector<std::string> policy;
  std::string host;
  std::string zone;
  std::string mode;
  std::string confirm;
  std::string state_dir;
  bool dry_run = false;
  bool confirm_ok = false;
};

int env_error(const std::string& message) {
  std::cerr << "bulkhead: error: " << message << '\n';
  return kInternal;
}

std::string describe(const ApplyOptions& o) {
  std::string what;
  for (const std::string& p : o.policy) what += (what.empty() ? "" : " ") + p;
  what += o.host.empty() ? " --zone " + o.zone : " --host " + o.host;
  if (!o.mode.empty()) what += " --mode " + o.mode;
  return what;
}

void print_diff(const agent::ListingDiff& diff) {
  for (const std::string& line : agent::diff_lines(diff)) std::cout << "  " << line << '\n';
}

// The scope of the state files for a table in this network namespace.
Result<agent::RollbackScope> scope_for(const ApplyOptions& o, const agent::TableRef& table) {
  agent::RollbackScope scope;
  scope.state_dir = agent::resolve_state_dir(o.state_dir, std::getenv("BULKHEAD_STATE_DIR"));
  Result<std::uint64_t> ns = agent::current_netns_id();
  if (!ns) return Failure{ns.error()};
  scope.netns = ns.value();
  scope.table = table;
  Status dir = agent::ensure_state_dir(scope.state_dir);
  if (!dir) return Failure{dir.error()};
  return scope;
}

std::string pending_text(const agent::Pending& p) {
  return "applied at " + agent::clock_text(p.armed_ms) + ", rolled back at " +
         agent::clock_text(p.deadline_ms) + " unless confirmed";
}

// --confirm-ok: confirms the pending changes of this namespace (all, or the --host table,
// or the --zone tables).
int run_confirm_ok(const ApplyOptions& o) {
  std::string dir = agent::resolve_state_dir(o.state_dir, std::getenv("BULKHEAD_STATE_DIR"));
  Result<std::uint64_t> ns = agent::current_netns_id();
  if (!ns) return env_error(ns.error());
  auto wanted = [&](const agent::TableRef& t) {
    if (!o.host.empty()) return t.name == "bulkhead";
    if (!o.zone.empty()) return t.name.rfind("bulkhead_zone_", 0) == 0;
    return true;
  };
  Result<std::vector<agent::TableRef>> tables =
      agent::tables_with_state(dir, ns.value(), "pending");
  if (!tables) return env_error(tables.error());
  int confirmed = 0;
  for (const agent::TableRef& t : tables.value()) {
    if (!wanted(t)) continue;
    agent::RollbackScope scope{dir, ns.value(), t};
    Result<agent::StateLock> lock = agent::StateLock::acquire(scope.lock_path());
    if (!lock) return env_error(lock.error());
    Result<std::optional<agent::Pending>> p = agent::confirm_pending(scope);
    if (!p) return env_error(p.error());
    if (!p.value()) continue;
    ++confirmed;
    std::cout << "confirmed: table " << t.str() << " keeps the change applied at "
              << agent::clock_text(p.value()->armed_ms) << " (" << p.value()->what
              << "); the rollback is cancelled\n";
  }
  if (confirmed > 0) return kOk;
  std::cerr << "bulkhead: nothing awaits confirmation in this network namespace (state in " << dir
            << ")\n";
  Result<std::vector<agent::TableRef>> rolled =
      agent::tables_with_state(dir, ns.value(), "rollback");
  if (rolled) {
    for (const agent::TableRef& t : rolled.value()) {
      if (!wanted(t)) continue;
      std::optional<agent::RollbackRecord> r =
          agent::last_rollback(agent::RollbackScope{dir, ns.value(), t});
      if (!r) continue;
      std::cerr << "  the last unconfirmed change to table " << t.str() << " (" << r->what
                << ") was rolled back at " << agent::clock_text(r->at_ms) << ": " << r->message
                << '\n';
    }
  }
  return kFindings;
}

int run(const ApplyOptions& o) {
  if (o.confirm_ok) {
    if (o.dry_run || !o.confirm.empty() || !o.mode.empty()) {
      usage_error(
          "--confirm-ok confirms a pending change; it takes no --dry-run, --confirm or --mode");
      return kBadInput;
    }
    return run_confirm_ok(o);
  }
  if (o.policy.empty()) {
    usage_error("apply needs a POLICY (or --confirm-ok)");
    return kBadInput;
  }
  if (o.host.empty() == o.zone.empty()) {
    usage_error("apply needs exactly one of --host H and --zone Z");
    return kBadInput;
  }
  if (o.dry_run && !o.confirm.empty()) {
    usage_error("--dry-run applies nothing, so --confirm has nothing to arm");
    return kBadInput;
  }
  std::optional<std::chrono::milliseconds> window;
  if (!o.confirm.empty()) {
    std::string why;
    window = agent::parse_duration(o.confirm, &why);
    if (!window) {
      usage_error("--confirm: " + why);
      return kBadInput;
    }
  }

  auto model = load_policy(o.policy);
  if (!model) return kBadInput;
  auto d = decision::Decision::resolve(std::move(*model));
  if (!d->model().settings.management) {
    std::cerr << "warning: the policy has no settings.management, so no anti-lockout rule keeps "
                 "ssh, WinRM and RDP open to this host for administrators; consider --confirm "
                 "DURATION so an unconfirmed change rolls itself back\n";
  }
  agent::PointRequest req;
  req.host = o.host;
  req.zone = o.zone;
  if (!o.mode.empty())
    req.mode = o.mode == "audit" ? policy::Enforcement::Audit : policy::Enforcement::Enforce;
  Diagnostics diags;
  std::optional<agent::RenderedPoint> point = agent::render_point(*d, req, diags);
  print_diagnostics(diags);
  if (!point) {
    std::cerr << "nothing was applied\n";
    return kBadInput;
  }
  for (const std::string& note : point->notes) std::cerr << "note: " << note << '\n';

  if (o.dry_run) {
    Result<agent::Plan> plan = agent::plan_apply(point->ruleset, point->table);
    if (!plan) return env_error(plan.error() + "\nnothing was applied");
    if (!plan.value().changed()) {
      std::cout << "dry run, " << point->label << ": no change (table " << point->table.str()
                << " already matches the policy)\n";
      return kOk;
    }
    std::cout << "dry run, " << point->label << ": table " << point->table.str()
              << " would change: " << plan.value().diff.summary() << '\n';
    print_diff(plan.value().diff);
    std::cout << "nothing was applied\n";
    return kOk;
  }

  Result<agent::RollbackScope> scope = scope_for(o, point->table);
  if (!scope) return env_error(scope.error() + "\nnothing was applied");
  // Hold the table's lock from reading the current state until the commit, so a
  // concurrent apply, confirm or rollback cannot slip in between.
  Result<agent::StateLock> lock = agent::StateLock::acquire(scope.value().lock_path());
  if (!lock) return env_error(lock.error() + "\nnothing was applied");
  Result<agent::Plan> plan = agent::plan_apply(point->ruleset, point->table);
  if (!plan) return env_error(plan.error() + "\nnothing was applied");
  Result<std::optional<agent::Pending>> pending = agent::live_pending(scope.value());
  if (!pending) return env_error(pending.error());
  const char* inject = std::getenv(agent::kInjectErrorEnv);
  bool inject_error = inject != nullptr && std::string(inject) == "1";

  if (!window) {
    if (pending.value()) {
      usage_error("table " + point->table.str() + " has an unconfirmed change (" +
                  pending_text(*pending.value()) +
                  "); run `bulkhead apply --confirm-ok` to keep it, or apply again with "
                  "--confirm DURATION; nothing was applied");
      return kBadInput;
    }
    if (!plan.value().changed()) {
      std::cout << "no change: table " << point->table.str() << " already matches the policy ("
                << point->label << ")\n";
      return kOk;
    }
    Result<agent::Listing> after = agent::commit_plan(plan.value(), inject_error);
    if (!after) return env_error(after.error());
    std::cout << "applied to " << point->label << " in one transaction: table "
              << point->table.str() << ": " << plan.value().diff.summary() << '\n';
    if (!agent::same_listing(after.value(), plan.value().desired))
      std::cerr << "warning: the kernel lists table " << point->table.str()
                << " differently from the checked ruleset; run `bulkhead status`\n";
    return kOk;
  }

  if (!plan.value().changed()) {
    std::cout << "no change: table " << point->table.str() << " already matches the policy ("
              << point->label << "); no rollback armed\n";
    if (pending.value())
      std::cout << "note: an earlier change is still unconfirmed (" +
                       pending_text(*pending.value()) + ")\n";
    return kOk;
  }
  Result<agent::Armed> armed =
      agent::apply_with_rollback(plan.value(), scope.value(), *window, describe(o), inject_error);
  if (!armed) return env_error(armed.error());
  const agent::Pending& p = armed.value().pending;
  std::cout << "applied to " << point->label << " in one transaction: table " << point->table.str()
            << ": " << plan.value().diff.summary() << '\n';
  std::cout << "rollback armed: unless `bulkhead apply --confirm-ok` runs in this network "
               "namespace within "
            << agent::format_duration(*window) << " (by " << agent::clock_text(p.deadline_ms)
            << "), table " << point->table.str() << " returns to "
            << (p.previous_present ? "its previous rules" : "absent") << " (watchdog pid "
            << p.watchdog_pid << ")\n";
  if (armed.value().rearmed)
    std::cout << "note: this replaces an earlier unconfirmed change; the rollback returns to "
                 "the state before that one\n";
  if (!agent::same_listing(armed.value().after, plan.value().desired))
    std::cerr << "warning: the kernel lists table " << point->table.str()
              << " differently from the checked ruleset; run `bulkhead status`\n";
  return kOk;
}

}  // namespace

void add_apply(CLI::App& app) {
  auto o = std::make_shared<ApplyOptions>();
  CLI::App* sub = app.add_subcommand(
      "apply", "apply a host's or zone firewall's rules to this machine's kernel (nftables)");
  sub->add_option("policy", o->policy, "policy files or directories");
  sub->add_option("--host", o->host, "the managed host this machine is");
  sub->add_option("--zone", o->zone, "the zone whose boundary firewall this machine is");
  sub->add_flag("--dry-run", o->dry_run, "show what would change; apply nothing");
  sub->add_option("--confirm", o->confirm,
                  "roll back after DURATION (e.g. 60s, 2m) unless --confirm-ok confirms");
  sub->add_flag("--confirm-ok", o->confirm_ok,
                "keep the change applied with --confirm (in this network namespace)");
  sub->add_option("--mode", o->mode, "override enforcement: enforce or audit")
      ->check(CLI::IsMember({"enforce", "audit"}));
  sub->add_option("--state-dir", o->state_dir,
                  "state directory (default $BULKHEAD_STATE_DIR, else /run/bulkhead)");
  sub->callback([o] { set_exit(run(*o)); });
}

}  // namespace bulkhead::cli
