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
/// are not the whole protocol. An empty `protos` means "every protocol" (the `any` service).
struct ProtoGroup {
  std::vector<Proto> protos;
  std::optional<PortIntervals> ports;
};

PortIntervals ports_of(const ServiceSet& keys, Proto p) {
  PortIntervals out;
  std::uint32_t base = service_key(p, 0);
  const ServiceSet block = keys.intersect(whole_proto(p));  // kept alive for the loop
  for (const auto& iv : block.intervals()) out.add(iv.lo - base, iv.hi - base);
  return out;
}

/// Splits a key set into protocol groups; nullopt with `why` when nft cannot express it
/// exactly with the protocol matches bulkhead emits.
std::optional<std::vector<ProtoGroup>> proto_groups(const ServiceSet& keys, std::string* why) {
  std::vector<ProtoGroup> out;
  if (keys.empty()) return out;
  if (keys == all_services()) return std::vector<ProtoGroup>{ProtoGroup{}};
  if (!keys.intersect(whole_proto(Proto::Other)).empty()) {
    *why = "it covers protocols other than tcp, udp and icmp without covering every protocol";
    return std::nullopt;
  }
  ServiceSet icmp = keys.intersect(whole_proto(Proto::Icmp));
  if (!icmp.empty() && icmp != whole_proto(Proto::Icmp)) {
    *why = "it covers part of the ICMP block (ICMP flows carry no port)";
    return std::nullopt;
  }
  const PortIntervals all_ports = PortIntervals::range(0, kPortsPerProto - 1);
  PortIntervals tcp = ports_of(keys, Proto::Tcp);
  PortIntervals udp = ports_of(keys, Proto::Udp);
  ProtoGroup whole;
  if (tcp == all_ports) whole.protos.push_back(Proto::Tcp);
  if (udp == all_ports) whole.protos.push_back(Proto::Udp);
  if (!icmp.empty()) whole.protos.push_back(Proto::Icmp);
  if (!whole.protos.empty()) out.push_back(whole);
  bool tcp_part = !tcp.empty() && tcp != all_ports;
  bool udp_part = !udp.empty() && udp != all_ports;
  if (tcp_part && udp_part && tcp == udp) {
    out.push_back(ProtoGroup{{Proto::Tcp, Proto::Udp}, tcp});
  } else {
    if (tcp_part) out.push_back(ProtoGroup{{Proto::Tcp}, tcp});
    if (udp_part) out.push_back(ProtoGroup{{Proto::Udp}, udp});
  }
  return out;
}

bool has_icmp(const std::vector<ProtoGroup>& groups) {
  for (const ProtoGroup& g : groups)
    for (Proto p : g.protos)
      if (p == Proto::Icmp) return true;
  return false;
}

std::string l4_name(Proto p, Family f) {
  switch (p) {
    case Proto::Tcp:
      return "tcp";
    case Proto::Udp:
      return "udp";
    case Proto::Icmp:
      return f == Family::V4 ? "icmp" : "ipv6-icmp";
    case Proto::Other:
      break;
  }
  BH_ASSERT(false, "protocol groups hold tcp, udp and icmp only");
  return "";
}

void append_group(const ProtoGroup& g, Family f, std::vector<Expr>* out) {
  if (g.protos.empty()) return;
  L4protoMatch m;
  for (Proto p : g.protos) m.protos.push_back(l4_name(p, f));
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
    limit_ = LimitStmt{lr.count, lr.unit};
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
    bool ok = proto_groups(cr.keys, &why).has_value();
    if (ok) {
      what = "logged services";
      ok = proto_groups(logged_keys(d_.model(), *cr.rule), &why).has_value();
    }
    if (!ok && reported_.insert(cr.id).second) {
      diags_.error(cr.rule->loc,
                   fmt::format("rule '{}': nftables cannot express its {} exactly: {}",
                               cr.rule->name, what, why));
    }
    return ok;
  }

  /// Emits the nft rules of policy rule `cr` into `c`, one per family part and protocol
  /// group: first the verdict-less log rules, then the verdict rules.
  bool emit_policy_rule(Chain& c, const CompiledRule& cr, const std::vector<FamilyPart>& parts,
                        Enforcement e) {
    if (parts.empty()) return true;
    if (!services_ok(cr)) return false;
    const policy::Rule& rule = *cr.rule;
    const bool drops = cr.tier != Tier::Allow;
    const bool audit = e == Enforcement::Audit;
    std::string why;
    std::optional<std::vector<ProtoGroup>> verdict_groups = proto_groups(cr.keys, &why);
    ServiceSet log_keys = audit && drops ? cr.keys : logged_keys(d_.model(), rule);
    std::optional<std::vector<ProtoGroup>> log_groups = proto_groups(log_keys, &why);
    BH_ASSERT(verdict_groups && log_groups, "checked by services_ok");
    std::string comment = sanitize_text(
        fmt::format("{} @ {}", rule.name, d_.model().artifact_line(rule.loc)), kMaxComment);
    std::string prefix = sanitize_text(
        fmt::format("bh {} r{} ", audit && drops ? "would-block" : policy::action_name(rule.action),
                    cr.id),
        kMaxLogPrefix);
    emit_pass(c, parts, *log_groups, {limit_, LogStmt{prefix}}, comment);
    emit_pass(c, parts, *verdict_groups, {CounterStmt{}, VerdictStmt{!drops || audit}}, comment);
    return true;
  }

  /// A final would-block log + accept, for an audited default deny.
  void emit_audit_default(Chain& c, const std::string& comment) {
    c.rules.push_back(Rule{{limit_, LogStmt{"bh would-block default "}}, comment});
    c.rules.push_back(Rule{{CounterStmt{}, VerdictStmt{true}}, comment});
  }

 private:
  void emit_pass(Chain& c, const std::vector<FamilyPart>& parts,
                 const std::vector<ProtoGroup>& groups, const std::vector<Expr>& stmts,
                 const std::string& comment) {
    if (groups.empty()) return;
    // Both families with no address match and a family-neutral service: one rule serves
    // both (ICMP is spelled differently per family, so it never merges).
    bool merge =
        parts.size() == 2 && parts[0].addr.empty() && parts[1].addr.empty() && !has_icmp(groups);
    if (merge) {
      for (const ProtoGroup& g : groups) {
        Rule r{{}, comment};
        append_group(g, Family::V4, &r.exprs);
        r.exprs.insert(r.exprs.end(), stmts.begin(), stmts.end());
        c.rules.push_back(std::move(r));
      }
      return;
    }
    for (const FamilyPart& part : parts) {
      for (const ProtoGroup& g : groups) {
        Rule r{part.addr, comment};
        if (part.addr.empty()) r.exprs.push_back(NfprotoMatch{part.family});
        append_group(g, part.family, &r.exprs);
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

const std::vector<std::string> kNdTypes = {"nd-neighbor-solicit", "nd-neighbor-advert",
                                           "nd-router-solicit", "nd-router-advert"};

/// The rules every host chain starts with: loopback, conntrack, and IPv6 neighbour
/// discovery (link-scope, hop limit 255 so it cannot have been routed).
void host_preamble(Chain& c, bool output) {
  c.rules.push_back(Rule{{IfMatch{output, "lo"}, VerdictStmt{true}}, "bulkhead: loopback"});
  c.rules.push_back(Rule{{CtStateMatch{{"established", "related"}}, VerdictStmt{true}},
                         "bulkhead: established flows"});
  c.rules.push_back(
      Rule{{CtStateMatch{{"invalid"}}, VerdictStmt{false}}, "bulkhead: invalid packets"});
  c.rules.push_back(Rule{{Icmpv6TypeMatch{kNdTypes}, HoplimitMatch{255}, VerdictStmt{true}},
                         "bulkhead: ipv6 neighbour discovery"});
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
    c.hook = c.name;
    c.policy_accept = dflt == DefaultAction::Allow || audit;
    host_preamble(c, output);
    for (Tier tier : kTierOrder) {
      for (const CompiledRule& cr : d.rules()) {
        if (cr.tier != tier) continue;
        // The host's own addresses this rule's `to` (input) or `from` (output) matches.
        AddrSet own;
        for (std::size_t i = 0; i < host.addresses.size(); ++i) {
          bool hit = output ? d.rule_src(cr.id, classes[i]) : d.rule_dst(cr.id, classes[i]);
          if (hit) own.add(host.addresses[i]);
        }
        if (own.empty()) continue;
        const AddrSet& peers = output ? d.rule_destinations(cr.id) : d.rule_sources(cr.id);
        std::vector<FamilyPart> parts;
        for (Family f : kFamilies) {
          const AddrIntervals& own_f = own.of(f);
          const AddrIntervals& peer_f = peers.of(f);
          if (own_f.empty() || peer_f.empty()) continue;
          FamilyPart part{f, {}};
          std::optional<AddrMatch> own_m, peer_m;
          if (own_f != own_all.of(f)) own_m = AddrMatch{f, !output, false, "", own_f};
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
        ok = b.emit_policy_rule(c, cr, parts, e) && ok;
      }
    }
    if (audit && dflt == DefaultAction::Deny) {
      b.emit_audit_default(c, sanitize_text(fmt::format("audit: {} default deny of host {}",
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
  const std::string zname = sanitize_text(zi.name, 80);
  c.rules.push_back(Rule{{CtStateMatch{{"established", "related"}}, VerdictStmt{true}},
                         "bulkhead: established flows"});
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
  c.rules.push_back(
      Rule{{CtStateMatch{{"invalid"}}, VerdictStmt{false}}, "bulkhead: invalid packets"});

  bool ok = true;
  for (Tier tier : kTierOrder) {
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
      ok = b.emit_policy_rule(c, cr, parts, e) && ok;
    }
  }
  std::string dflt = sanitize_text(
      fmt::format("{}zone {} default deny", e == Enforcement::Audit ? "audit: " : "", zname),
      kMaxComment);
  if (e == Enforcement::Audit) {
    b.emit_audit_default(c, dflt);
  } else {
    c.rules.push_back(Rule{{CounterStmt{}, VerdictStmt{false}}, dflt});
  }
  t.chains.push_back(std::move(c));
  if (!ok) return std::nullopt;
  return t;
}

}  // namespace bulkhead::targets::nftables
