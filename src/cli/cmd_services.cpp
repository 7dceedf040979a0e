// bulkhead services (placeholder until implemented).
#include "cli/common.h"

namespace bulkhead::cli {

void add_services(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("services", "services (not yet implemented)");
  sub->callback([] { usage_error("services is not implemented yet"); });
}

}  // namespace bulkhead::cli
