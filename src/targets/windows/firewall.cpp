// Windows' rule semantics (block beats allow beats the default) and the conservative
// reading of what a connection alone does not show (see firewall.h).
#include "targets/windows/firewall.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "base/assert.h"

namespace bulkhead::targets::windows::fw {
namespace {

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

bool same_word(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

struct AddrKeywordName {
  AddrKeyword k;
  std::string_view name;
};
// Windows' spellings; LocalSubnet4/6 and the hyphenless forms are accepted as aliases.
constexpr AddrKeywordName kAddrKeywords[] = {
    {AddrKeyword::LocalSubnet, "LocalSubnet"},
    {AddrKeyword::LocalSubnet, "LocalSubnet4"},
    {AddrKeyword::LocalSubnet, "LocalSubnet6"},
    {AddrKeyword::Dns, "DNS"},
    {AddrKeyword::Dhcp, "DHCP"},
    {AddrKeyword::Wins, "WINS"},
    {AddrKeyword::DefaultGateway, "DefaultGateway"},
    {AddrKeyword::Internet, "Internet"},
    {AddrKeyword::Intranet, "Intranet"},
    {AddrKeyword::IntranetRemoteAccess, "IntranetRemoteAccess"},
    {AddrKeyword::RemoteCorpNetwork, "RemoteCorpNetwork"},
    {AddrKeyword::PlayToDevice, "PlayToDevice"},
    {AddrKeyword::PlayToDevice, "PlayToRenderers"},
    {AddrKeyword::CaptivePortal, "CaptivePortal"},
};

struct PortKeywordName {
  PortKeyword k;
  std::string_view name;
};
constexpr PortKeywordName kPortKeywords[] = {
    {PortKeyword::Rpc, "RPC"},
    {PortKeyword::RpcEpmap, "RPCEPMap"},
    {PortKeyword::RpcEpmap, "RPC-EPMap"},
    {PortKeyword::IphttpsIn, "IPHTTPSIn"},
    {PortKeyword::IphttpsIn, "IPHTTPS"},
    {PortKeyword::IphttpsOut, "IPHTTPSOut"},
    {PortKeyword::Teredo, "Teredo"},
    {PortKeyword::PlayToDiscovery, "PlayToDiscovery"},
    {PortKeyword::PlayToDiscovery, "Ply2Disc"},
    {PortKeyword::Mdns, "mDNS"},
};

/// Up to three entries of a list, then "(+N more)".
template <typename T, typename F>
std::string short_list(const std::vector<T>& items, F text) {
  std::string out;
  for (std::size_t i = 0; i < items.size() && i < 3; ++i) out += (i ? ", " : "") + text(items[i]);
  if (items.size() > 3) out += fmt::format(" (+{} more)", items.size() - 3);
  return out;
}

std::string port_text(const PortRange& p) {
  return p.lo == p.hi ? fmt::format("{}", p.lo) : fmt::format("{}-{}", p.lo, p.hi);
}

}  // namespace

std::string profiles_text(std::uint8_t profiles) {
  if ((profiles & kAnyProfile) == kAnyProfile) return "Any";
  std::string out;
  for (int i = 0; i < 3; ++i)
    if (profiles & (1u << i)) out += (out.empty() ? "" : ", ") + std::string(kProfileNames[i]);
  return out.empty() ? "none" : out;
}

std::string_view source_name(Source s) {
  switch (s) {
    case Source::Local:
      return "Local";
    case Source::GroupPolicy:
      return "GroupPolicy";
    case Source::Mdm:
      return "MDM";
    case Source::Dynamic:
      return "Dynamic";
    case Source::Generated:
      return "Generated";
    case Source::Hardcoded:
      return "Hardcoded";
    case Source::None:
      return "None";
  }
  return "None";
}

std::string_view keyword_name(AddrKeyword k) {
  for (const AddrKeywordName& n : kAddrKeywords)
    if (n.k == k) return n.name;
  return "?";
}

std::optional<AddrKeyword> parse_addr_keyword(std::string_view text) {
  for (const AddrKeywordName& n : kAddrKeywords)
    if (same_word(text, n.name)) return n.k;
  return std::nullopt;
}

std::string_view keyword_name(PortKeyword k) {
  for (const PortKeywordName& n : kPortKeywords)
    if (n.k == k) return n.name;
  return "?";
}

std::optional<PortKeyword> parse_port_keyword(std::string_view text) {
  for (const PortKeywordName& n : kPortKeywords)
    if (same_word(text, n.name)) return n.k;
  return std::nullopt;
}

bool Rule::needs_resolution() const {
  return !program.empty() || !package.empty() || !service.empty() || !local_keywords.empty() ||
         !remote_keywords.empty() || !local_port_keywords.empty() ||
         !remote_port_keywords.empty() || !icmp_codes.empty();
}

bool matches(const Rule& r, const Connection& c) {
  BH_ASSERT(!r.needs_resolution(), "rules from a machine are resolved before they are matched");
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

bool permits(const std::vector<Rule>& rules, bool default_allow, const Connection& c) {
  bool allowed = false;
  for (const Rule& r : rules) {
    if (!r.enabled || !matches(r, c)) continue;
    if (r.action == Act::Block) return false;
    allowed = true;
  }
  return allowed || default_allow;
}

std::vector<PortRange> keyword_ports(PortKeyword k, Act reading) {
  const bool allow = reading == Act::Allow;
  switch (k) {
    case PortKeyword::RpcEpmap:  // the endpoint mapper's fixed port
      return {{135, 135}};
    case PortKeyword::Mdns:  // multicast DNS's fixed port
      return {{5353, 5353}};
    case PortKeyword::Rpc:
      // The dynamic RPC ports: Windows' default range is 49152-65535, but the range can be
      // moved and services pinned to fixed ports, so an Allow is read as every port above
      // the well-known ones.
      if (allow) return {{1024, 65535}};
      return {};
    case PortKeyword::IphttpsIn:
    case PortKeyword::IphttpsOut:  // IP-HTTPS listens on 443 unless configured otherwise
      if (allow) return {{443, 443}};
      return {};
    case PortKeyword::Teredo:           // a dynamic UDP port chosen by the Teredo client
    case PortKeyword::PlayToDiscovery:  // dynamic ports of the Play To receiver
      if (allow) return {{0, 65535}};
      return {};
  }
  return {};
}

std::optional<Resolved> resolve(const Rule& r, const HostFacts& facts) {
  if (!r.needs_resolution()) return Resolved{r, ""};
  const bool allow = r.action == Act::Allow;
  Resolved out{r, ""};
  Rule& x = out.rule;
  std::vector<std::string> notes;

  // Program, service and package filters: the connection alone does not say which process
  // owns the socket.
  if (!r.program.empty() || !r.package.empty() || !r.service.empty()) {
    if (!allow) return std::nullopt;
    std::vector<std::string> who;
    if (!r.program.empty()) who.push_back(r.program);
    if (!r.service.empty())
      who.push_back(r.service == "*" ? std::string("a service") : "service " + r.service);
    if (!r.package.empty()) who.push_back("package " + r.package);
    notes.push_back(fmt::format("when {} listens", fmt::join(who, " / ")));
    x.program.clear();
    x.package.clear();
    x.service.clear();
  }

  // Address keywords. Returns false when nothing is left to match.
  auto addrs = [&](std::vector<AddrRange>& ranges, std::vector<AddrKeyword>& kws,
                   const char* field) {
    if (kws.empty()) return true;
    bool any = false, named = !ranges.empty();
    for (AddrKeyword k : kws) {
      if (k == AddrKeyword::LocalSubnet && facts.subnets_known) {
        ranges.insert(ranges.end(), facts.subnets.begin(), facts.subnets.end());
        named = named || !facts.subnets.empty();
      } else if (allow) {
        any = true;
        notes.push_back(fmt::format("{} {} taken as any", field, keyword_name(k)));
      } else {
        notes.push_back(fmt::format("{} {} not relied on", field, keyword_name(k)));
      }
    }
    kws.clear();
    if (any) {
      ranges.clear();  // any address
      return true;
    }
    return named;
  };
  if (!addrs(x.local, x.local_keywords, "LocalAddress")) return std::nullopt;
  if (!addrs(x.remote, x.remote_keywords, "RemoteAddress")) return std::nullopt;

  // Port keywords.
  auto ports = [&](std::vector<PortRange>& ranges, std::vector<PortKeyword>& kws,
                   const char* field) {
    if (kws.empty()) return true;
    for (PortKeyword k : kws) {
      std::vector<PortRange> p = keyword_ports(k, r.action);
      const bool fixed = k == PortKeyword::RpcEpmap || k == PortKeyword::Mdns;
      if (p.empty()) {
        notes.push_back(fmt::format("{} {} not relied on", field, keyword_name(k)));
      } else if (!fixed) {
        notes.push_back(
            fmt::format("{} {} taken as {}", field, keyword_name(k), short_list(p, port_text)));
      }
      ranges.insert(ranges.end(), p.begin(), p.end());
    }
    kws.clear();
    return !ranges.empty();
  };
  if (!ports(x.local_ports, x.local_port_keywords, "LocalPort")) return std::nullopt;
  if (!ports(x.remote_ports, x.remote_port_keywords, "RemotePort")) return std::nullopt;

  // ICMP type:code entries: the policy's ICMP space is by type.
  if (!x.icmp_codes.empty()) {
    for (const IcmpTypeCode& tc : x.icmp_codes) {
      if (allow) {
        x.icmp_types.push_back(PortRange{tc.type, tc.type});
        notes.push_back(fmt::format("IcmpType {}:{} taken as type {}", tc.type, tc.code, tc.type));
      } else {
        notes.push_back(fmt::format("IcmpType {}:{} not relied on", tc.type, tc.code));
      }
    }
    x.icmp_codes.clear();
    if (x.icmp_types.empty()) return std::nullopt;
  }
  out.condition = fmt::format("{}", fmt::join(notes, "; "));
  return out;
}

std::string range_text(const AddrRange& r) {
  if (r.lo == r.hi) return format_addr(r.family, r.lo);
  const u128 size = r.hi - r.lo + 1;  // 0 only for the whole IPv6 space
  if (size == 0) return "::/0";
  if ((size & (size - 1)) == 0 && (r.lo & (size - 1)) == 0) {
    int bits = 0;
    while ((u128{1} << bits) != size) ++bits;
    return fmt::format("{}/{}", format_addr(r.family, r.lo), family_bits(r.family) - bits);
  }
  return fmt::format("{}-{}", format_addr(r.family, r.lo), format_addr(r.family, r.hi));
}

std::string proto_text(const Rule& r) {
  switch (r.proto) {
    case Proto::Tcp:
      return "TCP";
    case Proto::Udp:
      return "UDP";
    case Proto::Icmpv4:
      return "ICMPv4";
    case Proto::Icmpv6:
      return "ICMPv6";
    case Proto::Any:
      return "Any";
    case Proto::Number:
      return fmt::format("{}", r.protocol_number);
  }
  return "Any";
}

std::string describe(const Rule& r) {
  std::string out = fmt::format("{} {} {}", r.dir == Dir::In ? "inbound" : "outbound",
                                r.action == Act::Block ? "Block" : "Allow", proto_text(r));
  auto ports = [&](const char* what, const std::vector<PortRange>& p,
                   const std::vector<PortKeyword>& kws) {
    if (p.empty() && kws.empty()) return;
    std::vector<std::string> items;
    for (const PortRange& pr : p) items.push_back(port_text(pr));
    for (PortKeyword k : kws) items.emplace_back(keyword_name(k));
    out += fmt::format(" {} {}", what, short_list(items, [](const std::string& s) { return s; }));
  };
  ports("local port", r.local_ports, r.local_port_keywords);
  ports("remote port", r.remote_ports, r.remote_port_keywords);
  if (!r.icmp_types.empty() || !r.icmp_codes.empty()) {
    std::vector<std::string> items;
    for (const PortRange& pr : r.icmp_types) items.push_back(port_text(pr));
    for (const IcmpTypeCode& tc : r.icmp_codes)
      items.push_back(fmt::format("{}:{}", tc.type, tc.code));
    out += " type " + short_list(items, [](const std::string& s) { return s; });
  }
  auto addrs = [&](const char* what, const std::vector<AddrRange>& a,
                   const std::vector<AddrKeyword>& kws, bool always) {
    if (a.empty() && kws.empty()) {
      if (always) out += fmt::format(" {} any", what);
      return;
    }
    std::vector<std::string> items;
    for (const AddrRange& ar : a) items.push_back(range_text(ar));
    for (AddrKeyword k : kws) items.emplace_back(keyword_name(k));
    out += fmt::format(" {} {}", what, short_list(items, [](const std::string& s) { return s; }));
  };
  addrs("local", r.local, r.local_keywords, false);
  addrs("remote", r.remote, r.remote_keywords, true);
  if (!r.program.empty()) out += " program " + r.program;
  if (!r.service.empty()) out += " service " + r.service;
  if (!r.package.empty()) out += " package " + r.package;
  return out;
}

IntervalSet<std::uint32_t> port_set(const std::vector<PortRange>& ranges) {
  IntervalSet<std::uint32_t> s;
  for (const PortRange& r : ranges) s = s.unite(IntervalSet<std::uint32_t>::range(r.lo, r.hi));
  return s;
}

AddrSet addr_set(const std::vector<AddrRange>& ranges) {
  AddrSet s;
  for (const AddrRange& r : ranges)
    s.of(r.family) = s.of(r.family).unite(IntervalSet<u128>::range(r.lo, r.hi));
  return s;
}

}  // namespace bulkhead::targets::windows::fw
