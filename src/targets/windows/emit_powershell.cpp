// The PowerShell form: one New-NetFirewallRule per planned rule in the group 'bulkhead',
// and Set-NetFirewallProfile for the defaults and logging of all three profiles.
//
// The script is idempotent and fails safe: it first notes the rules an earlier run left
// (its group, and the netsh form's rule names), adds the new rules, and only when all of
// them are in place removes the earlier ones and sets the profiles. If adding a rule
// fails, the rules this run added are removed and the earlier ones stay, so a host is
// never left half-configured. Every change sits behind $PSCmdlet.ShouldProcess, so -WhatIf
// lists what would change and -Confirm asks. Every string that comes from the policy is a
// single-quoted literal built by ps_quote; address, port and ICMP type lists are quoted
// too, so no token is left to PowerShell's argument-mode number parsing. An ICMP rule
// that covers only some message types lists them one by one with -IcmpType '135','136'
// (Windows takes no type ranges); one over every type of its family has no -IcmpType.
#include <fmt/format.h>

#include "targets/windows/emit.h"

namespace bulkhead::targets::windows {
namespace {

const char* kPreamble = R"([CmdletBinding(SupportsShouldProcess)]
param()
$ErrorActionPreference = 'Stop'
Import-Module NetSecurity
)";

// Rules of an earlier run: this form's group and the netsh form's names.
const char* kCollectOld =
    R"($old = @(Get-NetFirewallRule -Group 'bulkhead' -ErrorAction SilentlyContinue) + @(Get-NetFirewallRule -DisplayName 'bulkhead', 'bulkhead-new' -ErrorAction SilentlyContinue)
$oldNames = @($old | ForEach-Object { $_.Name })
)";

const char* kRemoveOld =
    R"(if ($old.Count -gt 0 -and $PSCmdlet.ShouldProcess("$($old.Count) rules of an earlier bulkhead run", 'Remove-NetFirewallRule')) {
  $old | Remove-NetFirewallRule
}
)";

std::string quoted_list(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& i : items) out += (out.empty() ? "" : ",") + ps_quote(i);
  return out;
}

const char* protocol_word(Protocol p) {
  switch (p) {
    case Protocol::Tcp:
      return "TCP";
    case Protocol::Udp:
      return "UDP";
    case Protocol::Icmpv4:
      return "ICMPv4";
    case Protocol::Icmpv6:
      return "ICMPv6";
    case Protocol::Any:
      return "Any";
    case Protocol::Number:
      return "";
  }
  return "Any";
}

/// -Protocol's value: a name, or the IP protocol number of a Number rule.
std::string protocol_value(const WinRule& r) {
  if (r.proto == Protocol::Number) return fmt::format("{}", r.ports.intervals().front().lo);
  return protocol_word(r.proto);
}

std::string rule_block(const decision::Decision& d, std::uint32_t host, const WinRule& r) {
  return fmt::format("  if ($PSCmdlet.ShouldProcess({}, 'New-NetFirewallRule')) {{\n    {}\n  }}\n",
                     ps_quote(rule_display_name(d, r)), new_rule_command(d, host, r, ""));
}

std::string profile_block(bool enabled_log_blocked, bool log_allowed, const char* in,
                          const char* out, int max_kb) {
  return fmt::format(
      "if ($PSCmdlet.ShouldProcess('profiles Domain, Private, Public', 'Set-NetFirewallProfile')) "
      "{{\n  Set-NetFirewallProfile -Profile Domain,Private,Public -Enabled True "
      "-DefaultInboundAction {} -DefaultOutboundAction {} -LogBlocked {} -LogAllowed {} "
      "-LogFileName {} -LogMaxSizeKilobytes {}\n}}\n",
      in, out, enabled_log_blocked ? "True" : "False", log_allowed ? "True" : "False",
      ps_quote(kLogFile), max_kb);
}

const char* action_word(policy::DefaultAction a) {
  return a == policy::DefaultAction::Allow ? "Allow" : "Block";
}

/// The accepted active-store values of a default action: NotConfigured there means
/// Windows' own default (inbound Block, outbound Allow).
std::string want_values(policy::DefaultAction a, bool inbound) {
  const bool windows_default = (a == policy::DefaultAction::Deny) == inbound;
  return fmt::format("'{}'{}", action_word(a), windows_default ? ", 'NotConfigured'" : "");
}

/// Reads the active store back after applying, and throws naming the profile and the
/// setting when the rules are not in force: a profile off or with other default actions
/// (a Group Policy overrides the local ones), a Group Policy that discards local rules
/// (AllowLocalFirewallRules False), or rules missing from the active store. Skipped under
/// -WhatIf, which changes nothing.
std::string check_block(const HostPlan& plan) {
  const std::string n = std::to_string(plan.in.rules.size() + plan.out.rules.size());
  const std::vector<std::string> lines = {
      "if (-not $WhatIfPreference) {",
      "  # Read the effective state back: a Group Policy may override the profiles or discard "
      "local rules.",
      "  $want = @{ Enabled = @('True', 'NotConfigured'); DefaultInboundAction = @(" +
          want_values(plan.in.fallback, true) + "); DefaultOutboundAction = @(" +
          want_values(plan.out.fallback, false) + ") }",
      "  $problems = @()",
      "  foreach ($p in @(Get-NetFirewallProfile -PolicyStore ActiveStore)) {",
      "    foreach ($s in $want.Keys) {",
      "      if ($want[$s] -notcontains \"$($p.$s)\") { $problems += \"profile $($p.Name): $s is "
      "$($p.$s), expected $($want[$s][0])\" }",
      "    }",
      "    if (\"$($p.AllowLocalFirewallRules)\" -eq 'False') { $problems += \"profile "
      "$($p.Name): AllowLocalFirewallRules is False, a Group Policy discards locally added "
      "rules, bulkhead's included\" }",
      "  }",
      "  $active = @(Get-NetFirewallRule -PolicyStore ActiveStore -Group 'bulkhead' "
      "-ErrorAction SilentlyContinue).Count",
      "  if ($active -ne " + n + ") { $problems += \"$active of " + n +
          " bulkhead rules are in the active store\" }",
      "  if ($problems.Count -gt 0) { throw \"bulkhead: the rules are not in force: "
      "$($problems -join '; ')\" }",
      "}",
  };
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

std::string comment(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += l.empty() ? "#\n" : "# " + ps_text(l) + "\n";
  return out;
}

}  // namespace

std::string new_rule_command(const decision::Decision& d, std::uint32_t host, const WinRule& r,
                             std::string_view session) {
  bool in = r.dir == Direction::Inbound;
  std::string cmd = fmt::format(
      "$null = New-NetFirewallRule {}-Group 'bulkhead' -DisplayName {} -Direction {} -Action {} "
      "-Protocol {}",
      session, ps_quote(rule_display_name(d, r)), in ? "Inbound" : "Outbound",
      r.action == Action::Block ? "Block" : "Allow", protocol_value(r));
  if (r.proto == Protocol::Number) {
    // The number is the protocol; a rule over it has no ports.
  } else if (!r.ports.empty() && is_icmp(r.proto)) {
    // -IcmpType takes "type" or "type:code" strings, one type each; none = every type.
    cmd += " -IcmpType " + quoted_list(icmp_type_entries(r.ports));
  } else if (!r.ports.empty()) {
    cmd +=
        fmt::format(" -{} {}", in ? "LocalPort" : "RemotePort", quoted_list(port_entries(r.ports)));
  }
  if (r.local) cmd += " -LocalAddress " + quoted_list(address_entries(*r.local));
  if (r.remote != AddrSet::all())
    cmd += " -RemoteAddress " + quoted_list(address_entries(r.remote));
  cmd += " -Profile Any -Description " + ps_quote(rule_description(d, host, r));
  return cmd;
}

std::string powershell_body(const decision::Decision& d, const HostPlan& plan) {
  std::string out = "try {\n";
  for (const DirectionPlan* dp : {&plan.in, &plan.out}) {
    bool in = dp == &plan.in;
    out += fmt::format("  # {} rules (profile default {})\n", in ? "Inbound" : "Outbound",
                       action_word(dp->fallback));
    for (const WinRule& r : dp->rules) out += rule_block(d, plan.host, r);
  }
  out += R"(} catch {
  # Undo this run's additions; the rules of the earlier run are still in place.
  Get-NetFirewallRule -Group 'bulkhead' -ErrorAction SilentlyContinue | Where-Object { $oldNames -notcontains $_.Name } | Remove-NetFirewallRule
  throw
}
)";
  out += kRemoveOld;
  out += profile_block(plan.log_blocked, plan.log_allowed, action_word(plan.in.fallback),
                       action_word(plan.out.fallback), kLogMaxKb);
  out += check_block(plan);
  return out;
}

std::string powershell_script(const decision::Decision& d, const HostPlan& plan,
                              const ScriptSubject& subject) {
  std::vector<std::string> head =
      header_lines(d, plan, subject, plan.in.rules.size(), plan.out.rules.size());
  head.insert(
      head.end(),
      {"", "Run elevated (Windows PowerShell 5.1 or PowerShell 7); preview first with -WhatIf.",
       "Adds the rules below to the group 'bulkhead', then removes the rules of an earlier",
       "run (group 'bulkhead', and rules named 'bulkhead' or 'bulkhead-new' from the netsh",
       "form) and sets the Domain, Private and Public profiles. No other rule is touched.",
       "If a rule cannot be added, this run's rules are removed and the earlier ones stay.",
       "Then it reads the active store back and throws, naming the profile and the setting,",
       "when a profile is off or has other defaults, when a Group Policy discards local",
       "rules (AllowLocalFirewallRules False), or when rules are missing from it.",
       "Roll back: bulkhead render POLICY --target windows --uninstall"});
  return comment(head) + kPreamble + "\n" + kCollectOld + powershell_body(d, plan);
}

std::string powershell_uninstall(const decision::Decision& d) {
  const policy::Model& m = d.model();
  std::vector<std::string> head = {
      fmt::format("bulkhead: removes what bulkhead's Windows Defender Firewall scripts added{}",
                  m.name.empty() ? "" : fmt::format(" (policy {})", m.name)),
      "",
      "Run elevated; preview first with -WhatIf. Restores Windows' defaults on the Domain,",
      "Private and Public profiles (inbound Block, outbound Allow, no logging, 4096 KB log),",
      "then removes every rule of the group 'bulkhead' and every rule named 'bulkhead' or",
      "'bulkhead-new' (the netsh form). No other rule is touched."};
  return comment(head) + kPreamble + "\n" +
         profile_block(false, false, "Block", "Allow", kWindowsLogMaxKb) + kCollectOld + kRemoveOld;
}

}  // namespace bulkhead::targets::windows
