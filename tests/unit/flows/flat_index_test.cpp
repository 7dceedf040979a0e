// FlatIndex against std::unordered_map: dense indices in insertion order, finds of present
// and absent keys, through many growths, for a one-word key and a wide padded-free key.
#include <gtest/gtest.h>

#include <random>
#include <unordered_map>

#include "flows/flat_index.h"

namespace bulkhead::flows {
namespace {

struct Wide {
  std::uint64_t a = 0, b = 0, c = 0;
  bool operator==(const Wide&) const = default;
};
struct WideHash {
  std::size_t operator()(const Wide& w) const { return w.a * 31 + w.b * 7 + w.c; }
};

template <typename Key, typename Hash, typename Make>
void check_against_map(Make make, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  FlatIndex<Key> index;
  std::unordered_map<Key, std::uint32_t, Hash> want;
  std::vector<Key> order;
  for (int step = 0; step < 300000; ++step) {
    // Keys from a range a little larger than the number inserted, so that both present
    // and absent keys are asked for often.
    const Key k = make(rng() % 120000);
    if (rng() % 3 == 0) {
      auto it = want.find(k);
      ASSERT_EQ(index.find(k), it == want.end() ? FlatIndex<Key>::kNone : it->second);
      continue;
    }
    bool fresh = false;
    const std::uint32_t got = index.insert(k, &fresh);
    auto [it, added] = want.try_emplace(k, static_cast<std::uint32_t>(order.size()));
    ASSERT_EQ(fresh, added);
    ASSERT_EQ(got, it->second);
    if (added) order.push_back(k);
  }
  ASSERT_EQ(index.size(), want.size());
  ASSERT_EQ(index.keys().size(), order.size());
  for (std::size_t i = 0; i < order.size(); ++i) {
    ASSERT_TRUE(index.keys()[i] == order[i]);
    ASSERT_EQ(index.find(order[i]), i);
  }
}

TEST(FlatIndex, AgreesWithUnorderedMapForWords) {
  check_against_map<std::uint64_t, std::hash<std::uint64_t>>(
      [](std::uint64_t v) { return v * 0x9E3779B97F4A7C15ull; }, 1);
}

TEST(FlatIndex, AgreesWithUnorderedMapForWideKeys) {
  // Keys that differ in one word only, as address pairs sharing a source do.
  check_against_map<Wide, WideHash>([](std::uint64_t v) { return Wide{7, v % 300, v / 300}; }, 2);
}

TEST(FlatIndex, EmptyIndexFindsNothing) {
  const FlatIndex<std::uint64_t> index;
  EXPECT_EQ(index.find(42), FlatIndex<std::uint64_t>::kNone);
  EXPECT_EQ(index.size(), 0u);
}

}  // namespace
}  // namespace bulkhead::flows
