// Drafting a bulkhead policy from an imported rule set (`bulkhead import`): the host whose
// firewall was exported becomes one inventory host, and its inbound and outbound
// first-match lists become policy rules whose tiers reproduce the lists' verdicts exactly
// for that host (docs/audit.md, "Moving to bulkhead").
//
// The policy has no rule order: override-deny > allow > deny. Each imported rule becomes a
// rule of its own verdict over its whole match: where an accept comes before a drop, allow
// beating deny is the first match; where a drop comes first, the packets it decides (its
// match minus what earlier rules took, Region algebra of model.h) inside a later accept's
// match get an override-deny. The point's policy is the host's default. One thing a policy
// cannot name is part of the "other protocol" block: only `any` reaches it, and only whole.
// A match that holds that block but not every service is written as `any` over its
// addresses, and the packets `any` takes beyond it get an override-deny (or, for a deny,
// an allow) with the provenance of whatever decides them in the list. Rules the draft
// cannot hold (inexact matches, source ports, single other protocols) are left out and
// listed.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "base/ip.h"
#include "ruleset/model.h"

namespace bulkhead::ruleset {

struct DraftOptions {
  std::string host;             ///< the host's name in the draft (a valid policy name)
  std::vector<Addr> addresses;  ///< its addresses; empty: documentation placeholders
  std::string point;            ///< when set, only points whose name contains it
};

/// A rule of the imported set that the draft does not hold, and why.
struct Skipped {
  SourceLoc loc;
  std::string text;
  std::string reason;
};

struct Draft {
  std::string yaml;              ///< the policy file
  std::vector<Skipped> skipped;  ///< in file order
  std::size_t rules = 0;         ///< policy rules written
  bool placeholder = false;      ///< addresses are placeholders to fill
  std::vector<std::string> inbound_points;
  std::vector<std::string> outbound_points;
  /// Packets no imported point judges (a family without a chain, a side without one):
  /// the draft lets them pass, as the host does.
  std::vector<std::string> notes;
};

/// Lifts the host's inbound (inbound_points) and outbound points of `sets` into one policy
/// file. Errors (two points judging the same packets on one side, e.g. Windows profiles,
/// without `point` to pick one) go to `diags`; nullopt then.
std::optional<Draft> draft_policy(const std::vector<Ruleset>& sets, const DraftOptions& o,
                                  Diagnostics& diags);

/// A YAML double-quoted scalar holding `s`: quotes, backslashes and control characters
/// escaped, bytes that are not UTF-8 written as \xNN, so any text loads back as a string.
std::string yaml_quote(std::string_view s);

/// A policy name from a file name: its base name without extension, characters outside
/// letters, digits, '.', '_', '-' replaced by '-', at most 63 characters ("host" if empty).
std::string host_name_from_file(std::string_view path);

/// The fewest prefixes covering exactly [lo, hi] of a family, in address order.
std::vector<Prefix> interval_prefixes(Family f, u128 lo, u128 hi);

}  // namespace bulkhead::ruleset
