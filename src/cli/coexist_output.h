// Printing the coexistence warnings (agent/coexist.h) for apply (stderr, before anything
// is applied) and status (in its report, and in its JSON form).
#pragma once

#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "agent/coexist.h"

namespace bulkhead::cli {

/// Reads this machine's other firewalls (files under $BULKHEAD_SYSROOT, the test hook)
/// and analyses them for bulkhead's table as it is (or is about to be) loaded. nullopt,
/// with `*why`, when the ruleset cannot be read.
std::optional<std::vector<agent::CoexistFinding>> check_coexistence(const agent::Listing& table,
                                                                    const std::string& persist_dir,
                                                                    std::string* why);

/// "warning: ..." lines with an indented "fix: ..." each (apply, on stderr).
void print_coexistence_warnings(std::ostream& out,
                                const std::vector<agent::CoexistFinding>& findings);

/// The status report's section; nothing when there is no finding.
void print_coexistence_section(std::ostream& out,
                               const std::vector<agent::CoexistFinding>& findings);

/// [{kind, summary, advice, evidence, table, chain, hook, priority, drops}], the last five
/// only for base chains.
nlohmann::ordered_json coexistence_json(const std::vector<agent::CoexistFinding>& findings);

}  // namespace bulkhead::cli
