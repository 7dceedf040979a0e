// blast-radius: the hosts an attacker on one host reaches hop by hop over a set of
// services (a reached host becomes a new start), and the ranking of every host by that
// number. Computed on the class graph, then expanded to hosts.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analysis/findings.h"
#include "decision/decision.h"

namespace bulkhead::analysis {

/// The class graph for one service set. Nodes are (host class, family) with addresses of
/// that family; edge n → m when some flow on the services from n's class to m's class is
/// reachable. All addresses of a class behave alike, so an edge means: every host of n
/// reaches every *other* host of m. Building it is one O(1) mask test per pair of host
/// classes plus a segment walk where the mask is mixed: O(C_h² + R·k). Memory: N²/8
/// bytes of adjacency bits for N nodes.
class ReachGraph {
 public:
  struct Node {
    std::uint32_t cls = 0;
    Family family = Family::V4;
    std::vector<std::uint32_t> hosts;  ///< hosts with an address of `family` in `cls`
  };

  ReachGraph(const Context& ctx, ServiceSet keys);

  const Context& context() const { return ctx_; }
  const ServiceSet& keys() const { return keys_; }
  const std::vector<Node>& nodes() const { return nodes_; }
  std::size_t words() const { return words_; }
  const std::uint64_t* row(std::uint32_t n) const { return &adj_[n * words_]; }
  bool edge(std::uint32_t n, std::uint32_t m) const {
    return (adj_[n * words_ + (m >> 6)] >> (m & 63)) & 1u;
  }
  std::uint64_t edge_count() const { return edges_; }
  /// The nodes holding a host's addresses.
  const std::vector<std::uint32_t>& host_nodes(std::uint32_t h) const { return host_nodes_[h]; }
  /// Nodes sharing a host with n (a dual-stack or multi-class host), excluding n.
  const std::vector<std::uint32_t>& links(std::uint32_t n) const { return links_[n]; }
  /// Whether class s reaches class t on the services, in family f (ICMP is per family).
  bool class_reaches(std::uint32_t s, std::uint32_t t, Family f) const;
  /// The adjacency row of an arbitrary class and family (e.g. a plain start address).
  std::vector<std::uint64_t> row_of_class(std::uint32_t cls, Family f) const;
  /// The lowest service key on which class s reaches class t in family f (the pair must
  /// reach).
  std::uint32_t first_key(std::uint32_t s, std::uint32_t t, Family f) const;
  /// Every service key on which class s reaches class t in family f: all that opens the
  /// step, not just its first port.
  ServiceSet reachable_keys(std::uint32_t s, std::uint32_t t, Family f) const;

  /// Groups of hosts that have exactly the same nodes, with their node list; every host
  /// of a group has the same blast radius.
  struct StartGroup {
    std::vector<std::uint32_t> nodes;
    std::vector<std::uint32_t> hosts;
  };
  const std::vector<StartGroup>& start_groups() const { return groups_; }

 private:
  const Context& ctx_;
  ServiceSet keys_;
  FamilyKeys fkeys_;
  std::vector<Node> nodes_;
  std::size_t words_ = 0;
  std::vector<std::uint64_t> adj_;
  std::uint64_t edges_ = 0;
  std::vector<std::vector<std::uint32_t>> host_nodes_;
  std::vector<std::vector<std::uint32_t>> links_;
  std::vector<StartGroup> groups_;
  std::vector<std::int32_t> node_index_;  // cls*2 + family slot → node, or -1
};

/// One host reached by the attacker.
struct Reached {
  std::uint32_t host = 0;
  std::int32_t via = -1;   ///< the compromised host it was reached from; -1 = the start
  std::uint32_t key = 0;   ///< the lowest service key of that step
  std::uint32_t step = 0;  ///< index into BlastResult::steps: every key that opens the step
};

struct BlastResult {
  std::int32_t start_host = -1;            ///< the starting host, or -1 for a plain address
  std::optional<Addr> start_addr;          ///< for a plain-address start
  std::vector<std::vector<Reached>> hops;  ///< hops[i]: hosts first reached at hop i+1
  std::uint64_t total = 0;                 ///< hosts reached, the start excluded
  bool stopped_by_max_hops = false;        ///< more hosts are reachable beyond max_hops
  std::vector<std::int32_t> via_of;        ///< per host: the via host (-1 start), -2 unreached
  std::vector<std::uint32_t> key_of;       ///< per host: the lowest key of its step
  std::vector<std::uint32_t> step_of;      ///< per host: index into steps
  std::vector<ServiceSet> steps;           ///< the keys opening each (source, target) step
};

/// The services that open a step, for printing: each catalog service whose keys all lie in
/// `open` ("smb tcp/445"), in key order, then the leftover keys as proto/port ranges
/// ("tcp/50000-50010"). A whole protocol reads "tcp/0-65535", never "tcp/0".
std::vector<std::string> step_services(const CatalogKeys& cat, const ServiceSet& open);

/// Blast radius from one inventory host. max_hops < 0: unlimited.
/// O(hops · N²/64 + H) for N nodes and H hosts.
BlastResult blast_radius(const ReachGraph& g, std::uint32_t start_host, int max_hops = -1);
/// Blast radius from a plain (non-inventory) address, e.g. on the internet.
BlastResult blast_radius_from_address(const ReachGraph& g, const Addr& start, int max_hops = -1);

/// The hosts on the path from the start to `host` (start host first, when it is one;
/// `host` last). Empty when unreached.
std::vector<std::uint32_t> path_to(const BlastResult& r, std::uint32_t host);

/// One entry of the ranking: hosts sharing a start group, and their radius.
struct RankEntry {
  std::vector<std::uint32_t> hosts;
  std::uint64_t radius = 0;  ///< hosts reached, the start excluded
  int hops = 0;              ///< hops until nothing new is reached (or max_hops)
};

/// Every host ranked by blast radius (largest first), computed once per start group (hosts
/// with the same class nodes). Returns whole groups until at least `top` hosts are listed
/// (top = 0: all). O(G · hops · N²/64) for G groups.
std::vector<RankEntry> rank_blast_radius(const ReachGraph& g, int max_hops, std::size_t top);

}  // namespace bulkhead::analysis
