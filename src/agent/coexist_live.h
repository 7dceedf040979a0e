// Reading, from the running machine, what the coexistence analysis (coexist.h) looks at:
// the ruleset through libnftables, and a few files. A thin reader; all judgement is in
// coexist.cpp.
#pragma once

#include <string>

#include "agent/coexist.h"
#include "base/result.h"

namespace bulkhead::agent {

/// Environment variable: a directory prefixed to every file path the reader opens
/// (/etc/nftables.conf, /etc/ufw/ufw.conf, /run/firewalld, /proc/net/ip_tables_names,
/// /sys/class/net/docker0, the iptables-legacy-save program, ...), so tests can stage
/// them. A test hook, documented in docs/agent.md; unset in production.
constexpr const char* kSysrootEnv = "BULKHEAD_SYSROOT";

/// Reads the inputs of analyze_coexistence from this machine (network namespace), files
/// under `sysroot` ("" for the real ones). Runs iptables-legacy-save only when legacy
/// tables are loaded. Fails only when the ruleset cannot be listed.
[[nodiscard]] Result<CoexistInputs> read_coexist_inputs(const std::string& sysroot);

}  // namespace bulkhead::agent
