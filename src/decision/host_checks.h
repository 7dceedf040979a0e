// Checks of what a real machine needs that a policy may forget: the warnings `validate`,
// `render` and `apply` print once the policy has resolved. They never fail a command;
// they name the hosts (or zone) and the fix.
#pragma once

#include "base/diagnostics.h"
#include "decision/decision.h"

namespace bulkhead::decision {

/// Adds a warning for each of:
///  - managed hosts with a deny default in a policy without the `host-essentials` baseline
///    (IPv6 neighbour discovery, MLD, ICMP errors and DHCP would be dropped);
///  - managed hosts with `default_outbound: deny` that have no reachable DNS (tcp/53 or
///    udp/53) or NTP (udp/123) flow to any address;
///  - zones with `firewall: true` and no IPv6 range, whose boundary firewall therefore
///    passes every IPv6 packet;
///  - a policy with hosts but no settings.management (anti-lockout), suggesting a
///    management selector when the inventory has an obvious one (a `jump` role, say);
///  - hosts whose addresses lie in several zones;
///  - zone defaults that change nothing (no host without its own default in the zone).
/// Work: O(K · C) tier-map look-ups for K distinct classes of deny-outbound hosts and C
/// classes; the rest is linear in hosts and zones.
void check_host_needs(const Decision& d, Diagnostics& diags);

}  // namespace bulkhead::decision
