// A small checker of the report's markup for the tests: every element opened is closed in
// order (HTML void elements and self-closed SVG elements excepted; <script> and <style>
// bodies skipped), and no '<' or '>' is left in attribute values or stray in the text.
#pragma once

#include <set>
#include <string>
#include <vector>

namespace bulkhead::report::test {

/// Empty when `s` is balanced; else the first problem with its byte offset.
inline std::string markup_problem(const std::string& s) {
  static const std::set<std::string> kVoid = {"meta", "br", "input", "hr", "img", "link", "wbr"};
  std::vector<std::string> open;
  std::size_t i = 0;
  while (i < s.size()) {
    if (s[i] == '>') return "stray '>' at " + std::to_string(i);
    if (s[i] != '<') {
      ++i;
      continue;
    }
    if (s.compare(i, 2, "<!") == 0) {  // doctype or comment
      std::size_t end = s.find('>', i);
      if (end == std::string::npos) return "unterminated <! at " + std::to_string(i);
      i = end + 1;
      continue;
    }
    const bool closing = i + 1 < s.size() && s[i + 1] == '/';
    std::size_t j = i + (closing ? 2 : 1);
    std::string name;
    while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '-'))
      name += s[j++];
    if (name.empty()) return "bad tag at " + std::to_string(i);
    // Scan to the tag's end, honouring quoted attribute values.
    char quote = 0;
    bool self = false;
    for (; j < s.size(); ++j) {
      if (quote) {
        if (s[j] == quote) quote = 0;
        if (s[j] == '<' || s[j] == '>') return "'<' or '>' in an attribute at " + std::to_string(j);
        continue;
      }
      if (s[j] == '"' || s[j] == '\'') {
        quote = s[j];
      } else if (s[j] == '<') {
        return "'<' inside a tag at " + std::to_string(j);
      } else if (s[j] == '>') {
        self = s[j - 1] == '/';
        break;
      }
    }
    if (j >= s.size()) return "unterminated tag <" + name + " at " + std::to_string(i);
    i = j + 1;
    if (closing) {
      if (open.empty() || open.back() != name)
        return "</" + name + "> closes " + (open.empty() ? "nothing" : "<" + open.back() + ">") +
               " at " + std::to_string(i);
      open.pop_back();
      continue;
    }
    if (self || kVoid.contains(name)) continue;
    if (name == "script" || name == "style") {
      std::size_t end = s.find("</" + name + ">", i);
      if (end == std::string::npos) return "unterminated <" + name + ">";
      i = end + name.size() + 3;
      continue;
    }
    open.push_back(name);
  }
  if (!open.empty()) return "unclosed <" + open.back() + ">";
  return "";
}

}  // namespace bulkhead::report::test
