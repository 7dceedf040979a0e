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
                     (a.family == b.family &&
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

TEST(AnalysisProperty, CoverageCounterexamplesAreReal) {
  const std::uint64_t base = testing::test_seed("AnalysisProperty.CoverageCounterexamplesAreReal");
  testing::RandomPolicyOptions opts;
  opts.allow_audit = true;
  int open = 0;
  for (int i = 0; i < count(100); ++i) {
    const std::uint64_t seed = base + static_cast<std::uint64_t>(i);
    testing::RandomPolicy p = testing::random_policy(seed, opts);
    // Zone names the coverage checks look for.
    std::string yaml = p.yaml;
    for (const auto& [from, to] :
         std::vector<std::pair<std::string, std::string>>{{"name: z0\n", "name: mgmt\n"},
                                                          {"name: z1\n", "name: guest-wifi\n"},
                                                          {"name: z2\n", "name: pci\n"},
                                                          {"name: z3\n", "name: dmz\n"}}) {
      std::size_t pos = yaml.find(from);
      if (pos != std::string::npos &&
          yaml.find("zone: " + from.substr(6, from.size() - 7)) == std::string::npos)
        yaml.replace(pos, from.size(), to);
    }
    auto d = load(yaml);
    if (!d) continue;
    analysis::Context ctx(*d);
    analysis::CoverageReport r = analysis::compute_coverage(ctx);
    EXPECT_EQ(r.techniques.size(), analysis::m1030_technique_ids().size());
    for (const analysis::TechniqueResult& t : r.techniques) {
      for (const analysis::CheckResult& c : t.checks) {
        if (c.state == analysis::CheckResult::State::Open && c.open_class_pairs > 0) {
          ASSERT_TRUE(c.example.has_value()) << t.id << " " << c.id;
          ++open;
        }
        if (!c.example) continue;
        check_real(*d, *c.example, fmt::format("seed {} {} {}", seed, t.id, c.id));
        EXPECT_TRUE(c.example->verdict.reachable) << t.id << " " << c.id;
      }
    }
    if (::testing::Test::HasFailure()) return;
  }
  EXPECT_GT(open, 0);
}

}  // namespace
}  // namespace bulkhead
