// inbound_points: several nftables base chains on the path of a packet to the host
// (prerouting, then input, each by priority) combined into one first-match list. Checked
// on hand-written cases (a drop anywhere is final, an accept hands over to the next
// chain, prerouting comes before input whatever the priorities), on bulkhead's own
// `fib daddr type` preamble read from JSON, and against a brute force: random chains
// over a header space small enough to enumerate (source and destination addresses 0-3,
// TCP and UDP ports 0-3, source ports 0-1: 256 packets), each packet walked through the
// chains one by one, must get the same verdict from the combined list, decided by the
// same rule (file:line), for both readings of the inexact rules (all match, none match).
#include <algorithm>
#include <bitset>
#include <random>

#include <gtest/gtest.h>

#include "ruleset/anomalies.h"
#include "ruleset/compliance.h"
#include "ruleset/import.h"
#include "ruleset/inbound.h"
#include "testlib/random_policy.h"

namespace bulkhead::ruleset {
namespace {

constexpr int kAddrs = 4, kPorts = 4, kSports = 2;
constexpr int kPackets = kAddrs * kAddrs * 2 * kPorts * kSports;
using Bits = std::bitset<kPackets>;

Packet packet_of(int idx) {
  int sp = idx % kSports;
  idx /= kSports;
  int port = idx % kPorts;
  idx /= kPorts;
  int proto = idx % 2;
  idx /= 2;
  int d = idx % kAddrs;
  int s = idx / kAddrs;
  return {Family::V4, static_cast<u128>(s), static_cast<u128>(d),
          service_key(proto == 0 ? Proto::Tcp : Proto::Udp, static_cast<std::uint32_t>(port)),
          static_cast<std::uint32_t>(sp)};
}

Packet tcp(std::uint32_t src, std::uint32_t port) {
  return {Family::V4, src, 1, service_key(Proto::Tcp, port), 0};
}

Region small_universe() {
  Region u;
  for (Proto p : {Proto::Tcp, Proto::Udp})
    u.add(Region::of({Family::V4, 0, kAddrs - 1, 0, kAddrs - 1, service_key(p, 0),
                      service_key(p, kPorts - 1), 0, kSports - 1}));
  return u;
}

/// A rule over the small space: sources s_lo..s_hi, TCP ports p_lo..p_hi.
Rule rule(Action a, u128 s_lo, u128 s_hi, std::uint32_t p_lo, std::uint32_t p_hi,
          const std::string& file, int line) {
  Rule r;
  r.match = Region::of({Family::V4, s_lo, s_hi, 0, kAddrs - 1, service_key(Proto::Tcp, p_lo),
                        service_key(Proto::Tcp, p_hi), 0, kSports - 1});
  r.action = a;
  r.loc = SourceLoc{file, line, 1};
  r.text = file + " rule";
  return r;
}

Point chain(const std::string& name, const std::string& hook, int prio, Action policy) {
  Point p;
  p.name = name;
  p.hook = hook;
  p.hook_priority = prio;
  p.universe = small_universe();
  p.policy = policy;
  p.policy_loc = SourceLoc{name, 100, 1};
  p.policy_text = name + " policy";
  return p;
}

/// First match over a list: (permits, where decided). `inexact_match`: how the inexact
/// rules are read.
std::pair<bool, SourceLoc> first_match(const Point& p, const Packet& pk, bool inexact_match) {
  for (const Rule& r : p.rules) {
    if (!terminal(r.action) || !r.match.contains(pk)) continue;
    if (!r.exact && !inexact_match) continue;
    return {permits(r.action), r.loc};
  }
  return {permits(p.policy), p.policy_loc};
}

Ruleset nft(std::vector<Point> points) {
  Ruleset rs;
  rs.file = "test";
  rs.format = Format::NftJson;
  rs.points = std::move(points);
  return rs;
}

TEST(Inbound, DropInTheFirstChainWinsOverAnAcceptInTheSecond) {
  Point a = chain("inet bulkhead input", "prerouting", -150, Action::Accept);
  a.rules.push_back(rule(Action::Drop, 0, 3, 2, 2, "a", 1));
  Point b = chain("inet filter input", "input", 0, Action::Drop);
  b.rules.push_back(rule(Action::Accept, 0, 3, 0, 3, "b", 1));
  std::vector<Point> in = inbound_points(nft({b, a}));
  ASSERT_EQ(in.size(), 1u);
  EXPECT_EQ(in[0].name, "inet bulkhead input + inet filter input");
  auto [ok2, at2] = first_match(in[0], tcp(1, 2), false);
  EXPECT_FALSE(ok2);
  EXPECT_EQ(at2.file, "a");
  auto [ok1, at1] = first_match(in[0], tcp(1, 1), false);
  EXPECT_TRUE(ok1);
  EXPECT_EQ(at1.file, "b");
}

TEST(Inbound, AnAcceptInTheFirstChainThenADropInTheSecondIsDropped) {
  Point a = chain("ip t1 input", "input", -10, Action::Drop);
  a.rules.push_back(rule(Action::Accept, 0, 3, 0, 3, "a", 1));
  Point b = chain("ip t2 input", "input", 10, Action::Accept);
  b.rules.push_back(rule(Action::Drop, 2, 2, 3, 3, "b", 7));
  std::vector<Point> in = inbound_points(nft({a, b}));
  ASSERT_EQ(in.size(), 1u);
  auto [ok, at] = first_match(in[0], tcp(2, 3), false);
  EXPECT_FALSE(ok);
  EXPECT_EQ(at, (SourceLoc{"b", 7, 1}));
  // Elsewhere the second chain's accept policy decides, as an explicit rule at its place.
  auto [ok2, at2] = first_match(in[0], tcp(1, 3), false);
  EXPECT_TRUE(ok2);
  EXPECT_EQ(at2, (SourceLoc{"ip t2 input", 100, 1}));
  // The seed-table walk sees the combination: port 3 is open except from source 2.
  std::vector<ServiceExposure> ex = seed_exposure(
      in[0], {{"p3", ServiceSet::range(service_key(Proto::Tcp, 3), service_key(Proto::Tcp, 3))}},
      {});
  ASSERT_EQ(ex.size(), 1u);
  EXPECT_TRUE(ex[0].open.contains(tcp(1, 3)));
  EXPECT_FALSE(ex[0].open.contains(tcp(2, 3)));
}

TEST(Inbound, PreroutingComesBeforeInputWhateverThePriorities) {
  // The input chain has the lower priority number but runs at the later hook: its drop
  // policy still ends the path of what prerouting accepts.
  Point in_chain = chain("inet f input", "input", -300, Action::Drop);
  in_chain.rules.push_back(rule(Action::Accept, 0, 0, 0, 3, "in", 1));
  Point pre = chain("inet b input", "prerouting", -150, Action::Accept);
  pre.rules.push_back(rule(Action::Drop, 1, 1, 0, 3, "pre", 1));
  Point out = chain("inet b output", "output", 0, Action::Drop);
  std::vector<Point> in = inbound_points(nft({in_chain, out, pre}));
  ASSERT_EQ(in.size(), 1u);
  EXPECT_EQ(in[0].name, "inet b input + inet f input");
  EXPECT_EQ(first_match(in[0], tcp(1, 0), false).second.file, "pre");
  EXPECT_EQ(first_match(in[0], tcp(0, 0), false), std::make_pair(true, SourceLoc{"in", 1, 1}));
  EXPECT_EQ(first_match(in[0], tcp(2, 0), false),
            std::make_pair(false, SourceLoc{"inet f input", 100, 1}));
}

TEST(Inbound, EachFamilyTakesTheChainsOnItsPath) {
  Point inet = chain("inet bulkhead input", "prerouting", -150, Action::Accept);
  inet.universe = Region::whole(Family::V4);
  inet.universe.add(Region::whole(Family::V6));
  Point v4 = chain("ip filter input", "input", 0, Action::Drop);
  v4.universe = Region::whole(Family::V4);
  std::vector<Point> in = inbound_points(nft({inet, v4}));
  ASSERT_EQ(in.size(), 2u);
  EXPECT_EQ(in[0].name, "inet bulkhead input + ip filter input (IPv4)");
  EXPECT_EQ(in[0].policy, Action::Drop);
  EXPECT_EQ(in[1].name, "inet bulkhead input (IPv6)");
  EXPECT_EQ(in[1].policy, Action::Accept);
  EXPECT_FALSE(in[1].universe.intersects(Region::whole(Family::V4)));
  // iptables: INPUT as it is, no composition.
  Ruleset ipt = nft({v4});
  ipt.format = Format::IptablesSave;
  ipt.points[0].hook = "INPUT";
  ASSERT_EQ(inbound_points(ipt).size(), 1u);
  EXPECT_EQ(inbound_points(ipt)[0].name, "ip filter input");
}

TEST(Inbound, FibDaddrTypeIsExactForPacketsToTheHost) {
  // bulkhead's preamble: packets not for this host are accepted (routed through it); the
  // rest reach the SMB drop. Then a distribution's input chain accepts ssh only.
  const std::string text = R"({"nftables": [
  {"table": {"family": "inet", "name": "bulkhead"}},
  {"chain": {"family": "inet", "table": "bulkhead", "name": "input", "type": "filter",
             "hook": "prerouting", "prio": -150, "policy": "accept"}},
  {"rule": {"family": "inet", "table": "bulkhead", "chain": "input", "comment": "routed",
            "expr": [{"match": {"op": "!=", "left": {"fib": {"flags": ["daddr"], "result": "type"}},
                                "right": {"set": ["local", "broadcast", "multicast"]}}},
                     {"accept": null}]}},
  {"rule": {"family": "inet", "table": "bulkhead", "chain": "input",
            "expr": [{"match": {"op": "==", "left": {"fib": {"flags": ["daddr"], "result": "type"}},
                                "right": "local"}},
                     {"match": {"op": "==", "left": {"payload": {"protocol": "tcp", "field": "dport"}},
                                "right": 22}},
                     {"counter": null}, {"accept": null}]}},
  {"rule": {"family": "inet", "table": "bulkhead", "chain": "input",
            "expr": [{"match": {"op": "==", "left": {"payload": {"protocol": "tcp", "field": "dport"}},
                                "right": 445}},
                     {"drop": null}]}},
  {"table": {"family": "inet", "name": "filter"}},
  {"chain": {"family": "inet", "table": "filter", "name": "input", "type": "filter",
             "hook": "input", "prio": 0, "policy": "drop"}},
  {"rule": {"family": "inet", "table": "filter", "chain": "input",
            "expr": [{"match": {"op": "==", "left": {"payload": {"protocol": "tcp", "field": "dport"}},
                                "right": 3389}},
                     {"accept": null}]}}
]})";
  Diagnostics diags;
  std::optional<Ruleset> rs = import_nft_json(text, "fib.json", diags);
  ASSERT_TRUE(rs) << (diags.all().empty() ? "" : diags.all()[0].str());
  ASSERT_EQ(rs->points.size(), 2u);
  // The base chain on its own keeps the fib rules inexact (routed packets are not
  // modelled); the to-host view decides them.
  const Point& pre = rs->points[0];
  ASSERT_EQ(pre.rules.size(), 3u);
  EXPECT_FALSE(pre.rules[0].exact);
  EXPECT_TRUE(pre.rules[0].side_effects);   // a comment
  EXPECT_TRUE(pre.rules[1].side_effects);   // a counter
  EXPECT_FALSE(pre.rules[2].side_effects);  // neither
  ASSERT_TRUE(pre.to_host_rules);
  ASSERT_EQ(pre.to_host_rules->size(), 3u);
  EXPECT_TRUE((*pre.to_host_rules)[0].match.empty());
  EXPECT_TRUE((*pre.to_host_rules)[1].exact);
  EXPECT_FALSE(rs->points[1].to_host_rules);  // no fib match in that table

  std::vector<Point> in = inbound_points(*rs);
  ASSERT_EQ(in.size(), 1u);
  EXPECT_EQ(in[0].name, "inet bulkhead input + inet filter input");
  auto pk = [](std::uint32_t port) {
    Packet p = tcp(0x0a000001, port);
    p.dst = 0x0a000002;
    return p;
  };
  // ssh: bulkhead accepts it, then the input chain's drop policy ends it.
  EXPECT_FALSE(first_match(in[0], pk(22), false).first);
  // smb: bulkhead's drop, at line 15 of the document (every fib rule read as exact).
  EXPECT_EQ(first_match(in[0], pk(445), false), first_match(in[0], pk(445), true));
  EXPECT_EQ(first_match(in[0], pk(445), false).second, (SourceLoc{"fib.json", 15, 3}));
  // rdp: both chains accept it; the input chain's rule decides.
  EXPECT_EQ(first_match(in[0], pk(3389), false),
            std::make_pair(true, SourceLoc{"fib.json", 22, 3}));
  for (const Rule& r : in[0].rules) EXPECT_TRUE(r.exact) << r.text;
}

TEST(Inbound, CopiesOfOneRuleAreOneFindingInTheBaseChain) {
  // bulkhead's map form: one per-rule chain (a drop at line 9) reached from two peer
  // groups, both copies shadowed by an accept at line 1; and a counted drop the policy
  // would drop anyway, which is not redundant.
  Point p = chain("inet bulkhead input", "prerouting", -150, Action::Drop);
  p.rules.push_back(rule(Action::Accept, 0, 3, 2, 2, "f", 1));
  p.rules.push_back(rule(Action::Drop, 0, 1, 2, 2, "f", 9));
  p.rules.push_back(rule(Action::Drop, 2, 3, 2, 2, "f", 9));
  p.rules.push_back(rule(Action::Drop, 0, 3, 3, 3, "f", 12));
  p.rules.back().side_effects = true;
  PointAnomalies pa = find_anomalies(p);
  ASSERT_EQ(pa.findings.size(), 1u) << anomaly_name(pa.findings.back().kind);
  EXPECT_EQ(pa.findings[0].kind, AnomalyKind::Shadowed);
  EXPECT_EQ(pa.findings[0].rule, 1u);
  // Without the counter, the drop at line 12 changes nothing.
  p.rules.back().side_effects = false;
  pa = find_anomalies(p);
  ASSERT_EQ(pa.findings.size(), 2u);
  EXPECT_EQ(pa.findings[1].kind, AnomalyKind::Redundant);
  EXPECT_EQ(pa.findings[1].rule, 3u);
}

// ---- the brute force ----

struct RandomChain {
  Point point;
  std::vector<Bits> m;  ///< each rule's match, from its raw box
};

RandomChain random_chain(std::mt19937_64& rng, int index) {
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<std::uint64_t>(n)); };
  auto range = [&](int n, int* lo, int* hi) {
    if (pick(3) == 0) {
      *lo = 0;
      *hi = n - 1;
      return;
    }
    int a = pick(n), b = pick(n);
    *lo = std::min(a, b);
    *hi = std::max(a, b);
  };
  RandomChain c;
  const std::string name = "chain" + std::to_string(index);
  c.point = chain(name, pick(2) == 0 ? "prerouting" : "input", pick(5) * 50 - 100,
                  pick(2) == 0 ? Action::Accept : Action::Drop);
  int n = pick(7);
  for (int i = 0; i < n; ++i) {
    int s_lo, s_hi, d_lo, d_hi, pr_lo, pr_hi, p_lo, p_hi, sp_lo, sp_hi;
    range(kAddrs, &s_lo, &s_hi);
    range(kAddrs, &d_lo, &d_hi);
    range(2, &pr_lo, &pr_hi);
    range(kPorts, &p_lo, &p_hi);
    range(kSports, &sp_lo, &sp_hi);
    Rule r;
    for (int proto = pr_lo; proto <= pr_hi; ++proto) {
      Proto p = proto == 0 ? Proto::Tcp : Proto::Udp;
      r.match.add(Region::of(
          {Family::V4, static_cast<u128>(s_lo), static_cast<u128>(s_hi), static_cast<u128>(d_lo),
           static_cast<u128>(d_hi), service_key(p, static_cast<std::uint32_t>(p_lo)),
           service_key(p, static_cast<std::uint32_t>(p_hi)), static_cast<std::uint32_t>(sp_lo),
           static_cast<std::uint32_t>(sp_hi)}));
    }
    Bits bits;
    for (int k = 0; k < kPackets; ++k) {
      Packet q = packet_of(k);
      int proto = key_proto(q.key) == Proto::Tcp ? 0 : 1;
      int port = static_cast<int>(key_port(q.key));
      auto in = [](u128 v, int lo, int hi) {
        return v >= static_cast<u128>(lo) && v <= static_cast<u128>(hi);
      };
      if (in(q.src, s_lo, s_hi) && in(q.dst, d_lo, d_hi) && proto >= pr_lo && proto <= pr_hi &&
          port >= p_lo && port <= p_hi && in(q.sport, sp_lo, sp_hi))
        bits.set(static_cast<std::size_t>(k));
    }
    int a = pick(10);
    r.action = a < 5 ? Action::Accept : a < 7 ? Action::Drop : a < 9 ? Action::Reject : Action::Log;
    r.exact = pick(5) != 0;
    r.loc = SourceLoc{name, i + 1, 1};
    r.text = name + " rule " + std::to_string(i + 1);
    c.point.rules.push_back(std::move(r));
    c.m.push_back(bits);
  }
  return c;
}

/// A packet walked through the chains in path order, each chain by first match over the
/// enumerated bits: (accepted, where the last verdict was given).
std::pair<bool, SourceLoc> walk(const std::vector<const RandomChain*>& path, int k,
                                bool inexact_match) {
  SourceLoc at;
  for (const RandomChain* c : path) {
    const Point& p = c->point;
    bool decided = false;
    for (std::size_t i = 0; i < p.rules.size() && !decided; ++i) {
      const Rule& r = p.rules[i];
      if (!terminal(r.action) || !c->m[i].test(static_cast<std::size_t>(k))) continue;
      if (!r.exact && !inexact_match) continue;
      if (!permits(r.action)) return {false, r.loc};
      at = r.loc;
      decided = true;
    }
    if (!decided) {
      if (!permits(p.policy)) return {false, p.policy_loc};
      at = p.policy_loc;
    }
  }
  return {true, at};
}

std::string dump(const std::vector<const RandomChain*>& path) {
  std::string out;
  for (const RandomChain* c : path) {
    out += c->point.name + " hook " + c->point.hook + " prio " +
           std::to_string(c->point.hook_priority) + " policy " +
           std::string(action_name(c->point.policy)) + "\n";
    for (std::size_t i = 0; i < c->point.rules.size(); ++i) {
      out += "  " + std::to_string(i + 1) + ": " +
             std::string(action_name(c->point.rules[i].action)) +
             (c->point.rules[i].exact ? "" : " (inexact)") + " packets";
      for (int k = 0; k < kPackets; ++k)
        if (c->m[i].test(static_cast<std::size_t>(k))) out += " " + std::to_string(k);
      out += "\n";
    }
  }
  return out;
}

TEST(InboundOracle, CombinedListAgreesWithTheChainsOneByOne) {
  const std::uint64_t base =
      testing::test_seed("InboundOracle.CombinedListAgreesWithTheChainsOneByOne");
  const std::size_t sets = testing::scaled_count(1500);
  std::size_t multi = 0;
  for (std::size_t s = 0; s < sets; ++s) {
    const std::uint64_t seed = base + s;
    std::mt19937_64 rng(seed);
    std::vector<RandomChain> chains;
    const int n = 1 + static_cast<int>(rng() % 3);
    for (int i = 0; i < n; ++i) chains.push_back(random_chain(rng, i));
    // The path, by its definition: prerouting chains, then input chains, each by
    // priority, file order between equals.
    std::vector<const RandomChain*> path;
    for (const char* hook : {"prerouting", "input"}) {
      std::vector<const RandomChain*> at_hook;
      for (const RandomChain& c : chains)
        if (c.point.hook == hook) at_hook.push_back(&c);
      std::stable_sort(at_hook.begin(), at_hook.end(),
                       [](const RandomChain* a, const RandomChain* b) {
                         return a->point.hook_priority < b->point.hook_priority;
                       });
      path.insert(path.end(), at_hook.begin(), at_hook.end());
    }
    SCOPED_TRACE("seed " + std::to_string(seed) + " (BULKHEAD_SEED=" + std::to_string(base) +
                 ", set #" + std::to_string(s) + ")\n" + dump(path));
    std::vector<Point> points;
    for (const RandomChain& c : chains) points.push_back(c.point);
    std::vector<Point> in = inbound_points(nft(points));
    ASSERT_EQ(in.size(), 1u);
    multi += path.size() > 1;
    for (bool inexact_match : {false, true})
      for (int k = 0; k < kPackets; ++k) {
        auto want = walk(path, k, inexact_match);
        auto got = first_match(in[0], packet_of(k), inexact_match);
        ASSERT_EQ(got.first, want.first)
            << "packet " << k << " (" << packet_of(k).str() << "), inexact rules "
            << (inexact_match ? "match" : "do not match");
        ASSERT_EQ(got.second, want.second)
            << "packet " << k << " decided at another rule, inexact rules "
            << (inexact_match ? "match" : "do not match");
      }
  }
  EXPECT_GT(multi, sets / 2) << "too few sets with several chains";
}

}  // namespace
}  // namespace bulkhead::ruleset
