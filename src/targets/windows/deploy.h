// The enterprise deployment forms of the Windows target: `windows-gpo` (a PowerShell script
// that writes a host class's rules into a Group Policy Object in one GPO session) and
// `windows-intune` (the class's profile settings and rules as Microsoft Graph JSON for
// Intune's Endpoint security firewall policies, the rules split at Intune's 150-rule
// limit per policy). Both render per host class:
// hosts whose rule sets are identical share one output (deploy.cpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "targets/target.h"
#include "targets/windows/plan.h"
#include "targets/windows/text.h"

namespace bulkhead::targets::windows {

/// Intune: at most this many rules per Endpoint security "Windows Firewall Rules" policy.
/// Microsoft Learn, "Firewall policy for endpoint security in Intune": "Each instance of
/// this profile supports up to 150 custom rules"; the settings catalog definition of
/// vendor_msft_firewall_mdmstore_firewallrules_{firewallrulename} has maximumCount 150.
inline constexpr std::size_t kIntuneMaxRules = 150;
/// Intune: platform (PowerShell) scripts may be at most 200 KB (Microsoft Learn).
inline constexpr std::size_t kIntuneMaxScriptBytes = 200 * 1024;

/// Managed hosts for --all: those labelled os=windows, or every managed host when no host
/// has an `os` label; `skipped` counts the managed hosts left out.
std::vector<std::uint32_t> windows_hosts(const decision::Decision& d, std::size_t* skipped);

/// A file-name stem for a --group selector: "role-workstation_os-windows" for
/// {role: workstation, os: windows}.
std::string selector_stem(const policy::Selector& s);

/// Hosts that share one rule set, with a name for files and GPO/profile names.
struct HostClass {
  std::string stem;       ///< file-name-safe class name, e.g. "role-workstation_os-windows"
  ScriptSubject subject;  ///< title and hosts, for headers
  HostPlan plan;          ///< the plan of the class's first host (every host's is identical)
};

/// The host classes a request names: --host (one host), --all (every managed Windows host,
/// grouped by identical rule sets, each class named after the labels its hosts share) or
/// --group (the matched hosts, grouped the same way, named like the windows target's
/// --group files). Refuses --zone and --uninstall for `target`. Adds plan notes to `notes`.
std::optional<std::vector<HostClass>> host_classes(const decision::Decision& d,
                                                   const RenderRequest& req, Diagnostics& diags,
                                                   std::string_view target,
                                                   std::vector<std::string>* notes);

/// Adds a note for every script (.ps1, .cmd) in `r` larger than Intune's 200 KB limit for
/// platform scripts, naming the host or class and the size and how to split.
void add_script_size_notes(RenderResult& r);

/// The windows-gpo target: one GPO script per host class.
std::optional<RenderResult> render_gpo(const decision::Decision& d, const RenderRequest& req,
                                       Diagnostics& diags);
/// The windows-intune target: per host class, CLASS-firewall.json (profile settings) and
/// CLASS-rules-N.json (Windows Firewall Rules policies of at most kIntuneMaxRules rules).
std::optional<RenderResult> render_intune(const decision::Decision& d, const RenderRequest& req,
                                          Diagnostics& diags);

}  // namespace bulkhead::targets::windows
