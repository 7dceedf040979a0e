// The service space: every (protocol, destination port) a flow can have, flattened into
// one integer key so that services are interval sets. Protocols other than TCP, UDP and
// ICMP share one block ("other"), which only the `any` service matches.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/interval_set.h"

namespace bulkhead {

enum class Proto : std::uint8_t { Tcp = 0, Udp = 1, Icmp = 2, Other = 3 };

constexpr std::uint32_t kPortsPerProto = 65536;
constexpr std::uint32_t kServiceKeyMax = 4 * kPortsPerProto - 1;

/// Key of (proto, port). ICMP and "other" flows have no port: every port of their block
/// is decided alike, since no service names part of those blocks.
constexpr std::uint32_t service_key(Proto p, std::uint32_t port) {
  return static_cast<std::uint32_t>(p) * kPortsPerProto + port;
}
constexpr Proto key_proto(std::uint32_t key) {
  return static_cast<Proto>(key / kPortsPerProto);
}
constexpr std::uint32_t key_port(std::uint32_t key) {
  return key % kPortsPerProto;
}

/// "tcp", "udp", "icmp", "other"
std::string_view proto_name(Proto p);
/// Parses "tcp", "udp", "icmp" (the flow protocols of the query contract).
std::optional<Proto> parse_proto(std::string_view name);

using ServiceSet = IntervalSet<std::uint32_t>;

/// The whole service space (the `any` service).
ServiceSet all_services();
/// Every port of one protocol block.
ServiceSet whole_proto(Proto p);
/// "tcp/445", "tcp/49152-65535", "icmp", "any"-style text of one interval of keys,
/// split by protocol when it spans several.
std::string format_services(const ServiceSet& s);

}  // namespace bulkhead
