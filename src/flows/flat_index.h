// A flat open-addressing hash index from small trivially copyable keys to dense indices
// 0, 1, 2, ...: the flow checker's per-record lookups (class pairs, finding groups, address
// pairs). Values live in the caller's vectors, indexed by what the index returns, so a
// lookup of a known key never allocates and iteration order is insertion order.
// Linear probing with a power-of-two table kept at most half full; O(1) expected per call.
// At most 2^31 keys (indices are 32 bits and the home slot comes from 32 bits of the hash).
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
    const std::uint32_t tag = tag_of(k);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = tag & mask;; i = (i + 1) & mask) {
      const Slot s = slots_[i];
      if (s.index == kNone) return kNone;
      if (s.tag == tag && std::memcmp(&keys_[s.index], &k, sizeof(Key)) == 0) return s.index;
    }
  }
  /// The index of `k`, inserting it (with the next index) when absent; `*inserted` says
  /// which.
  std::uint32_t insert(const Key& k, bool* inserted) {
    if ((keys_.size() + 1) * 2 > slots_.size()) grow();
    const std::uint32_t tag = tag_of(k);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = tag & mask;; i = (i + 1) & mask) {
      const Slot s = slots_[i];
      if (s.index == kNone) {
        const auto index = static_cast<std::uint32_t>(keys_.size());
        slots_[i] = Slot{index, tag};
        keys_.push_back(k);
        *inserted = true;
        return index;
      }
      if (s.tag == tag && std::memcmp(&keys_[s.index], &k, sizeof(Key)) == 0) {
        *inserted = false;
        return s.index;
      }
    }
  }
  std::size_t size() const { return keys_.size(); }
  const std::vector<Key>& keys() const { return keys_; }

 private:
  // A slot keeps 32 bits of its key's hash beside the index: the home slot is those bits
  // under the mask (so growing never reads a key again), and a probe compares keys only
  // when the tags agree (so it rarely touches the key array, which is elsewhere in memory).
  struct Slot {
    std::uint32_t index = kNone;
    std::uint32_t tag = 0;
  };
  static std::uint32_t tag_of(const Key& k) {
    return static_cast<std::uint32_t>(hash_bytes(k) >> 32);
  }

  void grow() {
    std::vector<Slot> next(slots_.empty() ? 16 : slots_.size() * 2);
    const std::size_t mask = next.size() - 1;
    for (const Slot& s : slots_) {
      if (s.index == kNone) continue;
      std::size_t i = s.tag & mask;
      while (next[i].index != kNone) i = (i + 1) & mask;
      next[i] = s;
    }
    slots_.swap(next);
  }

  std::vector<Slot> slots_;
  std::vector<Key> keys_;
};

}  // namespace bulkhead::flows
