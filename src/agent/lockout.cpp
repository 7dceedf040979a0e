// Lockout check: each session becomes one flow (client, local address, tcp, local port)
// judged at the inbound firewall of the host being applied.
//
// When the local address is one of the host's addresses, the Decision answers directly:
// the tier map of (class of client, class of that address) gives the tier and deciding
// rule, and the host's inbound point (its default and mode) gives the verdict. The
// rendered table matches the host's own address only where a rule covers some but not
// all of the host's addresses; a rule covering all of them carries no daddr match. So a
// local address outside the inventory (an extra address of the machine) is matched by
// exactly the rules whose `to` covers every host address of its family, which is what
// the second path computes with a scan of the rules. Cost: one tier-map lookup, or one
// pass over the rules, per session.
#include "agent/lockout.h"

#include <algorithm>

namespace bulkhead::agent {
namespace {

using decision::Decision;
using decision::Point;
using decision::PointKind;
using decision::Tier;

bool is_loopback(const Addr& a) {
  if (a.family == Family::V4) return (a.value >> 24) == 127;
  return a.value == 1;
}

// The deciding tier and rule for a destination address the host does not list: the
// strongest tier among rules that match the client's class, the port, and every one of
// the host's addresses of that family (lowest rule id within the tier, as rendered).
std::pair<Tier, std::uint32_t> unlisted_address_tier(const Decision& d, std::uint32_t host,
                                                     std::uint32_t client_cls, Family family,
                                                     std::uint32_t key) {
  const policy::Host& h = d.model().hosts[host];
  std::vector<std::uint32_t> own;
  std::vector<std::uint32_t> classes = d.host_classes(host);
  for (std::size_t i = 0; i < h.addresses.size(); ++i)
    if (h.addresses[i].family == family) own.push_back(classes[i]);
  Tier best = Tier::None;
  std::uint32_t rule = decision::kNoRule;
  if (own.empty()) return {best, rule};  // the table has no rule for this family
  for (const decision::CompiledRule& cr : d.rules()) {
    if (cr.tier <= best || !cr.keys.contains(key) || !d.rule_src(cr.id, client_cls)) continue;
    bool covers =
        std::all_of(own.begin(), own.end(), [&](std::uint32_t c) { return d.rule_dst(cr.id, c); });
    if (!covers) continue;
    best = cr.tier;
    rule = cr.id;
  }
  return {best, rule};
}

std::string yaml_selector_for(const Decision& d, const Addr& a) {
  const decision::Atom& atom = d.atom_of(a);
  if (atom.host != decision::kNoHost)
    return "{host: " + d.model().hosts[static_cast<std::size_t>(atom.host)].name + "}";
  if (a.family == Family::V4) return "{cidr: " + a.str() + "/32}";
  return "{cidr: \"" + a.str() + "/128\"}";
}

// Whether the anti-lockout rule (settings.management) would cover the port.
bool management_covers(const Decision& d, std::uint32_t key) {
  for (const char* name : {"ssh", "winrm-http", "winrm-https", "rdp"}) {
    const policy::Service* s = d.model().find_service(name);
    if (s != nullptr && s->keys().contains(key)) return true;
  }
  return false;
}

}  // namespace

std::vector<SessionCheck> check_sessions(const Decision& d, std::uint32_t host,
                                         std::optional<policy::Enforcement> mode,
                                         const std::vector<Session>& sessions,
                                         const std::vector<Addr>& local_addresses) {
  const policy::Host& h = d.model().hosts[host];
  std::vector<std::uint32_t> classes = d.host_classes(host);
  std::vector<SessionCheck> out;
  for (const Session& s : sessions) {
    SessionCheck c;
    c.session = s;
    auto here = [&](const Addr& a) {
      return std::find(local_addresses.begin(), local_addresses.end(), a) != local_addresses.end();
    };
    if (!is_loopback(s.local) && !here(s.local)) {
      c.elsewhere = true;
      out.push_back(std::move(c));
      continue;
    }
    if (is_loopback(s.client) || here(s.client) || s.client.family != s.local.family) {
      // Traffic from the machine to itself enters through `lo`, which the table accepts
      // first. (Mixed families cannot come out of the parsers; nothing to judge then.)
      c.loopback = true;
      out.push_back(std::move(c));
      continue;
    }
    std::uint32_t client_cls = d.class_of(s.client);
    std::uint32_t key = service_key(Proto::Tcp, s.local_port);
    auto own = std::find(h.addresses.begin(), h.addresses.end(), s.local);
    Point inbound{PointKind::HostInbound, 0, d.host_inbound(host),
                  mode.value_or(d.host_enforcement(host))};
    if (own != h.addresses.end()) {
      std::uint32_t local_cls = classes[static_cast<std::size_t>(own - h.addresses.begin())];
      const decision::Class& lc = d.classes()[local_cls];
      inbound.zone = lc.zone;
      inbound.fallback = lc.in;
      inbound.enforcement = mode.value_or(lc.enforcement);
      const decision::Segment& seg = Decision::segment_at(d.tiers(client_cls, local_cls), key);
      c.tier = seg.tier;
      c.rule = seg.rule;
    } else {
      std::tie(c.tier, c.rule) = unlisted_address_tier(d, host, client_cls, s.local.family, key);
    }
    c.blocked = !inbound.permits(c.tier);
    out.push_back(std::move(c));
  }
  return out;
}

std::string blocker_text(const Decision& d, std::uint32_t host, const SessionCheck& c) {
  if (c.rule == decision::kNoRule)
    return "the inbound default deny of host " + d.model().hosts[host].name;
  const policy::Rule& r = *d.rules()[c.rule].rule;
  return std::string(decision::tier_name(c.tier)) + " rule " + r.name + " @ " +
         d.model().artifact_line(r.loc);
}

std::string suggestion_text(const Decision& d, std::uint32_t host, const SessionCheck& c) {
  const std::string& name = d.model().hosts[host].name;
  std::string flow =
      c.session.client.str() + " -> host " + name + " tcp/" + std::to_string(c.session.local_port);
  if (c.tier == Tier::OverrideDeny) {
    return "no allow rule (not even settings.management) beats an override-deny: narrow rule " +
           d.rules()[c.rule].rule->name + " so that it no longer covers " + flow;
  }
  std::string out = "add an allow rule for " + flow + ", e.g. `{name: keep-admin-access, " +
                    "action: allow, from: " + yaml_selector_for(d, c.session.client) +
                    ", to: {host: " + name + "}, services: [tcp/" +
                    std::to_string(c.session.local_port) + "]}`";
  if (management_covers(d, service_key(Proto::Tcp, c.session.local_port)))
    out += d.model().settings.management
               ? ", or make settings.management match " + c.session.client.str()
               : ", or name the administrators' hosts in settings.management (ssh, WinRM and "
                 "RDP to every managed host)";
  return out;
}

bool holds_host_address(const Decision& d, std::uint32_t host,
                        const std::vector<Addr>& local_addresses) {
  for (const Addr& a : d.model().hosts[host].addresses)
    if (std::find(local_addresses.begin(), local_addresses.end(), a) != local_addresses.end())
      return true;
  return false;
}

}  // namespace bulkhead::agent
