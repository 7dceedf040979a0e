// The explicit table of targets.
#include "targets/nftables/render.h"
#include "targets/target.h"
#include "targets/windows/deploy.h"
#include "targets/windows/render.h"

namespace bulkhead::targets {

const std::vector<TargetInfo>& registry() {
  static const std::vector<TargetInfo> kTargets = {
      {"nftables", "Linux nftables ruleset (nft -f), table inet bulkhead", &nftables::render, true,
       true, false, true},
      {"nftables-json", "the same ruleset in the libnftables JSON schema (nft -j -f)",
       &nftables::render_json, true, true, false, true},
      {"windows", "Windows Defender Firewall PowerShell (NetSecurity module)", &windows::render,
       true, false, true, true},
      {"windows-netsh", "Windows Defender Firewall netsh advfirewall batch", &windows::render_netsh,
       true, false, true, true},
      {"windows-gpo", "Windows Defender Firewall rules written into a GPO per host class",
       &windows::render_gpo, true, false, true, false},
      {"windows-intune",
       "Windows Defender Firewall rules as Intune settings-catalog policy JSON per host class",
       &windows::render_intune, true, false, true, false},
  };
  return kTargets;
}

const TargetInfo* find_target(std::string_view name) {
  for (const TargetInfo& t : registry())
    if (t.name == name) return &t;
  return nullptr;
}

}  // namespace bulkhead::targets
