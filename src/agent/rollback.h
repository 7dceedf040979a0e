// Confirmed apply: a change applied with a rollback armed, undone by a detached watchdog
// unless `apply --confirm-ok` confirms it in time, so a rule that cuts the administrator
// off undoes itself. State lives in the state directory (state.h), keyed by network
// namespace and table.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "agent/apply.h"
#include "agent/state.h"
#include "base/result.h"

namespace bulkhead::agent {

/// Where a table's confirmation state lives.
struct RollbackScope {
  std::string state_dir;
  std::uint64_t netns = 0;
  TableRef table;

  std::string lock_path() const { return state_file(state_dir, netns, table, "lock"); }
  std::string pending_path() const { return state_file(state_dir, netns, table, "pending"); }
  std::string rollback_path() const { return state_file(state_dir, netns, table, "rollback"); }
};

/// The pending change of the scope whose watchdog still runs, or nullopt. A pending file
/// whose watchdog is gone (killed, reboot, reused namespace inode) is removed. Call it
/// holding the scope's lock.
[[nodiscard]] Result<std::optional<Pending>> live_pending(const RollbackScope& scope);

/// The same without changing anything on disk (for status): stale records are ignored.
std::optional<Pending> peek_pending(const RollbackScope& scope);

/// The last rollback the watchdog performed for the scope, if any.
std::optional<RollbackRecord> last_rollback(const RollbackScope& scope);

struct Armed {
  Pending pending;
  bool rearmed = false;  ///< replaced an unconfirmed change: rollback goes to the state before it
  Listing after;         ///< the table as the kernel lists it after the commit
};

/// Applies the plan with a rollback armed `window` from now. Saves the previous state
/// (the one before the oldest unconfirmed change), starts the watchdog, then commits. If
/// the commit fails, nothing changed and no new rollback remains armed. Call it holding
/// the scope's lock.
[[nodiscard]] Result<Armed> apply_with_rollback(const Plan& plan, const RollbackScope& scope,
                                                std::chrono::milliseconds window,
                                                const std::string& what, bool inject_error);

/// Confirms the pending change of a scope: the watchdog stands down and the change stays.
/// nullopt when nothing was pending (the change may have been rolled back already).
[[nodiscard]] Result<std::optional<Pending>> confirm_pending(const RollbackScope& scope);

/// Starts the detached watchdog for the scope's pending change carrying `token`: a
/// grandchild in its own session (fork, setsid, fork), in the same network namespace,
/// with no terminal and no inherited descriptors, so it outlives the applying process
/// and its terminal. Returns its pid.
[[nodiscard]] Result<long> spawn_watchdog(const RollbackScope& scope, const std::string& token);

/// The watchdog's decision once its deadline passed: under the lock, if the pending file
/// still carries `token`, restores the saved state (one transaction), records the outcome
/// and removes the pending file. Returns whether it rolled back.
[[nodiscard]] Result<bool> rollback_now(const RollbackScope& scope, const std::string& token);

}  // namespace bulkhead::agent
