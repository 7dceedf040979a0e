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

bool in_ports(const std::vector<PortRange>& ports, std::uint32_t p) {
  if (ports.empty()) return true;
  for (const PortRange& r : ports)
    if (p >= r.lo && p <= r.hi) return true;
  return false;
}

bool in_addrs(const std::vector<AddrRange>& addrs, const Addr& a) {
  if (addrs.empty()) return true;
  for (const AddrRange& r : addrs)
    if (r.family == a.family && a.value >= r.lo && a.value <= r.hi) return true;
  return false;
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

std::optional<Rule> ps_rule(std::string_view args, std::string* why) {
  auto params = ps_params(args, why);
  if (!params) return std::nullopt;
  Rule r;
  std::set<std::string> seen;
  std::vector<std::string> local_ports, remote_ports;
  for (const auto& [name, v] : *params) {
    seen.insert(name);
    if (name == "Group") {
      if (single_quoted(v) != "bulkhead") {
        *why = "-Group must be 'bulkhead'";
        return std::nullopt;
      }
    } else if (name == "DisplayName") {
      auto s = single_quoted(v);
      if (!s) return *why = "-DisplayName must be one quoted string", std::nullopt;
      r.name = *s;
    } else if (name == "Description") {
      auto s = single_quoted(v);
      if (!s) return *why = "-Description must be one quoted string", std::nullopt;
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
  for (const char* req : {"Group", "DisplayName", "Direction", "Action", "Protocol", "Profile"}) {
    if (!seen.count(req)) {
      *why = std::string("missing -") + req;
      return std::nullopt;
    }
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

const std::set<std::string>& ps_frame_lines() {
  static const std::set<std::string> k = {
      "[CmdletBinding(SupportsShouldProcess)]",
      "param()",
      "$ErrorActionPreference = 'Stop'",
      "Import-Module NetSecurity",
      "$oldNames = @($old | ForEach-Object { $_.Name })",
      "throw",
      "}",
      "Get-NetFirewallRule -Group 'bulkhead' -ErrorAction SilentlyContinue | Where-Object { "
      "$oldNames -notcontains $_.Name } | Remove-NetFirewallRule",
      "if ($old.Count -gt 0 -and $PSCmdlet.ShouldProcess(\"$($old.Count) rules of an earlier "
      "bulkhead run\", 'Remove-NetFirewallRule')) {",
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
      "$active = @(Get-NetFirewallRule -PolicyStore ActiveStore -Group 'bulkhead' -ErrorAction "
      "SilentlyContinue).Count",
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
    "$old = @(Get-NetFirewallRule -Group 'bulkhead' -ErrorAction SilentlyContinue) + "
    "@(Get-NetFirewallRule -DisplayName 'bulkhead', 'bulkhead-new' -ErrorAction "
    "SilentlyContinue)";
const char* kPsProfileGate =
    "if ($PSCmdlet.ShouldProcess('profiles Domain, Private, Public', 'Set-NetFirewallProfile')) {";
const char* kPsRemoveOld = "$old | Remove-NetFirewallRule";

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

}  // namespace

std::optional<Firewall> parse_powershell(std::string_view script, std::string* error) {
  std::vector<std::string> lines = split_lines(script);
  Firewall fw;
  Fail fail{error};
  bool collected = false, in_try = false, after_try = false, profiles = false, removed = false,
       in_check = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    fail.line = static_cast<int>(i + 1);
    std::string raw = lines[i];
    if (raw.find('\r') != std::string::npos) return fail("carriage return");
    for (unsigned char c : raw)
      if (c < 0x20 || c > 0x7e) return fail("non-ASCII or control character");
    std::string l = trim(raw);
    if (l.empty() || l[0] == '#') continue;
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
      if (!collected || in_try) return fail("old rules removed before the new ones exist");
      removed = true;
      continue;
    }
    if (l == kPsProfileGate) {
      if (i + 2 >= lines.size() || trim(lines[i + 2]) != "}") return fail("bad profile block");
      std::string body = trim(lines[i + 1]);
      const std::string cmd = "Set-NetFirewallProfile";
      if (!starts_with(body, cmd)) return fail("expected Set-NetFirewallProfile");
      std::string why;
      fail.line = static_cast<int>(i + 2);
      if (!ps_profile(std::string_view(body).substr(cmd.size()), &fw, &why)) return fail(why);
      profiles = true;
      i += 2;
      continue;
    }
    const std::string gate = "if ($PSCmdlet.ShouldProcess(";
    const std::string gate_end = ", 'New-NetFirewallRule')) {";
    if (starts_with(l, gate) && ends_with(l, gate_end)) {
      if (!in_try) return fail("rule outside the try block");
      std::size_t pos = gate.size();
      auto target = ps_string(l, pos);
      if (!target || pos != l.size() - gate_end.size()) return fail("bad ShouldProcess target");
      if (i + 2 >= lines.size() || trim(lines[i + 2]) != "}") return fail("bad rule block");
      std::string body = trim(lines[i + 1]);
      const std::string cmd = "$null = New-NetFirewallRule";
      fail.line = static_cast<int>(i + 2);
      if (!starts_with(body, cmd)) return fail("expected New-NetFirewallRule");
      std::string why;
      auto r = ps_rule(std::string_view(body).substr(cmd.size()), &why);
      if (!r) return fail(why);
      if (r->name != *target) return fail("ShouldProcess target differs from -DisplayName");
      fw.rules.push_back(std::move(*r));
      i += 2;
      continue;
    }
    if (l == kPsCheckGate) {
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
    if (ps_frame_lines().count(l)) continue;
    return fail("unrecognised line: " + l);
  }
  fail.line = static_cast<int>(lines.size());
  if (!profiles) return fail("the script never sets the profiles");
  if (!collected || !removed) return fail("the script does not replace bulkhead's earlier rules");
  fw.removes_own_rules = true;
  return fw;
}

std::optional<Firewall> parse_netsh(std::string_view script, std::string* error) {
  std::vector<std::string> lines = split_lines(script);
  Firewall fw;
  Fail fail{error};
  std::set<std::string> seen_settings;
  std::vector<Rule> state;  // rules as they stand while the script runs
  bool done = false, removed = false;
  if (lines.empty() || lines[0] != "@echo off") return fail("first line must be @echo off");
  const std::string add = "netsh advfirewall firewall add rule ";
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
    if (l == "setlocal" || l == ":failed" || l == ":rename_failed" || l == ":profiles_failed" ||
        l == ":profile_off" || l == ":profile_overridden" || l == ":local_rules_off" ||
        l == "exit /b 1")
      continue;
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
      // The error paths: only the staged rules may be deleted there.
      if (l == "netsh advfirewall firewall delete rule name=bulkhead-new >nul 2>&1") continue;
      return fail("unexpected line on an error path: " + l);
    }
    if (l == "netsh advfirewall firewall delete rule name=bulkhead-new >nul 2>&1" ||
        l == "netsh advfirewall firewall delete rule name=bulkhead >nul 2>&1") {
      std::string name = l.find("bulkhead-new") != std::string::npos ? "bulkhead-new" : "bulkhead";
      std::erase_if(state, [&](const Rule& r) { return r.name == name; });
      if (name == "bulkhead") removed = true;
      continue;
    }
    if (l ==
        "netsh advfirewall firewall set rule name=bulkhead-new new name=bulkhead >nul || goto "
        "rename_failed") {
      for (Rule& r : state)
        if (r.name == "bulkhead-new") r.name = "bulkhead";
      continue;
    }
    if (starts_with(l, add)) {
      const std::string tail = " >nul || goto failed";
      if (!ends_with(l, tail)) return fail("add rule without error check");
      std::string why;
      auto r = netsh_rule(
          std::string_view(l).substr(add.size(), l.size() - add.size() - tail.size()), &why);
      if (!r) return fail(why);
      if (r->name != "bulkhead-new") return fail("rules must be staged as bulkhead-new");
      state.push_back(std::move(*r));
      continue;
    }
    if (starts_with(l, set)) {
      std::string rest = l.substr(set.size());
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
  for (const Rule& r : state)
    if (r.name != "bulkhead") return fail("staged rules were never renamed");
  fw.rules = std::move(state);
  fw.removes_own_rules = true;
  return fw;
}

bool matches(const Rule& r, const Connection& c) {
  if (r.dir != c.dir) return false;
  switch (r.proto) {
    case Proto::Tcp:
      if (c.proto != bulkhead::Proto::Tcp) return false;
      break;
    case Proto::Udp:
      if (c.proto != bulkhead::Proto::Udp) return false;
      break;
    case Proto::Icmpv4:  // IP protocol 1, IPv4 only
      if (c.proto != bulkhead::Proto::Icmp || c.local.family != Family::V4) return false;
      break;
    case Proto::Icmpv6:  // IP protocol 58, IPv6 only
      if (c.proto != bulkhead::Proto::Icmpv6 || c.local.family != Family::V6) return false;
      break;
    case Proto::Any:
      break;
    case Proto::Number: {
      std::uint8_t n = c.proto == bulkhead::Proto::Tcp      ? 6
                       : c.proto == bulkhead::Proto::Udp    ? 17
                       : c.proto == bulkhead::Proto::Icmp   ? 1
                       : c.proto == bulkhead::Proto::Icmpv6 ? 58
                                                            : c.ip_protocol;
      if (n != r.protocol_number) return false;
      break;
    }
  }
  if (r.proto == Proto::Tcp || r.proto == Proto::Udp) {
    if (!in_ports(r.local_ports, c.local_port) || !in_ports(r.remote_ports, c.remote_port))
      return false;
  }
  if (r.proto == Proto::Icmpv4 || r.proto == Proto::Icmpv6) {
    if (!in_ports(r.icmp_types, c.icmp_type)) return false;
  }
  return in_addrs(r.local, c.local) && in_addrs(r.remote, c.remote);
}

bool permits(const Firewall& fw, const Connection& c) {
  if (!fw.enabled) return true;
  bool allowed = false;
  for (const Rule& r : fw.rules) {
    if (!matches(r, c)) continue;
    if (r.action == Act::Block) return false;
    allowed = true;
  }
  if (allowed) return true;
  return (c.dir == Dir::In ? fw.default_in : fw.default_out) == Act::Allow;
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
