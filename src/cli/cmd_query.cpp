// bulkhead query (placeholder until implemented).
#include "cli/common.h"

namespace bulkhead::cli {

void add_query(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("query", "query (not yet implemented)");
  sub->callback([] { usage_error("query is not implemented yet"); });
}

}  // namespace bulkhead::cli
