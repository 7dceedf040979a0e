// Text that reaches a terminal: control characters from user-given strings (file names,
// a value quoted in a message) are written as visible escapes, so no input can move the
// cursor, recolour the terminal or split a diagnostic line in two.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bulkhead {

/// `s` with every C0 control character (newline and tab included), DEL and C1 control
/// (U+0080-U+009F) written as `\xNN` (`\n`, `\t`, `\r` as such); other bytes unchanged.
std::string escape_controls(std::string_view s);

/// Whether `s` holds a control character that escape_controls would rewrite, other than
/// tab, newline and carriage return.
bool has_terminal_controls(std::string_view s);

/// The closest of `candidates` to `word` when it is a likely typo (edit distance at most 2,
/// and less than the candidate's length), for "did you mean ...?" hints.
std::optional<std::string> closest_word(std::string_view word,
                                        const std::vector<std::string>& candidates);

}  // namespace bulkhead
