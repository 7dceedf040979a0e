// The matrix against its slow twin: every cell of compute_matrix (which merges the
// distinct behaviours of its class pairs, once per behaviour) must equal the plain
// merge_summary of summarize_pair over every class pair of the cell, judged by
// Decision::judge itself. Checked by zone, class and host on examples/enterprise and on
// random policies (seeded: BULKHEAD_SEED replays), cell by cell and in the same order.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "analysis/findings.h"
#include "analysis/matrix.h"
#include "analysis/pair_summary.h"
#include "analysis_test_util.h"
#include "policy/catalog.h"
#include "policy/loader.h"
#include "testlib/paths.h"
#include "testlib/random_policy.h"

namespace bulkhead::analysis {
namespace {

// The straightforward matrix: every cell merges summarize_pair of each of its class pairs
// that has flows.
std::vector<MatrixCell> reference_cells(const decision::Decision& d,
                                        const std::vector<MatrixGroup>& groups,
                                        const std::vector<policy::NamedService>& services,
                                        GroupBy by) {
  const Census census(d);
  std::vector<MatrixCell> out;
  for (std::uint32_t gi = 0; gi < groups.size(); ++gi) {
    for (std::uint32_t gj = 0; gj < groups.size(); ++gj) {
      if (by == GroupBy::Host && gi == gj) continue;
      for (std::uint32_t si = 0; si < services.size(); ++si) {
        MatrixCell cell{gi, gj, si, {}, false};
        bool first = true;
        for (std::uint32_t s : groups[gi].classes) {
          for (std::uint32_t t : groups[gj].classes) {
            if (!census.pair_has_flows(s, t)) continue;
            cell.flows = true;
            merge_summary(&cell.summary, summarize_pair(d, s, t, services[si].keys), first);
            first = false;
          }
        }
        out.push_back(std::move(cell));
      }
    }
  }
  return out;
}

std::string cell_text(const Matrix& m, const MatrixCell& c) {
  return fmt::format("{} -> {} on {}: reachable {} intended {} gap {} rules {}",
                     m.groups[c.from].name, m.groups[c.to].name, m.services[c.service].name,
                     coverage_name(c.summary.reachable), coverage_name(c.summary.intended),
                     c.summary.gap, fmt::join(c.summary.rules, ","));
}

std::vector<policy::NamedService> services_of(const decision::Decision& d,
                                              const std::vector<std::string>& names) {
  std::vector<policy::NamedService> out;
  for (const std::string& text : names) {
    std::string why;
    auto named = policy::resolve_service_names(d.model(), text, &why);
    EXPECT_TRUE(named.has_value()) << text << ": " << why;
    if (named) out.insert(out.end(), named->begin(), named->end());
  }
  return out;
}

// Compares compute_matrix and for_each_cell with the reference; returns the cells checked.
std::size_t expect_same_as_reference(const decision::Decision& d,
                                     const std::vector<policy::NamedService>& services, GroupBy by,
                                     const std::string& what) {
  const Matrix m = compute_matrix(d, services, by);
  const std::vector<MatrixCell> ref = reference_cells(d, m.groups, m.services, by);
  EXPECT_EQ(m.cells.size(), matrix_cell_count(m.groups.size(), m.services.size(), by)) << what;
  EXPECT_EQ(m.cells.size(), ref.size()) << what;
  for (std::size_t i = 0; i < std::min(m.cells.size(), ref.size()); ++i) {
    const MatrixCell& got = m.cells[i];
    const MatrixCell& want = ref[i];
    const bool same = got.from == want.from && got.to == want.to && got.service == want.service &&
                      got.summary.reachable == want.summary.reachable &&
                      got.summary.intended == want.summary.intended &&
                      got.summary.gap == want.summary.gap &&
                      got.summary.rules == want.summary.rules && got.flows == want.flows;
    if (!same) {
      ADD_FAILURE() << what << ": cell " << i << "\n  got  " << cell_text(m, got) << "\n  want "
                    << cell_text(m, want);
      return i;
    }
  }
  // The streaming form hands out the same cells in the same order.
  std::size_t i = 0;
  bool stream_same = true;
  for_each_cell(d, m.services, m.groups, by, [&](const MatrixCell& c) {
    if (i >= m.cells.size() || c.from != m.cells[i].from || c.to != m.cells[i].to ||
        c.service != m.cells[i].service || c.summary.rules != m.cells[i].summary.rules ||
        c.summary.reachable != m.cells[i].summary.reachable ||
        c.summary.intended != m.cells[i].summary.intended ||
        c.summary.gap != m.cells[i].summary.gap)
      stream_same = false;
    ++i;
  });
  EXPECT_TRUE(stream_same) << what << ": for_each_cell differs from compute_matrix";
  EXPECT_EQ(i, m.cells.size()) << what;
  return m.cells.size();
}

constexpr GroupBy kGroupings[] = {GroupBy::Zone, GroupBy::Class, GroupBy::Host};

const char* grouping_name(GroupBy by) {
  return by == GroupBy::Zone ? "zone" : by == GroupBy::Class ? "class" : "host";
}

TEST(Matrix, EnterpriseExampleEqualsPlainMergeOfEveryClassPair) {
  const std::string dir = testing::source_dir() + "/examples/enterprise";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "examples/enterprise is absent";
  Diagnostics diags;
  auto model = policy::load({dir}, diags);
  ASSERT_TRUE(model) << "examples/enterprise does not load";
  auto d = decision::Decision::resolve(std::move(*model));
  const auto services = services_of(*d, {"lateral-movement", "tcp/8443", "udp/53", "tcp/1-1024"});
  for (GroupBy by : kGroupings) {
    const std::size_t n = expect_same_as_reference(*d, services, by, grouping_name(by));
    EXPECT_GT(n, 0u) << grouping_name(by);
  }
}

TEST(Matrix, ALoneHostWithItselfIsNoFlow) {
  // By class, a class of one host paired with itself has no flow: its cell says so and
  // carries nothing, rather than claiming the host reaches itself.
  auto d = test::decide(R"(bulkhead: 1
zones:
  - {name: office, cidrs: [10.0.0.0/24]}
hosts:
  - {name: dc, address: 10.0.0.1, labels: {role: dc}}
  - {name: w1, address: 10.0.0.2, labels: {role: workstation}}
  - {name: w2, address: 10.0.0.3, labels: {role: workstation}}
rules:
  - {name: smb-dc, action: allow, from: any, to: {role: dc}, services: [smb]}
  - {name: smb-ws, action: allow, from: any, to: {role: workstation}, services: [smb]}
)");
  ASSERT_TRUE(d);
  const auto services = services_of(*d, {"smb"});
  const Matrix m = compute_matrix(*d, services, GroupBy::Class);
  int lone = 0, shared = 0;
  for (const MatrixCell& c : m.cells) {
    if (c.from != c.to) {
      EXPECT_TRUE(c.flows) << cell_text(m, c);
      continue;
    }
    const decision::Class& cls = d->classes()[m.groups[c.from].classes.front()];
    if (cls.is_host && cls.hosts.size() == 1) {
      ++lone;
      EXPECT_FALSE(c.flows) << cell_text(m, c);
      EXPECT_EQ(c.summary.reachable, Coverage::None);
      EXPECT_TRUE(c.summary.rules.empty());
    } else if (cls.is_host) {
      ++shared;
      EXPECT_TRUE(c.flows) << cell_text(m, c);  // w1 -> w2
      EXPECT_EQ(c.summary.reachable, Coverage::All);
    }
  }
  EXPECT_EQ(lone, 1);
  EXPECT_EQ(shared, 1);
  // By zone, the office cell still has the workstations' flows (and dc -> w1).
  const Matrix z = compute_matrix(*d, services, GroupBy::Zone);
  bool office = false;
  for (const MatrixCell& c : z.cells) {
    if (z.groups[c.from].name == "office" && z.groups[c.to].name == "office") {
      office = true;
      EXPECT_TRUE(c.flows);
      EXPECT_EQ(c.summary.reachable, Coverage::All);
    }
  }
  EXPECT_TRUE(office);
}

TEST(Matrix, ZoneCellsMergeSeveralBehaviours) {
  // Two classes of workstations in one zone, one allowed to the server and one not: the
  // zone cell is reachable on `some`, with the allow rule; by class the cells split.
  auto d = test::decide(R"(bulkhead: 1
zones:
  - {name: office, cidrs: [10.0.0.0/24]}
  - {name: servers, cidrs: [10.0.1.0/24]}
hosts:
  - {name: ws-a, address: 10.0.0.1, labels: {team: a}}
  - {name: ws-b, address: 10.0.0.2, labels: {team: b}}
  - {name: srv, address: 10.0.1.1, labels: {role: server}}
rules:
  - {name: a-to-srv, action: allow, from: {team: a}, to: {role: server}, services: [smb]}
)");
  ASSERT_TRUE(d);
  const auto services = services_of(*d, {"smb"});
  const Matrix m = compute_matrix(*d, services, GroupBy::Zone);
  bool found = false;
  for (const MatrixCell& c : m.cells) {
    if (m.groups[c.from].name != "office" || m.groups[c.to].name != "servers") continue;
    found = true;
    EXPECT_EQ(c.summary.reachable, Coverage::Some);
    ASSERT_EQ(c.summary.rules.size(), 1u);
    EXPECT_EQ(test::rule_name(*d, c.summary.rules[0]), "a-to-srv");
  }
  EXPECT_TRUE(found);
  for (GroupBy by : kGroupings) expect_same_as_reference(*d, services, by, grouping_name(by));
}

TEST(Matrix, EveryZoneAppearsEvenWithoutInventoryHosts) {
  // A guest Wi-Fi zone of DHCP clients has no inventory host: by zone it still appears,
  // as its plain address space, and its flows to the servers are judged.
  auto d = test::decide(R"(bulkhead: 1
zones:
  - {name: servers, cidrs: [10.0.1.0/24]}
  - {name: guest-wifi, cidrs: [10.9.0.0/22], purpose: [wifi, guest]}
hosts:
  - {name: srv, address: 10.0.1.1, labels: {role: server}}
rules:
  - {name: guest-srv, action: allow, from: {zone: guest-wifi}, to: {role: server}, services: [smb]}
)");
  ASSERT_TRUE(d);
  const auto services = services_of(*d, {"smb"});
  const Matrix m = compute_matrix(*d, services, GroupBy::Zone);
  std::vector<std::string> names;
  for (const MatrixGroup& g : m.groups) names.push_back(g.name);
  for (const decision::ZoneInfo& z : d->zones())
    EXPECT_NE(std::find(names.begin(), names.end(), z.name), names.end()) << z.name;
  bool found = false;
  for (const MatrixCell& c : m.cells) {
    if (m.groups[c.from].name != "guest-wifi" || m.groups[c.to].name != "servers") continue;
    found = true;
    EXPECT_TRUE(m.groups[c.from].plain);
    EXPECT_TRUE(c.flows);
    EXPECT_EQ(c.summary.reachable, Coverage::All);
    ASSERT_EQ(c.summary.rules.size(), 1u);
    EXPECT_EQ(test::rule_name(*d, c.summary.rules[0]), "guest-srv");
  }
  EXPECT_TRUE(found);
  for (GroupBy by : kGroupings) expect_same_as_reference(*d, services, by, grouping_name(by));
}

TEST(Matrix, CellCountLeavesOutHostsPairedWithThemselves) {
  EXPECT_EQ(matrix_cell_count(10, 9, GroupBy::Zone), 900u);
  EXPECT_EQ(matrix_cell_count(10, 9, GroupBy::Class), 900u);
  EXPECT_EQ(matrix_cell_count(10, 9, GroupBy::Host), 810u);
  EXPECT_EQ(matrix_cell_count(0, 9, GroupBy::Host), 0u);
  EXPECT_EQ(matrix_cell_count(100000, 9, GroupBy::Host), 89'999'100'000u);
}

TEST(Matrix, RandomPoliciesEqualPlainMergeOfEveryClassPair) {
  const std::uint64_t base = testing::test_seed("Matrix.RandomPolicies");
  testing::RandomPolicyOptions opts;
  opts.max_zones = 5;
  opts.max_hosts = 14;
  opts.max_rules = 12;
  opts.allow_audit = true;
  std::size_t cells = 0;
  for (std::uint64_t i = 0; i < 60; ++i) {
    const std::uint64_t seed = base + i;
    const testing::RandomPolicy p = testing::random_policy(seed, opts);
    Diagnostics diags;
    auto model = policy::load_text(p.yaml, "random.yaml", diags);
    ASSERT_TRUE(model) << "seed " << seed << ": random policy did not load\n" << p.yaml;
    auto d = decision::Decision::resolve(std::move(*model));
    const auto services = services_of(*d, {"lateral-movement", "tcp/1-65535", "udp/53"});
    for (GroupBy by : kGroupings)
      cells += expect_same_as_reference(*d, services, by,
                                        fmt::format("seed {} by {}", seed, grouping_name(by)));
    if (HasFailure()) break;
  }
  EXPECT_GT(cells, 0u);
}

}  // namespace
}  // namespace bulkhead::analysis
