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

TEST(ConfirmFlags, TheRollbackTimerIsOnByDefault) {
  ConfirmChoice c = choose_confirm(std::nullopt, false, false);
  ASSERT_TRUE(c.ok);
  EXPECT_EQ(c.window, milliseconds(120'000));
  EXPECT_TRUE(c.by_default);
}

TEST(ConfirmFlags, AGivenWindowOrNoneWithNoConfirm) {
  ConfirmChoice c = choose_confirm(std::string("3s"), false, false);
  ASSERT_TRUE(c.ok);
  EXPECT_EQ(c.window, milliseconds(3000));
  EXPECT_FALSE(c.by_default);
  c = choose_confirm(std::nullopt, true, false);
  ASSERT_TRUE(c.ok);
  EXPECT_FALSE(c.window);
}

TEST(ConfirmFlags, AnEmptyValueIsAnErrorNotTheDefault) {
  // `--confirm "$WINDOW"` with WINDOW unset.
  ConfirmChoice c = choose_confirm(std::string(""), false, false);
  EXPECT_FALSE(c.ok);
  EXPECT_FALSE(c.window);
  EXPECT_NE(c.why.find("empty"), std::string::npos) << c.why;
}

TEST(ConfirmFlags, ContradictionsAndBadDurationsAreErrors) {
  ConfirmChoice both = choose_confirm(std::string("2m"), true, false);
  EXPECT_FALSE(both.ok);
  EXPECT_NE(both.why.find("--no-confirm"), std::string::npos) << both.why;
  EXPECT_FALSE(choose_confirm(std::string(""), true, false).ok);
  ConfirmChoice bad = choose_confirm(std::string("0s"), false, false);
  EXPECT_FALSE(bad.ok);
  EXPECT_NE(bad.why.find("--confirm: '0s' is not a duration"), std::string::npos) << bad.why;
  EXPECT_FALSE(choose_confirm(std::string("2 minutes"), false, false).ok);
}

TEST(ConfirmFlags, ADryRunArmsNothing) {
  ConfirmChoice dry = choose_confirm(std::nullopt, false, true);
  ASSERT_TRUE(dry.ok);
  EXPECT_FALSE(dry.window);
  EXPECT_TRUE(choose_confirm(std::nullopt, true, true).ok);
  EXPECT_FALSE(choose_confirm(std::string("1m"), false, true).ok);
}

}  // namespace
}  // namespace bulkhead::agent
