// bulkhead status (placeholder until implemented).
#include "cli/common.h"

namespace bulkhead::cli {

void add_status(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("status", "status (not yet implemented)");
  sub->allow_extras();
  sub->callback([] { usage_error("status is not implemented yet"); });
}

}  // namespace bulkhead::cli
