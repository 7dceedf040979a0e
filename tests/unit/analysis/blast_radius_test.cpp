// blast-radius: hops, paths and the ranking on hand-written policies.
#include <gtest/gtest.h>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "analysis/blast_radius.h"
#include "analysis_test_util.h"

namespace bulkhead::analysis {
namespace {

using test::decide;

// ws -> fs on smb, fs -> dc on rpc-epmap, dc alone; admin reaches everyone on rdp.
const char* kChain = R"(bulkhead: 1
hosts:
  - {name: ws-1, address: 10.0.0.1, labels: {role: workstation}}
  - {name: ws-2, address: 10.0.0.2, labels: {role: workstation}}
  - {name: fs-1, address: 10.0.1.1, labels: {role: file-server}}
  - {name: dc-1, address: 10.0.2.1, labels: {role: dc}}
  - {name: dual, addresses: [10.0.3.1, "2001:db8::31"], labels: {role: dual}}
  - {name: six, address: "2001:db8::32", labels: {role: six}}
baselines: [lateral-movement]
rules:
  - {name: ws-fs, action: allow, from: {role: workstation}, to: {role: file-server}, services: [smb]}
  - {name: fs-dc, action: allow, from: {role: file-server}, to: {role: dc}, services: [rpc-epmap]}
  - {name: dc-dual, action: allow, from: {role: dc}, to: {role: dual}, services: [winrm]}
  - {name: dual-six, action: allow, from: {role: dual}, to: {role: six}, services: [rdp]}
)";

ServiceSet lateral(const decision::Decision& d) {
  ServiceSet keys;
  for (const policy::Service& s : d.model().services)
    if (s.name == "smb" || s.name == "rpc-epmap" || s.name == "winrm-http" || s.name == "rdp")
      keys = keys.unite(s.keys());
  return keys;
}

std::string name(const decision::Decision& d, std::uint32_t h) {
  return d.model().hosts[h].name;
}

TEST(BlastRadius, FollowsTheChainHopByHopAcrossFamilies) {
  auto d = decide(kChain);
  Context ctx(*d);
  ReachGraph g(ctx, lateral(*d));
  BlastResult r = blast_radius(g, static_cast<std::uint32_t>(d->find_host("ws-1")));
  ASSERT_EQ(r.hops.size(), 4u);
  EXPECT_EQ(r.total, 4u);  // fs-1, dc-1, dual, six; not ws-2 (baseline) nor ws-1 itself
  EXPECT_EQ(name(*d, r.hops[0].front().host), "fs-1");
  EXPECT_EQ(name(*d, r.hops[1].front().host), "dc-1");
  EXPECT_EQ(name(*d, r.hops[2].front().host), "dual");
  // dual was reached over IPv4 and reaches six over IPv6.
  EXPECT_EQ(name(*d, r.hops[3].front().host), "six");
  std::vector<std::string> path;
  for (std::uint32_t h : path_to(r, r.hops[3].front().host)) path.push_back(name(*d, h));
  EXPECT_EQ(path, (std::vector<std::string>{"ws-1", "fs-1", "dc-1", "dual", "six"}));
  EXPECT_EQ(r.key_of[r.hops[0].front().host], service_key(Proto::Tcp, 445));

  BlastResult two = blast_radius(g, static_cast<std::uint32_t>(d->find_host("ws-1")), 2);
  EXPECT_EQ(two.total, 2u);
  EXPECT_TRUE(two.stopped_by_max_hops);
}

TEST(BlastRadius, RankingIsPerClassAndExcludesTheStart) {
  auto d = decide(kChain);
  Context ctx(*d);
  ReachGraph g(ctx, lateral(*d));
  std::vector<RankEntry> all = rank_blast_radius(g, -1, 0);
  std::map<std::string, std::uint64_t> radius;
  for (const RankEntry& e : all)
    for (std::uint32_t h : e.hosts) radius[name(*d, h)] = e.radius;
  EXPECT_EQ(radius["ws-1"], 4u);
  EXPECT_EQ(radius["ws-2"], 4u);
  EXPECT_EQ(radius["fs-1"], 3u);
  EXPECT_EQ(radius["dc-1"], 2u);
  EXPECT_EQ(radius["dual"], 1u);
  EXPECT_EQ(radius["six"], 0u);
  // ws-1 and ws-2 share a class: one entry for both.
  EXPECT_EQ(all.front().hosts.size(), 2u);
  std::vector<RankEntry> top = rank_blast_radius(g, -1, 1);
  ASSERT_EQ(top.size(), 1u);  // whole groups until `top` hosts are listed
}

TEST(BlastRadius, FromTheInternet) {
  auto d = decide(R"(bulkhead: 1
zones:
  - {name: dmz, cidrs: [172.16.0.0/24], firewall: true}
hosts:
  - {name: web, address: 172.16.0.10, labels: {role: web}}
  - {name: db, address: 172.16.0.20, labels: {role: db}}
rules:
  - {name: in, action: allow, from: internet, to: {role: web}, services: [https]}
  - {name: web-db, action: allow, from: {role: web}, to: {role: db}, services: [postgres]}
)");
  Context ctx(*d);
  ServiceSet keys = all_services();
  ReachGraph g(ctx, keys);
  BlastResult r = blast_radius_from_address(g, *parse_addr("203.0.113.7"));
  ASSERT_EQ(r.hops.size(), 2u);
  EXPECT_EQ(name(*d, r.hops[0].front().host), "web");
  EXPECT_EQ(r.hops[0].front().via, -1);
  EXPECT_EQ(r.key_of[r.hops[0].front().host], service_key(Proto::Tcp, 443));
  EXPECT_EQ(name(*d, r.hops[1].front().host), "db");
}

TEST(BlastRadius, AStepListsEveryServiceThatOpensIt) {
  // nurse -> dc is open on SMB, the RPC endpoint mapper and dynamic RPC: the step names all
  // three, not just the lowest port.
  auto d = decide(R"(bulkhead: 1
hosts:
  - {name: nurse, address: 10.0.0.1, labels: {role: ws}}
  - {name: dc, address: 10.0.2.1, labels: {role: dc}}
rules:
  - {name: ws-dc, action: allow, from: {role: ws}, to: {role: dc}, services: [smb, rpc]}
  - {name: any-tcp, action: allow, from: {role: dc}, to: {role: ws}, services: ["tcp/0-65535"]}
)");
  Context ctx(*d);
  ReachGraph g(ctx, all_services());
  BlastResult r = blast_radius(g, static_cast<std::uint32_t>(d->find_host("nurse")));
  ASSERT_EQ(r.hops.size(), 1u);
  const Reached& dc = r.hops[0].front();
  EXPECT_EQ(step_services(ctx.catalog, r.steps[dc.step]),
            (std::vector<std::string>{"rpc-epmap tcp/135", "smb tcp/445",
                                      "rpc-dynamic tcp/49152-65535+udp/49152-65535"}));
  // A whole protocol is a range, never "tcp/0".
  BlastResult back = blast_radius(g, static_cast<std::uint32_t>(d->find_host("dc")));
  ASSERT_EQ(back.hops.size(), 1u);
  std::vector<std::string> open = step_services(ctx.catalog, back.steps[back.hops[0][0].step]);
  bool from_zero = false;
  for (const std::string& s : open) {
    EXPECT_NE(s, "tcp/0");
    from_zero |= s.rfind("tcp/0-", 0) == 0;
  }
  EXPECT_TRUE(from_zero) << fmt::format("{}", fmt::join(open, " | "));
}

}  // namespace
}  // namespace bulkhead::analysis
