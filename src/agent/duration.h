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

/// The rollback window `apply` arms when neither --confirm nor --no-confirm is given.
constexpr std::chrono::milliseconds kDefaultConfirm{2 * 60 * 1000};

/// What the rollback flags of `apply` ask for.
struct ConfirmChoice {
  bool ok = true;
  std::optional<std::chrono::milliseconds> window;  ///< the rollback to arm; nullopt: none
  bool by_default = false;                          ///< window is kDefaultConfirm, not asked for
  std::string why;                                  ///< when !ok: the usage error
};

/// Resolves --confirm DURATION (`confirm`: nullopt when the flag is absent, so that an
/// empty value, e.g. an unset shell variable, is an error and not "absent"), --no-confirm
/// and --dry-run: a dry run arms nothing; otherwise the given window, none with
/// --no-confirm, else kDefaultConfirm. Both --confirm and --no-confirm, --confirm with
/// --dry-run, and a malformed or empty duration are errors.
ConfirmChoice choose_confirm(const std::optional<std::string>& confirm, bool no_confirm,
                             bool dry_run);

}  // namespace bulkhead::agent
