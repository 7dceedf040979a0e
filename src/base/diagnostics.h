// Diagnostics: collects user-input errors and warnings with their positions so that a
// stage can report all of them, not just the first, and let the CLI decide how to exit.
#pragma once

#include <string>
#include <vector>

#include "base/source_loc.h"

namespace bulkhead {

enum class Severity : unsigned char { Error, Warning };

struct Diagnostic {
  Severity severity;
  SourceLoc loc;
  std::string message;

  /// "file:line:column: error: message"
  std::string str() const;
};

class Diagnostics {
 public:
  void error(const SourceLoc& loc, std::string message);
  void warning(const SourceLoc& loc, std::string message);
  bool has_errors() const { return errors_ > 0; }
  int error_count() const { return errors_; }
  /// All diagnostics sorted by file, line, column, then the order they were reported.
  std::vector<Diagnostic> sorted() const;
  const std::vector<Diagnostic>& all() const { return items_; }

 private:
  std::vector<Diagnostic> items_;
  int errors_ = 0;
};

}  // namespace bulkhead
