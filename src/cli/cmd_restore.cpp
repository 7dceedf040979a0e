// bulkhead restore: puts back every table saved in the persist directory (the last
// confirmed state of each bulkhead table) in ONE transaction: all of them or none. Run at
// boot by bulkhead-restore.service; harmless by hand (each table is replaced as a whole).
//
// Exit codes: 0 restored, or nothing saved (a machine where no change was confirmed yet
// must boot without a failed unit); 2 bad input (relative directory, unusable state
// directory) or a table with an unconfirmed change here (restoring would fight its
// rollback); 3 environment (unreadable or damaged saved file, no permission, the kernel
// refusing: nothing was loaded).
#include <cstdlib>
#include <iostream>
#include <memory>

#include "agent/persist.h"
#include "agent/rollback.h"
#include "agent/state.h"
#include "cli/common.h"

namespace bulkhead::cli {
namespace {

struct RestoreOptions {
  std::string persist_dir;
  std::string state_dir;
};

int env_error(const std::string& message) {
  std::cerr << "bulkhead: error: " << message << '\n';
  return kInternal;
}

int run(const RestoreOptions& o) {
  std::string why;
  std::optional<agent::PersistDir> dir =
      agent::resolve_persist_dir(o.persist_dir, std::getenv(agent::kPersistDirEnv), &why);
  if (!dir) {
    usage_error(why + "; nothing was loaded");
    return kBadInput;
  }
  Result<agent::SavedTables> saved = agent::read_saved_tables(dir->path);
  if (!saved) return env_error(saved.error() + "; nothing was loaded");
  if (!saved.value().dir_exists) {
    std::cout << "nothing to restore: " << dir->path
              << " does not exist (no change has been confirmed on this machine yet)\n";
    return kOk;
  }
  const std::vector<agent::SavedTable>& tables = saved.value().tables;
  if (tables.empty()) {
    std::cout << "nothing to restore: no saved table in " << dir->path << '\n';
    return kOk;
  }
  for (const agent::SavedTable& t : tables) {
    if (std::optional<std::string> problem = agent::saved_table_problem(t))
      return env_error("damaged saved table: " + *problem + "; nothing was loaded");
  }

  // Under each table's lock (the same as apply's), and never over an unconfirmed change:
  // its watchdog would later roll back to a state restore knows nothing of.
  std::string state_dir = agent::resolve_state_dir(o.state_dir, std::getenv("BULKHEAD_STATE_DIR"));
  if (std::optional<std::string> problem = agent::state_dir_problem(state_dir)) {
    usage_error(*problem + "; nothing was loaded");
    return kBadInput;
  }
  Result<std::uint64_t> ns = agent::current_netns_id();
  if (!ns) return env_error(ns.error() + "; nothing was loaded");
  Status made = agent::ensure_state_dir(state_dir);
  if (!made) return env_error(made.error() + "; nothing was loaded");
  std::vector<agent::StateLock> locks;
  for (const agent::SavedTable& t : tables) {
    agent::RollbackScope scope{state_dir, ns.value(), t.table};
    Result<agent::StateLock> lock = agent::StateLock::acquire(scope.lock_path());
    if (!lock) return env_error(lock.error() + "; nothing was loaded");
    locks.push_back(std::move(lock).value());
    Result<std::optional<agent::Pending>> pending = agent::live_pending(scope);
    if (!pending) return env_error(pending.error() + "; nothing was loaded");
    if (pending.value()) {
      usage_error("table " + t.table.str() + " has an unconfirmed change (" +
                  pending.value()->what +
                  "); confirm it (`bulkhead apply --confirm-ok`) or let it roll back first; "
                  "nothing was loaded");
      return kBadInput;
    }
  }
  Status loaded = agent::load_saved_tables(tables);
  if (!loaded) return env_error(loaded.error());
  std::cout << "restored " << tables.size() << (tables.size() == 1 ? " table" : " tables")
            << " in one transaction from " << dir->path << ":";
  for (const agent::SavedTable& t : tables) std::cout << ' ' << t.table.str();
  std::cout << '\n';
  for (const std::string& name : saved.value().ignored)
    std::cerr << "note: ignored " << dir->path << "/" << name << " (not a saved bulkhead table)\n";
  return kOk;
}

}  // namespace

void add_restore(CLI::App& app) {
  auto o = std::make_shared<RestoreOptions>();
  CLI::App* sub = app.add_subcommand(
      "restore", "load the saved (last confirmed) bulkhead tables in one transaction (boot)");
  sub->add_option("--persist-dir", o->persist_dir,
                  "where confirmed tables are saved (default $BULKHEAD_PERSIST_DIR, else "
                  "/var/lib/bulkhead)");
  sub->add_option("--state-dir", o->state_dir,
                  "state directory (default $BULKHEAD_STATE_DIR, else /run/bulkhead)");
  sub->callback([o] { set_exit(run(*o)); });
}

}  // namespace bulkhead::cli
