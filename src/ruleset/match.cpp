// MatchSpec (match.h): per-dimension interval sets, combined into a Region at the end.
#include "ruleset/match.h"

namespace bulkhead::ruleset {

ServiceSet proto_keys(Proto p, const IntervalSet<std::uint32_t>& ports) {
  ServiceSet out;
  for (const auto& iv : ports.intervals()) {
    if (iv.lo > proto_last(p)) continue;
    out.add(service_key(p, iv.lo), service_key(p, std::min(iv.hi, proto_last(p))));
  }
  return out;
}

void MatchSpec::restrict_addr(bool source, const AddrSet& set, bool negate) {
  AddrSet& side = source ? src : dst;
  side = side.intersect(negate ? set.complement() : set);
}

void MatchSpec::restrict_keys(const ServiceSet& k, bool negate) {
  keys = keys.intersect(negate ? k.complement(0, kServiceKeyMax) : k);
}

void MatchSpec::restrict_protos(const std::vector<Proto>& protos, bool negate) {
  ServiceSet k;
  for (Proto p : protos) k = k.unite(whole_proto(p));
  restrict_keys(k, negate);
}

void MatchSpec::restrict_dports(const std::vector<Proto>& protos,
                                const IntervalSet<std::uint32_t>& ports, bool negate) {
  // A port match implies the protocol: `tcp dport != 22` still needs TCP.
  ServiceSet k;
  for (Proto p : protos) {
    IntervalSet<std::uint32_t> sel = negate ? ports.complement(0, proto_last(p)) : ports;
    k = k.unite(proto_keys(p, sel));
  }
  restrict_keys(k, false);
}

void MatchSpec::restrict_sports(const IntervalSet<std::uint32_t>& ports, bool negate) {
  sports = sports.intersect(negate ? ports.complement(0, kPortMax) : ports);
  // Only TCP and UDP have source ports.
  restrict_keys(whole_proto(Proto::Tcp).unite(whole_proto(Proto::Udp)), false);
}

Region MatchSpec::region(const Region& universe) const {
  Region r;
  if (!never.empty()) return r;
  if (v4) r.add(Region::product(Family::V4, src.v4, dst.v4, keys, sports));
  if (v6) r.add(Region::product(Family::V6, src.v6, dst.v6, keys, sports));
  return r.intersect(universe);
}

}  // namespace bulkhead::ruleset
