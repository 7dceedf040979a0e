// The windows-intune target: per host class, the class's Windows Firewall rules as the
// JSON Microsoft Graph takes for an Intune endpoint protection profile
// (windows10EndpointProtectionConfiguration, POST /deviceManagement/deviceConfigurations,
// Graph beta), with its firewallRules of type windowsFirewallRule and, in the first
// profile, the Domain, Private and Public profile defaults (windowsFirewallNetworkProfile).
//
// Intune takes at most 150 rules per profile, so a class's rules are split in plan order
// into CLASS-profile-1.json, CLASS-profile-2.json, ...; every profile names the class and
// its hosts, and all of a class's profiles are assigned to the same group. Windows merges
// the rules of every profile into one set (no order; any Block beats every Allow), so the
// split does not change any verdict. A windowsFirewallRule has no ICMP type field: a rule
// over some ICMP types only cannot be expressed, and the render fails naming the class
// (use windows-gpo or the windows script for that class).
//
// Policy text (rule names, descriptions) goes through ps_text, as in the PowerShell form:
// printable ASCII only, so the JSON is plain ASCII whatever the policy holds.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "targets/windows/deploy.h"

namespace bulkhead::targets::windows {
namespace {

using ojson = nlohmann::ordered_json;

/// The IP protocol number of a rule; nullopt = any protocol (no "protocol" key).
std::optional<int> protocol_number(const WinRule& r) {
  switch (r.proto) {
    case Protocol::Tcp:
      return 6;
    case Protocol::Udp:
      return 17;
    case Protocol::Icmpv4:
      return 1;
    case Protocol::Icmpv6:
      return 58;
    case Protocol::Any:
      return std::nullopt;
    case Protocol::Number:
      return static_cast<int>(r.ports.intervals().front().lo);
  }
  return std::nullopt;
}

ojson network_profile(const HostPlan& plan) {
  const bool in_block = plan.in.fallback == policy::DefaultAction::Deny;
  const bool out_block = plan.out.fallback == policy::DefaultAction::Deny;
  ojson p;
  p["@odata.type"] = "#microsoft.graph.windowsFirewallNetworkProfile";
  p["firewallEnabled"] = "allowed";
  p["inboundConnectionsBlocked"] = in_block;
  p["inboundConnectionsRequired"] = !in_block;
  p["outboundConnectionsBlocked"] = out_block;
  p["outboundConnectionsRequired"] = !out_block;
  return p;
}

ojson rule_json(const decision::Decision& d, std::uint32_t host, const WinRule& r) {
  const bool in = r.dir == Direction::Inbound;
  ojson j;
  j["@odata.type"] = "#microsoft.graph.windowsFirewallRule";
  j["displayName"] = ps_text(rule_display_name(d, r));
  j["description"] = ps_text(rule_description(d, host, r));
  j["action"] = r.action == Action::Block ? "blocked" : "allowed";
  j["trafficDirection"] = in ? "in" : "out";
  if (auto p = protocol_number(r)) j["protocol"] = *p;
  if (!r.ports.empty() && (r.proto == Protocol::Tcp || r.proto == Protocol::Udp))
    j[in ? "localPortRanges" : "remotePortRanges"] = port_entries(r.ports);
  if (r.local) j["localAddressRanges"] = address_entries(*r.local);
  if (r.remote != AddrSet::all()) j["remoteAddressRanges"] = address_entries(r.remote);
  j["profileTypes"] = "domain,private,public";
  return j;
}

std::string profile_name(const decision::Decision& d, const HostClass& c, std::size_t i,
                         std::size_t n) {
  const std::string& policy = d.model().name;
  return ps_text(fmt::format("bulkhead {}{} ({} of {})", policy.empty() ? "" : policy + " ", c.stem,
                             i + 1, n));
}

/// "0, 1, 2" or "0, 1, 2, ... (130 types)".
std::string types_text(const std::vector<std::string>& types) {
  if (types.size() <= 8) return fmt::format("{}", fmt::join(types, ", "));
  return fmt::format("{}, ... ({} types)", fmt::join(types.begin(), types.begin() + 6, ", "),
                     types.size());
}

}  // namespace

std::optional<RenderResult> render_intune(const decision::Decision& d, const RenderRequest& req,
                                          Diagnostics& diags) {
  const policy::Model& m = d.model();
  RenderResult result;
  std::vector<std::string> notes;
  auto classes = host_classes(d, req, diags, "windows-intune", &notes);
  if (!classes) return std::nullopt;
  bool logging = false, audit = false;
  for (const HostClass& c : *classes) {
    const HostPlan& plan = c.plan;
    logging = logging || plan.log_blocked || plan.log_allowed;
    audit = audit || plan.audit;
    std::vector<const WinRule*> rules;
    for (const DirectionPlan* dp : {&plan.in, &plan.out})
      for (const WinRule& r : dp->rules) rules.push_back(&r);
    for (const WinRule* r : rules) {
      if (is_icmp(r->proto) && !r->ports.empty()) {
        diags.error(SourceLoc{},
                    fmt::format("host class {}: rule '{}' covers only some {} types ({}); an "
                                "Intune firewall rule (windowsFirewallRule) has no ICMP type "
                                "field, so it cannot be expressed; deploy this class with "
                                "--target windows-gpo or windows",
                                c.stem, rule_display_name(d, *r),
                                r->proto == Protocol::Icmpv4 ? "ICMP" : "ICMPv6",
                                types_text(icmp_type_entries(r->ports))));
        return std::nullopt;
      }
      if ((r->local && address_entries(*r->local).size() > kMaxAddressEntries) ||
          address_entries(r->remote).size() > kMaxAddressEntries) {
        diags.error(SourceLoc{},
                    fmt::format("host class {}: rule '{}' has more than {} address entries, "
                                "more than one Windows rule holds",
                                c.stem, rule_display_name(d, *r), kMaxAddressEntries));
        return std::nullopt;
      }
    }
    const std::size_t profiles =
        rules.empty() ? 1 : (rules.size() + kIntuneMaxRules - 1) / kIntuneMaxRules;
    std::vector<std::string> hosts;
    for (std::uint32_t h : c.subject.hosts) hosts.push_back(m.hosts[h].name);
    for (std::size_t i = 0; i < profiles; ++i) {
      const std::size_t first = i * kIntuneMaxRules;
      const std::size_t last = std::min(rules.size(), first + kIntuneMaxRules);
      ojson j;
      j["@odata.type"] = "#microsoft.graph.windows10EndpointProtectionConfiguration";
      j["displayName"] = profile_name(d, c, i, profiles);
      j["description"] = ps_text(fmt::format(
          "Windows Defender Firewall rules rendered by bulkhead for {}. Hosts: {}. Profile {} "
          "of {}: rules {}-{} of {}; assign every profile of the class to the same group.{}",
          c.subject.title, fmt::join(hosts, ", "), i + 1, profiles, rules.empty() ? 0 : first + 1,
          last, rules.size(),
          i == 0 ? " This profile also sets the Domain, Private and Public profile defaults."
                 : ""));
      if (i == 0) {
        j["firewallProfileDomain"] = network_profile(plan);
        j["firewallProfilePrivate"] = network_profile(plan);
        j["firewallProfilePublic"] = network_profile(plan);
      }
      ojson list = ojson::array();
      for (std::size_t k = first; k < last; ++k) list.push_back(rule_json(d, plan.host, *rules[k]));
      j["firewallRules"] = std::move(list);
      result.files.push_back({fmt::format("{}-profile-{}.json", c.stem, i + 1), j.dump(2) + "\n"});
    }
    notes.push_back(fmt::format(
        "{}: {} rule{} in {} Intune profile{} (at most {} each) for {} host{} ({})", c.stem,
        rules.size(), rules.size() == 1 ? "" : "s", profiles, profiles == 1 ? "" : "s",
        kIntuneMaxRules, hosts.size(), hosts.size() == 1 ? "" : "s", fmt::join(hosts, ", ")));
  }
  result.notes = std::move(notes);
  result.notes.push_back(
      "import each CLASS-profile-N.json with Microsoft Graph (POST "
      "/beta/deviceManagement/deviceConfigurations) and assign all profiles of a class to the "
      "Entra ID group of its hosts; every rule applies to the Domain, Private and Public "
      "profiles");
  if (logging || audit)
    result.notes.push_back(
        "the Intune profile has no firewall logging settings: the LogBlocked/LogAllowed choices "
        "(and audit mode's LogAllowed) of the script forms are not carried; set logging with a "
        "separate Intune setting");
  return result;
}

}  // namespace bulkhead::targets::windows
