// Windows Defender Firewall as a machine holds it: the rule model shared by the script
// evaluator of the tests, the importer of a machine's exported active store
// (import_export.h) and the comparisons of `status --windows-export` (drift.h,
// effective.h), and Windows' semantics over it.
//
// Windows evaluates the enabled rules of the current profile without order: a connection
// that matches any Block rule is dropped; otherwise one that matches any Allow rule passes;
// otherwise the profile's default action decides. A rule matches when its direction,
// protocol, ports (or ICMP types) and local and remote addresses all match.
//
// A rule read from a machine may also name what a connection alone does not show: the
// program or service that owns the socket, address keywords (LocalSubnet, DNS, ...), port
// keywords (RPC, Teredo, ...) and ICMP type:code pairs. resolve() reads such a rule
// conservatively, so that an opening is never missed: an Allow is taken to match whatever
// it might match (a program filter as "when that program listens", a keyword as its widest
// reading), and a Block only what it surely matches (a Block with a program, service or
// package filter is not relied on at all). docs/targets/windows.md lists the mapping.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/addr_set.h"
#include "base/interval_set.h"
#include "base/ip.h"
#include "base/service_key.h"

namespace bulkhead::targets::windows::fw {

enum class Dir : std::uint8_t { In, Out };
enum class Act : std::uint8_t { Allow, Block };
/// Number: a rule over one IP protocol number (`-Protocol 47`, `protocol=47`).
enum class Proto : std::uint8_t { Tcp, Udp, Icmpv4, Icmpv6, Any, Number };

/// The three profiles, as bits of Rule::profiles.
inline constexpr std::uint8_t kDomain = 1;
inline constexpr std::uint8_t kPrivate = 2;
inline constexpr std::uint8_t kPublic = 4;
inline constexpr std::uint8_t kAnyProfile = kDomain | kPrivate | kPublic;
/// "Domain", "Private", "Public" by bit index.
inline constexpr std::string_view kProfileNames[3] = {"Domain", "Private", "Public"};
/// "Domain, Private" (or "Any" for all three).
std::string profiles_text(std::uint8_t profiles);

/// Where a rule of the active store comes from (its PolicyStoreSourceType). Local rules
/// are the ones a Group Policy's "Apply local firewall rules: No" (AllowLocalFirewallRules
/// False) discards; the others stay.
enum class Source : std::uint8_t { Local, GroupPolicy, Mdm, Dynamic, Generated, Hardcoded, None };
std::string_view source_name(Source s);

/// Address keywords Windows resolves on the machine (-RemoteAddress LocalSubnet, ...).
enum class AddrKeyword : std::uint8_t {
  LocalSubnet,
  Dns,
  Dhcp,
  Wins,
  DefaultGateway,
  Internet,
  Intranet,
  IntranetRemoteAccess,
  RemoteCorpNetwork,
  PlayToDevice,
  CaptivePortal,
};
std::string_view keyword_name(AddrKeyword k);
std::optional<AddrKeyword> parse_addr_keyword(std::string_view text);  ///< case-insensitive

/// Port keywords (-LocalPort RPC, ...): ports the machine assigns at run time.
enum class PortKeyword : std::uint8_t {
  Rpc,
  RpcEpmap,
  IphttpsIn,
  IphttpsOut,
  Teredo,
  PlayToDiscovery,
  Mdns,
};
std::string_view keyword_name(PortKeyword k);
std::optional<PortKeyword> parse_port_keyword(std::string_view text);  ///< case-insensitive

struct AddrRange {
  Family family = Family::V4;
  u128 lo = 0;
  u128 hi = 0;
};

struct PortRange {
  std::uint32_t lo = 0;
  std::uint32_t hi = 0;
};

/// An ICMP entry that names a code too ("3:4"): it matches only that code of the type.
struct IcmpTypeCode {
  std::uint8_t type = 0;
  std::uint8_t code = 0;
};

struct Rule {
  std::string name;  ///< DisplayName (PowerShell, export) or name (netsh)
  std::string description;
  Dir dir = Dir::In;
  Act action = Act::Allow;
  Proto proto = Proto::Any;
  std::uint8_t protocol_number = 0;     ///< Proto::Number only
  std::vector<PortRange> local_ports;   ///< empty (and no keyword) = any
  std::vector<PortRange> remote_ports;  ///< empty (and no keyword) = any
  std::vector<PortRange> icmp_types;    ///< ICMPv4/ICMPv6 rules: message types; empty = any
  std::vector<AddrRange> local;         ///< empty (and no keyword) = any
  std::vector<AddrRange> remote;        ///< empty (and no keyword) = any

  // What a machine's export adds; a rule a script creates has these defaults.
  std::string id;     ///< Name: the rule's unique ID in its store
  std::string group;  ///< Group; empty = none
  bool enabled = true;
  std::uint8_t profiles = kAnyProfile;
  Source source = Source::Local;
  std::string program;  ///< Program filter; empty = any ("System" is the kernel)
  std::string package;  ///< AppContainer package filter; empty = any
  std::string service;  ///< Service filter; empty = any ("*" = any service)
  std::vector<AddrKeyword> local_keywords;
  std::vector<AddrKeyword> remote_keywords;
  std::vector<PortKeyword> local_port_keywords;
  std::vector<PortKeyword> remote_port_keywords;
  std::vector<IcmpTypeCode> icmp_codes;  ///< ICMP entries with a code, beside icmp_types

  /// Whether the rule names anything resolve() has to read (a filter, a keyword, a code).
  bool needs_resolution() const;
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
  std::uint8_t ip_protocol = 0;   ///< Other: the IP protocol number (never 1, 6, 17, 58)
};

/// Whether a rule matches a connection. The rule must not need resolution (resolve()
/// first); `enabled` and `profiles` are the caller's business.
bool matches(const Rule& r, const Connection& c);
/// Windows' verdict over a profile's rules: any matching enabled Block wins, then any
/// matching enabled Allow, then the default.
bool permits(const std::vector<Rule>& rules, bool default_allow, const Connection& c);

/// What keywords refer to on the machine: the prefixes of its interface addresses
/// (LocalSubnet), when the export has them.
struct HostFacts {
  bool subnets_known = false;
  std::vector<AddrRange> subnets;
};

/// A rule made concrete by the conservative reading.
struct Resolved {
  Rule rule;              ///< needs no resolution
  std::string condition;  ///< "" when exact, else what the reading assumed
};

/// The conservative reading of a rule (see the file comment): an Allow as wide as it might
/// be, a Block as narrow as it surely is. nullopt when the rule is not relied on (a Block
/// with a program, service or package filter) or surely matches nothing.
std::optional<Resolved> resolve(const Rule& r, const HostFacts& facts);

/// The ports a port keyword stands for under each reading (docs/targets/windows.md).
std::vector<PortRange> keyword_ports(PortKeyword k, Act reading);

/// "10.0.0.0/8", "10.0.0.5-10.0.0.9", "fe80::1".
std::string range_text(const AddrRange& r);
/// A rule's content in one line: "inbound Block TCP local port 445 remote 10.0.0.0/8,
/// 10.2.0.0/16 (+3 more)".
std::string describe(const Rule& r);
/// "TCP", "UDP", "ICMPv4", "ICMPv6", "Any", or the protocol number.
std::string proto_text(const Rule& r);

/// The union of a rule's port (or ICMP type) ranges.
IntervalSet<std::uint32_t> port_set(const std::vector<PortRange>& ranges);
/// The union of a rule's address ranges, per family.
AddrSet addr_set(const std::vector<AddrRange>& ranges);

}  // namespace bulkhead::targets::windows::fw
