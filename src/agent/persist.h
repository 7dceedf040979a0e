// Persistence across reboots: the last CONFIRMED state of each bulkhead table, saved in
// a persist directory (default /var/lib/bulkhead) when a change becomes confirmed (an
// apply without a rollback window, or `apply --confirm-ok`), and loaded back at boot, in
// one transaction, by `bulkhead restore` (run by bulkhead-restore.service, systemd_unit.h).
// An unconfirmed change is never saved, so a reboot in the middle of a rollback window
// brings back the last state an administrator confirmed.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "agent/listing.h"
#include "agent/state.h"
#include "base/result.h"

namespace bulkhead::agent {

constexpr std::string_view kDefaultPersistDir = "/var/lib/bulkhead";
/// Environment variable naming the persist directory (after --persist-dir).
constexpr const char* kPersistDirEnv = "BULKHEAD_PERSIST_DIR";

/// The persist directory and whether it was chosen explicitly (flag or environment).
struct PersistDir {
  std::string path;
  bool chosen = false;  ///< false: the default /var/lib/bulkhead
};
/// --persist-dir when given, else `env` when set and not empty, else /var/lib/bulkhead.
/// nullopt with `*why` set when the choice is not an absolute path (a usage error: the
/// boot-time unit runs from /, so a relative path would name another directory).
std::optional<PersistDir> resolve_persist_dir(std::string_view cli_value, const char* env,
                                              std::string* why);

/// DIR/<family>.<table>.nft, e.g. /var/lib/bulkhead/inet.bulkhead.nft.
std::string persist_file(std::string_view dir, const TableRef& table);
/// The table a saved file's name stands for; nullopt for any other name (temporary
/// files, foreign files, tables not named bulkhead*).
std::optional<TableRef> parse_persist_file_name(std::string_view name);

/// The saved file's text: a comment, then `table T` + `delete table T` + the table's
/// stateless listing, so the file replaces the table whether `bulkhead restore` loads it
/// or an nftables.conf includes it.
std::string persist_content(const TableRef& table, std::string_view listing);

/// Whether the calling process is in the machine's own network namespace (that of PID
/// 1; when PID 1 cannot be read, a namespace named under /run/netns is not); nullopt when
/// it cannot be told. A saved table is loaded into the machine's namespace at boot, so
/// tables of other namespaces (labs, `ip netns exec`) are saved only to an explicitly
/// chosen directory.
std::optional<bool> in_machine_netns();

enum class SaveOutcome : unsigned char { Saved, Unchanged, Removed, NothingSaved };

/// Saves the kernel's current state of `table` (this namespace) as its confirmed state:
/// its stateless text listing, first loaded back in a scratch namespace (a saved file
/// that would not load at boot is refused, and the previous file stays), then written
/// atomically (temporary file, fsync, rename, fsync of the directory; mode 0600; the
/// directory is created 0700). An absent table removes the saved file. A file with the
/// same content is not rewritten.
[[nodiscard]] Result<SaveOutcome> save_confirmed_table(const std::string& dir,
                                                       const TableRef& table);

/// One saved table.
struct SavedTable {
  TableRef table;
  std::string path;
  std::string content;
};
/// The saved tables of a directory, sorted by file name.
struct SavedTables {
  bool dir_exists = false;
  std::vector<SavedTable> tables;
  std::vector<std::string> ignored;  ///< other entries (foreign or temporary files)
};
[[nodiscard]] Result<SavedTables> read_saved_tables(const std::string& dir);

/// Why a saved file may not be loaded (it defines another table first, or flushes the
/// ruleset), or nullopt when it is fine.
std::optional<std::string> saved_table_problem(const SavedTable& saved);

/// The one transaction that puts every saved table back (each file replaces its table).
std::string restore_transaction(const std::vector<SavedTable>& saved);

/// Loads the saved tables in one transaction: the kernel takes all of them or none.
[[nodiscard]] Status load_saved_tables(const std::vector<SavedTable>& saved);

}  // namespace bulkhead::agent
