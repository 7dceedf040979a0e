// Root causes and risk grading (see root_cause.h and docs/analysis.md).
//
// Tags: one pass over the classes and their hosts' purposes, O(C + H). Grading a finding
// reads the union of its source classes' tags and its population (a census builder), so
// it costs O(source classes). Grouping is a map from cause to findings; naming a cause
// reads the model once per cause (O(H) for an unmanaged zone's devices).
#include "analysis/root_cause.h"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace bulkhead::analysis {
namespace {

std::uint32_t purpose_tags(const std::vector<std::string>& purposes) {
  std::uint32_t t = 0;
  for (const std::string& p : purposes) {
    if (p == "dmz") t |= kTagDmz;
    if (p == "wifi") t |= kTagWifi;
    if (p == "guest") t |= kTagGuest;
    if (p == "partner") t |= kTagPartner;
    if (p == "iot" || p == "network-devices") t |= kTagIot;
    if (p == "workstations") t |= kTagWorkstations;
    if (p == "domain-controllers") t |= kTagDomainControllers;
    if (p == "critical") t |= kTagCritical;
    if (p == "servers") t |= kTagServers;
    if (p == "management") t |= kTagManagement;
  }
  return t;
}

std::uint32_t zone_tags(const decision::ZoneInfo& z) {
  if (z.zone == nullptr) return kTagInternet;
  return purpose_tags(z.zone->purposes);
}

// "dmz, guest": the untrusted purposes of a tag set, in words.
std::vector<std::string> untrusted_words(std::uint32_t tags) {
  std::vector<std::string> out;
  if (tags & kTagInternet) out.emplace_back("the internet");
  if (tags & kTagDmz) out.emplace_back("the DMZ");
  if (tags & kTagGuest) out.emplace_back("guest networks");
  if (tags & kTagWifi) out.emplace_back("Wi-Fi");
  if (tags & kTagPartner) out.emplace_back("partners");
  if (tags & kTagIot) out.emplace_back("IoT devices");
  return out;
}

// "A, B and C".
std::string and_list(const std::vector<std::string>& items) {
  if (items.empty()) return {};
  if (items.size() == 1) return items.front();
  std::string out;
  for (std::size_t i = 0; i + 1 < items.size(); ++i) out += (i ? ", " : "") + items[i];
  return out + " and " + items.back();
}

constexpr std::uint64_t kManyHosts = 25;
constexpr u128 kManyAddresses = 256;

}  // namespace

std::string_view risk_name(Risk r) {
  switch (r) {
    case Risk::None:
      return "none";
    case Risk::Info:
      return "info";
    case Risk::Low:
      return "low";
    case Risk::Medium:
      return "medium";
    case Risk::High:
      return "high";
    case Risk::Critical:
      return "critical";
  }
  return "none";
}

std::string_view cause_kind_name(CauseKind k) {
  switch (k) {
    case CauseKind::Unmanaged:
      return "unmanaged-zone";
    case CauseKind::AuditMode:
      return "audit-mode";
    case CauseKind::DefaultAllow:
      return "default-allow";
    case CauseKind::AllowRule:
      return "allow-rule";
    case CauseKind::MissingRule:
      return "missing-rule";
  }
  return "unmanaged-zone";
}

int service_level(std::string_view s) {
  if (s == "smb" || s == "rdp" || s == "winrm-http" || s == "winrm-https" || s == "rpc-epmap" ||
      s == "rpc-dynamic")
    return 2;
  if (s == "netbios-ssn" || s == "netbios-ns" || s == "netbios-dgm") return 1;
  return 0;
}

Risk Grading::risk() const {
  const int s = score();
  if (s >= 10) return Risk::Critical;
  if (s >= 7) return Risk::High;
  if (s >= 5) return Risk::Medium;
  if (s >= 4) return Risk::Low;
  return Risk::Info;
}

void SourceMix::add(std::uint32_t cls, std::uint32_t tags, std::uint32_t zone,
                    std::uint8_t families) {
  pop_.add(cls, families);
  tags_ |= tags;
  common_ &= tags;
  if (tags & kTagWorkstations) ws_[zone] += census_->population(cls, families).hosts;
  auto it = std::lower_bound(zones_.begin(), zones_.end(), zone);
  if (it == zones_.end() || *it != zone) zones_.insert(it, zone);
}

RiskModel::RiskModel(const Context& ctx) : ctx_(ctx) {
  const decision::Decision& d = ctx.d;
  tags_.assign(d.classes().size(), 0);
  zone_hosts_.assign(d.zones().size(), 0);
  for (const decision::Class& c : d.classes()) {
    std::uint32_t t = zone_tags(d.zones()[c.zone]);
    if (!c.is_host) t |= kTagPlain;
    if (c.is_host && !c.managed) t |= kTagUnmanaged;
    for (std::uint32_t h : c.hosts) t |= purpose_tags(d.model().hosts[h].purposes);
    tags_[c.id] = t;
    zone_hosts_[c.zone] += ctx.census.population(c.id).hosts;
  }
}

Grading RiskModel::grade(const SourceMix& src, std::uint32_t dst, int service, bool unruled) const {
  Grading g;
  g.service = service;
  g.source_tags = src.tags();
  g.unruled = unruled;
  const std::uint32_t st = src.tags();
  const Population p = src.population();
  std::vector<std::string> why;
  if (st & kTagInternet) {
    g.source = 5;
  } else if (st & kUntrustedTags) {
    g.source = 3;
  }
  std::vector<std::string> untrusted = untrusted_words(st);
  if (!untrusted.empty()) why.push_back("from " + and_list(untrusted));
  bool whole_ws = false;
  for (const auto& [zone, hosts] : src.workstation_hosts())
    whole_ws |= zone_hosts_[zone] >= 2 && hosts >= zone_hosts_[zone];
  const bool broad = p.hosts >= kManyHosts || p.addresses_v4 >= kManyAddresses ||
                     p.addresses_v6 >= kManyAddresses || whole_ws;
  if (broad) {
    g.source = std::max(g.source, 2);
    if (!(st & kTagInternet))
      why.push_back(whole_ws ? "from a whole workstation zone" : "from " + population_text(p));
  } else if (g.source == 1 && (src.common_tags() & kTagManagement)) {
    g.source = 0;  // the policy declares these the administrators' hosts
    why.emplace_back("from management hosts only");
  }
  const std::uint32_t dt = tags_[dst];
  if (dt & kTagDomainControllers) {
    g.target = 2;
    why.emplace_back("to a domain controller");
  } else if (dt & kTagCritical) {
    g.target = 2;
    why.emplace_back("to a critical system");
  } else if (dt & (kTagServers | kTagManagement)) {
    g.target = 1;
    why.emplace_back(dt & kTagServers ? "to servers" : "to management");
  }
  if (service == 2) why.emplace_back("on a remote-execution service");
  if (service == 1) why.emplace_back("on NetBIOS");
  if (unruled) why.emplace_back("with no allow rule saying so");
  g.why = fmt::format("{}", fmt::join(why, ", "));
  return g;
}

CauseKey cause_of(const decision::Decision& d, std::uint32_t s, std::uint32_t t,
                  const decision::Verdict& v) {
  const decision::Class& src = d.classes()[s];
  const decision::Class& dst = d.classes()[t];
  if (v.tier == decision::Tier::Allow) return {CauseKind::AllowRule, v.rule};
  if (v.intended) return {CauseKind::DefaultAllow, dst.zone};
  for (const decision::Point& p : d.points(s, t)) {
    if (p.enforcement != policy::Enforcement::Audit) continue;
    // Where audit mode is set: a host's own key, else its zone's (or the zone firewall's),
    // else the settings; the fix points there.
    std::uint32_t zone = p.zone;
    if (p.kind != decision::PointKind::ZoneFirewall) {
      const decision::Class& c = p.kind == decision::PointKind::HostInbound ? dst : src;
      const std::uint32_t h = c.hosts.empty() ? 0 : c.hosts.front();
      if (!c.hosts.empty() && d.model().hosts[h].enforcement)
        return {CauseKind::AuditMode, kAuditHostBit | h};
      zone = c.zone;
    }
    const decision::ZoneInfo& z = d.zones()[zone];
    return {CauseKind::AuditMode, z.zone != nullptr && z.zone->enforcement ? zone : 0};
  }
  const bool dst_open = !dst.is_host || !dst.managed;
  return {CauseKind::Unmanaged, dst_open ? dst.zone : src.zone};
}

bool fix_closes(const decision::Decision& d, const CauseKey& key, std::uint32_t s,
                std::uint32_t t) {
  if (key.kind != CauseKind::Unmanaged) return true;
  // The fix for the internet or a firewalled zone (manage the devices, split the zone)
  // closes every flow; a new zone firewall only those with exactly one end in the zone.
  if (key.id == decision::kInternetZone || d.zones()[key.id].firewall) return true;
  return d.classes()[s].zone != d.classes()[t].zone;
}

CauseEvidence make_evidence(const decision::Decision& d, const Grading& g, const SourceMix& src,
                            std::string service, std::uint32_t dst_cls,
                            std::optional<FlowExample> example, bool closes) {
  CauseEvidence ev;
  ev.score = g.score();
  ev.risk = g.risk();
  ev.why = g.why;
  ev.service = std::move(service);
  ev.dst_cls = dst_cls;
  ev.sources = sources_text(d, src);
  ev.population = src.population();
  ev.management_only = g.source == 0;
  for (std::uint32_t z : src.zones())
    if (zone_tags(d.zones()[z]) & (kUntrustedTags | kTagInternet))
      ev.untrusted_zones.push_back(d.zones()[z].name);
  ev.example = std::move(example);
  ev.closes = closes;
  return ev;
}

void CauseTable::add(std::size_t finding, const CauseKey& key, const CauseEvidence& ev) {
  Acc& a = acc_[key];
  if (a.findings.find(finding) == a.findings.end()) ++causes_per_finding_[finding];
  const bool first = a.findings.empty();
  bool& closed = a.findings[finding];
  closed = closed || ev.closes;
  // The riskiest evidence; on a tie the one with the most sources (it says the most).
  const Population& mine = a.top_population;
  const Population& p = ev.population;
  const bool more = p.hosts != mine.hosts                 ? p.hosts > mine.hosts
                    : p.addresses_v4 != mine.addresses_v4 ? p.addresses_v4 > mine.addresses_v4
                                                          : p.addresses_v6 > mine.addresses_v6;
  if (first || ev.score > a.rc.score || (ev.score == a.rc.score && more)) {
    a.top_population = ev.population;
    a.rc.score = ev.score;
    a.rc.risk = ev.risk;
    a.rc.why = ev.why;
    a.rc.top_dst = ev.dst_cls;
    a.rc.top_sources = ev.sources;
    a.rc.untrusted_zones = ev.untrusted_zones;
    a.rc.management_only = ev.management_only;
    a.rc.example = ev.example;
  }
  auto it = std::find_if(a.services.begin(), a.services.end(),
                         [&](const auto& p) { return p.second == ev.service; });
  if (it == a.services.end()) {
    a.services.emplace_back(ev.score, ev.service);
  } else {
    it->first = std::max(it->first, ev.score);
  }
}

std::vector<RootCause> CauseTable::finish() const {
  const decision::Decision& d = d_;
  const policy::Model& m = d.model();
  std::vector<RootCause> out;
  for (const auto& [key, a] : acc_) {
    RootCause rc = a.rc;
    rc.key = key;
    rc.findings.clear();
    for (const auto& [f, closed] : a.findings) {
      rc.findings.push_back(f);
      if (closed && causes_per_finding_.at(f) == 1) {
        ++rc.closes;
      } else {
        ++rc.remain;
      }
    }
    std::vector<std::pair<int, std::string>> svc = a.services;
    std::stable_sort(svc.begin(), svc.end(),
                     [](const auto& x, const auto& y) { return x.first > y.first; });
    for (const auto& s : svc) rc.services.push_back(s.second);
    std::vector<std::string> shown(rc.services.begin(),
                                   rc.services.begin() + std::min<std::size_t>(4, svc.size()));
    std::string services = fmt::format("{}", fmt::join(shown, ", "));
    if (svc.size() > 4) services += fmt::format(" and {} more", svc.size() - 4);
    const std::string dst = d.classes()[rc.top_dst].name;
    switch (key.kind) {
      case CauseKind::Unmanaged: {
        const decision::ZoneInfo& z = d.zones()[key.id];
        std::vector<std::string> devices;
        for (const decision::Class& c : d.classes()) {
          if (c.zone != key.id || !c.is_host || c.managed) continue;
          for (std::uint32_t h : c.hosts) devices.push_back(m.hosts[h].name);
        }
        std::sort(devices.begin(), devices.end());
        devices.erase(std::unique(devices.begin(), devices.end()), devices.end());
        std::string names = devices.empty()
                                ? std::string("unregistered addresses")
                                : fmt::format("{} unmanaged device{} ({})", devices.size(),
                                              devices.size() == 1 ? "" : "s", and_list(devices));
        if (z.zone == nullptr) {
          rc.title = "addresses outside every zone: no enforcement point sees these flows";
          rc.fix = "declare a zone with `firewall: true` for these addresses, or manage the hosts";
          rc.loc = m.files.empty() ? SourceLoc{"policy", 1, 1} : SourceLoc{m.files.front(), 1, 1};
        } else if (!z.firewall) {
          rc.title = fmt::format("{} in zone {}, which has no zone firewall", names, z.name);
          rc.fix = fmt::format("mark the zone {} `firewall: true`", z.name);
          if (rc.remain > 0)
            rc.fix += fmt::format(
                "; flows between devices inside the zone ({} finding{}) stay open unless they "
                "are managed or split into zones of their own",
                rc.remain, rc.remain == 1 ? "" : "s");
          rc.loc = z.zone->loc;
        } else {
          rc.title = fmt::format("{} in zone {}: its firewall does not see flows inside the zone",
                                 names, z.name);
          rc.fix =
              "manage the devices (an endpoint firewall) or split them into zones of their own";
          rc.loc = z.zone->loc;
        }
        break;
      }
      case CauseKind::AuditMode: {
        if (key.id & kAuditHostBit) {
          const policy::Host& h = m.hosts[key.id & ~kAuditHostBit];
          rc.title = fmt::format("host {} in audit mode (`enforcement: audit`)", h.name);
          rc.fix = fmt::format(
              "set `enforcement: enforce` on host {} once its log shows "
              "nothing it needs would be dropped",
              h.name);
          rc.loc = h.loc;
        } else if (key.id != 0) {
          const decision::ZoneInfo& z = d.zones()[key.id];
          rc.title = fmt::format("zone {} in audit mode (`enforcement: audit`)", z.name);
          rc.fix = fmt::format(
              "set `enforcement: enforce` on zone {} once its hosts' logs show "
              "nothing they need would be dropped",
              z.name);
          rc.loc = z.zone->loc;
        } else {
          rc.title = "enforcement points in audit mode (settings `enforcement: audit`)";
          rc.fix =
              "set `enforcement: enforce` in settings once the logs show nothing needed "
              "would be dropped";
          rc.loc = m.settings.loc;
        }
        break;
      }
      case CauseKind::DefaultAllow: {
        const decision::ZoneInfo& z = d.zones()[key.id];
        if (z.zone != nullptr && z.zone->default_inbound == policy::DefaultAction::Allow) {
          rc.title = fmt::format("zone {} admits by default (`default_inbound: allow`)", z.name);
          rc.fix = fmt::format(
              "set `default_inbound: deny` on zone {} and allow what it needs by rule", z.name);
          rc.loc = z.zone->loc;
        } else if (m.settings.default_inbound == policy::DefaultAction::Allow) {
          rc.title = "hosts admit by default (settings `default_inbound: allow`)";
          rc.fix = "set `default_inbound: deny` in settings and allow what is needed by rule";
          rc.loc = m.settings.loc;
        } else {
          rc.title = fmt::format(
              "hosts in zone {} admit by default (host `default_inbound: allow`)", z.name);
          rc.fix = "set `default_inbound: deny` on those hosts and allow what they need by rule";
          rc.loc = z.zone != nullptr ? z.zone->loc : m.settings.loc;
        }
        break;
      }
      case CauseKind::AllowRule: {
        const policy::Rule& r = *d.rules()[key.id].rule;
        rc.title =
            fmt::format("rule {} lets {} reach {} on {}", r.name, rc.top_sources, dst, services);
        if (!rc.untrusted_zones.empty()) {
          rc.fix = fmt::format(
              "narrow rule {}: take {} out of its `from` (give {} its own rule without {})", r.name,
              and_list(rc.untrusted_zones), rc.untrusted_zones.size() == 1 ? "it" : "them",
              services);
        } else if (rc.management_only) {
          rc.fix = fmt::format(
              "rule {} is an administrators' path: keep its `from` to hardened management hosts "
              "and log it; drop {} where they do not need it",
              r.name, services);
        } else {
          rc.fix = fmt::format("narrow rule {}: limit its `from` to the hosts that need {}", r.name,
                               services);
        }
        rc.loc = r.loc;
        break;
      }
      case CauseKind::MissingRule: {
        const policy::Expect& e = m.expects[key.id];
        rc.title = fmt::format("intent {} wants {} -> {} reachable; no rule allows all of it",
                               e.name, e.from.text, e.to.text);
        rc.fix =
            fmt::format("add an allow rule from {} to {} on {}", e.from.text, e.to.text, services);
        rc.loc = e.loc;
        break;
      }
    }
    out.push_back(std::move(rc));
  }
  std::stable_sort(out.begin(), out.end(), [](const RootCause& x, const RootCause& y) {
    if (x.score != y.score) return x.score > y.score;
    return x.findings.size() > y.findings.size();
  });
  return out;
}

std::string sources_text(const decision::Decision& d, const SourceMix& m) {
  std::string out = population_text(m.population());
  // Untrusted zones first: they are what the reader must see.
  std::vector<std::string> zones;
  for (int pass = 0; pass < 2; ++pass) {
    for (std::uint32_t z : m.zones()) {
      const bool untrusted = (zone_tags(d.zones()[z]) & (kUntrustedTags | kTagInternet)) != 0;
      if (untrusted == (pass == 0)) zones.push_back(d.zones()[z].name);
    }
  }
  if (zones.size() > 4) {
    zones.resize(4);
    zones.emplace_back("...");
  }
  return fmt::format("{} ({})", out, fmt::join(zones, ", "));
}

}  // namespace bulkhead::analysis
