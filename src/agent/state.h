// Agent state on disk: where a pending (unconfirmed) change keeps the previous state of
// its table for the rollback watchdog, the record of the last rollback, and the lock that
// serializes apply, confirm and rollback. Files are keyed by the network namespace and
// the table, so several namespaces on one machine never share state.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "agent/listing.h"
#include "base/result.h"

namespace bulkhead::agent {

constexpr std::string_view kDefaultStateDir = "/run/bulkhead";

/// The state directory: the --state-dir value when given, else `env` (the value of
/// BULKHEAD_STATE_DIR) when set and not empty, else /run/bulkhead; a relative path is
/// made absolute against the current directory, because the rollback watchdog runs from
/// "/" and must find the same files.
std::string resolve_state_dir(std::string_view cli_value, const char* env);

/// Identity of the calling process's network namespace: the inode of /proc/self/ns/net.
[[nodiscard]] Result<std::uint64_t> current_netns_id();
/// The network namespace of another process, or nullopt when it is gone or unreadable.
std::optional<std::uint64_t> netns_of(long pid);

/// Path of one state file: DIR/net-<netns>.<family>.<table>.<suffix>, suffix one of
/// "lock", "pending", "rollback".
std::string state_file(std::string_view dir, std::uint64_t netns, const TableRef& table,
                       std::string_view suffix);

/// The parts of a state file name; nullopt when the name is not one.
struct StateFileName {
  std::uint64_t netns = 0;
  TableRef table;
  std::string suffix;
};
std::optional<StateFileName> parse_state_file_name(std::string_view name);

/// A change waiting for `apply --confirm-ok`.
struct Pending {
  std::string token;              ///< names the watchdog generation; a new arm replaces it
  long watchdog_pid = -1;         ///< the detached watchdog
  std::int64_t armed_ms = 0;      ///< when the change was applied (Unix ms)
  std::int64_t deadline_ms = 0;   ///< when it is rolled back unless confirmed (Unix ms)
  bool previous_present = false;  ///< whether the table existed before
  std::string previous;           ///< its stateful text listing (what `nft -f` reloads)
  std::string what;               ///< what was applied, for messages ("lab.yaml --host ws1")
};
std::string pending_to_json(const Pending& p);
std::optional<Pending> pending_from_json(std::string_view text);

/// What the watchdog did when the confirmation did not come.
struct RollbackRecord {
  std::int64_t at_ms = 0;
  bool ok = false;
  bool restored_present = false;  ///< whether the restored state had the table
  std::string message;
  std::string what;  ///< the change that was rolled back
};
std::string rollback_to_json(const RollbackRecord& r);
std::optional<RollbackRecord> rollback_from_json(std::string_view text);

/// Reads a state file; nullopt when it does not exist; failure on other errors, and for
/// a file that another user owns or that is a symlink (in a shared directory such as /tmp
/// anyone could have planted it, and a pending file says what a rollback loads).
[[nodiscard]] Result<std::optional<std::string>> read_optional_file(const std::string& path);
/// Writes `content` to `path` durably: a fresh temporary file in the same directory (never
/// one found under that name), fsync, rename, fsync of the directory, with `mode`. Every
/// step checked.
[[nodiscard]] Status write_file_durably(const std::string& path, const std::string& content,
                                        unsigned mode);
/// Syncs a directory (after a rename in it).
[[nodiscard]] Status fsync_dir(const std::string& dir);
/// Writes a file atomically (write_file_durably) with mode 0600.
[[nodiscard]] Status write_state_file(const std::string& path, const std::string& content);
/// Removes a file; absent is fine.
[[nodiscard]] Status remove_state_file(const std::string& path);
/// Why `dir` cannot be the state directory, or nullopt when it can (it is a directory, or
/// it does not exist yet). A symlink is refused, whatever it points to: the files would
/// live elsewhere than the name says, and a planted link is how a shared parent directory
/// is abused.
std::optional<std::string> state_dir_problem(const std::string& dir);
/// Creates the missing directories of `dir`, each with mode 0700. An existing directory
/// is used as it is: its mode and owner are never changed (it may be /tmp). Fails when
/// state_dir_problem() has an objection or a directory cannot be created.
[[nodiscard]] Status ensure_state_dir(const std::string& dir);
/// The tables of one namespace that have a state file with the given suffix
/// ("pending": an unconfirmed change; "rollback": a rollback record), sorted.
[[nodiscard]] Result<std::vector<TableRef>> tables_with_state(const std::string& dir,
                                                              std::uint64_t netns,
                                                              std::string_view suffix);

/// An exclusive flock on DIR/....lock, released when destroyed.
class StateLock {
 public:
  [[nodiscard]] static Result<StateLock> acquire(const std::string& path);
  StateLock(StateLock&& o) noexcept;
  StateLock& operator=(StateLock&&) = delete;
  StateLock(const StateLock&) = delete;
  StateLock& operator=(const StateLock&) = delete;
  ~StateLock();

 private:
  explicit StateLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

/// Whether a watchdog process is still running in the given network namespace.
bool watchdog_alive(long pid, std::uint64_t netns);

/// Milliseconds since the Unix epoch.
std::int64_t now_unix_ms();
/// Local wall-clock time "HH:MM:SS" of a Unix-ms time.
std::string clock_text(std::int64_t unix_ms);
/// A random token (hex), for watchdog generations.
std::string random_token();

}  // namespace bulkhead::agent
