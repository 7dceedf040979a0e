// IPv4 and IPv6 addresses and prefixes. Both families share one 128-bit value type;
// the family is kept beside it, and the two address spaces never mix.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace bulkhead {

__extension__ typedef unsigned __int128 u128;

enum class Family : std::uint8_t { V4 = 4, V6 = 6 };

/// Number of bits in an address of the family.
constexpr int family_bits(Family f) {
  return f == Family::V4 ? 32 : 128;
}
/// Largest address of the family.
constexpr u128 family_max(Family f) {
  return f == Family::V4 ? u128{0xffffffffu} : ~u128{0};
}

struct Addr {
  Family family = Family::V4;
  u128 value = 0;

  auto operator<=>(const Addr&) const = default;
  /// Canonical text: dotted quad, or RFC 5952 IPv6.
  std::string str() const;
};

/// Parses a plain address (no prefix length). nullopt when it is not one.
std::optional<Addr> parse_addr(std::string_view text);
/// Formats a value of the family as text.
std::string format_addr(Family f, u128 value);

struct Prefix {
  Addr base;
  int length = 0;

  auto operator<=>(const Prefix&) const = default;
  u128 first() const { return base.value; }
  u128 last() const;
  bool contains(const Addr& a) const {
    return a.family == base.family && a.value >= first() && a.value <= last();
  }
  /// "10.0.0.0/8"
  std::string str() const;
};

/// How a prefix text failed to parse.
enum class PrefixError : std::uint8_t { None, BadAddress, BadLength, HostBits };

/// Parses "addr/len" or a plain address (as /32 or /128). On failure returns nullopt
/// and sets *err.
std::optional<Prefix> parse_prefix(std::string_view text, PrefixError* err);

/// Mask of the low (bits - len) bits, i.e. the host part of a /len prefix.
u128 host_mask(Family f, int length);

}  // namespace bulkhead
