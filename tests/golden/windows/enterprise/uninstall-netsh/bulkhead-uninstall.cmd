@echo off
rem bulkhead: removes what bulkhead's Windows Defender Firewall scripts added (policy enterprise)
rem
rem Run from an elevated command prompt. Restores the Domain, Private and Public profile
rem settings saved before bulkhead's first run (with powershell.exe_ Windows' defaults,
rem inbound block, outbound allow, no logging, 4096 KB log, when none were saved), then
rem deletes the rules listed in rules.txt in the ProgramData folder bulkhead (either form's),
rem the rules named bulkhead or bulkhead-new, the rollback task and bulkhead's saved state.
setlocal
set "BH=%ProgramData%\bulkhead"
if exist "%BH%\profiles-before.txt" powershell.exe -NoProfile -NonInteractive -Command "foreach ($l in @(Get-Content (Join-Path $env:ProgramData 'bulkhead\profiles-before.txt'))) { $n, $k, $v = $l.Split(' ', 3); $a = @{ Profile = $n }; $a[$k] = $v; Set-NetFirewallProfile @a }" || goto failed
if not exist "%BH%\profiles-before.txt" netsh advfirewall set allprofiles state on >nul || goto failed
if not exist "%BH%\profiles-before.txt" netsh advfirewall set allprofiles firewallpolicy blockinbound,allowoutbound >nul || goto failed
if not exist "%BH%\profiles-before.txt" netsh advfirewall set allprofiles logging droppedconnections disable >nul || goto failed
if not exist "%BH%\profiles-before.txt" netsh advfirewall set allprofiles logging allowedconnections disable >nul || goto failed
if not exist "%BH%\profiles-before.txt" netsh advfirewall set allprofiles logging filename "%%SystemRoot%%\System32\LogFiles\Firewall\pfirewall.log" >nul || goto failed
if not exist "%BH%\profiles-before.txt" netsh advfirewall set allprofiles logging maxfilesize 4096 >nul || goto failed
if exist "%BH%\rules.txt" for /f "usebackq delims=" %%n in ("%BH%\rules.txt") do netsh advfirewall firewall delete rule name="%%n" >nul 2>&1
netsh advfirewall firewall delete rule name=bulkhead >nul 2>&1
netsh advfirewall firewall delete rule name=bulkhead-new >nul 2>&1
schtasks /delete /tn bulkhead-rollback /f >nul 2>&1
del /q "%BH%\rules.txt" "%BH%\profiles-before.txt" "%BH%\confirmed.ps1" "%BH%\pending.ps1" >nul 2>&1
echo bulkhead: rules removed, profile settings restored
exit /b 0
:failed
echo bulkhead: restoring the firewall profiles failed; no rule was removed 1>&2
exit /b 1
