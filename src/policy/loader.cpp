// Placeholder loader.
#include "policy/loader.h"

namespace bulkhead::policy {

std::optional<Model> load(const std::vector<std::string>& paths, Diagnostics& diags) {
  diags.error(SourceLoc{paths.empty() ? "" : paths.front(), 0, 0}, "loader not implemented");
  return std::nullopt;
}

std::optional<Model> load_text(const std::string&, const std::string& name, Diagnostics& diags) {
  diags.error(SourceLoc{name, 0, 0}, "loader not implemented");
  return std::nullopt;
}

}  // namespace bulkhead::policy
