// The two native forms of a host plan: a PowerShell script (NetSecurity module) and a
// netsh advfirewall batch file, each with an uninstall counterpart.
#pragma once

#include <string>
#include <string_view>

#include "targets/windows/plan.h"
#include "targets/windows/text.h"

namespace bulkhead::targets::windows {

/// The part of a PowerShell script that depends on the plan (rules and profile settings);
/// two hosts with equal bodies can share one script.
std::string powershell_body(const decision::Decision& d, const HostPlan& plan);
/// A complete, idempotent PowerShell script for a plan.
std::string powershell_script(const decision::Decision& d, const HostPlan& plan,
                              const ScriptSubject& subject);
/// The PowerShell script that removes bulkhead's rules and restores Windows' defaults.
std::string powershell_uninstall(const decision::Decision& d);

/// One `New-NetFirewallRule` command for a planned rule (no trailing newline), with its
/// identity as -Name and -DisplayName. `session` is inserted before the rule's arguments,
/// e.g. "-GPOSession $gpo " for the GPO form; `display_name` and `description` are the
/// -DisplayName and -Description values as written (e.g. "$n", "$d"), or empty for the
/// quoted text itself.
std::string new_rule_command(const decision::Decision& d, std::uint32_t host, const WinRule& r,
                             std::string_view session, std::string_view display_name,
                             std::string_view description);

/// The plan-dependent part of a netsh batch file.
std::string netsh_body(const decision::Decision& d, const HostPlan& plan);
/// A complete netsh batch file (.cmd) for a plan.
std::string netsh_script(const decision::Decision& d, const HostPlan& plan,
                         const ScriptSubject& subject);
/// The netsh batch file that removes bulkhead's rules and restores Windows' defaults.
std::string netsh_uninstall(const decision::Decision& d);

}  // namespace bulkhead::targets::windows
