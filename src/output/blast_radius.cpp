// The writers of `blast-radius`: one start's hops (hosts grouped by class in the table,
// so that 10,000 workstations read as one line) or the ranking. O(hosts reached × hops).
#include "output/blast_radius.h"

#include <map>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "output/analysis_text.h"
#include "output/json_text.h"

namespace bulkhead::output {
namespace {

const std::string& host_name(const decision::Decision& d, std::uint32_t h) {
  return d.model().hosts[h].name;
}

// Every service that opens a step: "smb tcp/445, rpc-epmap tcp/135".
std::string step_text(const analysis::CatalogKeys& cat, const ServiceSet& open) {
  return fmt::format("{}", fmt::join(analysis::step_services(cat, open), ", "));
}

// "ws-01 -[smb tcp/445]-> fs-01 -[rpc-epmap tcp/135, smb tcp/445]-> dc-01"
std::string path_text(const analysis::ReachGraph& g, const analysis::BlastResult& r,
                      std::uint32_t host) {
  const decision::Decision& d = g.context().d;
  std::vector<std::uint32_t> path = analysis::path_to(r, host);
  std::string out = r.start_host >= 0 ? std::string() : r.start_addr->str();
  for (std::size_t i = 0; i < path.size(); ++i) {
    if (i == 0 && r.start_host >= 0) {
      out = host_name(d, path[i]);
      continue;
    }
    out += fmt::format(" -[{}]-> {}", step_text(g.context().catalog, r.steps[r.step_of[path[i]]]),
                       host_name(d, path[i]));
  }
  return out;
}

std::uint32_t class_of_host(const analysis::ReachGraph& g, std::uint32_t h) {
  const std::vector<std::uint32_t>& nodes = g.host_nodes(h);
  return nodes.empty() ? 0 : g.nodes()[nodes.front()].cls;
}

void print_single_table(std::ostream& os, const decision::Decision& d,
                        const analysis::ReachGraph& g, const analysis::BlastResult& r,
                        const std::string& start, const std::string& services, int max_hops) {
  os << fmt::format("blast radius of {} over {}: {} host{} in {} hop{}{}\n", start, services,
                    analysis::count_text(r.total), r.total == 1 ? "" : "s", r.hops.size(),
                    r.hops.size() == 1 ? "" : "s",
                    r.stopped_by_max_hops
                        ? fmt::format(" (stopped at --max-hops {}; more are reachable)", max_hops)
                        : std::string());
  for (std::size_t i = 0; i < r.hops.size(); ++i) {
    os << fmt::format("\nhop {}: {} host{}\n", i + 1, r.hops[i].size(),
                      r.hops[i].size() == 1 ? "" : "s");
    // Group by class so that 10,000 workstations read as one line.
    std::map<std::uint32_t, std::vector<std::uint32_t>> by_class;
    for (const analysis::Reached& x : r.hops[i])
      by_class[class_of_host(g, x.host)].push_back(x.host);
    for (const auto& [cls, hosts] : by_class) {
      std::vector<std::string> names;
      for (std::size_t k = 0; k < hosts.size() && k < 6; ++k)
        names.push_back(host_name(d, hosts[k]));
      std::string more = hosts.size() > 6 ? fmt::format(" and {} more", hosts.size() - 6) : "";
      os << fmt::format("  {}{}  [{}]\n", fmt::join(names, ", "), more, d.classes()[cls].name);
      os << fmt::format("      path: {}\n", path_text(g, r, hosts.front()));
    }
  }
  os << "\n[...] is the hosts' class: hosts that behave alike, named by the labels they "
        "share and @zone\n(name#2: a second class with the same name); -[...]-> lists "
        "every service that opens the step.\nterms: docs/glossary.md\n";
}

void print_single_json(std::ostream& os, const decision::Decision& d, const analysis::ReachGraph& g,
                       const analysis::BlastResult& r, const std::string& services, int max_hops) {
  ojson out;
  if (r.start_host >= 0) {
    out["start"] = {
        {"host", host_name(d, static_cast<std::uint32_t>(r.start_host))},
        {"address",
         d.model().hosts[static_cast<std::size_t>(r.start_host)].addresses.front().str()}};
  } else {
    out["start"] = {{"host", nullptr}, {"address", r.start_addr->str()}};
  }
  out["services"] = services;
  out["max_hops"] = max_hops < 0 ? ojson() : ojson(max_hops);
  out["total"] = r.total;
  out["stopped_by_max_hops"] = r.stopped_by_max_hops;
  out["hops"] = ojson::array();
  for (std::size_t i = 0; i < r.hops.size(); ++i) {
    ojson hop = {{"hop", i + 1}, {"hosts", ojson::array()}};
    for (const analysis::Reached& x : r.hops[i]) {
      ojson j;
      j["host"] = host_name(d, x.host);
      j["class"] = d.classes()[class_of_host(g, x.host)].name;
      j["via"] = x.via >= 0 ? ojson(host_name(d, static_cast<std::uint32_t>(x.via))) : ojson();
      j["proto"] = std::string(proto_name(key_proto(x.key)));
      j["port"] =
          key_proto(x.key) == Proto::Icmp || key_proto(x.key) == Proto::Other ? 0 : key_port(x.key);
      std::vector<std::string> path;
      for (std::uint32_t h : analysis::path_to(r, x.host)) path.push_back(host_name(d, h));
      j["path"] = path;
      j["services"] = analysis::step_services(g.context().catalog, r.steps[x.step]);
      hop["hosts"].push_back(std::move(j));
    }
    out["hops"].push_back(std::move(hop));
  }
  os << json_text(out, 2) << '\n';
}

void print_ranking(std::ostream& os, const decision::Decision& d, const analysis::ReachGraph& g,
                   const std::vector<analysis::RankEntry>& ranking, std::size_t top,
                   const std::string& services, bool json) {
  if (json) {
    ojson out;
    out["services"] = services;
    out["ranking"] = ojson::array();
    std::size_t listed = 0;
    for (const analysis::RankEntry& e : ranking) {
      for (std::uint32_t h : e.hosts) {
        if (top > 0 && listed >= top) break;
        ++listed;
        out["ranking"].push_back({{"rank", listed},
                                  {"host", host_name(d, h)},
                                  {"class", d.classes()[class_of_host(g, h)].name},
                                  {"radius", e.radius},
                                  {"hops", e.hops}});
      }
    }
    os << json_text(out, 2) << '\n';
    return;
  }
  os << fmt::format(
      "blast radius over {}: hosts ranked by how many others an attacker "
      "on them reaches\n",
      services);
  os << fmt::format("  {:>4}  {:>8}  {:>4}  {}\n", "rank", "radius", "hops", "host [class]");
  std::size_t listed = 0;
  for (const analysis::RankEntry& e : ranking) {
    for (std::uint32_t h : e.hosts) {
      if (top > 0 && listed >= top) break;
      ++listed;
      os << fmt::format("  {:>4}  {:>8}  {:>4}  {} [{}]\n", listed, analysis::count_text(e.radius),
                        e.hops, host_name(d, h), d.classes()[class_of_host(g, h)].name);
    }
  }
  os << "\nradius: hosts reached, the start excluded; hops: steps until nothing new is "
        "reached;\n[...]: the host's class. terms: docs/glossary.md\n";
}

}  // namespace

void write_blast_radius(const analysis::BlastResult& r, const analysis::ReachGraph& g,
                        const std::string& start, Format f, const BlastOptions& o,
                        std::ostream& os) {
  const decision::Decision& d = g.context().d;
  if (f == Format::Json) {
    print_single_json(os, d, g, r, o.services, o.max_hops);
  } else {
    print_single_table(os, d, g, r, start, o.services, o.max_hops);
  }
}

void write_blast_ranking(const std::vector<analysis::RankEntry>& ranking,
                         const analysis::ReachGraph& g, Format f, const BlastOptions& o,
                         std::ostream& os) {
  print_ranking(os, g.context().d, g, ranking, o.top, o.services, f == Format::Json);
}

}  // namespace bulkhead::output
