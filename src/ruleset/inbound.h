// A ruleset's inbound enforcement: what decides a new connection addressed to the host
// itself, as one first-match list per family (nftables, iptables) or per profile (Windows).
#pragma once

#include <vector>

#include "ruleset/model.h"

namespace bulkhead::ruleset {

/// Whether the point filters traffic into the host ("input", "INPUT", "inbound").
bool is_inbound_hook(const Point& p);

/// The points that decide a new inbound connection, each one first-match list equivalent
/// to the whole path such a packet takes. Every rule keeps the file:line it was written at.
std::vector<Point> inbound_points(const Ruleset& rs);

}  // namespace bulkhead::ruleset
