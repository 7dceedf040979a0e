// Seed-table compliance (compliance.h): first-match evaluation over a region instead of
// a packet. `rest` holds the service's packets no exact rule has decided yet.
#include "ruleset/compliance.h"

#include <algorithm>

namespace bulkhead::ruleset {

std::vector<ServiceExposure> seed_exposure(const Point& p, const std::vector<RiskyService>& risky,
                                           const std::vector<std::string>& exempt) {
  std::vector<ServiceExposure> out;
  for (const RiskyService& s : risky) {
    ServiceExposure e;
    e.service = s.name;
    e.exempt = std::find(exempt.begin(), exempt.end(), s.name) != exempt.end();
    Region keys;
    for (Family f : {Family::V4, Family::V6})
      keys.add(Region::product(f, IntervalSet<u128>::range(0, family_max(f)),
                               IntervalSet<u128>::range(0, family_max(f)), s.keys,
                               IntervalSet<std::uint32_t>::range(0, kPortMax)));
    Region rest = p.universe.intersect(keys);
    bool have_example = false;
    e.high_volume = s.high_volume;
    for (std::size_t i = 0; i < p.rules.size() && !rest.empty(); ++i) {
      const Rule& r = p.rules[i];
      if (r.logs && !e.logged_by && !r.match.empty() && rest.intersects(r.match)) e.logged_by = i;
      if (!terminal(r.action) || r.match.empty()) continue;
      Region part = rest.intersect(r.match);
      if (part.empty()) continue;
      if (!r.exact) {
        if (permits(r.action)) e.maybe.add(part);
        continue;
      }
      if (permits(r.action)) {
        if (!have_example) {
          e.example = part.sample();
          e.example_rule = i;
          have_example = true;
        }
        e.open.add(part);
      }
      rest = rest.subtract(r.match);
    }
    if (!rest.empty() && permits(p.policy)) {
      if (!have_example) {
        e.example = rest.sample();
        e.example_rule = kPolicy;
        have_example = true;
      }
      e.open.add(rest);
    }
    e.maybe = e.maybe.subtract(e.open);
    if (!have_example && !e.maybe.empty()) {
      e.example = e.maybe.sample();
      // The first inexact accept that may take it.
      for (std::size_t i = 0; i < p.rules.size(); ++i)
        if (!p.rules[i].exact && permits(p.rules[i].action) &&
            p.rules[i].match.contains(e.example)) {
          e.example_rule = i;
          break;
        }
    }
    for (const Box& b : e.open.boxes()) e.sources.of(b.family).add(b.src_lo, b.src_hi);
    out.push_back(std::move(e));
  }
  return out;
}

namespace {

/// Whether the policy lets a flow of the class pair at `tier` into the host: its own inbound
/// point decides (enforcing, as the rendered firewall does), else the whole path.
bool host_permits(const decision::Decision& d, const std::vector<decision::Point>& path,
                  std::uint32_t s, std::uint32_t t, decision::Tier tier) {
  for (decision::Point pt : path) {
    if (pt.kind != decision::PointKind::HostInbound) continue;
    pt.enforcement = policy::Enforcement::Enforce;
    return pt.permits(tier);
  }
  return d.judge(s, t, tier, decision::kNoRule).reachable;
}

}  // namespace

void judge_against_policy(std::vector<ServiceExposure>& rows, const Point& p,
                          const decision::Decision& d, std::uint32_t host) {
  const std::vector<Addr>& addrs = d.model().hosts[host].addresses;
  for (ServiceExposure& e : rows) {
    e.judged = true;
    if (e.exempt) continue;
    for (const Box& b : e.open.boxes()) {
      for (const Addr& a : addrs) {
        if (a.family != b.family || a.value < b.dst_lo || a.value > b.dst_hi) continue;
        const std::uint32_t t = d.class_of(a);
        for (u128 x = b.src_lo;;) {
          const decision::Atom& at = d.atom_of(Addr{b.family, x});
          const u128 hi = std::min(at.hi, b.src_hi);
          if (at.host != static_cast<std::int32_t>(host)) {
            const std::vector<decision::Point> path = d.points(at.cls, t);
            for (const decision::Segment& seg : d.tiers(at.cls, t)) {
              if (seg.hi < b.key_lo || seg.lo > b.key_hi) continue;
              if (host_permits(d, path, at.cls, t, seg.tier)) continue;
              e.beyond_sources.of(b.family).add(x, hi);
              if (!e.beyond_example) {
                e.beyond_example =
                    Packet{b.family, x, a.value, std::max(seg.lo, b.key_lo), b.sport_lo};
                for (std::size_t i = 0; i < p.rules.size(); ++i)
                  if (terminal(p.rules[i].action) && p.rules[i].match.contains(*e.beyond_example)) {
                    e.beyond_rule = i;
                    break;
                  }
              }
            }
          }
          if (hi == b.src_hi) break;
          x = hi + 1;
        }
      }
    }
  }
}

}  // namespace bulkhead::ruleset
