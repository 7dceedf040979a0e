// Unit tests for --confirm durations (agent/duration.h).
#include "agent/duration.h"

#include <gtest/gtest.h>

namespace bulkhead::agent {
namespace {

using std::chrono::milliseconds;

std::optional<milliseconds> parse(std::string_view text) {
  std::string why;
  return parse_duration(text, &why);
}

TEST(Duration, ParsesEachUnit) {
  EXPECT_EQ(parse("60s"), milliseconds(60'000));
  EXPECT_EQ(parse("2m"), milliseconds(120'000));
  EXPECT_EQ(parse("1h"), milliseconds(3'600'000));
  EXPECT_EQ(parse("1500ms"), milliseconds(1500));
}

TEST(Duration, BareNumberIsSeconds) {
  EXPECT_EQ(parse("90"), milliseconds(90'000));
}

TEST(Duration, CombinesUnitsInDecreasingOrder) {
  EXPECT_EQ(parse("1m30s"), milliseconds(90'000));
  EXPECT_EQ(parse("1h2m3s4ms"), milliseconds(3'723'004));
}

TEST(Duration, RejectsMalformedTextWithAReason) {
  for (const char* bad : {"", "s", "5x", "1m1h", "1s1s", "1m30", "-5s", "3 s", "1.5s"}) {
    std::string why;
    EXPECT_FALSE(parse_duration(bad, &why)) << bad;
    EXPECT_NE(why.find("is not a duration"), std::string::npos) << bad << ": " << why;
  }
}

TEST(Duration, RejectsZeroAndMoreThanADay) {
  std::string why;
  EXPECT_FALSE(parse_duration("0s", &why));
  EXPECT_NE(why.find("zero"), std::string::npos);
  EXPECT_FALSE(parse_duration("25h", &why));
  EXPECT_NE(why.find("24h"), std::string::npos);
  EXPECT_TRUE(parse_duration("24h", &why));
  EXPECT_FALSE(parse_duration("99999999999999999999s", &why));
}

TEST(Duration, FormatsTheShortestExactForm) {
  EXPECT_EQ(format_duration(milliseconds(3000)), "3s");
  EXPECT_EQ(format_duration(milliseconds(90'000)), "1m30s");
  EXPECT_EQ(format_duration(milliseconds(250)), "250ms");
  EXPECT_EQ(format_duration(milliseconds(3'600'000)), "1h");
  for (const char* text : {"60s", "2m", "1h30m", "1500ms", "1h2m3s4ms"})
    EXPECT_EQ(parse(format_duration(*parse(text))), parse(text)) << text;
}

}  // namespace
}  // namespace bulkhead::agent
