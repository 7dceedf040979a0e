// Format detection, and the Windows importer over targets/windows/import_export.h.
//
// Windows evaluates a profile's enabled rules without order (any matching Block wins,
// then any matching Allow, then the default); the first-match list with every Block rule
// first and every Allow rule after, each in file order, decides every packet the same way,
// so the anomaly analysis runs on it unchanged. Inbound: the source is the remote side
// and the destination port is the local port; outbound the other way round. What a
// connection alone does not show (a program, service or package filter; address and port
// keywords; ICMP codes) keeps the rule inexact with its widest reading, and is noted.
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "ruleset/import.h"
#include "ruleset/match.h"
#include "targets/windows/import_export.h"

namespace bulkhead::ruleset {
namespace {

namespace win = targets::windows;
namespace fw = targets::windows::fw;

AddrSet addr_ranges(const std::vector<fw::AddrRange>& rs) {
  if (rs.empty()) return AddrSet::all();
  AddrSet out;
  for (const fw::AddrRange& r : rs) out.of(r.family).add(r.lo, r.hi);
  return out;
}

IntervalSet<std::uint32_t> port_ranges(const std::vector<fw::PortRange>& ps, std::uint32_t max) {
  if (ps.empty()) return IntervalSet<std::uint32_t>::range(0, max);
  IntervalSet<std::uint32_t> out;
  for (const fw::PortRange& p : ps) out = out.unite(IntervalSet<std::uint32_t>::range(p.lo, p.hi));
  return out;
}

/// The match of a rule seen from one direction, and why it is not exact.
MatchSpec windows_match(const fw::Rule& r) {
  MatchSpec m;
  bool in = r.dir == fw::Dir::In;
  const auto& local_ports = r.local_ports;
  const auto& remote_ports = r.remote_ports;
  // A keyword resolves on the machine: its widest reading is any address (or port).
  m.restrict_addr(in, r.remote_keywords.empty() ? addr_ranges(r.remote) : AddrSet::all(), false);
  m.restrict_addr(!in, r.local_keywords.empty() ? addr_ranges(r.local) : AddrSet::all(), false);
  static const std::vector<fw::PortRange> kAny;
  const auto& dports = (in ? r.local_port_keywords : r.remote_port_keywords).empty()
                           ? (in ? local_ports : remote_ports)
                           : kAny;
  const auto& sports = (in ? r.remote_port_keywords : r.local_port_keywords).empty()
                           ? (in ? remote_ports : local_ports)
                           : kAny;
  switch (r.proto) {
    case fw::Proto::Tcp:
    case fw::Proto::Udp: {
      Proto p = r.proto == fw::Proto::Tcp ? Proto::Tcp : Proto::Udp;
      m.restrict_dports({p}, port_ranges(dports, kPortMax), false);
      if (!sports.empty()) m.restrict_sports(port_ranges(sports, kPortMax), false);
      break;
    }
    case fw::Proto::Icmpv4:
    case fw::Proto::Icmpv6: {
      Proto p = r.proto == fw::Proto::Icmpv4 ? Proto::Icmp : Proto::Icmpv6;
      IntervalSet<std::uint32_t> types;
      if (r.icmp_types.empty() && r.icmp_codes.empty()) {
        types = IntervalSet<std::uint32_t>::range(0, 255);
      } else {
        types = port_ranges(r.icmp_types, 255);
        if (r.icmp_types.empty()) types = {};
        for (const fw::IcmpTypeCode& c : r.icmp_codes) types.add(c.type, c.type);
      }
      m.restrict_dports({p}, types, false);
      if (!r.icmp_codes.empty()) m.unmodelled.push_back("ICMP codes are not modelled");
      break;
    }
    case fw::Proto::Number:
      m.restrict_keys(ServiceSet::range(service_key(Proto::Other, r.protocol_number),
                                        service_key(Proto::Other, r.protocol_number)),
                      false);
      break;
    case fw::Proto::Any:
      break;
  }
  if (!r.program.empty()) m.unmodelled.push_back(fmt::format("program filter '{}'", r.program));
  if (!r.service.empty() && r.service != "*")
    m.unmodelled.push_back(fmt::format("service filter '{}'", r.service));
  if (!r.package.empty()) m.unmodelled.push_back(fmt::format("package filter '{}'", r.package));
  for (fw::AddrKeyword k : r.remote_keywords)
    m.unmodelled.push_back(fmt::format("remote address keyword {}", fw::keyword_name(k)));
  for (fw::AddrKeyword k : r.local_keywords)
    m.unmodelled.push_back(fmt::format("local address keyword {}", fw::keyword_name(k)));
  for (fw::PortKeyword k : r.local_port_keywords)
    m.unmodelled.push_back(fmt::format("local port keyword {}", fw::keyword_name(k)));
  for (fw::PortKeyword k : r.remote_port_keywords)
    m.unmodelled.push_back(fmt::format("remote port keyword {}", fw::keyword_name(k)));
  return m;
}

}  // namespace

std::optional<Ruleset> import_windows_export(std::string_view bytes, const std::string& file,
                                             Diagnostics& diags) {
  std::optional<win::WindowsExport> ex = win::import_windows_export(bytes, file, diags);
  if (!ex) return std::nullopt;
  Ruleset rs;
  rs.file = file;
  rs.format = Format::WindowsExport;
  Region universe = Region::whole(Family::V4);
  universe.add(Region::whole(Family::V6));
  for (std::size_t prof = 0; prof < 3; ++prof) {
    const win::ProfileState& ps = ex->profiles[prof];
    std::uint8_t bit = static_cast<std::uint8_t>(1u << prof);
    for (fw::Dir dir : {fw::Dir::In, fw::Dir::Out}) {
      Point p;
      p.name = fmt::format("{} {}", fw::kProfileNames[prof],
                           dir == fw::Dir::In ? "inbound" : "outbound");
      p.hook = dir == fw::Dir::In ? "inbound" : "outbound";
      p.universe = universe;
      p.block_beats_allow = true;
      fw::Act def = dir == fw::Dir::In ? ps.default_in : ps.default_out;
      p.policy = ps.enabled && def == fw::Act::Block ? Action::Drop : Action::Accept;
      p.policy_loc = SourceLoc{file, 1, 1};
      p.policy_text = fmt::format("profile {} {} default {}{}", fw::kProfileNames[prof],
                                  dir == fw::Dir::In ? "inbound" : "outbound",
                                  def == fw::Act::Block ? "Block" : "Allow",
                                  ps.enabled ? "" : " (profile disabled: everything passes)");
      if (!ps.enabled) {
        rs.points.push_back(std::move(p));
        continue;
      }
      for (fw::Act act : {fw::Act::Block, fw::Act::Allow}) {
        for (std::size_t i = 0; i < ex->rules.size(); ++i) {
          const fw::Rule& r = ex->rules[i];
          if (!r.enabled || r.dir != dir || r.action != act || !(r.profiles & bit)) continue;
          if (!ps.allow_local_rules && r.source == fw::Source::Local) continue;
          MatchSpec m = windows_match(r);
          Rule out;
          out.match = m.region(universe);
          out.exact = m.unmodelled.empty();
          out.unmodelled = m.unmodelled;
          out.action = act == fw::Act::Block ? Action::Drop : Action::Accept;
          out.loc = i < ex->rule_locs.size() ? ex->rule_locs[i] : SourceLoc{file, 1, 1};
          out.text = fmt::format("{} ({}, {})", r.name, act == fw::Act::Block ? "Block" : "Allow",
                                 dir == fw::Dir::In ? "Inbound" : "Outbound");
          out.chain = p.name;
          if (prof == 0 || !(r.profiles & ((1u << prof) - 1)))
            for (const std::string& why : m.unmodelled) rs.notes.push_back({out.loc, why});
          p.rules.push_back(std::move(out));
        }
      }
      rs.points.push_back(std::move(p));
    }
    if (!ps.allow_local_rules)
      rs.notes.push_back({SourceLoc{file, 1, 1},
                          fmt::format("profile {}: AllowLocalFirewallRules is False, local rules "
                                      "are not in effect there",
                                      fw::kProfileNames[prof])});
  }
  return rs;
}

std::optional<Format> parse_format(std::string_view name) {
  if (name == "nft-json" || name == "nft") return Format::NftJson;
  if (name == "iptables-save" || name == "iptables" || name == "ip6tables-save")
    return Format::IptablesSave;
  if (name == "windows-export" || name == "windows") return Format::WindowsExport;
  return std::nullopt;
}

std::optional<Format> detect_format(std::string_view text) {
  // UTF-16 (PowerShell's Out-File) or a UTF-8 byte-order mark: a Windows export.
  if (text.size() >= 2 && static_cast<unsigned char>(text[0]) == 0xff &&
      static_cast<unsigned char>(text[1]) == 0xfe)
    return Format::WindowsExport;
  if (text.size() >= 3 && text.substr(0, 3) == "\xef\xbb\xbf") text.remove_prefix(3);
  std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return std::nullopt;
  if (text[first] == '{' || text[first] == '[') {
    std::string_view head = text.substr(first, 4096);
    if (head.find("\"nftables\"") != std::string_view::npos) return Format::NftJson;
    if (head.find("\"Rules\"") != std::string_view::npos ||
        text.find("\"Rules\"") != std::string_view::npos)
      return Format::WindowsExport;
    if (text.find("\"nftables\"") != std::string_view::npos) return Format::NftJson;
    return std::nullopt;
  }
  if (text.find("*filter") != std::string_view::npos || text[first] == '*' || text[first] == '#' ||
      text[first] == ':')
    return Format::IptablesSave;
  return std::nullopt;
}

std::optional<Ruleset> import_ruleset(std::string_view text, const std::string& file,
                                      std::optional<Format> forced, Diagnostics& diags) {
  std::optional<Format> f = forced ? forced : detect_format(text);
  if (!f) {
    diags.error(SourceLoc{file, 1, 1},
                "not a rule set bulkhead reads (nft -j list ruleset JSON, iptables-save "
                "text, or a Windows firewall export); use --input-format to say which");
    return std::nullopt;
  }
  switch (*f) {
    case Format::NftJson:
      return import_nft_json(text, file, diags);
    case Format::IptablesSave:
      return import_iptables_save(text, file, diags);
    case Format::WindowsExport:
      return import_windows_export(text, file, diags);
  }
  return std::nullopt;
}

std::optional<Ruleset> import_file(const std::string& path, std::optional<Format> forced,
                                   Diagnostics& diags) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  if (in) text << in.rdbuf();
  if (!in || in.bad()) {
    diags.error(SourceLoc{path, 0, 0},
                fmt::format("cannot read the rule set: {}", std::strerror(errno)));
    return std::nullopt;
  }
  return import_ruleset(text.str(), path, forced, diags);
}

}  // namespace bulkhead::ruleset
