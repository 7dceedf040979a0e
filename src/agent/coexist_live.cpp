// Reads the coexistence inputs from the running machine: the ruleset as JSON through
// libnftables (the calling process's network namespace), files by path under an optional
// root (the test hook BULKHEAD_SYSROOT), and, only when /proc says legacy x_tables are
// loaded, the output of iptables-legacy-save (which dumps only the loaded tables, so
// running it loads no module). Nothing is written.
#include "agent/coexist_live.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>

#include "agent/nft_session.h"
#include "agent/state.h"

namespace bulkhead::agent {
namespace {

bool exists(const std::string& path) {
  struct stat st {};
  return ::lstat(path.c_str(), &st) == 0;
}

bool executable(const std::string& path) {
  return ::access(path.c_str(), X_OK) == 0;
}

std::optional<std::string> read_if_present(const std::string& path) {
  Result<std::optional<std::string>> r = read_optional_file(path);
  if (!r) return std::nullopt;  // unreadable counts as absent: these are hints
  return r.value();
}

bool has_lines(const std::optional<std::string>& text) {
  return text && text->find_first_not_of(" \t\r\n") != std::string::npos;
}

// Runs a program without arguments or shell; its standard output when it exits 0.
std::optional<std::string> run_capture(const std::string& program) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) return std::nullopt;
  std::fflush(nullptr);
  pid_t pid = ::fork();
  if (pid < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    return std::nullopt;
  }
  if (pid == 0) {
    int null = ::open("/dev/null", O_RDWR);
    if (null >= 0) {
      ::dup2(null, 0);
      ::dup2(null, 2);
    }
    ::dup2(fds[1], 1);
    ::close_range(3, ~0U, 0);
    char* const argv[] = {const_cast<char*>(program.c_str()), nullptr};
    ::execv(program.c_str(), argv);
    ::_exit(127);
  }
  ::close(fds[1]);
  std::string out;
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(fds[0], buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    out.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fds[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return std::nullopt;
  return out;
}

std::optional<std::string> find_tool(const std::string& root, const char* name) {
  for (const char* dir : {"/usr/sbin/", "/sbin/", "/usr/bin/", "/bin/"}) {
    std::string p = root + dir + name;
    if (executable(p)) return p;
  }
  return std::nullopt;
}

}  // namespace

Result<CoexistInputs> read_coexist_inputs(const std::string& sysroot) {
  CoexistInputs in;
  Result<NftSession> s = NftSession::open(NftFormat::Json);
  if (!s) return Failure{s.error()};
  Result<std::string> rules = s.value().list_ruleset();
  if (!rules) return Failure{rules.error()};
  in.ruleset_json = std::move(rules).value();

  const std::string& r = sysroot;
  in.firewalld_run_dir = exists(r + "/run/firewalld");
  in.ufw_conf = read_if_present(r + "/etc/ufw/ufw.conf");
  in.ip_tables_names = read_if_present(r + "/proc/net/ip_tables_names");
  in.ip6_tables_names = read_if_present(r + "/proc/net/ip6_tables_names");
  in.docker0 = exists(r + "/sys/class/net/docker0");
  in.nftables_conf = read_if_present(r + "/etc/nftables.conf");
  in.nftables_service_enabled =
      exists(r + "/etc/systemd/system/sysinit.target.wants/nftables.service") ||
      exists(r + "/etc/systemd/system/multi-user.target.wants/nftables.service");

  std::string save;
  bool ran = false;
  for (const auto& [names, tool] : {std::pair{&in.ip_tables_names, "iptables-legacy-save"},
                                    std::pair{&in.ip6_tables_names, "ip6tables-legacy-save"}}) {
    if (!has_lines(*names)) continue;
    std::optional<std::string> path = find_tool(r, tool);
    if (!path) continue;
    in.legacy_save_tool = true;
    if (std::optional<std::string> out = run_capture(*path)) {
      save += *out;
      ran = true;
    }
  }
  if (ran) in.legacy_save = save;
  return in;
}

}  // namespace bulkhead::agent
