// The nftables target's proof: for random policies × random flows, the rulesets it renders,
// run through an independent evaluator of nftables semantics (testlib/nft_eval), decide
// every flow exactly as the Decision does.
//
// For each policy every managed host and every firewall zone is rendered and loaded into
// its own evaluator ("machine"); one more machine, the router, loads every zone table at
// once. Each flow is then sent through every point on its path (the source host's output
// chain, each crossing zone's forward chain, the destination host's input chain) and must
// get (a) at each point the verdict Point::permits gives for the flow's tier, from the
// deciding rule (comment = rule name @ file:line), with exactly the log lines the policy
// asks for, and the same verdict when every rate limit is exceeded; (b) as a conjunction,
// Decision::query's reachability; (c) on the router, the conjunction of the zone points.
// Seeds come from testing::test_seed (BULKHEAD_SEED replays); BULKHEAD_PROPERTY_SCALE
// shrinks the counts (sanitizer builds).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <map>
#include <random>
#include <string>

#include "decision/decision.h"
#include "policy/loader.h"
#include "targets/nftables/render.h"
#include "testlib/nft_eval.h"
#include "testlib/random_policy.h"

namespace bulkhead {
namespace {

using decision::Decision;
using decision::Point;
using decision::PointKind;
using decision::Tier;
namespace nft = testing::nft;

double scale() {
  const char* s = std::getenv("BULKHEAD_PROPERTY_SCALE");
  return s ? std::atof(s) : 1.0;
}

std::string flow_text(const decision::Flow& f) {
  return f.src.str() + " -> " + f.dst.str() + " " + std::string(proto_name(f.proto)) + "/" +
         std::to_string(f.port);
}

std::string point_text(const Decision& d, const Point& p) {
  switch (p.kind) {
    case PointKind::HostOutbound:
      return "host outbound";
    case PointKind::HostInbound:
      return "host inbound";
    case PointKind::ZoneFirewall:
      return "zone firewall " + d.zones()[p.zone].name;
  }
  return "?";
}

/// Whether rule `r` logs service key `key` (spec: log: true/false, or auto = the catalog
/// service's default; inline services log only with log: true).
bool rule_logs(const policy::Model& m, const policy::Rule& r, std::uint32_t key) {
  for (const policy::ServiceRef& ref : r.services) {
    if (ref.names.empty()) {
      if (r.logs(nullptr) && ref.keys.contains(key)) return true;
      continue;
    }
    for (const std::string& n : ref.names) {
      const policy::Service* s = m.find_service(n);
      if (s != nullptr && r.logs(s) && s->keys().contains(key)) return true;
    }
  }
  return false;
}

/// Every rendered point of one policy, loaded into evaluators.
struct Machines {
  std::map<std::uint32_t, nft::Ruleset> hosts;
  std::map<std::uint32_t, nft::Ruleset> zones;
  nft::Ruleset router;
  std::map<std::string, std::string> texts;  // for failure messages
};

std::string render_one(const Decision& d, const targets::RenderRequest& req,
                       const targets::nftables::Layout& layout, std::string* err) {
  Diagnostics diags;
  std::optional<targets::RenderResult> r = targets::nftables::render(d, req, diags, layout);
  if (!r || diags.has_errors() || r->files.size() != 1) {
    *err = "render failed:";
    for (const Diagnostic& dg : diags.sorted()) *err += " " + dg.str();
    return "";
  }
  return r->files.front().content;
}

bool build_machines(const Decision& d, std::optional<policy::Enforcement> mode,
                    const targets::nftables::Layout& layout, Machines* m, std::string* err) {
  targets::RenderRequest base;
  base.mode = mode;
  for (std::uint32_t h = 0; h < d.model().hosts.size(); ++h) {
    if (!d.model().hosts[h].managed) continue;
    targets::RenderRequest req = base;
    req.host = h;
    std::string text = render_one(d, req, layout, err);
    if (text.empty()) return false;
    m->texts["host " + d.model().hosts[h].name] = text;
    if (std::string e = m->hosts[h].load(text); !e.empty()) {
      *err = "host " + d.model().hosts[h].name + ": " + e + "\n" + text;
      return false;
    }
  }
  for (std::uint32_t z = 1; z < d.zones().size(); ++z) {
    if (!d.zones()[z].firewall) continue;
    targets::RenderRequest req = base;
    req.zone = z;
    std::string text = render_one(d, req, layout, err);
    if (text.empty()) return false;
    m->texts["zone " + d.zones()[z].name] = text;
    for (nft::Ruleset* rs : {&m->zones[z], &m->router}) {
      if (std::string e = rs->load(text); !e.empty()) {
        *err = "zone " + d.zones()[z].name + ": " + e + "\n" + text;
        return false;
      }
    }
  }
  return true;
}

/// The log prefix of a point's default deny: "bh deny default-in <policy> " (host inbound),
/// default-out (host outbound), default-zone-<zone> (zone firewall); would-block in audit.
std::string default_prefix(const Decision& d, const Point& p) {
  const bool audit = p.enforcement == policy::Enforcement::Audit;
  std::string which = p.kind == PointKind::HostInbound    ? "in"
                      : p.kind == PointKind::HostOutbound ? "out"
                                                          : "zone-" + d.zones()[p.zone].name;
  std::string name = d.model().name.empty() ? "unnamed" : d.model().name;
  std::string prefix =
      "bh " + std::string(audit ? "would-block" : "deny") + " default-" + which + " " + name + " ";
  return prefix.size() <= 60 ? prefix : prefix.substr(0, 59) + " ";
}

/// The log lines a point must write for a flow.
std::vector<std::string> expected_logs(const Decision& d, const Point& p,
                                       const decision::Segment& seg, std::uint32_t key) {
  const bool audit = p.enforcement == policy::Enforcement::Audit;
  if (seg.rule == decision::kNoRule) {
    if (p.fallback == policy::DefaultAction::Deny) return {default_prefix(d, p)};
    return {};
  }
  const policy::Rule& r = *d.rules()[seg.rule].rule;
  if (audit && seg.tier != Tier::Allow)
    return {"bh would-block r" + std::to_string(seg.rule) + " "};
  if (rule_logs(d.model(), r, key))
    return {"bh " + std::string(policy::action_name(r.action)) + " r" + std::to_string(seg.rule) +
            " "};
  return {};
}

/// Gives some hosts extra addresses outside their zone (198.51.100.0/24, 2001:db8:ff::/64,
/// both `internet`), so that zone, cidr and `internet` selectors match only some of a
/// host's addresses and the renderer must restrict rules to those.
void add_extra_addresses(testing::RandomPolicy* p, std::mt19937_64& rng) {
  std::string out;
  std::size_t pos = 0;
  int n = 0;
  const std::string key = "    addresses: [";
  for (std::size_t at; (at = p->yaml.find(key, pos)) != std::string::npos; pos = at + key.size()) {
    out += p->yaml.substr(pos, at + key.size() - pos);
    ++n;
    if (rng() % 2 == 0) continue;
    std::string v4 = "198.51.100." + std::to_string(n);
    out += "\"" + v4 + "\", ";
    p->addresses.push_back(*parse_addr(v4));
    if (rng() % 2 == 0) {
      std::string v6 = "2001:db8:ff::" + std::to_string(n);
      out += "\"" + v6 + "\", ";
      p->addresses.push_back(*parse_addr(v6));
    }
  }
  out += p->yaml.substr(pos);
  p->yaml = std::move(out);
}

struct Counts {
  std::size_t lookup_chains = 0;  ///< host chains rendered in the map form
  std::size_t flows = 0;
  std::size_t point_checks = 0;
  std::size_t router_checks = 0;
  std::size_t unlisted_checks = 0;
};

/// Packets a managed host receives or sends for addresses the inventory does not list
/// (broadcast, multicast, link-local, the unspecified source of DHCP): its own firewall
/// must decide them as Decision::judge_unlisted says, and a packet only routed through the
/// host (not addressed to it) must pass its inbound chain untouched.
bool check_unlisted(const Decision& d, const testing::RandomPolicy& p, std::uint64_t seed,
                    std::optional<policy::Enforcement> mode, const Machines& m,
                    const std::vector<decision::Flow>& flows, Counts* counts) {
  struct Unlisted {
    const char* addr;
    const char* type;  // fib daddr type when it is the destination
  };
  const Unlisted kV4[] = {{"255.255.255.255", "broadcast"},
                          {"224.0.0.251", "multicast"},
                          {"169.254.77.1", "local"},
                          {"0.0.0.0", "local"}};
  const Unlisted kV6[] = {{"ff02::1", "multicast"},
                          {"ff02::1:ff00:1", "multicast"},
                          {"fe80::77:1", "local"},
                          {"::", "local"}};
  std::size_t i = 0;
  for (const auto& [h, rs] : m.hosts) {
    for (std::size_t k = 0; k < 24 && i < flows.size(); ++k, ++i) {
      const decision::Flow& f = flows[(i * 7919) % flows.size()];
      const Unlisted& u = f.src.family == Family::V4 ? kV4[k % 4] : kV6[k % 4];
      const Addr own = *parse_addr(u.addr);
      for (bool inbound : {true, false}) {
        decision::Flow g = f;
        (inbound ? g.dst : g.src) = own;
        const Addr& peer = inbound ? g.src : g.dst;
        decision::Verdict want = d.judge_unlisted(h, inbound, peer, g.key());
        if (mode && *mode == policy::Enforcement::Audit) want.reachable = true;
        if (mode && *mode == policy::Enforcement::Enforce) {
          const policy::DefaultAction dflt = inbound ? d.host_inbound(h) : d.host_outbound(h);
          want.reachable = want.tier == Tier::Allow ||
                           (want.tier == Tier::None && dflt == policy::DefaultAction::Allow);
        }
        nft::Packet pkt = nft::packet_of(g);
        if (inbound) {
          pkt.oif.clear();
          pkt.daddr_type = u.type;
        } else {
          pkt.iif.clear();
        }
        nft::Result got = rs.eval(inbound ? nft::Hook::Prerouting : nft::Hook::Output, pkt);
        std::string why;
        if (!got.error.empty()) {
          why = "evaluation error: " + got.error;
        } else if (got.accepted != want.reachable) {
          why = std::string(got.accepted ? "accepted" : "dropped") + " by '" + got.comment +
                "', judge_unlisted says " + (want.reachable ? "permit" : "block");
        } else if (want.rule != decision::kNoRule) {
          const policy::Rule& r = *d.rules()[want.rule].rule;
          if (got.comment != r.name + " @ " + r.loc.file_line())
            why = "decided by '" + got.comment + "', expected rule " + r.name;
        }
        if (inbound && why.empty()) {
          pkt.daddr_type = "unicast";  // routed through the host, not addressed to it
          nft::Result routed = rs.eval(nft::Hook::Prerouting, pkt);
          if (!routed.accepted) why = "a packet routed through the host was dropped";
        }
        if (!why.empty()) {
          ADD_FAILURE() << "seed " << seed << ": host " << d.model().hosts[h].name << ", "
                        << (inbound ? "inbound" : "outbound") << " " << flow_text(g) << ": " << why
                        << "\npolicy:\n"
                        << p.yaml;
          return false;
        }
        ++counts->unlisted_checks;
      }
    }
  }
  return true;
}

/// Checks every flow of one policy; returns false after the first failure (reported).
bool check_policy(const Decision& d, const testing::RandomPolicy& p, std::uint64_t seed,
                  std::optional<policy::Enforcement> mode, const targets::nftables::Layout& layout,
                  std::size_t nflows, Counts* counts) {
  Machines m;
  std::string err;
  if (!build_machines(d, mode, layout, &m, &err)) {
    ADD_FAILURE() << "seed " << seed << ": " << err << "\npolicy:\n" << p.yaml;
    return false;
  }
  for (const auto& [name, text] : m.texts)
    for (std::size_t at = 0; (at = text.find(" vmap @", at)) != std::string::npos; ++at)
      ++counts->lookup_chains;
  std::vector<decision::Flow> flows = testing::random_flows(p, seed ^ 0x6e6674, nflows);
  std::mt19937_64 rng(seed);
  for (std::size_t i = 0; i < flows.size(); ++i) {
    decision::Flow& f = flows[i];
    // Some flows of protocols the services cannot name (only `any` covers them), some
    // carrying the other family's ICMP number.
    std::uint8_t other = 47;
    if (rng() % 16 == 0) {
      f.proto = Proto::Other;
      const std::uint8_t kOthers[] = {
          47, 132, static_cast<std::uint8_t>(f.src.family == Family::V4 ? 58 : 1)};
      other = kOthers[rng() % 3];
      f.port = other;  // the "other" block is indexed by protocol number
    }
    const std::uint32_t s = d.class_of(f.src), t = d.class_of(f.dst);
    const decision::Segment& seg = Decision::segment_at(d.tiers(s, t), f.key());
    const decision::Verdict want = d.query(f);
    bool all = true, zones_all = true, any_zone = false;
    for (Point pt : d.points(s, t)) {
      if (mode) pt.enforcement = *mode;
      nft::Packet pkt = nft::packet_of(f, other);
      const nft::Ruleset* rs = nullptr;
      nft::Hook hook = nft::Hook::Forward;
      switch (pt.kind) {
        case PointKind::HostOutbound:
          rs = &m.hosts.at(static_cast<std::uint32_t>(d.atom_of(f.src).host));
          hook = nft::Hook::Output;
          pkt.iif.clear();
          break;
        case PointKind::HostInbound:
          rs = &m.hosts.at(static_cast<std::uint32_t>(d.atom_of(f.dst).host));
          hook = nft::Hook::Prerouting;  // before any DNAT
          pkt.oif.clear();
          break;
        case PointKind::ZoneFirewall:
          rs = &m.zones.at(pt.zone);
          any_zone = true;
          break;
      }
      const bool permit = pt.permits(seg.tier);
      nft::Result got = rs->eval(hook, pkt);
      nft::Result capped = rs->eval(hook, pkt, nft::EvalOptions{false});
      std::vector<std::string> logs = expected_logs(d, pt, seg, f.key());
      std::string why;
      if (!got.error.empty() || !capped.error.empty()) {
        why = "evaluation error: " + got.error + capped.error;
      } else if (got.accepted != permit) {
        why = std::string("verdict ") + (got.accepted ? "accept" : "drop") + ", expected " +
              (permit ? "accept" : "drop");
      } else if (capped.accepted != got.accepted || capped.comment != got.comment) {
        why = "the verdict changed when the log rate limits were exceeded";
      } else if (!capped.logs.empty()) {
        why = "a log fired although every rate limit was exceeded";
      } else if (got.logs != logs) {
        why = "logs [" + (got.logs.empty() ? "" : got.logs.front()) + "], expected [" +
              (logs.empty() ? "" : logs.front()) + "]";
      } else if (seg.rule != decision::kNoRule) {
        const policy::Rule& r = *d.rules()[seg.rule].rule;
        std::string comment = r.name + " @ " + r.loc.file_line();
        if (got.by_policy || got.comment != comment)
          why = "decided by '" + got.comment + "', expected '" + comment + "'";
      } else if (pt.fallback == policy::DefaultAction::Deny &&
                 (got.by_policy || got.comment.find("default deny") == std::string::npos)) {
        why = "decided by '" + got.comment + "', expected the counted default-deny rule";
      } else if (pt.fallback == policy::DefaultAction::Allow && !got.by_policy &&
                 got.comment.find(" default allow of host ") == std::string::npos) {
        // Accepted by the chain's policy, or (an address in another zone than the host's
        // first: spec section 3) by the rule that gives that zone's default allow.
        why = "decided by rule '" + got.comment + "' although no policy rule matches";
      }
      // A packet of an established connection in its original direction is cut only by
      // an enforced override-deny; a reply is never cut.
      if (why.empty()) {
        nft::Packet est = pkt;
        est.ct_state = "established";
        nft::Result e = rs->eval(hook, est);
        const bool cut =
            seg.tier == Tier::OverrideDeny && pt.enforcement == policy::Enforcement::Enforce;
        nft::Packet reply = est;
        reply.ct_original = false;
        nft::Result rr = rs->eval(hook, reply);
        if (e.accepted == cut) {
          why = std::string("established packet ") + (e.accepted ? "accepted" : "dropped") +
                (cut ? ", expected the override-deny to cut it" : ", expected it to pass");
        } else if (!rr.accepted) {
          why = "a reply packet of an established connection was dropped by '" + rr.comment + "'";
        }
      }
      if (!why.empty()) {
        ADD_FAILURE() << "seed " << seed << ": flow " << flow_text(f) << " (l4proto "
                      << int(pkt.l4proto) << ") at " << point_text(d, pt) << ": " << why
                      << "\n  tier " << decision::tier_name(seg.tier) << " rule "
                      << (seg.rule == decision::kNoRule ? std::string("-")
                                                        : d.rules()[seg.rule].rule->name)
                      << ", enforcement " << policy::enforcement_name(pt.enforcement)
                      << ", got comment '" << got.comment << "'"
                      << "\npolicy:\n"
                      << p.yaml;
        return false;
      }
      all = all && got.accepted;
      if (pt.kind == PointKind::ZoneFirewall) zones_all = zones_all && got.accepted;
      ++counts->point_checks;
    }
    // Decision::query knows the policy's own modes only; with --mode the points decide.
    bool reachable = want.reachable;
    if (mode) {
      reachable = true;
      for (Point pt : d.points(s, t)) {
        pt.enforcement = *mode;
        reachable = reachable && pt.permits(seg.tier);
      }
    }
    if (all != reachable) {
      ADD_FAILURE() << "seed " << seed << ": flow " << flow_text(f) << ": points give "
                    << (all ? "reachable" : "blocked") << ", the Decision says "
                    << (reachable ? "reachable" : "blocked") << "\npolicy:\n"
                    << p.yaml;
      return false;
    }
    // The router carries every zone table; a forwarded packet must pass exactly when every
    // zone point on its path permits it (and always when no zone sees it).
    nft::Packet fwd = nft::packet_of(f, other);
    nft::Result routed = m.router.eval(nft::Hook::Forward, fwd);
    // A spoofed source (no route back through the input interface) never passes a router
    // that carries a zone table.
    fwd.rpf_ok = false;
    nft::Result spoofed = m.router.eval(nft::Hook::Forward, fwd);
    if (!m.zones.empty() && spoofed.accepted) {
      ADD_FAILURE() << "seed " << seed << ": flow " << flow_text(f)
                    << " with a spoofed source passed the router\npolicy:\n"
                    << p.yaml;
      return false;
    }
    if (!routed.error.empty() || routed.accepted != zones_all) {
      ADD_FAILURE() << "seed " << seed << ": flow " << flow_text(f) << " on the router with all "
                    << "zone tables: " << (routed.accepted ? "accept" : "drop") << ", zone points "
                    << (any_zone ? "" : "(none) ") << "give " << (zones_all ? "accept" : "drop")
                    << " " << routed.error << "\npolicy:\n"
                    << p.yaml;
      return false;
    }
    ++counts->router_checks;
    ++counts->flows;
  }
  return check_unlisted(d, p, seed, mode, m, flows, counts);
}

/// Layouts by policy index: most policies are rendered in the map form whatever their
/// size (lookups for every chain with a TCP/UDP rule), some with the default threshold,
/// some strictly linear.
targets::nftables::Layout layout_for(int i) {
  targets::nftables::Layout l;
  if (i % 4 == 0 || i % 4 == 2) l.map_min_rules = 0;
  if (i % 4 == 3) l.map_min_rules = SIZE_MAX;
  return l;
}

TEST(NftablesProperty, RenderedRulesetsEnforceTheDecision) {
  const std::uint64_t base =
      testing::test_seed("NftablesProperty.RenderedRulesetsEnforceTheDecision");
  const int policies = std::max(20, static_cast<int>(600 * scale()));
  const std::size_t nflows = std::max<std::size_t>(300, static_cast<std::size_t>(4000 * scale()));
  Counts counts;
  for (int i = 0; i < policies; ++i) {
    const std::uint64_t seed = base + static_cast<std::uint64_t>(i);
    SCOPED_TRACE("seed " + std::to_string(seed) + " (policy #" + std::to_string(i) + ")");
    testing::RandomPolicyOptions opts;
    opts.allow_audit = i % 3 == 0;
    opts.max_rules = i % 5 == 0 ? 16 : 8;
    if (i % 4 == 1) {
      opts.max_hosts = 20;
      opts.max_zones = 6;
    }
    testing::RandomPolicy p = testing::random_policy(seed, opts);
    std::mt19937_64 rng(seed);
    if (i % 2 == 1) add_extra_addresses(&p, rng);
    Diagnostics diags;
    std::optional<policy::Model> model = policy::load_text(p.yaml, "random.yaml", diags);
    if (!model) {
      std::string all;
      for (const Diagnostic& dg : diags.sorted()) all += dg.str() + "\n";
      ADD_FAILURE() << "seed " << seed << ": random policy did not load:\n" << all << p.yaml;
      return;
    }
    auto d = Decision::resolve(std::move(*model));
    std::optional<policy::Enforcement> mode;
    if (i % 7 == 3) mode = policy::Enforcement::Audit;
    if (i % 11 == 5) mode = policy::Enforcement::Enforce;
    if (!check_policy(*d, p, seed, mode, layout_for(i), nflows, &counts)) return;
  }
  std::cerr << "nftables property: " << policies << " policies, " << counts.lookup_chains
            << " peer lookups, " << counts.flows << " flows, " << counts.point_checks
            << " point checks, " << counts.router_checks << " router checks, "
            << counts.unlisted_checks << " unlisted-address checks\n";
  EXPECT_GT(counts.unlisted_checks, 0u);
  EXPECT_GT(counts.lookup_chains, 0u);
  EXPECT_GE(counts.flows, static_cast<std::size_t>(policies) * nflows);
}

// Large random policies (up to 60 rules, 40 hosts, 8 zones) in the map form with the
// default threshold: most host chains decide their TCP and UDP flows by lookups, with many
// peer groups and port pieces, logged and unlogged pieces of one rule, and hosts whose rules
// match only some of their addresses.
TEST(NftablesProperty, LargePoliciesInTheMapForm) {
  const std::uint64_t base = testing::test_seed("NftablesProperty.LargePoliciesInTheMapForm");
  const int policies = std::max(6, static_cast<int>(60 * scale()));
  const std::size_t nflows = std::max<std::size_t>(500, static_cast<std::size_t>(6000 * scale()));
  Counts counts;
  for (int i = 0; i < policies; ++i) {
    const std::uint64_t seed = base + static_cast<std::uint64_t>(i);
    SCOPED_TRACE("seed " + std::to_string(seed) + " (large policy #" + std::to_string(i) + ")");
    testing::RandomPolicyOptions opts;
    opts.allow_audit = i % 3 == 0;
    opts.max_rules = 60;
    opts.max_hosts = 40;
    opts.max_zones = 8;
    testing::RandomPolicy p = testing::random_policy(seed, opts);
    std::mt19937_64 rng(seed);
    if (i % 2 == 0) add_extra_addresses(&p, rng);
    Diagnostics diags;
    std::optional<policy::Model> model = policy::load_text(p.yaml, "random.yaml", diags);
    ASSERT_TRUE(model) << "seed " << seed << ": random policy did not load\n" << p.yaml;
    auto d = Decision::resolve(std::move(*model));
    std::optional<policy::Enforcement> mode;
    if (i % 5 == 4) mode = policy::Enforcement::Audit;
    if (!check_policy(*d, p, seed, mode, targets::nftables::Layout{}, nflows, &counts)) return;
  }
  std::cerr << "nftables property (large, map form): " << policies << " policies, "
            << counts.lookup_chains << " peer lookups, " << counts.flows << " flows, "
            << counts.point_checks << " point checks\n";
  EXPECT_GT(counts.lookup_chains, static_cast<std::size_t>(policies));
}

}  // namespace
}  // namespace bulkhead
