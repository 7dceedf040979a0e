// SourceLoc formatting.
#include "base/source_loc.h"

#include <ostream>

#include <fmt/format.h>

namespace bulkhead {

const std::string& FileName::empty_text() {
  static const std::string kEmpty;
  return kEmpty;
}

std::ostream& operator<<(std::ostream& out, const FileName& f) {
  return out << f.str();
}

std::string SourceLoc::str() const {
  if (!known()) return file.str();
  return fmt::format("{}:{}:{}", file.str(), line, column);
}

std::string SourceLoc::file_line() const {
  if (!known()) return file.str();
  return fmt::format("{}:{}", file.str(), line);
}

}  // namespace bulkhead
