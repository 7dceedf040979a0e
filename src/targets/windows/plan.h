// The Windows Firewall plan of one host: the rules and profile settings that make Windows'
// own semantics (no rule order; any matching Block beats every Allow; an Allow beats the
// profile default) enforce exactly the Decision's verdicts at the host's two points.
// Both renderers (PowerShell and netsh) print the same plan.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/addr_set.h"
#include "base/diagnostics.h"
#include "base/interval_set.h"
#include "decision/decision.h"

namespace bulkhead::targets::windows {

enum class Direction : std::uint8_t { Inbound, Outbound };
enum class Action : std::uint8_t { Block, Allow };
/// The protocol of one Windows rule. `Any` also covers TCP, UDP, ICMP and ICMPv6; `Number`
/// is one IP protocol number of the "other" block (`-Protocol 47`), held in `ports`.
enum class Protocol : std::uint8_t { Tcp, Udp, Icmpv4, Icmpv6, Any, Number };

/// At most this many address entries (single, subnet or range) per rule, in each of
/// RemoteAddress and LocalAddress. Windows has been reported to refuse scopes past 1,000
/// entries (MichaelApproved/powershell-block-windows-attack#1); bulkhead stays at it.
constexpr std::size_t kMaxAddressEntries = 1000;
/// At most this many port entries (or ICMP types, counted one by one) per rule. No limit
/// is documented; bulkhead keeps lists short so that every rule also fits one cmd.exe
/// line in the netsh form.
constexpr std::size_t kMaxPortEntries = 200;

/// One Windows Firewall rule, before quoting.
struct WinRule {
  Direction dir = Direction::Inbound;
  Action action = Action::Block;
  Protocol proto = Protocol::Any;
  /// Local (inbound) or remote (outbound) ports of a TCP or UDP rule, the message types
  /// of an ICMPv4 or ICMPv6 rule, or the one protocol number of a Number rule; empty =
  /// every port (type).
  IntervalSet<std::uint32_t> ports;
  AddrSet remote;                       ///< AddrSet::all() = any
  std::optional<AddrSet> local;         ///< nullopt = any local address (listed or not)
  std::vector<std::uint32_t> deciders;  ///< the policy rules behind it, sorted; kNoRule = a default
  int number = 0;                       ///< 1-based, per direction, in output order
};

/// One direction of a host.
struct DirectionPlan {
  policy::DefaultAction fallback = policy::DefaultAction::Deny;  ///< the profile default
  std::vector<WinRule> rules;
};

/// Everything rendered for one host.
struct HostPlan {
  std::uint32_t host = 0;
  bool audit = false;  ///< every point of the host is in audit mode
  DirectionPlan in;
  DirectionPlan out;
  bool log_blocked = false;
  bool log_allowed = false;
  std::vector<std::uint32_t> log_blocked_rules;  ///< policy rules that want blocks logged
  std::vector<std::uint32_t> log_allowed_rules;  ///< policy rules that want allows logged
  std::vector<std::string> notes;
  /// What the host needs on its link that the script blocks for its unlisted addresses
  /// ("IPv6 neighbour discovery (icmpv6/133-136) from fe80::/10", "DHCP (udp/67-68)", ...).
  std::vector<std::string> blocked_essentials;
};

/// The pseudo local class of a host's addresses the inventory does not list (link-local,
/// multicast, broadcast, 0.0.0.0): the whole address space minus the listed addresses.
constexpr std::uint32_t kUnlistedClass = 0xfffffffeu;

/// Compiles one managed host. `mode` overrides the policy's enforcement mode.
/// O(L · C · (S + R)) for L local classes (the host's, plus its unlisted addresses), C
/// classes, S segments and R rules, plus sorting.
std::optional<HostPlan> plan_host(const decision::Decision& d, std::uint32_t host,
                                  std::optional<policy::Enforcement> mode, Diagnostics& diags);

/// A tier map from the rules that match a pair: per piece of the service space, the
/// strongest tier and, among its rules, the lowest id (as Decision::tiers computes it).
decision::TierMap tier_map_of(const decision::Decision& d, const std::vector<std::uint32_t>& rules);
/// Whether policy rule `r` wants logging for any of `keys` (resolving `log: auto` per service).
bool rule_wants_log(const policy::Model& m, std::uint32_t r, const ServiceSet& keys);
/// The ATT&CK technique IDs of rule `r`'s catalog services that touch `keys` (sorted).
std::vector<std::string> rule_attack_ids(const policy::Model& m, std::uint32_t r,
                                         const ServiceSet& keys);
/// The service keys a rule covers exactly (its protocol and ports or ICMP types).
ServiceSet rule_keys(const WinRule& r);

}  // namespace bulkhead::targets::windows
