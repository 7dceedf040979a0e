// Property tests of the Windows targets: for random policies, every managed host's
// PowerShell script and netsh batch, read back by the independent evaluator of Windows'
// rule semantics (testlib/win_eval), must permit exactly the flows the Decision's host
// points permit: inbound flows to each of the host's addresses and outbound flows from
// them, over every protocol including the "other" block and ICMP and ICMPv6 flows of random
// types (each of its own address family), in enforce and audit mode, with hosts whose
// addresses fall in several classes.
// Group scripts must do the same for every host they list.
//
// A real Windows machine is not empty: every check is also made on a machine that has
// Windows' built-in Allow rules (File and Printer Sharing, Remote Desktop, WinRM, Core
// Networking, AD DS, Delivery Optimization; testlib/win_eval), sometimes a third-party
// "Allow Any" rule and installers' "any port" rules, where the verdicts must be the same.
// Packets for addresses the inventory does not list (broadcast, multicast, link-local, the
// unspecified source of DHCP) must be decided as Decision::judge_unlisted says, and a
// Group Policy that discards local rules must make the script fail loudly.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <random>
#include <set>
#include <string>

#include "decision/decision.h"
#include "policy/canonical.h"
#include "policy/loader.h"
#include "targets/windows/render.h"
#include "testlib/random_policy.h"
#include "testlib/win_eval.h"

namespace bulkhead {
namespace {

namespace win = testing::win;

double scale() {
  const char* s = std::getenv("BULKHEAD_PROPERTY_SCALE");
  double v = s ? std::atof(s) : 1.0;
  return v > 0 ? v : 1.0;
}

void split_some_hosts(policy::Model& m, std::uint64_t seed);

std::shared_ptr<const decision::Decision> load(const std::string& yaml, std::uint64_t seed,
                                               bool split = false) {
  Diagnostics diags;
  auto model = policy::load_text(yaml, "random.yaml", diags);
  if (!model) {
    std::string all;
    for (const Diagnostic& dg : diags.sorted()) all += dg.str() + "\n";
    ADD_FAILURE() << "seed " << seed << ": random policy did not load:\n" << all << yaml;
    return nullptr;
  }
  if (split) split_some_hosts(*model, seed);
  return decision::Decision::resolve(std::move(*model));
}

/// Gives some hosts a second IPv4 address and a rule that names only one of the two, so
/// that the host's addresses fall in different classes (LocalAddress). The generator never
/// does this, so it is done on the loaded model.
void split_some_hosts(policy::Model& m, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::set<Addr> used;
  for (const policy::Host& h : m.hosts) used.insert(h.addresses.begin(), h.addresses.end());
  const std::size_t nhosts = m.hosts.size();
  for (std::size_t i = 0; i < nhosts; ++i) {
    policy::Host& h = m.hosts[i];
    if (!h.managed || h.addresses.front().family != Family::V4 || rng() % 2) continue;
    Addr extra{Family::V4, h.addresses.front().value + 1 + rng() % 3};
    if (extra.value > family_max(Family::V4) || used.count(extra)) continue;
    used.insert(extra);
    h.addresses.push_back(extra);
    const Addr& named = rng() % 2 ? extra : h.addresses.front();
    policy::Rule r;
    r.name = "split-" + h.name;
    const policy::Action actions[] = {policy::Action::Allow, policy::Action::Deny,
                                      policy::Action::OverrideDeny};
    r.action = actions[rng() % 3];
    policy::SelectorTerm any;
    any.kind = policy::SelectorTerm::Kind::Any;
    r.from.any_of.push_back(any);
    r.from.text = policy::selector_text(r.from);
    policy::SelectorTerm cidr;
    cidr.cidrs.push_back(Prefix{named, 32});
    r.to.any_of.push_back(cidr);
    r.to.text = policy::selector_text(r.to);
    policy::ServiceRef svc;
    bool every = rng() % 3 == 0;
    svc.text = every ? "any" : "tcp/440-450";
    svc.keys = every
                   ? all_services()
                   : ServiceSet::range(service_key(Proto::Tcp, 440), service_key(Proto::Tcp, 450));
    r.services.push_back(svc);
    r.loc = SourceLoc{"split.yaml", static_cast<int>(i + 1), 1};
    m.rules.push_back(std::move(r));
  }
}

/// ICMP (or ICMPv6) types worth testing: every edge of a type range a policy rule names,
/// its neighbours, and 0, 8, 128, 255.
std::vector<std::uint16_t> interesting_types(const decision::Decision& d, Proto icmp) {
  std::set<std::uint16_t> out = {0, 8, 128, 255};
  for (const decision::CompiledRule& r : d.rules()) {
    const ServiceSet part = r.keys.intersect(whole_proto(icmp));
    for (const auto& iv : part.intervals()) {
      for (std::uint32_t k : {iv.lo, iv.hi}) {
        std::uint32_t t = key_port(k);
        for (std::uint32_t q : {t - 1, t, t + 1})
          if (q <= proto_last(icmp)) out.insert(static_cast<std::uint16_t>(q));
      }
    }
  }
  return {out.begin(), out.end()};
}

std::string flow_text(const decision::Flow& f) {
  return f.src.str() + " -> " + f.dst.str() + " " + std::string(proto_name(f.proto)) + "/" +
         std::to_string(f.port);
}

/// What the Decision says the host's point does with a flow.
bool decision_permits(const decision::Decision& d, const decision::Flow& f, bool inbound,
                      std::optional<policy::Enforcement> mode, decision::Tier* tier_out) {
  std::uint32_t s = d.class_of(f.src), t = d.class_of(f.dst);
  decision::Tier tier = decision::Decision::segment_at(d.tiers(s, t), f.key()).tier;
  *tier_out = tier;
  decision::PointKind want =
      inbound ? decision::PointKind::HostInbound : decision::PointKind::HostOutbound;
  for (decision::Point p : d.points(s, t)) {
    if (p.kind != want) continue;
    if (mode) p.enforcement = *mode;
    return p.permits(tier);
  }
  ADD_FAILURE() << "no host point for " << flow_text(f);
  return false;
}

/// Rendered scripts of one host (or group file), parsed; and what each enforces on a
/// typical Windows machine (built-in Allow rules, maybe an Allow Any rule and installers'
/// rules), chosen by the seed.
struct Parsed {
  win::Firewall ps;
  win::Firewall netsh;
  win::Firewall ps_machine;
  win::Firewall netsh_machine;
};

/// The unlisted addresses a Windows host sends or receives packets for.
const char* const kUnlisted4[] = {"255.255.255.255", "224.0.0.251", "169.254.77.1", "0.0.0.0"};
const char* const kUnlisted6[] = {"ff02::1", "ff02::1:ff00:1", "fe80::77:1", "::"};

/// A flow's IP protocol number for the "other" block: TCP (6), UDP (17), ICMP (1) and
/// ICMPv6 (58) are not "other" flows, so those numbers are moved to a neighbour.
std::uint16_t other_number(std::uint32_t n) {
  if (n == 1 || n == 6 || n == 17 || n == 58) ++n;
  return static_cast<std::uint16_t>(n);
}

win::Connection connection_of(const decision::Flow& f, bool inbound, std::mt19937_64& rng) {
  win::Connection c;
  c.dir = inbound ? win::Dir::In : win::Dir::Out;
  c.local = inbound ? f.dst : f.src;
  c.remote = inbound ? f.src : f.dst;
  c.proto = f.proto;
  if (f.proto == Proto::Tcp || f.proto == Proto::Udp) {
    std::uint16_t other_port = static_cast<std::uint16_t>(rng() % 65536);
    c.local_port = inbound ? f.port : other_port;
    c.remote_port = inbound ? other_port : f.port;
  } else if (f.proto == Proto::Other) {
    c.ip_protocol = static_cast<std::uint8_t>(f.port);
  } else {
    c.icmp_type = static_cast<std::uint8_t>(f.port);
  }
  return c;
}

/// Random flows with one end at one of `host`'s addresses (inbound for even i), over every
/// protocol: TCP and UDP ports, ICMP and ICMPv6 types of the flow's own family, and IP
/// protocol numbers of the "other" block.
std::vector<std::pair<decision::Flow, bool>> host_flows(const decision::Decision& d,
                                                        const testing::RandomPolicy& p,
                                                        std::uint32_t host, std::uint64_t seed,
                                                        std::size_t n) {
  const policy::Host& h = d.model().hosts[host];
  std::mt19937_64 rng(seed);
  std::vector<Addr> v4, v6;
  for (const Addr& a : p.addresses) (a.family == Family::V4 ? v4 : v6).push_back(a);
  const std::vector<std::uint16_t> types4 = interesting_types(d, Proto::Icmp);
  const std::vector<std::uint16_t> types6 = interesting_types(d, Proto::Icmpv6);
  std::vector<decision::Flow> flows = testing::random_flows(p, seed, n);
  std::vector<std::pair<decision::Flow, bool>> out;
  for (std::size_t i = 0; i < flows.size(); ++i) {
    decision::Flow f = flows[i];
    bool inbound = i % 2 == 0;
    const Addr& mine = h.addresses[rng() % h.addresses.size()];
    Addr& local = inbound ? f.dst : f.src;
    Addr& remote = inbound ? f.src : f.dst;
    local = mine;
    if (remote.family != mine.family) {
      const std::vector<Addr>& pool = mine.family == Family::V4 ? v4 : v6;
      remote = pool[rng() % pool.size()];
    }
    // The protocol after the addresses: ICMP flows are ICMPv4 between IPv4 addresses and
    // ICMPv6 between IPv6 ones, with a type that is an edge of some rule or random.
    const Proto icmp = icmp_of(mine.family);
    if (i % 5 == 0) {
      f.proto = Proto::Other;  // only `any` reaches these
      f.port = other_number(rng() % (proto_last(Proto::Other) + 1));
    } else if (f.proto == Proto::Icmp || f.proto == Proto::Icmpv6 || i % 5 == 3) {
      const std::vector<std::uint16_t>& types = icmp == Proto::Icmp ? types4 : types6;
      f.proto = icmp;
      f.port = rng() % 2 ? types[rng() % types.size()]
                         : static_cast<std::uint16_t>(rng() % (proto_last(icmp) + 1));
    }
    out.emplace_back(f, inbound);
  }
  return out;
}

/// What judge_unlisted says the host decides, under a --mode override.
bool unlisted_permits(const decision::Decision& d, std::uint32_t host, bool inbound,
                      const Addr& peer, std::uint32_t key,
                      std::optional<policy::Enforcement> mode) {
  decision::Verdict v = d.judge_unlisted(host, inbound, peer, key);
  if (mode && *mode == policy::Enforcement::Audit) return true;
  if (mode && *mode == policy::Enforcement::Enforce) {
    const policy::DefaultAction dflt = inbound ? d.host_inbound(host) : d.host_outbound(host);
    return v.tier == decision::Tier::Allow ||
           (v.tier == decision::Tier::None && dflt == policy::DefaultAction::Allow);
  }
  return v.reachable;
}

/// Checks `n` flows towards and from `host` against the parsed scripts, on an empty machine
/// and on a typical one, and packets for the host's unlisted addresses. Returns false
/// (after reporting) on the first disagreement.
bool check_host(const decision::Decision& d, const testing::RandomPolicy& p, std::uint32_t host,
                const Parsed& fw, std::optional<policy::Enforcement> mode, std::uint64_t seed,
                std::size_t n, const std::string& ps_text, std::size_t* checked,
                std::size_t* icmp_checked, std::size_t* unlisted_checked) {
  const policy::Host& h = d.model().hosts[host];
  std::mt19937_64 rng(seed ^ 0x5eed);
  auto report = [&](bool inbound, const decision::Flow& f, const std::string& want_from, bool want,
                    const win::Connection& c) {
    bool ps = win::permits(fw.ps, c), ns = win::permits(fw.netsh, c);
    bool psm = win::permits(fw.ps_machine, c), nsm = win::permits(fw.netsh_machine, c);
    if (ps == want && ns == want && psm == want && nsm == want) return true;
    ADD_FAILURE() << "host " << h.name << " " << (inbound ? "inbound" : "outbound") << " "
                  << flow_text(f) << ": " << want_from << (want ? " permits" : " blocks")
                  << "; PowerShell " << (ps ? "permits" : "blocks") << ", netsh "
                  << (ns ? "permits" : "blocks") << "; with Windows' built-in rules: PowerShell "
                  << (psm ? "permits" : "blocks") << ", netsh " << (nsm ? "permits" : "blocks")
                  << "\n"
                  << ps_text;
    return false;
  };
  const std::vector<std::pair<decision::Flow, bool>> flows = host_flows(d, p, host, seed, n);
  for (const auto& [f, inbound] : flows) {
    decision::Tier tier = decision::Tier::None;
    bool want = decision_permits(d, f, inbound, mode, &tier);
    if (!report(inbound, f, "decision", want, connection_of(f, inbound, rng))) return false;
    ++*checked;
    if (f.proto == Proto::Icmp || f.proto == Proto::Icmpv6) ++*icmp_checked;
  }
  // Packets for the host's unlisted addresses, with the flows' peers (every protocol).
  for (std::size_t i = 0; i < flows.size(); i += 3) {
    decision::Flow g = flows[i].first;
    const bool inbound = flows[i].second;
    const Addr peer = inbound ? g.src : g.dst;
    const char* const* pool = peer.family == Family::V4 ? kUnlisted4 : kUnlisted6;
    const Addr own = *parse_addr(pool[rng() % 4]);
    if (std::find(h.addresses.begin(), h.addresses.end(), own) != h.addresses.end()) continue;
    (inbound ? g.dst : g.src) = own;
    bool want = unlisted_permits(d, host, inbound, peer, g.key(), mode);
    if (!report(inbound, g, "judge_unlisted", want, connection_of(g, inbound, rng))) return false;
    ++*unlisted_checked;
  }
  return true;
}

/// A Group Policy that discards local rules must make both forms fail loudly, and the
/// scripts' checks must expect what they set.
void check_read_back(const Parsed& fw, std::uint64_t seed) {
  for (const win::Firewall* f : {&fw.ps, &fw.netsh}) {
    EXPECT_TRUE(f->checks_profiles && f->checks_local_rules);
    EXPECT_EQ(f->check_in, f->default_in);
    EXPECT_EQ(f->check_out, f->default_out);
    win::Machine gpo = win::typical_machine(seed);
    EXPECT_FALSE(win::apply(*f, gpo).failed_loudly);
    gpo.local_rules_allowed = false;
    EXPECT_TRUE(win::apply(*f, gpo).failed_loudly);
  }
  EXPECT_EQ(fw.ps.checks_rule_count, fw.ps.rules.size());
}

std::optional<Parsed> parse_both(const std::string& ps, const std::string& netsh,
                                 std::uint64_t seed) {
  std::string err;
  auto a = win::parse_powershell(ps, &err);
  if (!a) {
    ADD_FAILURE() << "PowerShell does not parse: " << err << "\n" << ps;
    return std::nullopt;
  }
  auto b = win::parse_netsh(netsh, &err);
  if (!b) {
    ADD_FAILURE() << "netsh does not parse: " << err << "\n" << netsh;
    return std::nullopt;
  }
  EXPECT_EQ(a->default_in, b->default_in);
  EXPECT_EQ(a->default_out, b->default_out);
  EXPECT_EQ(a->log_blocked, b->log_blocked);
  EXPECT_EQ(a->log_allowed, b->log_allowed);
  EXPECT_EQ(a->log_file, b->log_file);
  EXPECT_EQ(a->log_max_kb, b->log_max_kb);
  EXPECT_TRUE(a->enabled && b->enabled);
  const win::Machine m = win::typical_machine(seed);
  win::Firewall am = win::apply(*a, m).effective, bm = win::apply(*b, m).effective;
  return Parsed{std::move(*a), std::move(*b), std::move(am), std::move(bm)};
}

std::optional<targets::RenderResult> render(const decision::Decision& d,
                                            const targets::RenderRequest& req, bool netsh,
                                            const std::string& yaml,
                                            std::size_t* warned = nullptr) {
  Diagnostics diags;
  auto r = netsh ? targets::windows::render_netsh(d, req, diags)
                 : targets::windows::render(d, req, diags);
  if (!r || diags.has_errors()) {
    std::string all;
    for (const Diagnostic& dg : diags.sorted()) all += dg.str() + "\n";
    ADD_FAILURE() << "render failed:\n" << all << yaml;
    return std::nullopt;
  }
  if (warned != nullptr)
    for (const Diagnostic& dg : diags.sorted())
      *warned += dg.str().find("neighbour and router discovery") != std::string::npos;
  return r;
}

/// Adds the unlisted addresses as peers of the random flows (link-local, multicast,
/// broadcast), and the host-essentials baseline to some policies.
void widen(testing::RandomPolicy* p, bool essentials) {
  for (const char* a : {"fe80::1", "ff02::1", "224.0.0.251", "255.255.255.255", "169.254.1.1"})
    p->addresses.push_back(*parse_addr(a));
  if (!essentials) return;
  const std::string key = "baselines: [lateral-movement]";
  std::size_t at = p->yaml.find(key);
  if (at != std::string::npos) {
    p->yaml.replace(at, key.size(), "baselines: [lateral-movement, host-essentials]");
  } else {
    p->yaml += "baselines: [host-essentials]\n";
  }
}

TEST(WindowsProperty, ScriptsEnforceTheDecisionAtEveryHost) {
  const std::uint64_t base =
      testing::test_seed("WindowsProperty.ScriptsEnforceTheDecisionAtEveryHost");
  const int policies = std::max(20, static_cast<int>(300 * scale()));
  const std::size_t flows = std::max<std::size_t>(200, static_cast<std::size_t>(1500 * scale()));
  auto start = std::chrono::steady_clock::now();
  std::size_t checked = 0, hosts = 0, rules = 0, any_rules = 0, local_rules = 0, number_rules = 0;
  std::size_t icmp_checked = 0, icmp_rules = 0, icmp_type_rules = 0, unlisted_checked = 0;
  std::size_t warned = 0;
  for (int i = 0; i < policies; ++i) {
    const std::uint64_t seed = base + static_cast<std::uint64_t>(i);
    testing::RandomPolicyOptions opts;
    opts.allow_audit = i % 3 == 0;
    testing::RandomPolicy p = testing::random_policy(seed, opts);
    widen(&p, i % 2 == 0);
    auto d = load(p.yaml, seed, i % 4 == 1);
    if (!d) return;
    for (const policy::Host& h : d->model().hosts)
      p.addresses.insert(p.addresses.end(), h.addresses.begin(), h.addresses.end());
    std::optional<policy::Enforcement> mode;
    if (i % 11 == 5) mode = policy::Enforcement::Audit;
    for (std::uint32_t h = 0; h < d->model().hosts.size(); ++h) {
      if (!d->model().hosts[h].managed) continue;
      SCOPED_TRACE("seed " + std::to_string(seed) + " (BULKHEAD_SEED=" + std::to_string(base) +
                   ", policy #" + std::to_string(i) + "), host " + d->model().hosts[h].name);
      targets::RenderRequest req;
      req.host = h;
      req.mode = mode;
      auto ps = render(*d, req, false, p.yaml, &warned);
      auto netsh = render(*d, req, true, p.yaml);
      if (!ps || !netsh) return;
      auto fw = parse_both(ps->files.at(0).content, netsh->files.at(0).content, seed * 7 + h);
      if (!fw) return;
      check_read_back(*fw, seed + h);
      rules += fw->ps.rules.size();
      for (const win::Rule& r : fw->ps.rules) {
        any_rules += r.proto == win::Proto::Any;
        number_rules += r.proto == win::Proto::Number;
        local_rules += !r.local.empty();
        icmp_rules += r.proto == win::Proto::Icmpv4 || r.proto == win::Proto::Icmpv6;
        icmp_type_rules += !r.icmp_types.empty();
      }
      ++hosts;
      if (!check_host(*d, p, h, *fw, mode, seed * 31 + h, flows, ps->files[0].content, &checked,
                      &icmp_checked, &unlisted_checked)) {
        ADD_FAILURE() << p.yaml;
        return;
      }
    }
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cerr << "windows property: " << policies << " policies, " << hosts << " hosts, " << rules
            << " rules (" << any_rules << " Protocol Any, " << number_rules
            << " by protocol number, " << local_rules << " with LocalAddress, " << icmp_rules
            << " ICMP of which " << icmp_type_rules << " with IcmpType), " << checked << " flows ("
            << icmp_checked << " ICMP) and " << unlisted_checked
            << " unlisted-address packets checked, each on an empty and a typical machine, "
            << warned << " hosts warned about, in " << secs << " s\n";
  EXPECT_GT(any_rules, 0u);
  EXPECT_GT(number_rules, 0u);
  EXPECT_GT(icmp_rules, 0u);
  EXPECT_GT(icmp_type_rules, 0u);
  EXPECT_GT(icmp_checked, checked / 10);
  EXPECT_GT(local_rules, 0u);
  EXPECT_GT(unlisted_checked, checked / 5);
  EXPECT_GT(warned, 0u);
  EXPECT_GE(checked, static_cast<std::size_t>(policies) * 100);
}

// The figures in docs/targets/windows.md: on 60 random policies (enforce mode), how many
// verdicts the policy leaves to a deny default (tier none), or to a deny tier, are let
// through once Windows' built-in Allow rules (and, second figure, a third-party Allow Any
// rule) are on the machine. Runs only with BULKHEAD_WINDOWS_MEASURE=1.
TEST(WindowsProperty, MeasureBuiltinRules) {
  if (std::getenv("BULKHEAD_WINDOWS_MEASURE") == nullptr) GTEST_SKIP();
  const std::uint64_t base = 20240611;
  struct Count {
    std::size_t total = 0, builtin = 0, any = 0;
  };
  Count none[2], deny[2], total[2];  // [inbound, outbound]
  std::size_t mismatches = 0, verdicts = 0;
  win::Machine builtin;
  builtin.rules = win::builtin_rules();
  win::Machine with_any = builtin;
  for (win::Dir dir : {win::Dir::In, win::Dir::Out}) {
    win::Rule r;
    r.dir = dir;
    r.action = win::Act::Allow;
    r.proto = win::Proto::Any;
    with_any.rules.push_back(r);
  }
  for (int i = 0; i < 60; ++i) {
    const std::uint64_t seed = base + static_cast<std::uint64_t>(i);
    testing::RandomPolicy p = testing::random_policy(seed);
    auto d = load(p.yaml, seed);
    if (!d) return;
    for (std::uint32_t h = 0; h < d->model().hosts.size(); ++h) {
      if (!d->model().hosts[h].managed) continue;
      targets::RenderRequest req;
      req.host = h;
      for (bool netsh : {false, true}) {
        auto r = render(*d, req, netsh, p.yaml);
        if (!r) return;
        std::string err;
        auto fw = netsh ? win::parse_netsh(r->files.at(0).content, &err)
                        : win::parse_powershell(r->files.at(0).content, &err);
        ASSERT_TRUE(fw.has_value()) << err;
        const win::Firewall b = win::apply(*fw, builtin).effective;
        const win::Firewall a = win::apply(*fw, with_any).effective;
        std::mt19937_64 rng(seed * 131 + h);
        for (const auto& [f, inbound] : host_flows(*d, p, h, seed * 31 + h, 2000)) {
          decision::Tier tier = decision::Tier::None;
          bool want = decision_permits(*d, f, inbound, std::nullopt, &tier);
          win::Connection c = connection_of(f, inbound, rng);
          ++verdicts;
          mismatches += win::permits(*fw, c) != want;
          Count& t = total[inbound ? 0 : 1];
          ++t.total;
          t.builtin += win::permits(b, c) != want;
          t.any += win::permits(a, c) != want;
          if (want) continue;
          Count& k = (tier == decision::Tier::None ? none : deny)[inbound ? 0 : 1];
          ++k.total;
          k.builtin += win::permits(b, c);
          k.any += win::permits(a, c);
        }
      }
    }
  }
  // For blocked verdicts "differ" means "let through".
  auto line = [](const char* what, const Count& c) {
    std::cerr << "  " << what << ": " << c.total << " verdicts, " << c.builtin
              << " differ with the built-in rules, " << c.any << " with an Allow Any rule too\n";
  };
  std::cerr << "windows measure (60 policies, both forms, " << verdicts << " verdicts, "
            << mismatches << " mismatches on an empty machine):\n";
  line("inbound default-deny (tier none), blocked", none[0]);
  line("outbound default-deny (tier none), blocked", none[1]);
  line("inbound deny tiers, blocked", deny[0]);
  line("outbound deny tiers, blocked", deny[1]);
  line("inbound, all", total[0]);
  line("outbound, all", total[1]);
  EXPECT_EQ(mismatches, 0u);
  for (const Count* c : {&none[0], &none[1], &deny[0], &deny[1]}) {
    EXPECT_EQ(c->builtin, 0u);
    EXPECT_EQ(c->any, 0u);
  }
}

// --group: every host a group script lists must get exactly its own verdicts from it.
TEST(WindowsProperty, GroupScriptsEnforceTheDecisionForTheirHosts) {
  const std::uint64_t base =
      testing::test_seed("WindowsProperty.GroupScriptsEnforceTheDecisionForTheirHosts");
  const int policies = std::max(10, static_cast<int>(100 * scale()));
  const std::size_t flows = std::max<std::size_t>(100, static_cast<std::size_t>(400 * scale()));
  std::size_t checked = 0, icmp_checked = 0, unlisted_checked = 0;
  for (int i = 0; i < policies; ++i) {
    const std::uint64_t seed = base + static_cast<std::uint64_t>(i);
    testing::RandomPolicy p = testing::random_policy(seed);
    widen(&p, i % 2 == 0);
    auto d = load(p.yaml, seed);
    if (!d) return;
    for (const char* role : {"ws", "fs", "dc", "web", "file-server"}) {
      policy::Selector sel;
      policy::SelectorTerm term;
      term.labels.push_back(policy::LabelCond{"role", {role}, false, {}});
      sel.any_of.push_back(term);
      sel.text = std::string("{role: ") + role + "}";
      bool any = false;
      for (const policy::Host& h : d->model().hosts)
        any = any || (h.managed && h.labels.count("role") && h.labels.at("role") == role);
      if (!any) continue;
      SCOPED_TRACE("seed " + std::to_string(seed) + " (BULKHEAD_SEED=" + std::to_string(base) +
                   ", policy #" + std::to_string(i) + "), group role=" + role);
      targets::RenderRequest req;
      req.group = sel;
      auto ps = render(*d, req, false, p.yaml);
      auto netsh = render(*d, req, true, p.yaml);
      if (!ps || !netsh) return;
      ASSERT_EQ(ps->files.size(), netsh->files.size());
      std::size_t listed = 0;
      for (std::size_t f = 0; f < ps->files.size(); ++f) {
        auto fw = parse_both(ps->files[f].content, netsh->files[f].content, seed * 5 + f);
        if (!fw) return;
        // The header lists the hosts the script serves: "# Hosts: a, b".
        const std::string& text = ps->files[f].content;
        std::size_t at = text.find("# Hosts: ");
        ASSERT_NE(at, std::string::npos) << text;
        std::string line = text.substr(at + 9, text.find('\n', at) - at - 9);
        for (std::uint32_t h = 0; h < d->model().hosts.size(); ++h) {
          const std::string& name = d->model().hosts[h].name;
          std::string padded = ", " + line + ",";
          if (padded.find(", " + name + ",") == std::string::npos) continue;
          ++listed;
          if (!check_host(*d, p, h, *fw, std::nullopt, seed * 17 + h, flows, text, &checked,
                          &icmp_checked, &unlisted_checked)) {
            ADD_FAILURE() << p.yaml;
            return;
          }
        }
      }
      std::size_t want = 0;
      for (const policy::Host& h : d->model().hosts)
        want += h.managed && h.labels.count("role") && h.labels.at("role") == role;
      EXPECT_EQ(listed, want);
    }
  }
  EXPECT_GT(checked, 0u);
}

}  // namespace
}  // namespace bulkhead
