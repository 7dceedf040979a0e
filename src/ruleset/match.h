// MatchSpec: the conditions of one rule, dimension by dimension, as an importer collects
// them; region() turns them into model.h's Region. Negations complement within the
// dimension; a condition that restricts a family (an IPv4 address, ICMP) drops the other.
#pragma once

#include <string>
#include <vector>

#include "base/addr_set.h"
#include "base/service_key.h"
#include "ruleset/model.h"

namespace bulkhead::ruleset {

struct MatchSpec {
  bool v4 = true;
  bool v6 = true;
  AddrSet src = AddrSet::all();
  AddrSet dst = AddrSet::all();
  ServiceSet keys = all_services();
  IntervalSet<std::uint32_t> sports = IntervalSet<std::uint32_t>::range(0, kPortMax);
  /// Why the rule can match no new inbound connection (e.g. `ct state established`), or
  /// empty.
  std::string never;
  /// What the importer could not model: the rule may match any part of region().
  std::vector<std::string> unmodelled;

  void only(Family f) {
    if (f == Family::V4) v6 = false;
    if (f == Family::V6) v4 = false;
  }
  /// Restricts the source (or destination) to `set`, or to its complement when `negate`.
  void restrict_addr(bool source, const AddrSet& set, bool negate);
  /// Restricts the service keys to `keys`, or to the complement when `negate`.
  void restrict_keys(const ServiceSet& k, bool negate);
  /// Restricts to the given protocols' blocks (negate: every other protocol).
  void restrict_protos(const std::vector<Proto>& protos, bool negate);
  /// Restricts destination ports of the given protocols (the protocols' other keys drop).
  void restrict_dports(const std::vector<Proto>& protos, const IntervalSet<std::uint32_t>& ports,
                       bool negate);
  void restrict_sports(const IntervalSet<std::uint32_t>& ports, bool negate);

  /// The packets of `universe` the conditions select (empty when `never` is set).
  Region region(const Region& universe) const;
};

/// The keys of one protocol's ports (or types).
ServiceSet proto_keys(Proto p, const IntervalSet<std::uint32_t>& ports);

}  // namespace bulkhead::ruleset
