// Compiles the Decision for one host into a Windows Firewall plan by set algebra.
//
// Windows evaluates a host's rules without order: a connection that matches any enabled
// Block rule is dropped, else one that matches an Allow rule passes, else the profile's
// default action decides. A real machine also has Allow rules bulkhead does not control
// (Windows' built-in File and Printer Sharing, Remote Desktop, Core Networking, AD DS
// rules, installers' "any port" rules). So the plan is exact whatever other Allow rules
// the host has: everything the Decision blocks at this point is covered by a Block rule,
// and nothing it permits is.
//
// For each direction and each pair (local class, remote class), the pair's tier map is cut
// into pieces per protocol block, and each piece is marked permitted or blocked by the
// Decision's own Point::permits. Then:
//
//   every blocked piece becomes a Block rule, whatever its tier: the deny and
//     override-deny rules that match it name it, else the default does;
//   under a profile default Block, every permitted piece also becomes an Allow rule, named
//     after the allow rule that decides it; under a default Allow, Allow rules would
//     change nothing and are left out.
//
// The profile defaults are the policy's (Allow in audit mode): they decide only what no
// rule covers, which is nothing the Decision blocks.
//
// A blocked region goes to every deny or override-deny rule that matches it, not only to
// the deciding one: Block rules may overlap, so each Block rule carries everything its
// policy rule blocks at this point ("block UDP 137 from any"), and a rule whose footprint
// is the pair's whole service space becomes one Block Any rule.
//
// Pairs are planned per address family (a class may hold addresses of both). ICMP and
// ICMPv6 pieces are cut per message type like ports: an ICMP rule's "ports" are its types
// (none when it covers every type of its family). A pair only meets its own family's ICMP.
//
// Only `any` reaches the protocols other than TCP, UDP, ICMP and ICMPv6 (the "other"
// block, whole). Permitted under a Block default, they get one Allow Any rule for the
// pair (the pair's blocked pieces are Block rules anyway). Blocked, they get one Block
// rule per IP protocol number (`-Protocol 47`; Windows takes 0-255), except 1, 6, 17 and
// 58, which are ICMP, TCP, UDP and ICMPv6. These rules are merged over every pair of a
// local class whatever the deciding rules, so a host has at most 252 of them per local
// address set and direction.
//
// The host's addresses the inventory does not list (IPv6 link-local, multicast,
// broadcast, 0.0.0.0 for DHCP) form one more local class, kUnlistedClass: the whole
// address space minus the listed addresses. As Decision::judge_unlisted says, only the
// rules whose own side matches every listed address of the host decide its packets, by
// tier; peers are judged exactly, by their class.
//
// Regions are grouped by (action, protocol, policy rule, port set) across remote classes:
// each group becomes one rule whose remote addresses are the union of its classes'
// addresses. Local classes that ask for the same rule with the same remotes merge; a rule
// whose local addresses are the whole space of its families has no LocalAddress. Rules are
// split to respect kMaxAddressEntries and kMaxPortEntries. Complexity: O(L · C · (S + R))
// for L local classes, C classes, S segments per tier map and R policy rules, then sorting.
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

/// A rule's protocol: one per protocol block; Any (Allow Any, Block Any over a whole pair)
/// and Numbers (Block rules over the "other" block, one per IP protocol number).
enum class Kind : std::uint8_t { Tcp, Udp, Icmpv4, Icmpv6, Any, Numbers };

/// The deciders key of Numbers intents: they merge whatever their deciding rules, which
/// are collected on the side.
constexpr std::uint32_t kMergedDeciders = 0xfffffffdu;

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
  Family family;  ///< of the local and remote addresses: each family groups on its own
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
    case Kind::Numbers:
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
    case Kind::Numbers:
      return Protocol::Number;
  }
  return Protocol::Any;
}

/// The IP protocol numbers of the "other" block Windows can name with -Protocol N: all
/// but ICMP (1), TCP (6), UDP (17) and ICMPv6 (58), which are not "other" flows.
IntervalSet<std::uint32_t> other_numbers() {
  IntervalSet<std::uint32_t> s = IntervalSet<std::uint32_t>::range(0, proto_last(Proto::Other));
  for (std::uint32_t n : {1u, 6u, 17u, 58u})
    s = s.subtract(IntervalSet<std::uint32_t>::range(n, n));
  return s;
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
    AddrSet listed;
    for (const auto& [cls, addrs] : local_) listed = listed.unite(addrs);
    local_[kUnlistedClass] = listed.complement();
    class_addrs_.reserve(d.classes().size());
    for (std::uint32_t c = 0; c < d.classes().size(); ++c)
      class_addrs_.push_back(d.class_addresses(c));
    // The rules that treat the host as a whole, per direction: their own side (`to`
    // inbound, `from` outbound) matches every listed address of the host.
    for (std::uint32_t r = 0; r < d.rules().size(); ++r) {
      bool in = true, out = true;
      for (std::uint32_t c : classes) {
        in = in && d.rule_dst(r, c);
        out = out && d.rule_src(r, c);
      }
      if (in) whole_in_.push_back(r);
      if (out) whole_out_.push_back(r);
    }
  }

  HostPlan run() {
    HostPlan plan;
    plan.host = host_;
    plan.audit = true;
    for (const auto& [cls, addrs] : local_)
      if (cls != kUnlistedClass &&
          point_for(d_, Direction::Inbound, cls, cls, mode_).enforcement != Enforcement::Audit)
        plan.audit = false;
    plan.in = direction(Direction::Inbound, plan);
    plan.out = direction(Direction::Outbound, plan);
    essentials(plan);
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
    Family family;
    AddrSet remote_addrs;              ///< the remote class's addresses of one family
    std::vector<Piece> pieces;         ///< of the blocks of that family only
    ServiceSet keys;                   ///< the keys of those blocks
    std::vector<std::uint32_t> rules;  ///< policy rules matching the pair (from and to)
    bool all_permit = true;
    bool all_blocked = true;
  };

  /// The rules that decide packets between the host's unlisted addresses and class `c`:
  /// those treating the host as a whole whose peer side matches `c`.
  std::vector<std::uint32_t> unlisted_rules(Direction dir, std::uint32_t c) const {
    std::vector<std::uint32_t> out;
    for (std::uint32_t r : dir == Direction::Inbound ? whole_in_ : whole_out_)
      if (dir == Direction::Inbound ? d_.rule_src(r, c) : d_.rule_dst(r, c)) out.push_back(r);
    return out;
  }

  /// The point of the host's unlisted addresses: its own defaults and mode.
  Point unlisted_point(Direction dir) const {
    const bool in = dir == Direction::Inbound;
    Point p{in ? PointKind::HostInbound : PointKind::HostOutbound, 0,
            in ? d_.host_inbound(host_) : d_.host_outbound(host_), d_.host_enforcement(host_)};
    if (mode_) p.enforcement = *mode_;
    return p;
  }

  const decision::TierMap& unlisted_tiers(const std::vector<std::uint32_t>& rules) {
    auto it = unlisted_maps_.find(rules);
    if (it == unlisted_maps_.end())
      it = unlisted_maps_.emplace(rules, tier_map_of(d_, rules)).first;
    return it->second;
  }

  /// One Pair per (local class, remote class, address family): a class may hold addresses
  /// of both families, whose flows differ in their ICMP (ICMPv4 or ICMPv6), so each family
  /// is planned over its own keys. Families with the same rules merge again by remote key.
  std::vector<Pair> pairs(Direction dir) {
    std::vector<Pair> out;
    for (const auto& [lc, laddrs] : local_) {
      for (std::uint32_t c = 0; c < d_.classes().size(); ++c) {
        std::vector<std::uint32_t> unlisted;
        if (lc == kUnlistedClass) unlisted = unlisted_rules(dir, c);
        for (Family f : {Family::V4, Family::V6}) {
          if (laddrs.of(f).empty()) continue;
          AddrSet remote = only_families(class_addrs_[c], f == Family::V4, f == Family::V6);
          if (remote.empty()) continue;
          Pair p{lc, c, f, std::move(remote), {}, family_services(f), {}, true, true};
          if (lc == kUnlistedClass) {
            p.pieces = pieces_of(unlisted_tiers(unlisted), unlisted_point(dir), f);
            p.rules = unlisted;
          } else {
            p.pieces = pieces_of(tiers_for(d_, dir, lc, c), point_for(d_, dir, lc, c, mode_), f);
            std::uint32_t src = dir == Direction::Inbound ? c : lc;
            std::uint32_t dst = dir == Direction::Inbound ? lc : c;
            for (std::uint32_t r = 0; r < d_.rules().size(); ++r)
              if (d_.rule_src(r, src) && d_.rule_dst(r, dst)) p.rules.push_back(r);
          }
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

  /// Whether the plan permits a packet between one of the host's unlisted addresses and
  /// `peer` (what its rules without LocalAddress decide: judge_unlisted's verdict).
  bool unlisted_permits(Direction dir, const Addr& peer, Proto proto, std::uint32_t port) {
    const std::vector<std::uint32_t> rules = unlisted_rules(dir, d_.class_of(peer));
    const decision::Segment& seg =
        Decision::segment_at(unlisted_tiers(rules), service_key(proto, port));
    return unlisted_point(dir).permits(seg.tier);
  }

  /// What a Windows host needs on its link for its unlisted addresses (link-local,
  /// multicast, broadcast, 0.0.0.0) that the plan blocks: IPv6 neighbour and router
  /// discovery and MLD with fe80::/10 and ff02::/16, DHCP (udp/67-68 with a server in the
  /// host's zone and 255.255.255.255) and DHCPv6 (udp/546-547 with fe80::/10 and ff02::1:2).
  void essentials(HostPlan& plan) {
    if (plan.audit) return;
    const Addr ll = *parse_addr("fe80::1");
    const Addr solicited = *parse_addr("ff02::1:ff00:1");
    const Addr all_routers = *parse_addr("ff02::2");
    const Addr mld_routers = *parse_addr("ff02::16");
    const Addr dhcp6 = *parse_addr("ff02::1:2");
    const Addr bcast = *parse_addr("255.255.255.255");
    // A DHCP server or relay in the host's zone: the zone's first IPv4 address.
    const Addr first = d_.model().hosts[host_].addresses.front();
    const decision::ZoneInfo& z = d_.zones()[d_.atom_of(first).zone];
    const Addr server = z.owned.v4.empty() ? *parse_addr("0.0.0.0")
                                           : Addr{Family::V4, z.owned.v4.intervals().front().lo};
    const Direction in = Direction::Inbound, out = Direction::Outbound;
    struct Need {
      const char* what;
      std::vector<std::tuple<Direction, Addr, Proto, std::uint32_t>> packets;
    };
    const Need needs[] = {
        {"IPv6 neighbour and router discovery (icmpv6/133-136) with fe80::/10 and ff02::/16",
         {{in, ll, Proto::Icmpv6, 135},
          {in, ll, Proto::Icmpv6, 136},
          {in, ll, Proto::Icmpv6, 134},
          {out, solicited, Proto::Icmpv6, 135},
          {out, ll, Proto::Icmpv6, 136},
          {out, all_routers, Proto::Icmpv6, 133}}},
        {"MLD (icmpv6/130-132, icmpv6/143) with fe80::/10 and ff02::/16",
         {{in, ll, Proto::Icmpv6, 130}, {out, mld_routers, Proto::Icmpv6, 143}}},
        {"DHCP (udp/67-68: requests to 255.255.255.255, offers from the zone's server)",
         {{out, bcast, Proto::Udp, 67}, {in, server, Proto::Udp, 68}}},
        {"DHCPv6 (udp/546-547 with fe80::/10 and ff02::1:2)",
         {{out, dhcp6, Proto::Udp, 547}, {in, ll, Proto::Udp, 546}}},
    };
    for (const Need& n : needs) {
      bool blocked = false;
      for (const auto& [dir, peer, proto, port] : n.packets)
        blocked = blocked || !unlisted_permits(dir, peer, proto, port);
      if (blocked) plan.blocked_essentials.emplace_back(n.what);
    }
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
    std::vector<Pair> ps = pairs(dir);

    DirectionPlan out;
    if (plan.audit) {
      out.fallback = DefaultAction::Allow;
    } else {
      out.fallback = dir == Direction::Inbound ? d_.host_inbound(host_) : d_.host_outbound(host_);
    }
    const bool block_default = out.fallback == DefaultAction::Deny;

    // Per pair: intents → port sets; then group by everything but the remote class.
    std::map<RemoteKey, AddrSet> by_remote;
    // The deciding rules of the Numbers rules, per local class (their key omits them).
    std::map<std::uint32_t, std::set<std::uint32_t>> numbers_deciders;
    for (const Pair& p : ps) {
      std::map<PairIntent, IntervalSet<std::uint32_t>> intents;
      auto add = [&](Action a, std::uint32_t decider, const Piece& pc) {
        IntervalSet<std::uint32_t>& ports = intents[PairIntent{a, kind_of(pc.proto), {decider}}];
        if (pc.proto != Proto::Other) ports.add(pc.lo, pc.hi);
      };
      const Piece& other = other_piece(p.pieces);

      // Allow rules, needed only under a Block default. When the other protocols are
      // permitted, one Allow Any covers the pair; its blocked pieces are Block rules below.
      if (block_default && other.permit) {
        intents[PairIntent{
            Action::Allow, Kind::Any, {other.tier == Tier::Allow ? other.rule : kNoRule}}];
      } else if (block_default) {
        for (const Piece& pc : p.pieces)
          if (pc.permit && pc.proto != Proto::Other)
            add(Action::Allow, pc.tier == Tier::Allow ? pc.rule : kNoRule, pc);
      }

      // Block rules: every blocked piece, whatever its tier, so that no other Allow rule on
      // the host can let it through. Each goes to every deny or override-deny rule that
      // matches it (Block rules may overlap), so each Block rule carries everything its
      // policy rule blocks here; pieces no deny rule matches go to the default.
      // Tier maps merge neighbouring segments with the same tier and deciding rule, so a
      // rule may cover only part of a piece: footprints are key sets.
      std::map<std::uint32_t, ServiceSet> footprint;
      for (const Piece& pc : p.pieces) {
        if (pc.permit) continue;
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
      const ServiceSet other_keys = whole_proto(Proto::Other);
      for (const auto& [r, keys] : footprint) {
        if (keys == p.keys) {  // the whole pair: one Block Any
          intents[PairIntent{Action::Block, Kind::Any, {r}}];
        } else {
          for (Proto proto : kProtosInKeyOrder) {
            if (proto == Proto::Other) continue;
            ServiceSet part = keys.intersect(whole_proto(proto));
            if (part.empty()) continue;
            IntervalSet<std::uint32_t>& ports =
                intents[PairIntent{Action::Block, kind_of(proto), {r}}];
            for (const auto& iv : part.intervals()) ports.add(key_port(iv.lo), key_port(iv.hi));
          }
        }
        // The other protocols, one rule per number, also where a Block Any covers them:
        // the same rules then serve every pair of the local class, from anywhere.
        if (!keys.intersect(other_keys).empty()) numbers_deciders[p.local].insert(r);
      }
      if (!other.permit) intents[PairIntent{Action::Block, Kind::Numbers, {kMergedDeciders}}];

      for (auto& [intent, ports] : intents) {
        if (intent.kind == Kind::Numbers) ports = other_numbers();
        // An ICMP rule's "ports" are its types; a rule over every type names none.
        bool full =
            intent.kind == Kind::Any ||
            (intent.kind != Kind::Numbers && ports.size() == 1 && ports.intervals()[0].lo == 0 &&
             ports.intervals()[0].hi == proto_last(proto_of(intent.kind)));
        RemoteKey key{intent.action,   intent.kind,
                      intent.deciders, full ? Ranges{} : ranges_of(ports),
                      p.local,         p.family};
        AddrSet& into = by_remote[key];
        into = into.unite(p.remote_addrs);
        if (intent.kind != Kind::Numbers) note_log_wants(intent, ports);
      }
    }
    for (const auto& [local, rules] : numbers_deciders)
      for (std::uint32_t r : rules)
        note_log_wants(PairIntent{Action::Block, Kind::Numbers, {r}}, other_numbers());

    // Merge local classes that ask for the same rule with the same remote set.
    std::map<LocalKey, AddrSet> by_local;
    std::map<LocalKey, std::set<std::uint32_t>> merged_deciders;
    for (const auto& [k, remote] : by_remote) {
      LocalKey key{
          k.action, k.kind, k.deciders, k.ports, ranges_of(remote.v4), ranges_of(remote.v6)};
      AddrSet& into = by_local[key];
      const AddrSet& mine = local_.at(k.local_class);
      into = into.unite(only_families(mine, k.family == Family::V4, k.family == Family::V6));
      if (k.kind == Kind::Numbers) {
        const std::set<std::uint32_t>& rs = numbers_deciders[k.local_class];
        merged_deciders[key].insert(rs.begin(), rs.end());
      }
    }

    // Each entry is one family's (local x remote) rectangle. Rectangles of the two
    // families with the same rule merge into one rule (no flow mixes families), those
    // whose local side is the whole family (no LocalAddress) first.
    struct Rect {
      AddrSet remote;
      AddrSet local;
      std::vector<std::uint32_t> deciders;
    };
    using RuleKey = std::tuple<Action, Kind, std::vector<std::uint32_t>, Ranges>;
    std::map<RuleKey, std::vector<Rect>> rects[2];  // by family
    for (const auto& [k, local] : by_local) {
      AddrSet remote;
      for (const auto& [lo, hi] : k.remote4) remote.v4.add(lo, hi);
      for (const auto& [lo, hi] : k.remote6) remote.v6.add(lo, hi);
      std::vector<std::uint32_t> deciders = k.deciders;
      if (k.kind == Kind::Numbers) {
        // Named after the policy rules first, the default last (kNoRule sorts last).
        const std::set<std::uint32_t>& rs = merged_deciders[k];
        deciders.assign(rs.begin(), rs.end());
        if (deciders.empty()) deciders.push_back(kNoRule);
      }
      const int f = remote.v4.empty() ? 1 : 0;
      RuleKey rk{k.action, k.kind,
                 k.kind == Kind::Numbers ? std::vector<std::uint32_t>{} : deciders, k.ports};
      rects[f][rk].push_back(Rect{std::move(remote), local, std::move(deciders)});
    }
    const AddrSet all = AddrSet::all();
    auto whole_local = [&](const Rect& r) {
      return r.local == only_families(all, !r.local.v4.empty(), !r.local.v6.empty());
    };
    for (auto& by_key : rects)
      for (auto& [rk, list] : by_key)
        std::stable_sort(list.begin(), list.end(), [&](const Rect& a, const Rect& b) {
          return whole_local(a) && !whole_local(b);
        });
    auto emit_rect = [&](const RuleKey& rk, const Rect& r) {
      IntervalSet<std::uint32_t> ports;
      for (const auto& [lo, hi] : std::get<3>(rk)) ports.add(lo, hi);
      emit(dir, std::get<0>(rk), protocol_of(std::get<1>(rk)), ports, r.remote, r.local, r.deciders,
           out);
    };
    for (auto& [rk, v4] : rects[0]) {
      auto it6 = rects[1].find(rk);
      std::vector<Rect> none;
      std::vector<Rect>& v6 = it6 == rects[1].end() ? none : it6->second;
      const std::size_t n = std::max(v4.size(), v6.size());
      for (std::size_t i = 0; i < n; ++i) {
        if (i < v4.size() && i < v6.size()) {
          std::set<std::uint32_t> ds(v4[i].deciders.begin(), v4[i].deciders.end());
          ds.insert(v6[i].deciders.begin(), v6[i].deciders.end());
          emit_rect(rk, Rect{v4[i].remote.unite(v6[i].remote), v4[i].local.unite(v6[i].local),
                             std::vector<std::uint32_t>(ds.begin(), ds.end())});
        } else {
          emit_rect(rk, i < v4.size() ? v4[i] : v6[i]);
        }
      }
      if (it6 != rects[1].end()) rects[1].erase(it6);
    }
    for (const auto& [rk, v6] : rects[1])
      for (const Rect& r : v6) emit_rect(rk, r);

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
    // The local classes (listed and unlisted) cover the whole space: a rule for all of
    // its families' local addresses needs no LocalAddress.
    AddrSet all = AddrSet::all();
    std::optional<AddrSet> local_opt;
    if (local_f != only_families(all, v4, v6)) local_opt = local_f;

    // Any address of the protocol's own family is "any": ICMPv4 only ever sees IPv4.
    bool remote_any = remote == all || (proto == Protocol::Icmpv4 && remote.v4 == all.v4) ||
                      (proto == Protocol::Icmpv6 && remote.v6 == all.v6);

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
    // A Number rule names one protocol: -Protocol takes a single value.
    std::vector<IntervalSet<std::uint32_t>> port_chunks =
        ports.empty()               ? std::vector<IntervalSet<std::uint32_t>>{ports}
        : proto == Protocol::Number ? point_chunks(ports, 1)
        : icmp                      ? point_chunks(ports, kMaxPortEntries)
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
  std::vector<AddrSet> class_addrs_;
  std::vector<std::uint32_t> whole_in_;   // rules whose `to` matches every listed address
  std::vector<std::uint32_t> whole_out_;  // rules whose `from` matches every listed address
  std::map<std::vector<std::uint32_t>, decision::TierMap> unlisted_maps_;
  std::set<std::uint32_t> log_blocked_;
  std::set<std::uint32_t> log_allowed_;
};

}  // namespace

decision::TierMap tier_map_of(const decision::Decision& d,
                              const std::vector<std::uint32_t>& rules) {
  std::vector<std::uint32_t> cuts = {0};
  for (std::uint32_t r : rules) {
    for (const auto& iv : d.rules()[r].keys.intervals()) {
      cuts.push_back(iv.lo);
      if (iv.hi < kServiceKeyMax) cuts.push_back(iv.hi + 1);
    }
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  decision::TierMap out;
  for (std::size_t i = 0; i < cuts.size(); ++i) {
    const std::uint32_t lo = cuts[i];
    const std::uint32_t hi = i + 1 < cuts.size() ? cuts[i + 1] - 1 : kServiceKeyMax;
    decision::Tier tier = decision::Tier::None;
    std::uint32_t rule = decision::kNoRule;
    for (std::uint32_t r : rules) {
      const decision::CompiledRule& cr = d.rules()[r];
      if (!cr.keys.contains(lo)) continue;
      if (cr.tier > tier || (cr.tier == tier && r < rule)) {
        tier = cr.tier;
        rule = r;
      }
    }
    if (!out.empty() && out.back().tier == tier && out.back().rule == rule) {
      out.back().hi = hi;
    } else {
      out.push_back(decision::Segment{lo, hi, tier, rule});
    }
  }
  return out;
}

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
    case Protocol::Number:
      return block(Proto::Other);
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
