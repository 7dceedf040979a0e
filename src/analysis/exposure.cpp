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
#include <map>
#include <unordered_map>

#include "analysis/counterexample.h"
#include "analysis/pair_summary.h"

namespace bulkhead::analysis {
namespace {

// The part of a cell one root cause explains: its sources and an example.
struct CausePart {
  explicit CausePart(const Census& c) : mix(c) {}
  SourceMix mix;
  bool closes = true;  // the cause's fix closes every flow of this part
  std::optional<std::pair<std::uint32_t, std::uint32_t>> at;  // (source class, key)
};

struct Acc {
  explicit Acc(const Census& c) : allowed(c), exposed(c) {}
  PopulationBuilder allowed;
  PopulationBuilder exposed;
  std::vector<std::uint32_t> rules;
  std::uint8_t reasons = 0;
  std::optional<std::pair<std::uint32_t, std::uint32_t>> exposed_at;  // (source class, key)
  std::optional<std::pair<std::uint32_t, std::uint32_t>> allowed_at;
  std::map<CauseKey, CausePart> parts;
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
  const RiskModel rm(ctx);
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
  // A cause's example starts where its risk comes from: the internet, then untrusted
  // zones, then inventory hosts (an attacker on a real host), then plain space.
  auto source_rank = [&](std::uint32_t s) {
    const std::uint32_t t = rm.tags(s);
    const int level = (t & kTagInternet) ? 3 : (t & kUntrustedTags) ? 2 : 0;
    return 2 * level + (d.classes()[s].is_host ? 1 : 0);
  };
  std::vector<FamilyKeys> service_keys;
  for (std::size_t i = 0; i < ns; ++i) service_keys.emplace_back(r.services[i].keys);
  // Per tier map: for each service and key variant (all, IPv4, IPv6, none), the tiers of
  // the segments overlapping the service. Maps are shared by many pairs, so each is walked
  // once and a pair whose reaching tiers occur on no service is skipped in O(1).
  std::unordered_map<const decision::TierMap*, std::vector<std::uint8_t>> map_tiers;
  auto tiers_of_map = [&](const decision::TierMap& map) -> const std::vector<std::uint8_t>& {
    auto [it, fresh] = map_tiers.try_emplace(&map);
    if (fresh) {
      std::vector<std::uint8_t>& v = it->second;
      v.assign(ns * 4 + 1, 0);
      for (std::size_t i = 0; i < ns; ++i) {
        const FamilyKeys& fk = service_keys[i];
        const ServiceSet* variants[] = {&fk.all, &fk.v4, &fk.v6, &fk.none};
        for (std::size_t k = 0; k < 4; ++k) {
          for_each_overlap(
              map, *variants[k], [&](const decision::Segment& seg, std::uint32_t, std::uint32_t) {
                v[i * 4 + k] |= static_cast<std::uint8_t>(1u << static_cast<int>(seg.tier));
                return true;
              });
          v[ns * 4] |= v[i * 4 + k];  // every service, every variant
        }
      }
    }
    return it->second;
  };
  // Towards one destination, a source's tier map follows from its source group: the
  // map's tiers are looked up once per (group, destination), not per class pair.
  std::uint32_t src_groups = 0;
  for (std::uint32_t s = 0; s < ncls; ++s) src_groups = std::max(src_groups, d.src_group(s) + 1);
  std::vector<const decision::TierMap*> group_map(src_groups);
  std::vector<const std::vector<std::uint8_t>*> group_tiers(src_groups);
  std::vector<std::size_t> group_seen(src_groups, ~std::size_t{0});  // destination index
  for (std::size_t k = 0; k < r.classes.size(); ++k) {
    const std::uint32_t t = r.classes[k];
    for (std::uint32_t s = 0; s < ncls; ++s) {
      if ((ctx.judge.mask(s, t) & kAnyReachable) == 0 || !ctx.census.pair_has_flows(s, t)) continue;
      const std::uint32_t g = d.src_group(s);
      if (group_seen[g] != k) {
        group_seen[g] = k;
        group_map[g] = &d.tiers(s, t);
        group_tiers[g] = &tiers_of_map(*group_map[g]);
      }
      const decision::TierMap& map = *group_map[g];
      // Count only the families in which s reaches t: an IPv6 peer cannot reach an
      // IPv4-only host.
      const std::uint8_t fams = ctx.census.pair_families(s, t);
      const std::uint8_t mask = ctx.judge.mask(s, t);
      std::uint8_t reach_tiers = 0;  // bit per tier whose segments reach t from s
      for (int tier = 0; tier < 4; ++tier)
        if (mask & (1u << (2 * tier))) reach_tiers |= static_cast<std::uint8_t>(1u << tier);
      const std::vector<std::uint8_t>& mt = *group_tiers[g];
      if ((mt[ns * 4] & reach_tiers) == 0) continue;
      const bool f4 = ctx.census.pair_has_flows(s, t, Family::V4);
      const bool f6 = ctx.census.pair_has_flows(s, t, Family::V6);
      const std::size_t variant = f4 && f6 ? 0 : f4 ? 1 : f6 ? 2 : 3;
      for (std::size_t i = 0; i < ns; ++i) {
        // A service no segment of a reaching tier overlaps: the walk would change nothing.
        if ((mt[i * 4 + variant] & reach_tiers) == 0) continue;
        const ServiceSet& keys = service_keys[i].of_pair(ctx.census, s, t);
        Acc& a = acc[i * r.classes.size() + k];
        bool allowed = false, exposed = false;
        std::vector<CauseKey> keys_here;
        for_each_overlap(
            map, keys, [&](const decision::Segment& seg, std::uint32_t lo, std::uint32_t) {
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
              const CauseKey key = cause_of(d, s, t, v);
              CausePart& part = a.parts.try_emplace(key, ctx.census).first->second;
              part.closes = part.closes && fix_closes(d, key, s, t);
              if (!part.at || source_rank(s) > source_rank(part.at->first))
                part.at = std::make_pair(s, lo);
              if (std::find(keys_here.begin(), keys_here.end(), key) == keys_here.end())
                keys_here.push_back(key);
              return true;
            });
        if (allowed) a.allowed.add(s, fams);
        if (exposed) a.exposed.add(s, fams);
        const decision::Class& sc = d.classes()[s];
        for (const CauseKey& key : keys_here) a.parts.at(key).mix.add(s, rm.tags(s), sc.zone, fams);
      }
    }
  }

  r.by_service.assign(ns, ServiceRollup{});
  std::vector<ClassRollup> by_class(r.classes.size());
  for (std::size_t k = 0; k < r.classes.size(); ++k) by_class[k].cls = r.classes[k];
  for (std::size_t i = 0; i < ns; ++i) {
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
      cell.risk = cell.grade == Grade::Protected ? Risk::None : Risk::Info;
      for (const auto& [key, part] : a.parts) {
        const Grading g = rm.grade(part.mix, cell.dst_cls, service_level(r.services[i].name),
                                   key.kind != CauseKind::AllowRule);
        std::optional<FlowExample> ex;
        if (part.at) ex = make_example(ctx.census, part.at->first, cell.dst_cls, part.at->second);
        cell.parts.push_back({key, make_evidence(d, g, part.mix, r.services[i].name, cell.dst_cls,
                                                 std::move(ex), part.closes)});
        cell.risk = std::max(cell.risk, g.risk());
      }
      std::stable_sort(
          cell.parts.begin(), cell.parts.end(),
          [](const CellCause& x, const CellCause& y) { return x.ev.score > y.ev.score; });
      if (!cell.parts.empty()) {
        cell.score = cell.parts.front().ev.score;
        cell.why = cell.parts.front().ev.why;
      }
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

  std::vector<std::size_t> order(r.cells.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    const ExposureCell& a = r.cells[x];
    const ExposureCell& b = r.cells[y];
    if (a.risk != b.risk) return a.risk > b.risk;
    if (a.score != b.score) return a.score > b.score;
    if (a.grade != b.grade) return a.grade > b.grade;
    int wa = service_weight(r.services[a.service].name);
    int wb = service_weight(r.services[b.service].name);
    if (wa != wb) return wa > wb;
    const Population& pa = a.grade == Grade::Exposed ? a.exposed_sources : a.allowed_sources;
    const Population& pb = b.grade == Grade::Exposed ? b.exposed_sources : b.allowed_sources;
    if (pa.addresses_v4 != pb.addresses_v4) return pa.addresses_v4 > pb.addresses_v4;
    if (pa.addresses_v6 != pb.addresses_v6) return pa.addresses_v6 > pb.addresses_v6;
    if (pa.hosts != pb.hosts) return pa.hosts > pb.hosts;
    if (a.dst_cls != b.dst_cls) return a.dst_cls < b.dst_cls;
    return a.service < b.service;
  });
  std::vector<ExposureCell> sorted;
  sorted.reserve(r.cells.size());
  for (std::size_t i : order) sorted.push_back(std::move(r.cells[i]));
  r.cells = std::move(sorted);

  // Root causes of the findings: every unruled part, and allow rules graded above info.
  CauseTable table(d);
  for (std::size_t pos = 0; pos < r.cells.size(); ++pos) {
    const ExposureCell& cell = r.cells[pos];
    if (!cell.finding()) continue;
    ++r.findings;
    for (const CellCause& p : cell.parts) {
      if (p.key.kind == CauseKind::AllowRule && p.ev.risk <= Risk::Info) continue;
      table.add(pos, p.key, p.ev);
    }
  }
  r.causes = table.finish();
  for (std::size_t c = 0; c < r.causes.size(); ++c)
    for (std::size_t f : r.causes[c].findings) r.cells[f].causes.push_back(c);

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
