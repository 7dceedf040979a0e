// Applying a rendered nftables ruleset to the live kernel: plan (what changes), commit
// (one transaction), restore (one transaction back to a saved state). Only bulkhead's
// own table is ever replaced; no other table, chain or set is touched.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "agent/listing.h"
#include "base/result.h"

namespace bulkhead::agent {

/// Environment variable: when "1", commit appends a command the kernel refuses to the
/// transaction (`delete table` of a table that does not exist), so tests can prove that a
/// refused transaction leaves the previous ruleset in place. A test hook, documented in
/// docs/agent.md; never set it in production.
constexpr const char* kInjectErrorEnv = "BULKHEAD_TEST_INJECT_NFT_ERROR";

/// The whitespace-separated words of one line of nft text.
std::vector<std::string> nft_words(const std::string& line);
/// A word without the `{` or `;` nft lets follow it ("bulkhead{" -> "bulkhead").
std::string nft_bare_word(std::string w);

/// The table a rendered ruleset defines: its first `table FAMILY NAME` line. Fails unless
/// the name starts with "bulkhead" (apply only ever owns bulkhead's tables).
[[nodiscard]] Result<TableRef> rendered_table(std::string_view rendered);

/// The transaction text for a rendered ruleset: the ruleset itself when it already
/// replaces its table (`table T` + `delete table T` + the full table), else with that
/// prefix added. Fails when the text flushes the whole ruleset.
[[nodiscard]] Result<std::string> build_transaction(std::string_view rendered,
                                                    const TableRef& table);

/// The transaction that puts back a saved state: the table replaced by the saved stateful
/// listing, or deleted when it was absent (`table T` + `delete table T` alone).
std::string restore_commands(const TableRef& table, const std::optional<std::string>& previous);

/// What an apply would change on this host.
struct Plan {
  TableRef table;
  std::string commands;                     ///< the transaction
  Listing current;                          ///< the kernel's table now (normalized)
  std::optional<std::string> current_text;  ///< its stateful text listing; nullopt if absent
  Listing desired;                          ///< the table after the transaction
  ListingDiff diff;                         ///< current → desired
  bool changed() const { return !same_listing(current, desired); }
};

/// Reads the kernel's table (normalized JSON listing; absent is not an error).
[[nodiscard]] Result<Listing> read_table(const TableRef& table);
/// Reads the kernel's table as stateful text (counters kept, no handles); nullopt if absent.
[[nodiscard]] Result<std::optional<std::string>> read_table_text(const TableRef& table);

/// Computes the plan: loads the transaction in a scratch network namespace (so the kernel
/// checks every rule and the "after" listing is exact), checks that it leaves no other
/// table, and compares with the kernel's current table. Touches nothing on the host.
[[nodiscard]] Result<Plan> plan_apply(const std::string& rendered, const TableRef& table);

/// Runs the plan's transaction (one batch: all or nothing) and returns the table as the
/// kernel lists it afterwards. With `inject_error`, see kInjectErrorEnv.
[[nodiscard]] Result<Listing> commit_plan(const Plan& plan, bool inject_error);

/// Restores a saved state in one transaction.
[[nodiscard]] Status restore_table(const TableRef& table,
                                   const std::optional<std::string>& previous);

}  // namespace bulkhead::agent
