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
    for (std::size_t i = 0; i < p.rules.size() && !rest.empty(); ++i) {
      const Rule& r = p.rules[i];
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

}  // namespace bulkhead::ruleset
