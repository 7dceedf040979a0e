// The anomaly analysis against a brute force: random small rule sets over a tiny header
// space (source and destination addresses 0-3, TCP and UDP ports 0-3, source ports 0-1:
// 256 packets) where every packet is enumerated, each rule's match is a bitset built from
// the random boxes directly, and each anomaly is computed by its definition
// (ruleset/anomalies.h). Exact agreement is required on every kind, rule and pair, and
// every witness must lie in the region that proves its finding. Seeds come from
// testing::test_seed (BULKHEAD_SEED replays one run; the seed is printed on failure).
#include <bitset>
#include <map>
#include <random>
#include <set>
#include <tuple>

#include <gtest/gtest.h>

#include "ruleset/anomalies.h"
#include "ruleset/compliance.h"
#include "testlib/random_policy.h"

namespace bulkhead::ruleset {
namespace {

constexpr int kAddrs = 4, kPorts = 4, kSports = 2;
constexpr int kPackets = kAddrs * kAddrs * 2 * kPorts * kSports;
using Bits = std::bitset<kPackets>;

struct RawBox {
  int s_lo, s_hi, d_lo, d_hi;
  int proto_lo, proto_hi;  ///< 0 tcp, 1 udp
  int p_lo, p_hi, sp_lo, sp_hi;
};

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

bool raw_contains(const RawBox& b, int idx) {
  int sp = idx % kSports;
  idx /= kSports;
  int port = idx % kPorts;
  idx /= kPorts;
  int proto = idx % 2;
  idx /= 2;
  int d = idx % kAddrs;
  int s = idx / kAddrs;
  return s >= b.s_lo && s <= b.s_hi && d >= b.d_lo && d <= b.d_hi && proto >= b.proto_lo &&
         proto <= b.proto_hi && port >= b.p_lo && port <= b.p_hi && sp >= b.sp_lo && sp <= b.sp_hi;
}

Region universe() {
  Region u;
  u.add(Region::of({Family::V4, 0, kAddrs - 1, 0, kAddrs - 1, service_key(Proto::Tcp, 0),
                    service_key(Proto::Tcp, kPorts - 1), 0, kSports - 1}));
  u.add(Region::of({Family::V4, 0, kAddrs - 1, 0, kAddrs - 1, service_key(Proto::Udp, 0),
                    service_key(Proto::Udp, kPorts - 1), 0, kSports - 1}));
  return u;
}

struct Case {
  Point point;
  std::vector<Bits> m;  ///< each rule's match, from its raw boxes
};

Case random_case(std::mt19937_64& rng) {
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
  Case c;
  c.point.name = "oracle";
  c.point.universe = universe();
  c.point.policy = pick(2) == 0 ? Action::Accept : Action::Drop;
  int n = 1 + pick(9);
  for (int i = 0; i < n; ++i) {
    Rule r;
    int boxes = pick(4) == 0 ? 2 : 1;
    Bits bits;
    for (int b = 0; b < boxes; ++b) {
      RawBox x{};
      range(kAddrs, &x.s_lo, &x.s_hi);
      range(kAddrs, &x.d_lo, &x.d_hi);
      range(2, &x.proto_lo, &x.proto_hi);
      range(kPorts, &x.p_lo, &x.p_hi);
      range(kSports, &x.sp_lo, &x.sp_hi);
      for (int proto = x.proto_lo; proto <= x.proto_hi; ++proto) {
        Proto p = proto == 0 ? Proto::Tcp : Proto::Udp;
        r.match.add(
            Region::of({Family::V4, static_cast<u128>(x.s_lo), static_cast<u128>(x.s_hi),
                        static_cast<u128>(x.d_lo), static_cast<u128>(x.d_hi),
                        service_key(p, static_cast<std::uint32_t>(x.p_lo)),
                        service_key(p, static_cast<std::uint32_t>(x.p_hi)),
                        static_cast<std::uint32_t>(x.sp_lo), static_cast<std::uint32_t>(x.sp_hi)}));
      }
      for (int k = 0; k < kPackets; ++k)
        if (raw_contains(x, k)) bits.set(static_cast<std::size_t>(k));
    }
    int a = pick(10);
    r.action = a < 4 ? Action::Accept : a < 7 ? Action::Drop : a < 9 ? Action::Reject : Action::Log;
    r.exact = pick(6) != 0;
    r.side_effects = pick(4) == 0;
    r.loc = SourceLoc{"oracle", i + 1, 1};
    r.text = "rule " + std::to_string(i + 1);
    c.point.rules.push_back(std::move(r));
    c.m.push_back(bits);
  }
  return c;
}

using Key = std::tuple<AnomalyKind, std::size_t, std::size_t, std::string>;

/// Every anomaly by its definition, over the enumerated packets.
std::set<Key> brute_force(const Case& c, const std::vector<RiskyService>& risky,
                          std::map<std::size_t, Bits>* decided) {
  const Point& p = c.point;
  const std::size_t n = p.rules.size();
  Bits all;
  all.set();
  auto active = [&](std::size_t j) { return terminal(p.rules[j].action) && c.m[j].any(); };
  auto usable = [&](std::size_t j) { return active(j) && p.rules[j].exact; };
  std::set<Key> out;
  std::size_t match_all = n;
  for (std::size_t j = 0; j < n && match_all == n; ++j)
    if (usable(j) && c.m[j] == all) match_all = j;
  for (std::size_t i = 0; i < n; ++i) {
    if (!active(i)) continue;
    const bool vi = permits(p.rules[i].action);
    if (i > match_all) {
      out.insert({AnomalyKind::Unreachable, i, 0, ""});
      continue;
    }
    Bits e = c.m[i];
    bool other_verdict_overlaps = false;
    for (std::size_t j = 0; j < i; ++j) {
      if (!usable(j)) continue;
      e &= ~c.m[j];
      if ((c.m[j] & c.m[i]).any() && permits(p.rules[j].action) != vi)
        other_verdict_overlaps = true;
    }
    (*decided)[i] = e;
    if (e.none()) {
      out.insert(
          {other_verdict_overlaps ? AnomalyKind::Shadowed : AnomalyKind::Redundant, i, 0, ""});
      continue;
    }
    // Removing rule i: the verdicts its packets could get from the later rules.
    bool same = true;
    for (int k = 0; k < kPackets && same; ++k) {
      if (!e.test(static_cast<std::size_t>(k))) continue;
      bool decided_later = false;
      for (std::size_t j = i + 1; j < n && !decided_later; ++j) {
        if (!active(j) || !c.m[j].test(static_cast<std::size_t>(k))) continue;
        if (permits(p.rules[j].action) != vi) same = false;
        if (p.rules[j].exact) decided_later = true;
      }
      if (!decided_later && permits(p.policy) != vi) same = false;
    }
    // A rule that counts or logs what it decides is not redundant while it decides some.
    if (same && !p.rules[i].side_effects) out.insert({AnomalyKind::Redundant, i, 0, ""});
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (!usable(i) || p.rules[i].action != Action::Accept) continue;
    std::string names;
    for (const RiskyService& s : risky) {
      bool found = false;
      for (int k = 0; k < kPackets && !found; ++k) {
        Packet pk = packet_of(k);
        if (!s.keys.contains(pk.key)) continue;
        bool every = true;
        for (int x = 0; x < kPackets && every; ++x) {
          Packet q = packet_of(x);
          if (q.key == pk.key && q.sport == pk.sport && !c.m[i].test(static_cast<std::size_t>(x)))
            every = false;
        }
        found = every;
      }
      if (found) names += (names.empty() ? "" : ", ") + s.name;
    }
    if (!names.empty()) out.insert({AnomalyKind::OverBroad, i, 0, names});
  }
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < i; ++j) {
      if (!usable(i) || !usable(j) || i == match_all) continue;
      if (permits(p.rules[i].action) == permits(p.rules[j].action)) continue;
      Bits both = c.m[i] & c.m[j];
      if (both.none()) continue;
      bool j_in_i = (c.m[j] & ~c.m[i]).none();
      bool i_in_j = (c.m[i] & ~c.m[j]).none();
      if (i_in_j) continue;
      out.insert({j_in_i ? AnomalyKind::Generalization : AnomalyKind::Correlated, i, j, ""});
    }
  return out;
}

std::string describe(const std::set<Key>& s) {
  std::string out;
  for (const auto& [k, i, j, d] : s)
    out += std::string(anomaly_name(k)) + "(" + std::to_string(i + 1) +
           (k == AnomalyKind::Correlated || k == AnomalyKind::Generalization
                ? "," + std::to_string(j + 1)
                : "") +
           (d.empty() ? "" : "," + d) + ") ";
  return out;
}

std::string dump(const Case& c) {
  std::string out = "policy " + std::string(action_name(c.point.policy)) + "\n";
  for (std::size_t i = 0; i < c.point.rules.size(); ++i) {
    const Rule& r = c.point.rules[i];
    out += "  " + std::to_string(i + 1) + ": " + std::string(action_name(r.action)) +
           (r.exact ? "" : " (inexact)") + (r.side_effects ? " (counts)" : "") + " packets";
    for (int k = 0; k < kPackets; ++k)
      if (c.m[i].test(static_cast<std::size_t>(k))) out += " " + std::to_string(k);
    out += "\n";
  }
  return out;
}

TEST(AnomaliesOracle, AgreesWithBruteForceOnRandomRuleSets) {
  const std::uint64_t base =
      testing::test_seed("AnomaliesOracle.AgreesWithBruteForceOnRandomRuleSets");
  const std::size_t sets = testing::scaled_count(3000);
  AnomalyOptions opts;
  opts.risky = {
      {"tcp2", ServiceSet::range(service_key(Proto::Tcp, 2), service_key(Proto::Tcp, 2))},
      {"udp1-2", ServiceSet::range(service_key(Proto::Udp, 1), service_key(Proto::Udp, 2))}};
  std::map<AnomalyKind, int> seen;
  for (std::size_t s = 0; s < sets; ++s) {
    const std::uint64_t seed = base + s;
    std::mt19937_64 rng(seed);
    Case c = random_case(rng);
    SCOPED_TRACE("seed " + std::to_string(seed) + " (BULKHEAD_SEED=" + std::to_string(base) +
                 ", set #" + std::to_string(s) + ")\n" + dump(c));
    // The regions built by box algebra hold exactly the enumerated packets.
    for (std::size_t i = 0; i < c.m.size(); ++i)
      for (int k = 0; k < kPackets; ++k)
        ASSERT_EQ(c.point.rules[i].match.contains(packet_of(k)),
                  c.m[i].test(static_cast<std::size_t>(k)))
            << "rule " << i + 1 << " packet " << k;
    std::map<std::size_t, Bits> decided;
    std::set<Key> want = brute_force(c, opts.risky, &decided);
    PointAnomalies got = find_anomalies(c.point, opts);
    std::set<Key> have;
    for (const Anomaly& a : got.findings) {
      bool pair = a.kind == AnomalyKind::Correlated || a.kind == AnomalyKind::Generalization;
      have.insert({a.kind, a.rule, pair ? a.others.at(0) : 0, a.detail});
      ++seen[a.kind];
      // The witness proves the finding.
      const Bits& mi = c.m[a.rule];
      int w = -1;
      for (int k = 0; k < kPackets; ++k)
        if (packet_of(k) == a.witness) w = k;
      ASSERT_GE(w, 0) << anomaly_name(a.kind)
                      << " witness outside the header space: " << a.witness.str();
      const auto wk = static_cast<std::size_t>(w);
      ASSERT_TRUE(mi.test(wk)) << anomaly_name(a.kind) << " witness not in rule " << a.rule + 1;
      if (a.kind == AnomalyKind::Shadowed) {
        // The named rules cover the shadowed one, and the witness is decided otherwise.
        Bits cover;
        for (std::size_t o : a.others) cover |= c.m[o];
        EXPECT_TRUE((mi & ~cover).none()) << "shadowed rule " << a.rule + 1 << " not covered";
        bool other = false;
        for (std::size_t j = 0; j < a.rule; ++j)
          if (c.point.rules[j].exact && terminal(c.point.rules[j].action) && c.m[j].test(wk) &&
              permits(c.point.rules[j].action) != permits(c.point.rules[a.rule].action))
            other = true;
        EXPECT_TRUE(other) << "shadowed witness is not taken by a rule of the other verdict";
      }
      if (a.kind == AnomalyKind::Redundant && decided.count(a.rule) && decided[a.rule].any()) {
        EXPECT_TRUE(decided[a.rule].test(wk)) << "redundant witness not decided by the rule";
      }
      if (pair) {
        const Bits& mj = c.m[a.others.at(0)];
        EXPECT_TRUE(mj.test(wk)) << "pair witness not in the earlier rule";
      }
    }
    ASSERT_EQ(describe(have), describe(want)) << "analysis (left) vs brute force (right)";

    // Seed-table exposure, packet by packet: open when the exact rules accept it, "may be
    // open" when they block it but an inexact accept before the deciding rule covers it.
    std::vector<ServiceExposure> ex = seed_exposure(c.point, opts.risky, {});
    ASSERT_EQ(ex.size(), opts.risky.size());
    for (std::size_t si = 0; si < ex.size(); ++si)
      for (int k = 0; k < kPackets; ++k) {
        Packet pk = packet_of(k);
        if (!opts.risky[si].keys.contains(pk.key)) continue;
        std::size_t decider = c.point.rules.size();
        for (std::size_t i = 0; i < c.point.rules.size() && decider == c.point.rules.size(); ++i)
          if (c.point.rules[i].exact && terminal(c.point.rules[i].action) &&
              c.m[i].test(static_cast<std::size_t>(k)))
            decider = i;
        bool open = decider < c.point.rules.size() ? permits(c.point.rules[decider].action)
                                                   : permits(c.point.policy);
        bool maybe = false;
        for (std::size_t i = 0; i < decider && !open; ++i)
          maybe |= !c.point.rules[i].exact && c.point.rules[i].action == Action::Accept &&
                   c.m[i].test(static_cast<std::size_t>(k));
        ASSERT_EQ(ex[si].open.contains(pk), open) << ex[si].service << " packet " << pk.str();
        ASSERT_EQ(ex[si].maybe.contains(pk), maybe) << ex[si].service << " packet " << pk.str();
      }
  }
  // The generator reaches every kind, so agreement means something.
  EXPECT_GT(seen[AnomalyKind::Shadowed], 0);
  for (AnomalyKind k : kAnomalyKinds)
    EXPECT_GT(seen[k], 0) << "no random set had a " << anomaly_name(k) << " finding";
}

}  // namespace
}  // namespace bulkhead::ruleset
