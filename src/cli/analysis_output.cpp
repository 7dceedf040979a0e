// Policy loading for the analysis commands: load_policy (diagnostics printed, exit code
// set) then Decision::resolve.
#include "cli/analysis_output.h"

#include "cli/common.h"

namespace bulkhead::cli {

std::shared_ptr<const decision::Decision> load_decision(const std::vector<std::string>& paths) {
  auto model = load_policy(paths);
  if (!model) return nullptr;
  return decision::Decision::resolve(std::move(*model));
}

}  // namespace bulkhead::cli
