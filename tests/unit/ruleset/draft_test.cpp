// Drafting a policy from a first-match list (ruleset/draft.h). The main property: for random
// small lists (accepts after drops, any-protocol rules, both families, both directions,
// either default), the drafted policy, loaded and resolved, decides every packet of a small
// header space at the host exactly as the first-match list does (a brute-force check).
// Random tests print their seed (BULKHEAD_SEED replays).
#include "ruleset/draft.h"

#include <cstdlib>
#include <random>

#include <gtest/gtest.h>

#include "decision/decision.h"
#include "policy/loader.h"

namespace bulkhead::ruleset {
namespace {

Addr A(const char* s) {
  return *parse_addr(s);
}

IntervalSet<u128> one(Family f, const char* prefix) {
  PrefixError err{};
  std::optional<Prefix> p = parse_prefix(prefix, &err);
  EXPECT_TRUE(p) << prefix;
  (void)f;
  return IntervalSet<u128>::range(p->first(), p->last());
}

IntervalSet<u128> any_addr(Family f) {
  return IntervalSet<u128>::range(0, family_max(f));
}

const IntervalSet<std::uint32_t> kAllSports = IntervalSet<std::uint32_t>::range(0, kPortMax);

/// The first-match verdict of a point (rules taken as exact), or the policy; a packet no
/// point judges passes.
bool first_match(const std::vector<Point>& pts, const Packet& pk) {
  for (const Point& p : pts) {
    if (!p.universe.contains(pk)) continue;
    for (const Rule& r : p.rules)
      if (terminal(r.action) && r.match.contains(pk)) return permits(r.action);
    return permits(p.policy);
  }
  return true;
}

std::shared_ptr<const decision::Decision> load(const std::string& yaml) {
  Diagnostics diags;
  std::optional<policy::Model> m = policy::load_text(yaml, "draft.yaml", diags);
  for (const Diagnostic& d : diags.all())
    if (d.severity == Severity::Error) ADD_FAILURE() << d.str() << "\n" << yaml;
  if (!m) return nullptr;
  return decision::Decision::resolve(std::move(*m));
}

std::uint64_t seed_from_env(std::uint64_t fallback) {
  const char* s = std::getenv("BULKHEAD_SEED");
  return s != nullptr ? std::strtoull(s, nullptr, 10) : fallback;
}

struct Lists {
  Point in, out;
};

/// A random rule over a small space: sources among a few nested and disjoint prefixes,
/// destinations the host or another address, services among ports, ranges, ICMP types,
/// every protocol, and a few families.
Rule random_rule(std::mt19937_64& rng, bool inbound) {
  auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
  const char* v4_peers[] = {"10.0.0.0/28", "10.0.0.0/30", "10.0.0.4/31",   "10.0.0.9/32",
                            "0.0.0.0/0",   "10.0.0.8/29", "192.168.1.0/24"};
  const char* v6_peers[] = {"2001:db8:1::/48", "2001:db8:1::/64", "::/0", "2001:db8:1::9/128"};
  const char* v4_own[] = {"0.0.0.0/0", "10.0.0.100/32", "10.0.0.101/32"};
  const char* v6_own[] = {"::/0", "2001:db8::100/128"};
  const ServiceSet keysets[] = {
      ServiceSet::range(service_key(Proto::Tcp, 22), service_key(Proto::Tcp, 22)),
      ServiceSet::range(service_key(Proto::Tcp, 20), service_key(Proto::Tcp, 25)),
      ServiceSet::range(service_key(Proto::Tcp, 80), service_key(Proto::Tcp, 80)),
      ServiceSet::range(service_key(Proto::Udp, 53), service_key(Proto::Udp, 53)),
      whole_proto(Proto::Tcp),
      ServiceSet::range(service_key(Proto::Icmp, 8), service_key(Proto::Icmp, 8)),
      ServiceSet::range(service_key(Proto::Icmpv6, 128), service_key(Proto::Icmpv6, 128)),
      all_icmp(),
      all_services(),
      all_services(),
  };
  Rule r;
  r.loc = SourceLoc{"list", static_cast<int>(rng() % 1000) + 1, 1};
  r.text = "rule";
  const Action actions[] = {Action::Accept, Action::Accept, Action::Drop, Action::Reject,
                            Action::Log};
  r.action = actions[pick(5)];
  ServiceSet keys = keysets[pick(std::size(keysets))];
  std::size_t fam = pick(3);  // 0: IPv4, 1: IPv6, 2: both
  for (Family f : {Family::V4, Family::V6}) {
    if ((f == Family::V4 && fam == 1) || (f == Family::V6 && fam == 0)) continue;
    IntervalSet<u128> peer = f == Family::V4 ? one(f, v4_peers[pick(std::size(v4_peers))])
                                             : one(f, v6_peers[pick(std::size(v6_peers))]);
    IntervalSet<u128> own = f == Family::V4 ? one(f, v4_own[pick(std::size(v4_own))])
                                            : one(f, v6_own[pick(std::size(v6_own))]);
    r.match.add(inbound ? Region::product(f, peer, own, keys, kAllSports)
                        : Region::product(f, own, peer, keys, kAllSports));
  }
  return r;
}

Point random_point(std::mt19937_64& rng, bool inbound) {
  Point p;
  p.name = inbound ? "inet filter input" : "inet filter output";
  p.hook = inbound ? "input" : "output";
  p.universe = Region::whole(Family::V4);
  p.universe.add(Region::whole(Family::V6));
  p.policy = rng() % 2 == 0 ? Action::Accept : Action::Drop;
  p.policy_loc = SourceLoc{"list", 1, 1};
  std::size_t n = rng() % 7;
  for (std::size_t i = 0; i < n; ++i) p.rules.push_back(random_rule(rng, inbound));
  return p;
}

/// The small header space: peers around the prefixes the rules use, the host's addresses,
/// and keys at every edge of the services the rules use.
std::vector<Packet> probes(bool inbound) {
  std::vector<Packet> out;
  const char* v4[] = {"10.0.0.0",    "10.0.0.3", "10.0.0.4",       "10.0.0.5",
                      "10.0.0.6",    "10.0.0.9", "10.0.0.15",      "10.0.0.16",
                      "192.168.1.7", "0.0.0.0",  "255.255.255.255"};
  const char* v6[] = {"2001:db8:1::", "2001:db8:1::9", "2001:db8:1:1::1", "2001:db8:2::1", "::"};
  std::vector<std::uint32_t> keys;
  for (std::uint32_t p : {0u, 19u, 20u, 22u, 25u, 26u, 80u, 65535u})
    keys.push_back(service_key(Proto::Tcp, p));
  for (std::uint32_t p : {53u, 54u}) keys.push_back(service_key(Proto::Udp, p));
  for (std::uint32_t t : {0u, 8u, 128u, 255u}) {
    keys.push_back(service_key(Proto::Icmp, t));
    keys.push_back(service_key(Proto::Icmpv6, t));
  }
  for (std::uint32_t n : {0u, 47u, 255u}) keys.push_back(service_key(Proto::Other, n));
  auto add = [&](const char* peer, const char* own) {
    Addr p = A(peer), h = A(own);
    for (std::uint32_t k : keys) {
      if (!family_services(p.family).contains(k)) continue;
      out.push_back(inbound ? Packet{p.family, p.value, h.value, k, 40000}
                            : Packet{p.family, h.value, p.value, k, 40000});
    }
  };
  for (const char* p : v4) add(p, "10.0.0.100");
  for (const char* p : v6) add(p, "2001:db8::100");
  return out;
}

decision::Flow flow_of(const Packet& pk) {
  decision::Flow f;
  f.src = Addr{pk.family, pk.src};
  f.dst = Addr{pk.family, pk.dst};
  f.proto = key_proto(pk.key);
  f.port = static_cast<std::uint16_t>(key_port(pk.key));
  return f;
}

TEST(Draft, RandomListsDecideEveryPacketAsTheirFirstMatch) {
  const std::uint64_t seed = seed_from_env(20261207);
  SCOPED_TRACE("BULKHEAD_SEED=" + std::to_string(seed));
  std::mt19937_64 rng(seed);
  const std::vector<Packet> in_probes = probes(true);
  const std::vector<Packet> out_probes = probes(false);
  std::size_t permitted = 0, blocked = 0, overrides = 0;
  for (int iter = 0; iter < 200; ++iter) {
    Ruleset rs;
    rs.file = "list";
    rs.format = Format::IptablesSave;  // points as given (inbound_points combines nft chains)
    rs.points = {random_point(rng, true), random_point(rng, false)};
    Diagnostics diags;
    DraftOptions o;
    o.host = "h";
    o.addresses = {A("10.0.0.100"), A("2001:db8::100")};
    std::optional<Draft> d = draft_policy({rs}, o, diags);
    ASSERT_TRUE(d) << "iteration " << iter;
    EXPECT_TRUE(d->skipped.empty());
    if (d->yaml.find("override-deny") != std::string::npos) ++overrides;
    std::shared_ptr<const decision::Decision> dec = load(d->yaml);
    ASSERT_TRUE(dec) << "iteration " << iter;
    for (bool inbound : {true, false}) {
      const std::vector<Point> pts = {rs.points[inbound ? 0 : 1]};
      for (const Packet& pk : inbound ? in_probes : out_probes) {
        bool want = first_match(pts, pk);
        // The host is the only inventory host and no zone has a firewall: its own point is
        // the only one on the flow's path.
        bool got = dec->query(flow_of(pk)).reachable;
        ASSERT_EQ(want, got) << "iteration " << iter << (inbound ? " inbound " : " outbound ")
                             << pk.str() << "\n"
                             << d->yaml;
        (want ? permitted : blocked) += 1;
      }
    }
  }
  // The lists exercise both verdicts and the override-deny a widened `any` needs.
  EXPECT_GT(permitted, 1000u);
  EXPECT_GT(blocked, 1000u);
  EXPECT_GT(overrides, 5u);
}

TEST(Draft, DropBeforeAcceptOverridesItWhereItDecides) {
  Ruleset rs;
  rs.file = "h.rules";
  rs.format = Format::IptablesSave;
  Point p;
  p.name = "filter INPUT (IPv4)";
  p.hook = "INPUT";
  p.universe = Region::whole(Family::V4);
  p.policy = Action::Drop;
  p.policy_loc = {"h.rules", 2, 1};
  Rule drop;
  drop.loc = {"h.rules", 5, 1};
  drop.text = "-A INPUT -s 10.0.0.9/32 -p tcp --dport 22 -j DROP";
  drop.action = Action::Drop;
  drop.match = Region::product(
      Family::V4, one(Family::V4, "10.0.0.9/32"), any_addr(Family::V4),
      ServiceSet::range(service_key(Proto::Tcp, 22), service_key(Proto::Tcp, 22)), kAllSports);
  Rule accept = drop;
  accept.loc = {"h.rules", 6, 1};
  accept.text = "-A INPUT -s 10.0.0.0/24 -p tcp --dport 22 -j ACCEPT";
  accept.action = Action::Accept;
  accept.match = Region::product(
      Family::V4, one(Family::V4, "10.0.0.0/24"), any_addr(Family::V4),
      ServiceSet::range(service_key(Proto::Tcp, 22), service_key(Proto::Tcp, 22)), kAllSports);
  p.rules = {drop, accept};
  rs.points.push_back(p);
  Diagnostics diags;
  DraftOptions o;
  o.host = "web";
  o.addresses = {A("10.0.0.100")};
  std::optional<Draft> d = draft_policy({rs}, o, diags);
  ASSERT_TRUE(d);
  const std::string& y = d->yaml;
  // Each rule keeps its whole match; the drop that comes first also overrides the accept
  // where it decides.
  EXPECT_NE(y.find("  - name: in-5\n    action: deny\n    from: {cidr: [10.0.0.9/32]}"),
            std::string::npos)
      << y;
  EXPECT_NE(y.find("  - name: in-5-first\n    action: override-deny\n    from: {cidr: "
                   "[10.0.0.9/32]}  # net-10.0.0.9_32\n    to: {host: web}\n    services: "
                   "[tcp/22]\n    description: \"blocked before a later accept by h.rules:5: "),
            std::string::npos)
      << y;
  EXPECT_NE(y.find("  - name: in-6\n    action: allow\n    from: {cidr: [10.0.0.0/24]}"),
            std::string::npos)
      << y;
  EXPECT_NE(y.find("description: \"h.rules:6: -A INPUT -s 10.0.0.0/24 -p tcp --dport 22 -j "
                   "ACCEPT\""),
            std::string::npos)
      << y;
  EXPECT_NE(y.find("    default_inbound: deny\n"), std::string::npos) << y;
  // IPv6 passes: no point judges it, so the draft's deny default needs an allow.
  EXPECT_EQ(d->notes,
            (std::vector<std::string>{
                "no inbound point judges IPv6 packets: the draft lets them pass, as the host "
                "does (import the host's IPv6 rules too to draft them)",
                "no outbound point: the draft lets every outbound packet pass, as the host does"}));
  EXPECT_NE(y.find("  - name: in-unjudged\n    action: allow\n    from: {cidr: [\"::/0\"]}"),
            std::string::npos)
      << y;
  EXPECT_TRUE(load(y));
}

TEST(Draft, RulesTheDraftCannotHoldAreListedAndCommented) {
  Ruleset rs;
  rs.file = "h.rules";
  rs.format = Format::IptablesSave;
  Point p;
  p.name = "filter INPUT (IPv4)";
  p.hook = "INPUT";
  p.universe = Region::whole(Family::V4);
  p.policy = Action::Accept;
  Rule inexact;
  inexact.loc = {"h.rules", 4, 17};
  inexact.text = "-A INPUT -m set --match-set blocklist src -j DROP";
  inexact.exact = false;
  inexact.unmodelled = {"ipset 'blocklist'"};
  inexact.action = Action::Drop;
  inexact.match = Region::whole(Family::V4);
  Rule sport = inexact;
  sport.loc = {"h.rules", 5, 1};
  sport.text = "-A INPUT -p tcp --sport 53 -j DROP \"quoted\"";
  sport.exact = true;
  sport.unmodelled.clear();
  sport.match = Region::product(Family::V4, any_addr(Family::V4), any_addr(Family::V4),
                                whole_proto(Proto::Tcp), IntervalSet<std::uint32_t>::range(53, 53));
  Rule gre = sport;
  gre.loc = {"h.rules", 6, 1};
  gre.text = "-A INPUT -p gre -j DROP";
  gre.match = Region::product(
      Family::V4, any_addr(Family::V4), any_addr(Family::V4),
      ServiceSet::range(service_key(Proto::Other, 47), service_key(Proto::Other, 47)), kAllSports);
  p.rules = {inexact, sport, gre};
  rs.points.push_back(p);
  Diagnostics diags;
  DraftOptions o;
  o.host = "h";
  std::optional<Draft> d = draft_policy({rs}, o, diags);
  ASSERT_TRUE(d);
  ASSERT_EQ(d->skipped.size(), 3u);
  EXPECT_EQ(d->skipped[0].loc.str(), "h.rules:4:17");
  EXPECT_EQ(d->skipped[0].reason, "not modelled exactly (ipset 'blocklist')");
  EXPECT_EQ(d->skipped[1].reason, "matches source ports, which policy flows do not have");
  EXPECT_NE(d->skipped[2].reason.find("other than TCP, UDP and ICMP"), std::string::npos);
  EXPECT_NE(d->yaml.find("  # NOT IN THE DRAFT: h.rules:5 \"-A INPUT -p tcp --sport 53 -j DROP "
                         "\\\"quoted\\\"\""),
            std::string::npos)
      << d->yaml;
  EXPECT_TRUE(d->placeholder);
  EXPECT_NE(d->yaml.find("addresses: [192.0.2.1, \"2001:db8::1\"]  # TODO"), std::string::npos);
  EXPECT_EQ(d->rules, 0u);
  EXPECT_TRUE(load(d->yaml));
}

TEST(Draft, OverlappingPointsNeedAChoice) {
  Ruleset rs;
  rs.file = "fw.json";
  rs.format = Format::WindowsExport;
  for (const char* name : {"Domain inbound", "Private inbound"}) {
    Point p;
    p.name = name;
    p.hook = "inbound";
    p.universe = Region::whole(Family::V4);
    rs.points.push_back(p);
  }
  Diagnostics diags;
  DraftOptions o;
  o.host = "h";
  EXPECT_FALSE(draft_policy({rs}, o, diags));
  ASSERT_EQ(diags.error_count(), 1);
  EXPECT_NE(diags.all()[0].message.find("'Domain inbound' and 'Private inbound'"),
            std::string::npos);
  Diagnostics again;
  o.point = "Private";
  std::optional<Draft> d = draft_policy({rs}, o, again);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->inbound_points, std::vector<std::string>{"Private inbound"});
}

TEST(Draft, YamlQuoteLoadsBackAsTheSameText) {
  EXPECT_EQ(yaml_quote("a\"b\\c"), "\"a\\\"b\\\\c\"");
  EXPECT_EQ(yaml_quote("tab\there\n"), "\"tab\\x09here\\x0a\"");
  EXPECT_EQ(yaml_quote("caf\xc3\xa9"), "\"caf\xc3\xa9\"");
  EXPECT_EQ(yaml_quote("bad\xff\xc3"), "\"bad\\xff\\xc3\"");
  EXPECT_EQ(yaml_quote("\xed\xa0\x80"), "\"\\xed\\xa0\\x80\"");  // a surrogate is not UTF-8
  for (std::string text : {std::string("-A INPUT -m comment --comment \"x: y # z\" -j ACCEPT"),
                           std::string("{'a': [1, 2]} & *alias !tag %"),
                           std::string("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x94\xa5")}) {
    std::string yaml =
        "bulkhead: 1\nrules:\n  - name: r\n    action: allow\n    from: any\n"
        "    to: any\n    services: [ssh]\n    description: " +
        yaml_quote(text) + "\n";
    Diagnostics diags;
    std::optional<policy::Model> m = policy::load_text(yaml, "q.yaml", diags);
    ASSERT_TRUE(m) << yaml;
    EXPECT_EQ(m->rules.front().description, text);
  }
}

TEST(Draft, IntervalPrefixesCoverExactly) {
  std::vector<Prefix> p = interval_prefixes(Family::V4, A("10.0.0.1").value, A("10.0.0.6").value);
  std::vector<std::string> s;
  for (const Prefix& x : p) s.push_back(x.str());
  EXPECT_EQ(s,
            (std::vector<std::string>{"10.0.0.1/32", "10.0.0.2/31", "10.0.0.4/31", "10.0.0.6/32"}));
  EXPECT_EQ(interval_prefixes(Family::V6, 0, family_max(Family::V6)).front().str(), "::/0");
  std::mt19937_64 rng(seed_from_env(7));
  for (int i = 0; i < 500; ++i) {
    u128 a = rng() & 0xffffffffu, b = rng() & 0xffffffffu;
    if (a > b) std::swap(a, b);
    u128 next = a;
    for (const Prefix& x : interval_prefixes(Family::V4, a, b)) {
      ASSERT_EQ(x.first(), next);
      next = x.last() + 1;
    }
    ASSERT_EQ(next, b + 1);
  }
}

TEST(Draft, HostNameFromFile) {
  EXPECT_EQ(host_name_from_file("/tmp/web-01.nft.json"), "web-01");
  EXPECT_EQ(host_name_from_file("dir/_my host.rules"), "my-host");
  EXPECT_EQ(host_name_from_file("..."), "host");
}

}  // namespace
}  // namespace bulkhead::ruleset
