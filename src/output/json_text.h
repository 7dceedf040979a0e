// JSON text for bulkhead's outputs. Strings that are not valid UTF-8 (a policy
// file name, a label value read from a non-UTF-8 file) are written with U+FFFD in place of
// each invalid byte instead of failing half-way through a document, so every JSON output
// is complete and parses.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace bulkhead::output {

template <typename Json>
std::string json_text(const Json& j, int indent = -1) {
  return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

/// Writes one JSON object member by member, and arrays element by element, so that an
/// output with every finding of a 100,000-host policy never sits in memory whole. The
/// text is byte for byte what json_text(document, 2) prints for the same document.
class JsonStream {
 public:
  using ojson = nlohmann::ordered_json;

  explicit JsonStream(std::ostream& os) : os_(os) { os_ << '{'; }

  /// A member of the top-level object.
  void field(std::string_view key, const ojson& value) {
    open_member(key);
    put(value, 2);
  }
  /// Opens an array member of the top-level object; `element` adds to it.
  void begin_array(std::string_view key) {
    open_member(key);
    os_ << '[';
    elements_ = 0;
  }
  void element(const ojson& value) {
    os_ << (elements_++ == 0 ? "\n    " : ",\n    ");
    put(value, 4);
  }
  void end_array() { os_ << (elements_ == 0 ? "]" : "\n  ]"); }
  /// Closes the object and ends the line.
  void finish() { os_ << (members_ == 0 ? "}\n" : "\n}\n"); }

 private:
  void open_member(std::string_view key) {
    os_ << (members_++ == 0 ? "\n  " : ",\n  ") << json_text(ojson(std::string(key))) << ": ";
  }
  // The value's indented text, shifted right by the depth it is written at.
  void put(const ojson& value, int depth) {
    const std::string text = json_text(value, 2);
    const std::string pad(static_cast<std::size_t>(depth), ' ');
    std::size_t from = 0;
    for (std::size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', from)) {
      os_.write(text.data() + from, static_cast<std::streamsize>(nl + 1 - from));
      os_ << pad;
      from = nl + 1;
    }
    os_.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
  }

  std::ostream& os_;
  std::size_t members_ = 0;
  std::size_t elements_ = 0;
};

}  // namespace bulkhead::output
