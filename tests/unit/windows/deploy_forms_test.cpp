// Tests of the enterprise deployment forms: windows-gpo (a GPO session script per host
// class) and windows-intune (Graph JSON profiles per host class, split at 150 rules), and
// the 200 KB note on scripts.
//
// The GPO form must hold exactly the plain PowerShell form's rules: its New-NetFirewallRule
// lines, with the -GPOSession argument taken out, are the windows target's lines, in order,
// on small and random policies (so the win_eval evaluator, which decides the plain form
// exactly, decides the GPO form the same way). The Intune form's rules are converted back
// into the evaluator's rule model here and must decide every checked flow exactly like the
// plain PowerShell script.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

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

/// The New-NetFirewallRule command lines of a script, "-GPOSession $gpo " taken out.
std::vector<std::string> rule_lines(const std::string& script) {
  std::vector<std::string> out;
  for (std::string l : lines_of(script)) {
    if (!l.starts_with("$null = New-NetFirewallRule ")) continue;
    const std::string session = "-GPOSession $gpo ";
    if (std::size_t p = l.find(session); p != std::string::npos) l.erase(p, session.size());
    out.push_back(l);
  }
  return out;
}

/// The Set-NetFirewallProfile arguments of a script, "-GPOSession $gpo " taken out.
std::string profile_line(const std::string& script) {
  for (std::string l : lines_of(script)) {
    if (!l.starts_with("Set-NetFirewallProfile ")) continue;
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
      EXPECT_TRUE(l.starts_with("$null = New-NetFirewallRule -GPOSession $gpo -Group 'bulkhead' "))
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
  EXPECT_NE(s.find("allow x''; Remove-Item C:\\ -Recurse #' -Direction Inbound"), std::string::npos)
      << s;
  for (unsigned char c : s) EXPECT_TRUE(c == '\n' || (c >= 0x20 && c <= 0x7e)) << int(c);
  auto j = render_with(*d, req, true);
  ASSERT_TRUE(j);
  nlohmann::json parsed = nlohmann::json::parse(j->files.at(0).content);
  EXPECT_EQ(parsed["displayName"], "bulkhead it's; $(calc)?`whoami` ???q??? fs-1 (1 of " +
                                       std::to_string(j->files.size()) + ")");
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

/// Intune JSON rules back into the evaluator's model.
std::vector<win::AddrRange> ranges_of(const nlohmann::json& list) {
  std::vector<win::AddrRange> out;
  for (const auto& e : list) {
    std::string s = e.get<std::string>();
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

std::vector<win::PortRange> ports_of(const nlohmann::json& list) {
  std::vector<win::PortRange> out;
  for (const auto& e : list) {
    std::string s = e.get<std::string>();
    std::size_t dash = s.find('-');
    std::uint32_t lo = static_cast<std::uint32_t>(std::stoul(s.substr(0, dash)));
    std::uint32_t hi =
        dash == std::string::npos ? lo : static_cast<std::uint32_t>(std::stoul(s.substr(dash + 1)));
    out.push_back({lo, hi});
  }
  return out;
}

win::Firewall intune_firewall(const std::vector<targets::RenderedFile>& profiles) {
  win::Firewall fw;
  fw.enabled = true;
  for (const targets::RenderedFile& f : profiles) {
    nlohmann::json j = nlohmann::json::parse(f.content);
    if (j.contains("firewallProfileDomain")) {
      for (const char* p :
           {"firewallProfileDomain", "firewallProfilePrivate", "firewallProfilePublic"}) {
        EXPECT_EQ(j[p], j["firewallProfileDomain"]);
        EXPECT_EQ(j[p]["firewallEnabled"], "allowed");
      }
      const auto& p = j["firewallProfileDomain"];
      fw.default_in =
          p["inboundConnectionsBlocked"].get<bool>() ? win::Act::Block : win::Act::Allow;
      fw.default_out =
          p["outboundConnectionsBlocked"].get<bool>() ? win::Act::Block : win::Act::Allow;
      EXPECT_NE(p["inboundConnectionsBlocked"], p["inboundConnectionsRequired"]);
      EXPECT_NE(p["outboundConnectionsBlocked"], p["outboundConnectionsRequired"]);
    }
    for (const auto& jr : j["firewallRules"]) {
      win::Rule r;
      r.name = jr["displayName"];
      r.dir = jr["trafficDirection"] == "in" ? win::Dir::In : win::Dir::Out;
      r.action = jr["action"] == "blocked" ? win::Act::Block : win::Act::Allow;
      EXPECT_TRUE(jr["action"] == "blocked" || jr["action"] == "allowed");
      EXPECT_TRUE(jr["trafficDirection"] == "in" || jr["trafficDirection"] == "out");
      EXPECT_EQ(jr["profileTypes"], "domain,private,public");
      if (!jr.contains("protocol")) {
        r.proto = win::Proto::Any;
      } else {
        int n = jr["protocol"].get<int>();
        EXPECT_GE(n, 0);
        EXPECT_LE(n, 255);
        r.proto = n == 6    ? win::Proto::Tcp
                  : n == 17 ? win::Proto::Udp
                  : n == 1  ? win::Proto::Icmpv4
                  : n == 58 ? win::Proto::Icmpv6
                            : win::Proto::Number;
        r.protocol_number = static_cast<std::uint8_t>(n);
      }
      if (jr.contains("localPortRanges")) r.local_ports = ports_of(jr["localPortRanges"]);
      if (jr.contains("remotePortRanges")) r.remote_ports = ports_of(jr["remotePortRanges"]);
      if (jr.contains("localAddressRanges")) r.local = ranges_of(jr["localAddressRanges"]);
      if (jr.contains("remoteAddressRanges")) r.remote = ranges_of(jr["remoteAddressRanges"]);
      fw.rules.push_back(std::move(r));
    }
  }
  return fw;
}

/// Checks the Intune profiles of `host` decide like its PowerShell script on every
/// combination of `remotes` (and the host's own addresses), protocols and `ports`, both
/// directions. Returns the number of connections checked.
std::size_t expect_intune_like_powershell(const decision::Decision& d, std::uint32_t host,
                                          const std::vector<targets::RenderedFile>& profiles,
                                          std::vector<Addr> remotes,
                                          const std::vector<std::uint16_t>& ports) {
  targets::RenderRequest req;
  req.host = host;
  const win::Firewall ps = parse_ps(render(d, req).files.at(0).content);
  const win::Firewall in = intune_firewall(profiles);
  EXPECT_EQ(in.default_in, ps.default_in);
  EXPECT_EQ(in.default_out, ps.default_out);
  const policy::Host& h = d.model().hosts[host];
  for (const Addr& a : h.addresses) remotes.push_back(a);
  std::size_t n = 0;
  for (const Addr& mine : h.addresses) {
    for (const Addr& other : remotes) {
      if (other.family != mine.family) continue;
      const Proto icmp = icmp_of(mine.family);
      for (Proto proto : {Proto::Tcp, Proto::Udp, icmp, Proto::Other}) {
        std::vector<std::uint16_t> keys =
            proto == icmp           ? std::vector<std::uint16_t>{0, 8, 128, 135, 255}
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

TEST(WindowsIntune, ExactKeyStructure) {
  auto d = load(kTiny);
  ASSERT_TRUE(d);
  auto r = render_with(*d, for_host(*d, "fs-1"), true);
  ASSERT_TRUE(r);
  const win::Firewall ps = parse_ps(render(*d, for_host(*d, "fs-1")).files.at(0).content);
  const std::size_t profiles = (ps.rules.size() + kIntuneMaxRules - 1) / kIntuneMaxRules;
  ASSERT_EQ(r->files.size(), profiles);
  EXPECT_EQ(r->files[0].name, "fs-1-profile-1.json");
  nlohmann::ordered_json j = nlohmann::ordered_json::parse(r->files[0].content);
  std::vector<std::string> keys;
  for (const auto& [k, v] : j.items()) keys.push_back(k);
  EXPECT_EQ(keys, (std::vector<std::string>{"@odata.type", "displayName", "description",
                                            "firewallProfileDomain", "firewallProfilePrivate",
                                            "firewallProfilePublic", "firewallRules"}));
  EXPECT_EQ(j["@odata.type"], "#microsoft.graph.windows10EndpointProtectionConfiguration");
  EXPECT_EQ(j["displayName"], "bulkhead tiny fs-1 (1 of " + std::to_string(profiles) + ")");
  EXPECT_NE(j["description"].get<std::string>().find("Hosts: fs-1."), std::string::npos);
  std::vector<std::string> pkeys;
  for (const auto& [k, v] : j["firewallProfileDomain"].items()) pkeys.push_back(k);
  EXPECT_EQ(pkeys,
            (std::vector<std::string>{"@odata.type", "firewallEnabled", "inboundConnectionsBlocked",
                                      "inboundConnectionsRequired", "outboundConnectionsBlocked",
                                      "outboundConnectionsRequired"}));
  EXPECT_EQ(j["firewallProfileDomain"]["@odata.type"],
            "#microsoft.graph.windowsFirewallNetworkProfile");
  EXPECT_EQ(j["firewallProfileDomain"]["inboundConnectionsBlocked"], true);
  EXPECT_EQ(j["firewallProfileDomain"]["outboundConnectionsBlocked"], false);
  const std::vector<std::string> order = {"@odata.type",        "displayName",
                                          "description",        "action",
                                          "trafficDirection",   "protocol",
                                          "localPortRanges",    "remotePortRanges",
                                          "localAddressRanges", "remoteAddressRanges",
                                          "profileTypes"};
  std::size_t total = 0;
  bool saw_smb = false;
  for (const targets::RenderedFile& f : r->files) {
    nlohmann::ordered_json jf = nlohmann::ordered_json::parse(f.content);
    total += jf["firewallRules"].size();
    for (const auto& rule : jf["firewallRules"]) {
      std::size_t at = 0;
      for (const auto& [k, v] : rule.items()) {
        auto it = std::find(order.begin() + static_cast<std::ptrdiff_t>(at), order.end(), k);
        ASSERT_NE(it, order.end()) << "unexpected or misplaced key " << k;
        at = static_cast<std::size_t>(it - order.begin()) + 1;
      }
      EXPECT_EQ(rule["@odata.type"], "#microsoft.graph.windowsFirewallRule");
      EXPECT_TRUE(rule.contains("displayName") && rule.contains("description") &&
                  rule.contains("action") && rule.contains("trafficDirection") &&
                  rule.contains("profileTypes"));
      if (rule["displayName"].get<std::string>().ends_with(" allow smb-to-files")) {
        saw_smb = true;
        EXPECT_EQ(rule["action"], "allowed");
        EXPECT_EQ(rule["trafficDirection"], "in");
        EXPECT_EQ(rule["protocol"], 6);
        EXPECT_EQ(rule["localPortRanges"], nlohmann::ordered_json::array({"445"}));
        EXPECT_EQ(rule["remoteAddressRanges"], nlohmann::ordered_json::array({"10.1.0.10"}));
        EXPECT_FALSE(rule.contains("remotePortRanges"));
      }
    }
  }
  EXPECT_EQ(total, ps.rules.size());
  EXPECT_TRUE(saw_smb) << r->files[0].content;
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
    for (std::size_t i = 1; i <= (n + kIntuneMaxRules - 1) / kIntuneMaxRules; ++i)
      want.push_back(std::string(host[0] == 'w' ? "role-workstation" : "role-file-server") +
                     "-profile-" + std::to_string(i) + ".json");
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

TEST(WindowsIntune, SplitsAt150RulesPerProfile) {
  auto d = load(many_rules_policy(320));
  ASSERT_TRUE(d);
  targets::RenderRequest req;
  req.all = true;
  auto r = render_with(*d, req, true);
  ASSERT_TRUE(r);
  // Both hosts share the class role-app: 320 Allow rules, plus the plan's Block rules.
  const win::Firewall ps = parse_ps(render(*d, for_host(*d, "app-1")).files.at(0).content);
  const std::size_t n = (ps.rules.size() + kIntuneMaxRules - 1) / kIntuneMaxRules;
  ASSERT_GE(n, 3u);
  ASSERT_EQ(r->files.size(), n);
  std::size_t total = 0;
  for (std::size_t i = 0; i < r->files.size(); ++i) {
    EXPECT_EQ(r->files[i].name, "role-app-profile-" + std::to_string(i + 1) + ".json");
    nlohmann::json j = nlohmann::json::parse(r->files[i].content);
    EXPECT_EQ(j["displayName"], "bulkhead many role-app (" + std::to_string(i + 1) + " of " +
                                    std::to_string(n) + ")");
    EXPECT_NE(j["description"].get<std::string>().find("Hosts: app-1, app-2."), std::string::npos);
    EXPECT_LE(j["firewallRules"].size(), kIntuneMaxRules);
    if (i + 1 < n) {
      EXPECT_EQ(j["firewallRules"].size(), kIntuneMaxRules);
    }
    EXPECT_EQ(j.contains("firewallProfileDomain"), i == 0);
    total += j["firewallRules"].size();
  }
  EXPECT_EQ(total, ps.rules.size());
  EXPECT_GE(total, 320u);
  std::vector<std::uint16_t> ports = {0, 1999, 2000, 2001, 2002, 2638, 2639, 2640, 65535};
  expect_intune_like_powershell(*d, host_index(*d, "app-1"), r->files,
                                {*parse_addr("10.9.0.1"), *parse_addr("10.9.1.1"),
                                 *parse_addr("10.10.69.1"), *parse_addr("10.8.0.1")},
                                ports);
}

TEST(WindowsIntune, ExactlyOneFullProfileAt150) {
  auto d = load(many_rules_policy(150));
  ASSERT_TRUE(d);
  const win::Firewall ps = parse_ps(render(*d, for_host(*d, "app-1")).files.at(0).content);
  auto r = render_with(*d, for_host(*d, "app-1"), true);
  ASSERT_TRUE(r);
  const std::size_t want = (ps.rules.size() + kIntuneMaxRules - 1) / kIntuneMaxRules;
  EXPECT_EQ(r->files.size(), want) << ps.rules.size() << " rules";
}

TEST(WindowsIntune, IcmpTypesCannotBeExpressedAndNameTheClass) {
  auto d = load(R"(bulkhead: 1
name: pings
settings: {default_inbound: deny}
hosts:
  - {name: srv-1, address: 10.0.0.1, labels: {role: server}}
rules:
  - {name: ping, action: allow, from: any, to: {role: server}, services: [icmp/8]}
)");
  ASSERT_TRUE(d);
  targets::RenderRequest req;
  req.all = true;
  std::string errors;
  EXPECT_FALSE(render_with(*d, req, true, &errors));
  EXPECT_NE(errors.find("host class role-server"), std::string::npos) << errors;
  EXPECT_NE(errors.find("ICMP"), std::string::npos) << errors;
  EXPECT_NE(errors.find("windows-gpo"), std::string::npos) << errors;
  // The GPO form takes it (-IcmpType).
  EXPECT_TRUE(render_with(*d, req, false, &errors)) << errors;
}

TEST(WindowsIntuneProperty, RandomPoliciesDecideLikePowerShell) {
  const std::uint64_t seed = testing::test_seed("WindowsIntuneProperty.RandomPolicies");
  std::size_t checked = 0, hosts = 0, refused = 0;
  for (std::uint64_t i = 0; i < 40; ++i) {
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
      if (!r) {
        // Only an ICMP type list may be refused, and the error names the class.
        EXPECT_NE(errors.find("has no ICMP type"), std::string::npos) << errors;
        EXPECT_NE(errors.find("host class " + d->model().hosts[h].name), std::string::npos)
            << errors;
        ++refused;
        continue;
      }
      checked += expect_intune_like_powershell(*d, h, r->files, remotes, ports);
      ++hosts;
    }
  }
  std::cout << "intune: " << hosts << " hosts, " << checked << " connections, " << refused
            << " hosts refused (ICMP types)\n";
  EXPECT_GT(hosts, 20u);
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
