// exposure: "are my endpoints blocking inbound lateral-movement protocols?" Each of the
// seed table's nine services against every inventory host class, graded protected,
// allowed (by a rule) or exposed (reachable with no rule saying so), with severities.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analysis/findings.h"
#include "analysis/root_cause.h"
#include "decision/decision.h"
#include "policy/catalog.h"

namespace bulkhead::analysis {

enum class Grade : std::uint8_t { Protected, Allowed, Exposed };
std::string_view grade_name(Grade g);  ///< "protected", "allowed", "exposed"

/// Why an exposed cell gets through with no rule saying so (bit flags).
enum ExposureReason : std::uint8_t {
  kDefaultAllow = 1,  ///< every point that sees it defaults to allow, as intended
  kUnmanaged = 2,     ///< the destination runs no endpoint firewall
  kAudit = 4,         ///< the points that would block it are in audit mode
  kGap = 8,           ///< a deny (or a default deny) that no point enforces
};
std::vector<std::string> reason_names(std::uint8_t reasons);

/// One (service, destination class) cell.
struct ExposureCell {
  std::uint32_t service = 0;  ///< index into ExposureReport::services
  std::uint32_t dst_cls = 0;
  Grade grade = Grade::Protected;
  Risk risk = Risk::None;
  Population allowed_sources;          ///< sources a rule allows (and that reach it)
  Population exposed_sources;          ///< sources that reach it with no allow rule
  std::vector<std::uint32_t> rules;    ///< the allow rules that let sources in
  std::uint8_t reasons = 0;            ///< ExposureReason flags of the exposed flows
  std::optional<FlowExample> example;  ///< an exposed (else allowed) flow
  int score = 0;                       ///< risk score (root_cause.h Grading)
  std::string why;                     ///< the grading's reasons, in words
  std::vector<std::size_t> causes;     ///< indices into ExposureReport::causes
  std::vector<CellCause> parts;        ///< the cell's causes with their grades, riskiest first
  /// A finding: exposed, or graded above info.
  bool finding() const { return grade == Grade::Exposed || risk > Risk::Info; }
};

/// Roll-up of one service over every host class.
struct ServiceRollup {
  std::uint64_t hosts_protected = 0;
  std::uint64_t hosts_allowed = 0;
  std::uint64_t hosts_exposed = 0;
  Risk worst = Risk::None;
};

/// Roll-up of one host class over every service.
struct ClassRollup {
  std::uint32_t cls = 0;
  Grade worst_grade = Grade::Protected;
  Risk worst = Risk::None;
  std::vector<std::uint32_t> exposed_services;  ///< indices into services
};

struct ExposureReport {
  std::vector<policy::NamedService> services;
  std::vector<std::uint32_t> classes;       ///< the inventory host classes, by id
  std::vector<ExposureCell> cells;          ///< sorted: severity desc, then service weight
  std::vector<ServiceRollup> by_service;    ///< parallel to services
  std::vector<ClassRollup> by_class;        ///< sorted: severity desc, then class id
  std::uint64_t hosts = 0;                  ///< inventory hosts in those classes
  std::uint64_t hosts_fully_protected = 0;  ///< hosts blocking all services from everyone
  std::uint64_t hosts_exposed = 0;          ///< hosts exposed on at least one service
  /// Root causes of the findings (cells for which finding() holds), riskiest first; their
  /// `findings` index `cells`.
  std::vector<RootCause> causes;
  std::uint64_t findings = 0;  ///< cells for which finding() holds
};

/// Risk weight of a service for ordering (SMB and RDP first, NetBIOS name/datagram last).
int service_weight(std::string_view name);

/// Grades every (service, host class) cell. One pass over the class pairs: a pair whose
/// verdict mask reaches no tier is skipped in O(1); others walk their tier map once per
/// service. O(C² + R·k) for C classes and R pairs with something reachable.
ExposureReport compute_exposure(const Context& ctx, std::vector<policy::NamedService> services);

}  // namespace bulkhead::analysis
