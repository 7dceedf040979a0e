// Service keys: formatting and parsing of the protocol/port space.
#include "base/service_key.h"

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
    case Proto::Other:
      return "other";
  }
  return "other";
}

std::optional<Proto> parse_proto(std::string_view name) {
  if (name == "tcp") return Proto::Tcp;
  if (name == "udp") return Proto::Udp;
  if (name == "icmp") return Proto::Icmp;
  return std::nullopt;
}

ServiceSet all_services() {
  return ServiceSet::range(0, kServiceKeyMax);
}

ServiceSet whole_proto(Proto p) {
  return ServiceSet::range(service_key(p, 0), service_key(p, kPortsPerProto - 1));
}

std::string format_services(const ServiceSet& s) {
  if (s == all_services()) return "any";
  std::string out;
  auto emit = [&](std::string piece) {
    if (!out.empty()) out += ", ";
    out += piece;
  };
  for (const auto& iv : s.intervals()) {
    for (std::uint32_t p = static_cast<std::uint32_t>(key_proto(iv.lo));
         p <= static_cast<std::uint32_t>(key_proto(iv.hi)); ++p) {
      Proto proto = static_cast<Proto>(p);
      std::uint32_t lo = std::max(iv.lo, service_key(proto, 0));
      std::uint32_t hi = std::min(iv.hi, service_key(proto, kPortsPerProto - 1));
      std::uint32_t plo = key_port(lo), phi = key_port(hi);
      if (proto == Proto::Icmp || proto == Proto::Other) {
        emit(std::string(proto_name(proto)));
      } else if (plo == phi) {
        emit(fmt::format("{}/{}", proto_name(proto), plo));
      } else {
        emit(fmt::format("{}/{}-{}", proto_name(proto), plo, phi));
      }
    }
  }
  return out;
}

}  // namespace bulkhead
