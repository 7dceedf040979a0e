// Persistence across reboots: saving confirmed tables and loading them back.
//
// What is saved is the kernel's own stateless listing of the table at the moment the
// change is confirmed (`nft -s list table`: no counter values, no quota usage, which mean
// nothing after a reboot), wrapped in the create-then-delete idiom so that loading the file
// replaces the table whatever is there. Before a file replaces the previous one it is
// loaded in a scratch network namespace: a file that would not load at boot is refused
// while the administrator is still looking. The write is durable (temporary file, fsync,
// rename, fsync of the directory): a power cut leaves the old file or the new one.
//
// Restore concatenates every saved file into one buffer, which libnftables sends as one
// netlink batch: all tables come back, or none does (and the kernel's ruleset is exactly
// as before).
#include "agent/persist.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <sstream>

#include "agent/apply.h"
#include "agent/nft_session.h"
#include "agent/scratch.h"
#include "agent/state.h"

namespace bulkhead::agent {
namespace {

std::string errno_text(int e) {
  return std::strerror(e);
}

std::string parent_of(const std::string& path) {
  std::string p = std::filesystem::path(path).parent_path().string();
  return p.empty() ? "." : p;
}

Status ensure_persist_dir(const std::string& dir) {
  std::error_code ec;
  if (std::filesystem::is_directory(dir, ec)) return ok_status();
  std::filesystem::create_directories(dir, ec);
  if (ec) return Failure{"cannot create the persist directory " + dir + ": " + ec.message()};
  if (::chmod(dir.c_str(), 0700) != 0)
    return Failure{"cannot set the mode of " + dir + ": " + errno_text(errno)};
  return fsync_dir(parent_of(dir));
}

}  // namespace

std::optional<PersistDir> resolve_persist_dir(std::string_view cli_value, const char* env,
                                              std::string* why) {
  PersistDir d;
  std::string_view source;
  if (!cli_value.empty()) {
    d.path = std::string(cli_value);
    d.chosen = true;
    source = "--persist-dir";
  } else if (env != nullptr && *env != '\0') {
    d.path = env;
    d.chosen = true;
    source = kPersistDirEnv;
  } else {
    d.path = std::string(kDefaultPersistDir);
  }
  if (d.path.empty() || d.path[0] != '/') {
    if (why != nullptr)
      *why = std::string(source) +
             " must be an absolute path (the boot-time restore runs from /), "
             "not '" +
             d.path + "'";
    return std::nullopt;
  }
  while (d.path.size() > 1 && d.path.back() == '/') d.path.pop_back();
  return d;
}

std::string persist_file(std::string_view dir, const TableRef& table) {
  std::string out(dir);
  if (out.empty() || out.back() != '/') out += '/';
  return out + table.family + "." + table.name + ".nft";
}

std::optional<TableRef> parse_persist_file_name(std::string_view name) {
  constexpr std::string_view kExt = ".nft";
  if (name.size() <= kExt.size() || name.substr(name.size() - kExt.size()) != kExt)
    return std::nullopt;
  std::string_view stem = name.substr(0, name.size() - kExt.size());
  std::size_t dot = stem.find('.');
  if (dot == std::string_view::npos || dot == 0) return std::nullopt;
  TableRef t;
  t.family = std::string(stem.substr(0, dot));
  t.name = std::string(stem.substr(dot + 1));
  static const char* kFamilies[] = {"ip", "ip6", "inet", "arp", "bridge", "netdev"};
  if (std::find(std::begin(kFamilies), std::end(kFamilies), t.family) == std::end(kFamilies))
    return std::nullopt;
  if (t.name.rfind("bulkhead", 0) != 0) return std::nullopt;
  for (char c : t.name) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_' || c == '-' || c == '.';
    if (!ok) return std::nullopt;
  }
  return t;
}

std::string persist_content(const TableRef& table, std::string_view listing) {
  std::string out =
      "# bulkhead: the last confirmed state of table " + table.str() +
      ", put back at boot by\n"
      "# `bulkhead restore` (bulkhead-restore.service). Written by bulkhead each time a change\n"
      "# to the table is confirmed; do not edit. See docs/agent.md, \"Persistence across "
      "reboots\".\n"
      "table " +
      table.str() + "\ndelete table " + table.str() + "\n";
  out += listing;
  if (!out.empty() && out.back() != '\n') out += '\n';
  return out;
}

std::optional<bool> in_machine_netns() {
  struct stat self {};
  if (::stat("/proc/self/ns/net", &self) != 0) return std::nullopt;
  struct stat init {};
  if (::stat("/proc/1/ns/net", &init) == 0)
    return self.st_ino == init.st_ino && self.st_dev == init.st_dev;
  // PID 1 may be unreadable (a sandbox, no CAP_SYS_PTRACE). A namespace made by
  // `ip netns add` is bind-mounted under /run/netns: one of those is not the machine's.
  std::error_code ec;
  for (const std::filesystem::directory_entry& e :
       std::filesystem::directory_iterator("/run/netns", ec)) {
    struct stat named {};
    if (::stat(e.path().c_str(), &named) == 0 && named.st_ino == self.st_ino &&
        named.st_dev == self.st_dev)
      return false;
  }
  return std::nullopt;
}

Result<SaveOutcome> save_confirmed_table(const std::string& dir, const TableRef& table) {
  Result<NftSession> s = NftSession::open(NftFormat::TextStateless);
  if (!s) return Failure{s.error()};
  Result<std::optional<std::string>> listed = s.value().list_table(table.family, table.name);
  if (!listed) return Failure{listed.error()};
  std::string path = persist_file(dir, table);
  if (!listed.value()) {
    // The confirmed state is "no table": nothing must come back at boot.
    Result<std::optional<std::string>> old = read_optional_file(path);
    if (!old) return Failure{old.error()};
    if (!old.value()) return SaveOutcome::NothingSaved;
    if (::unlink(path.c_str()) != 0)
      return Failure{"cannot remove " + path + ": " + errno_text(errno)};
    Status synced = fsync_dir(dir);
    if (!synced) return Failure{synced.error()};
    return SaveOutcome::Removed;
  }
  std::string content = persist_content(table, *listed.value());
  Result<std::optional<std::string>> old = read_optional_file(path);
  if (!old) return Failure{old.error()};
  if (old.value() && *old.value() == content) return SaveOutcome::Unchanged;

  // The file must load at boot: prove it where it cannot hurt.
  Result<ScratchLoad> check = load_in_scratch_netns(content, table);
  if (!check)
    return Failure{"the listing of table " + table.str() +
                   " does not load back, so it cannot be saved for reboots (" + path +
                   " is unchanged):\n" + check.error()};
  for (const std::string& t : check.value().tables) {
    if (t != table.str())
      return Failure{"the listing of table " + table.str() + " also creates table " + t +
                     "; not saved (" + path + " is unchanged)"};
  }
  Status made = ensure_persist_dir(dir);
  if (!made) return Failure{made.error()};
  Status wrote = write_file_durably(path, content, 0600);
  if (!wrote) return Failure{wrote.error()};
  return SaveOutcome::Saved;
}

Result<SavedTables> read_saved_tables(const std::string& dir) {
  SavedTables out;
  std::error_code ec;
  if (!std::filesystem::exists(dir, ec)) {
    if (ec) return Failure{"cannot read " + dir + ": " + ec.message()};
    return out;
  }
  if (!std::filesystem::is_directory(dir, ec)) return Failure{dir + " is not a directory"};
  out.dir_exists = true;
  std::filesystem::directory_iterator it(dir, ec);
  if (ec) return Failure{"cannot list " + dir + ": " + ec.message()};
  for (const std::filesystem::directory_entry& e : it) {
    std::string name = e.path().filename().string();
    std::optional<TableRef> t = parse_persist_file_name(name);
    if (!t || !e.is_regular_file(ec)) {
      out.ignored.push_back(name);
      continue;
    }
    Result<std::optional<std::string>> text = read_optional_file(e.path().string());
    if (!text) return Failure{text.error()};
    if (!text.value()) continue;  // removed meanwhile
    out.tables.push_back(SavedTable{*t, e.path().string(), *text.value()});
  }
  std::sort(out.tables.begin(), out.tables.end(),
            [](const SavedTable& a, const SavedTable& b) { return a.path < b.path; });
  std::sort(out.ignored.begin(), out.ignored.end());
  return out;
}

std::optional<std::string> saved_table_problem(const SavedTable& saved) {
  Result<TableRef> first = rendered_table(saved.content);
  if (!first) return saved.path + ": " + first.error();
  if (first.value().str() != saved.table.str())
    return saved.path + " defines table " + first.value().str() + ", not " + saved.table.str();
  // Top-level commands (they start with a command word) must all name this table.
  static const char* kCommands[] = {"add",     "create", "insert", "replace", "delete",
                                    "destroy", "flush",  "reset",  "list"};
  std::istringstream in(saved.content);
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> w = nft_words(line);
    if (w.empty() || w[0][0] == '#') continue;
    std::size_t i = 0;
    if (std::find(std::begin(kCommands), std::end(kCommands), w[0]) != std::end(kCommands))
      i = 1;
    else if (w[0] != "table")
      continue;
    if (w.size() > i && w[i] == "ruleset")
      return saved.path + " acts on the whole ruleset (`" + line + "`)";
    if (w.size() < i + 3) continue;
    if (w[i + 1] != saved.table.family || nft_bare_word(w[i + 2]) != saved.table.name)
      return saved.path + " names another table (`" + line + "`)";
  }
  return std::nullopt;
}

std::string restore_transaction(const std::vector<SavedTable>& saved) {
  std::string out;
  for (const SavedTable& s : saved) {
    out += s.content;
    if (!out.empty() && out.back() != '\n') out += '\n';
  }
  return out;
}

Status load_saved_tables(const std::vector<SavedTable>& saved) {
  Result<NftSession> s = NftSession::open(NftFormat::Text);
  if (!s) return Failure{s.error()};
  Result<std::string> ran = s.value().run(restore_transaction(saved));
  if (!ran)
    return Failure{
        "the kernel refused the transaction; no saved table was loaded and the "
        "ruleset is unchanged:\n" +
        ran.error()};
  return ok_status();
}

}  // namespace bulkhead::agent
