// The nftables target: renders a point's rules (see render.cpp).
#pragma once

#include "targets/target.h"

namespace bulkhead::targets::nftables {

std::optional<RenderResult> render(const decision::Decision& d, const RenderRequest& req,
                                   Diagnostics& diags);
std::optional<RenderResult> render_json(const decision::Decision& d, const RenderRequest& req,
                                   Diagnostics& diags);

}  // namespace bulkhead::targets::nftables
