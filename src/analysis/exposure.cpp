// exposure: the nine seed-table services against every inventory host class.
//
// A cell (service, destination class t) looks at every source class s with a flow to t
// and at every tier-map segment of (s, t) overlapping the service's keys:
//   - a reachable segment whose tier is `allow` is *allowed* (a rule says so);
//   - a reachable segment of any other tier is *exposed*: it gets through on a default
//     allow, because the destination is unmanaged, because points are in audit mode, or
//     through an enforcement gap;
//   - a cell with neither is *protected*.
// Pairs whose verdict mask reaches no tier are skipped in O(1), so under default-deny
// policies the cost is one mask test per class pair plus a walk of the few pairs with a
// reachable tier. Hosts are only counted (census), never enumerated.
#include "analysis/exposure.h"

#include <algorithm>

#include "analysis/counterexample.h"
#include "analysis/pair_summary.h"

namespace bulkhead::analysis {
namespace {

// "Many sources": a whole subnet's worth of plain addresses, or this many hosts.
constexpr u128 kManyAddresses = 256;
constexpr std::uint64_t kManyHosts = 25;

bool many(const Population& p) {
  return p.addresses >= kManyAddresses || p.hosts >= kManyHosts;
}

Risk grade_risk(Grade g, const Population& exposed, const Population& allowed, int weight) {
  const bool high_value = weight >= 4;
  switch (g) {
    case Grade::Exposed:
      if (exposed.internet) return Risk::Critical;
      if (many(exposed)) return high_value ? Risk::High : Risk::Medium;
      return high_value ? Risk::Medium : Risk::Low;
    case Grade::Allowed:
      if (allowed.internet) return Risk::High;
      if (allowed.addresses >= kManyAddresses) return Risk::Low;
      return Risk::Info;
    case Grade::Protected:
      return Risk::None;
  }
  return Risk::None;
}

struct Acc {
  explicit Acc(const Census& c) : allowed(c), exposed(c) {}
  PopulationBuilder allowed;
  PopulationBuilder exposed;
  std::vector<std::uint32_t> rules;
  std::uint8_t reasons = 0;
  std::optional<std::pair<std::uint32_t, std::uint32_t>> exposed_at;  // (source class, key)
  std::optional<std::pair<std::uint32_t, std::uint32_t>> allowed_at;
};

std::uint8_t exposure_reason(const decision::Decision& d, std::uint32_t s, std::uint32_t t,
                             const decision::Verdict& v) {
  const decision::Class& dst = d.classes()[t];
  if (dst.is_host && !dst.managed) return kUnmanaged;
  if (v.intended) return kDefaultAllow;
  for (const decision::Point& p : d.points(s, t))
    if (p.enforcement == policy::Enforcement::Audit) return kAudit;
  return kGap;
}

}  // namespace

std::string_view grade_name(Grade g) {
  switch (g) {
    case Grade::Protected:
      return "protected";
    case Grade::Allowed:
      return "allowed";
    case Grade::Exposed:
      return "exposed";
  }
  return "protected";
}

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

std::vector<std::string> reason_names(std::uint8_t reasons) {
  std::vector<std::string> out;
  if (reasons & kDefaultAllow) out.emplace_back("default-allow");
  if (reasons & kUnmanaged) out.emplace_back("unmanaged");
  if (reasons & kAudit) out.emplace_back("audit-mode");
  if (reasons & kGap) out.emplace_back("enforcement-gap");
  return out;
}

int service_weight(std::string_view name) {
  if (name == "smb" || name == "rdp") return 5;
  if (name == "winrm-http" || name == "winrm-https" || name == "rpc-epmap" || name == "rpc-dynamic")
    return 4;
  if (name == "netbios-ssn") return 3;
  if (name == "netbios-ns" || name == "netbios-dgm") return 2;
  return 1;
}

ExposureReport compute_exposure(const Context& ctx, std::vector<policy::NamedService> services) {
  const decision::Decision& d = ctx.d;
  ExposureReport r;
  r.services = std::move(services);
  for (const decision::Class& c : d.classes())
    if (c.is_host) r.classes.push_back(c.id);
  const std::size_t ns = r.services.size();
  std::vector<Acc> acc;
  acc.reserve(ns * r.classes.size());
  for (std::size_t i = 0; i < ns * r.classes.size(); ++i) acc.emplace_back(ctx.census);

  constexpr std::uint8_t kAnyReachable = 0x55;
  const auto ncls = static_cast<std::uint32_t>(d.classes().size());
  // The example's source: the first class seen, unless a later one holds inventory hosts
  // and the first does not (an attacker on a real host reads better than a free address).
  auto better_source = [&](const std::optional<std::pair<std::uint32_t, std::uint32_t>>& at,
                           std::uint32_t s) {
    return !at || (!d.classes()[at->first].is_host && d.classes()[s].is_host);
  };
  std::vector<FamilyKeys> service_keys;
  for (std::size_t i = 0; i < ns; ++i) service_keys.emplace_back(r.services[i].keys);
  for (std::size_t k = 0; k < r.classes.size(); ++k) {
    const std::uint32_t t = r.classes[k];
    for (std::uint32_t s = 0; s < ncls; ++s) {
      if ((ctx.judge.mask(s, t) & kAnyReachable) == 0 || !ctx.census.pair_has_flows(s, t)) continue;
      const decision::TierMap& map = d.tiers(s, t);
      for (std::size_t i = 0; i < ns; ++i) {
        Acc& a = acc[i * r.classes.size() + k];
        bool allowed = false, exposed = false;
        for_each_overlap(
            map, service_keys[i].of_pair(ctx.census, s, t),
            [&](const decision::Segment& seg, std::uint32_t lo, std::uint32_t) {
              decision::Verdict v = ctx.judge.verdict(s, t, seg);
              if (!v.reachable) return true;
              if (seg.tier == decision::Tier::Allow) {
                allowed = true;
                if (std::find(a.rules.begin(), a.rules.end(), seg.rule) == a.rules.end())
                  a.rules.push_back(seg.rule);
                if (better_source(a.allowed_at, s)) a.allowed_at = std::make_pair(s, lo);
              } else {
                exposed = true;
                a.reasons |= exposure_reason(d, s, t, v);
                if (better_source(a.exposed_at, s)) a.exposed_at = std::make_pair(s, lo);
              }
              return true;
            });
        if (allowed) a.allowed.add(s);
        if (exposed) a.exposed.add(s);
      }
    }
  }

  r.by_service.assign(ns, ServiceRollup{});
  std::vector<ClassRollup> by_class(r.classes.size());
  for (std::size_t k = 0; k < r.classes.size(); ++k) by_class[k].cls = r.classes[k];
  for (std::size_t i = 0; i < ns; ++i) {
    const int weight = service_weight(r.services[i].name);
    for (std::size_t k = 0; k < r.classes.size(); ++k) {
      Acc& a = acc[i * r.classes.size() + k];
      ExposureCell cell;
      cell.service = static_cast<std::uint32_t>(i);
      cell.dst_cls = r.classes[k];
      cell.allowed_sources = a.allowed.get();
      cell.exposed_sources = a.exposed.get();
      cell.grade = !a.exposed.empty()   ? Grade::Exposed
                   : !a.allowed.empty() ? Grade::Allowed
                                        : Grade::Protected;
      cell.risk = grade_risk(cell.grade, cell.exposed_sources, cell.allowed_sources, weight);
      std::sort(a.rules.begin(), a.rules.end());
      a.rules.erase(std::unique(a.rules.begin(), a.rules.end()), a.rules.end());
      cell.rules = std::move(a.rules);
      cell.reasons = a.reasons;
      const auto& at = cell.grade == Grade::Exposed ? a.exposed_at : a.allowed_at;
      if (at) cell.example = make_example(ctx.census, at->first, cell.dst_cls, at->second);

      const std::uint64_t hosts = ctx.census.population(cell.dst_cls).hosts;
      ServiceRollup& sr = r.by_service[i];
      (cell.grade == Grade::Exposed   ? sr.hosts_exposed
       : cell.grade == Grade::Allowed ? sr.hosts_allowed
                                      : sr.hosts_protected) += hosts;
      sr.worst = std::max(sr.worst, cell.risk);
      ClassRollup& cr = by_class[k];
      cr.worst_grade = std::max(cr.worst_grade, cell.grade);
      cr.worst = std::max(cr.worst, cell.risk);
      if (cell.grade == Grade::Exposed) cr.exposed_services.push_back(cell.service);
      r.cells.push_back(std::move(cell));
    }
  }

  PopulationBuilder all(ctx.census), protected_all(ctx.census), exposed_any(ctx.census);
  for (const ClassRollup& cr : by_class) {
    all.add(cr.cls);
    if (cr.worst_grade == Grade::Protected) protected_all.add(cr.cls);
    if (cr.worst_grade == Grade::Exposed) exposed_any.add(cr.cls);
  }
  r.hosts = all.get().hosts;
  r.hosts_fully_protected = protected_all.get().hosts;
  r.hosts_exposed = exposed_any.get().hosts;

  std::stable_sort(
      r.cells.begin(), r.cells.end(), [&](const ExposureCell& a, const ExposureCell& b) {
        if (a.risk != b.risk) return a.risk > b.risk;
        if (a.grade != b.grade) return a.grade > b.grade;
        int wa = service_weight(r.services[a.service].name);
        int wb = service_weight(r.services[b.service].name);
        if (wa != wb) return wa > wb;
        const Population& pa = a.grade == Grade::Exposed ? a.exposed_sources : a.allowed_sources;
        const Population& pb = b.grade == Grade::Exposed ? b.exposed_sources : b.allowed_sources;
        if (pa.addresses != pb.addresses) return pa.addresses > pb.addresses;
        if (pa.hosts != pb.hosts) return pa.hosts > pb.hosts;
        if (a.dst_cls != b.dst_cls) return a.dst_cls < b.dst_cls;
        return a.service < b.service;
      });
  std::stable_sort(by_class.begin(), by_class.end(),
                   [](const ClassRollup& a, const ClassRollup& b) {
                     if (a.worst != b.worst) return a.worst > b.worst;
                     if (a.worst_grade != b.worst_grade) return a.worst_grade > b.worst_grade;
                     return a.cls < b.cls;
                   });
  r.by_class = std::move(by_class);
  return r;
}

}  // namespace bulkhead::analysis
