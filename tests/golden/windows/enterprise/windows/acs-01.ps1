# bulkhead: Windows Defender Firewall rules for host 'acs-01' (policy enterprise)
# Addresses: 10.20.4.20
# Inbound: default Block, 287 rules. Outbound: default Block, 294 rules.
# Profiles: Domain, Private and Public (every rule applies to all three; all three get the defaults).
# Exact on a machine with other Allow rules: everything the policy blocks here is a Block rule.
# Log blocked connections: yes (wanted by wifi-never-internal, no-telnet-anywhere, no-remote-admin-from-internet, lateral-movement/rpc-epmap, lateral-movement/rdp, lateral-movement/winrm-http, lateral-movement/winrm-https).
# Log allowed connections: yes (wanted by ad-members-to-dcs, jump-host-administers-managed-hosts).
# Policy files: 00-settings.yaml, 10-zones.yaml, 20-hosts.yaml, 30-services.yaml, 40-rules-internal.yaml, 45-rules-perimeter.yaml, 50-expect.yaml
#
# Run elevated (Windows PowerShell 5.1 or PowerShell 7); preview first with -WhatIf.
# Adds the rules below to the group 'bulkhead', then removes the rules of an earlier
# run (group 'bulkhead', and rules named 'bulkhead' or 'bulkhead-new' from the netsh
# form) and sets the Domain, Private and Public profiles. No other rule is touched.
# If a rule cannot be added, this run's rules are removed and the earlier ones stay.
# Then it reads the active store back and throws, naming the profile and the setting,
# when a profile is off or has other defaults, when a Group Policy discards local
# rules (AllowLocalFirewallRules False), or when rules are missing from it.
# Roll back: bulkhead render POLICY --target windows --uninstall
[CmdletBinding(SupportsShouldProcess)]
param()
$ErrorActionPreference = 'Stop'
Import-Module NetSecurity

$old = @(Get-NetFirewallRule -Group 'bulkhead' -ErrorAction SilentlyContinue) + @(Get-NetFirewallRule -DisplayName 'bulkhead', 'bulkhead-new' -ErrorAction SilentlyContinue)
$oldNames = @($old | ForEach-Object { $_.Name })
try {
  # Inbound rules (profile default Block)
  if ($PSCmdlet.ShouldProcess('bulkhead in 001 block wifi-never-internal', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 001 block wifi-never-internal' -Direction Inbound -Action Block -Protocol Any -RemoteAddress '192.168.100.0/22','2001:db8:168::/64' -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153. Covers any. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 002 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 002 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 0 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 0. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 003 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 003 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 2 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 2. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 004 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 004 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 3 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 3. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 005 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 005 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 4 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 4. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 006 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 006 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 5 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 5. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 007 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 007 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 7 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 7. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 008 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 008 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 8 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 8. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 009 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 009 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 9 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 9. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 010 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 010 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 10 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 10. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 011 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 011 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 11 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 11. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 012 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 012 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 12 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 12. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 013 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 013 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 13 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 13. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 014 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 014 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 14 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 14. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 015 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 015 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 15 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 15. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 016 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 016 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 16 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 16. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 017 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 017 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 18 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 18. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 018 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 018 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 19 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 19. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 019 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 019 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 20 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 20. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 020 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 020 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 21 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 21. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 021 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 021 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 22 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 22. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 022 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 022 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 23 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 23. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 023 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 023 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 24 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 24. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 024 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 024 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 25 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 25. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 025 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 025 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 26 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 26. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 026 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 026 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 27 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 27. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 027 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 027 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 28 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 28. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 028 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 028 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 29 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 29. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 029 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 029 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 30 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 30. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 030 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 030 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 31 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 31. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 031 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 031 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 32 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 32. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 032 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 032 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 33 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 33. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 033 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 033 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 34 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 34. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 034 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 034 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 35 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 35. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 035 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 035 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 36 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 36. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 036 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 036 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 37 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 37. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 037 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 037 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 38 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 38. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 038 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 038 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 39 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 39. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 039 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 039 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 40 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 40. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 040 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 040 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 41 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 41. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 041 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 041 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 42 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 42. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 042 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 042 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 43 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 43. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 043 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 043 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 44 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 44. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 044 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 044 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 45 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 45. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 045 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 045 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 46 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 46. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 046 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 046 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 47 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 47. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 047 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 047 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 48 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 48. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 048 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 048 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 49 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 49. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 049 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 049 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 50 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 50. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 050 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 050 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 51 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 51. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 051 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 051 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 52 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 52. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 052 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 052 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 53 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 53. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 053 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 053 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 54 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 54. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 054 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 054 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 55 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 55. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 055 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 055 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 56 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 56. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 056 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 056 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 57 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 57. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 057 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 057 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 59 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 59. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 058 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 058 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 60 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 60. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 059 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 059 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 61 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 61. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 060 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 060 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 62 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 62. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 061 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 061 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 63 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 63. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 062 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 062 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 64 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 64. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 063 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 063 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 65 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 65. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 064 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 064 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 66 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 66. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 065 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 065 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 67 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 67. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 066 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 066 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 68 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 68. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 067 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 067 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 69 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 69. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 068 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 068 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 70 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 70. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 069 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 069 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 71 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 71. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 070 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 070 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 72 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 72. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 071 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 071 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 73 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 73. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 072 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 072 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 74 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 74. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 073 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 073 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 75 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 75. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 074 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 074 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 76 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 76. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 075 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 075 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 77 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 77. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 076 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 076 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 78 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 78. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 077 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 077 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 79 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 79. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 078 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 078 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 80 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 80. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 079 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 079 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 81 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 81. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 080 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 080 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 82 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 82. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 081 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 081 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 83 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 83. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 082 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 082 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 84 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 84. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 083 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 083 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 85 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 85. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 084 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 084 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 86 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 86. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 085 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 085 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 87 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 87. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 086 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 086 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 88 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 88. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 087 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 087 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 89 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 89. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 088 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 088 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 90 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 90. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 089 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 089 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 91 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 91. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 090 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 090 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 92 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 92. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 091 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 091 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 93 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 93. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 092 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 092 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 94 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 94. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 093 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 093 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 95 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 95. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 094 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 094 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 96 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 96. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 095 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 095 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 97 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 97. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 096 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 096 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 98 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 98. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 097 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 097 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 99 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 99. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 098 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 098 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 100 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 100. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 099 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 099 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 101 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 101. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 100 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 100 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 102 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 102. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 101 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 101 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 103 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 103. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 102 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 102 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 104 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 104. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 103 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 103 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 105 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 105. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 104 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 104 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 106 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 106. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 105 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 105 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 107 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 107. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 106 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 106 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 108 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 108. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 107 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 107 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 109 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 109. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 108 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 108 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 110 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 110. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 109 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 109 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 111 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 111. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 110 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 110 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 112 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 112. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 111 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 111 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 113 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 113. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 112 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 112 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 114 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 114. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 113 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 113 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 115 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 115. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 114 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 114 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 116 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 116. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 115 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 115 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 117 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 117. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 116 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 116 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 118 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 118. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 117 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 117 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 119 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 119. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 118 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 118 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 120 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 120. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 119 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 119 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 121 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 121. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 120 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 120 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 122 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 122. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 121 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 121 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 123 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 123. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 122 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 122 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 124 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 124. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 123 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 123 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 125 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 125. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 124 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 124 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 126 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 126. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 125 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 125 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 127 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 127. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 126 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 126 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 128 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 128. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 127 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 127 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 129 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 129. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 128 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 128 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 130 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 130. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 129 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 129 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 131 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 131. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 130 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 130 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 132 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 132. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 131 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 131 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 133 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 133. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 132 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 132 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 134 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 134. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 133 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 133 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 135 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 135. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 134 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 134 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 136 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 136. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 135 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 135 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 137 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 137. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 136 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 136 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 138 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 138. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 137 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 137 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 139 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 139. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 138 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 138 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 140 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 140. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 139 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 139 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 141 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 141. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 140 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 140 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 142 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 142. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 141 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 141 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 143 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 143. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 142 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 142 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 144 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 144. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 143 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 143 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 145 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 145. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 144 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 144 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 146 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 146. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 145 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 145 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 147 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 147. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 146 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 146 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 148 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 148. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 147 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 147 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 149 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 149. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 148 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 148 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 150 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 150. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 149 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 149 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 151 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 151. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 150 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 150 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 152 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 152. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 151 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 151 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 153 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 153. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 152 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 152 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 154 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 154. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 153 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 153 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 155 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 155. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 154 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 154 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 156 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 156. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 155 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 155 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 157 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 157. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 156 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 156 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 158 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 158. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 157 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 157 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 159 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 159. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 158 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 158 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 160 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 160. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 159 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 159 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 161 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 161. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 160 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 160 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 162 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 162. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 161 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 161 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 163 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 163. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 162 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 162 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 164 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 164. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 163 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 163 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 165 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 165. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 164 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 164 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 166 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 166. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 165 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 165 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 167 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 167. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 166 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 166 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 168 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 168. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 167 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 167 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 169 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 169. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 168 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 168 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 170 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 170. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 169 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 169 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 171 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 171. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 170 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 170 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 172 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 172. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 171 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 171 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 173 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 173. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 172 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 172 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 174 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 174. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 173 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 173 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 175 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 175. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 174 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 174 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 176 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 176. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 175 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 175 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 177 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 177. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 176 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 176 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 178 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 178. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 177 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 177 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 179 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 179. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 178 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 178 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 180 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 180. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 179 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 179 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 181 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 181. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 180 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 180 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 182 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 182. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 181 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 181 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 183 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 183. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 182 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 182 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 184 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 184. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 183 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 183 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 185 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 185. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 184 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 184 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 186 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 186. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 185 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 185 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 187 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 187. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 186 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 186 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 188 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 188. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 187 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 187 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 189 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 189. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 188 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 188 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 190 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 190. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 189 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 189 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 191 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 191. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 190 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 190 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 192 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 192. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 191 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 191 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 193 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 193. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 192 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 192 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 194 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 194. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 193 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 193 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 195 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 195. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 194 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 194 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 196 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 196. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 195 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 195 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 197 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 197. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 196 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 196 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 198 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 198. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 197 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 197 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 199 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 199. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 198 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 198 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 200 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 200. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 199 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 199 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 201 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 201. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 200 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 200 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 202 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 202. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 201 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 201 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 203 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 203. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 202 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 202 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 204 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 204. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 203 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 203 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 205 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 205. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 204 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 204 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 206 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 206. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 205 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 205 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 207 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 207. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 206 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 206 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 208 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 208. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 207 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 207 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 209 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 209. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 208 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 208 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 210 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 210. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 209 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 209 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 211 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 211. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 210 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 210 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 212 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 212. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 211 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 211 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 213 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 213. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 212 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 212 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 214 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 214. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 213 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 213 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 215 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 215. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 214 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 214 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 216 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 216. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 215 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 215 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 217 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 217. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 216 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 216 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 218 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 218. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 217 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 217 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 219 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 219. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 218 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 218 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 220 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 220. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 219 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 219 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 221 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 221. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 220 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 220 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 222 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 222. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 221 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 221 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 223 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 223. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 222 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 222 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 224 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 224. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 223 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 223 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 225 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 225. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 224 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 224 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 226 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 226. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 225 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 225 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 227 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 227. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 226 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 226 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 228 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 228. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 227 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 227 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 229 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 229. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 228 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 228 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 230 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 230. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 229 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 229 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 231 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 231. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 230 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 230 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 232 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 232. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 231 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 231 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 233 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 233. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 232 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 232 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 234 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 234. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 233 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 233 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 235 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 235. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 234 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 234 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 236 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 236. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 235 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 235 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 237 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 237. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 236 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 236 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 238 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 238. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 237 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 237 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 239 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 239. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 238 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 238 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 240 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 240. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 239 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 239 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 241 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 241. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 240 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 240 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 242 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 242. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 241 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 241 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 243 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 243. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 242 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 242 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 244 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 244. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 243 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 243 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 245 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 245. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 244 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 244 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 246 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 246. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 245 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 245 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 247 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 247. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 246 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 246 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 248 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 248. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 247 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 247 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 249 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 249. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 248 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 248 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 250 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 250. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 249 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 249 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 251 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 251. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 250 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 250 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 252 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 252. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 251 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 251 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 253 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 253. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 252 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 252 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 254 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 254. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 253 block wifi-never-internal +1', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 253 block wifi-never-internal +1' -Direction Inbound -Action Block -Protocol 255 -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153, the default default_inbound deny (settings at 00-settings.yaml:21). Covers IP protocol 255. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 254 block no-telnet-anywhere', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 254 block no-telnet-anywhere' -Direction Inbound -Action Block -Protocol TCP -LocalPort '23' -Profile Any -Description 'Decided by override-deny no-telnet-anywhere at 45-rules-perimeter.yaml:171. Covers tcp/23. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 255 block no-remote-admin-from-internet', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 255 block no-remote-admin-from-internet' -Direction Inbound -Action Block -Protocol TCP -LocalPort '22','3389','5900-5903','5985-5986' -RemoteAddress '0.0.0.0-10.9.255.255','10.12.0.0-10.19.255.255','10.21.0.0-10.29.255.255','10.31.0.0-10.49.255.255','10.51.0.0-10.59.255.255','10.61.0.0-10.69.255.255','10.71.0.0-10.89.255.255','10.91.0.0-10.99.255.255','10.101.0.0-172.16.9.255','172.16.11.0-192.168.99.255','192.168.104.0-255.255.255.255','::-2001:db8:f:ffff:ffff:ffff:ffff:ffff','2001:db8:10:1::-2001:db8:2f:ffff:ffff:ffff:ffff:ffff','2001:db8:30:1::-2001:db8:4f:ffff:ffff:ffff:ffff:ffff','2001:db8:50:1::-2001:db8:5f:ffff:ffff:ffff:ffff:ffff','2001:db8:60:1::-2001:db8:6f:ffff:ffff:ffff:ffff:ffff','2001:db8:70:1::-2001:db8:8f:ffff:ffff:ffff:ffff:ffff','2001:db8:90:1::-2001:db8:9f:ffff:ffff:ffff:ffff:ffff','2001:db8:a0:1::-2001:db8:167:ffff:ffff:ffff:ffff:ffff','2001:db8:168:1::-2001:db8:1ff:ffff:ffff:ffff:ffff:ffff','2001:db8:200:1::-2001:db8:200:ffff:ffff:ffff:ffff:ffff','2001:db8:201:1::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' -Profile Any -Description 'Decided by override-deny no-remote-admin-from-internet at 45-rules-perimeter.yaml:182 [T1021.001 T1021.004 T1021.005 T1021.006 T1059.001]. Covers tcp/22, tcp/3389, tcp/5900-5903, tcp/5985-5986. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 256 block no-remote-admin-from-internet', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 256 block no-remote-admin-from-internet' -Direction Inbound -Action Block -Protocol UDP -LocalPort '3389' -RemoteAddress '0.0.0.0-10.9.255.255','10.12.0.0-10.19.255.255','10.21.0.0-10.29.255.255','10.31.0.0-10.49.255.255','10.51.0.0-10.59.255.255','10.61.0.0-10.69.255.255','10.71.0.0-10.89.255.255','10.91.0.0-10.99.255.255','10.101.0.0-172.16.9.255','172.16.11.0-192.168.99.255','192.168.104.0-255.255.255.255','::-2001:db8:f:ffff:ffff:ffff:ffff:ffff','2001:db8:10:1::-2001:db8:2f:ffff:ffff:ffff:ffff:ffff','2001:db8:30:1::-2001:db8:4f:ffff:ffff:ffff:ffff:ffff','2001:db8:50:1::-2001:db8:5f:ffff:ffff:ffff:ffff:ffff','2001:db8:60:1::-2001:db8:6f:ffff:ffff:ffff:ffff:ffff','2001:db8:70:1::-2001:db8:8f:ffff:ffff:ffff:ffff:ffff','2001:db8:90:1::-2001:db8:9f:ffff:ffff:ffff:ffff:ffff','2001:db8:a0:1::-2001:db8:167:ffff:ffff:ffff:ffff:ffff','2001:db8:168:1::-2001:db8:1ff:ffff:ffff:ffff:ffff:ffff','2001:db8:200:1::-2001:db8:200:ffff:ffff:ffff:ffff:ffff','2001:db8:201:1::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' -Profile Any -Description 'Decided by override-deny no-remote-admin-from-internet at 45-rules-perimeter.yaml:182 [T1021.001]. Covers udp/3389. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 257 block lateral-movement/smb', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 257 block lateral-movement/smb' -Direction Inbound -Action Block -Protocol TCP -LocalPort '445' -Profile Any -Description 'Decided by deny lateral-movement/smb at 00-settings.yaml:69 [T1021.002 T1486]. Covers tcp/445. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 258 block lateral-movement/netbios-ns', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 258 block lateral-movement/netbios-ns' -Direction Inbound -Action Block -Protocol UDP -LocalPort '137' -Profile Any -Description 'Decided by deny lateral-movement/netbios-ns at 00-settings.yaml:69 [T1557]. Covers udp/137. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 259 block lateral-movement/netbios-dgm', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 259 block lateral-movement/netbios-dgm' -Direction Inbound -Action Block -Protocol UDP -LocalPort '138' -Profile Any -Description 'Decided by deny lateral-movement/netbios-dgm at 00-settings.yaml:69 [T1557]. Covers udp/138. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 260 block lateral-movement/netbios-ssn', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 260 block lateral-movement/netbios-ssn' -Direction Inbound -Action Block -Protocol TCP -LocalPort '139' -Profile Any -Description 'Decided by deny lateral-movement/netbios-ssn at 00-settings.yaml:69 [T1021.002]. Covers tcp/139. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 261 block lateral-movement/rpc-epmap', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 261 block lateral-movement/rpc-epmap' -Direction Inbound -Action Block -Protocol TCP -LocalPort '135' -Profile Any -Description 'Decided by deny lateral-movement/rpc-epmap at 00-settings.yaml:69 [T1021.003 T1047]. Covers tcp/135. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 262 block lateral-movement/rpc-dynamic', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 262 block lateral-movement/rpc-dynamic' -Direction Inbound -Action Block -Protocol TCP -LocalPort '49152-65535' -Profile Any -Description 'Decided by deny lateral-movement/rpc-dynamic at 00-settings.yaml:69 [T1021.003 T1047]. Covers tcp/49152-65535. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 263 block lateral-movement/rpc-dynamic', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 263 block lateral-movement/rpc-dynamic' -Direction Inbound -Action Block -Protocol UDP -LocalPort '49152-65535' -Profile Any -Description 'Decided by deny lateral-movement/rpc-dynamic at 00-settings.yaml:69 [T1021.003 T1047]. Covers udp/49152-65535. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 264 block lateral-movement/rdp', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 264 block lateral-movement/rdp' -Direction Inbound -Action Block -Protocol TCP -LocalPort '3389' -RemoteAddress '0.0.0.0-10.30.0.9','10.30.0.11-255.255.255.255','::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' -Profile Any -Description 'Decided by deny lateral-movement/rdp at 00-settings.yaml:69 [T1021.001]. Covers tcp/3389. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 265 block lateral-movement/rdp', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 265 block lateral-movement/rdp' -Direction Inbound -Action Block -Protocol UDP -LocalPort '3389' -RemoteAddress '0.0.0.0-10.30.0.9','10.30.0.11-255.255.255.255','::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' -Profile Any -Description 'Decided by deny lateral-movement/rdp at 00-settings.yaml:69 [T1021.001]. Covers udp/3389. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 266 block lateral-movement/winrm-http', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 266 block lateral-movement/winrm-http' -Direction Inbound -Action Block -Protocol TCP -LocalPort '5985' -RemoteAddress '0.0.0.0-10.30.0.9','10.30.0.11-255.255.255.255','::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' -Profile Any -Description 'Decided by deny lateral-movement/winrm-http at 00-settings.yaml:69 [T1021.006 T1059.001]. Covers tcp/5985. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 267 block lateral-movement/winrm-https', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 267 block lateral-movement/winrm-https' -Direction Inbound -Action Block -Protocol TCP -LocalPort '5986' -RemoteAddress '0.0.0.0-10.30.0.9','10.30.0.11-255.255.255.255','::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' -Profile Any -Description 'Decided by deny lateral-movement/winrm-https at 00-settings.yaml:69 [T1021.006 T1059.001]. Covers tcp/5986. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 268 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 268 block default' -Direction Inbound -Action Block -Protocol TCP -LocalPort '0-21','24-134','136-138','140-444','446-3388','3390-5899','5904-5984','5987-49151' -RemoteAddress '0.0.0.0-10.9.255.255','10.12.0.0-10.19.255.255','10.21.0.0-10.29.255.255','10.31.0.0-10.49.255.255','10.51.0.0-10.59.255.255','10.61.0.0-10.69.255.255','10.71.0.0-10.89.255.255','10.91.0.0-10.99.255.255','10.101.0.0-172.16.9.255','172.16.11.0-192.168.99.255','192.168.104.0-255.255.255.255','::-2001:db8:f:ffff:ffff:ffff:ffff:ffff','2001:db8:10:1::-2001:db8:2f:ffff:ffff:ffff:ffff:ffff','2001:db8:30:1::-2001:db8:4f:ffff:ffff:ffff:ffff:ffff','2001:db8:50:1::-2001:db8:5f:ffff:ffff:ffff:ffff:ffff','2001:db8:60:1::-2001:db8:6f:ffff:ffff:ffff:ffff:ffff','2001:db8:70:1::-2001:db8:8f:ffff:ffff:ffff:ffff:ffff','2001:db8:90:1::-2001:db8:9f:ffff:ffff:ffff:ffff:ffff','2001:db8:a0:1::-2001:db8:167:ffff:ffff:ffff:ffff:ffff','2001:db8:168:1::-2001:db8:1ff:ffff:ffff:ffff:ffff:ffff','2001:db8:200:1::-2001:db8:200:ffff:ffff:ffff:ffff:ffff','2001:db8:201:1::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' -Profile Any -Description 'Decided by the default default_inbound deny (settings at 00-settings.yaml:21). Covers tcp/0-21, tcp/24-134, tcp/136-138, tcp/140-444, tcp/446-3388, tcp/3390-5899, tcp/5904-5984, tcp/5987-49151. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 269 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 269 block default' -Direction Inbound -Action Block -Protocol TCP -LocalPort '0-21','24-134','136-138','140-444','446-3388','3390-5984','5987-49151' -RemoteAddress '10.30.0.10' -Profile Any -Description 'Decided by the default default_inbound deny (settings at 00-settings.yaml:21). Covers tcp/0-21, tcp/24-134, tcp/136-138, tcp/140-444, tcp/446-3388, tcp/3390-5984, tcp/5987-49151. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 270 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 270 block default' -Direction Inbound -Action Block -Protocol TCP -LocalPort '0-22','24-134','136-138','140-444','446-3388','3390-5984','5987-8079','8081-49151' -RemoteAddress '10.50.0.30' -Profile Any -Description 'Decided by the default default_inbound deny (settings at 00-settings.yaml:21). Covers tcp/0-22, tcp/24-134, tcp/136-138, tcp/140-444, tcp/446-3388, tcp/3390-5984, tcp/5987-8079, tcp/8081-49151. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 271 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 271 block default' -Direction Inbound -Action Block -Protocol TCP -LocalPort '0-22','24-134','136-138','140-444','446-3388','3390-5984','5987-49151' -RemoteAddress '10.10.0.0/15','10.20.0.0/16','10.30.0.0-10.30.0.9','10.30.0.11-10.30.255.255','10.50.0.0-10.50.0.29','10.50.0.31-10.50.255.255','10.60.0.0/16','10.70.0.0/16','10.90.0.0/16','10.100.0.0/16','172.16.10.0/24','2001:db8:10::/64','2001:db8:30::/64','2001:db8:50::/64','2001:db8:60::/64','2001:db8:70::/64','2001:db8:90::/64','2001:db8:a0::/64','2001:db8:200::/64','2001:db8:201::/64' -Profile Any -Description 'Decided by the default default_inbound deny (settings at 00-settings.yaml:21). Covers tcp/0-22, tcp/24-134, tcp/136-138, tcp/140-444, tcp/446-3388, tcp/3390-5984, tcp/5987-49151. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 272 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 272 block default' -Direction Inbound -Action Block -Protocol UDP -LocalPort '0-66','69-136','139-3388','3390-49151' -RemoteAddress '10.20.0.0/16' -Profile Any -Description 'Decided by the default default_inbound deny (settings at 00-settings.yaml:21). Covers udp/0-66, udp/69-136, udp/139-3388, udp/3390-49151. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 273 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 273 block default' -Direction Inbound -Action Block -Protocol UDP -LocalPort '0-136','139-545','547-3388','3390-49151' -RemoteAddress 'fe80::/10' -Profile Any -Description 'Decided by the default default_inbound deny (settings at 00-settings.yaml:21). Covers udp/0-136, udp/139-545, udp/547-3388, udp/3390-49151. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 274 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 274 block default' -Direction Inbound -Action Block -Protocol UDP -LocalPort '0-136','139-3388','3390-49151' -RemoteAddress '0.0.0.0-10.19.255.255','10.21.0.0-192.168.99.255','192.168.104.0-255.255.255.255','::-2001:db8:167:ffff:ffff:ffff:ffff:ffff','2001:db8:168:1::-fe7f:ffff:ffff:ffff:ffff:ffff:ffff:ffff','fec0::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' -Profile Any -Description 'Decided by the default default_inbound deny (settings at 00-settings.yaml:21). Covers udp/0-136, udp/139-3388, udp/3390-49151. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 275 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 275 block default' -Direction Inbound -Action Block -Protocol ICMPv4 -RemoteAddress '0.0.0.0-10.30.0.19','10.30.0.21-192.168.99.255','192.168.104.0-255.255.255.255' -Profile Any -Description 'Decided by the default default_inbound deny (settings at 00-settings.yaml:21). Covers icmp/0-255. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 276 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 276 block default' -Direction Inbound -Action Block -Protocol ICMPv6 -RemoteAddress '::1-2001:db8:167:ffff:ffff:ffff:ffff:ffff','2001:db8:168:1::-fe7f:ffff:ffff:ffff:ffff:ffff:ffff:ffff','fec0::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' -Profile Any -Description 'Decided by the default default_inbound deny (settings at 00-settings.yaml:21). Covers icmpv6. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 277 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 277 block default' -Direction Inbound -Action Block -Protocol ICMPv6 -IcmpType '0','1','2','3','4','5','6','7','8','9','10','11','12','13','14','15','16','17','18','19','20','21','22','23','24','25','26','27','28','29','30','31','32','33','34','35','36','37','38','39','40','41','42','43','44','45','46','47','48','49','50','51','52','53','54','55','56','57','58','59','60','61','62','63','64','65','66','67','68','69','70','71','72','73','74','75','76','77','78','79','80','81','82','83','84','85','86','87','88','89','90','91','92','93','94','95','96','97','98','99','100','101','102','103','104','105','106','107','108','109','110','111','112','113','114','115','116','117','118','119','120','121','122','123','124','125','126','127','128','129','137','138','139','140','144','145','146','147','150','154','155','156','157','158','159','160','161','162','163','164','165','166','167','168','169','170','171','172','173','174','175','176','177','178','179','180','181','182','183','184','185','186','187','188','189','190','191','192','193','194','195','196','197','198','199','200','201','202','203','204','205','206','207','208','209','210','211','212','213','214' -RemoteAddress '::','fe80::/10' -Profile Any -Description 'Decided by the default default_inbound deny (settings at 00-settings.yaml:21). Covers icmpv6/0-129, icmpv6/137-140, icmpv6/144-147, icmpv6/150, icmpv6/154-214. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 278 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 278 block default' -Direction Inbound -Action Block -Protocol ICMPv6 -IcmpType '215','216','217','218','219','220','221','222','223','224','225','226','227','228','229','230','231','232','233','234','235','236','237','238','239','240','241','242','243','244','245','246','247','248','249','250','251','252','253','254','255' -RemoteAddress '::','fe80::/10' -Profile Any -Description 'Decided by the default default_inbound deny (settings at 00-settings.yaml:21). Covers icmpv6/215-255. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 279 allow badge-readers-to-controller', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 279 allow badge-readers-to-controller' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '8080' -RemoteAddress '10.50.0.30' -Profile Any -Description 'Decided by allow badge-readers-to-controller at 40-rules-internal.yaml:131. Covers tcp/8080. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 280 allow jump-host-administers-managed-hosts', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 280 allow jump-host-administers-managed-hosts' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '22','3389','5985-5986' -RemoteAddress '10.30.0.10' -Profile Any -Description 'Decided by allow jump-host-administers-managed-hosts at 40-rules-internal.yaml:156 [T1021.001 T1021.004 T1021.006 T1059.001]. Covers tcp/22, tcp/3389, tcp/5985-5986. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 281 allow jump-host-administers-managed-hosts', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 281 allow jump-host-administers-managed-hosts' -Direction Inbound -Action Allow -Protocol UDP -LocalPort '3389' -RemoteAddress '10.30.0.10' -Profile Any -Description 'Decided by allow jump-host-administers-managed-hosts at 40-rules-internal.yaml:156 [T1021.001]. Covers udp/3389. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 282 allow monitoring-pings-hosts', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 282 allow monitoring-pings-hosts' -Direction Inbound -Action Allow -Protocol ICMPv4 -RemoteAddress '10.30.0.20' -Profile Any -Description 'Decided by allow monitoring-pings-hosts at 40-rules-internal.yaml:190. Covers icmp/0-255. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 283 allow host-essentials/icmpv6-nd@servers', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 283 allow host-essentials/icmpv6-nd@servers' -Direction Inbound -Action Allow -Protocol ICMPv6 -IcmpType '133','134','135','136','141','142','148','149' -RemoteAddress '::','fe80::/10' -Profile Any -Description 'Decided by allow host-essentials/icmpv6-nd@servers at 00-settings.yaml:69. Covers icmpv6/133-136, icmpv6/141-142, icmpv6/148-149. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 284 allow host-essentials/icmpv6-mld@servers', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 284 allow host-essentials/icmpv6-mld@servers' -Direction Inbound -Action Allow -Protocol ICMPv6 -IcmpType '130','131','132','143','151','152','153' -RemoteAddress '::','fe80::/10' -Profile Any -Description 'Decided by allow host-essentials/icmpv6-mld@servers at 00-settings.yaml:69. Covers icmpv6/130-132, icmpv6/143, icmpv6/151-153. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 285 allow host-essentials/dhcp-request@servers', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 285 allow host-essentials/dhcp-request@servers' -Direction Inbound -Action Allow -Protocol UDP -LocalPort '67' -RemoteAddress '10.20.0.0/16' -Profile Any -Description 'Decided by allow host-essentials/dhcp-request@servers at 00-settings.yaml:69. Covers udp/67. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 286 allow host-essentials/dhcp-reply@servers', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 286 allow host-essentials/dhcp-reply@servers' -Direction Inbound -Action Allow -Protocol UDP -LocalPort '68' -RemoteAddress '10.20.0.0/16' -Profile Any -Description 'Decided by allow host-essentials/dhcp-reply@servers at 00-settings.yaml:69. Covers udp/68. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 287 allow host-essentials/dhcpv6-reply', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 287 allow host-essentials/dhcpv6-reply' -Direction Inbound -Action Allow -Protocol UDP -LocalPort '546' -RemoteAddress 'fe80::/10' -Profile Any -Description 'Decided by allow host-essentials/dhcpv6-reply at 00-settings.yaml:69. Covers udp/546. Policy enterprise.'
  }
  # Outbound rules (profile default Block)
  if ($PSCmdlet.ShouldProcess('bulkhead out 001 block no-telnet-anywhere', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 001 block no-telnet-anywhere' -Direction Outbound -Action Block -Protocol TCP -RemotePort '23' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.0.10/31','10.20.1.10/31','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31','2001:db8:10::25','2001:db8:10::53','2001:db8:10::80/127' -Profile Any -Description 'Decided by override-deny no-telnet-anywhere at 45-rules-perimeter.yaml:171. Covers tcp/23. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 002 block no-smb-to-internet', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 002 block no-smb-to-internet' -Direction Outbound -Action Block -Protocol TCP -RemotePort '139','445' -RemoteAddress '0.0.0.0-10.9.255.255','10.12.0.0-10.19.255.255','10.21.0.0-10.29.255.255','10.31.0.0-10.49.255.255','10.51.0.0-10.59.255.255','10.61.0.0-10.69.255.255','10.71.0.0-10.89.255.255','10.91.0.0-10.99.255.255','10.101.0.0-172.16.9.255','172.16.11.0-192.168.99.255','192.168.104.0-255.255.255.255','::-2001:db8:f:ffff:ffff:ffff:ffff:ffff','2001:db8:10:1::-2001:db8:2f:ffff:ffff:ffff:ffff:ffff','2001:db8:30:1::-2001:db8:4f:ffff:ffff:ffff:ffff:ffff','2001:db8:50:1::-2001:db8:5f:ffff:ffff:ffff:ffff:ffff','2001:db8:60:1::-2001:db8:6f:ffff:ffff:ffff:ffff:ffff','2001:db8:70:1::-2001:db8:8f:ffff:ffff:ffff:ffff:ffff','2001:db8:90:1::-2001:db8:9f:ffff:ffff:ffff:ffff:ffff','2001:db8:a0:1::-2001:db8:167:ffff:ffff:ffff:ffff:ffff','2001:db8:168:1::-2001:db8:1ff:ffff:ffff:ffff:ffff:ffff','2001:db8:200:1::-2001:db8:200:ffff:ffff:ffff:ffff:ffff','2001:db8:201:1::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' -Profile Any -Description 'Decided by override-deny no-smb-to-internet at 45-rules-perimeter.yaml:192 [T1021.002 T1486]. Covers tcp/139, tcp/445. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 003 block no-smb-to-internet', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 003 block no-smb-to-internet' -Direction Outbound -Action Block -Protocol UDP -RemotePort '137-138' -RemoteAddress '0.0.0.0-10.9.255.255','10.12.0.0-10.19.255.255','10.21.0.0-10.29.255.255','10.31.0.0-10.49.255.255','10.51.0.0-10.59.255.255','10.61.0.0-10.69.255.255','10.71.0.0-10.89.255.255','10.91.0.0-10.99.255.255','10.101.0.0-172.16.9.255','172.16.11.0-192.168.99.255','192.168.104.0-255.255.255.255','::-2001:db8:f:ffff:ffff:ffff:ffff:ffff','2001:db8:10:1::-2001:db8:2f:ffff:ffff:ffff:ffff:ffff','2001:db8:30:1::-2001:db8:4f:ffff:ffff:ffff:ffff:ffff','2001:db8:50:1::-2001:db8:5f:ffff:ffff:ffff:ffff:ffff','2001:db8:60:1::-2001:db8:6f:ffff:ffff:ffff:ffff:ffff','2001:db8:70:1::-2001:db8:8f:ffff:ffff:ffff:ffff:ffff','2001:db8:90:1::-2001:db8:9f:ffff:ffff:ffff:ffff:ffff','2001:db8:a0:1::-2001:db8:167:ffff:ffff:ffff:ffff:ffff','2001:db8:168:1::-2001:db8:1ff:ffff:ffff:ffff:ffff:ffff','2001:db8:200:1::-2001:db8:200:ffff:ffff:ffff:ffff:ffff','2001:db8:201:1::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' -Profile Any -Description 'Decided by override-deny no-smb-to-internet at 45-rules-perimeter.yaml:192 [T1557]. Covers udp/137-138. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 004 block lateral-movement/smb', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 004 block lateral-movement/smb' -Direction Outbound -Action Block -Protocol TCP -RemotePort '445' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31','2001:db8:10::25','2001:db8:10::53','2001:db8:10::80/127' -Profile Any -Description 'Decided by deny lateral-movement/smb at 00-settings.yaml:69 [T1021.002 T1486]. Covers tcp/445. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 005 block lateral-movement/netbios-ns', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 005 block lateral-movement/netbios-ns' -Direction Outbound -Action Block -Protocol UDP -RemotePort '137' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.0.10/31','10.20.1.10/31','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31','2001:db8:10::25','2001:db8:10::53','2001:db8:10::80/127' -Profile Any -Description 'Decided by deny lateral-movement/netbios-ns at 00-settings.yaml:69 [T1557]. Covers udp/137. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 006 block lateral-movement/netbios-dgm', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 006 block lateral-movement/netbios-dgm' -Direction Outbound -Action Block -Protocol UDP -RemotePort '138' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.0.10/31','10.20.1.10/31','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31','2001:db8:10::25','2001:db8:10::53','2001:db8:10::80/127' -Profile Any -Description 'Decided by deny lateral-movement/netbios-dgm at 00-settings.yaml:69 [T1557]. Covers udp/138. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 007 block lateral-movement/netbios-ssn', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 007 block lateral-movement/netbios-ssn' -Direction Outbound -Action Block -Protocol TCP -RemotePort '139' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.0.10/31','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31','2001:db8:10::25','2001:db8:10::53','2001:db8:10::80/127' -Profile Any -Description 'Decided by deny lateral-movement/netbios-ssn at 00-settings.yaml:69 [T1021.002]. Covers tcp/139. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 008 block lateral-movement/rpc-epmap', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 008 block lateral-movement/rpc-epmap' -Direction Outbound -Action Block -Protocol TCP -RemotePort '135' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.1.10/31','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31','2001:db8:10::25','2001:db8:10::53','2001:db8:10::80/127' -Profile Any -Description 'Decided by deny lateral-movement/rpc-epmap at 00-settings.yaml:69 [T1021.003 T1047]. Covers tcp/135. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 009 block lateral-movement/rpc-dynamic', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 009 block lateral-movement/rpc-dynamic' -Direction Outbound -Action Block -Protocol TCP -RemotePort '49152-65535' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.1.10/31','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31','2001:db8:10::25','2001:db8:10::53','2001:db8:10::80/127' -Profile Any -Description 'Decided by deny lateral-movement/rpc-dynamic at 00-settings.yaml:69 [T1021.003 T1047]. Covers tcp/49152-65535. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 010 block lateral-movement/rpc-dynamic', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 010 block lateral-movement/rpc-dynamic' -Direction Outbound -Action Block -Protocol UDP -RemotePort '49152-65535' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.1.10/31','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31','2001:db8:10::25','2001:db8:10::53','2001:db8:10::80/127' -Profile Any -Description 'Decided by deny lateral-movement/rpc-dynamic at 00-settings.yaml:69 [T1021.003 T1047]. Covers udp/49152-65535. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 011 block lateral-movement/rdp', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 011 block lateral-movement/rdp' -Direction Outbound -Action Block -Protocol TCP -RemotePort '3389' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.0.10/31','10.20.1.10/31','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31','2001:db8:10::25','2001:db8:10::53','2001:db8:10::80/127' -Profile Any -Description 'Decided by deny lateral-movement/rdp at 00-settings.yaml:69 [T1021.001]. Covers tcp/3389. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 012 block lateral-movement/rdp', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 012 block lateral-movement/rdp' -Direction Outbound -Action Block -Protocol UDP -RemotePort '3389' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.0.10/31','10.20.1.10/31','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31','2001:db8:10::25','2001:db8:10::53','2001:db8:10::80/127' -Profile Any -Description 'Decided by deny lateral-movement/rdp at 00-settings.yaml:69 [T1021.001]. Covers udp/3389. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 013 block lateral-movement/winrm-http', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 013 block lateral-movement/winrm-http' -Direction Outbound -Action Block -Protocol TCP -RemotePort '5985' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.0.10/31','10.20.1.10/31','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31','2001:db8:10::25','2001:db8:10::53','2001:db8:10::80/127' -Profile Any -Description 'Decided by deny lateral-movement/winrm-http at 00-settings.yaml:69 [T1021.006 T1059.001]. Covers tcp/5985. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 014 block lateral-movement/winrm-https', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 014 block lateral-movement/winrm-https' -Direction Outbound -Action Block -Protocol TCP -RemotePort '5986' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.0.10/31','10.20.1.10/31','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31','2001:db8:10::25','2001:db8:10::53','2001:db8:10::80/127' -Profile Any -Description 'Decided by deny lateral-movement/winrm-https at 00-settings.yaml:69 [T1021.006 T1059.001]. Covers tcp/5986. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 015 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 015 block default' -Direction Outbound -Action Block -Protocol TCP -RemoteAddress '10.20.0.0-10.20.0.9','10.20.0.12-10.20.1.9','10.20.1.12-10.20.2.24','10.20.2.26-10.20.4.9','10.20.4.11-10.20.4.19','10.20.4.21-10.20.255.255' -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers tcp/0-65535. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 016 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 016 block default' -Direction Outbound -Action Block -Protocol TCP -RemotePort '0-22','24-52','54-87','89-134','136-138','140-388','390-444','446-463','465-635','637-3267','3270-3388','3390-5984','5987-49151' -RemoteAddress '10.20.0.10/31' -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers tcp/0-22, tcp/24-52, tcp/54-87, tcp/89-134, tcp/136-138, tcp/140-388, tcp/390-444, tcp/446-463, tcp/465-635, tcp/637-3267, tcp/3270-3388, tcp/3390-5984, tcp/5987-49151. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 017 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 017 block default' -Direction Outbound -Action Block -Protocol TCP -RemotePort '0-22','24-134','136-138','140-444','446-3388','3390-5984','5987-49151' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31','2001:db8:10::25','2001:db8:10::53','2001:db8:10::80/127' -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers tcp/0-22, tcp/24-134, tcp/136-138, tcp/140-444, tcp/446-3388, tcp/3390-5984, tcp/5987-49151. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 018 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 018 block default' -Direction Outbound -Action Block -Protocol TCP -RemotePort '0-22','24-134','136-3388','3390-5984','5987-49151' -RemoteAddress '10.20.1.10/31' -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers tcp/0-22, tcp/24-134, tcp/136-3388, tcp/3390-5984, tcp/5987-49151. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 019 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 019 block default' -Direction Outbound -Action Block -Protocol TCP -RemotePort '0-138','140-442','444','446-65535' -RemoteAddress '192.0.2.0/24','2001:db8:ffff::/48' -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers tcp/0-138, tcp/140-442, tcp/444, tcp/446-65535. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 020 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 020 block default' -Direction Outbound -Action Block -Protocol TCP -RemotePort '0-138','140-444','446-65535' -RemoteAddress '0.0.0.0-10.9.255.255','10.12.0.0-10.19.255.255','10.21.0.0-10.29.255.255','10.31.0.0-10.49.255.255','10.51.0.0-10.59.255.255','10.61.0.0-10.69.255.255','10.71.0.0-10.89.255.255','10.91.0.0-10.99.255.255','10.101.0.0-172.16.9.255','172.16.11.0-192.0.1.255','192.0.3.0-192.168.99.255','192.168.104.0-255.255.255.255','::-2001:db8:f:ffff:ffff:ffff:ffff:ffff','2001:db8:10:1::-2001:db8:2f:ffff:ffff:ffff:ffff:ffff','2001:db8:30:1::-2001:db8:4f:ffff:ffff:ffff:ffff:ffff','2001:db8:50:1::-2001:db8:5f:ffff:ffff:ffff:ffff:ffff','2001:db8:60:1::-2001:db8:6f:ffff:ffff:ffff:ffff:ffff','2001:db8:70:1::-2001:db8:8f:ffff:ffff:ffff:ffff:ffff','2001:db8:90:1::-2001:db8:9f:ffff:ffff:ffff:ffff:ffff','2001:db8:a0:1::-2001:db8:167:ffff:ffff:ffff:ffff:ffff','2001:db8:168:1::-2001:db8:1ff:ffff:ffff:ffff:ffff:ffff','2001:db8:200:1::-2001:db8:200:ffff:ffff:ffff:ffff:ffff','2001:db8:201:1::-2001:db8:fffe:ffff:ffff:ffff:ffff:ffff','2001:db9::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers tcp/0-138, tcp/140-444, tcp/446-65535. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 021 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 021 block default' -Direction Outbound -Action Block -Protocol UDP -RemotePort '0-52','54-66','69-87','89-122','124-136','139-388','390-463','465-3388','3390-49151' -RemoteAddress '10.20.0.10/31' -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers udp/0-52, udp/54-66, udp/69-87, udp/89-122, udp/124-136, udp/139-388, udp/390-463, udp/465-3388, udp/3390-49151. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 022 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 022 block default' -Direction Outbound -Action Block -Protocol UDP -RemotePort '0-66','68-136','139-65535' -RemoteAddress '255.255.255.255' -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers udp/0-66, udp/68-136, udp/139-65535. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 023 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 023 block default' -Direction Outbound -Action Block -Protocol UDP -RemotePort '0-66','69-136','139-3388','3390-49151' -RemoteAddress '10.20.1.10/31','10.20.2.25','10.20.4.10','10.20.4.20' -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers udp/0-66, udp/69-136, udp/139-3388, udp/3390-49151. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 024 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 024 block default' -Direction Outbound -Action Block -Protocol UDP -RemotePort '0-66','69-65535' -RemoteAddress '10.20.0.0-10.20.0.9','10.20.0.12-10.20.1.9','10.20.1.12-10.20.2.24','10.20.2.26-10.20.4.9','10.20.4.11-10.20.4.19','10.20.4.21-10.20.255.255' -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers udp/0-66, udp/69-65535. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 025 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 025 block default' -Direction Outbound -Action Block -Protocol UDP -RemotePort '0-136','139-513','515-3388','3390-49151' -RemoteAddress '10.90.0.20' -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers udp/0-136, udp/139-513, udp/515-3388, udp/3390-49151. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 026 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 026 block default' -Direction Outbound -Action Block -Protocol UDP -RemotePort '0-136','139-546','548-65535' -RemoteAddress 'ff02::1:2' -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers udp/0-136, udp/139-546, udp/548-65535. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 027 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 027 block default' -Direction Outbound -Action Block -Protocol UDP -RemotePort '0-136','139-3388','3390-49151' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31','2001:db8:10::25','2001:db8:10::53','2001:db8:10::80/127' -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers udp/0-136, udp/139-3388, udp/3390-49151. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 028 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 028 block default' -Direction Outbound -Action Block -Protocol UDP -RemotePort '0-136','139-65535' -RemoteAddress '0.0.0.0-10.9.255.255','10.12.0.0-10.19.255.255','10.21.0.0-10.29.255.255','10.31.0.0-10.49.255.255','10.51.0.0-10.59.255.255','10.61.0.0-10.69.255.255','10.71.0.0-10.89.255.255','10.91.0.0-10.99.255.255','10.101.0.0-172.16.9.255','172.16.11.0-192.168.99.255','192.168.104.0-255.255.255.254','::-2001:db8:f:ffff:ffff:ffff:ffff:ffff','2001:db8:10:1::-2001:db8:2f:ffff:ffff:ffff:ffff:ffff','2001:db8:30:1::-2001:db8:4f:ffff:ffff:ffff:ffff:ffff','2001:db8:50:1::-2001:db8:5f:ffff:ffff:ffff:ffff:ffff','2001:db8:60:1::-2001:db8:6f:ffff:ffff:ffff:ffff:ffff','2001:db8:70:1::-2001:db8:8f:ffff:ffff:ffff:ffff:ffff','2001:db8:90:1::-2001:db8:9f:ffff:ffff:ffff:ffff:ffff','2001:db8:a0:1::-2001:db8:167:ffff:ffff:ffff:ffff:ffff','2001:db8:168:1::-2001:db8:1ff:ffff:ffff:ffff:ffff:ffff','2001:db8:200:1::-2001:db8:200:ffff:ffff:ffff:ffff:ffff','2001:db8:201:1::-ff02::1:1','ff02::1:3-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers udp/0-136, udp/139-65535. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 029 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 029 block default' -Direction Outbound -Action Block -Protocol ICMPv4 -RemoteAddress '0.0.0.0-10.9.255.255','10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.12.0.0-10.29.255.255','10.30.0.10','10.30.0.20','10.31.0.0-10.49.255.255','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.51.0.0-10.59.255.255','10.60.0.10','10.60.0.20','10.61.0.0-10.69.255.255','10.70.0.10','10.71.0.0-10.89.255.255','10.90.0.10/31','10.90.0.20','10.91.0.0-10.99.255.255','10.100.1.10','10.101.0.0-172.16.9.255','172.16.10.25','172.16.10.53','172.16.10.80/31','172.16.11.0-192.168.99.255','192.168.104.0-255.255.255.255' -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers icmp/0-255. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 030 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 030 block default' -Direction Outbound -Action Block -Protocol ICMPv6 -RemoteAddress '::-2001:db8:f:ffff:ffff:ffff:ffff:ffff','2001:db8:10::25','2001:db8:10::53','2001:db8:10::80/127','2001:db8:10:1::-2001:db8:2f:ffff:ffff:ffff:ffff:ffff','2001:db8:30:1::-2001:db8:4f:ffff:ffff:ffff:ffff:ffff','2001:db8:50:1::-2001:db8:5f:ffff:ffff:ffff:ffff:ffff','2001:db8:60:1::-2001:db8:6f:ffff:ffff:ffff:ffff:ffff','2001:db8:70:1::-2001:db8:8f:ffff:ffff:ffff:ffff:ffff','2001:db8:90:1::-2001:db8:9f:ffff:ffff:ffff:ffff:ffff','2001:db8:a0:1::-2001:db8:167:ffff:ffff:ffff:ffff:ffff','2001:db8:168:1::-2001:db8:1ff:ffff:ffff:ffff:ffff:ffff','2001:db8:200:1::-2001:db8:200:ffff:ffff:ffff:ffff:ffff','2001:db8:201:1::-fe7f:ffff:ffff:ffff:ffff:ffff:ffff:ffff','fec0::-ff01:ffff:ffff:ffff:ffff:ffff:ffff:ffff','ff03::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers icmpv6. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 031 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 031 block default' -Direction Outbound -Action Block -Protocol ICMPv6 -IcmpType '0','1','2','3','4','5','6','7','8','9','10','11','12','13','14','15','16','17','18','19','20','21','22','23','24','25','26','27','28','29','30','31','32','33','34','35','36','37','38','39','40','41','42','43','44','45','46','47','48','49','50','51','52','53','54','55','56','57','58','59','60','61','62','63','64','65','66','67','68','69','70','71','72','73','74','75','76','77','78','79','80','81','82','83','84','85','86','87','88','89','90','91','92','93','94','95','96','97','98','99','100','101','102','103','104','105','106','107','108','109','110','111','112','113','114','115','116','117','118','119','120','121','122','123','124','125','126','127','128','129','137','138','139','140','144','145','146','147','150','154','155','156','157','158','159','160','161','162','163','164','165','166','167','168','169','170','171','172','173','174','175','176','177','178','179','180','181','182','183','184','185','186','187','188','189','190','191','192','193','194','195','196','197','198','199','200','201','202','203','204','205','206','207','208','209','210','211','212','213','214' -RemoteAddress 'fe80::/10','ff02::/16' -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers icmpv6/0-129, icmpv6/137-140, icmpv6/144-147, icmpv6/150, icmpv6/154-214. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 032 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 032 block default' -Direction Outbound -Action Block -Protocol ICMPv6 -IcmpType '215','216','217','218','219','220','221','222','223','224','225','226','227','228','229','230','231','232','233','234','235','236','237','238','239','240','241','242','243','244','245','246','247','248','249','250','251','252','253','254','255' -RemoteAddress 'fe80::/10','ff02::/16' -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers icmpv6/215-255. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 033 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 033 block default' -Direction Outbound -Action Block -Protocol Any -RemoteAddress '10.10.0.0-10.10.1.10','10.10.1.13-10.10.2.10','10.10.2.13-10.10.200.9','10.10.200.12-10.11.1.10','10.11.1.13-10.11.2.10','10.11.2.12-10.11.200.9','10.11.200.11-10.11.255.255','10.30.0.0-10.30.0.9','10.30.0.11-10.30.0.19','10.30.0.21-10.30.255.255','10.50.0.0-10.50.0.20','10.50.0.23-10.50.0.29','10.50.0.31-10.50.0.39','10.50.0.41-10.50.255.255','10.60.0.0-10.60.0.9','10.60.0.11-10.60.0.19','10.60.0.21-10.60.255.255','10.70.0.0-10.70.0.9','10.70.0.11-10.70.255.255','10.90.0.0-10.90.0.9','10.90.0.12-10.90.0.19','10.90.0.21-10.90.255.255','10.100.0.0-10.100.1.9','10.100.1.11-10.100.255.255','172.16.10.0-172.16.10.24','172.16.10.26-172.16.10.52','172.16.10.54-172.16.10.79','172.16.10.82-172.16.10.255','192.168.100.0/22','2001:db8:10::-2001:db8:10::24','2001:db8:10::26-2001:db8:10::52','2001:db8:10::54-2001:db8:10::7f','2001:db8:10::82-2001:db8:10:0:ffff:ffff:ffff:ffff','2001:db8:30::/64','2001:db8:50::/64','2001:db8:60::/64','2001:db8:70::/64','2001:db8:90::/64','2001:db8:a0::/64','2001:db8:168::/64','2001:db8:200::/64','2001:db8:201::/64' -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers any. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 034 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 034 block default' -Direction Outbound -Action Block -Protocol 0 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 0. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 035 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 035 block default' -Direction Outbound -Action Block -Protocol 2 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 2. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 036 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 036 block default' -Direction Outbound -Action Block -Protocol 3 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 3. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 037 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 037 block default' -Direction Outbound -Action Block -Protocol 4 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 4. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 038 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 038 block default' -Direction Outbound -Action Block -Protocol 5 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 5. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 039 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 039 block default' -Direction Outbound -Action Block -Protocol 7 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 7. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 040 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 040 block default' -Direction Outbound -Action Block -Protocol 8 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 8. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 041 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 041 block default' -Direction Outbound -Action Block -Protocol 9 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 9. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 042 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 042 block default' -Direction Outbound -Action Block -Protocol 10 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 10. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 043 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 043 block default' -Direction Outbound -Action Block -Protocol 11 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 11. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 044 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 044 block default' -Direction Outbound -Action Block -Protocol 12 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 12. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 045 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 045 block default' -Direction Outbound -Action Block -Protocol 13 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 13. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 046 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 046 block default' -Direction Outbound -Action Block -Protocol 14 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 14. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 047 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 047 block default' -Direction Outbound -Action Block -Protocol 15 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 15. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 048 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 048 block default' -Direction Outbound -Action Block -Protocol 16 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 16. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 049 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 049 block default' -Direction Outbound -Action Block -Protocol 18 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 18. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 050 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 050 block default' -Direction Outbound -Action Block -Protocol 19 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 19. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 051 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 051 block default' -Direction Outbound -Action Block -Protocol 20 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 20. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 052 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 052 block default' -Direction Outbound -Action Block -Protocol 21 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 21. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 053 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 053 block default' -Direction Outbound -Action Block -Protocol 22 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 22. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 054 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 054 block default' -Direction Outbound -Action Block -Protocol 23 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 23. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 055 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 055 block default' -Direction Outbound -Action Block -Protocol 24 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 24. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 056 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 056 block default' -Direction Outbound -Action Block -Protocol 25 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 25. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 057 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 057 block default' -Direction Outbound -Action Block -Protocol 26 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 26. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 058 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 058 block default' -Direction Outbound -Action Block -Protocol 27 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 27. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 059 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 059 block default' -Direction Outbound -Action Block -Protocol 28 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 28. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 060 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 060 block default' -Direction Outbound -Action Block -Protocol 29 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 29. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 061 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 061 block default' -Direction Outbound -Action Block -Protocol 30 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 30. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 062 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 062 block default' -Direction Outbound -Action Block -Protocol 31 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 31. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 063 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 063 block default' -Direction Outbound -Action Block -Protocol 32 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 32. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 064 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 064 block default' -Direction Outbound -Action Block -Protocol 33 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 33. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 065 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 065 block default' -Direction Outbound -Action Block -Protocol 34 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 34. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 066 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 066 block default' -Direction Outbound -Action Block -Protocol 35 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 35. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 067 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 067 block default' -Direction Outbound -Action Block -Protocol 36 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 36. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 068 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 068 block default' -Direction Outbound -Action Block -Protocol 37 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 37. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 069 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 069 block default' -Direction Outbound -Action Block -Protocol 38 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 38. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 070 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 070 block default' -Direction Outbound -Action Block -Protocol 39 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 39. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 071 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 071 block default' -Direction Outbound -Action Block -Protocol 40 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 40. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 072 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 072 block default' -Direction Outbound -Action Block -Protocol 41 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 41. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 073 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 073 block default' -Direction Outbound -Action Block -Protocol 42 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 42. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 074 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 074 block default' -Direction Outbound -Action Block -Protocol 43 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 43. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 075 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 075 block default' -Direction Outbound -Action Block -Protocol 44 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 44. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 076 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 076 block default' -Direction Outbound -Action Block -Protocol 45 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 45. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 077 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 077 block default' -Direction Outbound -Action Block -Protocol 46 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 46. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 078 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 078 block default' -Direction Outbound -Action Block -Protocol 47 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 47. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 079 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 079 block default' -Direction Outbound -Action Block -Protocol 48 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 48. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 080 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 080 block default' -Direction Outbound -Action Block -Protocol 49 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 49. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 081 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 081 block default' -Direction Outbound -Action Block -Protocol 50 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 50. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 082 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 082 block default' -Direction Outbound -Action Block -Protocol 51 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 51. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 083 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 083 block default' -Direction Outbound -Action Block -Protocol 52 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 52. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 084 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 084 block default' -Direction Outbound -Action Block -Protocol 53 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 53. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 085 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 085 block default' -Direction Outbound -Action Block -Protocol 54 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 54. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 086 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 086 block default' -Direction Outbound -Action Block -Protocol 55 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 55. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 087 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 087 block default' -Direction Outbound -Action Block -Protocol 56 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 56. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 088 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 088 block default' -Direction Outbound -Action Block -Protocol 57 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 57. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 089 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 089 block default' -Direction Outbound -Action Block -Protocol 59 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 59. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 090 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 090 block default' -Direction Outbound -Action Block -Protocol 60 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 60. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 091 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 091 block default' -Direction Outbound -Action Block -Protocol 61 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 61. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 092 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 092 block default' -Direction Outbound -Action Block -Protocol 62 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 62. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 093 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 093 block default' -Direction Outbound -Action Block -Protocol 63 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 63. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 094 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 094 block default' -Direction Outbound -Action Block -Protocol 64 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 64. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 095 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 095 block default' -Direction Outbound -Action Block -Protocol 65 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 65. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 096 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 096 block default' -Direction Outbound -Action Block -Protocol 66 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 66. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 097 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 097 block default' -Direction Outbound -Action Block -Protocol 67 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 67. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 098 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 098 block default' -Direction Outbound -Action Block -Protocol 68 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 68. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 099 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 099 block default' -Direction Outbound -Action Block -Protocol 69 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 69. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 100 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 100 block default' -Direction Outbound -Action Block -Protocol 70 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 70. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 101 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 101 block default' -Direction Outbound -Action Block -Protocol 71 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 71. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 102 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 102 block default' -Direction Outbound -Action Block -Protocol 72 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 72. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 103 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 103 block default' -Direction Outbound -Action Block -Protocol 73 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 73. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 104 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 104 block default' -Direction Outbound -Action Block -Protocol 74 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 74. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 105 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 105 block default' -Direction Outbound -Action Block -Protocol 75 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 75. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 106 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 106 block default' -Direction Outbound -Action Block -Protocol 76 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 76. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 107 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 107 block default' -Direction Outbound -Action Block -Protocol 77 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 77. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 108 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 108 block default' -Direction Outbound -Action Block -Protocol 78 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 78. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 109 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 109 block default' -Direction Outbound -Action Block -Protocol 79 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 79. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 110 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 110 block default' -Direction Outbound -Action Block -Protocol 80 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 80. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 111 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 111 block default' -Direction Outbound -Action Block -Protocol 81 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 81. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 112 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 112 block default' -Direction Outbound -Action Block -Protocol 82 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 82. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 113 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 113 block default' -Direction Outbound -Action Block -Protocol 83 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 83. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 114 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 114 block default' -Direction Outbound -Action Block -Protocol 84 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 84. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 115 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 115 block default' -Direction Outbound -Action Block -Protocol 85 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 85. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 116 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 116 block default' -Direction Outbound -Action Block -Protocol 86 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 86. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 117 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 117 block default' -Direction Outbound -Action Block -Protocol 87 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 87. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 118 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 118 block default' -Direction Outbound -Action Block -Protocol 88 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 88. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 119 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 119 block default' -Direction Outbound -Action Block -Protocol 89 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 89. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 120 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 120 block default' -Direction Outbound -Action Block -Protocol 90 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 90. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 121 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 121 block default' -Direction Outbound -Action Block -Protocol 91 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 91. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 122 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 122 block default' -Direction Outbound -Action Block -Protocol 92 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 92. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 123 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 123 block default' -Direction Outbound -Action Block -Protocol 93 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 93. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 124 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 124 block default' -Direction Outbound -Action Block -Protocol 94 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 94. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 125 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 125 block default' -Direction Outbound -Action Block -Protocol 95 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 95. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 126 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 126 block default' -Direction Outbound -Action Block -Protocol 96 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 96. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 127 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 127 block default' -Direction Outbound -Action Block -Protocol 97 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 97. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 128 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 128 block default' -Direction Outbound -Action Block -Protocol 98 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 98. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 129 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 129 block default' -Direction Outbound -Action Block -Protocol 99 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 99. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 130 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 130 block default' -Direction Outbound -Action Block -Protocol 100 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 100. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 131 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 131 block default' -Direction Outbound -Action Block -Protocol 101 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 101. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 132 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 132 block default' -Direction Outbound -Action Block -Protocol 102 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 102. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 133 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 133 block default' -Direction Outbound -Action Block -Protocol 103 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 103. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 134 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 134 block default' -Direction Outbound -Action Block -Protocol 104 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 104. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 135 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 135 block default' -Direction Outbound -Action Block -Protocol 105 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 105. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 136 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 136 block default' -Direction Outbound -Action Block -Protocol 106 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 106. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 137 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 137 block default' -Direction Outbound -Action Block -Protocol 107 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 107. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 138 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 138 block default' -Direction Outbound -Action Block -Protocol 108 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 108. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 139 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 139 block default' -Direction Outbound -Action Block -Protocol 109 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 109. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 140 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 140 block default' -Direction Outbound -Action Block -Protocol 110 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 110. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 141 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 141 block default' -Direction Outbound -Action Block -Protocol 111 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 111. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 142 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 142 block default' -Direction Outbound -Action Block -Protocol 112 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 112. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 143 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 143 block default' -Direction Outbound -Action Block -Protocol 113 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 113. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 144 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 144 block default' -Direction Outbound -Action Block -Protocol 114 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 114. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 145 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 145 block default' -Direction Outbound -Action Block -Protocol 115 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 115. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 146 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 146 block default' -Direction Outbound -Action Block -Protocol 116 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 116. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 147 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 147 block default' -Direction Outbound -Action Block -Protocol 117 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 117. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 148 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 148 block default' -Direction Outbound -Action Block -Protocol 118 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 118. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 149 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 149 block default' -Direction Outbound -Action Block -Protocol 119 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 119. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 150 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 150 block default' -Direction Outbound -Action Block -Protocol 120 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 120. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 151 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 151 block default' -Direction Outbound -Action Block -Protocol 121 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 121. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 152 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 152 block default' -Direction Outbound -Action Block -Protocol 122 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 122. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 153 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 153 block default' -Direction Outbound -Action Block -Protocol 123 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 123. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 154 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 154 block default' -Direction Outbound -Action Block -Protocol 124 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 124. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 155 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 155 block default' -Direction Outbound -Action Block -Protocol 125 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 125. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 156 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 156 block default' -Direction Outbound -Action Block -Protocol 126 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 126. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 157 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 157 block default' -Direction Outbound -Action Block -Protocol 127 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 127. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 158 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 158 block default' -Direction Outbound -Action Block -Protocol 128 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 128. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 159 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 159 block default' -Direction Outbound -Action Block -Protocol 129 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 129. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 160 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 160 block default' -Direction Outbound -Action Block -Protocol 130 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 130. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 161 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 161 block default' -Direction Outbound -Action Block -Protocol 131 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 131. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 162 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 162 block default' -Direction Outbound -Action Block -Protocol 132 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 132. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 163 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 163 block default' -Direction Outbound -Action Block -Protocol 133 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 133. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 164 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 164 block default' -Direction Outbound -Action Block -Protocol 134 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 134. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 165 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 165 block default' -Direction Outbound -Action Block -Protocol 135 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 135. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 166 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 166 block default' -Direction Outbound -Action Block -Protocol 136 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 136. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 167 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 167 block default' -Direction Outbound -Action Block -Protocol 137 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 137. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 168 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 168 block default' -Direction Outbound -Action Block -Protocol 138 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 138. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 169 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 169 block default' -Direction Outbound -Action Block -Protocol 139 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 139. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 170 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 170 block default' -Direction Outbound -Action Block -Protocol 140 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 140. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 171 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 171 block default' -Direction Outbound -Action Block -Protocol 141 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 141. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 172 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 172 block default' -Direction Outbound -Action Block -Protocol 142 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 142. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 173 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 173 block default' -Direction Outbound -Action Block -Protocol 143 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 143. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 174 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 174 block default' -Direction Outbound -Action Block -Protocol 144 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 144. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 175 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 175 block default' -Direction Outbound -Action Block -Protocol 145 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 145. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 176 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 176 block default' -Direction Outbound -Action Block -Protocol 146 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 146. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 177 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 177 block default' -Direction Outbound -Action Block -Protocol 147 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 147. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 178 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 178 block default' -Direction Outbound -Action Block -Protocol 148 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 148. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 179 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 179 block default' -Direction Outbound -Action Block -Protocol 149 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 149. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 180 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 180 block default' -Direction Outbound -Action Block -Protocol 150 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 150. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 181 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 181 block default' -Direction Outbound -Action Block -Protocol 151 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 151. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 182 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 182 block default' -Direction Outbound -Action Block -Protocol 152 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 152. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 183 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 183 block default' -Direction Outbound -Action Block -Protocol 153 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 153. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 184 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 184 block default' -Direction Outbound -Action Block -Protocol 154 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 154. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 185 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 185 block default' -Direction Outbound -Action Block -Protocol 155 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 155. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 186 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 186 block default' -Direction Outbound -Action Block -Protocol 156 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 156. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 187 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 187 block default' -Direction Outbound -Action Block -Protocol 157 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 157. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 188 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 188 block default' -Direction Outbound -Action Block -Protocol 158 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 158. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 189 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 189 block default' -Direction Outbound -Action Block -Protocol 159 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 159. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 190 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 190 block default' -Direction Outbound -Action Block -Protocol 160 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 160. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 191 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 191 block default' -Direction Outbound -Action Block -Protocol 161 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 161. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 192 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 192 block default' -Direction Outbound -Action Block -Protocol 162 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 162. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 193 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 193 block default' -Direction Outbound -Action Block -Protocol 163 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 163. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 194 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 194 block default' -Direction Outbound -Action Block -Protocol 164 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 164. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 195 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 195 block default' -Direction Outbound -Action Block -Protocol 165 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 165. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 196 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 196 block default' -Direction Outbound -Action Block -Protocol 166 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 166. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 197 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 197 block default' -Direction Outbound -Action Block -Protocol 167 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 167. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 198 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 198 block default' -Direction Outbound -Action Block -Protocol 168 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 168. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 199 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 199 block default' -Direction Outbound -Action Block -Protocol 169 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 169. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 200 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 200 block default' -Direction Outbound -Action Block -Protocol 170 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 170. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 201 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 201 block default' -Direction Outbound -Action Block -Protocol 171 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 171. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 202 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 202 block default' -Direction Outbound -Action Block -Protocol 172 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 172. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 203 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 203 block default' -Direction Outbound -Action Block -Protocol 173 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 173. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 204 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 204 block default' -Direction Outbound -Action Block -Protocol 174 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 174. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 205 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 205 block default' -Direction Outbound -Action Block -Protocol 175 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 175. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 206 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 206 block default' -Direction Outbound -Action Block -Protocol 176 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 176. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 207 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 207 block default' -Direction Outbound -Action Block -Protocol 177 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 177. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 208 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 208 block default' -Direction Outbound -Action Block -Protocol 178 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 178. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 209 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 209 block default' -Direction Outbound -Action Block -Protocol 179 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 179. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 210 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 210 block default' -Direction Outbound -Action Block -Protocol 180 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 180. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 211 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 211 block default' -Direction Outbound -Action Block -Protocol 181 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 181. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 212 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 212 block default' -Direction Outbound -Action Block -Protocol 182 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 182. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 213 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 213 block default' -Direction Outbound -Action Block -Protocol 183 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 183. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 214 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 214 block default' -Direction Outbound -Action Block -Protocol 184 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 184. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 215 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 215 block default' -Direction Outbound -Action Block -Protocol 185 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 185. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 216 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 216 block default' -Direction Outbound -Action Block -Protocol 186 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 186. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 217 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 217 block default' -Direction Outbound -Action Block -Protocol 187 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 187. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 218 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 218 block default' -Direction Outbound -Action Block -Protocol 188 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 188. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 219 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 219 block default' -Direction Outbound -Action Block -Protocol 189 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 189. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 220 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 220 block default' -Direction Outbound -Action Block -Protocol 190 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 190. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 221 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 221 block default' -Direction Outbound -Action Block -Protocol 191 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 191. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 222 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 222 block default' -Direction Outbound -Action Block -Protocol 192 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 192. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 223 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 223 block default' -Direction Outbound -Action Block -Protocol 193 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 193. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 224 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 224 block default' -Direction Outbound -Action Block -Protocol 194 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 194. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 225 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 225 block default' -Direction Outbound -Action Block -Protocol 195 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 195. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 226 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 226 block default' -Direction Outbound -Action Block -Protocol 196 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 196. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 227 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 227 block default' -Direction Outbound -Action Block -Protocol 197 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 197. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 228 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 228 block default' -Direction Outbound -Action Block -Protocol 198 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 198. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 229 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 229 block default' -Direction Outbound -Action Block -Protocol 199 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 199. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 230 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 230 block default' -Direction Outbound -Action Block -Protocol 200 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 200. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 231 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 231 block default' -Direction Outbound -Action Block -Protocol 201 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 201. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 232 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 232 block default' -Direction Outbound -Action Block -Protocol 202 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 202. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 233 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 233 block default' -Direction Outbound -Action Block -Protocol 203 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 203. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 234 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 234 block default' -Direction Outbound -Action Block -Protocol 204 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 204. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 235 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 235 block default' -Direction Outbound -Action Block -Protocol 205 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 205. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 236 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 236 block default' -Direction Outbound -Action Block -Protocol 206 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 206. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 237 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 237 block default' -Direction Outbound -Action Block -Protocol 207 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 207. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 238 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 238 block default' -Direction Outbound -Action Block -Protocol 208 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 208. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 239 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 239 block default' -Direction Outbound -Action Block -Protocol 209 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 209. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 240 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 240 block default' -Direction Outbound -Action Block -Protocol 210 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 210. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 241 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 241 block default' -Direction Outbound -Action Block -Protocol 211 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 211. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 242 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 242 block default' -Direction Outbound -Action Block -Protocol 212 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 212. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 243 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 243 block default' -Direction Outbound -Action Block -Protocol 213 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 213. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 244 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 244 block default' -Direction Outbound -Action Block -Protocol 214 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 214. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 245 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 245 block default' -Direction Outbound -Action Block -Protocol 215 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 215. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 246 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 246 block default' -Direction Outbound -Action Block -Protocol 216 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 216. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 247 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 247 block default' -Direction Outbound -Action Block -Protocol 217 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 217. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 248 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 248 block default' -Direction Outbound -Action Block -Protocol 218 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 218. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 249 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 249 block default' -Direction Outbound -Action Block -Protocol 219 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 219. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 250 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 250 block default' -Direction Outbound -Action Block -Protocol 220 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 220. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 251 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 251 block default' -Direction Outbound -Action Block -Protocol 221 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 221. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 252 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 252 block default' -Direction Outbound -Action Block -Protocol 222 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 222. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 253 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 253 block default' -Direction Outbound -Action Block -Protocol 223 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 223. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 254 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 254 block default' -Direction Outbound -Action Block -Protocol 224 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 224. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 255 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 255 block default' -Direction Outbound -Action Block -Protocol 225 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 225. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 256 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 256 block default' -Direction Outbound -Action Block -Protocol 226 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 226. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 257 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 257 block default' -Direction Outbound -Action Block -Protocol 227 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 227. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 258 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 258 block default' -Direction Outbound -Action Block -Protocol 228 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 228. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 259 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 259 block default' -Direction Outbound -Action Block -Protocol 229 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 229. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 260 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 260 block default' -Direction Outbound -Action Block -Protocol 230 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 230. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 261 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 261 block default' -Direction Outbound -Action Block -Protocol 231 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 231. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 262 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 262 block default' -Direction Outbound -Action Block -Protocol 232 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 232. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 263 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 263 block default' -Direction Outbound -Action Block -Protocol 233 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 233. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 264 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 264 block default' -Direction Outbound -Action Block -Protocol 234 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 234. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 265 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 265 block default' -Direction Outbound -Action Block -Protocol 235 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 235. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 266 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 266 block default' -Direction Outbound -Action Block -Protocol 236 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 236. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 267 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 267 block default' -Direction Outbound -Action Block -Protocol 237 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 237. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 268 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 268 block default' -Direction Outbound -Action Block -Protocol 238 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 238. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 269 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 269 block default' -Direction Outbound -Action Block -Protocol 239 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 239. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 270 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 270 block default' -Direction Outbound -Action Block -Protocol 240 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 240. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 271 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 271 block default' -Direction Outbound -Action Block -Protocol 241 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 241. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 272 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 272 block default' -Direction Outbound -Action Block -Protocol 242 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 242. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 273 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 273 block default' -Direction Outbound -Action Block -Protocol 243 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 243. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 274 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 274 block default' -Direction Outbound -Action Block -Protocol 244 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 244. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 275 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 275 block default' -Direction Outbound -Action Block -Protocol 245 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 245. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 276 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 276 block default' -Direction Outbound -Action Block -Protocol 246 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 246. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 277 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 277 block default' -Direction Outbound -Action Block -Protocol 247 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 247. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 278 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 278 block default' -Direction Outbound -Action Block -Protocol 248 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 248. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 279 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 279 block default' -Direction Outbound -Action Block -Protocol 249 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 249. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 280 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 280 block default' -Direction Outbound -Action Block -Protocol 250 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 250. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 281 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 281 block default' -Direction Outbound -Action Block -Protocol 251 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 251. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 282 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 282 block default' -Direction Outbound -Action Block -Protocol 252 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 252. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 283 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 283 block default' -Direction Outbound -Action Block -Protocol 253 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 253. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 284 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 284 block default' -Direction Outbound -Action Block -Protocol 254 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 254. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 285 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 285 block default' -Direction Outbound -Action Block -Protocol 255 -Profile Any -Description 'Decided by the default default_outbound deny (settings at 00-settings.yaml:21). Covers IP protocol 255. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 286 allow ad-members-to-dcs', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 286 allow ad-members-to-dcs' -Direction Outbound -Action Allow -Protocol TCP -RemotePort '53','88','135','389','445','464','636','3268-3269','49152-65535' -RemoteAddress '10.20.0.10/31' -Profile Any -Description 'Decided by allow ad-members-to-dcs at 40-rules-internal.yaml:26 [T1021.002 T1021.003 T1047 T1486]. Covers tcp/53, tcp/88, tcp/135, tcp/389, tcp/445, tcp/464, tcp/636, tcp/3268-3269, tcp/49152-65535. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 287 allow ad-members-to-dcs', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 287 allow ad-members-to-dcs' -Direction Outbound -Action Allow -Protocol UDP -RemotePort '53','88','123','389','464','49152-65535' -RemoteAddress '10.20.0.10/31' -Profile Any -Description 'Decided by allow ad-members-to-dcs at 40-rules-internal.yaml:26 [T1021.003 T1047]. Covers udp/53, udp/88, udp/123, udp/389, udp/464, udp/49152-65535. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 288 allow logs-to-siem', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 288 allow logs-to-siem' -Direction Outbound -Action Allow -Protocol UDP -RemotePort '514' -RemoteAddress '10.90.0.20' -Profile Any -Description 'Decided by allow logs-to-siem at 40-rules-internal.yaml:201. Covers udp/514. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 289 allow os-updates', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 289 allow os-updates' -Direction Outbound -Action Allow -Protocol TCP -RemotePort '443' -RemoteAddress '192.0.2.0/24','2001:db8:ffff::/48' -Profile Any -Description 'Decided by allow os-updates at 45-rules-perimeter.yaml:121. Covers tcp/443. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 290 allow host-essentials/icmpv6-nd@servers', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 290 allow host-essentials/icmpv6-nd@servers' -Direction Outbound -Action Allow -Protocol ICMPv6 -IcmpType '133','134','135','136','141','142','148','149' -RemoteAddress 'fe80::/10','ff02::/16' -Profile Any -Description 'Decided by allow host-essentials/icmpv6-nd@servers at 00-settings.yaml:69. Covers icmpv6/133-136, icmpv6/141-142, icmpv6/148-149. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 291 allow host-essentials/icmpv6-mld@servers', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 291 allow host-essentials/icmpv6-mld@servers' -Direction Outbound -Action Allow -Protocol ICMPv6 -IcmpType '130','131','132','143','151','152','153' -RemoteAddress 'fe80::/10','ff02::/16' -Profile Any -Description 'Decided by allow host-essentials/icmpv6-mld@servers at 00-settings.yaml:69. Covers icmpv6/130-132, icmpv6/143, icmpv6/151-153. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 292 allow host-essentials/dhcp-request@servers', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 292 allow host-essentials/dhcp-request@servers' -Direction Outbound -Action Allow -Protocol UDP -RemotePort '67' -RemoteAddress '10.20.0.0/16','255.255.255.255' -Profile Any -Description 'Decided by allow host-essentials/dhcp-request@servers at 00-settings.yaml:69. Covers udp/67. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 293 allow host-essentials/dhcp-reply@servers', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 293 allow host-essentials/dhcp-reply@servers' -Direction Outbound -Action Allow -Protocol UDP -RemotePort '68' -RemoteAddress '10.20.0.0/16' -Profile Any -Description 'Decided by allow host-essentials/dhcp-reply@servers at 00-settings.yaml:69. Covers udp/68. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 294 allow host-essentials/dhcpv6-request', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 294 allow host-essentials/dhcpv6-request' -Direction Outbound -Action Allow -Protocol UDP -RemotePort '547' -RemoteAddress 'ff02::1:2' -Profile Any -Description 'Decided by allow host-essentials/dhcpv6-request at 00-settings.yaml:69. Covers udp/547. Policy enterprise.'
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
  Set-NetFirewallProfile -Profile Domain,Private,Public -Enabled True -DefaultInboundAction Block -DefaultOutboundAction Block -LogBlocked True -LogAllowed True -LogFileName '%SystemRoot%\System32\LogFiles\Firewall\pfirewall.log' -LogMaxSizeKilobytes 16384
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
  $active = @(Get-NetFirewallRule -PolicyStore ActiveStore -Group 'bulkhead' -ErrorAction SilentlyContinue).Count
  if ($active -ne 581) { $problems += "$active of 581 bulkhead rules are in the active store" }
  if ($problems.Count -gt 0) { throw "bulkhead: the rules are not in force: $($problems -join '; ')" }
}
