// bulkhead persist install|remove: writes (or removes) bulkhead-restore.service, the
// boot-time unit that runs `bulkhead restore` before the network comes up. It never runs
// systemctl; it prints the command to run.
//
// Exit codes: 0 done (or nothing to remove), 2 bad input (relative or unusable paths, a
// unit directory that does not exist; nothing written), 3 environment (cannot write).
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>

#include "agent/persist.h"
#include "agent/systemd_unit.h"
#include "cli/common.h"

namespace bulkhead::cli {
namespace {

struct PersistOptions {
  std::string unit_dir{agent::kDefaultUnitDir};
  std::string persist_dir;
};

int env_error(const std::string& message) {
  std::cerr << "bulkhead: error: " << message << '\n';
  return kInternal;
}

bool unit_dir_ok(const std::string& dir) {
  std::error_code ec;
  if (std::filesystem::is_directory(dir, ec)) return true;
  usage_error("the unit directory " + dir + " does not exist; nothing was written");
  return false;
}

int run_install(const PersistOptions& o) {
  std::string why;
  std::optional<agent::PersistDir> dir =
      agent::resolve_persist_dir(o.persist_dir, std::getenv(agent::kPersistDirEnv), &why);
  if (!dir) {
    usage_error(why + "; nothing was written");
    return kBadInput;
  }
  if (std::optional<std::string> p = agent::unit_path_problem(dir->path)) {
    usage_error("persist directory: " + *p + "; nothing was written");
    return kBadInput;
  }
  if (!unit_dir_ok(o.unit_dir)) return kBadInput;
  Result<std::string> self = agent::self_binary_path();
  if (!self) return env_error(self.error() + "; nothing was written");
  if (std::optional<std::string> p = agent::unit_path_problem(self.value()))
    return env_error("this program's path cannot go into a unit file: " + *p +
                     "; install bulkhead elsewhere (e.g. /usr/local/bin); nothing was written");
  Result<std::string> path =
      agent::install_restore_unit(o.unit_dir, agent::restore_unit_text(self.value(), dir->path));
  if (!path) return env_error(path.error() + "; nothing was written");
  std::cout << "wrote " << path.value() << ": at boot, before the network comes up, it runs\n  "
            << self.value() << " restore --persist-dir " << dir->path << '\n'
            << "now run: systemctl daemon-reload && systemctl enable " << agent::kRestoreUnitName
            << '\n';
  Result<agent::SavedTables> saved = agent::read_saved_tables(dir->path);
  if (saved && saved.value().tables.empty())
    std::cout << "note: nothing is saved in " << dir->path
              << " yet; the next confirmed apply (without a rollback window, or --confirm-ok) "
                 "saves its table there\n";
  return kOk;
}

int run_remove(const PersistOptions& o) {
  if (!unit_dir_ok(o.unit_dir)) return kBadInput;
  Result<agent::RemovedUnit> removed = agent::remove_restore_unit(o.unit_dir);
  if (!removed) return env_error(removed.error());
  const agent::RemovedUnit& r = removed.value();
  if (!r.unit && !r.link) {
    std::cout << agent::kRestoreUnitName << " is not installed in " << o.unit_dir
              << "; nothing to remove\n";
    return kOk;
  }
  std::cout << "removed " << o.unit_dir << "/" << agent::kRestoreUnitName;
  if (r.link)
    std::cout << " and its link in " << o.unit_dir << "/" << agent::kRestoreUnitWantedBy
              << ".wants/";
  std::cout << "\nnow run: systemctl daemon-reload\n"
            << "the saved tables stay in the persist directory (delete them to forget them); the "
               "tables in the kernel are not touched\n";
  return kOk;
}

}  // namespace

void add_persist(CLI::App& app) {
  auto o = std::make_shared<PersistOptions>();
  CLI::App* sub = app.add_subcommand(
      "persist", "install or remove the boot-time unit that restores the saved tables");
  sub->require_subcommand(1);
  CLI::App* install = sub->add_subcommand(
      "install", "write bulkhead-restore.service (then enable it with systemctl)");
  install->add_option("--unit-dir", o->unit_dir, "systemd unit directory")->capture_default_str();
  install->add_option("--persist-dir", o->persist_dir,
                      "where confirmed tables are saved (default $BULKHEAD_PERSIST_DIR, else "
                      "/var/lib/bulkhead)");
  install->callback([o] { set_exit(run_install(*o)); });
  CLI::App* remove =
      sub->add_subcommand("remove", "remove bulkhead-restore.service and its enablement link");
  remove->add_option("--unit-dir", o->unit_dir, "systemd unit directory")->capture_default_str();
  remove->callback([o] { set_exit(run_remove(*o)); });
}

}  // namespace bulkhead::cli
