// SourceLoc: a position in a policy file, carried by every model element so that
// every diagnostic, rendered rule and finding can name file:line:column.
#pragma once

#include <compare>
#include <iosfwd>
#include <memory>
#include <string>

namespace bulkhead {

/// The name of a policy file, as given. Shared and immutable: every model element
/// carries a SourceLoc, and copying one copies a pointer, not the path (at 100,000 hosts
/// copying paths was 15 % of a load).
class FileName {
 public:
  FileName() = default;
  FileName(std::string name)  // NOLINT: implicit, a file name is its text
      : text_(std::make_shared<const std::string>(std::move(name))) {}
  FileName(const char* name) : FileName(std::string(name)) {}  // NOLINT

  const std::string& str() const { return text_ ? *text_ : empty_text(); }
  operator const std::string&() const { return str(); }  // NOLINT
  bool empty() const { return str().empty(); }

  friend bool operator==(const FileName& a, const FileName& b) {
    return a.text_ == b.text_ || a.str() == b.str();
  }
  friend std::strong_ordering operator<=>(const FileName& a, const FileName& b) {
    return a.str().compare(b.str()) <=> 0;
  }
  friend std::ostream& operator<<(std::ostream& out, const FileName& f);

 private:
  static const std::string& empty_text();
  std::shared_ptr<const std::string> text_;
};

struct SourceLoc {
  FileName file;
  int line = 0;    ///< 1-based; 0 when unknown
  int column = 0;  ///< 1-based; 0 when unknown

  bool known() const { return line > 0; }
  /// "file:line:column" (or "file" when no position is known).
  std::string str() const;
  /// "file:line", the short form used in provenance ("at" of query).
  std::string file_line() const;
  auto operator<=>(const SourceLoc&) const = default;
};

}  // namespace bulkhead
