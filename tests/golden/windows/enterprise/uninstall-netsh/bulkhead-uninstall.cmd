@echo off
rem bulkhead: removes what bulkhead's netsh scripts added (policy enterprise)
rem
rem Run from an elevated command prompt. Restores Windows' defaults on the Domain, Private
rem and Public profiles (inbound block, outbound allow, no logging, 4096 KB log), then
rem deletes every rule named bulkhead or bulkhead-new. Rules the PowerShell form added
rem (group bulkhead) are removed by its own uninstall script.
setlocal
netsh advfirewall set allprofiles state on >nul || goto failed
netsh advfirewall set allprofiles firewallpolicy blockinbound,allowoutbound >nul || goto failed
netsh advfirewall set allprofiles logging droppedconnections disable >nul || goto failed
netsh advfirewall set allprofiles logging allowedconnections disable >nul || goto failed
netsh advfirewall set allprofiles logging filename "%%SystemRoot%%\System32\LogFiles\Firewall\pfirewall.log" >nul || goto failed
netsh advfirewall set allprofiles logging maxfilesize 4096 >nul || goto failed
netsh advfirewall firewall delete rule name=bulkhead >nul 2>&1
netsh advfirewall firewall delete rule name=bulkhead-new >nul 2>&1
echo bulkhead: rules removed, profile defaults restored
exit /b 0
:failed
echo bulkhead: restoring the firewall profiles failed; no rule was removed 1>&2
exit /b 1
