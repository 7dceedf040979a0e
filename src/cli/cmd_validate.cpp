// bulkhead validate (placeholder until implemented).
#include "cli/common.h"

namespace bulkhead::cli {

void add_validate(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("validate", "validate (not yet implemented)");
  sub->callback([] { usage_error("validate is not implemented yet"); });
}

}  // namespace bulkhead::cli
