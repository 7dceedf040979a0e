// Synthetic enterprises for benchmarks: N hosts in a realistic mix (workstations by site
// and department, printers and IoT devices that run no firewall, infrastructure servers,
// and three-tier business applications), zones per site and per data-centre function, and
// a fixed number of rules: infrastructure rules (Active Directory, files, printing,
// administration, monitoring, perimeter, Wi-Fi) plus three rules per application (users →
// web, web → app, app → database) until the budget is reached.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace bulkhead::bench {

struct EnterpriseOptions {
  std::size_t hosts = 1000;
  std::size_t rules = 500;  ///< user rules (the lateral-movement baseline comes on top)
  std::uint64_t seed = 1;
  /// Rule changes for `diff` benchmarks: 0 = the base policy; k > 0 changes k rules
  /// (services added, a selector widened, a rule removed) in a deterministic way.
  int mutations = 0;
  /// Percent of hosts (0-100) that carry their own `default_inbound`/`default_outbound`
  /// and a random extra label (`team: t<k>`): each such host tends to be a class of its own,
  /// the workload where classes, not hosts, grow.
  int host_defaults_percent = 0;
  /// Rules `{team: tK}` → one application's web tier, K = 0..team_rules-1 (teams t0..t39 are
  /// the random labels above): each splits the source behaviour of every class its team
  /// spans, the stress case for analyses that walk class pairs.
  int team_rules = 0;
};

struct EnterpriseStats {
  std::size_t hosts = 0;
  std::size_t rules = 0;
  std::size_t zones = 0;
  std::size_t expects = 0;
  std::size_t applications = 0;
  std::size_t sites = 0;
};

/// A policy (one YAML document) for the options. Deterministic for a seed.
std::string generate_enterprise_yaml(const EnterpriseOptions& o, EnterpriseStats* stats = nullptr);

}  // namespace bulkhead::bench
