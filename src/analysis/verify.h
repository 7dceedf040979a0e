// verify: every `expect` intent checked exactly, and every enforcement gap (spec section
// 3: reachable but not intended) found, over the whole address and service space.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analysis/exposure.h"
#include "analysis/findings.h"
#include "analysis/root_cause.h"
#include "decision/decision.h"

namespace bulkhead::analysis {

/// The outcome of one intent.
struct IntentResult {
  const policy::Expect* expect = nullptr;
  ServiceSet keys;  ///< union of the intent's services
  bool holds = true;
  bool vacuous = false;           ///< its selectors and services cover no flow at all
  std::uint64_t class_pairs = 0;  ///< class pairs with flows that the intent covers
  std::uint64_t failing_class_pairs = 0;
  std::uint64_t failing_host_pairs = 0;  ///< pairs of distinct hosts in failing class pairs
  bool failing_addresses = false;        ///< some failing pair involves plain addresses
  /// Counterexamples, one per failing class pair, the first few in class order.
  std::vector<FlowExample> examples;
};

/// One group of gaps: a class pair and a service (a catalog service containing the keys,
/// else the keys with no single catalog service, merged).
struct Gap {
  std::uint32_t src_cls = 0;
  std::uint32_t dst_cls = 0;
  std::string service;               ///< catalog service name, or the proto/port text
  bool named = false;                ///< `service` is a catalog service
  ServiceSet keys;                   ///< the affected keys
  std::vector<std::uint32_t> rules;  ///< the deny/override-deny rules no point enforces
  Population src;
  Population dst;
  std::uint64_t host_pairs = 0;  ///< pairs of distinct hosts affected
  FlowExample example;
};

/// A finding of verify, as its root causes index it.
struct VerifyFinding {
  enum class Kind : std::uint8_t { Intent, Gap, Risk };
  Kind kind = Kind::Gap;
  std::size_t index = 0;  ///< into intents, gaps or risks
  Risk risk = Risk::None;
  int score = 0;
  std::string why;  ///< the grading's reasons
};
std::string_view finding_kind_name(VerifyFinding::Kind k);  ///< "intent", "gap", "risk"

struct VerifyReport {
  std::vector<IntentResult> intents;  ///< in the model's order
  std::vector<Gap> gaps;              ///< by (source class, destination class, first key)
  /// Risky access the rules allow: exposure cells (lateral-movement services) graded high
  /// or critical through an allow rule (docs/analysis.md "Root causes and risk").
  std::vector<ExposureCell> risks;
  std::vector<policy::NamedService> risk_services;  ///< services the cells index
  /// Every failed intent, gap and risk, in that order; root causes index this list.
  std::vector<VerifyFinding> findings;
  std::vector<RootCause> causes;  ///< riskiest first
  std::uint64_t failed_intents = 0;
  std::uint64_t gap_class_pairs = 0;  ///< distinct class pairs with a gap
  std::uint64_t gap_host_pairs = 0;   ///< host pairs of those class pairs (saturating)
};

struct VerifyOptions {
  std::size_t examples_per_intent = 3;
};

/// Checks every intent and finds every gap. Work per intent is O(|S|·|T|·k) over the
/// class pairs its selectors match (k = tier-map segments overlapping its services);
/// gaps cost one O(1) verdict-mask test per class pair plus a segment walk for the few
/// pairs where an unenforced tier is possible. Never per host.
VerifyReport verify(const decision::Decision& d, const VerifyOptions& opts = {});
VerifyReport verify(const Context& ctx, const VerifyOptions& opts = {});

/// What every flow of a set must do: be blocked, be reachable, or be blocked unless an
/// allow rule lets it through (`Ruled`: no flow gets through by a default, an unmanaged end,
/// an audit-mode point or a gap).
enum class FlowExpectation : std::uint8_t { Blocked, Reachable, Ruled };

/// Checks the flows (a, b, key) with a in a class of `srcs`, b in a class of `dsts` and key
/// in `keys`, exactly: the machinery of check_intent, also used by coverage. `expect` of the
/// result is null.
IntentResult check_flows(const Context& ctx, const std::vector<std::uint32_t>& srcs,
                         const std::vector<std::uint32_t>& dsts, const ServiceSet& keys,
                         FlowExpectation want, const VerifyOptions& opts = {});

/// Checks one intent (exposed for tests and coverage).
IntentResult check_intent(const Context& ctx, const policy::Expect& e,
                          const VerifyOptions& opts = {});

/// Attributes the failed intents, gaps and risky allowed access of a report to their root
/// causes (fills findings, risks and causes). Called by verify.
void find_root_causes(const Context& ctx, VerifyReport* r);

/// Every gap of the Decision, grouped.
std::vector<Gap> find_gaps(const Context& ctx);

}  // namespace bulkhead::analysis
