// The built-in catalog. The first nine services are the rows of the seed table
// ("Recommended Inbound Connections to Block with Endpoint Firewall"), with its ports,
// ATT&CK techniques and logging choices; the rest are the spec's common services.
#include "policy/catalog.h"

#include <charconv>

#include <fmt/format.h>

#include "base/assert.h"

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
      BaselineRow row;
      row.row = s;
      row.service = s;
      row.action = Action::Deny;
      row.from = RowSide::Any;
      row.to = s == "smb" || s == "netbios-ssn" ? RowSide::NonFileServers : RowSide::Hosts;
      lm.rows.push_back(std::move(row));
    }

    // What a host needs to stay on the network when its defaults are deny: the link-scope
    // control traffic that stateful tracking cannot recognise as a reply. Rows marked
    // per_zone are expanded once per zone (and `internet`), from and to that zone only, so
    // they never open a path across a zone boundary. ICMP and ICMPv6 errors (destination
    // unreachable, packet too big, time exceeded, parameter problem) need no row: every
    // bulkhead chain accepts them as `related` to the connection they report on (RFC 4890
    // 4.3.1 and 4.4.1 ask that errors for existing sessions pass). Echo request/reply are
    // left to the policy (a ping sweep is reconnaissance), as is Redirect (137, RFC 4890
    // 4.4.4: a policy choice). Every row is an `allow`, so only an override-deny takes it
    // away.
    Baseline he;
    he.name = "host-essentials";
    he.description =
        "keep every host on the network under a deny default: IPv6 neighbour discovery and "
        "MLD, DHCP and DHCPv6 client traffic, on the host's own link";
    auto add = [&](std::string row, std::vector<std::string> services, RowSide from,
                   std::vector<std::string> from_cidrs, RowSide to,
                   std::vector<std::string> to_cidrs, bool per_zone, std::string why) {
      BaselineRow r;
      r.row = std::move(row);
      r.inline_services = std::move(services);
      r.action = Action::Allow;
      r.from = from;
      r.to = to;
      r.from_cidrs = std::move(from_cidrs);
      r.to_cidrs = std::move(to_cidrs);
      r.per_zone = per_zone;
      r.description = std::move(why);
      he.rows.push_back(std::move(r));
    };
    add("icmpv6-nd", {"icmpv6/133-136", "icmpv6/141-142", "icmpv6/148-149"}, RowSide::Zone,
        {"fe80::/10", "::/128"}, RowSide::Zone, {"fe80::/10", "ff02::/16"}, true,
        "router and neighbour solicitation and advertisement (address resolution, SLAAC, "
        "duplicate address detection from ::), inverse ND and SEND (RFC 4861, RFC 4890 "
        "4.4.1); receivers discard them unless their hop limit is 255, so they never cross "
        "a router");
    add("icmpv6-mld", {"icmpv6/130-132", "icmpv6/143", "icmpv6/151-153"}, RowSide::Zone,
        {"fe80::/10", "::/128"}, RowSide::Zone, {"fe80::/10", "ff02::/16"}, true,
        "MLDv1/MLDv2 query, report and done, multicast router discovery: without them a "
        "switch with MLD snooping drops the host from its groups (solicited-node, "
        "all-nodes) and neighbour discovery fails (RFC 4890 4.4.1)");
    add("dhcp-request", {"udp/67"}, RowSide::Zone, {}, RowSide::Zone, {"255.255.255.255/32"}, true,
        "DHCPDISCOVER, DHCPREQUEST and rebinding (broadcast, from 0.0.0.0 or the host) and "
        "renewals unicast to a server or relay of the host's zone");
    add("dhcp-reply", {"udp/68"}, RowSide::Zone, {}, RowSide::Zone, {}, true,
        "DHCPOFFER and DHCPACK from a server or relay of the host's zone (broadcast, or "
        "unicast to the offered address before the host has it)");
    add("dhcpv6-request", {"udp/547"}, RowSide::Hosts, {}, RowSide::None, {"ff02::1:2/128"}, false,
        "SOLICIT, REQUEST, RENEW and REBIND to All_DHCP_Relay_Agents_and_Servers (RFC 8415)");
    add("dhcpv6-reply", {"udp/546"}, RowSide::None, {"fe80::/10"}, RowSide::Hosts, {}, false,
        "ADVERTISE and REPLY from the server's or relay's link-local address (RFC 8415); "
        "they answer a multicast solicit, so conntrack never matches them");
    return std::vector<Baseline>{lm, he};
  }();
  return kBaselines;
}

const Baseline* find_baseline(std::string_view name) {
  for (const Baseline& b : builtin_baselines())
    if (b.name == name) return &b;
  return nullptr;
}

namespace {

SelectorTerm cidr_term(const std::vector<std::string>& cidrs, const SourceLoc& loc,
                       std::string* text) {
  SelectorTerm t;
  t.loc = loc;
  t.kind = SelectorTerm::Kind::Map;
  std::string list;
  for (const std::string& c : cidrs) {
    PrefixError err;
    std::optional<Prefix> p = parse_prefix(c, &err);
    BH_ASSERT(p.has_value(), "built-in baseline CIDRs parse");
    t.cidrs.push_back(*p);
    list += (list.empty() ? "" : ", ") + fmt::format("\"{}\"", c);
  }
  *text = cidrs.size() == 1 ? "{cidr: " + list + "}" : "{cidr: [" + list + "]}";
  return t;
}

/// One side of a row: its kind (for Zone, `zone` or `internet` when null) OR its cidrs.
Selector side_selector(RowSide side, const std::vector<std::string>& cidrs, const Zone* zone,
                       const SourceLoc& loc) {
  Selector s;
  s.loc = loc;
  std::vector<std::string> texts;
  SelectorTerm t;
  t.loc = loc;
  switch (side) {
    case RowSide::Any:
      t.kind = SelectorTerm::Kind::Any;
      texts.emplace_back("any");
      break;
    case RowSide::Hosts:
      t.kind = SelectorTerm::Kind::Hosts;
      texts.emplace_back("hosts");
      break;
    case RowSide::NonFileServers:
      t.kind = SelectorTerm::Kind::Map;
      t.labels.push_back(LabelCond{"role", {"file-server"}, true, loc});
      texts.emplace_back("{role: \"!file-server\"}");
      break;
    case RowSide::Zone:
      if (zone == nullptr) {
        t.kind = SelectorTerm::Kind::Internet;
        texts.emplace_back("internet");
      } else {
        t.kind = SelectorTerm::Kind::Map;
        t.zones = {zone->name};
        texts.push_back("{zone: " + zone->name + "}");
      }
      break;
    case RowSide::None:
      break;
  }
  if (side != RowSide::None) s.any_of.push_back(t);
  if (!cidrs.empty()) {
    std::string text;
    s.any_of.push_back(cidr_term(cidrs, loc, &text));
    texts.push_back(text);
  }
  if (texts.size() == 1) {
    s.text = texts.front();
  } else {
    s.text = "[";
    for (std::size_t i = 0; i < texts.size(); ++i) s.text += (i ? ", " : "") + texts[i];
    s.text += "]";
  }
  return s;
}

}  // namespace

std::vector<Rule> expand_baseline(const Baseline& b, const std::vector<Service>& catalog,
                                  const std::vector<Zone>& zones, const SourceLoc& loc) {
  std::vector<Rule> out;
  for (const BaselineRow& row : b.rows) {
    Rule r;
    r.action = row.action;
    r.loc = loc;
    r.log = LogMode::Auto;
    if (!row.service.empty()) {
      const Service* s = nullptr;
      for (const Service& c : catalog)
        if (c.name == row.service) s = &c;
      if (s == nullptr) continue;
      r.description = s->description;
      r.services.push_back(ServiceRef{s->name, {s->name}, s->keys(), loc});
    } else {
      r.description = row.description;
      for (const std::string& text : row.inline_services) {
        std::string why;
        std::optional<ServiceSet> keys = parse_inline_service(text, &why);
        BH_ASSERT(keys.has_value(), "built-in baseline services parse");
        r.services.push_back(ServiceRef{text, {}, *keys, loc});
      }
    }
    // One rule per zone for link-scope rows (`internet` last, for hosts in no zone).
    std::vector<const Zone*> scopes{nullptr};
    if (row.per_zone) {
      scopes.clear();
      for (const Zone& z : zones) scopes.push_back(&z);
      scopes.push_back(nullptr);
    }
    for (const Zone* z : scopes) {
      Rule each = r;
      each.name = b.name + "/" + row.row;
      if (row.per_zone) each.name += "@" + (z != nullptr ? z->name : std::string("internet"));
      each.origin = {b.name, row.row};
      each.from = side_selector(row.from, row.from_cidrs, z, loc);
      each.to = side_selector(row.to, row.to_cidrs, z, loc);
      out.push_back(std::move(each));
    }
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
  if (text == "icmp") return all_icmp();
  if (text == "icmpv6") return whole_proto(Proto::Icmpv6);
  auto slash = text.find('/');
  if (slash == std::string_view::npos) {
    *why = fmt::format("unknown service '{}'", text);
    return std::nullopt;
  }
  std::string_view proto_text = text.substr(0, slash);
  std::optional<Proto> proto;
  if (proto_text == "tcp") proto = Proto::Tcp;
  if (proto_text == "udp") proto = Proto::Udp;
  if (proto_text == "icmp") proto = Proto::Icmp;
  if (proto_text == "icmpv6") proto = Proto::Icmpv6;
  if (!proto) {
    *why = fmt::format(
        "bad protocol '{}' in '{}': expected tcp, udp, icmp or icmpv6 (or the service any)",
        proto_text, text);
    return std::nullopt;
  }
  const bool icmp = *proto == Proto::Icmp || *proto == Proto::Icmpv6;
  std::string_view ports = text.substr(slash + 1);
  auto dash = ports.find('-');
  std::string_view lo_text = ports.substr(0, dash);
  std::string_view hi_text = dash == std::string_view::npos ? lo_text : ports.substr(dash + 1);
  std::uint32_t lo = 0, hi = 0;
  const std::uint32_t last = proto_last(*proto);
  if (!parse_port(lo_text, &lo) || !parse_port(hi_text, &hi)) {
    *why = icmp ? fmt::format(
                      "bad ICMP type '{}' in '{}': expected a number 0-255 or a range "
                      "LO-HI",
                      ports, text)
                : fmt::format("bad port '{}' in '{}': expected a number 0-65535 or a range LO-HI",
                              ports, text);
    return std::nullopt;
  }
  if (lo > last || hi > last) {
    *why = fmt::format("{} {} outside 0-{} in '{}'", icmp ? "ICMP type" : "port",
                       lo > last ? lo : hi, last, text);
    return std::nullopt;
  }
  if (lo > hi) {
    *why = fmt::format("reversed {} range {}-{} in '{}'", icmp ? "type" : "port", lo, hi, text);
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
