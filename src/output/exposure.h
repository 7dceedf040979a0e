// The writers of `exposure`'s result (analysis::ExposureReport): a one-screen summary or
// the full table of findings, JSON (every cell, service and class roll-up, root cause);
// and the exit code the result calls for.
#pragma once

#include <ostream>

#include "analysis/exposure.h"
#include "decision/decision.h"
#include "output/format.h"

namespace bulkhead::output {

struct ExposureOptions {
  bool all_cells = false;  ///< table: protected and informational cells too
  bool details = false;    ///< table: every root cause and finding
};

/// Writes `r`, computed on `d`, to `os` in format `f` (table or JSON).
void write_exposure(const analysis::ExposureReport& r, const decision::Decision& d, Format f,
                    const ExposureOptions& o, std::ostream& os);

/// 1 when some cell is exposed (reachable with no rule saying so); else 0.
int exit_code(const analysis::ExposureReport& r);

}  // namespace bulkhead::output
