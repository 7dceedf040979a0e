// The boot-time unit that puts bulkhead's last confirmed tables back before the network
// comes up: bulkhead-restore.service, written by `bulkhead persist install`.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/result.h"

namespace bulkhead::agent {

constexpr std::string_view kRestoreUnitName = "bulkhead-restore.service";
constexpr std::string_view kDefaultUnitDir = "/etc/systemd/system";
/// The target whose .wants/ directory `systemctl enable` links the unit into.
constexpr std::string_view kRestoreUnitWantedBy = "sysinit.target";

/// The unit file's text: a oneshot that runs `BINARY restore --persist-dir DIR` after the
/// local file systems (and the mount holding DIR) and nftables.service, before
/// network-pre.target. Both paths must pass unit_path_problem.
std::string restore_unit_text(std::string_view binary, std::string_view persist_dir);

/// Why a path cannot be written into a unit file as it is (not absolute, whitespace,
/// quotes, backslashes, '%', '$' or control characters), or nullopt when it can.
std::optional<std::string> unit_path_problem(std::string_view path);

/// The absolute path of the running program (/proc/self/exe).
[[nodiscard]] Result<std::string> self_binary_path();

/// Writes UNIT_DIR/bulkhead-restore.service (mode 0644, atomically). Returns its path.
[[nodiscard]] Result<std::string> install_restore_unit(const std::string& unit_dir,
                                                       const std::string& text);

/// What `persist remove` removed.
struct RemovedUnit {
  bool unit = false;  ///< the unit file was there
  bool link = false;  ///< and its enablement link in UNIT_DIR/sysinit.target.wants/
};
/// Removes UNIT_DIR/bulkhead-restore.service and the enablement link pointing at it;
/// absent files are fine.
[[nodiscard]] Result<RemovedUnit> remove_restore_unit(const std::string& unit_dir);

}  // namespace bulkhead::agent
