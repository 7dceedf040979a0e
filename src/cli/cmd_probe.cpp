// bulkhead probe (placeholder until implemented).
#include "cli/common.h"

namespace bulkhead::cli {

void add_probe(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("probe", "probe (not yet implemented)");
  sub->allow_extras();
  sub->callback([] { usage_error("probe is not implemented yet"); });
}

}  // namespace bulkhead::cli
