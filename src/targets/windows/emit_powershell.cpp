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

const char* kPreamble = R"ps([CmdletBinding(SupportsShouldProcess)]
param([switch]$Commit, [switch]$Uninstall, [switch]$NoRollback, [int]$RollbackMinutes = 5, [switch]$Force)
$ErrorActionPreference = 'Stop'
Import-Module NetSecurity
)ps";

// bulkhead's state directory on the host, readable and writable by Administrators and
// SYSTEM only: the rollback task runs a script from it as SYSTEM, so no other user may
// write there (ProgramData lets users create files by default). The SIDs are those of
// BUILTIN\Administrators and SYSTEM, independent of the display language.
const char* kStateDir =
    R"ps($bh = Join-Path $env:ProgramData 'bulkhead'
if (-not $WhatIfPreference) {
  $null = New-Item -ItemType Directory -Force -Path $bh
  $null = & icacls.exe $bh /inheritance:r /grant:r '*S-1-5-32-544:(OI)(CI)F' '*S-1-5-18:(OI)(CI)F'
  if ($LASTEXITCODE -ne 0) { throw "bulkhead: cannot restrict the access of $bh (icacls exit $LASTEXITCODE)" }
}
)ps";

// Every rule bulkhead manages, by identity (DisplayName), whichever form created it: the
// PowerShell and GPO forms' group 'bulkhead', the identity names both forms give, and the
// names 'bulkhead' / 'bulkhead-new' of earlier netsh versions.
const char* kCollectOld =
    R"ps($have = @{}
foreach ($r in @(Get-NetFirewallRule -Group 'bulkhead' -ErrorAction SilentlyContinue) + @(Get-NetFirewallRule -DisplayName 'bulkhead *', 'bulkhead', 'bulkhead-new' -ErrorAction SilentlyContinue)) { $have[$r.Name] = $r }
$byDisplay = @{}
foreach ($r in $have.Values) { if ($byDisplay.ContainsKey($r.DisplayName)) { $byDisplay[$r.DisplayName] += $r } else { $byDisplay[$r.DisplayName] = @($r) } }
)ps";

// The restore used by -Uninstall and by the rollback task when no rule set was ever
// confirmed: the profile settings saved before bulkhead's first run (Windows' defaults
// when none were saved), then every rule bulkhead manages is removed.
const char* kRestoreFunction =
    R"ps(function Restore-Before {
  $before = Join-Path $bh 'profiles-before.txt'
  if (Test-Path $before) {
    if ($PSCmdlet.ShouldProcess('profiles Domain, Private, Public', 'Set-NetFirewallProfile (the settings saved before bulkhead)')) {
      foreach ($l in @(Get-Content $before)) { $n, $k, $v = $l.Split(' ', 3); $a = @{ Profile = $n }; $a[$k] = $v; Set-NetFirewallProfile @a }
    }
  } elseif ($PSCmdlet.ShouldProcess('profiles Domain, Private, Public', "Set-NetFirewallProfile (Windows' defaults: no saved settings)")) {
    Set-NetFirewallProfile -Profile Domain,Private,Public -Enabled True -DefaultInboundAction Block -DefaultOutboundAction Allow -LogBlocked False -LogAllowed False -LogFileName '%SystemRoot%\System32\LogFiles\Firewall\pfirewall.log' -LogMaxSizeKilobytes 4096
  }
  if ($have.Count -gt 0 -and $PSCmdlet.ShouldProcess("$($have.Count) bulkhead rules", 'Remove-NetFirewallRule')) {
    $have.Values | Remove-NetFirewallRule
  }
  if (-not $WhatIfPreference) {
    Remove-Item -Force -ErrorAction SilentlyContinue -Path $before, (Join-Path $bh 'rules.txt'), (Join-Path $bh 'confirmed.ps1'), (Join-Path $bh 'pending.ps1')
    Unregister-ScheduledTask -TaskName 'bulkhead-rollback' -Confirm:$false -ErrorAction SilentlyContinue
  }
}
)ps";

// -Commit keeps the rule set this script applied: the rollback task is removed and the
// script becomes the confirmed one a later rollback returns to. It changes no rule.
// -Uninstall restores the state before bulkhead.
const char* kCommit =
    R"ps(if ($Commit) {
  Unregister-ScheduledTask -TaskName 'bulkhead-rollback' -Confirm:$false -ErrorAction SilentlyContinue
  $pending = Join-Path $bh 'pending.ps1'
  if (-not (Test-Path $pending)) { throw 'bulkhead: nothing to confirm (no pending rule set)' }
  Move-Item -Force -Path $pending -Destination (Join-Path $bh 'confirmed.ps1')
  Write-Host 'bulkhead: confirmed; the rollback task is removed'
  return
}
if ($Uninstall) { Restore-Before; return }
)ps";

// Addresses in ranges, for the session check: every entry is 'first-last' of one family.
const char* kRangeFunctions =
    R"ps(function Compare-Bytes([byte[]]$a, [byte[]]$b) { for ($i = 0; $i -lt $a.Length; $i++) { if ($a[$i] -ne $b[$i]) { return [int]$a[$i] - [int]$b[$i] } }; return 0 }
function Test-InRanges([string]$ip, [string[]]$ranges) {
  $x = [System.Net.IPAddress]::Parse($ip).GetAddressBytes()
  foreach ($e in $ranges) {
    $lo, $hi = $e.Split('-')
    $l = [System.Net.IPAddress]::Parse($lo).GetAddressBytes()
    $h = [System.Net.IPAddress]::Parse($hi).GetAddressBytes()
    if ($l.Length -eq $x.Length -and (Compare-Bytes $x $l) -ge 0 -and (Compare-Bytes $x $h) -le 0) { return $true }
  }
  return $false
}
)ps";

// Refuses to cut the remote session the script runs in: every established connection to
// the host's RDP (3389), WinRM (5985, 5986) or SSH (22) port must come from an address
// the new rules admit to that local address and port ($sessions, computed from the plan).
const char* kSessionCheck =
    R"ps(if (-not $Force) {
  $cut = @()
  foreach ($c in @(Get-NetTCPConnection -State Established -LocalPort 22, 3389, 5985, 5986 -ErrorAction SilentlyContinue)) {
    $la = "$($c.LocalAddress)" -replace '^::ffff:(?=\d+\.)', ''
    $ra = "$($c.RemoteAddress)" -replace '^::ffff:(?=\d+\.)', ''
    if ($ra -match '^(127\.|::1$)') { continue }
    foreach ($s in $sessions) {
      if ($s.Port -eq $c.LocalPort -and (Test-InRanges $la $s.Local) -and -not (Test-InRanges $ra $s.Remote)) { $cut += "from $ra to $la port $($c.LocalPort)" }
    }
  }
  if ($cut.Count -gt 0) { throw "bulkhead: refusing to apply: the new rules would cut the remote session(s) $($cut -join ', '); run it from an admitted address, or add -Force" }
}
)ps";

// The profile settings before bulkhead's first run, for -Uninstall and rollback.
const char* kSaveBefore =
    R"ps($before = Join-Path $bh 'profiles-before.txt'
if (-not $WhatIfPreference -and -not (Test-Path $before)) {
  $lines = foreach ($p in @(Get-NetFirewallProfile -PolicyStore PersistentStore)) { foreach ($s in 'Enabled', 'DefaultInboundAction', 'DefaultOutboundAction', 'LogBlocked', 'LogAllowed', 'LogFileName', 'LogMaxSizeKilobytes') { "$($p.Name) $s $($p.$s)" } }
  Set-Content -Path $before -Value $lines -Encoding ASCII
}
)ps";

// The rollback safety net: run interactively (an administrator's console, RDP or WinRM
// session), the script arms a scheduled task that returns the host to the last confirmed
// rule set (or to the state before bulkhead) unless -Commit is run in time. Unattended
// runs (Group Policy startup scripts, Intune: not interactive) and -NoRollback confirm at
// once.
const char* kArmRollback =
    R"ps($arm = -not $WhatIfPreference -and -not $NoRollback -and [Environment]::UserInteractive
if ($arm -and -not $PSCommandPath) { throw 'bulkhead: run this script from its file (the rollback task keeps a copy of it), or add -NoRollback' }
if ($arm) {
  Copy-Item -Force -Path $PSCommandPath -Destination (Join-Path $bh 'pending.ps1')
  Set-Content -Path (Join-Path $bh 'rollback.ps1') -Encoding ASCII -Value @(
    '$bh = Join-Path $env:ProgramData ''bulkhead'''
    'Unregister-ScheduledTask -TaskName ''bulkhead-rollback'' -Confirm:$false -ErrorAction SilentlyContinue'
    'if (Test-Path (Join-Path $bh ''confirmed.ps1'')) { & (Join-Path $bh ''confirmed.ps1'') -NoRollback -Force } else { & (Join-Path $bh ''pending.ps1'') -Uninstall }'
    'Remove-Item -Force -ErrorAction SilentlyContinue -Path (Join-Path $bh ''pending.ps1'')'
  )
  $action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument "-NoProfile -ExecutionPolicy Bypass -File `"$(Join-Path $bh 'rollback.ps1')`""
  $trigger = New-ScheduledTaskTrigger -Once -At (Get-Date).AddMinutes($RollbackMinutes)
  $null = Register-ScheduledTask -TaskName 'bulkhead-rollback' -Action $action -Trigger $trigger -User 'SYSTEM' -RunLevel Highest -Force
}
)ps";

// After a successful run: the list of bulkhead's rules (read by the netsh form to remove
// what it no longer renders), and the confirmation or the reminder.
const char* kFinish =
    R"ps(if (-not $WhatIfPreference) {
  Set-Content -Path (Join-Path $bh 'rules.txt') -Value @($wanted.Keys | Sort-Object) -Encoding ASCII
  if ($arm) {
    Write-Host "bulkhead: applied. Confirm within $RollbackMinutes minutes with: & '$PSCommandPath' -Commit  (otherwise the task bulkhead-rollback restores the previous rules)"
  } elseif ($PSCommandPath -and $PSCommandPath -ne (Join-Path $bh 'confirmed.ps1')) {
    Copy-Item -Force -Path $PSCommandPath -Destination (Join-Path $bh 'confirmed.ps1')
  }
}
)ps";

// Records a wanted rule; true when it must be added (and -WhatIf/-Confirm allow it). A
// rule already present under its identity is kept (its description refreshed when the
// policy's text moved).
const char* kTestNew =
    R"ps($wanted = @{}
function Test-New([string]$n, [string]$d) {
  $wanted[$n] = $true
  if (-not $byDisplay.ContainsKey($n)) { return $PSCmdlet.ShouldProcess($n, 'New-NetFirewallRule') }
  foreach ($r in $byDisplay[$n]) { if ($r.Description -ne $d -and $PSCmdlet.ShouldProcess($n, 'Set-NetFirewallRule -Description')) { Set-NetFirewallRule -Name $r.Name -Description $d } }
  return $false
}
)ps";

const char* kRemoveOld =
    R"ps($obsolete = @($have.Values | Where-Object { -not $wanted.ContainsKey($_.DisplayName) })
if ($obsolete.Count -gt 0 -and $PSCmdlet.ShouldProcess("$($obsolete.Count) rules of an earlier bulkhead run", 'Remove-NetFirewallRule')) {
  $obsolete | Remove-NetFirewallRule
}
)ps";

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

/// One rule: its description in $d (set only when it differs from the previous rule's,
/// which the per-number rules share), its DisplayName in $n, then added unless present
/// under its identity.
std::string rule_block(const decision::Decision& d, std::uint32_t host, const WinRule& r,
                       std::string* last_description) {
  std::string out;
  std::string description = ps_quote(rule_description(d, host, r));
  if (description != *last_description) {
    out = fmt::format("  $d = {}\n", description);
    *last_description = std::move(description);
  }
  return out + fmt::format("  if (Test-New ($n = {}) $d) {{\n    {}\n  }}\n",
                           ps_quote(rule_display_name(d, r)),
                           new_rule_command(d, host, r, "", "$n", "$d"));
}

/// The addresses each admin port (SSH 22, RDP 3389, WinRM 5985 and 5986) admits after the
/// plan, per region of local addresses, as the $sessions table the session check reads.
/// Exact for the plan: the regions are the atoms of the rules' local address sets, and a
/// remote is admitted when no Block rule and some Allow rule (or an Allow default) covers
/// TCP to that port.
std::string session_table(const HostPlan& plan) {
  std::vector<AddrSet> atoms = {AddrSet::all()};
  for (const WinRule& r : plan.in.rules) {
    if (!r.local) continue;
    std::vector<AddrSet> next;
    for (const AddrSet& a : atoms) {
      for (const AddrSet& part : {a.intersect(*r.local), a.subtract(*r.local)})
        if (!part.empty()) next.push_back(part);
    }
    atoms = std::move(next);
  }
  auto ranges = [](const AddrSet& s) {
    std::vector<std::string> out;
    for (Family f : {Family::V4, Family::V6})
      for (const auto& iv : s.of(f).intervals())
        out.push_back(ps_quote(format_addr(f, iv.lo) + "-" + format_addr(f, iv.hi)));
    return out.empty() ? std::string("@()") : fmt::format("@({})", fmt::join(out, ", "));
  };
  std::string out = "$sessions = @(\n";
  for (std::uint32_t port : {22u, 3389u, 5985u, 5986u}) {
    for (const AddrSet& atom : atoms) {
      AddrSet allowed =
          plan.in.fallback == policy::DefaultAction::Allow ? AddrSet::all() : AddrSet{};
      AddrSet blocked;
      for (const WinRule& r : plan.in.rules) {
        bool proto = r.proto == Protocol::Tcp || r.proto == Protocol::Any;
        bool ports = r.proto == Protocol::Any || r.ports.empty() || r.ports.contains(port);
        bool local = !r.local || !r.local->intersect(atom).empty();
        if (!proto || !ports || !local) continue;
        (r.action == Action::Block ? blocked : allowed) =
            (r.action == Action::Block ? blocked : allowed).unite(r.remote);
      }
      out += fmt::format("  @{{ Port = {}; Local = {}; Remote = {} }}\n", port, ranges(atom),
                         ranges(allowed.subtract(blocked)));
    }
  }
  return out + ")\n";
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
      "  $active = @(Get-NetFirewallRule -PolicyStore ActiveStore -DisplayName 'bulkhead *' "
      "-ErrorAction SilentlyContinue | Where-Object { $wanted.ContainsKey($_.DisplayName) } | "
      "ForEach-Object { $_.DisplayName } | Sort-Object -Unique).Count",
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
                             std::string_view session, std::string_view display_name,
                             std::string_view description) {
  bool in = r.dir == Direction::Inbound;
  std::string cmd = fmt::format(
      "$null = New-NetFirewallRule {}-Name {} -Group 'bulkhead' -DisplayName {} -Direction {} "
      "-Action {} -Protocol {}",
      session, ps_quote(rule_id_name(d, r)),
      display_name.empty() ? ps_quote(rule_display_name(d, r)) : std::string(display_name),
      in ? "Inbound" : "Outbound", r.action == Action::Block ? "Block" : "Allow",
      protocol_value(r));
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
  cmd += " -Profile Any -Description ";
  cmd += description.empty() ? ps_quote(rule_description(d, host, r)) : std::string(description);
  return cmd;
}

std::string powershell_body(const decision::Decision& d, const HostPlan& plan) {
  std::string out = session_table(plan);
  out += kSessionCheck;
  out += kSaveBefore;
  out += kArmRollback;
  out += kTestNew;
  out += "try {\n";
  std::string last_description;
  for (const DirectionPlan* dp : {&plan.in, &plan.out}) {
    bool in = dp == &plan.in;
    out += fmt::format("  # {} rules (profile default {})\n", in ? "Inbound" : "Outbound",
                       action_word(dp->fallback));
    for (const WinRule& r : dp->rules) out += rule_block(d, plan.host, r, &last_description);
  }
  out += R"(} catch {
  # Undo this run's additions; the rules of the earlier run are still in place.
  Get-NetFirewallRule -Group 'bulkhead' -ErrorAction SilentlyContinue | Where-Object { -not $have.ContainsKey($_.Name) } | Remove-NetFirewallRule
  throw
}
)";
  // Profiles between the additions and the removals: with the old rules and the new ones
  // both in place, either default leaves the host no more open than the rule set whose
  // default it is, so the host is never more open than the old policy until every new
  // rule is in, nor than the new one afterwards, and what both permit never stops.
  out += profile_block(plan.log_blocked, plan.log_allowed, action_word(plan.in.fallback),
                       action_word(plan.out.fallback), kLogMaxKb);
  out += kRemoveOld;
  out += kFinish;
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
       "Each rule's DisplayName ends in its identity (#...), a hash of what it decides and of",
       "the policy rules behind it: a rule already present under its identity is kept, the",
       "missing ones are added (group 'bulkhead'), and only when all are in place are the",
       "rules of an earlier run that this one does not keep removed. No other rule is touched.",
       "If a rule cannot be added, this run's additions are removed and the earlier rules stay.",
       "Run interactively, it first refuses to cut an RDP, WinRM or SSH session from an",
       "address the new rules do not admit (-Force overrides), and arms the scheduled task",
       "bulkhead-rollback, which restores the previous rules after -RollbackMinutes (5)",
       "unless confirmed with -Commit (-NoRollback: no task). Unattended runs (Group Policy,",
       "Intune) confirm at once. The first run saves the profile settings for -Uninstall.",
       "Then it reads the active store back and throws, naming the profile and the setting,",
       "when a profile is off or has other defaults, when a Group Policy discards local",
       "rules (AllowLocalFirewallRules False), or when rules are missing from it.",
       "Roll back: this script with -Uninstall, or bulkhead render POLICY --target windows",
       "--uninstall"});
  return comment(head) + kPreamble + "\n" + kStateDir + kCollectOld + kRestoreFunction + kCommit +
         kRangeFunctions + powershell_body(d, plan);
}

std::string powershell_uninstall(const decision::Decision& d) {
  const policy::Model& m = d.model();
  std::vector<std::string> head = {
      fmt::format("bulkhead: removes what bulkhead's Windows Defender Firewall scripts added{}",
                  m.name.empty() ? "" : fmt::format(" (policy {})", m.name)),
      "",
      "Run elevated; preview first with -WhatIf. Restores the Domain, Private and Public",
      "profile settings saved before bulkhead's first run (Windows' defaults, inbound Block,",
      "outbound Allow, no logging, 4096 KB log, when none were saved), then removes every",
      "rule bulkhead manages: the group 'bulkhead', and the rules whose DisplayName starts",
      "with 'bulkhead ' or is 'bulkhead' or 'bulkhead-new' (netsh forms). No other rule is",
      "touched. Also removes the rollback task and bulkhead's saved state."};
  return comment(head) +
         "[CmdletBinding(SupportsShouldProcess)]\nparam()\n$ErrorActionPreference = "
         "'Stop'\nImport-Module NetSecurity\n\n" +
         kStateDir + kCollectOld + kRestoreFunction + "Restore-Before\n";
}

}  // namespace bulkhead::targets::windows
