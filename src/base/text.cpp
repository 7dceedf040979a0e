// Escaping of control characters for terminal output.
#include "base/text.h"

#include <algorithm>

#include <fmt/format.h>

namespace bulkhead {
namespace {

bool is_c1(std::string_view s, std::size_t i) {
  return i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0xC2 &&
         static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
         static_cast<unsigned char>(s[i + 1]) <= 0x9F;
}

}  // namespace

std::string escape_controls(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7f) {
      out += fmt::format("\\x{:02x}", c);
    } else if (is_c1(s, i)) {
      out += fmt::format("\\u{:04x}", static_cast<unsigned char>(s[i + 1]));
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

bool has_terminal_controls(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if ((c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7f || is_c1(s, i)) return true;
  }
  return false;
}

std::optional<std::string> closest_word(std::string_view word,
                                        const std::vector<std::string>& candidates) {
  // Edit distance with adjacent transpositions (optimal string alignment), O(|a|·|b|) per
  // candidate; names are short. "rpd" is one step from both "rpc" and "rdp": a swap of two
  // letters is the likelier typo, so at equal distance a candidate with the same letters
  // wins.
  auto distance = [](std::string_view a, std::string_view b) {
    std::vector<std::vector<std::size_t>> m(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) m[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) m[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
      for (std::size_t j = 1; j <= b.size(); ++j) {
        m[i][j] = std::min(
            {m[i - 1][j] + 1, m[i][j - 1] + 1, m[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
          m[i][j] = std::min(m[i][j], m[i - 2][j - 2] + 1);
      }
    }
    return m[a.size()][b.size()];
  };
  auto same_letters = [](std::string_view a, std::string_view b) {
    std::string x(a), y(b);
    std::sort(x.begin(), x.end());
    std::sort(y.begin(), y.end());
    return x == y;
  };
  if (word.size() > 64) return std::nullopt;
  std::optional<std::string> best;
  std::size_t best_score = 6;  // 2 · distance, minus 1 for the same letters: distance ≤ 2
  for (const std::string& c : candidates) {
    const std::size_t d = distance(word, c);
    if (d >= 3 || d >= c.size()) continue;
    const std::size_t score = 2 * d - (d > 0 && same_letters(word, c) ? 1 : 0);
    if (score < best_score) {
      best_score = score;
      best = c;
    }
  }
  return best;
}

}  // namespace bulkhead
