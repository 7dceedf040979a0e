// Durations on the command line (`--confirm 60s`, `2m`, `1h30m`, `1500ms`).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace bulkhead::agent {

/// Parses a duration: one or more NUMBER UNIT parts (units ms, s, m, h), or a bare number
/// of seconds. nullopt and a reason when malformed, zero, or longer than 24 hours.
std::optional<std::chrono::milliseconds> parse_duration(std::string_view text, std::string* why);

/// "1m30s", "3s", "250ms": the shortest exact form.
std::string format_duration(std::chrono::milliseconds d);

}  // namespace bulkhead::agent
