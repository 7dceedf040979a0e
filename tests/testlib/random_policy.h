// Random policies and flows for property tests. Policies are YAML text (so the loader is
// exercised too) covering zones (nested, with firewalls), IPv4 and IPv6, labels and their
// negations, host/zone/cidr selectors, selector lists and maps, unmanaged hosts, per-host
// and per-zone defaults, all three tiers, inline and catalog services, and the
// lateral-movement baseline. Flows concentrate on the edges that matter: every named
// address and range boundary, and every port boundary of every service.
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "decision/decision.h"

namespace bulkhead::testing {

struct RandomPolicy {
  std::uint64_t seed = 0;
  std::string yaml;
  std::vector<Addr> addresses;       ///< interesting addresses of both families
  std::vector<std::uint16_t> ports;  ///< interesting ports
};

/// Knobs for the generator.
struct RandomPolicyOptions {
  int max_zones = 4;
  int max_hosts = 10;
  int max_rules = 8;
  bool allow_audit = false;  ///< may set `enforcement: audit` on hosts and zones
};

/// A random valid policy for a seed.
RandomPolicy random_policy(std::uint64_t seed, const RandomPolicyOptions& opts = {});

/// `n` random flows over the policy's interesting addresses and ports (families match).
std::vector<decision::Flow> random_flows(const RandomPolicy& p, std::uint64_t seed, std::size_t n);

/// Queries `flows` on four threads at once against one Decision, so that they race to fill
/// its caches: thread t starts at flow t × 500 and walks them all (first uses collide).
/// result[t][k] is thread t's verdict of racing_flow(flows, t, k).
std::vector<std::vector<decision::Verdict>> query_racing(const decision::Decision& d,
                                                         const std::vector<decision::Flow>& flows);
/// The k-th flow thread t of query_racing asked.
const decision::Flow& racing_flow(const std::vector<decision::Flow>& flows, std::size_t t,
                                  std::size_t k);

/// The seed for a test: BULKHEAD_SEED if set; a fresh random one with
/// BULKHEAD_RANDOM_SEED=1; else a fixed seed derived from the test's name. Printed either
/// way (as "seed=N") so a failure can be replayed.
std::uint64_t test_seed(const char* test_name);

/// `n` scaled by BULKHEAD_PROPERTY_SCALE (default 1; the sanitizer run uses 0.2), at least 1:
/// how many random policies (or sampled inputs) a test checks.
std::size_t scaled_count(std::size_t n);

}  // namespace bulkhead::testing
