// The windows target: renders a point's rules (see render.cpp).
#pragma once

#include "targets/target.h"

namespace bulkhead::targets::windows {

std::optional<RenderResult> render(const decision::Decision& d, const RenderRequest& req,
                                   Diagnostics& diags);
std::optional<RenderResult> render_netsh(const decision::Decision& d, const RenderRequest& req,
                                         Diagnostics& diags);

}  // namespace bulkhead::targets::windows
