// bulkhead render (placeholder until implemented).
#include "cli/common.h"

namespace bulkhead::cli {

void add_render(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("render", "render (not yet implemented)");
  sub->callback([] { usage_error("render is not implemented yet"); });
}

}  // namespace bulkhead::cli
