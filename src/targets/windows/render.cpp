// Placeholder for the windows target.
#include "targets/windows/render.h"

namespace bulkhead::targets::windows {

std::optional<RenderResult> render(const decision::Decision&, const RenderRequest&,
                                   Diagnostics& diags) {
  diags.error(SourceLoc{}, "the windows target is not implemented yet");
  return std::nullopt;
}

std::optional<RenderResult> render_netsh(const decision::Decision&, const RenderRequest&,
                                   Diagnostics& diags) {
  diags.error(SourceLoc{}, "the windows target is not implemented yet");
  return std::nullopt;
}

}  // namespace bulkhead::targets::windows
