// The netsh form: a batch file of `netsh advfirewall firewall add rule` lines and
// `netsh advfirewall set allprofiles` settings, equivalent to the PowerShell form.
//
// netsh has no rule groups (add rule takes no group) and deletes by name, so every rule
// bulkhead adds is named `bulkhead`: `delete rule name=bulkhead` then removes exactly
// bulkhead's rules (netsh's help asks for unique names but deletes and renames every rule
// that matches one). Like the PowerShell form it fails safe: the new rules are added under
// the staging name `bulkhead-new`; only when all are in place are the old `bulkhead` rules
// deleted and the new ones renamed. A failed add deletes the staged rules and leaves the
// earlier ones. cmd.exe limits a line to 8191 characters, so a rule whose address list
// does not fit is split into several rules over parts of the list (their union is the
// same rule). netsh names one ICMP type per rule (protocol=icmpv6:135,any), so an ICMP rule
// over some types is split into one rule per type the same way. Policy text passes through
// cmd_text, which keeps only characters that cmd and netsh read literally inside double quotes.
#include <algorithm>

#include <fmt/format.h>

#include "targets/windows/emit.h"

namespace bulkhead::targets::windows {
namespace {

constexpr std::size_t kMaxLine = 8000;  // cmd.exe: 8191 (Microsoft KB 830473)

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
        "netsh advfirewall firewall add rule name={} dir={} action={} protocol={}", kNetshStaging,
        in ? "in" : "out", r.action == Action::Block ? "block" : "allow", proto);
    if (!r.ports.empty() && (r.proto == Protocol::Tcp || r.proto == Protocol::Udp))
      head += fmt::format(" {}={}", in ? "localport" : "remoteport",
                          fmt::join(port_entries(r.ports), ","));
    heads.push_back(std::move(head));
  }
  std::size_t longest_head = 0;
  for (const std::string& h : heads) longest_head = std::max(longest_head, h.size());
  std::string tail =
      fmt::format(" profile=any description=\"{} - {}\" >nul || goto failed",
                  cmd_text(rule_display_name(d, r)), cmd_text(rule_description(d, host, r)));
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
  std::string out =
      fmt::format("netsh advfirewall firewall delete rule name={} >nul 2>&1\n", kNetshStaging);
  std::size_t total = 0;
  for (const DirectionPlan* dp : {&plan.in, &plan.out}) {
    bool in = dp == &plan.in;
    out += fmt::format("rem {} rules (profile default {})\n", in ? "Inbound" : "Outbound",
                       dp->fallback == policy::DefaultAction::Allow ? "Allow" : "Block");
    for (const WinRule& r : dp->rules) {
      for (const std::string& l : rule_lines(d, plan.host, r)) {
        out += l + "\n";
        ++total;
      }
    }
  }
  out += fmt::format("netsh advfirewall firewall delete rule name={} >nul 2>&1\n", kNetshName);
  if (total > 0)
    out += fmt::format(
        "netsh advfirewall firewall set rule name={} new name={} >nul || goto rename_failed\n",
        kNetshStaging, kNetshName);
  out += profile_lines(plan.log_blocked, plan.log_allowed, policy_word(plan.in.fallback),
                       policy_word(plan.out.fallback), kLogMaxKb, "profiles_failed");
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
  out += fmt::format("echo bulkhead: {} firewall rules installed\n", total);
  out += R"(exit /b 0
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
  head.insert(head.end(),
              {"", "Run from an elevated command prompt. Adds the rules below under the name",
               "bulkhead-new, then deletes the rules named bulkhead of an earlier run, renames the",
               "new ones to bulkhead and sets the Domain, Private and Public profiles. No other",
               "rule is touched. If a rule cannot be added, the earlier rules stay. Then it",
               "reads the active store back (netsh advfirewall monitor show firewall) and fails",
               "when a profile is off or has other defaults, or when a Group Policy discards",
               "local rules (LocalFirewallRules Disable). It reads netsh's English output only.",
               "Roll back: bulkhead render POLICY --target windows-netsh --uninstall"});
  return "@echo off\n" + comment(head) + "setlocal\n" + netsh_body(d, plan);
}

std::string netsh_uninstall(const decision::Decision& d) {
  const policy::Model& m = d.model();
  std::vector<std::string> head = {
      fmt::format("bulkhead: removes what bulkhead's netsh scripts added{}",
                  m.name.empty() ? "" : fmt::format(" (policy {})", m.name)),
      "",
      "Run from an elevated command prompt. Restores Windows' defaults on the Domain, Private",
      "and Public profiles (inbound block, outbound allow, no logging, 4096 KB log), then",
      "deletes every rule named bulkhead or bulkhead-new. Rules the PowerShell form added",
      "(group bulkhead) are removed by its own uninstall script."};
  std::string out = "@echo off\n" + comment(head) + "setlocal\n";
  out += profile_lines(false, false, "block", "allow", kWindowsLogMaxKb, "failed");
  out += R"(netsh advfirewall firewall delete rule name=bulkhead >nul 2>&1
netsh advfirewall firewall delete rule name=bulkhead-new >nul 2>&1
echo bulkhead: rules removed, profile defaults restored
exit /b 0
:failed
echo bulkhead: restoring the firewall profiles failed; no rule was removed 1>&2
exit /b 1
)";
  return out;
}

}  // namespace bulkhead::targets::windows
