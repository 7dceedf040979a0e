// The target interface: each target renders the Decision for one enforcement point into
// its platform's native configuration, and refuses (with a located error) what it cannot
// express exactly. Targets are listed in one explicit table (registry.cpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "decision/decision.h"

namespace bulkhead::targets {

/// What to render.
struct RenderRequest {
  std::optional<std::uint32_t> host;      ///< a managed host's endpoint firewall
  bool all = false;                       ///< every managed host the target serves, one file each
  bool all_zones = false;                 ///< every firewalled zone's boundary firewall too
  std::optional<std::uint32_t> zone;      ///< a zone's boundary firewall (zone index, not 0)
  std::optional<policy::Selector> group;  ///< one script per class of hosts (windows)
  bool uninstall = false;                 ///< emit what removes bulkhead's configuration
  /// Overrides every point's enforcement mode (`--mode audit|enforce`); unset = policy's.
  std::optional<policy::Enforcement> mode;
};

struct RenderedFile {
  std::string name;  ///< file name (no directory), e.g. "ws-001.nft"
  std::string content;
};

struct RenderResult {
  std::vector<RenderedFile> files;
  std::vector<std::string> notes;  ///< remarks for the user (e.g. which rules want logging)
};

using RenderFn = std::optional<RenderResult> (*)(const decision::Decision&, const RenderRequest&,
                                                 Diagnostics&);

struct TargetInfo {
  std::string name;  ///< --target value
  std::string description;
  RenderFn render;
  bool hosts = false;      ///< can render a host's endpoint firewall
  bool zones = false;      ///< can render a zone firewall
  bool groups = false;     ///< can render per class (--group)
  bool uninstall = false;  ///< can render an uninstall script
};

/// Every target, in a fixed order.
const std::vector<TargetInfo>& registry();
const TargetInfo* find_target(std::string_view name);

}  // namespace bulkhead::targets
