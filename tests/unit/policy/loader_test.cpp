// Loader tests on single policies: the spec's example, positions, every selector form,
// service references (catalog, group, custom, inline), baseline expansion and provenance,
// label values as written, IPv6, warnings, and error recovery. The tables of selector and
// service errors (exact messages and positions) are data: tests/cases/errors.case.
#include <gtest/gtest.h>

#include <algorithm>

#include "policy/catalog.h"
#include "policy_test_util.h"

namespace bulkhead::policy {
namespace {

using testing::load_str;
using testing::Loaded;

// The example of spec section 1, verbatim.
const char* const kSpecExample = R"(bulkhead: 1
name: acme                        # optional, used in rendered rule names

settings:
  default_inbound: deny           # deny | allow  (allow = "blocklist mode", the first step)
  default_outbound: allow         # deny | allow
  log_rate: 10/second             # rate limit applied to every logged rule

zones:                            # network segments (M1030)
  - name: workstations
    cidrs: [10.10.0.0/16]
  - name: dmz
    cidrs: [172.16.10.0/24, "2001:db8:10::/64"]
    firewall: true                # a network firewall guards this zone's boundary
    default_inbound: deny         # optional per-zone override of the settings
  # the built-in zone `internet` holds every address no zone claims

hosts:
  - name: ws-001
    address: 10.10.1.5            # or  addresses: [10.10.1.5, "2001:db8::5"]
    labels: {role: workstation, os: windows}
  - name: fs-01
    address: 10.20.0.10
    labels: {role: file-server, os: windows}
  - name: printer-7
    address: 10.10.9.7
    managed: false                # no endpoint firewall runs here (default: true)

services:                         # adds to the built-in catalog (section 4)
  - name: payroll-api
    ports: [tcp/8443]
    description: payroll service
    log: true

rules:
  - name: workstations-to-file-servers
    action: allow                 # allow | deny | override-deny
    from: {role: workstation}
    to: {role: file-server}
    services: [smb]
    log: auto                     # true | false | auto (= the service's default)

baselines: [lateral-movement]     # built-in rule bundles (section 5)

expect:                           # intents, checked by `bulkhead verify`
  - name: no-smb-between-workstations
    from: {role: workstation}
    to: {role: workstation}
    services: [smb]
    verdict: blocked              # blocked | reachable
)";

/// 1-based line and column of the first occurrence of `needle` in `text`.
SourceLoc where(const std::string& text, const std::string& needle, const std::string& file) {
  std::size_t at = text.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + at, '\n'));
  std::size_t bol = text.rfind('\n', at);
  int col = static_cast<int>(at - (bol == std::string::npos ? 0 : bol + 1)) + 1;
  return SourceLoc{file, line, col};
}

// A policy around one rule whose `from` is the given selector text.
Loaded with_from(const std::string& selector) {
  return load_str(R"(bulkhead: 1
settings: {management: {host: fs-01}}
zones:
  - name: dmz
    cidrs: [172.16.10.0/24, "2001:db8:10::/64"]
hosts:
  - name: fs-01
    address: 172.16.10.10
    labels: {role: file-server}
  - name: dc-01
    address: 10.0.0.2
    labels: {role: dc}
rules:
  - name: r
    action: allow
    from: )" + selector +
                  R"(
    to: any
    services: [https]
)");
}

TEST(Loader, LoadsTheSpecExample) {
  Loaded l = load_str(kSpecExample, "policy.yaml");
  ASSERT_TRUE(l.model) << (l.errors.empty() ? "" : l.errors.front());
  EXPECT_TRUE(l.errors.empty());
  const Model& m = *l.model;
  EXPECT_EQ(m.name, "acme");
  EXPECT_EQ(m.files, std::vector<std::string>{"policy.yaml"});
  EXPECT_EQ(m.settings.default_inbound, DefaultAction::Deny);
  EXPECT_EQ(m.settings.default_outbound, DefaultAction::Allow);
  EXPECT_EQ(m.settings.log_rate.count, 10u);
  EXPECT_EQ(m.settings.log_rate.unit, "second");
  ASSERT_EQ(m.zones.size(), 2u);
  EXPECT_EQ(m.zones[1].name, "dmz");
  EXPECT_TRUE(m.zones[1].firewall);
  EXPECT_FALSE(m.zones[0].firewall);
  EXPECT_EQ(m.zones[1].default_inbound, DefaultAction::Deny);
  EXPECT_FALSE(m.zones[1].default_outbound.has_value());
  ASSERT_EQ(m.zones[1].cidrs.size(), 2u);
  EXPECT_EQ(m.zones[1].cidrs[1].str(), "2001:db8:10::/64");
  ASSERT_EQ(m.hosts.size(), 3u);
  EXPECT_EQ(m.hosts[0].labels.at("role"), "workstation");
  EXPECT_TRUE(m.hosts[0].managed);
  EXPECT_FALSE(m.hosts[2].managed);
  EXPECT_EQ(m.services.size(), builtin_services().size() + 1);
  EXPECT_EQ(m.services.back().name, "payroll-api");
  EXPECT_FALSE(m.services.back().builtin);
  EXPECT_TRUE(m.services.back().log);
  EXPECT_EQ(m.services.back().description, "payroll service");
  ASSERT_EQ(m.rules.size(), 1u + 9u);
  EXPECT_EQ(m.rules[0].name, "workstations-to-file-servers");
  EXPECT_EQ(m.rules[0].log, LogMode::Auto);
  ASSERT_EQ(m.baselines.size(), 1u);
  ASSERT_EQ(m.expects.size(), 1u);
  EXPECT_EQ(m.expects[0].verdict, ExpectVerdict::Blocked);
  // No loader warning: the missing management selector (anti-lockout) is reported by
  // validate, render and apply (decision::check_host_needs), not by every command.
  EXPECT_EQ(l.warnings, std::vector<std::string>{});
}

TEST(Loader, ASelectorMatchingNoHostNamesTheClosestValue) {
  Loaded l = load_str(R"(bulkhead: 1
zones:
  - {name: office, cidrs: [10.10.0.0/16]}
  - {name: offices, cidrs: [10.30.0.0/16]}
hosts:
  - {name: ws-01, address: 10.10.0.5, labels: {role: workstation}}
  - {name: fs-01, address: 10.10.0.9, labels: {role: file-server}}
rules:
  - {name: a, action: allow, from: {role: workstaton}, to: hosts, services: [smb]}
  - {name: b, action: allow, from: {rol: workstation}, to: hosts, services: [smb]}
  - {name: c, action: allow, from: {zone: offices, role: workstation}, to: hosts, services: [smb]}
  - {name: d, action: allow, from: {host: fs-01, role: workstation}, to: hosts, services: [smb]}
  - {name: e, action: allow, from: {role: printer}, to: hosts, services: [smb]}
)",
                      "p.yaml");
  ASSERT_TRUE(l.model);
  ASSERT_EQ(l.warnings.size(), 5u);
  EXPECT_EQ(l.warnings[0],
            "p.yaml:9:36: warning: selector {role: workstaton} in from of rule 'a' matches no "
            "inventory host; did you mean workstation?");
  EXPECT_NE(l.warnings[1].find("{rol: workstation} in from of rule 'b' matches no inventory "
                               "host; did you mean role?"),
            std::string::npos)
      << l.warnings[1];
  EXPECT_NE(l.warnings[2].find("matches no inventory host; did you mean office?"),
            std::string::npos)
      << l.warnings[2];
  EXPECT_NE(l.warnings[3].find("matches no inventory host; did you mean ws-01?"), std::string::npos)
      << l.warnings[3];
  EXPECT_NE(l.warnings[4].find("{role: printer} in from of rule 'e' matches no inventory host"),
            std::string::npos);
  EXPECT_EQ(l.warnings[4].find("did you mean"), std::string::npos) << l.warnings[4];
}

TEST(Loader, EveryElementCarriesItsPosition) {
  std::string text = kSpecExample;
  Loaded l = load_str(text, "dir/policy.yaml");
  ASSERT_TRUE(l.model);
  const Model& m = *l.model;
  const std::string f = "dir/policy.yaml";
  // An element of a list sits at its first key, just after "- ".
  EXPECT_EQ(m.zones[0].loc, where(text, "name: workstations", f));
  EXPECT_EQ(m.hosts[1].loc, where(text, "name: fs-01", f));
  EXPECT_EQ(m.services.back().loc, where(text, "name: payroll-api", f));
  EXPECT_EQ(m.rules[0].loc, where(text, "name: workstations-to-file-servers", f));
  EXPECT_EQ(m.rules[0].from.loc, where(text, "{role: workstation}", f));
  EXPECT_EQ(m.rules[0].to.loc, where(text, "{role: file-server}", f));
  EXPECT_EQ(m.rules[0].services[0].loc, where(text, "smb]", f));
  EXPECT_EQ(m.expects[0].loc, where(text, "name: no-smb-between", f));
  EXPECT_EQ(m.baselines[0].loc, where(text, "lateral-movement]", f));
  EXPECT_EQ(m.settings.log_rate.loc, where(text, "10/second", f));
  EXPECT_EQ(m.rules[0].loc.str(), "dir/policy.yaml:36:5");
  EXPECT_EQ(m.rules[0].loc.file_line(), "dir/policy.yaml:36");
}

TEST(Loader, SelectorBareWords) {
  for (auto [text, kind] : {std::pair{"any", SelectorTerm::Kind::Any},
                            std::pair{"internet", SelectorTerm::Kind::Internet},
                            std::pair{"hosts", SelectorTerm::Kind::Hosts}}) {
    Loaded l = with_from(text);
    ASSERT_TRUE(l.model) << text << ": " << (l.errors.empty() ? "" : l.errors[0]);
    const Selector& s = l.model->rules[0].from;
    ASSERT_EQ(s.any_of.size(), 1u);
    EXPECT_EQ(s.any_of[0].kind, kind);
    EXPECT_EQ(s.text, text);
  }
}

TEST(Loader, SelectorLabelForms) {
  {
    Loaded l = with_from("{role: dc}");
    ASSERT_TRUE(l.model);
    const SelectorTerm& t = l.model->rules[0].from.any_of.at(0);
    EXPECT_EQ(t.kind, SelectorTerm::Kind::Map);
    ASSERT_EQ(t.labels.size(), 1u);
    EXPECT_EQ(t.labels[0].key, "role");
    EXPECT_EQ(t.labels[0].values, std::vector<std::string>{"dc"});
    EXPECT_FALSE(t.labels[0].negated);
    EXPECT_EQ(l.model->rules[0].from.text, "{role: dc}");
  }
  {
    Loaded l = with_from("{role: [dc, file-server]}");
    ASSERT_TRUE(l.model);
    const LabelCond& c = l.model->rules[0].from.any_of.at(0).labels.at(0);
    EXPECT_EQ(c.values, (std::vector<std::string>{"dc", "file-server"}));
    EXPECT_FALSE(c.negated);
    EXPECT_EQ(l.model->rules[0].from.text, "{role: [dc, file-server]}");
  }
  {
    Loaded l = with_from(R"({role: "!file-server"})");
    ASSERT_TRUE(l.model);
    const LabelCond& c = l.model->rules[0].from.any_of.at(0).labels.at(0);
    EXPECT_EQ(c.values, std::vector<std::string>{"file-server"});
    EXPECT_TRUE(c.negated);
    EXPECT_EQ(l.model->rules[0].from.text, R"({role: "!file-server"})");
  }
  {
    Loaded l = with_from(R"({role: ["!dc", '!file-server']})");
    ASSERT_TRUE(l.model);
    const LabelCond& c = l.model->rules[0].from.any_of.at(0).labels.at(0);
    EXPECT_EQ(c.values, (std::vector<std::string>{"dc", "file-server"}));
    EXPECT_TRUE(c.negated);
    EXPECT_EQ(l.model->rules[0].from.text, R"({role: ["!dc", "!file-server"]})");
  }
}

TEST(Loader, SelectorHostZoneCidr) {
  {
    Loaded l = with_from("{host: fs-01}");
    ASSERT_TRUE(l.model);
    const SelectorTerm& t = l.model->rules[0].from.any_of.at(0);
    EXPECT_EQ(t.hosts, std::vector<std::string>{"fs-01"});
    EXPECT_TRUE(t.labels.empty());
    EXPECT_EQ(l.model->rules[0].from.text, "{host: fs-01}");
  }
  {
    Loaded l = with_from("{zone: dmz}");
    ASSERT_TRUE(l.model);
    EXPECT_EQ(l.model->rules[0].from.any_of.at(0).zones, std::vector<std::string>{"dmz"});
    EXPECT_EQ(l.model->rules[0].from.text, "{zone: dmz}");
  }
  {
    // A list of hosts or zones matches any of them (spec section 2), as for labels and cidr.
    Loaded l = with_from("{host: [fs-01, dc-01]}");
    ASSERT_TRUE(l.model) << l.errors.at(0);
    const SelectorTerm& t = l.model->rules[0].from.any_of.at(0);
    EXPECT_EQ(t.hosts, (std::vector<std::string>{"fs-01", "dc-01"}));
    EXPECT_EQ(l.model->rules[0].from.text, "{host: [fs-01, dc-01]}");
  }
  {
    Loaded l = with_from("{zone: [dmz, internet]}");
    ASSERT_TRUE(l.model) << l.errors.at(0);
    EXPECT_EQ(l.model->rules[0].from.any_of.at(0).zones,
              (std::vector<std::string>{"dmz", "internet"}));
    EXPECT_EQ(l.model->rules[0].from.text, "{zone: [dmz, internet]}");
  }
  {
    // `{zone: internet}` is the bare word `internet`.
    Loaded l = with_from("{zone: internet}");
    ASSERT_TRUE(l.model) << l.errors.at(0);
    EXPECT_EQ(l.model->rules[0].from.any_of.at(0).kind, SelectorTerm::Kind::Internet);
    EXPECT_EQ(l.model->rules[0].from.text, "internet");
    EXPECT_EQ(l.model->rules[0].from, with_from("internet").model->rules[0].from);
  }
  {
    Loaded l = with_from("{cidr: 203.0.113.0/24}");
    ASSERT_TRUE(l.model);
    const SelectorTerm& t = l.model->rules[0].from.any_of.at(0);
    ASSERT_EQ(t.cidrs.size(), 1u);
    EXPECT_EQ(t.cidrs[0].str(), "203.0.113.0/24");
    EXPECT_EQ(l.model->rules[0].from.text, "{cidr: 203.0.113.0/24}");
  }
  {
    Loaded l = with_from(R"({cidr: [203.0.113.0/24, "2001:db8::/32", 198.51.100.7]})");
    ASSERT_TRUE(l.model);
    const SelectorTerm& t = l.model->rules[0].from.any_of.at(0);
    ASSERT_EQ(t.cidrs.size(), 3u);
    EXPECT_EQ(t.cidrs[1].str(), "2001:db8::/32");
    EXPECT_EQ(t.cidrs[2].str(), "198.51.100.7/32");  // a plain address is a /32
    EXPECT_EQ(l.model->rules[0].from.text,
              R"({cidr: [203.0.113.0/24, "2001:db8::/32", 198.51.100.7/32]})");
  }
}

TEST(Loader, SelectorMapIsAndListIsOr) {
  Loaded l = with_from("[{zone: dmz, role: file-server, os: linux}, {role: dc}, internet]");
  ASSERT_TRUE(l.model) << l.errors.at(0);
  const Selector& s = l.model->rules[0].from;
  ASSERT_EQ(s.any_of.size(), 3u);
  EXPECT_EQ(s.any_of[0].zones, std::vector<std::string>{"dmz"});
  ASSERT_EQ(s.any_of[0].labels.size(), 2u);
  EXPECT_EQ(s.any_of[0].labels[0].key, "os");  // labels are kept sorted by key
  EXPECT_EQ(s.any_of[0].labels[1].key, "role");
  EXPECT_EQ(s.any_of[2].kind, SelectorTerm::Kind::Internet);
  EXPECT_EQ(s.text, "[{zone: dmz, os: linux, role: file-server}, {role: dc}, internet]");
  // Equal selectors written differently have the same canonical text.
  Loaded other = with_from("[{os: linux, role: file-server, zone: dmz}, {role: dc}, internet]");
  ASSERT_TRUE(other.model);
  EXPECT_EQ(other.model->rules[0].from, s);
}

TEST(Loader, ServiceReferences) {
  Loaded l = load_str(R"(bulkhead: 1
services:
  - name: payroll-api
    ports: [tcp/8443, udp/9000-9010, icmp]
    attack: [T1041]
    high_volume: true
    description: payroll
rules:
  - name: r
    action: allow
    from: any
    to: any
    services: [smb, netbios, payroll-api, tcp/445, udp/137-138, icmp, any]
)");
  ASSERT_TRUE(l.model) << l.errors.at(0);
  const std::vector<ServiceRef>& s = l.model->rules[0].services;
  ASSERT_EQ(s.size(), 7u);
  EXPECT_EQ(s[0].names, std::vector<std::string>{"smb"});
  EXPECT_EQ(s[0].keys,
            ServiceSet::range(service_key(Proto::Tcp, 445), service_key(Proto::Tcp, 445)));
  EXPECT_EQ(s[1].names, (std::vector<std::string>{"netbios-ns", "netbios-dgm", "netbios-ssn"}));
  EXPECT_EQ(format_services(s[1].keys), "tcp/139, udp/137-138");
  EXPECT_EQ(s[2].names, std::vector<std::string>{"payroll-api"});
  EXPECT_EQ(format_services(s[2].keys), "tcp/8443, udp/9000-9010, icmp");
  EXPECT_TRUE(s[3].names.empty());
  EXPECT_EQ(s[3].text, "tcp/445");
  EXPECT_EQ(format_services(s[3].keys), "tcp/445");
  EXPECT_EQ(format_services(s[4].keys), "udp/137-138");
  EXPECT_EQ(s[5].keys, all_icmp());
  EXPECT_EQ(s[6].keys, all_services());

  const Service* custom = l.model->find_service("payroll-api");
  ASSERT_NE(custom, nullptr);
  EXPECT_FALSE(custom->builtin);
  EXPECT_TRUE(custom->high_volume);
  EXPECT_FALSE(custom->log);
  EXPECT_EQ(custom->attack, std::vector<std::string>{"T1041"});
  ASSERT_EQ(custom->ports.size(), 3u);
  EXPECT_EQ(custom->ports[1].proto, Proto::Udp);
  EXPECT_EQ(custom->ports[1].lo, 9000);
  EXPECT_EQ(custom->ports[1].hi, 9010);
  EXPECT_EQ(custom->ports[2].proto, Proto::Icmp);
}

TEST(Loader, GroupOfTheNineSeedServices) {
  Loaded l = load_str(R"(bulkhead: 1
rules:
  - name: r
    action: deny
    from: any
    to: any
    services: [lateral-movement]
)");
  ASSERT_TRUE(l.model);
  const ServiceRef& ref = l.model->rules[0].services.at(0);
  EXPECT_EQ(ref.names.size(), 9u);
  EXPECT_EQ(format_services(ref.keys),
            "tcp/135, tcp/139, tcp/445, tcp/3389, tcp/5985-5986, tcp/49152-65535, udp/137-138, "
            "udp/3389, udp/49152-65535");
}

TEST(Loader, BaselineExpandsAfterUserRulesWithProvenance) {
  std::string text = R"(bulkhead: 1
baselines: [lateral-movement]
rules:
  - name: late-user-rule
    action: allow
    from: any
    to: any
    services: [smb]
)";
  Loaded l = load_str(text, "b.yaml");
  ASSERT_TRUE(l.model);
  const Model& m = *l.model;
  ASSERT_EQ(m.rules.size(), 10u);
  EXPECT_EQ(m.rules[0].name, "late-user-rule");  // user rules first, whatever the key order
  EXPECT_TRUE(m.rules[0].origin.baseline.empty());
  const std::vector<std::string> seed = {"smb",         "netbios-ns", "netbios-dgm",
                                         "netbios-ssn", "rpc-epmap",  "rpc-dynamic",
                                         "rdp",         "winrm-http", "winrm-https"};
  SourceLoc entry = where(text, "lateral-movement]", "b.yaml");
  for (std::size_t i = 0; i < seed.size(); ++i) {
    const Rule& r = m.rules[1 + i];
    EXPECT_EQ(r.name, "lateral-movement/" + seed[i]);
    EXPECT_EQ(r.origin.baseline, "lateral-movement");
    EXPECT_EQ(r.origin.service, seed[i]);
    EXPECT_EQ(r.action, Action::Deny);
    EXPECT_EQ(r.loc, entry);
    EXPECT_EQ(r.from.text, "any");
    EXPECT_EQ(r.log, LogMode::Auto);
    ASSERT_EQ(r.services.size(), 1u);
    EXPECT_EQ(r.services[0].names, std::vector<std::string>{seed[i]});
    // File servers keep serving files: smb and netbios-ssn spare role=file-server.
    if (seed[i] == "smb" || seed[i] == "netbios-ssn") {
      EXPECT_EQ(r.to.text, R"({role: "!file-server"})");
      ASSERT_EQ(r.to.any_of.size(), 1u);
      ASSERT_EQ(r.to.any_of[0].labels.size(), 1u);
      EXPECT_TRUE(r.to.any_of[0].labels[0].negated);
    } else {
      EXPECT_EQ(r.to.text, "hosts");
      EXPECT_EQ(r.to.any_of.at(0).kind, SelectorTerm::Kind::Hosts);
    }
  }
  // The log flags of the seed table, through `log: auto`.
  EXPECT_FALSE(m.rules[1].logs(m.find_service("smb")));
  EXPECT_TRUE(m.rules[5].logs(m.find_service("rpc-epmap")));
}

TEST(Loader, BaselineErrors) {
  Loaded l = load_str("bulkhead: 1\nbaselines: [lateral-movement, lateral-movement, segment]\n");
  EXPECT_FALSE(l.model);
  ASSERT_EQ(l.errors.size(), 2u);
  EXPECT_EQ(l.errors[0],
            "p.yaml:2:31: error: baseline 'lateral-movement' listed twice (first at p.yaml:2:13)");
  EXPECT_EQ(l.errors[1],
            "p.yaml:2:49: error: unknown baseline 'segment' (expected 'lateral-movement' or "
            "'host-essentials')");
}

TEST(Loader, LabelValuesKeepTheirWrittenText) {
  Loaded l = load_str(R"(bulkhead: 1
settings:
  management: {version: "1.10"}
hosts:
  - name: a
    address: 10.0.0.1
    labels: {version: 1.10, build: "007", enabled: true, hex: 0x1F, path: a/b}
)");
  ASSERT_TRUE(l.model) << l.errors.at(0);
  const auto& labels = l.model->hosts[0].labels;
  EXPECT_EQ(labels.at("version"), "1.10");
  EXPECT_EQ(labels.at("build"), "007");
  EXPECT_EQ(labels.at("enabled"), "true");
  EXPECT_EQ(labels.at("hex"), "0x1F");
  EXPECT_EQ(labels.at("path"), "a/b");
  // `{version: "1.10"}` matches the host written `version: 1.10`: no warning.
  EXPECT_TRUE(l.warnings.empty()) << l.warnings.at(0);
}

TEST(Loader, HostLabelErrors) {
  Loaded l = load_str(R"(bulkhead: 1
hosts:
  - name: a
    address: 10.0.0.1
    labels: {cidr: x, role: [a], os: "!linux", tier: }
)");
  EXPECT_FALSE(l.model);
  ASSERT_EQ(l.errors.size(), 4u);
  EXPECT_NE(l.errors[0].find("label name 'cidr' is reserved"), std::string::npos);
  EXPECT_NE(l.errors[1].find("expected a single value for label 'role' of host 'a', found a list"),
            std::string::npos);
  EXPECT_NE(l.errors[2].find("starts with '!'"), std::string::npos);
  EXPECT_NE(l.errors[3].find("for label 'tier' of host 'a', found nothing"), std::string::npos);
}

TEST(Loader, Ipv6AddressesAndCidrs) {
  Loaded l = load_str(R"(bulkhead: 1
settings: {management: {host: web}}
zones:
  - name: dmz
    cidrs: ["2001:DB8:10:0::/64", 172.16.10.0/24]
hosts:
  - name: web
    addresses: [172.16.10.5, "2001:db8:10::5"]
  - name: api
    address: 2001:db8:10::6
rules:
  - name: r
    action: allow
    from: {cidr: "2001:db8::/32"}
    to: {zone: dmz}
    services: [https]
)");
  ASSERT_TRUE(l.model) << l.errors.at(0);
  const Model& m = *l.model;
  EXPECT_EQ(m.zones[0].cidrs[0].str(), "2001:db8:10::/64");
  EXPECT_EQ(m.zones[0].cidrs[0].base.family, Family::V6);
  ASSERT_EQ(m.hosts[0].addresses.size(), 2u);
  EXPECT_EQ(m.hosts[0].addresses[1].str(), "2001:db8:10::5");
  EXPECT_EQ(m.hosts[1].addresses.at(0).str(), "2001:db8:10::6");
  EXPECT_EQ(m.rules[0].from.text, R"({cidr: "2001:db8::/32"})");

  Loaded bad = load_str(R"(bulkhead: 1
zones:
  - name: a
    cidrs: ["2001:db8::1/64", "2001:db8::/129", "2001:db8:::/64"]
)");
  ASSERT_EQ(bad.errors.size(), 3u);
  EXPECT_NE(bad.errors[0].find("host bits set (did you mean 2001:db8::/64?)"), std::string::npos);
  EXPECT_NE(bad.errors[1].find("prefix length '129' outside 0-128"), std::string::npos);
  EXPECT_NE(bad.errors[2].find("is not an IPv4 or IPv6 address"), std::string::npos);
}

TEST(Loader, AddressesAreUnique) {
  Loaded l = load_str(R"(bulkhead: 1
hosts:
  - name: a
    addresses: [10.0.0.1, "2001:db8::1"]
  - name: b
    addresses: ["2001:db8:0:0::1", 10.0.0.2, 10.0.0.2]
)");
  ASSERT_EQ(l.errors.size(), 2u);
  EXPECT_EQ(l.errors[0],
            "p.yaml:6:17: error: address 2001:db8::1 of host 'b' is already the address of host "
            "'a' (at p.yaml:4:27); two hosts may not share an address");
  EXPECT_EQ(
      l.errors[1],
      "p.yaml:6:46: error: address 10.0.0.2 listed twice for host 'b' (first at p.yaml:6:36)");
}

TEST(Loader, ZoneCidrsOfEqualLengthMayNotOverlapButMayNest) {
  Loaded ok = load_str(R"(bulkhead: 1
zones:
  - name: corp
    cidrs: [10.0.0.0/8]
  - name: lab
    cidrs: [10.1.0.0/16]
  - name: lab-core
    cidrs: [10.1.1.0/24, 10.1.2.0/24]
)");
  EXPECT_TRUE(ok.model) << ok.errors.at(0);
  Loaded bad = load_str(R"(bulkhead: 1
zones:
  - name: corp
    cidrs: [10.0.0.0/8, 10.0.0.0/8]
  - name: lab
    cidrs: [10.0.0.0/8]
)");
  ASSERT_EQ(bad.errors.size(), 2u);
  EXPECT_NE(bad.errors[0].find("CIDR 10.0.0.0/8 listed twice in zone 'corp'"), std::string::npos);
  EXPECT_NE(bad.errors[1].find("of zone 'lab' is also a CIDR of zone 'corp' (at p.yaml:4:13)"),
            std::string::npos);
}

TEST(Loader, ReservedZoneName) {
  Loaded l = load_str("bulkhead: 1\nzones:\n  - name: internet\n    cidrs: [0.0.0.0/0]\n");
  ASSERT_EQ(l.errors.size(), 1u);
  EXPECT_NE(l.errors[0].find("zone name 'internet' is reserved"), std::string::npos);
}

TEST(Loader, SettingsAndOverrides) {
  Loaded l = load_str(R"(bulkhead: 1
settings:
  default_inbound: allow
  default_outbound: deny
  log_rate: 3/minute
  enforcement: audit
  management: [{role: admin}, {host: jump}]
zones:
  - name: lab
    cidrs: [10.9.0.0/16]
    default_outbound: allow
    enforcement: enforce
hosts:
  - name: jump
    address: 10.9.0.1
    default_inbound: deny
    enforcement: audit
    description: jump host
)");
  ASSERT_TRUE(l.model) << l.errors.at(0);
  const Model& m = *l.model;
  EXPECT_EQ(m.settings.default_inbound, DefaultAction::Allow);
  EXPECT_EQ(m.settings.default_outbound, DefaultAction::Deny);
  EXPECT_EQ(m.settings.log_rate.str(), "3/minute");
  EXPECT_EQ(m.settings.enforcement, Enforcement::Audit);
  ASSERT_TRUE(m.settings.management);
  EXPECT_EQ(m.settings.management->text, "[{role: admin}, {host: jump}]");
  EXPECT_EQ(m.zones[0].default_outbound, DefaultAction::Allow);
  EXPECT_EQ(m.zones[0].enforcement, Enforcement::Enforce);
  EXPECT_EQ(m.hosts[0].default_inbound, DefaultAction::Deny);
  EXPECT_EQ(m.hosts[0].enforcement, Enforcement::Audit);
  // The {role: admin} term matches nobody: warned, not failed.
  ASSERT_EQ(l.warnings.size(), 1u);
  EXPECT_EQ(l.warnings[0],
            "p.yaml:7:16: warning: selector term {role: admin} (of [{role: admin}, {host: "
            "jump}]) in settings.management matches no inventory host");
}

TEST(Loader, DefaultsWhenOmitted) {
  Loaded l = load_str("bulkhead: 1\n");
  ASSERT_TRUE(l.model);
  const Model& m = *l.model;
  EXPECT_EQ(m.settings.default_inbound, DefaultAction::Deny);
  EXPECT_EQ(m.settings.default_outbound, DefaultAction::Allow);
  EXPECT_EQ(m.settings.log_rate.str(), "10/second");
  EXPECT_EQ(m.settings.enforcement, Enforcement::Enforce);
  EXPECT_FALSE(m.settings.management);
  EXPECT_TRUE(m.name.empty());
  EXPECT_EQ(m.services.size(), builtin_services().size());
  EXPECT_TRUE(l.warnings.empty());
}

TEST(Loader, LogRates) {
  for (const char* ok : {"1/second", "600/minute", "5/hour", "100/day"}) {
    Loaded l = load_str(std::string("bulkhead: 1\nsettings:\n  log_rate: ") + ok + "\n");
    ASSERT_TRUE(l.model) << ok;
    EXPECT_EQ(l.model->settings.log_rate.str(), ok);
  }
  for (const char* bad : {"0/second", "10", "10/week", "-1/second", "/second", "x/day",
                          "99999999999/second", "[10/second]"}) {
    Loaded l = load_str(std::string("bulkhead: 1\nsettings:\n  log_rate: ") + bad + "\n");
    EXPECT_FALSE(l.model) << bad;
    ASSERT_EQ(l.errors.size(), 1u) << bad;
    EXPECT_NE(l.errors[0].find("expected N/second, N/minute, N/hour or N/day"), std::string::npos)
        << l.errors[0];
  }
}

TEST(Loader, RuleAndExpectValues) {
  Loaded l = load_str(R"(bulkhead: 1
rules:
  - {name: a, action: allow, from: any, to: any, services: [ssh], log: true}
  - {name: b, action: deny, from: any, to: any, services: [ssh], log: false}
  - {name: c, action: override-deny, from: any, to: any, services: [ssh], description: x}
expect:
  - {name: e, from: any, to: any, services: [ssh], verdict: reachable, description: y}
)");
  ASSERT_TRUE(l.model) << l.errors.at(0);
  const Model& m = *l.model;
  EXPECT_EQ(m.rules[0].action, Action::Allow);
  EXPECT_EQ(m.rules[0].log, LogMode::True);
  EXPECT_EQ(m.rules[1].action, Action::Deny);
  EXPECT_EQ(m.rules[1].log, LogMode::False);
  EXPECT_EQ(m.rules[2].action, Action::OverrideDeny);
  EXPECT_EQ(m.rules[2].log, LogMode::Auto);
  EXPECT_EQ(m.rules[2].description, "x");
  EXPECT_EQ(m.expects[0].verdict, ExpectVerdict::Reachable);
}

TEST(Loader, MessagesSayWhatWasExpectedAndFound) {
  Loaded l = load_str(R"(bulkhead: 1
rules:
  - name: r
    action: permit
    form: any
    to: any
    services: [https]
    log: yes
zones:
  - name: z
    cidrs: [10.0.0.1/8]
)");
  EXPECT_FALSE(l.model);
  const std::vector<std::string> expected = {
      "p.yaml:3:5: error: rule 'r' is missing required key 'from'",
      "p.yaml:4:13: error: expected 'allow', 'deny' or 'override-deny' for action, found 'permit'",
      "p.yaml:5:5: error: unknown key 'form' in rule (expected one of: name, action, from, to, "
      "services, log, description)",
      "p.yaml:8:10: error: expected 'true', 'false' or 'auto' for log, found 'yes'",
      "p.yaml:11:13: error: invalid CIDR '10.0.0.1/8': host bits set (did you mean 10.0.0.0/8?)",
  };
  EXPECT_EQ(l.errors, expected);
}

TEST(Loader, TypesAreChecked) {
  struct Case {
    const char* text;
    const char* message;
  };
  const Case cases[] = {
      {"zones: {name: a}", "expected a list for zones, found a map"},
      {"hosts: [a]", "expected a map for host, found 'a'"},
      {"settings: [deny]", "expected a map for settings, found a list"},
      {"name: {a: b}", "expected a policy name for name, found a map"},
      {"hosts:\n  - name: a\n    address: 10.0.0.1\n    managed: \"false\"",
       "expected true or false for managed, found the quoted text 'false'"},
      {"hosts:\n  - name: a\n    address: 10.0.0.1\n    labels: [role]",
       "expected a map for labels of host 'a', found a list"},
      {"zones:\n  - name: a\n    cidrs: [10.0.0.0/8]\n    firewall: 1",
       "expected true or false for firewall, found '1'"},
      {"services:\n  - name: s\n    ports: [tcp/1]\n    attack: T1021",
       "expected a list for attack, found 'T1021'"},
  };
  for (const Case& c : cases) {
    Loaded l = load_str(std::string("bulkhead: 1\n") + c.text + "\n");
    EXPECT_FALSE(l.model) << c.text;
    ASSERT_FALSE(l.errors.empty()) << c.text;
    EXPECT_NE(l.errors[0].find(c.message), std::string::npos) << l.errors[0];
  }
}

TEST(Loader, FileLevelErrors) {
  struct Case {
    const char* text;
    const char* error;
  };
  const Case cases[] = {
      {"", "p.yaml:1:1: error: empty policy file (expected a map starting with 'bulkhead: 1')"},
      {"# nothing\n", "p.yaml:1:1: error: empty policy file"},
      {"zones: []\n", "p.yaml:1:1: error: missing 'bulkhead: 1'"},
      {"bulkhead: 2\n", "p.yaml:1:11: error: unsupported policy format version '2'"},
      {"bulkhead: [1]\n", "p.yaml:1:11: error: expected the format version 1 for bulkhead"},
      {"- 1\n", "p.yaml:1:1: error: expected a map at the top level of the file"},
      {"bulkhead: 1\nrules: [\n", "p.yaml:3:1: error: YAML syntax error: "},
      {"bulkhead: 1\nzones: *nope\n",
       "p.yaml:2:8: error: YAML syntax error: the alias *nope names no complete anchor &nope"},
      {"bulkhead: 1\nzones: [\xff]\n",
       "p.yaml:2:9: error: YAML syntax error: invalid leading UTF-8 octet (byte 0xff)"},
      {"bulkhead: 1\nzones:\n\t- name: a\n",
       "p.yaml:3:1: error: YAML syntax error: found character that cannot start any token"},
      {"bulkhead: 1\nzone: []\n", "p.yaml:2:1: error: unknown key 'zone' in policy file"},
      {"bulkhead: 1\nzones: []\nzones: []\n", "p.yaml:3:1: error: duplicate key 'zones'"},
      {"bulkhead: 1\n---\nbulkhead: 1\n", "p.yaml:2:1: error: more than one YAML document"},
  };
  for (const Case& c : cases) {
    Loaded l = load_str(c.text);
    EXPECT_FALSE(l.model) << c.text;
    ASSERT_EQ(l.errors.size(), 1u) << c.text;
    EXPECT_EQ(l.errors[0].rfind(c.error, 0), 0u) << l.errors[0];
  }
}

TEST(Loader, DeepNestingIsAnErrorNotACrash) {
  Loaded l = load_str("bulkhead: 1\nrules: " + std::string(5000, '[') + "\n");
  EXPECT_FALSE(l.model);
  ASSERT_EQ(l.errors.size(), 1u);
}

TEST(Loader, KeepsGoingAfterErrors) {
  Loaded l = load_str(R"(bulkhead: 1
zones:
  - name: a
    cidrs: [10.0.0.0/33]
  - name: b
    cidrs: [10.1.0.0/16]
hosts:
  - name: h1
    address: 10.1.0.1
  - name: h1
    address: 10.1.0.2
rules:
  - name: r1
    action: allow
    from: {zone: b}
    to: {host: h1}
    services: [nope]
  - name: r2
    action: allow
    from: {zone: a}
    to: any
    services: [ssh]
)");
  EXPECT_FALSE(l.model);
  // The bad CIDR, the duplicate host, the unknown service; zone a still exists (no cascade).
  ASSERT_EQ(l.errors.size(), 3u) << l.errors.at(0);
  EXPECT_NE(l.errors[0].find("p.yaml:4:13"), std::string::npos);
  EXPECT_NE(l.errors[1].find("p.yaml:10:11: error: duplicate host name 'h1' (first defined at "
                             "p.yaml:8:5)"),
            std::string::npos);
  EXPECT_NE(l.errors[2].find("p.yaml:17:16: error: unknown service 'nope'"), std::string::npos);
}

TEST(Loader, WarningsDoNotFail) {
  std::string text = R"(bulkhead: 1
settings:
  management: {role: admin}
zones:
  - name: empty-zone
    cidrs: [192.0.2.0/24]
hosts:
  - name: adm
    address: 10.0.0.1
    labels: {role: admin}
  - name: fs
    address: 10.0.0.2
    labels: {role: file-server}
rules:
  - name: nobody
    action: allow
    from: {role: dba}
    to: [{zone: empty-zone}, {cidr: 198.51.100.0/24}, internet]
    services: [https]
  - name: loud
    action: allow
    from: {role: admin}
    to: {role: "!admin"}
    services: [smb, lateral-movement, ssh]
    log: true
  - name: everyone-is-admin
    action: allow
    from: {role: "!file-server", host: fs}
    to: hosts
    services: [ssh]
)";
  Loaded l = load_str(text);
  ASSERT_TRUE(l.model) << l.errors.at(0);
  const std::vector<std::string> expected = {
      "p.yaml:17:11: warning: selector {role: dba} in from of rule 'nobody' matches no inventory "
      "host",
      "p.yaml:24:16: warning: rule 'loud' has log: true for high-volume service 'smb'; the "
      "endpoint-firewall guidance advises against logging high-volume protocols (use log: auto)",
      "p.yaml:24:21: warning: rule 'loud' has log: true for high-volume services 'smb', "
      "'netbios-ns', 'netbios-dgm', 'netbios-ssn', 'rpc-dynamic'; the endpoint-firewall "
      "guidance advises against logging high-volume protocols (use log: auto)",
      "p.yaml:28:11: warning: selector {host: fs, role: \"!file-server\"} in from of rule "
      "'everyone-is-admin' matches no inventory host",
  };
  EXPECT_EQ(l.warnings, expected);
}

TEST(Loader, SelectorMatchesNoHostChecksEveryCondition) {
  // Which `to` selectors match some inventory host (no warning) and which match none.
  struct Case {
    const char* selector;
    bool warns;
  };
  const Case cases[] = {
      {"{role: [x, web]}", false},
      {"{role: web, os: linux}", true},
      {"{role: web, os: \"!linux\"}", false},
      {"{role: [\"!web\", \"!db\"]}", true},  // every host is web or db
      {"{host: w1, zone: z1}", false},
      {"{host: w1, zone: z3}", true},
      {"{zone: z2, role: web}", false},  // w1's second address is in z2
      {"{zone: z2, role: db}", true},
      {"{role: web, cidr: 10.2.0.0/24}", false},
      {"{role: web, cidr: 192.0.2.0/24}", true},
      {"{zone: z3}", false},  // an address selector: never warned
      {"{cidr: 192.0.2.0/24}", false},
      {"internet", false},
      {"[{role: db}, {role: nobody}]", true},
  };
  for (const Case& c : cases) {
    Loaded l = load_str(std::string(R"(bulkhead: 1
settings: {management: {role: web}}
zones:
  - {name: z1, cidrs: [10.1.0.0/16]}
  - {name: z2, cidrs: [10.2.0.0/16]}
  - {name: z3, cidrs: [10.3.0.0/16]}
hosts:
  - {name: w1, addresses: [10.1.0.1, 10.2.0.1], labels: {role: web, os: windows}}
  - {name: d1, address: 10.1.0.2, labels: {role: db, os: linux}}
rules:
  - name: r
    action: allow
    from: any
    to: )") + c.selector +
                        R"(
    services: [https]
)");
    ASSERT_TRUE(l.model) << c.selector << ": " << l.errors.at(0);
    EXPECT_EQ(l.warnings.size(), c.warns ? 1u : 0u) << c.selector;
  }
}

TEST(Loader, HostsSelectorWithoutHostsWarns) {
  Loaded l = load_str(R"(bulkhead: 1
rules:
  - name: r
    action: deny
    from: any
    to: hosts
    services: [smb]
)");
  ASSERT_TRUE(l.model);
  ASSERT_EQ(l.warnings.size(), 1u);
  EXPECT_EQ(l.warnings[0],
            "p.yaml:6:9: warning: selector hosts in to of rule 'r' matches no inventory host (the "
            "policy has no hosts)");
}

TEST(Loader, NoExceptionEscapesOnOddInput) {
  const char* inputs[] = {
      "\t",
      "{",
      "}",
      "[",
      "!!binary x",
      "? a\n: b",
      "a: &x [*x]",
      "bulkhead: 1\nrules: [*a]",
      "bulkhead: 1\nhosts: [{name: [a]}]",
      "bulkhead: 1\nzones: [{? [a] : b}]",
      "\xff\xfe\x00",
      "bulkhead: 1\nrules:\n  - name: r\n    from: {? {a: b} : c}",
  };
  for (const char* in : inputs) {
    Diagnostics d;
    EXPECT_NO_THROW({ (void)load_text(in, "odd.yaml", d); }) << in;
    EXPECT_TRUE(d.has_errors()) << in;
  }
}

TEST(Loader, DiagnosticsStayOnOneLine) {
  Loaded l = load_str(
      "bulkhead: 1\nrules:\n  - name: r\n    action: |\n      per\n      mit\n"
      "    from: any\n    to: any\n    services: [\"tcp/\\t1\"]\n");
  ASSERT_EQ(l.errors.size(), 2u);
  EXPECT_EQ(l.errors[0],
            "p.yaml:4:13: error: expected 'allow', 'deny' or 'override-deny' for "
            "action, found 'per\\nmit\\n'");
  EXPECT_EQ(l.errors[1].find('\t'), std::string::npos) << l.errors[1];
  EXPECT_NE(l.errors[1].find("tcp/\\t1"), std::string::npos) << l.errors[1];
}

TEST(Loader, NamesAreChecked) {
  Loaded l = load_str(R"(bulkhead: 1
name: "my policy"
rules:
  - name: lateral-movement/smb
    action: allow
    from: any
    to: any
    services: [smb]
)");
  ASSERT_EQ(l.errors.size(), 2u);
  EXPECT_NE(l.errors[0].find("invalid policy name 'my policy'"), std::string::npos);
  EXPECT_NE(l.errors[1].find("invalid rule name 'lateral-movement/smb'"), std::string::npos);
}

}  // namespace
}  // namespace bulkhead::policy
