// bulkhead verify (placeholder until implemented).
#include "cli/common.h"

namespace bulkhead::cli {

void add_verify(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("verify", "verify (not yet implemented)");
  sub->allow_extras();
  sub->callback([] { usage_error("verify is not implemented yet"); });
}

}  // namespace bulkhead::cli
