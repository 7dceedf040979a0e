// Confirmed apply and its watchdog.
//
// Arm: under the scope's lock, check that the previous stateful listing loads back (in a
// scratch namespace), write the pending file (token, deadline, that listing or "absent"),
// start the watchdog, then commit. Writing the pending
// file before the commit means there is no moment where a change is in the kernel and
// no rollback is scheduled. Re-arming (a second --confirm before the first was
// confirmed) keeps the first saved state, so the rollback returns to the last confirmed
// state, and replaces the token, so the old watchdog stands down.
//
// Watchdog: a double-forked, setsid'd process with stdin/stdout/stderr on /dev/null and
// every other descriptor closed (so neither a terminal hang-up, nor a killed parent, nor
// a pipe reader such as CTest or `$(...)` waits for it). Before the parent commits it
// reads the pending file once, from "/", and keeps that copy: if it cannot, arming fails
// and nothing is applied. It then polls the file every 100 ms: another token means
// re-armed, gone from the same directory means confirmed, so it exits; past the deadline
// it takes the lock and restores. A file that becomes unreadable, or whose directory
// disappears, was not confirmed: the watchdog logs it and rolls back from its copy.
// Confirm-ok simply removes the pending file under the same lock, so confirm and rollback
// can never both happen.
#include "agent/rollback.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <syslog.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <thread>

#include "agent/scratch.h"

namespace bulkhead::agent {
namespace {

constexpr std::chrono::milliseconds kPoll{100};
constexpr int kRestoreAttempts = 3;

Result<std::optional<Pending>> read_pending(const RollbackScope& scope) {
  Result<std::optional<std::string>> text = read_optional_file(scope.pending_path());
  if (!text) return Failure{text.error()};
  if (!text.value()) return std::optional<Pending>();
  std::optional<Pending> p = pending_from_json(*text.value());
  if (!p) return Failure{"the state file " + scope.pending_path() + " is damaged"};
  return p;
}

void detach_stdio() {
  int null = ::open("/dev/null", O_RDWR);
  if (null >= 0) {
    ::dup2(null, 0);
    ::dup2(null, 1);
    ::dup2(null, 2);
    if (null > 2) ::close(null);
  }
  ::close_range(3, ~0U, 0);
}

// The state directory's identity: a pending file that disappears from the directory
// the watchdog started with was removed by a confirmation; one whose directory is gone
// or was replaced (deleted, a tmp cleaner) was not, and nobody can confirm it any more.
struct DirId {
  bool ok = false;
  dev_t dev = 0;
  ino_t ino = 0;
  bool operator==(const DirId&) const = default;
};

DirId dir_id(const std::string& dir) {
  struct stat st {};
  if (::stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) return DirId{};
  return DirId{true, st.st_dev, st.st_ino};
}

void log_watchdog(int priority, const std::string& text) {
  ::openlog("bulkhead", LOG_PID, LOG_DAEMON);
  ::syslog(priority, "%s", text.c_str());
  ::closelog();
}

// The rollback itself, under the lock. `saved` and `home` (the watchdog's copy of the
// pending record and the directory it was read from) let it roll back when the pending
// file can no longer be read; without them a missing or unreadable file ends it.
Result<bool> rollback_with(const RollbackScope& scope, const std::string& token,
                           const Pending* saved, const DirId* home) {
  Result<StateLock> lock = StateLock::acquire(scope.lock_path());
  // Without its lock file (the directory is gone) nobody can apply or confirm through this
  // directory either; restoring without the lock is then the lesser evil.
  if (!lock && saved == nullptr) return Failure{lock.error()};
  Result<std::optional<Pending>> p = read_pending(scope);
  std::string lost;
  if (p && p.value()) {
    if (p.value()->token != token) return false;  // re-armed meanwhile
  } else if (p) {
    if (saved == nullptr || (home != nullptr && dir_id(scope.state_dir) == *home))
      return false;  // confirmed meanwhile
    lost = "the state directory " + scope.state_dir + " is gone or was replaced";
  } else {
    if (saved == nullptr) return Failure{p.error()};
    lost = p.error();
  }
  const Pending pending = p && p.value() ? *p.value() : *saved;
  std::optional<std::string> previous;
  if (pending.previous_present) previous = pending.previous;
  Status restored = Failure{"not attempted"};
  for (int attempt = 0; attempt < kRestoreAttempts; ++attempt) {
    restored = restore_table(scope.table, previous);
    if (restored) break;
    std::this_thread::sleep_for(std::chrono::seconds(1));
  }
  RollbackRecord rec;
  rec.at_ms = now_unix_ms();
  rec.ok = restored.ok();
  rec.restored_present = pending.previous_present;
  rec.what = pending.what;
  rec.message = restored ? (pending.previous_present
                                ? "restored the previous table " + scope.table.str()
                                : "removed table " + scope.table.str() + " (it was absent)")
                         : restored.error();
  if (!lost.empty())
    rec.message += " (from the watchdog's copy of the pending change: " + lost + ")";
  Status wrote = write_state_file(scope.rollback_path(), rollback_to_json(rec));
  (void)wrote.ok();
  Status removed = remove_state_file(scope.pending_path());
  (void)removed.ok();
  log_watchdog(restored ? LOG_WARNING : LOG_ERR,
               "change not confirmed in time (" + pending.what + "): " + rec.message);
  if (!restored) return Failure{restored.error()};
  return true;
}

[[noreturn]] void watchdog_main(const RollbackScope& scope, const std::string& token,
                                const Pending& saved, const DirId& home) {
  ::signal(SIGHUP, SIG_IGN);
  ::signal(SIGINT, SIG_IGN);
  ::signal(SIGPIPE, SIG_IGN);
  bool reported = false;
  for (;;) {
    Result<std::optional<Pending>> p = read_pending(scope);
    std::string lost;
    if (p && p.value()) {
      if (p.value()->token != token) ::_exit(0);  // re-armed by a newer apply
    } else if (p) {
      if (dir_id(scope.state_dir) == home) ::_exit(0);  // confirmed
      lost = "the state directory " + scope.state_dir + " is gone or was replaced";
    } else {
      lost = p.error();
    }
    // A pending file the watchdog cannot read any more was not confirmed: keep the
    // deadline (with the copy read at the start) and say so, never exit silently.
    if (!lost.empty() && !reported) {
      log_watchdog(LOG_WARNING, "cannot read the pending change " + scope.pending_path() + " (" +
                                    lost + "); it is rolled back at its deadline");
      reported = true;
    }
    std::int64_t left = saved.deadline_ms - now_unix_ms();
    if (left <= 0) break;
    std::this_thread::sleep_for(std::min(kPoll, std::chrono::milliseconds(left)));
  }
  Result<bool> done = rollback_with(scope, token, &saved, &home);
  ::_exit(done && done.value() ? 0 : 1);
}

}  // namespace

Result<std::optional<Pending>> live_pending(const RollbackScope& scope) {
  Result<std::optional<Pending>> p = read_pending(scope);
  if (!p) return p;
  if (!p.value()) return p;
  if (watchdog_alive(p.value()->watchdog_pid, scope.netns)) return p;
  // Its watchdog is gone: nothing will roll it back; the file only misleads.
  Status removed = remove_state_file(scope.pending_path());
  if (!removed) return Failure{removed.error()};
  return std::optional<Pending>();
}

std::optional<Pending> peek_pending(const RollbackScope& scope) {
  Result<std::optional<Pending>> p = read_pending(scope);
  if (!p || !p.value()) return std::nullopt;
  if (!watchdog_alive(p.value()->watchdog_pid, scope.netns)) return std::nullopt;
  return *p.value();
}

std::optional<RollbackRecord> last_rollback(const RollbackScope& scope) {
  Result<std::optional<std::string>> text = read_optional_file(scope.rollback_path());
  if (!text || !text.value()) return std::nullopt;
  return rollback_from_json(*text.value());
}

Result<Armed> apply_with_rollback(const Plan& plan, const RollbackScope& scope,
                                  std::chrono::milliseconds window, const std::string& what,
                                  bool inject_error) {
  Result<std::optional<Pending>> earlier = live_pending(scope);
  if (!earlier) return Failure{earlier.error()};
  Armed armed;
  Pending& p = armed.pending;
  if (earlier.value()) {
    // Keep the state before the first unconfirmed change.
    armed.rearmed = true;
    p.previous_present = earlier.value()->previous_present;
    p.previous = earlier.value()->previous;
  } else {
    p.previous_present = plan.current_text.has_value();
    p.previous = plan.current_text.value_or("");
    if (p.previous_present) {
      // The rollback must work when it is needed: load it where it cannot hurt first.
      Result<ScratchLoad> check =
          load_in_scratch_netns(restore_commands(scope.table, p.previous), scope.table);
      if (!check)
        return Failure{"the current table " + scope.table.str() +
                       " cannot be saved for a rollback (loading it back fails), so no "
                       "rollback can be armed; nothing was applied:\n" +
                       check.error()};
    }
  }
  p.token = random_token();
  p.armed_ms = now_unix_ms();
  p.deadline_ms = p.armed_ms + window.count();
  p.what = what;
  Status wrote = write_state_file(scope.pending_path(), pending_to_json(p));
  if (!wrote) return Failure{wrote.error()};

  Result<long> pid = spawn_watchdog(scope, p.token);
  if (!pid) {
    // No watchdog, no change. Put back the earlier pending record if there was one.
    Status undo = earlier.value()
                      ? write_state_file(scope.pending_path(), pending_to_json(*earlier.value()))
                      : remove_state_file(scope.pending_path());
    (void)undo.ok();
    return Failure{pid.error() + "; nothing was applied"};
  }
  p.watchdog_pid = pid.value();
  wrote = write_state_file(scope.pending_path(), pending_to_json(p));
  if (!wrote) return Failure{wrote.error()};

  Result<Listing> after = commit_plan(plan, inject_error);
  if (!after) {
    if (!armed.rearmed) {
      // Nothing changed and nothing was pending before: stand the new watchdog down.
      Status removed = remove_state_file(scope.pending_path());
      (void)removed.ok();
    }
    // When re-arming, the earlier unconfirmed change is still in the kernel and the new
    // watchdog keeps its rollback scheduled (at the new deadline).
    return Failure{after.error()};
  }
  armed.after = std::move(after).value();
  return armed;
}

Result<std::optional<Pending>> confirm_pending(const RollbackScope& scope) {
  Result<std::optional<Pending>> p = live_pending(scope);
  if (!p || !p.value()) return p;
  Status removed = remove_state_file(scope.pending_path());
  if (!removed) return Failure{removed.error()};
  return p;
}

Result<long> spawn_watchdog(const RollbackScope& scope, const std::string& token) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0)
    return Failure{std::string("cannot start the rollback watchdog (pipe): ") +
                   std::strerror(errno)};
  std::fflush(nullptr);
  pid_t child = ::fork();
  if (child < 0) {
    int e = errno;
    ::close(fds[0]);
    ::close(fds[1]);
    return Failure{std::string("cannot start the rollback watchdog (fork): ") + std::strerror(e)};
  }
  if (child == 0) {
    ::close(fds[0]);
    ::setsid();  // its own session: no controlling terminal, no hang-up from ours
    pid_t grandchild = ::fork();
    if (grandchild != 0) ::_exit(grandchild < 0 ? 1 : 0);
    if (::chdir("/") != 0) {
      // "/" always exists; staying in the old directory would only pin a mount.
    }
    ::umask(077);
    // Read the pending change from where the watchdog will poll it, before the parent
    // commits: a watchdog that cannot see it would take "missing" for "confirmed", so
    // then arming fails (pid 0) and nothing is applied.
    Result<std::optional<Pending>> first = read_pending(scope);
    bool seen = first && first.value() && first.value()->token == token;
    long self = seen ? static_cast<long>(::getpid()) : 0;
    ssize_t n = ::write(fds[1], &self, sizeof self);
    (void)n;
    if (!seen) ::_exit(1);
    DirId home = dir_id(scope.state_dir);
    detach_stdio();
    watchdog_main(scope, token, *first.value(), home);
  }
  ::close(fds[1]);
  long pid = -1;
  ssize_t got = 0;
  do {
    got = ::read(fds[0], &pid, sizeof pid);
  } while (got < 0 && errno == EINTR);
  ::close(fds[0]);
  int status = 0;
  while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
  }
  if (got != static_cast<ssize_t>(sizeof pid) || pid < 0)
    return Failure{"cannot start the rollback watchdog"};
  if (pid == 0)
    return Failure{"the rollback watchdog cannot read the pending change " + scope.pending_path() +
                   " (it runs from /)"};
  return pid;
}

Result<bool> rollback_now(const RollbackScope& scope, const std::string& token) {
  return rollback_with(scope, token, nullptr, nullptr);
}

}  // namespace bulkhead::agent
