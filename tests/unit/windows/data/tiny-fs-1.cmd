@echo off
rem bulkhead: Windows Defender Firewall rules for host 'fs-1' (policy tiny)
rem Addresses: 10.1.0.20, 2001:db8::20
rem Inbound: default Block, 3 rules. Outbound: default Allow, 2 rules.
rem Log blocked connections: yes (wanted by no-rdp).
rem Log allowed connections: no (wanted by no rule).
rem Policy files: p.yaml
rem
rem Run from an elevated command prompt. Adds the rules below under the name
rem bulkhead-new, then deletes the rules named bulkhead of an earlier run, renames the
rem new ones to bulkhead and sets the Domain, Private and Public profiles. No other
rem rule is touched. If a rule cannot be added, the earlier rules stay.
rem Roll back: bulkhead render POLICY --target windows-netsh --uninstall
setlocal
netsh advfirewall firewall delete rule name=bulkhead-new >nul 2>&1
rem Inbound rules (profile default Block)
netsh advfirewall firewall add rule name=bulkhead-new dir=in action=block protocol=tcp localport=3389 profile=any description="bulkhead in 001 block no-rdp - Decided by deny no-rdp at p.yaml:16 [T1021.001]. Covers tcp/3389. Policy tiny." >nul || goto failed
netsh advfirewall firewall add rule name=bulkhead-new dir=in action=block protocol=udp localport=3389 profile=any description="bulkhead in 002 block no-rdp - Decided by deny no-rdp at p.yaml:16 [T1021.001]. Covers udp/3389. Policy tiny." >nul || goto failed
netsh advfirewall firewall add rule name=bulkhead-new dir=in action=allow protocol=tcp localport=445 remoteip=10.1.0.10 profile=any description="bulkhead in 003 allow smb-to-files - Decided by allow smb-to-files at p.yaml:11 [T1021.002 T1486]. Covers tcp/445. Policy tiny." >nul || goto failed
rem Outbound rules (profile default Allow)
netsh advfirewall firewall add rule name=bulkhead-new dir=out action=block protocol=tcp remoteport=3389 remoteip=10.1.0.10,10.1.0.20,2001:db8::20 profile=any description="bulkhead out 001 block no-rdp - Decided by deny no-rdp at p.yaml:16 [T1021.001]. Covers tcp/3389. Policy tiny." >nul || goto failed
netsh advfirewall firewall add rule name=bulkhead-new dir=out action=block protocol=udp remoteport=3389 remoteip=10.1.0.10,10.1.0.20,2001:db8::20 profile=any description="bulkhead out 002 block no-rdp - Decided by deny no-rdp at p.yaml:16 [T1021.001]. Covers udp/3389. Policy tiny." >nul || goto failed
netsh advfirewall firewall delete rule name=bulkhead >nul 2>&1
netsh advfirewall firewall set rule name=bulkhead-new new name=bulkhead >nul || goto rename_failed
netsh advfirewall set allprofiles state on >nul || goto profiles_failed
netsh advfirewall set allprofiles firewallpolicy blockinbound,allowoutbound >nul || goto profiles_failed
netsh advfirewall set allprofiles logging droppedconnections enable >nul || goto profiles_failed
netsh advfirewall set allprofiles logging allowedconnections disable >nul || goto profiles_failed
netsh advfirewall set allprofiles logging filename "%%SystemRoot%%\System32\LogFiles\Firewall\pfirewall.log" >nul || goto profiles_failed
netsh advfirewall set allprofiles logging maxfilesize 16384 >nul || goto profiles_failed
echo bulkhead: 5 firewall rules installed
exit /b 0
:failed
netsh advfirewall firewall delete rule name=bulkhead-new >nul 2>&1
echo bulkhead: a netsh command failed; the earlier bulkhead rules are unchanged 1>&2
exit /b 1
:rename_failed
echo bulkhead: the new rules are active under the name bulkhead-new, but renaming them failed 1>&2
exit /b 1
:profiles_failed
echo bulkhead: the rules are installed, but setting the firewall profiles failed 1>&2
exit /b 1
