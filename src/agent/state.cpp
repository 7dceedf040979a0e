// Agent state files. Names carry the network namespace inode and the table, e.g.
// /run/bulkhead/net-4026531840.inet.bulkhead.pending, so the lab's many namespaces
// (and several tables in one namespace) never collide. Files are small JSON documents
// written by rename, so a reader sees the old or the new version, never half of one.
// A namespace inode can be reused once its namespace is gone; stale files are recognised
// because the watchdog pid they name no longer runs in that namespace.
// The directory may be shared (an operator may point --state-dir at /tmp): it is used as
// it is, never chmod'ed, and files in it are trusted only when they are regular files of
// the user bulkhead runs as, written fresh (O_EXCL) and renamed into place.
#include "agent/state.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

namespace bulkhead::agent {
namespace {

using nlohmann::json;

std::string errno_text(int e) {
  return std::strerror(e);
}

}  // namespace

std::string resolve_state_dir(std::string_view cli_value, const char* env) {
  std::string dir = !cli_value.empty()                 ? std::string(cli_value)
                    : (env != nullptr && *env != '\0') ? std::string(env)
                                                       : std::string(kDefaultStateDir);
  if (dir.front() != '/') {
    // The watchdog chdirs to "/": a relative name would point it at other files, where
    // the pending file is "missing", which means "confirmed". Without a current
    // directory the name stays relative and arming fails (the watchdog checks).
    std::error_code ec;
    std::filesystem::path abs = std::filesystem::absolute(dir, ec);
    if (!ec) dir = abs.string();
  }
  return dir;
}

Result<std::uint64_t> current_netns_id() {
  struct stat st {};
  if (::stat("/proc/self/ns/net", &st) != 0)
    return Failure{"cannot identify the network namespace (/proc/self/ns/net): " +
                   errno_text(errno)};
  return static_cast<std::uint64_t>(st.st_ino);
}

std::optional<std::uint64_t> netns_of(long pid) {
  struct stat st {};
  std::string path = "/proc/" + std::to_string(pid) + "/ns/net";
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;
  return static_cast<std::uint64_t>(st.st_ino);
}

std::string state_file(std::string_view dir, std::uint64_t netns, const TableRef& table,
                       std::string_view suffix) {
  std::string out(dir);
  if (out.empty() || out.back() != '/') out += '/';
  out += "net-" + std::to_string(netns) + "." + table.family + "." + table.name + "." +
         std::string(suffix);
  return out;
}

std::optional<StateFileName> parse_state_file_name(std::string_view name) {
  if (name.substr(0, 4) != "net-") return std::nullopt;
  std::size_t dot1 = name.find('.', 4);
  if (dot1 == std::string_view::npos || dot1 == 4) return std::nullopt;
  StateFileName out;
  for (char c : name.substr(4, dot1 - 4)) {
    if (c < '0' || c > '9') return std::nullopt;
    out.netns = out.netns * 10 + static_cast<std::uint64_t>(c - '0');
  }
  std::size_t dot2 = name.find('.', dot1 + 1);
  std::size_t last = name.rfind('.');
  if (dot2 == std::string_view::npos || last <= dot2 + 1 || dot2 == dot1 + 1) return std::nullopt;
  out.table.family = std::string(name.substr(dot1 + 1, dot2 - dot1 - 1));
  out.table.name = std::string(name.substr(dot2 + 1, last - dot2 - 1));
  out.suffix = std::string(name.substr(last + 1));
  if (out.suffix != "lock" && out.suffix != "pending" && out.suffix != "rollback")
    return std::nullopt;
  return out;
}

std::string pending_to_json(const Pending& p) {
  json j{{"token", p.token},
         {"watchdog_pid", p.watchdog_pid},
         {"armed_ms", p.armed_ms},
         {"deadline_ms", p.deadline_ms},
         {"previous_present", p.previous_present},
         {"previous", p.previous},
         {"what", p.what}};
  return j.dump(2) + "\n";
}

std::optional<Pending> pending_from_json(std::string_view text) {
  json j = json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return std::nullopt;
  try {
    Pending p;
    p.token = j.at("token").get<std::string>();
    p.watchdog_pid = j.at("watchdog_pid").get<long>();
    p.armed_ms = j.at("armed_ms").get<std::int64_t>();
    p.deadline_ms = j.at("deadline_ms").get<std::int64_t>();
    p.previous_present = j.at("previous_present").get<bool>();
    p.previous = j.at("previous").get<std::string>();
    p.what = j.value("what", std::string());
    return p;
  } catch (const json::exception&) {
    return std::nullopt;
  }
}

std::string rollback_to_json(const RollbackRecord& r) {
  json j{{"at_ms", r.at_ms},
         {"ok", r.ok},
         {"restored_present", r.restored_present},
         {"message", r.message},
         {"what", r.what}};
  return j.dump(2) + "\n";
}

std::optional<RollbackRecord> rollback_from_json(std::string_view text) {
  json j = json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return std::nullopt;
  try {
    RollbackRecord r;
    r.at_ms = j.at("at_ms").get<std::int64_t>();
    r.ok = j.at("ok").get<bool>();
    r.restored_present = j.at("restored_present").get<bool>();
    r.message = j.value("message", std::string());
    r.what = j.value("what", std::string());
    return r;
  } catch (const json::exception&) {
    return std::nullopt;
  }
}

Result<std::optional<std::string>> read_optional_file(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) {
    if (errno == ENOENT) return std::optional<std::string>();
    if (errno == ELOOP) return Failure{path + " is a symlink; bulkhead writes no symlinks there"};
    return Failure{"cannot read " + path + ": " + errno_text(errno)};
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != ::geteuid()) {
    ::close(fd);
    if (!S_ISREG(st.st_mode)) return Failure{path + " is not a regular file"};
    return Failure{path + " belongs to uid " + std::to_string(st.st_uid) + ", not to uid " +
                   std::to_string(::geteuid()) +
                   " that bulkhead runs as; a state file bulkhead did not write is not trusted"};
  }
  std::string out;
  char buf[8192];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int e = errno;
      ::close(fd);
      return Failure{"cannot read " + path + ": " + errno_text(e)};
    }
    if (n == 0) break;
    out.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return std::optional<std::string>(std::move(out));
}

Status fsync_dir(const std::string& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return Failure{"cannot open " + dir + " to sync it: " + errno_text(errno)};
  int rc = ::fsync(fd);
  int e = errno;
  ::close(fd);
  if (rc != 0) return Failure{"cannot sync " + dir + ": " + errno_text(e)};
  return ok_status();
}

Status write_file_durably(const std::string& path, const std::string& content, unsigned mode) {
  std::string tmp = path + ".tmp." + std::to_string(::getpid());
  // A fresh file, never one found under that name (a leftover, or a link planted in a
  // shared directory).
  ::unlink(tmp.c_str());
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0) return Failure{"cannot write " + tmp + ": " + errno_text(errno)};
  auto fail = [&](const std::string& what) {
    int e = errno;
    ::close(fd);
    ::unlink(tmp.c_str());
    return Failure{what + " " + tmp + ": " + errno_text(e)};
  };
  if (::fchmod(fd, static_cast<mode_t>(mode)) != 0) return fail("cannot set the mode of");
  std::size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail("cannot write");
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) return fail("cannot sync");
  if (::close(fd) != 0) {
    int e = errno;
    ::unlink(tmp.c_str());
    return Failure{"cannot write " + tmp + ": " + errno_text(e)};
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    int e = errno;
    ::unlink(tmp.c_str());
    return Failure{"cannot rename " + tmp + " to " + path + ": " + errno_text(e)};
  }
  std::string dir = std::filesystem::path(path).parent_path().string();
  return fsync_dir(dir.empty() ? "." : dir);
}

Status write_state_file(const std::string& path, const std::string& content) {
  return write_file_durably(path, content, 0600);
}

Status remove_state_file(const std::string& path) {
  if (::unlink(path.c_str()) != 0 && errno != ENOENT)
    return Failure{"cannot remove " + path + ": " + errno_text(errno)};
  return ok_status();
}

std::optional<std::string> state_dir_problem(const std::string& dir) {
  std::string name = dir;
  while (name.size() > 1 && name.back() == '/') name.pop_back();  // "link/" would follow it
  struct stat st {};
  if (::lstat(name.c_str(), &st) != 0) return std::nullopt;  // missing: it will be created
  if (S_ISLNK(st.st_mode)) {
    std::error_code ec;
    std::filesystem::path target = std::filesystem::canonical(name, ec);
    return "the state directory " + name + " is a symlink" +
           (ec ? std::string() : " to " + target.string()) +
           "; give the directory itself (--state-dir or BULKHEAD_STATE_DIR)";
  }
  if (!S_ISDIR(st.st_mode)) return "the state directory " + name + " exists and is not a directory";
  return std::nullopt;
}

namespace {

// mkdir -p, each missing directory with mode 0700; existing ones are left as they are.
Status make_dirs(const std::filesystem::path& p) {
  struct stat st {};
  if (::stat(p.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) return ok_status();
    return Failure{"cannot create the state directory: " + p.string() + " is not a directory"};
  }
  if (errno != ENOENT)
    return Failure{"cannot use the state directory " + p.string() + ": " + errno_text(errno)};
  std::filesystem::path parent = p.parent_path();
  if (!parent.empty() && parent != p) {
    Status up = make_dirs(parent);
    if (!up) return up;
  }
  if (::mkdir(p.c_str(), 0700) != 0 && errno != EEXIST)
    return Failure{"cannot create the state directory " + p.string() + ": " + errno_text(errno)};
  return ok_status();
}

}  // namespace

Status ensure_state_dir(const std::string& dir) {
  if (std::optional<std::string> problem = state_dir_problem(dir)) return Failure{*problem};
  return make_dirs(std::filesystem::path(dir));
}

Result<std::vector<TableRef>> tables_with_state(const std::string& dir, std::uint64_t netns,
                                                std::string_view suffix) {
  std::vector<TableRef> out;
  std::error_code ec;
  if (!std::filesystem::exists(dir, ec)) return out;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    std::optional<StateFileName> n = parse_state_file_name(entry.path().filename().string());
    if (n && n->netns == netns && n->suffix == suffix) out.push_back(n->table);
  }
  if (ec) return Failure{"cannot list " + dir + ": " + ec.message()};
  std::sort(out.begin(), out.end(),
            [](const TableRef& a, const TableRef& b) { return a.str() < b.str(); });
  return out;
}

Result<StateLock> StateLock::acquire(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0) return Failure{"cannot open the lock " + path + ": " + errno_text(errno)};
  while (::flock(fd, LOCK_EX) != 0) {
    if (errno == EINTR) continue;
    int e = errno;
    ::close(fd);
    return Failure{"cannot lock " + path + ": " + errno_text(e)};
  }
  return StateLock(fd);
}

StateLock::StateLock(StateLock&& o) noexcept : fd_(o.fd_) {
  o.fd_ = -1;
}

StateLock::~StateLock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the flock
}

bool watchdog_alive(long pid, std::uint64_t netns) {
  if (pid <= 0) return false;
  std::optional<std::uint64_t> ns = netns_of(pid);
  if (!ns || *ns != netns) return false;
  // A zombie (exited, not yet reaped) is not running: field 3 of /proc/PID/stat is 'Z'.
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string line;
  std::getline(stat, line);
  std::size_t close = line.rfind(')');
  if (close != std::string::npos && close + 2 < line.size() && line[close + 2] == 'Z') return false;
  return true;
}

std::int64_t now_unix_ms() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::string clock_text(std::int64_t unix_ms) {
  std::time_t t = static_cast<std::time_t>(unix_ms / 1000);
  std::tm tm{};
  ::localtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%H:%M:%S", &tm);
  return buf;
}

std::string random_token() {
  std::random_device rd;
  std::ostringstream ss;
  ss << std::hex << rd() << rd() << ::getpid();
  return ss.str();
}

}  // namespace bulkhead::agent
