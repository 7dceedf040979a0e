// The service space: every (protocol, destination port) a flow can have, flattened into
// one integer key so that services are interval sets. TCP and UDP blocks are indexed by
// destination port, the ICMP and ICMPv6 blocks by message type (a flow's "port" is its
// ICMP type), and protocols other than TCP, UDP, ICMP and ICMPv6 share one block indexed
// by protocol number ("other"), which only the `any` service matches.
//
//   tcp    [0, 65535]          port
//   udp    [65536, 131071]     port
//   icmp   [131072, 131327]    ICMP (IPv4) type
//   icmpv6 [131328, 131583]    ICMPv6 type
//   other  [131584, 131839]    IP protocol number
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/interval_set.h"
#include "base/ip.h"

namespace bulkhead {

/// Enumerator values are stable (they are stored and hashed); the key layout above is
/// given by proto_base(), not by these values.
enum class Proto : std::uint8_t { Tcp = 0, Udp = 1, Icmp = 2, Other = 3, Icmpv6 = 4 };

constexpr std::uint32_t kPortsPerProto = 65536;
constexpr std::uint32_t kIcmpTypes = 256;
constexpr std::uint32_t kOtherProtos = 256;

/// First key of a protocol's block.
constexpr std::uint32_t proto_base(Proto p) {
  switch (p) {
    case Proto::Tcp:
      return 0;
    case Proto::Udp:
      return kPortsPerProto;
    case Proto::Icmp:
      return 2 * kPortsPerProto;
    case Proto::Icmpv6:
      return 2 * kPortsPerProto + kIcmpTypes;
    case Proto::Other:
      return 2 * kPortsPerProto + 2 * kIcmpTypes;
  }
  return 0;
}
/// Number of keys (ports, types or protocol numbers) of a protocol's block.
constexpr std::uint32_t proto_size(Proto p) {
  return p == Proto::Tcp || p == Proto::Udp ? kPortsPerProto
         : p == Proto::Other                ? kOtherProtos
                                            : kIcmpTypes;
}
/// Largest port (or type, or protocol number) of a block.
constexpr std::uint32_t proto_last(Proto p) {
  return proto_size(p) - 1;
}

constexpr std::uint32_t kServiceKeyMax = proto_base(Proto::Other) + kOtherProtos - 1;

/// The protocols in key order.
constexpr Proto kProtosInKeyOrder[] = {Proto::Tcp, Proto::Udp, Proto::Icmp, Proto::Icmpv6,
                                       Proto::Other};

/// Key of (proto, port). For ICMP and ICMPv6 the port is the message type (0-255); for
/// "other" it is the IP protocol number.
constexpr std::uint32_t service_key(Proto p, std::uint32_t port) {
  return proto_base(p) + port;
}
constexpr Proto key_proto(std::uint32_t key) {
  if (key < proto_base(Proto::Udp)) return Proto::Tcp;
  if (key < proto_base(Proto::Icmp)) return Proto::Udp;
  if (key < proto_base(Proto::Icmpv6)) return Proto::Icmp;
  if (key < proto_base(Proto::Other)) return Proto::Icmpv6;
  return Proto::Other;
}
constexpr std::uint32_t key_port(std::uint32_t key) {
  return key - proto_base(key_proto(key));
}

/// The address family a protocol's flows must have: ICMP is IPv4 only and ICMPv6 is
/// IPv6 only; nullopt for protocols of both families.
constexpr std::optional<Family> proto_family(Proto p) {
  if (p == Proto::Icmp) return Family::V4;
  if (p == Proto::Icmpv6) return Family::V6;
  return std::nullopt;
}
/// Whether flows of `p` exist in family `f`.
constexpr bool proto_in_family(Proto p, Family f) {
  std::optional<Family> only = proto_family(p);
  return !only || *only == f;
}
/// The ICMP protocol of a family.
constexpr Proto icmp_of(Family f) {
  return f == Family::V4 ? Proto::Icmp : Proto::Icmpv6;
}

/// The echo-request type of a family's ICMP (8, or 128 for ICMPv6): the type a flow
/// written without one ("ping") gets.
constexpr std::uint32_t icmp_echo_request(Family f) {
  return f == Family::V4 ? 8 : 128;
}

/// "tcp", "udp", "icmp", "icmpv6", "other"
std::string_view proto_name(Proto p);
/// Parses "tcp", "udp", "icmp" and "icmpv6" (the flow protocols of the query contract).
std::optional<Proto> parse_proto(std::string_view name);

using ServiceSet = IntervalSet<std::uint32_t>;

/// The whole service space (the `any` service).
ServiceSet all_services();
/// Every port (type, protocol number) of one protocol block.
ServiceSet whole_proto(Proto p);
/// Every ICMP message of both families (the `icmp` service).
ServiceSet all_icmp();
/// The keys whose flows exist in family `f` (every key but the other family's ICMP block).
ServiceSet family_services(Family f);
/// "tcp/445", "tcp/49152-65535", "icmp", "icmpv6/135", "any"-style text of a key set,
/// split by protocol.
std::string format_services(const ServiceSet& s);

}  // namespace bulkhead
