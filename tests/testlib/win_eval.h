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
//
// A real machine is not empty: Machine models the enabled Allow rules Windows and its
// roles ship (File and Printer Sharing, Remote Desktop, WinRM, Core Networking, the AD DS
// role, Delivery Optimization), installers' "any port" rules, a third-party Allow Any rule,
// and a Group Policy that discards locally added rules ("Apply local firewall rules: No").
// apply() says what the host enforces once a script has run there, or that the script's
// own check of the active store stopped it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/ip.h"
#include "base/service_key.h"
#include "targets/windows/firewall.h"

namespace bulkhead::testing::win {

// The rule model and Windows' matching are the product's (targets/windows/firewall.h),
// shared with `status --windows-export`; the script parsers and the machine fixtures below
// are the tests'.
using targets::windows::fw::Act;
using targets::windows::fw::AddrRange;
using targets::windows::fw::Connection;
using targets::windows::fw::Dir;
using targets::windows::fw::matches;
using targets::windows::fw::PortRange;
using targets::windows::fw::Proto;
using targets::windows::fw::Rule;

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
  /// The script reads the active store back after applying and fails when a profile is
  /// off, has other default actions than it set, or discards local rules
  /// (AllowLocalFirewallRules False / LocalFirewallRules Disable).
  bool checks_profiles = false;
  bool checks_local_rules = false;
  /// PowerShell only: the number of bulkhead rules the script expects in the active store.
  std::optional<std::size_t> checks_rule_count;
  /// The default actions the check expects (must be those the script sets).
  Act check_in = Act::Block;
  Act check_out = Act::Allow;
  /// A run keeps each rule already present under its DisplayName (its identity, which
  /// every rule's -Name / netsh name carries), adds only the missing ones, and removes the
  /// earlier run's other rules after all additions.
  bool keeps_by_identity = false;
  /// Uninstall: restores the profile settings saved before bulkhead's first run; the
  /// profile fields above are then the fallback (Windows' defaults) used when none were saved.
  bool restores_saved_profiles = false;
  bool saves_profiles = false;  ///< install: saves the profile settings on the first run
  /// PowerShell install: arms the rollback task when run interactively, and refuses to cut
  /// an established admin session (the $sessions table below) unless -Force.
  bool arms_rollback = false;
  struct Session {
    std::uint16_t port = 0;
    std::vector<AddrRange> local;
    std::vector<AddrRange> remote;  ///< the addresses the new rules admit to that port
  };
  std::vector<Session> sessions;
};

/// A Windows machine before bulkhead's script runs.
struct Machine {
  std::vector<Rule> rules;          ///< enabled rules of Windows, roles and applications
  bool local_rules_allowed = true;  ///< false: a GPO sets AllowLocalFirewallRules False
};

/// The enabled Allow rules a Windows Server with the AD DS role, Remote Desktop and WinRM
/// enabled ships with (their real protocols, ports and remote address Any), in both
/// directions: File and Printer Sharing (SMB, NetBIOS, echo), Remote Desktop (TCP/UDP
/// 3389), WinRM HTTP-In (5985), Core Networking (DHCP, DHCPv6, ICMPv6 ND/MLD/errors, IGMP,
/// IPv6 over IPv4, DNS out, Teredo, IPHTTPS), AD DS (LDAP 389 TCP/UDP, LDAPS 636, global
/// catalog 3268-3269, Kerberos 88 TCP/UDP, kpasswd 464, RPC endpoint mapper 135 and the
/// dynamic RPC ports 49152-65535, NTP, DNS server 53), Delivery Optimization (7680).
std::vector<Rule> builtin_rules();
/// builtin_rules() plus, chosen by `seed`, an "Allow Any protocol, any port, any remote"
/// rule (both directions, or none) and a few installers' TCP or UDP "any port" rules.
Machine typical_machine(std::uint64_t seed);

/// The outcome of running a script on a machine.
struct Applied {
  bool failed_loudly = false;  ///< the script's own check threw / exited non-zero
  Firewall effective;          ///< what the host enforces afterwards
};
/// Runs a parsed script on a machine: its rules join the machine's (unless a GPO discards
/// local rules, in which case the script fails loudly if it checks for that).
Applied apply(const Firewall& script, const Machine& m);

/// Parses a PowerShell script rendered by `--target windows` (install or uninstall).
std::optional<Firewall> parse_powershell(std::string_view script, std::string* error);
/// Parses a batch file rendered by `--target windows-netsh` (install or uninstall).
std::optional<Firewall> parse_netsh(std::string_view script, std::string* error);

/// Windows' verdict: any Block wins, then any Allow, then the default (fw::permits).
bool permits(const Firewall& fw, const Connection& c);

}  // namespace bulkhead::testing::win
