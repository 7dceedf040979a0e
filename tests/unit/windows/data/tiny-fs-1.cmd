@echo off
rem bulkhead: Windows Defender Firewall rules for host 'fs-1' (policy tiny)
rem Addresses: 10.1.0.20, 2001:db8::20
rem Inbound: default Block, 260 rules. Outbound: default Allow, 2 rules.
rem Profiles: Domain, Private and Public (every rule applies to all three_ all three get the defaults).
rem Exact on a machine with other Allow rules: everything the policy blocks here is a Block rule.
rem Log blocked connections: yes (wanted by no-rdp).
rem Log allowed connections: no (wanted by no rule).
rem Policy files: p.yaml
rem
rem Run from an elevated command prompt. Each rule's name ends in its identity (#...),
rem a hash of what it decides and of the policy rules behind it, the same as in the
rem PowerShell form: a rule already present under its name is kept, the missing ones are
rem added, and only when all are in place are the rules of an earlier run (either form's,
rem listed in rules.txt in the ProgramData folder bulkhead) that this run does not keep
rem deleted. Then the Domain, Private and Public profiles are set. No other rule is
rem touched. If a rule cannot be added, this run's additions are deleted and the earlier
rem rules stay. The first run saves the profile settings (with powershell.exe) for the
rem uninstall script. Then it reads the active store back (netsh advfirewall monitor show
rem firewall) and fails when a profile is off or has other defaults, or when a Group Policy
rem discards local rules (LocalFirewallRules Disable). It reads netsh's English output
rem only. It has no rollback timer and no session check: over RDP or WinRM, use the
rem PowerShell form.
rem Roll back: bulkhead render POLICY --target windows-netsh --uninstall
setlocal
set "BH=%ProgramData%\bulkhead"
if not exist "%BH%\" mkdir "%BH%" || goto state_failed
icacls "%BH%" /inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F >nul || goto state_failed
type nul >"%BH%\rules.new" || goto state_failed
type nul >"%BH%\rules.added" || goto state_failed
if not exist "%BH%\profiles-before.txt" powershell.exe -NoProfile -NonInteractive -Command "$l = foreach ($p in @(Get-NetFirewallProfile -PolicyStore PersistentStore)) { foreach ($s in 'Enabled', 'DefaultInboundAction', 'DefaultOutboundAction', 'LogBlocked', 'LogAllowed', 'LogFileName', 'LogMaxSizeKilobytes') { $p.Name + ' ' + $s + ' ' + $p.$s } }; Set-Content -Path (Join-Path $env:ProgramData 'bulkhead\profiles-before.txt') -Value $l -Encoding ASCII" || goto state_failed
rem Inbound rules (profile default Block)
netsh advfirewall firewall show rule name="bulkhead in block no-rdp #11f098662a51" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block no-rdp #11f098662a51
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block no-rdp #11f098662a51
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block no-rdp #11f098662a51" dir=in action=block protocol=tcp localport=3389 profile=any description="Decided by deny no-rdp at p.yaml:16 [T1021.001]. Covers tcp/3389. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block no-rdp #b98855c9e171" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block no-rdp #b98855c9e171
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block no-rdp #b98855c9e171
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block no-rdp #b98855c9e171" dir=in action=block protocol=udp localport=3389 profile=any description="Decided by deny no-rdp at p.yaml:16 [T1021.001]. Covers udp/3389. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #4d90a5049040" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #4d90a5049040
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #4d90a5049040
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #4d90a5049040" dir=in action=block protocol=tcp localport=0-444,446-3388,3390-65535 remoteip=10.1.0.10 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers tcp/0-444, tcp/446-3388, tcp/3390-65535. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #55532eeef771" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #55532eeef771
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #55532eeef771
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #55532eeef771" dir=in action=block protocol=tcp localport=0-3388,3390-65535 remoteip=0.0.0.0-10.1.0.9,10.1.0.11-255.255.255.255,::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers tcp/0-3388, tcp/3390-65535. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #d0c3ad37085d" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #d0c3ad37085d
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #d0c3ad37085d
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #d0c3ad37085d" dir=in action=block protocol=udp localport=0-3388,3390-65535 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers udp/0-3388, udp/3390-65535. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #e9fc3a72b4a8" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #e9fc3a72b4a8
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #e9fc3a72b4a8
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #e9fc3a72b4a8" dir=in action=block protocol=icmpv4 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers icmp/0-255. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #0ccaa1e4c50a" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #0ccaa1e4c50a
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #0ccaa1e4c50a
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #0ccaa1e4c50a" dir=in action=block protocol=icmpv6 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers icmpv6. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #cc9bb842dfed" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #cc9bb842dfed
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #cc9bb842dfed
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #cc9bb842dfed" dir=in action=block protocol=0 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #8c91102611c4" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #8c91102611c4
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #8c91102611c4
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #8c91102611c4" dir=in action=block protocol=2 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #af6a2746e1f7" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #af6a2746e1f7
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #af6a2746e1f7
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #af6a2746e1f7" dir=in action=block protocol=3 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #7d4127aeea30" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #7d4127aeea30
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #7d4127aeea30
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #7d4127aeea30" dir=in action=block protocol=4 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #cc67077e6df0" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #cc67077e6df0
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #cc67077e6df0
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #cc67077e6df0" dir=in action=block protocol=5 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #e6d044e2ecfc" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #e6d044e2ecfc
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #e6d044e2ecfc
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #e6d044e2ecfc" dir=in action=block protocol=7 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #717d1893fee4" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #717d1893fee4
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #717d1893fee4
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #717d1893fee4" dir=in action=block protocol=8 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #483e9499295b" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #483e9499295b
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #483e9499295b
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #483e9499295b" dir=in action=block protocol=9 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #108883249b89" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #108883249b89
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #108883249b89
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #108883249b89" dir=in action=block protocol=10 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #d2de081ae1be" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #d2de081ae1be
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #d2de081ae1be
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #d2de081ae1be" dir=in action=block protocol=11 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #49dff554c578" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #49dff554c578
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #49dff554c578
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #49dff554c578" dir=in action=block protocol=12 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #9b940a35ba95" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #9b940a35ba95
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #9b940a35ba95
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #9b940a35ba95" dir=in action=block protocol=13 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #16d9c0397a65" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #16d9c0397a65
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #16d9c0397a65
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #16d9c0397a65" dir=in action=block protocol=14 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #f0432fa2b4b7" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #f0432fa2b4b7
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #f0432fa2b4b7
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #f0432fa2b4b7" dir=in action=block protocol=15 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #6a8d356bd350" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #6a8d356bd350
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #6a8d356bd350
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #6a8d356bd350" dir=in action=block protocol=16 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #b5d73f2eedb4" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #b5d73f2eedb4
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #b5d73f2eedb4
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #b5d73f2eedb4" dir=in action=block protocol=18 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #0f7a1dfd5482" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #0f7a1dfd5482
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #0f7a1dfd5482
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #0f7a1dfd5482" dir=in action=block protocol=19 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #5c904a8d5c1b" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #5c904a8d5c1b
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #5c904a8d5c1b
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #5c904a8d5c1b" dir=in action=block protocol=20 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #a421951e0756" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #a421951e0756
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #a421951e0756
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #a421951e0756" dir=in action=block protocol=21 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #f82cbb049882" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #f82cbb049882
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #f82cbb049882
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #f82cbb049882" dir=in action=block protocol=22 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #b58fc2c7c8ad" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #b58fc2c7c8ad
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #b58fc2c7c8ad
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #b58fc2c7c8ad" dir=in action=block protocol=23 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #68baa575b635" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #68baa575b635
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #68baa575b635
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #68baa575b635" dir=in action=block protocol=24 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #4f3124f05fc0" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #4f3124f05fc0
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #4f3124f05fc0
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #4f3124f05fc0" dir=in action=block protocol=25 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #7e228552403c" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #7e228552403c
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #7e228552403c
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #7e228552403c" dir=in action=block protocol=26 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #cbb939802981" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #cbb939802981
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #cbb939802981
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #cbb939802981" dir=in action=block protocol=27 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #d6b8884101fe" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #d6b8884101fe
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #d6b8884101fe
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #d6b8884101fe" dir=in action=block protocol=28 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #ba6e9400955d" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #ba6e9400955d
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #ba6e9400955d
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #ba6e9400955d" dir=in action=block protocol=29 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #ad40557f17b1" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #ad40557f17b1
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #ad40557f17b1
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #ad40557f17b1" dir=in action=block protocol=30 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #724374993191" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #724374993191
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #724374993191
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #724374993191" dir=in action=block protocol=31 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #6dabc27964f8" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #6dabc27964f8
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #6dabc27964f8
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #6dabc27964f8" dir=in action=block protocol=32 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #e713cc9f95ec" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #e713cc9f95ec
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #e713cc9f95ec
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #e713cc9f95ec" dir=in action=block protocol=33 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #dc748fd67fb7" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #dc748fd67fb7
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #dc748fd67fb7
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #dc748fd67fb7" dir=in action=block protocol=34 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #dfa255d31538" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #dfa255d31538
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #dfa255d31538
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #dfa255d31538" dir=in action=block protocol=35 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #23ae9fa97757" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #23ae9fa97757
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #23ae9fa97757
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #23ae9fa97757" dir=in action=block protocol=36 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #efb008e5ad98" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #efb008e5ad98
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #efb008e5ad98
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #efb008e5ad98" dir=in action=block protocol=37 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #877e5b37f0cd" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #877e5b37f0cd
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #877e5b37f0cd
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #877e5b37f0cd" dir=in action=block protocol=38 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #819b1c26d7ab" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #819b1c26d7ab
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #819b1c26d7ab
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #819b1c26d7ab" dir=in action=block protocol=39 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #67730a307cfe" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #67730a307cfe
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #67730a307cfe
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #67730a307cfe" dir=in action=block protocol=40 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #7d175c7475f0" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #7d175c7475f0
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #7d175c7475f0
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #7d175c7475f0" dir=in action=block protocol=41 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #99d27596d33f" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #99d27596d33f
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #99d27596d33f
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #99d27596d33f" dir=in action=block protocol=42 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #a994d1117799" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #a994d1117799
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #a994d1117799
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #a994d1117799" dir=in action=block protocol=43 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #cf78a996afab" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #cf78a996afab
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #cf78a996afab
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #cf78a996afab" dir=in action=block protocol=44 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #70696c20a9a5" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #70696c20a9a5
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #70696c20a9a5
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #70696c20a9a5" dir=in action=block protocol=45 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #80cba561e1de" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #80cba561e1de
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #80cba561e1de
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #80cba561e1de" dir=in action=block protocol=46 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #8f317e864d1c" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #8f317e864d1c
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #8f317e864d1c
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #8f317e864d1c" dir=in action=block protocol=47 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #d2f608f319b2" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #d2f608f319b2
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #d2f608f319b2
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #d2f608f319b2" dir=in action=block protocol=48 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #4967c5e0378c" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #4967c5e0378c
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #4967c5e0378c
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #4967c5e0378c" dir=in action=block protocol=49 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #d59657b4546e" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #d59657b4546e
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #d59657b4546e
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #d59657b4546e" dir=in action=block protocol=50 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #224ee4d03cb1" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #224ee4d03cb1
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #224ee4d03cb1
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #224ee4d03cb1" dir=in action=block protocol=51 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #b8a67f72b7a6" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #b8a67f72b7a6
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #b8a67f72b7a6
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #b8a67f72b7a6" dir=in action=block protocol=52 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #c9f35575fe5b" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #c9f35575fe5b
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #c9f35575fe5b
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #c9f35575fe5b" dir=in action=block protocol=53 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #2bb3e5d663e9" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #2bb3e5d663e9
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #2bb3e5d663e9
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #2bb3e5d663e9" dir=in action=block protocol=54 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #13bd6d3b0846" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #13bd6d3b0846
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #13bd6d3b0846
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #13bd6d3b0846" dir=in action=block protocol=55 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #5d9607f19ec7" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #5d9607f19ec7
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #5d9607f19ec7
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #5d9607f19ec7" dir=in action=block protocol=56 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #b839b672b901" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #b839b672b901
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #b839b672b901
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #b839b672b901" dir=in action=block protocol=57 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #abee127731ad" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #abee127731ad
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #abee127731ad
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #abee127731ad" dir=in action=block protocol=59 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #3609420a3336" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #3609420a3336
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #3609420a3336
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #3609420a3336" dir=in action=block protocol=60 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #17a283fbb2a6" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #17a283fbb2a6
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #17a283fbb2a6
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #17a283fbb2a6" dir=in action=block protocol=61 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #390b9b808593" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #390b9b808593
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #390b9b808593
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #390b9b808593" dir=in action=block protocol=62 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #e32173d8a1f9" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #e32173d8a1f9
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #e32173d8a1f9
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #e32173d8a1f9" dir=in action=block protocol=63 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #29c73a06265e" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #29c73a06265e
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #29c73a06265e
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #29c73a06265e" dir=in action=block protocol=64 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #5523623fc46e" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #5523623fc46e
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #5523623fc46e
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #5523623fc46e" dir=in action=block protocol=65 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #3413fc451ce6" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #3413fc451ce6
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #3413fc451ce6
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #3413fc451ce6" dir=in action=block protocol=66 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #836dd0928f88" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #836dd0928f88
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #836dd0928f88
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #836dd0928f88" dir=in action=block protocol=67 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #444e44e9e4aa" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #444e44e9e4aa
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #444e44e9e4aa
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #444e44e9e4aa" dir=in action=block protocol=68 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #2155644c7cec" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #2155644c7cec
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #2155644c7cec
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #2155644c7cec" dir=in action=block protocol=69 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #b453ff88d52b" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #b453ff88d52b
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #b453ff88d52b
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #b453ff88d52b" dir=in action=block protocol=70 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #143a8c8fd4ef" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #143a8c8fd4ef
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #143a8c8fd4ef
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #143a8c8fd4ef" dir=in action=block protocol=71 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #208ccea76d6c" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #208ccea76d6c
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #208ccea76d6c
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #208ccea76d6c" dir=in action=block protocol=72 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #47fb41d3eaa7" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #47fb41d3eaa7
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #47fb41d3eaa7
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #47fb41d3eaa7" dir=in action=block protocol=73 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #d8397fbe5b32" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #d8397fbe5b32
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #d8397fbe5b32
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #d8397fbe5b32" dir=in action=block protocol=74 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #ac9c7e2a0a66" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #ac9c7e2a0a66
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #ac9c7e2a0a66
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #ac9c7e2a0a66" dir=in action=block protocol=75 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #e72b685cca71" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #e72b685cca71
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #e72b685cca71
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #e72b685cca71" dir=in action=block protocol=76 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #353875cc9e9f" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #353875cc9e9f
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #353875cc9e9f
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #353875cc9e9f" dir=in action=block protocol=77 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #0775f1d9b272" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #0775f1d9b272
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #0775f1d9b272
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #0775f1d9b272" dir=in action=block protocol=78 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #cb1542cb2f47" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #cb1542cb2f47
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #cb1542cb2f47
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #cb1542cb2f47" dir=in action=block protocol=79 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #51f223864bba" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #51f223864bba
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #51f223864bba
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #51f223864bba" dir=in action=block protocol=80 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #68debdaa17d2" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #68debdaa17d2
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #68debdaa17d2
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #68debdaa17d2" dir=in action=block protocol=81 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #047de38f56a1" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #047de38f56a1
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #047de38f56a1
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #047de38f56a1" dir=in action=block protocol=82 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #938d931ce500" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #938d931ce500
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #938d931ce500
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #938d931ce500" dir=in action=block protocol=83 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #2c18673b3a10" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #2c18673b3a10
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #2c18673b3a10
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #2c18673b3a10" dir=in action=block protocol=84 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #8df28c4185f4" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #8df28c4185f4
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #8df28c4185f4
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #8df28c4185f4" dir=in action=block protocol=85 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #44b057e11544" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #44b057e11544
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #44b057e11544
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #44b057e11544" dir=in action=block protocol=86 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #63c14fda3541" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #63c14fda3541
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #63c14fda3541
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #63c14fda3541" dir=in action=block protocol=87 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #f9e3de908969" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #f9e3de908969
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #f9e3de908969
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #f9e3de908969" dir=in action=block protocol=88 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #b84b92920fc7" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #b84b92920fc7
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #b84b92920fc7
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #b84b92920fc7" dir=in action=block protocol=89 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #131a9da85500" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #131a9da85500
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #131a9da85500
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #131a9da85500" dir=in action=block protocol=90 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #f66087f63e60" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #f66087f63e60
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #f66087f63e60
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #f66087f63e60" dir=in action=block protocol=91 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #a46de0a85988" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #a46de0a85988
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #a46de0a85988
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #a46de0a85988" dir=in action=block protocol=92 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #5b6d0e915e26" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #5b6d0e915e26
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #5b6d0e915e26
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #5b6d0e915e26" dir=in action=block protocol=93 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #e34e5a65a541" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #e34e5a65a541
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #e34e5a65a541
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #e34e5a65a541" dir=in action=block protocol=94 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #2fafaf9d282f" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #2fafaf9d282f
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #2fafaf9d282f
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #2fafaf9d282f" dir=in action=block protocol=95 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #50a2f2177141" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #50a2f2177141
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #50a2f2177141
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #50a2f2177141" dir=in action=block protocol=96 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #abae350a641d" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #abae350a641d
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #abae350a641d
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #abae350a641d" dir=in action=block protocol=97 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #1f138b8631e6" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #1f138b8631e6
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #1f138b8631e6
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #1f138b8631e6" dir=in action=block protocol=98 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #97b573acd38f" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #97b573acd38f
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #97b573acd38f
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #97b573acd38f" dir=in action=block protocol=99 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #7e30c11b2d7c" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #7e30c11b2d7c
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #7e30c11b2d7c
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #7e30c11b2d7c" dir=in action=block protocol=100 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #fc174c3498f2" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #fc174c3498f2
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #fc174c3498f2
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #fc174c3498f2" dir=in action=block protocol=101 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #56e56084d735" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #56e56084d735
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #56e56084d735
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #56e56084d735" dir=in action=block protocol=102 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #65c41be70664" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #65c41be70664
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #65c41be70664
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #65c41be70664" dir=in action=block protocol=103 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #4930ff805736" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #4930ff805736
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #4930ff805736
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #4930ff805736" dir=in action=block protocol=104 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #b4d7416432e2" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #b4d7416432e2
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #b4d7416432e2
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #b4d7416432e2" dir=in action=block protocol=105 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #51c10fc3b7dd" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #51c10fc3b7dd
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #51c10fc3b7dd
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #51c10fc3b7dd" dir=in action=block protocol=106 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #c16b97d202f0" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #c16b97d202f0
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #c16b97d202f0
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #c16b97d202f0" dir=in action=block protocol=107 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #b3df9b698184" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #b3df9b698184
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #b3df9b698184
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #b3df9b698184" dir=in action=block protocol=108 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #901666799430" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #901666799430
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #901666799430
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #901666799430" dir=in action=block protocol=109 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #230a16c2b5b4" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #230a16c2b5b4
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #230a16c2b5b4
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #230a16c2b5b4" dir=in action=block protocol=110 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #cd61b47738af" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #cd61b47738af
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #cd61b47738af
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #cd61b47738af" dir=in action=block protocol=111 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #5c714ddb58d0" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #5c714ddb58d0
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #5c714ddb58d0
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #5c714ddb58d0" dir=in action=block protocol=112 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #efaba57f74b3" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #efaba57f74b3
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #efaba57f74b3
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #efaba57f74b3" dir=in action=block protocol=113 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #b4ec8a511aa3" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #b4ec8a511aa3
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #b4ec8a511aa3
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #b4ec8a511aa3" dir=in action=block protocol=114 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #737b32eea744" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #737b32eea744
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #737b32eea744
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #737b32eea744" dir=in action=block protocol=115 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #622a65db2d52" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #622a65db2d52
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #622a65db2d52
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #622a65db2d52" dir=in action=block protocol=116 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #268ed0faa8a1" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #268ed0faa8a1
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #268ed0faa8a1
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #268ed0faa8a1" dir=in action=block protocol=117 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #78c2365a1ab0" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #78c2365a1ab0
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #78c2365a1ab0
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #78c2365a1ab0" dir=in action=block protocol=118 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #b0a7e8867f98" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #b0a7e8867f98
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #b0a7e8867f98
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #b0a7e8867f98" dir=in action=block protocol=119 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #b46c2b682272" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #b46c2b682272
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #b46c2b682272
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #b46c2b682272" dir=in action=block protocol=120 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #49777dfdde53" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #49777dfdde53
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #49777dfdde53
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #49777dfdde53" dir=in action=block protocol=121 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #38c0ab09f185" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #38c0ab09f185
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #38c0ab09f185
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #38c0ab09f185" dir=in action=block protocol=122 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #f7405430eed3" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #f7405430eed3
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #f7405430eed3
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #f7405430eed3" dir=in action=block protocol=123 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #dc2071c539d7" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #dc2071c539d7
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #dc2071c539d7
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #dc2071c539d7" dir=in action=block protocol=124 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #9124b7f7b448" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #9124b7f7b448
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #9124b7f7b448
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #9124b7f7b448" dir=in action=block protocol=125 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #1050b451db6b" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #1050b451db6b
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #1050b451db6b
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #1050b451db6b" dir=in action=block protocol=126 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #7f2e15bdef2a" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #7f2e15bdef2a
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #7f2e15bdef2a
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #7f2e15bdef2a" dir=in action=block protocol=127 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #9518b50d460a" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #9518b50d460a
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #9518b50d460a
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #9518b50d460a" dir=in action=block protocol=128 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #691aa4b5e87e" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #691aa4b5e87e
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #691aa4b5e87e
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #691aa4b5e87e" dir=in action=block protocol=129 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #3907a3920226" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #3907a3920226
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #3907a3920226
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #3907a3920226" dir=in action=block protocol=130 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #2ba548b7f333" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #2ba548b7f333
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #2ba548b7f333
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #2ba548b7f333" dir=in action=block protocol=131 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #d46da66cafbe" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #d46da66cafbe
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #d46da66cafbe
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #d46da66cafbe" dir=in action=block protocol=132 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #a30075533d77" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #a30075533d77
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #a30075533d77
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #a30075533d77" dir=in action=block protocol=133 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #9057cd5d4394" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #9057cd5d4394
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #9057cd5d4394
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #9057cd5d4394" dir=in action=block protocol=134 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #e7e918beb664" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #e7e918beb664
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #e7e918beb664
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #e7e918beb664" dir=in action=block protocol=135 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #eb4731ba159f" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #eb4731ba159f
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #eb4731ba159f
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #eb4731ba159f" dir=in action=block protocol=136 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #187b34cdfc96" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #187b34cdfc96
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #187b34cdfc96
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #187b34cdfc96" dir=in action=block protocol=137 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #a125212697bb" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #a125212697bb
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #a125212697bb
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #a125212697bb" dir=in action=block protocol=138 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #d691c7e81bf5" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #d691c7e81bf5
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #d691c7e81bf5
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #d691c7e81bf5" dir=in action=block protocol=139 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #29c6a3f48739" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #29c6a3f48739
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #29c6a3f48739
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #29c6a3f48739" dir=in action=block protocol=140 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #6e6be376ae05" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #6e6be376ae05
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #6e6be376ae05
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #6e6be376ae05" dir=in action=block protocol=141 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #29f1e5167b11" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #29f1e5167b11
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #29f1e5167b11
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #29f1e5167b11" dir=in action=block protocol=142 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #c6b93291f117" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #c6b93291f117
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #c6b93291f117
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #c6b93291f117" dir=in action=block protocol=143 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #b65679ac3af5" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #b65679ac3af5
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #b65679ac3af5
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #b65679ac3af5" dir=in action=block protocol=144 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #25f635735fb7" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #25f635735fb7
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #25f635735fb7
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #25f635735fb7" dir=in action=block protocol=145 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #d1be74370c71" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #d1be74370c71
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #d1be74370c71
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #d1be74370c71" dir=in action=block protocol=146 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #90a554fba66a" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #90a554fba66a
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #90a554fba66a
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #90a554fba66a" dir=in action=block protocol=147 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #d7c09746f28d" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #d7c09746f28d
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #d7c09746f28d
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #d7c09746f28d" dir=in action=block protocol=148 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #943f4c4dd4d1" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #943f4c4dd4d1
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #943f4c4dd4d1
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #943f4c4dd4d1" dir=in action=block protocol=149 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #eadfb37de015" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #eadfb37de015
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #eadfb37de015
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #eadfb37de015" dir=in action=block protocol=150 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #4b7c3758939c" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #4b7c3758939c
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #4b7c3758939c
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #4b7c3758939c" dir=in action=block protocol=151 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #d5c09456c95f" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #d5c09456c95f
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #d5c09456c95f
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #d5c09456c95f" dir=in action=block protocol=152 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #5c81fa276e13" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #5c81fa276e13
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #5c81fa276e13
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #5c81fa276e13" dir=in action=block protocol=153 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #dacb0ad3f991" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #dacb0ad3f991
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #dacb0ad3f991
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #dacb0ad3f991" dir=in action=block protocol=154 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #9b49e847bd33" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #9b49e847bd33
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #9b49e847bd33
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #9b49e847bd33" dir=in action=block protocol=155 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #0702887263e5" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #0702887263e5
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #0702887263e5
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #0702887263e5" dir=in action=block protocol=156 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #82c31fed886e" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #82c31fed886e
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #82c31fed886e
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #82c31fed886e" dir=in action=block protocol=157 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #4bcebaebbe8c" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #4bcebaebbe8c
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #4bcebaebbe8c
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #4bcebaebbe8c" dir=in action=block protocol=158 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #11ba689bf5db" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #11ba689bf5db
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #11ba689bf5db
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #11ba689bf5db" dir=in action=block protocol=159 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #16ea8cfb3e05" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #16ea8cfb3e05
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #16ea8cfb3e05
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #16ea8cfb3e05" dir=in action=block protocol=160 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #75355dd0e6b8" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #75355dd0e6b8
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #75355dd0e6b8
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #75355dd0e6b8" dir=in action=block protocol=161 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #111896470928" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #111896470928
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #111896470928
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #111896470928" dir=in action=block protocol=162 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #17da4d3f0e4a" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #17da4d3f0e4a
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #17da4d3f0e4a
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #17da4d3f0e4a" dir=in action=block protocol=163 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #ca0992735a90" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #ca0992735a90
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #ca0992735a90
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #ca0992735a90" dir=in action=block protocol=164 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #ac127f2cbec7" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #ac127f2cbec7
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #ac127f2cbec7
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #ac127f2cbec7" dir=in action=block protocol=165 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #88ee3fd65386" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #88ee3fd65386
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #88ee3fd65386
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #88ee3fd65386" dir=in action=block protocol=166 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #51996e8d0f07" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #51996e8d0f07
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #51996e8d0f07
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #51996e8d0f07" dir=in action=block protocol=167 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #fa30c10a84ee" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #fa30c10a84ee
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #fa30c10a84ee
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #fa30c10a84ee" dir=in action=block protocol=168 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #caed7d684bb4" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #caed7d684bb4
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #caed7d684bb4
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #caed7d684bb4" dir=in action=block protocol=169 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #2dc86b2fb112" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #2dc86b2fb112
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #2dc86b2fb112
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #2dc86b2fb112" dir=in action=block protocol=170 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #c0c2d6c16f58" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #c0c2d6c16f58
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #c0c2d6c16f58
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #c0c2d6c16f58" dir=in action=block protocol=171 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #eb29628c0b4d" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #eb29628c0b4d
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #eb29628c0b4d
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #eb29628c0b4d" dir=in action=block protocol=172 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #490005115edc" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #490005115edc
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #490005115edc
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #490005115edc" dir=in action=block protocol=173 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #64dc1053328e" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #64dc1053328e
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #64dc1053328e
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #64dc1053328e" dir=in action=block protocol=174 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #5abd441341f2" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #5abd441341f2
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #5abd441341f2
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #5abd441341f2" dir=in action=block protocol=175 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #f75ff1d18bd2" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #f75ff1d18bd2
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #f75ff1d18bd2
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #f75ff1d18bd2" dir=in action=block protocol=176 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #0141b002cc5c" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #0141b002cc5c
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #0141b002cc5c
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #0141b002cc5c" dir=in action=block protocol=177 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #4951d7fa450c" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #4951d7fa450c
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #4951d7fa450c
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #4951d7fa450c" dir=in action=block protocol=178 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #21b1de2f4dcf" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #21b1de2f4dcf
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #21b1de2f4dcf
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #21b1de2f4dcf" dir=in action=block protocol=179 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #946a1ced8f7f" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #946a1ced8f7f
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #946a1ced8f7f
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #946a1ced8f7f" dir=in action=block protocol=180 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #fa93d8d6da20" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #fa93d8d6da20
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #fa93d8d6da20
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #fa93d8d6da20" dir=in action=block protocol=181 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #215a7a6017c6" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #215a7a6017c6
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #215a7a6017c6
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #215a7a6017c6" dir=in action=block protocol=182 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #09ff5ea3d3af" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #09ff5ea3d3af
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #09ff5ea3d3af
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #09ff5ea3d3af" dir=in action=block protocol=183 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #6bfa26357965" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #6bfa26357965
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #6bfa26357965
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #6bfa26357965" dir=in action=block protocol=184 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #1a1901b8eae9" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #1a1901b8eae9
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #1a1901b8eae9
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #1a1901b8eae9" dir=in action=block protocol=185 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #c42e2fd374d8" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #c42e2fd374d8
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #c42e2fd374d8
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #c42e2fd374d8" dir=in action=block protocol=186 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #4c6de2fde914" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #4c6de2fde914
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #4c6de2fde914
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #4c6de2fde914" dir=in action=block protocol=187 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #8f9ef30e2144" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #8f9ef30e2144
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #8f9ef30e2144
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #8f9ef30e2144" dir=in action=block protocol=188 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #afe62e234d87" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #afe62e234d87
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #afe62e234d87
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #afe62e234d87" dir=in action=block protocol=189 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #fc0603689799" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #fc0603689799
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #fc0603689799
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #fc0603689799" dir=in action=block protocol=190 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #5158399ddc3c" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #5158399ddc3c
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #5158399ddc3c
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #5158399ddc3c" dir=in action=block protocol=191 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #7c372cccd37e" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #7c372cccd37e
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #7c372cccd37e
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #7c372cccd37e" dir=in action=block protocol=192 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #df5e236988a1" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #df5e236988a1
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #df5e236988a1
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #df5e236988a1" dir=in action=block protocol=193 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #213a1178d6c4" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #213a1178d6c4
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #213a1178d6c4
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #213a1178d6c4" dir=in action=block protocol=194 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #74232b83fe88" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #74232b83fe88
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #74232b83fe88
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #74232b83fe88" dir=in action=block protocol=195 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #7780766dd75e" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #7780766dd75e
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #7780766dd75e
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #7780766dd75e" dir=in action=block protocol=196 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #874eba9b912d" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #874eba9b912d
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #874eba9b912d
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #874eba9b912d" dir=in action=block protocol=197 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #0b1f00aab2e2" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #0b1f00aab2e2
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #0b1f00aab2e2
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #0b1f00aab2e2" dir=in action=block protocol=198 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #f23764dcb95d" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #f23764dcb95d
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #f23764dcb95d
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #f23764dcb95d" dir=in action=block protocol=199 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #295d2b96d116" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #295d2b96d116
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #295d2b96d116
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #295d2b96d116" dir=in action=block protocol=200 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #549ead8ebe34" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #549ead8ebe34
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #549ead8ebe34
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #549ead8ebe34" dir=in action=block protocol=201 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #f63c8b5bd2d6" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #f63c8b5bd2d6
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #f63c8b5bd2d6
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #f63c8b5bd2d6" dir=in action=block protocol=202 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #c11ef6e4afd2" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #c11ef6e4afd2
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #c11ef6e4afd2
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #c11ef6e4afd2" dir=in action=block protocol=203 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #4b0343c4c75c" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #4b0343c4c75c
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #4b0343c4c75c
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #4b0343c4c75c" dir=in action=block protocol=204 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #533d43db1097" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #533d43db1097
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #533d43db1097
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #533d43db1097" dir=in action=block protocol=205 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #af34cea3df0a" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #af34cea3df0a
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #af34cea3df0a
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #af34cea3df0a" dir=in action=block protocol=206 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #ed3d34a307b3" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #ed3d34a307b3
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #ed3d34a307b3
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #ed3d34a307b3" dir=in action=block protocol=207 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #940ba43d06ed" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #940ba43d06ed
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #940ba43d06ed
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #940ba43d06ed" dir=in action=block protocol=208 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #d043e8423069" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #d043e8423069
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #d043e8423069
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #d043e8423069" dir=in action=block protocol=209 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #7ea2ace41fe5" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #7ea2ace41fe5
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #7ea2ace41fe5
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #7ea2ace41fe5" dir=in action=block protocol=210 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #bdd6a584ca94" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #bdd6a584ca94
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #bdd6a584ca94
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #bdd6a584ca94" dir=in action=block protocol=211 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #036a4232d21a" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #036a4232d21a
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #036a4232d21a
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #036a4232d21a" dir=in action=block protocol=212 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #d63e3b9b6e34" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #d63e3b9b6e34
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #d63e3b9b6e34
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #d63e3b9b6e34" dir=in action=block protocol=213 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #782c5133b719" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #782c5133b719
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #782c5133b719
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #782c5133b719" dir=in action=block protocol=214 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #ae0f56b209bd" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #ae0f56b209bd
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #ae0f56b209bd
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #ae0f56b209bd" dir=in action=block protocol=215 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #1acec9f876ed" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #1acec9f876ed
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #1acec9f876ed
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #1acec9f876ed" dir=in action=block protocol=216 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #5a9ec7d29960" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #5a9ec7d29960
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #5a9ec7d29960
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #5a9ec7d29960" dir=in action=block protocol=217 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #a2fee3226c69" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #a2fee3226c69
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #a2fee3226c69
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #a2fee3226c69" dir=in action=block protocol=218 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #3a9227408604" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #3a9227408604
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #3a9227408604
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #3a9227408604" dir=in action=block protocol=219 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #424fd7dab460" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #424fd7dab460
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #424fd7dab460
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #424fd7dab460" dir=in action=block protocol=220 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #2d5bea85b007" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #2d5bea85b007
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #2d5bea85b007
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #2d5bea85b007" dir=in action=block protocol=221 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #f4dc3d8e20e9" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #f4dc3d8e20e9
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #f4dc3d8e20e9
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #f4dc3d8e20e9" dir=in action=block protocol=222 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #00edaaf4d260" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #00edaaf4d260
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #00edaaf4d260
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #00edaaf4d260" dir=in action=block protocol=223 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #89579492a82c" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #89579492a82c
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #89579492a82c
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #89579492a82c" dir=in action=block protocol=224 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #bc574dd1e76d" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #bc574dd1e76d
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #bc574dd1e76d
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #bc574dd1e76d" dir=in action=block protocol=225 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #fff0491fb8a4" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #fff0491fb8a4
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #fff0491fb8a4
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #fff0491fb8a4" dir=in action=block protocol=226 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #fac17af1f7e6" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #fac17af1f7e6
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #fac17af1f7e6
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #fac17af1f7e6" dir=in action=block protocol=227 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #954162bd1a32" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #954162bd1a32
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #954162bd1a32
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #954162bd1a32" dir=in action=block protocol=228 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #a39c3b343d2f" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #a39c3b343d2f
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #a39c3b343d2f
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #a39c3b343d2f" dir=in action=block protocol=229 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #10c1548565de" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #10c1548565de
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #10c1548565de
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #10c1548565de" dir=in action=block protocol=230 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #0917a45bd2ce" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #0917a45bd2ce
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #0917a45bd2ce
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #0917a45bd2ce" dir=in action=block protocol=231 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #639192a266f9" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #639192a266f9
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #639192a266f9
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #639192a266f9" dir=in action=block protocol=232 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #3126203b5ff5" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #3126203b5ff5
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #3126203b5ff5
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #3126203b5ff5" dir=in action=block protocol=233 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #785594dbc22a" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #785594dbc22a
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #785594dbc22a
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #785594dbc22a" dir=in action=block protocol=234 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #53e2c1aa0997" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #53e2c1aa0997
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #53e2c1aa0997
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #53e2c1aa0997" dir=in action=block protocol=235 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #a034912bbe10" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #a034912bbe10
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #a034912bbe10
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #a034912bbe10" dir=in action=block protocol=236 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #ee9ff35c5d24" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #ee9ff35c5d24
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #ee9ff35c5d24
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #ee9ff35c5d24" dir=in action=block protocol=237 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #46c03c3491e3" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #46c03c3491e3
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #46c03c3491e3
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #46c03c3491e3" dir=in action=block protocol=238 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #ab0c45e2e35a" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #ab0c45e2e35a
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #ab0c45e2e35a
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #ab0c45e2e35a" dir=in action=block protocol=239 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #5650a7052d3a" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #5650a7052d3a
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #5650a7052d3a
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #5650a7052d3a" dir=in action=block protocol=240 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #c7387c016088" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #c7387c016088
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #c7387c016088
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #c7387c016088" dir=in action=block protocol=241 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #f6a6233a1674" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #f6a6233a1674
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #f6a6233a1674
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #f6a6233a1674" dir=in action=block protocol=242 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #025d70117a21" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #025d70117a21
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #025d70117a21
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #025d70117a21" dir=in action=block protocol=243 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #01b77a9bd894" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #01b77a9bd894
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #01b77a9bd894
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #01b77a9bd894" dir=in action=block protocol=244 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #f708f4e830cb" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #f708f4e830cb
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #f708f4e830cb
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #f708f4e830cb" dir=in action=block protocol=245 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #6746140509cf" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #6746140509cf
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #6746140509cf
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #6746140509cf" dir=in action=block protocol=246 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #ee077a60254b" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #ee077a60254b
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #ee077a60254b
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #ee077a60254b" dir=in action=block protocol=247 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #f04e6fd96336" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #f04e6fd96336
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #f04e6fd96336
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #f04e6fd96336" dir=in action=block protocol=248 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #fd3763b08c8e" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #fd3763b08c8e
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #fd3763b08c8e
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #fd3763b08c8e" dir=in action=block protocol=249 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #076acb63437b" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #076acb63437b
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #076acb63437b
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #076acb63437b" dir=in action=block protocol=250 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #bde2f4cbdefe" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #bde2f4cbdefe
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #bde2f4cbdefe
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #bde2f4cbdefe" dir=in action=block protocol=251 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #3f9374853110" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #3f9374853110
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #3f9374853110
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #3f9374853110" dir=in action=block protocol=252 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #19b3ac90b619" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #19b3ac90b619
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #19b3ac90b619
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #19b3ac90b619" dir=in action=block protocol=253 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #df47f3f5d196" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #df47f3f5d196
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #df47f3f5d196
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #df47f3f5d196" dir=in action=block protocol=254 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in block default #5d098795ae06" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in block default #5d098795ae06
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in block default #5d098795ae06
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in block default #5d098795ae06" dir=in action=block protocol=255 profile=any description="Decided by the default default_inbound deny (the built-in settings). Covers the IP protocols other than TCP, UDP, ICMP and ICMPv6, one rule each. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead in allow smb-to-files #9480fdb3f94e" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead in allow smb-to-files #9480fdb3f94e
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead in allow smb-to-files #9480fdb3f94e
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead in allow smb-to-files #9480fdb3f94e" dir=in action=allow protocol=tcp localport=445 remoteip=10.1.0.10 profile=any description="Decided by allow smb-to-files at p.yaml:11 [T1021.002 T1486]. Covers tcp/445. Policy tiny." >nul || goto failed
rem Outbound rules (profile default Allow)
netsh advfirewall firewall show rule name="bulkhead out block no-rdp #1c43ad282b5c" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead out block no-rdp #1c43ad282b5c
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead out block no-rdp #1c43ad282b5c
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead out block no-rdp #1c43ad282b5c" dir=out action=block protocol=tcp remoteport=3389 remoteip=10.1.0.10,10.1.0.20,2001:db8::20 profile=any description="Decided by deny no-rdp at p.yaml:16 [T1021.001]. Covers tcp/3389. Policy tiny." >nul || goto failed
netsh advfirewall firewall show rule name="bulkhead out block no-rdp #0cbdf953f8c9" >nul 2>&1 && set "BH_HAVE=1" || set "BH_HAVE="
>>"%BH%\rules.new" echo bulkhead out block no-rdp #0cbdf953f8c9
if not defined BH_HAVE >>"%BH%\rules.added" echo bulkhead out block no-rdp #0cbdf953f8c9
if not defined BH_HAVE netsh advfirewall firewall add rule name="bulkhead out block no-rdp #0cbdf953f8c9" dir=out action=block protocol=udp remoteport=3389 remoteip=10.1.0.10,10.1.0.20,2001:db8::20 profile=any description="Decided by deny no-rdp at p.yaml:16 [T1021.001]. Covers udp/3389. Policy tiny." >nul || goto failed
netsh advfirewall set allprofiles state on >nul || goto profiles_failed
netsh advfirewall set allprofiles firewallpolicy blockinbound,allowoutbound >nul || goto profiles_failed
netsh advfirewall set allprofiles logging droppedconnections enable >nul || goto profiles_failed
netsh advfirewall set allprofiles logging allowedconnections disable >nul || goto profiles_failed
netsh advfirewall set allprofiles logging filename "%%SystemRoot%%\System32\LogFiles\Firewall\pfirewall.log" >nul || goto profiles_failed
netsh advfirewall set allprofiles logging maxfilesize 16384 >nul || goto profiles_failed
if exist "%BH%\rules.txt" for /f "usebackq delims=" %%n in ("%BH%\rules.txt") do findstr /x /l /c:"%%n" "%BH%\rules.new" >nul || netsh advfirewall firewall delete rule name="%%n" >nul 2>&1
netsh advfirewall firewall delete rule name=bulkhead >nul 2>&1
netsh advfirewall firewall delete rule name=bulkhead-new >nul 2>&1
move /y "%BH%\rules.new" "%BH%\rules.txt" >nul || goto list_failed
netsh advfirewall monitor show firewall | findstr /r /i /b /c:"State  *OFF" >nul && goto profile_off
netsh advfirewall monitor show firewall | findstr /i /b /c:"Firewall Policy" | findstr /i /v /c:"BlockInbound,AllowOutbound" >nul && goto profile_overridden
netsh advfirewall monitor show firewall | findstr /r /i /b /c:"LocalFirewallRules  *Disable" >nul && goto local_rules_off
echo bulkhead: 262 firewall rules in place
exit /b 0
:failed
for /f "usebackq delims=" %%n in ("%BH%\rules.added") do netsh advfirewall firewall delete rule name="%%n" >nul 2>&1
echo bulkhead: a netsh command failed; this run's new rules are deleted, the earlier bulkhead rules are unchanged 1>&2
exit /b 1
:state_failed
echo bulkhead: cannot set up bulkhead's state directory ProgramData\bulkhead; nothing was changed 1>&2
exit /b 1
:list_failed
echo bulkhead: the rules are in place, but their list ProgramData\bulkhead\rules.txt could not be written 1>&2
exit /b 1
:profiles_failed
echo bulkhead: the rules are installed, but setting the firewall profiles failed 1>&2
exit /b 1
:profile_off
echo bulkhead: the rules are not in force: a profile is off in the active store (netsh advfirewall monitor show firewall: State), a Group Policy overrides this script 1>&2
exit /b 1
:profile_overridden
echo bulkhead: the rules are not in force: a profile's effective Firewall Policy differs from what this script set, a Group Policy overrides it 1>&2
exit /b 1
:local_rules_off
echo bulkhead: the rules are not in force: LocalFirewallRules is Disable in the active store, a Group Policy discards locally added rules, bulkhead's included 1>&2
exit /b 1
