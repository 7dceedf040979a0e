// SourceLoc: a position in a policy file, carried by every model element so that
// every diagnostic, rendered rule and finding can name file:line:column.
#pragma once

#include <compare>
#include <string>

namespace bulkhead {

struct SourceLoc {
  std::string file;
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
