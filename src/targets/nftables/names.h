// Names and strings in emitted nftables rulesets. nft quoted strings cannot escape a
// quote, so every policy-derived text is reduced to a safe charset; identifiers (table,
// set, file names) are generated, and a policy name only enters one after sanitizing,
// with a hash suffix whenever sanitizing changed it so that distinct names stay distinct.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "base/ip.h"

namespace bulkhead::targets::nftables {

constexpr std::size_t kMaxComment = 127;   ///< bytes of a rule comment (nft: 128 with NUL)
constexpr std::size_t kMaxLogPrefix = 60;  ///< bytes of a log prefix

/// Maps every character outside [A-Za-z0-9 ._:/@=+-] to '_' and cuts to `max` bytes.
std::string sanitize_text(std::string_view text, std::size_t max);

/// A policy name as part of an nft identifier or a file name: kept when it is made of
/// [A-Za-z0-9_-] (plus '.' when `dots`), at most 48 bytes and starts with a letter or
/// digit; otherwise the sanitized text (cut to 40) plus "-" and 8 hex digits of its hash.
std::string safe_name(std::string_view name, bool dots);

/// One interval of addresses as an nft element: "10.0.0.1", "10.0.0.0/8" when it is
/// exactly a prefix, else "10.0.0.1-10.0.0.9".
std::string format_element(Family f, u128 lo, u128 hi);

}  // namespace bulkhead::targets::nftables
