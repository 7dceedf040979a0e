// Policy loading for the analysis commands (verify, exposure, blast-radius, diff, coverage,
// flows, report): the Decision they analyse. Their results are written by output/.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "decision/decision.h"

namespace bulkhead::cli {

/// Loads and resolves a policy; null (exit code 2 set, diagnostics printed) on error.
std::shared_ptr<const decision::Decision> load_decision(const std::vector<std::string>& paths);

}  // namespace bulkhead::cli
