# bulkhead: Windows Defender Firewall rules for host 'fs-1' (policy tiny)
# Addresses: 10.1.0.20, 2001:db8::20
# Inbound: default Block, 260 rules. Outbound: default Allow, 2 rules.
# Profiles: Domain, Private and Public (every rule applies to all three; all three get the defaults).
# Exact on a machine with other Allow rules: everything the policy blocks here is a Block rule.
# Log blocked connections: yes (wanted by no-rdp).
# Log allowed connections: no (wanted by no rule).
# Policy files: p.yaml
#
# Run elevated (Windows PowerShell 5.1 or PowerShell 7); preview first with -WhatIf.
# Each rule's DisplayName ends in its identity (#...), a hash of what it decides and of
# the policy rules behind it: a rule already present under its identity is kept, the
# missing ones are added (group 'bulkhead'), and only when all are in place are the
# rules of an earlier run that this one does not keep removed. No other rule is touched.
# If a rule cannot be added, this run's additions are removed and the earlier rules stay.
# Run interactively, it first refuses to cut an RDP, WinRM or SSH session from an
# address the new rules do not admit (-Force overrides), and arms the scheduled task
# bulkhead-rollback, which restores the previous rules after -RollbackMinutes (5)
# unless confirmed with -Commit (-NoRollback: no task). Unattended runs (Group Policy,
# Intune) confirm at once. The first run saves the profile settings for -Uninstall.
# Then it reads the active store back and throws, naming the profile and the setting,
# when a profile is off or has other defaults, when a Group Policy discards local
# rules (AllowLocalFirewallRules False), or when rules are missing from it.
# Roll back: this script with -Uninstall, or bulkhead render POLICY --target windows
# --uninstall
[CmdletBinding(SupportsShouldProcess)]
param([switch]$Commit, [switch]$Uninstall, [switch]$NoRollback, [int]$RollbackMinutes = 5, [switch]$Force)
$ErrorActionPreference = 'Stop'
Import-Module NetSecurity

$bh = Join-Path $env:ProgramData 'bulkhead'
if (-not $WhatIfPreference) {
  $null = New-Item -ItemType Directory -Force -Path $bh
  $null = & icacls.exe $bh /inheritance:r /grant:r '*S-1-5-32-544:(OI)(CI)F' '*S-1-5-18:(OI)(CI)F'
  if ($LASTEXITCODE -ne 0) { throw "bulkhead: cannot restrict the access of $bh (icacls exit $LASTEXITCODE)" }
}
$have = @{}
foreach ($r in @(Get-NetFirewallRule -Group 'bulkhead' -ErrorAction SilentlyContinue) + @(Get-NetFirewallRule -DisplayName 'bulkhead *', 'bulkhead', 'bulkhead-new' -ErrorAction SilentlyContinue)) { $have[$r.Name] = $r }
$byDisplay = @{}
foreach ($r in $have.Values) { if ($byDisplay.ContainsKey($r.DisplayName)) { $byDisplay[$r.DisplayName] += $r } else { $byDisplay[$r.DisplayName] = @($r) } }
function Restore-Before {
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
if ($Commit) {
  Unregister-ScheduledTask -TaskName 'bulkhead-rollback' -Confirm:$false -ErrorAction SilentlyContinue
  $pending = Join-Path $bh 'pending.ps1'
  if (-not (Test-Path $pending)) { throw 'bulkhead: nothing to confirm (no pending rule set)' }
  Move-Item -Force -Path $pending -Destination (Join-Path $bh 'confirmed.ps1')
  Write-Host 'bulkhead: confirmed; the rollback task is removed'
  return
}
if ($Uninstall) { Restore-Before; return }
function Compare-Bytes([byte[]]$a, [byte[]]$b) { for ($i = 0; $i -lt $a.Length; $i++) { if ($a[$i] -ne $b[$i]) { return [int]$a[$i] - [int]$b[$i] } }; return 0 }
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
$sessions = @(
  @{ Port = 22; Local = @('0.0.0.0-255.255.255.255', '::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'); Remote = @() }
  @{ Port = 3389; Local = @('0.0.0.0-255.255.255.255', '::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'); Remote = @() }
  @{ Port = 5985; Local = @('0.0.0.0-255.255.255.255', '::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'); Remote = @() }
  @{ Port = 5986; Local = @('0.0.0.0-255.255.255.255', '::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'); Remote = @() }
)
if (-not $Force) {
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
$before = Join-Path $bh 'profiles-before.txt'
if (-not $WhatIfPreference -and -not (Test-Path $before)) {
  $lines = foreach ($p in @(Get-NetFirewallProfile -PolicyStore PersistentStore)) { foreach ($s in 'Enabled', 'DefaultInboundAction', 'DefaultOutboundAction', 'LogBlocked', 'LogAllowed', 'LogFileName', 'LogMaxSizeKilobytes') { "$($p.Name) $s $($p.$s)" } }
  Set-Content -Path $before -Value $lines -Encoding ASCII
}
$arm = -not $WhatIfPreference -and -not $NoRollback -and [Environment]::UserInteractive
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
$wanted = @{}
function Test-New([string]$n, [string]$d) {
  $wanted[$n] = $true
  if (-not $byDisplay.ContainsKey($n)) { return $PSCmdlet.ShouldProcess($n, 'New-NetFirewallRule') }
  foreach ($r in $byDisplay[$n]) { if ($r.Description -ne $d -and $PSCmdlet.ShouldProcess($n, 'Set-NetFirewallRule -Description')) { Set-NetFirewallRule -Name $r.Name -Description $d } }
  return $false
}
try {
  # Inbound rules (profile default Block)
  $d = 'Decided by deny no-rdp at p.yaml:16 [T1021.001]. Covers tcp/3389. Policy tiny.'
  if (Test-New ($n = 'bulkhead in block no-rdp #11f098662a51') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-11f098662a51' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol TCP -LocalPort '3389' -Profile Any -Description $d
  }
  $d = 'Decided by deny no-rdp at p.yaml:16 [T1021.001]. Covers udp/3389. Policy tiny.'
  if (Test-New ($n = 'bulkhead in block no-rdp #b98855c9e171') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b98855c9e171' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol UDP -LocalPort '3389' -Profile Any -Description $d
  }
  $d = 'Decided by the default default_inbound deny (the built-in settings). Covers tcp/0-444, tcp/446-3388, tcp/3390-65535. Policy tiny.'
  if (Test-New ($n = 'bulkhead in block default #4d90a5049040') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-4d90a5049040' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol TCP -LocalPort '0-444','446-3388','3390-65535' -RemoteAddress '10.1.0.10' -Profile Any -Description $d
  }
  $d = 'Decided by the default default_inbound deny (the built-in settings). Covers tcp/0-3388, tcp/3390-65535. Policy tiny.'
  if (Test-New ($n = 'bulkhead in block default #55532eeef771') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-55532eeef771' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol TCP -LocalPort '0-3388','3390-65535' -RemoteAddress '0.0.0.0-10.1.0.9','10.1.0.11-255.255.255.255','::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' -Profile Any -Description $d
  }
  $d = 'Decided by the default default_inbound deny (the built-in settings). Covers udp/0-3388, udp/3390-65535. Policy tiny.'
  if (Test-New ($n = 'bulkhead in block default #d0c3ad37085d') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-d0c3ad37085d' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol UDP -LocalPort '0-3388','3390-65535' -Profile Any -Description $d
  }
  $d = 'Decided by the default default_inbound deny (the built-in settings). Covers icmp/0-255. Policy tiny.'
  if (Test-New ($n = 'bulkhead in block default #e9fc3a72b4a8') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-e9fc3a72b4a8' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol ICMPv4 -Profile Any -Description $d
  }
  $d = 'Decided by the default default_inbound deny (the built-in settings). Covers icmpv6. Policy tiny.'
  if (Test-New ($n = 'bulkhead in block default #0ccaa1e4c50a') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-0ccaa1e4c50a' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol ICMPv6 -Profile Any -Description $d
  }
  $d = 'Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny.'
  if (Test-New ($n = 'bulkhead in block default #cc9bb842dfed') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-cc9bb842dfed' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 0 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #8c91102611c4') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-8c91102611c4' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 2 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #af6a2746e1f7') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-af6a2746e1f7' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 3 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #7d4127aeea30') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-7d4127aeea30' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 4 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #cc67077e6df0') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-cc67077e6df0' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 5 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #e6d044e2ecfc') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-e6d044e2ecfc' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 7 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #717d1893fee4') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-717d1893fee4' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 8 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #483e9499295b') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-483e9499295b' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 9 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #108883249b89') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-108883249b89' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 10 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #d2de081ae1be') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-d2de081ae1be' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 11 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #49dff554c578') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-49dff554c578' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 12 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #9b940a35ba95') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-9b940a35ba95' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 13 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #16d9c0397a65') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-16d9c0397a65' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 14 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #f0432fa2b4b7') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-f0432fa2b4b7' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 15 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #6a8d356bd350') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-6a8d356bd350' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 16 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #b5d73f2eedb4') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b5d73f2eedb4' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 18 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #0f7a1dfd5482') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-0f7a1dfd5482' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 19 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #5c904a8d5c1b') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-5c904a8d5c1b' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 20 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #a421951e0756') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-a421951e0756' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 21 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #f82cbb049882') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-f82cbb049882' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 22 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #b58fc2c7c8ad') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b58fc2c7c8ad' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 23 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #68baa575b635') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-68baa575b635' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 24 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #4f3124f05fc0') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-4f3124f05fc0' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 25 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #7e228552403c') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-7e228552403c' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 26 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #cbb939802981') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-cbb939802981' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 27 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #d6b8884101fe') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-d6b8884101fe' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 28 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #ba6e9400955d') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ba6e9400955d' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 29 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #ad40557f17b1') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ad40557f17b1' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 30 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #724374993191') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-724374993191' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 31 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #6dabc27964f8') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-6dabc27964f8' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 32 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #e713cc9f95ec') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-e713cc9f95ec' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 33 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #dc748fd67fb7') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-dc748fd67fb7' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 34 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #dfa255d31538') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-dfa255d31538' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 35 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #23ae9fa97757') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-23ae9fa97757' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 36 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #efb008e5ad98') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-efb008e5ad98' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 37 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #877e5b37f0cd') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-877e5b37f0cd' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 38 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #819b1c26d7ab') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-819b1c26d7ab' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 39 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #67730a307cfe') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-67730a307cfe' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 40 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #7d175c7475f0') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-7d175c7475f0' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 41 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #99d27596d33f') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-99d27596d33f' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 42 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #a994d1117799') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-a994d1117799' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 43 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #cf78a996afab') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-cf78a996afab' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 44 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #70696c20a9a5') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-70696c20a9a5' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 45 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #80cba561e1de') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-80cba561e1de' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 46 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #8f317e864d1c') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-8f317e864d1c' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 47 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #d2f608f319b2') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-d2f608f319b2' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 48 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #4967c5e0378c') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-4967c5e0378c' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 49 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #d59657b4546e') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-d59657b4546e' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 50 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #224ee4d03cb1') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-224ee4d03cb1' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 51 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #b8a67f72b7a6') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b8a67f72b7a6' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 52 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #c9f35575fe5b') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-c9f35575fe5b' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 53 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #2bb3e5d663e9') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-2bb3e5d663e9' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 54 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #13bd6d3b0846') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-13bd6d3b0846' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 55 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #5d9607f19ec7') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-5d9607f19ec7' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 56 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #b839b672b901') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b839b672b901' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 57 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #abee127731ad') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-abee127731ad' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 59 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #3609420a3336') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-3609420a3336' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 60 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #17a283fbb2a6') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-17a283fbb2a6' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 61 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #390b9b808593') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-390b9b808593' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 62 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #e32173d8a1f9') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-e32173d8a1f9' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 63 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #29c73a06265e') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-29c73a06265e' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 64 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #5523623fc46e') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-5523623fc46e' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 65 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #3413fc451ce6') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-3413fc451ce6' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 66 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #836dd0928f88') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-836dd0928f88' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 67 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #444e44e9e4aa') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-444e44e9e4aa' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 68 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #2155644c7cec') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-2155644c7cec' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 69 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #b453ff88d52b') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b453ff88d52b' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 70 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #143a8c8fd4ef') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-143a8c8fd4ef' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 71 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #208ccea76d6c') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-208ccea76d6c' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 72 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #47fb41d3eaa7') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-47fb41d3eaa7' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 73 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #d8397fbe5b32') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-d8397fbe5b32' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 74 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #ac9c7e2a0a66') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ac9c7e2a0a66' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 75 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #e72b685cca71') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-e72b685cca71' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 76 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #353875cc9e9f') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-353875cc9e9f' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 77 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #0775f1d9b272') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-0775f1d9b272' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 78 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #cb1542cb2f47') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-cb1542cb2f47' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 79 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #51f223864bba') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-51f223864bba' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 80 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #68debdaa17d2') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-68debdaa17d2' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 81 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #047de38f56a1') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-047de38f56a1' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 82 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #938d931ce500') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-938d931ce500' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 83 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #2c18673b3a10') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-2c18673b3a10' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 84 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #8df28c4185f4') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-8df28c4185f4' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 85 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #44b057e11544') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-44b057e11544' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 86 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #63c14fda3541') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-63c14fda3541' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 87 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #f9e3de908969') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-f9e3de908969' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 88 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #b84b92920fc7') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b84b92920fc7' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 89 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #131a9da85500') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-131a9da85500' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 90 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #f66087f63e60') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-f66087f63e60' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 91 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #a46de0a85988') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-a46de0a85988' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 92 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #5b6d0e915e26') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-5b6d0e915e26' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 93 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #e34e5a65a541') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-e34e5a65a541' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 94 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #2fafaf9d282f') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-2fafaf9d282f' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 95 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #50a2f2177141') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-50a2f2177141' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 96 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #abae350a641d') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-abae350a641d' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 97 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #1f138b8631e6') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-1f138b8631e6' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 98 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #97b573acd38f') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-97b573acd38f' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 99 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #7e30c11b2d7c') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-7e30c11b2d7c' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 100 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #fc174c3498f2') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-fc174c3498f2' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 101 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #56e56084d735') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-56e56084d735' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 102 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #65c41be70664') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-65c41be70664' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 103 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #4930ff805736') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-4930ff805736' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 104 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #b4d7416432e2') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b4d7416432e2' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 105 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #51c10fc3b7dd') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-51c10fc3b7dd' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 106 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #c16b97d202f0') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-c16b97d202f0' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 107 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #b3df9b698184') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b3df9b698184' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 108 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #901666799430') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-901666799430' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 109 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #230a16c2b5b4') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-230a16c2b5b4' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 110 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #cd61b47738af') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-cd61b47738af' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 111 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #5c714ddb58d0') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-5c714ddb58d0' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 112 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #efaba57f74b3') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-efaba57f74b3' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 113 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #b4ec8a511aa3') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b4ec8a511aa3' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 114 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #737b32eea744') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-737b32eea744' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 115 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #622a65db2d52') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-622a65db2d52' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 116 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #268ed0faa8a1') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-268ed0faa8a1' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 117 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #78c2365a1ab0') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-78c2365a1ab0' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 118 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #b0a7e8867f98') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b0a7e8867f98' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 119 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #b46c2b682272') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b46c2b682272' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 120 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #49777dfdde53') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-49777dfdde53' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 121 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #38c0ab09f185') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-38c0ab09f185' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 122 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #f7405430eed3') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-f7405430eed3' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 123 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #dc2071c539d7') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-dc2071c539d7' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 124 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #9124b7f7b448') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-9124b7f7b448' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 125 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #1050b451db6b') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-1050b451db6b' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 126 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #7f2e15bdef2a') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-7f2e15bdef2a' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 127 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #9518b50d460a') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-9518b50d460a' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 128 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #691aa4b5e87e') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-691aa4b5e87e' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 129 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #3907a3920226') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-3907a3920226' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 130 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #2ba548b7f333') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-2ba548b7f333' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 131 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #d46da66cafbe') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-d46da66cafbe' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 132 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #a30075533d77') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-a30075533d77' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 133 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #9057cd5d4394') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-9057cd5d4394' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 134 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #e7e918beb664') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-e7e918beb664' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 135 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #eb4731ba159f') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-eb4731ba159f' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 136 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #187b34cdfc96') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-187b34cdfc96' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 137 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #a125212697bb') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-a125212697bb' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 138 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #d691c7e81bf5') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-d691c7e81bf5' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 139 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #29c6a3f48739') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-29c6a3f48739' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 140 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #6e6be376ae05') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-6e6be376ae05' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 141 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #29f1e5167b11') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-29f1e5167b11' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 142 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #c6b93291f117') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-c6b93291f117' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 143 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #b65679ac3af5') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b65679ac3af5' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 144 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #25f635735fb7') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-25f635735fb7' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 145 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #d1be74370c71') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-d1be74370c71' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 146 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #90a554fba66a') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-90a554fba66a' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 147 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #d7c09746f28d') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-d7c09746f28d' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 148 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #943f4c4dd4d1') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-943f4c4dd4d1' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 149 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #eadfb37de015') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-eadfb37de015' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 150 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #4b7c3758939c') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-4b7c3758939c' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 151 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #d5c09456c95f') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-d5c09456c95f' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 152 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #5c81fa276e13') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-5c81fa276e13' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 153 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #dacb0ad3f991') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-dacb0ad3f991' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 154 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #9b49e847bd33') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-9b49e847bd33' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 155 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #0702887263e5') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-0702887263e5' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 156 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #82c31fed886e') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-82c31fed886e' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 157 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #4bcebaebbe8c') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-4bcebaebbe8c' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 158 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #11ba689bf5db') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-11ba689bf5db' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 159 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #16ea8cfb3e05') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-16ea8cfb3e05' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 160 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #75355dd0e6b8') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-75355dd0e6b8' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 161 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #111896470928') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-111896470928' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 162 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #17da4d3f0e4a') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-17da4d3f0e4a' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 163 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #ca0992735a90') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ca0992735a90' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 164 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #ac127f2cbec7') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ac127f2cbec7' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 165 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #88ee3fd65386') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-88ee3fd65386' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 166 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #51996e8d0f07') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-51996e8d0f07' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 167 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #fa30c10a84ee') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-fa30c10a84ee' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 168 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #caed7d684bb4') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-caed7d684bb4' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 169 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #2dc86b2fb112') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-2dc86b2fb112' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 170 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #c0c2d6c16f58') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-c0c2d6c16f58' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 171 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #eb29628c0b4d') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-eb29628c0b4d' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 172 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #490005115edc') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-490005115edc' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 173 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #64dc1053328e') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-64dc1053328e' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 174 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #5abd441341f2') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-5abd441341f2' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 175 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #f75ff1d18bd2') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-f75ff1d18bd2' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 176 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #0141b002cc5c') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-0141b002cc5c' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 177 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #4951d7fa450c') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-4951d7fa450c' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 178 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #21b1de2f4dcf') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-21b1de2f4dcf' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 179 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #946a1ced8f7f') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-946a1ced8f7f' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 180 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #fa93d8d6da20') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-fa93d8d6da20' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 181 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #215a7a6017c6') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-215a7a6017c6' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 182 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #09ff5ea3d3af') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-09ff5ea3d3af' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 183 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #6bfa26357965') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-6bfa26357965' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 184 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #1a1901b8eae9') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-1a1901b8eae9' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 185 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #c42e2fd374d8') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-c42e2fd374d8' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 186 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #4c6de2fde914') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-4c6de2fde914' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 187 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #8f9ef30e2144') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-8f9ef30e2144' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 188 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #afe62e234d87') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-afe62e234d87' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 189 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #fc0603689799') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-fc0603689799' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 190 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #5158399ddc3c') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-5158399ddc3c' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 191 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #7c372cccd37e') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-7c372cccd37e' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 192 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #df5e236988a1') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-df5e236988a1' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 193 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #213a1178d6c4') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-213a1178d6c4' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 194 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #74232b83fe88') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-74232b83fe88' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 195 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #7780766dd75e') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-7780766dd75e' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 196 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #874eba9b912d') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-874eba9b912d' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 197 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #0b1f00aab2e2') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-0b1f00aab2e2' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 198 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #f23764dcb95d') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-f23764dcb95d' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 199 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #295d2b96d116') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-295d2b96d116' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 200 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #549ead8ebe34') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-549ead8ebe34' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 201 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #f63c8b5bd2d6') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-f63c8b5bd2d6' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 202 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #c11ef6e4afd2') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-c11ef6e4afd2' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 203 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #4b0343c4c75c') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-4b0343c4c75c' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 204 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #533d43db1097') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-533d43db1097' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 205 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #af34cea3df0a') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-af34cea3df0a' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 206 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #ed3d34a307b3') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ed3d34a307b3' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 207 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #940ba43d06ed') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-940ba43d06ed' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 208 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #d043e8423069') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-d043e8423069' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 209 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #7ea2ace41fe5') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-7ea2ace41fe5' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 210 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #bdd6a584ca94') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-bdd6a584ca94' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 211 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #036a4232d21a') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-036a4232d21a' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 212 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #d63e3b9b6e34') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-d63e3b9b6e34' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 213 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #782c5133b719') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-782c5133b719' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 214 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #ae0f56b209bd') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ae0f56b209bd' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 215 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #1acec9f876ed') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-1acec9f876ed' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 216 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #5a9ec7d29960') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-5a9ec7d29960' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 217 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #a2fee3226c69') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-a2fee3226c69' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 218 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #3a9227408604') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-3a9227408604' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 219 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #424fd7dab460') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-424fd7dab460' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 220 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #2d5bea85b007') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-2d5bea85b007' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 221 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #f4dc3d8e20e9') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-f4dc3d8e20e9' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 222 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #00edaaf4d260') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-00edaaf4d260' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 223 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #89579492a82c') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-89579492a82c' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 224 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #bc574dd1e76d') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-bc574dd1e76d' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 225 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #fff0491fb8a4') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-fff0491fb8a4' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 226 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #fac17af1f7e6') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-fac17af1f7e6' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 227 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #954162bd1a32') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-954162bd1a32' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 228 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #a39c3b343d2f') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-a39c3b343d2f' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 229 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #10c1548565de') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-10c1548565de' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 230 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #0917a45bd2ce') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-0917a45bd2ce' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 231 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #639192a266f9') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-639192a266f9' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 232 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #3126203b5ff5') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-3126203b5ff5' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 233 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #785594dbc22a') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-785594dbc22a' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 234 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #53e2c1aa0997') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-53e2c1aa0997' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 235 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #a034912bbe10') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-a034912bbe10' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 236 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #ee9ff35c5d24') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ee9ff35c5d24' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 237 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #46c03c3491e3') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-46c03c3491e3' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 238 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #ab0c45e2e35a') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ab0c45e2e35a' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 239 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #5650a7052d3a') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-5650a7052d3a' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 240 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #c7387c016088') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-c7387c016088' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 241 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #f6a6233a1674') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-f6a6233a1674' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 242 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #025d70117a21') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-025d70117a21' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 243 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #01b77a9bd894') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-01b77a9bd894' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 244 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #f708f4e830cb') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-f708f4e830cb' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 245 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #6746140509cf') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-6746140509cf' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 246 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #ee077a60254b') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ee077a60254b' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 247 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #f04e6fd96336') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-f04e6fd96336' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 248 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #fd3763b08c8e') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-fd3763b08c8e' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 249 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #076acb63437b') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-076acb63437b' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 250 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #bde2f4cbdefe') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-bde2f4cbdefe' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 251 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #3f9374853110') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-3f9374853110' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 252 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #19b3ac90b619') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-19b3ac90b619' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 253 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #df47f3f5d196') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-df47f3f5d196' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 254 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block default #5d098795ae06') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-5d098795ae06' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 255 -Profile Any -Description $d
  }
  $d = 'Decided by allow smb-to-files at p.yaml:11 [T1021.002 T1486]. Covers tcp/445. Policy tiny.'
  if (Test-New ($n = 'bulkhead in allow smb-to-files #9480fdb3f94e') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-9480fdb3f94e' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Allow -Protocol TCP -LocalPort '445' -RemoteAddress '10.1.0.10' -Profile Any -Description $d
  }
  # Outbound rules (profile default Allow)
  $d = 'Decided by deny no-rdp at p.yaml:16 [T1021.001]. Covers tcp/3389. Policy tiny.'
  if (Test-New ($n = 'bulkhead out block no-rdp #1c43ad282b5c') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-1c43ad282b5c' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol TCP -RemotePort '3389' -RemoteAddress '10.1.0.10','10.1.0.20','2001:db8::20' -Profile Any -Description $d
  }
  $d = 'Decided by deny no-rdp at p.yaml:16 [T1021.001]. Covers udp/3389. Policy tiny.'
  if (Test-New ($n = 'bulkhead out block no-rdp #0cbdf953f8c9') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-0cbdf953f8c9' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol UDP -RemotePort '3389' -RemoteAddress '10.1.0.10','10.1.0.20','2001:db8::20' -Profile Any -Description $d
  }
} catch {
  # Undo this run's additions; the rules of the earlier run are still in place.
  Get-NetFirewallRule -Group 'bulkhead' -ErrorAction SilentlyContinue | Where-Object { -not $have.ContainsKey($_.Name) } | Remove-NetFirewallRule
  throw
}
if ($PSCmdlet.ShouldProcess('profiles Domain, Private, Public', 'Set-NetFirewallProfile')) {
  Set-NetFirewallProfile -Profile Domain,Private,Public -Enabled True -DefaultInboundAction Block -DefaultOutboundAction Allow -LogBlocked True -LogAllowed False -LogFileName '%SystemRoot%\System32\LogFiles\Firewall\pfirewall.log' -LogMaxSizeKilobytes 16384
}
$obsolete = @($have.Values | Where-Object { -not $wanted.ContainsKey($_.DisplayName) })
if ($obsolete.Count -gt 0 -and $PSCmdlet.ShouldProcess("$($obsolete.Count) rules of an earlier bulkhead run", 'Remove-NetFirewallRule')) {
  $obsolete | Remove-NetFirewallRule
}
if (-not $WhatIfPreference) {
  Set-Content -Path (Join-Path $bh 'rules.txt') -Value @($wanted.Keys | Sort-Object) -Encoding ASCII
  if ($arm) {
    Write-Host "bulkhead: applied. Confirm within $RollbackMinutes minutes with: & '$PSCommandPath' -Commit  (otherwise the task bulkhead-rollback restores the previous rules)"
  } elseif ($PSCommandPath -and $PSCommandPath -ne (Join-Path $bh 'confirmed.ps1')) {
    Copy-Item -Force -Path $PSCommandPath -Destination (Join-Path $bh 'confirmed.ps1')
  }
}
if (-not $WhatIfPreference) {
  # Read the effective state back: a Group Policy may override the profiles or discard local rules.
  $want = @{ Enabled = @('True', 'NotConfigured'); DefaultInboundAction = @('Block', 'NotConfigured'); DefaultOutboundAction = @('Allow', 'NotConfigured') }
  $problems = @()
  foreach ($p in @(Get-NetFirewallProfile -PolicyStore ActiveStore)) {
    foreach ($s in $want.Keys) {
      if ($want[$s] -notcontains "$($p.$s)") { $problems += "profile $($p.Name): $s is $($p.$s), expected $($want[$s][0])" }
    }
    if ("$($p.AllowLocalFirewallRules)" -eq 'False') { $problems += "profile $($p.Name): AllowLocalFirewallRules is False, a Group Policy discards locally added rules, bulkhead's included" }
  }
  $active = @(Get-NetFirewallRule -PolicyStore ActiveStore -DisplayName 'bulkhead *' -ErrorAction SilentlyContinue | Where-Object { $wanted.ContainsKey($_.DisplayName) } | ForEach-Object { $_.DisplayName } | Sort-Object -Unique).Count
  if ($active -ne 262) { $problems += "$active of 262 bulkhead rules are in the active store" }
  if ($problems.Count -gt 0) { throw "bulkhead: the rules are not in force: $($problems -join '; ')" }
}
