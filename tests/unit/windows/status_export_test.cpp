// `status --windows-export`: the export reader (shapes Windows PowerShell 5.1 really
// writes, located errors), the conservative reading of filters and keywords, drift against
// the render and the exact comparison of effective verdicts. Data: exports of dc-01
// (examples/enterprise) and of fs-1 (tiny.yaml) in tests/unit/windows/data, built by
// make_exports.py there; and, for random policies, exports built from the plan.
#include <gtest/gtest.h>

#include <random>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "policy/loader.h"
#include "targets/windows/drift.h"
#include "targets/windows/effective.h"
#include "targets/windows/import_export.h"
#include "targets/windows/plan.h"
#include "targets/windows/text.h"
#include "testlib/paths.h"
#include "testlib/random_policy.h"
#include "unit/windows/helpers.h"

namespace bulkhead::windows_test {
namespace {

namespace tw = targets::windows;
namespace fw = targets::windows::fw;

std::string data_path(const std::string& name) {
  return testing::source_dir() + "/tests/unit/windows/data/" + name;
}

std::string all_of(const Diagnostics& diags) {
  std::string out;
  for (const Diagnostic& dg : diags.sorted()) out += dg.str() + "\n";
  return out;
}

std::optional<tw::WindowsExport> import_text(const std::string& text, Diagnostics& diags) {
  return tw::import_windows_export(text, "x.json", diags);
}

tw::WindowsExport import_file(const std::string& name) {
  Diagnostics diags;
  auto e = tw::import_windows_export(testing::read_file(data_path(name)), name, diags);
  EXPECT_TRUE(e.has_value()) << all_of(diags);
  return e.value_or(tw::WindowsExport{});
}

std::shared_ptr<const decision::Decision> enterprise() {
  Diagnostics diags;
  auto model = policy::load({testing::source_dir() + "/examples/enterprise"}, diags);
  EXPECT_TRUE(model.has_value()) << all_of(diags);
  return model ? decision::Decision::resolve(std::move(*model)) : nullptr;
}

tw::HostPlan plan_of(const decision::Decision& d, std::uint32_t host) {
  Diagnostics diags;
  auto plan = tw::plan_host(d, host, std::nullopt, diags);
  EXPECT_TRUE(plan.has_value()) << all_of(diags);
  return plan.value_or(tw::HostPlan{});
}

std::string drift_text(const tw::DriftReport& r) {
  std::string out;
  for (const tw::DriftFinding& f : r.findings) {
    out += fmt::format("{} {}: {}\n", tw::drift_kind_name(f.kind), f.rule, f.what);
    for (const std::string& d : f.details) out += "    " + d + "\n";
  }
  return out;
}

std::string effective_text(const tw::WindowsExport& e, const tw::EffectiveReport& r) {
  std::string out;
  for (const tw::EffectiveFinding& f : r.findings) {
    const fw::Connection& c = f.example;
    out += fmt::format("{} {} machine {} by {}: {} regions, e.g. local {} remote {} {} {}/{}\n",
                       f.dir == fw::Dir::In ? "in" : "out", fw::profiles_text(f.profiles),
                       f.machine_permits ? "permits" : "blocks",
                       f.machine_rule >= 0 ? e.rules[f.machine_rule].name : "default", f.regions,
                       c.local.str(), c.remote.str(), proto_name(c.proto), c.local_port,
                       c.remote_port);
  }
  return out;
}

fw::Connection conn(fw::Dir dir, const char* local, const char* remote, Proto proto,
                    std::uint16_t port) {
  fw::Connection c;
  c.dir = dir;
  c.local = *parse_addr(local);
  c.remote = *parse_addr(remote);
  c.proto = proto;
  if (proto == Proto::Tcp || proto == Proto::Udp) {
    (dir == fw::Dir::In ? c.local_port : c.remote_port) = port;
    (dir == fw::Dir::In ? c.remote_port : c.local_port) = 50000;
  } else if (proto == Proto::Other) {
    c.ip_protocol = static_cast<std::uint8_t>(port);
  } else {
    c.icmp_type = static_cast<std::uint8_t>(port);
  }
  return c;
}

/// The slow twins agree that a finding's example is decided differently, by its rule.
void expect_example_confirmed(const decision::Decision& d, std::uint32_t host,
                              const tw::WindowsExport& e, const tw::EffectiveFinding& f) {
  const tw::PolicyVerdict pv = tw::policy_verdict(d, host, std::nullopt, f.example);
  EXPECT_EQ(pv.permit, f.policy.permit);
  EXPECT_EQ(pv.rule, f.policy.rule);
  for (int p = 0; p < 3; ++p) {
    if (!(f.profiles & (1u << p))) continue;
    const tw::MachineVerdict mv = tw::machine_verdict(e, p, f.example);
    EXPECT_NE(mv.permit, pv.permit) << "profile " << fw::kProfileNames[p];
    EXPECT_EQ(mv.permit, f.machine_permits);
    EXPECT_EQ(mv.rule, f.machine_rule);
  }
}

const tw::EffectiveFinding* find_finding(const tw::WindowsExport& e, const tw::EffectiveReport& r,
                                         fw::Dir dir, int profile, const std::string& rule) {
  for (const tw::EffectiveFinding& f : r.findings) {
    if (f.dir != dir || !(f.profiles & (1u << profile)) || f.machine_rule < 0) continue;
    if (e.rules[f.machine_rule].name == rule) return &f;
  }
  return nullptr;
}

std::vector<tw::DriftFinding> of_kind(const tw::DriftReport& r, tw::DriftKind k) {
  std::vector<tw::DriftFinding> out;
  for (const tw::DriftFinding& f : r.findings)
    if (f.kind == k) out.push_back(f);
  return out;
}

// --- the committed exports of dc-01 ------------------------------------------------------

TEST(StatusExport, InSyncExportOfDc01HasNoFinding) {
  auto d = enterprise();
  ASSERT_TRUE(d);
  const std::uint32_t host = host_index(*d, "dc-01");
  const tw::WindowsExport e = import_file("dc-01-in-sync.json");
  EXPECT_EQ(e.host, "DC-01");
  ASSERT_EQ(e.addresses.size(), 4u);
  EXPECT_EQ(e.addresses[1].addr.str(), "fe80::5d2a:1c3e:8b4f:10");  // "%6" dropped
  const tw::HostPlan plan = plan_of(*d, host);
  const tw::DriftReport drift = tw::compare_drift(*d, plan, e);
  EXPECT_TRUE(drift.findings.empty())
      << drift_text(drift)
      << "(if the Windows renderer changed, rerun tests/unit/windows/data/make_exports.py)";
  EXPECT_EQ(drift.rendered, plan.in.rules.size() + plan.out.rules.size());
  EXPECT_EQ(drift.on_machine, drift.rendered);
  EXPECT_EQ(drift.in_sync, drift.rendered);
  const tw::EffectiveReport eff = tw::compare_effective(*d, host, std::nullopt, e);
  EXPECT_TRUE(eff.findings.empty()) << effective_text(e, eff);
  EXPECT_GT(eff.regions, 1000u);
  // The built-in LDAP rule is there, and bulkhead's Block rule wins over it.
  const fw::Connection ldap = conn(fw::Dir::In, "10.20.0.10", "10.70.0.10", Proto::Tcp, 389);
  const tw::MachineVerdict mv = tw::machine_verdict(e, 0, ldap);
  EXPECT_FALSE(mv.permit);
  ASSERT_GE(mv.rule, 0);
  EXPECT_TRUE(tw::is_bulkhead_rule(e.rules[mv.rule])) << e.rules[mv.rule].name;
}

TEST(StatusExport, GroupPolicyDiscardingLocalRulesOpensLdapOnTheDomainProfile) {
  auto d = enterprise();
  ASSERT_TRUE(d);
  const std::uint32_t host = host_index(*d, "dc-01");
  const tw::WindowsExport e = import_file("dc-01-gpo.json");
  EXPECT_FALSE(e.profiles[0].allow_local_rules);
  EXPECT_TRUE(e.profiles[1].allow_local_rules);  // NotConfigured
  const tw::DriftReport drift = tw::compare_drift(*d, plan_of(*d, host), e);
  ASSERT_EQ(drift.findings.size(), 1u) << drift_text(drift);
  EXPECT_EQ(drift.findings[0].kind, tw::DriftKind::LocalRulesDiscarded);
  EXPECT_EQ(drift.findings[0].profiles, "Domain");
  EXPECT_NE(drift.findings[0].what.find("AllowLocalFirewallRules is False"), std::string::npos);

  const tw::EffectiveReport eff = tw::compare_effective(*d, host, std::nullopt, e);
  // hr-db-01 (zone hr) to dc-01 on LDAP: the policy blocks it; on the Domain profile the
  // Group Policy's own LDAP rule lets it through, on the others bulkhead's Block rule holds.
  const fw::Connection ldap = conn(fw::Dir::In, "10.20.0.10", "10.70.0.10", Proto::Tcp, 389);
  const tw::PolicyVerdict pv = tw::policy_verdict(*d, host, std::nullopt, ldap);
  EXPECT_FALSE(pv.permit);
  const tw::MachineVerdict domain = tw::machine_verdict(e, 0, ldap);
  EXPECT_TRUE(domain.permit);
  ASSERT_GE(domain.rule, 0);
  EXPECT_EQ(e.rules[domain.rule].name, "Active Directory Domain Controller - LDAP (TCP-In)");
  EXPECT_EQ(e.rules[domain.rule].source, fw::Source::GroupPolicy);
  EXPECT_FALSE(tw::machine_verdict(e, 1, ldap).permit);
  const tw::EffectiveFinding* f =
      find_finding(e, eff, fw::Dir::In, 0, "Active Directory Domain Controller - LDAP (TCP-In)");
  ASSERT_NE(f, nullptr) << effective_text(e, eff);
  EXPECT_EQ(f->profiles, fw::kDomain);
  EXPECT_TRUE(f->machine_permits);
  EXPECT_EQ(f->example.local_port, 389);
  EXPECT_NE(f->condition.find("lsass.exe listens"), std::string::npos) << f->condition;
  // Every finding is on the Domain profile only, and each example is confirmed rule by rule.
  for (const tw::EffectiveFinding& g : eff.findings) {
    EXPECT_EQ(g.profiles, fw::kDomain) << effective_text(e, eff);
    expect_example_confirmed(*d, host, e, g);
  }
}

TEST(StatusExport, EditedExportNamesTheMissingChangedAndDisabledRules) {
  auto d = enterprise();
  ASSERT_TRUE(d);
  const std::uint32_t host = host_index(*d, "dc-01");
  const tw::WindowsExport e = import_file("dc-01-edited.json");
  const tw::DriftReport drift = tw::compare_drift(*d, plan_of(*d, host), e);
  auto missing = of_kind(drift, tw::DriftKind::Missing);
  auto changed = of_kind(drift, tw::DriftKind::Changed);
  auto disabled = of_kind(drift, tw::DriftKind::Disabled);
  auto unexpected = of_kind(drift, tw::DriftKind::Unexpected);
  ASSERT_EQ(missing.size(), 1u) << drift_text(drift);
  EXPECT_EQ(missing[0].rule.rfind("bulkhead in block lateral-movement/rdp #", 0), 0u);
  ASSERT_EQ(changed.size(), 1u) << drift_text(drift);
  EXPECT_EQ(changed[0].rule.rfind("bulkhead in allow jump-host-administers-managed-hosts #", 0),
            0u);
  ASSERT_EQ(changed[0].details.size(), 1u);
  EXPECT_EQ(changed[0].details[0].rfind("RemoteAddress: the machine's also has 10.30.0.0-", 0), 0u)
      << changed[0].details[0];
  ASSERT_EQ(disabled.size(), 1u) << drift_text(drift);
  EXPECT_EQ(disabled[0].rule.rfind("bulkhead in block lateral-movement/winrm-http #", 0), 0u);
  ASSERT_EQ(unexpected.size(), 1u) << drift_text(drift);
  EXPECT_EQ(unexpected[0].rule, "bulkhead in allow vendor-support");
  EXPECT_EQ(drift.findings.size(), 4u) << drift_text(drift);
  EXPECT_EQ(drift.in_sync, drift.rendered - 3);

  // RDP from a workstation: the deleted Block rule no longer stops the third-party Allow
  // Any rule; WinRM likewise through the disabled one; and the widened jump-host rule
  // admits RDP from mon-01. The hand-made vendor rule stays blocked (by the default's
  // Block rules) and is drift only.
  const tw::EffectiveReport eff = tw::compare_effective(*d, host, std::nullopt, e);
  const fw::Connection rdp = conn(fw::Dir::In, "10.20.0.10", "10.10.1.11", Proto::Tcp, 3389);
  const fw::Connection winrm = conn(fw::Dir::In, "10.20.0.10", "10.10.1.11", Proto::Tcp, 5985);
  const fw::Connection vendor = conn(fw::Dir::In, "10.20.0.10", "10.10.1.11", Proto::Tcp, 8443);
  for (int p = 0; p < 3; ++p) {
    EXPECT_EQ(e.rules[tw::machine_verdict(e, p, rdp).rule].name, "Contoso Backup Agent");
    EXPECT_TRUE(tw::machine_verdict(e, p, winrm).permit);
    EXPECT_FALSE(tw::machine_verdict(e, p, vendor).permit);
  }
  const tw::EffectiveFinding* f = find_finding(e, eff, fw::Dir::In, 0, "Contoso Backup Agent");
  ASSERT_NE(f, nullptr) << effective_text(e, eff);
  EXPECT_EQ(f->profiles, fw::kAnyProfile);  // the views of the three profiles merged
  bool jump = false;
  for (const tw::EffectiveFinding& g : eff.findings) {
    expect_example_confirmed(*d, host, e, g);
    if (g.machine_rule >= 0 &&
        e.rules[g.machine_rule].name.rfind("bulkhead in allow jump-host-administers", 0) == 0)
      jump = true;
  }
  EXPECT_TRUE(jump) << effective_text(e, eff);
}

// fs-1 of tiny.yaml before bulkhead ran, exported with Out-File's UTF-16LE: every rule
// missing, Windows' defaults, and the built-in rules open RDP and SMB the policy closes.
TEST(StatusExport, Utf16ExportOfAFreshMachine) {
  auto d = load(testing::read_file(data_path("tiny.yaml")));
  ASSERT_TRUE(d);
  const std::string bytes = testing::read_file(data_path("tiny-fs-1-fresh.json"));
  ASSERT_GE(bytes.size(), 2u);
  EXPECT_EQ(static_cast<unsigned char>(bytes[0]), 0xff);
  EXPECT_EQ(static_cast<unsigned char>(bytes[1]), 0xfe);
  const tw::WindowsExport e = import_file("tiny-fs-1-fresh.json");
  EXPECT_EQ(e.host, "FS-1");
  EXPECT_EQ(e.rules.size(), 7u);
  ASSERT_EQ(e.addresses.size(), 1u);  // one address written as an object, not an array
  EXPECT_EQ(e.facts().subnets.size(), 1u);
  const std::uint32_t host = host_index(*d, "fs-1");
  const tw::HostPlan plan = plan_of(*d, host);
  const tw::DriftReport drift = tw::compare_drift(*d, plan, e);
  EXPECT_EQ(of_kind(drift, tw::DriftKind::Missing).size(), drift.rendered);
  EXPECT_EQ(drift.on_machine, 0u);
  const tw::EffectiveReport eff = tw::compare_effective(*d, host, std::nullopt, e);
  const tw::EffectiveFinding* rdp =
      find_finding(e, eff, fw::Dir::In, 2, "Remote Desktop - User Mode (TCP-In)");
  ASSERT_NE(rdp, nullptr) << effective_text(e, eff);
  EXPECT_EQ(d->model().rules[rdp->policy.rule].name, "no-rdp");
  const tw::EffectiveFinding* smb =
      find_finding(e, eff, fw::Dir::In, 1, "File and Printer Sharing (SMB-In)");
  ASSERT_NE(smb, nullptr) << effective_text(e, eff);
  EXPECT_EQ(smb->condition, "when System listens");
  // WinRM: the Public profile's rule admits only the local subnet (10.1.0.0/24 here).
  const fw::Connection near = conn(fw::Dir::In, "10.1.0.20", "10.1.0.10", Proto::Tcp, 5985);
  const fw::Connection far = conn(fw::Dir::In, "10.1.0.20", "10.9.0.10", Proto::Tcp, 5985);
  EXPECT_TRUE(tw::machine_verdict(e, 2, near).permit);
  EXPECT_FALSE(tw::machine_verdict(e, 2, far).permit);
  EXPECT_TRUE(tw::machine_verdict(e, 0, far).permit);
  for (const tw::EffectiveFinding& f : eff.findings) expect_example_confirmed(*d, host, e, f);
}

// The policy ignores source ports; a machine rule may not (the DHCP client's rule admits
// UDP 68 from source port 67 only), so the comparison cuts them too.
TEST(StatusExport, SourcePortsAreCutWhereMachineRulesNameThem) {
  auto d = load(testing::read_file(data_path("tiny.yaml")));
  ASSERT_TRUE(d);
  const std::uint32_t host = host_index(*d, "fs-1");
  const tw::HostPlan plan = plan_of(*d, host);
  tw::WindowsExport e;
  for (const tw::DirectionPlan* dp : {&plan.in, &plan.out})
    for (const tw::WinRule& r : dp->rules) e.rules.push_back(tw::machine_form(*d, r));
  fw::Rule dhcp;  // the DHCP client's rule: udp/68 from source port 67 only
  dhcp.name = "Core Networking - DHCP (DHCP-In)";
  dhcp.proto = fw::Proto::Udp;
  dhcp.local_ports = {{68, 68}};
  dhcp.remote_ports = {{67, 67}};
  fw::Rule quiet;  // a Block on what the policy allows (SMB from ws-1), from low ports only
  quiet.name = "Block SMB from privileged source ports";
  quiet.action = fw::Act::Block;
  quiet.proto = fw::Proto::Tcp;
  quiet.local_ports = {{445, 445}};
  quiet.remote_ports = {{0, 1023}};
  e.rules.push_back(dhcp);
  e.rules.push_back(quiet);
  e.rule_locs.resize(e.rules.size());
  const tw::EffectiveReport eff = tw::compare_effective(*d, host, std::nullopt, e);
  // bulkhead's Block rules cover what the default denies, udp/68 included: the DHCP rule
  // opens nothing, from source port 67 or any other.
  fw::Connection from67 = conn(fw::Dir::In, "10.1.0.20", "10.1.0.10", Proto::Udp, 68);
  from67.remote_port = 67;
  EXPECT_FALSE(tw::policy_verdict(*d, host, std::nullopt, from67).permit);
  EXPECT_FALSE(tw::machine_verdict(e, 0, from67).permit);
  EXPECT_EQ(find_finding(e, eff, fw::Dir::In, 0, dhcp.name), nullptr) << effective_text(e, eff);
  const tw::EffectiveFinding* g = find_finding(e, eff, fw::Dir::In, 0, quiet.name);
  ASSERT_NE(g, nullptr) << effective_text(e, eff);
  EXPECT_FALSE(g->machine_permits);
  EXPECT_EQ(g->example.local_port, 445);
  EXPECT_LE(g->example.remote_port, 1023);
  expect_example_confirmed(*d, host, e, *g);
  // From a high source port the same connection passes, as the policy says.
  fw::Connection high = g->example;
  high.remote_port = 50000;
  EXPECT_TRUE(tw::machine_verdict(e, 0, high).permit);
  EXPECT_TRUE(tw::policy_verdict(*d, host, std::nullopt, high).permit);
}

// --- the reader ----------------------------------------------------------------------------

std::string export_with(const std::string& rules, const std::string& extra = "") {
  return R"({"Host": "H", "Rules": )" + rules + R"(,
 "Profiles": [
  {"Name": "Domain", "Enabled": "True", "DefaultInboundAction": "NotConfigured", "DefaultOutboundAction": "NotConfigured", "AllowLocalFirewallRules": "NotConfigured"},
  {"Name": "Private", "Enabled": "True", "DefaultInboundAction": "Block", "DefaultOutboundAction": "Allow", "AllowLocalFirewallRules": "True"},
  {"Name": "Public", "Enabled": "False", "DefaultInboundAction": "Allow", "DefaultOutboundAction": "Block", "AllowLocalFirewallRules": "False"}
 ])" + extra +
         "}";
}

TEST(StatusExport, ReaderTakesWhatPowerShellWrites) {
  const std::string text =
      export_with(R"({
  "Name": "R1", "DisplayName": "one rule, not an array", "Group": null, "Enabled": "True",
  "Direction": "Inbound", "Action": "Allow", "Profile": "Domain, Private",
  "PolicyStoreSourceType": "GroupPolicy", "Protocol": "6",
  "LocalPort": {"value": ["80", "8000-8080", "RPC"], "Count": 3}, "RemotePort": "Any",
  "IcmpType": "Any", "LocalAddress": "10.0.0.5/24",
  "RemoteAddress": ["10.0.0.0/255.0.0.0", "192.168.1.1-192.168.1.9", "fe80::/64", "LocalSubnet", "DNS"],
  "Program": "C:\\app.exe", "Package": null, "Service": "Any"})",
                  R"(, "Addresses": [{"IPAddress": "172.16.5.4", "PrefixLength": 20}])");
  Diagnostics diags;
  auto e = import_text(text, diags);
  ASSERT_TRUE(e.has_value()) << all_of(diags);
  ASSERT_EQ(e->rules.size(), 1u);
  const fw::Rule& r = e->rules[0];
  EXPECT_EQ(r.proto, fw::Proto::Tcp);
  EXPECT_EQ(r.profiles, fw::kDomain | fw::kPrivate);
  EXPECT_EQ(r.source, fw::Source::GroupPolicy);
  ASSERT_EQ(r.local_ports.size(), 2u);
  EXPECT_EQ(r.local_ports[1].lo, 8000u);
  EXPECT_EQ(r.local_port_keywords, std::vector<fw::PortKeyword>{fw::PortKeyword::Rpc});
  ASSERT_EQ(r.local.size(), 1u);
  EXPECT_EQ(fw::range_text(r.local[0]), "10.0.0.0/24");  // host bits dropped
  ASSERT_EQ(r.remote.size(), 3u);
  EXPECT_EQ(fw::range_text(r.remote[0]), "10.0.0.0/8");
  EXPECT_EQ(fw::range_text(r.remote[1]), "192.168.1.1-192.168.1.9");
  EXPECT_EQ(fw::range_text(r.remote[2]), "fe80::/64");
  EXPECT_EQ(r.remote_keywords.size(), 2u);
  EXPECT_EQ(r.program, "C:\\app.exe");
  EXPECT_EQ(e->rule_locs[0].line, 1);
  EXPECT_EQ(e->profiles[0].default_in, fw::Act::Block);  // NotConfigured: Windows' default
  EXPECT_EQ(e->profiles[0].default_out, fw::Act::Allow);
  EXPECT_FALSE(e->profiles[2].enabled);
  EXPECT_FALSE(e->profiles[2].allow_local_rules);

  // Read conservatively: an Allow with a program and DNS matches any remote address.
  auto res = fw::resolve(r, e->facts());
  ASSERT_TRUE(res.has_value());
  EXPECT_TRUE(res->rule.remote.empty());
  EXPECT_NE(res->condition.find("when C:\\app.exe listens"), std::string::npos) << res->condition;
  EXPECT_NE(res->condition.find("RemoteAddress DNS taken as any"), std::string::npos);
  EXPECT_NE(res->condition.find("LocalPort RPC taken as 1024-65535"), std::string::npos);

  // UTF-8 with a byte-order mark, and UTF-16LE with one, read the same.
  Diagnostics d8, d16;
  auto with_bom = import_text("\xef\xbb\xbf" + text, d8);
  ASSERT_TRUE(with_bom.has_value()) << all_of(d8);
  std::string utf16 = "\xff\xfe";
  for (char c : text) utf16 += std::string{c, '\0'};
  auto wide = import_text(utf16, d16);
  ASSERT_TRUE(wide.has_value()) << all_of(d16);
  EXPECT_EQ(wide->rules[0].name, "one rule, not an array");
}

TEST(StatusExport, ConservativeReadingOfWhatAConnectionDoesNotShow) {
  fw::HostFacts none;
  fw::HostFacts subnets;
  subnets.subnets_known = true;
  subnets.subnets.push_back(fw::AddrRange{Family::V4, 0x0a000000, 0x0a0000ff});
  fw::Rule allow;
  allow.action = fw::Act::Allow;
  allow.proto = fw::Proto::Tcp;
  fw::Rule block = allow;
  block.action = fw::Act::Block;

  // A program filter: an Allow may open the flow, a Block is not relied on.
  fw::Rule a = allow, b = block;
  a.program = b.program = "C:\\x.exe";
  ASSERT_TRUE(fw::resolve(a, none).has_value());
  EXPECT_EQ(fw::resolve(a, none)->condition, "when C:\\x.exe listens");
  EXPECT_FALSE(fw::resolve(b, none).has_value());
  // Keywords: an Allow as any, a Block as nothing (what it also names stays).
  a = allow;
  b = block;
  a.remote_keywords = b.remote_keywords = {fw::AddrKeyword::DefaultGateway};
  EXPECT_TRUE(fw::resolve(a, none)->rule.remote.empty());
  EXPECT_FALSE(fw::resolve(b, none).has_value());
  b.remote.push_back(fw::AddrRange{Family::V4, 5, 9});
  ASSERT_TRUE(fw::resolve(b, none).has_value());
  EXPECT_EQ(fw::resolve(b, none)->rule.remote.size(), 1u);
  // LocalSubnet from the interfaces, for both.
  b = block;
  b.remote_keywords = {fw::AddrKeyword::LocalSubnet};
  ASSERT_TRUE(fw::resolve(b, subnets).has_value());
  EXPECT_EQ(fw::range_text(fw::resolve(b, subnets)->rule.remote.at(0)), "10.0.0.0/24");
  EXPECT_TRUE(fw::resolve(b, subnets)->condition.empty());
  EXPECT_FALSE(fw::resolve(b, none).has_value());
  // Port keywords: RPC wide for an Allow, nothing for a Block; RPC-EPMap is 135 for both.
  a = allow;
  b = block;
  a.local_port_keywords = b.local_port_keywords = {fw::PortKeyword::Rpc};
  EXPECT_EQ(fw::resolve(a, none)->rule.local_ports.at(0).lo, 1024u);
  EXPECT_FALSE(fw::resolve(b, none).has_value());
  b.local_port_keywords = {fw::PortKeyword::RpcEpmap};
  EXPECT_EQ(fw::resolve(b, none)->rule.local_ports.at(0).lo, 135u);
  EXPECT_TRUE(fw::resolve(b, none)->condition.empty());
  // ICMP type:code: the whole type for an Allow, nothing for a Block.
  a = allow;
  b = block;
  a.proto = b.proto = fw::Proto::Icmpv4;
  a.icmp_codes = b.icmp_codes = {fw::IcmpTypeCode{3, 4}};
  EXPECT_EQ(fw::resolve(a, none)->rule.icmp_types.at(0).lo, 3u);
  EXPECT_FALSE(fw::resolve(b, none).has_value());
}

TEST(StatusExport, ReaderErrorsAreLocatedAndNameTheRuleAndField) {
  struct Case {
    std::string text;
    std::string want;
  };
  const std::string good_rule =
      R"({"Name": "R1", "DisplayName": "Web", "Direction": "Inbound", "Action": "Allow", "Protocol": "TCP")";
  const Case cases[] = {
      {"{\n \"Rules\": [\n  {\"Name\": \"a\",, }\n ]\n}", "x.json:3:16: error: invalid JSON: "},
      {export_with("[\n" + good_rule + R"(, "LocalPort": "http"}])"),
       "x.json:2:113: error: rule 'Web' (R1): LocalPort: unknown value 'http'"},
      {export_with("[\n" + good_rule + R"(, "Enabled": 1}])"),
       "rule 'Web' (R1): Enabled: numeric value 1: the export must cast enumerations to "
       "[string]"},
      {export_with("[\n" + good_rule + R"(, "InterfaceType": "Wireless"}])"),
       "x.json:2:117: error: rule 'Web' (R1): InterfaceType: unknown field"},
      {export_with("[\n" + good_rule + R"(, "RemoteAddress": ["10.0.0.0/255.0.255.0"]}])"),
       "RemoteAddress: unknown value '10.0.0.0/255.0.255.0'"},
      {export_with("[\n" + good_rule + R"(, "IcmpType": "8"}])"),
       "IcmpType: ICMP types on a rule whose protocol is TCP"},
      {export_with(
           R"([{"Name": "R2", "DisplayName": "X", "Direction": "Inbound", "Action": "Allow", "Protocol": "GRE"}])"),
       "rule 'X' (R2): Protocol: unknown value 'GRE'"},
      {export_with(
           R"([{"Name": "R3", "DisplayName": "Y", "Direction": "Sideways", "Action": "Allow"}])"),
       "rule 'Y' (R3): Direction: unknown value 'Sideways' (expected Inbound, Outbound)"},
      {R"({"Rules": [], "Profiles": [{"Name": "Domain"}]})", "the export has no Private profile"},
      {R"([1, 2])", "expected an object with Rules and Profiles, got array"},
      {std::string("{\0\"\0", 4), "looks like UTF-16 without a byte-order mark"},
  };
  for (const Case& c : cases) {
    Diagnostics diags;
    auto e = import_text(c.text, diags);
    EXPECT_FALSE(e.has_value()) << c.text;
    EXPECT_NE(all_of(diags).find(c.want), std::string::npos)
        << "want: " << c.want << "\ngot:  " << all_of(diags);
  }
}

// --- random policies: the render, exported, is exact; a deleted Block rule shows ------------

/// An export of rules as the export command writes it (addresses in Windows' forms).
std::string export_json(const std::vector<fw::Rule>& rules, const tw::HostPlan& plan,
                        std::mt19937_64& rng) {
  auto list = [&](std::vector<std::string> items) {
    if (items.empty()) return std::string("\"Any\"");
    std::string out;
    for (const std::string& i : items) out += (out.empty() ? "" : ", ") + ("\"" + i + "\"");
    return items.size() == 1 && rng() % 2 ? out : "[" + out + "]";
  };
  auto addr = [&](const fw::AddrRange& r) {
    std::string t = fw::range_text(r);
    std::size_t slash = t.find('/');
    if (r.family == Family::V4 && slash != std::string::npos && rng() % 2) {
      // The mask form Windows shows for IPv4 subnets.
      const int len = std::stoi(t.substr(slash + 1));
      const u128 mask = family_max(Family::V4) & ~host_mask(Family::V4, len);
      t = t.substr(0, slash + 1) + format_addr(Family::V4, mask);
    }
    return t;
  };
  std::string out = "{\"Host\": \"RANDOM\", \"Rules\": [\n";
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const fw::Rule& r = rules[i];
    std::vector<std::string> lp, rp, types, la, ra;
    auto port = [](const fw::PortRange& pr) {
      return pr.lo == pr.hi ? fmt::format("{}", pr.lo) : fmt::format("{}-{}", pr.lo, pr.hi);
    };
    for (const fw::PortRange& pr : r.local_ports) lp.push_back(port(pr));
    for (const fw::PortRange& pr : r.remote_ports) rp.push_back(port(pr));
    for (const fw::PortRange& p : r.icmp_types)
      for (std::uint32_t t = p.lo; t <= p.hi; ++t) types.push_back(std::to_string(t));
    for (const fw::AddrRange& a : r.local) la.push_back(addr(a));
    for (const fw::AddrRange& a : r.remote) ra.push_back(addr(a));
    out += fmt::format(
        R"({{"Name": "R{}", "DisplayName": {}, "Group": {}, "Enabled": "True", "Direction": "{}", "Action": "{}", "Profile": "Any", "PolicyStoreSourceType": "Local", "Protocol": "{}", "LocalPort": {}, "RemotePort": {}, "IcmpType": {}, "LocalAddress": {}, "RemoteAddress": {}, "Program": "Any", "Package": null, "Service": "Any"}})",
        i, nlohmann::json(r.name).dump(), r.group.empty() ? "null" : nlohmann::json(r.group).dump(),
        r.dir == fw::Dir::In ? "Inbound" : "Outbound",
        r.action == fw::Act::Allow ? "Allow" : "Block", fw::proto_text(r), list(lp), list(rp),
        list(types), list(la), list(ra));
    out += i + 1 < rules.size() ? ",\n" : "\n";
  }
  auto action = [](policy::DefaultAction a) {
    return a == policy::DefaultAction::Allow ? "Allow" : "Block";
  };
  out += "], \"Profiles\": [";
  for (const char* p : {"Domain", "Private", "Public"})
    out += fmt::format(
        R"({}{{"Name": "{}", "Enabled": "True", "DefaultInboundAction": "{}", "DefaultOutboundAction": "{}", "AllowLocalFirewallRules": "True"}})",
        std::string(p) == "Domain" ? "" : ", ", p, action(plan.in.fallback),
        action(plan.out.fallback));
  return out + "]}";
}

/// Random connections for a host: its listed addresses and unlisted ones, peers from the
/// policy's interesting addresses, every protocol block, edge ports.
std::vector<fw::Connection> random_connections(const decision::Decision& d,
                                               const testing::RandomPolicy& p, std::uint32_t host,
                                               std::mt19937_64& rng, std::size_t n) {
  std::vector<Addr> locals = d.model().hosts[host].addresses;
  for (const char* u : {"255.255.255.255", "0.0.0.0", "fe80::77:1", "ff02::1"})
    locals.push_back(*parse_addr(u));
  std::vector<fw::Connection> out;
  while (out.size() < n) {
    const Addr local = locals[rng() % locals.size()];
    std::vector<Addr> peers;
    for (const Addr& a : p.addresses)
      if (a.family == local.family) peers.push_back(a);
    if (peers.empty()) continue;
    fw::Connection c;
    c.dir = rng() % 2 ? fw::Dir::In : fw::Dir::Out;
    c.local = local;
    c.remote = peers[rng() % peers.size()];
    const Proto icmp = icmp_of(local.family);
    const Proto protos[] = {Proto::Tcp, Proto::Udp, icmp, Proto::Other};
    c.proto = protos[rng() % 4];
    auto port = [&]() -> std::uint16_t {
      return rng() % 2 ? p.ports[rng() % p.ports.size()] : static_cast<std::uint16_t>(rng());
    };
    c.local_port = port();
    c.remote_port = port();
    c.icmp_type = static_cast<std::uint8_t>(rng());
    c.ip_protocol = static_cast<std::uint8_t>(rng());
    if (c.ip_protocol == 1 || c.ip_protocol == 6 || c.ip_protocol == 17 || c.ip_protocol == 58)
      ++c.ip_protocol;
    out.push_back(c);
  }
  return out;
}

/// Every connection the slow twins decide differently falls in a finding with the same
/// direction, profile, machine verdict and machine rule.
void expect_covered(const decision::Decision& d, std::uint32_t host, const tw::WindowsExport& e,
                    const tw::EffectiveReport& eff, const std::vector<fw::Connection>& conns,
                    std::uint64_t seed, std::size_t* differing) {
  for (const fw::Connection& c : conns) {
    if (tw::is_loopback(d, host, e, c.remote)) continue;
    const bool pv = tw::policy_verdict(d, host, std::nullopt, c).permit;
    for (int p = 0; p < 3; ++p) {
      const tw::MachineVerdict mv = tw::machine_verdict(e, p, c);
      if (mv.permit == pv) continue;
      ++*differing;
      bool found = false;
      for (const tw::EffectiveFinding& f : eff.findings)
        found = found || (f.dir == c.dir && (f.profiles & (1u << p)) &&
                          f.machine_permits == mv.permit && f.machine_rule == mv.rule);
      EXPECT_TRUE(found) << "seed " << seed << ": " << (c.dir == fw::Dir::In ? "in" : "out")
                         << " local " << c.local.str() << " remote " << c.remote.str() << " "
                         << proto_name(c.proto) << " differs and no finding has it\n"
                         << effective_text(e, eff);
    }
  }
}

TEST(StatusExport, RandomPoliciesRenderedAndExportedAreExactAndADeletedBlockShows) {
  const std::uint64_t base = testing::test_seed("StatusExport.RandomPolicies");
  std::size_t hosts = 0, deletions = 0, differing = 0;
  const std::uint64_t policies = testing::scaled_count(24);
  for (std::uint64_t i = 0; i < policies; ++i) {
    const std::uint64_t seed = base + i;
    const testing::RandomPolicy p = testing::random_policy(seed);
    Diagnostics diags;
    auto model = policy::load_text(p.yaml, "random.yaml", diags);
    ASSERT_TRUE(model.has_value()) << "seed " << seed << "\n" << all_of(diags);
    auto d = decision::Decision::resolve(std::move(*model));
    std::mt19937_64 rng(seed);
    for (std::uint32_t host = 0; host < d->model().hosts.size(); ++host) {
      const policy::Host& h = d->model().hosts[host];
      if (!h.managed || h.addresses.empty()) continue;
      Diagnostics pd;
      auto plan = tw::plan_host(*d, host, std::nullopt, pd);
      ASSERT_TRUE(plan.has_value()) << "seed " << seed << "\n" << all_of(pd);
      std::vector<fw::Rule> rules;
      for (const tw::DirectionPlan* dp : {&plan->in, &plan->out})
        for (const tw::WinRule& r : dp->rules) rules.push_back(tw::machine_form(*d, r));
      const std::size_t ours = rules.size();
      for (fw::Rule r : win::builtin_rules()) rules.push_back(std::move(r));
      for (fw::Dir dir : {fw::Dir::In, fw::Dir::Out}) {
        fw::Rule any;
        any.name = "Third-party agent (Allow Any)";
        any.dir = dir;
        rules.push_back(any);
      }
      Diagnostics id;
      auto e = tw::import_windows_export(export_json(rules, *plan, rng), "random.json", id);
      ASSERT_TRUE(e.has_value()) << "seed " << seed << "\n" << all_of(id);
      const tw::DriftReport drift = tw::compare_drift(*d, *plan, *e);
      EXPECT_TRUE(drift.findings.empty()) << "seed " << seed << " host " << h.name << "\n"
                                          << drift_text(drift);
      const tw::EffectiveReport eff = tw::compare_effective(*d, host, std::nullopt, *e);
      EXPECT_TRUE(eff.findings.empty()) << "seed " << seed << " host " << h.name << "\n"
                                        << effective_text(*e, eff) << p.yaml;
      const std::vector<fw::Connection> conns = random_connections(*d, p, host, rng, 300);
      expect_covered(*d, host, *e, eff, conns, seed, &differing);
      ++hosts;

      // Delete Block rules one at a time until one is the only Block over some region: the
      // third-party Allow Any rule then lets that region through.
      std::vector<std::size_t> blocks;
      for (std::size_t k = 0; k < ours; ++k)
        if (e->rules[k].action == fw::Act::Block) blocks.push_back(k);
      std::shuffle(blocks.begin(), blocks.end(), rng);
      for (std::size_t k : blocks) {
        tw::WindowsExport cut = *e;
        cut.rules.erase(cut.rules.begin() + static_cast<std::ptrdiff_t>(k));
        cut.rule_locs.erase(cut.rule_locs.begin() + static_cast<std::ptrdiff_t>(k));
        const tw::EffectiveReport after = tw::compare_effective(*d, host, std::nullopt, cut);
        if (after.findings.empty()) continue;
        ++deletions;
        const tw::DriftReport dd = tw::compare_drift(*d, *plan, cut);
        ASSERT_EQ(dd.findings.size(), 1u) << drift_text(dd);
        EXPECT_EQ(dd.findings[0].kind, tw::DriftKind::Missing);
        EXPECT_EQ(dd.findings[0].rule, e->rules[k].name);
        for (const tw::EffectiveFinding& f : after.findings) {
          EXPECT_TRUE(f.machine_permits);
          expect_example_confirmed(*d, host, cut, f);
        }
        expect_covered(*d, host, cut, after, conns, seed, &differing);
        break;
      }
    }
  }
  EXPECT_GT(hosts, 10u);
  EXPECT_GT(deletions, 5u);
  std::cout << hosts << " hosts exact, " << deletions << " deleted Block rules found, " << differing
            << " sampled connections decided differently, each in a finding\n";
}

}  // namespace
}  // namespace bulkhead::windows_test
