// Sanitizing policy text for nft strings and identifiers, and writing address elements.
// Key idea: nothing from the policy reaches the file unfiltered; names that had to change
// carry a stable FNV-1a hash of the original so that two zones or hosts never collide.
#include "targets/nftables/names.h"

#include <cstdint>

#include <fmt/format.h>

namespace bulkhead::targets::nftables {
namespace {

bool alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool text_char(char c) {
  return alnum(c) || c == ' ' || c == '.' || c == '_' || c == ':' || c == '/' || c == '@' ||
         c == '=' || c == '+' || c == '-';
}

std::uint32_t fnv1a(std::string_view s) {
  std::uint32_t h = 2166136261u;
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

}  // namespace

std::string sanitize_text(std::string_view text, std::size_t max) {
  std::string out;
  out.reserve(std::min(text.size(), max));
  for (char c : text) {
    if (out.size() == max) break;
    out += text_char(c) ? c : '_';
  }
  return out;
}

std::string safe_name(std::string_view name, bool dots) {
  auto ok_char = [&](char c) { return alnum(c) || c == '_' || c == '-' || (dots && c == '.'); };
  bool ok = !name.empty() && name.size() <= 48 && alnum(name.front());
  for (char c : name) ok = ok && ok_char(c);
  if (ok) return std::string(name);
  std::string base;
  for (char c : name) {
    if (base.size() == 40) break;
    base += ok_char(c) ? c : '_';
  }
  if (base.empty() || !alnum(base.front())) base.insert(base.begin(), 'x');
  return fmt::format("{}-{:08x}", base, fnv1a(name));
}

std::string format_element(Family f, u128 lo, u128 hi) {
  if (lo == hi) return format_addr(f, lo);
  u128 span = hi - lo;  // a prefix iff span + 1 is a power of two and lo is aligned to it
  if ((span & (span + 1)) == 0 && (lo & span) == 0) {
    int host_bits = 0;
    for (u128 s = span; s != 0; s >>= 1) ++host_bits;
    return fmt::format("{}/{}", format_addr(f, lo), family_bits(f) - host_bits);
  }
  return fmt::format("{}-{}", format_addr(f, lo), format_addr(f, hi));
}

}  // namespace bulkhead::targets::nftables
