// The nftables ruleset as bulkhead emits it: a small, closed vocabulary of tables, named
// interval sets, base chains and rules. build.cpp fills it from the Decision; text.cpp and
// json.cpp write it out, so the `nft -f` text and the libnftables JSON are two spellings of
// one value and cannot drift apart.
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "base/interval_set.h"
#include "base/ip.h"

namespace bulkhead::targets::nftables {

using AddrIntervals = IntervalSet<u128>;
using PortIntervals = IntervalSet<std::uint32_t>;  ///< ports 0-65535

/// `iif "lo"` (input) or `oif "lo"` (output).
struct IfMatch {
  bool output = false;
  std::string name;
};
/// `ct state established,related`.
struct CtStateMatch {
  std::vector<std::string> states;
};
/// `meta nfproto ipv4|ipv6`: pins a rule without address matches to one family.
struct NfprotoMatch {
  Family family = Family::V4;
};
/// `meta l4proto tcp` or `meta l4proto { tcp, udp }` (names: tcp, udp, icmp, ipv6-icmp).
struct L4protoMatch {
  std::vector<std::string> protos;
};
/// `th dport 445`, `th dport 49152-65535`, `th dport { 53, 445 }`.
struct DportMatch {
  PortIntervals ports;
};
/// `ip saddr @set`, `ip6 daddr != { a, b }`, `ip saddr 10.0.0.0/8`.
struct AddrMatch {
  Family family = Family::V4;
  bool dst = false;
  bool negated = false;
  std::string set;        ///< a named set of the table, or empty for `literal`
  AddrIntervals literal;  ///< the addresses, written inline
};
/// `icmp type { 3, 11-12 }` / `icmpv6 type { 1-4, 130-136 }` (numeric types; nft adds the
/// protocol dependency itself).
struct IcmpTypeMatch {
  bool v6 = false;
  PortIntervals types;
};
/// `ct direction original`: the packet travels in the direction of the connection's
/// first packet (a reply never matches).
struct CtDirectionMatch {};
/// `fib daddr type != { local, broadcast, multicast }` (negated) or `== {...}`.
struct FibDaddrTypeMatch {
  bool negated = false;
  std::vector<std::string> types;
};
/// `fib saddr . iif oif missing`: no route back to the source through the interface the
/// packet came in on (strict reverse-path check).
struct FibRpfMissingMatch {};
/// `limit rate 10/second` (anonymous), or `limit name "log_input"` when `name` is set: a
/// named limit object of the table, so every rule that uses it shares one budget. Over
/// the rate the rule stops matching.
struct LimitStmt {
  std::uint32_t count = 10;
  std::string unit = "second";
  std::string name;
};
/// `log prefix "..."`.
struct LogStmt {
  std::string prefix;
};
/// `counter`.
struct CounterStmt {};
/// `accept` or `drop`.
struct VerdictStmt {
  bool accept = true;
};
/// `ip saddr vmap @<map>` / `ip6 daddr vmap @<map>`: looks the address up in a named
/// verdict map of the table and jumps to the chain it names; no element: no match.
struct AddrVmapStmt {
  Family family = Family::V4;
  bool dst = false;
  std::string map;
};
/// One element of a port verdict map: ports `lo`-`hi` → `jump chain`.
struct PortJump {
  std::uint32_t lo = 0;
  std::uint32_t hi = 0;
  std::string chain;
  bool operator==(const PortJump&) const = default;
};
/// `th dport vmap { 22 : jump c1, 1000-2000 : jump c2 }` (elements disjoint, in port
/// order): always after a `meta l4proto` match of protocols with ports.
struct DportVmapStmt {
  std::vector<PortJump> elements;
};

using Expr =
    std::variant<IfMatch, CtStateMatch, NfprotoMatch, L4protoMatch, DportMatch, AddrMatch,
                 IcmpTypeMatch, CtDirectionMatch, FibDaddrTypeMatch, FibRpfMissingMatch, LimitStmt,
                 LogStmt, CounterStmt, VerdictStmt, AddrVmapStmt, DportVmapStmt>;

struct Rule {
  std::vector<Expr> exprs;  ///< matches first, then statements, in evaluation order
  std::string comment;      ///< already sanitized; may be empty
};

/// A base chain: `type filter hook <hook> priority <priority>; policy <policy>;`, or a
/// regular chain (empty `hook`), reached only by `jump`.
struct Chain {
  std::string name;
  std::string hook;                 ///< prerouting, input, output or forward; "" = regular
  std::string priority = "filter";  ///< a standard priority name: filter (0) or mangle (-150)
  bool policy_accept = false;
  std::vector<Rule> rules;
};

/// `set <name> { type ipv4_addr|ipv6_addr; flags interval; elements = { ... } }`.
struct NamedSet {
  std::string name;
  Family family = Family::V4;
  AddrIntervals elements;
};

/// One element of an address verdict map: addresses `lo`-`hi` → `jump chain`.
struct AddrJump {
  u128 lo = 0;
  u128 hi = 0;
  std::string chain;
};

/// `map <name> { type ipv4_addr|ipv6_addr : verdict; flags interval; elements = { ... } }`
/// (elements disjoint, in address order).
struct NamedMap {
  std::string name;
  Family family = Family::V4;
  std::vector<AddrJump> elements;
};

/// `limit <name> { rate N/unit }`: a rate budget shared by the rules that name it.
struct NamedLimit {
  std::string name;
  std::uint32_t count = 10;
  std::string unit = "second";
};

/// One `table inet <name>`, replaced atomically when loaded.
struct Table {
  std::string name;
  std::vector<std::string> header;  ///< comment lines for the file (sanitized)
  std::vector<NamedLimit> limits;
  std::vector<NamedSet> sets;
  std::vector<NamedMap> maps;
  std::vector<Chain> chains;  ///< base chains first, then regular chains
};

}  // namespace bulkhead::targets::nftables
