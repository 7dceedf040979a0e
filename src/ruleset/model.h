// The imported form of a deployed rule set: for each enforcement point, one first-match
// list of rules over an exact header space, each rule keeping where it was written.
//
// The header space of a new inbound connection is (family, source address, destination
// address, service key, source port): the service key is base/service_key.h's flattening
// of (protocol, destination port or ICMP type), so TCP/445 and UDP/137 are single keys.
// A set of packets is a Region: a list of pairwise disjoint Boxes (a product of one
// closed interval per dimension, in one family). Every match an importer understands
// (prefixes, ranges, sets, multiport lists, negations, jump contexts minus returns) is a
// Region exactly; what it does not understand makes the rule inexact (see Rule::exact).
//
// Region operations are plain box algebra: intersecting two regions of n and m boxes is
// O(n·m); subtracting a box from a box leaves at most 2·d = 8 boxes, so subtracting a
// region of m boxes from one of n is O(n·m) per step with at most 8× growth per step in
// the worst case (in practice the pieces stay few because rule matches are prefixes and
// port ranges that nest or are disjoint).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/interval_set.h"
#include "base/ip.h"
#include "base/service_key.h"
#include "base/source_loc.h"

namespace bulkhead::ruleset {

constexpr std::uint32_t kPortMax = 65535;

/// One product of closed intervals in one family.
struct Box {
  Family family = Family::V4;
  u128 src_lo = 0, src_hi = 0;
  u128 dst_lo = 0, dst_hi = 0;
  std::uint32_t key_lo = 0, key_hi = 0;  ///< service keys (base/service_key.h)
  std::uint32_t sport_lo = 0, sport_hi = kPortMax;

  bool operator==(const Box&) const = default;
};

/// One packet of the header space: a witness of a finding.
struct Packet {
  Family family = Family::V4;
  u128 src = 0;
  u128 dst = 0;
  std::uint32_t key = 0;
  std::uint32_t sport = 0;

  /// "tcp 10.0.0.1:1024 -> 10.0.0.2:445", "icmp 10.0.0.1 -> 10.0.0.2 type 8".
  std::string str() const;
  auto operator<=>(const Packet&) const = default;
};

/// A set of packets as pairwise disjoint boxes.
class Region {
 public:
  Region() = default;
  static Region of(const Box& b) {
    Region r;
    r.boxes_.push_back(b);
    return r;
  }
  /// The product of per-dimension sets in one family (keys are clipped to the family's).
  static Region product(Family f, const IntervalSet<u128>& src, const IntervalSet<u128>& dst,
                        const ServiceSet& keys, const IntervalSet<std::uint32_t>& sports);
  /// Every packet of a family: any addresses, the family's service keys, any source port.
  static Region whole(Family f);

  bool empty() const { return boxes_.empty(); }
  const std::vector<Box>& boxes() const { return boxes_; }
  std::size_t size() const { return boxes_.size(); }

  Region intersect(const Region& o) const;
  Region subtract(const Region& o) const;
  /// Adds `o` (made disjoint from this region first).
  void add(const Region& o);
  bool intersects(const Region& o) const;
  /// Whether every packet of this region is in `o`.
  bool within(const Region& o) const { return subtract(o).empty(); }
  bool contains(const Packet& p) const;
  /// A packet of the region (its first box's lowest corner); the region must not be empty.
  Packet sample() const;

 private:
  std::vector<Box> boxes_;
};

/// The verdict-relevant part of what a rule does once chains are inlined.
enum class Action : std::uint8_t { Accept, Drop, Reject, Log };

/// "accept", "drop", "reject", "log"
std::string_view action_name(Action a);
/// Whether the action ends evaluation (everything but Log).
constexpr bool terminal(Action a) {
  return a != Action::Log;
}
/// Whether the action lets the packet through (Drop and Reject both block).
constexpr bool permits(Action a) {
  return a == Action::Accept;
}

/// One rule of a point's first-match list.
struct Rule {
  /// The packets the rule may match. When `exact`, exactly the packets it matches; when
  /// not, an over-approximation: the rule matches some unknown part of it (a match the
  /// importer does not model), so it is never relied on to decide a packet.
  Region match;
  bool exact = true;
  Action action = Action::Drop;
  SourceLoc loc;
  std::string text;                     ///< the rule as written (one line)
  std::string chain;                    ///< the chain it was written in
  std::vector<std::string> unmodelled;  ///< why it is not exact, one reason each
  /// Set when the rule as written matches packets but none of them reaches it here
  /// (earlier returns or gotos of its chain, or the jump into it, leave it nothing): one
  /// packet of its written match.
  std::optional<Packet> unreached;
  /// The rule counts, logs or names the packets it decides (nftables `counter`, `log`, a
  /// comment): removing it changes what is counted or reported even where no verdict
  /// changes, so a later rule deciding its packets the same way does not make it redundant.
  bool side_effects = false;
  /// The rule logs the packets it matches (nft `log`, iptables LOG, NFLOG, ULOG), without a
  /// rate limit (a limited log bounds its own volume).
  bool logs = false;
};

/// One place where packets are judged: a base chain (nftables), a filter chain of one
/// family (iptables), or a Windows profile and direction.
struct Point {
  std::string name;         ///< "inet filter input", "filter INPUT (IPv4)", "Domain inbound"
  Region universe;          ///< every packet the point can see
  std::vector<Rule> rules;  ///< first-match order; the policy follows the last rule
  Action policy = Action::Accept;
  SourceLoc policy_loc;
  std::string policy_text;
  /// Windows: the list is the equivalent first-match order of block-beats-allow (every
  /// Block rule, then every Allow rule, each in file order).
  bool block_beats_allow = false;
  int hook_priority = 0;  ///< nftables: the base chain's priority (several may share a hook)
  std::string hook;       ///< "input", "forward", "output", "INPUT", "inbound", ...
  /// nftables: the rules as they decide packets addressed to the host itself, when that
  /// differs from `rules` (a `fib daddr type` match, which is exact for such packets and
  /// not modelled for others); empty when `rules` already says it.
  std::optional<std::vector<Rule>> to_host_rules;
};

/// Something the importer read but could not model exactly, or chose not to audit.
struct Note {
  SourceLoc loc;
  std::string message;
};

enum class Format : std::uint8_t { NftJson, IptablesSave, WindowsExport };
std::string_view format_name(Format f);

struct Ruleset {
  std::string file;
  Format format = Format::NftJson;
  std::vector<Point> points;
  std::vector<Note> notes;
};

}  // namespace bulkhead::ruleset
