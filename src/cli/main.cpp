// bulkhead: the command line. A flat table of subcommands; each lives in cmd_<name>.cpp.
// main() also owns the two checks every command shares: an unknown subcommand is exit 2
// whatever follows it (so `bulkhead publsh --help` cannot pass for a present command), and
// standard output must have been written completely (a full disk or a closed pipe is
// exit 3, never a silent 0).
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "base/text.h"
#include "cli/cmd_flows.h"
#include "cli/common.h"

namespace {

/// The first word that is not an option, when it names no subcommand: the error text.
std::string unknown_subcommand(const CLI::App& app, int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string w = argv[i];
    if (w.empty() || w[0] == '-') continue;
    std::vector<std::string> names;
    for (const CLI::App* sub : app.get_subcommands({})) {
      if (sub->get_name() == w) return "";
      names.push_back(sub->get_name());
    }
    std::string msg = "unknown command '" + w + "'";
    if (std::optional<std::string> best = bulkhead::closest_word(w, names))
      msg += " (did you mean '" + *best + "'?)";
    return msg + "; run `bulkhead --help` for the list";
  }
  return "";
}

/// Descriptors 0-2 that are closed when bulkhead starts would be reused by the first file it
/// opens, and output meant for stdout would land in it. A closed stdout becomes a pipe
/// without a reader (so any write fails and is reported); closed stdin and stderr become
/// /dev/null.
void reserve_standard_fds() {
  for (int fd = 0; fd <= 2; ++fd) {
    if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
    if (fd == 1) {
      int p[2];
      if (::pipe(p) != 0) continue;
      // pipe() takes the lowest free descriptors, so the write end may already be 1.
      if (p[1] != 1) {
        ::dup2(p[1], 1);
        ::close(p[1]);
      }
      if (p[0] != 1) ::close(p[0]);
    } else {
      int n = ::open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
      if (n >= 0 && n != fd) {
        ::dup2(n, fd);
        ::close(n);
      }
    }
  }
}

/// Whether everything written to standard output reached it.
bool stdout_ok(std::string* why) {
  std::cout.flush();
  bool ok = static_cast<bool>(std::cout);
  if (std::fflush(stdout) != 0) ok = false;
  if (std::ferror(stdout)) ok = false;
  if (!ok) *why = errno != 0 ? std::strerror(errno) : "write error";
  return ok;
}

}  // namespace

namespace bulkhead::cli {
void add_audit(CLI::App& app);   // cmd_audit.cpp
void add_import(CLI::App& app);  // cmd_import.cpp
void add_report(CLI::App& app);  // cmd_report.cpp
}  // namespace bulkhead::cli

int main(int argc, char** argv) {
  using namespace bulkhead::cli;
  CLI::App app{"bulkhead: network micro-segmentation that stops lateral movement"};
  app.set_version_flag("--version", std::string("bulkhead ") + BULKHEAD_VERSION);
  app.require_subcommand(1);
  app.fallthrough(false);

  add_validate(app);
  add_services(app);
  add_query(app);
  add_matrix(app);
  add_render(app);
  add_verify(app);
  add_exposure(app);
  add_blast_radius(app);
  add_diff(app);
  add_coverage(app);
  add_apply(app);
  add_status(app);
  add_probe(app);
  add_persist(app);
  add_restore(app);
  add_flows(app);
  add_audit(app);
  add_report(app);
  add_import(app);

  // A closed pipe is a write error like any other, reported below, not a silent signal.
  std::signal(SIGPIPE, SIG_IGN);
  reserve_standard_fds();
  if (std::string why = unknown_subcommand(app, argc, argv); !why.empty()) {
    std::cerr << "bulkhead: error: " << bulkhead::escape_controls(why) << '\n';
    return kBadInput;
  }
  int code = kOk;
  try {
    app.parse(argc, argv);
    code = exit_code();
  } catch (const CLI::ParseError& e) {
    code = app.exit(e) == 0 ? kOk : kBadInput;
  } catch (const std::exception& e) {
    std::cerr << "bulkhead: internal error: " << e.what() << '\n';
    code = kInternal;
  }
  errno = 0;
  if (std::string why; !stdout_ok(&why)) {
    std::cerr << "bulkhead: error: cannot write standard output: " << why
              << "; the output is incomplete\n";
    if (code != kBadInput) code = kInternal;
  }
  return code;
}
