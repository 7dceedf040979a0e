// The enforcement point an apply or status works on: one managed host's endpoint firewall
// or one zone's boundary firewall, rendered with the nftables target.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "agent/listing.h"
#include "base/diagnostics.h"
#include "decision/decision.h"

namespace bulkhead::agent {

struct PointRequest {
  std::string host;                         ///< a managed inventory host, or empty
  std::string zone;                         ///< a zone with `firewall: true`, or empty
  std::optional<policy::Enforcement> mode;  ///< overrides the policy's enforcement
};

struct RenderedPoint {
  std::string label;    ///< "host ws1" / "zone dmz"
  TableRef table;       ///< the table the ruleset replaces
  std::string ruleset;  ///< `nft -f` text from the renderer
  std::vector<std::string> notes;
};

/// Checks the request against the policy (exactly one of host and zone; the host is in
/// the inventory and managed; the zone exists and has a firewall) and renders it. Errors
/// go to `diags` (user input); nullopt then.
std::optional<RenderedPoint> render_point(const decision::Decision& d, const PointRequest& req,
                                          Diagnostics& diags);

}  // namespace bulkhead::agent
