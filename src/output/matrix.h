// The writer of `matrix`: who can reach whom on which service, effective and intended,
// as a table of marks per service or as JSON.
#pragma once

#include <ostream>
#include <string_view>
#include <vector>

#include "analysis/matrix.h"
#include "decision/decision.h"
#include "output/format.h"
#include "policy/catalog.h"

namespace bulkhead::output {

/// Writes the matrix of `groups` × `groups` × `services` of `d` to `os` in format `f`
/// (table or JSON). The cells come one at a time from analysis::for_each_cell and are not
/// kept: JSON writes each as it comes, the table keeps one mark byte per cell.
void write_matrix(const decision::Decision& d, const std::vector<analysis::MatrixGroup>& groups,
                  const std::vector<policy::NamedService>& services, analysis::GroupBy by, Format f,
                  std::ostream& os);

/// "zone", "class" or "host", as `--by` spells it.
std::string_view group_by_name(analysis::GroupBy by);

}  // namespace bulkhead::output
