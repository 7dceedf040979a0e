// bulkhead diff (placeholder until implemented).
#include "cli/common.h"

namespace bulkhead::cli {

void add_diff(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("diff", "diff (not yet implemented)");
  sub->allow_extras();
  sub->callback([] { usage_error("diff is not implemented yet"); });
}

}  // namespace bulkhead::cli
