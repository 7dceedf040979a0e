// The writers of `flows check`'s result (flows::CheckResult, with the read statistics):
// a one-screen summary or every finding (--details), JSON (complete, written section by
// section and element by element) and SARIF 2.1.0 (results at the deciding rule's or
// default's file:line and at the example flow's log file:line); and the exit code the
// result calls for.
#pragma once

#include <ostream>
#include <string>

#include "decision/decision.h"
#include "flows/check.h"
#include "flows/reader.h"
#include "output/format.h"

namespace bulkhead::output {

struct FlowsCheckOptions {
  bool details = false;  ///< table: every finding (default: a one-screen summary)
  std::string window;    ///< the detection window as text ("1h"), named by the table
};

/// Writes `r` (the logs read as `read` says, judged on `d`) to `os` in format `f`.
void write_flows_check(const flows::CheckResult& r, const flows::ReadStats& read,
                       const decision::Decision& d, Format f, const FlowsCheckOptions& o,
                       std::ostream& os);

/// 1 on a violation or a lateral-movement detection (CheckResult::failed); else 0.
int exit_code(const flows::CheckResult& r);

}  // namespace bulkhead::output
