// coverage: every ATT&CK technique of the M1030 (Network Segmentation) table, with a
// status computed from the policy by concrete, exact checks (docs/coverage.md defines
// each one) and the evidence: the rules, zones and intents that address it, and the flows
// that still leave it open, each with a counterexample.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analysis/findings.h"
#include "decision/decision.h"

namespace bulkhead::analysis {

enum class CoverageStatus : std::uint8_t { Addressed, Partially, NotAddressed, NotApplicable };
/// "addressed", "partially", "not addressed", "not applicable"
std::string_view coverage_status_name(CoverageStatus s);

/// One exact check of a technique.
struct CheckResult {
  std::string id;           ///< short stable id, e.g. "rdp-from-internet"
  std::string description;  ///< what must hold, e.g. "RDP is blocked from the internet"
  enum class State : std::uint8_t { Closed, Open, NotApplicable } state = State::Closed;
  std::string detail;  ///< why open / closed / not applicable, in one sentence
  std::uint64_t open_class_pairs = 0;
  std::uint64_t open_host_pairs = 0;      ///< pairs of distinct matching hosts (plain space aside)
  bool open_addresses = false;            ///< plain address space is among the open sources/targets
  std::optional<FlowExample> example;     ///< an open flow
  std::vector<std::uint32_t> open_rules;  ///< allow rules that let open flows through
  std::vector<std::uint32_t> unenforced_rules;  ///< deny rules of open flows no point enforces
  std::vector<std::uint32_t> closing_rules;     ///< deny / override-deny rules blocking flows
  std::vector<std::uint32_t> zones;             ///< zones involved (e.g. the management zone)
};

struct IntentRef {
  std::uint32_t expect = 0;  ///< index into Model::expects
  bool holds = true;
};

struct TechniqueResult {
  std::string id;    ///< "T1021.001"
  std::string name;  ///< "Remote Desktop Protocol"
  std::string use;   ///< M1030's text for it (abridged)
  CoverageStatus status = CoverageStatus::NotApplicable;
  std::string summary;  ///< one line
  std::vector<CheckResult> checks;
  std::vector<IntentRef> intents;  ///< `expect` intents that speak to it
};

struct CoverageReport {
  std::vector<TechniqueResult> techniques;  ///< in the order of the M1030 table
  std::uint32_t addressed = 0;
  std::uint32_t partially = 0;
  std::uint32_t not_addressed = 0;
  std::uint32_t not_applicable = 0;
};

/// Computes every technique. Each flow check walks the class pairs of its two sides:
/// O(|S|·|T|) mask tests plus segment walks, per check; never per host.
CoverageReport compute_coverage(const Context& ctx);

/// The ATT&CK IDs of the M1030 table, in table order.
const std::vector<std::string>& m1030_technique_ids();

}  // namespace bulkhead::analysis
