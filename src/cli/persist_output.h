// Saving confirmed tables for reboots, from the commands that confirm a change (apply
// without a rollback window, apply --confirm-ok): choose the directory, save, say so.
#pragma once

#include <optional>
#include <string>

#include "agent/listing.h"
#include "agent/persist.h"

namespace bulkhead::cli {

/// --persist-dir, else $BULKHEAD_PERSIST_DIR, else /var/lib/bulkhead. Reports a usage
/// error (exit code 2) and returns nullopt when the choice is not an absolute path.
std::optional<agent::PersistDir> persist_dir_or_usage_error(const std::string& flag);

/// The change to `table` is confirmed: saves the table for reboots and prints what was
/// saved. In a network namespace other than the machine's, the default directory is not
/// used (a note says so). Returns false after printing the error when saving failed.
bool persist_confirmed(const agent::PersistDir& dir, const agent::TableRef& table);

}  // namespace bulkhead::cli
