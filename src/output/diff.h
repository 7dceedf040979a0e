// The writers of `diff`'s result (analysis::DiffReport, with the intent and coverage
// outcomes that changed): the rule edits with the flows each opens or closes, then every
// change group by class pair and service, as a table or streamed JSON; and the exit code
// the result calls for.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "analysis/diff.h"
#include "base/interval_set.h"
#include "base/ip.h"
#include "decision/decision.h"
#include "output/format.h"

namespace bulkhead::output {

/// What the analyses beside the flow changes found: intent and coverage changes.
struct OutcomeChanges {
  std::vector<analysis::IntentChange> intents;
  std::vector<analysis::CoverageChange> coverage;
};

struct DiffOptions {
  std::string old_path;         ///< OLD as given, named in the header
  std::string new_path;         ///< NEW as given
  std::size_t max_hosts = 100;  ///< JSON: host names listed per side
};

/// `diff --host H`: one change of H's own firewall, for the peers in `peers`.
struct HostChange {
  bool inbound = true;  ///< H's inbound point (flows to `own`), else its outbound one
  Addr own;             ///< H's address
  std::string keys;     ///< the services, as format_services writes them
  bool old_permits = false;
  bool new_permits = false;
  std::string old_why;  ///< "allow NAME at file:line" or "the host's default"
  std::string new_why;
  IntervalSet<u128> peers;
};

/// `diff --host H`: addresses of H in only one version ("A only in OLD"), and the changes
/// of its own firewall in order.
struct HostDiff {
  std::string host;
  std::vector<std::string> only;
  std::vector<HostChange> changes;
};

/// Which changes fail a diff (`--fail-on`).
enum class FailOn { Reachable, Blocked, Any };

/// Writes `r` (from `o` to `n`) and the outcome changes to `os` in format `f` (table or
/// JSON).
void write_diff(const analysis::DiffReport& r, const OutcomeChanges& outcomes,
                const decision::Decision& o, const decision::Decision& n, Format f,
                const DiffOptions& opt, std::ostream& os);

/// Writes `diff --host`'s result to `os` in format `f` (table or one JSON line).
void write_host_diff(const HostDiff& diff, Format f, const DiffOptions& opt, std::ostream& os);

/// 1 when flows become newly reachable (FailOn Reachable or Any) or newly blocked
/// (Blocked or Any); else 0.
int exit_code(const analysis::DiffReport& r, FailOn fail_on);

}  // namespace bulkhead::output
