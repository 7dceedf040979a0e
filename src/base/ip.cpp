// Address parsing and formatting. Parsing uses inet_pton (the C library's strict
// parser) so that bulkhead accepts exactly the forms the platform does.
#include "base/ip.h"

#include <arpa/inet.h>

#include <charconv>
#include <cstring>

#include <fmt/format.h>

namespace bulkhead {

std::optional<Addr> parse_addr(std::string_view text) {
  if (text.empty() || text.size() > 45) return std::nullopt;
  char buf[64];
  std::memcpy(buf, text.data(), text.size());
  buf[text.size()] = '\0';
  if (text.find(':') == std::string_view::npos) {
    in_addr a4{};
    if (inet_pton(AF_INET, buf, &a4) != 1) return std::nullopt;
    return Addr{Family::V4, u128{ntohl(a4.s_addr)}};
  }
  in6_addr a6{};
  if (inet_pton(AF_INET6, buf, &a6) != 1) return std::nullopt;
  u128 v = 0;
  for (unsigned char byte : a6.s6_addr) v = (v << 8) | byte;
  return Addr{Family::V6, v};
}

std::string format_addr(Family f, u128 value) {
  char buf[INET6_ADDRSTRLEN];
  if (f == Family::V4) {
    in_addr a4{};
    a4.s_addr = htonl(static_cast<std::uint32_t>(value));
    inet_ntop(AF_INET, &a4, buf, sizeof buf);
  } else {
    in6_addr a6{};
    for (int i = 15; i >= 0; --i) {
      a6.s6_addr[i] = static_cast<unsigned char>(value & 0xff);
      value >>= 8;
    }
    inet_ntop(AF_INET6, &a6, buf, sizeof buf);
  }
  return buf;
}

std::string Addr::str() const {
  return format_addr(family, value);
}

u128 host_mask(Family f, int length) {
  int host_bits = family_bits(f) - length;
  if (host_bits <= 0) return 0;
  if (host_bits >= 128) return ~u128{0};
  return (u128{1} << host_bits) - 1;
}

u128 Prefix::last() const {
  return base.value | host_mask(base.family, length);
}

std::string Prefix::str() const {
  return fmt::format("{}/{}", base.str(), length);
}

std::optional<Prefix> parse_prefix(std::string_view text, PrefixError* err) {
  *err = PrefixError::None;
  auto slash = text.find('/');
  auto addr = parse_addr(text.substr(0, slash));
  if (!addr) {
    *err = PrefixError::BadAddress;
    return std::nullopt;
  }
  int bits = family_bits(addr->family);
  int length = bits;
  if (slash != std::string_view::npos) {
    std::string_view len_text = text.substr(slash + 1);
    auto [ptr, ec] = std::from_chars(len_text.data(), len_text.data() + len_text.size(), length);
    if (len_text.empty() || ec != std::errc() || ptr != len_text.data() + len_text.size() ||
        length < 0 || length > bits) {
      *err = PrefixError::BadLength;
      return std::nullopt;
    }
  }
  if ((addr->value & host_mask(addr->family, length)) != 0) {
    *err = PrefixError::HostBits;
    return std::nullopt;
  }
  return Prefix{*addr, length};
}

}  // namespace bulkhead
