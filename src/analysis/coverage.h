// coverage: every ATT&CK technique of the M1030 (Network Segmentation) table, with a
// status computed from the policy. Each technique is a list of flow checks from one data
// table (docs/coverage.md lists it): a source side and a destination side, chosen only by
// the built-in zones and the purposes zones and hosts declare (`purpose:`, never their
// names), a set of service keys and what every flow of that set must do. Each check is
// evaluated exactly by the machinery of `verify` (analysis::check_flows).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/findings.h"
#include "analysis/verify.h"
#include "decision/decision.h"

namespace bulkhead::analysis {

// --- The table ------------------------------------------------------------------------

/// One alternative of a side: what an address must be to belong to it.
struct SideTerm {
  enum class Scope : std::uint8_t {
    Any,       ///< every address
    Internet,  ///< the built-in zone `internet`
    Internal,  ///< every address of a user zone (not `internet`)
    Purpose,   ///< its zone or its host declares `purpose`
  };
  Scope scope = Scope::Any;
  std::string_view purpose;  ///< for Purpose
  bool hosts_only = false;   ///< inventory hosts' addresses only
};

/// A side of a check: addresses matching any term and declaring none of `except`.
struct SideSpec {
  std::vector<SideTerm> any_of;
  std::vector<std::string_view> except;  ///< purposes excluded (by zone or host)
};

/// One flow check: every flow from `from` to `to` on `services` must meet `want`.
struct CheckSpec {
  std::string_view id;           ///< stable id, e.g. "rdp-outside-management"
  std::string_view description;  ///< what must hold
  SideSpec from;
  SideSpec to;
  std::string_view services;  ///< a service set name of coverage_service_set()
  FlowExpectation want = FlowExpectation::Blocked;
  /// The check is about assets of one of these purposes; when none is declared it is
  /// not applicable (empty: always applicable).
  std::vector<std::string_view> applies_if;
  /// Purposes the check cannot be judged without (e.g. management, the sanctioned source
  /// of administration); when one is not declared the check needs it.
  std::vector<std::string_view> needs;
};

/// One row of the M1030 table with the ids of its checks.
struct TechniqueSpec {
  std::string_view id;    ///< "T1021.001"
  std::string_view name;  ///< "Remote Desktop Protocol"
  std::string_view use;   ///< M1030's text for it (abridged)
  std::vector<std::string_view> checks;
};

/// Every check, in documentation order.
const std::vector<CheckSpec>& coverage_checks();
/// Every technique of the M1030 table, in its order.
const std::vector<TechniqueSpec>& coverage_techniques();
/// The keys of a named service set ("rdp", "remote-admin", "standard-egress", ...).
ServiceSet coverage_service_set(std::string_view name);
/// The ATT&CK IDs of the M1030 table, in table order.
const std::vector<std::string>& m1030_technique_ids();

// --- Results --------------------------------------------------------------------------

enum class CoverageStatus : std::uint8_t {
  Addressed,      ///< every applicable check holds
  Partially,      ///< some checks hold, some do not
  NotAddressed,   ///< no applicable check holds
  NeedsPurpose,   ///< no check fails, but some cannot be judged until a purpose is declared
  NotApplicable,  ///< the estate has none of the assets the checks are about
};
/// "addressed", "partially", "not addressed", "needs purpose", "not applicable"
std::string_view coverage_status_name(CoverageStatus s);

/// One check of a technique, evaluated.
struct CheckResult {
  std::string id;
  std::string description;
  enum class State : std::uint8_t {
    Closed,
    Open,
    NeedsPurpose,
    NotApplicable
  } state = State::Closed;
  std::string detail;                ///< why, in one sentence
  std::vector<std::string> missing;  ///< purposes to declare (NeedsPurpose, NotApplicable)
  std::uint64_t class_pairs = 0;     ///< class pairs with flows the check covers
  std::uint64_t open_class_pairs = 0;
  std::uint64_t open_host_pairs = 0;   ///< pairs of distinct hosts in open class pairs
  bool open_addresses = false;         ///< plain address space is among the open pairs
  std::optional<FlowExample> example;  ///< an open flow, with its deciding rule or point
};

/// "closed", "open", "needs purpose", "n/a".
std::string_view check_state_name(CheckResult::State s);

struct TechniqueResult {
  std::string id;
  std::string name;
  std::string use;
  CoverageStatus status = CoverageStatus::NotApplicable;
  std::string summary;               ///< one line
  std::vector<std::string> missing;  ///< purposes to declare to judge it fully
  std::vector<CheckResult> checks;
};

struct CoverageReport {
  std::vector<TechniqueResult> techniques;  ///< in the order of the M1030 table
  std::uint32_t addressed = 0;
  std::uint32_t partially = 0;
  std::uint32_t not_addressed = 0;
  std::uint32_t needs_purpose = 0;
  std::uint32_t not_applicable = 0;
};

/// Whether class `c` belongs to a side (its zone's and its hosts' declared purposes; the
/// hosts of one class share theirs).
bool side_has_class(const decision::Decision& d, const SideSpec& side, std::uint32_t c);

/// Computes every technique. Each check is one check_flows over the class pairs of its two
/// sides: O(|S|·|T|·k) per check, never per host; each check is computed once and shared by
/// the techniques that list it.
CoverageReport compute_coverage(const Context& ctx);

}  // namespace bulkhead::analysis
