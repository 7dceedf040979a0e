// The report's data: every analysis bulkhead runs on a policy (verify with its root
// causes, exposure of the seed-table services, the zone matrix, the blast-radius ranking,
// ATT&CK M1030 coverage), plus, when given, flow logs checked against it and deployed rule
// sets audited. collect() calls the analyses and keeps their result structures as they
// are; html.cpp renders them. Nothing here prints.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analysis/blast_radius.h"
#include "analysis/coverage.h"
#include "analysis/exposure.h"
#include "analysis/matrix.h"
#include "analysis/verify.h"
#include "base/diagnostics.h"
#include "decision/decision.h"
#include "flows/check.h"
#include "flows/reader.h"
#include "ruleset/audit.h"

namespace bulkhead::report {

struct ReportOptions {
  std::vector<std::string> flows;  ///< flow logs (files, folders, "-"), read_flows' inputs
  std::vector<std::string> audit;  ///< deployed rule sets (nft -j, iptables-save, Windows)
  /// The inventory host whose firewall the rule sets are: their seed tables are judged
  /// against what the policy lets reach it (ruleset::judge_against_policy).
  std::string audit_host;
  std::size_t top = 10;  ///< blast-radius ranking: hosts listed
  /// Hosts drawn per hop column of the blast-radius graph; the rest become one "+N" node.
  std::size_t graph_column = 12;
};

/// Flow verdicts in one time bucket (flows, i.e. Record::count summed).
/// flows::Checker's own definitions: violation and gap flows sum to its totals.
struct FlowBucket {
  std::int64_t start = 0;       ///< seconds since 1970 UTC
  std::uint64_t intended = 0;   ///< reachable and intended by the policy
  std::uint64_t blocked = 0;    ///< unreachable and not reported accepted, or refused
  std::uint64_t gap = 0;        ///< reachable, not intended, not reported refused
  std::uint64_t violation = 0;  ///< reported accepted though the policy makes it unreachable
};

struct FlowData {
  flows::CheckResult check;
  flows::ReadStats read;
  std::vector<FlowBucket> buckets;  ///< ascending, contiguous, every bucket present
  std::int64_t bucket_seconds = 60;
  std::uint64_t untimed = 0;  ///< judged flows without a time
};

using ruleset::AuditedRuleset;

struct ReportData {
  std::shared_ptr<const decision::Decision> d;
  std::unique_ptr<analysis::Context> ctx;
  analysis::VerifyReport verify;
  analysis::ExposureReport exposure;
  analysis::Matrix matrix;                      ///< by zone, on the lateral-movement services
  std::unique_ptr<analysis::ReachGraph> graph;  ///< lateral-movement services
  std::vector<analysis::RankEntry> ranking;     ///< top hosts by blast radius
  std::optional<analysis::BlastResult> worst;   ///< from the first host of the ranking
  analysis::CoverageReport coverage;
  std::optional<FlowData> flows;
  std::vector<AuditedRuleset> audit;
  bool audited = false;  ///< --audit was given
};

/// Runs every analysis and reads the flow logs and rule sets. Bad input (an unreadable or
/// undetectable log, a malformed rule set) returns nullopt with the errors in `diags`
/// (located at file:line:column where the input has positions) or, for errors without a
/// position, in `error`.
std::optional<ReportData> collect(std::shared_ptr<const decision::Decision> d,
                                  const ReportOptions& opts, Diagnostics& diags,
                                  std::string* error);

/// The bucket length for a span of `span` seconds: the smallest of 1 min, 5 min, 15 min,
/// 1 h, 6 h, 1 day, 1 week that gives at most 60 buckets (else 1 week).
std::int64_t bucket_seconds_for(std::int64_t span);

}  // namespace bulkhead::report
