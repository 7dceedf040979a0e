// The writers of `audit`'s result (ruleset::AuditedRuleset per file): the seed table and
// the rule anomalies of every point, as a short or full table, JSON (complete) or SARIF
// 2.1.0 (one result per finding at its rule's file:line); and the exit code the result
// calls for.
#pragma once

#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "output/format.h"
#include "ruleset/anomalies.h"
#include "ruleset/audit.h"

namespace bulkhead::output {

struct AuditOptions {
  bool all = false;  ///< table: every finding and every unmodelled match
};

/// Writes the audits of `all` to `os` in format `f`.
void write_audit(const std::vector<ruleset::AuditedRuleset>& all, Format f, const AuditOptions& o,
                 std::ostream& os);

/// 1 when a finding of a kind in `fail` exists, or, with `fail_open`, when a seed-table
/// service that is not exempt is open inbound somewhere; else 0.
int exit_code(const std::vector<ruleset::AuditedRuleset>& all,
              const std::set<ruleset::AnomalyKind>& fail, bool fail_open);

}  // namespace bulkhead::output
