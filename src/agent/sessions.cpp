// Finding the remote sessions an apply could cut. Two sources:
//   1. $SSH_CONNECTION, which sshd sets for the login the command was typed in;
//   2. every ESTABLISHED connection to a port an `sshd` process listens on: the
//      process is found by /proc/PID/comm, its listening sockets by matching the socket
//      inodes of /proc/PID/fd against the LISTEN lines of /proc/net/tcp{,6}, and the
//      sessions are the ESTABLISHED lines on those local ports. This also finds the
//      other administrators' logins, and ours when sudo or `ip netns exec` dropped the
//      environment.
// /proc/net is the caller's network namespace, so an sshd of another namespace (whose
// sockets have other inodes) is never matched. Cost: one read of /proc/PID/comm per
// process and one readlink per descriptor of each sshd; linear in the socket tables.
#include "agent/sessions.h"

#include <dirent.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

namespace bulkhead::agent {
namespace {

std::optional<std::uint64_t> parse_hex(std::string_view s) {
  if (s.empty() || s.size() > 16) return std::nullopt;
  std::uint64_t v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v, 16);
  if (ec != std::errc() || ptr != s.data() + s.size()) return std::nullopt;
  return v;
}

// /proc/net/tcp prints each 32-bit word of an address as the number the kernel holds in
// memory (network byte order bytes read as a host-order integer), so the bytes of the
// address are that number's bytes in host memory order.
std::optional<Addr> parse_hex_addr(std::string_view s) {
  if (s.size() != 8 && s.size() != 32) return std::nullopt;
  u128 value = 0;
  for (std::size_t w = 0; w < s.size(); w += 8) {
    std::optional<std::uint64_t> word = parse_hex(s.substr(w, 8));
    if (!word) return std::nullopt;
    auto host_word = static_cast<std::uint32_t>(*word);
    unsigned char bytes[4];
    std::memcpy(bytes, &host_word, sizeof bytes);
    for (unsigned char b : bytes) value = (value << 8) | b;
  }
  return unmap_v4(Addr{s.size() == 8 ? Family::V4 : Family::V6, value});
}

// "HEXADDR:HEXPORT"
bool parse_endpoint(std::string_view s, Addr* addr, std::uint16_t* port) {
  std::size_t colon = s.find(':');
  if (colon == std::string_view::npos) return false;
  std::optional<Addr> a = parse_hex_addr(s.substr(0, colon));
  std::optional<std::uint64_t> p = parse_hex(s.substr(colon + 1));
  if (!a || !p || *p > 65535) return false;
  *addr = *a;
  *port = static_cast<std::uint16_t>(*p);
  return true;
}

std::vector<std::string_view> fields(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    std::size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (i > start) out.push_back(line.substr(start, i - start));
  }
  return out;
}

std::optional<std::uint16_t> parse_port(std::string_view s) {
  unsigned v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || ptr != s.data() + s.size() || v > 65535)
    return std::nullopt;
  return static_cast<std::uint16_t>(v);
}

std::optional<Addr> parse_session_addr(std::string_view s) {
  std::size_t pct = s.find('%');
  if (pct != std::string_view::npos) s = s.substr(0, pct);
  std::optional<Addr> a = parse_addr(s);
  if (!a) return std::nullopt;
  return unmap_v4(*a);
}

std::optional<std::string> read_small_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) return std::nullopt;
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool all_digits(const char* s) {
  if (*s == '\0') return false;
  for (; *s != '\0'; ++s)
    if (*s < '0' || *s > '9') return false;
  return true;
}

// Socket inodes held open by each process whose comm is `name` (inode → pid). Processes
// that exit meanwhile are skipped; a permission refusal is noted.
std::map<std::uint64_t, long> sockets_of_processes(const std::string& name,
                                                   std::vector<std::string>& notes) {
  std::map<std::uint64_t, long> out;
  DIR* proc = ::opendir("/proc");
  if (proc == nullptr) {
    notes.push_back(std::string("cannot list /proc: ") + std::strerror(errno));
    return out;
  }
  while (dirent* e = ::readdir(proc)) {
    if (!all_digits(e->d_name)) continue;
    std::string base = std::string("/proc/") + e->d_name;
    std::optional<std::string> comm = read_small_file(base + "/comm");
    if (!comm) continue;
    if (!comm->empty() && comm->back() == '\n') comm->pop_back();
    if (*comm != name) continue;
    long pid = std::strtol(e->d_name, nullptr, 10);
    std::string fd_dir = base + "/fd";
    DIR* fds = ::opendir(fd_dir.c_str());
    if (fds == nullptr) {
      if (errno == EACCES || errno == EPERM)
        notes.push_back("cannot read " + fd_dir + " (" + std::strerror(errno) + "): the " + name +
                        " sessions of pid " + std::to_string(pid) + " were not checked");
      continue;
    }
    while (dirent* f = ::readdir(fds)) {
      if (!all_digits(f->d_name)) continue;
      char target[64];
      std::string link = fd_dir + "/" + f->d_name;
      ssize_t n = ::readlink(link.c_str(), target, sizeof target - 1);
      if (n <= 0) continue;
      std::optional<std::uint64_t> inode = socket_inode(std::string_view(target, n));
      if (inode) out.emplace(*inode, pid);
    }
    ::closedir(fds);
  }
  ::closedir(proc);
  return out;
}

}  // namespace

Addr unmap_v4(const Addr& a) {
  if (a.family == Family::V6 && (a.value >> 32) == u128{0xffff})
    return Addr{Family::V4, a.value & u128{0xffffffffu}};
  return a;
}

std::optional<Session> parse_ssh_connection(std::string_view text) {
  std::vector<std::string_view> f = fields(text);
  // sshd writes exactly four fields; a trailing newline from a file is tolerated.
  if (f.size() != 4) return std::nullopt;
  if (!f[3].empty() && f[3].back() == '\n') f[3].remove_suffix(1);
  Session s;
  std::optional<Addr> client = parse_session_addr(f[0]);
  std::optional<std::uint16_t> client_port = parse_port(f[1]);
  std::optional<Addr> local = parse_session_addr(f[2]);
  std::optional<std::uint16_t> local_port = parse_port(f[3]);
  if (!client || !client_port || !local || !local_port) return std::nullopt;
  if (client->family != local->family || *local_port == 0) return std::nullopt;
  s.client = *client;
  s.client_port = *client_port;
  s.local = *local;
  s.local_port = *local_port;
  s.via = "$SSH_CONNECTION";
  return s;
}

std::vector<TcpSocket> parse_proc_net_tcp(std::string_view text) {
  std::vector<TcpSocket> out;
  std::size_t pos = 0;
  bool header = true;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    if (header) {  // "  sl  local_address rem_address   st tx_queue ..."
      header = false;
      continue;
    }
    std::vector<std::string_view> f = fields(line);
    // sl local remote st tx:rx tr:when retrnsmt uid timeout inode ...
    if (f.size() < 10 || f[0].empty() || f[0].back() != ':') continue;
    TcpSocket s;
    if (!parse_endpoint(f[1], &s.local, &s.local_port)) continue;
    if (!parse_endpoint(f[2], &s.remote, &s.remote_port)) continue;
    std::optional<std::uint64_t> st = parse_hex(f[3]);
    if (!st || *st > 0xff) continue;
    s.state = static_cast<std::uint8_t>(*st);
    auto [ptr, ec] = std::from_chars(f[9].data(), f[9].data() + f[9].size(), s.inode);
    if (ec != std::errc() || ptr != f[9].data() + f[9].size()) continue;
    out.push_back(s);
  }
  return out;
}

std::optional<std::uint64_t> socket_inode(std::string_view link) {
  constexpr std::string_view kPrefix = "socket:[";
  if (link.size() <= kPrefix.size() + 1 || link.substr(0, kPrefix.size()) != kPrefix ||
      link.back() != ']')
    return std::nullopt;
  std::string_view digits = link.substr(kPrefix.size(), link.size() - kPrefix.size() - 1);
  std::uint64_t v = 0;
  auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
  if (ec != std::errc() || ptr != digits.data() + digits.size()) return std::nullopt;
  return v;
}

std::vector<Session> sessions_to_listeners(const std::vector<TcpSocket>& sockets,
                                           const std::map<std::uint64_t, long>& listeners,
                                           std::string_view via) {
  std::map<std::uint16_t, long> ports;  // listening port → pid of its process
  for (const TcpSocket& s : sockets) {
    if (s.state != kTcpListen) continue;
    auto it = listeners.find(s.inode);
    if (it != listeners.end()) ports.emplace(s.local_port, it->second);
  }
  std::vector<Session> out;
  for (const TcpSocket& s : sockets) {
    if (s.state != kTcpEstablished) continue;
    auto it = ports.find(s.local_port);
    if (it == ports.end()) continue;
    out.push_back(Session{s.remote, s.remote_port, s.local, s.local_port,
                          std::string(via) + " (pid " + std::to_string(it->second) + ")"});
  }
  return out;
}

Result<SessionScan> current_sessions(const char* ssh_connection) {
  SessionScan scan;
  if (ssh_connection != nullptr && *ssh_connection != '\0') {
    std::optional<Session> s = parse_ssh_connection(ssh_connection);
    if (s)
      scan.sessions.push_back(*s);
    else
      scan.notes.push_back(std::string("$SSH_CONNECTION ('") + ssh_connection +
                           "') is not 'client_ip client_port server_ip server_port'; ignored");
  }
  std::vector<TcpSocket> sockets;
  for (const char* path : {"/proc/net/tcp", "/proc/net/tcp6"}) {
    std::optional<std::string> text = read_small_file(path);
    if (!text) {
      // A kernel without IPv6 has no tcp6 table; without the IPv4 one nothing can be told.
      if (std::string_view(path) == "/proc/net/tcp6") continue;
      return Failure{std::string("cannot read ") + path + ": " + std::strerror(errno)};
    }
    std::vector<TcpSocket> part = parse_proc_net_tcp(*text);
    sockets.insert(sockets.end(), part.begin(), part.end());
  }
  std::map<std::uint64_t, long> sshd = sockets_of_processes("sshd", scan.notes);
  std::set<std::tuple<Addr, std::uint16_t, Addr, std::uint16_t>> seen;
  for (const Session& s : scan.sessions)
    seen.emplace(s.client, s.client_port, s.local, s.local_port);
  for (Session& s : sessions_to_listeners(sockets, sshd, "sshd"))
    if (seen.emplace(s.client, s.client_port, s.local, s.local_port).second)
      scan.sessions.push_back(std::move(s));
  return scan;
}

}  // namespace bulkhead::agent
