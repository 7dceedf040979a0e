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
  if ($PSCmdlet.ShouldProcess('bulkhead in 001 block no-rdp', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 001 block no-rdp' -Direction Inbound -Action Block -Protocol TCP -LocalPort '3389' -Profile Any -Description 'Decided by deny no-rdp at p.yaml:16 [T1021.001]. Covers tcp/3389. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 002 block no-rdp', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 002 block no-rdp' -Direction Inbound -Action Block -Protocol UDP -LocalPort '3389' -Profile Any -Description 'Decided by deny no-rdp at p.yaml:16 [T1021.001]. Covers udp/3389. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 003 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 003 block default' -Direction Inbound -Action Block -Protocol TCP -LocalPort '0-444','446-3388','3390-65535' -RemoteAddress '10.1.0.10' -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers tcp/0-444, tcp/446-3388, tcp/3390-65535. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 004 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 004 block default' -Direction Inbound -Action Block -Protocol TCP -LocalPort '0-3388','3390-65535' -RemoteAddress '0.0.0.0-10.1.0.9','10.1.0.11-255.255.255.255','::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers tcp/0-3388, tcp/3390-65535. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 005 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 005 block default' -Direction Inbound -Action Block -Protocol UDP -LocalPort '0-3388','3390-65535' -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers udp/0-3388, udp/3390-65535. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 006 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 006 block default' -Direction Inbound -Action Block -Protocol ICMPv4 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers icmp/0-255. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 007 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 007 block default' -Direction Inbound -Action Block -Protocol ICMPv6 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers icmpv6. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 008 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 008 block default' -Direction Inbound -Action Block -Protocol 0 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 0. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 009 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 009 block default' -Direction Inbound -Action Block -Protocol 2 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 2. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 010 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 010 block default' -Direction Inbound -Action Block -Protocol 3 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 3. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 011 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 011 block default' -Direction Inbound -Action Block -Protocol 4 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 4. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 012 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 012 block default' -Direction Inbound -Action Block -Protocol 5 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 5. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 013 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 013 block default' -Direction Inbound -Action Block -Protocol 7 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 7. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 014 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 014 block default' -Direction Inbound -Action Block -Protocol 8 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 8. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 015 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 015 block default' -Direction Inbound -Action Block -Protocol 9 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 9. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 016 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 016 block default' -Direction Inbound -Action Block -Protocol 10 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 10. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 017 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 017 block default' -Direction Inbound -Action Block -Protocol 11 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 11. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 018 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 018 block default' -Direction Inbound -Action Block -Protocol 12 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 12. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 019 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 019 block default' -Direction Inbound -Action Block -Protocol 13 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 13. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 020 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 020 block default' -Direction Inbound -Action Block -Protocol 14 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 14. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 021 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 021 block default' -Direction Inbound -Action Block -Protocol 15 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 15. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 022 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 022 block default' -Direction Inbound -Action Block -Protocol 16 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 16. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 023 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 023 block default' -Direction Inbound -Action Block -Protocol 18 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 18. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 024 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 024 block default' -Direction Inbound -Action Block -Protocol 19 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 19. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 025 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 025 block default' -Direction Inbound -Action Block -Protocol 20 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 20. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 026 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 026 block default' -Direction Inbound -Action Block -Protocol 21 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 21. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 027 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 027 block default' -Direction Inbound -Action Block -Protocol 22 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 22. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 028 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 028 block default' -Direction Inbound -Action Block -Protocol 23 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 23. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 029 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 029 block default' -Direction Inbound -Action Block -Protocol 24 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 24. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 030 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 030 block default' -Direction Inbound -Action Block -Protocol 25 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 25. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 031 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 031 block default' -Direction Inbound -Action Block -Protocol 26 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 26. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 032 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 032 block default' -Direction Inbound -Action Block -Protocol 27 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 27. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 033 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 033 block default' -Direction Inbound -Action Block -Protocol 28 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 28. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 034 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 034 block default' -Direction Inbound -Action Block -Protocol 29 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 29. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 035 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 035 block default' -Direction Inbound -Action Block -Protocol 30 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 30. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 036 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 036 block default' -Direction Inbound -Action Block -Protocol 31 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 31. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 037 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 037 block default' -Direction Inbound -Action Block -Protocol 32 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 32. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 038 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 038 block default' -Direction Inbound -Action Block -Protocol 33 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 33. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 039 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 039 block default' -Direction Inbound -Action Block -Protocol 34 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 34. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 040 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 040 block default' -Direction Inbound -Action Block -Protocol 35 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 35. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 041 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 041 block default' -Direction Inbound -Action Block -Protocol 36 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 36. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 042 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 042 block default' -Direction Inbound -Action Block -Protocol 37 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 37. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 043 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 043 block default' -Direction Inbound -Action Block -Protocol 38 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 38. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 044 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 044 block default' -Direction Inbound -Action Block -Protocol 39 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 39. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 045 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 045 block default' -Direction Inbound -Action Block -Protocol 40 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 40. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 046 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 046 block default' -Direction Inbound -Action Block -Protocol 41 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 41. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 047 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 047 block default' -Direction Inbound -Action Block -Protocol 42 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 42. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 048 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 048 block default' -Direction Inbound -Action Block -Protocol 43 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 43. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 049 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 049 block default' -Direction Inbound -Action Block -Protocol 44 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 44. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 050 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 050 block default' -Direction Inbound -Action Block -Protocol 45 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 45. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 051 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 051 block default' -Direction Inbound -Action Block -Protocol 46 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 46. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 052 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 052 block default' -Direction Inbound -Action Block -Protocol 47 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 47. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 053 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 053 block default' -Direction Inbound -Action Block -Protocol 48 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 48. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 054 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 054 block default' -Direction Inbound -Action Block -Protocol 49 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 49. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 055 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 055 block default' -Direction Inbound -Action Block -Protocol 50 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 50. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 056 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 056 block default' -Direction Inbound -Action Block -Protocol 51 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 51. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 057 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 057 block default' -Direction Inbound -Action Block -Protocol 52 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 52. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 058 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 058 block default' -Direction Inbound -Action Block -Protocol 53 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 53. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 059 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 059 block default' -Direction Inbound -Action Block -Protocol 54 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 54. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 060 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 060 block default' -Direction Inbound -Action Block -Protocol 55 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 55. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 061 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 061 block default' -Direction Inbound -Action Block -Protocol 56 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 56. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 062 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 062 block default' -Direction Inbound -Action Block -Protocol 57 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 57. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 063 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 063 block default' -Direction Inbound -Action Block -Protocol 59 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 59. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 064 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 064 block default' -Direction Inbound -Action Block -Protocol 60 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 60. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 065 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 065 block default' -Direction Inbound -Action Block -Protocol 61 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 61. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 066 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 066 block default' -Direction Inbound -Action Block -Protocol 62 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 62. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 067 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 067 block default' -Direction Inbound -Action Block -Protocol 63 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 63. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 068 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 068 block default' -Direction Inbound -Action Block -Protocol 64 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 64. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 069 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 069 block default' -Direction Inbound -Action Block -Protocol 65 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 65. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 070 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 070 block default' -Direction Inbound -Action Block -Protocol 66 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 66. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 071 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 071 block default' -Direction Inbound -Action Block -Protocol 67 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 67. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 072 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 072 block default' -Direction Inbound -Action Block -Protocol 68 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 68. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 073 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 073 block default' -Direction Inbound -Action Block -Protocol 69 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 69. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 074 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 074 block default' -Direction Inbound -Action Block -Protocol 70 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 70. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 075 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 075 block default' -Direction Inbound -Action Block -Protocol 71 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 71. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 076 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 076 block default' -Direction Inbound -Action Block -Protocol 72 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 72. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 077 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 077 block default' -Direction Inbound -Action Block -Protocol 73 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 73. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 078 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 078 block default' -Direction Inbound -Action Block -Protocol 74 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 74. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 079 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 079 block default' -Direction Inbound -Action Block -Protocol 75 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 75. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 080 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 080 block default' -Direction Inbound -Action Block -Protocol 76 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 76. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 081 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 081 block default' -Direction Inbound -Action Block -Protocol 77 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 77. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 082 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 082 block default' -Direction Inbound -Action Block -Protocol 78 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 78. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 083 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 083 block default' -Direction Inbound -Action Block -Protocol 79 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 79. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 084 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 084 block default' -Direction Inbound -Action Block -Protocol 80 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 80. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 085 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 085 block default' -Direction Inbound -Action Block -Protocol 81 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 81. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 086 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 086 block default' -Direction Inbound -Action Block -Protocol 82 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 82. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 087 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 087 block default' -Direction Inbound -Action Block -Protocol 83 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 83. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 088 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 088 block default' -Direction Inbound -Action Block -Protocol 84 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 84. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 089 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 089 block default' -Direction Inbound -Action Block -Protocol 85 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 85. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 090 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 090 block default' -Direction Inbound -Action Block -Protocol 86 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 86. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 091 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 091 block default' -Direction Inbound -Action Block -Protocol 87 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 87. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 092 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 092 block default' -Direction Inbound -Action Block -Protocol 88 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 88. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 093 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 093 block default' -Direction Inbound -Action Block -Protocol 89 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 89. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 094 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 094 block default' -Direction Inbound -Action Block -Protocol 90 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 90. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 095 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 095 block default' -Direction Inbound -Action Block -Protocol 91 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 91. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 096 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 096 block default' -Direction Inbound -Action Block -Protocol 92 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 92. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 097 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 097 block default' -Direction Inbound -Action Block -Protocol 93 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 93. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 098 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 098 block default' -Direction Inbound -Action Block -Protocol 94 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 94. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 099 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 099 block default' -Direction Inbound -Action Block -Protocol 95 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 95. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 100 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 100 block default' -Direction Inbound -Action Block -Protocol 96 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 96. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 101 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 101 block default' -Direction Inbound -Action Block -Protocol 97 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 97. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 102 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 102 block default' -Direction Inbound -Action Block -Protocol 98 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 98. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 103 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 103 block default' -Direction Inbound -Action Block -Protocol 99 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 99. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 104 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 104 block default' -Direction Inbound -Action Block -Protocol 100 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 100. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 105 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 105 block default' -Direction Inbound -Action Block -Protocol 101 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 101. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 106 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 106 block default' -Direction Inbound -Action Block -Protocol 102 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 102. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 107 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 107 block default' -Direction Inbound -Action Block -Protocol 103 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 103. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 108 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 108 block default' -Direction Inbound -Action Block -Protocol 104 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 104. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 109 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 109 block default' -Direction Inbound -Action Block -Protocol 105 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 105. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 110 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 110 block default' -Direction Inbound -Action Block -Protocol 106 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 106. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 111 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 111 block default' -Direction Inbound -Action Block -Protocol 107 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 107. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 112 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 112 block default' -Direction Inbound -Action Block -Protocol 108 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 108. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 113 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 113 block default' -Direction Inbound -Action Block -Protocol 109 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 109. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 114 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 114 block default' -Direction Inbound -Action Block -Protocol 110 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 110. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 115 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 115 block default' -Direction Inbound -Action Block -Protocol 111 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 111. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 116 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 116 block default' -Direction Inbound -Action Block -Protocol 112 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 112. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 117 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 117 block default' -Direction Inbound -Action Block -Protocol 113 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 113. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 118 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 118 block default' -Direction Inbound -Action Block -Protocol 114 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 114. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 119 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 119 block default' -Direction Inbound -Action Block -Protocol 115 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 115. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 120 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 120 block default' -Direction Inbound -Action Block -Protocol 116 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 116. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 121 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 121 block default' -Direction Inbound -Action Block -Protocol 117 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 117. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 122 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 122 block default' -Direction Inbound -Action Block -Protocol 118 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 118. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 123 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 123 block default' -Direction Inbound -Action Block -Protocol 119 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 119. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 124 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 124 block default' -Direction Inbound -Action Block -Protocol 120 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 120. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 125 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 125 block default' -Direction Inbound -Action Block -Protocol 121 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 121. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 126 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 126 block default' -Direction Inbound -Action Block -Protocol 122 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 122. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 127 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 127 block default' -Direction Inbound -Action Block -Protocol 123 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 123. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 128 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 128 block default' -Direction Inbound -Action Block -Protocol 124 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 124. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 129 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 129 block default' -Direction Inbound -Action Block -Protocol 125 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 125. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 130 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 130 block default' -Direction Inbound -Action Block -Protocol 126 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 126. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 131 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 131 block default' -Direction Inbound -Action Block -Protocol 127 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 127. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 132 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 132 block default' -Direction Inbound -Action Block -Protocol 128 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 128. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 133 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 133 block default' -Direction Inbound -Action Block -Protocol 129 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 129. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 134 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 134 block default' -Direction Inbound -Action Block -Protocol 130 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 130. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 135 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 135 block default' -Direction Inbound -Action Block -Protocol 131 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 131. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 136 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 136 block default' -Direction Inbound -Action Block -Protocol 132 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 132. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 137 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 137 block default' -Direction Inbound -Action Block -Protocol 133 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 133. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 138 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 138 block default' -Direction Inbound -Action Block -Protocol 134 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 134. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 139 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 139 block default' -Direction Inbound -Action Block -Protocol 135 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 135. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 140 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 140 block default' -Direction Inbound -Action Block -Protocol 136 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 136. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 141 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 141 block default' -Direction Inbound -Action Block -Protocol 137 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 137. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 142 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 142 block default' -Direction Inbound -Action Block -Protocol 138 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 138. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 143 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 143 block default' -Direction Inbound -Action Block -Protocol 139 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 139. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 144 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 144 block default' -Direction Inbound -Action Block -Protocol 140 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 140. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 145 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 145 block default' -Direction Inbound -Action Block -Protocol 141 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 141. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 146 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 146 block default' -Direction Inbound -Action Block -Protocol 142 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 142. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 147 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 147 block default' -Direction Inbound -Action Block -Protocol 143 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 143. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 148 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 148 block default' -Direction Inbound -Action Block -Protocol 144 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 144. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 149 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 149 block default' -Direction Inbound -Action Block -Protocol 145 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 145. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 150 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 150 block default' -Direction Inbound -Action Block -Protocol 146 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 146. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 151 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 151 block default' -Direction Inbound -Action Block -Protocol 147 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 147. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 152 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 152 block default' -Direction Inbound -Action Block -Protocol 148 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 148. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 153 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 153 block default' -Direction Inbound -Action Block -Protocol 149 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 149. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 154 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 154 block default' -Direction Inbound -Action Block -Protocol 150 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 150. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 155 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 155 block default' -Direction Inbound -Action Block -Protocol 151 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 151. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 156 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 156 block default' -Direction Inbound -Action Block -Protocol 152 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 152. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 157 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 157 block default' -Direction Inbound -Action Block -Protocol 153 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 153. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 158 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 158 block default' -Direction Inbound -Action Block -Protocol 154 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 154. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 159 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 159 block default' -Direction Inbound -Action Block -Protocol 155 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 155. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 160 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 160 block default' -Direction Inbound -Action Block -Protocol 156 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 156. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 161 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 161 block default' -Direction Inbound -Action Block -Protocol 157 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 157. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 162 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 162 block default' -Direction Inbound -Action Block -Protocol 158 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 158. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 163 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 163 block default' -Direction Inbound -Action Block -Protocol 159 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 159. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 164 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 164 block default' -Direction Inbound -Action Block -Protocol 160 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 160. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 165 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 165 block default' -Direction Inbound -Action Block -Protocol 161 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 161. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 166 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 166 block default' -Direction Inbound -Action Block -Protocol 162 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 162. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 167 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 167 block default' -Direction Inbound -Action Block -Protocol 163 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 163. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 168 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 168 block default' -Direction Inbound -Action Block -Protocol 164 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 164. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 169 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 169 block default' -Direction Inbound -Action Block -Protocol 165 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 165. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 170 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 170 block default' -Direction Inbound -Action Block -Protocol 166 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 166. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 171 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 171 block default' -Direction Inbound -Action Block -Protocol 167 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 167. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 172 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 172 block default' -Direction Inbound -Action Block -Protocol 168 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 168. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 173 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 173 block default' -Direction Inbound -Action Block -Protocol 169 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 169. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 174 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 174 block default' -Direction Inbound -Action Block -Protocol 170 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 170. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 175 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 175 block default' -Direction Inbound -Action Block -Protocol 171 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 171. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 176 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 176 block default' -Direction Inbound -Action Block -Protocol 172 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 172. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 177 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 177 block default' -Direction Inbound -Action Block -Protocol 173 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 173. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 178 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 178 block default' -Direction Inbound -Action Block -Protocol 174 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 174. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 179 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 179 block default' -Direction Inbound -Action Block -Protocol 175 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 175. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 180 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 180 block default' -Direction Inbound -Action Block -Protocol 176 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 176. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 181 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 181 block default' -Direction Inbound -Action Block -Protocol 177 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 177. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 182 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 182 block default' -Direction Inbound -Action Block -Protocol 178 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 178. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 183 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 183 block default' -Direction Inbound -Action Block -Protocol 179 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 179. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 184 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 184 block default' -Direction Inbound -Action Block -Protocol 180 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 180. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 185 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 185 block default' -Direction Inbound -Action Block -Protocol 181 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 181. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 186 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 186 block default' -Direction Inbound -Action Block -Protocol 182 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 182. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 187 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 187 block default' -Direction Inbound -Action Block -Protocol 183 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 183. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 188 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 188 block default' -Direction Inbound -Action Block -Protocol 184 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 184. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 189 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 189 block default' -Direction Inbound -Action Block -Protocol 185 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 185. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 190 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 190 block default' -Direction Inbound -Action Block -Protocol 186 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 186. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 191 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 191 block default' -Direction Inbound -Action Block -Protocol 187 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 187. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 192 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 192 block default' -Direction Inbound -Action Block -Protocol 188 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 188. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 193 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 193 block default' -Direction Inbound -Action Block -Protocol 189 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 189. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 194 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 194 block default' -Direction Inbound -Action Block -Protocol 190 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 190. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 195 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 195 block default' -Direction Inbound -Action Block -Protocol 191 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 191. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 196 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 196 block default' -Direction Inbound -Action Block -Protocol 192 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 192. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 197 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 197 block default' -Direction Inbound -Action Block -Protocol 193 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 193. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 198 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 198 block default' -Direction Inbound -Action Block -Protocol 194 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 194. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 199 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 199 block default' -Direction Inbound -Action Block -Protocol 195 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 195. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 200 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 200 block default' -Direction Inbound -Action Block -Protocol 196 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 196. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 201 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 201 block default' -Direction Inbound -Action Block -Protocol 197 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 197. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 202 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 202 block default' -Direction Inbound -Action Block -Protocol 198 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 198. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 203 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 203 block default' -Direction Inbound -Action Block -Protocol 199 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 199. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 204 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 204 block default' -Direction Inbound -Action Block -Protocol 200 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 200. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 205 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 205 block default' -Direction Inbound -Action Block -Protocol 201 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 201. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 206 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 206 block default' -Direction Inbound -Action Block -Protocol 202 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 202. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 207 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 207 block default' -Direction Inbound -Action Block -Protocol 203 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 203. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 208 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 208 block default' -Direction Inbound -Action Block -Protocol 204 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 204. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 209 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 209 block default' -Direction Inbound -Action Block -Protocol 205 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 205. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 210 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 210 block default' -Direction Inbound -Action Block -Protocol 206 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 206. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 211 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 211 block default' -Direction Inbound -Action Block -Protocol 207 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 207. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 212 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 212 block default' -Direction Inbound -Action Block -Protocol 208 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 208. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 213 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 213 block default' -Direction Inbound -Action Block -Protocol 209 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 209. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 214 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 214 block default' -Direction Inbound -Action Block -Protocol 210 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 210. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 215 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 215 block default' -Direction Inbound -Action Block -Protocol 211 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 211. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 216 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 216 block default' -Direction Inbound -Action Block -Protocol 212 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 212. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 217 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 217 block default' -Direction Inbound -Action Block -Protocol 213 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 213. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 218 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 218 block default' -Direction Inbound -Action Block -Protocol 214 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 214. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 219 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 219 block default' -Direction Inbound -Action Block -Protocol 215 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 215. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 220 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 220 block default' -Direction Inbound -Action Block -Protocol 216 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 216. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 221 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 221 block default' -Direction Inbound -Action Block -Protocol 217 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 217. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 222 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 222 block default' -Direction Inbound -Action Block -Protocol 218 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 218. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 223 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 223 block default' -Direction Inbound -Action Block -Protocol 219 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 219. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 224 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 224 block default' -Direction Inbound -Action Block -Protocol 220 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 220. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 225 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 225 block default' -Direction Inbound -Action Block -Protocol 221 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 221. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 226 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 226 block default' -Direction Inbound -Action Block -Protocol 222 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 222. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 227 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 227 block default' -Direction Inbound -Action Block -Protocol 223 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 223. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 228 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 228 block default' -Direction Inbound -Action Block -Protocol 224 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 224. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 229 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 229 block default' -Direction Inbound -Action Block -Protocol 225 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 225. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 230 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 230 block default' -Direction Inbound -Action Block -Protocol 226 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 226. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 231 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 231 block default' -Direction Inbound -Action Block -Protocol 227 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 227. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 232 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 232 block default' -Direction Inbound -Action Block -Protocol 228 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 228. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 233 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 233 block default' -Direction Inbound -Action Block -Protocol 229 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 229. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 234 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 234 block default' -Direction Inbound -Action Block -Protocol 230 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 230. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 235 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 235 block default' -Direction Inbound -Action Block -Protocol 231 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 231. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 236 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 236 block default' -Direction Inbound -Action Block -Protocol 232 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 232. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 237 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 237 block default' -Direction Inbound -Action Block -Protocol 233 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 233. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 238 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 238 block default' -Direction Inbound -Action Block -Protocol 234 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 234. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 239 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 239 block default' -Direction Inbound -Action Block -Protocol 235 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 235. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 240 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 240 block default' -Direction Inbound -Action Block -Protocol 236 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 236. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 241 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 241 block default' -Direction Inbound -Action Block -Protocol 237 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 237. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 242 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 242 block default' -Direction Inbound -Action Block -Protocol 238 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 238. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 243 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 243 block default' -Direction Inbound -Action Block -Protocol 239 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 239. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 244 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 244 block default' -Direction Inbound -Action Block -Protocol 240 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 240. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 245 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 245 block default' -Direction Inbound -Action Block -Protocol 241 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 241. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 246 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 246 block default' -Direction Inbound -Action Block -Protocol 242 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 242. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 247 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 247 block default' -Direction Inbound -Action Block -Protocol 243 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 243. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 248 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 248 block default' -Direction Inbound -Action Block -Protocol 244 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 244. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 249 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 249 block default' -Direction Inbound -Action Block -Protocol 245 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 245. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 250 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 250 block default' -Direction Inbound -Action Block -Protocol 246 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 246. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 251 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 251 block default' -Direction Inbound -Action Block -Protocol 247 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 247. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 252 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 252 block default' -Direction Inbound -Action Block -Protocol 248 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 248. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 253 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 253 block default' -Direction Inbound -Action Block -Protocol 249 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 249. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 254 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 254 block default' -Direction Inbound -Action Block -Protocol 250 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 250. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 255 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 255 block default' -Direction Inbound -Action Block -Protocol 251 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 251. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 256 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 256 block default' -Direction Inbound -Action Block -Protocol 252 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 252. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 257 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 257 block default' -Direction Inbound -Action Block -Protocol 253 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 253. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 258 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 258 block default' -Direction Inbound -Action Block -Protocol 254 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 254. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 259 block default', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 259 block default' -Direction Inbound -Action Block -Protocol 255 -Profile Any -Description 'Decided by the default default_inbound deny (the built-in settings). Covers IP protocol 255. Policy tiny.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 260 allow smb-to-files', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 260 allow smb-to-files' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '445' -RemoteAddress '10.1.0.10' -Profile Any -Description 'Decided by allow smb-to-files at p.yaml:11 [T1021.002 T1486]. Covers tcp/445. Policy tiny.'
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
  $active = @(Get-NetFirewallRule -PolicyStore ActiveStore -Group 'bulkhead' -ErrorAction SilentlyContinue).Count
  if ($active -ne 262) { $problems += "$active of 262 bulkhead rules are in the active store" }
  if ($problems.Count -gt 0) { throw "bulkhead: the rules are not in force: $($problems -join '; ')" }
}
