// diff: exactly which flows become reachable and which become blocked between two
// versions of a policy, grouped by region pair and service range, with the rules
// responsible on each side.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "analysis/coverage.h"
#include "analysis/findings.h"
#include "decision/decision.h"

namespace bulkhead::analysis {

/// A region of the common refinement of both atom partitions: addresses that fall in
/// one class of the old Decision and one class of the new, in one family.
struct JointClass {
  Family family = Family::V4;
  std::uint32_t old_cls = 0;
  std::uint32_t new_cls = 0;
  std::vector<std::pair<u128, u128>> ranges;  ///< address ranges, ascending
  std::vector<std::string> hosts;             ///< host names (new name, else old), sorted
  u128 plain = 0;                             ///< addresses owned by no host on either side
  std::string solo;  ///< the only host when the class is one host's addresses, else ""
};

enum class Change : std::uint8_t { NewlyReachable, NewlyBlocked };
std::string_view change_name(Change c);  ///< "newly-reachable", "newly-blocked"

/// One group of changed flows: a joint class pair, a direction and a service range.
struct DiffGroup {
  Change change = Change::NewlyReachable;
  std::uint32_t src = 0;  ///< index into DiffReport::joint
  std::uint32_t dst = 0;
  ServiceSet keys;
  std::string service;  ///< catalog service containing the keys, else proto/port text
  std::vector<std::uint32_t> old_rules;  ///< deciding rules in the old policy (old ids)
  std::vector<std::uint32_t> new_rules;  ///< deciding rules in the new policy (new ids)
  std::uint64_t host_pairs = 0;
  /// A concrete flow: the same flow judged by both versions.
  Addr src_addr;
  Addr dst_addr;
  std::uint32_t key = 0;
  decision::Verdict old_verdict;
  decision::Verdict new_verdict;
};

enum class RuleEdit : std::uint8_t { Added, Removed, Changed };
std::string_view rule_edit_name(RuleEdit e);  ///< "added", "removed", "changed"

/// One rule edit between the versions (rules matched by name), with the change groups it
/// causes: the groups whose deciding rules on the new side (added, changed) or the old side
/// (removed, changed) include it. One edit usually causes many groups; they are merged
/// here so that a reader sees one line per edit.
struct RuleChange {
  RuleEdit edit = RuleEdit::Added;
  std::string name;
  const policy::Rule* old_rule = nullptr;  ///< in OLD (removed, changed)
  const policy::Rule* new_rule = nullptr;  ///< in NEW (added, changed)
  std::vector<std::string> fields;         ///< changed: "action", "from", "to", "services", "log"
  std::vector<std::uint32_t> groups;       ///< indices into DiffReport::groups
};

struct DiffReport {
  std::vector<JointClass> joint;
  std::vector<DiffGroup> groups;      ///< by change, source, destination, first key
  std::uint64_t newly_reachable = 0;  ///< groups of each kind
  std::uint64_t newly_blocked = 0;
  std::vector<RuleChange> rule_changes;  ///< added, then removed, then changed; by name
  /// Groups no rule edit explains (zones, hosts, defaults, enforcement changed).
  std::vector<std::uint32_t> other_groups;
};

/// An intent (matched by name) whose outcome differs between the versions, or that exists
/// in one of them only.
struct IntentChange {
  std::string name;
  std::optional<bool> old_holds;  ///< nullopt: not in OLD
  std::optional<bool> new_holds;  ///< nullopt: not in NEW
};

/// An ATT&CK M1030 technique whose coverage status differs between the versions.
struct CoverageChange {
  std::string id;    ///< "T1021.001"
  std::string name;  ///< "Remote Desktop Protocol"
  CoverageStatus old_status = CoverageStatus::NotApplicable;
  CoverageStatus new_status = CoverageStatus::NotApplicable;
};

/// What one version's intents and ATT&CK M1030 coverage come to: the part of a diff that
/// each version computes on its own (so both can run at once).
struct Outcomes {
  std::map<std::string, bool> intents;     ///< intent name → holds (check_intent)
  std::vector<CoverageChange> techniques;  ///< id, name and status (old_status unused)
};
/// Checks every intent exactly and computes the coverage: O(intents · class pairs they
/// cover + coverage checks · class pairs).
Outcomes outcomes(const decision::Decision& d);

/// The intents whose outcome differs between the versions, or that exist in one only.
std::vector<IntentChange> intent_changes(const Outcomes& old_o, const Outcomes& new_o);
/// The techniques whose coverage status changes.
std::vector<CoverageChange> coverage_changes(const Outcomes& old_o, const Outcomes& new_o);

/// Compares two Decisions. The refinement of both atom partitions yields J joint classes
/// (O(A_old + A_new)). A pair of joint classes can change only where its old and new tier
/// maps (fixed by the classes' rule groups) carry a pair of tiers whose reachability
/// differs under the pair's verdict masks: the tier pairs are computed once per pair of
/// rule groups (O(k_old + k_new) each), so each of the J² pairs costs O(1) and only the
/// pairs that change are merged. O(J² + group pairs · k + changed pairs · k). Never per
/// host.
DiffReport diff(const decision::Decision& old_d, const decision::Decision& new_d);

/// The joint classes of two Decisions (exposed for tests).
std::vector<JointClass> joint_classes(const decision::Decision& old_d,
                                      const decision::Decision& new_d);

/// The host name of an address in a Decision, or "".
std::string host_name_at(const decision::Decision& d, const Addr& a);

}  // namespace bulkhead::analysis
