// Catalog tests: the nine seed rows exactly as spec section 4 lists them (ports, ATT&CK
// techniques, logging), the rest of the catalog, the groups, the baseline, and the inline
// service forms.
#include <gtest/gtest.h>

#include "policy/catalog.h"

namespace bulkhead::policy {
namespace {

std::string ports_of(const Service& s) {
  std::string out;
  for (const PortRange& p : s.ports) {
    if (!out.empty()) out += ", ";
    if (p.proto == Proto::Icmp) {
      out += "icmp";
    } else if (p.lo == p.hi) {
      out += std::string(proto_name(p.proto)) + "/" + std::to_string(p.lo);
    } else {
      out += std::string(proto_name(p.proto)) + "/" + std::to_string(p.lo) + "-" +
             std::to_string(p.hi);
    }
  }
  return out;
}

struct SeedRow {
  const char* name;
  const char* ports;
  std::vector<std::string> attack;
  bool log;
};

// Spec section 4, the seed table, row by row.
const std::vector<SeedRow> kSeed = {
    {"smb", "tcp/445", {"T1021.002", "T1486"}, false},
    {"netbios-ns", "udp/137", {"T1557"}, false},
    {"netbios-dgm", "udp/138", {"T1557"}, false},
    {"netbios-ssn", "tcp/139", {"T1021.002"}, false},
    {"rpc-epmap", "tcp/135", {"T1021.003", "T1047"}, true},
    {"rpc-dynamic", "tcp/49152-65535, udp/49152-65535", {"T1021.003", "T1047"}, false},
    {"rdp", "tcp/3389, udp/3389", {"T1021.001"}, true},
    {"winrm-http", "tcp/5985", {"T1021.006", "T1059.001"}, true},
    {"winrm-https", "tcp/5986", {"T1021.006", "T1059.001"}, true},
};

TEST(Catalog, TheNineSeedRowsComeFirstExactlyAsSpecified) {
  const std::vector<Service>& all = builtin_services();
  ASSERT_GE(all.size(), kSeed.size());
  for (std::size_t i = 0; i < kSeed.size(); ++i) {
    SCOPED_TRACE(kSeed[i].name);
    EXPECT_EQ(all[i].name, kSeed[i].name);
    EXPECT_EQ(ports_of(all[i]), kSeed[i].ports);
    EXPECT_EQ(all[i].attack, kSeed[i].attack);
    EXPECT_EQ(all[i].log, kSeed[i].log);
    EXPECT_TRUE(all[i].builtin);
    EXPECT_FALSE(all[i].description.empty());
  }
}

TEST(Catalog, TheCommonServices) {
  struct Row {
    const char* name;
    const char* ports;
    bool log;
  };
  const Row rows[] = {
      {"ssh", "tcp/22", true},
      {"http", "tcp/80", false},
      {"https", "tcp/443", false},
      {"dns", "tcp/53, udp/53", false},
      {"ntp", "udp/123", false},
      {"kerberos", "tcp/88, udp/88", false},
      {"ldap", "tcp/389, udp/389", false},
      {"ldaps", "tcp/636", false},
      {"global-catalog", "tcp/3268-3269", false},
      {"snmp", "udp/161-162", false},
      {"smtp", "tcp/25", false},
      {"submission", "tcp/587", false},
      {"imaps", "tcp/993", false},
      {"syslog", "udp/514", false},
      {"mssql", "tcp/1433", false},
      {"mysql", "tcp/3306", false},
      {"postgres", "tcp/5432", false},
      {"printer", "tcp/9100, tcp/631", false},
      {"vnc", "tcp/5900-5903", true},
      {"telnet", "tcp/23", false},
  };
  Model m;
  m.services = builtin_services();
  for (const Row& r : rows) {
    SCOPED_TRACE(r.name);
    const Service* s = m.find_service(r.name);
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(ports_of(*s), r.ports);
    EXPECT_EQ(s->log, r.log);
  }
  EXPECT_EQ(m.find_service("ssh")->attack, std::vector<std::string>{"T1021.004"});
  EXPECT_EQ(m.find_service("snmp")->attack, std::vector<std::string>{"T1602"});
  EXPECT_EQ(m.find_service("vnc")->attack, std::vector<std::string>{"T1021.005"});
}

TEST(Catalog, NamesAreUnique) {
  const std::vector<Service>& all = builtin_services();
  for (std::size_t i = 0; i < all.size(); ++i)
    for (std::size_t j = i + 1; j < all.size(); ++j) EXPECT_NE(all[i].name, all[j].name);
  for (const ServiceGroup& g : builtin_groups()) {
    for (const Service& s : all) EXPECT_NE(g.name, s.name);
  }
}

TEST(Catalog, Groups) {
  ASSERT_NE(find_group("lateral-movement"), nullptr);
  std::vector<std::string> seed;
  for (const SeedRow& r : kSeed) seed.emplace_back(r.name);
  EXPECT_EQ(find_group("lateral-movement")->members, seed);
  EXPECT_EQ(find_group("netbios")->members,
            (std::vector<std::string>{"netbios-ns", "netbios-dgm", "netbios-ssn"}));
  EXPECT_EQ(find_group("rpc")->members, (std::vector<std::string>{"rpc-epmap", "rpc-dynamic"}));
  EXPECT_EQ(find_group("winrm")->members, (std::vector<std::string>{"winrm-http", "winrm-https"}));
  EXPECT_EQ(find_group("smb"), nullptr);
}

TEST(Catalog, LateralMovementBaselineRows) {
  const Baseline* b = find_baseline("lateral-movement");
  ASSERT_NE(b, nullptr);
  ASSERT_EQ(b->rows.size(), 9u);
  for (std::size_t i = 0; i < b->rows.size(); ++i) {
    EXPECT_EQ(b->rows[i].service, kSeed[i].name);
    EXPECT_EQ(b->rows[i].action, Action::Deny);
    bool spared = b->rows[i].service == "smb" || b->rows[i].service == "netbios-ssn";
    EXPECT_EQ(b->rows[i].to_non_file_servers(), spared) << b->rows[i].service;
  }
  EXPECT_EQ(find_baseline("nope"), nullptr);
}

TEST(Catalog, InlineServices) {
  std::string why;
  EXPECT_EQ(parse_inline_service("tcp/445", &why),
            ServiceSet::range(service_key(Proto::Tcp, 445), service_key(Proto::Tcp, 445)));
  EXPECT_EQ(parse_inline_service("udp/137-138", &why),
            ServiceSet::range(service_key(Proto::Udp, 137), service_key(Proto::Udp, 138)));
  EXPECT_EQ(parse_inline_service("tcp/0-65535", &why), whole_proto(Proto::Tcp));
  EXPECT_EQ(parse_inline_service("icmp", &why), all_icmp());
  EXPECT_EQ(parse_inline_service("icmpv6", &why), whole_proto(Proto::Icmpv6));
  EXPECT_EQ(parse_inline_service("icmp/8", &why),
            ServiceSet::range(service_key(Proto::Icmp, 8), service_key(Proto::Icmp, 8)));
  EXPECT_EQ(parse_inline_service("icmpv6/130-132", &why),
            ServiceSet::range(service_key(Proto::Icmpv6, 130), service_key(Proto::Icmpv6, 132)));
  EXPECT_FALSE(parse_inline_service("icmpv6/256", &why));
  EXPECT_EQ(why, "ICMP type 256 outside 0-255 in 'icmpv6/256'");
  EXPECT_FALSE(parse_inline_service("icmp/9-3", &why));
  EXPECT_EQ(why, "reversed type range 9-3 in 'icmp/9-3'");
  EXPECT_EQ(parse_inline_service("any", &why), all_services());
  struct Bad {
    const char* text;
    const char* why;
  };
  const Bad bad[] = {
      {"tcp/70000", "port 70000 outside 0-65535 in 'tcp/70000'"},
      {"udp/9-8", "reversed port range 9-8 in 'udp/9-8'"},
      {"tpc/1", "bad protocol 'tpc' in 'tpc/1'"},
      {"tcp/", "bad port '' in 'tcp/'"},
      {"tcp/1-", "bad port '1-' in 'tcp/1-'"},
      {"tcp/+1", "bad port '+1' in 'tcp/+1'"},
      {"smb2", "unknown service 'smb2'"},
  };
  for (const Bad& b : bad) {
    why.clear();
    EXPECT_FALSE(parse_inline_service(b.text, &why)) << b.text;
    EXPECT_NE(why.find(b.why), std::string::npos) << b.text << ": " << why;
  }
}

}  // namespace
}  // namespace bulkhead::policy
