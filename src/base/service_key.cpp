// Service keys: formatting and parsing of the protocol/port space.
#include "base/service_key.h"

#include <algorithm>

#include <fmt/format.h>

namespace bulkhead {

std::string_view proto_name(Proto p) {
  switch (p) {
    case Proto::Tcp:
      return "tcp";
    case Proto::Udp:
      return "udp";
    case Proto::Icmp:
      return "icmp";
    case Proto::Icmpv6:
      return "icmpv6";
    case Proto::Other:
      return "other";
  }
  return "other";
}

std::optional<Proto> parse_proto(std::string_view name) {
  if (name == "tcp") return Proto::Tcp;
  if (name == "udp") return Proto::Udp;
  if (name == "icmp") return Proto::Icmp;
  if (name == "icmpv6") return Proto::Icmpv6;
  return std::nullopt;
}

ServiceSet all_services() {
  return ServiceSet::range(0, kServiceKeyMax);
}

ServiceSet whole_proto(Proto p) {
  return ServiceSet::range(service_key(p, 0), service_key(p, proto_last(p)));
}

ServiceSet all_icmp() {
  return whole_proto(Proto::Icmp).unite(whole_proto(Proto::Icmpv6));
}

ServiceSet family_services(Family f) {
  return all_services().subtract(whole_proto(f == Family::V4 ? Proto::Icmpv6 : Proto::Icmp));
}

std::string format_services(const ServiceSet& s) {
  if (s == all_services()) return "any";
  std::string out;
  auto emit = [&](std::string piece) {
    if (!out.empty()) out += ", ";
    out += piece;
  };
  ServiceSet rest = s;
  if (!s.intersect(all_icmp()).empty() && s.intersect(all_icmp()) == all_icmp()) {
    rest = s.subtract(all_icmp());
  }
  bool icmp_emitted = false;
  for (const auto& iv : rest.intervals()) {
    for (Proto proto : kProtosInKeyOrder) {
      std::uint32_t lo = std::max(iv.lo, service_key(proto, 0));
      std::uint32_t hi = std::min(iv.hi, service_key(proto, proto_last(proto)));
      if (lo > hi) continue;
      if (rest != s && !icmp_emitted && proto_base(proto) >= proto_base(Proto::Icmp)) {
        emit("icmp");
        icmp_emitted = true;
      }
      std::uint32_t plo = key_port(lo), phi = key_port(hi);
      bool whole = plo == 0 && phi == proto_last(proto);
      if (proto == Proto::Other || (whole && proto == Proto::Icmpv6)) {
        emit(std::string(proto_name(proto)));
      } else if (plo == phi) {
        emit(fmt::format("{}/{}", proto_name(proto), plo));
      } else {
        emit(fmt::format("{}/{}-{}", proto_name(proto), plo, phi));
      }
    }
  }
  if (rest != s && !icmp_emitted) emit("icmp");
  return out;
}

}  // namespace bulkhead
