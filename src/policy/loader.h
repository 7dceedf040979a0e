// The policy loader: YAML files → a validated Model (spec sections 1, 2, 4, 5, 6).
// The only reader of YAML in bulkhead (libyaml, through yaml_tree.h).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "policy/model.h"

namespace bulkhead::policy {

/// The largest policy file read (a 100,000-host inventory is about 10 MiB); a larger file
/// is refused with its path, so that `validate /dev/zero`-like inputs cannot exhaust memory.
constexpr std::size_t kMaxPolicyFileBytes = std::size_t{64} << 20;

/// Loads and merges the given files and directories (a directory means every *.yaml /
/// *.yml in it, sorted by name; each must be a regular file or a link to one, and an entry
/// that is not — a dangling link, a FIFO, a device — is an error, never skipped). Every error is
/// recorded in `diags` with its position; returns nullopt when there was any error. Warnings (e.g.
/// a selector matching nothing) are recorded too and do not fail the load.
std::optional<Model> load(const std::vector<std::string>& paths, Diagnostics& diags);

/// Loads a policy given as text (tests and the fuzzer); `name` is the file name used in
/// positions.
std::optional<Model> load_text(const std::string& text, const std::string& name,
                               Diagnostics& diags);

}  // namespace bulkhead::policy
