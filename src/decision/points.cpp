// Enforcement points and verdicts (spec section 3), and the address sets of classes,
// selectors and rules that targets render.
#include <algorithm>

#include "base/assert.h"
#include "decision/caches.h"
#include "decision/decision.h"
#include "decision/selector_eval.h"

namespace bulkhead::decision {

bool Point::permits(Tier t) const {
  // A point in audit mode logs what it would block and lets it through.
  if (enforcement == Enforcement::Audit) return true;
  return t == Tier::Allow || (t == Tier::None && fallback == DefaultAction::Allow);
}

std::vector<Point> Decision::points(std::uint32_t s, std::uint32_t d) const {
  const Class& src = classes_[s];
  const Class& dst = classes_[d];
  std::vector<Point> out;
  if (src.is_host && src.managed)
    out.push_back(Point{PointKind::HostOutbound, src.zone, src.out, src.enforcement});
  if (src.zone != dst.zone) {
    for (std::uint32_t z : {src.zone, dst.zone}) {
      const ZoneInfo& zi = zones_[z];
      if (!zi.firewall) continue;
      Enforcement e =
          zi.zone && zi.zone->enforcement ? *zi.zone->enforcement : model_.settings.enforcement;
      out.push_back(Point{PointKind::ZoneFirewall, z, DefaultAction::Deny, e});
    }
  }
  if (dst.is_host && dst.managed)
    out.push_back(Point{PointKind::HostInbound, dst.zone, dst.in, dst.enforcement});
  return out;
}

Verdict Decision::judge(std::uint32_t s, std::uint32_t d, Tier tier, std::uint32_t rule) const {
  Verdict v{tier, rule, true, false};
  for (const Point& p : points(s, d))
    if (!p.permits(tier)) v.reachable = false;
  if (tier == Tier::Allow) {
    v.intended = true;
  } else if (tier == Tier::None) {
    // Intended when every point that would see the flow, were every inventory host
    // managed, defaults to allow.
    const Class& src = classes_[s];
    const Class& dst = classes_[d];
    bool all_allow = true;
    if (src.is_host && src.out != DefaultAction::Allow) all_allow = false;
    if (dst.is_host && dst.in != DefaultAction::Allow) all_allow = false;
    if (src.zone != dst.zone && (zones_[src.zone].firewall || zones_[dst.zone].firewall))
      all_allow = false;
    v.intended = all_allow;
  }
  return v;
}

void Decision::index_atoms() {
  v4_lo_.clear();
  v4_cls_.clear();
  v4_first_ = atoms_.size();
  for (std::size_t i = 0; i < atoms_.size(); ++i) {
    if (atoms_[i].family != Family::V4) continue;
    if (v4_lo_.empty()) v4_first_ = i;
    v4_lo_.push_back(static_cast<std::uint32_t>(atoms_[i].lo));
    v4_cls_.push_back(atoms_[i].cls);
  }
  BH_ASSERT(!v4_lo_.empty() && v4_lo_.front() == 0, "IPv4 atoms cover the address space");
  v4_by16_.assign((std::size_t{1} << 16) + 1, 0);
  std::size_t k = 0;
  for (std::size_t top = 0; top <= (std::size_t{1} << 16); ++top) {
    const std::uint64_t start = std::uint64_t{top} << 16;
    while (k < v4_lo_.size() && v4_lo_[k] < start) ++k;
    v4_by16_[top] = static_cast<std::uint32_t>(k);
  }
}

std::size_t Decision::v4_index(std::uint32_t x) const {
  // The atom holding x is the last one starting at or below x: search only the atoms that
  // start in x's /16 (the one before them when none starts at or below x there).
  const std::uint32_t* lo = v4_lo_.data();
  const std::uint32_t* it =
      std::upper_bound(lo + v4_by16_[x >> 16], lo + v4_by16_[(x >> 16) + 1], x);
  return static_cast<std::size_t>(it - lo) - 1;
}

std::uint32_t Decision::class_of(const Addr& a) const {
  if (a.family == Family::V4) return v4_cls_[v4_index(static_cast<std::uint32_t>(a.value))];
  return atom_of(a).cls;
}

const Atom& Decision::atom_of(const Addr& a) const {
  if (a.family == Family::V4) {
    const Atom& at = atoms_[v4_first_ + v4_index(static_cast<std::uint32_t>(a.value))];
    BH_ASSERT(at.family == a.family && a.value >= at.lo && a.value <= at.hi, "atom lookup");
    return at;
  }
  auto it = std::upper_bound(atoms_.begin(), atoms_.end(), a, [](const Addr& x, const Atom& at) {
    return x.family < at.family || (x.family == at.family && x.value < at.lo);
  });
  BH_ASSERT(it != atoms_.begin(), "atoms cover both address spaces");
  const Atom& at = *std::prev(it);
  BH_ASSERT(at.family == a.family && a.value >= at.lo && a.value <= at.hi, "atom lookup");
  return at;
}

Verdict Decision::query(const Flow& f) const {
  BH_ASSERT(f.src.family == f.dst.family, "a flow's addresses share a family");
  BH_ASSERT(proto_in_family(f.proto, f.src.family), "ICMP flows carry their family's ICMP");
  std::uint32_t s = atom_of(f.src).cls;
  std::uint32_t d = atom_of(f.dst).cls;
  const Segment& seg = segment_at(tiers(s, d), f.key());
  return judge(s, d, seg.tier, seg.rule);
}

Verdict Decision::judge_unlisted(std::uint32_t host, bool inbound, const Addr& peer,
                                 std::uint32_t key) const {
  // The host's own firewall is the only point: rules whose own side matches every listed
  // address of the host treat it as a whole, so they decide packets for its unlisted
  // addresses too; rules that match only some of its addresses do not.
  const std::vector<std::uint32_t> own = host_classes(host);
  const std::uint32_t pc = class_of(peer);
  Tier tier = Tier::None;
  std::uint32_t rule = kNoRule;
  for (const CompiledRule& r : rules_) {
    if (!r.keys.contains(key)) continue;
    if (!(inbound ? rule_src(r.id, pc) : rule_dst(r.id, pc))) continue;
    bool whole = !own.empty();
    for (std::uint32_t c : own)
      if (!(inbound ? rule_dst(r.id, c) : rule_src(r.id, c))) whole = false;
    if (!whole) continue;
    if (r.tier > tier || (r.tier == tier && r.id < rule)) {
      tier = r.tier;
      rule = r.id;
    }
  }
  const DefaultAction dflt = inbound ? host_inbound(host) : host_outbound(host);
  const Point p{inbound ? PointKind::HostInbound : PointKind::HostOutbound, 0, dflt,
                host_enforcement(host)};
  Verdict v{tier, rule, p.permits(tier), false};
  v.intended = tier == Tier::Allow || (tier == Tier::None && dflt == DefaultAction::Allow);
  return v;
}

AddrSet Decision::class_addresses(std::uint32_t c) const {
  AddrSet out;
  for (std::uint32_t ai : classes_[c].atoms)
    out.of(atoms_[ai].family).add(atoms_[ai].lo, atoms_[ai].hi);
  return out;
}

namespace {

AddrSet atoms_where(const std::vector<Atom>& atoms, const std::vector<std::uint64_t>& bits) {
  AddrSet out;
  for (const Atom& a : atoms)
    if (Decision::bit(bits, a.cls)) out.of(a.family).add(a.lo, a.hi);
  return out;
}

}  // namespace

AddrSet Decision::selector_addresses(const policy::Selector& s) const {
  std::int32_t i = selector_index(s);
  if (i >= 0) return atoms_where(atoms_, selector_classes_[static_cast<std::size_t>(i)]);
  // A selector from outside the model: exact per address, not per class. Its CIDRs may
  // cut atoms, so each atom is clipped to them.
  AddrSet out;
  SelectorEval eval(model_, zones_);
  for (const Atom& a : atoms_) {
    for (const policy::SelectorTerm& t : s.any_of) {
      policy::SelectorTerm no_cidr = t;
      no_cidr.cidrs.clear();
      if (!eval.term_matches(no_cidr, Profile{a.host, a.zone, a.family, a.lo})) continue;
      if (t.cidrs.empty()) {
        out.of(a.family).add(a.lo, a.hi);
        continue;
      }
      for (const Prefix& p : t.cidrs) {
        if (p.base.family != a.family) continue;
        u128 lo = std::max(p.first(), a.lo), hi = std::min(p.last(), a.hi);
        if (lo <= hi) out.of(a.family).add(lo, hi);
      }
    }
  }
  return out;
}

const AddrSet& Decision::rule_sources(std::uint32_t r) const {
  Caches& c = *caches_;
  std::call_once(c.src_once[r], [&] { c.rule_src[r] = atoms_where(atoms_, rules_[r].src); });
  return c.rule_src[r];
}

const AddrSet& Decision::rule_destinations(std::uint32_t r) const {
  Caches& c = *caches_;
  std::call_once(c.dst_once[r], [&] { c.rule_dst[r] = atoms_where(atoms_, rules_[r].dst); });
  return c.rule_dst[r];
}

AddrSet Decision::host_addresses(std::uint32_t host) const {
  AddrSet out;
  for (const Addr& a : model_.hosts[host].addresses) out.add(a);
  return out;
}

std::vector<std::uint32_t> Decision::host_classes(std::uint32_t host) const {
  std::vector<std::uint32_t> out;
  for (const Addr& a : model_.hosts[host].addresses) out.push_back(atom_of(a).cls);
  return out;
}

}  // namespace bulkhead::decision
