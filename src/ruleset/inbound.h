// A ruleset's inbound enforcement: what decides a new connection addressed to the host
// itself, as one first-match list per family (nftables, iptables) or per profile (Windows).
// Several nftables base chains on the path are combined into one list (inbound.cpp).
#pragma once

#include <vector>

#include "ruleset/model.h"

namespace bulkhead::ruleset {

/// Whether the point filters traffic into the host ("input", "INPUT", "inbound").
bool is_inbound_hook(const Point& p);

/// Whether the point filters what leaves the host ("output", "OUTPUT", "outbound").
bool is_outbound_hook(const Point& p);

/// The points that decide a new inbound connection, each one first-match list equivalent
/// to the whole path such a packet takes. Every rule keeps the file:line it was written at.
/// nftables: the filter base chains of the prerouting hook, then of the input hook, each by
/// priority, read for packets addressed to the host (Point::to_host_rules), combined per
/// family (an inet chain is on both; one point when both families meet the same chains):
/// a drop or reject in any chain is final, an accept goes on to the next chain. iptables:
/// INPUT per family. Windows: each profile's inbound point.
std::vector<Point> inbound_points(const Ruleset& rs);

}  // namespace bulkhead::ruleset
