# bulkhead: Windows Defender Firewall rules for host 'dc-01' (policy enterprise)
# Addresses: 10.20.0.10
# Inbound: default Block, 24 rules. Outbound: default Block, 22 rules.
# Log blocked connections: yes (wanted by wifi-never-internal, no-telnet-anywhere, no-remote-admin-from-internet, lateral-movement/rpc-epmap, lateral-movement/rdp, lateral-movement/winrm-http, lateral-movement/winrm-https).
# Log allowed connections: yes (wanted by ad-members-to-dcs, jump-host-administers-managed-hosts).
# Policy files: 00-settings.yaml, 10-zones.yaml, 20-hosts.yaml, 30-services.yaml, 40-rules-internal.yaml, 45-rules-perimeter.yaml, 50-expect.yaml
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
  if ($PSCmdlet.ShouldProcess('bulkhead in 001 block wifi-never-internal', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 001 block wifi-never-internal' -Direction Inbound -Action Block -Protocol Any -RemoteAddress '192.168.100.0/22' -Profile Any -Description 'Decided by override-deny wifi-never-internal at 45-rules-perimeter.yaml:153. Covers any. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 002 block no-telnet-anywhere', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 002 block no-telnet-anywhere' -Direction Inbound -Action Block -Protocol TCP -LocalPort '23' -Profile Any -Description 'Decided by override-deny no-telnet-anywhere at 45-rules-perimeter.yaml:171. Covers tcp/23. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 003 block no-remote-admin-from-internet', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 003 block no-remote-admin-from-internet' -Direction Inbound -Action Block -Protocol TCP -LocalPort '22','3389','5900-5903','5985-5986' -RemoteAddress '0.0.0.0-10.9.255.255','10.12.0.0-10.19.255.255','10.21.0.0-10.29.255.255','10.31.0.0-10.49.255.255','10.51.0.0-10.59.255.255','10.61.0.0-10.69.255.255','10.71.0.0-10.89.255.255','10.91.0.0-10.99.255.255','10.101.0.0-172.16.9.255','172.16.11.0-192.168.99.255','192.168.104.0-255.255.255.255' -Profile Any -Description 'Decided by override-deny no-remote-admin-from-internet at 45-rules-perimeter.yaml:182 [T1021.001 T1021.004 T1021.005 T1021.006 T1059.001]. Covers tcp/22, tcp/3389, tcp/5900-5903, tcp/5985-5986. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 004 block no-remote-admin-from-internet', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 004 block no-remote-admin-from-internet' -Direction Inbound -Action Block -Protocol UDP -LocalPort '3389' -RemoteAddress '0.0.0.0-10.9.255.255','10.12.0.0-10.19.255.255','10.21.0.0-10.29.255.255','10.31.0.0-10.49.255.255','10.51.0.0-10.59.255.255','10.61.0.0-10.69.255.255','10.71.0.0-10.89.255.255','10.91.0.0-10.99.255.255','10.101.0.0-172.16.9.255','172.16.11.0-192.168.99.255','192.168.104.0-255.255.255.255' -Profile Any -Description 'Decided by override-deny no-remote-admin-from-internet at 45-rules-perimeter.yaml:182 [T1021.001]. Covers udp/3389. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 005 block lateral-movement/smb', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 005 block lateral-movement/smb' -Direction Inbound -Action Block -Protocol TCP -LocalPort '445' -RemoteAddress '0.0.0.0-10.10.1.10','10.10.1.13-10.10.2.10','10.10.2.13-10.11.1.10','10.11.1.13-10.11.2.10','10.11.2.12-10.19.255.255','10.21.0.0-10.29.255.255','10.31.0.0-255.255.255.255' -Profile Any -Description 'Decided by deny lateral-movement/smb at 00-settings.yaml:69 [T1021.002 T1486]. Covers tcp/445. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 006 block lateral-movement/netbios-ns', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 006 block lateral-movement/netbios-ns' -Direction Inbound -Action Block -Protocol UDP -LocalPort '137' -Profile Any -Description 'Decided by deny lateral-movement/netbios-ns at 00-settings.yaml:69 [T1557]. Covers udp/137. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 007 block lateral-movement/netbios-dgm', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 007 block lateral-movement/netbios-dgm' -Direction Inbound -Action Block -Protocol UDP -LocalPort '138' -Profile Any -Description 'Decided by deny lateral-movement/netbios-dgm at 00-settings.yaml:69 [T1557]. Covers udp/138. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 008 block lateral-movement/netbios-ssn', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 008 block lateral-movement/netbios-ssn' -Direction Inbound -Action Block -Protocol TCP -LocalPort '139' -Profile Any -Description 'Decided by deny lateral-movement/netbios-ssn at 00-settings.yaml:69 [T1021.002]. Covers tcp/139. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 009 block lateral-movement/rpc-epmap', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 009 block lateral-movement/rpc-epmap' -Direction Inbound -Action Block -Protocol TCP -LocalPort '135' -RemoteAddress '0.0.0.0-10.10.1.10','10.10.1.13-10.10.2.10','10.10.2.13-10.11.1.10','10.11.1.13-10.11.2.10','10.11.2.12-10.19.255.255','10.21.0.0-10.29.255.255','10.31.0.0-255.255.255.255' -Profile Any -Description 'Decided by deny lateral-movement/rpc-epmap at 00-settings.yaml:69 [T1021.003 T1047]. Covers tcp/135. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 010 block lateral-movement/rpc-dynamic', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 010 block lateral-movement/rpc-dynamic' -Direction Inbound -Action Block -Protocol TCP -LocalPort '49152-65535' -RemoteAddress '0.0.0.0-10.10.1.10','10.10.1.13-10.10.2.10','10.10.2.13-10.11.1.10','10.11.1.13-10.11.2.10','10.11.2.12-10.19.255.255','10.21.0.0-10.29.255.255','10.31.0.0-255.255.255.255' -Profile Any -Description 'Decided by deny lateral-movement/rpc-dynamic at 00-settings.yaml:69 [T1021.003 T1047]. Covers tcp/49152-65535. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 011 block lateral-movement/rpc-dynamic', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 011 block lateral-movement/rpc-dynamic' -Direction Inbound -Action Block -Protocol UDP -LocalPort '49152-65535' -RemoteAddress '0.0.0.0-10.10.1.10','10.10.1.13-10.10.2.10','10.10.2.13-10.11.1.10','10.11.1.13-10.11.2.10','10.11.2.12-10.19.255.255','10.21.0.0-10.29.255.255','10.31.0.0-255.255.255.255' -Profile Any -Description 'Decided by deny lateral-movement/rpc-dynamic at 00-settings.yaml:69 [T1021.003 T1047]. Covers udp/49152-65535. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 012 block lateral-movement/rdp', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 012 block lateral-movement/rdp' -Direction Inbound -Action Block -Protocol TCP -LocalPort '3389' -RemoteAddress '0.0.0.0-10.30.0.9','10.30.0.11-255.255.255.255' -Profile Any -Description 'Decided by deny lateral-movement/rdp at 00-settings.yaml:69 [T1021.001]. Covers tcp/3389. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 013 block lateral-movement/rdp', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 013 block lateral-movement/rdp' -Direction Inbound -Action Block -Protocol UDP -LocalPort '3389' -RemoteAddress '0.0.0.0-10.30.0.9','10.30.0.11-255.255.255.255' -Profile Any -Description 'Decided by deny lateral-movement/rdp at 00-settings.yaml:69 [T1021.001]. Covers udp/3389. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 014 block lateral-movement/winrm-http', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 014 block lateral-movement/winrm-http' -Direction Inbound -Action Block -Protocol TCP -LocalPort '5985' -RemoteAddress '0.0.0.0-10.30.0.9','10.30.0.11-255.255.255.255' -Profile Any -Description 'Decided by deny lateral-movement/winrm-http at 00-settings.yaml:69 [T1021.006 T1059.001]. Covers tcp/5985. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 015 block lateral-movement/winrm-https', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 015 block lateral-movement/winrm-https' -Direction Inbound -Action Block -Protocol TCP -LocalPort '5986' -RemoteAddress '0.0.0.0-10.30.0.9','10.30.0.11-255.255.255.255' -Profile Any -Description 'Decided by deny lateral-movement/winrm-https at 00-settings.yaml:69 [T1021.006 T1059.001]. Covers tcp/5986. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 016 allow ad-members-to-dcs', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 016 allow ad-members-to-dcs' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '53','88','135','389','445','464','636','3268-3269','49152-65535' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.11.1.11-10.11.1.12','10.11.2.11','10.20.0.0/16','10.30.0.0/16' -Profile Any -Description 'Decided by allow ad-members-to-dcs at 40-rules-internal.yaml:26 [T1021.002 T1021.003 T1047 T1486]. Covers tcp/53, tcp/88, tcp/135, tcp/389, tcp/445, tcp/464, tcp/636, tcp/3268-3269, tcp/49152-65535. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 017 allow ad-members-to-dcs', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 017 allow ad-members-to-dcs' -Direction Inbound -Action Allow -Protocol UDP -LocalPort '53','88','123','389','464','49152-65535' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.11.1.11-10.11.1.12','10.11.2.11','10.20.0.0/16','10.30.0.0/16' -Profile Any -Description 'Decided by allow ad-members-to-dcs at 40-rules-internal.yaml:26 [T1021.003 T1047]. Covers udp/53, udp/88, udp/123, udp/389, udp/464, udp/49152-65535. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 018 allow hosts-to-resolvers-and-time', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 018 allow hosts-to-resolvers-and-time' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '53' -RemoteAddress '10.60.0.0/16','10.70.0.0/16','10.90.0.0/16','10.100.0.0/16' -Profile Any -Description 'Decided by allow hosts-to-resolvers-and-time at 40-rules-internal.yaml:39. Covers tcp/53. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 019 allow hosts-to-resolvers-and-time', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 019 allow hosts-to-resolvers-and-time' -Direction Inbound -Action Allow -Protocol UDP -LocalPort '53','123' -RemoteAddress '10.60.0.0/16','10.70.0.0/16','10.90.0.0/16','10.100.0.0/16' -Profile Any -Description 'Decided by allow hosts-to-resolvers-and-time at 40-rules-internal.yaml:39. Covers udp/53, udp/123. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 020 allow jump-host-administers-managed-hosts', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 020 allow jump-host-administers-managed-hosts' -Direction Inbound -Action Allow -Protocol TCP -LocalPort '22','3389','5985-5986' -RemoteAddress '10.30.0.10' -Profile Any -Description 'Decided by allow jump-host-administers-managed-hosts at 40-rules-internal.yaml:156 [T1021.001 T1021.004 T1021.006 T1059.001]. Covers tcp/22, tcp/3389, tcp/5985-5986. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 021 allow jump-host-administers-managed-hosts', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 021 allow jump-host-administers-managed-hosts' -Direction Inbound -Action Allow -Protocol UDP -LocalPort '3389' -RemoteAddress '10.30.0.10' -Profile Any -Description 'Decided by allow jump-host-administers-managed-hosts at 40-rules-internal.yaml:156 [T1021.001]. Covers udp/3389. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 022 allow monitoring-pings-hosts', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 022 allow monitoring-pings-hosts' -Direction Inbound -Action Allow -Protocol ICMPv4 -RemoteAddress '10.30.0.20' -Profile Any -Description 'Decided by allow monitoring-pings-hosts at 40-rules-internal.yaml:190. Covers icmp/0-255. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 023 allow host-essentials/dhcp-request@servers', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 023 allow host-essentials/dhcp-request@servers' -Direction Inbound -Action Allow -Protocol UDP -LocalPort '67' -RemoteAddress '10.20.0.0/16' -Profile Any -Description 'Decided by allow host-essentials/dhcp-request@servers at 00-settings.yaml:69. Covers udp/67. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead in 024 allow host-essentials/dhcp-reply@servers', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead in 024 allow host-essentials/dhcp-reply@servers' -Direction Inbound -Action Allow -Protocol UDP -LocalPort '68' -RemoteAddress '10.20.0.0/16' -Profile Any -Description 'Decided by allow host-essentials/dhcp-reply@servers at 00-settings.yaml:69. Covers udp/68. Policy enterprise.'
  }
  # Outbound rules (profile default Block)
  if ($PSCmdlet.ShouldProcess('bulkhead out 001 block no-telnet-anywhere', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 001 block no-telnet-anywhere' -Direction Outbound -Action Block -Protocol TCP -RemotePort '23' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.0.10/31','10.20.1.10/31','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31' -Profile Any -Description 'Decided by override-deny no-telnet-anywhere at 45-rules-perimeter.yaml:171. Covers tcp/23. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 002 block no-smb-to-internet', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 002 block no-smb-to-internet' -Direction Outbound -Action Block -Protocol TCP -RemotePort '139','445' -RemoteAddress '0.0.0.0-10.9.255.255','10.12.0.0-10.19.255.255','10.21.0.0-10.29.255.255','10.31.0.0-10.49.255.255','10.51.0.0-10.59.255.255','10.61.0.0-10.69.255.255','10.71.0.0-10.89.255.255','10.91.0.0-10.99.255.255','10.101.0.0-172.16.9.255','172.16.11.0-192.168.99.255','192.168.104.0-255.255.255.255' -Profile Any -Description 'Decided by override-deny no-smb-to-internet at 45-rules-perimeter.yaml:192 [T1021.002 T1486]. Covers tcp/139, tcp/445. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 003 block no-smb-to-internet', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 003 block no-smb-to-internet' -Direction Outbound -Action Block -Protocol UDP -RemotePort '137-138' -RemoteAddress '0.0.0.0-10.9.255.255','10.12.0.0-10.19.255.255','10.21.0.0-10.29.255.255','10.31.0.0-10.49.255.255','10.51.0.0-10.59.255.255','10.61.0.0-10.69.255.255','10.71.0.0-10.89.255.255','10.91.0.0-10.99.255.255','10.101.0.0-172.16.9.255','172.16.11.0-192.168.99.255','192.168.104.0-255.255.255.255' -Profile Any -Description 'Decided by override-deny no-smb-to-internet at 45-rules-perimeter.yaml:192 [T1557]. Covers udp/137-138. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 004 block lateral-movement/smb', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 004 block lateral-movement/smb' -Direction Outbound -Action Block -Protocol TCP -RemotePort '445' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31' -Profile Any -Description 'Decided by deny lateral-movement/smb at 00-settings.yaml:69 [T1021.002 T1486]. Covers tcp/445. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 005 block lateral-movement/netbios-ns', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 005 block lateral-movement/netbios-ns' -Direction Outbound -Action Block -Protocol UDP -RemotePort '137' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.0.10/31','10.20.1.10/31','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31' -Profile Any -Description 'Decided by deny lateral-movement/netbios-ns at 00-settings.yaml:69 [T1557]. Covers udp/137. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 006 block lateral-movement/netbios-dgm', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 006 block lateral-movement/netbios-dgm' -Direction Outbound -Action Block -Protocol UDP -RemotePort '138' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.0.10/31','10.20.1.10/31','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31' -Profile Any -Description 'Decided by deny lateral-movement/netbios-dgm at 00-settings.yaml:69 [T1557]. Covers udp/138. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 007 block lateral-movement/netbios-ssn', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 007 block lateral-movement/netbios-ssn' -Direction Outbound -Action Block -Protocol TCP -RemotePort '139' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.0.10/31','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31' -Profile Any -Description 'Decided by deny lateral-movement/netbios-ssn at 00-settings.yaml:69 [T1021.002]. Covers tcp/139. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 008 block lateral-movement/rpc-epmap', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 008 block lateral-movement/rpc-epmap' -Direction Outbound -Action Block -Protocol TCP -RemotePort '135' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.1.10/31','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31' -Profile Any -Description 'Decided by deny lateral-movement/rpc-epmap at 00-settings.yaml:69 [T1021.003 T1047]. Covers tcp/135. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 009 block lateral-movement/rpc-dynamic', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 009 block lateral-movement/rpc-dynamic' -Direction Outbound -Action Block -Protocol TCP -RemotePort '49152-65535' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.1.10/31','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31' -Profile Any -Description 'Decided by deny lateral-movement/rpc-dynamic at 00-settings.yaml:69 [T1021.003 T1047]. Covers tcp/49152-65535. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 010 block lateral-movement/rpc-dynamic', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 010 block lateral-movement/rpc-dynamic' -Direction Outbound -Action Block -Protocol UDP -RemotePort '49152-65535' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.1.10/31','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31' -Profile Any -Description 'Decided by deny lateral-movement/rpc-dynamic at 00-settings.yaml:69 [T1021.003 T1047]. Covers udp/49152-65535. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 011 block lateral-movement/rdp', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 011 block lateral-movement/rdp' -Direction Outbound -Action Block -Protocol TCP -RemotePort '3389' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.0.10/31','10.20.1.10/31','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31' -Profile Any -Description 'Decided by deny lateral-movement/rdp at 00-settings.yaml:69 [T1021.001]. Covers tcp/3389. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 012 block lateral-movement/rdp', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 012 block lateral-movement/rdp' -Direction Outbound -Action Block -Protocol UDP -RemotePort '3389' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.0.10/31','10.20.1.10/31','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31' -Profile Any -Description 'Decided by deny lateral-movement/rdp at 00-settings.yaml:69 [T1021.001]. Covers udp/3389. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 013 block lateral-movement/winrm-http', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 013 block lateral-movement/winrm-http' -Direction Outbound -Action Block -Protocol TCP -RemotePort '5985' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.0.10/31','10.20.1.10/31','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31' -Profile Any -Description 'Decided by deny lateral-movement/winrm-http at 00-settings.yaml:69 [T1021.006 T1059.001]. Covers tcp/5985. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 014 block lateral-movement/winrm-https', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 014 block lateral-movement/winrm-https' -Direction Outbound -Action Block -Protocol TCP -RemotePort '5986' -RemoteAddress '10.10.1.11-10.10.1.12','10.10.2.11-10.10.2.12','10.10.200.10/31','10.11.1.11-10.11.1.12','10.11.2.11','10.11.200.10','10.20.0.10/31','10.20.1.10/31','10.20.2.25','10.20.4.10','10.20.4.20','10.30.0.10','10.30.0.20','10.50.0.21-10.50.0.22','10.50.0.30','10.50.0.40','10.60.0.10','10.60.0.20','10.70.0.10','10.90.0.10/31','10.90.0.20','10.100.1.10','172.16.10.25','172.16.10.53','172.16.10.80/31' -Profile Any -Description 'Decided by deny lateral-movement/winrm-https at 00-settings.yaml:69 [T1021.006 T1059.001]. Covers tcp/5986. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 015 allow ad-members-to-dcs', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 015 allow ad-members-to-dcs' -Direction Outbound -Action Allow -Protocol TCP -RemotePort '53','88','135','389','445','464','636','3268-3269','49152-65535' -RemoteAddress '10.20.0.10/31' -Profile Any -Description 'Decided by allow ad-members-to-dcs at 40-rules-internal.yaml:26 [T1021.002 T1021.003 T1047 T1486]. Covers tcp/53, tcp/88, tcp/135, tcp/389, tcp/445, tcp/464, tcp/636, tcp/3268-3269, tcp/49152-65535. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 016 allow ad-members-to-dcs', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 016 allow ad-members-to-dcs' -Direction Outbound -Action Allow -Protocol UDP -RemotePort '53','88','123','389','464','49152-65535' -RemoteAddress '10.20.0.10/31' -Profile Any -Description 'Decided by allow ad-members-to-dcs at 40-rules-internal.yaml:26 [T1021.003 T1047]. Covers udp/53, udp/88, udp/123, udp/389, udp/464, udp/49152-65535. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 017 allow logs-to-siem', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 017 allow logs-to-siem' -Direction Outbound -Action Allow -Protocol UDP -RemotePort '514' -RemoteAddress '10.90.0.20' -Profile Any -Description 'Decided by allow logs-to-siem at 40-rules-internal.yaml:201. Covers udp/514. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 018 allow dcs-forward-to-dmz-dns', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 018 allow dcs-forward-to-dmz-dns' -Direction Outbound -Action Allow -Protocol TCP -RemotePort '53' -RemoteAddress '172.16.10.53' -Profile Any -Description 'Decided by allow dcs-forward-to-dmz-dns at 45-rules-perimeter.yaml:60. Covers tcp/53. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 019 allow dcs-forward-to-dmz-dns', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 019 allow dcs-forward-to-dmz-dns' -Direction Outbound -Action Allow -Protocol UDP -RemotePort '53' -RemoteAddress '172.16.10.53' -Profile Any -Description 'Decided by allow dcs-forward-to-dmz-dns at 45-rules-perimeter.yaml:60. Covers udp/53. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 020 allow pdc-external-time', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 020 allow pdc-external-time' -Direction Outbound -Action Allow -Protocol UDP -RemotePort '123' -RemoteAddress '0.0.0.0-10.9.255.255','10.12.0.0-10.19.255.255','10.21.0.0-10.29.255.255','10.31.0.0-10.49.255.255','10.51.0.0-10.59.255.255','10.61.0.0-10.69.255.255','10.71.0.0-10.89.255.255','10.91.0.0-10.99.255.255','10.101.0.0-172.16.9.255','172.16.11.0-192.168.99.255','192.168.104.0-255.255.255.255' -Profile Any -Description 'Decided by allow pdc-external-time at 45-rules-perimeter.yaml:128. Covers udp/123. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 021 allow host-essentials/dhcp-request@servers', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 021 allow host-essentials/dhcp-request@servers' -Direction Outbound -Action Allow -Protocol UDP -RemotePort '67' -RemoteAddress '10.20.0.0/16','255.255.255.255' -Profile Any -Description 'Decided by allow host-essentials/dhcp-request@servers at 00-settings.yaml:69. Covers udp/67. Policy enterprise.'
  }
  if ($PSCmdlet.ShouldProcess('bulkhead out 022 allow host-essentials/dhcp-reply@servers', 'New-NetFirewallRule')) {
    $null = New-NetFirewallRule -Group 'bulkhead' -DisplayName 'bulkhead out 022 allow host-essentials/dhcp-reply@servers' -Direction Outbound -Action Allow -Protocol UDP -RemotePort '68' -RemoteAddress '10.20.0.0/16' -Profile Any -Description 'Decided by allow host-essentials/dhcp-reply@servers at 00-settings.yaml:69. Covers udp/68. Policy enterprise.'
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
