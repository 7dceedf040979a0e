// An evaluator of Windows Defender Firewall semantics over the scripts bulkhead renders,
// written from Windows' documented behaviour and independent of the renderer's code.
//
// It parses a PowerShell script (New-NetFirewallRule and Set-NetFirewallProfile) or a
// netsh advfirewall batch file into one rule model (ICMP rules with their message types:
// -IcmpType 'T',... or protocol=icmpv4:T,any), strictly: an unknown parameter, a
// value Windows would not take, a line it does not recognise or a policy string that
// could escape its quotes is an error. Then it decides connections the way Windows does:
// any matching enabled Block rule drops the connection; otherwise any matching Allow rule
// lets it through; otherwise the profile's default action decides.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/ip.h"
#include "base/service_key.h"

namespace bulkhead::testing::win {

enum class Dir : std::uint8_t { In, Out };
enum class Act : std::uint8_t { Allow, Block };
enum class Proto : std::uint8_t { Tcp, Udp, Icmpv4, Icmpv6, Any };

struct AddrRange {
  Family family = Family::V4;
  u128 lo = 0;
  u128 hi = 0;
};

struct PortRange {
  std::uint32_t lo = 0;
  std::uint32_t hi = 0;
};

struct Rule {
  std::string name;  ///< DisplayName (PowerShell) or name (netsh)
  std::string description;
  Dir dir = Dir::In;
  Act action = Act::Allow;
  Proto proto = Proto::Any;
  std::vector<PortRange> local_ports;   ///< empty = any
  std::vector<PortRange> remote_ports;  ///< empty = any
  std::vector<PortRange> icmp_types;    ///< ICMPv4/ICMPv6 rules: message types; empty = any
  std::vector<AddrRange> local;         ///< empty = any
  std::vector<AddrRange> remote;        ///< empty = any
};

/// The firewall state a script leaves behind.
struct Firewall {
  std::vector<Rule> rules;
  bool enabled = false;
  Act default_in = Act::Block;
  Act default_out = Act::Allow;
  bool log_blocked = false;
  bool log_allowed = false;
  std::string log_file;
  int log_max_kb = 0;
  bool removes_own_rules = false;  ///< the script deletes bulkhead's earlier rules
};

/// A connection as the host sees it.
struct Connection {
  Dir dir = Dir::In;
  Addr local;
  Addr remote;
  /// Icmp is ICMPv4 (IPv4 addresses), Icmpv6 is ICMPv6 (IPv6 addresses); Other is any
  /// protocol but TCP, UDP, ICMP and ICMPv6.
  bulkhead::Proto proto = bulkhead::Proto::Tcp;
  std::uint16_t local_port = 0;   ///< TCP and UDP
  std::uint16_t remote_port = 0;  ///< TCP and UDP
  std::uint8_t icmp_type = 0;     ///< ICMP and ICMPv6: the message type
};

/// Parses a PowerShell script rendered by `--target windows` (install or uninstall).
std::optional<Firewall> parse_powershell(std::string_view script, std::string* error);
/// Parses a batch file rendered by `--target windows-netsh` (install or uninstall).
std::optional<Firewall> parse_netsh(std::string_view script, std::string* error);

/// Whether a rule matches a connection.
bool matches(const Rule& r, const Connection& c);
/// Windows' verdict: any Block wins, then any Allow, then the default.
bool permits(const Firewall& fw, const Connection& c);

}  // namespace bulkhead::testing::win
