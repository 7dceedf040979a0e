// Decision → nftables Table for one enforcement point: a managed host's endpoint firewall
// (chains input and output of `table inet bulkhead`) or a zone's boundary firewall (chain
// forward of `table inet bulkhead_zone_<zone>`).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "base/diagnostics.h"
#include "decision/decision.h"
#include "targets/nftables/ruleset.h"

namespace bulkhead::targets::nftables {

/// Reports every rule whose services (or logged services) nft cannot express exactly and a
/// log rate nft cannot apply, each once with its location. False when there is any.
bool check_expressible(const decision::Decision& d, Diagnostics& diags);

/// The smallest number of policy rules with TCP or UDP services a chain must decide
/// before they are laid out as lookups (the map form) rather than one nft rule each
/// (measured: docs/performance.md, "nftables per-packet cost").
inline constexpr std::size_t kMapMinRules = 8;

/// How a ruleset is laid out; every layout decides every flow alike.
struct Layout {
  std::size_t map_min_rules = kMapMinRules;  ///< 0: always lookups; SIZE_MAX: never
};

/// The table every host ruleset lives in.
inline constexpr const char* kHostTable = "bulkhead";

/// The table of a zone firewall: "bulkhead_zone_" + the zone's name made safe (names.h).
std::string zone_table_name(const decision::Decision& d, std::uint32_t zone);

/// The endpoint firewall of managed host `host`. `mode` overrides the host's enforcement.
/// Returns nullopt (with located errors) when a rule cannot be expressed exactly.
std::optional<Table> build_host(const decision::Decision& d, std::uint32_t host,
                                std::optional<policy::Enforcement> mode, Diagnostics& diags,
                                const Layout& layout = {});

/// The boundary firewall of zone `zone` (firewall: true): judges flows with exactly one end
/// in the zone and passes every other forwarded packet.
std::optional<Table> build_zone(const decision::Decision& d, std::uint32_t zone,
                                std::optional<policy::Enforcement> mode, Diagnostics& diags,
                                const Layout& layout = {});

}  // namespace bulkhead::targets::nftables
