# bulkhead: Windows Defender Firewall rules for the hosts matching --group {role: workstation, os: windows} (policy enterprise)
# Hosts: ws-br-01, ws-br-02
# Inbound: default Block, 285 rules. Outbound: default Block, 298 rules.
# Profiles: Domain, Private and Public (every rule applies to all three; all three get the defaults).
# Exact on a machine with other Allow rules: everything the policy blocks here is a Block rule.
# Log blocked connections: yes (wanted by wifi-never-internal, no-telnet-anywhere, no-remote-admin-from-internet, lateral-movement/rpc-epmap, lateral-movement/rdp, lateral-movement/winrm-http, lateral-movement/winrm-https).
# Log allowed connections: yes (wanted by ad-members-to-dcs, jump-host-administers-managed-hosts).
# Policy files: 00-settings.yaml, 10-zones.yaml, 20-hosts.yaml, 30-services.yaml, 40-rules-internal.yaml, 45-rules-perimeter.yaml, 50-expect.yaml
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
  @{ Port = 22; Local = @('0.0.0.0-255.255.255.255', '::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'); Remote = @('10.30.0.10-10.30.0.10') }
  @{ Port = 3389; Local = @('0.0.0.0-255.255.255.255', '::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'); Remote = @('10.30.0.10-10.30.0.10') }
  @{ Port = 5985; Local = @('0.0.0.0-255.255.255.255', '::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'); Remote = @('10.30.0.10-10.30.0.10') }
  @{ Port = 5986; Local = @('0.0.0.0-255.255.255.255', '::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'); Remote = @('10.30.0.10-10.30.0.10') }
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
  $d = 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153. Covers any. Policy enterprise.'
  if (Test-New ($n = 'bulkhead in block wifi-never-internal #877f17195800') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-877f17195800' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol Any -RemoteAddress '192.168.100.0/22','2001:db8:168::/64' -Profile Any -Description $d
  }
  $d = 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy enterprise.'
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #beda34fddc05') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-beda34fddc05' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 0 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #81d36955d48b') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-81d36955d48b' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 2 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #2157da923d81') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-2157da923d81' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 3 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #49f0d85afe9f') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-49f0d85afe9f' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 4 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #cb1383fd1dbc') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-cb1383fd1dbc' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 5 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #53c78c075993') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-53c78c075993' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 7 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #c00f0885aebe') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-c00f0885aebe' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 8 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #01e0b1a252bf') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-01e0b1a252bf' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 9 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #55e419908cdd') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-55e419908cdd' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 10 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #8bf2542b3a57') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-8bf2542b3a57' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 11 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #dcdb5571edc7') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-dcdb5571edc7' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 12 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #26930ffcccd1') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-26930ffcccd1' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 13 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #2434de8ff367') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-2434de8ff367' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 14 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #cbc49f64c857') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-cbc49f64c857' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 15 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #918a9ce89683') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-918a9ce89683' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 16 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #1be8f8ca25ec') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-1be8f8ca25ec' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 18 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #daafbf78677f') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-daafbf78677f' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 19 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #6490925c2c93') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-6490925c2c93' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 20 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #a11338cf49d6') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-a11338cf49d6' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 21 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #75f6fb602384') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-75f6fb602384' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 22 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #7fce971af699') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-7fce971af699' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 23 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #cba231de4224') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-cba231de4224' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 24 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #4f31f613a999') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-4f31f613a999' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 25 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #ebe07e3c4c7e') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ebe07e3c4c7e' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 26 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #41e1e16c4650') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-41e1e16c4650' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 27 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #0d64251c0a55') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-0d64251c0a55' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 28 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #60b29629fd16') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-60b29629fd16' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 29 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #93e64cfa24fe') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-93e64cfa24fe' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 30 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #9758f977f601') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-9758f977f601' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 31 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #43bb40dca8a4') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-43bb40dca8a4' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 32 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #2fa833f7a42e') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-2fa833f7a42e' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 33 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #1aa31c64a7d8') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-1aa31c64a7d8' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 34 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #f4a1a8147981') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-f4a1a8147981' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 35 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #2e00fe0ff42c') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-2e00fe0ff42c' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 36 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #c4c7e4d1bac6') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-c4c7e4d1bac6' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 37 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #7c1ac35ad85c') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-7c1ac35ad85c' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 38 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #a9857146c7ec') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-a9857146c7ec' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 39 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #156999d2f278') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-156999d2f278' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 40 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #a552c0ca7a3f') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-a552c0ca7a3f' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 41 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #e9abf453fa22') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-e9abf453fa22' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 42 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #3c5ceb11ae99') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-3c5ceb11ae99' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 43 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #9b27c46aa624') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-9b27c46aa624' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 44 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #7e62d2d7dc69') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-7e62d2d7dc69' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 45 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #1c39edd8853e') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-1c39edd8853e' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 46 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #4175078cf10a') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-4175078cf10a' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 47 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #04d02c10e2cb') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-04d02c10e2cb' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 48 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #0f970fb060fd') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-0f970fb060fd' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 49 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #2e812553c6f2') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-2e812553c6f2' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 50 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #681771be4c90') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-681771be4c90' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 51 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #0b46362df9ea') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-0b46362df9ea' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 52 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #88275dc7b67d') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-88275dc7b67d' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 53 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #eb4252b852d7') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-eb4252b852d7' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 54 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #4b0112ceca58') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-4b0112ceca58' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 55 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #527d9742c9f4') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-527d9742c9f4' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 56 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #156a66ec1711') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-156a66ec1711' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 57 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #ab2d08a3a15c') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ab2d08a3a15c' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 59 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #c51fe71ebf37') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-c51fe71ebf37' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 60 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #4a012fd9a708') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-4a012fd9a708' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 61 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #0727f034ce9a') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-0727f034ce9a' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 62 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #479a422ee58b') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-479a422ee58b' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 63 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #ee51cd818559') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ee51cd818559' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 64 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #bb6eea947148') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-bb6eea947148' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 65 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #6f15371771a6') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-6f15371771a6' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 66 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #9cb91840d986') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-9cb91840d986' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 67 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #f9d70f93b379') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-f9d70f93b379' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 68 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #e7296a75520a') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-e7296a75520a' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 69 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #49f10500f4ae') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-49f10500f4ae' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 70 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #5f6bd955e397') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-5f6bd955e397' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 71 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #bafdcf1371f0') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-bafdcf1371f0' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 72 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #378514296f83') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-378514296f83' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 73 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #a5fbe569b42f') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-a5fbe569b42f' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 74 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #5f23be7806e9') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-5f23be7806e9' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 75 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #19a5895ec556') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-19a5895ec556' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 76 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #85eb741527e2') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-85eb741527e2' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 77 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #d0416995e6d5') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-d0416995e6d5' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 78 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #6ab56dab7003') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-6ab56dab7003' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 79 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #28ee7b9e2805') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-28ee7b9e2805' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 80 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #aa62253e606d') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-aa62253e606d' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 81 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #330eaebbae67') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-330eaebbae67' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 82 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #2179481bb467') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-2179481bb467' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 83 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #b2700cab2d80') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b2700cab2d80' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 84 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #3a22b527cafc') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-3a22b527cafc' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 85 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #1b75846aea2c') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-1b75846aea2c' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 86 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #1169798ab58e') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-1169798ab58e' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 87 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #d0862dd772af') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-d0862dd772af' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 88 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #b8036c8090df') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b8036c8090df' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 89 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #ae670d5c5ebd') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ae670d5c5ebd' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 90 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #f6fb002f05c8') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-f6fb002f05c8' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 91 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #10559aa1e018') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-10559aa1e018' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 92 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #ba8602e16c36') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ba8602e16c36' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 93 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #9e573ecb5fe4') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-9e573ecb5fe4' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 94 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #7d4450b4ad3b') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-7d4450b4ad3b' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 95 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #6db6edc43cfe') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-6db6edc43cfe' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 96 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #9ff84f0d3446') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-9ff84f0d3446' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 97 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #7ee315368092') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-7ee315368092' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 98 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #b03c6d17878b') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b03c6d17878b' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 99 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #44a08fb23c76') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-44a08fb23c76' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 100 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #e0a19b538f4d') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-e0a19b538f4d' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 101 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #41fb4fc1b498') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-41fb4fc1b498' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 102 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #09fd9c2f0c7a') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-09fd9c2f0c7a' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 103 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #5ab1c054dc71') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-5ab1c054dc71' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 104 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #b5186e3d6cba') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b5186e3d6cba' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 105 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #5d962acfd33a') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-5d962acfd33a' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 106 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #bb1756898d2d') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-bb1756898d2d' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 107 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #d07129436a65') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-d07129436a65' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 108 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #28e660e5c0cf') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-28e660e5c0cf' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 109 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #8553b8046245') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-8553b8046245' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 110 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #6cc4bfd01701') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-6cc4bfd01701' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 111 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #d60ddb55ac1c') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-d60ddb55ac1c' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 112 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #2d65fef731ef') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-2d65fef731ef' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 113 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #ecfc0f7c064c') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ecfc0f7c064c' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 114 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #327a0c6df0b4') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-327a0c6df0b4' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 115 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #a72656ec6af5') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-a72656ec6af5' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 116 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #e432b4d3c998') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-e432b4d3c998' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 117 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #e1078de8c065') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-e1078de8c065' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 118 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #3218178c8091') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-3218178c8091' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 119 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #749525ed5b08') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-749525ed5b08' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 120 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #1a80795e1f72') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-1a80795e1f72' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 121 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #bf735eb17e29') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-bf735eb17e29' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 122 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #e3cb5f5427a2') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-e3cb5f5427a2' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 123 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #0567d84c42f5') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-0567d84c42f5' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 124 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #d162a20e9550') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-d162a20e9550' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 125 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #92f3b44666eb') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-92f3b44666eb' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 126 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #7fe681cb2593') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-7fe681cb2593' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 127 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #43f5b6305cd8') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-43f5b6305cd8' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 128 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #7616d6f49bfa') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-7616d6f49bfa' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 129 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #d4f0f14c76d8') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-d4f0f14c76d8' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 130 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #d81e0003fd54') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-d81e0003fd54' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 131 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #08b10d0469ae') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-08b10d0469ae' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 132 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #0c53ffa84833') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-0c53ffa84833' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 133 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #b051412d7084') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b051412d7084' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 134 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #e914c271455e') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-e914c271455e' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 135 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #b54c67776d40') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b54c67776d40' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 136 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #e1831eee6020') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-e1831eee6020' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 137 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #4630d7a21567') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-4630d7a21567' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 138 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #eb007809dac6') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-eb007809dac6' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 139 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #20d9665aed95') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-20d9665aed95' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 140 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #42ca57a0fa14') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-42ca57a0fa14' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 141 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #942e05889298') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-942e05889298' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 142 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #03e341de7658') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-03e341de7658' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 143 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #2bcd76dffaaf') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-2bcd76dffaaf' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 144 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #7b7b0b8e0ef2') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-7b7b0b8e0ef2' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 145 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #736b7b0f1065') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-736b7b0f1065' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 146 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #2ea64114a2a3') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-2ea64114a2a3' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 147 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #1c87dc0a9214') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-1c87dc0a9214' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 148 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #49920348d9c2') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-49920348d9c2' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 149 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #e3ddd8a5e037') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-e3ddd8a5e037' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 150 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #cd99e5b72124') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-cd99e5b72124' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 151 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #80e1badb9be6') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-80e1badb9be6' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 152 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #db147dfda383') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-db147dfda383' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 153 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #ea2f5f870fc0') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ea2f5f870fc0' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 154 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #da9250a513a4') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-da9250a513a4' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 155 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #ce30903dfa9b') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ce30903dfa9b' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 156 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #29dda36974e5') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-29dda36974e5' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 157 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #333a43af9e66') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-333a43af9e66' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 158 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #d4ccded8e9ba') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-d4ccded8e9ba' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 159 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #e9c0e5a5576b') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-e9c0e5a5576b' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 160 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #9e6bda04f026') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-9e6bda04f026' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 161 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #be92c066f53d') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-be92c066f53d' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 162 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #5950ca49d0c7') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-5950ca49d0c7' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 163 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #c311ced2718d') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-c311ced2718d' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 164 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #d3edcc455f28') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-d3edcc455f28' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 165 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #b47ad44377c4') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b47ad44377c4' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 166 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #4c04977e1d19') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-4c04977e1d19' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 167 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #af143d61c0fb') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-af143d61c0fb' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 168 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #fa1fafe94e46') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-fa1fafe94e46' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 169 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #56192db76ad5') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-56192db76ad5' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 170 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #c27565424025') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-c27565424025' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 171 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #85082d749cf9') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-85082d749cf9' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 172 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #ffe1e7f0dd48') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ffe1e7f0dd48' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 173 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #4a710707aa70') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-4a710707aa70' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 174 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #6a0eb8bd9e09') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-6a0eb8bd9e09' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 175 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #e7f7b8044716') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-e7f7b8044716' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 176 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #3c2ff3494311') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-3c2ff3494311' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 177 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #6fdfabd817ce') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-6fdfabd817ce' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 178 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #11d1d04bfe54') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-11d1d04bfe54' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 179 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #8d431ab06267') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-8d431ab06267' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 180 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #2a6fd7c24a68') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-2a6fd7c24a68' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 181 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #7a9cda42da35') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-7a9cda42da35' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 182 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #06eb836e1738') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-06eb836e1738' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 183 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #60c370454b29') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-60c370454b29' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 184 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #ae6eb5e0d38f') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ae6eb5e0d38f' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 185 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #8cd6fc7930e8') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-8cd6fc7930e8' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 186 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #c22f74596c9f') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-c22f74596c9f' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 187 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #612a3c8c3dc7') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-612a3c8c3dc7' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 188 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #e3999d241ecf') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-e3999d241ecf' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 189 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #18e9a42c6910') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-18e9a42c6910' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 190 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #4221f824fa76') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-4221f824fa76' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 191 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #0e188b533188') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-0e188b533188' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 192 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #4fa431c2ea60') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-4fa431c2ea60' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 193 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #434c754a812d') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-434c754a812d' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 194 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #799c00ab069c') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-799c00ab069c' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 195 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #30a99947bca6') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-30a99947bca6' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 196 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #a5edbc02e192') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-a5edbc02e192' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 197 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #a0288a165998') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-a0288a165998' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 198 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #01a96ce0c76c') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-01a96ce0c76c' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 199 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #b3e78c4652e4') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b3e78c4652e4' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 200 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #68806b13ec48') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-68806b13ec48' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 201 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #a6dbae75c7dc') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-a6dbae75c7dc' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 202 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #e0171f558bca') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-e0171f558bca' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 203 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #81d054ab2fff') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-81d054ab2fff' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 204 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #862b15fd63ce') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-862b15fd63ce' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 205 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #e5698c59e1bf') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-e5698c59e1bf' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 206 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #f2822e6e0c91') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-f2822e6e0c91' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 207 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #46d900aadf7a') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-46d900aadf7a' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 208 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #3e5a6f1c2871') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-3e5a6f1c2871' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 209 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #c23ba88200a7') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-c23ba88200a7' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 210 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #cb3121513d08') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-cb3121513d08' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 211 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #042c569096f3') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-042c569096f3' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 212 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #dd6c855566bb') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-dd6c855566bb' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 213 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #3c7ec0d3693f') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-3c7ec0d3693f' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 214 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #d57c216b00ad') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-d57c216b00ad' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 215 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #518d586214ab') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-518d586214ab' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 216 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #597b66ff1566') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-597b66ff1566' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 217 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #2fd8796598cb') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-2fd8796598cb' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 218 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #e180b3931dd6') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-e180b3931dd6' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 219 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #a52bc744e1e3') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-a52bc744e1e3' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 220 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #5e8966580bd6') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-5e8966580bd6' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 221 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #a202fbdbd1bc') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-a202fbdbd1bc' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 222 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #d529df2cc8b9') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-d529df2cc8b9' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 223 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #669de960c800') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-669de960c800' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 224 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #2e46803a5d9e') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-2e46803a5d9e' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 225 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #402fa49818b1') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-402fa49818b1' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 226 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #f73775404fe8') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-f73775404fe8' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 227 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #245e3c86f157') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-245e3c86f157' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 228 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #309616e14167') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-309616e14167' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 229 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #7266a827ac54') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-7266a827ac54' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 230 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #0e255d3f80ec') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-0e255d3f80ec' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 231 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #b6c742bde631') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b6c742bde631' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 232 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #74c107e296f2') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-74c107e296f2' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 233 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #84272e8dbb1c') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-84272e8dbb1c' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 234 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #816e39a638ae') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-816e39a638ae' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 235 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #62145e919e72') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-62145e919e72' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 236 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #00cee3f01575') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-00cee3f01575' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 237 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #6923df2a8ada') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-6923df2a8ada' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 238 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #6c31d9aa7db1') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-6c31d9aa7db1' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 239 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #61b4d67f74e4') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-61b4d67f74e4' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 240 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #f56a82526beb') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-f56a82526beb' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 241 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #6db406cd5ba8') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-6db406cd5ba8' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 242 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #27bffbfd5331') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-27bffbfd5331' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 243 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #685617a5aace') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-685617a5aace' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 244 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #40802767b881') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-40802767b881' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 245 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #8e9997485790') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-8e9997485790' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 246 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #d37064387bb8') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-d37064387bb8' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 247 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #65c6994825fb') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-65c6994825fb' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 248 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #ec27b9554a71') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ec27b9554a71' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 249 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #e44b27405af7') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-e44b27405af7' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 250 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #9eb2a6496eea') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-9eb2a6496eea' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 251 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #9c52818dd4f0') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-9c52818dd4f0' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 252 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #f4a0f63da198') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-f4a0f63da198' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 253 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #2b984a0003c2') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-2b984a0003c2' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 254 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead in block wifi-never-internal +1 #cc516a5953df') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-cc516a5953df' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol 255 -Profile Any -Description $d
  }
  $d = 'Decided by override-deny no-telnet-anywhere at 45-rules-perimeter.yaml:171. Covers tcp/23. Policy enterprise.'
  if (Test-New ($n = 'bulkhead in block no-telnet-anywhere #f64e90a05995') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-f64e90a05995' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol TCP -LocalPort '23' -Profile Any -Description $d
  }
  $d = 'Decided by override-deny no-remote-admin-from-internet at 45-rules-perimeter.yaml:182 [T1021.001 T1021.004 T1021.005 T1021.006 T1059.001]. Covers tcp/22, tcp/3389, tcp/5900-5903, tcp/5985-5986. Policy enterprise.'
  if (Test-New ($n = 'bulkhead in block no-remote-admin-from-internet #63f4bd979053') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-63f4bd979053' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol TCP -LocalPort '22','3389','5900-5903','5985-5986' -RemoteAddress '0.0.0.0-10.9.255.255','10.12.0.0-10.19.255.255','10.21.0.0-10.29.255.255','10.31.0.0-10.49.255.255','10.51.0.0-10.59.255.255','10.61.0.0-10.69.255.255','10.71.0.0-10.89.255.255','10.91.0.0-10.99.255.255','10.101.0.0-172.16.9.255','172.16.11.0-192.168.99.255','192.168.104.0-255.255.255.255','::-2001:db8:f:ffff:ffff:ffff:ffff:ffff','2001:db8:10:1::-2001:db8:2f:ffff:ffff:ffff:ffff:ffff','2001:db8:30:1::-2001:db8:4f:ffff:ffff:ffff:ffff:ffff','2001:db8:50:1::-2001:db8:5f:ffff:ffff:ffff:ffff:ffff','2001:db8:60:1::-2001:db8:6f:ffff:ffff:ffff:ffff:ffff','2001:db8:70:1::-2001:db8:8f:ffff:ffff:ffff:ffff:ffff','2001:db8:90:1::-2001:db8:9f:ffff:ffff:ffff:ffff:ffff','2001:db8:a0:1::-2001:db8:167:ffff:ffff:ffff:ffff:ffff','2001:db8:168:1::-2001:db8:1ff:ffff:ffff:ffff:ffff:ffff','2001:db8:200:1::-2001:db8:200:ffff:ffff:ffff:ffff:ffff','2001:db8:201:1::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' -Profile Any -Description $d
  }
  $d = 'Decided by override-deny no-remote-admin-from-internet at 45-rules-perimeter.yaml:182 [T1021.001]. Covers udp/3389. Policy enterprise.'
  if (Test-New ($n = 'bulkhead in block no-remote-admin-from-internet #311ce47d7df9') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-311ce47d7df9' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol UDP -LocalPort '3389' -RemoteAddress '0.0.0.0-10.9.255.255','10.12.0.0-10.19.255.255','10.21.0.0-10.29.255.255','10.31.0.0-10.49.255.255','10.51.0.0-10.59.255.255','10.61.0.0-10.69.255.255','10.71.0.0-10.89.255.255','10.91.0.0-10.99.255.255','10.101.0.0-172.16.9.255','172.16.11.0-192.168.99.255','192.168.104.0-255.255.255.255','::-2001:db8:f:ffff:ffff:ffff:ffff:ffff','2001:db8:10:1::-2001:db8:2f:ffff:ffff:ffff:ffff:ffff','2001:db8:30:1::-2001:db8:4f:ffff:ffff:ffff:ffff:ffff','2001:db8:50:1::-2001:db8:5f:ffff:ffff:ffff:ffff:ffff','2001:db8:60:1::-2001:db8:6f:ffff:ffff:ffff:ffff:ffff','2001:db8:70:1::-2001:db8:8f:ffff:ffff:ffff:ffff:ffff','2001:db8:90:1::-2001:db8:9f:ffff:ffff:ffff:ffff:ffff','2001:db8:a0:1::-2001:db8:167:ffff:ffff:ffff:ffff:ffff','2001:db8:168:1::-2001:db8:1ff:ffff:ffff:ffff:ffff:ffff','2001:db8:200:1::-2001:db8:200:ffff:ffff:ffff:ffff:ffff','2001:db8:201:1::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' -Profile Any -Description $d
  }
  $d = 'Decided by deny lateral-movement/smb at 00-settings.yaml:69 [T1021.002 T1486]. Covers tcp/445. Policy enterprise.'
  if (Test-New ($n = 'bulkhead in block lateral-movement/smb #ab272a91cea6') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ab272a91cea6' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol TCP -LocalPort '445' -Profile Any -Description $d
  }
  $d = 'Decided by deny lateral-movement/netbios-ns at 00-settings.yaml:69 [T1557]. Covers udp/137. Policy enterprise.'
  if (Test-New ($n = 'bulkhead in block lateral-movement/netbios-ns #f1cbf2c1a626') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-f1cbf2c1a626' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol UDP -LocalPort '137' -Profile Any -Description $d
  }
  $d = 'Decided by deny lateral-movement/netbios-dgm at 00-settings.yaml:69 [T1557]. Covers udp/138. Policy enterprise.'
  if (Test-New ($n = 'bulkhead in block lateral-movement/netbios-dgm #974328f3fac3') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-974328f3fac3' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol UDP -LocalPort '138' -Profile Any -Description $d
  }
  $d = 'Decided by deny lateral-movement/netbios-ssn at 00-settings.yaml:69 [T1021.002]. Covers tcp/139. Policy enterprise.'
  if (Test-New ($n = 'bulkhead in block lateral-movement/netbios-ssn #988f59e26417') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-988f59e26417' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol TCP -LocalPort '139' -Profile Any -Description $d
  }
  $d = 'Decided by deny lateral-movement/rpc-epmap at 00-settings.yaml:69 [T1021.003 T1047]. Covers tcp/135. Policy enterprise.'
  if (Test-New ($n = 'bulkhead in block lateral-movement/rpc-epmap #db60ae02b5c0') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-db60ae02b5c0' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol TCP -LocalPort '135' -Profile Any -Description $d
  }
  $d = 'Decided by deny lateral-movement/rpc-dynamic at 00-settings.yaml:69 [T1021.003 T1047]. Covers tcp/49152-65535. Policy enterprise.'
  if (Test-New ($n = 'bulkhead in block lateral-movement/rpc-dynamic #e5f38d6c76c6') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-e5f38d6c76c6' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol TCP -LocalPort '49152-65535' -Profile Any -Description $d
  }
  $d = 'Decided by deny lateral-movement/rpc-dynamic at 00-settings.yaml:69 [T1021.003 T1047]. Covers udp/49152-65535. Policy enterprise.'
  if (Test-New ($n = 'bulkhead in block lateral-movement/rpc-dynamic #4ed59a40c3ac') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-4ed59a40c3ac' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol UDP -LocalPort '49152-65535' -Profile Any -Description $d
  }
  $d = 'Decided by deny lateral-movement/rdp at 00-settings.yaml:69 [T1021.001]. Covers tcp/3389. Policy enterprise.'
  if (Test-New ($n = 'bulkhead in block lateral-movement/rdp #bc3dba1ebe9a') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-bc3dba1ebe9a' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol TCP -LocalPort '3389' -RemoteAddress '0.0.0.0-10.30.0.9','10.30.0.11-255.255.255.255','::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' -Profile Any -Description $d
  }
  $d = 'Decided by deny lateral-movement/rdp at 00-settings.yaml:69 [T1021.001]. Covers udp/3389. Policy enterprise.'
  if (Test-New ($n = 'bulkhead in block lateral-movement/rdp #9ec073476c8d') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-9ec073476c8d' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol UDP -LocalPort '3389' -RemoteAddress '0.0.0.0-10.30.0.9','10.30.0.11-255.255.255.255','::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' -Profile Any -Description $d
  }
  $d = 'Decided by deny lateral-movement/winrm-http at 00-settings.yaml:69 [T1021.006 T1059.001]. Covers tcp/5985. Policy enterprise.'
  if (Test-New ($n = 'bulkhead in block lateral-movement/winrm-http #940ad3e682cb') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-940ad3e682cb' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol TCP -LocalPort '5985' -RemoteAddress '0.0.0.0-10.30.0.9','10.30.0.11-255.255.255.255','::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' -Profile Any -Description $d
  }
  $d = 'Decided by deny lateral-movement/winrm-https at 00-settings.yaml:69 [T1021.006 T1059.001]. Covers tcp/5986. Policy enterprise.'
  if (Test-New ($n = 'bulkhead in block lateral-movement/winrm-https #1219118739a4') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-1219118739a4' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol TCP -LocalPort '5986' -RemoteAddress '0.0.0.0-10.30.0.9','10.30.0.11-255.255.255.255','::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' -Profile Any -Description $d
  }
  $d = 'Decided by the default default_inbound deny (settings at 00-settings.yaml:21). Covers tcp/0-21, tcp/24-134, tcp/136-138, tcp/140-444, tcp/446-3388, tcp/3390-5899, tcp/5904-5984, tcp/5987-49151. Policy enterprise.'
  if (Test-New ($n = 'bulkhead in block default #54109967471c') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-54109967471c' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol TCP -LocalPort '0-21','24-134','136-138','140-444','446-3388','3390-5899','5904-5984','5987-49151' -RemoteAddress '0.0.0.0-10.9.255.255','10.12.0.0-10.19.255.255','10.21.0.0-10.29.255.255','10.31.0.0-10.49.255.255','10.51.0.0-10.59.255.255','10.61.0.0-10.69.255.255','10.71.0.0-10.89.255.255','10.91.0.0-10.99.255.255','10.101.0.0-172.16.9.255','172.16.11.0-192.168.99.255','192.168.104.0-255.255.255.255','::-2001:db8:f:ffff:ffff:ffff:ffff:ffff','2001:db8:10:1::-2001:db8:2f:ffff:ffff:ffff:ffff:ffff','2001:db8:30:1::-2001:db8:4f:ffff:ffff:ffff:ffff:ffff','2001:db8:50:1::-2001:db8:5f:ffff:ffff:ffff:ffff:ffff','2001:db8:60:1::-2001:db8:6f:ffff:ffff:ffff:ffff:ffff','2001:db8:70:1::-2001:db8:8f:ffff:ffff:ffff:ffff:ffff','2001:db8:90:1::-2001:db8:9f:ffff:ffff:ffff:ffff:ffff','2001:db8:a0:1::-2001:db8:167:ffff:ffff:ffff:ffff:ffff','2001:db8:168:1::-2001:db8:1ff:ffff:ffff:ffff:ffff:ffff','2001:db8:200:1::-2001:db8:200:ffff:ffff:ffff:ffff:ffff','2001:db8:201:1::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' -Profile Any -Description $d
  }
  $d = 'Decided by the default default_inbound deny (settings at 00-settings.yaml:21). Covers tcp/0-21, tcp/24-134, tcp/136-138, tcp/140-444, tcp/446-3388, tcp/3390-5984, tcp/5987-49151. Policy enterprise.'
  if (Test-New ($n = 'bulkhead in block default #2c1888090c2f') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-2c1888090c2f' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol TCP -LocalPort '0-21','24-134','136-138','140-444','446-3388','3390-5984','5987-49151' -RemoteAddress '10.30.0.10' -Profile Any -Description $d
  }
  $d = 'Decided by the default default_inbound deny (settings at 00-settings.yaml:21). Covers tcp/0-22, tcp/24-134, tcp/136-138, tcp/140-444, tcp/446-3388, tcp/3390-5984, tcp/5987-49151. Policy enterprise.'
  if (Test-New ($n = 'bulkhead in block default #6ecfe2f14165') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-6ecfe2f14165' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol TCP -LocalPort '0-22','24-134','136-138','140-444','446-3388','3390-5984','5987-49151' -RemoteAddress '10.10.0.0/15','10.20.0.0/16','10.30.0.0-10.30.0.9','10.30.0.11-10.30.255.255','10.50.0.0/16','10.60.0.0/16','10.70.0.0/16','10.90.0.0/16','10.100.0.0/16','172.16.10.0/24','2001:db8:10::/64','2001:db8:30::/64','2001:db8:50::/64','2001:db8:60::/64','2001:db8:70::/64','2001:db8:90::/64','2001:db8:a0::/64','2001:db8:200::/64','2001:db8:201::/64' -Profile Any -Description $d
  }
  $d = 'Decided by the default default_inbound deny (settings at 00-settings.yaml:21). Covers udp/0-66, udp/69-136, udp/139-3388, udp/3390-49151. Policy enterprise.'
  if (Test-New ($n = 'bulkhead in block default #37e9cdb9671b') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-37e9cdb9671b' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol UDP -LocalPort '0-66','69-136','139-3388','3390-49151' -RemoteAddress '10.11.0.0-10.11.199.255','10.11.201.0-10.11.255.255' -Profile Any -Description $d
  }
  $d = 'Decided by the default default_inbound deny (settings at 00-settings.yaml:21). Covers udp/0-136, udp/139-545, udp/547-3388, udp/3390-49151. Policy enterprise.'
  if (Test-New ($n = 'bulkhead in block default #772d7b4df99d') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-772d7b4df99d' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol UDP -LocalPort '0-136','139-545','547-3388','3390-49151' -RemoteAddress 'fe80::/10' -Profile Any -Description $d
  }
  $d = 'Decided by the default default_inbound deny (settings at 00-settings.yaml:21). Covers udp/0-136, udp/139-3388, udp/3390-49151. Policy enterprise.'
  if (Test-New ($n = 'bulkhead in block default #3887a47ff419') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-3887a47ff419' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol UDP -LocalPort '0-136','139-3388','3390-49151' -RemoteAddress '0.0.0.0-10.10.255.255','10.11.200.0/24','10.12.0.0-192.168.99.255','192.168.104.0-255.255.255.255','::-2001:db8:167:ffff:ffff:ffff:ffff:ffff','2001:db8:168:1::-fe7f:ffff:ffff:ffff:ffff:ffff:ffff:ffff','fec0::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' -Profile Any -Description $d
  }
  $d = 'Decided by the default default_inbound deny (settings at 00-settings.yaml:21). Covers icmp/0-255. Policy enterprise.'
  if (Test-New ($n = 'bulkhead in block default #db5530fed9ec') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-db5530fed9ec' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol ICMPv4 -RemoteAddress '0.0.0.0-10.30.0.19','10.30.0.21-192.168.99.255','192.168.104.0-255.255.255.255' -Profile Any -Description $d
  }
  $d = 'Decided by the default default_inbound deny (settings at 00-settings.yaml:21). Covers icmpv6. Policy enterprise.'
  if (Test-New ($n = 'bulkhead in block default #75d4d56a622c') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-75d4d56a622c' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol ICMPv6 -RemoteAddress '::1-2001:db8:167:ffff:ffff:ffff:ffff:ffff','2001:db8:168:1::-fe7f:ffff:ffff:ffff:ffff:ffff:ffff:ffff','fec0::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' -Profile Any -Description $d
  }
  $d = 'Decided by the default default_inbound deny (settings at 00-settings.yaml:21). Covers icmpv6/0-129, icmpv6/137-140, icmpv6/144-147, icmpv6/150, icmpv6/154-214. Policy enterprise.'
  if (Test-New ($n = 'bulkhead in block default #20f7bc1b8389') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-20f7bc1b8389' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol ICMPv6 -IcmpType '0','1','2','3','4','5','6','7','8','9','10','11','12','13','14','15','16','17','18','19','20','21','22','23','24','25','26','27','28','29','30','31','32','33','34','35','36','37','38','39','40','41','42','43','44','45','46','47','48','49','50','51','52','53','54','55','56','57','58','59','60','61','62','63','64','65','66','67','68','69','70','71','72','73','74','75','76','77','78','79','80','81','82','83','84','85','86','87','88','89','90','91','92','93','94','95','96','97','98','99','100','101','102','103','104','105','106','107','108','109','110','111','112','113','114','115','116','117','118','119','120','121','122','123','124','125','126','127','128','129','137','138','139','140','144','145','146','147','150','154','155','156','157','158','159','160','161','162','163','164','165','166','167','168','169','170','171','172','173','174','175','176','177','178','179','180','181','182','183','184','185','186','187','188','189','190','191','192','193','194','195','196','197','198','199','200','201','202','203','204','205','206','207','208','209','210','211','212','213','214' -RemoteAddress '::','fe80::/10' -Profile Any -Description $d
  }
  $d = 'Decided by the default default_inbound deny (settings at 00-settings.yaml:21). Covers icmpv6/215-255. Policy enterprise.'
  if (Test-New ($n = 'bulkhead in block default #34a0962dd240') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-34a0962dd240' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Block -Protocol ICMPv6 -IcmpType '215','216','217','218','219','220','221','222','223','224','225','226','227','228','229','230','231','232','233','234','235','236','237','238','239','240','241','242','243','244','245','246','247','248','249','250','251','252','253','254','255' -RemoteAddress '::','fe80::/10' -Profile Any -Description $d
  }
  $d = 'Decided by allow jump-host-administers-managed-hosts at 40-rules-internal.yaml:156 [T1021.001 T1021.004 T1021.006 T1059.001]. Covers tcp/22, tcp/3389, tcp/5985-5986. Policy enterprise.'
  if (Test-New ($n = 'bulkhead in allow jump-host-administers-managed-hosts #8167a127efa0') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-8167a127efa0' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Allow -Protocol TCP -LocalPort '22','3389','5985-5986' -RemoteAddress '10.30.0.10' -Profile Any -Description $d
  }
  $d = 'Decided by allow jump-host-administers-managed-hosts at 40-rules-internal.yaml:156 [T1021.001]. Covers udp/3389. Policy enterprise.'
  if (Test-New ($n = 'bulkhead in allow jump-host-administers-managed-hosts #54ab30af0606') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-54ab30af0606' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Allow -Protocol UDP -LocalPort '3389' -RemoteAddress '10.30.0.10' -Profile Any -Description $d
  }
  $d = 'Decided by allow monitoring-pings-hosts at 40-rules-internal.yaml:190. Covers icmp/0-255. Policy enterprise.'
  if (Test-New ($n = 'bulkhead in allow monitoring-pings-hosts #7c864f91675f') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-7c864f91675f' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Allow -Protocol ICMPv4 -RemoteAddress '10.30.0.20' -Profile Any -Description $d
  }
  $d = 'Decided by allow host-essentials/icmpv6-nd@ws-branch at 00-settings.yaml:69. Covers icmpv6/133-136, icmpv6/141-142, icmpv6/148-149. Policy enterprise.'
  if (Test-New ($n = 'bulkhead in allow host-essentials/icmpv6-nd@ws-branch #326bd8523867') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-326bd8523867' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Allow -Protocol ICMPv6 -IcmpType '133','134','135','136','141','142','148','149' -RemoteAddress '::','fe80::/10' -Profile Any -Description $d
  }
  $d = 'Decided by allow host-essentials/icmpv6-mld@ws-branch at 00-settings.yaml:69. Covers icmpv6/130-132, icmpv6/143, icmpv6/151-153. Policy enterprise.'
  if (Test-New ($n = 'bulkhead in allow host-essentials/icmpv6-mld@ws-branch #52b57e8c5865') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-52b57e8c5865' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Allow -Protocol ICMPv6 -IcmpType '130','131','132','143','151','152','153' -RemoteAddress '::','fe80::/10' -Profile Any -Description $d
  }
  $d = 'Decided by allow host-essentials/dhcp-request@ws-branch at 00-settings.yaml:69. Covers udp/67. Policy enterprise.'
  if (Test-New ($n = 'bulkhead in allow host-essentials/dhcp-request@ws-branch #4c8326ae2c9f') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-4c8326ae2c9f' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Allow -Protocol UDP -LocalPort '67' -RemoteAddress '10.11.0.0-10.11.199.255','10.11.201.0-10.11.255.255' -Profile Any -Description $d
  }
  $d = 'Decided by allow host-essentials/dhcp-reply@ws-branch at 00-settings.yaml:69. Covers udp/68. Policy enterprise.'
  if (Test-New ($n = 'bulkhead in allow host-essentials/dhcp-reply@ws-branch #0749ee044ce0') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-0749ee044ce0' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Allow -Protocol UDP -LocalPort '68' -RemoteAddress '10.11.0.0-10.11.199.255','10.11.201.0-10.11.255.255' -Profile Any -Description $d
  }
  $d = 'Decided by allow host-essentials/dhcpv6-reply at 00-settings.yaml:69. Covers udp/546. Policy enterprise.'
  if (Test-New ($n = 'bulkhead in allow host-essentials/dhcpv6-reply #0832eb9dc03c') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-0832eb9dc03c' -Group 'bulkhead' -DisplayName $n -Direction Inbound -Action Allow -Protocol UDP -LocalPort '546' -RemoteAddress 'fe80::/10' -Profile Any -Description $d
  }
  # Outbound rules (profile default Block)
  $d = 'Decided by override-deny no-telnet-anywhere at 45-rules-perimeter.yaml:171. Covers tcp/23. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out block no-telnet-anywhere #495edf265ac6') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-495edf265ac6' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol TCP -RemotePort '23' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.0.10/31','10.20.1.10/31','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31','2001:db8:10::25','2001:db8:10::53','2001:db8:10::80/127' -Profile Any -Description $d
  }
  $d = 'Decided by override-deny no-smb-to-internet at 45-rules-perimeter.yaml:192 [T1021.002 T1486]. Covers tcp/139, tcp/445. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out block no-smb-to-internet #1ecd73e58429') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-1ecd73e58429' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol TCP -RemotePort '139','445' -RemoteAddress '0.0.0.0-10.9.255.255','10.12.0.0-10.19.255.255','10.21.0.0-10.29.255.255','10.31.0.0-10.49.255.255','10.51.0.0-10.59.255.255','10.61.0.0-10.69.255.255','10.71.0.0-10.89.255.255','10.91.0.0-10.99.255.255','10.101.0.0-172.16.9.255','172.16.11.0-192.168.99.255','192.168.104.0-255.255.255.255','::-2001:db8:f:ffff:ffff:ffff:ffff:ffff','2001:db8:10:1::-2001:db8:2f:ffff:ffff:ffff:ffff:ffff','2001:db8:30:1::-2001:db8:4f:ffff:ffff:ffff:ffff:ffff','2001:db8:50:1::-2001:db8:5f:ffff:ffff:ffff:ffff:ffff','2001:db8:60:1::-2001:db8:6f:ffff:ffff:ffff:ffff:ffff','2001:db8:70:1::-2001:db8:8f:ffff:ffff:ffff:ffff:ffff','2001:db8:90:1::-2001:db8:9f:ffff:ffff:ffff:ffff:ffff','2001:db8:a0:1::-2001:db8:167:ffff:ffff:ffff:ffff:ffff','2001:db8:168:1::-2001:db8:1ff:ffff:ffff:ffff:ffff:ffff','2001:db8:200:1::-2001:db8:200:ffff:ffff:ffff:ffff:ffff','2001:db8:201:1::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' -Profile Any -Description $d
  }
  $d = 'Decided by override-deny no-smb-to-internet at 45-rules-perimeter.yaml:192 [T1557]. Covers udp/137-138. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out block no-smb-to-internet #32699716a4f1') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-32699716a4f1' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol UDP -RemotePort '137-138' -RemoteAddress '0.0.0.0-10.9.255.255','10.12.0.0-10.19.255.255','10.21.0.0-10.29.255.255','10.31.0.0-10.49.255.255','10.51.0.0-10.59.255.255','10.61.0.0-10.69.255.255','10.71.0.0-10.89.255.255','10.91.0.0-10.99.255.255','10.101.0.0-172.16.9.255','172.16.11.0-192.168.99.255','192.168.104.0-255.255.255.255','::-2001:db8:f:ffff:ffff:ffff:ffff:ffff','2001:db8:10:1::-2001:db8:2f:ffff:ffff:ffff:ffff:ffff','2001:db8:30:1::-2001:db8:4f:ffff:ffff:ffff:ffff:ffff','2001:db8:50:1::-2001:db8:5f:ffff:ffff:ffff:ffff:ffff','2001:db8:60:1::-2001:db8:6f:ffff:ffff:ffff:ffff:ffff','2001:db8:70:1::-2001:db8:8f:ffff:ffff:ffff:ffff:ffff','2001:db8:90:1::-2001:db8:9f:ffff:ffff:ffff:ffff:ffff','2001:db8:a0:1::-2001:db8:167:ffff:ffff:ffff:ffff:ffff','2001:db8:168:1::-2001:db8:1ff:ffff:ffff:ffff:ffff:ffff','2001:db8:200:1::-2001:db8:200:ffff:ffff:ffff:ffff:ffff','2001:db8:201:1::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' -Profile Any -Description $d
  }
  $d = 'Decided by deny lateral-movement/smb at 00-settings.yaml:69 [T1021.002 T1486]. Covers tcp/445. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out block lateral-movement/smb #7a25098794f3') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-7a25098794f3' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol TCP -RemotePort '445' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31','2001:db8:10::25','2001:db8:10::53','2001:db8:10::80/127' -Profile Any -Description $d
  }
  $d = 'Decided by deny lateral-movement/netbios-ns at 00-settings.yaml:69 [T1557]. Covers udp/137. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out block lateral-movement/netbios-ns #610496e04f0d') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-610496e04f0d' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol UDP -RemotePort '137' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.0.10/31','10.20.1.10/31','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31','2001:db8:10::25','2001:db8:10::53','2001:db8:10::80/127' -Profile Any -Description $d
  }
  $d = 'Decided by deny lateral-movement/netbios-dgm at 00-settings.yaml:69 [T1557]. Covers udp/138. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out block lateral-movement/netbios-dgm #7d9e50d60d5a') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-7d9e50d60d5a' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol UDP -RemotePort '138' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.0.10/31','10.20.1.10/31','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31','2001:db8:10::25','2001:db8:10::53','2001:db8:10::80/127' -Profile Any -Description $d
  }
  $d = 'Decided by deny lateral-movement/netbios-ssn at 00-settings.yaml:69 [T1021.002]. Covers tcp/139. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out block lateral-movement/netbios-ssn #648644c5d242') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-648644c5d242' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol TCP -RemotePort '139' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.0.10/31','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31','2001:db8:10::25','2001:db8:10::53','2001:db8:10::80/127' -Profile Any -Description $d
  }
  $d = 'Decided by deny lateral-movement/rpc-epmap at 00-settings.yaml:69 [T1021.003 T1047]. Covers tcp/135. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out block lateral-movement/rpc-epmap #1ebe01a78f0a') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-1ebe01a78f0a' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol TCP -RemotePort '135' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.1.10/31','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31','2001:db8:10::25','2001:db8:10::53','2001:db8:10::80/127' -Profile Any -Description $d
  }
  $d = 'Decided by deny lateral-movement/rpc-dynamic at 00-settings.yaml:69 [T1021.003 T1047]. Covers tcp/49152-65535. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out block lateral-movement/rpc-dynamic #a512a5bbe901') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-a512a5bbe901' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol TCP -RemotePort '49152-65535' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.1.10/31','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31','2001:db8:10::25','2001:db8:10::53','2001:db8:10::80/127' -Profile Any -Description $d
  }
  $d = 'Decided by deny lateral-movement/rpc-dynamic at 00-settings.yaml:69 [T1021.003 T1047]. Covers udp/49152-65535. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out block lateral-movement/rpc-dynamic #3ca6892de7ab') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-3ca6892de7ab' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol UDP -RemotePort '49152-65535' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.1.10/31','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31','2001:db8:10::25','2001:db8:10::53','2001:db8:10::80/127' -Profile Any -Description $d
  }
  $d = 'Decided by deny lateral-movement/rdp at 00-settings.yaml:69 [T1021.001]. Covers tcp/3389. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out block lateral-movement/rdp #f38aa9714702') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-f38aa9714702' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol TCP -RemotePort '3389' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.0.10/31','10.20.1.10/31','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31','2001:db8:10::25','2001:db8:10::53','2001:db8:10::80/127' -Profile Any -Description $d
  }
  $d = 'Decided by deny lateral-movement/rdp at 00-settings.yaml:69 [T1021.001]. Covers udp/3389. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out block lateral-movement/rdp #c599a41e06cf') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-c599a41e06cf' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol UDP -RemotePort '3389' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.0.10/31','10.20.1.10/31','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31','2001:db8:10::25','2001:db8:10::53','2001:db8:10::80/127' -Profile Any -Description $d
  }
  $d = 'Decided by deny lateral-movement/winrm-http at 00-settings.yaml:69 [T1021.006 T1059.001]. Covers tcp/5985. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out block lateral-movement/winrm-http #b8570ebeeaeb') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b8570ebeeaeb' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol TCP -RemotePort '5985' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.0.10/31','10.20.1.10/31','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31','2001:db8:10::25','2001:db8:10::53','2001:db8:10::80/127' -Profile Any -Description $d
  }
  $d = 'Decided by deny lateral-movement/winrm-https at 00-settings.yaml:69 [T1021.006 T1059.001]. Covers tcp/5986. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out block lateral-movement/winrm-https #17cd991fc377') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-17cd991fc377' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol TCP -RemotePort '5986' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.0.10/31','10.20.1.10/31','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31','2001:db8:10::25','2001:db8:10::53','2001:db8:10::80/127' -Profile Any -Description $d
  }
  $d = 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers tcp/0-65535. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out block default #f22622518b7a') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-f22622518b7a' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol TCP -RemoteAddress '10.11.0.0-10.11.1.10','10.11.1.13-10.11.2.10','10.11.2.12-10.11.199.255','10.11.201.0-10.11.255.255' -Profile Any -Description $d
  }
  $d = 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers tcp/0-22, tcp/24-52, tcp/54-87, tcp/89-134, tcp/136-138, tcp/140-388, tcp/390-444, tcp/446-463, tcp/465-635, tcp/637-3267, tcp/3270-3388, tcp/3390-5984, tcp/5987-49151. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out block default #28af6e63299b') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-28af6e63299b' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol TCP -RemotePort '0-22','24-52','54-87','89-134','136-138','140-388','390-444','446-463','465-635','637-3267','3270-3388','3390-5984','5987-49151' -RemoteAddress '10.20.0.10/31' -Profile Any -Description $d
  }
  $d = 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers tcp/0-22, tcp/24-134, tcp/136-138, tcp/140-442, tcp/444, tcp/446-586, tcp/588-992, tcp/994-3388, tcp/3390-5984, tcp/5987-49151. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out block default #d01fd15fc8ea') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-d01fd15fc8ea' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol TCP -RemotePort '0-22','24-134','136-138','140-442','444','446-586','588-992','994-3388','3390-5984','5987-49151' -RemoteAddress '10.20.2.25' -Profile Any -Description $d
  }
  $d = 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers tcp/0-22, tcp/24-134, tcp/136-138, tcp/140-444, tcp/446-630, tcp/632-3388, tcp/3390-5984, tcp/5987-9099, tcp/9101-49151. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out block default #f04bc94afe48') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-f04bc94afe48' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol TCP -RemotePort '0-22','24-134','136-138','140-444','446-630','632-3388','3390-5984','5987-9099','9101-49151' -RemoteAddress '10.10.200.10/31','10.11.200.10' -Profile Any -Description $d
  }
  $d = 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers tcp/0-22, tcp/24-134, tcp/136-138, tcp/140-444, tcp/446-3388, tcp/3390-5984, tcp/5987-49151. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out block default #7d77422027db') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-7d77422027db' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol TCP -RemotePort '0-22','24-134','136-138','140-444','446-3388','3390-5984','5987-49151' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.11.1.11-10.11.1.12','10.11.2.11','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31','2001:db8:10::25','2001:db8:10::53','2001:db8:10::80/127' -Profile Any -Description $d
  }
  $d = 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers tcp/0-22, tcp/24-134, tcp/136-444, tcp/446-3388, tcp/3390-5984, tcp/5987-49151. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out block default #ad12077578d1') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ad12077578d1' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol TCP -RemotePort '0-22','24-134','136-444','446-3388','3390-5984','5987-49151' -RemoteAddress '10.20.1.10/31' -Profile Any -Description $d
  }
  $d = 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers tcp/0-79, tcp/81-138, tcp/140-442, tcp/444, tcp/446-65535. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out block default #d4c9646913a5') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-d4c9646913a5' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol TCP -RemotePort '0-79','81-138','140-442','444','446-65535' -RemoteAddress '0.0.0.0-10.9.255.255','10.12.0.0-10.19.255.255','10.21.0.0-10.29.255.255','10.31.0.0-10.49.255.255','10.51.0.0-10.59.255.255','10.61.0.0-10.69.255.255','10.71.0.0-10.89.255.255','10.91.0.0-10.99.255.255','10.101.0.0-172.16.9.255','172.16.11.0-192.168.99.255','192.168.104.0-255.255.255.255','::-2001:db8:f:ffff:ffff:ffff:ffff:ffff','2001:db8:10:1::-2001:db8:2f:ffff:ffff:ffff:ffff:ffff','2001:db8:30:1::-2001:db8:4f:ffff:ffff:ffff:ffff:ffff','2001:db8:50:1::-2001:db8:5f:ffff:ffff:ffff:ffff:ffff','2001:db8:60:1::-2001:db8:6f:ffff:ffff:ffff:ffff:ffff','2001:db8:70:1::-2001:db8:8f:ffff:ffff:ffff:ffff:ffff','2001:db8:90:1::-2001:db8:9f:ffff:ffff:ffff:ffff:ffff','2001:db8:a0:1::-2001:db8:167:ffff:ffff:ffff:ffff:ffff','2001:db8:168:1::-2001:db8:1ff:ffff:ffff:ffff:ffff:ffff','2001:db8:200:1::-2001:db8:200:ffff:ffff:ffff:ffff:ffff','2001:db8:201:1::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' -Profile Any -Description $d
  }
  $d = 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers udp/0-52, udp/54-87, udp/89-122, udp/124-136, udp/139-388, udp/390-463, udp/465-3388, udp/3390-49151. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out block default #1237d371fc2f') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-1237d371fc2f' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol UDP -RemotePort '0-52','54-87','89-122','124-136','139-388','390-463','465-3388','3390-49151' -RemoteAddress '10.20.0.10/31' -Profile Any -Description $d
  }
  $d = 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers udp/0-66, udp/68-136, udp/139-65535. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out block default #585215f67cc8') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-585215f67cc8' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol UDP -RemotePort '0-66','68-136','139-65535' -RemoteAddress '255.255.255.255' -Profile Any -Description $d
  }
  $d = 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers udp/0-66, udp/69-136, udp/139-3388, udp/3390-49151. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out block default #fda07566638f') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-fda07566638f' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol UDP -RemotePort '0-66','69-136','139-3388','3390-49151' -RemoteAddress '10.11.1.11-10.11.1.12','10.11.2.11' -Profile Any -Description $d
  }
  $d = 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers udp/0-66, udp/69-65535. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out block default #42e210cd6e74') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-42e210cd6e74' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol UDP -RemotePort '0-66','69-65535' -RemoteAddress '10.11.0.0-10.11.1.10','10.11.1.13-10.11.2.10','10.11.2.12-10.11.199.255','10.11.201.0-10.11.255.255' -Profile Any -Description $d
  }
  $d = 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers udp/0-136, udp/139-513, udp/515-3388, udp/3390-49151. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out block default #ebc563b7eade') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ebc563b7eade' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol UDP -RemotePort '0-136','139-513','515-3388','3390-49151' -RemoteAddress '10.90.0.20' -Profile Any -Description $d
  }
  $d = 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers udp/0-136, udp/139-546, udp/548-65535. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out block default #d5fddb4a2876') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-d5fddb4a2876' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol UDP -RemotePort '0-136','139-546','548-65535' -RemoteAddress 'ff02::1:2' -Profile Any -Description $d
  }
  $d = 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers udp/0-136, udp/139-3388, udp/3390-49151. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out block default #3d5863d2892a') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-3d5863d2892a' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol UDP -RemotePort '0-136','139-3388','3390-49151' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.200.10','10.20.1.10/31','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31','2001:db8:10::25','2001:db8:10::53','2001:db8:10::80/127' -Profile Any -Description $d
  }
  $d = 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers udp/0-136, udp/139-65535. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out block default #7c79e0f07f73') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-7c79e0f07f73' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol UDP -RemotePort '0-136','139-65535' -RemoteAddress '0.0.0.0-10.9.255.255','10.12.0.0-10.19.255.255','10.21.0.0-10.29.255.255','10.31.0.0-10.49.255.255','10.51.0.0-10.59.255.255','10.61.0.0-10.69.255.255','10.71.0.0-10.89.255.255','10.91.0.0-10.99.255.255','10.101.0.0-172.16.9.255','172.16.11.0-192.168.99.255','192.168.104.0-255.255.255.254','::-2001:db8:f:ffff:ffff:ffff:ffff:ffff','2001:db8:10:1::-2001:db8:2f:ffff:ffff:ffff:ffff:ffff','2001:db8:30:1::-2001:db8:4f:ffff:ffff:ffff:ffff:ffff','2001:db8:50:1::-2001:db8:5f:ffff:ffff:ffff:ffff:ffff','2001:db8:60:1::-2001:db8:6f:ffff:ffff:ffff:ffff:ffff','2001:db8:70:1::-2001:db8:8f:ffff:ffff:ffff:ffff:ffff','2001:db8:90:1::-2001:db8:9f:ffff:ffff:ffff:ffff:ffff','2001:db8:a0:1::-2001:db8:167:ffff:ffff:ffff:ffff:ffff','2001:db8:168:1::-2001:db8:1ff:ffff:ffff:ffff:ffff:ffff','2001:db8:200:1::-2001:db8:200:ffff:ffff:ffff:ffff:ffff','2001:db8:201:1::-ff02::1:1','ff02::1:3-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' -Profile Any -Description $d
  }
  $d = 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers icmp/0-255. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out block default #0262956780f8') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-0262956780f8' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol ICMPv4 -RemoteAddress '0.0.0.0-10.9.255.255','10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.0.0-10.11.199.255','10.11.200.10','10.11.201.0-10.19.255.255','10.20.0.10/31','10.20.1.10/31','10.20.2.25','10.20.4.10','10.20.4.20','10.21.0.0-10.29.255.255','10.30.0.10','10.30.0.20','10.31.0.0-10.49.255.255','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.51.0.0-10.59.255.255','10.60.0.10','10.60.0.20','10.61.0.0-10.69.255.255','10.70.0.10','10.71.0.0-10.89.255.255','10.90.0.10/31','10.90.0.20','10.91.0.0-10.99.255.255','10.100.1.10','10.101.0.0-172.16.9.255','172.16.10.25','172.16.10.53','172.16.10.80/31','172.16.11.0-192.168.99.255','192.168.104.0-255.255.255.255' -Profile Any -Description $d
  }
  $d = 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers icmpv6. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out block default #c0639a94263e') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-c0639a94263e' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol ICMPv6 -RemoteAddress '::-2001:db8:f:ffff:ffff:ffff:ffff:ffff','2001:db8:10::25','2001:db8:10::53','2001:db8:10::80/127','2001:db8:10:1::-2001:db8:2f:ffff:ffff:ffff:ffff:ffff','2001:db8:30:1::-2001:db8:4f:ffff:ffff:ffff:ffff:ffff','2001:db8:50:1::-2001:db8:5f:ffff:ffff:ffff:ffff:ffff','2001:db8:60:1::-2001:db8:6f:ffff:ffff:ffff:ffff:ffff','2001:db8:70:1::-2001:db8:8f:ffff:ffff:ffff:ffff:ffff','2001:db8:90:1::-2001:db8:9f:ffff:ffff:ffff:ffff:ffff','2001:db8:a0:1::-2001:db8:167:ffff:ffff:ffff:ffff:ffff','2001:db8:168:1::-2001:db8:1ff:ffff:ffff:ffff:ffff:ffff','2001:db8:200:1::-2001:db8:200:ffff:ffff:ffff:ffff:ffff','2001:db8:201:1::-fe7f:ffff:ffff:ffff:ffff:ffff:ffff:ffff','fec0::-ff01:ffff:ffff:ffff:ffff:ffff:ffff:ffff','ff03::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' -Profile Any -Description $d
  }
  $d = 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers icmpv6/0-129, icmpv6/137-140, icmpv6/144-147, icmpv6/150, icmpv6/154-214. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out block default #3986f07162c1') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-3986f07162c1' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol ICMPv6 -IcmpType '0','1','2','3','4','5','6','7','8','9','10','11','12','13','14','15','16','17','18','19','20','21','22','23','24','25','26','27','28','29','30','31','32','33','34','35','36','37','38','39','40','41','42','43','44','45','46','47','48','49','50','51','52','53','54','55','56','57','58','59','60','61','62','63','64','65','66','67','68','69','70','71','72','73','74','75','76','77','78','79','80','81','82','83','84','85','86','87','88','89','90','91','92','93','94','95','96','97','98','99','100','101','102','103','104','105','106','107','108','109','110','111','112','113','114','115','116','117','118','119','120','121','122','123','124','125','126','127','128','129','137','138','139','140','144','145','146','147','150','154','155','156','157','158','159','160','161','162','163','164','165','166','167','168','169','170','171','172','173','174','175','176','177','178','179','180','181','182','183','184','185','186','187','188','189','190','191','192','193','194','195','196','197','198','199','200','201','202','203','204','205','206','207','208','209','210','211','212','213','214' -RemoteAddress 'fe80::/10','ff02::/16' -Profile Any -Description $d
  }
  $d = 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers icmpv6/215-255. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out block default #f1642b44aaa2') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-f1642b44aaa2' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol ICMPv6 -IcmpType '215','216','217','218','219','220','221','222','223','224','225','226','227','228','229','230','231','232','233','234','235','236','237','238','239','240','241','242','243','244','245','246','247','248','249','250','251','252','253','254','255' -RemoteAddress 'fe80::/10','ff02::/16' -Profile Any -Description $d
  }
  $d = 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers any. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out block default #3f656913d965') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-3f656913d965' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol Any -RemoteAddress '10.10.0.0-10.10.1.10','10.10.1.13-10.10.2.10','10.10.2.13-10.10.200.9','10.10.200.12-10.10.255.255','10.11.200.0-10.11.200.9','10.11.200.11-10.11.200.255','10.20.0.0-10.20.0.9','10.20.0.12-10.20.1.9','10.20.1.12-10.20.2.24','10.20.2.26-10.20.4.9','10.20.4.11-10.20.4.19','10.20.4.21-10.20.255.255','10.30.0.0-10.30.0.9','10.30.0.11-10.30.0.19','10.30.0.21-10.30.255.255','10.50.0.0-10.50.0.20','10.50.0.23-10.50.0.29','10.50.0.31-10.50.0.39','10.50.0.41-10.50.255.255','10.60.0.0-10.60.0.9','10.60.0.11-10.60.0.19','10.60.0.21-10.60.255.255','10.70.0.0-10.70.0.9','10.70.0.11-10.70.255.255','10.90.0.0-10.90.0.9','10.90.0.12-10.90.0.19','10.90.0.21-10.90.255.255','10.100.0.0-10.100.1.9','10.100.1.11-10.100.255.255','172.16.10.0-172.16.10.24','172.16.10.26-172.16.10.52','172.16.10.54-172.16.10.79','172.16.10.82-172.16.10.255','192.168.100.0/22','2001:db8:10::-2001:db8:10::24','2001:db8:10::26-2001:db8:10::52','2001:db8:10::54-2001:db8:10::7f','2001:db8:10::82-2001:db8:10:0:ffff:ffff:ffff:ffff','2001:db8:30::/64','2001:db8:50::/64','2001:db8:60::/64','2001:db8:70::/64','2001:db8:90::/64','2001:db8:a0::/64','2001:db8:168::/64','2001:db8:200::/64','2001:db8:201::/64' -Profile Any -Description $d
  }
  $d = 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out block default #76664a620936') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-76664a620936' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 0 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #b5bf2f82abb7') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b5bf2f82abb7' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 2 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #6b51706cd129') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-6b51706cd129' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 3 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #f684e2d3045f') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-f684e2d3045f' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 4 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #bdb6b337cc59') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-bdb6b337cc59' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 5 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #1bf6dfd8db6d') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-1bf6dfd8db6d' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 7 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #4d4492af9d6c') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-4d4492af9d6c' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 8 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #c9562f731142') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-c9562f731142' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 9 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #9c12b0aa1397') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-9c12b0aa1397' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 10 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #f067e7036136') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-f067e7036136' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 11 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #1368f4013249') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-1368f4013249' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 12 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #1fd9b9c1f055') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-1fd9b9c1f055' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 13 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #b52dc3964eba') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b52dc3964eba' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 14 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #20bee226ec1f') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-20bee226ec1f' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 15 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #2b5eea29a0cb') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-2b5eea29a0cb' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 16 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #6b77243e9a57') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-6b77243e9a57' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 18 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #57282f9feb22') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-57282f9feb22' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 19 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #951fe3f3d9d1') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-951fe3f3d9d1' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 20 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #0f24c3df9581') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-0f24c3df9581' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 21 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #b02a79538ae5') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b02a79538ae5' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 22 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #e4156d1c3001') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-e4156d1c3001' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 23 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #267bdd030205') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-267bdd030205' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 24 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #7dffe4b95aa2') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-7dffe4b95aa2' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 25 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #37d58230b48d') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-37d58230b48d' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 26 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #e103ac798415') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-e103ac798415' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 27 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #8069d008d332') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-8069d008d332' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 28 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #20cf82c44766') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-20cf82c44766' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 29 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #75203c7217c8') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-75203c7217c8' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 30 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #2a9d960d75dc') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-2a9d960d75dc' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 31 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #4d72d1938353') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-4d72d1938353' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 32 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #64d5ffc7a0f7') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-64d5ffc7a0f7' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 33 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #0ad2b2eb0ac2') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-0ad2b2eb0ac2' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 34 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #a04ed4c8fc7c') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-a04ed4c8fc7c' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 35 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #9905ec96462b') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-9905ec96462b' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 36 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #3f768ae1247c') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-3f768ae1247c' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 37 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #b9bb34829ae2') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b9bb34829ae2' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 38 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #91f790ac4a55') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-91f790ac4a55' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 39 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #b688e11e5261') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b688e11e5261' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 40 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #8b45a85f9ac1') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-8b45a85f9ac1' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 41 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #19b94c416c10') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-19b94c416c10' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 42 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #c7c6aed65c7d') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-c7c6aed65c7d' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 43 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #d9d6a08d7dc7') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-d9d6a08d7dc7' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 44 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #3b39f1fde661') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-3b39f1fde661' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 45 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #79a8bb3c8256') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-79a8bb3c8256' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 46 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #a62a64da31ea') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-a62a64da31ea' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 47 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #08df7a65a1e9') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-08df7a65a1e9' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 48 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #79872ea80a58') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-79872ea80a58' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 49 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #56e53bb02456') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-56e53bb02456' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 50 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #5d9acd571a83') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-5d9acd571a83' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 51 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #ece6987ad53e') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ece6987ad53e' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 52 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #6f6ad3b21b60') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-6f6ad3b21b60' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 53 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #ea5d5242221e') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ea5d5242221e' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 54 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #a9faa52def5a') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-a9faa52def5a' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 55 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #5a40ccb7ed0a') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-5a40ccb7ed0a' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 56 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #fb7e991d74b1') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-fb7e991d74b1' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 57 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #ac1911374d41') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ac1911374d41' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 59 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #b51093167285') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b51093167285' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 60 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #3c8155a881fe') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-3c8155a881fe' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 61 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #4220f7ec40a9') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-4220f7ec40a9' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 62 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #44ddb6977f61') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-44ddb6977f61' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 63 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #5ad6134764e4') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-5ad6134764e4' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 64 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #67a75b7b0227') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-67a75b7b0227' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 65 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #e710806b27c9') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-e710806b27c9' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 66 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #6fe1adc810cc') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-6fe1adc810cc' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 67 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #64f8fd175ffc') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-64f8fd175ffc' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 68 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #bd43773e2491') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-bd43773e2491' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 69 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #b3e628511582') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b3e628511582' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 70 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #c30fa5cfddcd') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-c30fa5cfddcd' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 71 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #4eb96499d0ae') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-4eb96499d0ae' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 72 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #ebd8a3ee7fd3') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ebd8a3ee7fd3' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 73 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #f054a33ca0cb') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-f054a33ca0cb' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 74 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #c85df7efe1b4') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-c85df7efe1b4' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 75 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #e42d33f82c02') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-e42d33f82c02' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 76 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #1b7ade5fc683') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-1b7ade5fc683' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 77 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #f5e47ba4e8f1') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-f5e47ba4e8f1' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 78 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #71ecb3512d52') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-71ecb3512d52' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 79 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #9c330e649022') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-9c330e649022' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 80 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #3294c61dc7fb') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-3294c61dc7fb' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 81 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #c8eeb98cffe2') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-c8eeb98cffe2' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 82 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #b38e100bfe5f') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b38e100bfe5f' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 83 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #878341ee7670') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-878341ee7670' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 84 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #50496f5a606a') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-50496f5a606a' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 85 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #9715a094ad91') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-9715a094ad91' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 86 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #5afce0f94f9f') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-5afce0f94f9f' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 87 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #f4a6db9b43cb') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-f4a6db9b43cb' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 88 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #eb2ff718e7fa') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-eb2ff718e7fa' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 89 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #c1d7d8c5ca6b') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-c1d7d8c5ca6b' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 90 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #a47b9541b9ba') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-a47b9541b9ba' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 91 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #d0bc64cef069') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-d0bc64cef069' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 92 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #e44b973cafdd') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-e44b973cafdd' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 93 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #823fe7776ef4') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-823fe7776ef4' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 94 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #8943373daf50') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-8943373daf50' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 95 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #273fa20bae13') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-273fa20bae13' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 96 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #dbd5928e3566') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-dbd5928e3566' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 97 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #9dcfa2523b15') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-9dcfa2523b15' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 98 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #488d05b12a6c') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-488d05b12a6c' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 99 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #da54122cd835') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-da54122cd835' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 100 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #7b5cf07e501a') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-7b5cf07e501a' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 101 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #81591f964977') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-81591f964977' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 102 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #6aaa7e1b07a8') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-6aaa7e1b07a8' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 103 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #91e6959eb0b1') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-91e6959eb0b1' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 104 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #e46690f8df99') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-e46690f8df99' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 105 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #3a5162de55ab') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-3a5162de55ab' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 106 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #268db42828e7') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-268db42828e7' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 107 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #1c8efe988c88') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-1c8efe988c88' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 108 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #0d763ec55d27') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-0d763ec55d27' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 109 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #ab3c5f2ed269') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ab3c5f2ed269' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 110 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #8d3eb6c2df05') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-8d3eb6c2df05' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 111 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #9e08812f4567') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-9e08812f4567' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 112 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #03444a15438c') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-03444a15438c' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 113 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #500dc05b502a') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-500dc05b502a' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 114 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #39919a40bc5c') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-39919a40bc5c' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 115 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #594824608f4c') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-594824608f4c' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 116 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #de6b79b1c22c') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-de6b79b1c22c' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 117 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #cdb8c2fbd558') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-cdb8c2fbd558' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 118 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #b47f7986eb28') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b47f7986eb28' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 119 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #2024b5d22245') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-2024b5d22245' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 120 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #8022274c7712') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-8022274c7712' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 121 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #67db571656ae') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-67db571656ae' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 122 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #97463aef82f5') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-97463aef82f5' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 123 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #9d55d622fea4') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-9d55d622fea4' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 124 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #538bacc3eebe') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-538bacc3eebe' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 125 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #aee313ce4a7a') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-aee313ce4a7a' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 126 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #ef369712de5b') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ef369712de5b' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 127 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #ca1e9b59a184') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ca1e9b59a184' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 128 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #7a5de5aabe25') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-7a5de5aabe25' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 129 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #0920afaa2772') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-0920afaa2772' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 130 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #295dc68574f6') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-295dc68574f6' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 131 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #314ccb6697af') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-314ccb6697af' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 132 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #f7d57388aaf1') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-f7d57388aaf1' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 133 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #289f3b3e5681') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-289f3b3e5681' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 134 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #8c75aab0caf8') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-8c75aab0caf8' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 135 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #798340f37782') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-798340f37782' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 136 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #122b18f563a5') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-122b18f563a5' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 137 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #c766ada4d741') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-c766ada4d741' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 138 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #3cb1f6315e9b') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-3cb1f6315e9b' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 139 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #07478d9b3459') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-07478d9b3459' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 140 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #e360e0d9820c') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-e360e0d9820c' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 141 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #ae4c9b04a59b') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ae4c9b04a59b' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 142 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #26d3d0d2c4a9') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-26d3d0d2c4a9' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 143 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #a56842a54f84') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-a56842a54f84' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 144 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #bb5797d28646') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-bb5797d28646' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 145 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #fcaedd4da2dd') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-fcaedd4da2dd' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 146 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #2757f9e5467f') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-2757f9e5467f' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 147 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #1a9bbd471dff') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-1a9bbd471dff' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 148 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #d294de2af3f8') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-d294de2af3f8' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 149 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #29cde209e661') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-29cde209e661' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 150 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #c2cf5ecc96a4') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-c2cf5ecc96a4' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 151 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #a5b414072c2b') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-a5b414072c2b' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 152 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #c556fb1b5d56') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-c556fb1b5d56' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 153 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #b2a9b523c7ca') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b2a9b523c7ca' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 154 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #f0c88a5a5055') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-f0c88a5a5055' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 155 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #923b49eaae96') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-923b49eaae96' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 156 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #82d3dbbe1c13') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-82d3dbbe1c13' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 157 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #b21093b1ed02') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b21093b1ed02' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 158 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #99fa5b358994') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-99fa5b358994' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 159 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #a02d39b7cf21') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-a02d39b7cf21' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 160 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #b7b0f5bd20a9') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b7b0f5bd20a9' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 161 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #829999802e03') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-829999802e03' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 162 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #5a0fc1f2dcc1') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-5a0fc1f2dcc1' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 163 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #cfbaa61889be') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-cfbaa61889be' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 164 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #ee591dd10e16') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ee591dd10e16' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 165 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #2d8215c496cb') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-2d8215c496cb' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 166 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #9c00023c28e9') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-9c00023c28e9' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 167 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #4fe453e52889') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-4fe453e52889' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 168 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #23a060e106c3') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-23a060e106c3' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 169 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #afc837fda01b') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-afc837fda01b' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 170 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #808d02eb0757') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-808d02eb0757' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 171 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #36b7cf7f66bb') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-36b7cf7f66bb' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 172 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #303b10d81dd8') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-303b10d81dd8' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 173 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #b1399a43ede9') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b1399a43ede9' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 174 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #e87dcf45f69c') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-e87dcf45f69c' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 175 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #9cbd622d9421') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-9cbd622d9421' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 176 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #b6f57c492c98') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b6f57c492c98' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 177 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #a937372f2fac') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-a937372f2fac' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 178 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #8120e55b4523') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-8120e55b4523' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 179 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #26f0279c900a') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-26f0279c900a' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 180 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #46bde2380d32') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-46bde2380d32' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 181 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #a12490570ad2') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-a12490570ad2' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 182 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #ea6bc33ee6e4') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ea6bc33ee6e4' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 183 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #9bf65d899204') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-9bf65d899204' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 184 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #008bfd4d8107') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-008bfd4d8107' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 185 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #73f0f718c6b6') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-73f0f718c6b6' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 186 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #7efaef5701bb') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-7efaef5701bb' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 187 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #04d3c0aa5c37') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-04d3c0aa5c37' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 188 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #886d5126fccd') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-886d5126fccd' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 189 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #d1ab06e41d9a') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-d1ab06e41d9a' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 190 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #69ad8e56279b') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-69ad8e56279b' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 191 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #ae4b7ebd8f77') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ae4b7ebd8f77' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 192 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #dfb321a88c23') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-dfb321a88c23' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 193 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #ad38fd1ec901') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ad38fd1ec901' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 194 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #e6deaea703fa') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-e6deaea703fa' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 195 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #61998d0d52a5') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-61998d0d52a5' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 196 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #472453fc0e99') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-472453fc0e99' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 197 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #cc892cb8ef28') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-cc892cb8ef28' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 198 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #27a96db6af6a') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-27a96db6af6a' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 199 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #b0373c498d4f') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b0373c498d4f' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 200 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #df8c5ae00ffb') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-df8c5ae00ffb' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 201 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #a75019e31e81') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-a75019e31e81' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 202 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #8a3a7ca850ec') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-8a3a7ca850ec' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 203 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #4a847d0b563e') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-4a847d0b563e' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 204 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #68553ef1a09e') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-68553ef1a09e' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 205 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #60485d2b2ab4') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-60485d2b2ab4' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 206 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #dc61e8d721cd') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-dc61e8d721cd' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 207 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #89071a24ed13') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-89071a24ed13' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 208 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #07fa97d8f043') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-07fa97d8f043' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 209 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #95f2652664c6') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-95f2652664c6' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 210 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #6bddeee8310e') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-6bddeee8310e' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 211 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #1dd9f6fef6cf') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-1dd9f6fef6cf' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 212 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #585d7d03e946') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-585d7d03e946' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 213 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #80ceec1fe333') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-80ceec1fe333' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 214 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #c99c54c829d8') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-c99c54c829d8' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 215 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #94de452df2d5') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-94de452df2d5' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 216 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #5b70a6baa0b8') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-5b70a6baa0b8' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 217 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #807eca399b8a') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-807eca399b8a' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 218 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #0128585f91d8') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-0128585f91d8' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 219 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #80ecf7ae04e2') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-80ecf7ae04e2' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 220 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #36c01a2ae86e') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-36c01a2ae86e' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 221 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #b05dad7b5215') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b05dad7b5215' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 222 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #a691aaffb7ec') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-a691aaffb7ec' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 223 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #48cc3f9b3c14') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-48cc3f9b3c14' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 224 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #6f3e9eadc9cf') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-6f3e9eadc9cf' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 225 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #b2aa83c159f1') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b2aa83c159f1' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 226 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #0448d522bc40') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-0448d522bc40' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 227 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #ee6bf6b4902f') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ee6bf6b4902f' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 228 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #f5e683096075') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-f5e683096075' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 229 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #739fd4242760') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-739fd4242760' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 230 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #14c7b8359247') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-14c7b8359247' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 231 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #b40597564369') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b40597564369' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 232 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #921cb763deca') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-921cb763deca' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 233 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #2c98176c3394') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-2c98176c3394' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 234 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #d1524e4c411f') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-d1524e4c411f' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 235 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #6cfdda9e4f9d') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-6cfdda9e4f9d' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 236 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #c0ceee883cd2') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-c0ceee883cd2' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 237 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #271f14fa8ba6') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-271f14fa8ba6' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 238 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #8fd8fdff5e90') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-8fd8fdff5e90' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 239 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #42253add01fe') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-42253add01fe' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 240 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #ea1c281688da') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-ea1c281688da' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 241 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #4967c845313b') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-4967c845313b' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 242 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #034ff42e9b57') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-034ff42e9b57' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 243 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #f54ed5ab9aaa') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-f54ed5ab9aaa' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 244 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #37e5e3bbd83e') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-37e5e3bbd83e' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 245 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #2545a18dd84a') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-2545a18dd84a' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 246 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #10e590aa0aa0') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-10e590aa0aa0' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 247 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #b8f3e2f1f0ff') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b8f3e2f1f0ff' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 248 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #a8eddf44784b') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-a8eddf44784b' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 249 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #7cfe555d127d') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-7cfe555d127d' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 250 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #3eea7379d4ea') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-3eea7379d4ea' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 251 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #b44febf6c586') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b44febf6c586' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 252 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #08185f00e5ac') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-08185f00e5ac' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 253 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #a6ad6ca2c221') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-a6ad6ca2c221' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 254 -Profile Any -Description $d
  }
  if (Test-New ($n = 'bulkhead out block default #b273a4395bb8') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-b273a4395bb8' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Block -Protocol 255 -Profile Any -Description $d
  }
  $d = 'Decided by allow ad-members-to-dcs at 40-rules-internal.yaml:26 [T1021.002 T1021.003 T1047 T1486]. Covers tcp/53, tcp/88, tcp/135, tcp/389, tcp/445, tcp/464, tcp/636, tcp/3268-3269, tcp/49152-65535. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out allow ad-members-to-dcs #29741df43b74') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-29741df43b74' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Allow -Protocol TCP -RemotePort '53','88','135','389','445','464','636','3268-3269','49152-65535' -RemoteAddress '10.20.0.10/31' -Profile Any -Description $d
  }
  $d = 'Decided by allow ad-members-to-dcs at 40-rules-internal.yaml:26 [T1021.003 T1047]. Covers udp/53, udp/88, udp/123, udp/389, udp/464, udp/49152-65535. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out allow ad-members-to-dcs #1de6626976e9') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-1de6626976e9' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Allow -Protocol UDP -RemotePort '53','88','123','389','464','49152-65535' -RemoteAddress '10.20.0.10/31' -Profile Any -Description $d
  }
  $d = 'Decided by allow workstations-to-file-servers at 40-rules-internal.yaml:52 [T1021.002 T1486]. Covers tcp/445. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out allow workstations-to-file-servers #1496278267e9') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-1496278267e9' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Allow -Protocol TCP -RemotePort '445' -RemoteAddress '10.20.1.10/31' -Profile Any -Description $d
  }
  $d = 'Decided by allow workstations-to-printers at 40-rules-internal.yaml:70. Covers tcp/631, tcp/9100. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out allow workstations-to-printers #5f8e9023dd0d') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-5f8e9023dd0d' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Allow -Protocol TCP -RemotePort '631','9100' -RemoteAddress '10.10.200.10/31','10.11.200.10' -Profile Any -Description $d
  }
  $d = 'Decided by allow workstations-to-mail at 40-rules-internal.yaml:77. Covers tcp/443, tcp/587, tcp/993. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out allow workstations-to-mail #700acae846be') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-700acae846be' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Allow -Protocol TCP -RemotePort '443','587','993' -RemoteAddress '10.20.2.25' -Profile Any -Description $d
  }
  $d = 'Decided by allow logs-to-siem at 40-rules-internal.yaml:201. Covers udp/514. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out allow logs-to-siem #c55387cbe9c0') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-c55387cbe9c0' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Allow -Protocol UDP -RemotePort '514' -RemoteAddress '10.90.0.20' -Profile Any -Description $d
  }
  $d = 'Decided by allow workstations-browse at 45-rules-perimeter.yaml:112. Covers tcp/80, tcp/443. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out allow workstations-browse #c3392c396c3b') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-c3392c396c3b' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Allow -Protocol TCP -RemotePort '80','443' -RemoteAddress '0.0.0.0-10.9.255.255','10.12.0.0-10.19.255.255','10.21.0.0-10.29.255.255','10.31.0.0-10.49.255.255','10.51.0.0-10.59.255.255','10.61.0.0-10.69.255.255','10.71.0.0-10.89.255.255','10.91.0.0-10.99.255.255','10.101.0.0-172.16.9.255','172.16.11.0-192.168.99.255','192.168.104.0-255.255.255.255','::-2001:db8:f:ffff:ffff:ffff:ffff:ffff','2001:db8:10:1::-2001:db8:2f:ffff:ffff:ffff:ffff:ffff','2001:db8:30:1::-2001:db8:4f:ffff:ffff:ffff:ffff:ffff','2001:db8:50:1::-2001:db8:5f:ffff:ffff:ffff:ffff:ffff','2001:db8:60:1::-2001:db8:6f:ffff:ffff:ffff:ffff:ffff','2001:db8:70:1::-2001:db8:8f:ffff:ffff:ffff:ffff:ffff','2001:db8:90:1::-2001:db8:9f:ffff:ffff:ffff:ffff:ffff','2001:db8:a0:1::-2001:db8:167:ffff:ffff:ffff:ffff:ffff','2001:db8:168:1::-2001:db8:1ff:ffff:ffff:ffff:ffff:ffff','2001:db8:200:1::-2001:db8:200:ffff:ffff:ffff:ffff:ffff','2001:db8:201:1::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' -Profile Any -Description $d
  }
  $d = 'Decided by allow host-essentials/icmpv6-nd@ws-branch at 00-settings.yaml:69. Covers icmpv6/133-136, icmpv6/141-142, icmpv6/148-149. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out allow host-essentials/icmpv6-nd@ws-branch #de877fd2fad6') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-de877fd2fad6' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Allow -Protocol ICMPv6 -IcmpType '133','134','135','136','141','142','148','149' -RemoteAddress 'fe80::/10','ff02::/16' -Profile Any -Description $d
  }
  $d = 'Decided by allow host-essentials/icmpv6-mld@ws-branch at 00-settings.yaml:69. Covers icmpv6/130-132, icmpv6/143, icmpv6/151-153. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out allow host-essentials/icmpv6-mld@ws-branch #95fb6d63d045') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-95fb6d63d045' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Allow -Protocol ICMPv6 -IcmpType '130','131','132','143','151','152','153' -RemoteAddress 'fe80::/10','ff02::/16' -Profile Any -Description $d
  }
  $d = 'Decided by allow host-essentials/dhcp-request@ws-branch at 00-settings.yaml:69. Covers udp/67. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out allow host-essentials/dhcp-request@ws-branch #c9dd940f8f7d') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-c9dd940f8f7d' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Allow -Protocol UDP -RemotePort '67' -RemoteAddress '10.11.0.0-10.11.199.255','10.11.201.0-10.11.255.255','255.255.255.255' -Profile Any -Description $d
  }
  $d = 'Decided by allow host-essentials/dhcp-reply@ws-branch at 00-settings.yaml:69. Covers udp/68. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out allow host-essentials/dhcp-reply@ws-branch #0eaa082899d9') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-0eaa082899d9' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Allow -Protocol UDP -RemotePort '68' -RemoteAddress '10.11.0.0-10.11.199.255','10.11.201.0-10.11.255.255' -Profile Any -Description $d
  }
  $d = 'Decided by allow host-essentials/dhcpv6-request at 00-settings.yaml:69. Covers udp/547. Policy enterprise.'
  if (Test-New ($n = 'bulkhead out allow host-essentials/dhcpv6-request #3b52a6f81d95') $d) {
    $null = New-NetFirewallRule -Name 'bulkhead-3b52a6f81d95' -Group 'bulkhead' -DisplayName $n -Direction Outbound -Action Allow -Protocol UDP -RemotePort '547' -RemoteAddress 'ff02::1:2' -Profile Any -Description $d
  }
} catch {
  # Undo this run's additions; the rules of the earlier run are still in place.
  Get-NetFirewallRule -Group 'bulkhead' -ErrorAction SilentlyContinue | Where-Object { -not $have.ContainsKey($_.Name) } | Remove-NetFirewallRule
  throw
}
if ($PSCmdlet.ShouldProcess('profiles Domain, Private, Public', 'Set-NetFirewallProfile')) {
  Set-NetFirewallProfile -Profile Domain,Private,Public -Enabled True -DefaultInboundAction Block -DefaultOutboundAction Block -LogBlocked True -LogAllowed True -LogFileName '%SystemRoot%\System32\LogFiles\Firewall\pfirewall.log' -LogMaxSizeKilobytes 16384
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
  $want = @{ Enabled = @('True', 'NotConfigured'); DefaultInboundAction = @('Block', 'NotConfigured'); DefaultOutboundAction = @('Block') }
  $problems = @()
  foreach ($p in @(Get-NetFirewallProfile -PolicyStore ActiveStore)) {
    foreach ($s in $want.Keys) {
      if ($want[$s] -notcontains "$($p.$s)") { $problems += "profile $($p.Name): $s is $($p.$s), expected $($want[$s][0])" }
    }
    if ("$($p.AllowLocalFirewallRules)" -eq 'False') { $problems += "profile $($p.Name): AllowLocalFirewallRules is False, a Group Policy discards locally added rules, bulkhead's included" }
  }
  $active = @(Get-NetFirewallRule -PolicyStore ActiveStore -DisplayName 'bulkhead *' -ErrorAction SilentlyContinue | Where-Object { $wanted.ContainsKey($_.DisplayName) } | ForEach-Object { $_.DisplayName } | Sort-Object -Unique).Count
  if ($active -ne 583) { $problems += "$active of 583 bulkhead rules are in the active store" }
  if ($problems.Count -gt 0) { throw "bulkhead: the rules are not in force: $($problems -join '; ')" }
}
