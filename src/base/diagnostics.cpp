// Diagnostics: a located list of user-input errors and warnings.
#include "base/diagnostics.h"

#include <algorithm>

#include <fmt/format.h>

#include "base/text.h"

namespace bulkhead {

std::string Diagnostic::str() const {
  // One line each, whatever the message quotes or the file is called.
  const char* kind = severity == Severity::Error ? "error" : "warning";
  if (loc.file.empty()) return fmt::format("{}: {}", kind, escape_controls(message));
  return fmt::format("{}: {}: {}", loc.str(), kind, escape_controls(message));
}

void Diagnostics::error(const SourceLoc& loc, std::string message) {
  items_.push_back({Severity::Error, loc, std::move(message)});
  ++errors_;
}

void Diagnostics::warning(const SourceLoc& loc, std::string message) {
  items_.push_back({Severity::Warning, loc, std::move(message)});
}

std::vector<Diagnostic> Diagnostics::sorted() const {
  std::vector<Diagnostic> out = items_;
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.loc.file, a.loc.line, a.loc.column) <
           std::tie(b.loc.file, b.loc.line, b.loc.column);
  });
  return out;
}

}  // namespace bulkhead
