// Matrix: group pairs × services, each cell merged from cached class-pair summaries.
#include "analysis/matrix.h"

#include <algorithm>
#include <unordered_map>

namespace bulkhead::analysis {

std::vector<MatrixGroup> make_groups(const decision::Decision& d, GroupBy by) {
  std::vector<MatrixGroup> out;
  switch (by) {
    case GroupBy::Zone: {
      for (std::size_t z = 0; z < d.zones().size(); ++z) {
        MatrixGroup g{d.zones()[z].name, {}, -1};
        for (const decision::Class& c : d.classes()) {
          if (c.zone != z) continue;
          if (c.is_host || z == decision::kInternetZone) g.classes.push_back(c.id);
        }
        if (!g.classes.empty()) out.push_back(std::move(g));
      }
      break;
    }
    case GroupBy::Class:
      for (const decision::Class& c : d.classes()) out.push_back(MatrixGroup{c.name, {c.id}, -1});
      break;
    case GroupBy::Host:
      for (std::size_t h = 0; h < d.model().hosts.size(); ++h) {
        std::vector<std::uint32_t> cls = d.host_classes(static_cast<std::uint32_t>(h));
        std::sort(cls.begin(), cls.end());
        cls.erase(std::unique(cls.begin(), cls.end()), cls.end());
        out.push_back(MatrixGroup{d.model().hosts[h].name, cls, static_cast<std::int32_t>(h)});
      }
      break;
  }
  return out;
}

Matrix compute_matrix(const decision::Decision& d, std::vector<policy::NamedService> services,
                      GroupBy by) {
  Matrix m;
  m.by = by;
  m.groups = make_groups(d, by);
  m.services = std::move(services);
  const std::uint64_t ncls = d.classes().size();
  // Judging by endpoint profile avoids building the points of every pair; by class, no
  // pair repeats, so summaries are not cached.
  const PairJudge judge(d);
  const bool cache_pairs = by != GroupBy::Class;
  std::unordered_map<std::uint64_t, PairSummary> cache;
  for (std::uint32_t gi = 0; gi < m.groups.size(); ++gi) {
    for (std::uint32_t gj = 0; gj < m.groups.size(); ++gj) {
      if (by == GroupBy::Host && gi == gj) continue;
      for (std::uint32_t si = 0; si < m.services.size(); ++si) {
        MatrixCell cell{gi, gj, si, {}};
        bool first = true;
        for (std::uint32_t s : m.groups[gi].classes) {
          for (std::uint32_t t : m.groups[gj].classes) {
            if (!cache_pairs) {
              merge_summary(&cell.summary, summarize_pair(d, s, t, m.services[si].keys, &judge),
                            first);
              first = false;
              continue;
            }
            std::uint64_t key = (static_cast<std::uint64_t>(s) * ncls + t) * m.services.size() + si;
            auto it = cache.find(key);
            if (it == cache.end())
              it = cache.emplace(key, summarize_pair(d, s, t, m.services[si].keys, &judge)).first;
            merge_summary(&cell.summary, it->second, first);
            first = false;
          }
        }
        m.cells.push_back(std::move(cell));
      }
    }
  }
  return m;
}

}  // namespace bulkhead::analysis
