// Compiles the Decision for one host into a Windows Firewall plan by set algebra.
//
// Windows evaluates a host's rules without order: a connection that matches any enabled
// Block rule is dropped, else one that matches an Allow rule passes, else the profile's
// default action decides. The policy's tiers are therefore not translated rule by rule.
// Instead, for each direction and each pair (local class of the host's addresses, remote
// class), the pair's tier map is cut into pieces per protocol block, and each piece is
// marked permitted or blocked by the Decision's own Point::permits. Then:
//
//   profile default Block: permitted pieces become Allow rules, named after the allow
//     rule that decides them; pieces blocked by a deny or override-deny tier become Block
//     rules (so they also beat Windows' built-in and third-party Allow rules), and the
//     rest falls to the default.
//   profile default Allow: blocked pieces become Block rules; Allow rules would change
//     nothing and are left out.
//
// A blocked region goes to every deny or override-deny rule that matches it, not only to
// the deciding one: Block rules may overlap, so each Block rule carries everything its
// policy rule blocks at this point ("block UDP 137 from any"), and a rule whose footprint
// is the pair's whole service space becomes one Block Any rule.
//
// Pairs are planned per address family (a class may hold addresses of both). ICMP and
// ICMPv6 pieces are cut per message type like ports: an ICMP rule's "ports" are its types
// (none when it covers every type of its family). A pair only meets its own family's
// ICMP: an IPv4 pair gets no ICMPv6 rule and its "whole space" leaves ICMPv6 out (no
// ICMPv6 flow has IPv4 addresses), and the other way round.
//
// Only `any` reaches the protocols other than TCP, UDP, ICMP and ICMPv6, and Windows can
// name them only through Protocol Any. A pair whose other protocols are permitted under a
// Block default gets one Allow Any rule, and then every blocked piece of the pair is an
// explicit Block rule (Block beats Allow). A pair whose other protocols are blocked under
// an Allow default needs Block Any, which is exact only when the whole pair is blocked;
// when some port is permitted too, no rule set is exact under an Allow default, so that
// direction switches to a Block default with explicit Allow rules for what the default
// permitted, and a note says so.
//
// Regions are grouped by (action, protocol, policy rule, port set) across remote classes:
// each group becomes one rule whose remote addresses are the union of its classes'
// addresses. A host whose addresses fall in several classes gets LocalAddress on the rules
// that do not hold for all of them. Rules are split to respect kMaxAddressEntries and
// kMaxPortEntries. Complexity: O(L · C · (S + R)) for L local classes, C classes, S
// segments per tier map and R policy rules, then sorting.
#include "targets/windows/plan.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <utility>

#include <fmt/format.h>

#include "base/assert.h"
#include "targets/windows/text.h"

namespace bulkhead::targets::windows {
namespace {

using decision::Decision;
using decision::kNoRule;
using decision::Point;
using decision::PointKind;
using decision::Tier;
using policy::DefaultAction;
using policy::Enforcement;

/// A rule's protocol: one per protocol block, and Any for the "other" block (which
/// Windows can only name through Protocol Any).
enum class Kind : std::uint8_t { Tcp, Udp, Icmpv4, Icmpv6, Any };

/// A run of one protocol block with one tier.
struct Piece {
  Proto proto = Proto::Tcp;
  std::uint32_t lo = 0;  ///< first port
  std::uint32_t hi = 0;  ///< last port
  Tier tier = Tier::None;
  std::uint32_t rule = kNoRule;
  bool permit = false;

  ServiceSet keys() const {
    return ServiceSet::range(service_key(proto, lo), service_key(proto, hi));
  }
};

using Ranges = std::vector<std::pair<std::uint32_t, std::uint32_t>>;
using AddrRanges = std::vector<std::pair<u128, u128>>;

Ranges ranges_of(const IntervalSet<std::uint32_t>& s) {
  Ranges out;
  for (const auto& iv : s.intervals()) out.emplace_back(iv.lo, iv.hi);
  return out;
}

AddrRanges ranges_of(const IntervalSet<u128>& s) {
  AddrRanges out;
  for (const auto& iv : s.intervals()) out.emplace_back(iv.lo, iv.hi);
  return out;
}

/// What one class pair asks for: an action on one protocol's ports, decided by these rules.
struct PairIntent {
  Action action;
  Kind kind;
  std::vector<std::uint32_t> deciders;
  auto operator<=>(const PairIntent&) const = default;
};

/// Grouping key across remote classes (same local class).
struct RemoteKey {
  Action action;
  Kind kind;
  std::vector<std::uint32_t> deciders;
  Ranges ports;
  std::uint32_t local_class;
  auto operator<=>(const RemoteKey&) const = default;
};

/// Grouping key across local classes (same remote set).
struct LocalKey {
  Action action;
  Kind kind;
  std::vector<std::uint32_t> deciders;
  Ranges ports;
  AddrRanges remote4;
  AddrRanges remote6;
  auto operator<=>(const LocalKey&) const = default;
};

Kind kind_of(Proto p) {
  switch (p) {
    case Proto::Tcp:
      return Kind::Tcp;
    case Proto::Udp:
      return Kind::Udp;
    case Proto::Icmp:
      return Kind::Icmpv4;
    case Proto::Icmpv6:
      return Kind::Icmpv6;
    case Proto::Other:
      return Kind::Any;
  }
  return Kind::Any;
}

/// The key block of a rule kind (Any: the "other" block, though an Any rule covers all).
Proto proto_of(Kind k) {
  switch (k) {
    case Kind::Tcp:
      return Proto::Tcp;
    case Kind::Udp:
      return Proto::Udp;
    case Kind::Icmpv4:
      return Proto::Icmp;
    case Kind::Icmpv6:
      return Proto::Icmpv6;
    case Kind::Any:
      return Proto::Other;
  }
  return Proto::Other;
}

/// The Windows protocol of a rule kind.
Protocol protocol_of(Kind k) {
  switch (k) {
    case Kind::Tcp:
      return Protocol::Tcp;
    case Kind::Udp:
      return Protocol::Udp;
    case Kind::Icmpv4:
      return Protocol::Icmpv4;
    case Kind::Icmpv6:
      return Protocol::Icmpv6;
    case Kind::Any:
      return Protocol::Any;
  }
  return Protocol::Any;
}

/// Cuts a tier map into pieces, one protocol block at a time, keeping only the blocks
/// whose flows exist between addresses of family `f`: ICMP is IPv4 only, ICMPv6 IPv6 only.
std::vector<Piece> pieces_of(const decision::TierMap& tm, const Point& pt, Family f) {
  std::vector<Piece> out;
  for (const decision::Segment& seg : tm) {
    for (Proto p : kProtosInKeyOrder) {
      if (!proto_in_family(p, f)) continue;
      std::uint32_t lo = std::max(seg.lo, service_key(p, 0));
      std::uint32_t hi = std::min(seg.hi, service_key(p, proto_last(p)));
      if (lo > hi) continue;
      out.push_back(Piece{p, key_port(lo), key_port(hi), seg.tier, seg.rule, pt.permits(seg.tier)});
    }
  }
  std::size_t other = 0;
  for (const Piece& pc : out) other += pc.proto == Proto::Other;
  BH_ASSERT(other == 1, "no service names part of the other block");
  return out;
}

const Piece& other_piece(const std::vector<Piece>& pieces) {
  for (const Piece& p : pieces)
    if (p.proto == Proto::Other) return p;
  BH_ASSERT(false, "every tier map covers the other block");
  return pieces.front();
}

/// The host's enforcement point for a pair (local class, remote class).
Point point_for(const Decision& d, Direction dir, std::uint32_t local, std::uint32_t remote,
                std::optional<Enforcement> mode) {
  std::vector<Point> pts =
      dir == Direction::Inbound ? d.points(remote, local) : d.points(local, remote);
  PointKind want = dir == Direction::Inbound ? PointKind::HostInbound : PointKind::HostOutbound;
  for (Point p : pts) {
    if (p.kind != want) continue;
    if (mode) p.enforcement = *mode;
    return p;
  }
  BH_ASSERT(false, "a managed host's classes have both host points");
  return pts.front();
}

const decision::TierMap& tiers_for(const Decision& d, Direction dir, std::uint32_t local,
                                   std::uint32_t remote) {
  return dir == Direction::Inbound ? d.tiers(remote, local) : d.tiers(local, remote);
}

AddrSet only_families(const AddrSet& s, bool v4, bool v6) {
  AddrSet out;
  if (v4) out.v4 = s.v4;
  if (v6) out.v6 = s.v6;
  return out;
}

/// Splits an interval set into sets of at most `max` intervals.
template <typename T>
std::vector<IntervalSet<T>> chunks(const IntervalSet<T>& s, std::size_t max) {
  std::vector<IntervalSet<T>> out;
  for (std::size_t i = 0; i < s.intervals().size(); ++i) {
    if (i % max == 0) out.emplace_back();
    out.back().add(s.intervals()[i].lo, s.intervals()[i].hi);
  }
  return out;
}

/// Splits a set of small numbers (ICMP types) into sets of at most `max` numbers.
std::vector<IntervalSet<std::uint32_t>> point_chunks(const IntervalSet<std::uint32_t>& s,
                                                     std::size_t max) {
  std::vector<IntervalSet<std::uint32_t>> out;
  std::size_t n = 0;
  for (const auto& iv : s.intervals()) {
    for (std::uint32_t v = iv.lo; v <= iv.hi; ++v, ++n) {
      if (n % max == 0) out.emplace_back();
      out.back().add(v, v);
    }
  }
  return out;
}

/// Splits an address set into sets of at most `max` entries (both families counted).
std::vector<AddrSet> chunks(const AddrSet& s, std::size_t max) {
  std::vector<AddrSet> out;
  std::size_t n = 0;
  for (Family f : {Family::V4, Family::V6}) {
    for (const auto& iv : s.of(f).intervals()) {
      if (n % max == 0) out.emplace_back();
      out.back().of(f).add(iv.lo, iv.hi);
      ++n;
    }
  }
  return out;
}

class Planner {
 public:
  Planner(const Decision& d, std::uint32_t host, std::optional<Enforcement> mode)
      : d_(d), host_(host), mode_(mode) {
    const policy::Host& h = d.model().hosts[host];
    std::vector<std::uint32_t> classes = d.host_classes(host);
    for (std::size_t i = 0; i < h.addresses.size(); ++i) local_[classes[i]].add(h.addresses[i]);
    for (const auto& [cls, addrs] : local_) all_local_ = all_local_.unite(addrs);
    class_addrs_.reserve(d.classes().size());
    for (std::uint32_t c = 0; c < d.classes().size(); ++c)
      class_addrs_.push_back(d.class_addresses(c));
  }

  HostPlan run() {
    HostPlan plan;
    plan.host = host_;
    plan.audit = true;
    for (const auto& [cls, addrs] : local_)
      if (point_for(d_, Direction::Inbound, cls, cls, mode_).enforcement != Enforcement::Audit)
        plan.audit = false;
    plan.in = direction(Direction::Inbound, plan);
    plan.out = direction(Direction::Outbound, plan);
    if (plan.audit) {
      plan.log_blocked = false;
      plan.log_allowed = true;
    } else {
      plan.log_blocked = !log_blocked_.empty();
      plan.log_allowed = !log_allowed_.empty();
    }
    plan.log_blocked_rules.assign(log_blocked_.begin(), log_blocked_.end());
    plan.log_allowed_rules.assign(log_allowed_.begin(), log_allowed_.end());
    return plan;
  }

 private:
  struct Pair {
    std::uint32_t local;
    std::uint32_t remote;
    AddrSet remote_addrs;              ///< the remote class's addresses of one family
    std::vector<Piece> pieces;         ///< of the blocks of that family only
    ServiceSet keys;                   ///< the keys of those blocks
    std::vector<std::uint32_t> rules;  ///< policy rules matching the pair (from and to)
    bool all_permit = true;
    bool all_blocked = true;
  };

  /// One Pair per (local class, remote class, address family): a class may hold addresses
  /// of both families, whose flows differ in their ICMP (ICMPv4 or ICMPv6), so each family
  /// is planned over its own keys. Families with the same rules merge again by remote key.
  std::vector<Pair> pairs(Direction dir) {
    std::vector<Pair> out;
    for (const auto& [lc, laddrs] : local_) {
      for (std::uint32_t c = 0; c < d_.classes().size(); ++c) {
        for (Family f : {Family::V4, Family::V6}) {
          if (laddrs.of(f).empty()) continue;
          AddrSet remote = only_families(class_addrs_[c], f == Family::V4, f == Family::V6);
          if (remote.empty()) continue;
          Pair p{lc, c, std::move(remote), {}, family_services(f), {}, true, true};
          p.pieces = pieces_of(tiers_for(d_, dir, lc, c), point_for(d_, dir, lc, c, mode_), f);
          std::uint32_t src = dir == Direction::Inbound ? c : lc;
          std::uint32_t dst = dir == Direction::Inbound ? lc : c;
          for (std::uint32_t r = 0; r < d_.rules().size(); ++r)
            if (d_.rule_src(r, src) && d_.rule_dst(r, dst)) p.rules.push_back(r);
          for (const Piece& pc : p.pieces) {
            if (pc.permit) p.all_blocked = false;
            if (!pc.permit) p.all_permit = false;
          }
          out.push_back(std::move(p));
        }
      }
    }
    return out;
  }

  /// Records which policy rules behind an emitted rule want logging.
  void note_log_wants(const PairIntent& intent, const IntervalSet<std::uint32_t>& ports) {
    ServiceSet keys;
    if (intent.kind == Kind::Any) {
      keys = all_services();
    } else {
      Proto p = proto_of(intent.kind);
      for (const auto& iv : ports.intervals())
        keys.add(service_key(p, iv.lo), service_key(p, iv.hi));
      if (ports.empty()) keys = whole_proto(p);
    }
    std::set<std::uint32_t>& into = intent.action == Action::Block ? log_blocked_ : log_allowed_;
    for (std::uint32_t r : intent.deciders)
      if (r != kNoRule && !into.count(r) && rule_wants_log(d_.model(), r, keys)) into.insert(r);
  }

  DirectionPlan direction(Direction dir, HostPlan& plan) {
    const char* dname = dir == Direction::Inbound ? "inbound" : "outbound";
    std::vector<Pair> ps = pairs(dir);

    DirectionPlan out;
    if (plan.audit) {
      out.fallback = DefaultAction::Allow;
    } else {
      out.fallback = dir == Direction::Inbound ? d_.host_inbound(host_) : d_.host_outbound(host_);
    }
    if (out.fallback == DefaultAction::Allow) {
      for (const Pair& p : ps) {
        if (other_piece(p.pieces).permit || p.all_blocked) continue;
        // Other protocols blocked, some port permitted: no exact rule set under Allow.
        std::uint32_t denier = other_piece(p.pieces).rule;
        std::uint32_t allower = kNoRule;
        for (const Piece& pc : p.pieces)
          if (pc.permit && pc.rule != kNoRule) allower = std::min(allower, pc.rule);
        plan.notes.push_back(fmt::format(
            "host '{}' {}: the default is allow, but {} denies every protocol for class '{}' "
            "while {} allows part of it; Windows can block the protocols other than TCP, UDP "
            "and ICMP only with Protocol Any, which would also block what is allowed. The "
            "script therefore sets the {} default to Block and adds Allow rules for what the "
            "policy's default lets through",
            d_.model().hosts[host_].name, dname,
            denier == kNoRule ? std::string("the default") : rule_label(d_, denier),
            d_.classes()[p.remote].name,
            allower == kNoRule ? std::string("the default") : rule_label(d_, allower), dname));
        out.fallback = DefaultAction::Deny;
        break;
      }
    }

    // Per pair: intents → port sets; then group by everything but the remote class.
    std::map<RemoteKey, AddrSet> by_remote;
    for (const Pair& p : ps) {
      std::map<PairIntent, IntervalSet<std::uint32_t>> intents;
      auto add = [&](Action a, std::uint32_t decider, const Piece& pc) {
        IntervalSet<std::uint32_t>& ports = intents[PairIntent{a, kind_of(pc.proto), {decider}}];
        if (pc.proto != Proto::Other) ports.add(pc.lo, pc.hi);
      };
      const bool block_default = out.fallback == DefaultAction::Deny;
      const bool other_permit = other_piece(p.pieces).permit;

      // Allow rules, needed only under a Block default. When the other protocols are
      // permitted, one Allow Any covers the pair and every blocked piece below gets an
      // explicit Block rule.
      if (block_default && other_permit) {
        const Piece& o = other_piece(p.pieces);
        intents[PairIntent{Action::Allow, Kind::Any, {o.tier == Tier::Allow ? o.rule : kNoRule}}];
      } else if (block_default) {
        for (const Piece& pc : p.pieces)
          if (pc.permit && pc.proto != Proto::Other)
            add(Action::Allow, pc.tier == Tier::Allow ? pc.rule : kNoRule, pc);
      }

      // Block rules: each blocked piece goes to every deny or override-deny rule that
      // matches it (Block rules may overlap), so each Block rule carries everything its
      // policy rule blocks here. Under a Block default, pieces the default blocks need no
      // rule unless an Allow Any covers them.
      // Tier maps merge neighbouring segments with the same tier and deciding rule, so a
      // rule may cover only part of a piece: footprints are key sets.
      std::map<std::uint32_t, ServiceSet> footprint;
      for (const Piece& pc : p.pieces) {
        if (pc.permit) continue;
        if (block_default && pc.rule == kNoRule && !other_permit) continue;
        ServiceSet keys = pc.keys();
        bool any = false;
        for (std::uint32_t r : p.rules) {
          const decision::CompiledRule& cr = d_.rules()[r];
          if (cr.tier != Tier::Deny && cr.tier != Tier::OverrideDeny) continue;
          ServiceSet part = cr.keys.intersect(keys);
          if (part.empty()) continue;
          footprint[r] = footprint[r].unite(part);
          any = true;
        }
        if (!any) footprint[kNoRule] = footprint[kNoRule].unite(keys);
      }
      bool other_blocked_any = false;
      for (const auto& [r, keys] : footprint) {
        if (keys == p.keys) {  // the whole pair: one Block Any
          intents[PairIntent{Action::Block, Kind::Any, {r}}];
          other_blocked_any = true;
          continue;
        }
        for (Proto proto : kProtosInKeyOrder) {
          if (proto == Proto::Other) continue;
          ServiceSet part = keys.intersect(whole_proto(proto));
          if (part.empty()) continue;
          IntervalSet<std::uint32_t>& ports =
              intents[PairIntent{Action::Block, kind_of(proto), {r}}];
          for (const auto& iv : part.intervals()) ports.add(key_port(iv.lo), key_port(iv.hi));
        }
      }
      if (!block_default && !other_permit && !other_blocked_any) {
        // The other protocols need Protocol Any; exact only because the pair is blocked
        // whole (checked above), by several rules none of which covers it alone.
        BH_ASSERT(p.all_blocked, "an Allow default with blocked other protocols");
        std::vector<std::uint32_t> all;
        for (const auto& [r, pcs] : footprint) all.push_back(r);
        intents[PairIntent{Action::Block, Kind::Any, all}];
      }

      for (auto& [intent, ports] : intents) {
        // An ICMP rule's "ports" are its types; a rule over every type names none.
        bool full = intent.kind == Kind::Any ||
                    (ports.size() == 1 && ports.intervals()[0].lo == 0 &&
                     ports.intervals()[0].hi == proto_last(proto_of(intent.kind)));
        RemoteKey key{intent.action, intent.kind, intent.deciders,
                      full ? Ranges{} : ranges_of(ports), p.local};
        AddrSet& into = by_remote[key];
        into = into.unite(p.remote_addrs);
        note_log_wants(intent, ports);
      }
    }

    // Merge local classes that ask for the same rule with the same remote set.
    std::map<LocalKey, AddrSet> by_local;
    for (const auto& [k, remote] : by_remote) {
      LocalKey key{
          k.action, k.kind, k.deciders, k.ports, ranges_of(remote.v4), ranges_of(remote.v6)};
      AddrSet& into = by_local[key];
      into = into.unite(local_.at(k.local_class));
    }

    for (const auto& [k, local] : by_local) {
      AddrSet remote;
      for (const auto& [lo, hi] : k.remote4) remote.v4.add(lo, hi);
      for (const auto& [lo, hi] : k.remote6) remote.v6.add(lo, hi);
      IntervalSet<std::uint32_t> ports;
      for (const auto& [lo, hi] : k.ports) ports.add(lo, hi);
      emit(dir, k.action, protocol_of(k.kind), ports, remote, local, k.deciders, out);
    }

    std::sort(out.rules.begin(), out.rules.end(), [](const WinRule& a, const WinRule& b) {
      auto key = [](const WinRule& r) {
        return std::make_tuple(r.action, r.deciders.front(), r.proto, r.deciders,
                               ranges_of(r.ports), ranges_of(r.remote.v4), ranges_of(r.remote.v6),
                               r.local ? ranges_of(r.local->v4) : AddrRanges{},
                               r.local ? ranges_of(r.local->v6) : AddrRanges{});
      };
      return key(a) < key(b);
    });
    for (std::size_t i = 0; i < out.rules.size(); ++i)
      out.rules[i].number = static_cast<int>(i + 1);
    return out;
  }

  /// Adds one rule (split to respect the limits); drops it when no address is left.
  void emit(Direction dir, Action action, Protocol proto, const IntervalSet<std::uint32_t>& ports,
            const AddrSet& remote, const AddrSet& local, const std::vector<std::uint32_t>& deciders,
            DirectionPlan& out) {
    if (remote.empty()) return;
    bool v4 = !remote.v4.empty(), v6 = !remote.v6.empty();
    AddrSet local_f = only_families(local, v4, v6);
    if (local_f.empty()) return;
    std::optional<AddrSet> local_opt;
    if (local_f != only_families(all_local_, v4, v6)) local_opt = local_f;

    // Any address of the protocol's own family is "any": ICMPv4 only ever sees IPv4.
    AddrSet all = AddrSet::all();
    bool remote_any = remote == all || (proto == Protocol::Icmpv4 && remote.v4 == all.v4) ||
                      (proto == Protocol::Icmpv6 && remote.v6 == all.v6);
    // A Block rule from every address of each family the host has is "from anywhere":
    // no flow of the other family reaches the host's inventory addresses, so leaving
    // RemoteAddress out changes nothing the Decision judges, and it also covers the
    // addresses Windows has but the inventory does not list (IPv6 link-local).
    if (action == Action::Block && proto != Protocol::Icmpv4 && proto != Protocol::Icmpv6) {
      bool has4 = !all_local_.v4.empty(), has6 = !all_local_.v6.empty();
      if ((!has4 || remote.v4 == all.v4) && (!has6 || remote.v6 == all.v6)) remote_any = true;
    }

    std::vector<AddrSet> remotes =
        remote_any ? std::vector<AddrSet>{all} : chunks(remote, kMaxAddressEntries);
    std::vector<std::optional<AddrSet>> locals;
    if (local_opt) {
      for (AddrSet& l : chunks(*local_opt, kMaxAddressEntries)) locals.emplace_back(std::move(l));
    } else {
      locals.emplace_back(std::nullopt);
    }
    // ICMP types are listed one by one (Windows takes no type ranges), so they count singly.
    bool icmp = proto == Protocol::Icmpv4 || proto == Protocol::Icmpv6;
    std::vector<IntervalSet<std::uint32_t>> port_chunks =
        ports.empty() ? std::vector<IntervalSet<std::uint32_t>>{ports}
        : icmp        ? point_chunks(ports, kMaxPortEntries)
                      : chunks(ports, kMaxPortEntries);
    for (const AddrSet& r : remotes) {
      for (const std::optional<AddrSet>& l : locals) {
        for (const IntervalSet<std::uint32_t>& pc : port_chunks) {
          WinRule w;
          w.dir = dir;
          w.action = action;
          w.proto = proto;
          w.ports = pc;
          w.remote = r;
          w.local = l;
          w.deciders = deciders;
          out.rules.push_back(std::move(w));
        }
      }
    }
  }

  const Decision& d_;
  std::uint32_t host_;
  std::optional<Enforcement> mode_;
  std::map<std::uint32_t, AddrSet> local_;  // local class → the host's addresses in it
  AddrSet all_local_;
  std::vector<AddrSet> class_addrs_;
  std::set<std::uint32_t> log_blocked_;
  std::set<std::uint32_t> log_allowed_;
};

}  // namespace

bool rule_wants_log(const policy::Model& m, std::uint32_t r, const ServiceSet& keys) {
  const policy::Rule& rule = m.rules[r];
  for (const policy::ServiceRef& s : rule.services) {
    if (s.keys.intersect(keys).empty()) continue;
    if (s.names.empty()) {
      if (rule.logs(nullptr)) return true;
      continue;
    }
    for (const std::string& n : s.names) {
      const policy::Service* svc = m.find_service(n);
      if (svc != nullptr && !svc->keys().intersect(keys).empty() && rule.logs(svc)) return true;
    }
  }
  return false;
}

std::vector<std::string> rule_attack_ids(const policy::Model& m, std::uint32_t r,
                                         const ServiceSet& keys) {
  std::set<std::string> ids;
  for (const policy::ServiceRef& s : m.rules[r].services) {
    if (s.keys.intersect(keys).empty()) continue;
    for (const std::string& n : s.names) {
      const policy::Service* svc = m.find_service(n);
      if (svc == nullptr || svc->keys().intersect(keys).empty()) continue;
      ids.insert(svc->attack.begin(), svc->attack.end());
    }
  }
  return {ids.begin(), ids.end()};
}

ServiceSet rule_keys(const WinRule& r) {
  auto block = [&](Proto p) {
    if (r.ports.empty()) return whole_proto(p);
    ServiceSet s;
    for (const auto& iv : r.ports.intervals()) s.add(service_key(p, iv.lo), service_key(p, iv.hi));
    return s;
  };
  switch (r.proto) {
    case Protocol::Tcp:
      return block(Proto::Tcp);
    case Protocol::Udp:
      return block(Proto::Udp);
    case Protocol::Icmpv4:
      return block(Proto::Icmp);
    case Protocol::Icmpv6:
      return block(Proto::Icmpv6);
    case Protocol::Any:
      return all_services();
  }
  return all_services();
}

std::optional<HostPlan> plan_host(const decision::Decision& d, std::uint32_t host,
                                  std::optional<policy::Enforcement> mode, Diagnostics& diags) {
  const policy::Host& h = d.model().hosts[host];
  if (!h.managed) {
    diags.error(h.loc,
                fmt::format("host '{}' is unmanaged: no endpoint firewall to render", h.name));
    return std::nullopt;
  }
  if (h.addresses.empty()) {
    diags.error(h.loc, fmt::format("host '{}' has no address", h.name));
    return std::nullopt;
  }
  Planner p(d, host, mode);
  return p.run();
}

}  // namespace bulkhead::targets::windows
