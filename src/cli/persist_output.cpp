// Saving confirmed tables for reboots: the CLI side of agent/persist.h.
#include "cli/persist_output.h"

#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "agent/systemd_unit.h"
#include "cli/common.h"

namespace bulkhead::cli {

std::optional<agent::PersistDir> persist_dir_or_usage_error(const std::string& flag) {
  std::string why;
  std::optional<agent::PersistDir> d =
      agent::resolve_persist_dir(flag, std::getenv(agent::kPersistDirEnv), &why);
  if (!d) usage_error(why + "; nothing was done");
  return d;
}

bool persist_confirmed(const agent::PersistDir& dir, const agent::TableRef& table) {
  if (!dir.chosen) {
    // The default directory belongs to the machine: at boot its files are loaded into the
    // machine's namespace, so a lab's or a container's table must not land there.
    // When that cannot be told, saving nowhere is the safe side: a note says how to save.
    std::optional<bool> machine = agent::in_machine_netns();
    if (!machine || !*machine) {
      std::cerr << "note: table " << table.str() << " is not saved for reboots: "
                << (machine ? "this is not the machine's network namespace"
                            : "cannot tell whether this is the machine's network namespace "
                              "(/proc/1/ns/net is unreadable)")
                << " (give --persist-dir or " << agent::kPersistDirEnv << " to save it)\n";
      return true;
    }
  }
  Result<agent::SaveOutcome> saved = agent::save_confirmed_table(dir.path, table);
  if (!saved) {
    std::cerr << "bulkhead: error: the change is in place, but table " << table.str()
              << " was NOT saved for reboots (a reboot brings back the previously saved "
                 "state): "
              << saved.error() << '\n';
    return false;
  }
  std::string path = agent::persist_file(dir.path, table);
  switch (saved.value()) {
    case agent::SaveOutcome::Saved: {
      std::cout << "saved for reboots: table " << table.str() << " in " << path << '\n';
      std::string unit =
          std::string(agent::kDefaultUnitDir) + "/" + std::string(agent::kRestoreUnitName);
      if (!dir.chosen && ::access(unit.c_str(), F_OK) != 0)
        std::cerr << "note: " << agent::kRestoreUnitName
                  << " is not installed, so nothing loads it at boot yet: run `bulkhead "
                     "persist install`\n";
      break;
    }
    case agent::SaveOutcome::Removed:
      std::cout << "saved for reboots: table " << table.str() << " is absent; removed " << path
                << '\n';
      break;
    case agent::SaveOutcome::Unchanged:
    case agent::SaveOutcome::NothingSaved:
      break;
  }
  return true;
}

}  // namespace bulkhead::cli
