// Counterexamples: one concrete flow for a (class pair, service key), with the verdict
// computed the way Decision::query computes it and a reason a reader can act on.
//
// An endpoint is the first inventory host of the class (its lowest address in the class)
// or, for plain address space, a readable address of its first atom (documentation
// addresses for the internet when the class holds them). O(atoms of the class) per pick,
// O(log S) for the verdict (S tier-map segments).
#include "analysis/counterexample.h"

#include <array>

#include "policy/catalog.h"

namespace bulkhead::analysis {
namespace {

// Readable stand-ins for "somewhere on the internet" (RFC 5737 / RFC 3849 ranges), used
// when the class holds them.
std::optional<Addr> documentation_candidate(const decision::Decision& d, std::uint32_t c,
                                            Family f) {
  static const std::array<const char*, 7> kV4 = {"203.0.113.10", "198.51.100.10", "192.0.2.10",
                                                 "8.8.8.8",      "1.1.1.1",       "93.184.216.34",
                                                 "151.101.1.69"};
  static const std::array<const char*, 2> kV6 = {"2001:db8:ffff::10", "2001:4860:4860::8888"};
  auto try_list = [&](const auto& list) -> std::optional<Addr> {
    for (const char* text : list) {
      std::optional<Addr> a = parse_addr(text);
      if (a && d.class_of(*a) == c) return a;
    }
    return std::nullopt;
  };
  return f == Family::V4 ? try_list(kV4) : try_list(kV6);
}

}  // namespace

std::optional<Endpoint> pick_endpoint(const decision::Decision& d, std::uint32_t c, Family f,
                                      std::int32_t avoid) {
  const decision::Class& cls = d.classes()[c];
  if (!cls.is_host && cls.zone == decision::kInternetZone) {
    if (std::optional<Addr> a = documentation_candidate(d, c, f))
      return Endpoint{*a, decision::kNoHost, c};
  }
  for (std::uint32_t ai : cls.atoms) {
    const decision::Atom& a = d.atoms()[ai];
    if (a.family != f || (a.host != decision::kNoHost && a.host == avoid)) continue;
    // A plain range: skip its first address (often a network address) when it can.
    u128 v = a.host == decision::kNoHost && a.hi > a.lo ? a.lo + 1 : a.lo;
    return Endpoint{Addr{f, v}, a.host, c};
  }
  return std::nullopt;
}

std::optional<std::pair<Endpoint, Endpoint>> pick_pair(const Census& census, std::uint32_t s,
                                                       std::uint32_t t,
                                                       std::optional<Family> only) {
  const decision::Decision& d = census.decision();
  for (Family f : {Family::V4, Family::V6}) {
    if (only && f != *only) continue;
    if (!census.pair_has_flows(s, t, f)) continue;
    std::optional<Endpoint> src = pick_endpoint(d, s, f);
    std::optional<Endpoint> dst = pick_endpoint(d, t, f, src->host);
    if (dst) return std::make_pair(*src, *dst);
    // Every address of t in f belongs to src's host: start from another host of s.
    dst = pick_endpoint(d, t, f);
    src = pick_endpoint(d, s, f, dst->host);
    if (src) return std::make_pair(*src, *dst);
  }
  return std::nullopt;
}

std::optional<std::uint32_t> pick_key(const ServiceSet& keys, std::uint32_t lo, std::uint32_t hi) {
  for (const auto& iv : keys.intervals()) {
    if (iv.hi < lo) continue;
    if (iv.lo > hi) break;
    return std::max(iv.lo, lo);
  }
  return std::nullopt;
}

namespace {

// The first key of every built-in service, in catalog order: the seed table's
// lateral-movement services first, then the common ones.
const std::vector<std::uint32_t>& well_known_keys() {
  static const std::vector<std::uint32_t> kKeys = [] {
    std::vector<std::uint32_t> out;
    for (const policy::Service& s : policy::builtin_services())
      for (const policy::PortRange& p : s.ports)
        if (p.proto == Proto::Tcp || p.proto == Proto::Udp)
          out.push_back(service_key(p.proto, p.lo));
    return out;
  }();
  return kKeys;
}

}  // namespace

std::size_t telling_rank(std::uint32_t key) {
  const std::vector<std::uint32_t>& known = well_known_keys();
  for (std::size_t i = 0; i < known.size(); ++i)
    if (known[i] == key) return i;
  const bool icmp = proto_family(key_proto(key)).has_value();
  return known.size() + (key_port(key) == 0 && !icmp ? 1 : 0);
}

std::optional<std::uint32_t> telling_key(const ServiceSet& keys, std::uint32_t lo,
                                         std::uint32_t hi) {
  for (std::uint32_t k : well_known_keys())
    if (k >= lo && k <= hi && keys.contains(k)) return k;
  std::optional<std::uint32_t> lowest = pick_key(keys, lo, hi);
  if (!lowest || key_port(*lowest) != 0 || proto_family(key_proto(*lowest))) return lowest;
  std::optional<std::uint32_t> next = *lowest < hi ? pick_key(keys, *lowest + 1, hi) : std::nullopt;
  return next ? next : lowest;
}

Deciding explain(const decision::Decision& d, std::uint32_t s, std::uint32_t t,
                 const decision::Verdict& v) {
  Deciding out;
  std::vector<decision::Point> pts = d.points(s, t);
  const decision::Point* blocker = nullptr;
  for (const decision::Point& p : pts) {
    if (!p.permits(v.tier)) {
      blocker = &p;
      break;
    }
  }
  if (v.tier != decision::Tier::None) {
    out.by = DecidedBy::Rule;
    out.rule = v.rule;
    if (blocker != nullptr) out.point = *blocker;
  } else if (blocker != nullptr) {
    out.by = DecidedBy::Default;
    out.point = *blocker;
  } else if (!pts.empty()) {
    out.by = DecidedBy::Default;
    out.point = pts.front();
  } else {
    out.by = DecidedBy::NoPoint;
  }
  if (v.reachable && !v.intended) {
    const decision::Class& src = d.classes()[s];
    const decision::Class& dst = d.classes()[t];
    std::string why;
    if (pts.empty()) {
      why = "no enforcement point sees the flow";
    } else {
      bool all_audit = true;
      for (const decision::Point& p : pts) all_audit &= p.enforcement == policy::Enforcement::Audit;
      why = all_audit ? "every point that sees the flow is in audit mode"
                      : "every point that sees the flow defaults to allow";
    }
    std::string unmanaged;
    if (src.is_host && !src.managed) unmanaged = "the source";
    if (dst.is_host && !dst.managed)
      unmanaged = unmanaged.empty() ? "the destination" : "both ends";
    if (!unmanaged.empty())
      why += " (" + unmanaged + (unmanaged == "both ends" ? " are" : " is") + " unmanaged)";
    if (src.zone == dst.zone && d.zones()[src.zone].firewall)
      why += "; a zone firewall does not see flows inside its zone";
    out.gap_reason = why;
  }
  return out;
}

FlowExample make_example(const decision::Decision& d, const Endpoint& src, const Endpoint& dst,
                         std::uint32_t key) {
  FlowExample ex;
  ex.src = src;
  ex.dst = dst;
  ex.key = key;
  const decision::Segment& seg = decision::Decision::segment_at(d.tiers(src.cls, dst.cls), key);
  ex.verdict = d.judge(src.cls, dst.cls, seg.tier, seg.rule);
  ex.why = explain(d, src.cls, dst.cls, ex.verdict);
  return ex;
}

std::optional<FlowExample> make_example(const Census& census, std::uint32_t s, std::uint32_t t,
                                        std::uint32_t key) {
  auto ends = pick_pair(census, s, t, proto_family(key_proto(key)));
  if (!ends) return std::nullopt;
  return make_example(census.decision(), ends->first, ends->second, key);
}

}  // namespace bulkhead::analysis
