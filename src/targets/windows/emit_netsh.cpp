// The netsh form: a batch file of `netsh advfirewall firewall add rule` lines and
// `netsh advfirewall set allprofiles` settings, equivalent to the PowerShell form.
//
// netsh has no rule groups and selects rules by name (the DisplayName), so a rule's
// identity is its name: the same "bulkhead in block lateral-movement/smb #3fa9c2d1e0ab" the
// PowerShell form gives it (text.h, rule_display_name). A run keeps every rule already
// present under its name (`show rule name=...` finds it), adds the missing ones, and only
// when all are in place deletes the rules of the earlier run it does not keep, read from
// %ProgramData%\bulkhead\rules.txt, the list both forms write after a run; so either form
// replaces the other's rules. A failed add deletes this run's additions (rules.added) and
// leaves the earlier rules. cmd.exe limits a line to 8191 characters, so a rule whose
// address list does not fit is split into several rules over parts of the list (their
// union is the same rule, under one name). netsh names one ICMP type per rule
// (protocol=icmpv6:135,any), so an ICMP rule over some types is split into one rule per
// type the same way. Policy text passes through cmd_text, which keeps only characters that
// cmd and netsh read literally inside double quotes.
#include <algorithm>

#include <fmt/format.h>

#include "targets/windows/emit.h"

namespace bulkhead::targets::windows {
namespace {

constexpr std::size_t kMaxLine = 8000;  // cmd.exe: 8191 (Microsoft KB 830473)

// bulkhead's state directory (Administrators and SYSTEM only, as the PowerShell form
// makes it), this run's lists, and the profile settings before bulkhead's first run, saved
// in the PowerShell form's format (one "Profile Setting Value" line each) so that either
// form's -Uninstall restores them. Nothing is changed before these succeed.
const char* kStateSetup =
    R"(set "BH=%ProgramData%\bulkhead"
if not exist "%BH%\" mkdir "%BH%" || goto state_failed
icacls "%BH%" /inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F >nul || goto state_failed
type nul >"%BH%\rules.new" || goto state_failed
type nul >"%BH%\rules.added" || goto state_failed
if not exist "%BH%\profiles-before.txt" powershell.exe -NoProfile -NonInteractive -Command "$l = foreach ($p in @(Get-NetFirewallProfile -PolicyStore PersistentStore)) { foreach ($s in 'Enabled', 'DefaultInboundAction', 'DefaultOutboundAction', 'LogBlocked', 'LogAllowed', 'LogFileName', 'LogMaxSizeKilobytes') { $p.Name + ' ' + $s + ' ' + $p.$s } }; Set-Content -Path (Join-Path $env:ProgramData 'bulkhead\profiles-before.txt') -Value $l -Encoding ASCII" || goto state_failed
)";

// Deletes the rules of the earlier run that this run does not keep (both forms' list, and
// the single names of earlier netsh versions), then makes this run's list the current one.
const char* kRemoveOld =
    R"(if exist "%BH%\rules.txt" for /f "usebackq delims=" %%n in ("%BH%\rules.txt") do findstr /x /l /c:"%%n" "%BH%\rules.new" >nul || netsh advfirewall firewall delete rule name="%%n" >nul 2>&1
netsh advfirewall firewall delete rule name=bulkhead >nul 2>&1
netsh advfirewall firewall delete rule name=bulkhead-new >nul 2>&1
move /y "%BH%\rules.new" "%BH%\rules.txt" >nul || goto list_failed
)";

const char* protocol_word(Protocol p) {
  switch (p) {
    case Protocol::Tcp:
      return "tcp";
    case Protocol::Udp:
      return "udp";
    case Protocol::Icmpv4:
      return "icmpv4";
    case Protocol::Icmpv6:
      return "icmpv6";
    case Protocol::Any:
      return "any";
    case Protocol::Number:
      return "";
  }
  return "any";
}

/// Splits a list of entries into comma-joined pieces of at most `budget` characters.
std::vector<std::string> joined_chunks(const std::vector<std::string>& items, std::size_t budget) {
  std::vector<std::string> out;
  std::string cur;
  for (const std::string& i : items) {
    if (!cur.empty() && cur.size() + 1 + i.size() > budget) {
      out.push_back(std::move(cur));
      cur.clear();
    }
    cur += (cur.empty() ? "" : ",") + i;
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

std::vector<std::string> rule_lines(const decision::Decision& d, std::uint32_t host,
                                    const WinRule& r) {
  bool in = r.dir == Direction::Inbound;
  // netsh names one ICMP type per rule (protocol=icmpv6:135,any): a rule over some types
  // becomes one line per type, each with the rule's name and description, like the lines
  // of a split address list.
  std::vector<std::string> protocols;
  if (is_icmp(r.proto) && !r.ports.empty()) {
    for (const std::string& t : icmp_type_entries(r.ports))
      protocols.push_back(fmt::format("{}:{},any", protocol_word(r.proto), t));
  } else if (r.proto == Protocol::Number) {
    protocols.push_back(fmt::format("{}", r.ports.intervals().front().lo));
  } else {
    protocols.emplace_back(protocol_word(r.proto));
  }
  std::vector<std::string> heads;
  for (const std::string& proto : protocols) {
    std::string head = fmt::format(
        "if not defined BH_HAVE netsh advfirewall firewall add rule name=\"{}\" dir={} action={} "
        "protocol={}",
        cmd_text(rule_display_name(d, r)), in ? "in" : "out",
        r.action == Action::Block ? "block" : "allow", proto);
    if (!r.ports.empty() && (r.proto == Protocol::Tcp || r.proto == Protocol::Udp))
      head += fmt::format(" {}={}", in ? "localport" : "remoteport",
                          fmt::join(port_entries(r.ports), ","));
    heads.push_back(std::move(head));
  }
  std::size_t longest_head = 0;
  for (const std::string& h : heads) longest_head = std::max(longest_head, h.size());
  std::string tail = fmt::format(" profile=any description=\"{}\" >nul || goto failed",
                                 cmd_text(rule_description(d, host, r)));
  std::vector<std::string> locals{""}, remotes{""};
  std::size_t budget = kMaxLine - longest_head - tail.size() - 32;
  if (r.local) {
    locals =
        joined_chunks(address_entries(*r.local), r.remote == AddrSet::all() ? budget : budget / 2);
    std::size_t longest = 0;
    for (const std::string& l : locals) longest = std::max(longest, l.size());
    budget -= longest;
  }
  if (r.remote != AddrSet::all()) remotes = joined_chunks(address_entries(r.remote), budget);
  std::vector<std::string> out;
  for (const std::string& head : heads) {
    for (const std::string& l : locals) {
      for (const std::string& rm : remotes) {
        std::string line = head;
        if (!l.empty()) line += " localip=" + l;
        if (!rm.empty()) line += " remoteip=" + rm;
        out.push_back(line + tail);
      }
    }
  }
  return out;
}

std::string profile_lines(bool log_blocked, bool log_allowed, const char* in, const char* out,
                          int max_kb, const char* on_error) {
  std::string s;
  auto line = [&](const std::string& args) {
    s += fmt::format("netsh advfirewall set allprofiles {} >nul || goto {}\n", args, on_error);
  };
  line("state on");
  line(fmt::format("firewallpolicy {}inbound,{}outbound", in, out));
  line(fmt::format("logging droppedconnections {}", log_blocked ? "enable" : "disable"));
  line(fmt::format("logging allowedconnections {}", log_allowed ? "enable" : "disable"));
  // %% is a literal % in a batch file: Windows stores the path unexpanded, as its default.
  line(R"(logging filename "%%SystemRoot%%\System32\LogFiles\Firewall\pfirewall.log")");
  line(fmt::format("logging maxfilesize {}", max_kb));
  return s;
}

const char* policy_word(policy::DefaultAction a) {
  return a == policy::DefaultAction::Allow ? "allow" : "block";
}

std::string comment(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += l.empty() ? "rem\n" : "rem " + cmd_text(l) + "\n";
  return out;
}

std::size_t count_lines(const decision::Decision& d, const HostPlan& plan,
                        const DirectionPlan& dp) {
  std::size_t n = 0;
  for (const WinRule& r : dp.rules) n += rule_lines(d, plan.host, r).size();
  return n;
}

}  // namespace

std::string netsh_body(const decision::Decision& d, const HostPlan& plan) {
  std::string out = kStateSetup;
  std::size_t total = 0;
  for (const DirectionPlan* dp : {&plan.in, &plan.out}) {
    bool in = dp == &plan.in;
    out += fmt::format("rem {} rules (profile default {})\n", in ? "Inbound" : "Outbound",
                       dp->fallback == policy::DefaultAction::Allow ? "Allow" : "Block");
    for (const WinRule& r : dp->rules) {
      const std::string name = cmd_text(rule_display_name(d, r));
      out += fmt::format(
          "netsh advfirewall firewall show rule name=\"{0}\" >nul 2>&1 && set \"BH_HAVE=1\" || "
          "set \"BH_HAVE=\"\n>>\"%BH%\\rules.new\" echo {0}\nif not defined BH_HAVE "
          ">>\"%BH%\\rules.added\" echo {0}\n",
          name);
      for (const std::string& l : rule_lines(d, plan.host, r)) {
        out += l + "\n";
        ++total;
      }
    }
  }
  // Profiles between the additions and the deletions, as in the PowerShell form.
  out += profile_lines(plan.log_blocked, plan.log_allowed, policy_word(plan.in.fallback),
                       policy_word(plan.out.fallback), kLogMaxKb, "profiles_failed");
  out += kRemoveOld;
  // Read the active store back (netsh's English output; other display languages match
  // nothing, so these checks then pass silently).
  const std::string show = "netsh advfirewall monitor show firewall | ";
  out += show + R"(findstr /r /i /b /c:"State  *OFF" >nul && goto profile_off)" + "\n";
  out +=
      show +
      fmt::format(
          R"(findstr /i /b /c:"Firewall Policy" | findstr /i /v /c:"{}Inbound,{}Outbound" >nul && goto profile_overridden)",
          plan.in.fallback == policy::DefaultAction::Allow ? "Allow" : "Block",
          plan.out.fallback == policy::DefaultAction::Allow ? "Allow" : "Block") +
      "\n";
  out += show +
         R"(findstr /r /i /b /c:"LocalFirewallRules  *Disable" >nul && goto local_rules_off)" +
         "\n";
  out += fmt::format("echo bulkhead: {} firewall rules in place\n", total);
  out += R"(exit /b 0
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
)";
  return out;
}

std::string netsh_script(const decision::Decision& d, const HostPlan& plan,
                         const ScriptSubject& subject) {
  std::vector<std::string> head =
      header_lines(d, plan, subject, count_lines(d, plan, plan.in), count_lines(d, plan, plan.out));
  head.insert(
      head.end(),
      {"", "Run from an elevated command prompt. Each rule's name ends in its identity (#...),",
       "a hash of what it decides and of the policy rules behind it, the same as in the",
       "PowerShell form: a rule already present under its name is kept, the missing ones are",
       "added, and only when all are in place are the rules of an earlier run (either form's,",
       "listed in rules.txt in the ProgramData folder bulkhead) that this run does not keep",
       "deleted. Then the Domain, Private and Public profiles are set. No other rule is",
       "touched. If a rule cannot be added, this run's additions are deleted and the earlier",
       "rules stay. The first run saves the profile settings (with powershell.exe) for the",
       "uninstall script. Then it reads the active store back (netsh advfirewall monitor show",
       "firewall) and fails when a profile is off or has other defaults, or when a Group Policy",
       "discards local rules (LocalFirewallRules Disable). It reads netsh's English output",
       "only. It has no rollback timer and no session check: over RDP or WinRM, use the",
       "PowerShell form.", "Roll back: bulkhead render POLICY --target windows-netsh --uninstall"});
  return "@echo off\n" + comment(head) + "setlocal\n" + netsh_body(d, plan);
}

std::string netsh_uninstall(const decision::Decision& d) {
  const policy::Model& m = d.model();
  std::vector<std::string> head = {
      fmt::format("bulkhead: removes what bulkhead's Windows Defender Firewall scripts added{}",
                  m.name.empty() ? "" : fmt::format(" (policy {})", m.name)),
      "",
      "Run from an elevated command prompt. Restores the Domain, Private and Public profile",
      "settings saved before bulkhead's first run (with powershell.exe; Windows' defaults,",
      "inbound block, outbound allow, no logging, 4096 KB log, when none were saved), then",
      "deletes the rules listed in rules.txt in the ProgramData folder bulkhead (either form's),",
      "the rules named bulkhead or bulkhead-new, the rollback task and bulkhead's saved state."};
  std::string out = "@echo off\n" + comment(head) + "setlocal\n";
  out += "set \"BH=%ProgramData%\\bulkhead\"\n";
  out +=
      "if exist \"%BH%\\profiles-before.txt\" powershell.exe -NoProfile -NonInteractive "
      "-Command \"foreach ($l in @(Get-Content (Join-Path $env:ProgramData "
      "'bulkhead\\profiles-before.txt'))) { $n, $k, $v = $l.Split(' ', 3); $a = @{ Profile = "
      "$n }; $a[$k] = $v; Set-NetFirewallProfile @a }\" || goto failed\n";
  std::string defaults = profile_lines(false, false, "block", "allow", kWindowsLogMaxKb, "failed");
  std::size_t pos = 0;
  while (pos < defaults.size()) {
    std::size_t nl = defaults.find('\n', pos);
    out += "if not exist \"%BH%\\profiles-before.txt\" " + defaults.substr(pos, nl - pos + 1);
    pos = nl + 1;
  }
  out +=
      R"(if exist "%BH%\rules.txt" for /f "usebackq delims=" %%n in ("%BH%\rules.txt") do netsh advfirewall firewall delete rule name="%%n" >nul 2>&1
netsh advfirewall firewall delete rule name=bulkhead >nul 2>&1
netsh advfirewall firewall delete rule name=bulkhead-new >nul 2>&1
schtasks /delete /tn bulkhead-rollback /f >nul 2>&1
del /q "%BH%\rules.txt" "%BH%\profiles-before.txt" "%BH%\confirmed.ps1" "%BH%\pending.ps1" >nul 2>&1
echo bulkhead: rules removed, profile settings restored
exit /b 0
:failed
echo bulkhead: restoring the firewall profiles failed; no rule was removed 1>&2
exit /b 1
)";
  return out;
}

}  // namespace bulkhead::targets::windows
