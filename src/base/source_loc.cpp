// SourceLoc formatting.
#include "base/source_loc.h"

#include <ostream>

#include <fmt/format.h>

#include "base/text.h"

namespace bulkhead {

const std::string& FileName::empty_text() {
  static const std::string kEmpty;
  return kEmpty;
}

std::ostream& operator<<(std::ostream& out, const FileName& f) {
  return out << f.str();
}

// File names are the user's: printed with their control characters escaped.
std::string SourceLoc::str() const {
  if (!known()) return escape_controls(file.str());
  return fmt::format("{}:{}:{}", escape_controls(file.str()), line, column);
}

std::string SourceLoc::file_line() const {
  if (!known()) return escape_controls(file.str());
  return fmt::format("{}:{}", escape_controls(file.str()), line);
}

}  // namespace bulkhead
