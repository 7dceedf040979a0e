// bulkhead coverage (placeholder until implemented).
#include "cli/common.h"

namespace bulkhead::cli {

void add_coverage(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("coverage", "coverage (not yet implemented)");
  sub->allow_extras();
  sub->callback([] { usage_error("coverage is not implemented yet"); });
}

}  // namespace bulkhead::cli
