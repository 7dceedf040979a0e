// bulkhead-restore.service: text, install, remove.
//
// Ordering, and why:
//   DefaultDependencies=no   the default would order the unit after basic.target, which
//                            comes after the network may already be up.
//   After=local-fs.target + RequiresMountsFor=DIR
//                            the saved files must be readable: /var may be its own file
//                            system, mounted by local-fs.target.
//   After=systemd-modules-load.service
//                            nf_tables may be loaded from modules-load.d.
//   After=nftables.service   an /etc/nftables.conf with `flush ruleset` (Debian's default)
//                            would delete bulkhead's tables if it ran later; ordering only,
//                            no requirement.
//   Before=network-pre.target, Wants=network-pre.target
//                            network-pre.target is the point where firewalls must be in
//                            place before any interface is configured; Wants makes sure the
//                            target (and so the ordering) is part of the boot.
//   Type=oneshot, RemainAfterExit=yes
//                            one load; `systemctl status` then shows that it ran and how.
//   WantedBy=sysinit.target  like nftables.service: also in rescue mode.
// A failed restore does not stop the boot (network-pre.target only Wants it): a host cut
// off from the network cannot be repaired remotely. The failure is in `systemctl --failed`
// and in the journal.
#include "agent/systemd_unit.h"

#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstring>
#include <filesystem>

#include "agent/persist.h"

namespace bulkhead::agent {

std::string restore_unit_text(std::string_view binary, std::string_view persist_dir) {
  std::string b(binary), d(persist_dir);
  return "# Written by `bulkhead persist install`; removed by `bulkhead persist remove`.\n"
         "# Puts bulkhead's last confirmed nftables tables, saved in " +
         d +
         ",\n"
         "# back before the network comes up (docs/agent.md, \"Persistence across reboots\").\n"
         "[Unit]\n"
         "Description=bulkhead: restore the last confirmed firewall tables\n"
         "DefaultDependencies=no\n"
         "Wants=network-pre.target\n"
         "Before=network-pre.target shutdown.target\n"
         "After=local-fs.target systemd-modules-load.service nftables.service\n"
         "RequiresMountsFor=" +
         d +
         "\n"
         "Conflicts=shutdown.target\n"
         "\n"
         "[Service]\n"
         "Type=oneshot\n"
         "RemainAfterExit=yes\n"
         "ExecStart=" +
         b + " restore --persist-dir " + d +
         "\n"
         "\n"
         "[Install]\n"
         "WantedBy=" +
         std::string(kRestoreUnitWantedBy) + "\n";
}

std::optional<std::string> unit_path_problem(std::string_view path) {
  if (path.empty() || path[0] != '/') return "'" + std::string(path) + "' is not an absolute path";
  for (char c : path) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f || c == ' ' || c == '"' || c == '\'' || c == '\\' || c == '%' ||
        c == '$' || c == ';')
      return "'" + std::string(path) +
             "' contains a character a systemd unit would interpret (whitespace, quotes, "
             "backslash, %, $, ;)";
  }
  return std::nullopt;
}

Result<std::string> self_binary_path() {
  char buf[PATH_MAX];
  ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n < 0)
    return Failure{std::string("cannot find this program's path (/proc/self/exe): ") +
                   std::strerror(errno)};
  return std::string(buf, static_cast<std::size_t>(n));
}

Result<std::string> install_restore_unit(const std::string& unit_dir, const std::string& text) {
  std::error_code ec;
  if (!std::filesystem::is_directory(unit_dir, ec))
    return Failure{"the unit directory " + unit_dir + " does not exist"};
  std::string path = unit_dir + "/" + std::string(kRestoreUnitName);
  Status wrote = write_file_durably(path, text, 0644);
  if (!wrote) return Failure{wrote.error()};
  return path;
}

Result<RemovedUnit> remove_restore_unit(const std::string& unit_dir) {
  RemovedUnit out;
  std::string unit = unit_dir + "/" + std::string(kRestoreUnitName);
  std::string link = unit_dir + "/" + std::string(kRestoreUnitWantedBy) + ".wants/" +
                     std::string(kRestoreUnitName);
  std::error_code ec;
  // The enablement link first, and only when it is ours (a link to this unit file).
  if (std::filesystem::is_symlink(link, ec)) {
    std::filesystem::path target = std::filesystem::read_symlink(link, ec);
    if (!ec && target.filename() == std::string(kRestoreUnitName)) {
      if (::unlink(link.c_str()) != 0)
        return Failure{"cannot remove " + link + ": " + std::strerror(errno)};
      out.link = true;
    }
  }
  if (::unlink(unit.c_str()) == 0) {
    out.unit = true;
  } else if (errno != ENOENT) {
    return Failure{"cannot remove " + unit + ": " + std::strerror(errno)};
  }
  return out;
}

}  // namespace bulkhead::agent
