// The remote sessions an apply runs in: the ssh login it was started from
// ($SSH_CONNECTION), and every established TCP connection to a port an `sshd` process
// listens on (read from /proc, in the caller's network namespace). The lockout check
// (lockout.h) judges each against the new policy before a commit.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/ip.h"
#include "base/result.h"

namespace bulkhead::agent {

/// One remote session: a TCP connection from `client` to this machine's `local`.
struct Session {
  Addr client;
  std::uint16_t client_port = 0;
  Addr local;
  std::uint16_t local_port = 0;
  std::string via;  ///< where it was found: "$SSH_CONNECTION", "sshd (pid 812)"
};

/// An IPv4-mapped IPv6 address (::ffff:a.b.c.d) as the IPv4 address it carries; any
/// other address unchanged. Dual-stack sockets report IPv4 peers this way, but the
/// firewall judges them as IPv4.
Addr unmap_v4(const Addr& a);

/// Parses $SSH_CONNECTION, "client_ip client_port server_ip server_port". A zone suffix
/// (`fe80::1%eth0`) is dropped and IPv4-mapped addresses become IPv4. nullopt when it
/// is not four such fields.
std::optional<Session> parse_ssh_connection(std::string_view text);

/// TCP states as /proc/net/tcp prints them (include/net/tcp_states.h).
constexpr std::uint8_t kTcpEstablished = 0x01;
constexpr std::uint8_t kTcpListen = 0x0A;

/// One line of /proc/net/tcp or /proc/net/tcp6.
struct TcpSocket {
  Addr local;
  std::uint16_t local_port = 0;
  Addr remote;
  std::uint16_t remote_port = 0;
  std::uint8_t state = 0;
  std::uint64_t inode = 0;
};

/// Parses the text of /proc/net/tcp or /proc/net/tcp6: a header line, then one socket a
/// line with hex `ADDR:PORT` fields (each 32-bit word of an address in the kernel's byte
/// order), the hex state and the decimal inode. IPv4-mapped tcp6 addresses become IPv4.
/// Lines that do not parse are skipped.
std::vector<TcpSocket> parse_proc_net_tcp(std::string_view text);

/// The socket inode of a /proc/PID/fd link target ("socket:[12345]"); nullopt otherwise.
std::optional<std::uint64_t> socket_inode(std::string_view link);

/// The established connections whose local port is one a listener of `listeners`
/// (socket inode → pid of its process) listens on; `via` names the process, e.g. "sshd".
/// One session per connection, in the order of `sockets`.
std::vector<Session> sessions_to_listeners(const std::vector<TcpSocket>& sockets,
                                           const std::map<std::uint64_t, long>& listeners,
                                           std::string_view via);

/// What current_sessions found.
struct SessionScan {
  std::vector<Session> sessions;   ///< $SSH_CONNECTION's first, then sshd's; no duplicates
  std::vector<std::string> notes;  ///< what could not be read (a malformed $SSH_CONNECTION, ...)
};

/// The sessions of this machine as seen from this network namespace: `ssh_connection`
/// (the value of $SSH_CONNECTION, or null) and the established connections to the ports
/// that processes named `sshd` (/proc/PID/comm) listen on. Fails only when
/// /proc/net/tcp cannot be read; processes that vanish or cannot be read are skipped
/// (with a note when permission was denied).
[[nodiscard]] Result<SessionScan> current_sessions(const char* ssh_connection);

}  // namespace bulkhead::agent
