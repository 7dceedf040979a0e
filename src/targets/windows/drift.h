// Drift between what bulkhead renders for a host today and what an export of the machine
// holds: bulkhead's rules missing from the machine, bulkhead's rules on the machine the
// render does not have (stale, or made by hand), rules whose content was changed, rules
// disabled or narrowed to some profiles, and profile settings other than the plan's
// (Enabled, default actions; AllowLocalFirewallRules False, which discards local rules).
//
// Rules are compared by content (direction, action, protocol, ports or ICMP types, local
// and remote addresses, filters), as sets: the order and the splitting of entries do not
// matter. Machine rules are paired with rendered ones by content and name first, then by
// content alone (a rule renamed), then by DisplayName (a rule edited in place), then by the
// DisplayName without its identity suffix when that pairs exactly one rule on each side (a
// rule whose policy changed); what is left is missing or unexpected.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "decision/decision.h"
#include "targets/windows/firewall.h"
#include "targets/windows/import_export.h"
#include "targets/windows/plan.h"

namespace bulkhead::targets::windows {

enum class DriftKind : std::uint8_t {
  Missing,              ///< rendered, not on the machine
  Changed,              ///< on the machine under the rendered name, with other content
  Unexpected,           ///< one of bulkhead's rules the render does not have
  Renamed,              ///< the rendered content under another name
  Disabled,             ///< rendered and present, but Enabled False
  RuleProfiles,         ///< rendered and present, but not on every profile
  ProfileSetting,       ///< a profile's Enabled or default action differs from the plan
  LocalRulesDiscarded,  ///< AllowLocalFirewallRules False while bulkhead's rules are local
};
std::string_view drift_kind_name(DriftKind k);  ///< "missing", "changed", ...

struct DriftFinding {
  DriftKind kind = DriftKind::Missing;
  std::string rule;                  ///< the rendered DisplayName, else the machine's
  std::string machine_rule;          ///< the machine's DisplayName, when there is one
  std::int32_t machine = -1;         ///< index into WindowsExport::rules, or -1
  std::string profiles;              ///< ProfileSetting, LocalRulesDiscarded: "Domain, Private"
  std::string what;                  ///< one line
  std::vector<std::string> details;  ///< Changed: one line per differing field
};

struct DriftReport {
  std::vector<DriftFinding> findings;
  std::size_t rendered = 0;    ///< rules the render has
  std::size_t on_machine = 0;  ///< bulkhead's rules in the export
  std::size_t in_sync = 0;     ///< rendered rules present unchanged
};

/// Whether a machine rule is bulkhead's: group 'bulkhead', a DisplayName starting with
/// "bulkhead ", or the earlier netsh form's names 'bulkhead' and 'bulkhead-new'.
bool is_bulkhead_rule(const fw::Rule& r);

/// A planned rule as a script leaves it on the machine (DisplayName, group 'bulkhead',
/// every profile, the local store).
fw::Rule machine_form(const decision::Decision& d, const WinRule& r);

/// Compares the plan of one host with an export of its machine.
DriftReport compare_drift(const decision::Decision& d, const HostPlan& plan,
                          const WindowsExport& e);

}  // namespace bulkhead::targets::windows
