// diff: the common refinement of two Decisions, compared pair by pair.
//
// Both Decisions partition each address family into atoms. Sweeping the two sorted atom
// lists together yields the regions where one old class meets one new class; regions
// with the same (family, old class, new class) form a joint class, and every address of
// a joint class is judged alike by both versions. For each pair of joint classes, the
// old and new tier maps are merged into their common refinement of the service space;
// each piece where reachability differs is a change. A pair's maps depend only on its
// classes' rule groups and its reachability only on its verdict masks, so the pairs of
// tiers the merged maps hold are computed once per pair of rule groups, and a pair is
// merged only when one of them changes reachability under its masks: O(A_old + A_new)
// for the sweep, O(J²) O(1) tests, O(k_old + k_new) per group pair and per changed pair.
//
// The change groups are then attributed to rule edits (rules matched by name: added,
// removed, changed), so that one edit's many groups read as one line: O(R log R + G).
// Intent and coverage outcomes are computed per version (outcomes), then compared.
#include "analysis/diff.h"

#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>

#include "analysis/pair_summary.h"
#include "analysis/verify.h"
#include "policy/canonical.h"

namespace bulkhead::analysis {
namespace {

constexpr std::uint8_t kAnyReachable = 0x55;

struct Range {
  u128 lo;
  u128 hi;
  std::int32_t old_host;
  std::int32_t new_host;
};

struct Sweep {
  std::vector<JointClass> joint;
  std::vector<std::vector<Range>> ranges;  // per joint class
};

Sweep sweep(const decision::Decision& o, const decision::Decision& n) {
  Sweep out;
  std::unordered_map<std::uint64_t, std::uint32_t> ids;
  const std::vector<decision::Atom>& ao = o.atoms();
  const std::vector<decision::Atom>& an = n.atoms();
  std::size_t i = 0, j = 0;
  // Both atom lists cover both families completely and in the same order.
  while (i < ao.size() && j < an.size()) {
    const decision::Atom& a = ao[i];
    const decision::Atom& b = an[j];
    const u128 lo = std::max(a.lo, b.lo);
    const u128 hi = std::min(a.hi, b.hi);
    const std::uint64_t key = (static_cast<std::uint64_t>(a.family == Family::V6) << 63) |
                              (static_cast<std::uint64_t>(a.cls) << 32) | b.cls;
    auto [it, inserted] = ids.emplace(key, static_cast<std::uint32_t>(out.joint.size()));
    if (inserted) {
      JointClass jc;
      jc.family = a.family;
      jc.old_cls = a.cls;
      jc.new_cls = b.cls;
      out.joint.push_back(std::move(jc));
      out.ranges.emplace_back();
    }
    std::vector<Range>& rs = out.ranges[it->second];
    if (a.host == decision::kNoHost && b.host == decision::kNoHost && !rs.empty() &&
        rs.back().old_host == decision::kNoHost && rs.back().new_host == decision::kNoHost &&
        rs.back().hi + 1 == lo) {
      rs.back().hi = hi;
    } else {
      rs.push_back(Range{lo, hi, a.host, b.host});
    }
    if (a.hi == hi) ++i;
    if (b.hi == hi) ++j;
  }
  for (std::size_t k = 0; k < out.joint.size(); ++k) {
    JointClass& jc = out.joint[k];
    for (const Range& r : out.ranges[k]) {
      jc.ranges.emplace_back(r.lo, r.hi);
      if (r.new_host != decision::kNoHost) {
        jc.hosts.push_back(n.model().hosts[static_cast<std::size_t>(r.new_host)].name);
      } else if (r.old_host != decision::kNoHost) {
        jc.hosts.push_back(o.model().hosts[static_cast<std::size_t>(r.old_host)].name);
      } else {
        u128 count = r.hi - r.lo == ~u128{0} ? r.hi - r.lo : r.hi - r.lo + 1;
        jc.plain = jc.plain + count < jc.plain ? ~u128{0} : jc.plain + count;
      }
    }
    std::sort(jc.hosts.begin(), jc.hosts.end());
    jc.hosts.erase(std::unique(jc.hosts.begin(), jc.hosts.end()), jc.hosts.end());
    if (jc.plain == 0 && jc.hosts.size() == 1) jc.solo = jc.hosts.front();
  }
  return out;
}

// The host name owning an address of a range (new side first), or "".
std::string range_host(const decision::Decision& o, const decision::Decision& n, const Range& r) {
  if (r.new_host != decision::kNoHost)
    return n.model().hosts[static_cast<std::size_t>(r.new_host)].name;
  if (r.old_host != decision::kNoHost)
    return o.model().hosts[static_cast<std::size_t>(r.old_host)].name;
  return "";
}

struct Pick {
  Addr addr;
  std::string host;
};

std::optional<Pick> pick_in(const decision::Decision& o, const decision::Decision& n, Family f,
                            const std::vector<Range>& rs, const std::string& avoid) {
  for (const Range& r : rs) {
    std::string h = range_host(o, n, r);
    if (!h.empty() && h == avoid) continue;
    u128 v = h.empty() && r.hi > r.lo ? r.lo + 1 : r.lo;
    return Pick{Addr{f, v}, h};
  }
  return std::nullopt;
}

struct Acc {
  ServiceSet keys;
  std::vector<std::uint32_t> old_rules;
  std::vector<std::uint32_t> new_rules;
  bool named = false;
};

void add_unique(std::vector<std::uint32_t>& v, std::uint32_t x) {
  if (x != decision::kNoRule && std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
}

// One group of changed keys of a pair of joint classes: a change direction and a catalog
// service (or none), with the deciding rules on each side (sorted).
struct Piece {
  Change change = Change::NewlyReachable;
  std::string service;
  ServiceSet keys;
  std::vector<std::uint32_t> old_rules;
  std::vector<std::uint32_t> new_rules;
};
using Pieces = std::vector<Piece>;

// Merges the old and new tier maps of a pair of joint classes and keeps the pieces whose
// reachability differs, grouped by direction and catalog service. O(k_old + k_new).
Pieces changed_pieces(const decision::Decision& o, const decision::Decision& n, const PairJudge& jo,
                      const PairJudge& jn, const CatalogKeys& catalog, const JointClass& ja,
                      const JointClass& jb) {
  const std::uint8_t ro = jo.mask(ja.old_cls, jb.old_cls) & kAnyReachable;
  const std::uint8_t rn = jn.mask(ja.new_cls, jb.new_cls) & kAnyReachable;
  if (ro == rn && (ro == 0 || ro == kAnyReachable)) return {};
  const decision::TierMap& mo = o.tiers(ja.old_cls, jb.old_cls);
  const decision::TierMap& mn = n.tiers(ja.new_cls, jb.new_cls);
  // Per change direction: named service → keys and rules; "" = no single service.
  std::map<std::pair<Change, std::string>, Acc> acc;
  auto io = mo.begin(), in = mn.begin();
  std::uint32_t lo = 0;
  while (io != mo.end() && in != mn.end()) {
    const std::uint32_t hi = std::min(io->hi, in->hi);
    const bool r_old = jo.reachable(ja.old_cls, jb.old_cls, io->tier);
    const bool r_new = jn.reachable(ja.new_cls, jb.new_cls, in->tier);
    if (r_old != r_new) {
      const Change c = r_new ? Change::NewlyReachable : Change::NewlyBlocked;
      // Only keys this family's flows carry (ICMP and ICMPv6 are per family).
      const ServiceSet piece = ServiceSet::range(lo, hi).intersect(family_services(ja.family));
      for (const auto& iv : piece.intervals()) {
        const std::string* name = catalog.containing(iv.lo, iv.hi);
        Acc& x = acc[{c, name ? *name : std::string()}];
        x.named = name != nullptr;
        x.keys.add(iv.lo, iv.hi);
        add_unique(x.old_rules, io->rule);
        add_unique(x.new_rules, in->rule);
      }
    }
    if (io->hi == hi) ++io;
    if (in->hi == hi) ++in;
    lo = hi + 1;
    if (hi == kServiceKeyMax) break;
  }
  Pieces out;
  for (auto& [k, x] : acc) {
    Piece p;
    p.change = k.first;
    p.service = x.named ? k.second : format_services(x.keys);
    p.keys = std::move(x.keys);
    p.old_rules = std::move(x.old_rules);
    p.new_rules = std::move(x.new_rules);
    std::sort(p.old_rules.begin(), p.old_rules.end());
    std::sort(p.new_rules.begin(), p.new_rules.end());
    out.push_back(std::move(p));
  }
  return out;
}

// The rule groups of each joint class as a source and as a destination in both versions.
// Two joint classes in the same source groups see the same old and new tier maps towards
// every destination, and likewise for destinations: what differs between them is only
// reachability, which follows the enforcement profiles. O(J log J).
struct GroupPairs {
  std::vector<std::uint32_t> src_of;  // joint class → (family, old, new source group) id
  std::vector<std::uint32_t> dst_of;  // joint class → (family, old, new destination group) id
  std::uint32_t nsrc = 0;
  std::uint32_t ndst = 0;
};

GroupPairs group_pairs(const decision::Decision& o, const decision::Decision& n,
                       const std::vector<JointClass>& joint) {
  using Key = std::array<std::uint32_t, 3>;
  std::map<Key, std::uint32_t> src_ids, dst_ids;
  GroupPairs out;
  for (const JointClass& j : joint) {
    const auto fam = static_cast<std::uint32_t>(j.family == Family::V6);
    const Key ks{fam, o.src_group(j.old_cls), n.src_group(j.new_cls)};
    const Key kd{fam, o.dst_group(j.old_cls), n.dst_group(j.new_cls)};
    auto next = [](const std::map<Key, std::uint32_t>& m) {
      return static_cast<std::uint32_t>(m.size());
    };
    out.src_of.push_back(src_ids.emplace(ks, next(src_ids)).first->second);
    out.dst_of.push_back(dst_ids.emplace(kd, next(dst_ids)).first->second);
  }
  out.nsrc = static_cast<std::uint32_t>(src_ids.size());
  out.ndst = static_cast<std::uint32_t>(dst_ids.size());
  return out;
}

// Bit 4·old tier + new tier: that pair of tiers occurs on some key when the two maps are
// merged. O(k_old + k_new).
std::uint16_t tier_combinations(const decision::TierMap& mo, const decision::TierMap& mn) {
  std::uint16_t out = 0;
  auto io = mo.begin(), in = mn.begin();
  while (io != mo.end() && in != mn.end()) {
    out |= static_cast<std::uint16_t>(
        1u << (4 * static_cast<int>(io->tier) + static_cast<int>(in->tier)));
    const std::uint32_t hi = std::min(io->hi, in->hi);
    if (io->hi == hi) ++io;
    if (in->hi == hi) ++in;
  }
  return out;
}

// Bit 4·old tier + new tier: a flow of those tiers changes reachability, given the old and
// new verdict masks of a pair (bit 2·tier: reachable).
std::uint16_t changing_combinations(std::uint8_t old_mask, std::uint8_t new_mask) {
  std::uint16_t out = 0;
  for (int to = 0; to < 4; ++to)
    for (int tn = 0; tn < 4; ++tn)
      if (((old_mask >> (2 * to)) & 1u) != ((new_mask >> (2 * tn)) & 1u))
        out |= static_cast<std::uint16_t>(1u << (4 * to + tn));
  return out;
}

}  // namespace

std::string_view change_name(Change c) {
  return c == Change::NewlyReachable ? "newly-reachable" : "newly-blocked";
}

std::string host_name_at(const decision::Decision& d, const Addr& a) {
  const decision::Atom& at = d.atom_of(a);
  return at.host == decision::kNoHost ? std::string()
                                      : d.model().hosts[static_cast<std::size_t>(at.host)].name;
}

std::vector<JointClass> joint_classes(const decision::Decision& old_d,
                                      const decision::Decision& new_d) {
  return sweep(old_d, new_d).joint;
}

namespace {

// What differs between two rules of the same name.
std::vector<std::string> rule_fields(const policy::Rule& a, const policy::Rule& b) {
  std::vector<std::string> out;
  if (a.action != b.action) out.emplace_back("action");
  if (policy::selector_text(a.from) != policy::selector_text(b.from)) out.emplace_back("from");
  if (policy::selector_text(a.to) != policy::selector_text(b.to)) out.emplace_back("to");
  if (a.keys() != b.keys()) out.emplace_back("services");
  if (a.log != b.log) out.emplace_back("log");
  return out;
}

// Rules matched by name; each change group goes to every edit among its deciding rules.
// O(R log R + G · rules per group).
void attribute_to_rule_edits(const decision::Decision& o, const decision::Decision& n,
                             DiffReport* rep) {
  std::map<std::string, const policy::Rule*> old_rules, new_rules;
  for (const policy::Rule& r : o.model().rules) old_rules.emplace(r.name, &r);
  for (const policy::Rule& r : n.model().rules) new_rules.emplace(r.name, &r);
  std::vector<RuleChange>& edits = rep->rule_changes;
  for (const auto& [name, r] : new_rules)
    if (!old_rules.contains(name))
      edits.push_back(RuleChange{RuleEdit::Added, name, nullptr, r, {}, {}});
  for (const auto& [name, r] : old_rules)
    if (!new_rules.contains(name))
      edits.push_back(RuleChange{RuleEdit::Removed, name, r, nullptr, {}, {}});
  for (const auto& [name, r] : old_rules) {
    auto it = new_rules.find(name);
    if (it == new_rules.end()) continue;
    std::vector<std::string> fields = rule_fields(*r, *it->second);
    if (!fields.empty())
      edits.push_back(RuleChange{RuleEdit::Changed, name, r, it->second, std::move(fields), {}});
  }
  std::map<std::string, std::size_t> by_new, by_old;  // rule name -> edit
  for (std::size_t i = 0; i < edits.size(); ++i) {
    if (edits[i].edit != RuleEdit::Removed) by_new[edits[i].name] = i;
    if (edits[i].edit != RuleEdit::Added) by_old[edits[i].name] = i;
  }
  for (std::uint32_t gi = 0; gi < rep->groups.size(); ++gi) {
    const DiffGroup& g = rep->groups[gi];
    std::vector<std::size_t> hit;
    for (std::uint32_t r : g.new_rules) {
      if (r == decision::kNoRule) continue;
      auto it = by_new.find(n.rules()[r].rule->name);
      if (it != by_new.end()) hit.push_back(it->second);
    }
    for (std::uint32_t r : g.old_rules) {
      if (r == decision::kNoRule) continue;
      auto it = by_old.find(o.rules()[r].rule->name);
      if (it != by_old.end()) hit.push_back(it->second);
    }
    std::sort(hit.begin(), hit.end());
    hit.erase(std::unique(hit.begin(), hit.end()), hit.end());
    for (std::size_t e : hit) edits[e].groups.push_back(gi);
    if (hit.empty()) rep->other_groups.push_back(gi);
  }
}

}  // namespace

DiffReport diff(const decision::Decision& o, const decision::Decision& n) {
  Sweep sw = sweep(o, n);
  DiffReport rep;
  const PairJudge jo(o), jn(n);
  const CatalogKeys catalog(n.model());
  const std::size_t nj = sw.joint.size();

  // Hosts appearing in several joint classes (multi-address hosts), for exact pair counts.
  std::map<std::string, std::vector<std::uint32_t>> host_joint;
  for (std::uint32_t k = 0; k < nj; ++k)
    for (const std::string& h : sw.joint[k].hosts) host_joint[h].push_back(k);
  std::vector<std::vector<std::string>> shared(nj);
  for (const auto& [h, ks] : host_joint)
    if (ks.size() > 1)
      for (std::uint32_t k : ks) shared[k].push_back(h);

  // A pair's changes follow from its old and new tier maps (fixed by its rule groups)
  // and its verdict masks: per pair of rule groups, the tier combinations the merged maps
  // hold are computed once; a pair is merged only when one of them changes reachability
  // under its masks. O(J²) O(1) tests, O(group pairs · k) merges, O(changed pairs · k).
  const GroupPairs gp = group_pairs(o, n, sw.joint);
  constexpr std::uint32_t kUnknown = ~std::uint32_t{0};
  std::vector<std::uint32_t> combos(static_cast<std::size_t>(gp.nsrc) * gp.ndst, kUnknown);
  std::vector<std::uint32_t> changing(256 * 256, kUnknown);  // by (old mask, new mask)
  for (std::uint32_t a = 0; a < nj; ++a) {
    const JointClass& ja = sw.joint[a];
    for (std::uint32_t b = 0; b < nj; ++b) {
      const JointClass& jb = sw.joint[b];
      if (ja.family != jb.family) continue;
      if (!ja.solo.empty() && ja.solo == jb.solo) continue;  // one host to itself
      const std::uint8_t ro = jo.mask(ja.old_cls, jb.old_cls) & kAnyReachable;
      const std::uint8_t rn = jn.mask(ja.new_cls, jb.new_cls) & kAnyReachable;
      if (ro == rn && (ro == 0 || ro == kAnyReachable)) continue;
      std::uint32_t& present =
          combos[static_cast<std::size_t>(gp.src_of[a]) * gp.ndst + gp.dst_of[b]];
      if (present == kUnknown)
        present =
            tier_combinations(o.tiers(ja.old_cls, jb.old_cls), n.tiers(ja.new_cls, jb.new_cls));
      const std::size_t mi = static_cast<std::size_t>(ro) << 8 | rn;
      if (changing[mi] == kUnknown) changing[mi] = changing_combinations(ro, rn);
      if ((present & changing[mi]) == 0) continue;
      const Pieces pieces = changed_pieces(o, n, jo, jn, catalog, ja, jb);
      if (pieces.empty()) continue;

      std::uint64_t host_pairs = 0;
      {
        const std::uint64_t na = ja.hosts.size(), nb = jb.hosts.size();
        std::uint64_t same = 0;
        if (a == b) {
          same = na;
        } else {
          for (const std::string& h : shared[a])
            if (std::binary_search(shared[b].begin(), shared[b].end(), h)) ++same;
        }
        host_pairs = na * nb - same;
      }
      auto src = pick_in(o, n, ja.family, sw.ranges[a], "");
      auto dst = pick_in(o, n, ja.family, sw.ranges[b], src ? src->host : "");
      if (!dst) {  // b is only src's host: start from another host of a
        dst = pick_in(o, n, ja.family, sw.ranges[b], "");
        src = pick_in(o, n, ja.family, sw.ranges[a], dst->host);
      }
      std::vector<DiffGroup> pair_groups;
      for (const Piece& x : pieces) {
        DiffGroup g;
        g.change = x.change;
        g.src = a;
        g.dst = b;
        g.service = x.service;
        g.keys = x.keys;
        g.old_rules = x.old_rules;
        g.new_rules = x.new_rules;
        g.host_pairs = host_pairs;
        g.src_addr = src->addr;
        g.dst_addr = dst->addr;
        g.key = g.keys.intervals().front().lo;
        decision::Flow f{g.src_addr, g.dst_addr, key_proto(g.key),
                         static_cast<std::uint16_t>(key_port(g.key))};
        g.old_verdict = o.query(f);
        g.new_verdict = n.query(f);
        pair_groups.push_back(std::move(g));
      }
      for (DiffGroup& g : pair_groups) rep.groups.push_back(std::move(g));
    }
  }
  std::stable_sort(rep.groups.begin(), rep.groups.end(),
                   [](const DiffGroup& x, const DiffGroup& y) {
                     if (x.change != y.change) return x.change < y.change;
                     if (x.src != y.src) return x.src < y.src;
                     if (x.dst != y.dst) return x.dst < y.dst;
                     return x.key < y.key;
                   });
  for (const DiffGroup& g : rep.groups)
    (g.change == Change::NewlyReachable ? rep.newly_reachable : rep.newly_blocked) += 1;
  rep.joint = std::move(sw.joint);
  attribute_to_rule_edits(o, n, &rep);
  return rep;
}

std::string_view rule_edit_name(RuleEdit e) {
  switch (e) {
    case RuleEdit::Added:
      return "added";
    case RuleEdit::Removed:
      return "removed";
    case RuleEdit::Changed:
      return "changed";
  }
  return "?";
}

Outcomes outcomes(const decision::Decision& d) {
  const Context ctx(d);
  Outcomes out;
  for (const policy::Expect& e : d.model().expects)
    out.intents[e.name] = check_intent(ctx, e).holds;
  for (const TechniqueResult& t : compute_coverage(ctx).techniques)
    out.techniques.push_back(CoverageChange{t.id, t.name, t.status, t.status});
  return out;
}

std::vector<CoverageChange> coverage_changes(const Outcomes& old_o, const Outcomes& new_o) {
  std::map<std::string, CoverageStatus> old_status;
  for (const CoverageChange& t : old_o.techniques) old_status.emplace(t.id, t.new_status);
  std::vector<CoverageChange> out;
  for (const CoverageChange& t : new_o.techniques) {
    auto it = old_status.find(t.id);
    if (it != old_status.end() && it->second != t.new_status)
      out.push_back(CoverageChange{t.id, t.name, it->second, t.new_status});
  }
  return out;
}

std::vector<IntentChange> intent_changes(const Outcomes& old_o, const Outcomes& new_o) {
  const std::map<std::string, bool>& o = old_o.intents;
  const std::map<std::string, bool>& n = new_o.intents;
  std::vector<IntentChange> out;
  for (const auto& [name, holds] : o) {
    auto it = n.find(name);
    if (it == n.end()) {
      out.push_back(IntentChange{name, holds, std::nullopt});
    } else if (it->second != holds) {
      out.push_back(IntentChange{name, holds, it->second});
    }
  }
  for (const auto& [name, holds] : n)
    if (!o.contains(name)) out.push_back(IntentChange{name, std::nullopt, holds});
  std::sort(out.begin(), out.end(),
            [](const IntentChange& a, const IntentChange& b) { return a.name < b.name; });
  return out;
}

}  // namespace bulkhead::analysis
