// bulkhead apply (placeholder until implemented).
#include "cli/common.h"

namespace bulkhead::cli {

void add_apply(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("apply", "apply (not yet implemented)");
  sub->allow_extras();
  sub->callback([] { usage_error("apply is not implemented yet"); });
}

}  // namespace bulkhead::cli
