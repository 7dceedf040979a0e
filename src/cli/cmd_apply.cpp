// bulkhead apply: puts a host's (or a zone firewall's) rendered nftables ruleset into the
// live kernel in one transaction, replacing only bulkhead's own table; --dry-run shows the
// change; every apply arms an automatic rollback (--confirm DURATION, 2m by default, off
// with --no-confirm) that `apply --confirm-ok` cancels.
//
// Stages, one per line of run(): load → resolve → render → guard (this machine is the
// host; no session of ours is locked out: apply_guard.h) → plan (scratch namespace +
// normalized listings; other firewalls that may drop what it accepts are warned about:
// coexist_output.h) → commit or arm → save for reboots once confirmed (a commit without a
// rollback window, or --confirm-ok: persist_output.h). Exit codes: 0 applied or no change,
// 1 nothing to confirm, 2 bad input or a guard refusal (nothing touched), 3 environment
// (permission, kernel refusal: the previous ruleset stays exactly in place; or the
// confirmed table could not be saved for reboots).
#include <cstdlib>
#include <iostream>
#include <memory>

#include "agent/apply.h"
#include "agent/duration.h"
#include "agent/point.h"
#include "agent/rollback.h"
#include "cli/apply_guard.h"
#include "cli/coexist_output.h"
#include "cli/common.h"
#include "cli/persist_output.h"
#include "decision/decision.h"

namespace bulkhead::cli {
namespace {

struct ApplyOptions {
  std::vector<std::string> policy;
  std::string host;
  std::string zone;
  std::string mode;
  std::string confirm;
  bool confirm_given = false;  // --confirm '' (an unset variable) is an error, not "absent"
  bool no_confirm = false;
  bool force = false;
  std::string state_dir;
  std::string persist_dir;
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

// Other firewalls that may drop what the table accepts: warnings on stderr, before the
// change is applied (coexist_output.h).
void warn_coexistence(const agent::Plan& plan, const agent::PersistDir& persist) {
  std::string why;
  std::optional<std::vector<agent::CoexistFinding>> found =
      check_coexistence(plan.desired, persist.path, &why);
  if (found) print_coexistence_warnings(std::cerr, *found);
}

// --confirm-ok: confirms the pending changes of this namespace (all, or the --host table,
// or the --zone tables).
int run_confirm_ok(const ApplyOptions& o) {
  std::string dir = agent::resolve_state_dir(o.state_dir, std::getenv("BULKHEAD_STATE_DIR"));
  if (std::optional<std::string> problem = agent::state_dir_problem(dir)) {
    usage_error(*problem);
    return kBadInput;
  }
  std::optional<agent::PersistDir> persist = persist_dir_or_usage_error(o.persist_dir);
  if (!persist) return kBadInput;
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
  bool saved_all = true;
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
    saved_all &= persist_confirmed(*persist, t);  // confirmed: now it is what a reboot brings back
  }
  if (confirmed > 0) return saved_all ? kOk : kInternal;
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
    if (o.dry_run || o.confirm_given || o.no_confirm || !o.mode.empty()) {
      usage_error(
          "--confirm-ok confirms a pending change; it takes no --dry-run, --confirm, "
          "--no-confirm or --mode");
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
  agent::ConfirmChoice confirm =
      agent::choose_confirm(o.confirm_given ? std::optional<std::string>(o.confirm) : std::nullopt,
                            o.no_confirm, o.dry_run);
  if (!confirm.ok) {
    usage_error(confirm.why + "; nothing was applied");
    return kBadInput;
  }
  const std::optional<std::chrono::milliseconds> window = confirm.window;
  std::optional<agent::PersistDir> persist = persist_dir_or_usage_error(o.persist_dir);
  if (!persist) return kBadInput;

  auto model = load_policy(o.policy);
  if (!model) return kBadInput;
  auto d = decision::Decision::resolve(std::move(*model));
  print_host_warnings(*d);
  if (!d->model().settings.management) {
    std::cerr << "warning: the policy has no settings.management, so no anti-lockout rule keeps "
                 "ssh, WinRM and RDP open to this host for administrators; keep the rollback "
                 "timer on (--confirm, the default) so an unconfirmed change rolls itself back\n";
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
  if (!o.host.empty() && !o.force) {
    int guard = guard_host_apply(*d, o.host, req.mode, o.dry_run);
    if (guard != kOk) return guard;
  }

  if (o.dry_run) {
    Result<agent::Plan> plan = agent::plan_apply(point->ruleset, point->table);
    if (!plan) return env_error(plan.error() + "\nnothing was applied");
    warn_coexistence(plan.value(), *persist);
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

  if (std::optional<std::string> problem = agent::state_dir_problem(
          agent::resolve_state_dir(o.state_dir, std::getenv("BULKHEAD_STATE_DIR")))) {
    usage_error(*problem + "; nothing was applied");
    return kBadInput;
  }
  Result<agent::RollbackScope> scope = scope_for(o, point->table);
  if (!scope) return env_error(scope.error() + "\nnothing was applied");
  // Hold the table's lock from reading the current state until the commit, so a
  // concurrent apply, confirm or rollback cannot slip in between.
  Result<agent::StateLock> lock = agent::StateLock::acquire(scope.value().lock_path());
  if (!lock) return env_error(lock.error() + "\nnothing was applied");
  Result<agent::Plan> plan = agent::plan_apply(point->ruleset, point->table);
  if (!plan) return env_error(plan.error() + "\nnothing was applied");
  warn_coexistence(plan.value(), *persist);
  Result<std::optional<agent::Pending>> pending = agent::live_pending(scope.value());
  if (!pending) return env_error(pending.error());
  const char* inject = std::getenv(agent::kInjectErrorEnv);
  bool inject_error = inject != nullptr && std::string(inject) == "1";

  if (!window) {
    if (pending.value()) {
      usage_error("table " + point->table.str() + " has an unconfirmed change (" +
                  pending_text(*pending.value()) +
                  "), which --no-confirm would leave to be rolled back later; run `bulkhead "
                  "apply --confirm-ok` to keep it first, or apply without --no-confirm (the "
                  "rollback is re-armed and returns to the last confirmed state); nothing was "
                  "applied");
      return kBadInput;
    }
    if (!plan.value().changed()) {
      std::cout << "no change: table " << point->table.str() << " already matches the policy ("
                << point->label << ")\n";
      return persist_confirmed(*persist, point->table) ? kOk : kInternal;
    }
    Result<agent::Listing> after = agent::commit_plan(plan.value(), inject_error);
    if (!after) return env_error(after.error());
    std::cout << "applied to " << point->label << " in one transaction: table "
              << point->table.str() << ": " << plan.value().diff.summary() << '\n';
    if (!agent::same_listing(after.value(), plan.value().desired))
      std::cerr << "warning: the kernel lists table " << point->table.str()
                << " differently from the checked ruleset; run `bulkhead status`\n";
    // No rollback window: the change is confirmed as it is committed.
    return persist_confirmed(*persist, point->table) ? kOk : kInternal;
  }

  if (!plan.value().changed()) {
    std::cout << "no change: table " << point->table.str() << " already matches the policy ("
              << point->label << "); no rollback armed\n";
    if (pending.value()) {
      std::cout << "note: an earlier change is still unconfirmed (" +
                       pending_text(*pending.value()) + ")\n";
      return kOk;
    }
    // Nothing pending: the table is still the confirmed one.
    return persist_confirmed(*persist, point->table) ? kOk : kInternal;
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
  if (confirm.by_default)
    std::cout << "note: the rollback timer is on by default (--confirm 2m); --no-confirm "
                 "applies without one\n";
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
  CLI::Option* confirm = sub->add_option(
      "--confirm", o->confirm,
      "roll back after DURATION (e.g. 60s, 2m; default 2m) unless --confirm-ok confirms");
  sub->add_flag("--no-confirm", o->no_confirm,
                "apply without the rollback timer (refused while a change is unconfirmed)");
  sub->add_flag("--confirm-ok", o->confirm_ok,
                "keep the pending change: cancel its rollback (in this network namespace)");
  sub->add_flag("--force", o->force,
                "skip the lockout check and the check that this machine holds the host's "
                "addresses");
  sub->add_option("--mode", o->mode, "override enforcement: enforce or audit")
      ->check(CLI::IsMember({"enforce", "audit"}));
  sub->add_option("--persist-dir", o->persist_dir,
                  "where confirmed tables are saved for reboots (default "
                  "$BULKHEAD_PERSIST_DIR, else /var/lib/bulkhead; absolute)");
  sub->add_option("--state-dir", o->state_dir,
                  "state directory (default $BULKHEAD_STATE_DIR, else /run/bulkhead; a "
                  "relative path is taken from the current directory; created 0700 when "
                  "missing, an existing one is used as is; not a symlink)");
  sub->callback([o, confirm] {
    o->confirm_given = confirm->count() > 0;
    set_exit(run(*o));
  });
}

}  // namespace bulkhead::cli
