// Rule anomalies (anomalies.h). Each rule's decided region E_i is its match minus the
// exact earlier matches that meet it (a bounding-box test skips the others); redundancy
// follows E_i through the later rules, subtracting each one's match as it decides its part
// (a rule with side effects, Rule::side_effects, is redundant only when E_i is empty).
// Pairwise kinds meet every pair of exact rules of different verdicts once. Over-broad:
// whether some (risky key, source port) slice of an accept's match holds every
// (source, destination) pair is constant between the boundaries of the match's boxes,
// so only the boundary points are tried, each with one box-containment test.
// Cost: O(n²) bounding-box tests plus region operations on the pairs that meet; on the
// 1,000-rule ClassBench sets this runs in well under a second (tests/unit/ruleset).
#include "ruleset/anomalies.h"

#include <algorithm>
#include <set>

#include "policy/catalog.h"

namespace bulkhead::ruleset {
namespace {

/// The bounding box of a region, per family, for cheap "cannot meet" tests.
struct Bounds {
  bool fam[2] = {false, false};
  Box box[2];

  static Bounds of(const Region& r) {
    Bounds b;
    for (const Box& x : r.boxes()) {
      int f = x.family == Family::V4 ? 0 : 1;
      if (!b.fam[f]) {
        b.fam[f] = true;
        b.box[f] = x;
        continue;
      }
      Box& o = b.box[f];
      o.src_lo = std::min(o.src_lo, x.src_lo);
      o.src_hi = std::max(o.src_hi, x.src_hi);
      o.dst_lo = std::min(o.dst_lo, x.dst_lo);
      o.dst_hi = std::max(o.dst_hi, x.dst_hi);
      o.key_lo = std::min(o.key_lo, x.key_lo);
      o.key_hi = std::max(o.key_hi, x.key_hi);
      o.sport_lo = std::min(o.sport_lo, x.sport_lo);
      o.sport_hi = std::max(o.sport_hi, x.sport_hi);
    }
    return b;
  }
  bool may_meet(const Bounds& o) const {
    for (int f = 0; f < 2; ++f) {
      if (!fam[f] || !o.fam[f]) continue;
      const Box& a = box[f];
      const Box& b = o.box[f];
      if (a.src_lo <= b.src_hi && b.src_lo <= a.src_hi && a.dst_lo <= b.dst_hi &&
          b.dst_lo <= a.dst_hi && a.key_lo <= b.key_hi && b.key_lo <= a.key_hi &&
          a.sport_lo <= b.sport_hi && b.sport_lo <= a.sport_hi)
        return true;
    }
    return false;
  }
};

struct Facts {
  bool active = false;  ///< terminal with a non-empty match
  Bounds bounds;
};

/// The fewest earlier rules (from `cands`, which together cover `m`) found by dropping,
/// from the last, each one the others do without. Above 32 candidates all are kept.
std::vector<std::size_t> covering(const Region& m, const std::vector<std::size_t>& cands,
                                  const Point& p) {
  for (std::size_t j : cands)
    if (m.within(p.rules[j].match)) return {j};
  std::vector<std::size_t> keep = cands;
  if (keep.size() > 32) return keep;
  for (std::size_t k = keep.size(); k-- > 0;) {
    Region rest = m;
    for (std::size_t x = 0; x < keep.size() && !rest.empty(); ++x)
      if (x != k) rest = rest.subtract(p.rules[keep[x]].match);
    if (rest.empty()) keep.erase(keep.begin() + static_cast<std::ptrdiff_t>(k));
  }
  return keep;
}

/// Over-broad: a (key, sport) in `risky` whose whole (source, destination) slice of the
/// point's universe lies in `m`, as a witness packet.
std::optional<Packet> any_to_any(const Region& m, const Region& universe, const ServiceSet& risky) {
  for (Family f : {Family::V4, Family::V6}) {
    bool have = false;
    Box u;
    for (const Box& b : universe.boxes()) {
      if (b.family != f) continue;
      if (!have) {
        u = b;
        have = true;
        continue;
      }
      u.src_lo = std::min(u.src_lo, b.src_lo);
      u.src_hi = std::max(u.src_hi, b.src_hi);
      u.dst_lo = std::min(u.dst_lo, b.dst_lo);
      u.dst_hi = std::max(u.dst_hi, b.dst_hi);
      u.sport_lo = std::min(u.sport_lo, b.sport_lo);
      u.sport_hi = std::max(u.sport_hi, b.sport_hi);
    }
    if (!have) continue;
    std::set<std::uint32_t> keys, sports;
    sports.insert(u.sport_lo);
    for (const auto& iv : risky.intervals()) keys.insert(iv.lo);
    for (const Box& b : m.boxes()) {
      if (b.family != f) continue;
      keys.insert(b.key_lo);
      if (b.key_hi < kServiceKeyMax) keys.insert(b.key_hi + 1);
      sports.insert(b.sport_lo);
      if (b.sport_hi < kPortMax) sports.insert(b.sport_hi + 1);
    }
    for (std::uint32_t k : keys) {
      if (!risky.contains(k)) continue;
      for (std::uint32_t sp : sports) {
        if (sp < u.sport_lo || sp > u.sport_hi) continue;
        Box slice{f, u.src_lo, u.src_hi, u.dst_lo, u.dst_hi, k, k, sp, sp};
        Region s = Region::of(slice);
        if (!universe.intersects(s)) continue;
        if (s.intersect(universe).within(m)) return Packet{f, u.src_lo, u.dst_lo, k, sp};
      }
    }
  }
  return std::nullopt;
}

}  // namespace

std::string_view anomaly_name(AnomalyKind k) {
  switch (k) {
    case AnomalyKind::Unreachable:
      return "unreachable";
    case AnomalyKind::Shadowed:
      return "shadowed";
    case AnomalyKind::Redundant:
      return "redundant";
    case AnomalyKind::OverBroad:
      return "over-broad";
    case AnomalyKind::Correlated:
      return "correlated";
    case AnomalyKind::Generalization:
      return "generalization";
  }
  return "shadowed";
}

std::vector<RiskyService> lateral_movement_services() {
  std::vector<RiskyService> out;
  const policy::ServiceGroup* g = policy::find_group("lateral-movement");
  if (!g) return out;
  for (const std::string& name : g->members)
    for (const policy::Service& s : policy::builtin_services())
      if (s.name == name) out.push_back({s.name, s.keys(), s.high_volume});
  return out;
}

PointAnomalies find_anomalies(const Point& p, const AnomalyOptions& opts) {
  PointAnomalies out;
  const std::size_t n = p.rules.size();
  std::vector<Facts> facts(n);
  for (std::size_t i = 0; i < n; ++i) {
    facts[i].active = terminal(p.rules[i].action) && !p.rules[i].match.empty();
    facts[i].bounds = Bounds::of(p.rules[i].match);
  }
  auto usable = [&](std::size_t j) { return facts[j].active && p.rules[j].exact; };

  // Unreachable: after the first exact rule that matches the whole header space.
  std::size_t match_all = n;
  for (std::size_t j = 0; j < n && match_all == n; ++j)
    if (usable(j) && p.universe.within(p.rules[j].match)) match_all = j;

  for (std::size_t i = 0; i < n; ++i) {
    const Rule& ri = p.rules[i];
    if (terminal(ri.action) && ri.unreached) {
      out.findings.push_back({AnomalyKind::Unreachable,
                              i,
                              {},
                              *ri.unreached,
                              "no packet reaches it through its chain"});
      continue;
    }
    if (!facts[i].active) continue;
    if (i > match_all) {
      out.findings.push_back({AnomalyKind::Unreachable, i, {match_all}, ri.match.sample(), ""});
      continue;
    }
    // E_i: what rule i decides.
    Region e = ri.match;
    std::vector<std::size_t> overlapping;
    for (std::size_t j = 0; j < i; ++j) {
      if (!usable(j) || !facts[j].bounds.may_meet(facts[i].bounds)) continue;
      if (!ri.match.intersects(p.rules[j].match)) continue;
      overlapping.push_back(j);
      if (!e.empty()) e = e.subtract(p.rules[j].match);
    }
    if (e.empty()) {
      std::optional<std::size_t> other;
      for (std::size_t j : overlapping)
        if (permits(p.rules[j].action) != permits(ri.action)) {
          other = j;
          break;
        }
      std::vector<std::size_t> cover = covering(ri.match, overlapping, p);
      if (other) {
        Packet w = ri.match.intersect(p.rules[*other].match).sample();
        out.findings.push_back({AnomalyKind::Shadowed, i, cover, w, ""});
      } else {
        out.findings.push_back({AnomalyKind::Redundant, i, cover, ri.match.sample(), ""});
      }
      continue;
    }
    // A rule that counts, logs or names the packets it decides does something the later
    // rules do not (status and logs attribute those packets to it): never redundant here.
    if (ri.side_effects) continue;
    // Redundant: the later rules (and the policy) give E_i's packets the same verdict.
    Region rest = e;
    bool same = true;
    std::vector<std::size_t> deciders;
    Bounds eb = Bounds::of(e);
    for (std::size_t k = i + 1; k < n && same && !rest.empty(); ++k) {
      if (!facts[k].active || !facts[k].bounds.may_meet(eb)) continue;
      const Rule& rk = p.rules[k];
      bool differs = permits(rk.action) != permits(ri.action);
      if (rk.exact) {
        if (!rest.intersects(rk.match)) continue;
        if (differs) {
          same = false;
          break;
        }
        deciders.push_back(k);
        rest = rest.subtract(rk.match);
      } else if (differs && rest.intersects(rk.match)) {
        same = false;
      }
    }
    if (same && !rest.empty()) {
      if (permits(p.policy) != permits(ri.action)) same = false;
      deciders.push_back(kPolicy);
    }
    if (same) out.findings.push_back({AnomalyKind::Redundant, i, deciders, e.sample(), ""});
  }

  // Over-broad accepts.
  for (std::size_t i = 0; i < n; ++i) {
    if (!usable(i) || p.rules[i].action != Action::Accept) continue;
    // One finding per rule: the services it opens, the first one's packet as witness.
    std::optional<Packet> first;
    std::string names;
    for (const RiskyService& s : opts.risky) {
      if (std::optional<Packet> w = any_to_any(p.rules[i].match, p.universe, s.keys)) {
        if (!first) first = w;
        names += (names.empty() ? "" : ", ") + s.name;
      }
    }
    if (first) out.findings.push_back({AnomalyKind::OverBroad, i, {}, *first, names});
  }

  // Pairwise: correlated and generalization. A rule matching every packet is the point's
  // default in all but name (a chain that ends with `counter drop`): like the policy, it
  // is wider than every earlier rule by design, so it is no generalization of them.
  for (std::size_t i = 0; i < n; ++i) {
    if (!usable(i) || i == match_all) continue;
    const Region& mi = p.rules[i].match;
    for (std::size_t j = 0; j < i; ++j) {
      if (!usable(j) || permits(p.rules[j].action) == permits(p.rules[i].action)) continue;
      if (!facts[j].bounds.may_meet(facts[i].bounds)) continue;
      const Region& mj = p.rules[j].match;
      Region both = mi.intersect(mj);
      if (both.empty()) continue;
      bool j_in_i = mj.within(mi);
      bool i_in_j = mi.within(mj);
      if (i_in_j) continue;
      AnomalyKind k = j_in_i ? AnomalyKind::Generalization : AnomalyKind::Correlated;
      std::size_t& count = j_in_i ? out.generalization : out.correlated;
      ++count;
      if (count <= opts.max_pairwise)
        out.findings.push_back({k, i, {j}, j_in_i ? mj.sample() : both.sample(), ""});
    }
  }

  // One written rule inlined several times (a chain jumped to from several places, the
  // elements of a vmap) is one rule to whoever reads the file: a finding repeated on its
  // copies with the same other rules is kept once, on the first copy. Pairwise findings
  // keep their exact counts and are left as they are.
  std::set<std::pair<std::pair<AnomalyKind, SourceLoc>, std::vector<SourceLoc>>> seen;
  std::erase_if(out.findings, [&](const Anomaly& a) {
    if (a.kind == AnomalyKind::Correlated || a.kind == AnomalyKind::Generalization) return false;
    std::vector<SourceLoc> others;
    for (std::size_t o : a.others) others.push_back(o == kPolicy ? p.policy_loc : p.rules[o].loc);
    return !seen.insert({{a.kind, p.rules[a.rule].loc}, std::move(others)}).second;
  });

  std::stable_sort(out.findings.begin(), out.findings.end(),
                   [](const Anomaly& a, const Anomaly& b) {
                     if (a.kind != b.kind) return a.kind < b.kind;
                     if (a.rule != b.rule) return a.rule < b.rule;
                     return a.others < b.others;
                   });
  return out;
}

}  // namespace bulkhead::ruleset
