// The writers of `verify`'s result (analysis::VerifyReport): a one-screen summary or the
// full table, JSON (every intent, gap, risky path, finding and root cause) and SARIF 2.1.0
// (one result per failed intent, at the intent, and one per root cause, at its fix); and
// the exit code the result calls for.
#pragma once

#include <ostream>

#include "analysis/verify.h"
#include "decision/decision.h"
#include "output/format.h"

namespace bulkhead::output {

struct VerifyOptions {
  bool allow_gaps = false;  ///< gaps are reported as warnings and do not fail
  bool details = false;     ///< table: every root cause, intent, gap and risky path
};

/// Writes `r`, computed on `d`, to `os` in format `f`.
void write_verify(const analysis::VerifyReport& r, const decision::Decision& d, Format f,
                  const VerifyOptions& o, std::ostream& os);

/// 1 when an intent fails, or when there is a gap and gaps are not allowed; else 0.
int exit_code(const analysis::VerifyReport& r, const VerifyOptions& o);

}  // namespace bulkhead::output
