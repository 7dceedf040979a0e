// The writers of `coverage`'s result (analysis::CoverageReport, ATT&CK M1030): a
// one-screen summary, the table of techniques (brief or with every check's evidence),
// JSON; and the exit code the result calls for.
#pragma once

#include <ostream>

#include "analysis/coverage.h"
#include "decision/decision.h"
#include "output/format.h"

namespace bulkhead::output {

struct CoverageOptions {
  bool brief = false;    ///< table: one line per technique only
  bool details = false;  ///< table: every technique and check with its evidence
};

/// Writes `r`, computed on `d`, to `os` in format `f` (table or JSON).
void write_coverage(const analysis::CoverageReport& r, const decision::Decision& d, Format f,
                    const CoverageOptions& o, std::ostream& os);

/// 1 when some technique is not addressed; else 0.
int exit_code(const analysis::CoverageReport& r);

}  // namespace bulkhead::output
