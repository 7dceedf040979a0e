// SourceLoc formatting.
#include "base/source_loc.h"

#include <fmt/format.h>

namespace bulkhead {

std::string SourceLoc::str() const {
  if (!known()) return file;
  return fmt::format("{}:{}:{}", file, line, column);
}

std::string SourceLoc::file_line() const {
  if (!known()) return file;
  return fmt::format("{}:{}", file, line);
}

}  // namespace bulkhead
