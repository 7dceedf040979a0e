// Text pieces shared by the PowerShell and netsh renderers: address and port entries in
// the forms Windows accepts, quoting that no policy text can escape, rule names and
// descriptions that carry provenance, and the header comment.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "targets/windows/plan.h"

namespace bulkhead::targets::windows {

/// The rule group of bulkhead's rules in the PowerShell and GPO forms.
inline constexpr std::string_view kGroup = "bulkhead";
/// Windows' own log file (the default path, unexpanded as Windows stores it).
inline constexpr std::string_view kLogFile =
    R"(%SystemRoot%\System32\LogFiles\Firewall\pfirewall.log)";
inline constexpr int kLogMaxKb = 16384;        ///< while bulkhead's rules are installed
inline constexpr int kWindowsLogMaxKb = 4096;  ///< Windows' default, restored by uninstall

/// One address entry: "10.0.0.1", "10.0.0.0/8", "10.0.0.5-10.0.0.9" (IPv6 alike).
std::string address_entry(Family f, u128 lo, u128 hi);
/// Every entry of a set, IPv4 first, each in ascending order.
std::vector<std::string> address_entries(const AddrSet& s);
/// "445", "49152-65535".
std::vector<std::string> port_entries(const IntervalSet<std::uint32_t>& ports);
/// ICMP types one by one ("135", "136"): Windows takes single types (or type:code), no ranges.
std::vector<std::string> icmp_type_entries(const IntervalSet<std::uint32_t>& types);
/// Whether a Windows protocol is ICMPv4 or ICMPv6 (whose rule "ports" are message types).
bool is_icmp(Protocol p);

/// Policy text made safe for a PowerShell single-quoted string or comment: printable
/// ASCII only (anything else, including every line break and Unicode quote, becomes '?').
std::string ps_text(std::string_view s);
/// A PowerShell single-quoted literal: ps_text with every ' doubled.
std::string ps_quote(std::string_view s);
/// Policy text made safe for cmd.exe and netsh, inside double quotes or in a `rem`:
/// letters, digits, space and . , : / @ + # [ ] ( ) ' _ - only; anything else becomes '_'.
/// (No parenthesised blocks are used, so ( and ) are literal.)
std::string cmd_text(std::string_view s);
/// A file name stem: letters, digits, '.', '_' and '-' only, never starting with '.'.
std::string file_stem(std::string_view s);

/// A rule's stable identity: 12 hex digits of a hash of what it decides (direction,
/// action, protocol, ports or ICMP types, local and remote addresses) and of the names of
/// the policy rules behind it. Rendering an unchanged rule again gives the same identity,
/// so a re-run keeps it and replaces only what changed.
std::string rule_identity(const decision::Decision& d, const WinRule& r);
/// "bulkhead in block lateral-movement/smb #3fa9c2d1e0ab" (not yet quoted): the rule's
/// DisplayName in every form (netsh's `name=`), ending in its identity.
std::string rule_display_name(const decision::Decision& d, const WinRule& r);
/// "bulkhead-3fa9c2d1e0ab": the PowerShell and GPO forms' unique rule Name.
std::string rule_id_name(const decision::Decision& d, const WinRule& r);
/// The provenance of a rule: each deciding policy rule with file:line and ATT&CK IDs, and
/// what the rule covers. `host` names the host whose defaults a kNoRule decider means.
std::string rule_description(const decision::Decision& d, std::uint32_t host, const WinRule& r);
/// What a direction's default is and where the policy sets it, e.g.
/// "default_inbound deny (settings at p.yaml:4)".
std::string default_origin(const decision::Decision& d, std::uint32_t host, Direction dir);
/// A policy rule as "'name' (file:line)".
std::string rule_label(const decision::Decision& d, std::uint32_t r);

/// What one rendered script is for, for its header.
struct ScriptSubject {
  std::string title;                   ///< e.g. "host 'ws-hq-01'"
  std::vector<std::string> addresses;  ///< the host's addresses (empty for a group)
  std::vector<std::uint32_t> hosts;    ///< the hosts it serves
};

/// The header's lines (without comment markers): subject, defaults, rule counts, logging,
/// audit mode and the policy's files.
std::vector<std::string> header_lines(const decision::Decision& d, const HostPlan& plan,
                                      const ScriptSubject& subject, std::size_t in_rules,
                                      std::size_t out_rules);

}  // namespace bulkhead::targets::windows
