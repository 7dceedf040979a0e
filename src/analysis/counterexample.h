// Counterexamples: turning a (class pair, service segment) verdict into one concrete flow
// between real addresses, and explaining what decided it. Every finding of verify,
// exposure, blast-radius, diff and coverage carries one; tests feed them back to
// Decision::query, which must agree.
#pragma once

#include <cstdint>
#include <optional>

#include "analysis/findings.h"
#include "decision/decision.h"

namespace bulkhead::analysis {

/// A concrete address of class `c` in family `f`, preferring inventory hosts other than
/// `avoid` (a host's first address in the class), then plain addresses. nullopt when the
/// class has no address of the family outside `avoid`.
std::optional<Endpoint> pick_endpoint(const decision::Decision& d, std::uint32_t c, Family f,
                                      std::int32_t avoid = decision::kNoHost);

/// Two endpoints of a class pair in some shared family that are not the same host, or
/// nullopt when the pair has no flow. IPv4 is tried first; `only` restricts the family
/// (the family of an ICMP key).
std::optional<std::pair<Endpoint, Endpoint>> pick_pair(const Census& census, std::uint32_t s,
                                                       std::uint32_t t,
                                                       std::optional<Family> only = std::nullopt);

/// The lowest key of `keys` within [lo, hi], preferring TCP, then UDP, then ICMP.
std::optional<std::uint32_t> pick_key(const ServiceSet& keys, std::uint32_t lo, std::uint32_t hi);

/// A key of `keys` within [lo, hi] that reads well in an example: the first key there of a
/// built-in service, in catalog order (SMB, NetBIOS, RPC, RDP, WinRM, then SSH, HTTP...), else
/// the lowest key whose port is not 0 (no TCP or UDP service listens on port 0), else the
/// lowest key. Any key of the range is an equally true counterexample; this one is the
/// one a reader recognises.
std::optional<std::uint32_t> telling_key(const ServiceSet& keys, std::uint32_t lo,
                                         std::uint32_t hi);
/// How well a key reads in an example (lower is better), in telling_key's order.
std::size_t telling_rank(std::uint32_t key);

/// Explains a verdict of a class pair: the deciding rule, or the point whose default
/// decided, or that no point sees the flow; and why a forbidden flow gets through.
Deciding explain(const decision::Decision& d, std::uint32_t s, std::uint32_t t,
                 const decision::Verdict& v);

/// A full counterexample for class pair (s, t) on service key `key`: concrete endpoints,
/// the verdict (computed exactly like Decision::query) and its explanation. nullopt when
/// the pair has no flow.
std::optional<FlowExample> make_example(const Census& census, std::uint32_t s, std::uint32_t t,
                                        std::uint32_t key);

/// The same for given endpoints (their classes are taken from them).
FlowExample make_example(const decision::Decision& d, const Endpoint& src, const Endpoint& dst,
                         std::uint32_t key);

}  // namespace bulkhead::analysis
