// The readers' fast field parsers agree with the general ones: parse_address with
// base/ip.h's parse_addr (inet_pton's grammar) on dotted quads and near misses, parse_u64
// with a checked decimal conversion, on edge cases and random strings.
#include <gtest/gtest.h>

#include <charconv>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "base/ip.h"
#include "flows/text_fields.h"

namespace bulkhead::flows {
namespace {

void expect_same_address(const std::string& s) {
  const std::optional<Addr> fast = parse_address(s);
  const std::optional<Addr> slow = parse_addr(s);
  ASSERT_EQ(fast.has_value(), slow.has_value()) << "'" << s << "'";
  if (fast) {
    EXPECT_TRUE(*fast == *slow) << "'" << s << "'";
  }
}

TEST(ParseAddress, EdgeCases) {
  for (const char* s : {"0.0.0.0",
                        "255.255.255.255",
                        "10.1.2.3",
                        "1.2.3.4",
                        "256.1.1.1",
                        "1.256.1.1",
                        "1.1.1.256",
                        "01.1.1.1",
                        "1.01.1.1",
                        "1.1.1.01",
                        "1.1.1.0",
                        "1..1.1",
                        "1.1.1.",
                        ".1.1.1",
                        "1.1.1.1.",
                        "1.1.1",
                        "1.1.1.1.1",
                        "1111.1.1.1",
                        "999.999.999.999",
                        "1.2.3.4 ",
                        " 1.2.3.4",
                        "1.2.3.a",
                        "fd00::1",
                        "::1",
                        "::",
                        "01::",
                        "1::2",
                        "::ffff:1.2.3.4",
                        "1.2::",
                        "fe80::1:2:3:4",
                        "2001:db8::ff00:42:8329",
                        "1.2.3.-4",
                        "+1.2.3.4",
                        "1.2.3.4x",
                        "",
                        "1",
                        "0.0.0.00"})
    expect_same_address(s);
}

TEST(ParseAddress, RandomNearDottedQuads) {
  std::mt19937_64 rng(7);
  const std::string alphabet = "0123456789.:af";
  for (int i = 0; i < 200000; ++i) {
    std::string s;
    if (rng() % 2 == 0) {
      // A dotted quad, then perhaps one byte changed.
      s = std::to_string(rng() % 300) + "." + std::to_string(rng() % 300) + "." +
          std::to_string(rng() % 300) + "." + std::to_string(rng() % 300);
      if (rng() % 3 == 0) s[rng() % s.size()] = alphabet[rng() % alphabet.size()];
    } else {
      const std::size_t n = 1 + rng() % 16;
      for (std::size_t k = 0; k < n; ++k) s += alphabet[rng() % alphabet.size()];
    }
    expect_same_address(s);
  }
}

void expect_same_u64(const std::string& s) {
  std::uint64_t fast = 0, slow = 0;
  const bool fast_ok = parse_u64(s, &fast);
  const char* end = s.data() + s.size();
  auto [p, ec] = std::from_chars(s.data(), end, slow);
  // parse_u64 takes at most 20 digits (the longest uint64), leading zeros included.
  const bool slow_ok = !s.empty() && s.size() <= 20 && ec == std::errc() && p == end;
  ASSERT_EQ(fast_ok, slow_ok) << "'" << s << "'";
  if (fast_ok) {
    EXPECT_EQ(fast, slow) << "'" << s << "'";
  }
}

TEST(ParseU64, EdgeCasesAndRandom) {
  for (const char* s : {"0", "9", "18446744073709551615", "18446744073709551616",
                        "99999999999999999999", "1844674407370955161", "9999999999999999999",
                        "00000000000000000001", "000000000000000000001", "", "-1", "1a", " 1"})
    expect_same_u64(s);
  std::mt19937_64 rng(11);
  for (int i = 0; i < 100000; ++i) {
    std::string s;
    const std::size_t n = 1 + rng() % 22;
    for (std::size_t k = 0; k < n; ++k)
      s += rng() % 50 == 0 ? 'x' : static_cast<char>('0' + rng() % 10);
    expect_same_u64(s);
  }
}

// The reference: cut at every separator, one field more than separators.
std::vector<std::string_view> reference_split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

TEST(SplitFields, AgreesWithReferenceAcrossChunkBoundaries) {
  std::mt19937_64 rng(5);
  std::string_view fields[8];
  for (int i = 0; i < 100000; ++i) {
    // Lengths around the 16-byte chunks, separators dense or sparse.
    const std::size_t n = rng() % 70;
    const unsigned density = 1 + static_cast<unsigned>(rng() % 12);
    std::string s;
    for (std::size_t k = 0; k < n; ++k) s += rng() % density == 0 ? ' ' : 'a';
    // A separator just past the view's end must not be seen.
    std::string backing = s + "  ";
    const std::string_view view(backing.data(), s.size());
    const std::vector<std::string_view> want = reference_split(view, ' ');
    const std::size_t max = rng() % 9;
    const std::size_t got = split_fields(view, ' ', fields, max);
    if (want.size() > max) {
      ASSERT_EQ(got, max + 1) << "'" << s << "' max " << max;
    } else {
      ASSERT_EQ(got, want.size()) << "'" << s << "'";
    }
    for (std::size_t k = 0; k < std::min(got, max); ++k) {
      ASSERT_EQ(fields[k].data(), want[k].data()) << "'" << s << "' field " << k;
      ASSERT_EQ(fields[k].size(), want[k].size()) << "'" << s << "' field " << k;
    }
  }
}

}  // namespace
}  // namespace bulkhead::flows
