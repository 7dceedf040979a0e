// Matrix: group pairs × services, each cell the merge of its class pairs' summaries.
//
// A cell is merge_summary over the summarize_pair of every (source class, destination
// class) pair of its two groups that has flows (Census::pair_has_flows: not a lone host
// with itself). That merge is commutative, associative and idempotent
// (a coverage stays when all agree and becomes `some` otherwise, gaps are or-ed, rule sets
// are united), so a cell depends only on the *set* of distinct pair summaries it merges.
// And a pair's summary depends only on its *behaviour*: its tier map (shared by every
// pair with the same matching rules) and its verdict mask (PairJudge: reachable/intended
// per tier, from both classes' enforcement profiles). 933² class pairs at 100,000 hosts
// have a few thousand behaviours.
//
// So each behaviour is summarised once per service, on first sight; a cell collects the
// distinct behaviours of its class pairs (stamped per cell, no allocation) and merges
// their summaries per service, uniting rule ids through a flag array over rules stamped
// per (cell, service) instead of allocating set_unions. Cost: one tier-map lookup and one
// hash probe per class pair of each cell (O(C²) in all by zone or class, where each pair
// falls in one cell), O(B · S) summaries for B behaviours and S services, and per cell
// O(S · (distinct behaviours + their rules)), plus sorting the cell's rules. Cells are
// handed out one at a time, so nothing grows with the number of cells.
#include "analysis/matrix.h"

#include <algorithm>
#include <unordered_map>

#include "analysis/findings.h"
#include "base/assert.h"

namespace bulkhead::analysis {

std::vector<MatrixGroup> make_groups(const decision::Decision& d, GroupBy by) {
  std::vector<MatrixGroup> out;
  switch (by) {
    case GroupBy::Zone: {
      for (std::size_t z = 0; z < d.zones().size(); ++z) {
        MatrixGroup g{d.zones()[z].name, {}, -1, false};
        for (const decision::Class& c : d.classes()) {
          if (c.zone != z) continue;
          if (c.is_host || z == decision::kInternetZone) g.classes.push_back(c.id);
        }
        // A zone of unregistered devices only (guest Wi-Fi) still appears: as its plain
        // address space. A zone with no address at all appears with no flows ("-").
        if (g.classes.empty() && z != decision::kInternetZone) {
          g.plain = true;
          for (const decision::Class& c : d.classes())
            if (c.zone == z) g.classes.push_back(c.id);
        }
        out.push_back(std::move(g));
      }
      break;
    }
    case GroupBy::Class:
      for (const decision::Class& c : d.classes())
        out.push_back(MatrixGroup{c.name, {c.id}, -1, false});
      break;
    case GroupBy::Host:
      for (std::size_t h = 0; h < d.model().hosts.size(); ++h) {
        std::vector<std::uint32_t> cls = d.host_classes(static_cast<std::uint32_t>(h));
        std::sort(cls.begin(), cls.end());
        cls.erase(std::unique(cls.begin(), cls.end()), cls.end());
        out.push_back(
            MatrixGroup{d.model().hosts[h].name, cls, static_cast<std::int32_t>(h), false});
      }
      break;
  }
  return out;
}

std::uint64_t matrix_cell_count(std::uint64_t groups, std::uint64_t services, GroupBy by) {
  const std::uint64_t pairs =
      by == GroupBy::Host && groups > 0 ? groups * (groups - 1) : groups * groups;
  return pairs * services;
}

namespace {

// The distinct behaviours of class pairs and their summaries for every service.
class Behaviours {
 public:
  Behaviours(const decision::Decision& d, const std::vector<policy::NamedService>& services)
      : d_(d), services_(services), judge_(d) {
    for (const policy::NamedService& svc : services) keys_.emplace_back(svc.keys);
  }

  /// The behaviour of a class pair whose flows have the families `fam` (bit 1: IPv4, bit
  /// 2: IPv6; ICMP keys exist in one family only), summarised on first sight.
  std::uint32_t of(std::uint32_t s, std::uint32_t t, std::uint8_t fam) {
    // Tier maps live as long as the Decision and are never changed; a map's segment
    // array stays where it is even when the Decision's list of maps grows (moving a
    // vector keeps its buffer), so its address names the map.
    const decision::TierMap& map = d_.tiers(s, t);
    const Key key{map.data(), judge_.mask(s, t), fam};
    auto [it, inserted] = ids_.emplace(key, static_cast<std::uint32_t>(ids_.size()));
    if (inserted) summarise(s, t, fam);
    return it->second;
  }

  struct Summary {
    Coverage reachable = Coverage::None;
    Coverage intended = Coverage::None;
    bool gap = false;
    std::uint32_t rules_begin = 0;  ///< into rules()
    std::uint32_t rules_end = 0;
  };
  const Summary& summary(std::uint32_t b, std::uint32_t service) const {
    return summaries_[static_cast<std::size_t>(b) * services_.size() + service];
  }
  const std::uint32_t* rules() const { return rules_.data(); }

 private:
  struct Key {
    const decision::Segment* map;
    std::uint8_t mask;
    std::uint8_t fam;
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    std::size_t operator()(const Key& k) const {
      return std::hash<const void*>()(k.map) ^ (static_cast<std::size_t>(k.mask) << 1) ^
             (static_cast<std::size_t>(k.fam) << 9);
    }
  };

  void summarise(std::uint32_t s, std::uint32_t t, std::uint8_t fam) {
    for (const FamilyKeys& fk : keys_) {
      const ServiceSet& keys = fam == 3 ? fk.all : fam == 1 ? fk.v4 : fk.v6;
      PairSummary p = keys.empty() ? PairSummary{} : summarize_pair(d_, s, t, keys, &judge_);
      Summary out{p.reachable, p.intended, p.gap, static_cast<std::uint32_t>(rules_.size()), 0};
      rules_.insert(rules_.end(), p.rules.begin(), p.rules.end());
      out.rules_end = static_cast<std::uint32_t>(rules_.size());
      summaries_.push_back(out);
    }
  }

  const decision::Decision& d_;
  const std::vector<policy::NamedService>& services_;
  std::vector<FamilyKeys> keys_;
  const PairJudge judge_;
  std::unordered_map<Key, std::uint32_t, KeyHash> ids_;
  std::vector<Summary> summaries_;  // behaviour × service
  std::vector<std::uint32_t> rules_;
};

}  // namespace

void for_each_cell(const decision::Decision& d, const std::vector<policy::NamedService>& services,
                   const std::vector<MatrixGroup>& groups, GroupBy by,
                   const std::function<void(const MatrixCell&)>& fn) {
  Behaviours behaviours(d, services);
  const Census census(d);           // which class pairs have flows at all
  std::vector<std::uint64_t> seen;  // behaviour → stamp of the last cell that met it
  std::vector<std::uint64_t> rule_seen(d.rules().size(), 0);  // rule → (cell, service) stamp
  std::uint64_t cell_stamp = 0, rule_stamp = 0;
  std::vector<std::uint32_t> distinct;  // the cell's behaviours
  MatrixCell cell;
  for (std::uint32_t gi = 0; gi < groups.size(); ++gi) {
    for (std::uint32_t gj = 0; gj < groups.size(); ++gj) {
      if (by == GroupBy::Host && gi == gj) continue;
      ++cell_stamp;
      distinct.clear();
      bool flows = false;
      for (std::uint32_t s : groups[gi].classes) {
        for (std::uint32_t t : groups[gj].classes) {
          // A lone host with itself (or a host's addresses among themselves) is no flow.
          const std::uint8_t fam =
              static_cast<std::uint8_t>((census.pair_has_flows(s, t, Family::V4) ? 1 : 0) |
                                        (census.pair_has_flows(s, t, Family::V6) ? 2 : 0));
          if (fam == 0) continue;
          flows = true;
          const std::uint32_t b = behaviours.of(s, t, fam);
          if (b >= seen.size()) seen.resize(static_cast<std::size_t>(b) + 1, 0);
          if (seen[b] == cell_stamp) continue;
          seen[b] = cell_stamp;
          distinct.push_back(b);
        }
      }
      cell.from = gi;
      cell.to = gj;
      cell.flows = flows;
      for (std::uint32_t si = 0; si < services.size(); ++si) {
        cell.service = si;
        PairSummary& out = cell.summary;
        out.reachable = out.intended = Coverage::None;
        out.gap = false;
        out.rules.clear();
        if (!distinct.empty()) {
          const Behaviours::Summary& first = behaviours.summary(distinct.front(), si);
          out.reachable = first.reachable;
          out.intended = first.intended;
          ++rule_stamp;
          for (std::uint32_t b : distinct) {
            const Behaviours::Summary& p = behaviours.summary(b, si);
            if (p.reachable != out.reachable) out.reachable = Coverage::Some;
            if (p.intended != out.intended) out.intended = Coverage::Some;
            out.gap |= p.gap;
            for (std::uint32_t i = p.rules_begin; i < p.rules_end; ++i) {
              const std::uint32_t r = behaviours.rules()[i];
              if (rule_seen[r] == rule_stamp) continue;
              rule_seen[r] = rule_stamp;
              out.rules.push_back(r);
            }
          }
          // One behaviour's rules are sorted already; several need sorting.
          if (distinct.size() > 1) std::sort(out.rules.begin(), out.rules.end());
        }
        fn(cell);
      }
    }
  }
}

Matrix compute_matrix(const decision::Decision& d, std::vector<policy::NamedService> services,
                      GroupBy by) {
  Matrix m;
  m.by = by;
  m.groups = make_groups(d, by);
  m.services = std::move(services);
  m.cells.reserve(matrix_cell_count(m.groups.size(), m.services.size(), by));
  for_each_cell(d, m.services, m.groups, by, [&m](const MatrixCell& c) { m.cells.push_back(c); });
  BH_ASSERT(m.cells.size() == matrix_cell_count(m.groups.size(), m.services.size(), by),
            "one cell per group pair and service");
  return m;
}

}  // namespace bulkhead::analysis
