// The built-in catalog. The first nine services are the rows of the seed table
// ("Recommended Inbound Connections to Block with Endpoint Firewall"), with its ports,
// ATT&CK techniques and logging choices; the rest are the spec's common services.
#include "policy/catalog.h"

#include <charconv>

#include <fmt/format.h>

namespace bulkhead::policy {
namespace {

Service svc(std::string name, std::vector<PortRange> ports, std::vector<std::string> attack,
            bool log, bool high_volume, std::string description) {
  Service s;
  s.name = std::move(name);
  s.ports = std::move(ports);
  s.attack = std::move(attack);
  s.log = log;
  s.high_volume = high_volume;
  s.description = std::move(description);
  s.builtin = true;
  s.loc = SourceLoc{"<builtin>", 0, 0};
  return s;
}

PortRange tcp(std::uint16_t lo, std::uint16_t hi) {
  return {Proto::Tcp, lo, hi};
}
PortRange tcp(std::uint16_t p) {
  return tcp(p, p);
}
PortRange udp(std::uint16_t lo, std::uint16_t hi) {
  return {Proto::Udp, lo, hi};
}
PortRange udp(std::uint16_t p) {
  return udp(p, p);
}

}  // namespace

const std::vector<Service>& builtin_services() {
  // High-volume: the seed says not to log them; these are the rows logged "No" that
  // carry bulk traffic (file sharing, name service broadcasts, dynamic RPC).
  static const std::vector<Service> kServices = {
      svc("smb", {tcp(445)}, {"T1021.002", "T1486"}, false, true,
          "SMB (Direct Hosting): file sharing, named pipes, IPC"),
      svc("netbios-ns", {udp(137)}, {"T1557"}, false, true,
          "NetBIOS Name Service: legacy broadcast name resolution"),
      svc("netbios-dgm", {udp(138)}, {"T1557"}, false, true,
          "NetBIOS Datagram Service: legacy broadcast/multicast messaging"),
      svc("netbios-ssn", {tcp(139)}, {"T1021.002"}, false, true,
          "NetBIOS Session Service: legacy SMB over NetBIOS"),
      svc("rpc-epmap", {tcp(135)}, {"T1021.003", "T1047"}, true, false,
          "RPC Endpoint Mapper: RPC service discovery"),
      svc("rpc-dynamic", {tcp(49152, 65535), udp(49152, 65535)}, {"T1021.003", "T1047"}, false,
          true, "RPC Dynamic Ports: ephemeral RPC communication ports"),
      svc("rdp", {tcp(3389), udp(3389)}, {"T1021.001"}, true, false,
          "Remote Desktop Protocol: interactive remote login"),
      svc("winrm-http", {tcp(5985)}, {"T1021.006", "T1059.001"}, true, false,
          "WinRM (HTTP): remote management / PowerShell remoting"),
      svc("winrm-https", {tcp(5986)}, {"T1021.006", "T1059.001"}, true, false,
          "WinRM (HTTPS): encrypted remote management"),
      svc("ssh", {tcp(22)}, {"T1021.004"}, true, false, "Secure Shell"),
      svc("http", {tcp(80)}, {}, false, true, "HTTP"),
      svc("https", {tcp(443)}, {}, false, true, "HTTPS"),
      svc("dns", {tcp(53), udp(53)}, {}, false, true, "Domain Name System"),
      svc("ntp", {udp(123)}, {}, false, true, "Network Time Protocol"),
      svc("kerberos", {tcp(88), udp(88)}, {}, false, true, "Kerberos authentication"),
      svc("ldap", {tcp(389), udp(389)}, {}, false, true, "LDAP directory"),
      svc("ldaps", {tcp(636)}, {}, false, true, "LDAP over TLS"),
      svc("global-catalog", {tcp(3268, 3269)}, {}, false, true, "Active Directory global catalog"),
      svc("snmp", {udp(161, 162)}, {"T1602"}, false, false, "SNMP and SNMP traps"),
      svc("smtp", {tcp(25)}, {}, false, false, "SMTP mail transfer"),
      svc("submission", {tcp(587)}, {}, false, false, "Mail submission"),
      svc("imaps", {tcp(993)}, {}, false, false, "IMAP over TLS"),
      svc("syslog", {udp(514)}, {}, false, true, "Syslog"),
      svc("mssql", {tcp(1433)}, {}, false, false, "Microsoft SQL Server"),
      svc("mysql", {tcp(3306)}, {}, false, false, "MySQL"),
      svc("postgres", {tcp(5432)}, {}, false, false, "PostgreSQL"),
      svc("printer", {tcp(9100), tcp(631)}, {}, false, false, "Raw printing and IPP"),
      svc("vnc", {tcp(5900, 5903)}, {"T1021.005"}, true, false, "VNC remote desktop"),
      svc("telnet", {tcp(23)}, {}, false, false, "Telnet"),
  };
  return kServices;
}

const std::vector<ServiceGroup>& builtin_groups() {
  static const std::vector<ServiceGroup> kGroups = {
      {"lateral-movement",
       {"smb", "netbios-ns", "netbios-dgm", "netbios-ssn", "rpc-epmap", "rpc-dynamic", "rdp",
        "winrm-http", "winrm-https"},
       "the nine services of the seed table"},
      {"netbios", {"netbios-ns", "netbios-dgm", "netbios-ssn"}, "NetBIOS name, datagram, session"},
      {"rpc", {"rpc-epmap", "rpc-dynamic"}, "RPC endpoint mapper and dynamic ports"},
      {"winrm", {"winrm-http", "winrm-https"}, "WinRM over HTTP and HTTPS"},
  };
  return kGroups;
}

const ServiceGroup* find_group(std::string_view name) {
  for (const ServiceGroup& g : builtin_groups())
    if (g.name == name) return &g;
  return nullptr;
}

const std::vector<Baseline>& builtin_baselines() {
  static const std::vector<Baseline> kBaselines = [] {
    Baseline lm;
    lm.name = "lateral-movement";
    lm.description =
        "deny inbound SMB, NetBIOS, RPC, RDP and WinRM to every inventory host; "
        "file servers keep SMB and NetBIOS session";
    for (const std::string& s : find_group("lateral-movement")->members) {
      lm.rows.push_back({s, Action::Deny, s == "smb" || s == "netbios-ssn"});
    }
    return std::vector<Baseline>{lm};
  }();
  return kBaselines;
}

const Baseline* find_baseline(std::string_view name) {
  for (const Baseline& b : builtin_baselines())
    if (b.name == name) return &b;
  return nullptr;
}

std::vector<Rule> expand_baseline(const Baseline& b, const std::vector<Service>& catalog,
                                  const SourceLoc& loc) {
  std::vector<Rule> out;
  for (const BaselineRow& row : b.rows) {
    const Service* s = nullptr;
    for (const Service& c : catalog)
      if (c.name == row.service) s = &c;
    if (s == nullptr) continue;
    Rule r;
    r.name = b.name + "/" + row.service;
    r.action = row.action;
    r.origin = {b.name, row.service};
    r.loc = loc;
    r.description = s->description;
    SelectorTerm any;
    any.kind = SelectorTerm::Kind::Any;
    any.loc = loc;
    r.from = Selector{{any}, loc, "any"};
    SelectorTerm to;
    to.loc = loc;
    if (row.to_non_file_servers) {
      to.kind = SelectorTerm::Kind::Map;
      to.labels.push_back(LabelCond{"role", {"file-server"}, true, loc});
      r.to = Selector{{to}, loc, "{role: \"!file-server\"}"};
    } else {
      to.kind = SelectorTerm::Kind::Hosts;
      r.to = Selector{{to}, loc, "hosts"};
    }
    r.services.push_back(ServiceRef{s->name, {s->name}, s->keys(), loc});
    r.log = LogMode::Auto;
    out.push_back(std::move(r));
  }
  return out;
}

namespace {

bool parse_port(std::string_view text, std::uint32_t* out) {
  if (text.empty() || text.size() > 5) return false;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), *out);
  return ec == std::errc() && ptr == text.data() + text.size();
}

}  // namespace

std::optional<ServiceSet> parse_inline_service(std::string_view text, std::string* why) {
  if (text == "any") return all_services();
  if (text == "icmp") return whole_proto(Proto::Icmp);
  auto slash = text.find('/');
  if (slash == std::string_view::npos) {
    *why = fmt::format("unknown service '{}'", text);
    return std::nullopt;
  }
  std::string_view proto_text = text.substr(0, slash);
  std::optional<Proto> proto;
  if (proto_text == "tcp") proto = Proto::Tcp;
  if (proto_text == "udp") proto = Proto::Udp;
  if (!proto) {
    *why = fmt::format("bad protocol '{}' in '{}': expected tcp or udp (or the services icmp, any)",
                       proto_text, text);
    return std::nullopt;
  }
  std::string_view ports = text.substr(slash + 1);
  auto dash = ports.find('-');
  std::string_view lo_text = ports.substr(0, dash);
  std::string_view hi_text = dash == std::string_view::npos ? lo_text : ports.substr(dash + 1);
  std::uint32_t lo = 0, hi = 0;
  if (!parse_port(lo_text, &lo) || !parse_port(hi_text, &hi)) {
    *why = fmt::format("bad port '{}' in '{}': expected a number 0-65535 or a range LO-HI", ports,
                       text);
    return std::nullopt;
  }
  if (lo > 65535 || hi > 65535) {
    *why = fmt::format("port {} outside 0-65535 in '{}'", lo > 65535 ? lo : hi, text);
    return std::nullopt;
  }
  if (lo > hi) {
    *why = fmt::format("reversed port range {}-{} in '{}'", lo, hi, text);
    return std::nullopt;
  }
  return ServiceSet::range(service_key(*proto, lo), service_key(*proto, hi));
}

}  // namespace bulkhead::policy

namespace bulkhead::policy {

std::optional<std::vector<NamedService>> resolve_service_names(const Model& m,
                                                               std::string_view text,
                                                               std::string* why) {
  std::vector<NamedService> out;
  if (const Service* s = m.find_service(text)) {
    out.push_back({s->name, s->keys(), s});
    return out;
  }
  if (const ServiceGroup* g = find_group(text)) {
    for (const std::string& member : g->members) {
      const Service* s = m.find_service(member);
      if (s != nullptr) out.push_back({s->name, s->keys(), s});
    }
    return out;
  }
  std::string inline_why;
  if (auto keys = parse_inline_service(text, &inline_why)) {
    out.push_back({std::string(text), *keys, nullptr});
    return out;
  }
  *why = inline_why;
  return std::nullopt;
}

}  // namespace bulkhead::policy
