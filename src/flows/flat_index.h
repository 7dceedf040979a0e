// A flat open-addressing hash index from small trivially copyable keys to dense indices
// 0, 1, 2, ...: the flow checker's per-record lookups (class pairs, finding groups, address
// pairs). Values live in the caller's vectors, indexed by what the index returns, so a
// lookup of a known key never allocates and iteration order is insertion order.
// Linear probing with a power-of-two table kept at most half full; O(1) expected per call.
#pragma once

#include <cstdint>
#include <cstring>
#include <type_traits>
#include <vector>

namespace bulkhead::flows {

/// A 64-bit mix (splitmix64's finalizer): good enough to spread packed keys.
constexpr std::uint64_t mix64(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

/// Hashes the bytes of a key with no padding (callers zero-initialise their keys).
template <typename Key>
std::uint64_t hash_bytes(const Key& k) {
  static_assert(std::is_trivially_copyable_v<Key>);
  std::uint64_t h = 0x9e3779b97f4a7c15ULL;
  const auto* p = reinterpret_cast<const unsigned char*>(&k);
  std::size_t n = sizeof(Key);
  while (n >= 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    h = mix64(h ^ w);
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    std::uint64_t w = 0;
    std::memcpy(&w, p, n);
    h = mix64(h ^ w);
  }
  return h;
}

template <typename Key>
class FlatIndex {
 public:
  static constexpr std::uint32_t kNone = 0xffffffffu;

  /// The index of `k`, or kNone.
  std::uint32_t find(const Key& k) const {
    if (slots_.empty()) return kNone;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash_bytes(k) & mask;; i = (i + 1) & mask) {
      std::uint32_t s = slots_[i];
      if (s == kNone) return kNone;
      if (std::memcmp(&keys_[s], &k, sizeof(Key)) == 0) return s;
    }
  }
  /// The index of `k`, inserting it (with the next index) when absent; `*inserted` says
  /// which.
  std::uint32_t insert(const Key& k, bool* inserted) {
    if ((keys_.size() + 1) * 2 > slots_.size()) grow();
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash_bytes(k) & mask;; i = (i + 1) & mask) {
      std::uint32_t s = slots_[i];
      if (s == kNone) {
        slots_[i] = static_cast<std::uint32_t>(keys_.size());
        keys_.push_back(k);
        *inserted = true;
        return slots_[i];
      }
      if (std::memcmp(&keys_[s], &k, sizeof(Key)) == 0) {
        *inserted = false;
        return s;
      }
    }
  }
  std::size_t size() const { return keys_.size(); }
  const std::vector<Key>& keys() const { return keys_; }

 private:
  void grow() {
    std::vector<std::uint32_t> next(slots_.empty() ? 16 : slots_.size() * 2, kNone);
    const std::size_t mask = next.size() - 1;
    for (std::uint32_t s = 0; s < keys_.size(); ++s) {
      std::size_t i = hash_bytes(keys_[s]) & mask;
      while (next[i] != kNone) i = (i + 1) & mask;
      next[i] = s;
    }
    slots_.swap(next);
  }

  std::vector<std::uint32_t> slots_;
  std::vector<Key> keys_;
};

}  // namespace bulkhead::flows
