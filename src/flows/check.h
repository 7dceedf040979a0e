// `flows check`: observed flows judged against a policy. Each record is judged exactly as
// Decision::query judges its flow (the per-pair verdicts are cached, so judging does not
// allocate), and the checker keeps, in memory that grows with the distinct class pairs,
// address pairs on lateral-movement services and rules, never with the number of records:
//
//  - violations: accepted flows the policy says are not reachable;
//  - gap traffic: flows that got through (or were not refused) that are reachable but not
//    intended;
//  - impact (CheckOptions::impact): accepted flows the policy blocks once every point
//    enforces, i.e. what switching to this policy, or audit to enforce, would cut;
//  - blocked attempts on lateral-movement services, per source;
//  - lateral-movement detections: a source reaching K or more distinct hosts on
//    lateral-movement services within a window W;
//  - used versus allowed: per rule, hits, bytes, first and last seen, distinct peers; the
//    class pairs an allow rule opens that no flow used, with the narrowing that closes them;
//  - novelty (with a baseline): class pairs and services never seen in the baseline logs;
//  - bulkhead's own log prefixes that name another rule than the policy's (drift).
//
// See docs/flows.md, "flows check". The state is mergeable (merge()), so a log can be
// split among checkers and their results combined.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/ip.h"
#include "base/service_key.h"
#include "decision/decision.h"
#include "flows/flat_index.h"
#include "flows/record.h"

namespace bulkhead::flows {

/// Lateral-movement detection's defaults (docs/flows.md explains the choice).
constexpr std::uint32_t kDefaultLateralK = 10;
constexpr std::int64_t kDefaultLateralWindow = 3600;  ///< seconds
/// Distinct sources and destinations counted exactly per rule; beyond, "at least".
constexpr std::uint32_t kDefaultPeerCap = 1024;
/// Class pairs visited when looking for allowed-but-unused cells, over all rules.
constexpr std::uint64_t kDefaultUnusedBudget = 20'000'000;

struct CheckOptions {
  /// Treat the policy as a candidate: accepted flows it blocks (with every point
  /// enforcing) are its impact, not violations.
  bool impact = false;
  /// A source reaching this many distinct hosts on lateral services within window_s.
  std::uint32_t lateral_k = kDefaultLateralK;
  std::int64_t window_s = kDefaultLateralWindow;
  /// The lateral-movement services: names and keys. Empty: default_lateral_services().
  std::vector<std::pair<std::string, ServiceSet>> lateral_services;
  /// Count flows an allow rule decides towards detections (default: only flows no allow
  /// rule sanctions: administrators' tools reach many hosts by design).
  bool lateral_include_allowed = false;
  /// Judge a reply record (service port to an ephemeral port, ICMP echo reply) as the
  /// connection it answers; false judges every record as logged.
  bool orient_replies = true;
  /// Track (class pair, service) for novelty against baseline records (add_baseline).
  bool novelty = false;
  std::uint32_t peer_cap = kDefaultPeerCap;
  std::uint64_t unused_budget = kDefaultUnusedBudget;
};

/// The remote-service (ATT&CK T1021) members of the `lateral-movement` group: smb,
/// netbios-ssn, rpc-epmap, rdp, winrm-http, winrm-https, with their keys from the model.
std::vector<std::pair<std::string, ServiceSet>> default_lateral_services(const policy::Model& m);

/// Why a record was not judged.
enum class Unjudged : std::uint8_t {
  FamilyMix,    ///< source and destination of different families
  ProtoFamily,  ///< ICMP with IPv6 addresses, or ICMPv6 with IPv4
  NoPorts,      ///< TCP/UDP without ports whose pair's verdict depends on the port
  NoIcmpType,   ///< ICMP without a type whose pair's verdict depends on it
  IcmpRelated,  ///< an ICMP error: it belongs to a connection, not a flow of its own
  SelfFlow,     ///< source and destination are the same address
};
constexpr std::size_t kUnjudgedKinds = 6;
std::string_view unjudged_name(Unjudged u);

/// bulkhead's own log prefix (docs/targets/nftables.md), parsed.
struct BhPrefix {
  enum class Action : std::uint8_t { Allow, Deny, OverrideDeny, WouldBlock };
  Action action = Action::Deny;
  std::uint32_t rule = decision::kNoRule;  ///< `r<N>`, or kNoRule for a default
  std::string_view which;                  ///< for a default: "in", "out", "zone-<zone>"
  std::string_view policy;                 ///< for a default: the policy name
};
/// Parses "bh allow r12 ", "bh would-block default-in hospital ", ...; nullopt when the
/// prefix is not bulkhead's.
std::optional<BhPrefix> parse_bh_prefix(std::string_view prefix);

/// One observed flow as judged: the example a finding carries.
struct SeenFlow {
  Addr src;
  Addr dst;
  std::uint32_t key = 0;  ///< service key judged (after orienting a reply)
  bool key_known = true;  ///< false: no port/type in the record (the pair's verdict is one)
  bool reply = false;     ///< the record was a reply, judged as its connection
  std::int64_t time = 0;  ///< record start (0 unknown)
  Observed observed = Observed::Unknown;
  /// The input it was read from (Record::file): in a finding, valid while the Checker or the
  /// CheckResult holding it lives (both keep the names, see InputNames).
  std::string_view file;
  std::uint64_t line = 0;  ///< line in its input
  decision::Verdict verdict;
};

/// The input names a Checker has seen, each stored once; deque elements never move, so a
/// SeenFlow::file pointing into one stays valid while the table lives.
using InputNames = std::deque<std::string>;

/// Flows grouped by (deciding rule or default, source class, destination class, service).
struct FlowGroup {
  std::uint32_t rule = decision::kNoRule;  ///< deciding rule; kNoRule: a default decided
  decision::Tier tier = decision::Tier::None;
  std::uint32_t src_cls = 0;
  std::uint32_t dst_cls = 0;
  std::string service;  ///< catalog service name, else the segment's ports ("tcp/8000-8079")
  std::uint64_t flows = 0;
  std::uint64_t records = 0;
  std::uint64_t bytes = 0;
  std::int64_t first = 0;  ///< earliest start (0 unknown)
  std::int64_t last = 0;   ///< latest end
  bool audit = false;      ///< (impact) reachable now: only audit mode lets it through
  SeenFlow example;        ///< the earliest flow of the group
};

/// One rule's use.
struct RuleUse {
  std::uint32_t rule = 0;
  std::uint64_t flows = 0;
  std::uint64_t records = 0;
  std::uint64_t bytes = 0;
  std::int64_t first = 0;
  std::int64_t last = 0;
  std::uint64_t sources = 0;       ///< distinct source addresses (capped)
  std::uint64_t destinations = 0;  ///< distinct destination addresses (capped)
  bool sources_capped = false;     ///< "at least `sources`"
  bool destinations_capped = false;
  /// Allow rules: the class pairs it decided for some flow, and the pairs it makes
  /// reachable that no flow used (empty when unused_computed is false).
  std::vector<std::pair<std::uint32_t, std::uint32_t>> used_pairs;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> unused_pairs;
  bool unused_computed = false;
  /// The narrowing that keeps exactly the used pairs: blocks of (from classes, to classes).
  std::vector<std::pair<std::vector<std::uint32_t>, std::vector<std::uint32_t>>> narrowing;
};

/// Blocked attempts on lateral-movement services from one source.
struct BlockedSource {
  Addr src;
  std::uint64_t attempts = 0;  ///< flows refused
  std::uint64_t targets = 0;   ///< distinct destinations refused
  std::vector<std::string> services;
  std::int64_t first = 0;
  std::int64_t last = 0;
  SeenFlow example;
};

/// One target of a detection.
struct LateralTarget {
  Addr dst;
  std::int64_t first = 0;  ///< first contact in the detection's span
  std::int64_t last = 0;
  std::vector<std::string> services;
  std::vector<std::string> techniques;  ///< ATT&CK, one per service that has one
  std::uint64_t attempts = 0;
  std::uint64_t blocked = 0;
  SeenFlow example;  ///< the first contact, with its verdict
};

/// A source that reached `lateral_k` or more distinct hosts within the window.
struct Detection {
  Addr src;
  std::int64_t first = 0;  ///< first contact of the span
  std::int64_t last = 0;
  std::uint32_t peak = 0;              ///< most distinct targets in one window
  std::vector<LateralTarget> targets;  ///< every target of the span, by first contact
};

/// A (class pair, service) in the logs that the baseline logs never had.
struct Novelty {
  std::uint32_t src_cls = 0;
  std::uint32_t dst_cls = 0;
  std::string service;
  bool lateral = false;  ///< on a lateral-movement service (a detection)
  std::uint64_t flows = 0;
  std::int64_t first = 0;
  std::int64_t last = 0;
  SeenFlow example;
};

/// A bulkhead log line whose rule or default is not what the policy decides for its flow:
/// the deployed ruleset differs from this policy (or was rendered from another version).
struct PrefixMismatch {
  std::string prefix;                      ///< as logged, trimmed
  std::uint32_t rule = decision::kNoRule;  ///< what the policy decides instead
  std::uint64_t flows = 0;
  SeenFlow example;
};

struct CheckTotals {
  std::uint64_t records = 0;
  std::uint64_t flows = 0;                                ///< sum of Record::count
  std::uint64_t accepted = 0, rejected = 0, unknown = 0;  ///< flows, as reported
  std::uint64_t judged = 0;                               ///< flows judged
  std::uint64_t unjudged[kUnjudgedKinds] = {};            ///< flows, by Unjudged
  std::uint64_t replies = 0;         ///< flows judged as the connection they answer
  std::uint64_t by_rule = 0;         ///< judged flows a rule decided
  std::uint64_t by_default = 0;      ///< judged flows no rule matched
  std::uint64_t bh_prefixed = 0;     ///< flows with a bulkhead log prefix
  std::uint64_t foreign_prefix = 0;  ///< bulkhead prefixes of another policy
  std::uint64_t baseline_records = 0;
  std::uint64_t violations = 0, gaps = 0, impact = 0, blocked_lateral = 0;  ///< flows
};

struct CheckResult {
  CheckOptions options;
  CheckTotals totals;
  std::vector<FlowGroup> violations;  ///< most flows first
  std::vector<FlowGroup> gaps;
  std::vector<FlowGroup> impact;
  std::vector<BlockedSource> blocked;  ///< most distinct targets first
  std::vector<Detection> detections;   ///< most targets first
  std::vector<RuleUse> rules;          ///< every policy rule, by id
  std::vector<Novelty> novel;          ///< lateral first, then most flows
  bool baseline = false;               ///< a baseline was read
  std::vector<PrefixMismatch> prefix_mismatches;
  /// The input names the examples' SeenFlow::file point into (this checker's and every
  /// merged one's), kept alive with the result.
  std::vector<std::shared_ptr<const InputNames>> inputs;

  /// Exit 1: a violation, a detection, or a lateral-movement service new to the baseline.
  bool failed() const;
};

/// Judges records one at a time. Not thread-safe (the Decision's caches are filled
/// lazily); one Checker per thread, then merge().
class Checker {
 public:
  Checker(std::shared_ptr<const decision::Decision> d, CheckOptions options);
  ~Checker();
  Checker(Checker&&) noexcept;
  Checker& operator=(Checker&&) noexcept;

  /// Judges one record of the logs being checked. No allocation per record once its class
  /// pair, group and address pair have been seen.
  void add(const Record& r);
  /// Adds one record of the baseline logs (what was normal before).
  void add_baseline(const Record& r);
  /// Folds another checker of the same Decision and options into this one.
  void merge(const Checker& other);
  /// The result; the checker can keep going afterwards.
  CheckResult finish() const;

  /// The exact verdict of a record's flow (as checked: replies oriented), or nullopt when
  /// the record cannot be judged. For tests: equal to Decision::query on that flow. Its
  /// `file` is the record's (valid as long as the record's).
  std::optional<SeenFlow> judge(const Record& r) const;

  struct State;

 private:
  std::unique_ptr<State> s_;
};

}  // namespace bulkhead::flows
