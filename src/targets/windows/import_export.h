// Reads a Windows machine's firewall state, exported as JSON by the PowerShell one-liner
// of docs/targets/windows.md ("Reading the live state back"): every rule of the active
// store joined with its port, address, application and service filters, the three
// profiles, the interface addresses and the host name.
//
// The reader takes what Windows PowerShell 5.1 really writes: UTF-8 with or without a
// byte-order mark and UTF-16LE with one (Out-File's default); one-element arrays written
// as scalars and arrays written as {"value": [...], "Count": n}; ports as "Any", "80",
// "1000-2000", keywords (RPC, RPCEPMap, ...) or lists; addresses as "Any", "10.0.0.1",
// "10.0.0.0/8", "10.0.0.0/255.0.0.0", "10.0.0.1-10.0.0.9", "fe80::/64" or keywords;
// enumerations as the names [string] gives them. Anything else is an error located at
// file:line:column, naming the rule and the field: a value bulkhead does not know is never
// skipped, since a skipped Block or a misread Allow would change every verdict after it.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "targets/windows/firewall.h"

namespace bulkhead::targets::windows {

/// One profile of the active store. NotConfigured reads as Windows' own default.
struct ProfileState {
  bool enabled = true;                   ///< NotConfigured: True
  fw::Act default_in = fw::Act::Block;   ///< NotConfigured: Block
  fw::Act default_out = fw::Act::Allow;  ///< NotConfigured: Allow
  bool allow_local_rules = true;         ///< AllowLocalFirewallRules; NotConfigured: True
};

/// One address of one of the machine's interfaces (Get-NetIPAddress).
struct InterfaceAddress {
  Addr addr;
  int prefix_length = 0;
  std::string interface;
};

struct WindowsExport {
  std::string file;
  std::string host;  ///< the computer name, when the export has it
  std::vector<fw::Rule> rules;
  std::vector<SourceLoc> rule_locs;           ///< where each rule starts in the file
  std::array<ProfileState, 3> profiles = {};  ///< Domain, Private, Public
  bool has_addresses = false;
  std::vector<InterfaceAddress> addresses;

  /// What address keywords resolve to here (LocalSubnet: the interfaces' prefixes).
  fw::HostFacts facts() const;
};

/// Reads an export. nullopt, with every error located in `diags`, when it is not one.
std::optional<WindowsExport> import_windows_export(std::string_view bytes, const std::string& file,
                                                   Diagnostics& diags);

}  // namespace bulkhead::targets::windows
