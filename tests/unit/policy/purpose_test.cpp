// Zone and host purposes (docs/policy.md "Zone and host purposes"): one value or a list,
// from a closed vocabulary, sorted in the model, kept by the canonical YAML, and never
// part of any verdict.
#include <gtest/gtest.h>

#include "decision/decision.h"
#include "policy/canonical.h"
#include "policy_test_util.h"

namespace bulkhead::policy {
namespace {

using testing::load_str;
using testing::Loaded;

const char* kPolicy = R"(bulkhead: 1
zones:
  - {name: ops, cidrs: [10.30.0.0/16], firewall: true, purpose: management}
  - {name: srv, cidrs: [10.20.0.0/16], purpose: [servers, critical]}
hosts:
  - {name: dc-01, address: 10.20.0.5, labels: {role: x}, purpose: domain-controllers}
  - {name: app-01, address: 10.20.0.6, labels: {role: x}}
)";

TEST(Purpose, ReadFromZonesAndHosts) {
  Loaded l = load_str(kPolicy);
  ASSERT_TRUE(l.model) << l.errors.at(0);
  EXPECT_EQ(l.model->find_zone("ops")->purposes, std::vector<std::string>{"management"});
  EXPECT_EQ(l.model->find_zone("srv")->purposes, (std::vector<std::string>{"critical", "servers"}));
  EXPECT_EQ(l.model->find_host("dc-01")->purposes, std::vector<std::string>{"domain-controllers"});
  EXPECT_TRUE(l.model->find_host("app-01")->purposes.empty());
}

TEST(Purpose, CanonicalYamlKeepsThem) {
  Loaded a = load_str(kPolicy, "a.yaml");
  ASSERT_TRUE(a.model);
  const std::string text = canonical_yaml(*a.model);
  Loaded b = load_str(text, "b.yaml");
  ASSERT_TRUE(b.model) << b.errors.at(0) << "\n" << text;
  EXPECT_EQ(canonical_yaml(*b.model), text);
  EXPECT_EQ(b.model->find_zone("srv")->purposes, a.model->find_zone("srv")->purposes);
  EXPECT_EQ(b.model->find_host("dc-01")->purposes, a.model->find_host("dc-01")->purposes);
}

TEST(Purpose, UnknownValuesNameTheClosest) {
  Loaded l = load_str("bulkhead: 1\nzones:\n  - {name: z, cidrs: [10.0.0.0/8], purpose: wfi}\n");
  ASSERT_FALSE(l.model);
  ASSERT_EQ(l.errors.size(), 1u);
  EXPECT_NE(l.errors[0].find("p.yaml:3:45"), std::string::npos) << l.errors[0];
  EXPECT_NE(l.errors[0].find("did you mean 'wifi'?"), std::string::npos) << l.errors[0];
}

TEST(Purpose, SplitsClassesButNoVerdict) {
  Loaded l = load_str(kPolicy);
  ASSERT_TRUE(l.model);
  auto d = decision::Decision::resolve(*l.model);
  // Same labels, zone and defaults: only the purpose tells dc-01 and app-01 apart.
  EXPECT_NE(d->class_of(l.model->find_host("dc-01")->addresses[0]),
            d->class_of(l.model->find_host("app-01")->addresses[0]));
  Model plain = *l.model;
  for (Zone& z : plain.zones) z.purposes.clear();
  for (Host& h : plain.hosts) h.purposes.clear();
  auto e = decision::Decision::resolve(plain);
  const Addr a = l.model->find_host("dc-01")->addresses[0];
  const Addr b = l.model->find_host("app-01")->addresses[0];
  const Addr out = *parse_addr("10.30.0.9");
  for (std::uint16_t port : {22, 445, 3389}) {
    for (const decision::Flow& f :
         {decision::Flow{a, b, Proto::Tcp, port}, decision::Flow{out, a, Proto::Tcp, port}}) {
      decision::Verdict x = d->query(f), y = e->query(f);
      EXPECT_EQ(x.tier, y.tier);
      EXPECT_EQ(x.reachable, y.reachable);
      EXPECT_EQ(x.intended, y.intended);
    }
  }
}

}  // namespace
}  // namespace bulkhead::policy
