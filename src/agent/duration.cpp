// Duration parsing for --confirm: NUMBER UNIT parts summed left to right, units ms/s/m/h,
// each unit at most once and in decreasing order, bounded to (0, 24h]. Linear in the text.
#include "agent/duration.h"

#include <cstdint>

namespace bulkhead::agent {
namespace {
constexpr std::int64_t kMaxMs = 24LL * 3600 * 1000;
}

std::optional<std::chrono::milliseconds> parse_duration(std::string_view text, std::string* why) {
  auto fail = [&](std::string reason) -> std::optional<std::chrono::milliseconds> {
    if (why != nullptr)
      *why = "'" + std::string(text) + "' is not a duration: " + reason +
             " (write e.g. 60s, 2m, 1h30m or 1500ms)";
    return std::nullopt;
  };
  if (text.empty()) return fail("it is empty");
  std::int64_t total = 0;
  int last_rank = 4;  // h=3, m=2, s=1, ms=0: units must decrease
  std::size_t i = 0;
  bool bare = true;
  while (i < text.size()) {
    std::size_t start = i;
    std::int64_t n = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
      n = n * 10 + (text[i] - '0');
      if (n > kMaxMs) return fail("the number is too large");
      ++i;
    }
    if (i == start) return fail("expected a number at '" + std::string(text.substr(i)) + "'");
    std::size_t ustart = i;
    while (i < text.size() && text[i] >= 'a' && text[i] <= 'z') ++i;
    std::string_view unit = text.substr(ustart, i - ustart);
    std::int64_t scale = 0;
    int rank = 0;
    if (unit.empty()) {
      if (i != text.size() || !bare) return fail("a number without a unit");
      scale = 1000;  // a bare number is seconds
      rank = 1;
    } else if (unit == "ms") {
      scale = 1, rank = 0;
    } else if (unit == "s") {
      scale = 1000, rank = 1;
    } else if (unit == "m") {
      scale = 60'000, rank = 2;
    } else if (unit == "h") {
      scale = 3'600'000, rank = 3;
    } else {
      return fail("unknown unit '" + std::string(unit) + "'");
    }
    if (rank >= last_rank) return fail("units must go from hours down to milliseconds, once each");
    last_rank = rank;
    bare = false;
    total += n * scale;
    if (total > kMaxMs) return fail("longer than 24h");
  }
  if (total == 0) return fail("it is zero");
  return std::chrono::milliseconds(total);
}

std::string format_duration(std::chrono::milliseconds d) {
  std::int64_t ms = d.count();
  if (ms == 0) return "0s";
  std::string out;
  auto part = [&](std::int64_t unit, const char* name) {
    if (ms >= unit) {
      out += std::to_string(ms / unit) + name;
      ms %= unit;
    }
  };
  part(3'600'000, "h");
  part(60'000, "m");
  part(1000, "s");
  part(1, "ms");
  return out;
}

ConfirmChoice choose_confirm(const std::optional<std::string>& confirm, bool no_confirm,
                             bool dry_run) {
  ConfirmChoice c;
  auto fail = [&](std::string why) {
    c.ok = false;
    c.window.reset();
    c.why = std::move(why);
    return c;
  };
  if (confirm && no_confirm)
    return fail("--confirm DURATION and --no-confirm contradict each other; give one");
  if (dry_run) {
    if (confirm) return fail("--dry-run applies nothing, so --confirm has nothing to arm");
    return c;
  }
  if (no_confirm) return c;
  if (!confirm) {
    c.window = kDefaultConfirm;
    c.by_default = true;
    return c;
  }
  // An empty value is a mistake (`--confirm "$WINDOW"` with WINDOW unset), never a
  // request for the default or for no rollback.
  if (confirm->empty())
    return fail(
        "--confirm needs a DURATION such as 60s or 2m, and got an empty value (an "
        "unset shell variable?); use --no-confirm to apply without a rollback");
  std::string why;
  c.window = parse_duration(*confirm, &why);
  if (!c.window) return fail("--confirm: " + why);
  return c;
}

}  // namespace bulkhead::agent
