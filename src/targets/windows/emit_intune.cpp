// The windows-intune target: per host class, Microsoft Graph JSON bodies for Intune's
// Endpoint security firewall policies in the settings catalog format (POST
// /beta/deviceManagement/configurationPolicies), one file per policy:
//
//   CLASS-firewall.json   a "Windows Firewall" policy: for the Domain, Private and Public
//                         profiles, firewall on, the default inbound and outbound actions
//                         and (when the policy wants it) logging;
//   CLASS-rules-N.json    "Windows Firewall Rules" policies holding the class's rules, at
//                         most kIntuneMaxRules (150) each, split in plan order.
//
// Every setting is a Firewall CSP node (./Vendor/MSFT/Firewall/MdmStore/...) addressed by
// its settings catalog id, the node path in lower case joined by '_': a rule is one group
// value of vendor_msft_firewall_mdmstore_firewallrules_{firewallrulename} whose children are
// its name, description, enabled, direction, action, profiles, interface types, protocol,
// ICMP types and codes ("T:*"), port ranges and address ranges. Each rule is exactly one
// WinRule of the plan, so the rules are the `windows` script's rules, ICMP types included.
// Windows merges the rules of every policy (no order; any Block beats every Allow), so the
// split changes no verdict. docs/targets/windows.md lists the sources of every id and value,
// and which are inferred from the CSP rather than seen in a published payload.
//
// Policy text (rule names, descriptions, host names) goes through ps_text, as in the
// PowerShell form: printable ASCII only, so the JSON is plain ASCII whatever the policy
// holds; nlohmann::json escapes it. O(R) per class for R rules.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "targets/windows/deploy.h"

namespace bulkhead::targets::windows {
namespace {

using ojson = nlohmann::ordered_json;

// Template ids of the Endpoint security firewall policies (templateReference.templateId),
// and the template references of the settings that sit at the top of a policy.
constexpr const char* kRulesTemplate = "19c8aa67-f286-4861-9aa0-f23541d31680_1";
constexpr const char* kRulesInstanceTemplate = "76c7a8be-67d2-44bf-81a5-38c94926b1a1";
constexpr const char* kFirewallTemplate = "6078910e-d808-4a9f-a51d-1b8a7bacb7c0_1";
constexpr const char* kTechnologies = "mdm,microsoftSense";

constexpr const char* kRule = "vendor_msft_firewall_mdmstore_firewallrules_{firewallrulename}";
/// FW_PROFILE_TYPE_ALL ([MS-FASP]): every profile, as the `windows` script's -Profile Any.
constexpr const char* kAllProfiles = "2147483647";

// The Graph types of settings, setting instances and values.
constexpr const char* kSettingType = "#microsoft.graph.deviceManagementConfigurationSetting";
constexpr const char* kGroupCollectionType =
    "#microsoft.graph.deviceManagementConfigurationGroupSettingCollectionInstance";
constexpr const char* kGroupValueType =
    "#microsoft.graph.deviceManagementConfigurationGroupSettingValue";
constexpr const char* kChoiceType =
    "#microsoft.graph.deviceManagementConfigurationChoiceSettingInstance";
constexpr const char* kChoiceCollectionType =
    "#microsoft.graph.deviceManagementConfigurationChoiceSettingCollectionInstance";
constexpr const char* kChoiceValueType =
    "#microsoft.graph.deviceManagementConfigurationChoiceSettingValue";
constexpr const char* kSimpleType =
    "#microsoft.graph.deviceManagementConfigurationSimpleSettingInstance";
constexpr const char* kSimpleCollectionType =
    "#microsoft.graph.deviceManagementConfigurationSimpleSettingCollectionInstance";
constexpr const char* kStringValueType =
    "#microsoft.graph.deviceManagementConfigurationStringSettingValue";
constexpr const char* kIntegerValueType =
    "#microsoft.graph.deviceManagementConfigurationIntegerSettingValue";

ojson choice_value(const std::string& value) {
  ojson v;
  v["@odata.type"] = kChoiceValueType;
  v["value"] = value;
  v["children"] = ojson::array();
  return v;
}

/// A choice setting: `id` set to the option `id` + "_" + `option`.
ojson choice(const std::string& id, std::string_view option) {
  ojson s;
  s["@odata.type"] = kChoiceType;
  s["settingDefinitionId"] = id;
  s["choiceSettingValue"] = choice_value(fmt::format("{}_{}", id, option));
  return s;
}

ojson choice_collection(const std::string& id, std::string_view option) {
  ojson s;
  s["@odata.type"] = kChoiceCollectionType;
  s["settingDefinitionId"] = id;
  s["choiceSettingCollectionValue"] =
      ojson::array({choice_value(fmt::format("{}_{}", id, option))});
  return s;
}

ojson string_value(const std::string& value) {
  ojson v;
  v["@odata.type"] = kStringValueType;
  v["value"] = value;
  return v;
}

ojson simple_string(const std::string& id, const std::string& value) {
  ojson s;
  s["@odata.type"] = kSimpleType;
  s["settingDefinitionId"] = id;
  s["simpleSettingValue"] = string_value(value);
  return s;
}

ojson simple_integer(const std::string& id, std::int64_t value) {
  ojson s;
  s["@odata.type"] = kSimpleType;
  s["settingDefinitionId"] = id;
  ojson v;
  v["@odata.type"] = kIntegerValueType;
  v["value"] = value;
  s["simpleSettingValue"] = std::move(v);
  return s;
}

ojson string_collection(const std::string& id, const std::vector<std::string>& values) {
  ojson s;
  s["@odata.type"] = kSimpleCollectionType;
  s["settingDefinitionId"] = id;
  ojson list = ojson::array();
  for (const std::string& v : values) list.push_back(string_value(v));
  s["simpleSettingCollectionValue"] = std::move(list);
  return s;
}

/// The IP protocol number of a rule; nullopt = any protocol (no protocol setting).
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

/// One rule: a group value whose children are the rule's CSP nodes. Absent nodes mean
/// "any" (CSP: "If not specified, the default is All").
ojson rule_json(const decision::Decision& d, std::uint32_t host, const WinRule& r) {
  const std::string id = kRule;
  const bool in = r.dir == Direction::Inbound;
  ojson children = ojson::array();
  children.push_back(simple_string(id + "_name", ps_text(rule_display_name(d, r))));
  children.push_back(simple_string(id + "_description", ps_text(rule_description(d, host, r))));
  children.push_back(choice(id + "_enabled", "1"));
  children.push_back(choice(id + "_direction", in ? "in" : "out"));
  children.push_back(choice(id + "_action_type", r.action == Action::Block ? "0" : "1"));
  children.push_back(choice_collection(id + "_profiles", kAllProfiles));
  children.push_back(choice_collection(id + "_interfacetypes", "all"));
  if (auto p = protocol_number(r)) children.push_back(simple_integer(id + "_protocol", *p));
  if (is_icmp(r.proto) && !r.ports.empty()) {
    std::vector<std::string> types;
    for (const std::string& t : icmp_type_entries(r.ports)) types.push_back(t + ":*");
    children.push_back(string_collection(id + "_icmptypesandcodes", types));
  }
  if (!r.ports.empty() && (r.proto == Protocol::Tcp || r.proto == Protocol::Udp))
    children.push_back(string_collection(id + (in ? "_localportranges" : "_remoteportranges"),
                                         port_entries(r.ports)));
  if (r.local)
    children.push_back(string_collection(id + "_localaddressranges", address_entries(*r.local)));
  if (r.remote != AddrSet::all())
    children.push_back(string_collection(id + "_remoteaddressranges", address_entries(r.remote)));
  ojson v;
  v["@odata.type"] = kGroupValueType;
  v["children"] = std::move(children);
  return v;
}

/// A network profile with the template references of its EnableFirewall setting in the
/// Windows Firewall template (instance, and value "true").
struct Profile {
  const char* name;
  const char* instance;
  const char* value;
};
constexpr Profile kProfiles[] = {
    {"domain", "7714c373-a19a-4b64-ba6d-2e9db04a7684", "120c5dbe-0c88-46f0-b897-2c996d3e5277"},
    {"private", "1c14f914-69bb-49f8-af5b-e29173a6ee95", "9d55dfae-d55f-4f2a-af03-9a9524f61e76"},
    {"public", "e2714734-708e-4286-8ae9-d56821e306a3", "c38694c7-51a4-4a35-8f64-b10866a04776"},
};

/// One profile's settings: EnableFirewall true, with the defaults (and logging) as the
/// children of that choice, as the settings catalog nests them.
ojson profile_setting(const HostPlan& plan, const Profile& profile) {
  const std::string id = fmt::format("vendor_msft_firewall_mdmstore_{}profile", profile.name);
  // CSP DefaultInboundAction / DefaultOutboundAction: 0 allow, 1 block.
  auto action = [](policy::DefaultAction a) {
    return a == policy::DefaultAction::Deny ? "1" : "0";
  };
  ojson children = ojson::array();
  children.push_back(choice(id + "_defaultinboundaction", action(plan.in.fallback)));
  children.push_back(choice(id + "_defaultoutboundaction", action(plan.out.fallback)));
  if (plan.log_blocked || plan.log_allowed) {
    children.push_back(
        choice(id + "_enablelogdroppedpackets", plan.log_blocked ? "true" : "false"));
    children.push_back(
        choice(id + "_enablelogsuccessconnections", plan.log_allowed ? "true" : "false"));
    children.push_back(simple_string(id + "_logfilepath", std::string(kLogFile)));
    children.push_back(simple_integer(id + "_logmaxfilesize", kLogMaxKb));
  }
  ojson value = choice_value(id + "_enablefirewall_true");
  value["settingValueTemplateReference"] = {{"settingValueTemplateId", profile.value}};
  value["children"] = std::move(children);
  ojson instance;
  instance["@odata.type"] = kChoiceType;
  instance["settingDefinitionId"] = id + "_enablefirewall";
  instance["settingInstanceTemplateReference"] = {{"settingInstanceTemplateId", profile.instance}};
  instance["choiceSettingValue"] = std::move(value);
  ojson s;
  s["@odata.type"] = kSettingType;
  s["settingInstance"] = std::move(instance);
  return s;
}

/// The policy envelope: name, description, platform, technologies and template.
ojson policy_json(const std::string& name, const std::string& description, const char* tmpl) {
  ojson j;
  j["name"] = name;
  j["description"] = description;
  j["platforms"] = "windows10";
  j["technologies"] = kTechnologies;
  j["templateReference"] = {{"templateId", tmpl}};
  return j;
}

std::string policy_name(const decision::Decision& d, const HostClass& c, std::string_view what) {
  const std::string& policy = d.model().name;
  return ps_text(fmt::format("bulkhead {}{} {}", policy.empty() ? "" : policy + " ", c.stem, what));
}

std::string yes_no(bool b) {
  return b ? "yes" : "no";
}

std::string default_word(policy::DefaultAction a) {
  return a == policy::DefaultAction::Deny ? "Block" : "Allow";
}

}  // namespace

std::optional<RenderResult> render_intune(const decision::Decision& d, const RenderRequest& req,
                                          Diagnostics& diags) {
  const policy::Model& m = d.model();
  RenderResult result;
  std::vector<std::string> notes;
  auto classes = host_classes(d, req, diags, "windows-intune", &notes);
  if (!classes) return std::nullopt;
  bool logging = false;
  for (const HostClass& c : *classes) {
    const HostPlan& plan = c.plan;
    logging = logging || plan.log_blocked || plan.log_allowed;
    std::vector<const WinRule*> rules;
    for (const DirectionPlan* dp : {&plan.in, &plan.out})
      for (const WinRule& r : dp->rules) rules.push_back(&r);
    for (const WinRule* r : rules) {
      if ((r->local && address_entries(*r->local).size() > kMaxAddressEntries) ||
          address_entries(r->remote).size() > kMaxAddressEntries) {
        diags.error(SourceLoc{},
                    fmt::format("host class {}: rule '{}' has more than {} address entries, "
                                "more than one Windows rule holds",
                                c.stem, rule_display_name(d, *r), kMaxAddressEntries));
        return std::nullopt;
      }
    }
    std::vector<std::string> hosts;
    for (std::uint32_t h : c.subject.hosts) hosts.push_back(m.hosts[h].name);
    const std::string host_list = fmt::format("{}", fmt::join(hosts, ", "));
    const std::size_t policies = (rules.size() + kIntuneMaxRules - 1) / kIntuneMaxRules;

    ojson fw = policy_json(
        policy_name(d, c, "firewall"),
        ps_text(fmt::format(
            "Windows Firewall profile settings rendered by bulkhead for {}. Hosts: {}. Domain, "
            "Private and Public profiles: firewall on, inbound {}, outbound {}{}. {}",
            c.subject.title, host_list, default_word(plan.in.fallback),
            default_word(plan.out.fallback),
            plan.log_blocked || plan.log_allowed
                ? fmt::format(", log dropped packets {}, log successful connections {}",
                              yes_no(plan.log_blocked), yes_no(plan.log_allowed))
                : "",
            policies == 0 ? std::string("The class has no rules.")
                          : fmt::format("Assign to the same group as the class's {} rules "
                                        "polic{}.",
                                        policies, policies == 1 ? "y" : "ies"))),
        kFirewallTemplate);
    ojson settings = ojson::array();
    for (const Profile& p : kProfiles) settings.push_back(profile_setting(plan, p));
    fw["settings"] = std::move(settings);
    result.files.push_back({c.stem + "-firewall.json", fw.dump(2) + "\n"});

    for (std::size_t i = 0; i < policies; ++i) {
      const std::size_t first = i * kIntuneMaxRules;
      const std::size_t last = std::min(rules.size(), first + kIntuneMaxRules);
      ojson j = policy_json(
          policy_name(d, c, fmt::format("rules ({} of {})", i + 1, policies)),
          ps_text(fmt::format("Windows Firewall rules rendered by bulkhead for {}. Hosts: {}. "
                              "Policy {} of {}: rules {}-{} of {}; assign every policy of the "
                              "class, and its firewall policy, to the same group.",
                              c.subject.title, host_list, i + 1, policies, first + 1, last,
                              rules.size())),
          kRulesTemplate);
      ojson values = ojson::array();
      for (std::size_t k = first; k < last; ++k)
        values.push_back(rule_json(d, plan.host, *rules[k]));
      ojson instance;
      instance["@odata.type"] = kGroupCollectionType;
      instance["settingDefinitionId"] = kRule;
      instance["settingInstanceTemplateReference"] = {
          {"settingInstanceTemplateId", kRulesInstanceTemplate}};
      instance["groupSettingCollectionValue"] = std::move(values);
      ojson setting;
      setting["@odata.type"] = kSettingType;
      setting["settingInstance"] = std::move(instance);
      j["settings"] = ojson::array({std::move(setting)});
      result.files.push_back({fmt::format("{}-rules-{}.json", c.stem, i + 1), j.dump(2) + "\n"});
    }
    notes.push_back(fmt::format(
        "{}: {}-firewall.json and {} rule{} in {} Windows Firewall Rules polic{} (at most {} "
        "each) for {} host{} ({})",
        c.stem, c.stem, rules.size(), rules.size() == 1 ? "" : "s", policies,
        policies == 1 ? "y" : "ies", kIntuneMaxRules, hosts.size(), hosts.size() == 1 ? "" : "s",
        host_list));
  }
  result.notes = std::move(notes);
  result.notes.push_back(
      "import each CLASS-firewall.json and CLASS-rules-N.json with Microsoft Graph (POST "
      "/beta/deviceManagement/configurationPolicies) and assign all policies of a class to the "
      "Entra ID device group of its hosts; every rule applies to all profiles");
  if (logging)
    result.notes.push_back(
        "the firewall policies set logging (EnableLogDroppedPackets, "
        "EnableLogSuccessConnections, LogFilePath, LogMaxFileSize), which Windows applies from "
        "Windows 11 22H2 (build 22621); earlier builds report those settings not applicable "
        "and keep their own logging");
  return result;
}

}  // namespace bulkhead::targets::windows
