// The nftables target: renders host endpoint firewalls (`table inet bulkhead`, one file per
// host) and zone boundary firewalls (`table inet bulkhead_zone_<zone>`), as `nft -f` text or
// libnftables JSON. See docs/targets/nftables.md.
#pragma once

#include "targets/nftables/build.h"
#include "targets/target.h"

namespace bulkhead::targets::nftables {

/// `nft -f` text: one file per requested point (`<host>.nft`, `zone-<zone>.nft`), or the
/// uninstall form. Returns nullopt with located errors when a rule cannot be expressed.
std::optional<RenderResult> render(const decision::Decision& d, const RenderRequest& req,
                                   Diagnostics& diags);
/// The same rulesets in the libnftables JSON schema (`nft -j -f`), as `.json` files.
std::optional<RenderResult> render_json(const decision::Decision& d, const RenderRequest& req,
                                        Diagnostics& diags);
/// The same with a chosen layout (tests and benchmarks force one form or the other).
std::optional<RenderResult> render(const decision::Decision& d, const RenderRequest& req,
                                   Diagnostics& diags, const Layout& layout);
std::optional<RenderResult> render_json(const decision::Decision& d, const RenderRequest& req,
                                        Diagnostics& diags, const Layout& layout);

}  // namespace bulkhead::targets::nftables
