// Writing a Table in the libnftables JSON schema (`nft -j -f`).
#pragma once

#include <string>

#include "targets/nftables/ruleset.h"

namespace bulkhead::targets::nftables {

/// The same transaction as write_text: add, delete and re-add the table, then its sets,
/// chains and rules, as {"nftables": [{"metainfo": ...}, {"add": ...}, ...]}.
std::string write_json(const Table& t);

/// The JSON form of write_uninstall_text.
std::string write_uninstall_json(const std::string& table);

}  // namespace bulkhead::targets::nftables
