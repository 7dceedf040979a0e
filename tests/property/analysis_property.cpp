// Property tests of the analyses against brute force on random policies:
//   - blast radius: a breadth-first search over *hosts*, two hosts connected when some
//     address pair of theirs and some key of the services is reachable (checked on the
//     tier-map segments with Decision::judge), must give every host the same hop, every
//     path must be made of connected steps, and the ranking must give every host the
//     radius of its own search;
//   - diff: every flow between atom-boundary addresses on every segment-boundary key of
//     either version is queried in both; each change must fall in a reported group of the
//     right direction, and each group's example must change as claimed;
//   - verify: every gap flow found the same way must lie in a reported gap group, every
//     group's keys must all be gaps, and each intent must hold exactly when no covered
//     flow contradicts it;
//   - exposure: each (service, host class) grade equals the grade computed flow by flow;
//   - coverage: each check of the coverage table, on random purposes, is closed or open
//     exactly as a scan of every representative flow with the reference semantics says;
//   - every counterexample of every analysis is real (Decision::query and the reference
//     semantics agree with the verdict it claims).
// Seeds: testing::test_seed (BULKHEAD_SEED replays); BULKHEAD_PROPERTY_SCALE scales counts.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <deque>
#include <map>
#include <random>
#include <set>
#include <string>
#include <tuple>

#include <fmt/format.h>

#include "analysis/blast_radius.h"
#include "analysis/coverage.h"
#include "analysis/diff.h"
#include "analysis/exposure.h"
#include "analysis/verify.h"
#include "decision/decision.h"
#include "policy/catalog.h"
#include "policy/loader.h"
#include "testlib/random_policy.h"
#include "testlib/reference.h"

namespace bulkhead {
namespace {

using analysis::FlowExample;

double scale() {
  const char* s = std::getenv("BULKHEAD_PROPERTY_SCALE");
  return s ? std::atof(s) : 1.0;
}

int count(int n) {
  return std::max(5, static_cast<int>(n * scale()));
}

std::shared_ptr<const decision::Decision> load(const std::string& yaml) {
  Diagnostics diags;
  auto model = policy::load_text(yaml, "random.yaml", diags);
  if (!model) return nullptr;
  return decision::Decision::resolve(std::move(*model));
}

std::shared_ptr<const decision::Decision> load_or_fail(const std::string& yaml,
                                                       std::uint64_t seed) {
  auto d = load(yaml);
  if (!d) ADD_FAILURE() << "seed " << seed << ": random policy did not load\n" << yaml;
  return d;
}

// A counterexample is real: query and the reference semantics agree with it.
void check_real(const decision::Decision& d, const FlowExample& ex, const std::string& what) {
  decision::Verdict v = d.query(ex.flow());
  testing::ReferenceVerdict ref = testing::reference_query(d.model(), ex.flow());
  const std::string text = what + ": " + analysis::flow_text(d, ex);
  EXPECT_EQ(v.tier, ex.verdict.tier) << text;
  EXPECT_EQ(v.rule, ex.verdict.rule) << text;
  EXPECT_EQ(v.reachable, ex.verdict.reachable) << text;
  EXPECT_EQ(v.intended, ex.verdict.intended) << text;
  EXPECT_EQ(ref.tier, ex.verdict.tier) << text;
  EXPECT_EQ(ref.reachable, ex.verdict.reachable) << text;
  EXPECT_EQ(ref.intended, ex.verdict.intended) << text;
  EXPECT_EQ(d.class_of(ex.src.addr), ex.src.cls) << text;
  EXPECT_EQ(d.class_of(ex.dst.addr), ex.dst.cls) << text;
  EXPECT_EQ(d.atom_of(ex.src.addr).host, ex.src.host) << text;
  EXPECT_EQ(d.atom_of(ex.dst.addr).host, ex.dst.host) << text;
  if (ex.src.host != decision::kNoHost) {
    EXPECT_NE(ex.src.host, ex.dst.host) << text;
  }
}

// The first key of [lo, hi] in every protocol block that flows of family f carry (ICMP
// and ICMPv6 keys exist in one family only): the representatives of a key range.
std::vector<std::uint32_t> family_reps(std::uint32_t lo, std::uint32_t hi, Family f) {
  std::vector<std::uint32_t> out;
  for (Proto p : kProtosInKeyOrder) {
    if (!proto_in_family(p, f)) continue;
    const std::uint32_t a = std::max(lo, service_key(p, 0));
    const std::uint32_t b = std::min(hi, service_key(p, proto_last(p)));
    if (a <= b) out.push_back(a);
  }
  return out;
}

bool fits(std::uint32_t key, Family f) {
  return proto_in_family(key_proto(key), f);
}

// Whether some key of `keys` is reachable from address x to address y (tier map + judge).
bool reaches(const decision::Decision& d, const Addr& x, const Addr& y, const ServiceSet& keys) {
  if (x.family != y.family) return false;
  const std::uint32_t s = d.class_of(x), t = d.class_of(y);
  // A family's flows carry only that family's ICMP.
  const ServiceSet fam = keys.intersect(family_services(x.family));
  for (const decision::Segment& seg : d.tiers(s, t)) {
    if (!fam.intersects(seg.lo, seg.hi)) continue;
    if (d.judge(s, t, seg.tier, seg.rule).reachable) return true;
  }
  return false;
}

const std::vector<std::string> kServiceChoices = {"lateral-movement", "smb", "rdp", "any",
                                                  "tcp/0-1000",       "icmp"};

ServiceSet service_keys(const decision::Decision& d, const std::string& text) {
  std::string why;
  ServiceSet keys;
  auto named = policy::resolve_service_names(d.model(), text, &why);
  for (const policy::NamedService& s : *named) keys = keys.unite(s.keys);
  return keys;
}

// --- blast radius ------------------------------------------------------------------------

// Hop of every host from a start (a host, or a plain address when start_host < 0).
std::vector<int> brute_bfs(const decision::Decision& d, const ServiceSet& keys,
                           std::int32_t start_host, const Addr& start_addr, int max_hops) {
  const std::size_t nh = d.model().hosts.size();
  std::vector<int> hop(nh, -1);
  std::deque<std::uint32_t> queue;
  auto connect_from = [&](const std::vector<Addr>& from, std::int32_t self, int h) {
    for (std::uint32_t b = 0; b < nh; ++b) {
      if (hop[b] >= 0 || static_cast<std::int32_t>(b) == self) continue;
      bool c = false;
      for (const Addr& x : from)
        for (const Addr& y : d.model().hosts[b].addresses) c = c || reaches(d, x, y, keys);
      if (c) {
        hop[b] = h;
        queue.push_back(b);
      }
    }
  };
  if (start_host >= 0) {
    hop[static_cast<std::size_t>(start_host)] = 0;
    queue.push_back(static_cast<std::uint32_t>(start_host));
  } else if (max_hops != 0) {
    connect_from({start_addr}, -1, 1);
  }
  while (!queue.empty()) {
    std::uint32_t a = queue.front();
    queue.pop_front();
    if (max_hops >= 0 && hop[a] >= max_hops) continue;
    connect_from(d.model().hosts[a].addresses, static_cast<std::int32_t>(a), hop[a] + 1);
  }
  if (start_host >= 0) hop[static_cast<std::size_t>(start_host)] = -1;  // not "reached"
  return hop;
}

void compare_blast(const decision::Decision& d, const analysis::ReachGraph& g,
                   const ServiceSet& keys, const analysis::BlastResult& r,
                   const std::vector<int>& want, const std::string& what) {
  std::vector<int> got(d.model().hosts.size(), -1);
  for (std::size_t i = 0; i < r.hops.size(); ++i)
    for (const analysis::Reached& x : r.hops[i]) got[x.host] = static_cast<int>(i) + 1;
  std::uint64_t total = 0;
  for (std::size_t h = 0; h < got.size(); ++h) {
    EXPECT_EQ(got[h], want[h]) << what << ": host " << d.model().hosts[h].name;
    total += want[h] >= 0;
  }
  EXPECT_EQ(r.total, total) << what;
  // Paths: every step is a connection, one hop each.
  for (std::size_t i = 0; i < r.hops.size(); ++i) {
    for (const analysis::Reached& x : r.hops[i]) {
      std::vector<std::uint32_t> path = analysis::path_to(r, x.host);
      const std::size_t steps = r.start_host >= 0 ? path.size() - 1 : path.size();
      EXPECT_EQ(steps, i + 1) << what << ": path length to " << d.model().hosts[x.host].name;
      for (std::size_t k = 0; k < path.size(); ++k) {
        const std::uint32_t to = path[k];
        if (k == 0 && r.start_host >= 0) continue;
        std::vector<Addr> from =
            k == 0 ? std::vector<Addr>{*r.start_addr} : d.model().hosts[path[k - 1]].addresses;
        bool c = false;
        for (const Addr& a : from)
          for (const Addr& b : d.model().hosts[to].addresses) c = c || reaches(d, a, b, keys);
        EXPECT_TRUE(c) << what << ": step to " << d.model().hosts[to].name
                       << " is not a connection";
        // The step's key is reachable between the two hosts.
        bool key_ok = false;
        for (const Addr& a : from)
          for (const Addr& b : d.model().hosts[to].addresses)
            key_ok = key_ok ||
                     (a.family == b.family && fits(r.key_of[to], a.family) &&
                      d.query(decision::Flow{a, b, key_proto(r.key_of[to]),
                                             static_cast<std::uint16_t>(key_port(r.key_of[to]))})
                          .reachable);
        EXPECT_TRUE(key_ok && keys.contains(r.key_of[to]))
            << what << ": step key to " << d.model().hosts[to].name;
      }
    }
  }
  (void)g;
}

TEST(AnalysisProperty, BlastRadiusMatchesHostLevelSearch) {
  const std::uint64_t base =
      testing::test_seed("AnalysisProperty.BlastRadiusMatchesHostLevelSearch");
  testing::RandomPolicyOptions opts;
  opts.max_hosts = 12;
  opts.max_rules = 10;
  opts.allow_audit = true;
  for (int i = 0; i < count(120); ++i) {
    const std::uint64_t seed = base + static_cast<std::uint64_t>(i);
    testing::RandomPolicy p = testing::random_policy(seed, opts);
    auto d = load_or_fail(p.yaml, seed);
    if (!d) return;
    std::mt19937_64 rng(seed);
    const std::string svc = kServiceChoices[rng() % kServiceChoices.size()];
    const ServiceSet keys = service_keys(*d, svc);
    analysis::Context ctx(*d);
    analysis::ReachGraph g(ctx, keys);
    const std::string what = fmt::format("seed {} services {}", seed, svc);
    std::map<std::uint32_t, std::uint64_t> brute_radius;
    std::map<std::uint32_t, int> brute_depth;
    for (std::uint32_t h = 0; h < d->model().hosts.size(); ++h) {
      for (int max_hops : {-1, 1, 2}) {
        analysis::BlastResult r = analysis::blast_radius(g, h, max_hops);
        std::vector<int> want = brute_bfs(*d, keys, static_cast<std::int32_t>(h), Addr{}, max_hops);
        compare_blast(
            *d, g, keys, r, want,
            fmt::format("{} from {} max-hops {}", what, d->model().hosts[h].name, max_hops));
        if (max_hops < 0) {
          brute_radius[h] = static_cast<std::uint64_t>(
              std::count_if(want.begin(), want.end(), [](int x) { return x >= 0; }));
          brute_depth[h] =
              want.empty() ? 0 : std::max(0, *std::max_element(want.begin(), want.end()));
        }
      }
    }
    // From plain addresses (the internet, unassigned zone space).
    for (const Addr& a : p.addresses) {
      if (d->atom_of(a).host != decision::kNoHost) continue;
      analysis::BlastResult r = analysis::blast_radius_from_address(g, a, -1);
      compare_blast(*d, g, keys, r, brute_bfs(*d, keys, -1, a, -1), what + " from " + a.str());
    }
    // The ranking gives every host the radius (and depth) of its own search.
    for (const analysis::RankEntry& e : analysis::rank_blast_radius(g, -1, 0)) {
      for (std::uint32_t h : e.hosts) {
        EXPECT_EQ(e.radius, brute_radius[h])
            << what << ": rank radius of " << d->model().hosts[h].name;
        EXPECT_EQ(e.hops, brute_depth[h]) << what << ": rank depth of " << d->model().hosts[h].name;
      }
    }
    if (::testing::Test::HasFailure()) return;
  }
}

// --- diff ------------------------------------------------------------------------------

std::string mutate(std::string yaml, std::mt19937_64& rng) {
  const std::vector<std::pair<std::string, std::string>> edits = {
      {"action: allow", "action: deny"},
      {"action: deny", "action: allow"},
      {"action: deny", "action: override-deny"},
      {"managed: false\n", "\n"},
      {"firewall: true", "firewall: false"},
      {"default_inbound: deny", "default_inbound: allow"},
      {"default_outbound: allow", "default_outbound: deny"},
      {"[smb", "[rdp"},
      {"baselines: [lateral-movement]", ""},
      {"role: ws", "role: fs"}};
  const int n = 1 + static_cast<int>(rng() % 3);
  for (int k = 0; k < n; ++k) {
    const auto& [from, to] = edits[rng() % edits.size()];
    std::vector<std::size_t> at;
    for (std::size_t pos = yaml.find(from); pos != std::string::npos;
         pos = yaml.find(from, pos + 1))
      at.push_back(pos);
    if (at.empty()) continue;
    yaml.replace(at[rng() % at.size()], from.size(), to);
  }
  return yaml;
}

std::vector<std::uint32_t> boundary_keys(const decision::Decision& a, const decision::Decision& b) {
  std::set<std::uint32_t> keys{0};
  for (Proto p : kProtosInKeyOrder) keys.insert(service_key(p, 0));
  for (const decision::Decision* d : {&a, &b}) {
    for (const decision::CompiledRule& r : d->rules()) {
      for (const auto& iv : r.keys.intervals()) {
        keys.insert(iv.lo);
        if (iv.hi < kServiceKeyMax) keys.insert(iv.hi + 1);
      }
    }
  }
  return {keys.begin(), keys.end()};
}

std::int32_t joint_of(const analysis::DiffReport& r, const Addr& a) {
  for (std::size_t j = 0; j < r.joint.size(); ++j) {
    if (r.joint[j].family != a.family) continue;
    for (const auto& [lo, hi] : r.joint[j].ranges)
      if (a.value >= lo && a.value <= hi) return static_cast<std::int32_t>(j);
  }
  return -1;
}

TEST(AnalysisProperty, DiffMatchesBoundaryEnumeration) {
  const std::uint64_t base = testing::test_seed("AnalysisProperty.DiffMatchesBoundaryEnumeration");
  testing::RandomPolicyOptions opts;
  opts.max_hosts = 8;
  opts.max_rules = 8;
  opts.allow_audit = true;
  int compared = 0;
  for (int i = 0; i < count(150); ++i) {
    const std::uint64_t seed = base + static_cast<std::uint64_t>(i);
    std::mt19937_64 rng(seed);
    testing::RandomPolicy p = testing::random_policy(seed, opts);
    const std::string other =
        rng() % 5 == 0 ? testing::random_policy(seed * 31 + 7, opts).yaml : mutate(p.yaml, rng);
    auto o = load_or_fail(p.yaml, seed);
    auto n = load(other);
    if (!o) return;
    if (!n) continue;  // a mutation that the loader rejects
    ++compared;
    analysis::DiffReport r = analysis::diff(*o, *n);
    const std::string what = fmt::format("seed {}", seed);

    // Every group's example changes as claimed, with the keys the group names.
    for (const analysis::DiffGroup& g : r.groups) {
      const bool up = g.change == analysis::Change::NewlyReachable;
      EXPECT_EQ(g.old_verdict.reachable, !up) << what << " " << g.service;
      EXPECT_EQ(g.new_verdict.reachable, up) << what << " " << g.service;
      EXPECT_TRUE(g.keys.contains(g.key)) << what;
      EXPECT_EQ(joint_of(r, g.src_addr), static_cast<std::int32_t>(g.src)) << what;
      EXPECT_EQ(joint_of(r, g.dst_addr), static_cast<std::int32_t>(g.dst)) << what;
      // Every key interval of the group changes the same way at its ends.
      for (const auto& iv : g.keys.intervals()) {
        for (std::uint32_t k : {iv.lo, iv.hi}) {
          if (!fits(k, g.src_addr.family)) continue;
          decision::Flow f{g.src_addr, g.dst_addr, key_proto(k),
                           static_cast<std::uint16_t>(key_port(k))};
          EXPECT_EQ(o->query(f).reachable, !up) << what << " key " << analysis::key_text(k);
          EXPECT_EQ(n->query(f).reachable, up) << what << " key " << analysis::key_text(k);
        }
      }
    }
    // Every change between boundary addresses and keys is in a group.
    std::vector<Addr> addrs;
    for (const decision::Decision* d : {o.get(), n.get()})
      for (const decision::Atom& a : d->atoms()) addrs.push_back(Addr{a.family, a.lo});
    std::sort(addrs.begin(), addrs.end());
    addrs.erase(std::unique(addrs.begin(), addrs.end()), addrs.end());
    const std::vector<std::uint32_t> keys = boundary_keys(*o, *n);
    for (const Addr& x : addrs) {
      for (const Addr& y : addrs) {
        if (x.family != y.family) continue;
        const std::string hx = analysis::host_name_at(*n, x).empty()
                                   ? analysis::host_name_at(*o, x)
                                   : analysis::host_name_at(*n, x);
        const std::string hy = analysis::host_name_at(*n, y).empty()
                                   ? analysis::host_name_at(*o, y)
                                   : analysis::host_name_at(*n, y);
        if (!hx.empty() && hx == hy) continue;  // a host to itself
        for (std::uint32_t k : keys) {
          if (!fits(k, x.family)) continue;
          decision::Flow f{x, y, key_proto(k), static_cast<std::uint16_t>(key_port(k))};
          const bool ro = o->query(f).reachable, rn = n->query(f).reachable;
          if (ro == rn) continue;
          const auto change =
              rn ? analysis::Change::NewlyReachable : analysis::Change::NewlyBlocked;
          const std::int32_t jx = joint_of(r, x), jy = joint_of(r, y);
          bool found = false;
          for (const analysis::DiffGroup& g : r.groups)
            found = found || (g.change == change && static_cast<std::int32_t>(g.src) == jx &&
                              static_cast<std::int32_t>(g.dst) == jy && g.keys.contains(k));
          EXPECT_TRUE(found) << what << ": unreported " << analysis::change_name(change) << " "
                             << x.str() << " -> " << y.str() << " " << analysis::key_text(k);
          if (!found) return;
        }
      }
    }
    if (::testing::Test::HasFailure()) return;
  }
  EXPECT_GT(compared, 0);
}

// --- verify ----------------------------------------------------------------------------

std::string with_expects(const std::string& yaml, std::mt19937_64& rng) {
  const std::vector<std::string> sel = {
      "any",        "internet",   "hosts",           "{role: ws}",
      "{role: fs}", "{role: dc}", "{role: \"!ws\"}", "[{role: web}, internet]"};
  const std::vector<std::string> svc = {"smb",         "rdp", "lateral-movement", "any", "tcp/0-10",
                                        "udp/100-200", "icmp"};
  std::string out = yaml + "expect:\n";
  const int n = 1 + static_cast<int>(rng() % 4);
  for (int i = 0; i < n; ++i) {
    out += fmt::format(
        "  - name: e{}\n    from: {}\n    to: {}\n    services: [{}]\n    verdict: {}\n", i,
        sel[rng() % sel.size()], sel[rng() % sel.size()], svc[rng() % svc.size()],
        rng() % 2 ? "blocked" : "reachable");
  }
  return out;
}

TEST(AnalysisProperty, VerifyMatchesSegmentEnumeration) {
  const std::uint64_t base = testing::test_seed("AnalysisProperty.VerifyMatchesSegmentEnumeration");
  testing::RandomPolicyOptions opts;
  opts.max_hosts = 10;
  opts.max_rules = 8;
  opts.allow_audit = true;
  for (int i = 0; i < count(200); ++i) {
    const std::uint64_t seed = base + static_cast<std::uint64_t>(i);
    std::mt19937_64 rng(seed);
    testing::RandomPolicy p = testing::random_policy(seed, opts);
    auto d = load_or_fail(with_expects(p.yaml, rng), seed);
    if (!d) return;
    analysis::VerifyReport r = analysis::verify(*d);
    const std::string what = fmt::format("seed {}", seed);
    for (const analysis::Gap& g : r.gaps) {
      check_real(*d, g.example, what + " gap");
      EXPECT_TRUE(g.example.verdict.reachable && !g.example.verdict.intended) << what;
      for (const auto& iv : g.keys.intervals()) {
        for (std::uint32_t k : {iv.lo, iv.hi}) {
          if (!fits(k, g.example.src.addr.family)) continue;
          decision::Verdict v =
              d->query(decision::Flow{g.example.src.addr, g.example.dst.addr, key_proto(k),
                                      static_cast<std::uint16_t>(key_port(k))});
          EXPECT_TRUE(v.reachable && !v.intended) << what << " gap key " << analysis::key_text(k);
        }
      }
    }
    // Representatives: every atom's first address, every segment's first key.
    std::vector<bool> holds(d->model().expects.size(), true);
    for (const decision::Atom& a : d->atoms()) {
      for (const decision::Atom& b : d->atoms()) {
        if (a.family != b.family) continue;
        if (a.host != decision::kNoHost && a.host == b.host) continue;
        const Addr x{a.family, a.lo};
        // Another address of a plain atom when pairing it with itself.
        const Addr y{b.family, (&a == &b && b.hi > b.lo) ? b.lo + 1 : b.lo};
        for (const decision::Segment& seg : d->tiers(a.cls, b.cls)) {
          for (std::uint32_t k : family_reps(seg.lo, seg.hi, a.family)) {
            const decision::Flow f{x, y, key_proto(k), static_cast<std::uint16_t>(key_port(k))};
            const decision::Verdict v = d->query(f);
            if (v.reachable && !v.intended) {
              bool found = false;
              for (const analysis::Gap& g : r.gaps)
                found = found || (g.src_cls == a.cls && g.dst_cls == b.cls && g.keys.contains(k));
              EXPECT_TRUE(found) << what << ": unreported gap " << x.str() << " -> " << y.str()
                                 << " " << analysis::key_text(k);
            }
          }
        }
        for (std::size_t e = 0; e < d->model().expects.size(); ++e) {
          const policy::Expect& ex = d->model().expects[e];
          if (!d->selector_matches(ex.from, a.cls) || !d->selector_matches(ex.to, b.cls)) continue;
          ServiceSet keys;
          for (const policy::ServiceRef& s : ex.services) keys = keys.unite(s.keys);
          for (const decision::Segment& seg : d->tiers(a.cls, b.cls)) {
            for (const auto& iv : keys.intervals()) {
              if (iv.hi < seg.lo || iv.lo > seg.hi) continue;
              for (std::uint32_t k :
                   family_reps(std::max(iv.lo, seg.lo), std::min(iv.hi, seg.hi), a.family)) {
                const decision::Flow f{x, y, key_proto(k), static_cast<std::uint16_t>(key_port(k))};
                if (d->query(f).reachable != (ex.verdict == policy::ExpectVerdict::Reachable))
                  holds[e] = false;
              }
            }
          }
        }
      }
    }
    for (std::size_t e = 0; e < r.intents.size(); ++e) {
      EXPECT_EQ(r.intents[e].holds, holds[e]) << what << " intent " << r.intents[e].expect->name;
      for (const FlowExample& ex : r.intents[e].examples) {
        check_real(*d, ex, what + " intent");
        EXPECT_EQ(ex.verdict.reachable,
                  r.intents[e].expect->verdict == policy::ExpectVerdict::Blocked)
            << what;
        EXPECT_TRUE(d->selector_matches(r.intents[e].expect->from, ex.src.cls)) << what;
        EXPECT_TRUE(d->selector_matches(r.intents[e].expect->to, ex.dst.cls)) << what;
        EXPECT_TRUE(r.intents[e].keys.contains(ex.key)) << what;
      }
    }
    if (::testing::Test::HasFailure()) return;
  }
}

// --- exposure and coverage -------------------------------------------------------------

TEST(AnalysisProperty, ExposureGradesMatchFlowByFlow) {
  const std::uint64_t base = testing::test_seed("AnalysisProperty.ExposureGradesMatchFlowByFlow");
  testing::RandomPolicyOptions opts;
  opts.max_hosts = 10;
  opts.allow_audit = true;
  for (int i = 0; i < count(150); ++i) {
    const std::uint64_t seed = base + static_cast<std::uint64_t>(i);
    testing::RandomPolicy p = testing::random_policy(seed, opts);
    auto d = load_or_fail(p.yaml, seed);
    if (!d) return;
    std::string why;
    auto services = *policy::resolve_service_names(d->model(), "lateral-movement", &why);
    analysis::Context ctx(*d);
    analysis::ExposureReport r = analysis::compute_exposure(ctx, services);
    const std::string what = fmt::format("seed {}", seed);
    for (const analysis::ExposureCell& c : r.cells) {
      bool allowed = false, exposed = false;
      for (const decision::Atom& a : d->atoms()) {
        for (std::uint32_t bi : d->classes()[c.dst_cls].atoms) {
          const decision::Atom& b = d->atoms()[bi];
          if (a.family != b.family || (a.host != decision::kNoHost && a.host == b.host)) continue;
          for (const decision::Segment& seg : d->tiers(a.cls, b.cls)) {
            for (const auto& iv : services[c.service].keys.intervals()) {
              if (iv.hi < seg.lo || iv.lo > seg.hi) continue;
              for (std::uint32_t k :
                   family_reps(std::max(iv.lo, seg.lo), std::min(iv.hi, seg.hi), a.family)) {
                decision::Verdict v =
                    d->query(decision::Flow{Addr{a.family, a.lo}, Addr{b.family, b.lo},
                                            key_proto(k), static_cast<std::uint16_t>(key_port(k))});
                if (!v.reachable) continue;
                (v.tier == decision::Tier::Allow ? allowed : exposed) = true;
              }
            }
          }
        }
      }
      const analysis::Grade want = exposed   ? analysis::Grade::Exposed
                                   : allowed ? analysis::Grade::Allowed
                                             : analysis::Grade::Protected;
      EXPECT_EQ(c.grade, want) << what << " " << services[c.service].name << " to "
                               << d->classes()[c.dst_cls].name;
      if (c.example) check_real(*d, *c.example, what + " exposure");
    }
    if (::testing::Test::HasFailure()) return;
  }
}

// Coverage's brute-force twin. Zones and hosts of a random policy get random purposes; each
// check of the coverage table is then recomputed from the model alone: an address's
// purposes from its longest-prefix zone and its host (found by scanning the model), every
// (atom representative, atom representative, key representative) flow between them judged
// by the reference semantics (flows inside one zone between ends that are not managed
// hosts are left out, as coverage does: no policy can act on them). A check must be closed exactly
// when some flow exists and none breaks it ("addressed" is a proof, not the absence of a found
// counterexample), open exactly when one breaks it, and its counterexample must be real, on its two
// sides, in its keys, and break it.
struct AddrFacts {
  bool internet = true;
  const policy::Zone* zone = nullptr;
  std::int32_t host = decision::kNoHost;
  bool managed_host = false;
  std::vector<std::string> purposes;
};

AddrFacts facts_of(const policy::Model& m, const Addr& a) {
  AddrFacts f;
  int best = -1;
  const policy::Zone* zone = nullptr;
  for (const policy::Zone& z : m.zones)
    for (const Prefix& p : z.cidrs)
      if (p.base.family == a.family && a.value >= p.first() && a.value <= p.last() &&
          p.length > best) {
        best = p.length;
        zone = &z;
      }
  f.zone = zone;
  if (zone != nullptr) {
    f.internet = false;
    f.purposes = zone->purposes;
  }
  for (std::size_t h = 0; h < m.hosts.size(); ++h)
    for (const Addr& x : m.hosts[h].addresses)
      if (x == a) {
        f.host = static_cast<std::int32_t>(h);
        f.managed_host = m.hosts[h].managed;
        f.purposes.insert(f.purposes.end(), m.hosts[h].purposes.begin(), m.hosts[h].purposes.end());
      }
  return f;
}

bool on_side(const analysis::SideSpec& side, const AddrFacts& f) {
  auto has = [&](std::string_view p) {
    return std::find(f.purposes.begin(), f.purposes.end(), p) != f.purposes.end();
  };
  for (std::string_view p : side.except)
    if (has(p)) return false;
  for (const analysis::SideTerm& t : side.any_of) {
    if (t.hosts_only && f.host == decision::kNoHost) continue;
    switch (t.scope) {
      case analysis::SideTerm::Scope::Any:
        return true;
      case analysis::SideTerm::Scope::Internet:
        if (f.internet) return true;
        break;
      case analysis::SideTerm::Scope::Internal:
        if (!f.internet) return true;
        break;
      case analysis::SideTerm::Scope::Purpose:
        if (has(t.purpose)) return true;
        break;
    }
  }
  return false;
}

bool breaks(analysis::FlowExpectation want, bool reachable, decision::Tier tier) {
  if (want == analysis::FlowExpectation::Ruled) return reachable && tier != decision::Tier::Allow;
  return want == analysis::FlowExpectation::Blocked ? reachable : !reachable;
}

TEST(AnalysisProperty, CoverageChecksMatchBruteForce) {
  const std::uint64_t base = testing::test_seed("AnalysisProperty.CoverageChecksMatchBruteForce");
  testing::RandomPolicyOptions opts;
  opts.allow_audit = true;
  opts.max_hosts = 6;
  opts.max_zones = 3;
  const std::vector<std::string>& vocabulary = policy::purpose_names();
  std::map<std::string, int> states;  // how often each outcome was seen
  for (int i = 0; i < count(40); ++i) {
    const std::uint64_t seed = base + static_cast<std::uint64_t>(i);
    testing::RandomPolicy p = testing::random_policy(seed, opts);
    Diagnostics diags;
    auto model = policy::load_text(p.yaml, "random.yaml", diags);
    ASSERT_TRUE(model) << "seed " << seed;
    std::mt19937_64 rng(seed);
    auto some_purposes = [&](int percent) {
      std::vector<std::string> out;
      if (static_cast<int>(rng() % 100) < percent)
        out.push_back(vocabulary[rng() % vocabulary.size()]);
      if (rng() % 4 == 0) out.emplace_back("management");
      std::sort(out.begin(), out.end());
      out.erase(std::unique(out.begin(), out.end()), out.end());
      return out;
    };
    for (policy::Zone& z : model->zones) z.purposes = some_purposes(80);
    for (policy::Host& h : model->hosts) h.purposes = some_purposes(40);
    auto d = decision::Decision::resolve(std::move(*model));
    const policy::Model& m = d->model();
    analysis::Context ctx(*d);
    analysis::CoverageReport r = analysis::compute_coverage(ctx);
    ASSERT_EQ(r.techniques.size(), analysis::m1030_technique_ids().size());

    // Key representatives: every elementary piece of the key space that no rule, check or
    // protocol boundary (nor the anti-lockout services) splits.
    std::vector<std::uint32_t> cuts{0};
    auto cut = [&](const ServiceSet& keys) {
      for (const auto& iv : keys.intervals()) {
        cuts.push_back(iv.lo);
        if (iv.hi != ~std::uint32_t{0}) cuts.push_back(iv.hi + 1);
      }
    };
    for (const policy::Rule& rule : m.rules) cut(rule.keys());
    for (const analysis::CheckSpec& c : analysis::coverage_checks())
      cut(analysis::coverage_service_set(c.services));
    for (Proto pr : kProtosInKeyOrder)
      cut(ServiceSet::range(service_key(pr, 0), service_key(pr, proto_last(pr))));
    cut(analysis::coverage_service_set("remote-admin"));
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    // Address representatives: every atom's first address; the facts of each.
    std::vector<Addr> addrs;
    for (const decision::Atom& a : d->atoms()) addrs.push_back(Addr{a.family, a.lo});
    std::vector<AddrFacts> facts;
    for (const Addr& a : addrs) facts.push_back(facts_of(m, a));
    std::vector<std::string> declared;
    for (const policy::Zone& z : m.zones)
      declared.insert(declared.end(), z.purposes.begin(), z.purposes.end());
    for (const policy::Host& h : m.hosts)
      declared.insert(declared.end(), h.purposes.begin(), h.purposes.end());
    auto is_declared = [&](std::string_view x) {
      return std::find(declared.begin(), declared.end(), x) != declared.end();
    };
    // Reference verdicts per (src, dst, key) flow, computed once per policy.
    std::map<std::tuple<std::size_t, std::size_t, std::uint32_t>, testing::ReferenceVerdict> memo;
    auto verdict = [&](std::size_t x, std::size_t y, std::uint32_t k) {
      auto key = std::make_tuple(x, y, k);
      auto it = memo.find(key);
      if (it != memo.end()) return it->second;
      const decision::Flow f{addrs[x], addrs[y], key_proto(k),
                             static_cast<std::uint16_t>(key_port(k))};
      return memo[key] = testing::reference_query(m, f);
    };

    for (const analysis::TechniqueResult& t : r.techniques) {
      for (const analysis::CheckResult& c : t.checks) {
        const std::string what = fmt::format("seed {} {} {}", seed, t.id, c.id);
        const analysis::CheckSpec* spec = nullptr;
        for (const analysis::CheckSpec& s : analysis::coverage_checks())
          if (s.id == c.id) spec = &s;
        ASSERT_NE(spec, nullptr) << what;
        ++states[std::string(analysis::coverage_status_name(t.status))];
        if (!spec->applies_if.empty() &&
            std::none_of(spec->applies_if.begin(), spec->applies_if.end(), is_declared)) {
          EXPECT_EQ(c.state, analysis::CheckResult::State::NotApplicable) << what;
          continue;
        }
        if (!std::all_of(spec->needs.begin(), spec->needs.end(), is_declared)) {
          EXPECT_EQ(c.state, analysis::CheckResult::State::NeedsPurpose) << what;
          continue;
        }
        const ServiceSet keys = analysis::coverage_service_set(spec->services);
        bool flows = false, open = false;
        for (std::size_t x = 0; x < addrs.size() && !open; ++x) {
          if (!on_side(spec->from, facts[x])) continue;
          for (std::size_t y = 0; y < addrs.size() && !open; ++y) {
            if (addrs[x].family != addrs[y].family || !on_side(spec->to, facts[y])) continue;
            if (facts[x].host != decision::kNoHost && facts[x].host == facts[y].host) continue;
            // No point could see it whatever the policy says: coverage leaves it out.
            if (facts[x].zone == facts[y].zone && !facts[x].managed_host && !facts[y].managed_host)
              continue;
            for (std::uint32_t k : cuts) {
              if (!keys.contains(k) || !fits(k, addrs[x].family)) continue;
              flows = true;
              const testing::ReferenceVerdict v = verdict(x, y, k);
              if (breaks(spec->want, v.reachable, v.tier)) {
                open = true;
                break;
              }
            }
          }
        }
        const auto want_state = open    ? analysis::CheckResult::State::Open
                                : flows ? analysis::CheckResult::State::Closed
                                        : analysis::CheckResult::State::NotApplicable;
        EXPECT_EQ(static_cast<int>(c.state), static_cast<int>(want_state)) << what;
        ++states[std::string("check ") + (open ? "open" : flows ? "closed" : "vacuous")];
        if (c.state == analysis::CheckResult::State::Open) {
          ASSERT_TRUE(c.example.has_value()) << what;
          const FlowExample& ex = *c.example;
          check_real(*d, ex, what);
          EXPECT_TRUE(on_side(spec->from, facts_of(m, ex.src.addr))) << what;
          EXPECT_TRUE(on_side(spec->to, facts_of(m, ex.dst.addr))) << what;
          EXPECT_TRUE(keys.contains(ex.key)) << what;
          EXPECT_TRUE(breaks(spec->want, ex.verdict.reachable, ex.verdict.tier)) << what;
        }
      }
    }
    if (::testing::Test::HasFailure()) return;
  }
  // The twin saw both outcomes, so "addressed" was really put to the test.
  EXPECT_GT(states["check open"], 0);
  EXPECT_GT(states["check closed"], 0);
}

}  // namespace
}  // namespace bulkhead
