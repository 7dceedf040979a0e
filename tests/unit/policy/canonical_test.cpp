// Canonical text tests: YAML scalar quoting, and Model → canonical YAML → Model giving
// back an equal Model (the same canonical text, rules, selectors and services).
#include <gtest/gtest.h>

#include "policy/canonical.h"
#include "policy_test_util.h"

namespace bulkhead::policy {
namespace {

using testing::load_str;
using testing::Loaded;

TEST(Canonical, ScalarsArePlainOnlyWhenSafe) {
  EXPECT_EQ(yaml_scalar("workstation"), "workstation");
  EXPECT_EQ(yaml_scalar("1.10"), "1.10");
  EXPECT_EQ(yaml_scalar("10.0.0.0/8"), "10.0.0.0/8");
  EXPECT_EQ(yaml_scalar("!file-server"), "\"!file-server\"");
  EXPECT_EQ(yaml_scalar("2001:db8::/32"), "\"2001:db8::/32\"");
  EXPECT_EQ(yaml_scalar("a b"), "\"a b\"");
  EXPECT_EQ(yaml_scalar(""), "\"\"");
  EXPECT_EQ(yaml_scalar("null"), "\"null\"");
  EXPECT_EQ(yaml_scalar("~"), "\"~\"");
  EXPECT_EQ(yaml_scalar("-x"), "\"-x\"");
  EXPECT_EQ(yaml_scalar("say \"hi\"\\"), "\"say \\\"hi\\\"\\\\\"");
  EXPECT_EQ(yaml_scalar("tab\there"), "\"tab\\there\"");
}

const char* const kPolicy = R"(bulkhead: 1
name: round-trip
settings:
  default_inbound: allow
  log_rate: 5/minute
  management: [{role: admin}, {host: "jump-1"}]
zones:
  - name: office
    cidrs: [10.10.0.0/16, "2001:db8:10::/64"]
    firewall: true
    default_outbound: deny
    description: the office LAN
hosts:
  - name: jump-1
    addresses: [10.10.0.1, "2001:db8:10::1"]
    labels: {role: admin, version: 1.10, note: "has space", neg: x}
    managed: false
    enforcement: audit
    description: "jump host #1"
services:
  - name: payroll
    ports: [tcp/8443, udp/9000-9001, icmp]
    attack: [T1041]
    log: true
    description: "payroll: \"v2\""
rules:
  - name: admin
    action: override-deny
    from: {zone: office, role: ["!admin", "!dba"], cidr: [10.10.0.0/24, "2001:db8:10::/80"]}
    to: [hosts, internet, {host: jump-1}]
    services: [ssh, winrm, tcp/8080-8081, any, payroll]
    log: false
    description: a rule
baselines: [lateral-movement]
expect:
  - name: e
    from: any
    to: {role: admin}
    services: [rdp]
    verdict: reachable
    description: admins must keep RDP
)";

TEST(Canonical, ModelToYamlToModelIsStable) {
  Loaded first = load_str(kPolicy, "a.yaml");
  ASSERT_TRUE(first.model) << first.errors.at(0);
  std::string text = canonical_yaml(*first.model);
  Loaded second = load_str(text, "b.yaml");
  ASSERT_TRUE(second.model) << second.errors.at(0) << "\n" << text;
  EXPECT_EQ(canonical_yaml(*second.model), text);

  const Model& a = *first.model;
  const Model& b = *second.model;
  EXPECT_EQ(a.name, b.name);
  EXPECT_EQ(a.settings.default_inbound, b.settings.default_inbound);
  EXPECT_EQ(a.settings.log_rate.str(), b.settings.log_rate.str());
  EXPECT_EQ(a.settings.management, b.settings.management);
  ASSERT_EQ(a.zones.size(), b.zones.size());
  EXPECT_EQ(a.zones[0].cidrs, b.zones[0].cidrs);
  EXPECT_EQ(a.zones[0].default_outbound, b.zones[0].default_outbound);
  ASSERT_EQ(a.hosts.size(), b.hosts.size());
  EXPECT_EQ(a.hosts[0].addresses, b.hosts[0].addresses);
  EXPECT_EQ(a.hosts[0].labels, b.hosts[0].labels);
  EXPECT_EQ(a.hosts[0].managed, b.hosts[0].managed);
  EXPECT_EQ(a.hosts[0].enforcement, b.hosts[0].enforcement);
  ASSERT_EQ(a.services.size(), b.services.size());
  EXPECT_EQ(a.services.back().keys(), b.services.back().keys());
  EXPECT_EQ(a.services.back().description, b.services.back().description);
  ASSERT_EQ(a.rules.size(), b.rules.size());
  for (std::size_t i = 0; i < a.rules.size(); ++i) {
    EXPECT_EQ(a.rules[i].name, b.rules[i].name);
    EXPECT_EQ(a.rules[i].action, b.rules[i].action);
    EXPECT_EQ(a.rules[i].from, b.rules[i].from);
    EXPECT_EQ(a.rules[i].to, b.rules[i].to);
    EXPECT_EQ(a.rules[i].keys(), b.rules[i].keys());
    EXPECT_EQ(a.rules[i].log, b.rules[i].log);
    EXPECT_EQ(a.rules[i].origin.baseline, b.rules[i].origin.baseline);
  }
  ASSERT_EQ(a.expects.size(), b.expects.size());
  EXPECT_EQ(a.expects[0].verdict, b.expects[0].verdict);
  EXPECT_EQ(a.expects[0].to, b.expects[0].to);
  EXPECT_EQ(a.zones[0].description, "the office LAN");
  EXPECT_EQ(b.zones[0].description, a.zones[0].description);
  EXPECT_EQ(a.hosts[0].description, "jump host #1");
  EXPECT_EQ(b.hosts[0].description, a.hosts[0].description);
  EXPECT_EQ(a.expects[0].description, "admins must keep RDP");
  EXPECT_EQ(b.expects[0].description, a.expects[0].description);
}

TEST(Canonical, SelectorTextOrdersAddressKeysThenSortedLabels) {
  Loaded l = load_str(R"(bulkhead: 1
zones: [{name: z, cidrs: [10.0.0.0/8]}]
hosts: [{name: h, address: 10.0.0.1, labels: {b: x, a: y}}]
settings: {management: {b: x, cidr: 10.0.0.0/8, a: y, zone: z, host: h}}
)");
  ASSERT_TRUE(l.model) << l.errors.at(0);
  EXPECT_EQ(l.model->settings.management->text, "{host: h, zone: z, cidr: 10.0.0.0/8, a: y, b: x}");
}

}  // namespace
}  // namespace bulkhead::policy
