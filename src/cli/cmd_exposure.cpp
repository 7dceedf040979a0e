// bulkhead exposure (placeholder until implemented).
#include "cli/common.h"

namespace bulkhead::cli {

void add_exposure(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("exposure", "exposure (not yet implemented)");
  sub->allow_extras();
  sub->callback([] { usage_error("exposure is not implemented yet"); });
}

}  // namespace bulkhead::cli
