// Loading a ruleset where it cannot hurt: a fresh, empty network namespace of a forked
// child. The kernel checks every rule exactly as it would on the host, and the listing
// read back is the normalized "after" state that apply compares with the host's table.
#pragma once

#include <string>
#include <vector>

#include "agent/listing.h"
#include "base/result.h"

namespace bulkhead::agent {

struct ScratchLoad {
  std::string table_json;           ///< JSON listing of the table after loading
  std::vector<std::string> tables;  ///< every table the commands left ("inet bulkhead", ...)
};

/// Forks a child that unshares its network namespace (CLONE_NEWNET), runs `commands` there
/// as one transaction and lists `table` back as JSON. The caller's namespace is never
/// touched. Fails when the kernel refuses the commands (with its message) or when the
/// namespace cannot be created (needs CAP_SYS_ADMIN).
[[nodiscard]] Result<ScratchLoad> load_in_scratch_netns(const std::string& commands,
                                                        const TableRef& table);

}  // namespace bulkhead::agent
