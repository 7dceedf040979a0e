// Tests of the windows and windows-netsh targets' output: the exact scripts for a tiny
// policy (tests/unit/windows/data; BULKHEAD_UPDATE_GOLDEN=1 rewrites them), quoting of
// hostile policy text, logging choices, limits splitting, host selection (--host, --all,
// --group), the uninstall scripts and the refusals.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "targets/windows/text.h"
#include "testlib/paths.h"
#include "unit/windows/helpers.h"

namespace bulkhead::windows_test {
namespace {

std::string data_path(const std::string& name) {
  return testing::source_dir() + "/tests/unit/windows/data/" + name;
}

void expect_golden(const std::string& got, const std::string& name) {
  if (const char* u = std::getenv("BULKHEAD_UPDATE_GOLDEN"); u && std::string(u) == "1") {
    std::ofstream(data_path(name), std::ios::binary) << got;
    return;
  }
  std::string want = testing::read_file(data_path(name));
  EXPECT_EQ(got, want) << "differs from tests/unit/windows/data/" << name
                       << " (BULKHEAD_UPDATE_GOLDEN=1 rewrites it)";
}

std::shared_ptr<const decision::Decision> tiny() {
  return load(testing::read_file(data_path("tiny.yaml")));
}

TEST(WindowsRender, TinyPolicyExactPowerShell) {
  auto d = tiny();
  ASSERT_TRUE(d);
  targets::RenderResult r = render(*d, for_host(*d, "fs-1"));
  ASSERT_EQ(r.files.size(), 1u);
  EXPECT_EQ(r.files[0].name, "fs-1.ps1");
  expect_golden(r.files[0].content, "tiny-fs-1.ps1");
  expect_exact(*d, "fs-1", {"10.1.0.10", "10.1.0.11", "2001:db8::10", "8.8.8.8"},
               {0, 139, 445, 3389, 65535});
}

TEST(WindowsRender, TinyPolicyExactNetsh) {
  auto d = tiny();
  ASSERT_TRUE(d);
  targets::RenderResult r = render(*d, for_host(*d, "fs-1"), true);
  ASSERT_EQ(r.files.size(), 1u);
  EXPECT_EQ(r.files[0].name, "fs-1.cmd");
  expect_golden(r.files[0].content, "tiny-fs-1.cmd");
}

TEST(WindowsRender, BothFormsParseToTheSameFirewall) {
  auto d = tiny();
  ASSERT_TRUE(d);
  for (const char* host : {"fs-1", "ws-1"}) {
    win::Firewall ps = parse_ps(render(*d, for_host(*d, host)).files.at(0).content);
    win::Firewall ns = parse_netsh(render(*d, for_host(*d, host), true).files.at(0).content);
    ASSERT_EQ(ps.rules.size(), ns.rules.size());
    for (std::size_t i = 0; i < ps.rules.size(); ++i) {
      EXPECT_EQ(ps.rules[i].dir, ns.rules[i].dir);
      EXPECT_EQ(ps.rules[i].action, ns.rules[i].action);
      EXPECT_EQ(ps.rules[i].proto, ns.rules[i].proto);
      EXPECT_EQ(ps.rules[i].local_ports.size(), ns.rules[i].local_ports.size());
      EXPECT_EQ(ps.rules[i].remote.size(), ns.rules[i].remote.size());
    }
    EXPECT_EQ(ps.default_in, ns.default_in);
    EXPECT_EQ(ps.default_out, ns.default_out);
    EXPECT_EQ(ps.log_blocked, ns.log_blocked);
    EXPECT_EQ(ps.log_allowed, ns.log_allowed);
    EXPECT_EQ(ps.log_file, ns.log_file);
  }
}

TEST(WindowsRender, UninstallRestoresTheSavedSettings) {
  auto d = tiny();
  ASSERT_TRUE(d);
  targets::RenderRequest req;
  req.uninstall = true;
  targets::RenderResult ps = render(*d, req);
  ASSERT_EQ(ps.files.size(), 1u);
  EXPECT_EQ(ps.files[0].name, "bulkhead-uninstall.ps1");
  expect_golden(ps.files[0].content, "tiny-uninstall.ps1");
  targets::RenderResult ns = render(*d, req, true);
  EXPECT_EQ(ns.files.at(0).name, "bulkhead-uninstall.cmd");
  for (const win::Firewall& fw :
       {parse_ps(ps.files[0].content), parse_netsh(ns.files.at(0).content)}) {
    // The settings saved before bulkhead's first run come back; Windows' defaults (below)
    // only where none were saved.
    EXPECT_TRUE(fw.restores_saved_profiles);
    EXPECT_TRUE(fw.rules.empty());
    EXPECT_TRUE(fw.removes_own_rules);
    EXPECT_TRUE(fw.enabled);
    EXPECT_EQ(fw.default_in, win::Act::Block);
    EXPECT_EQ(fw.default_out, win::Act::Allow);
    EXPECT_FALSE(fw.log_blocked);
    EXPECT_FALSE(fw.log_allowed);
    EXPECT_EQ(fw.log_max_kb, 4096);
    EXPECT_EQ(fw.log_file, R"(%SystemRoot%\System32\LogFiles\Firewall\pfirewall.log)");
  }
  // The PowerShell form also removes the netsh form's rules, and only bulkhead's.
  const std::string& text = ps.files[0].content;
  EXPECT_NE(text.find("Get-NetFirewallRule -Group 'bulkhead'"), std::string::npos);
  EXPECT_NE(text.find("-DisplayName 'bulkhead *', 'bulkhead', 'bulkhead-new'"), std::string::npos);
  EXPECT_EQ(text.find("-All"), std::string::npos);
}

// Policy text full of PowerShell and cmd.exe syntax: quotes, $(), backticks, newlines,
// semicolons, & | < > ^ % !. The loader already restricts names, so the hostile text is
// put into the model directly (names, the policy's file name, ATT&CK IDs): the renderer
// must be safe on its own. Both parsers are strict, so any escape would show up as an
// unrecognised line or an unsafe character.
TEST(WindowsRender, HostileNamesCannotEscapeTheirQuotes) {
  const std::string evil =
      "x'; Remove-Item C:\\ -Recurse; $(Stop-Computer) `whoami` \"q\" & "
      "del *.* | more < in > out ^ %PATH% !x! \xe2\x80\x98smart\xe2\x80\x99";
  Diagnostics diags;
  auto model = policy::load_text(R"(bulkhead: 1
name: p
hosts:
  - name: h1
    address: 10.0.0.1
  - name: h2
    address: 10.0.0.2
services:
  - name: custom
    ports: [tcp/2222]
rules:
  - name: r1
    action: deny
    from: {host: h2}
    to: hosts
    services: [ssh, custom]
  - name: r2
    action: allow
    from: any
    to: hosts
    services: [https]
)",
                                 evil + "\r\n&calc.yaml", diags);
  ASSERT_TRUE(model.has_value());
  model->name = evil + "\nnext line";
  model->hosts[0].name = "h1'$(iex)\r\n&calc ../..";
  model->rules[0].name = evil + "\n  -Action Allow";
  model->rules[1].name = "allow '' twice";
  for (policy::Service& svc : model->services)
    if (svc.name == "custom") svc.attack = {evil};
  auto d = decision::Decision::resolve(std::move(*model));
  std::uint32_t h1 = 0;
  targets::RenderRequest req;
  req.host = h1;
  targets::RenderResult ps = render(*d, req);
  targets::RenderResult ns = render(*d, req, true);
  ASSERT_EQ(ps.files.size(), 1u);
  ASSERT_EQ(ns.files.size(), 1u);

  // File names keep a safe character set and cannot climb out of the output directory.
  for (const std::string& name : {ps.files[0].name, ns.files[0].name}) {
    EXPECT_EQ(name.find('/'), std::string::npos) << name;
    EXPECT_EQ(name.find('\\'), std::string::npos) << name;
    EXPECT_NE(name.front(), '.') << name;
    for (char c : name)
      EXPECT_TRUE(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-')
          << name;
  }

  win::Firewall fw = parse_ps(ps.files[0].content);
  ASSERT_FALSE(fw.rules.empty());
  bool found = false;
  for (const win::Rule& r : fw.rules) {
    if (r.name.find("Remove-Item") == std::string::npos) continue;
    found = true;
    // The text survives, quotes included; line breaks and non-ASCII became '?'.
    EXPECT_NE(r.name.find("x'; Remove-Item C:\\ -Recurse; $(Stop-Computer) `whoami`"),
              std::string::npos)
        << r.name;
    EXPECT_EQ(r.name.find('\n'), std::string::npos);
    EXPECT_EQ(r.action, win::Act::Block);
    // Provenance names the hostile file and the custom service's hostile ATT&CK ID, inert.
    EXPECT_NE(r.description.find("&calc.yaml:12"), std::string::npos) << r.description;
    EXPECT_NE(r.description.find("[T1021.004 x'; Remove-Item"), std::string::npos) << r.description;
  }
  EXPECT_TRUE(found);
  // Every line outside the quoted literals is one the strict parser knows; one more check
  // that no line starts with policy text.
  for (const std::string& line :
       {std::string("next line"), std::string("&calc"), std::string("-Action Allow")}) {
    EXPECT_EQ(ps.files[0].content.find("\n" + line), std::string::npos) << line;
    EXPECT_EQ(ns.files[0].content.find("\n" + line), std::string::npos) << line;
  }
  win::Firewall nf = parse_netsh(ns.files[0].content);
  EXPECT_EQ(nf.rules.size(), fw.rules.size());
  for (char c : std::string("%&|<>^!\"`$")) {
    for (const win::Rule& r : nf.rules) EXPECT_EQ(r.description.find(c), std::string::npos) << c;
  }
  expect_exact(*d, d->model().hosts[h1].name, {"10.0.0.2", "10.0.0.3"}, {22, 443});
}

TEST(WindowsRender, QuotingHelpers) {
  using targets::windows::cmd_text;
  using targets::windows::file_stem;
  using targets::windows::ps_quote;
  EXPECT_EQ(ps_quote("it's"), "'it''s'");
  EXPECT_EQ(ps_quote("a\nb\r\tc"),
            "'a?b?"
            "?c'");
  EXPECT_EQ(ps_quote("\xe2\x80\x99"),
            "'?"
            "?"
            "?'");                                // U+2019 would close a PowerShell string
  EXPECT_EQ(ps_quote("$(x) `y`"), "'$(x) `y`'");  // inert inside single quotes
  EXPECT_EQ(cmd_text("a&b|c<d>e^f%g!h\"i;j"), "a_b_c_d_e_f_g_h_i_j");
  EXPECT_EQ(cmd_text("web (tcp/443) [T1190], x'y"), "web (tcp/443) [T1190], x'y");
  EXPECT_EQ(file_stem("../etc/passwd"), "_.._etc_passwd");
  EXPECT_EQ(file_stem("ws-01.corp"), "ws-01.corp");
  EXPECT_EQ(file_stem(""), "_");
}

TEST(WindowsRender, AddressAndPortEntries) {
  using targets::windows::address_entry;
  EXPECT_EQ(address_entry(Family::V4, 0x0a000001, 0x0a000001), "10.0.0.1");
  EXPECT_EQ(address_entry(Family::V4, 0x0a000000, 0x0a0000ff), "10.0.0.0/24");
  EXPECT_EQ(address_entry(Family::V4, 0x0a000001, 0x0a000005), "10.0.0.1-10.0.0.5");
  EXPECT_EQ(address_entry(Family::V4, 0, 0xffffffff), "0.0.0.0-255.255.255.255");
  EXPECT_EQ(address_entry(Family::V4, 0x80000000, 0xffffffff), "128.0.0.0/1");
  EXPECT_EQ(address_entry(Family::V6, 0, ~u128{0}), "::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff");
  u128 db8 = u128{0x20010db8} << 96;
  EXPECT_EQ(address_entry(Family::V6, db8, db8 | ((u128{1} << 96) - 1)), "2001:db8::/32");
  IntervalSet<std::uint32_t> ports;
  ports.add(80, 80);
  ports.add(49152, 65535);
  EXPECT_EQ(targets::windows::port_entries(ports), (std::vector<std::string>{"80", "49152-65535"}));
}

std::string logging_policy(const std::string& rules) {
  return "bulkhead: 1\nhosts:\n  - name: a\n    address: 10.0.0.1\n  - name: b\n"
         "    address: 10.0.0.2\nrules:\n" +
         rules;
}

TEST(WindowsRender, LoggingFollowsTheRulesThatWantIt) {
  struct Case {
    std::string rules;
    bool blocked;
    bool allowed;
  };
  const std::vector<Case> cases = {
      // The seed table: SMB is high-volume and not logged, RDP is logged.
      {"  - name: no-smb\n    action: deny\n    from: any\n    to: hosts\n    services: [smb]\n",
       false, false},
      {"  - name: no-rdp\n    action: deny\n    from: any\n    to: hosts\n    services: [rdp]\n",
       true, false},
      {"  - name: no-rdp\n    action: deny\n    from: any\n    to: hosts\n    services: [rdp]\n"
       "    log: false\n",
       false, false},
      {"  - name: no-rpc\n    action: deny\n    from: any\n    to: hosts\n    services: [rpc]\n",
       true, false},  // rpc-epmap logs, rpc-dynamic does not
      {"  - name: ssh-in\n    action: allow\n    from: any\n    to: hosts\n    services: [ssh]\n",
       false, true},
      {"  - name: web-in\n    action: allow\n    from: any\n    to: hosts\n    services: [https]\n"
       "    log: true\n",
       false, true},
      {"  - name: x\n    action: deny\n    from: any\n    to: hosts\n    services: [tcp/9999]\n"
       "    log: true\n",
       true, false},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.rules);
    auto d = load(logging_policy(c.rules));
    ASSERT_TRUE(d);
    targets::RenderResult r = render(*d, for_host(*d, "a"));
    win::Firewall fw = parse_ps(r.files.at(0).content);
    EXPECT_EQ(fw.log_blocked, c.blocked);
    EXPECT_EQ(fw.log_allowed, c.allowed);
    std::string rule = c.rules.substr(10, c.rules.find('\n') - 10);
    bool named = false;
    for (const std::string& n : r.notes)
      named = named || n.find("'" + rule + "'") != std::string::npos;
    EXPECT_EQ(named, c.blocked || c.allowed) << rule;
  }
}

TEST(WindowsRender, RulesAreSplitAtTheLimits) {
  // 1,100 separate sources, 201 separate ports: over 1,000 address entries and 200 ports.
  std::string cidrs, ports;
  for (int i = 0; i < 1100; ++i)
    cidrs += (i ? ", " : "") + std::string("\"10.") + std::to_string(i / 250) + "." +
             std::to_string(i % 250) + ".1/32\"";
  for (int i = 0; i < 201; ++i)
    ports += (i ? ", " : "") + std::string("tcp/") + std::to_string(2 * i + 1);
  auto d = load(
      "bulkhead: 1\nsettings:\n  default_inbound: allow\nhosts:\n  - name: a\n"
      "    address: 192.168.0.1\nrules:\n  - name: many\n    action: deny\n"
      "    from: {cidr: [" +
      cidrs + "]}\n    to: hosts\n    services: [" + ports + "]\n");
  ASSERT_TRUE(d);
  targets::RenderResult ps = render(*d, for_host(*d, "a"));
  win::Firewall fw = parse_ps(ps.files.at(0).content);
  std::vector<win::Rule> blocks = rules_of(fw, win::Dir::In, win::Act::Block);
  ASSERT_EQ(blocks.size(), 4u);  // 2 address chunks × 2 port chunks
  for (const win::Rule& r : blocks) {
    EXPECT_LE(r.remote.size(), 1000u);
    EXPECT_LE(r.local_ports.size(), 200u);
  }
  targets::RenderResult ns = render(*d, for_host(*d, "a"), true);
  std::size_t lines = 0;
  for (std::size_t at = 0, nl; at < ns.files[0].content.size(); at = nl + 1) {
    nl = ns.files[0].content.find('\n', at);
    EXPECT_LT(nl - at, 8191u);
    ++lines;
  }
  win::Firewall nf = parse_netsh(ns.files[0].content);
  EXPECT_GT(nf.rules.size(), blocks.size());  // cmd.exe's line limit splits further
  std::vector<std::string> remotes = {"10.0.0.1", "10.0.0.2", "10.4.99.1", "10.4.100.1", "8.8.8.8"};
  expect_exact(*d, "a", remotes, {0, 1, 2, 3, 399, 400, 401, 402, 403});
}

std::string fleet() {
  return R"(bulkhead: 1
hosts:
  - name: ws-1
    address: 10.0.0.1
    labels: {role: workstation, os: windows}
  - name: ws-2
    address: 10.0.0.2
    labels: {role: workstation, os: windows}
  - name: fs-1
    address: 10.0.1.1
    labels: {role: file-server, os: windows}
  - name: web-1
    address: 10.0.2.1
    labels: {role: web, os: linux}
  - name: prn-1
    address: 10.0.3.1
    labels: {os: windows}
    managed: false
rules:
  - name: smb
    action: allow
    from: {role: workstation}
    to: {role: file-server}
    services: [smb]
baselines: [lateral-movement]
)";
}

policy::Selector group(const std::vector<std::pair<std::string, std::string>>& labels) {
  policy::Selector s;
  policy::SelectorTerm t;
  std::string text;
  for (const auto& [k, v] : labels) {
    t.labels.push_back(policy::LabelCond{k, {v}, false, {}});
    text += (text.empty() ? "" : ", ") + k + ": " + v;
  }
  s.any_of.push_back(t);
  s.text = "{" + text + "}";
  return s;
}

TEST(WindowsRender, AllRendersManagedWindowsHosts) {
  auto d = load(fleet());
  ASSERT_TRUE(d);
  targets::RenderRequest req;
  req.all = true;
  targets::RenderResult r = render(*d, req);
  std::vector<std::string> names;
  for (const auto& f : r.files) names.push_back(f.name);
  EXPECT_EQ(names, (std::vector<std::string>{"ws-1.ps1", "ws-2.ps1", "fs-1.ps1"}));
  bool skipped = false;
  for (const std::string& n : r.notes)
    skipped = skipped || n.find("skipped 1 managed host") != std::string::npos;
  EXPECT_TRUE(skipped);

  // Without any `os` label, every managed host is rendered.
  std::string no_os = fleet();
  for (const char* s : {", os: windows", ", os: linux", "{os: windows}"}) {
    for (std::size_t at; (at = no_os.find(s)) != std::string::npos;)
      no_os.replace(at, std::string(s).size(), std::string(s) == "{os: windows}" ? "{}" : "");
  }
  auto d2 = load(no_os);
  ASSERT_TRUE(d2);
  EXPECT_EQ(render(*d2, req, true).files.size(), 4u);
}

TEST(WindowsRender, GroupSharesOneScriptPerClass) {
  auto d = load(fleet());
  ASSERT_TRUE(d);
  targets::RenderRequest req;
  req.group = group({{"role", "workstation"}, {"os", "windows"}});
  targets::RenderResult r = render(*d, req);
  ASSERT_EQ(r.files.size(), 1u);
  EXPECT_EQ(r.files[0].name, "role-workstation_os-windows.ps1");
  EXPECT_NE(r.files[0].content.find("# Hosts: ws-1, ws-2\n"), std::string::npos);
  parse_ps(r.files[0].content);

  // os=windows spans workstations and the file server: one script per rule set.
  req.group = group({{"os", "windows"}});
  targets::RenderResult two = render(*d, req, true);
  ASSERT_EQ(two.files.size(), 2u);
  EXPECT_EQ(two.files[0].name, "os-windows-1.cmd");
  EXPECT_EQ(two.files[1].name, "os-windows-2.cmd");
  EXPECT_NE(two.files[0].content.find("rem Hosts: ws-1, ws-2\n"), std::string::npos);
  EXPECT_NE(two.files[1].content.find("rem Hosts: fs-1\n"), std::string::npos);
  parse_netsh(two.files[0].content);
  parse_netsh(two.files[1].content);
}

TEST(WindowsRender, Refusals) {
  auto d = load(fleet());
  ASSERT_TRUE(d);
  Diagnostics diags;
  targets::RenderRequest req;
  req.group = group({{"role", "dc"}});
  EXPECT_FALSE(targets::windows::render(*d, req, diags).has_value());
  EXPECT_TRUE(diags.has_errors());

  Diagnostics d2;
  targets::RenderRequest zone;
  zone.zone = 1;
  EXPECT_FALSE(targets::windows::render_netsh(*d, zone, d2).has_value());
  EXPECT_TRUE(d2.has_errors());

  Diagnostics d3;
  targets::RenderRequest unmanaged = for_host(*d, "prn-1");
  EXPECT_FALSE(targets::windows::render(*d, unmanaged, d3).has_value());
  ASSERT_TRUE(d3.has_errors());
  EXPECT_NE(d3.all().front().message.find("unmanaged"), std::string::npos);

  // Two hosts whose names map to one file name.
  Diagnostics d0;
  auto m = policy::load_text(
      "bulkhead: 1\nhosts:\n  - name: a-b\n    address: 10.0.0.1\n"
      "  - name: a_b\n    address: 10.0.0.2\n",
      "p.yaml", d0);
  ASSERT_TRUE(m.has_value());
  m->hosts[0].name = "a/b";  // the loader refuses such names; the target must not rely on it
  auto clash = decision::Decision::resolve(std::move(*m));
  Diagnostics d4;
  targets::RenderRequest all;
  all.all = true;
  EXPECT_FALSE(targets::windows::render(*clash, all, d4).has_value());
  EXPECT_TRUE(d4.has_errors());
}

TEST(WindowsRender, OutputIsDeterministic) {
  auto a = load(fleet());
  auto b = load(fleet());
  ASSERT_TRUE(a && b);
  targets::RenderRequest req;
  req.all = true;
  targets::RenderResult ra = render(*a, req), rb = render(*b, req);
  ASSERT_EQ(ra.files.size(), rb.files.size());
  for (std::size_t i = 0; i < ra.files.size(); ++i)
    EXPECT_EQ(ra.files[i].content, rb.files[i].content);
  EXPECT_EQ(ra.notes, rb.notes);
}

}  // namespace
}  // namespace bulkhead::windows_test
