// Decision → nftables Table, for host endpoint firewalls and zone boundary firewalls.
//
// Key idea: nftables chains are first-match, the policy is tiered (override-deny beats
// allow beats deny, spec section 3). Emitting every override-deny rule, then every allow
// rule, then every deny rule (each tier in rule-id order) makes the first matching nft rule
// the Decision's deciding rule, and a flow no rule matches falls to the chain policy, which
// is the point's default. Each policy rule becomes one nft rule per (family × protocol
// group): the address side of the point itself (the host's own addresses, or nothing when
// the rule matches all of them), the peer side as an exact named interval set (shared
// between rules with equal sets, so the per-packet cost does not grow with peers), and the
// protocol/port keys of the rule. Logging is a separate verdict-less rule placed before the
// verdict rule (`limit ... log`), so a rate limit or a log can never change a verdict.
// Audit mode turns every drop into a would-block log followed by accept.
//
// Cost: O(R · (F + S)) rules for R policy rules, F families and S protocol groups; sets are
// deduplicated through a map keyed by their elements.
#include "targets/nftables/build.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <span>
#include <tuple>

#include <fmt/format.h>

#include "base/assert.h"
#include "targets/nftables/names.h"

namespace bulkhead::targets::nftables {
namespace {

using decision::CompiledRule;
using decision::Decision;
using decision::Tier;
using policy::DefaultAction;
using policy::Enforcement;

constexpr std::array<Family, 2> kFamilies = {Family::V4, Family::V6};
constexpr std::array<Tier, 3> kTierOrder = {Tier::OverrideDeny, Tier::Allow, Tier::Deny};

const char* family_tag(Family f) {
  return f == Family::V4 ? "v4" : "v6";
}

bool whole_family(Family f, const AddrIntervals& s) {
  return s == AddrIntervals::range(0, family_max(f));
}

// ---------------------------------------------------------------------------------------
// Services: a rule's key set as protocol groups.

/// One nft protocol match: `meta l4proto <protos>` plus `th dport <ports>` when the ports
/// are not the whole protocol, or `icmp type` / `icmpv6 type` with the types when only
/// some ICMP messages are named. An empty `protos` means "every protocol" (the `any`
/// service).
struct ProtoGroup {
  std::vector<Proto> protos;
  std::optional<PortIntervals> ports;  ///< TCP/UDP ports, or ICMP types for one ICMP proto
};

PortIntervals ports_of(const ServiceSet& keys, Proto p) {
  PortIntervals out;
  std::uint32_t base = service_key(p, 0);
  const ServiceSet block = keys.intersect(whole_proto(p));  // kept alive for the loop
  for (const auto& iv : block.intervals()) out.add(iv.lo - base, iv.hi - base);
  return out;
}

/// Splits a key set into the protocol groups of one family (a family's flows never carry
/// the other family's ICMP); nullopt with `why` when nft cannot express it exactly with
/// the protocol matches bulkhead emits.
std::optional<std::vector<ProtoGroup>> proto_groups(const ServiceSet& keys, Family f,
                                                    std::string* why) {
  std::vector<ProtoGroup> out;
  const ServiceSet mine = keys.intersect(family_services(f));
  if (mine.empty()) return out;
  if (mine == family_services(f)) return std::vector<ProtoGroup>{ProtoGroup{}};
  if (!keys.intersect(whole_proto(Proto::Other)).empty()) {
    *why = "it covers protocols other than tcp, udp and icmp without covering every protocol";
    return std::nullopt;
  }
  const Proto icmp_proto = icmp_of(f);
  const PortIntervals all_ports = PortIntervals::range(0, proto_last(Proto::Tcp));
  const PortIntervals all_types = PortIntervals::range(0, proto_last(icmp_proto));
  PortIntervals tcp = ports_of(keys, Proto::Tcp);
  PortIntervals udp = ports_of(keys, Proto::Udp);
  PortIntervals icmp = ports_of(keys, icmp_proto);
  ProtoGroup whole;
  if (tcp == all_ports) whole.protos.push_back(Proto::Tcp);
  if (udp == all_ports) whole.protos.push_back(Proto::Udp);
  if (icmp == all_types) whole.protos.push_back(icmp_proto);
  if (!whole.protos.empty()) out.push_back(whole);
  bool tcp_part = !tcp.empty() && tcp != all_ports;
  bool udp_part = !udp.empty() && udp != all_ports;
  if (tcp_part && udp_part && tcp == udp) {
    out.push_back(ProtoGroup{{Proto::Tcp, Proto::Udp}, tcp});
  } else {
    if (tcp_part) out.push_back(ProtoGroup{{Proto::Tcp}, tcp});
    if (udp_part) out.push_back(ProtoGroup{{Proto::Udp}, udp});
  }
  if (!icmp.empty() && icmp != all_types) out.push_back(ProtoGroup{{icmp_proto}, icmp});
  return out;
}

/// Whether a key set is expressible in both families (see proto_groups).
bool proto_groups_ok(const ServiceSet& keys, std::string* why) {
  return proto_groups(keys, Family::V4, why).has_value() &&
         proto_groups(keys, Family::V6, why).has_value();
}

bool has_icmp(const ServiceSet& keys) {
  return !keys.intersect(all_icmp()).empty();
}

std::string l4_name(Proto p) {
  switch (p) {
    case Proto::Tcp:
      return "tcp";
    case Proto::Udp:
      return "udp";
    case Proto::Icmp:
      return "icmp";
    case Proto::Icmpv6:
      return "ipv6-icmp";
    case Proto::Other:
      break;
  }
  BH_ASSERT(false, "protocol groups hold tcp, udp, icmp and icmpv6 only");
  return "";
}

void append_group(const ProtoGroup& g, std::vector<Expr>* out) {
  if (g.protos.empty()) return;
  const bool icmp_types =
      g.ports && (g.protos.front() == Proto::Icmp || g.protos.front() == Proto::Icmpv6);
  if (icmp_types) {
    // `icmp type X` implies the protocol (nft adds the l4proto dependency itself).
    out->push_back(IcmpTypeMatch{g.protos.front() == Proto::Icmpv6, *g.ports});
    return;
  }
  L4protoMatch m;
  for (Proto p : g.protos) m.protos.push_back(l4_name(p));
  out->push_back(m);
  if (g.ports) out->push_back(DportMatch{*g.ports});
}

/// The keys a rule logs: every service of the rule whose log flag (resolved from `auto`
/// through the catalog) is on; inline services log only with `log: true`.
ServiceSet logged_keys(const policy::Model& m, const policy::Rule& rule) {
  ServiceSet out;
  for (const policy::ServiceRef& ref : rule.services) {
    if (ref.names.empty()) {
      if (rule.logs(nullptr)) out = out.unite(ref.keys);
      continue;
    }
    for (const std::string& name : ref.names) {
      const policy::Service* svc = m.find_service(name);
      if (!rule.logs(svc)) continue;
      out = out.unite(svc != nullptr ? svc->keys() : ref.keys);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// The builder: sets, and policy rules expanded into nft rules.

/// The address part of one family of an nft rule; absent families get no rule.
struct FamilyPart {
  Family family;
  std::vector<Expr> addr;  ///< empty: the rule needs no address match in this family
};

class Builder {
 public:
  Builder(const Decision& d, Table* t, Diagnostics* diags) : d_(d), t_(*t), diags_(*diags) {
    const policy::LogRate& lr = d.model().settings.log_rate;
    limit_ = LimitStmt{lr.count, lr.unit, ""};
  }

  bool rate_ok() {
    const policy::LogRate& lr = d_.model().settings.log_rate;
    if (lr.count > 0 &&
        (lr.unit == "second" || lr.unit == "minute" || lr.unit == "hour" || lr.unit == "day"))
      return true;
    diags_.error(lr.loc,
                 fmt::format("nftables cannot rate-limit logging at '{}' (expected N/second, "
                             "N/minute, N/hour or N/day with N > 0)",
                             lr.str()));
    return false;
  }

  /// A named interval set holding `s`, shared with any earlier set of equal elements.
  std::string set_for(Family f, const AddrIntervals& s, const std::string& name) {
    BH_ASSERT(!s.empty(), "named sets are never empty");
    std::string key = fmt::format("{}", static_cast<int>(f));
    for (const auto& iv : s.intervals()) key += "," + format_element(f, iv.lo, iv.hi);
    auto [it, fresh] = sets_.emplace(key, name);
    if (fresh) {
      for (const NamedSet& ns : t_.sets) BH_ASSERT(ns.name != name, "set names are unique");
      t_.sets.push_back(NamedSet{name, f, s});
    }
    return it->second;
  }

  /// `ip saddr <s>`: inline when one element, else a named set.
  AddrMatch addr_match(Family f, bool dst, const AddrIntervals& s, const std::string& set_name) {
    AddrMatch m{f, dst, false, "", {}};
    if (s.size() == 1) {
      m.literal = s;
    } else {
      m.set = set_for(f, s, set_name);
    }
    return m;
  }

  /// Whether nft can express the rule's services (and its logged services) exactly;
  /// reports the rule once per builder when it cannot.
  bool services_ok(const CompiledRule& cr) {
    std::string why;
    const char* what = "services";
    bool ok = proto_groups_ok(cr.keys, &why);
    if (ok) {
      what = "logged services";
      ok = proto_groups_ok(logged_keys(d_.model(), *cr.rule), &why);
    }
    if (!ok && reported_.insert(cr.id).second) {
      diags_.error(cr.rule->loc,
                   fmt::format("rule '{}': nftables cannot express its {} exactly: {}",
                               cr.rule->name, what, why));
    }
    return ok;
  }

  /// Emits the nft rules of policy rule `cr` into `c`, one per family part and protocol
  /// group: first the verdict-less log rules, then the verdict rules. `prefix` exprs (e.g.
  /// `ct direction original`) start every emitted rule.
  ///
  /// With `rest` (map form: the rule's TCP and UDP flows are decided by the lookup before
  /// these rules), only the rule's other keys are emitted; when nft cannot express those
  /// alone, the whole rule is (still exact: a TCP or UDP flow the lookup leaves undecided
  /// matches no policy rule of the chain).
  bool emit_policy_rule(Chain& c, const CompiledRule& cr, const std::vector<FamilyPart>& parts,
                        Enforcement e, const std::vector<Expr>& lead = {},
                        const ServiceSet* rest = nullptr) {
    if (parts.empty()) return true;
    if (!services_ok(cr)) return false;
    const bool audit = e == Enforcement::Audit;
    ServiceSet keys = cr.keys;
    ServiceSet log_keys = log_keys_of(cr, e);
    if (rest != nullptr) {
      ServiceSet k = keys.intersect(*rest), l = log_keys.intersect(*rest);
      std::string why;
      if (proto_groups_ok(k, &why) && proto_groups_ok(l, &why)) {
        keys = std::move(k);
        log_keys = std::move(l);
      }
    }
    const bool drops = cr.tier != Tier::Allow;
    emit_pass(c, parts, log_keys, lead, {chain_limit(c), LogStmt{log_prefix(cr, e)}},
              rule_comment(cr));
    emit_pass(c, parts, keys, lead, {CounterStmt{}, VerdictStmt{!drops || audit}},
              rule_comment(cr));
    return true;
  }

  /// The keys of rule `cr` that log: its logged services, or every key of a drop in audit.
  ServiceSet log_keys_of(const CompiledRule& cr, Enforcement e) const {
    const bool drops = cr.tier != Tier::Allow;
    return e == Enforcement::Audit && drops ? cr.keys : logged_keys(d_.model(), *cr.rule);
  }

  std::string rule_comment(const CompiledRule& cr) const {
    return sanitize_text(
        fmt::format("{} @ {}", cr.rule->name, d_.model().artifact_line(cr.rule->loc)), kMaxComment);
  }

  std::string log_prefix(const CompiledRule& cr, Enforcement e) const {
    const bool drops = cr.tier != Tier::Allow;
    const bool audit = e == Enforcement::Audit;
    return sanitize_text(
        fmt::format("bh {} r{} ",
                    audit && drops ? "would-block" : policy::action_name(cr.rule->action), cr.id),
        kMaxLogPrefix);
  }

  /// The regular chain that decides a flow for policy rule `cr` in base chain `base`
  /// (`in_r12`, or `in_r12_log` when the flow is logged): its log rule, counter and
  /// verdict, each with the rule's comment. Created on first use.
  std::string rule_chain(const Chain& base, const CompiledRule& cr, bool logged, Enforcement e) {
    std::string name = fmt::format("{}_r{}{}", chain_tag(base), cr.id, logged ? "_log" : "");
    if (!regular_names_.insert(name).second) return name;
    Chain c;
    c.name = name;
    const bool drops = cr.tier != Tier::Allow;
    if (logged)
      c.rules.push_back(Rule{{chain_limit(base), LogStmt{log_prefix(cr, e)}}, rule_comment(cr)});
    c.rules.push_back(
        Rule{{CounterStmt{}, VerdictStmt{!drops || e == Enforcement::Audit}}, rule_comment(cr)});
    regular_.push_back(std::move(c));
    return name;
  }

  /// A regular chain of the table (a peer group's port lookups); returns its name.
  std::string add_regular(Chain c) {
    BH_ASSERT(regular_names_.insert(c.name).second, "regular chain names are unique");
    regular_.push_back(std::move(c));
    return regular_.back().name;
  }

  /// Appends the regular chains after the base chains, in reading order: per base chain
  /// (in, out, fwd), its rule chains by rule id (`_log` after the plain one), then its
  /// peer-group chains by number.
  void finish() {
    auto order = [](const std::string& name) {
      std::size_t us = name.find('_');
      std::string tag = name.substr(0, us);
      int base = tag == "in" ? 0 : tag == "out" ? 1 : 2;
      bool group = name[us + 1] == 'g';
      std::size_t end = name.find('_', us + 1);
      long n = std::stol(name.substr(us + 2, end == std::string::npos ? end : end - us - 2));
      return std::make_tuple(base, group, n, end != std::string::npos);
    };
    std::sort(regular_.begin(), regular_.end(),
              [&](const Chain& a, const Chain& b) { return order(a.name) < order(b.name); });
    for (Chain& c : regular_) t_.chains.push_back(std::move(c));
    regular_.clear();
  }

  static std::string chain_tag(const Chain& base) {
    return base.name == "input" ? "in" : base.name == "output" ? "out" : "fwd";
  }

  Table& table() { return t_; }

  /// The final rules of a chain whose default is deny: a rate-limited log naming the
  /// policy and the default, then a counted drop (in audit mode: would-block and accept).
  /// The default deny of a chain: log (rate-limited) and drop; `match` restricts it to
  /// some packets (e.g. the host addresses whose zone defaults to deny).
  void emit_default_deny(Chain& c, const std::string& which, bool audit, const std::string& comment,
                         const std::vector<Expr>& match = {}) {
    std::string policy_name = d_.model().name.empty() ? "unnamed" : d_.model().name;
    std::string prefix = sanitize_text(
        fmt::format("bh {} default-{} {} ", audit ? "would-block" : "deny", which, policy_name),
        kMaxLogPrefix - 1);
    if (prefix.back() != ' ') prefix += ' ';
    std::vector<Expr> log = match, drop = match;
    log.insert(log.end(), {chain_limit(c), LogStmt{prefix}});
    drop.insert(drop.end(), {CounterStmt{}, VerdictStmt{audit}});
    c.rules.push_back(Rule{log, comment});
    c.rules.push_back(Rule{drop, comment});
  }

  /// Declares the chain's log budget (`limit log_<chain>`), shared by every log rule of
  /// the chain.
  void add_chain_limit(const Chain& c) {
    t_.limits.push_back(NamedLimit{"log_" + c.name, limit_.count, limit_.unit});
  }

 private:
  LimitStmt chain_limit(const Chain& c) const {
    LimitStmt l = limit_;
    l.name = "log_" + c.name;
    return l;
  }

  void emit_pass(Chain& c, const std::vector<FamilyPart>& parts, const ServiceSet& keys,
                 const std::vector<Expr>& lead, const std::vector<Expr>& stmts,
                 const std::string& comment) {
    if (keys.empty()) return;
    std::string why;
    std::optional<std::vector<ProtoGroup>> v4 = proto_groups(keys, Family::V4, &why);
    std::optional<std::vector<ProtoGroup>> v6 = proto_groups(keys, Family::V6, &why);
    BH_ASSERT(v4 && v6, "checked by services_ok");
    // Both families with no address match and no ICMP: one rule serves both (ICMP
    // differs per family, so it never merges).
    bool merge =
        parts.size() == 2 && parts[0].addr.empty() && parts[1].addr.empty() && !has_icmp(keys);
    if (merge) {
      for (const ProtoGroup& g : *v4) {
        Rule r{lead, comment};
        append_group(g, &r.exprs);
        r.exprs.insert(r.exprs.end(), stmts.begin(), stmts.end());
        c.rules.push_back(std::move(r));
      }
      return;
    }
    for (const FamilyPart& part : parts) {
      for (const ProtoGroup& g : part.family == Family::V4 ? *v4 : *v6) {
        Rule r{lead, comment};
        r.exprs.insert(r.exprs.end(), part.addr.begin(), part.addr.end());
        if (part.addr.empty()) r.exprs.push_back(NfprotoMatch{part.family});
        append_group(g, &r.exprs);
        r.exprs.insert(r.exprs.end(), stmts.begin(), stmts.end());
        c.rules.push_back(std::move(r));
      }
    }
  }

  const Decision& d_;
  Table& t_;
  Diagnostics& diags_;
  LimitStmt limit_;
  std::map<std::string, std::string> sets_;  // elements → set name
  std::set<std::uint32_t> reported_;         // rules already reported as inexpressible
  std::vector<Chain> regular_;               // regular chains, appended by finish()
  std::set<std::string> regular_names_;
};

// ---------------------------------------------------------------------------------------
// The map form: a host chain's TCP and UDP flows decided by two lookups.
//
//   ip saddr vmap @in_peers_v4          peer address → the chain of its peer group
//   chain in_g3 { meta l4proto tcp th dport vmap { 22 : jump in_r7, ... } }
//   chain in_r7 { counter accept comment "rule @ file:line" }
//
// A peer group is the set of peer classes whose flows decide alike: the same (protocol,
// port range) → deciding rule pieces, read off the Decision's tier maps (disjoint
// segments, so order no longer matters). The peer map's elements are the address atoms of
// every class with at least one piece. A packet therefore costs one interval lookup of its
// peer (logarithmic in the peers) and one of its port (in the group's few pieces), however
// many rules and peers the policy has.

constexpr std::uint32_t kUdpLastKey = proto_base(Proto::Udp) + kPortsPerProto - 1;

/// Every TCP and UDP key: what the lookups decide.
ServiceSet tcp_udp_keys() {
  return ServiceSet::range(0, kUdpLastKey);
}

/// The part of a host chain's policy its own addresses see alike: one listed class (the
/// Decision's tier maps decide), or the host's unlisted addresses (only the rules that
/// treat the host as a whole decide).
struct OwnPiece {
  std::vector<Expr> match;           ///< `ip daddr …` selecting this piece; empty: all
  std::optional<std::uint32_t> cls;  ///< listed class, or nullopt for unlisted addresses
};

class HostLookup {
 public:
  HostLookup(const Decision& d, Builder& b, std::uint32_t host, bool output, Enforcement e)
      : d_(d), b_(b), host_(host), output_(output), e_(e), classes_(d.host_classes(host)) {
    for (const CompiledRule& cr : d.rules()) {
      bool any = false, all = true;
      for (std::uint32_t c : classes_) {
        bool hit = output ? d.rule_src(cr.id, c) : d.rule_dst(cr.id, c);
        any = any || hit;
        all = all && hit;
      }
      if (any && !all) whole_ = false;
      if (all && !classes_.empty()) whole_rules_.push_back(cr.id);
    }
    // Priority order: tier (override-deny, allow, deny), then rule id.
    std::stable_sort(
        whole_rules_.begin(), whole_rules_.end(),
        [&](std::uint32_t a, std::uint32_t b) { return d.rules()[a].tier > d.rules()[b].tier; });
  }

  /// Emits the lookups of chain `c` (one rule per family with any element).
  void emit(Chain& c) {
    for (Family f : kFamilies) {
      std::vector<OwnPiece> pieces = own_pieces(f);
      std::vector<int> group_of(d_.classes().size(), -2);
      if (!whole_) by_segments_.clear();  // the pieces' address matches differ per family
      std::map<int, AddrIntervals> by_group;
      for (const decision::Atom& a : d_.atoms()) {
        if (a.family != f) continue;
        int& g = group_of[a.cls];
        if (g == -2) g = group(c, pieces, a.cls);
        if (g >= 0) by_group[g].add(a.lo, a.hi);
      }
      if (by_group.empty()) continue;
      NamedMap m;
      m.name = fmt::format("{}_peers_{}", Builder::chain_tag(c), family_tag(f));
      m.family = f;
      for (const auto& [g, ivs] : by_group)
        for (const auto& iv : ivs.intervals())
          m.elements.push_back(AddrJump{iv.lo, iv.hi, names_[g]});
      std::sort(m.elements.begin(), m.elements.end(),
                [](const AddrJump& x, const AddrJump& y) { return x.lo < y.lo; });
      c.rules.push_back(Rule{{AddrVmapStmt{f, output_, m.name}},
                             "bulkhead: policy rules by peer and port lookup"});
      b_.table().maps.push_back(std::move(m));
    }
  }

 private:
  std::vector<OwnPiece> own_pieces(Family f) const {
    if (whole_) return {OwnPiece{{}, classes_.front()}};
    const policy::Host& host = d_.model().hosts[host_];
    std::map<std::uint32_t, AddrIntervals> listed;
    AddrIntervals all;
    for (std::size_t i = 0; i < host.addresses.size(); ++i) {
      if (host.addresses[i].family != f) continue;
      listed[classes_[i]].add(host.addresses[i].value, host.addresses[i].value);
      all.add(host.addresses[i].value, host.addresses[i].value);
    }
    std::vector<OwnPiece> out;
    for (const auto& [cls, addrs] : listed)
      out.push_back(OwnPiece{{AddrMatch{f, !output_, false, "", addrs}}, cls});
    if (all.empty()) {
      out.push_back(OwnPiece{{}, std::nullopt});
    } else {
      out.push_back(OwnPiece{{AddrMatch{f, !output_, true, "", all}}, std::nullopt});
    }
    return out;
  }

  bool mapped(Tier t) const {
    return t == Tier::Allow || t == Tier::Deny ||
           (t == Tier::OverrideDeny && e_ == Enforcement::Audit);
  }

  /// The deciding rule of every TCP/UDP key of peer class `peer` at an own piece.
  const std::vector<decision::Segment>& segments(std::uint32_t peer, const OwnPiece& piece) {
    if (piece.cls) {
      const decision::TierMap& tm =
          output_ ? d_.tiers(*piece.cls, peer) : d_.tiers(peer, *piece.cls);
      return tm;
    }
    // Unlisted addresses: the whole-host rules that match the peer, first match wins.
    std::string key;
    for (std::uint32_t r : whole_rules_)
      if (output_ ? d_.rule_dst(r, peer) : d_.rule_src(r, peer)) key += fmt::format("{},", r);
    auto [it, fresh] = overlays_.emplace(key, std::vector<decision::Segment>{});
    if (!fresh) return it->second;
    ServiceSet covered;
    for (std::uint32_t r : whole_rules_) {
      if (!(output_ ? d_.rule_dst(r, peer) : d_.rule_src(r, peer))) continue;
      const CompiledRule& cr = d_.rules()[r];
      ServiceSet mine = cr.keys.intersect(tcp_udp_keys());
      const ServiceSet fresh_keys = mine.subtract(covered);  // kept alive for the loop
      for (const auto& iv : fresh_keys.intervals())
        it->second.push_back(decision::Segment{iv.lo, iv.hi, cr.tier, r});
      covered = covered.unite(mine);
    }
    std::sort(it->second.begin(), it->second.end(),
              [](const decision::Segment& a, const decision::Segment& b) { return a.lo < b.lo; });
    return it->second;
  }

  /// The port lookup of one protocol from segments: (port range → rule chain) elements.
  std::vector<PortJump> jumps(const Chain& base, std::span<const decision::Segment> segs, Proto p) {
    const std::uint32_t lo_key = proto_base(p), hi_key = lo_key + proto_last(p);
    std::vector<PortJump> out;
    auto push = [&](std::uint32_t lo, std::uint32_t hi, std::string chain) {
      if (!out.empty() && out.back().chain == chain && out.back().hi + 1 == lo - lo_key) {
        out.back().hi = hi - lo_key;
        return;
      }
      out.push_back(PortJump{lo - lo_key, hi - lo_key, std::move(chain)});
    };
    for (const decision::Segment& seg : segs) {
      if (seg.rule == decision::kNoRule || !mapped(seg.tier)) continue;
      if (seg.hi < lo_key || seg.lo > hi_key) continue;
      const CompiledRule& cr = d_.rules()[seg.rule];
      ServiceSet piece = ServiceSet::range(std::max(seg.lo, lo_key), std::min(seg.hi, hi_key));
      auto [lk, fresh] = log_keys_.emplace(cr.id, ServiceSet{});
      if (fresh) lk->second = b_.log_keys_of(cr, e_);
      // Split at the logged keys: in key order, logged pieces jump to the logging chain.
      ServiceSet logged = piece.intersect(lk->second), quiet = piece.subtract(lk->second);
      std::vector<std::pair<decision::Segment, bool>> parts;
      for (const auto& iv : logged.intervals()) parts.push_back({{iv.lo, iv.hi}, true});
      for (const auto& iv : quiet.intervals()) parts.push_back({{iv.lo, iv.hi}, false});
      std::sort(parts.begin(), parts.end(),
                [](const auto& a, const auto& b) { return a.first.lo < b.first.lo; });
      for (const auto& [iv, log] : parts) push(iv.lo, iv.hi, b_.rule_chain(base, cr, log, e_));
    }
    return out;
  }

  /// The peer group of class `peer` (creating its chain), or -1 when no TCP/UDP flow of
  /// the class is decided by a mapped rule.
  int group(const Chain& base, const std::vector<OwnPiece>& pieces, std::uint32_t peer) {
    // Classes with the same segments at every piece (most share a tier map) share a group.
    // Segment vectors are identified by their buffers, which stay put as long as the
    // Decision's tier-map cache and this lookup's overlays live (the vectors themselves
    // may move when the cache grows, so only the buffers are kept).
    std::vector<const decision::Segment*> ids;
    std::vector<std::span<const decision::Segment>> all;
    for (const OwnPiece& piece : pieces) {
      const std::vector<decision::Segment>& segs = segments(peer, piece);
      all.emplace_back(segs.data(), segs.size());
      ids.push_back(segs.empty() ? nullptr : segs.data());
    }
    auto [known, fresh_ids] = by_segments_.emplace(std::move(ids), -1);
    if (!fresh_ids) return known->second;
    known->second = make_group(base, pieces, all);
    return known->second;
  }

  int make_group(const Chain& base, const std::vector<OwnPiece>& pieces,
                 const std::vector<std::span<const decision::Segment>>& all) {
    Chain g;
    std::string key;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
      const std::span<const decision::Segment> segs = all[i];
      std::vector<PortJump> tcp = jumps(base, segs, Proto::Tcp);
      std::vector<PortJump> udp = jumps(base, segs, Proto::Udp);
      auto add = [&](std::vector<std::string> protos, std::vector<PortJump> els) {
        if (els.empty()) return;
        key += fmt::format("{}:{}:", i, match_key(pieces[i].match));
        for (const std::string& p : protos) key += p + ",";
        for (const PortJump& j : els) key += fmt::format("{}-{}>{};", j.lo, j.hi, j.chain);
        Rule r{pieces[i].match, ""};
        r.exprs.push_back(L4protoMatch{std::move(protos)});
        r.exprs.push_back(DportVmapStmt{std::move(els)});
        g.rules.push_back(std::move(r));
      };
      if (!tcp.empty() && tcp == udp) {
        add({"tcp", "udp"}, std::move(tcp));
      } else {
        add({"tcp"}, std::move(tcp));
        add({"udp"}, std::move(udp));
      }
      key += "|";
    }
    if (g.rules.empty()) return -1;
    auto [it, fresh] = groups_.emplace(key, static_cast<int>(names_.size()));
    if (fresh) {
      g.name = fmt::format("{}_g{}", Builder::chain_tag(base), names_.size());
      names_.push_back(b_.add_regular(std::move(g)));
    }
    return it->second;
  }

  /// Identifies a piece's address match (pieces without one are alike in both families).
  static std::string match_key(const std::vector<Expr>& match) {
    std::string out;
    for (const Expr& e : match) {
      const auto* m = std::get_if<AddrMatch>(&e);
      BH_ASSERT(m != nullptr && m->set.empty(), "own pieces match literal addresses");
      out +=
          fmt::format("{}{}{}", family_tag(m->family), m->dst ? "d" : "s", m->negated ? "!" : "=");
      for (const auto& iv : m->literal.intervals())
        out += format_element(m->family, iv.lo, iv.hi) + ",";
    }
    return out;
  }

  const Decision& d_;
  Builder& b_;
  std::uint32_t host_;
  bool output_;
  Enforcement e_;
  std::vector<std::uint32_t> classes_;
  bool whole_ = true;                       // every rule treats the host as a whole
  std::vector<std::uint32_t> whole_rules_;  // rules matching every listed address, by priority
  std::map<std::string, std::vector<decision::Segment>> overlays_;
  std::map<std::uint32_t, ServiceSet> log_keys_;
  std::map<std::string, int> groups_;                                 // behaviour → group
  std::map<std::vector<const decision::Segment*>, int> by_segments_;  // segments → group
  std::vector<std::string> names_;                                    // group → chain name
};

/// The rules every host chain starts with: loopback, and (inbound) packets that are not
/// addressed to this host at all (routed through it). The inbound chain runs at
/// prerouting, before any DNAT, so a packet to this host is judged by its original
/// destination even when another table (Docker, kube-proxy) forwards it to a container.
void host_preamble(Chain& c, bool output) {
  c.rules.push_back(Rule{{IfMatch{output, "lo"}, VerdictStmt{true}}, "bulkhead: loopback"});
  if (!output) {
    c.rules.push_back(
        Rule{{FibDaddrTypeMatch{true, {"local", "broadcast", "multicast"}}, VerdictStmt{true}},
             "bulkhead: not for this host - routed through it"});
  }
  c.rules.push_back(
      Rule{{CtStateMatch{{"invalid"}}, VerdictStmt{false}}, "bulkhead: invalid packets"});
}

/// `ct state established,related accept`: packets of connections the chain already let
/// through. Comes after the override-deny rules, so an emergency deny cuts live sessions.
Rule established_rule() {
  return Rule{{CtStateMatch{{"established", "related"}}, VerdictStmt{true}},
              "bulkhead: established flows"};
}

Enforcement zone_enforcement(const Decision& d, std::uint32_t z) {
  const decision::ZoneInfo& zi = d.zones()[z];
  if (zi.zone != nullptr && zi.zone->enforcement) return *zi.zone->enforcement;
  return d.model().settings.enforcement;
}

}  // namespace

bool check_expressible(const Decision& d, Diagnostics& diags) {
  Table scratch;
  Builder b(d, &scratch, &diags);
  bool ok = b.rate_ok();
  for (const CompiledRule& cr : d.rules()) ok = b.services_ok(cr) && ok;
  return ok;
}

std::string zone_table_name(const Decision& d, std::uint32_t zone) {
  return "bulkhead_zone_" + safe_name(d.zones()[zone].name, /*dots=*/false);
}

std::optional<Table> build_host(const Decision& d, std::uint32_t h, std::optional<Enforcement> mode,
                                Diagnostics& diags, const Layout& layout) {
  const policy::Host& host = d.model().hosts[h];
  const Enforcement e = mode ? *mode : d.host_enforcement(h);
  const bool audit = e == Enforcement::Audit;
  const AddrSet own_all = d.host_addresses(h);
  const std::vector<std::uint32_t> classes = d.host_classes(h);

  Table t;
  t.name = kHostTable;
  std::string addrs;
  for (const Addr& a : host.addresses) addrs += (addrs.empty() ? "" : ", ") + a.str();
  const std::string policy_name =
      d.model().name.empty() ? "(unnamed)" : sanitize_text(d.model().name, 80);
  t.header = {fmt::format("bulkhead: endpoint firewall of host {} ({})",
                          sanitize_text(host.name, 80), addrs),
              fmt::format("policy {}: inbound default {}, outbound default {}, mode {}",
                          policy_name, policy::default_name(d.host_inbound(h)),
                          policy::default_name(d.host_outbound(h)), policy::enforcement_name(e)),
              "Load with nft -f FILE: one transaction that replaces table inet bulkhead."};
  Builder b(d, &t, &diags);
  if (!b.rate_ok()) return std::nullopt;
  bool ok = true;

  for (bool output : {false, true}) {
    const DefaultAction dflt = output ? d.host_outbound(h) : d.host_inbound(h);
    Chain c;
    c.name = output ? "output" : "input";
    // Inbound runs at prerouting (after conntrack, before DNAT: see host_preamble).
    c.hook = output ? "output" : "prerouting";
    c.priority = output ? "filter" : "mangle";
    c.policy_accept = output ? dflt == DefaultAction::Allow || audit : true;
    b.add_chain_limit(c);
    host_preamble(c, output);
    // The host's own addresses a rule's `to` (input) or `from` (output) matches. A rule
    // that matches all of them treats the host as a whole: it carries no own-address
    // match, so it also decides packets for addresses the inventory does not list
    // (link-local, temporary IPv6, multicast, broadcast), in both families.
    auto own_of = [&](const CompiledRule& cr) {
      AddrSet own;
      for (std::size_t i = 0; i < host.addresses.size(); ++i) {
        bool hit = output ? d.rule_src(cr.id, classes[i]) : d.rule_dst(cr.id, classes[i]);
        if (hit) own.add(host.addresses[i]);
      }
      return own;
    };
    // The map form (lookups for TCP and UDP) when enough rules would otherwise be tried
    // one after the other. Enforced override-deny rules stay linear, before the
    // established rule, so that they cut live sessions.
    auto mapped = [&](Tier t) { return t != Tier::OverrideDeny || audit; };
    std::size_t candidates = 0;
    for (const CompiledRule& cr : d.rules()) {
      if (!mapped(cr.tier) || cr.keys.intersect(tcp_udp_keys()).empty()) continue;
      const AddrSet& peers = output ? d.rule_destinations(cr.id) : d.rule_sources(cr.id);
      if (!peers.empty() && !own_of(cr).empty()) ++candidates;
    }
    const bool use_map = candidates > 0 && candidates >= layout.map_min_rules;
    const ServiceSet rest = all_services().subtract(tcp_udp_keys());
    for (Tier tier : kTierOrder) {
      // Established packets are accepted after the override-deny rules (which then
      // match only packets in the connection's original direction, so a reply to an
      // allowed connection is never cut) and before every other rule. In audit mode
      // nothing is dropped, so override-deny rules stay after it.
      const bool cut_live = tier == Tier::OverrideDeny && !audit;
      if (tier == (audit ? Tier::OverrideDeny : Tier::Allow)) {
        c.rules.push_back(established_rule());
        if (use_map) HostLookup(d, b, h, output, e).emit(c);
      }
      for (const CompiledRule& cr : d.rules()) {
        if (cr.tier != tier) continue;
        // In the map form a rule with only TCP/UDP keys has nothing left to emit here.
        if (use_map && mapped(tier) && cr.keys.intersect(rest).empty()) continue;
        AddrSet own = own_of(cr);
        if (own.empty()) continue;
        const bool whole_host = own == own_all;
        const AddrSet& peers = output ? d.rule_destinations(cr.id) : d.rule_sources(cr.id);
        std::vector<FamilyPart> parts;
        for (Family f : kFamilies) {
          const AddrIntervals& own_f = own.of(f);
          const AddrIntervals& peer_f = peers.of(f);
          if ((own_f.empty() && !whole_host) || peer_f.empty()) continue;
          FamilyPart part{f, {}};
          std::optional<AddrMatch> own_m, peer_m;
          if (!whole_host) own_m = AddrMatch{f, !output, false, "", own_f};
          if (!whole_family(f, peer_f)) {
            peer_m = b.addr_match(
                f, output, peer_f,
                fmt::format("r{}_{}_{}", cr.id, output ? "dst" : "src", family_tag(f)));
          }
          // saddr before daddr, as nft lists them.
          std::optional<AddrMatch>& saddr = output ? own_m : peer_m;
          std::optional<AddrMatch>& daddr = output ? peer_m : own_m;
          if (saddr) part.addr.push_back(*saddr);
          if (daddr) part.addr.push_back(*daddr);
          parts.push_back(std::move(part));
        }
        std::vector<Expr> lead;
        if (cut_live) lead.push_back(CtDirectionMatch{});
        ok = b.emit_policy_rule(c, cr, parts, e, lead, use_map && mapped(tier) ? &rest : nullptr) &&
             ok;
      }
    }
    // A host with addresses in zones of different defaults: each listed address takes its
    // own zone's default (spec section 3); `dflt` (the first address's zone) stays the
    // default of the addresses the inventory does not list.
    AddrSet other;
    for (std::size_t i = 0; i < host.addresses.size(); ++i) {
      const decision::Class& cl = d.classes()[classes[i]];
      if ((output ? cl.out : cl.in) != dflt) other.add(host.addresses[i]);
    }
    const std::string deny_comment =
        sanitize_text(fmt::format("{}{} default deny of host {}", audit ? "audit: " : "",
                                  output ? "outbound" : "inbound", host.name),
                      kMaxComment);
    for (Family f : kFamilies) {
      if (other.of(f).empty()) continue;
      AddrMatch own{f, !output, false, "", other.of(f)};
      if (dflt == DefaultAction::Deny) {
        c.rules.push_back(Rule{
            {own, VerdictStmt{true}},
            sanitize_text(fmt::format("{} default allow of host {} addresses in its other zones",
                                      output ? "outbound" : "inbound", host.name),
                          kMaxComment)});
      } else {
        b.emit_default_deny(c, output ? "out" : "in", audit, deny_comment, {own});
      }
    }
    if (dflt == DefaultAction::Deny)
      b.emit_default_deny(c, output ? "out" : "in", audit, deny_comment);
    t.chains.push_back(std::move(c));
  }
  b.finish();
  if (!ok) return std::nullopt;
  return t;
}

std::optional<Table> build_zone(const Decision& d, std::uint32_t z, std::optional<Enforcement> mode,
                                Diagnostics& diags, const Layout& /*layout*/) {
  const decision::ZoneInfo& zi = d.zones()[z];
  const Enforcement e = mode ? *mode : zone_enforcement(d, z);
  const AddrSet& owned = zi.owned;

  Table t;
  t.name = zone_table_name(d, z);
  const std::string policy_name =
      d.model().name.empty() ? "(unnamed)" : sanitize_text(d.model().name, 80);
  t.header = {
      fmt::format("bulkhead: boundary firewall of zone {}", sanitize_text(zi.name, 80)),
      fmt::format("policy {}: judges flows with exactly one end in the zone; default deny, mode {}",
                  policy_name, policy::enforcement_name(e)),
      "Load with nft -f FILE on the router: one transaction that replaces this table only."};
  Builder b(d, &t, &diags);
  if (!b.rate_ok()) return std::nullopt;

  Chain c;
  c.name = "forward";
  c.hook = "forward";
  c.policy_accept = true;
  b.add_chain_limit(c);
  const bool audit = e == Enforcement::Audit;
  const std::string zname = sanitize_text(zi.name, 80);
  // A packet whose source could not have come in through the interface it arrived on is
  // spoofed (strict reverse-path check): without this, a packet from outside carrying a
  // source address inside the zone would pass as "both ends inside".
  c.rules.push_back(Rule{{FibRpfMissingMatch{}, CounterStmt{}, VerdictStmt{false}},
                         "bulkhead: spoofed source - no route back via the input interface"});
  c.rules.push_back(
      Rule{{CtStateMatch{{"invalid"}}, VerdictStmt{false}}, "bulkhead: invalid packets"});
  // Flows with both ends inside or both outside the zone do not cross its boundary.
  std::array<bool, 2> crossing_family{false, false};
  for (Family f : kFamilies) {
    const AddrIntervals& zf = owned.of(f);
    std::string note =
        sanitize_text(fmt::format("bulkhead: not crossing zone {}", zname), kMaxComment);
    if (zf.empty() || whole_family(f, zf)) {
      c.rules.push_back(Rule{{NfprotoMatch{f}, VerdictStmt{true}}, note});
      continue;
    }
    crossing_family[f == Family::V4 ? 0 : 1] = true;
    std::string set = b.set_for(f, zf, fmt::format("zone_{}", family_tag(f)));
    c.rules.push_back(Rule{{AddrMatch{f, false, false, set, {}}, AddrMatch{f, true, false, set, {}},
                            VerdictStmt{true}},
                           note});
    c.rules.push_back(Rule{
        {AddrMatch{f, false, true, set, {}}, AddrMatch{f, true, true, set, {}}, VerdictStmt{true}},
        note});
  }

  bool ok = true;
  for (Tier tier : kTierOrder) {
    const bool cut_live = tier == Tier::OverrideDeny && !audit;
    if (tier == (audit ? Tier::OverrideDeny : Tier::Allow)) c.rules.push_back(established_rule());
    for (const CompiledRule& cr : d.rules()) {
      if (cr.tier != tier) continue;
      const AddrSet& src = d.rule_sources(cr.id);
      const AddrSet& dst = d.rule_destinations(cr.id);
      std::vector<FamilyPart> parts;
      for (Family f : kFamilies) {
        if (!crossing_family[f == Family::V4 ? 0 : 1]) continue;
        const AddrIntervals& zf = owned.of(f);
        const AddrIntervals& sf = src.of(f);
        const AddrIntervals& df = dst.of(f);
        bool out_of_zone = !sf.intersect(zf).empty() && !df.subtract(zf).empty();
        bool into_zone = !sf.subtract(zf).empty() && !df.intersect(zf).empty();
        if (!out_of_zone && !into_zone) continue;
        FamilyPart part{f, {}};
        if (!whole_family(f, sf))
          part.addr.push_back(
              b.addr_match(f, false, sf, fmt::format("r{}_src_{}", cr.id, family_tag(f))));
        if (!whole_family(f, df))
          part.addr.push_back(
              b.addr_match(f, true, df, fmt::format("r{}_dst_{}", cr.id, family_tag(f))));
        parts.push_back(std::move(part));
      }
      std::vector<Expr> lead;
      if (cut_live) lead.push_back(CtDirectionMatch{});
      ok = b.emit_policy_rule(c, cr, parts, e, lead) && ok;
    }
  }
  b.emit_default_deny(
      c, "zone-" + zname, audit,
      sanitize_text(fmt::format("{}zone {} default deny", audit ? "audit: " : "", zname),
                    kMaxComment));
  t.chains.push_back(std::move(c));
  b.finish();
  if (!ok) return std::nullopt;
  return t;
}

}  // namespace bulkhead::targets::nftables
