// diff: the common refinement of two Decisions, compared pair by pair.
//
// Both Decisions partition each address family into atoms. Sweeping the two sorted atom
// lists together yields the regions where one old class meets one new class; regions
// with the same (family, old class, new class) form a joint class, and every address of
// a joint class is judged alike by both versions. For each pair of joint classes, the
// old and new tier maps are merged into their common refinement of the service space;
// each piece where reachability differs is a change. Pairs whose old and new verdict
// masks are both "nothing reachable" or both "everything reachable" cannot change and
// are skipped in O(1). O(A_old + A_new) for the sweep, O(J²) pair tests, and
// O(k_old + k_new) per merged pair.
//
// The change groups are then attributed to rule edits (rules matched by name: added,
// removed, changed), so that one edit's many groups read as one line: O(R log R + G).
// Intent and coverage changes rerun check_intent and compute_coverage on both versions.
#include "analysis/diff.h"

#include <algorithm>
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

  for (std::uint32_t a = 0; a < nj; ++a) {
    const JointClass& ja = sw.joint[a];
    for (std::uint32_t b = 0; b < nj; ++b) {
      const JointClass& jb = sw.joint[b];
      if (ja.family != jb.family) continue;
      if (!ja.solo.empty() && ja.solo == jb.solo) continue;  // one host to itself
      const std::uint8_t ro = jo.mask(ja.old_cls, jb.old_cls) & kAnyReachable;
      const std::uint8_t rn = jn.mask(ja.new_cls, jb.new_cls) & kAnyReachable;
      if (ro == rn && (ro == 0 || ro == kAnyReachable)) continue;
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
      if (acc.empty()) continue;

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
      for (auto& [k, x] : acc) {
        DiffGroup g;
        g.change = k.first;
        g.src = a;
        g.dst = b;
        g.service = x.named ? k.second : format_services(x.keys);
        g.keys = std::move(x.keys);
        g.old_rules = std::move(x.old_rules);
        g.new_rules = std::move(x.new_rules);
        std::sort(g.old_rules.begin(), g.old_rules.end());
        std::sort(g.new_rules.begin(), g.new_rules.end());
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

std::vector<CoverageChange> coverage_changes(const decision::Decision& old_d,
                                             const decision::Decision& new_d) {
  const CoverageReport o = compute_coverage(Context(old_d));
  const CoverageReport n = compute_coverage(Context(new_d));
  std::map<std::string, CoverageStatus> old_status;
  for (const TechniqueResult& t : o.techniques) old_status.emplace(t.id, t.status);
  std::vector<CoverageChange> out;
  for (const TechniqueResult& t : n.techniques) {
    auto it = old_status.find(t.id);
    if (it != old_status.end() && it->second != t.status)
      out.push_back(CoverageChange{t.id, t.name, it->second, t.status});
  }
  return out;
}

std::vector<IntentChange> intent_changes(const decision::Decision& old_d,
                                         const decision::Decision& new_d) {
  auto outcomes = [](const decision::Decision& d) {
    const Context ctx(d);
    std::map<std::string, bool> out;
    for (const policy::Expect& e : d.model().expects) out[e.name] = check_intent(ctx, e).holds;
    return out;
  };
  const std::map<std::string, bool> o = outcomes(old_d);
  const std::map<std::string, bool> n = outcomes(new_d);
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
