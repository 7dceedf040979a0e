// bulkhead matrix (placeholder until implemented).
#include "cli/common.h"

namespace bulkhead::cli {

void add_matrix(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("matrix", "matrix (not yet implemented)");
  sub->callback([] { usage_error("matrix is not implemented yet"); });
}

}  // namespace bulkhead::cli
