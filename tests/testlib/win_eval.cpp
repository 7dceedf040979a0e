// Windows Defender Firewall evaluator for tests: strict parsers for the two script forms
// bulkhead renders, and Windows' rule semantics (block beats allow beats the default).
//
// The parsers accept exactly the statements bulkhead emits and nothing else: the fixed
// lines of the script's frame, gated New-NetFirewallRule / netsh `add rule` lines with a
// whitelist of parameters and value forms, and the profile settings. Anything else fails
// the parse with the line number, so a renderer change that adds a parameter, a keyword
// address or an unescaped quote shows up as a test failure rather than as a silently
// different firewall.
#include "testlib/win_eval.h"

#include <algorithm>
#include <cctype>
#include <random>
#include <set>
#include <sstream>

namespace bulkhead::testing::win {
namespace {

std::vector<std::string> split_lines(std::string_view s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < s.size()) {
    std::size_t nl = s.find('\n', start);
    if (nl == std::string_view::npos) nl = s.size();
    out.emplace_back(s.substr(start, nl - start));
    start = nl + 1;
  }
  return out;
}

std::string trim(const std::string& s) {
  std::size_t a = s.find_first_not_of(' ');
  if (a == std::string::npos) return "";
  std::size_t b = s.find_last_not_of(' ');
  return s.substr(a, b - a + 1);
}

bool starts_with(std::string_view s, std::string_view p) {
  return s.substr(0, p.size()) == p;
}
bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

struct Fail {
  std::string* error;
  int line = 0;
  std::nullopt_t operator()(const std::string& why) const {
    if (error) *error = "line " + std::to_string(line) + ": " + why;
    return std::nullopt;
  }
};

// --- values shared by both forms -----------------------------------------------------

std::optional<PortRange> parse_port_spec(const std::string& s) {
  auto num = [](const std::string& t) -> std::optional<std::uint32_t> {
    if (t.empty() || t.size() > 5) return std::nullopt;
    for (char c : t)
      if (c < '0' || c > '9') return std::nullopt;
    std::uint32_t v = static_cast<std::uint32_t>(std::stoul(t));
    if (v > 65535) return std::nullopt;
    return v;
  };
  std::size_t dash = s.find('-');
  auto lo = num(s.substr(0, dash));
  auto hi = dash == std::string::npos ? lo : num(s.substr(dash + 1));
  if (!lo || !hi || *lo > *hi) return std::nullopt;
  return PortRange{*lo, *hi};
}

std::optional<AddrRange> parse_addr_spec(const std::string& s) {
  if (s.find('-') != std::string::npos) {
    std::size_t dash = s.find('-');
    auto lo = parse_addr(s.substr(0, dash));
    auto hi = parse_addr(s.substr(dash + 1));
    if (!lo || !hi || lo->family != hi->family || lo->value >= hi->value) return std::nullopt;
    return AddrRange{lo->family, lo->value, hi->value};
  }
  if (s.find('/') != std::string::npos) {
    PrefixError err = PrefixError::None;
    auto p = parse_prefix(s, &err);
    if (!p || err != PrefixError::None) return std::nullopt;  // host bits set: not canonical
    return AddrRange{p->base.family, p->first(), p->last()};
  }
  auto a = parse_addr(s);
  if (!a) return std::nullopt;  // keywords (Any, LocalSubnet, ...) are never emitted
  return AddrRange{a->family, a->value, a->value};
}

/// One ICMP type as Windows takes it in -IcmpType and protocol=icmpvN:T,any: a decimal
/// number 0-255 (bulkhead never writes the "type:code" pairs or the keyword Any).
std::optional<std::uint32_t> parse_icmp_type(const std::string& s) {
  if (s.empty() || s.size() > 3 || (s.size() > 1 && s[0] == '0')) return std::nullopt;
  for (char c : s)
    if (c < '0' || c > '9') return std::nullopt;
  std::uint32_t v = static_cast<std::uint32_t>(std::stoul(s));
  if (v > 255) return std::nullopt;
  return v;
}

/// An IP protocol number as -Protocol and protocol= take it: decimal 0-255. bulkhead names
/// TCP, UDP, ICMPv4 and ICMPv6 by name, so 1, 6, 17 and 58 are refused.
std::optional<std::uint8_t> parse_protocol_number(const std::string& s) {
  auto v = parse_icmp_type(s);  // the same shape: 0-255, no leading zeros
  if (!v || *v == 1 || *v == 6 || *v == 17 || *v == 58) return std::nullopt;
  return static_cast<std::uint8_t>(*v);
}

// --- PowerShell ----------------------------------------------------------------------

/// One parameter's value: a list of items, each a single-quoted string or a bare word.
struct PsValue {
  std::vector<std::string> items;
  std::vector<bool> quoted;
};

/// Reads a single-quoted PowerShell literal at s[pos] ('' is a quote). Printable ASCII only.
std::optional<std::string> ps_string(std::string_view s, std::size_t& pos) {
  if (pos >= s.size() || s[pos] != '\'') return std::nullopt;
  ++pos;
  std::string out;
  while (pos < s.size()) {
    char c = s[pos];
    if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7e)
      return std::nullopt;
    if (c == '\'') {
      if (pos + 1 < s.size() && s[pos + 1] == '\'') {
        out += '\'';
        pos += 2;
        continue;
      }
      ++pos;
      return out;
    }
    out += c;
    ++pos;
  }
  return std::nullopt;
}

/// Parses "-Name value -Name value ..." into an ordered list.
std::optional<std::vector<std::pair<std::string, PsValue>>> ps_params(std::string_view s,
                                                                      std::string* why) {
  std::vector<std::pair<std::string, PsValue>> out;
  std::size_t pos = 0;
  while (pos < s.size()) {
    if (s[pos] != ' ') {
      *why = "expected a space before a parameter";
      return std::nullopt;
    }
    ++pos;
    if (pos >= s.size() || s[pos] != '-') {
      *why = "expected -Parameter";
      return std::nullopt;
    }
    ++pos;
    std::size_t start = pos;
    while (pos < s.size() && std::isalpha(static_cast<unsigned char>(s[pos]))) ++pos;
    std::string name(s.substr(start, pos - start));
    if (name.empty() || pos >= s.size() || s[pos] != ' ') {
      *why = "parameter -" + name + " has no value";
      return std::nullopt;
    }
    ++pos;
    PsValue v;
    while (true) {
      if (pos < s.size() && s[pos] == '\'') {
        auto str = ps_string(s, pos);
        if (!str) {
          *why = "bad single-quoted string for -" + name;
          return std::nullopt;
        }
        v.items.push_back(*str);
        v.quoted.push_back(true);
      } else {
        std::size_t b = pos;
        if (pos < s.size() && s[pos] == '$') ++pos;  // a variable: -Description $d
        while (pos < s.size() && (std::isalnum(static_cast<unsigned char>(s[pos])))) ++pos;
        if (b == pos) {
          *why = "bad value for -" + name;
          return std::nullopt;
        }
        v.items.emplace_back(s.substr(b, pos - b));
        v.quoted.push_back(false);
      }
      if (pos < s.size() && s[pos] == ',') {
        ++pos;
        continue;
      }
      break;
    }
    for (const auto& [n, ignored] : out) {
      if (n == name) {
        *why = "parameter -" + name + " given twice";
        return std::nullopt;
      }
    }
    out.emplace_back(std::move(name), std::move(v));
  }
  return out;
}

std::optional<std::string> single_bare(const PsValue& v) {
  if (v.items.size() != 1 || v.quoted[0]) return std::nullopt;
  return v.items[0];
}

std::optional<std::string> single_quoted(const PsValue& v) {
  if (v.items.size() != 1 || !v.quoted[0]) return std::nullopt;
  return v.items[0];
}

/// One New-NetFirewallRule's parameters. `d` is the value of the script's $d, which
/// -Description may name instead of a literal.
std::optional<Rule> ps_rule(std::string_view args, const std::optional<std::string>& d,
                            const std::optional<std::string>& n, std::string* why) {
  auto params = ps_params(args, why);
  if (!params) return std::nullopt;
  Rule r;
  std::set<std::string> seen;
  std::string id;
  for (const auto& [name, v] : *params) {
    seen.insert(name);
    if (name == "Name") {
      auto s = single_quoted(v);
      if (!s || !starts_with(*s, "bulkhead-"))
        return *why = "-Name must be 'bulkhead-ID'", std::nullopt;
      id = s->substr(9);
    } else if (name == "Group") {
      if (single_quoted(v) != "bulkhead") {
        *why = "-Group must be 'bulkhead'";
        return std::nullopt;
      }
    } else if (name == "DisplayName") {
      auto s = single_quoted(v);
      if (!s && n && single_bare(v) == "$n") s = *n;
      if (!s) return *why = "-DisplayName must be one quoted string or a set $n", std::nullopt;
      r.name = *s;
    } else if (name == "Description") {
      auto s = single_quoted(v);
      if (!s && d && single_bare(v) == "$d") s = *d;
      if (!s) return *why = "-Description must be one quoted string or a set $d", std::nullopt;
      r.description = *s;
    } else if (name == "Direction") {
      auto s = single_bare(v);
      if (s == "Inbound") {
        r.dir = Dir::In;
      } else if (s == "Outbound") {
        r.dir = Dir::Out;
      } else {
        return *why = "bad -Direction", std::nullopt;
      }
    } else if (name == "Action") {
      auto s = single_bare(v);
      if (s == "Allow") {
        r.action = Act::Allow;
      } else if (s == "Block") {
        r.action = Act::Block;
      } else {
        return *why = "bad -Action", std::nullopt;
      }
    } else if (name == "Protocol") {
      auto s = single_bare(v);
      if (s == "TCP") {
        r.proto = Proto::Tcp;
      } else if (s == "UDP") {
        r.proto = Proto::Udp;
      } else if (s == "ICMPv4") {
        r.proto = Proto::Icmpv4;
      } else if (s == "ICMPv6") {
        r.proto = Proto::Icmpv6;
      } else if (s == "Any") {
        r.proto = Proto::Any;
      } else if (auto n = s ? parse_protocol_number(*s) : std::nullopt) {
        r.proto = Proto::Number;
        r.protocol_number = *n;
      } else {
        return *why = "bad -Protocol", std::nullopt;
      }
    } else if (name == "LocalPort" || name == "RemotePort") {
      std::vector<PortRange>& into = name == "LocalPort" ? r.local_ports : r.remote_ports;
      for (std::size_t i = 0; i < v.items.size(); ++i) {
        auto p = v.quoted[i] ? parse_port_spec(v.items[i]) : std::nullopt;
        if (!p) return *why = "bad port '" + v.items[i] + "'", std::nullopt;
        into.push_back(*p);
      }
    } else if (name == "IcmpType") {
      for (std::size_t i = 0; i < v.items.size(); ++i) {
        auto t = v.quoted[i] ? parse_icmp_type(v.items[i]) : std::nullopt;
        if (!t) return *why = "bad ICMP type '" + v.items[i] + "'", std::nullopt;
        r.icmp_types.push_back(PortRange{*t, *t});
      }
    } else if (name == "LocalAddress" || name == "RemoteAddress") {
      std::vector<AddrRange>& into = name == "LocalAddress" ? r.local : r.remote;
      for (std::size_t i = 0; i < v.items.size(); ++i) {
        auto a = v.quoted[i] ? parse_addr_spec(v.items[i]) : std::nullopt;
        if (!a) return *why = "bad address '" + v.items[i] + "'", std::nullopt;
        into.push_back(*a);
      }
    } else if (name == "Profile") {
      if (single_bare(v) != "Any") return *why = "-Profile must be Any", std::nullopt;
    } else {
      *why = "unknown parameter -" + name;
      return std::nullopt;
    }
  }
  for (const char* req :
       {"Name", "Group", "DisplayName", "Direction", "Action", "Protocol", "Profile"}) {
    if (!seen.count(req)) {
      *why = std::string("missing -") + req;
      return std::nullopt;
    }
  }
  // The identity: 12 hex digits, the end of the DisplayName and the whole of the Name.
  if (id.size() != 12 ||
      !std::all_of(id.begin(), id.end(),
                   [](char c) {
                     return std::isdigit(static_cast<unsigned char>(c)) || (c >= 'a' && c <= 'f');
                   }) ||
      !ends_with(r.name, " #" + id)) {
    *why = "-Name and -DisplayName must carry the same identity";
    return std::nullopt;
  }
  bool ported = r.proto == Proto::Tcp || r.proto == Proto::Udp;
  if (!ported && (!r.local_ports.empty() || !r.remote_ports.empty())) {
    *why = "ports need -Protocol TCP or UDP";
    return std::nullopt;
  }
  bool icmp = r.proto == Proto::Icmpv4 || r.proto == Proto::Icmpv6;
  if (!icmp && !r.icmp_types.empty()) {
    *why = "-IcmpType needs -Protocol ICMPv4 or ICMPv6";
    return std::nullopt;
  }
  return r;
}

bool ps_bool(const PsValue& v, bool* out) {
  auto s = single_bare(v);
  if (s == "True") return *out = true, true;
  if (s == "False") return *out = false, true;
  return false;
}

bool ps_profile(std::string_view args, Firewall* fw, std::string* why) {
  auto params = ps_params(args, why);
  if (!params) return false;
  std::set<std::string> seen;
  for (const auto& [name, v] : *params) {
    seen.insert(name);
    if (name == "Profile") {
      std::vector<std::string> want{"Domain", "Private", "Public"};
      if (v.items != want || std::count(v.quoted.begin(), v.quoted.end(), true) != 0)
        return *why = "-Profile must be Domain,Private,Public", false;
    } else if (name == "Enabled") {
      if (!ps_bool(v, &fw->enabled)) return *why = "bad -Enabled", false;
    } else if (name == "DefaultInboundAction" || name == "DefaultOutboundAction") {
      auto s = single_bare(v);
      Act& into = name == "DefaultInboundAction" ? fw->default_in : fw->default_out;
      if (s == "Allow") {
        into = Act::Allow;
      } else if (s == "Block") {
        into = Act::Block;
      } else {
        return *why = "bad -" + name, false;
      }
    } else if (name == "LogBlocked") {
      if (!ps_bool(v, &fw->log_blocked)) return *why = "bad -LogBlocked", false;
    } else if (name == "LogAllowed") {
      if (!ps_bool(v, &fw->log_allowed)) return *why = "bad -LogAllowed", false;
    } else if (name == "LogFileName") {
      auto s = single_quoted(v);
      if (!s) return *why = "bad -LogFileName", false;
      fw->log_file = *s;
    } else if (name == "LogMaxSizeKilobytes") {
      auto s = single_bare(v);
      if (!s || s->empty() || !std::all_of(s->begin(), s->end(), ::isdigit))
        return *why = "bad -LogMaxSizeKilobytes", false;
      fw->log_max_kb = std::stoi(*s);
    } else {
      return *why = "unknown parameter -" + name, false;
    }
  }
  for (const char* req : {"Profile", "Enabled", "DefaultInboundAction", "DefaultOutboundAction",
                          "LogBlocked", "LogAllowed", "LogFileName", "LogMaxSizeKilobytes"}) {
    if (!seen.count(req)) return *why = std::string("missing -") + req, false;
  }
  return true;
}

// Lines of the scripts' fixed frame (state directory, identities, restore, rollback,
// session check), accepted verbatim. What they do on a host is documented in
// docs/targets/windows.md; the evaluator checks their order through the lines parsed below.
const std::set<std::string>& ps_frame_lines() {
  static const std::set<std::string> k = {
      "[CmdletBinding(SupportsShouldProcess)]",
      "param()",
      "param([switch]$Commit, [switch]$Uninstall, [switch]$NoRollback, [int]$RollbackMinutes = "
      "5, [switch]$Force)",
      "$ErrorActionPreference = 'Stop'",
      "Import-Module NetSecurity",
      "throw",
      "}",
      ")",
      "return",
      "$bh = Join-Path $env:ProgramData 'bulkhead'",
      "if (-not $WhatIfPreference) {",
      "$null = New-Item -ItemType Directory -Force -Path $bh",
      "$null = & icacls.exe $bh /inheritance:r /grant:r '*S-1-5-32-544:(OI)(CI)F' "
      "'*S-1-5-18:(OI)(CI)F'",
      "if ($LASTEXITCODE -ne 0) { throw \"bulkhead: cannot restrict the access of $bh (icacls "
      "exit $LASTEXITCODE)\" }",
      "$have = @{}",
      "$byDisplay = @{}",
      "foreach ($r in $have.Values) { if ($byDisplay.ContainsKey($r.DisplayName)) { "
      "$byDisplay[$r.DisplayName] += $r } else { $byDisplay[$r.DisplayName] = @($r) } }",
      "function Restore-Before {",
      "$before = Join-Path $bh 'profiles-before.txt'",
      "if (Test-Path $before) {",
      "if ($have.Count -gt 0 -and $PSCmdlet.ShouldProcess(\"$($have.Count) bulkhead rules\", "
      "'Remove-NetFirewallRule')) {",
      "$have.Values | Remove-NetFirewallRule",
      "Remove-Item -Force -ErrorAction SilentlyContinue -Path $before, (Join-Path $bh "
      "'rules.txt'), (Join-Path $bh 'confirmed.ps1'), (Join-Path $bh 'pending.ps1')",
      "Unregister-ScheduledTask -TaskName 'bulkhead-rollback' -Confirm:$false -ErrorAction "
      "SilentlyContinue",
      "if ($Commit) {",
      "$pending = Join-Path $bh 'pending.ps1'",
      "if (-not (Test-Path $pending)) { throw 'bulkhead: nothing to confirm (no pending rule "
      "set)' }",
      "Move-Item -Force -Path $pending -Destination (Join-Path $bh 'confirmed.ps1')",
      "Write-Host 'bulkhead: confirmed; the rollback task is removed'",
      "if ($Uninstall) { Restore-Before; return }",
      "function Compare-Bytes([byte[]]$a, [byte[]]$b) { for ($i = 0; $i -lt $a.Length; $i++) { "
      "if ($a[$i] -ne $b[$i]) { return [int]$a[$i] - [int]$b[$i] } }; return 0 }",
      "function Test-InRanges([string]$ip, [string[]]$ranges) {",
      "$x = [System.Net.IPAddress]::Parse($ip).GetAddressBytes()",
      "foreach ($e in $ranges) {",
      "$lo, $hi = $e.Split('-')",
      "$l = [System.Net.IPAddress]::Parse($lo).GetAddressBytes()",
      "$h = [System.Net.IPAddress]::Parse($hi).GetAddressBytes()",
      "if ($l.Length -eq $x.Length -and (Compare-Bytes $x $l) -ge 0 -and (Compare-Bytes $x $h) "
      "-le 0) { return $true }",
      "return $false",
      "if (-not $WhatIfPreference -and -not (Test-Path $before)) {",
      "$lines = foreach ($p in @(Get-NetFirewallProfile -PolicyStore PersistentStore)) { foreach "
      "($s in 'Enabled', 'DefaultInboundAction', 'DefaultOutboundAction', 'LogBlocked', "
      "'LogAllowed', 'LogFileName', 'LogMaxSizeKilobytes') { \"$($p.Name) $s $($p.$s)\" } }",
      "Set-Content -Path $before -Value $lines -Encoding ASCII",
      "if ($arm -and -not $PSCommandPath) { throw 'bulkhead: run this script from its file (the "
      "rollback task keeps a copy of it), or add -NoRollback' }",
      "if ($arm) {",
      "Copy-Item -Force -Path $PSCommandPath -Destination (Join-Path $bh 'pending.ps1')",
      "Set-Content -Path (Join-Path $bh 'rollback.ps1') -Encoding ASCII -Value @(",
      "'$bh = Join-Path $env:ProgramData ''bulkhead'''",
      "'Unregister-ScheduledTask -TaskName ''bulkhead-rollback'' -Confirm:$false -ErrorAction "
      "SilentlyContinue'",
      "'if (Test-Path (Join-Path $bh ''confirmed.ps1'')) { & (Join-Path $bh ''confirmed.ps1'') "
      "-NoRollback -Force } else { & (Join-Path $bh ''pending.ps1'') -Uninstall }'",
      "'Remove-Item -Force -ErrorAction SilentlyContinue -Path (Join-Path $bh ''pending.ps1'')'",
      "$action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument \"-NoProfile "
      "-ExecutionPolicy Bypass -File `\"$(Join-Path $bh 'rollback.ps1')`\"\"",
      "$trigger = New-ScheduledTaskTrigger -Once -At (Get-Date).AddMinutes($RollbackMinutes)",
      "$null = Register-ScheduledTask -TaskName 'bulkhead-rollback' -Action $action -Trigger "
      "$trigger -User 'SYSTEM' -RunLevel Highest -Force",
      "$wanted = @{}",
      "function Test-New([string]$n, [string]$d) {",
      "$wanted[$n] = $true",
      "if (-not $byDisplay.ContainsKey($n)) { return $PSCmdlet.ShouldProcess($n, "
      "'New-NetFirewallRule') }",
      "foreach ($r in $byDisplay[$n]) { if ($r.Description -ne $d -and "
      "$PSCmdlet.ShouldProcess($n, 'Set-NetFirewallRule -Description')) { Set-NetFirewallRule "
      "-Name $r.Name -Description $d } }",
      "Get-NetFirewallRule -Group 'bulkhead' -ErrorAction SilentlyContinue | Where-Object { -not "
      "$have.ContainsKey($_.Name) } | Remove-NetFirewallRule",
      "$obsolete = @($have.Values | Where-Object { -not $wanted.ContainsKey($_.DisplayName) })",
      "if ($obsolete.Count -gt 0 -and $PSCmdlet.ShouldProcess(\"$($obsolete.Count) rules of an "
      "earlier bulkhead run\", 'Remove-NetFirewallRule')) {",
      "Set-Content -Path (Join-Path $bh 'rules.txt') -Value @($wanted.Keys | Sort-Object) "
      "-Encoding ASCII",
      "Write-Host \"bulkhead: applied. Confirm within $RollbackMinutes minutes with: & "
      "'$PSCommandPath' -Commit  (otherwise the task bulkhead-rollback restores the previous "
      "rules)\"",
      "} elseif ($PSCommandPath -and $PSCommandPath -ne (Join-Path $bh 'confirmed.ps1')) {",
      "Copy-Item -Force -Path $PSCommandPath -Destination (Join-Path $bh 'confirmed.ps1')",
  };
  return k;
}

// The session check: every established connection to an admin port must come from an
// address the new rules admit (the $sessions table), unless -Force.
const std::set<std::string>& ps_session_lines() {
  static const std::set<std::string> k = {
      "if (-not $Force) {",
      "$cut = @()",
      "foreach ($c in @(Get-NetTCPConnection -State Established -LocalPort 22, 3389, 5985, 5986 "
      "-ErrorAction SilentlyContinue)) {",
      "$la = \"$($c.LocalAddress)\" -replace '^::ffff:(?=\\d+\\.)', ''",
      "$ra = \"$($c.RemoteAddress)\" -replace '^::ffff:(?=\\d+\\.)', ''",
      "if ($ra -match '^(127\\.|::1$)') { continue }",
      "foreach ($s in $sessions) {",
      "if ($s.Port -eq $c.LocalPort -and (Test-InRanges $la $s.Local) -and -not (Test-InRanges "
      "$ra $s.Remote)) { $cut += \"from $ra to $la port $($c.LocalPort)\" }",
      "if ($cut.Count -gt 0) { throw \"bulkhead: refusing to apply: the new rules would cut the "
      "remote session(s) $($cut -join ', '); run it from an admitted address, or add -Force\" }",
  };
  return k;
}

// The read-back of the active store after applying (PowerShell).
const char* kPsCheckGate = "if (-not $WhatIfPreference) {";
const char* kPsCheckProfiles =
    "if ($want[$s] -notcontains \"$($p.$s)\") { $problems += \"profile $($p.Name): $s is "
    "$($p.$s), expected $($want[$s][0])\" }";
const char* kPsCheckLocal =
    "if (\"$($p.AllowLocalFirewallRules)\" -eq 'False') { $problems += \"profile $($p.Name): "
    "AllowLocalFirewallRules is False, a Group Policy discards locally added rules, bulkhead's "
    "included\" }";
const std::set<std::string>& ps_check_lines() {
  static const std::set<std::string> k = {
      "$problems = @()",
      "foreach ($p in @(Get-NetFirewallProfile -PolicyStore ActiveStore)) {",
      "foreach ($s in $want.Keys) {",
      "$active = @(Get-NetFirewallRule -PolicyStore ActiveStore -DisplayName 'bulkhead *' "
      "-ErrorAction SilentlyContinue | Where-Object { $wanted.ContainsKey($_.DisplayName) } | "
      "ForEach-Object { $_.DisplayName } | Sort-Object -Unique).Count",
      "if ($problems.Count -gt 0) { throw \"bulkhead: the rules are not in force: $($problems "
      "-join '; ')\" }",
  };
  return k;
}
/// The $want line for the default actions a script sets; NotConfigured in the active store
/// means Windows' own default (inbound Block, outbound Allow).
std::string ps_want_line(Act in, Act out) {
  return std::string(
             "$want = @{ Enabled = @('True', 'NotConfigured'); DefaultInboundAction = "
             "@(") +
         (in == Act::Block ? "'Block', 'NotConfigured'" : "'Allow'") +
         "); DefaultOutboundAction = @(" +
         (out == Act::Allow ? "'Allow', 'NotConfigured'" : "'Block'") + ") }";
}

const char* kPsCollect =
    "foreach ($r in @(Get-NetFirewallRule -Group 'bulkhead' -ErrorAction SilentlyContinue) + "
    "@(Get-NetFirewallRule -DisplayName 'bulkhead *', 'bulkhead', 'bulkhead-new' -ErrorAction "
    "SilentlyContinue)) { $have[$r.Name] = $r }";
const char* kPsProfileGate =
    "if ($PSCmdlet.ShouldProcess('profiles Domain, Private, Public', 'Set-NetFirewallProfile')) {";
const char* kPsRestoreGate =
    "} elseif ($PSCmdlet.ShouldProcess('profiles Domain, Private, Public', "
    "\"Set-NetFirewallProfile (Windows' defaults: no saved settings)\")) {";
const char* kPsRestoreSavedGate =
    "if ($PSCmdlet.ShouldProcess('profiles Domain, Private, Public', 'Set-NetFirewallProfile "
    "(the settings saved before bulkhead)')) {";
const char* kPsRestoreSaved =
    "foreach ($l in @(Get-Content $before)) { $n, $k, $v = $l.Split(' ', 3); $a = @{ Profile = "
    "$n }; $a[$k] = $v; Set-NetFirewallProfile @a }";
const char* kPsRemoveOld = "$obsolete | Remove-NetFirewallRule";
const char* kPsArm =
    "$arm = -not $WhatIfPreference -and -not $NoRollback -and [Environment]::UserInteractive";
const char* kPsSaveProfiles = "Set-Content -Path $before -Value $lines -Encoding ASCII";

/// "@{ Port = 3389; Local = @('a-b', ...); Remote = @(...) }" of the $sessions table.
std::optional<Firewall::Session> ps_session(const std::string& l) {
  Firewall::Session out;
  const std::string port = "@{ Port = ";
  if (!starts_with(l, port) || !ends_with(l, ") }")) return std::nullopt;
  std::size_t pos = port.size();
  std::size_t semi = l.find(';', pos);
  if (semi == std::string::npos) return std::nullopt;
  std::string n = l.substr(pos, semi - pos);
  if (n != "22" && n != "3389" && n != "5985" && n != "5986") return std::nullopt;
  out.port = static_cast<std::uint16_t>(std::stoi(n));
  pos = semi;
  const std::pair<std::string, std::vector<AddrRange>*> parts[] = {{"; Local = @(", &out.local},
                                                                   {"; Remote = @(", &out.remote}};
  for (const auto& [key, into] : parts) {
    if (l.compare(pos, key.size(), key) != 0) return std::nullopt;
    pos += key.size();
    while (pos < l.size() && l[pos] == '\'') {
      auto e = ps_string(l, pos);
      if (!e) return std::nullopt;
      std::size_t dash = e->find('-');
      if (dash == std::string::npos) return std::nullopt;
      auto lo = parse_addr(e->substr(0, dash));
      auto hi = parse_addr(e->substr(dash + 1));
      if (!lo || !hi || lo->family != hi->family || lo->value > hi->value) return std::nullopt;
      into->push_back(AddrRange{lo->family, lo->value, hi->value});
      if (l.compare(pos, 2, ", ") == 0) pos += 2;
    }
    if (pos >= l.size() || l[pos] != ')') return std::nullopt;
    ++pos;
  }
  if (l.substr(pos) != " }") return std::nullopt;
  return out;
}

// --- netsh ---------------------------------------------------------------------------

const char* kNetshShow = "netsh advfirewall monitor show firewall | ";

bool cmd_safe(std::string_view s) {
  for (unsigned char c : s) {
    bool ok = std::isalnum(c) || std::string_view(" .,:/@+#[]()'_-").find(static_cast<char>(c)) !=
                                     std::string_view::npos;
    if (!ok) return false;
  }
  return true;
}

/// Splits netsh arguments: key=value or key="value with spaces".
std::optional<std::vector<std::pair<std::string, std::string>>> netsh_args(std::string_view s,
                                                                           std::string* why) {
  std::vector<std::pair<std::string, std::string>> out;
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t eq = s.find('=', pos);
    if (eq == std::string_view::npos) return *why = "expected key=value", std::nullopt;
    std::string key(s.substr(pos, eq - pos));
    for (char c : key)
      if (!std::islower(static_cast<unsigned char>(c)))
        return *why = "bad key '" + key + "'", std::nullopt;
    pos = eq + 1;
    std::string value;
    if (pos < s.size() && s[pos] == '"') {
      std::size_t close = s.find('"', pos + 1);
      if (close == std::string_view::npos) return *why = "unterminated quote", std::nullopt;
      value = std::string(s.substr(pos + 1, close - pos - 1));
      if (!cmd_safe(value)) return *why = "unsafe characters in " + key, std::nullopt;
      pos = close + 1;
    } else {
      std::size_t sp = s.find(' ', pos);
      if (sp == std::string_view::npos) sp = s.size();
      value = std::string(s.substr(pos, sp - pos));
      for (char c : value) {
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == ',' || c == '.' || c == ':' ||
              c == '/' || c == '-'))
          return *why = "unsafe characters in " + key, std::nullopt;
      }
      pos = sp;
    }
    for (const auto& [k, ignored] : out)
      if (k == key) return *why = key + " given twice", std::nullopt;
    out.emplace_back(std::move(key), std::move(value));
    if (pos < s.size()) {
      if (s[pos] != ' ') return *why = "expected a space", std::nullopt;
      ++pos;
    }
  }
  return out;
}

std::vector<std::string> split_commas(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string item;
  while (std::getline(ss, item, ',')) out.push_back(item);
  return out;
}

std::optional<Rule> netsh_rule(std::string_view args, std::string* why) {
  auto kv = netsh_args(args, why);
  if (!kv) return std::nullopt;
  Rule r;
  std::set<std::string> seen;
  for (const auto& [k, v] : *kv) {
    seen.insert(k);
    if (k == "name") {
      r.name = v;
    } else if (k == "description") {
      r.description = v;
    } else if (k == "dir") {
      if (v == "in") {
        r.dir = Dir::In;
      } else if (v == "out") {
        r.dir = Dir::Out;
      } else {
        return *why = "bad dir", std::nullopt;
      }
    } else if (k == "action") {
      if (v == "allow") {
        r.action = Act::Allow;
      } else if (v == "block") {
        r.action = Act::Block;
      } else {
        return *why = "bad action", std::nullopt;
      }
    } else if (k == "protocol") {
      if (v == "tcp") {
        r.proto = Proto::Tcp;
      } else if (v == "udp") {
        r.proto = Proto::Udp;
      } else if (v == "icmpv4") {
        r.proto = Proto::Icmpv4;
      } else if (v == "icmpv6") {
        r.proto = Proto::Icmpv6;
      } else if (v == "any") {
        r.proto = Proto::Any;
      } else if (auto n = parse_protocol_number(v)) {
        r.proto = Proto::Number;
        r.protocol_number = *n;
      } else if (starts_with(v, "icmpv4:") || starts_with(v, "icmpv6:")) {
        // One ICMP type per rule: icmpv4:TYPE,CODE; bulkhead writes CODE any only.
        r.proto = v[5] == '4' ? Proto::Icmpv4 : Proto::Icmpv6;
        std::vector<std::string> tc = split_commas(v.substr(7));
        bool shape = tc.size() == 2 && tc[1] == "any" && v.back() != ',';
        auto t = shape ? parse_icmp_type(tc[0]) : std::nullopt;
        if (!t) return *why = "bad ICMP type and code '" + v + "'", std::nullopt;
        r.icmp_types.push_back(PortRange{*t, *t});
      } else {
        return *why = "bad protocol", std::nullopt;
      }
    } else if (k == "localport" || k == "remoteport") {
      for (const std::string& p : split_commas(v)) {
        auto pr = parse_port_spec(p);
        if (!pr) return *why = "bad port '" + p + "'", std::nullopt;
        (k == "localport" ? r.local_ports : r.remote_ports).push_back(*pr);
      }
    } else if (k == "localip" || k == "remoteip") {
      for (const std::string& a : split_commas(v)) {
        auto ar = parse_addr_spec(a);
        if (!ar) return *why = "bad address '" + a + "'", std::nullopt;
        (k == "localip" ? r.local : r.remote).push_back(*ar);
      }
    } else if (k == "profile") {
      if (v != "any") return *why = "profile must be any", std::nullopt;
    } else {
      return *why = "unknown parameter " + k, std::nullopt;
    }
  }
  for (const char* req : {"name", "dir", "action", "protocol", "profile"})
    if (!seen.count(req)) return *why = std::string("missing ") + req, std::nullopt;
  bool ported = r.proto == Proto::Tcp || r.proto == Proto::Udp;
  if (!ported && (!r.local_ports.empty() || !r.remote_ports.empty()))
    return *why = "ports need protocol tcp or udp", std::nullopt;
  return r;
}

bool netsh_setting(const std::string& s, Firewall* fw, std::set<std::string>* seen) {
  auto take = [&](const std::string& key) { return seen->insert(key).second; };
  if (s == "state on" || s == "state off") {
    fw->enabled = s == "state on";
    return take("state");
  }
  if (starts_with(s, "firewallpolicy ")) {
    auto parts = split_commas(s.substr(15));
    if (parts.size() != 2) return false;
    if (parts[0] == "blockinbound") {
      fw->default_in = Act::Block;
    } else if (parts[0] == "allowinbound") {
      fw->default_in = Act::Allow;
    } else {
      return false;
    }
    if (parts[1] == "blockoutbound") {
      fw->default_out = Act::Block;
    } else if (parts[1] == "allowoutbound") {
      fw->default_out = Act::Allow;
    } else {
      return false;
    }
    return take("policy");
  }
  for (const char* what : {"droppedconnections", "allowedconnections"}) {
    std::string p = std::string("logging ") + what + " ";
    if (!starts_with(s, p)) continue;
    std::string v = s.substr(p.size());
    if (v != "enable" && v != "disable") return false;
    (std::string(what) == "droppedconnections" ? fw->log_blocked : fw->log_allowed) = v == "enable";
    return take(what);
  }
  if (s == R"(logging filename "%%SystemRoot%%\System32\LogFiles\Firewall\pfirewall.log")") {
    fw->log_file = R"(%SystemRoot%\System32\LogFiles\Firewall\pfirewall.log)";
    return take("filename");
  }
  if (starts_with(s, "logging maxfilesize ")) {
    std::string v = s.substr(20);
    if (v.empty() || !std::all_of(v.begin(), v.end(), ::isdigit)) return false;
    fw->log_max_kb = std::stoi(v);
    return take("maxfilesize");
  }
  return false;
}

// Lines of the netsh form's fixed frame: its state directory and lists (shared with the
// PowerShell form), the profile settings saved with powershell.exe, and the error paths.
const std::set<std::string>& netsh_frame_lines() {
  static const std::set<std::string> k = {
      "setlocal",
      "set \"BH=%ProgramData%\\bulkhead\"",
      "if not exist \"%BH%\\\" mkdir \"%BH%\" || goto state_failed",
      "icacls \"%BH%\" /inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F >nul "
      "|| goto state_failed",
      "type nul >\"%BH%\\rules.new\" || goto state_failed",
      "type nul >\"%BH%\\rules.added\" || goto state_failed",
      ":failed",
      ":state_failed",
      ":list_failed",
      ":profiles_failed",
      ":profile_off",
      ":profile_overridden",
      ":local_rules_off",
      "exit /b 1",
      "schtasks /delete /tn bulkhead-rollback /f >nul 2>&1",
      "del /q \"%BH%\\rules.txt\" \"%BH%\\profiles-before.txt\" \"%BH%\\confirmed.ps1\" "
      "\"%BH%\\pending.ps1\" >nul 2>&1",
  };
  return k;
}
const char* kNetshSave =
    "if not exist \"%BH%\\profiles-before.txt\" powershell.exe -NoProfile -NonInteractive "
    "-Command \"$l = foreach ($p in @(Get-NetFirewallProfile -PolicyStore PersistentStore)) { "
    "foreach ($s in 'Enabled', 'DefaultInboundAction', 'DefaultOutboundAction', 'LogBlocked', "
    "'LogAllowed', 'LogFileName', 'LogMaxSizeKilobytes') { $p.Name + ' ' + $s + ' ' + $p.$s } }; "
    "Set-Content -Path (Join-Path $env:ProgramData 'bulkhead\\profiles-before.txt') -Value $l "
    "-Encoding ASCII\" || goto state_failed";
const char* kNetshRestore =
    "if exist \"%BH%\\profiles-before.txt\" powershell.exe -NoProfile -NonInteractive -Command "
    "\"foreach ($l in @(Get-Content (Join-Path $env:ProgramData 'bulkhead\\profiles-before.txt'))) "
    "{ $n, $k, $v = $l.Split(' ', 3); $a = @{ Profile = $n }; $a[$k] = $v; Set-NetFirewallProfile "
    "@a }\" || goto failed";
const char* kNetshRemoveOld =
    "if exist \"%BH%\\rules.txt\" for /f \"usebackq delims=\" %%n in (\"%BH%\\rules.txt\") do "
    "findstr /x /l /c:\"%%n\" \"%BH%\\rules.new\" >nul || netsh advfirewall firewall delete rule "
    "name=\"%%n\" >nul 2>&1";
const char* kNetshRemoveAll =
    "if exist \"%BH%\\rules.txt\" for /f \"usebackq delims=\" %%n in (\"%BH%\\rules.txt\") do "
    "netsh advfirewall firewall delete rule name=\"%%n\" >nul 2>&1";
const char* kNetshUndo =
    "for /f \"usebackq delims=\" %%n in (\"%BH%\\rules.added\") do netsh advfirewall firewall "
    "delete rule name=\"%%n\" >nul 2>&1";
const char* kNetshCommitList =
    "move /y \"%BH%\\rules.new\" \"%BH%\\rules.txt\" >nul || goto list_failed";
const char* kNetshDefaultsPrefix = "if not exist \"%BH%\\profiles-before.txt\" ";

/// A quoted identity name="..." at the end of `prefix`, up to `suffix`.
std::optional<std::string> netsh_quoted_name(const std::string& l, const std::string& prefix,
                                             const std::string& suffix) {
  if (!starts_with(l, prefix) || !ends_with(l, suffix) || l.size() < prefix.size() + suffix.size())
    return std::nullopt;
  std::string name = l.substr(prefix.size(), l.size() - prefix.size() - suffix.size());
  if (name.empty() || !cmd_safe(name)) return std::nullopt;
  return name;
}

}  // namespace

std::optional<Firewall> parse_powershell(std::string_view script, std::string* error) {
  std::vector<std::string> lines = split_lines(script);
  Firewall fw;
  Fail fail{error};
  bool collected = false, in_try = false, after_try = false, profiles = false, removed = false,
       in_check = false, in_sessions = false, restores = false, restore_called = false;
  std::optional<std::string> d;              // the script's $d: the next rule's description
  std::set<std::string> names;               // identities added, each once
  std::optional<Firewall> restore_defaults;  // Restore-Before's settings when none were saved
  for (std::size_t i = 0; i < lines.size(); ++i) {
    fail.line = static_cast<int>(i + 1);
    std::string raw = lines[i];
    if (raw.find('\r') != std::string::npos) return fail("carriage return");
    for (unsigned char c : raw)
      if (c < 0x20 || c > 0x7e) return fail("non-ASCII or control character");
    std::string l = trim(raw);
    if (l.empty() || l[0] == '#') continue;
    if (in_sessions) {
      if (l == ")") {
        in_sessions = false;
        continue;
      }
      auto s = ps_session(l);
      if (!s) return fail("bad $sessions entry: " + l);
      fw.sessions.push_back(std::move(*s));
      continue;
    }
    if (l == "$sessions = @(") {
      if (!collected || in_try || after_try)
        return fail("the session table must precede the rules");
      in_sessions = true;
      continue;
    }
    if (l == kPsCollect) {
      if (in_try || after_try) return fail("rules collected late");
      collected = true;
      continue;
    }
    if (l == "try {") {
      if (!collected || in_try || after_try) return fail("unexpected try");
      in_try = true;
      continue;
    }
    if (l == "} catch {") {
      if (!in_try) return fail("unexpected catch");
      in_try = false;
      after_try = true;
      continue;
    }
    if (l == kPsRemoveOld) {
      if (!collected || !after_try || !profiles)
        return fail("old rules removed before the new ones and the profiles are in place");
      removed = true;
      continue;
    }
    if (l == kPsArm) {
      if (fw.sessions.empty() || in_try || after_try)
        return fail("the rollback must be armed after the session check, before any change");
      fw.arms_rollback = true;
      continue;
    }
    if (l == kPsSaveProfiles) {
      if (in_try || after_try) return fail("the profiles must be saved before any change");
      fw.saves_profiles = true;
      continue;
    }
    if (l == kPsRestoreSavedGate) {
      if (i + 2 >= lines.size() || trim(lines[i + 1]) != kPsRestoreSaved ||
          trim(lines[i + 2]) != "}")
        return fail("bad restore of the saved profiles");
      restores = true;
      i += 2;
      continue;
    }
    if (l == "Restore-Before") {
      if (!restores || !collected || in_try || after_try) return fail("unexpected Restore-Before");
      restore_called = true;
      continue;
    }
    // The profile settings: the script's own, or (in Restore-Before) Windows' defaults
    // when no settings were saved.
    if (l == kPsProfileGate || l == kPsRestoreGate) {
      bool restore = l == kPsRestoreGate;
      if (i + 2 >= lines.size() || trim(lines[i + 2]) != "}") return fail("bad profile block");
      if (restore && !restores) return fail("defaults without a saved-settings restore");
      std::string body = trim(lines[i + 1]);
      const std::string cmd = "Set-NetFirewallProfile";
      if (!starts_with(body, cmd)) return fail("expected Set-NetFirewallProfile");
      std::string why;
      fail.line = static_cast<int>(i + 2);
      if (restore ? restore_defaults.has_value() : profiles) return fail("profiles set twice");
      if (!restore && (!after_try || removed))
        return fail("the profiles must be set after the additions, before the removals");
      Firewall& into = restore ? restore_defaults.emplace() : fw;
      if (!ps_profile(std::string_view(body).substr(cmd.size()), &into, &why)) return fail(why);
      if (!restore) profiles = true;
      i += 2;
      continue;
    }
    if (starts_with(l, "$d = ")) {
      if (!in_try) return fail("$d outside the try block");
      std::size_t pos = 5;
      d = ps_string(l, pos);
      if (!d || pos != l.size()) return fail("bad $d");
      continue;
    }
    const std::string gate = "if (Test-New ($n = ";
    const std::string gate_end = ") $d) {";
    if (starts_with(l, gate) && ends_with(l, gate_end)) {
      if (!in_try || !d) return fail("rule outside the try block, or without $d");
      std::size_t pos = gate.size();
      auto target = ps_string(l, pos);
      if (!target || pos != l.size() - gate_end.size()) return fail("bad Test-New name");
      if (i + 2 >= lines.size() || trim(lines[i + 2]) != "}") return fail("bad rule block");
      std::string body = trim(lines[i + 1]);
      const std::string cmd = "$null = New-NetFirewallRule";
      fail.line = static_cast<int>(i + 2);
      if (!starts_with(body, cmd)) return fail("expected New-NetFirewallRule");
      std::string why;
      auto r = ps_rule(std::string_view(body).substr(cmd.size()), d, target, &why);
      if (!r) return fail(why);
      if (r->name != *target) return fail("Test-New's name differs from -DisplayName");
      if (!names.insert(r->name).second) return fail("two rules share the identity " + r->name);
      fw.rules.push_back(std::move(*r));  // $d stays set for the next rule
      i += 2;
      continue;
    }
    if (l == kPsCheckGate && i + 1 < lines.size() &&
        starts_with(trim(lines[i + 1]), "# Read the effective state back")) {
      if (!profiles || !removed || in_try) return fail("the check must follow the changes");
      in_check = true;
      continue;
    }
    if (in_check) {
      bool want = false;
      for (Act a : {Act::Block, Act::Allow}) {
        for (Act b : {Act::Block, Act::Allow}) {
          if (l != ps_want_line(a, b)) continue;
          fw.check_in = a;
          fw.check_out = b;
          want = true;
        }
      }
      if (want) continue;
      if (l == kPsCheckProfiles) {
        fw.checks_profiles = true;
        continue;
      }
      if (l == kPsCheckLocal) {
        fw.checks_local_rules = true;
        continue;
      }
      const std::string count = "if ($active -ne ";
      std::size_t sp = l.find(')');
      if (starts_with(l, count) && sp != std::string::npos) {
        std::string n = l.substr(count.size(), sp - count.size());
        if (!n.empty() && std::all_of(n.begin(), n.end(), ::isdigit) &&
            l == count + n + ") { $problems += \"$active of " + n +
                     " bulkhead rules are in the active store\" }") {
          fw.checks_rule_count = static_cast<std::size_t>(std::stoul(n));
          continue;
        }
      }
      if (ps_check_lines().count(l)) continue;
    }
    if (ps_frame_lines().count(l) || ps_session_lines().count(l)) continue;
    return fail("unrecognised line: " + l);
  }
  fail.line = static_cast<int>(lines.size());
  if (restore_called) {
    // An uninstall script: it restores the saved settings (or Windows' defaults, parsed into
    // the profile fields) and removes every rule bulkhead manages.
    if (!fw.rules.empty() || in_check || profiles || !restore_defaults)
      return fail("an uninstall script only restores");
    fw = *restore_defaults;
    fw.restores_saved_profiles = true;
    fw.removes_own_rules = true;
    return fw;
  }
  if (!profiles) return fail("the script never sets the profiles");
  if (!restores || !restore_defaults) return fail("the script cannot -Uninstall");
  if (!collected || !removed) return fail("the script does not replace bulkhead's earlier rules");
  fw.removes_own_rules = true;
  fw.keeps_by_identity = true;
  return fw;
}

std::optional<Firewall> parse_netsh(std::string_view script, std::string* error) {
  std::vector<std::string> lines = split_lines(script);
  Firewall fw;
  Fail fail{error};
  std::set<std::string> seen_settings;
  std::set<std::string> names;  // identities, each once
  std::string current;          // the identity whose lines follow
  int step = 0;                 // 0 show, 1 listed, 2 marked added, 3 add lines
  bool done = false, removed = false, listed = false, restore = false, removes_all = false;
  if (lines.empty() || lines[0] != "@echo off") return fail("first line must be @echo off");
  const std::string add = "if not defined BH_HAVE netsh advfirewall firewall add rule ";
  const std::string set = "netsh advfirewall set allprofiles ";
  for (std::size_t i = 1; i < lines.size(); ++i) {
    fail.line = static_cast<int>(i + 1);
    const std::string& l = lines[i];
    for (unsigned char c : l)
      if (c < 0x20 || c > 0x7e) return fail("non-ASCII or control character");
    if (l == "rem" || starts_with(l, "rem ")) {
      if (!cmd_safe(l)) return fail("unsafe characters in a comment");
      continue;
    }
    if (netsh_frame_lines().count(l)) continue;
    if (l == kNetshSave) {
      if (!names.empty()) return fail("the profiles must be saved before any change");
      fw.saves_profiles = true;
      continue;
    }
    if (l == kNetshRestore) {
      restore = true;
      continue;
    }
    if (!done && starts_with(l, kNetshShow)) {
      // The read-back of the active store, after the settings.
      if (seen_settings.size() != 6) return fail("the check must follow the settings");
      std::string rest = l.substr(std::string(kNetshShow).size());
      if (rest == R"(findstr /r /i /b /c:"State  *OFF" >nul && goto profile_off)") {
        fw.checks_profiles = true;
        continue;
      }
      if (rest ==
          R"(findstr /r /i /b /c:"LocalFirewallRules  *Disable" >nul && goto local_rules_off)") {
        fw.checks_local_rules = true;
        continue;
      }
      bool want = false;
      for (Act a : {Act::Block, Act::Allow}) {
        for (Act b : {Act::Block, Act::Allow}) {
          std::string policy = std::string(a == Act::Block ? "BlockInbound" : "AllowInbound") +
                               "," + (b == Act::Block ? "BlockOutbound" : "AllowOutbound");
          if (rest != R"(findstr /i /b /c:"Firewall Policy" | findstr /i /v /c:")" + policy +
                          R"(" >nul && goto profile_overridden)")
            continue;
          fw.check_in = a;
          fw.check_out = b;
          want = true;
        }
      }
      if (want) continue;
      return fail("unrecognised check: " + l);
    }
    if (l == "exit /b 0") {
      done = true;
      continue;
    }
    if (starts_with(l, "echo ")) {
      std::string text = l.substr(5);
      if (ends_with(text, " 1>&2")) text = text.substr(0, text.size() - 5);
      for (char c : text)
        if (c == '%' || c == '&' || c == '|' || c == '<' || c == '>' || c == '^' || c == '!')
          return fail("unsafe characters in echo");
      continue;
    }
    if (done) {
      // The error paths: only this run's additions may be deleted there.
      if (l == kNetshUndo) continue;
      return fail("unexpected line on an error path: " + l);
    }
    if (l == kNetshRemoveOld || l == kNetshRemoveAll) {
      if (step != 0 && step != 3) return fail("a rule's lines are incomplete");
      if (l == kNetshRemoveOld && seen_settings.size() != 6)
        return fail("earlier rules deleted before the profiles are set");
      removed = true;
      removes_all = l == kNetshRemoveAll;
      continue;
    }
    if (l == "netsh advfirewall firewall delete rule name=bulkhead >nul 2>&1" ||
        l == "netsh advfirewall firewall delete rule name=bulkhead-new >nul 2>&1") {
      if (!removed) return fail("earlier names deleted before the list");
      continue;
    }
    if (l == kNetshCommitList) {
      if (!removed) return fail("the list is replaced before the earlier rules are deleted");
      listed = true;
      continue;
    }
    // One rule: is it present, list it, mark it added when it is not, add its lines.
    if (auto n = netsh_quoted_name(l, "netsh advfirewall firewall show rule name=\"",
                                   "\" >nul 2>&1 && set \"BH_HAVE=1\" || set \"BH_HAVE=\"")) {
      if (removed || (step != 0 && step != 3)) return fail("a rule's lines are out of order");
      if (!names.insert(*n).second) return fail("two rules share the identity " + *n);
      current = *n;
      step = 1;
      continue;
    }
    if (l == ">>\"%BH%\\rules.new\" echo " + current && step == 1) {
      step = 2;
      continue;
    }
    if (l == "if not defined BH_HAVE >>\"%BH%\\rules.added\" echo " + current && step == 2) {
      step = 3;
      continue;
    }
    if (starts_with(l, add)) {
      if (step != 3) return fail("a rule is added before it is listed and marked");
      const std::string tail = " >nul || goto failed";
      if (!ends_with(l, tail)) return fail("add rule without error check");
      std::string why;
      auto r = netsh_rule(
          std::string_view(l).substr(add.size(), l.size() - add.size() - tail.size()), &why);
      if (!r) return fail(why);
      if (r->name != current) return fail("the rule's name is not its listed identity");
      fw.rules.push_back(std::move(*r));
      continue;
    }
    std::string setting = l;
    bool defaults_line = starts_with(l, kNetshDefaultsPrefix);
    if (defaults_line) setting = l.substr(std::string(kNetshDefaultsPrefix).size());
    if (starts_with(setting, set)) {
      if (defaults_line && !restore) return fail("defaults without a saved-settings restore");
      if (!defaults_line && removed)
        return fail("profiles set after the earlier rules are deleted");
      std::string rest = setting.substr(set.size());
      std::size_t redirect = rest.find(" >nul || goto ");
      if (redirect == std::string::npos) return fail("setting without error check");
      std::string label = rest.substr(redirect + 14);
      if (label != "failed" && label != "profiles_failed") return fail("bad error label");
      if (!netsh_setting(rest.substr(0, redirect), &fw, &seen_settings))
        return fail("bad or repeated setting: " + rest.substr(0, redirect));
      continue;
    }
    return fail("unrecognised line: " + l);
  }
  fail.line = static_cast<int>(lines.size());
  if (!done) return fail("no exit /b 0");
  if (seen_settings.size() != 6) return fail("the script does not set every profile setting");
  if (!removed) return fail("the script does not delete bulkhead's earlier rules");
  fw.removes_own_rules = true;
  if (restore) {
    if (!removes_all || !names.empty()) return fail("an uninstall script only restores");
    fw.restores_saved_profiles = true;
    return fw;
  }
  if (removes_all || !listed || !fw.saves_profiles)
    return fail("the script does not keep the list of its rules");
  fw.keeps_by_identity = true;
  return fw;
}

bool permits(const Firewall& fw, const Connection& c) {
  if (!fw.enabled) return true;
  return targets::windows::fw::permits(
      fw.rules, (c.dir == Dir::In ? fw.default_in : fw.default_out) == Act::Allow, c);
}

std::vector<Rule> builtin_rules() {
  std::vector<Rule> out;
  auto add = [&](const char* name, Dir dir, Proto proto, std::vector<PortRange> local_ports,
                 std::vector<PortRange> remote_ports = {}) {
    Rule r;
    r.name = name;
    r.dir = dir;
    r.action = Act::Allow;
    r.proto = proto;
    r.local_ports = std::move(local_ports);
    r.remote_ports = std::move(remote_ports);
    out.push_back(std::move(r));
    return &out.back();
  };
  auto icmp = [&](const char* name, Dir dir, Proto proto, std::vector<std::uint32_t> types) {
    Rule* r = add(name, dir, proto, {});
    for (std::uint32_t t : types) r->icmp_types.push_back(PortRange{t, t});
  };
  auto number = [&](const char* name, Dir dir, std::uint8_t n) {
    add(name, dir, Proto::Number, {})->protocol_number = n;
  };
  const Dir in = Dir::In, out_ = Dir::Out;
  const std::vector<PortRange> rpc_dynamic = {{49152, 65535}};
  // File and Printer Sharing.
  add("File and Printer Sharing (SMB-In)", in, Proto::Tcp, {{445, 445}});
  add("File and Printer Sharing (NB-Session-In)", in, Proto::Tcp, {{139, 139}});
  add("File and Printer Sharing (NB-Name-In)", in, Proto::Udp, {{137, 137}});
  add("File and Printer Sharing (NB-Datagram-In)", in, Proto::Udp, {{138, 138}});
  add("File and Printer Sharing (Spooler Service - RPC-EPMAP)", in, Proto::Tcp, {{135, 135}});
  add("File and Printer Sharing (Spooler Service - RPC)", in, Proto::Tcp, rpc_dynamic);
  icmp("File and Printer Sharing (Echo Request - ICMPv4-In)", in, Proto::Icmpv4, {8});
  icmp("File and Printer Sharing (Echo Request - ICMPv6-In)", in, Proto::Icmpv6, {128});
  add("File and Printer Sharing (SMB-Out)", out_, Proto::Tcp, {}, {{445, 445}});
  add("File and Printer Sharing (NB-Session-Out)", out_, Proto::Tcp, {}, {{139, 139}});
  add("File and Printer Sharing (NB-Name-Out)", out_, Proto::Udp, {}, {{137, 137}});
  add("File and Printer Sharing (NB-Datagram-Out)", out_, Proto::Udp, {}, {{138, 138}});
  icmp("File and Printer Sharing (Echo Request - ICMPv4-Out)", out_, Proto::Icmpv4, {8});
  icmp("File and Printer Sharing (Echo Request - ICMPv6-Out)", out_, Proto::Icmpv6, {128});
  // Remote Desktop and WinRM.
  add("Remote Desktop - User Mode (TCP-In)", in, Proto::Tcp, {{3389, 3389}});
  add("Remote Desktop - User Mode (UDP-In)", in, Proto::Udp, {{3389, 3389}});
  add("Windows Remote Management (HTTP-In)", in, Proto::Tcp, {{5985, 5985}});
  // Core Networking.
  add("Core Networking - DHCP (DHCP-In)", in, Proto::Udp, {{68, 68}}, {{67, 67}});
  add("Core Networking - DHCPv6 (DHCPV6-In)", in, Proto::Udp, {{546, 546}}, {{547, 547}});
  icmp("Core Networking - Destination Unreachable Fragmentation Needed (ICMPv4-In)", in,
       Proto::Icmpv4, {3});
  icmp("Core Networking - ICMPv6-In (errors, neighbour and router discovery, MLD)", in,
       Proto::Icmpv6, {1, 2, 3, 4, 130, 131, 132, 134, 135, 136, 143});
  number("Core Networking - Internet Group Management Protocol (IGMP-In)", in, 2);
  number("Core Networking - IPv6 (IPv6-In)", in, 41);
  add("Core Networking - DNS (UDP-Out)", out_, Proto::Udp, {}, {{53, 53}});
  add("Core Networking - DHCP (DHCP-Out)", out_, Proto::Udp, {{68, 68}}, {{67, 67}});
  add("Core Networking - DHCPv6 (DHCPV6-Out)", out_, Proto::Udp, {{546, 546}}, {{547, 547}});
  add("Core Networking - Group Policy (TCP-Out)", out_, Proto::Tcp, {});
  add("Core Networking - Group Policy (NP-Out)", out_, Proto::Tcp, {}, {{445, 445}});
  add("Core Networking - Teredo (UDP-Out)", out_, Proto::Udp, {});
  icmp("Core Networking - ICMPv6-Out (errors, neighbour and router discovery, MLD)", out_,
       Proto::Icmpv6, {1, 2, 3, 4, 130, 131, 132, 133, 135, 136, 143});
  number("Core Networking - Internet Group Management Protocol (IGMP-Out)", out_, 2);
  number("Core Networking - IPv6 (IPv6-Out)", out_, 41);
  // The AD DS role.
  add("Active Directory Domain Controller - LDAP (TCP-In)", in, Proto::Tcp, {{389, 389}});
  add("Active Directory Domain Controller - LDAP (UDP-In)", in, Proto::Udp, {{389, 389}});
  add("Active Directory Domain Controller - Secure LDAP (TCP-In)", in, Proto::Tcp, {{636, 636}});
  add("Active Directory Domain Controller - LDAP for Global Catalog (TCP-In)", in, Proto::Tcp,
      {{3268, 3269}});
  add("Kerberos Key Distribution Center (TCP-In)", in, Proto::Tcp, {{88, 88}});
  add("Kerberos Key Distribution Center (UDP-In)", in, Proto::Udp, {{88, 88}});
  add("Kerberos Key Distribution Center - PCR (TCP-In)", in, Proto::Tcp, {{464, 464}});
  add("Kerberos Key Distribution Center - PCR (UDP-In)", in, Proto::Udp, {{464, 464}});
  add("Active Directory Domain Controller (RPC-EPMAP)", in, Proto::Tcp, {{135, 135}});
  add("Active Directory Domain Controller (RPC)", in, Proto::Tcp, rpc_dynamic);
  add("Active Directory Domain Controller - W32Time (NTP-UDP-In)", in, Proto::Udp, {{123, 123}});
  add("DNS (TCP, Incoming)", in, Proto::Tcp, {{53, 53}});
  add("DNS (UDP, Incoming)", in, Proto::Udp, {{53, 53}});
  add("Active Directory Web Services (TCP-In)", in, Proto::Tcp, {{9389, 9389}});
  add("Active Directory Domain Controller (TCP-Out)", out_, Proto::Tcp, {});
  add("Active Directory Domain Controller (UDP-Out)", out_, Proto::Udp, {});
  // Delivery Optimization.
  add("Delivery Optimization (TCP-In)", in, Proto::Tcp, {{7680, 7680}});
  add("Delivery Optimization (UDP-In)", in, Proto::Udp, {{7680, 7680}});
  return out;
}

Machine typical_machine(std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  Machine m;
  m.rules = builtin_rules();
  if (rng() % 2 == 0) {
    for (Dir dir : {Dir::In, Dir::Out}) {
      Rule r;
      r.name = "Third-party agent (Allow Any)";
      r.dir = dir;
      r.action = Act::Allow;
      r.proto = Proto::Any;
      m.rules.push_back(std::move(r));
    }
  }
  const int installers = static_cast<int>(rng() % 4);
  for (int i = 0; i < installers; ++i) {
    Rule r;
    r.name = "Installer rule " + std::to_string(i) + " (any port)";
    r.dir = rng() % 2 ? Dir::In : Dir::Out;
    r.action = Act::Allow;
    r.proto = rng() % 2 ? Proto::Tcp : Proto::Udp;
    m.rules.push_back(std::move(r));
  }
  return m;
}

Applied apply(const Firewall& script, const Machine& m) {
  Applied a;
  a.effective = script;
  if (!m.local_rules_allowed) {
    // Windows keeps only the GPO's rules; a script that checks for this throws.
    a.effective.rules.clear();
    a.failed_loudly = script.checks_local_rules;
  }
  a.effective.rules.insert(a.effective.rules.end(), m.rules.begin(), m.rules.end());
  return a;
}

}  // namespace bulkhead::testing::win
