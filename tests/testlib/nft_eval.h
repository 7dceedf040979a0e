// An evaluator of nftables semantics for the rulesets bulkhead emits: it loads `nft -f`
// text (strictly: any syntax it does not know is a load error, so no rule can be silently
// ignored) and decides packets the way the kernel does: every base chain at a hook runs in
// priority order, a drop anywhere is final, an accept ends only its own chain, and a packet
// no rule decides gets the chain's policy. It is the oracle the nftables property test holds
// the renderer to; it shares no code with the renderer.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/ip.h"
#include "decision/decision.h"

namespace bulkhead::testing::nft {

enum class Hook : std::uint8_t { Prerouting, Input, Forward, Output, Postrouting };

/// One packet as nftables sees it at a hook.
struct Packet {
  Family family = Family::V4;
  u128 saddr = 0;
  u128 daddr = 0;
  std::uint8_t l4proto = 6;            ///< IP protocol / IPv6 next header (after extensions)
  std::optional<std::uint16_t> dport;  ///< transport destination port; none for portless protocols
  std::uint8_t icmp_type = 0;          ///< ICMP / ICMPv6 type when l4proto is 1 / 58
  std::string iif;                     ///< input interface ("" when none, e.g. at output)
  std::string oif;                     ///< output interface ("" when none, e.g. at input)
  std::string ct_state = "new";        ///< new, established, related, invalid, untracked
  bool ct_original = true;             ///< travels in the connection's original direction
  int hoplimit = 64;                   ///< IPv4 TTL / IPv6 hop limit
  /// `fib daddr type` of the destination on this machine: local, broadcast, multicast,
  /// unicast (not this machine's), ...
  std::string daddr_type = "local";
  bool rpf_ok = true;  ///< a route back to the source leaves through the input interface
};

/// The packet of a new flow: TCP/UDP with its port, ICMP/ICMPv6 with the flow's port as
/// its type, and for Proto::Other the given protocol number (with the flow's port as dport
/// when that protocol has ports, e.g. sctp 132).
Packet packet_of(const decision::Flow& f, std::uint8_t other_proto = 47, std::string iif = "eth0",
                 std::string oif = "eth1");

struct EvalOptions {
  bool limit_ok = true;  ///< false: every `limit rate` is over its rate (stops its rule)
};

/// What one base chain decided.
struct ChainVerdict {
  std::string table;  ///< "inet bulkhead"
  std::string chain;
  bool accepted = false;
  bool by_policy = false;
  std::string comment;  ///< comment of the deciding rule (empty for the policy)
};

struct Result {
  bool accepted = true;
  bool by_policy = false;            ///< the final verdict came from a chain policy
  std::string comment;               ///< comment of the rule with the final verdict
  std::vector<std::string> logs;     ///< prefixes of the log statements that ran, in order
  std::vector<ChainVerdict> chains;  ///< every base chain that ran, in order
  std::string error;                 ///< non-empty: the ruleset asked something undefined
};

class Ruleset {
 public:
  Ruleset();
  ~Ruleset();
  Ruleset(const Ruleset&);
  Ruleset& operator=(const Ruleset&);

  /// Applies one `nft -f` file as one transaction. Returns "" on success, else
  /// "line N: message" and leaves the ruleset unchanged.
  std::string load(std::string_view text);

  /// Runs a packet through every base chain of the hook, across all tables.
  Result eval(Hook hook, const Packet& p, const EvalOptions& o = {}) const;

  /// "inet bulkhead", ... in creation order.
  std::vector<std::string> tables() const;
  /// Number of rules in a chain (0 when absent).
  std::size_t rule_count(const std::string& table, const std::string& chain) const;

  struct State;

 private:
  std::unique_ptr<State> state_;
};

}  // namespace bulkhead::testing::nft
