// `flows discover`: least-privilege allow rules proposed from observed accepted flows.
//
// A Discoverer is fed Records. Accepted flows are grouped by (source endpoint, destination
// endpoint, service key), where an endpoint is the Decision's class for inventory hosts and
// the address itself for plain space (no labels exist there, and least privilege forbids
// widening an address to its zone). Without a policy every address is plain space, so
// rules name exact addresses. Memory grows with those distinct triples, never with lines.
//
// finish() turns the triples the policy does not already intend into rules: per endpoint
// pair the services seen, then pairs with the same services grouped into exact cross
// products (every (source, destination) of a rule was observed with exactly its services),
// so a rule admits no class pair that was not seen. Flows an override-deny decides, and
// flows an `expect ... blocked` intent covers, are never proposed. prove() then loads the
// extended policy and checks with the Decision that every proposed flow is admitted and
// every intent that held still holds; narrowing replaces catalog names by the exact ports
// seen, then drops a rule, until the proof holds. See docs/flows.md, "flows discover".
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "decision/decision.h"
#include "flows/record.h"

namespace bulkhead::flows {

/// One proposed allow rule.
struct ProposedRule {
  std::string name;                   ///< discovered-<n>-<short>
  std::vector<std::string> from;      ///< selector alternatives, YAML flow text each
  std::vector<std::string> to;        ///< selector alternatives
  std::vector<std::string> services;  ///< catalog names or inline forms (tcp/8443)
  std::vector<std::uint32_t> keys;    ///< the service keys observed
  std::uint64_t flows = 0;
  std::vector<std::string> examples;  ///< up to 3 "a -> b" host pairs
  bool narrowed = false;              ///< catalog names replaced by the ports seen (proof)
  std::vector<std::size_t> triples;   ///< internal: the observed triples it admits
};

/// Accepted flows not proposed, grouped by reason.
struct NotProposed {
  std::string reason;  ///< "override-deny rule X", "intent X (blocked)", "no port", ...
  std::string from;    ///< class name or address
  std::string to;
  std::string service;
  std::uint64_t flows = 0;
  std::string example;
};

struct DiscoverTotals {
  std::uint64_t records = 0;
  std::uint64_t flows = 0;  ///< sum of Record::count
  std::uint64_t accepted = 0, rejected = 0, unknown = 0;
  std::uint64_t unjudgeable = 0;   ///< accepted flows with no judgeable flow (ports missing, ...)
  std::uint64_t intended = 0;      ///< accepted flows the policy already intends
  std::uint64_t proposed = 0;      ///< accepted flows the proposal admits
  std::uint64_t not_proposed = 0;  ///< accepted flows excluded (override-deny, intents, proof)
};

struct Proof {
  bool done = false;  ///< a proof was attempted
  bool holds = false;
  std::uint64_t admitted = 0;      ///< observed proposed flows the extended policy admits
  std::uint64_t total = 0;         ///< observed proposed flows
  std::uint64_t intents_held = 0;  ///< intents that held before (and still hold when holds)
  std::vector<std::string> failures;
  int rounds = 0;  ///< proofs run (narrowing re-proves)
};

struct Discovery {
  bool with_policy = false;
  DiscoverTotals totals;
  std::vector<ProposedRule> rules;        ///< most flows first
  std::vector<NotProposed> not_proposed;  ///< most flows first
  Proof proof;

  /// The proposal as a policy file: `bulkhead: 1`, summary comments and `rules:`.
  std::string yaml() const;
};

/// Loads the policy extended with a snippet (a policy file's text) and resolves it; null and
/// a reason when it does not load.
using ExtendedLoader = std::function<std::shared_ptr<const decision::Decision>(
    const std::string& yaml, std::string* why)>;

class Discoverer {
 public:
  /// `d` is the user's policy, or (with_policy false) a policy without inventory.
  Discoverer(std::shared_ptr<const decision::Decision> d, bool with_policy);
  ~Discoverer();
  Discoverer(Discoverer&&) noexcept;
  Discoverer& operator=(Discoverer&&) noexcept;

  /// Adds one record (rejected and unknown ones are only counted).
  void add(const Record& r);
  /// The proposal, not yet proven.
  Discovery finish() const;
  /// Proves `disc` on the extended policy and narrows it until the proof holds (at most a
  /// few rounds); fills disc->proof.
  void prove(Discovery* disc, const ExtendedLoader& load) const;

  struct State;

 private:
  std::unique_ptr<State> s_;
};

}  // namespace bulkhead::flows
