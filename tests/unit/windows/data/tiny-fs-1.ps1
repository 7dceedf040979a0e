# bulkhead: Windows Defender Firewall rules for host 'fs-1' (policy tiny)
# Addresses: 10.1.0.20, 2001:db8::20
# Inbound: default Block, 3 rules. Outbound: default Allow, 2 rules.
# Log blocked connections: yes (wanted by no-rdp).
# Log allowed connections: no (wanted by no rule).
# Policy files: p.yaml
#
# Run elevated (Windows PowerShell 5.1 or PowerShell 7); preview first with -WhatIf.
# Adds the rules below to the group 'bulkhead', then removes the rules of an earlier
# run (group 'bulkhead', and rules named 'bulkhead' or 'bulkhead-new' from the netsh
# form) and sets the Domain, Private and Public profiles. No other rule is touched.
# If a rule cannot be added, this run's rules are removed and the earlier ones stay.
# Roll back: bulkhead render POLICY --target windows --uninstall
[CmdletBinding(SupportsShouldProcess)]
param()
$ErrorActionPreference = 'Stop'
Import-Module NetSecurity

$old = @(Get-NetFirewallRule -Group 'bulkhead' -ErrorAction SilentlyContinue) + @(Get-NetFirewallRule -DisplayName 'bulkhead', 'bulkhead-new' -ErrorAction SilentlyContinue)
$oldNames = @($old | ForEach-Object { $_.Name })
try {
  # Inbound rules (profile default Block)
  if ($PSCmdlet.ShouldProcess('bulkhead in 001 block no-rdp', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 001 block no-rdp' -Direction Inbound -Action Block -Protocol TCP -LocalPort '3389' -Profile Any -Description 'Decided by deny no-rdp at p.yaml:16 [T1021.001]. Covers tcp/3389. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 002 block no-rdp', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 002 block no-rdp' -Direction Inbound -Action Block -Protocol UDP -LocalPort '3389' -Profile Any -Description 'Decided by deny no-rdp at p.yaml:16 [T1021.001]. Covers udp/3389. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 003 allow smb-to-files', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 003 allow smb-to-files' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '445' -RemoteAddress '10.1.0.10' -Profile Any -Description 'Decided by allow smb-to-files at p.yaml:11 [T1021.002 T1486]. Covers tcp/445. Policy tiny.'
  }
  # Outbound rules (profile default Allow)
  if ($PSCmdlet.ShouldProcess('bulkhead out 001 block no-rdp', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 001 block no-rdp' -Direction Outbound -Action Block -Protocol TCP -RemotePort '3389' -RemoteAddress '10.1.0.10','10.1.0.20','2001:db8::20' -Profile Any -Description 'Decided by deny no-rdp at p.yaml:16 [T1021.001]. Covers tcp/3389. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 002 block no-rdp', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 002 block no-rdp' -Direction Outbound -Action Block -Protocol UDP -RemotePort '3389' -RemoteAddress '10.1.0.10','10.1.0.20','2001:db8::20' -Profile Any -Description 'Decided by deny no-rdp at p.yaml:16 [T1021.001]. Covers udp/3389. Policy tiny.'
  }
} catch {
  # Undo this run's additions; the rules of the earlier run are still in place.
  Get-NetFirewallRule -Group 'bulkhead' -ErrorAction SilentlyContinue | Where-Object { $oldNames -notcontains $_.Name } | Remove-NetFirewallRule
  throw
}
if ($old.Count -gt 0 -and $PSCmdlet.ShouldProcess("$($old.Count) rules of an earlier bulkhead run", 'Remove-NetFirewallRule')) {
  $old | Remove-NetFirewallRule
}
if ($PSCmdlet.ShouldProcess('profiles Domain, Private, Public', 'Set-NetFirewallProfile')) {
  Set-NetFirewallProfile -Profile Domain,Private,Public -Enabled True -DefaultInboundAction Block -DefaultOutboundAction Allow -LogBlocked True -LogAllowed False -LogFileName '%SystemRoot%\System32\LogFiles\Firewall\pfirewall.log' -LogMaxSizeKilobytes 16384
}
