// Tests of the enterprise deployment forms: windows-gpo (a GPO session script per host
// class) and windows-intune (Graph JSON for Intune's settings catalog firewall policies per
// host class: a firewall policy, and rules policies split at 150 rules), and the 200 KB
// note on scripts.
//
// The GPO form must hold exactly the plain PowerShell form's rules: its New-NetFirewallRule
// lines, with the -GPOSession argument taken out, are the windows target's lines, in order,
// on small and random policies (so the win_eval evaluator, which decides the plain form
// exactly, decides the GPO form the same way). The Intune form's settings are read back
// strictly into the evaluator's rule model here (ICMP types included) and must hold the
// plain PowerShell script's rules, defaults and logging, and decide every checked flow
// exactly like it.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "targets/windows/deploy.h"
#include "testlib/random_policy.h"
#include "unit/windows/helpers.h"

namespace bulkhead::windows_test {
namespace {

using targets::windows::kIntuneMaxRules;

const char* kTiny = R"(bulkhead: 1
name: tiny
hosts:
  - name: ws-1
    address: 10.1.0.10
    labels: {role: workstation}
  - name: fs-1
    addresses: [10.1.0.20, "2001:db8::20"]
    labels: {role: file-server}
rules:
  - name: smb-to-files
    action: allow
    from: {role: workstation}
    to: {role: file-server}
    services: [smb]
  - name: no-rdp
    action: deny
    from: any
    to: hosts
    services: [rdp]
)";

std::optional<targets::RenderResult> render_with(const decision::Decision& d,
                                                 const targets::RenderRequest& req, bool intune,
                                                 std::string* errors = nullptr) {
  Diagnostics diags;
  auto r = intune ? targets::windows::render_intune(d, req, diags)
                  : targets::windows::render_gpo(d, req, diags);
  std::string all;
  for (const Diagnostic& dg : diags.sorted()) all += dg.str() + "\n";
  if (errors) *errors = all;
  if (!r || diags.has_errors()) return std::nullopt;
  return r;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string l = text.substr(pos, end - pos);
    std::size_t b = l.find_first_not_of(' ');
    out.push_back(b == std::string::npos ? std::string() : l.substr(b));
    pos = end + 1;
  }
  return out;
}

/// The New-NetFirewallRule command lines of a script, "-GPOSession $gpo " taken out and
/// "-DisplayName $n" and "-Description $d" replaced by the literals the script set them to.
std::vector<std::string> rule_lines(const std::string& script) {
  std::vector<std::string> out;
  std::string d, n;
  for (std::string l : lines_of(script)) {
    if (l.starts_with("$d = ")) d = l.substr(5);
    if (l.starts_with("if (Test-New ($n = ")) n = l.substr(19, l.find(") $d) {") - 19);
    if (!l.starts_with("$null = New-NetFirewallRule ")) continue;
    const std::string session = "-GPOSession $gpo ";
    if (std::size_t p = l.find(session); p != std::string::npos) l.erase(p, session.size());
    if (std::size_t p = l.find(" -DisplayName $n "); p != std::string::npos)
      l.replace(p + 14, 2, n);
    if (l.ends_with(" -Description $d")) l = l.substr(0, l.size() - 2) + d;
    out.push_back(l);
  }
  return out;
}

/// The Set-NetFirewallProfile arguments of a script's own settings (not the restore of
/// Windows' defaults in its -Uninstall), "-GPOSession $gpo " taken out.
std::string profile_line(const std::string& script) {
  bool gate = false;
  for (std::string l : lines_of(script)) {
    bool was_gate = gate;
    gate = l.starts_with(
        "if ($PSCmdlet.ShouldProcess('profiles Domain, Private, Public', "
        "'Set-NetFirewallProfile')) {");
    if (!l.starts_with("Set-NetFirewallProfile ")) continue;
    if (!was_gate && !l.starts_with("Set-NetFirewallProfile -GPOSession")) continue;
    const std::string session = "-GPOSession $gpo ";
    if (std::size_t p = l.find(session); p != std::string::npos) l.erase(p, session.size());
    return l;
  }
  return "";
}

// --- GPO -------------------------------------------------------------------------------

TEST(WindowsGpo, EveryRuleInOneSessionSavedOnceAtTheEnd) {
  auto d = load(kTiny);
  ASSERT_TRUE(d);
  auto r = render_with(*d, for_host(*d, "fs-1"), false);
  ASSERT_TRUE(r);
  ASSERT_EQ(r->files.size(), 1u);
  EXPECT_EQ(r->files[0].name, "fs-1.gpo.ps1");
  const std::string& s = r->files[0].content;
  std::vector<std::string> ls = lines_of(s);
  int open = -1, save = -1, last_rule = -1, profile = -1, saves = 0, rules = 0, param = -1;
  for (int i = 0; i < static_cast<int>(ls.size()); ++i) {
    const std::string& l = ls[static_cast<std::size_t>(i)];
    if (l == "param([Parameter(Mandatory)][string]$Domain)") param = i;
    if (l == "$gpo = Open-NetGPO -PolicyStore \"$Domain\\$gpoName\"") open = i;
    if (l.find("New-NetFirewallRule") != std::string::npos && l[0] != '#') {
      EXPECT_TRUE(l.starts_with("$null = New-NetFirewallRule -GPOSession $gpo -Name 'bulkhead-"))
          << l;
      last_rule = i;
      ++rules;
    }
    if (l.starts_with("Set-NetFirewallProfile")) {
      EXPECT_TRUE(
          l.starts_with("Set-NetFirewallProfile -GPOSession $gpo -Profile "
                        "Domain,Private,Public -Enabled True "))
          << l;
      profile = i;
    }
    if (l.find("Save-NetGPO") != std::string::npos && l[0] != '#') {
      EXPECT_EQ(l, "Save-NetGPO -GPOSession $gpo");
      save = i;
      ++saves;
    }
    if (l.find("Remove-NetFirewallRule") != std::string::npos) {
      EXPECT_NE(l.find("-GPOSession $gpo"), std::string::npos) << l;
    }
    // Never links by itself, never touches the local store.
    EXPECT_FALSE(l.starts_with("New-GPLink")) << l;
    EXPECT_EQ(l.find("-PolicyStore ActiveStore"), std::string::npos) << l;
  }
  EXPECT_GE(param, 0);
  EXPECT_EQ(saves, 1);
  EXPECT_GT(rules, 0);
  EXPECT_LT(param, open);
  EXPECT_LT(open, last_rule);
  EXPECT_LT(last_rule, save);
  EXPECT_LT(profile, save);
  EXPECT_LT(open, profile);
  EXPECT_NE(s.find("$gpoName = 'bulkhead tiny fs-1'"), std::string::npos);
  EXPECT_NE(s.find("New-GPO -Name $gpoName -Domain $Domain"), std::string::npos);
  EXPECT_NE(s.find("Write-Host (\"  New-GPLink -Name '\""), std::string::npos);
  EXPECT_EQ(static_cast<std::size_t>(rules),
            rule_lines(render(*d, for_host(*d, "fs-1")).files.at(0).content).size());
}

TEST(WindowsGpo, RulesAreThePowerShellFormsRules) {
  auto d = load(kTiny);
  ASSERT_TRUE(d);
  for (const char* host : {"fs-1", "ws-1"}) {
    auto g = render_with(*d, for_host(*d, host), false);
    ASSERT_TRUE(g);
    const std::string ps = render(*d, for_host(*d, host)).files.at(0).content;
    EXPECT_EQ(rule_lines(g->files.at(0).content), rule_lines(ps)) << host;
    EXPECT_EQ(profile_line(g->files.at(0).content), profile_line(ps)) << host;
    EXPECT_FALSE(rule_lines(ps).empty());
  }
}

// The loader restricts names, so hostile text goes into the model directly.
TEST(WindowsGpo, HostileNamesStayQuoted) {
  Diagnostics diags;
  auto model = policy::load_text(kTiny, "p.yaml", diags);
  ASSERT_TRUE(model.has_value());
  model->name = "it's; $(calc)\n`whoami` \xe2\x80\x98q\xe2\x80\x99";
  for (policy::Rule& r : model->rules)
    if (r.name == "smb-to-files") r.name = "x'; Remove-Item C:\\ -Recurse #";
  auto d = decision::Decision::resolve(std::move(*model));
  targets::RenderRequest req;
  req.host = host_index(*d, "fs-1");
  auto g = render_with(*d, req, false);
  ASSERT_TRUE(g);
  const std::string& s = g->files.at(0).content;
  EXPECT_NE(s.find("$gpoName = 'bulkhead it''s; $(calc)?`whoami` ???q??? fs-1'\n"),
            std::string::npos)
      << s;
  EXPECT_NE(s.find("allow x''; Remove-Item C:\\ -Recurse # #"), std::string::npos) << s;
  for (unsigned char c : s) EXPECT_TRUE(c == '\n' || (c >= 0x20 && c <= 0x7e)) << int(c);
  auto j = render_with(*d, req, true);
  ASSERT_TRUE(j);
  // Intune: the same printable-ASCII policy name in every policy's name.
  const std::string policy = "bulkhead it's; $(calc)?`whoami` ???q??? fs-1 ";
  EXPECT_EQ(nlohmann::json::parse(j->files.at(0).content)["name"], policy + "firewall");
  EXPECT_EQ(nlohmann::json::parse(j->files.at(1).content)["name"],
            policy + "rules (1 of " + std::to_string(j->files.size() - 1) + ")");
  for (const targets::RenderedFile& f : j->files)
    for (unsigned char c : f.content) EXPECT_TRUE(c == '\n' || (c >= 0x20 && c <= 0x7e)) << int(c);
}

TEST(WindowsGpoProperty, RandomPoliciesSameRulesAsPowerShell) {
  const std::uint64_t seed = testing::test_seed("WindowsGpoProperty.RandomPolicies");
  std::size_t hosts = 0;
  for (std::uint64_t i = 0; i < 40; ++i) {
    testing::RandomPolicy p = testing::random_policy(seed + i);
    auto d = load(p.yaml);
    ASSERT_TRUE(d) << p.yaml;
    for (std::uint32_t h = 0; h < d->model().hosts.size(); ++h) {
      if (!d->model().hosts[h].managed) continue;
      targets::RenderRequest req;
      req.host = h;
      std::string errors;
      auto g = render_with(*d, req, false, &errors);
      ASSERT_TRUE(g) << errors << p.yaml;
      const std::string ps = render(*d, req).files.at(0).content;
      EXPECT_EQ(rule_lines(g->files.at(0).content), rule_lines(ps))
          << "seed " << seed + i << " host " << d->model().hosts[h].name;
      EXPECT_EQ(profile_line(g->files.at(0).content), profile_line(ps));
      ++hosts;
    }
  }
  EXPECT_GT(hosts, 40u);
}

// --- Intune ----------------------------------------------------------------------------

const std::string kRuleId = "vendor_msft_firewall_mdmstore_firewallrules_{firewallrulename}";
const std::string kRulesTemplate = "19c8aa67-f286-4861-9aa0-f23541d31680_1";
const std::string kFirewallTemplate = "6078910e-d808-4a9f-a51d-1b8a7bacb7c0_1";
const std::string kGraph = "#microsoft.graph.deviceManagementConfiguration";

/// The keys of a JSON object, in file order.
std::vector<std::string> keys_of(const nlohmann::ordered_json& j) {
  std::vector<std::string> out;
  for (const auto& [k, v] : j.items()) out.push_back(k);
  return out;
}

/// The option a choice setting instance picks: its value with "ID_" taken off.
std::string option_of(const nlohmann::ordered_json& s) {
  const std::string id = s["settingDefinitionId"];
  const std::string value = s["choiceSettingValue"]["value"];
  EXPECT_EQ(s["@odata.type"], kGraph + "ChoiceSettingInstance") << s.dump();
  EXPECT_EQ(keys_of(s["choiceSettingValue"]),
            (std::vector<std::string>{"@odata.type", "value", "children"}))
      << s.dump();
  EXPECT_TRUE(value.starts_with(id + "_")) << s.dump();
  return value.substr(std::min(value.size(), id.size() + 1));
}

/// The strings of a string collection instance.
std::vector<std::string> strings_of(const nlohmann::ordered_json& s) {
  EXPECT_EQ(s["@odata.type"], kGraph + "SimpleSettingCollectionInstance") << s.dump();
  std::vector<std::string> out;
  for (const auto& v : s["simpleSettingCollectionValue"]) {
    EXPECT_EQ(keys_of(v), (std::vector<std::string>{"@odata.type", "value"})) << v.dump();
    EXPECT_EQ(v["@odata.type"], kGraph + "StringSettingValue");
    out.push_back(v["value"].get<std::string>());
  }
  EXPECT_FALSE(out.empty()) << s.dump();
  return out;
}

std::vector<win::AddrRange> ranges_of(const std::vector<std::string>& list) {
  std::vector<win::AddrRange> out;
  for (const std::string& s : list) {
    if (std::size_t dash = s.find('-'); dash != std::string::npos) {
      auto lo = parse_addr(s.substr(0, dash)), hi = parse_addr(s.substr(dash + 1));
      EXPECT_TRUE(lo && hi) << s;
      if (lo && hi) out.push_back({lo->family, lo->value, hi->value});
      continue;
    }
    PrefixError err{};
    auto p = parse_prefix(s, &err);
    EXPECT_TRUE(p) << s;
    if (p) out.push_back({p->base.family, p->first(), p->last()});
  }
  return out;
}

std::vector<win::PortRange> ports_of(const std::vector<std::string>& list) {
  std::vector<win::PortRange> out;
  for (const std::string& s : list) {
    std::size_t dash = s.find('-');
    std::uint32_t lo = static_cast<std::uint32_t>(std::stoul(s.substr(0, dash)));
    std::uint32_t hi =
        dash == std::string::npos ? lo : static_cast<std::uint32_t>(std::stoul(s.substr(dash + 1)));
    out.push_back({lo, hi});
  }
  return out;
}

/// "135:*" entries (every code of a type) as single-type ranges.
std::vector<win::PortRange> icmp_types_of(const std::vector<std::string>& list) {
  std::vector<win::PortRange> out;
  for (const std::string& s : list) {
    EXPECT_TRUE(s.ends_with(":*")) << s;
    std::uint32_t t = static_cast<std::uint32_t>(std::stoul(s.substr(0, s.find(':'))));
    EXPECT_LE(t, 255u) << s;
    out.push_back({t, t});
  }
  return out;
}

/// One rule (a group value of the Firewall Rules setting) in the evaluator's model. Every
/// child must be a known setting of the right shape, each at most once.
win::Rule rule_of(const nlohmann::ordered_json& value) {
  EXPECT_EQ(keys_of(value), (std::vector<std::string>{"@odata.type", "children"}));
  EXPECT_EQ(value["@odata.type"], kGraph + "GroupSettingValue");
  win::Rule r;
  r.proto = win::Proto::Any;
  std::set<std::string> seen;
  std::vector<std::string> icmp;
  for (const auto& c : value["children"]) {
    const std::string id = c["settingDefinitionId"];
    EXPECT_TRUE(id.starts_with(kRuleId + "_")) << id;
    const std::string node = id.substr(std::min(id.size(), kRuleId.size() + 1));
    EXPECT_TRUE(seen.insert(node).second) << "twice: " << node;
    if (node == "name" || node == "description") {
      EXPECT_EQ(c["@odata.type"], kGraph + "SimpleSettingInstance");
      EXPECT_EQ(c["simpleSettingValue"]["@odata.type"], kGraph + "StringSettingValue");
      (node == "name" ? r.name : r.description) = c["simpleSettingValue"]["value"];
    } else if (node == "enabled") {
      EXPECT_EQ(option_of(c), "1");
    } else if (node == "direction") {
      std::string o = option_of(c);
      EXPECT_TRUE(o == "in" || o == "out") << o;
      r.dir = o == "in" ? win::Dir::In : win::Dir::Out;
    } else if (node == "action_type") {
      std::string o = option_of(c);
      EXPECT_TRUE(o == "0" || o == "1") << o;
      r.action = o == "0" ? win::Act::Block : win::Act::Allow;
    } else if (node == "profiles" || node == "interfacetypes") {
      EXPECT_EQ(c["@odata.type"], kGraph + "ChoiceSettingCollectionInstance");
      EXPECT_EQ(c["choiceSettingCollectionValue"].size(), 1u) << c.dump();
      for (const auto& v : c["choiceSettingCollectionValue"]) {
        EXPECT_EQ(v["@odata.type"], kGraph + "ChoiceSettingValue");
        EXPECT_EQ(v["value"], id + (node == "profiles" ? "_2147483647" : "_all"));
      }
    } else if (node == "protocol") {
      EXPECT_EQ(c["@odata.type"], kGraph + "SimpleSettingInstance");
      EXPECT_EQ(c["simpleSettingValue"]["@odata.type"], kGraph + "IntegerSettingValue");
      int n = c["simpleSettingValue"]["value"].get<int>();
      EXPECT_GE(n, 0);
      EXPECT_LE(n, 255);
      r.proto = n == 6    ? win::Proto::Tcp
                : n == 17 ? win::Proto::Udp
                : n == 1  ? win::Proto::Icmpv4
                : n == 58 ? win::Proto::Icmpv6
                          : win::Proto::Number;
      r.protocol_number = static_cast<std::uint8_t>(n);
    } else if (node == "icmptypesandcodes") {
      icmp = strings_of(c);
      r.icmp_types = icmp_types_of(icmp);
    } else if (node == "localportranges") {
      r.local_ports = ports_of(strings_of(c));
    } else if (node == "remoteportranges") {
      r.remote_ports = ports_of(strings_of(c));
    } else if (node == "localaddressranges") {
      r.local = ranges_of(strings_of(c));
    } else if (node == "remoteaddressranges") {
      r.remote = ranges_of(strings_of(c));
    } else {
      ADD_FAILURE() << "unexpected setting " << id;
    }
  }
  for (const char* required :
       {"name", "description", "enabled", "direction", "action_type", "profiles", "interfacetypes"})
    EXPECT_TRUE(seen.count(required)) << "missing " << required << " in " << value.dump();
  // ICMP types only on ICMP rules, ports only on TCP and UDP rules.
  if (!icmp.empty()) {
    EXPECT_TRUE(r.proto == win::Proto::Icmpv4 || r.proto == win::Proto::Icmpv6) << value.dump();
  }
  if (!r.local_ports.empty() || !r.remote_ports.empty()) {
    EXPECT_TRUE(r.proto == win::Proto::Tcp || r.proto == win::Proto::Udp) << value.dump();
  }
  return r;
}

/// The Intune policies of one class back into the evaluator's model: the firewall policy's
/// defaults and logging (the same on all three profiles), and every rules policy's rules.
win::Firewall intune_firewall(const std::vector<targets::RenderedFile>& files) {
  win::Firewall fw;
  fw.enabled = true;
  std::size_t firewall_files = 0;
  for (const targets::RenderedFile& f : files) {
    nlohmann::ordered_json j = nlohmann::ordered_json::parse(f.content);
    EXPECT_EQ(keys_of(j),
              (std::vector<std::string>{"name", "description", "platforms", "technologies",
                                        "templateReference", "settings"}))
        << f.name;
    EXPECT_EQ(j["platforms"], "windows10");
    EXPECT_EQ(j["technologies"], "mdm,microsoftSense");
    const std::string tmpl = j["templateReference"]["templateId"];
    if (tmpl == kFirewallTemplate) {
      ++firewall_files;
      EXPECT_TRUE(f.name.ends_with("-firewall.json")) << f.name;
      EXPECT_EQ(j["settings"].size(), 3u) << f.name;
      if (j["settings"].size() != 3) continue;
      std::vector<std::string> per_profile;
      std::size_t i = 0;
      for (const char* profile : {"domain", "private", "public"}) {
        const auto& s = j["settings"][i++];
        EXPECT_EQ(s["@odata.type"], kGraph + "Setting");
        const auto& inst = s["settingInstance"];
        const std::string id = fmt::format("vendor_msft_firewall_mdmstore_{}profile", profile);
        EXPECT_EQ(inst["settingDefinitionId"], id + "_enablefirewall");
        EXPECT_EQ(inst["@odata.type"], kGraph + "ChoiceSettingInstance");
        EXPECT_TRUE(inst["settingInstanceTemplateReference"].contains("settingInstanceTemplateId"));
        const auto& value = inst["choiceSettingValue"];
        EXPECT_EQ(value["value"], id + "_enablefirewall_true");
        EXPECT_TRUE(value["settingValueTemplateReference"].contains("settingValueTemplateId"));
        std::string summary;
        for (const auto& c : value["children"]) {
          const std::string cid = c["settingDefinitionId"];
          EXPECT_TRUE(cid.starts_with(id + "_")) << cid;
          const std::string node = cid.substr(std::min(cid.size(), id.size() + 1));
          if (node == "defaultinboundaction" || node == "defaultoutboundaction" ||
              node == "enablelogdroppedpackets" || node == "enablelogsuccessconnections") {
            summary += node + "=" + option_of(c) + ";";
          } else if (node == "logfilepath") {
            EXPECT_EQ(c["simpleSettingValue"]["value"],
                      R"(%SystemRoot%\System32\LogFiles\Firewall\pfirewall.log)");
          } else if (node == "logmaxfilesize") {
            EXPECT_EQ(c["simpleSettingValue"]["@odata.type"], kGraph + "IntegerSettingValue");
            EXPECT_EQ(c["simpleSettingValue"]["value"], 16384);
          } else {
            ADD_FAILURE() << "unexpected profile setting " << cid;
          }
        }
        per_profile.push_back(summary);
      }
      EXPECT_EQ(per_profile[0], per_profile[1]);
      EXPECT_EQ(per_profile[0], per_profile[2]);
      const std::string& p = per_profile[0];
      EXPECT_NE(p.find("defaultinboundaction="), std::string::npos) << p;
      EXPECT_NE(p.find("defaultoutboundaction="), std::string::npos) << p;
      fw.default_in = p.find("defaultinboundaction=1;") != std::string::npos ? win::Act::Block
                                                                             : win::Act::Allow;
      fw.default_out = p.find("defaultoutboundaction=1;") != std::string::npos ? win::Act::Block
                                                                               : win::Act::Allow;
      fw.log_blocked = p.find("enablelogdroppedpackets=true;") != std::string::npos;
      fw.log_allowed = p.find("enablelogsuccessconnections=true;") != std::string::npos;
      continue;
    }
    EXPECT_EQ(tmpl, kRulesTemplate) << f.name;
    EXPECT_NE(f.name.find("-rules-"), std::string::npos) << f.name;
    EXPECT_EQ(j["settings"].size(), 1u) << f.name;
    if (j["settings"].size() != 1) continue;
    const auto& inst = j["settings"][0]["settingInstance"];
    EXPECT_EQ(keys_of(inst), (std::vector<std::string>{"@odata.type", "settingDefinitionId",
                                                       "settingInstanceTemplateReference",
                                                       "groupSettingCollectionValue"}));
    EXPECT_EQ(inst["@odata.type"], kGraph + "GroupSettingCollectionInstance");
    EXPECT_EQ(inst["settingDefinitionId"], kRuleId);
    EXPECT_EQ(inst["settingInstanceTemplateReference"]["settingInstanceTemplateId"],
              "76c7a8be-67d2-44bf-81a5-38c94926b1a1");
    EXPECT_LE(inst["groupSettingCollectionValue"].size(), kIntuneMaxRules) << f.name;
    EXPECT_FALSE(inst["groupSettingCollectionValue"].empty()) << f.name;
    for (const auto& v : inst["groupSettingCollectionValue"]) fw.rules.push_back(rule_of(v));
  }
  EXPECT_EQ(firewall_files, 1u);
  // Each rule of a class has its own name (the settings catalog keys rules by instance, but
  // administrators and Get-NetFirewallRule find them by name).
  std::set<std::string> names;
  for (const win::Rule& r : fw.rules) EXPECT_TRUE(names.insert(r.name).second) << r.name;
  return fw;
}

/// Checks the Intune policies of `host` hold the rules of its PowerShell script (same names
/// and descriptions, in order), the same defaults and logging, and decide like it on every
/// combination of `remotes` (and the host's own addresses), protocols and `ports`, both
/// directions. Returns the number of connections checked.
std::size_t expect_intune_like_powershell(const decision::Decision& d, std::uint32_t host,
                                          const std::vector<targets::RenderedFile>& files,
                                          std::vector<Addr> remotes,
                                          const std::vector<std::uint16_t>& ports) {
  targets::RenderRequest req;
  req.host = host;
  const win::Firewall ps = parse_ps(render(d, req).files.at(0).content);
  const win::Firewall in = intune_firewall(files);
  EXPECT_EQ(in.default_in, ps.default_in);
  EXPECT_EQ(in.default_out, ps.default_out);
  EXPECT_EQ(in.log_blocked, ps.log_blocked);
  EXPECT_EQ(in.log_allowed, ps.log_allowed);
  EXPECT_EQ(in.rules.size(), ps.rules.size());
  for (std::size_t i = 0; i < std::min(in.rules.size(), ps.rules.size()); ++i) {
    EXPECT_EQ(in.rules[i].name, ps.rules[i].name);
    EXPECT_EQ(in.rules[i].description, ps.rules[i].description);
  }
  const policy::Host& h = d.model().hosts[host];
  for (const Addr& a : h.addresses) remotes.push_back(a);
  std::size_t n = 0;
  for (const Addr& mine : h.addresses) {
    for (const Addr& other : remotes) {
      if (other.family != mine.family) continue;
      const Proto icmp = icmp_of(mine.family);
      for (Proto proto : {Proto::Tcp, Proto::Udp, icmp, Proto::Other}) {
        std::vector<std::uint16_t> keys =
            proto == icmp ? std::vector<std::uint16_t>{0, 3, 7, 8, 9, 128, 134, 135, 136, 137, 255}
            : proto == Proto::Other ? std::vector<std::uint16_t>{0, 47, 255}
                                    : ports;
        for (std::uint16_t k : keys) {
          for (bool inbound : {true, false}) {
            const bool ported = proto == Proto::Tcp || proto == Proto::Udp;
            win::Connection c{inbound ? win::Dir::In : win::Dir::Out,
                              mine,
                              other,
                              proto,
                              !ported   ? std::uint16_t{0}
                              : inbound ? k
                                        : std::uint16_t{50000},
                              !ported   ? std::uint16_t{0}
                              : inbound ? std::uint16_t{50000}
                                        : k,
                              static_cast<std::uint8_t>(proto == icmp ? k : 0),
                              static_cast<std::uint8_t>(proto == Proto::Other ? k : 0)};
            EXPECT_EQ(win::permits(in, c), win::permits(ps, c))
                << h.name << (inbound ? " inbound from " : " outbound to ") << other.str() << " "
                << proto_name(proto) << "/" << k;
            ++n;
          }
        }
      }
    }
  }
  return n;
}

/// The number of rules policies for `rules` rules.
std::size_t rules_policies(std::size_t rules) {
  return (rules + kIntuneMaxRules - 1) / kIntuneMaxRules;
}

TEST(WindowsIntune, ExactKeyStructure) {
  auto d = load(kTiny);
  ASSERT_TRUE(d);
  auto r = render_with(*d, for_host(*d, "fs-1"), true);
  ASSERT_TRUE(r);
  const win::Firewall ps = parse_ps(render(*d, for_host(*d, "fs-1")).files.at(0).content);
  // The deny default adds a Block rule per other IP protocol: more than one policy holds.
  const std::size_t n = rules_policies(ps.rules.size());
  ASSERT_EQ(n, 2u);
  ASSERT_EQ(r->files.size(), n + 1);
  EXPECT_EQ(r->files[0].name, "fs-1-firewall.json");
  EXPECT_EQ(r->files[1].name, "fs-1-rules-1.json");
  EXPECT_EQ(r->files[2].name, "fs-1-rules-2.json");

  // The firewall policy: the three profiles' EnableFirewall with the defaults beneath.
  nlohmann::ordered_json fw = nlohmann::ordered_json::parse(r->files[0].content);
  EXPECT_EQ(keys_of(fw),
            (std::vector<std::string>{"name", "description", "platforms", "technologies",
                                      "templateReference", "settings"}));
  EXPECT_EQ(fw["name"], "bulkhead tiny fs-1 firewall");
  EXPECT_NE(fw["description"].get<std::string>().find("Hosts: fs-1."), std::string::npos);
  EXPECT_EQ(fw["templateReference"], nlohmann::ordered_json({{"templateId", kFirewallTemplate}}));
  const auto& domain = fw["settings"][0];
  EXPECT_EQ(keys_of(domain), (std::vector<std::string>{"@odata.type", "settingInstance"}));
  EXPECT_EQ(keys_of(domain["settingInstance"]),
            (std::vector<std::string>{"@odata.type", "settingDefinitionId",
                                      "settingInstanceTemplateReference", "choiceSettingValue"}));
  EXPECT_EQ(
      domain["settingInstance"]["settingInstanceTemplateReference"]["settingInstanceTemplateId"],
      "7714c373-a19a-4b64-ba6d-2e9db04a7684");
  const auto& value = domain["settingInstance"]["choiceSettingValue"];
  EXPECT_EQ(keys_of(value), (std::vector<std::string>{"@odata.type", "value", "children",
                                                      "settingValueTemplateReference"}));
  EXPECT_EQ(value["settingValueTemplateReference"]["settingValueTemplateId"],
            "120c5dbe-0c88-46f0-b897-2c996d3e5277");
  // no-rdp's blocks want logging (RDP's catalog default), so logging settings follow the
  // defaults.
  ASSERT_TRUE(ps.log_blocked && !ps.log_allowed);
  const std::string p = "vendor_msft_firewall_mdmstore_domainprofile_";
  std::vector<std::string> children;
  for (const auto& c : value["children"]) {
    const std::string id = c["settingDefinitionId"];
    children.push_back(c.contains("choiceSettingValue")
                           ? c["choiceSettingValue"]["value"].get<std::string>()
                           : id + "=" + c["simpleSettingValue"]["value"].dump());
  }
  EXPECT_EQ(children,
            (std::vector<std::string>{
                p + "defaultinboundaction_1", p + "defaultoutboundaction_0",
                p + "enablelogdroppedpackets_true", p + "enablelogsuccessconnections_false",
                p + R"(logfilepath="%SystemRoot%\\System32\\LogFiles\\Firewall\\pfirewall.log")",
                p + "logmaxfilesize=16384"}));

  // The rules policies: one group setting each, a group value per rule, its children in
  // order.
  const std::vector<std::string> order = {"name",
                                          "description",
                                          "enabled",
                                          "direction",
                                          "action_type",
                                          "profiles",
                                          "interfacetypes",
                                          "protocol",
                                          "icmptypesandcodes",
                                          "localportranges",
                                          "remoteportranges",
                                          "localaddressranges",
                                          "remoteaddressranges"};
  bool saw_smb = false;
  std::size_t total = 0;
  for (std::size_t i = 1; i <= n; ++i) {
    nlohmann::ordered_json j = nlohmann::ordered_json::parse(r->files[i].content);
    EXPECT_EQ(j["name"], fmt::format("bulkhead tiny fs-1 rules ({} of {})", i, n));
    EXPECT_NE(j["description"].get<std::string>().find("Hosts: fs-1."), std::string::npos);
    EXPECT_EQ(j["templateReference"], nlohmann::ordered_json({{"templateId", kRulesTemplate}}));
    EXPECT_EQ(keys_of(j["settings"][0]),
              (std::vector<std::string>{"@odata.type", "settingInstance"}));
    const auto& values = j["settings"][0]["settingInstance"]["groupSettingCollectionValue"];
    total += values.size();
    for (const auto& rule : values) {
      std::size_t at = 0;
      std::map<std::string, nlohmann::ordered_json> by_node;
      for (const auto& c : rule["children"]) {
        const std::string node =
            c["settingDefinitionId"].get<std::string>().substr(kRuleId.size() + 1);
        auto it = std::find(order.begin() + static_cast<std::ptrdiff_t>(at), order.end(), node);
        ASSERT_NE(it, order.end()) << "unexpected or misplaced setting " << node;
        at = static_cast<std::size_t>(it - order.begin()) + 1;
        EXPECT_EQ(keys_of(c)[0], "@odata.type");
        EXPECT_EQ(keys_of(c)[1], "settingDefinitionId");
        EXPECT_EQ(keys_of(c).size(), 3u);
        by_node[node] = c;
      }
      const std::string name = by_node["name"]["simpleSettingValue"]["value"];
      if (name.find(" allow smb-to-files") == std::string::npos) continue;
      saw_smb = true;
      EXPECT_EQ(by_node["action_type"]["choiceSettingValue"]["value"], kRuleId + "_action_type_1");
      EXPECT_EQ(by_node["direction"]["choiceSettingValue"]["value"], kRuleId + "_direction_in");
      EXPECT_EQ(by_node["enabled"]["choiceSettingValue"]["value"], kRuleId + "_enabled_1");
      EXPECT_EQ(by_node["profiles"]["choiceSettingCollectionValue"][0]["value"],
                kRuleId + "_profiles_2147483647");
      EXPECT_EQ(by_node["interfacetypes"]["choiceSettingCollectionValue"][0]["value"],
                kRuleId + "_interfacetypes_all");
      EXPECT_EQ(
          by_node["protocol"]["simpleSettingValue"],
          nlohmann::ordered_json({{"@odata.type", kGraph + "IntegerSettingValue"}, {"value", 6}}));
      EXPECT_EQ(strings_of(by_node["localportranges"]), (std::vector<std::string>{"445"}));
      EXPECT_EQ(strings_of(by_node["remoteaddressranges"]),
                (std::vector<std::string>{"10.1.0.10"}));
      EXPECT_FALSE(by_node.count("remoteportranges"));
      EXPECT_FALSE(by_node.count("icmptypesandcodes"));
    }
  }
  EXPECT_EQ(total, ps.rules.size());
  EXPECT_TRUE(saw_smb);
  expect_intune_like_powershell(*d, host_index(*d, "fs-1"), r->files,
                                {*parse_addr("10.1.0.10"), *parse_addr("10.1.0.11"),
                                 *parse_addr("2001:db8::10"), *parse_addr("8.8.8.8")},
                                {0, 137, 139, 445, 3389, 65535});
}

TEST(WindowsIntune, AllGroupsHostsByRuleSet) {
  auto d = load(kTiny);
  ASSERT_TRUE(d);
  targets::RenderRequest req;
  req.all = true;
  auto r = render_with(*d, req, true);
  ASSERT_TRUE(r);
  std::vector<std::string> want;
  for (const char* host : {"ws-1", "fs-1"}) {
    const std::size_t n = parse_ps(render(*d, for_host(*d, host)).files.at(0).content).rules.size();
    const std::string stem = host[0] == 'w' ? "role-workstation" : "role-file-server";
    want.push_back(stem + "-firewall.json");
    for (std::size_t i = 1; i <= rules_policies(n); ++i)
      want.push_back(stem + "-rules-" + std::to_string(i) + ".json");
  }
  std::vector<std::string> names;
  for (const auto& f : r->files) names.push_back(f.name);
  EXPECT_EQ(names, want);
}

std::string many_rules_policy(int n) {
  std::string y = R"(bulkhead: 1
name: many
settings: {default_inbound: deny}
hosts:
  - {name: app-1, address: 10.0.0.1, labels: {role: app}}
  - {name: app-2, address: 10.0.0.2, labels: {role: app}}
)";
  auto client = [](int i) {
    return "10." + std::to_string(9 + i / 250) + "." + std::to_string(i % 250) + ".1";
  };
  for (int i = 0; i < n; ++i)
    y += "  - {name: c" + std::to_string(i) + ", address: " + client(i) + ", managed: false}\n";
  y += "rules:\n";
  for (int i = 0; i < n; ++i)
    y += "  - {name: r" + std::to_string(i) + ", action: allow, from: {host: c" +
         std::to_string(i) + "}, to: {role: app}, services: [tcp/" + std::to_string(2000 + 2 * i) +
         "]}\n";
  return y;
}

TEST(WindowsIntune, SplitsAt150RulesPerPolicy) {
  auto d = load(many_rules_policy(320));
  ASSERT_TRUE(d);
  targets::RenderRequest req;
  req.all = true;
  auto r = render_with(*d, req, true);
  ASSERT_TRUE(r);
  // Both hosts share the class role-app: 320 Allow rules, plus the plan's Block rules.
  const win::Firewall ps = parse_ps(render(*d, for_host(*d, "app-1")).files.at(0).content);
  const std::size_t n = rules_policies(ps.rules.size());
  ASSERT_GE(n, 3u);
  ASSERT_EQ(r->files.size(), n + 1);
  EXPECT_EQ(r->files[0].name, "role-app-firewall.json");
  std::size_t total = 0;
  for (std::size_t i = 1; i < r->files.size(); ++i) {
    EXPECT_EQ(r->files[i].name, "role-app-rules-" + std::to_string(i) + ".json");
    nlohmann::json j = nlohmann::json::parse(r->files[i].content);
    EXPECT_EQ(j["name"], "bulkhead many role-app rules (" + std::to_string(i) + " of " +
                             std::to_string(n) + ")");
    EXPECT_NE(j["description"].get<std::string>().find("Hosts: app-1, app-2."), std::string::npos);
    const std::size_t size =
        j["settings"][0]["settingInstance"]["groupSettingCollectionValue"].size();
    EXPECT_LE(size, kIntuneMaxRules);
    if (i < n) {
      EXPECT_EQ(size, kIntuneMaxRules);
    }
    total += size;
  }
  EXPECT_EQ(total, ps.rules.size());
  EXPECT_GE(total, 320u);
  std::vector<std::uint16_t> ports = {0, 1999, 2000, 2001, 2002, 2638, 2639, 2640, 65535};
  expect_intune_like_powershell(*d, host_index(*d, "app-1"), r->files,
                                {*parse_addr("10.9.0.1"), *parse_addr("10.9.1.1"),
                                 *parse_addr("10.10.69.1"), *parse_addr("10.8.0.1")},
                                ports);
}

TEST(WindowsIntune, ExactlyOneFullPolicyAt150) {
  auto d = load(many_rules_policy(150));
  ASSERT_TRUE(d);
  const win::Firewall ps = parse_ps(render(*d, for_host(*d, "app-1")).files.at(0).content);
  auto r = render_with(*d, for_host(*d, "app-1"), true);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->files.size(), 1 + rules_policies(ps.rules.size())) << ps.rules.size() << " rules";
}

TEST(WindowsIntune, IcmpTypesBecomeTypesAndCodes) {
  auto d = load(R"(bulkhead: 1
name: pings
settings: {default_inbound: deny}
hosts:
  - {name: srv-1, addresses: [10.0.0.1, "2001:db8::1"], labels: {role: server}}
rules:
  - {name: nd, action: allow, from: any, to: {role: server}, services: [icmpv6/135-136]}
  - {name: ping, action: allow, from: any, to: {role: server}, services: [icmp/8]}
)");
  ASSERT_TRUE(d);
  targets::RenderRequest req;
  req.all = true;
  std::string errors;
  auto r = render_with(*d, req, true, &errors);
  ASSERT_TRUE(r) << errors;
  // Besides the two ICMP rules, the deny default puts a Block rule per other IP protocol.
  const win::Firewall ps = parse_ps(render(*d, for_host(*d, "srv-1")).files.at(0).content);
  ASSERT_EQ(r->files.size(), 1 + rules_policies(ps.rules.size()));
  EXPECT_EQ(r->files[1].name, "role-server-rules-1.json");
  const win::Firewall fw = intune_firewall(r->files);
  std::map<std::string, std::vector<std::uint32_t>> types;  // "proto dir" -> types
  for (const win::Rule& rule : fw.rules) {
    if (rule.proto != win::Proto::Icmpv4 && rule.proto != win::Proto::Icmpv6) continue;
    if (rule.action != win::Act::Allow || rule.dir != win::Dir::In) continue;
    for (const win::PortRange& t : rule.icmp_types)
      types[rule.proto == win::Proto::Icmpv4 ? "icmp" : "icmpv6"].push_back(t.lo);
  }
  EXPECT_EQ(types["icmpv6"], (std::vector<std::uint32_t>{135, 136}));
  EXPECT_EQ(types["icmp"], (std::vector<std::uint32_t>{8}));
  // The literal entries: protocol 58 with "135:*", "136:*"; protocol 1 with "8:*".
  std::string text;
  for (std::size_t i = 1; i < r->files.size(); ++i) text += r->files[i].content;
  EXPECT_NE(text.find("\"value\": \"135:*\""), std::string::npos);
  EXPECT_NE(text.find("\"value\": \"136:*\""), std::string::npos);
  EXPECT_NE(text.find("\"value\": \"8:*\""), std::string::npos);
  expect_intune_like_powershell(*d, host_index(*d, "srv-1"), r->files,
                                {*parse_addr("10.0.0.2"), *parse_addr("8.8.8.8"),
                                 *parse_addr("2001:db8::2"), *parse_addr("fe80::1")},
                                {0, 22, 65535});
}

TEST(WindowsIntune, LoggingAndAuditGoIntoTheFirewallPolicy) {
  auto d = load(R"(bulkhead: 1
name: logs
settings: {default_inbound: deny}
hosts:
  - {name: srv-1, address: 10.0.0.1, labels: {role: server}}
rules:
  - {name: rdp, action: allow, from: any, to: {role: server}, services: [rdp], log: true}
)");
  ASSERT_TRUE(d);
  for (bool audit : {false, true}) {
    targets::RenderRequest req = for_host(*d, "srv-1");
    if (audit) req.mode = policy::Enforcement::Audit;
    auto r = render_with(*d, req, true);
    ASSERT_TRUE(r);
    const win::Firewall in = intune_firewall(r->files);
    targets::RenderRequest ps_req = req;
    const win::Firewall ps = parse_ps(render(*d, ps_req).files.at(0).content);
    EXPECT_TRUE(in.log_allowed) << r->files[0].content;
    EXPECT_EQ(in.log_allowed, ps.log_allowed);
    EXPECT_EQ(in.log_blocked, ps.log_blocked);
    EXPECT_EQ(in.default_in, audit ? win::Act::Allow : win::Act::Block);
    EXPECT_NE(r->files[0].content.find("enablelogsuccessconnections_true"), std::string::npos);
    bool noted = false;
    for (const std::string& n : r->notes)
      noted = noted || n.find("build 22621") != std::string::npos;
    EXPECT_TRUE(noted);
  }
}

TEST(WindowsIntuneProperty, RandomPoliciesDecideLikePowerShell) {
  const std::uint64_t seed = testing::test_seed("WindowsIntuneProperty.RandomPolicies");
  std::size_t checked = 0, hosts = 0, icmp_rules = 0;
  const std::uint64_t policies = testing::scaled_count(40);
  for (std::uint64_t i = 0; i < policies; ++i) {
    testing::RandomPolicy p = testing::random_policy(seed + i);
    auto d = load(p.yaml);
    ASSERT_TRUE(d) << p.yaml;
    std::vector<std::uint16_t> ports = p.ports;
    if (ports.size() > 24) ports.resize(24);
    std::vector<Addr> remotes = p.addresses;
    if (remotes.size() > 24) remotes.resize(24);
    for (std::uint32_t h = 0; h < d->model().hosts.size(); ++h) {
      if (!d->model().hosts[h].managed) continue;
      targets::RenderRequest req;
      req.host = h;
      std::string errors;
      auto r = render_with(*d, req, true, &errors);
      ASSERT_TRUE(r) << "seed " << seed + i << " host " << d->model().hosts[h].name << ": "
                     << errors;
      for (const win::Rule& rule : intune_firewall(r->files).rules)
        icmp_rules += rule.icmp_types.empty() ? 0 : 1;
      checked += expect_intune_like_powershell(*d, h, r->files, remotes, ports);
      ++hosts;
    }
  }
  std::cout << "intune: " << hosts << " hosts, " << checked << " connections, " << icmp_rules
            << " rules with ICMP types\n";
  EXPECT_GT(hosts, 20u);
  EXPECT_GT(icmp_rules, 0u);
}

// --- Script size -----------------------------------------------------------------------

TEST(WindowsDeploy, ScriptsOver200KbGetANote) {
  targets::RenderResult r;
  r.files.push_back({"big-host.ps1", std::string(210 * 1024, 'x')});
  r.files.push_back({"small.ps1", std::string(100 * 1024, 'x')});
  r.files.push_back({"class.gpo.ps1", std::string(200 * 1024, 'x')});  // at the limit: fine
  r.files.push_back({"big.cmd", std::string(300 * 1024, 'x')});
  r.files.push_back({"profile-1.json", std::string(300 * 1024, 'x')});
  targets::windows::add_script_size_notes(r);
  ASSERT_EQ(r.notes.size(), 2u);
  EXPECT_NE(r.notes[0].find("big-host.ps1 (big-host) is 210.0 KB"), std::string::npos)
      << r.notes[0];
  EXPECT_NE(r.notes[0].find("--target windows-intune"), std::string::npos);
  EXPECT_NE(r.notes[1].find("big.cmd (big) is 300.0 KB"), std::string::npos) << r.notes[1];
}

TEST(WindowsDeploy, RefusesZoneAndUninstall) {
  auto d = load(kTiny);
  ASSERT_TRUE(d);
  targets::RenderRequest req;
  req.uninstall = true;
  std::string errors;
  EXPECT_FALSE(render_with(*d, req, true, &errors));
  EXPECT_NE(errors.find("no uninstall form"), std::string::npos) << errors;
  targets::RenderRequest none;
  EXPECT_FALSE(render_with(*d, none, false, &errors));
  EXPECT_NE(errors.find("needs --host, --all or --group"), std::string::npos) << errors;
}

}  // namespace
}  // namespace bulkhead::windows_test
