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

#include <array>
#include <map>
#include <set>

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
  bool emit_policy_rule(Chain& c, const CompiledRule& cr, const std::vector<FamilyPart>& parts,
                        Enforcement e, const std::vector<Expr>& lead = {}) {
    if (parts.empty()) return true;
    if (!services_ok(cr)) return false;
    const policy::Rule& rule = *cr.rule;
    const bool drops = cr.tier != Tier::Allow;
    const bool audit = e == Enforcement::Audit;
    ServiceSet log_keys = audit && drops ? cr.keys : logged_keys(d_.model(), rule);
    std::string comment = sanitize_text(
        fmt::format("{} @ {}", rule.name, d_.model().artifact_line(rule.loc)), kMaxComment);
    std::string prefix = sanitize_text(
        fmt::format("bh {} r{} ", audit && drops ? "would-block" : policy::action_name(rule.action),
                    cr.id),
        kMaxLogPrefix);
    emit_pass(c, parts, log_keys, lead, {chain_limit(c), LogStmt{prefix}}, comment);
    emit_pass(c, parts, cr.keys, lead, {CounterStmt{}, VerdictStmt{!drops || audit}}, comment);
    return true;
  }

  /// The final rules of a chain whose default is deny: a rate-limited log naming the
  /// policy and the default, then a counted drop (in audit mode: would-block and accept).
  void emit_default_deny(Chain& c, const std::string& which, bool audit,
                         const std::string& comment) {
    std::string policy_name = d_.model().name.empty() ? "unnamed" : d_.model().name;
    std::string prefix = sanitize_text(
        fmt::format("bh {} default-{} {} ", audit ? "would-block" : "deny", which, policy_name),
        kMaxLogPrefix - 1);
    if (prefix.back() != ' ') prefix += ' ';
    c.rules.push_back(Rule{{chain_limit(c), LogStmt{prefix}}, comment});
    c.rules.push_back(Rule{{CounterStmt{}, VerdictStmt{audit}}, comment});
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
                                Diagnostics& diags) {
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
    for (Tier tier : kTierOrder) {
      // Established packets are accepted after the override-deny rules (which then
      // match only packets in the connection's original direction, so a reply to an
      // allowed connection is never cut) and before every other rule. In audit mode
      // nothing is dropped, so override-deny rules stay after it.
      const bool cut_live = tier == Tier::OverrideDeny && !audit;
      if (tier == (audit ? Tier::OverrideDeny : Tier::Allow)) c.rules.push_back(established_rule());
      for (const CompiledRule& cr : d.rules()) {
        if (cr.tier != tier) continue;
        // The host's own addresses this rule's `to` (input) or `from` (output) matches.
        // A rule that matches all of them treats the host as a whole: it carries no
        // own-address match, so it also decides packets for addresses the inventory does
        // not list (link-local, temporary IPv6, multicast, broadcast), in both families.
        AddrSet own;
        for (std::size_t i = 0; i < host.addresses.size(); ++i) {
          bool hit = output ? d.rule_src(cr.id, classes[i]) : d.rule_dst(cr.id, classes[i]);
          if (hit) own.add(host.addresses[i]);
        }
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
        ok = b.emit_policy_rule(c, cr, parts, e, lead) && ok;
      }
    }
    if (dflt == DefaultAction::Deny) {
      b.emit_default_deny(
          c, output ? "out" : "in", audit,
          sanitize_text(fmt::format("{}{} default deny of host {}", audit ? "audit: " : "",
                                    output ? "outbound" : "inbound", host.name),
                        kMaxComment));
    }
    t.chains.push_back(std::move(c));
  }
  if (!ok) return std::nullopt;
  return t;
}

std::optional<Table> build_zone(const Decision& d, std::uint32_t z, std::optional<Enforcement> mode,
                                Diagnostics& diags) {
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
  if (!ok) return std::nullopt;
  return t;
}

}  // namespace bulkhead::targets::nftables
