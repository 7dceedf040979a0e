// The exact comparison of effective.h.
//
// Walk, per direction: the local address cells (cut at the host's listed addresses and
// every rule's LocalAddress ranges); per local cell, a sweep over the remote address space
// that merges the Decision's atoms and the rules' RemoteAddress ranges into runs of one
// address class and one set of address-matching rules; per run and profile view (the
// profiles that share a rule set and default), one evaluation per distinct (local class,
// remote class, rule set) over the service space: per protocol block, destination cells cut
// by the policy's segments and those rules' ports (or types, or protocol numbers), then
// source port cells cut by the rules still matching; the view's rules among them decide.
// Differing cells next to each other with the same verdicts merge. A region is one (local
// cell, remote run, service cell) that differs.
//
// The cells are cut by every rule of the direction, whatever its profiles, so every view
// of a direction sees the same cells: findings of two views with the same regions (compared
// by a hash of their sequence of regions) merge into one naming both views' profiles.
//
// Cost: O(D · L · (A + E log E)) for the sweeps (D directions, L local cells, A atoms, E
// range events) plus, per distinct evaluation, O(B · R) for B port cells and R matching
// rules.
#include "targets/windows/effective.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <tuple>

#include "base/addr_set.h"
#include "base/assert.h"
#include "base/interval_set.h"
#include "targets/windows/plan.h"

namespace bulkhead::targets::windows {
namespace {

using decision::Decision;
using decision::kNoRule;
using decision::Point;
using decision::PointKind;
using decision::Tier;

/// The local identity of the host's addresses the inventory does not list.
constexpr std::uint32_t kUnlisted = 0xfffffffeu;

bool ported(Proto p) {
  return p == Proto::Tcp || p == Proto::Udp;
}

/// A resolved machine rule with its sets normalized.
struct CRule {
  std::int32_t index = 0;  ///< into WindowsExport::rules
  fw::Dir dir = fw::Dir::In;
  fw::Act action = fw::Act::Allow;
  bool any_proto = false;  ///< every protocol block, every port
  Proto block = Proto::Tcp;
  bool dst_any = true;
  IntervalSet<std::uint32_t> dst;  ///< destination ports, ICMP types or the protocol number
  bool src_any = true;
  IntervalSet<std::uint32_t> src;  ///< source ports (TCP and UDP)
  bool local_any = true;
  AddrSet local;
  bool remote_any = true;
  AddrSet remote;
  std::uint8_t profiles = fw::kAnyProfile;
  bool local_store = true;
  bool conditional = false;
  std::string condition;

  bool in_block(Proto p) const { return any_proto || block == p; }
};

CRule compile(const fw::Resolved& res, std::int32_t index) {
  const fw::Rule& r = res.rule;
  CRule c;
  c.index = index;
  c.dir = r.dir;
  c.action = r.action;
  c.profiles = r.profiles;
  c.local_store = r.source == fw::Source::Local;
  c.condition = res.condition;
  c.conditional = !res.condition.empty();
  fw::Proto proto = r.proto;
  if (proto == fw::Proto::Number) {  // the four named protocols by number
    if (r.protocol_number == 6) proto = fw::Proto::Tcp;
    if (r.protocol_number == 17) proto = fw::Proto::Udp;
    if (r.protocol_number == 1) proto = fw::Proto::Icmpv4;
    if (r.protocol_number == 58) proto = fw::Proto::Icmpv6;
  }
  const bool in = r.dir == fw::Dir::In;
  switch (proto) {
    case fw::Proto::Tcp:
    case fw::Proto::Udp: {
      c.block = proto == fw::Proto::Tcp ? Proto::Tcp : Proto::Udp;
      if (r.proto == fw::Proto::Number) break;  // a protocol number has no ports
      const std::vector<fw::PortRange>& dst = in ? r.local_ports : r.remote_ports;
      const std::vector<fw::PortRange>& src = in ? r.remote_ports : r.local_ports;
      c.dst_any = dst.empty();
      c.dst = fw::port_set(dst);
      c.src_any = src.empty();
      c.src = fw::port_set(src);
      break;
    }
    case fw::Proto::Icmpv4:
    case fw::Proto::Icmpv6:
      c.block = proto == fw::Proto::Icmpv4 ? Proto::Icmp : Proto::Icmpv6;
      if (r.proto == fw::Proto::Number) break;
      c.dst_any = r.icmp_types.empty();
      c.dst = fw::port_set(r.icmp_types);
      break;
    case fw::Proto::Any:
      c.any_proto = true;
      break;
    case fw::Proto::Number:
      c.block = Proto::Other;
      c.dst_any = false;
      c.dst = IntervalSet<std::uint32_t>::range(r.protocol_number, r.protocol_number);
      break;
  }
  c.local_any = r.local.empty();
  c.local = fw::addr_set(r.local);
  c.remote_any = r.remote.empty();
  c.remote = fw::addr_set(r.remote);
  return c;
}

/// The policy at the host's points: a tier map and a point per (direction, local, remote).
class PolicySide {
 public:
  PolicySide(const Decision& d, std::uint32_t host, std::optional<policy::Enforcement> mode)
      : d_(d), host_(host), mode_(mode) {
    const std::vector<std::uint32_t> own = d.host_classes(host);
    // Rules whose own side matches every listed address decide the unlisted ones.
    for (std::uint32_t r = 0; r < d.rules().size(); ++r) {
      bool in = !own.empty(), out = !own.empty();
      for (std::uint32_t c : own) {
        in = in && d.rule_dst(r, c);
        out = out && d.rule_src(r, c);
      }
      if (in) whole_in_.push_back(r);
      if (out) whole_out_.push_back(r);
    }
  }

  struct Pair {
    const decision::TierMap* tiers;
    Point point;
  };

  Pair pair(fw::Dir dir, std::uint32_t local, std::uint32_t remote) {
    const bool in = dir == fw::Dir::In;
    if (local == kUnlisted) {
      auto key = std::make_pair(in, remote);
      auto it = unlisted_.find(key);
      if (it == unlisted_.end()) {
        std::vector<std::uint32_t> rules;
        for (std::uint32_t r : in ? whole_in_ : whole_out_)
          if (in ? d_.rule_src(r, remote) : d_.rule_dst(r, remote)) rules.push_back(r);
        it = unlisted_.emplace(key, tier_map_of(d_, rules)).first;
      }
      Point p{in ? PointKind::HostInbound : PointKind::HostOutbound, 0,
              in ? d_.host_inbound(host_) : d_.host_outbound(host_), d_.host_enforcement(host_)};
      if (mode_) p.enforcement = *mode_;
      return Pair{&it->second, p};
    }
    const std::uint32_t src = in ? remote : local, dst = in ? local : remote;
    const PointKind want = in ? PointKind::HostInbound : PointKind::HostOutbound;
    for (Point p : d_.points(src, dst)) {
      if (p.kind != want) continue;
      if (mode_) p.enforcement = *mode_;
      return Pair{&d_.tiers(src, dst), p};
    }
    BH_ASSERT(false, "a managed host's classes have both host points");
    return Pair{&d_.tiers(src, dst), Point{want}};
  }

 private:
  const Decision& d_;
  std::uint32_t host_;
  std::optional<policy::Enforcement> mode_;
  std::vector<std::uint32_t> whole_in_, whole_out_;
  std::map<std::pair<bool, std::uint32_t>, decision::TierMap> unlisted_;
};

/// A direction and the profiles that share its rules and default.
struct View {
  fw::Dir dir = fw::Dir::In;
  std::uint8_t profiles = 0;
  bool off = false;
  bool default_allow = false;
  std::vector<std::uint32_t> rules;  ///< indices into the compiled rules, in export order
  std::vector<char> member;          ///< by compiled rule: in `rules`
};

/// One differing cell of an evaluation.
struct Diff {
  Proto proto = Proto::Tcp;
  std::uint32_t lo = 0, hi = 0;  ///< destination ports, types or protocol numbers
  bool has_src = false;
  std::uint32_t src_lo = 0, src_hi = 0;
  PolicyVerdict policy;
  MachineVerdict machine;
};

struct Evaluation {
  std::vector<Diff> diffs;
  std::uint64_t cells = 0;
};

/// The machine's own addresses: the host's listed ones, the export's interface addresses
/// and the loopback networks.
AddrSet own_addresses(const Decision& d, std::uint32_t host, const WindowsExport& e) {
  AddrSet s;
  for (const Addr& a : d.model().hosts[host].addresses) s.add(a);
  for (const InterfaceAddress& a : e.addresses) s.add(a.addr);
  s.add(Prefix{*parse_addr("127.0.0.0"), 8});
  s.add(*parse_addr("::1"));
  return s;
}

class Comparer {
 public:
  Comparer(const Decision& d, std::uint32_t host, std::optional<policy::Enforcement> mode,
           const WindowsExport& e)
      : d_(d), host_(host), e_(e), policy_(d, host, mode) {
    const fw::HostFacts facts = e.facts();
    for (std::size_t i = 0; i < e.rules.size(); ++i) {
      if (!e.rules[i].enabled) continue;
      std::optional<fw::Resolved> r = fw::resolve(e.rules[i], facts);
      if (r) rules_.push_back(compile(*r, static_cast<std::int32_t>(i)));
    }
    for (const Addr& a : d.model().hosts[host].addresses) listed_.insert(a);
    own_ = own_addresses(d, host, e);
  }

  EffectiveReport run() {
    build_views();
    for (fw::Dir dir : {fw::Dir::In, fw::Dir::Out})
      for (Family f : {Family::V4, Family::V6}) local_cells(dir, f);
    EffectiveReport rep;
    rep.views = views_.size();
    rep.evaluations = memo_.size();
    rep.regions = regions_;
    // Groups of two views with the same regions are one finding over both views' profiles.
    std::map<std::tuple<fw::Dir, bool, std::int32_t, std::uint64_t, std::uint64_t>, std::size_t>
        merged;
    for (auto& [key, g] : groups_) {
      EffectiveFinding& f = g.finding;
      auto mkey = std::make_tuple(f.dir, f.machine_permits, f.machine_rule, f.regions, g.hash);
      auto it = merged.find(mkey);
      if (it != merged.end()) {
        rep.findings[it->second].profiles |= f.profiles;
        continue;
      }
      f.policy_rules.assign(g.policy_rules.begin(), g.policy_rules.end());
      if (f.machine_rule >= 0) f.condition = condition_of(f.machine_rule);
      merged.emplace(mkey, rep.findings.size());
      rep.findings.push_back(std::move(f));
    }
    std::stable_sort(rep.findings.begin(), rep.findings.end(),
                     [](const EffectiveFinding& a, const EffectiveFinding& b) {
                       return std::make_tuple(!a.machine_permits, a.dir, ~a.regions) <
                              std::make_tuple(!b.machine_permits, b.dir, ~b.regions);
                     });
    return rep;
  }

 private:
  std::string condition_of(std::int32_t index) const {
    for (const CRule& c : rules_)
      if (c.index == index) return c.condition;
    return "";
  }

  void build_views() {
    std::map<std::tuple<fw::Dir, bool, bool, std::vector<std::uint32_t>>, std::size_t> seen;
    for (fw::Dir dir : {fw::Dir::In, fw::Dir::Out}) {
      for (int i = 0; i < 3; ++i) {
        const ProfileState& p = e_.profiles[i];
        View v;
        v.dir = dir;
        v.off = !p.enabled;
        v.default_allow =
            v.off || (dir == fw::Dir::In ? p.default_in : p.default_out) == fw::Act::Allow;
        const std::uint8_t bit = static_cast<std::uint8_t>(1u << i);
        if (!v.off) {
          for (std::uint32_t k = 0; k < rules_.size(); ++k) {
            const CRule& c = rules_[k];
            if (c.dir != dir || !(c.profiles & bit)) continue;
            if (c.local_store && !p.allow_local_rules) continue;
            v.rules.push_back(k);
          }
        }
        auto key = std::make_tuple(dir, v.off, v.default_allow, v.rules);
        auto it = seen.find(key);
        if (it == seen.end()) {
          v.profiles = bit;
          v.member.assign(rules_.size(), 0);
          for (std::uint32_t k : v.rules) v.member[k] = 1;
          seen.emplace(key, views_.size());
          views_.push_back(std::move(v));
        } else {
          views_[it->second].profiles |= bit;
        }
      }
    }
  }

  /// Cuts the local addresses of one family for a direction; sweeps the remote space per
  /// cell.
  void local_cells(fw::Dir dir, Family f) {
    std::vector<std::uint32_t> all;  // the direction's rules, whatever their profiles
    for (std::uint32_t k = 0; k < rules_.size(); ++k)
      if (rules_[k].dir == dir) all.push_back(k);
    const u128 max = family_max(f);
    std::vector<u128> bounds = {0};
    auto cut = [&](u128 lo, u128 hi) {
      bounds.push_back(lo);
      if (hi < max) bounds.push_back(hi + 1);
    };
    for (const Addr& a : listed_)
      if (a.family == f) cut(a.value, a.value);
    for (std::uint32_t k : all)
      for (const auto& iv : rules_[k].local.of(f).intervals()) cut(iv.lo, iv.hi);
    std::sort(bounds.begin(), bounds.end());
    bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
    for (std::size_t i = 0; i < bounds.size(); ++i) {
      const u128 lo = bounds[i];
      const u128 hi = i + 1 < bounds.size() ? bounds[i + 1] - 1 : max;
      const Addr rep{f, lo};
      const std::uint32_t identity = lo == hi && listed_.count(rep) ? d_.class_of(rep) : kUnlisted;
      std::vector<std::uint32_t> rules;
      for (std::uint32_t k : all)
        if (rules_[k].local_any || rules_[k].local.contains(rep)) rules.push_back(k);
      sweep(dir, f, identity, rep, rules);
      ++local_cell_;
    }
  }

  /// A run of remote addresses with one class and one set of matching rules.
  struct Run {
    std::uint32_t cls = 0;
    std::uint32_t set = 0;
    Addr rep;
    bool rep_host = false;
  };

  void sweep(fw::Dir dir, Family f, std::uint32_t identity, const Addr& local,
             const std::vector<std::uint32_t>& rules) {
    const u128 max = family_max(f);
    struct Event {
      u128 pos;
      std::uint32_t slot;
    };
    std::vector<Event> events;
    std::vector<char> active(rules.size() + 1, 0);  // the last slot: the machine's own addresses
    const auto own_slot = static_cast<std::uint32_t>(rules.size());
    for (const auto& iv : own_.of(f).intervals()) {
      events.push_back(Event{iv.lo, own_slot});
      if (iv.hi < max) events.push_back(Event{iv.hi + 1, own_slot});
    }
    for (std::uint32_t j = 0; j < rules.size(); ++j) {
      const CRule& c = rules_[rules[j]];
      if (c.remote_any) {
        active[j] = 1;
        continue;
      }
      for (const auto& iv : c.remote.of(f).intervals()) {
        events.push_back(Event{iv.lo, j});
        if (iv.hi < max) events.push_back(Event{iv.hi + 1, j});
      }
    }
    std::sort(events.begin(), events.end(),
              [](const Event& a, const Event& b) { return a.pos < b.pos; });
    const std::vector<decision::Atom>& atoms = d_.atoms();
    std::size_t ai = 0;
    while (ai < atoms.size() && atoms[ai].family != f) ++ai;
    BH_ASSERT(ai < atoms.size(), "the atoms partition each family's whole space");
    std::size_t ei = 0;
    u128 cursor = 0;
    std::uint32_t set = 0;
    bool changed = true;
    std::optional<Run> run;
    while (true) {
      while (ei < events.size() && events[ei].pos == cursor) {
        active[events[ei].slot] ^= 1;
        ++ei;
        changed = true;
      }
      while (ai + 1 < atoms.size() && atoms[ai + 1].family == f && atoms[ai + 1].lo <= cursor) ++ai;
      if (changed) {
        std::vector<std::uint32_t> now;
        for (std::uint32_t j = 0; j < rules.size(); ++j)
          if (active[j]) now.push_back(rules[j]);
        set = intern(now);
        changed = false;
      }
      u128 hi = atoms[ai].hi;
      if (ei < events.size()) hi = std::min(hi, events[ei].pos - 1);
      const decision::Atom& atom = atoms[ai];
      const bool host = atom.host != decision::kNoHost;
      if (active[own_slot]) {
        // Loopback: Windows does not filter traffic to the machine's own addresses.
        if (run) flush(dir, f, identity, local, *run);
        run.reset();
      } else if (run && run->cls == atom.cls && run->set == set) {
        if (host && !run->rep_host) run->rep = Addr{f, cursor}, run->rep_host = true;
      } else {
        if (run) flush(dir, f, identity, local, *run);
        run = Run{atom.cls, set, Addr{f, cursor}, host};
      }
      if (hi == max) break;
      cursor = hi + 1;
    }
    if (run) flush(dir, f, identity, local, *run);
  }

  std::uint32_t intern(const std::vector<std::uint32_t>& rules) {
    auto [it, fresh] = sets_.emplace(rules, static_cast<std::uint32_t>(set_list_.size()));
    if (fresh) set_list_.push_back(rules);
    return it->second;
  }

  MachineVerdict decide(const View& v, const std::vector<std::uint32_t>& rules) const {
    if (v.off) return MachineVerdict{true, kProfileOff};
    std::int32_t allow = -1, conditional = -1;
    for (std::uint32_t k : rules) {
      if (!v.member[k]) continue;
      const CRule& c = rules_[k];
      if (c.action == fw::Act::Block) return MachineVerdict{false, c.index};
      if (!c.conditional && allow < 0) allow = c.index;
      if (c.conditional && conditional < 0) conditional = c.index;
    }
    if (allow >= 0) return MachineVerdict{true, allow};
    if (conditional >= 0) return MachineVerdict{true, conditional};
    return MachineVerdict{v.default_allow, kProfileDefault};
  }

  static void add(Evaluation& ev, const Diff& d) {
    if (!ev.diffs.empty()) {
      Diff& last = ev.diffs.back();
      if (last.proto == d.proto && last.hi + 1 == d.lo && last.has_src == d.has_src &&
          last.src_lo == d.src_lo && last.src_hi == d.src_hi &&
          last.policy.permit == d.policy.permit && last.policy.tier == d.policy.tier &&
          last.policy.rule == d.policy.rule && last.machine.permit == d.machine.permit &&
          last.machine.rule == d.machine.rule) {
        last.hi = d.hi;
        return;
      }
    }
    ev.diffs.push_back(d);
  }

  Evaluation evaluate(const View& v, std::uint32_t identity, Family f, std::uint32_t cls,
                      const std::vector<std::uint32_t>& rules) {
    Evaluation ev;
    const PolicySide::Pair pair = policy_.pair(v.dir, identity, cls);
    for (Proto p : kProtosInKeyOrder) {
      if (!proto_in_family(p, f)) continue;
      const std::uint32_t last = proto_last(p);
      const std::uint32_t base = service_key(p, 0);
      // The rules over every port of the block stay; the others come and go at their
      // ranges' edges (a sweep, so a cell costs what matches it, not every rule).
      std::vector<std::uint32_t> always;
      std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;  // (port, rule): toggles
      std::vector<std::uint32_t> cuts = {0};
      for (std::uint32_t k : rules) {
        const CRule& c = rules_[k];
        if (!c.in_block(p)) continue;
        if (c.dst_any) {
          always.push_back(k);
          continue;
        }
        for (const auto& iv : c.dst.intervals()) {
          edges.emplace_back(iv.lo, k);
          cuts.push_back(iv.lo);
          if (iv.hi < last) {
            edges.emplace_back(iv.hi + 1, k);
            cuts.push_back(iv.hi + 1);
          }
        }
      }
      std::sort(edges.begin(), edges.end());
      for (const decision::Segment& seg : *pair.tiers)
        if (seg.lo > base && seg.lo <= base + last) cuts.push_back(seg.lo - base);
      const std::uint32_t kNamed[] = {1, 6, 17, 58};  // not "other" protocols
      if (p == Proto::Other)
        for (std::uint32_t n : kNamed) cuts.insert(cuts.end(), {n, n + 1});
      std::sort(cuts.begin(), cuts.end());
      cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
      std::vector<std::uint32_t> active;  // sorted
      std::size_t ei = 0;
      for (std::size_t i = 0; i < cuts.size(); ++i) {
        const std::uint32_t a = cuts[i];
        const std::uint32_t b = i + 1 < cuts.size() ? cuts[i + 1] - 1 : last;
        for (; ei < edges.size() && edges[ei].first == a; ++ei) {
          // A rule's ranges do not overlap: each edge turns it on or off.
          auto it = std::lower_bound(active.begin(), active.end(), edges[ei].second);
          if (it != active.end() && *it == edges[ei].second) {
            active.erase(it);
          } else {
            active.insert(it, edges[ei].second);
          }
        }
        if (p == Proto::Other && a == b &&
            std::find(std::begin(kNamed), std::end(kNamed), a) != std::end(kNamed))
          continue;
        std::vector<std::uint32_t> r2;
        r2.reserve(always.size() + active.size());
        std::merge(always.begin(), always.end(), active.begin(), active.end(),
                   std::back_inserter(r2));
        const decision::Segment& seg = Decision::segment_at(*pair.tiers, base + a);
        const PolicyVerdict pv{pair.point.permits(seg.tier), seg.tier, seg.rule};
        if (!ported(p)) {
          ++ev.cells;
          const MachineVerdict mv = decide(v, r2);
          if (mv.permit != pv.permit) add(ev, Diff{p, a, b, false, 0, 0, pv, mv});
          continue;
        }
        std::vector<std::uint32_t> cuts2 = {0};
        for (std::uint32_t k : r2) {
          if (rules_[k].src_any) continue;
          for (const auto& iv : rules_[k].src.intervals()) {
            cuts2.push_back(iv.lo);
            if (iv.hi < 65535) cuts2.push_back(iv.hi + 1);
          }
        }
        std::sort(cuts2.begin(), cuts2.end());
        cuts2.erase(std::unique(cuts2.begin(), cuts2.end()), cuts2.end());
        for (std::size_t j = 0; j < cuts2.size(); ++j) {
          const std::uint32_t c = cuts2[j];
          const std::uint32_t e = j + 1 < cuts2.size() ? cuts2[j + 1] - 1 : 65535;
          std::vector<std::uint32_t> r3;
          for (std::uint32_t k : r2)
            if (rules_[k].src_any || rules_[k].src.contains(c)) r3.push_back(k);
          ++ev.cells;
          const MachineVerdict mv = decide(v, r3);
          if (mv.permit != pv.permit) add(ev, Diff{p, a, b, true, c, e, pv, mv});
        }
      }
    }
    return ev;
  }

  void flush(fw::Dir dir, Family f, std::uint32_t identity, const Addr& local, const Run& run) {
    for (std::size_t vi = 0; vi < views_.size(); ++vi)
      if (views_[vi].dir == dir) flush_view(vi, f, identity, local, run);
  }

  void flush_view(std::size_t vi, Family f, std::uint32_t identity, const Addr& local,
                  const Run& run) {
    const View& v = views_[vi];
    auto key = std::make_tuple(vi, identity, f, run.cls, run.set);
    auto it = memo_.find(key);
    if (it == memo_.end())
      it = memo_.emplace(key, evaluate(v, identity, f, run.cls, set_list_[run.set])).first;
    const Evaluation& ev = it->second;
    regions_ += ev.cells;
    // A better example: one of the host's listed addresses, a peer other than the host
    // itself (Windows does not filter loopback), a peer the inventory names.
    const int score =
        (identity != kUnlisted ? 4 : 0) + (listed_.count(run.rep) ? 0 : 2) + (run.rep_host ? 1 : 0);
    for (const Diff& df : ev.diffs) {
      Group& g = groups_[std::make_tuple(vi, df.machine.permit, df.machine.rule)];
      // The sequence of regions, to find views with the same ones.
      for (std::uint64_t x :
           {std::uint64_t{local_cell_}, static_cast<std::uint64_t>(run.rep.value),
            static_cast<std::uint64_t>(run.rep.value >> 64), std::uint64_t{df.lo},
            std::uint64_t{df.hi}, std::uint64_t{df.src_lo}, std::uint64_t{df.src_hi},
            static_cast<std::uint64_t>(df.proto), std::uint64_t{df.policy.rule}}) {
        g.hash ^= x;
        g.hash *= 0x100000001b3ull;
      }
      EffectiveFinding& fd = g.finding;
      if (fd.regions == 0 || score > g.score) {
        fd.dir = v.dir;
        fd.profiles = v.profiles;
        fd.machine_permits = df.machine.permit;
        fd.machine_rule = df.machine.rule;
        fd.example = example(v.dir, local, run.rep, df);
        fd.policy = df.policy;
        g.score = score;
      }
      ++fd.regions;
      g.policy_rules.insert(df.policy.rule);
    }
  }

  static fw::Connection example(fw::Dir dir, const Addr& local, const Addr& remote,
                                const Diff& df) {
    fw::Connection c;
    c.dir = dir;
    c.local = local;
    c.remote = remote;
    c.proto = df.proto;
    if (ported(df.proto)) {
      const auto dst = static_cast<std::uint16_t>(df.lo == 0 && df.hi > 0 ? 1 : df.lo);
      const auto src =
          static_cast<std::uint16_t>(df.src_lo <= 50000 && 50000 <= df.src_hi ? 50000 : df.src_lo);
      c.local_port = dir == fw::Dir::In ? dst : src;
      c.remote_port = dir == fw::Dir::In ? src : dst;
    } else if (df.proto == Proto::Other) {
      c.ip_protocol = static_cast<std::uint8_t>(df.lo);
    } else {
      c.icmp_type = static_cast<std::uint8_t>(df.lo);
    }
    return c;
  }

  struct Group {
    EffectiveFinding finding;
    int score = -1;
    std::set<std::uint32_t> policy_rules;
    std::uint64_t hash = 0xcbf29ce484222325ull;
  };

  const Decision& d_;
  std::uint32_t host_;
  const WindowsExport& e_;
  PolicySide policy_;
  std::vector<CRule> rules_;
  std::set<Addr> listed_;
  AddrSet own_;
  std::vector<View> views_;
  std::map<std::vector<std::uint32_t>, std::uint32_t> sets_;
  std::vector<std::vector<std::uint32_t>> set_list_;
  std::map<std::tuple<std::size_t, std::uint32_t, Family, std::uint32_t, std::uint32_t>, Evaluation>
      memo_;
  std::map<std::tuple<std::size_t, bool, std::int32_t>, Group> groups_;
  std::uint64_t regions_ = 0;
  std::uint64_t local_cell_ = 0;  ///< the local cell being swept, for the region hashes
};

/// The destination port (or type, or protocol number) of a connection: its service key.
std::uint32_t key_of(const fw::Connection& c) {
  switch (c.proto) {
    case Proto::Tcp:
    case Proto::Udp:
      return service_key(c.proto, c.dir == fw::Dir::In ? c.local_port : c.remote_port);
    case Proto::Icmp:
    case Proto::Icmpv6:
      return service_key(c.proto, c.icmp_type);
    case Proto::Other:
      return service_key(c.proto, c.ip_protocol);
  }
  return 0;
}

}  // namespace

bool is_loopback(const decision::Decision& d, std::uint32_t host, const WindowsExport& e,
                 const Addr& remote) {
  return own_addresses(d, host, e).contains(remote);
}

PolicyVerdict policy_verdict(const decision::Decision& d, std::uint32_t host,
                             std::optional<policy::Enforcement> mode, const fw::Connection& c) {
  const bool in = c.dir == fw::Dir::In;
  const std::uint32_t key = key_of(c);
  const std::vector<Addr>& listed = d.model().hosts[host].addresses;
  if (std::find(listed.begin(), listed.end(), c.local) == listed.end()) {
    const decision::Verdict v = d.judge_unlisted(host, in, c.remote, key);
    Point p{in ? PointKind::HostInbound : PointKind::HostOutbound, 0,
            in ? d.host_inbound(host) : d.host_outbound(host), d.host_enforcement(host)};
    if (mode) p.enforcement = *mode;
    return PolicyVerdict{p.permits(v.tier), v.tier, v.rule};
  }
  const std::uint32_t lc = d.class_of(c.local), rc = d.class_of(c.remote);
  const std::uint32_t src = in ? rc : lc, dst = in ? lc : rc;
  const decision::Segment& seg = Decision::segment_at(d.tiers(src, dst), key);
  for (Point p : d.points(src, dst)) {
    if (p.kind != (in ? PointKind::HostInbound : PointKind::HostOutbound)) continue;
    if (mode) p.enforcement = *mode;
    return PolicyVerdict{p.permits(seg.tier), seg.tier, seg.rule};
  }
  BH_ASSERT(false, "a managed host's classes have both host points");
  return PolicyVerdict{};
}

MachineVerdict machine_verdict(const WindowsExport& e, int profile, const fw::Connection& c) {
  const ProfileState& p = e.profiles[profile];
  if (!p.enabled) return MachineVerdict{true, kProfileOff};
  const fw::HostFacts facts = e.facts();
  std::int32_t allow = -1, conditional = -1;
  for (std::size_t i = 0; i < e.rules.size(); ++i) {
    const fw::Rule& r = e.rules[i];
    if (!r.enabled || !(r.profiles & (1u << profile))) continue;
    if (r.source == fw::Source::Local && !p.allow_local_rules) continue;
    const fw::Rule* use = &r;
    std::optional<fw::Resolved> res;
    if (r.needs_resolution()) {
      res = fw::resolve(r, facts);
      if (!res) continue;
      use = &res->rule;
    }
    if (!fw::matches(*use, c)) continue;
    const auto index = static_cast<std::int32_t>(i);
    const bool exact = !res || res->condition.empty();
    if (r.action == fw::Act::Block) return MachineVerdict{false, index};
    if (exact && allow < 0) allow = index;
    if (!exact && conditional < 0) conditional = index;
  }
  if (allow >= 0) return MachineVerdict{true, allow};
  if (conditional >= 0) return MachineVerdict{true, conditional};
  const fw::Act dflt = c.dir == fw::Dir::In ? p.default_in : p.default_out;
  return MachineVerdict{dflt == fw::Act::Allow, kProfileDefault};
}

EffectiveReport compare_effective(const decision::Decision& d, std::uint32_t host,
                                  std::optional<policy::Enforcement> mode, const WindowsExport& e) {
  return Comparer(d, host, mode, e).run();
}

}  // namespace bulkhead::targets::windows
