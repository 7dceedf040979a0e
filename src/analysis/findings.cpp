// Findings vocabulary: the per-class census (host and address counts, families, the rare
// hosts spread over several classes) and the text forms of endpoints, flows and reasons.
//
// The census is one pass over the atoms plus a sort of the host atoms by host:
// O(A + H log H) for A atoms and H host addresses. Afterwards every count is O(1), or
// O(m) in the number of multi-class hosts involved (usually none).
#include "analysis/findings.h"

#include <algorithm>
#include <unordered_map>

#include <fmt/format.h>

namespace bulkhead::analysis {
namespace {

constexpr std::uint8_t kV4Bit = 1;
constexpr std::uint8_t kV6Bit = 2;

std::uint8_t family_bit(Family f) {
  return f == Family::V4 ? kV4Bit : kV6Bit;
}
int family_slot(Family f) {
  return f == Family::V4 ? 0 : 1;
}

u128 add_saturating(u128 a, u128 b) {
  return a + b < a ? ~u128{0} : a + b;
}

}  // namespace

void Population::add(const Population& o) {
  hosts += o.hosts;
  addresses_v4 = add_saturating(addresses_v4, o.addresses_v4);
  addresses_v6 = add_saturating(addresses_v6, o.addresses_v6);
  internet |= o.internet;
}

Census::Census(const decision::Decision& d) : d_(d) {
  const std::vector<decision::Class>& classes = d.classes();
  const std::vector<decision::Atom>& atoms = d.atoms();
  per_.assign(classes.size(), PerClass{});
  multi_.assign(classes.size(), {});
  multi_index_.assign(d.model().hosts.size(), -1);

  struct HostAtom {
    std::uint32_t host;
    std::uint32_t cls;
    std::uint8_t fam;
  };
  std::vector<HostAtom> host_atoms;
  for (const decision::Atom& a : atoms) {
    PerClass& pc = per_[a.cls];
    std::int32_t& solo = pc.solo[family_slot(a.family)];
    if (a.host == decision::kNoHost) {
      u128& plain = pc.plain[family_slot(a.family)];
      plain = add_saturating(plain, a.hi - a.lo == ~u128{0} ? a.hi - a.lo : a.hi - a.lo + 1);
      solo = -1;
      continue;
    }
    if (solo == -2) {
      solo = a.host;
    } else if (solo != a.host) {
      solo = -1;
    }
    host_atoms.push_back({static_cast<std::uint32_t>(a.host), a.cls, family_bit(a.family)});
  }
  std::sort(host_atoms.begin(), host_atoms.end(), [](const HostAtom& x, const HostAtom& y) {
    return x.host != y.host ? x.host < y.host : x.cls < y.cls;
  });
  // Per host: its classes with the families it has in each.
  for (std::size_t i = 0; i < host_atoms.size();) {
    std::size_t j = i;
    std::vector<std::pair<std::uint32_t, std::uint8_t>> cls_fams;
    while (j < host_atoms.size() && host_atoms[j].host == host_atoms[i].host) {
      if (!cls_fams.empty() && cls_fams.back().first == host_atoms[j].cls) {
        cls_fams.back().second |= host_atoms[j].fam;
      } else {
        cls_fams.emplace_back(host_atoms[j].cls, host_atoms[j].fam);
      }
      ++j;
    }
    for (const auto& [c, fams] : cls_fams) {
      PerClass& pc = per_[c];
      if (fams == (kV4Bit | kV6Bit)) {
        ++pc.dual;
      } else if (fams == kV4Bit) {
        ++pc.v4_only;
      } else {
        ++pc.v6_only;
      }
    }
    if (cls_fams.size() > 1) {
      std::uint32_t h = host_atoms[i].host;
      multi_index_[h] = static_cast<std::int32_t>(multi_host_classes_.size());
      for (const auto& cf : cls_fams) multi_[cf.first].push_back(h);
      multi_host_classes_.push_back(std::move(cls_fams));
    }
    i = j;
  }
}

std::uint8_t Census::families_of(std::uint32_t host, std::uint32_t cls) const {
  std::int32_t mi = multi_index_[host];
  if (mi < 0) return 0;
  for (const auto& [c, fams] : multi_host_classes_[static_cast<std::size_t>(mi)])
    if (c == cls) return fams;
  return 0;
}

std::vector<std::uint32_t> Census::host_classes(std::uint32_t h) const {
  std::int32_t mi = multi_index_[h];
  std::vector<std::uint32_t> out;
  if (mi >= 0) {
    for (const auto& cf : multi_host_classes_[static_cast<std::size_t>(mi)])
      out.push_back(cf.first);
    return out;
  }
  const policy::Host& host = d_.model().hosts[h];
  if (!host.addresses.empty()) out.push_back(d_.class_of(host.addresses.front()));
  return out;
}

Population Census::population(std::uint32_t cls, std::uint8_t families) const {
  const PerClass& pc = per_[cls];
  Population p;
  const bool v4 = (families & kFamilyV4) != 0, v6 = (families & kFamilyV6) != 0;
  p.hosts = (v4 ? pc.v4_only : 0) + (v6 ? pc.v6_only : 0) + (v4 || v6 ? pc.dual : 0);
  if (v4) p.addresses_v4 = pc.plain[0];
  if (v6) p.addresses_v6 = pc.plain[1];
  p.internet = d_.classes()[cls].zone == decision::kInternetZone &&
               (p.addresses_v4 != 0 || p.addresses_v6 != 0);
  return p;
}

Context::Context(const decision::Decision& dec)
    : d(dec), census(dec), judge(dec), catalog(dec.model()) {
  const auto ncls = static_cast<std::uint32_t>(dec.classes().size());
  std::unordered_map<std::uint64_t, std::uint32_t> ids;
  dst_behaviour.resize(ncls);
  families.resize(ncls);
  for (std::uint32_t c = 0; c < ncls; ++c) {
    families[c] = static_cast<std::uint8_t>((census.has_family(c, Family::V4) ? kFamilyV4 : 0) |
                                            (census.has_family(c, Family::V6) ? kFamilyV6 : 0));
    const std::uint64_t key = (std::uint64_t{dec.dst_group(c)} << 34) |
                              (std::uint64_t{judge.profile(c)} << 2) | families[c];
    dst_behaviour[c] = ids.emplace(key, static_cast<std::uint32_t>(ids.size())).first->second;
  }
  dst_behaviours = static_cast<std::uint32_t>(ids.size());
}

std::uint8_t Census::pair_families(std::uint32_t s, std::uint32_t t) const {
  return static_cast<std::uint8_t>((pair_has_flows(s, t, Family::V4) ? kFamilyV4 : 0) |
                                   (pair_has_flows(s, t, Family::V6) ? kFamilyV6 : 0));
}

Population Census::population(const std::vector<std::uint32_t>& classes) const {
  Population p;
  std::vector<std::uint32_t> multi;
  for (std::uint32_t c : classes) {
    Population one = population(c);
    one.hosts -= multi_[c].size();
    p.add(one);
    multi.insert(multi.end(), multi_[c].begin(), multi_[c].end());
  }
  std::sort(multi.begin(), multi.end());
  p.hosts += static_cast<std::uint64_t>(std::unique(multi.begin(), multi.end()) - multi.begin());
  return p;
}

void PopulationBuilder::add(std::uint32_t cls, std::uint8_t families) {
  ++classes_;
  Population one = census_->population(cls, families);
  // Multi-class hosts are counted once, at get(); only those with an address of the
  // families here count at all.
  for (std::uint32_t h : census_->multi_class_hosts(cls)) {
    if ((census_->families_of(h, cls) & families) == 0) continue;
    --one.hosts;
    multi_.push_back(h);
  }
  p_.add(one);
}

Population PopulationBuilder::get() const {
  Population p = p_;
  std::vector<std::uint32_t> m = multi_;
  std::sort(m.begin(), m.end());
  p.hosts += static_cast<std::uint64_t>(std::unique(m.begin(), m.end()) - m.begin());
  return p;
}

bool Census::has_family(std::uint32_t c, Family f) const {
  return per_[c].solo[family_slot(f)] != -2;
}

bool Census::pair_has_flows(std::uint32_t s, std::uint32_t t, Family f) const {
  std::int32_t a = per_[s].solo[family_slot(f)];
  std::int32_t b = per_[t].solo[family_slot(f)];
  if (a == -2 || b == -2) return false;
  return !(a >= 0 && a == b);
}

FamilyKeys::FamilyKeys(ServiceSet keys)
    : all(std::move(keys)),
      v4(all.intersect(family_services(Family::V4))),
      v6(all.intersect(family_services(Family::V6))) {}

const ServiceSet& FamilyKeys::of_pair(const Census& c, std::uint32_t s, std::uint32_t t) const {
  const bool f4 = c.pair_has_flows(s, t, Family::V4);
  const bool f6 = c.pair_has_flows(s, t, Family::V6);
  if (f4 && f6) return all;
  if (f4) return v4;
  if (f6) return v6;
  return none;
}

std::uint64_t Census::host_pairs(std::uint32_t s, std::uint32_t t) const {
  const PerClass& a = per_[s];
  const PerClass& b = per_[t];
  const std::uint64_t na = a.v4_only + a.v6_only + a.dual;
  const std::uint64_t nb = b.v4_only + b.v6_only + b.dual;
  std::uint64_t total = na * nb - (a.v4_only * b.v6_only + a.v6_only * b.v4_only);
  if (s == t) return total - na;
  // A host in both classes is not paired with itself (counted above when it shares a
  // family between the two classes).
  for (std::uint32_t h : multi_[s]) {
    std::uint8_t fs = families_of(h, s), ft = families_of(h, t);
    if ((fs & ft) != 0) --total;
  }
  return total;
}

std::string count_text(u128 n) {
  if (n < (u128{1} << 53)) {
    std::string digits = std::to_string(static_cast<std::uint64_t>(n));
    std::string out;
    int k = 0;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it, ++k) {
      if (k > 0 && k % 3 == 0) out.insert(out.begin(), ',');
      out.insert(out.begin(), *it);
    }
    return out;
  }
  int bits = 0;
  while (bits < 127 && (n >> (bits + 1)) != 0) ++bits;
  bool exact = n == (u128{1} << bits);
  if (n == ~u128{0}) return "~2^128";
  return fmt::format("{}2^{}", exact ? "" : "~", bits);
}

std::string population_text(const Population& p) {
  std::string hosts = fmt::format("{} host{}", count_text(p.hosts), p.hosts == 1 ? "" : "s");
  if (!p.has_addresses()) return hosts;
  std::string addrs;
  if (p.addresses_v4 != 0) addrs = count_text(p.addresses_v4) + " IPv4";
  if (p.addresses_v6 != 0)
    addrs += (addrs.empty() ? "" : " + ") + count_text(p.addresses_v6) + " IPv6";
  const bool one = (p.addresses_v4 == 1) != (p.addresses_v6 == 1) &&
                   (p.addresses_v4 == 0 || p.addresses_v6 == 0);
  addrs += one ? " address" : " addresses";
  if (p.internet) addrs += " incl. internet";
  return p.hosts == 0 ? addrs : hosts + " + " + addrs;
}

std::string endpoint_text(const decision::Decision& d, const Endpoint& e) {
  if (e.host == decision::kNoHost) return e.addr.str();
  return fmt::format("{} ({})", d.model().hosts[static_cast<std::size_t>(e.host)].name,
                     e.addr.str());
}

std::string key_text(std::uint32_t key) {
  Proto p = key_proto(key);
  if (p == Proto::Icmp || p == Proto::Other) return std::string(proto_name(p));
  return fmt::format("{}/{}", proto_name(p), key_port(key));
}

std::string flow_text(const decision::Decision& d, const FlowExample& ex) {
  return fmt::format("{} -> {} {}", endpoint_text(d, ex.src), endpoint_text(d, ex.dst),
                     key_text(ex.key));
}

std::string point_text(const decision::Decision& d, const decision::Point& p,
                       const FlowExample& ex) {
  auto end_name = [&](const Endpoint& e) {
    if (e.host != decision::kNoHost) return d.model().hosts[static_cast<std::size_t>(e.host)].name;
    return d.classes()[e.cls].name;
  };
  switch (p.kind) {
    case decision::PointKind::HostOutbound:
      return "outbound firewall of " + end_name(ex.src);
    case decision::PointKind::HostInbound:
      return "inbound firewall of " + end_name(ex.dst);
    case decision::PointKind::ZoneFirewall:
      return "zone firewall of " + d.zones()[p.zone].name;
  }
  return "enforcement point";
}

std::string deciding_text(const decision::Decision& d, const FlowExample& ex) {
  std::string out;
  switch (ex.why.by) {
    case DecidedBy::Rule: {
      const policy::Rule& r = *d.rules()[ex.why.rule].rule;
      out =
          fmt::format("{} rule {} ({})", policy::action_name(r.action), r.name, r.loc.file_line());
      break;
    }
    case DecidedBy::Default:
      out = fmt::format(
          "{} (default {}{})", point_text(d, *ex.why.point, ex),
          policy::default_name(ex.why.point->fallback),
          ex.why.point->enforcement == policy::Enforcement::Audit ? ", audit mode" : "");
      break;
    case DecidedBy::NoPoint:
      out = ex.why.gap_reason.empty() ? "no rule matches and no enforcement point sees the flow"
                                      : "no rule matches";
      break;
  }
  if (!ex.why.gap_reason.empty()) out += "; " + ex.why.gap_reason;
  return out;
}

CatalogKeys::CatalogKeys(const policy::Model& m) {
  for (const policy::Service& s : m.services) services.emplace_back(s.name, s.keys());
}

const std::string* CatalogKeys::containing(std::uint32_t lo, std::uint32_t hi) const {
  for (const auto& [name, keys] : services)
    if (keys.covers(lo, hi)) return &name;
  return nullptr;
}

const std::string* CatalogKeys::containing(const ServiceSet& keys) const {
  if (keys.empty()) return nullptr;
  for (const auto& [name, sk] : services) {
    bool inside = true;
    for (const auto& iv : keys.intervals()) inside = inside && sk.covers(iv.lo, iv.hi);
    if (inside) return &name;
  }
  return nullptr;
}

std::optional<std::string> service_containing(const policy::Model& m, const ServiceSet& keys) {
  if (keys.empty()) return std::nullopt;
  for (const policy::Service& s : m.services) {
    ServiceSet sk = s.keys();
    bool inside = true;
    for (const auto& iv : keys.intervals()) {
      if (!sk.covers(iv.lo, iv.hi)) {
        inside = false;
        break;
      }
    }
    if (inside) return s.name;
  }
  return std::nullopt;
}

std::string service_label(const policy::Model& m, const ServiceSet& keys) {
  if (auto name = service_containing(m, keys)) return *name;
  return format_services(keys);
}

}  // namespace bulkhead::analysis
