// The report's single escape function and the label shortening every chart uses.
// Both are O(length) and allocate one string.
#include "report/escape.h"

namespace bulkhead::report {

std::string escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') ||
            c == 0x7f) {
          out += "\xEF\xBF\xBD";  // U+FFFD: XML forbids these characters outright
        } else {
          out += c;
        }
    }
  }
  return out;
}

std::string ellipsize(std::string_view s, std::size_t max) {
  // Count code points: continuation bytes (10xxxxxx) do not start a character.
  std::size_t chars = 0, cut = s.size();
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (chars + 1 == max) cut = i;
    ++chars;
  }
  if (chars <= max || max == 0) return std::string(s);
  return std::string(s.substr(0, cut)) + "\xE2\x80\xA6";
}

}  // namespace bulkhead::report
