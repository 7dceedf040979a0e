// Writing a Table as `nft -f` text.
#pragma once

#include <string>

#include "targets/nftables/ruleset.h"

namespace bulkhead::targets::nftables {

/// The whole file: header comments, then `table inet T` / `delete table inet T` / the full
/// table, so that loading it is one transaction that replaces bulkhead's table whether or
/// not it exists.
std::string write_text(const Table& t);

/// A file that removes `table inet <name>` (and succeeds when it does not exist).
std::string write_uninstall_text(const std::string& table, const std::string& what);

/// One rule as the text inside its chain (no indentation or newline).
std::string rule_text(const Rule& r);

}  // namespace bulkhead::targets::nftables
