// The checks `bulkhead apply --host H` runs before it touches anything (docs/agent.md,
// "Lockout protection"): this machine must hold one of H's addresses, and the new policy
// must let every remote session it runs in connect again. `--force` skips both.
#pragma once

#include <optional>
#include <string>

#include "decision/decision.h"

namespace bulkhead::cli {

/// Runs both checks for host `host` (a managed inventory host), in enforcement mode
/// `mode` when given. Prints what it finds; returns kOk when the apply may go on, else
/// the exit code to refuse with (kBadInput: the checks refuse; kInternal: they could not
/// run). With `dry_run` findings are printed as warnings and the result is kOk.
int guard_host_apply(const decision::Decision& d, const std::string& host,
                     std::optional<policy::Enforcement> mode, bool dry_run);

}  // namespace bulkhead::cli
