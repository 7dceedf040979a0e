// flows discover: records built in code on a small inline policy. Proposals group by class
// (shared labels and zone) into exact cross products, name catalog services, never cover a
// flow an override-deny decides or a blocked intent covers, report coverage, and are proven
// on the extended policy, narrowing a catalog name that would break an intent to the ports
// seen. Without a policy, rules name the exact addresses seen.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

#include "decision/decision.h"
#include "flows/discover.h"
#include "policy/loader.h"

namespace bulkhead::flows {
namespace {

const char* kPolicy = R"(bulkhead: 1
zones:
  - {name: ws, cidrs: [10.1.0.0/16]}
  - {name: srv, cidrs: [10.10.0.0/16]}
hosts:
  - {name: w1, address: 10.1.0.1, labels: {role: workstation, os: windows}}
  - {name: w2, address: 10.1.0.2, labels: {role: workstation, os: linux}}
  - {name: app, address: 10.10.0.5, labels: {role: app}}
  - {name: db, address: 10.10.0.6, labels: {role: db}}
  - {name: odd, address: 10.10.0.7}
rules:
  - name: web
    action: allow
    from: {role: workstation}
    to: {role: app}
    services: [https]
  - name: no-debug
    action: override-deny
    from: any
    to: {role: app}
    services: [tcp/9001]
expect:
  - name: no-ssh-to-db
    from: {role: workstation}
    to: {role: db}
    services: [ssh]
    verdict: blocked
  - name: no-tcp-dns-to-db
    from: {role: workstation}
    to: {role: db}
    services: [tcp/53]
    verdict: blocked
)";

std::shared_ptr<const decision::Decision> resolve(const std::string& text) {
  Diagnostics diags;
  std::optional<policy::Model> m = policy::load_text(text, "p.yaml", diags);
  EXPECT_TRUE(m.has_value());
  return decision::Decision::resolve(std::move(*m));
}

Record rec(const char* src, const char* dst, std::uint8_t proto, std::uint16_t port,
           Observed o = Observed::Accepted) {
  Record r;
  r.src = *parse_addr(src);
  r.dst = *parse_addr(dst);
  r.protocol = proto;
  r.has_ports = true;
  r.dst_port = port;
  r.observed = o;
  return r;
}

/// Loads base + snippet as two files of a temporary directory.
ExtendedLoader loader(const std::string& base) {
  return [base](const std::string& yaml,
                std::string* why) -> std::shared_ptr<const decision::Decision> {
    std::filesystem::path dir =
        std::filesystem::temp_directory_path() / ("bh-discover-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::vector<std::string> paths;
    if (!base.empty()) {
      std::ofstream(dir / "a.yaml") << base;
      paths.push_back((dir / "a.yaml").string());
    }
    std::ofstream(dir / "b.yaml") << yaml;
    paths.push_back((dir / "b.yaml").string());
    Diagnostics diags;
    std::optional<policy::Model> m = policy::load(paths, diags);
    std::filesystem::remove_all(dir);
    if (!m) {
      for (const Diagnostic& d : diags.sorted()) *why += d.str() + "\n";
      return nullptr;
    }
    return decision::Decision::resolve(std::move(*m));
  };
}

const ProposedRule* find_rule(const Discovery& d, const std::string& service) {
  for (const ProposedRule& r : d.rules)
    if (std::find(r.services.begin(), r.services.end(), service) != r.services.end()) return &r;
  return nullptr;
}

TEST(Discover, GroupsByLabelsAndZoneWithoutWidening) {
  Discoverer disc(resolve(kPolicy), true);
  disc.add(rec("10.1.0.1", "10.10.0.5", 6, 9000));
  disc.add(rec("10.1.0.2", "10.10.0.5", 6, 9000));
  disc.add(rec("10.1.0.2", "10.10.0.5", 6, 9000));
  disc.add(rec("10.1.0.1", "10.10.0.5", 6, 443));                       // intended: skipped
  disc.add(rec("10.1.0.1", "10.10.0.5", 6, 9000, Observed::Rejected));  // ignored
  Discovery d = disc.finish();
  ASSERT_EQ(d.rules.size(), 1u);
  const ProposedRule& r = d.rules[0];
  // The class has two os values: only the shared label, with its zone.
  EXPECT_EQ(r.from, std::vector<std::string>{"{zone: ws, role: workstation}"});
  EXPECT_EQ(r.to, std::vector<std::string>{"{zone: srv, role: app}"});
  EXPECT_EQ(r.services, std::vector<std::string>{"tcp/9000"});
  EXPECT_EQ(r.flows, 3u);
  EXPECT_EQ(r.name, "discovered-1-workstation-to-app");
  EXPECT_EQ(d.totals.accepted, 4u);
  EXPECT_EQ(d.totals.intended, 1u);
  EXPECT_EQ(d.totals.rejected, 1u);
  EXPECT_EQ(d.totals.proposed, 3u);
  EXPECT_NE(d.yaml().find("proposal covers 75.0% of observed accepted flows (3 of 4), the policy "
                          "already intended 25.0%"),
            std::string::npos)
      << d.yaml();
}

TEST(Discover, ExactCrossProductsAndHostFallback) {
  Discoverer disc(resolve(kPolicy), true);
  // app -> db on postgres, odd -> db on postgres: one rule with two sources; odd has no
  // labels, so it is named by host.
  disc.add(rec("10.10.0.5", "10.10.0.6", 6, 5432));
  disc.add(rec("10.10.0.7", "10.10.0.6", 6, 5432));
  // app -> odd on a port range seen in full: merged, not widened.
  disc.add(rec("10.10.0.5", "10.10.0.7", 6, 8000));
  disc.add(rec("10.10.0.5", "10.10.0.7", 6, 8001));
  disc.add(rec("10.10.0.5", "10.10.0.7", 6, 8003));
  Discovery d = disc.finish();
  const ProposedRule* pg = find_rule(d, "postgres");
  ASSERT_NE(pg, nullptr);
  EXPECT_EQ(pg->from, (std::vector<std::string>{"{zone: srv, role: app}", "{host: odd}"}));
  EXPECT_EQ(pg->to, std::vector<std::string>{"{zone: srv, role: db}"});
  const ProposedRule* ports = find_rule(d, "tcp/8000-8001");
  ASSERT_NE(ports, nullptr);
  EXPECT_EQ(ports->services, (std::vector<std::string>{"tcp/8000-8001", "tcp/8003"}));
  EXPECT_EQ(ports->to, std::vector<std::string>{"{host: odd}"});
}

TEST(Discover, NeverProposesOverrideDenyOrBlockedIntents) {
  Discoverer disc(resolve(kPolicy), true);
  disc.add(rec("10.1.0.1", "10.10.0.5", 6, 9001));  // override-deny no-debug
  disc.add(rec("10.1.0.1", "10.10.0.6", 6, 22));    // intent no-ssh-to-db
  disc.add(rec("10.1.0.1", "10.10.0.6", 6, 1433));  // proposable
  Discovery d = disc.finish();
  ASSERT_EQ(d.rules.size(), 1u);
  EXPECT_EQ(d.rules[0].services, std::vector<std::string>{"mssql"});
  ASSERT_EQ(d.not_proposed.size(), 2u);
  std::vector<std::string> reasons;
  for (const NotProposed& n : d.not_proposed) reasons.push_back(n.reason);
  std::sort(reasons.begin(), reasons.end());
  EXPECT_EQ(reasons, (std::vector<std::string>{"intent no-ssh-to-db (blocked)",
                                               "override-deny rule no-debug"}));
  EXPECT_EQ(d.totals.not_proposed, 2u);
  EXPECT_EQ(d.totals.proposed, 1u);
  disc.prove(&d, loader(kPolicy));
  EXPECT_TRUE(d.proof.holds) << d.yaml();
  EXPECT_EQ(d.proof.admitted, 1u);
  EXPECT_EQ(d.proof.total, 1u);
}

TEST(Discover, ProofNarrowsACatalogNameThatBreaksAnIntent) {
  Discoverer disc(resolve(kPolicy), true);
  // udp/53 names `dns`, which also admits tcp/53: the intent no-tcp-dns-to-db would fail.
  disc.add(rec("10.1.0.1", "10.10.0.6", 17, 53));
  disc.add(rec("10.1.0.2", "10.10.0.6", 17, 53));
  Discovery d = disc.finish();
  ASSERT_EQ(d.rules.size(), 1u);
  EXPECT_EQ(d.rules[0].services, std::vector<std::string>{"dns"});
  disc.prove(&d, loader(kPolicy));
  EXPECT_TRUE(d.proof.holds);
  EXPECT_EQ(d.proof.rounds, 2);
  ASSERT_EQ(d.rules.size(), 1u);
  EXPECT_EQ(d.rules[0].services, std::vector<std::string>{"udp/53"});
  EXPECT_TRUE(d.rules[0].narrowed);
  EXPECT_EQ(d.proof.admitted, 2u);
}

TEST(Discover, WithoutPolicyNamesExactAddresses) {
  Discoverer disc(resolve("bulkhead: 1\n"), false);
  disc.add(rec("192.0.2.1", "198.51.100.9", 6, 443));
  disc.add(rec("192.0.2.2", "198.51.100.9", 6, 443));
  disc.add(rec("192.0.2.3", "198.51.100.9", 6, 443));
  disc.add(rec("192.0.2.5", "198.51.100.8", 6, 443));  // another destination: its own rule
  Discovery d = disc.finish();
  ASSERT_EQ(d.rules.size(), 2u);
  EXPECT_EQ(d.rules[0].from,
            std::vector<std::string>{"{cidr: [\"192.0.2.1/32\", \"192.0.2.2/31\"]}"});
  EXPECT_EQ(d.rules[0].to, std::vector<std::string>{"{cidr: \"198.51.100.9/32\"}"});
  EXPECT_EQ(d.rules[1].from, std::vector<std::string>{"{cidr: \"192.0.2.5/32\"}"});
  EXPECT_EQ(d.totals.proposed, 4u);
  disc.prove(&d, loader(""));
  EXPECT_TRUE(d.proof.holds) << d.proof.failures.size();
  EXPECT_EQ(d.proof.admitted, 4u);
}

}  // namespace
}  // namespace bulkhead::flows
