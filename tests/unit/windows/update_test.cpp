// Updating a Windows host: stable rule identities shared by both forms, the order of a
// run (additions, profiles, removals), the profile settings saved for -Uninstall, the
// rollback task, and the session check's table, which must admit exactly the addresses
// the new rules admit to each admin port.
#include <map>
#include <random>
#include <set>

#include "unit/windows/helpers.h"

namespace bulkhead::windows_test {
namespace {

const char* kPolicy = R"(bulkhead: 1
name: update
settings:
  default_inbound: deny
hosts:
  - name: jump-1
    address: 10.9.0.5
    labels: {role: jump}
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
  - name: admin-from-jump
    action: allow
    from: {role: jump}
    to: hosts
    services: [rdp, winrm-http, ssh]
  - name: web
    action: allow
    from: any
    to: {role: file-server}
    services: [tcp/8080]
)";

std::string with(std::string text, const std::string& from, const std::string& to) {
  std::size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

/// The DisplayNames of a script's rules, as parsed.
std::set<std::string> names_of(const win::Firewall& fw) {
  std::set<std::string> out;
  for (const win::Rule& r : fw.rules) out.insert(r.name);
  return out;
}

win::Firewall script(const std::string& yaml, bool netsh, const std::string& host = "fs-1") {
  auto d = load(yaml);
  EXPECT_TRUE(d);
  if (!d) return {};
  std::string text = render(*d, for_host(*d, host), netsh).files.at(0).content;
  return netsh ? parse_netsh(text) : parse_ps(text);
}

TEST(WindowsUpdate, IdentitiesSurviveEditsElsewhereAndChangeOnlyWithTheRule) {
  const win::Firewall before = script(kPolicy, false);
  ASSERT_FALSE(before.rules.empty());
  // Lines moved (a comment on top), nothing else: every identity stays; the descriptions
  // (file:line) follow the text, and the script refreshes them on the kept rules.
  const win::Firewall moved = script("# edited\n" + std::string(kPolicy), false);
  EXPECT_EQ(names_of(before), names_of(moved));
  // One rule changed: only the rules it decides change identity.
  const win::Firewall changed = script(with(kPolicy, "tcp/8080", "tcp/8081"), false);
  std::set<std::string> gone, fresh;
  for (const std::string& n : names_of(before))
    if (!names_of(changed).count(n)) gone.insert(n);
  for (const std::string& n : names_of(changed))
    if (!names_of(before).count(n)) fresh.insert(n);
  EXPECT_FALSE(gone.empty());
  EXPECT_FALSE(fresh.empty());
  EXPECT_LT(gone.size(), before.rules.size() / 2);
  for (const std::string& n : names_of(before)) {
    if (gone.count(n)) continue;
    EXPECT_EQ(n.find("web"), std::string::npos) << n;  // rules about other things stay
  }
  bool web_renamed = false;
  for (const std::string& n : fresh)
    web_renamed = web_renamed || n.find(" web #") != std::string::npos;
  EXPECT_TRUE(web_renamed);
}

TEST(WindowsUpdate, BothFormsManageTheSameIdentities) {
  for (const char* host : {"fs-1", "ws-1", "jump-1"}) {
    const win::Firewall ps = script(kPolicy, false, host);
    const win::Firewall ns = script(kPolicy, true, host);
    EXPECT_TRUE(ps.keeps_by_identity && ns.keeps_by_identity);
    EXPECT_TRUE(ps.saves_profiles && ns.saves_profiles);
    // netsh may split one rule into several lines (one ICMP type, or part of an address
    // list, each); they carry the rule's one identity.
    EXPECT_EQ(names_of(ps), names_of(ns)) << host;
    for (const win::Rule& r : ps.rules) {
      std::size_t hash = r.name.rfind(" #");
      ASSERT_NE(hash, std::string::npos) << r.name;
      EXPECT_EQ(r.name.size() - hash, 14u) << r.name;
      EXPECT_TRUE(r.name.starts_with("bulkhead in ") || r.name.starts_with("bulkhead out "));
    }
  }
}

TEST(WindowsUpdate, RunOrderAndSafetyNet) {
  auto d = load(kPolicy);
  ASSERT_TRUE(d);
  const std::string ps = render(*d, for_host(*d, "fs-1")).files.at(0).content;
  const std::string ns = render(*d, for_host(*d, "fs-1"), true).files.at(0).content;
  // Additions, then the profiles, then the removals (the parser refuses any other order).
  EXPECT_TRUE(parse_ps(ps).keeps_by_identity);
  EXPECT_TRUE(parse_netsh(ns).keeps_by_identity);
  auto at = [&](const std::string& s, const std::string& what) {
    std::size_t p = s.find(what);
    EXPECT_NE(p, std::string::npos) << what;
    return p;
  };
  // (The script's own settings cap the log at 16384 KB; its -Uninstall's defaults do not.)
  EXPECT_LT(at(ps, "} catch {"), at(ps, "-LogMaxSizeKilobytes 16384"));
  EXPECT_LT(at(ps, "-LogMaxSizeKilobytes 16384"), at(ps, "$obsolete | Remove-NetFirewallRule"));
  EXPECT_LT(at(ns, "logging maxfilesize 16384"), at(ns, "findstr /x /l"));
  // The rollback task is armed before any change, and the session check comes first.
  EXPECT_TRUE(parse_ps(ps).arms_rollback);
  EXPECT_LT(at(ps, "Get-NetTCPConnection -State Established"), at(ps, "$arm = "));
  EXPECT_LT(at(ps, "Register-ScheduledTask -TaskName 'bulkhead-rollback'"), at(ps, "try {"));
  EXPECT_LT(at(ps, "Get-NetFirewallProfile -PolicyStore PersistentStore"), at(ps, "try {"));
  // The state directory is for Administrators and SYSTEM only (the task runs from it).
  EXPECT_LT(at(ps, "/inheritance:r /grant:r '*S-1-5-32-544:(OI)(CI)F' '*S-1-5-18:(OI)(CI)F'"),
            at(ps, "Register-ScheduledTask"));
  EXPECT_LT(at(ns, "/inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F"),
            at(ns, "netsh advfirewall firewall show rule"));
  // netsh: this run's additions are recorded before they are made, for the undo.
  EXPECT_LT(at(ns, "if not defined BH_HAVE >>\"%BH%\\rules.added\" echo "),
            at(ns, "if not defined BH_HAVE netsh advfirewall firewall add rule"));
}

/// Whether `a` is in one of `ranges`.
bool in_ranges(const std::vector<win::AddrRange>& ranges, const Addr& a) {
  for (const win::AddrRange& r : ranges)
    if (r.family == a.family && r.lo <= a.value && a.value <= r.hi) return true;
  return false;
}

/// The session check's answer for a connection: refused when the entry for its local
/// address and port does not list the remote.
bool session_admitted(const win::Firewall& fw, const win::Connection& c) {
  for (const win::Firewall::Session& s : fw.sessions)
    if (s.port == c.local_port && in_ranges(s.local, c.local)) return in_ranges(s.remote, c.remote);
  ADD_FAILURE() << "no $sessions entry for port " << c.local_port;
  return false;
}

TEST(WindowsUpdate, SessionTableAdmitsExactlyWhatTheRulesAdmit) {
  std::mt19937_64 rng(7);
  for (const std::string& yaml :
       {std::string(kPolicy), with(kPolicy, "default_inbound: deny", "default_inbound: allow"),
        with(kPolicy, "action: allow\n    from: {role: jump}",
             "action: deny\n    from: {role: jump}")}) {
    for (const char* host : {"fs-1", "ws-1", "jump-1"}) {
      const win::Firewall fw = script(yaml, false, host);
      ASSERT_EQ(fw.sessions.empty(), false);
      auto d = load(yaml);
      ASSERT_TRUE(d);
      std::vector<Addr> mine = d->model().hosts[host_index(*d, host)].addresses;
      mine.push_back(*parse_addr("fe80::9"));
      std::vector<Addr> peers;
      for (const char* p :
           {"10.9.0.5", "10.9.0.4", "10.9.0.6", "10.1.0.10", "10.1.0.20", "192.0.2.1", "0.0.0.0",
            "255.255.255.255", "2001:db8::20", "2001:db8::5", "fe80::1", "::"})
        peers.push_back(*parse_addr(p));
      for (int i = 0; i < 200; ++i) {
        Addr a;
        a.family = i % 2 ? Family::V4 : Family::V6;
        a.value = (static_cast<u128>(rng()) << 64 | rng()) & family_max(a.family);
        peers.push_back(a);
      }
      std::size_t admitted = 0, refused = 0;
      for (const Addr& local : mine) {
        for (const Addr& remote : peers) {
          if (remote.family != local.family) continue;
          for (std::uint16_t port : {22, 3389, 5985, 5986}) {
            win::Connection c;
            c.dir = win::Dir::In;
            c.proto = Proto::Tcp;
            c.local = local;
            c.remote = remote;
            c.local_port = port;
            c.remote_port = 50000;
            const bool want = win::permits(fw, c);
            EXPECT_EQ(session_admitted(fw, c), want)
                << host << " " << format_addr(local.family, local.value) << " <- "
                << format_addr(remote.family, remote.value) << " port " << port << "\n"
                << yaml;
            ++(want ? admitted : refused);
          }
        }
      }
      EXPECT_GT(admitted + refused, 0u);
    }
  }
}

TEST(WindowsUpdate, UninstallRestoresSavedSettingsFirstInBothForms) {
  auto d = load(kPolicy);
  ASSERT_TRUE(d);
  targets::RenderRequest req;
  req.uninstall = true;
  const std::string ps = render(*d, req).files.at(0).content;
  const std::string ns = render(*d, req, true).files.at(0).content;
  EXPECT_TRUE(parse_ps(ps).restores_saved_profiles);
  EXPECT_TRUE(parse_netsh(ns).restores_saved_profiles);
  // Both read the file the install scripts write (PowerShell's vocabulary), before any rule
  // is removed, and remove the rules either form listed.
  for (const std::string* s : {&ps, &ns}) {
    std::size_t saved = s->find("profiles-before.txt");
    std::size_t rules = s->find("Remove-NetFirewallRule") != std::string::npos
                            ? s->find("$have.Values | Remove-NetFirewallRule")
                            : s->find("delete rule name=\"%%n\"");
    ASSERT_NE(saved, std::string::npos);
    ASSERT_NE(rules, std::string::npos);
    EXPECT_LT(saved, rules);
  }
  EXPECT_NE(ns.find("for /f \"usebackq delims=\" %%n in (\"%BH%\\rules.txt\")"), std::string::npos);
  // An install script can restore too (the rollback task runs it with -Uninstall).
  const std::string install = render(*d, for_host(*d, "fs-1")).files.at(0).content;
  EXPECT_NE(install.find("if ($Uninstall) { Restore-Before; return }"), std::string::npos);
}

}  // namespace
}  // namespace bulkhead::windows_test
