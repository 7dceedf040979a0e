# bulkhead: removes what bulkhead's Windows Defender Firewall scripts added (policy enterprise)
#
# Run elevated; preview first with -WhatIf. Restores the Domain, Private and Public
# profile settings saved before bulkhead's first run (Windows' defaults, inbound Block,
# outbound Allow, no logging, 4096 KB log, when none were saved), then removes every
# rule bulkhead manages: the group 'bulkhead', and the rules whose DisplayName starts
# with 'bulkhead ' or is 'bulkhead' or 'bulkhead-new' (netsh forms). No other rule is
# touched. Also removes the rollback task and bulkhead's saved state.
[CmdletBinding(SupportsShouldProcess)]
param()
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
Restore-Before
