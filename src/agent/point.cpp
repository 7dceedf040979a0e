// Picks and renders one enforcement point with the nftables target, and finds the table
// its ruleset replaces (read from the rendered text, so apply never guesses the name).
#include "agent/point.h"

#include "agent/apply.h"
#include "targets/nftables/render.h"

namespace bulkhead::agent {

std::optional<RenderedPoint> render_point(const decision::Decision& d, const PointRequest& req,
                                          Diagnostics& diags) {
  if (req.host.empty() == req.zone.empty()) {
    diags.error(SourceLoc{}, "give exactly one of --host H and --zone Z");
    return std::nullopt;
  }
  targets::RenderRequest rr;
  rr.mode = req.mode;
  RenderedPoint out;
  if (!req.host.empty()) {
    std::int32_t h = d.find_host(req.host);
    if (h < 0) {
      diags.error(SourceLoc{}, "unknown host '" + req.host + "' (not in the policy's inventory)");
      return std::nullopt;
    }
    const policy::Host& host = d.model().hosts[static_cast<std::size_t>(h)];
    if (!host.managed) {
      diags.error(host.loc, "host '" + req.host +
                                "' is unmanaged (managed: false): no endpoint firewall runs "
                                "there to apply");
      return std::nullopt;
    }
    rr.host = static_cast<std::uint32_t>(h);
    out.label = "host " + req.host;
  } else {
    std::int32_t z = d.find_zone(req.zone);
    if (z <= 0) {
      diags.error(SourceLoc{}, "unknown zone '" + req.zone + "'");
      return std::nullopt;
    }
    if (!d.zones()[static_cast<std::size_t>(z)].firewall) {
      diags.error(SourceLoc{},
                  "zone '" + req.zone + "' has no firewall (set firewall: true on the zone)");
      return std::nullopt;
    }
    rr.zone = static_cast<std::uint32_t>(z);
    out.label = "zone " + req.zone;
  }
  std::optional<targets::RenderResult> r = targets::nftables::render(d, rr, diags);
  if (!r || diags.has_errors()) return std::nullopt;
  if (r->files.size() != 1) {
    diags.error(SourceLoc{}, "the nftables target rendered " + std::to_string(r->files.size()) +
                                 " files for " + out.label + "; expected one");
    return std::nullopt;
  }
  out.ruleset = std::move(r->files.front().content);
  out.notes = std::move(r->notes);
  Result<TableRef> table = rendered_table(out.ruleset);
  if (!table) {
    diags.error(SourceLoc{}, table.error());
    return std::nullopt;
  }
  out.table = std::move(table).value();
  return out;
}

}  // namespace bulkhead::agent
