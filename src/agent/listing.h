// Normalized listings of one nftables table: what `nft -j list table F T` returns, with
// handles and counter values taken out, put in a canonical order, so that two listings
// of the same rules compare equal and two different ones yield a readable diff.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace bulkhead::agent {

/// The table an apply owns: `table inet bulkhead` or `table inet bulkhead_zone_<z>`.
struct TableRef {
  std::string family = "inet";
  std::string name = "bulkhead";
  /// "inet bulkhead"
  std::string str() const { return family + " " + name; }
};

enum class ItemKind : std::uint8_t { Table, Set, Element, Object, Chain, Rule };
std::string_view item_kind_name(ItemKind k);  ///< "table", "set", "element", ...

/// One object of a table listing.
struct ListingItem {
  ItemKind kind = ItemKind::Rule;
  std::string scope;  ///< the chain of a rule, the set of an element; empty otherwise
  std::string key;    ///< canonical JSON without handles or counter values (identity)
  std::string text;   ///< nft-like text for people, e.g. `tcp dport 445 counter drop`
  // Rules only:
  std::string comment;                   ///< the rule comment, "" when none
  std::optional<std::uint64_t> packets;  ///< counter values, when the rule counts
  std::optional<std::uint64_t> bytes;
  bool logged = false;  ///< has a log statement
  std::string verdict;  ///< accept, drop, reject, jump X, return, ... ("" when none)
};

/// A table as listed: absent, or its items in canonical order (the table; each set
/// sorted by name followed by its elements sorted; named objects; chains by name; then
/// each chain's rules in their order, chains by name).
struct Listing {
  TableRef table;
  bool present = false;
  std::vector<ListingItem> items;
};

/// Normalizes the JSON listing of one table (`list table F T` with JSON output).
/// Fails when the text is not an nftables JSON listing of that table.
[[nodiscard]] Result<Listing> normalize_listing(std::string_view json, const TableRef& table);
/// The listing of an absent table.
Listing absent_listing(const TableRef& table);
/// Whether two listings hold the same rules in the same order (counters ignored).
bool same_listing(const Listing& a, const Listing& b);

/// What changes from one listing to another.
struct ListingDiff {
  std::vector<ListingItem> removed;    ///< in `from`, not in `to`
  std::vector<ListingItem> added;      ///< in `to`, not in `from`
  std::vector<std::string> reordered;  ///< chains with the same rules in another order
  bool table_created = false;
  bool table_deleted = false;

  bool empty() const {
    return removed.empty() && added.empty() && reordered.empty() && !table_created &&
           !table_deleted;
  }
  /// "3 rules added, 1 removed; 2 set elements added" (or "no change").
  std::string summary() const;
};

/// Multiset difference of the items by identity, then order changes within chains.
ListingDiff diff_listings(const Listing& from, const Listing& to);

/// One line per change, `+ `/`- ` prefixed, e.g. `+ rule input: tcp dport 22 accept`.
std::vector<std::string> diff_lines(const ListingDiff& diff);

/// A rule comment "<rule> @ <file>:<line>" split into its two parts; nullopt otherwise.
struct CommentOrigin {
  std::string rule;
  std::string at;
};
std::optional<CommentOrigin> parse_rule_comment(std::string_view comment);

}  // namespace bulkhead::agent
