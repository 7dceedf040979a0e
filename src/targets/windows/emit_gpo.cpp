// The windows-gpo target: per host class, a PowerShell script that writes the class's
// rules and profile settings into a Group Policy Object, for a domain admin to link to
// the OU of the class's hosts.
//
// The script runs on an admin workstation with the RSAT GroupPolicy module, not on the
// hosts. It creates the GPO 'bulkhead POLICY CLASS' if it does not exist (New-GPO), opens
// one GPO session on it (Open-NetGPO -PolicyStore DOMAIN\GPO: a local cached copy),
// removes bulkhead's earlier rules (group 'bulkhead') from that copy, adds every rule of
// the plan and sets the Domain, Private and Public profiles, all with -GPOSession, and
// writes the copy back with one Save-NetGPO. If any step fails, the script stops before
// Save-NetGPO and the GPO is unchanged: a GPO never holds half a rule set. It does not
// link the GPO; it prints the New-GPLink command to run.
//
// The rule commands are those of the windows target (emit_powershell.cpp) with
// -GPOSession $gpo added: the same rules, so the same verdicts (deploy_forms_test.cpp
// checks the two forms' rule lines are identical). Every policy string is a single-quoted
// literal built by ps_quote.
#include <fmt/format.h>

#include "targets/windows/deploy.h"
#include "targets/windows/emit.h"

namespace bulkhead::targets::windows {
namespace {

const char* action_word(policy::DefaultAction a) {
  return a == policy::DefaultAction::Allow ? "Allow" : "Block";
}

/// One New-NetFirewallRule in the GPO session: the plain script's command, in the session.
std::string rule_command(const decision::Decision& d, std::uint32_t host, const WinRule& r) {
  return new_rule_command(d, host, r, "-GPOSession $gpo ", "", "");
}

std::string comment(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += l.empty() ? "#\n" : "# " + ps_text(l) + "\n";
  return out;
}

std::string gpo_name(const decision::Decision& d, const HostClass& c) {
  const std::string& policy = d.model().name;
  return policy.empty() ? fmt::format("bulkhead {}", c.stem)
                        : fmt::format("bulkhead {} {}", policy, c.stem);
}

std::string gpo_script(const decision::Decision& d, const HostClass& c) {
  const HostPlan& plan = c.plan;
  const std::string name = gpo_name(d, c);
  const std::size_t n = plan.in.rules.size() + plan.out.rules.size();
  std::vector<std::string> head =
      header_lines(d, plan, c.subject, plan.in.rules.size(), plan.out.rules.size());
  head.insert(
      head.end(),
      {"", fmt::format("Group Policy Object: {}", name),
       "Run on an admin workstation with the RSAT GroupPolicy module, as a user who may edit",
       "the domain's GPOs: .\\THIS.ps1 -Domain corp.example.com  (preview with -WhatIf).",
       "Creates the GPO if it does not exist, opens one GPO session on it (Open-NetGPO),",
       "replaces bulkhead's rules there (group 'bulkhead'), sets the Domain, Private and Public",
       "profiles, and writes the GPO back at once (Save-NetGPO): if a step fails the GPO is",
       "unchanged. Other rules and settings of the GPO are kept. The GPO is not linked: link",
       "it to the OU of the hosts listed above with the New-GPLink command the script prints,",
       "then run gpupdate /force on a host (or wait for the refresh)."});
  std::string out = comment(head);
  out += R"([CmdletBinding(SupportsShouldProcess)]
param([Parameter(Mandatory)][string]$Domain)
$ErrorActionPreference = 'Stop'
Import-Module NetSecurity
Import-Module GroupPolicy
)";
  out += "$gpoName = " + ps_quote(name) + "\n";
  out += fmt::format(
      "if (-not $PSCmdlet.ShouldProcess(\"GPO '$gpoName' in $Domain\", 'write {} bulkhead "
      "firewall rules and the profile settings')) {{ return }}\n",
      n);
  out += "if (-not (Get-GPO -Name $gpoName -Domain $Domain -ErrorAction SilentlyContinue)) {\n";
  out += "  $null = New-GPO -Name $gpoName -Domain $Domain -Comment " +
         ps_quote(fmt::format("Windows Defender Firewall rules rendered by bulkhead for {}. "
                              "Re-render and re-run the script to change them.",
                              c.subject.title)) +
         "\n}\n";
  out +=
      "# One GPO session: every change below goes to a cached copy of the GPO; Save-NetGPO "
      "writes it back at once.\n";
  out += "$gpo = Open-NetGPO -PolicyStore \"$Domain\\$gpoName\"\n";
  out +=
      "$old = @(Get-NetFirewallRule -GPOSession $gpo -Group 'bulkhead' -ErrorAction "
      "SilentlyContinue)\n";
  out += "if ($old.Count -gt 0) { Remove-NetFirewallRule -GPOSession $gpo -Group 'bulkhead' }\n";
  for (const DirectionPlan* dp : {&plan.in, &plan.out}) {
    out += fmt::format("# {} rules (profile default {})\n", dp == &plan.in ? "Inbound" : "Outbound",
                       action_word(dp->fallback));
    for (const WinRule& r : dp->rules) out += rule_command(d, plan.host, r) + "\n";
  }
  out += fmt::format(
      "Set-NetFirewallProfile -GPOSession $gpo -Profile Domain,Private,Public -Enabled True "
      "-DefaultInboundAction {} -DefaultOutboundAction {} -LogBlocked {} -LogAllowed {} "
      "-LogFileName {} -LogMaxSizeKilobytes {}\n",
      action_word(plan.in.fallback), action_word(plan.out.fallback),
      plan.log_blocked ? "True" : "False", plan.log_allowed ? "True" : "False", ps_quote(kLogFile),
      kLogMaxKb);
  out += "Save-NetGPO -GPOSession $gpo\n";
  out += fmt::format(
      "Write-Host \"bulkhead: wrote {} rules and the profile settings to GPO '$gpoName' in "
      "$Domain ($($old.Count) earlier bulkhead rules replaced).\"\n",
      n);
  out += "$dn = 'DC=' + (($Domain -split '\\.') -join ',DC=')\n";
  out +=
      "Write-Host 'Link it to the OU of its hosts (not done automatically), then run gpupdate "
      "/force on a host:'\n";
  out +=
      "Write-Host (\"  New-GPLink -Name '\" + ($gpoName -replace \"'\", \"''\") + \"' -Target "
      "'OU=<the OU of these hosts>,\" + $dn + \"' -Domain \" + $Domain + \" -LinkEnabled Yes\")\n";
  return out;
}

}  // namespace

std::optional<RenderResult> render_gpo(const decision::Decision& d, const RenderRequest& req,
                                       Diagnostics& diags) {
  RenderResult result;
  std::vector<std::string> notes;
  auto classes = host_classes(d, req, diags, "windows-gpo", &notes);
  if (!classes) return std::nullopt;
  for (const HostClass& c : *classes) {
    result.files.push_back({c.stem + ".gpo.ps1", gpo_script(d, c)});
    std::vector<std::string> names;
    for (std::uint32_t h : c.subject.hosts) names.push_back(d.model().hosts[h].name);
    notes.push_back(fmt::format("{}.gpo.ps1: GPO '{}' for {} host{} ({}); link it to their OU",
                                c.stem, gpo_name(d, c), names.size(), names.size() == 1 ? "" : "s",
                                fmt::join(names, ", ")));
  }
  result.notes = std::move(notes);
  result.notes.push_back(
      "each GPO script runs on an admin workstation with the RSAT GroupPolicy module "
      "(-Domain DOMAIN), writes the class's rules into the GPO in one GPO session saved at "
      "once (Save-NetGPO), and prints the New-GPLink command to link it; it links nothing "
      "itself. Rules of a GPO merge with the hosts' local rules unless the GPO sets "
      "AllowLocalFirewallRules False");
  add_script_size_notes(result);
  return result;
}

}  // namespace bulkhead::targets::windows
