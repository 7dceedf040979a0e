// bulkhead blast-radius (placeholder until implemented).
#include "cli/common.h"

namespace bulkhead::cli {

void add_blast_radius(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("blast-radius", "blast-radius (not yet implemented)");
  sub->allow_extras();
  sub->callback([] { usage_error("blast-radius is not implemented yet"); });
}

}  // namespace bulkhead::cli
