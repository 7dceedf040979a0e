// The vocabulary every analysis reports in: concrete endpoints and flows (counterexamples),
// what decided a flow (a rule, a default of an enforcement point, or no point at all), and
// how many hosts and plain addresses a class stands for. Plain data; the CLI prints it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analysis/pair_summary.h"
#include "decision/decision.h"

namespace bulkhead::analysis {

/// A concrete end of a flow: one address, and the inventory host owning it (or none).
struct Endpoint {
  Addr addr;
  std::int32_t host = decision::kNoHost;
  std::uint32_t cls = 0;
};

/// What decided the verdict of a flow.
enum class DecidedBy : std::uint8_t {
  Rule,     ///< a rule of the flow's tier (allow, deny or override-deny)
  Default,  ///< no rule matched: the default of an enforcement point decided
  NoPoint,  ///< no rule matched and no enforcement point sees the flow
};

struct Deciding {
  DecidedBy by = DecidedBy::NoPoint;
  std::uint32_t rule = decision::kNoRule;  ///< for Rule
  /// The point that decided: for a blocked flow the first point that blocks it; for a
  /// reachable flow with no rule, the first point whose default let it through.
  std::optional<decision::Point> point;
  /// Why a flow the tier forbids still gets through (a gap), e.g. "no enforcement point
  /// sees the flow"; empty otherwise.
  std::string gap_reason;
};

/// A concrete flow with its verdict and the reason for it: the counterexample that every
/// finding carries. Feeding flow() to Decision::query gives back `verdict`.
struct FlowExample {
  Endpoint src;
  Endpoint dst;
  std::uint32_t key = 0;  ///< service key (protocol and port)
  decision::Verdict verdict;
  Deciding why;

  decision::Flow flow() const {
    return decision::Flow{src.addr, dst.addr, key_proto(key),
                          static_cast<std::uint16_t>(key_port(key))};
  }
};

/// Family bits for counting: which address families of a class take part.
constexpr std::uint8_t kFamilyV4 = 1;
constexpr std::uint8_t kFamilyV6 = 2;
constexpr std::uint8_t kBothFamilies = kFamilyV4 | kFamilyV6;

/// How many inventory hosts and plain (non-inventory) addresses a set of classes holds.
/// Address counts are kept per family and never added together: an IPv6 address cannot
/// reach an IPv4-only host, and 2^128 IPv6 addresses would drown 5 IPv4 ones.
struct Population {
  std::uint64_t hosts = 0;
  u128 addresses_v4 = 0;  ///< plain IPv4 addresses
  u128 addresses_v6 = 0;  ///< plain IPv6 addresses (saturating: ~2^128 means all of them)
  bool internet = false;  ///< includes addresses of the built-in zone `internet`

  void add(const Population& o);
  bool has_addresses() const { return addresses_v4 != 0 || addresses_v6 != 0; }
};

/// Per-class facts the analyses need over and over, computed once in O(atoms + hosts):
/// host counts, plain address counts, families, and hosts whose addresses fall in more
/// than one class (rare: multi-address hosts), so host counts stay exact.
class Census {
 public:
  explicit Census(const decision::Decision& d);

  const decision::Decision& decision() const { return d_; }
  /// Hosts and plain addresses of one class, counting only the families in `families`
  /// (kFamilyV4, kFamilyV6): a host counts when it has an address of one of them there.
  Population population(std::uint32_t cls, std::uint8_t families = kBothFamilies) const;
  /// The families in which some flow goes from class s to class t (pair_has_flows).
  std::uint8_t pair_families(std::uint32_t s, std::uint32_t t) const;
  /// Hosts and plain addresses of a set of classes, each host counted once.
  Population population(const std::vector<std::uint32_t>& classes) const;
  /// Whether class `c` has addresses of family `f`.
  bool has_family(std::uint32_t c, Family f) const;
  /// Whether some flow of family `f` goes from class s to class t between two different
  /// hosts (or involves a plain address): a host's flows to itself are not network flows.
  bool pair_has_flows(std::uint32_t s, std::uint32_t t, Family f) const;
  bool pair_has_flows(std::uint32_t s, std::uint32_t t) const {
    return pair_has_flows(s, t, Family::V4) || pair_has_flows(s, t, Family::V6);
  }
  /// Number of ordered pairs of distinct hosts (a in s, b in t) that share an address
  /// family, i.e. that some flow of the pair connects.
  std::uint64_t host_pairs(std::uint32_t s, std::uint32_t t) const;
  /// Hosts whose addresses lie in more than one class, per class (usually empty).
  const std::vector<std::uint32_t>& multi_class_hosts(std::uint32_t c) const { return multi_[c]; }
  /// The families host h has addresses of in class c (for multi-class hosts; else 0).
  std::uint8_t families_of(std::uint32_t host, std::uint32_t cls) const;
  /// Classes holding some address of host h (sorted, unique).
  std::vector<std::uint32_t> host_classes(std::uint32_t h) const;

 private:
  struct PerClass {
    u128 plain[2] = {0, 0};     ///< per family (v4, v6)
    std::uint64_t v4_only = 0;  ///< hosts with only IPv4 addresses in this class
    std::uint64_t v6_only = 0;
    std::uint64_t dual = 0;
    std::int32_t solo[2] = {-2, -2};  ///< per family: the one host of a host-only side, -1
                                      ///< when plain or several hosts, -2 when absent
  };
  const decision::Decision& d_;
  std::vector<PerClass> per_;
  std::vector<std::vector<std::uint32_t>> multi_;
  // For multi-class hosts: host → (class, family bits) pairs.
  std::vector<std::vector<std::pair<std::uint32_t, std::uint8_t>>> multi_host_classes_;
  std::vector<std::int32_t> multi_index_;  // host → index into multi_host_classes_, or -1
};

/// A key set with its per-family parts, so that a class pair is asked only about the keys
/// its flows can carry: ICMP (IPv4) keys need an IPv4 flow, ICMPv6 keys an IPv6 flow.
struct FamilyKeys {
  explicit FamilyKeys(ServiceSet keys);
  ServiceSet all;
  ServiceSet v4;  ///< all ∩ keys of IPv4 flows
  ServiceSet v6;  ///< all ∩ keys of IPv6 flows
  ServiceSet none;
  /// The keys of `all` that some flow from class s to class t can carry (empty when the
  /// pair has no flow). O(1), no allocation.
  const ServiceSet& of_pair(const Census& c, std::uint32_t s, std::uint32_t t) const;
  const ServiceSet& of_family(Family f) const { return f == Family::V4 ? v4 : v6; }
};

/// The catalog's services with their keys, computed once (built-in first, then custom).
struct CatalogKeys {
  std::vector<std::pair<std::string, ServiceSet>> services;
  explicit CatalogKeys(const policy::Model& m);
  /// The first service whose keys contain every key of [lo, hi], or null.
  const std::string* containing(std::uint32_t lo, std::uint32_t hi) const;
  /// The first service whose keys contain all of `keys`, or null.
  const std::string* containing(const ServiceSet& keys) const;
};

/// What every analysis of one Decision shares: the census, the pair-verdict table and the
/// catalog's keys. Building it is O(A + H log H + P²) (see Census and PairJudge).
struct Context {
  explicit Context(const decision::Decision& dec);
  const decision::Decision& d;
  Census census;
  PairJudge judge;
  CatalogKeys catalog;
  /// A class's part as a destination in any pair's outcome: its rule group (the tier map),
  /// its enforcement profile (the verdict mask) and its address families (the keys).
  /// Destinations with the same behaviour pass or fail together for every source (but
  /// for a host to itself). Behaviours are numbered 0..dst_behaviours-1.
  std::vector<std::uint32_t> dst_behaviour;
  std::uint32_t dst_behaviours = 0;
  /// kFamilyV4 | kFamilyV6: the families a class has addresses of.
  std::vector<std::uint8_t> families;
};

/// Accumulates the population of classes one at a time, counting every host once.
class PopulationBuilder {
 public:
  explicit PopulationBuilder(const Census& c) : census_(&c) {}
  /// Adds the class's hosts and addresses of the given families only.
  void add(std::uint32_t cls, std::uint8_t families = kBothFamilies);
  Population get() const;
  bool empty() const { return classes_ == 0; }

 private:
  const Census* census_;
  Population p_;
  std::vector<std::uint32_t> multi_;
  std::uint64_t classes_ = 0;
};

/// A number for reports: exact up to 2^53, else a power-of-two approximation ("~2^96").
std::string count_text(u128 n);
/// "12 hosts", "3 hosts + 65,536 IPv4 addresses", "1 host + 4,096 IPv4 + ~2^64 IPv6
/// addresses incl. internet": each family counted on its own.
std::string population_text(const Population& p);

/// The deciding rule's or point's description, e.g. "rule lateral-movement/smb
/// (policy.yaml:12)", "inbound firewall of fs-01 (default deny)".
std::string deciding_text(const decision::Decision& d, const FlowExample& ex);
/// A point's name from a flow's view: "outbound firewall of ws-01", "zone firewall of dmz".
std::string point_text(const decision::Decision& d, const decision::Point& p,
                       const FlowExample& ex);
/// "ws-01 (10.10.1.5)" or "203.0.113.10".
std::string endpoint_text(const decision::Decision& d, const Endpoint& e);
/// "tcp/445", "udp/137", "icmp", "other".
std::string key_text(std::uint32_t key);
/// "ws-01 (10.10.1.5) -> fs-01 (10.20.0.10) tcp/445".
std::string flow_text(const decision::Decision& d, const FlowExample& ex);

/// The name of the catalog service whose keys contain all of `keys`, if any (catalog
/// order: built-in services first, then custom ones).
std::optional<std::string> service_containing(const policy::Model& m, const ServiceSet& keys);
/// The catalog service name for keys when one contains them, else their proto/port text.
std::string service_label(const policy::Model& m, const ServiceSet& keys);

}  // namespace bulkhead::analysis
