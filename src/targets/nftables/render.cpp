// Placeholder for the nftables target.
#include "targets/nftables/render.h"

namespace bulkhead::targets::nftables {

std::optional<RenderResult> render(const decision::Decision&, const RenderRequest&,
                                   Diagnostics& diags) {
  diags.error(SourceLoc{}, "the nftables target is not implemented yet");
  return std::nullopt;
}

std::optional<RenderResult> render_json(const decision::Decision&, const RenderRequest&,
                                   Diagnostics& diags) {
  diags.error(SourceLoc{}, "the nftables target is not implemented yet");
  return std::nullopt;
}

}  // namespace bulkhead::targets::nftables
