// A scratch network namespace for dry runs and for the "after" listing of apply.
//
// fork(); the child calls unshare(CLONE_NEWNET), which gives it a new, empty namespace
// (no tables, only a down loopback), loads the commands through libnftables, lists the
// result and writes one JSON message to a pipe, then exits; the namespace disappears with
// it. The parent never changes namespace, so nothing on the host is touched even if the
// child dies half-way. Cost: one fork and one namespace, a few milliseconds.
#include "agent/scratch.h"

#include <fcntl.h>
#include <sched.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <nlohmann/json.hpp>

#include "agent/nft_session.h"

namespace bulkhead::agent {
namespace {

using nlohmann::json;

void write_all(int fd, const std::string& s) {
  std::size_t done = 0;
  while (done < s.size()) {
    ssize_t n = ::write(fd, s.data() + done, s.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return;
    }
    done += static_cast<std::size_t>(n);
  }
}

// Runs in the child: everything is reported through the pipe, nothing is printed.
json child_work(const std::string& commands, const TableRef& table) {
  if (::unshare(CLONE_NEWNET) != 0) {
    return json{{"ok", false},
                {"env", true},
                {"error", std::string("cannot create a scratch network namespace "
                                      "(unshare(CLONE_NEWNET): ") +
                              std::strerror(errno) + "); run as root"}};
  }
  Result<NftSession> s = NftSession::open(NftFormat::Json);
  if (!s) return json{{"ok", false}, {"env", true}, {"error", s.error()}};
  Result<std::string> ran = s.value().run(commands);
  if (!ran) return json{{"ok", false}, {"env", false}, {"error", ran.error()}};
  Result<std::string> all = s.value().list_ruleset();
  if (!all) return json{{"ok", false}, {"env", true}, {"error", all.error()}};
  json doc = json::parse(all.value(), nullptr, false);
  json tables = json::array();
  if (doc.is_object() && doc.contains("nftables")) {
    for (const json& e : doc["nftables"]) {
      if (e.is_object() && e.contains("table"))
        tables.push_back(e["table"].value("family", "") + " " + e["table"].value("name", ""));
    }
  }
  Result<std::optional<std::string>> listed = s.value().list_table(table.family, table.name);
  if (!listed) return json{{"ok", false}, {"env", true}, {"error", listed.error()}};
  return json{{"ok", true},
              {"table", listed.value().value_or("")},
              {"tables", tables},
              {"present", listed.value().has_value()}};
}

}  // namespace

Result<ScratchLoad> load_in_scratch_netns(const std::string& commands, const TableRef& table) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0)
    return Failure{std::string("cannot create a pipe: ") + std::strerror(errno)};
  std::fflush(nullptr);
  pid_t pid = ::fork();
  if (pid < 0) {
    int e = errno;
    ::close(fds[0]);
    ::close(fds[1]);
    return Failure{std::string("cannot fork: ") + std::strerror(e)};
  }
  if (pid == 0) {
    ::close(fds[0]);
    json msg;
    try {
      msg = child_work(commands, table);
    } catch (const std::exception& e) {
      msg = json{{"ok", false}, {"env", true}, {"error", e.what()}};
    }
    write_all(fds[1], msg.dump());
    ::_exit(0);
  }
  ::close(fds[1]);
  std::string data;
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(fds[0], buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    data.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fds[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  json msg = json::parse(data, nullptr, false);
  if (msg.is_discarded() || !msg.is_object())
    return Failure{"the scratch namespace child failed (exit status " + std::to_string(status) +
                   ")"};
  if (!msg.value("ok", false)) {
    std::string err = msg.value("error", std::string("unknown error"));
    if (msg.value("env", true)) return Failure{err};
    return Failure{
        "the kernel refused the ruleset (checked in a scratch network namespace; "
        "nothing was applied):\n" +
        err};
  }
  if (!msg.value("present", false))
    return Failure{"the ruleset does not create table " + table.str()};
  ScratchLoad out;
  out.table_json = msg.value("table", std::string());
  for (const json& t : msg["tables"]) out.tables.push_back(t.get<std::string>());
  return out;
}

}  // namespace bulkhead::agent
