// blast-radius: breadth-first search over the class graph, expanded to hosts.
//
// Nodes are (host class, family). A node is *full* when all its hosts are compromised.
// Because every address of a class behaves alike, an edge n → m fired by a node with at
// least one compromised host x reaches every host of m except possibly x itself, which
// is already compromised: so any fired edge makes its target full. Partial nodes exist
// only at the start (the attacker's host is one host of its class) and where a host has
// addresses in several nodes (dual-stack or multi-class hosts): when a node becomes full,
// the nodes sharing a host with it ("links") become sources too. Each node fires its
// edges once. One search costs O(hops · N/64) per fired node, O(N²/64) in all, plus
// O(H) to list hosts; the ranking counts hosts through start groups (hosts with the same
// nodes) instead of listing them: O(G · N²/64) for G groups.
#include "analysis/blast_radius.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "analysis/pair_summary.h"

namespace bulkhead::analysis {
namespace {

int slot(Family f) {
  return f == Family::V4 ? 0 : 1;
}

constexpr std::uint8_t kAnyReachable = 0x55;

// A bitset over nodes with the few operations the search needs.
struct Bits {
  std::vector<std::uint64_t> w;
  explicit Bits(std::size_t words) : w(words, 0) {}
  bool test(std::uint32_t i) const { return (w[i >> 6] >> (i & 63)) & 1u; }
  void set(std::uint32_t i) { w[i >> 6] |= std::uint64_t{1} << (i & 63); }
  void clear() { std::fill(w.begin(), w.end(), 0); }
};

template <typename Fn>
void for_each_bit(const std::vector<std::uint64_t>& w, Fn&& fn) {
  for (std::size_t i = 0; i < w.size(); ++i) {
    std::uint64_t x = w[i];
    while (x != 0) {
      int b = __builtin_ctzll(x);
      fn(static_cast<std::uint32_t>(i * 64 + static_cast<std::size_t>(b)));
      x &= x - 1;
    }
  }
}

}  // namespace

ReachGraph::ReachGraph(const Context& ctx, ServiceSet keys)
    : ctx_(ctx), keys_(std::move(keys)), fkeys_(keys_) {
  const decision::Decision& d = ctx.d;
  const std::size_t ncls = d.classes().size();
  node_index_.assign(ncls * 2, -1);
  std::vector<std::uint32_t> host_classes;
  for (const decision::Class& c : d.classes()) {
    if (!c.is_host) continue;
    host_classes.push_back(c.id);
    for (Family f : {Family::V4, Family::V6}) {
      if (!ctx.census.has_family(c.id, f)) continue;
      Node n{c.id, f, {}};
      for (std::uint32_t ai : c.atoms) {
        const decision::Atom& a = d.atoms()[ai];
        if (a.family == f && a.host != decision::kNoHost)
          n.hosts.push_back(static_cast<std::uint32_t>(a.host));
      }
      std::sort(n.hosts.begin(), n.hosts.end());
      n.hosts.erase(std::unique(n.hosts.begin(), n.hosts.end()), n.hosts.end());
      node_index_[c.id * 2 + static_cast<std::size_t>(slot(f))] =
          static_cast<std::int32_t>(nodes_.size());
      nodes_.push_back(std::move(n));
    }
  }
  const std::size_t nn = nodes_.size();
  words_ = (nn + 63) / 64;
  if (words_ == 0) words_ = 1;

  host_nodes_.assign(d.model().hosts.size(), {});
  for (std::uint32_t n = 0; n < nn; ++n)
    for (std::uint32_t h : nodes_[n].hosts) host_nodes_[h].push_back(n);
  links_.assign(nn, {});
  std::vector<std::uint32_t> single(nn, 0);
  std::map<std::vector<std::uint32_t>, std::uint32_t> multi;
  std::vector<std::vector<std::uint32_t>> single_hosts(nn);
  for (std::uint32_t h = 0; h < host_nodes_.size(); ++h) {
    const std::vector<std::uint32_t>& hn = host_nodes_[h];
    if (hn.empty()) continue;
    if (hn.size() == 1) {
      single_hosts[hn.front()].push_back(h);
      continue;
    }
    auto [it, inserted] = multi.emplace(hn, static_cast<std::uint32_t>(groups_.size()));
    if (inserted) {
      groups_.push_back(StartGroup{hn, {}});
      for (std::uint32_t a : hn)
        for (std::uint32_t b : hn)
          if (a != b) links_[a].push_back(b);
    }
    groups_[it->second].hosts.push_back(h);
  }
  for (std::uint32_t n = 0; n < nn; ++n) {
    std::sort(links_[n].begin(), links_[n].end());
    links_[n].erase(std::unique(links_[n].begin(), links_[n].end()), links_[n].end());
    if (!single_hosts[n].empty()) groups_.push_back(StartGroup{{n}, std::move(single_hosts[n])});
  }
  std::sort(groups_.begin(), groups_.end(), [](const StartGroup& a, const StartGroup& b) {
    return a.hosts.front() < b.hosts.front();
  });

  adj_.assign(nn * words_, 0);
  for (std::uint32_t s : host_classes) {
    for (std::uint32_t t : host_classes) {
      for (int fs = 0; fs < 2; ++fs) {
        std::int32_t a = node_index_[s * 2 + static_cast<std::size_t>(fs)];
        std::int32_t b = node_index_[t * 2 + static_cast<std::size_t>(fs)];
        if (a < 0 || b < 0) continue;
        if (!class_reaches(s, t, nodes_[static_cast<std::size_t>(a)].family)) continue;
        adj_[static_cast<std::size_t>(a) * words_ + (static_cast<std::uint32_t>(b) >> 6)] |=
            std::uint64_t{1} << (b & 63);
        ++edges_;
      }
    }
  }
}

bool ReachGraph::class_reaches(std::uint32_t s, std::uint32_t t, Family f) const {
  const ServiceSet& keys = fkeys_.of_family(f);
  if (keys.empty()) return false;
  const std::uint8_t mask = ctx_.judge.mask(s, t);
  if ((mask & kAnyReachable) == 0) return false;
  if ((mask & kAnyReachable) == kAnyReachable) return true;
  bool reach = false;
  for_each_overlap(ctx_.d.tiers(s, t), keys,
                   [&](const decision::Segment& seg, std::uint32_t, std::uint32_t) {
                     reach = ctx_.judge.reachable(s, t, seg.tier);
                     return !reach;
                   });
  return reach;
}

std::uint32_t ReachGraph::first_key(std::uint32_t s, std::uint32_t t, Family f) const {
  const ServiceSet& keys = fkeys_.of_family(f);
  std::uint32_t key = keys.empty() ? 0 : keys.intervals().front().lo;
  for_each_overlap(ctx_.d.tiers(s, t), keys,
                   [&](const decision::Segment& seg, std::uint32_t lo, std::uint32_t) {
                     if (!ctx_.judge.reachable(s, t, seg.tier)) return true;
                     key = lo;
                     return false;
                   });
  return key;
}

ServiceSet ReachGraph::reachable_keys(std::uint32_t s, std::uint32_t t, Family f) const {
  ServiceSet out;
  for_each_overlap(ctx_.d.tiers(s, t), fkeys_.of_family(f),
                   [&](const decision::Segment& seg, std::uint32_t lo, std::uint32_t hi) {
                     if (ctx_.judge.reachable(s, t, seg.tier)) out.add(lo, hi);
                     return true;
                   });
  return out;
}

std::vector<std::string> step_services(const CatalogKeys& cat, const ServiceSet& open) {
  // (lowest key, text) of each piece, sorted so that the step reads in port order.
  std::vector<std::pair<std::uint32_t, std::string>> pieces;
  ServiceSet rest = open;
  for (const auto& [name, keys] : cat.services) {
    if (keys.empty() || rest.intersect(keys).empty()) continue;
    if (open.intersect(keys) != keys) continue;  // only partly open: left to the ranges
    // One service's ports are joined by "+" ("rdp tcp/3389+udp/3389"): commas separate
    // services.
    std::string ports = format_services(keys);
    for (std::size_t at = ports.find(", "); at != std::string::npos; at = ports.find(", ", at))
      ports.replace(at, 2, "+");
    pieces.emplace_back(keys.intervals().front().lo, fmt::format("{} {}", name, ports));
    rest = rest.subtract(keys);
  }
  for (const auto& iv : rest.intervals())
    pieces.emplace_back(iv.lo, format_services(ServiceSet::range(iv.lo, iv.hi)));
  std::sort(pieces.begin(), pieces.end());
  std::vector<std::string> out;
  for (auto& p : pieces) out.push_back(std::move(p.second));
  return out;
}

std::vector<std::uint64_t> ReachGraph::row_of_class(std::uint32_t cls, Family f) const {
  std::vector<std::uint64_t> row(words_, 0);
  for (std::uint32_t m = 0; m < nodes_.size(); ++m) {
    if (nodes_[m].family != f) continue;
    if (class_reaches(cls, nodes_[m].cls, f)) row[m >> 6] |= std::uint64_t{1} << (m & 63);
  }
  return row;
}

namespace {

// The search shared by the single-start and ranking forms. `on_full(m, hop, source)` is
// called for every node that becomes full, with a frontier node whose edge reached it
// (or -1 for the plain-address start row).
template <typename OnFull>
int search(const ReachGraph& g, const std::vector<std::uint32_t>& start_nodes,
           const std::vector<std::uint64_t>* start_row, int max_hops, Bits& full, Bits& fired,
           bool* stopped, OnFull&& on_full) {
  const std::size_t words = g.words();
  std::vector<std::uint32_t> frontier = start_nodes;
  for (std::uint32_t n : frontier) fired.set(n);
  bool pseudo = start_row != nullptr;
  std::vector<std::uint64_t> next(words);
  int hop = 1;
  int last_hop = 0;
  *stopped = false;
  while (!frontier.empty() || pseudo) {
    std::fill(next.begin(), next.end(), 0);
    if (pseudo)
      for (std::size_t i = 0; i < words; ++i) next[i] |= (*start_row)[i];
    for (std::uint32_t n : frontier) {
      const std::uint64_t* r = g.row(n);
      for (std::size_t i = 0; i < words; ++i) next[i] |= r[i];
    }
    bool any = false;
    for (std::size_t i = 0; i < words; ++i) {
      next[i] &= ~full.w[i];
      any |= next[i] != 0;
    }
    if (!any) break;
    if (max_hops >= 0 && hop > max_hops) {
      *stopped = true;
      break;
    }
    std::vector<std::uint32_t> newly;
    for_each_bit(next, [&](std::uint32_t m) { newly.push_back(m); });
    for (std::uint32_t m : newly) full.set(m);
    for (std::uint32_t m : newly) {
      std::int32_t source = -1;
      for (std::uint32_t n : frontier) {
        if (g.edge(n, m)) {
          source = static_cast<std::int32_t>(n);
          break;
        }
      }
      on_full(m, hop, source);
    }
    last_hop = hop;
    std::vector<std::uint32_t> next_frontier;
    for (std::uint32_t m : newly) {
      if (!fired.test(m)) {
        fired.set(m);
        next_frontier.push_back(m);
      }
      for (std::uint32_t l : g.links(m)) {
        if (!fired.test(l)) {
          fired.set(l);
          next_frontier.push_back(l);
        }
      }
    }
    frontier = std::move(next_frontier);
    pseudo = false;
    ++hop;
  }
  return last_hop;
}

BlastResult run_single(const ReachGraph& g, std::int32_t start_host,
                       const std::vector<std::uint32_t>& start_nodes,
                       const std::vector<std::uint64_t>* start_row, std::uint32_t start_cls,
                       int max_hops) {
  const decision::Decision& d = g.context().d;
  BlastResult r;
  r.start_host = start_host;
  const std::size_t nh = d.model().hosts.size();
  r.via_of.assign(nh, -2);
  r.key_of.assign(nh, 0);
  r.step_of.assign(nh, 0);
  std::vector<int> hop_of(nh, -1);
  if (start_host >= 0) hop_of[static_cast<std::size_t>(start_host)] = 0;
  Bits full(g.words()), fired(g.words());
  std::vector<int> node_hop(g.nodes().size(), -1);
  // Witness: a compromised host of a node that fires before it is full.
  std::vector<std::int32_t> witness(g.nodes().size(), -1);
  for (std::uint32_t n : start_nodes) witness[n] = start_host;

  auto via_for = [&](std::int32_t source, std::uint32_t y, int hop) -> std::int32_t {
    if (source < 0) return -1;
    auto n = static_cast<std::uint32_t>(source);
    if (node_hop[n] >= 0 && node_hop[n] < hop) {
      for (std::uint32_t x : g.nodes()[n].hosts)
        if (x != y) return static_cast<std::int32_t>(x);
    }
    return witness[n];
  };

  bool stopped = false;
  search(g, start_nodes, start_row, max_hops, full, fired, &stopped,
         [&](std::uint32_t m, int hop, std::int32_t source) {
           node_hop[m] = hop;
           if (static_cast<std::size_t>(hop) > r.hops.size())
             r.hops.resize(static_cast<std::size_t>(hop));
           const std::uint32_t src_cls =
               source < 0 ? start_cls : g.nodes()[static_cast<std::size_t>(source)].cls;
           const std::uint32_t key = g.first_key(src_cls, g.nodes()[m].cls, g.nodes()[m].family);
           const auto step = static_cast<std::uint32_t>(r.steps.size());
           r.steps.push_back(g.reachable_keys(src_cls, g.nodes()[m].cls, g.nodes()[m].family));
           for (std::uint32_t y : g.nodes()[m].hosts) {
             if (hop_of[y] >= 0) continue;
             hop_of[y] = hop;
             std::int32_t via = via_for(source, y, hop);
             r.via_of[y] = via;
             r.key_of[y] = key;
             r.step_of[y] = step;
             r.hops[static_cast<std::size_t>(hop) - 1].push_back(Reached{y, via, key, step});
           }
           // Nodes sharing a host with m fire next; remember one compromised host of each.
           for (std::uint32_t l : g.links(m)) {
             if (witness[l] >= 0) continue;
             for (std::uint32_t x : g.nodes()[l].hosts) {
               if (hop_of[x] >= 0) {
                 witness[l] = static_cast<std::int32_t>(x);
                 break;
               }
             }
           }
         });
  r.stopped_by_max_hops = stopped;
  // A hop that reached only already-compromised hosts leaves an empty list; drop trailing
  // empties so that hops.size() is the depth at which the last new host was reached.
  while (!r.hops.empty() && r.hops.back().empty()) r.hops.pop_back();
  for (auto& hop : r.hops) {
    std::sort(hop.begin(), hop.end(),
              [](const Reached& a, const Reached& b) { return a.host < b.host; });
    r.total += hop.size();
  }
  return r;
}

}  // namespace

BlastResult blast_radius(const ReachGraph& g, std::uint32_t start_host, int max_hops) {
  const std::vector<std::uint32_t>& nodes = g.host_nodes(start_host);
  std::uint32_t cls = nodes.empty() ? 0 : g.nodes()[nodes.front()].cls;
  return run_single(g, static_cast<std::int32_t>(start_host), nodes, nullptr, cls, max_hops);
}

BlastResult blast_radius_from_address(const ReachGraph& g, const Addr& start, int max_hops) {
  const std::uint32_t cls = g.context().d.class_of(start);
  std::vector<std::uint64_t> row = g.row_of_class(cls, start.family);
  BlastResult r = run_single(g, -1, {}, &row, cls, max_hops);
  r.start_addr = start;
  return r;
}

std::vector<std::uint32_t> path_to(const BlastResult& r, std::uint32_t host) {
  std::vector<std::uint32_t> out;
  if (host >= r.via_of.size() || r.via_of[host] == -2) return out;
  std::int32_t cur = static_cast<std::int32_t>(host);
  while (cur >= 0) {
    out.push_back(static_cast<std::uint32_t>(cur));
    if (cur == r.start_host) break;
    cur = r.via_of[static_cast<std::size_t>(cur)];
  }
  if (r.start_host >= 0 && (out.empty() || out.back() != static_cast<std::uint32_t>(r.start_host)))
    out.push_back(static_cast<std::uint32_t>(r.start_host));
  std::reverse(out.begin(), out.end());
  return out;
}

std::vector<RankEntry> rank_blast_radius(const ReachGraph& g, int max_hops, std::size_t top) {
  const std::vector<ReachGraph::StartGroup>& groups = g.start_groups();
  // Host weight of each node for single-node groups; multi-node groups counted apart.
  std::vector<std::uint64_t> weight(g.nodes().size(), 0);
  std::vector<std::uint32_t> multi;
  for (std::uint32_t i = 0; i < groups.size(); ++i) {
    if (groups[i].nodes.size() == 1) {
      weight[groups[i].nodes.front()] += groups[i].hosts.size();
    } else {
      multi.push_back(i);
    }
  }
  std::vector<RankEntry> all;
  all.reserve(groups.size());
  Bits full(g.words()), fired(g.words());
  std::vector<int> node_hop(g.nodes().size(), -1);
  for (std::uint32_t gi = 0; gi < groups.size(); ++gi) {
    const ReachGraph::StartGroup& grp = groups[gi];
    full.clear();
    fired.clear();
    std::vector<std::uint32_t> touched;
    bool stopped = false;
    search(g, grp.nodes, nullptr, max_hops, full, fired, &stopped,
           [&](std::uint32_t m, int hop, std::int32_t) {
             node_hop[m] = hop;
             touched.push_back(m);
           });
    // A group's hosts are compromised at the first hop one of its nodes is full (the start
    // host at hop 0). The radius counts the hosts; the depth is the last first-hop.
    std::uint64_t count = 0;
    int depth = 0;
    auto group_hop = [&](const std::vector<std::uint32_t>& nodes) {
      int best = -1;
      for (std::uint32_t n : nodes)
        if (node_hop[n] >= 0 && (best < 0 || node_hop[n] < best)) best = node_hop[n];
      return best;
    };
    for (std::uint32_t m : touched) count += weight[m];
    for (std::uint32_t mi : multi)
      if (group_hop(groups[mi].nodes) >= 0) count += groups[mi].hosts.size();
    for (std::uint32_t m : touched) {
      std::uint64_t others = weight[m];
      if (grp.nodes.size() == 1 && grp.nodes.front() == m) --others;
      if (others > 0) depth = std::max(depth, node_hop[m]);
    }
    for (std::uint32_t mi : multi) {
      int h = group_hop(groups[mi].nodes);
      if (h >= 0 && (mi != gi || groups[mi].hosts.size() > 1)) depth = std::max(depth, h);
    }
    const bool self_counted = group_hop(grp.nodes) >= 0;
    for (std::uint32_t m : touched) node_hop[m] = -1;
    all.push_back(RankEntry{grp.hosts, count - (self_counted ? 1 : 0), depth});
  }
  std::stable_sort(all.begin(), all.end(), [](const RankEntry& a, const RankEntry& b) {
    if (a.radius != b.radius) return a.radius > b.radius;
    return a.hosts.front() < b.hosts.front();
  });
  if (top == 0) return all;
  std::vector<RankEntry> out;
  std::size_t listed = 0;
  for (RankEntry& e : all) {
    if (listed >= top) break;
    listed += e.hosts.size();
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace bulkhead::analysis
