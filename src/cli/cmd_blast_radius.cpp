// bulkhead blast-radius: the hosts an attacker on one host (or address) reaches hop by hop
// over a set of services, with a path to each; or, with --all, every host ranked by that
// number (computed once per class). Informational: exit 0 unless the input is bad.
// Cost: load and resolve, the class graph, one search (or one per start group with --all);
// output O(hosts reached × hops).
#include <iostream>
#include <map>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "analysis/blast_radius.h"
#include "cli/analysis_output.h"
#include "cli/common.h"
#include "cli/json_text.h"
#include "policy/catalog.h"

namespace bulkhead::cli {
namespace {

struct BlastOptions {
  std::vector<std::string> policy;
  std::string from;
  bool all = false;
  std::size_t top = 10;
  std::vector<std::string> services{"lateral-movement"};
  int max_hops = -1;
  std::string format;
};

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

void print_single_table(const decision::Decision& d, const analysis::ReachGraph& g,
                        const analysis::BlastResult& r, const std::string& start,
                        const std::string& services, int max_hops) {
  std::cout << fmt::format(
      "blast radius of {} over {}: {} host{} in {} hop{}{}\n", start, services,
      analysis::count_text(r.total), r.total == 1 ? "" : "s", r.hops.size(),
      r.hops.size() == 1 ? "" : "s",
      r.stopped_by_max_hops
          ? fmt::format(" (stopped at --max-hops {}; more are reachable)", max_hops)
          : std::string());
  for (std::size_t i = 0; i < r.hops.size(); ++i) {
    std::cout << fmt::format("\nhop {}: {} host{}\n", i + 1, r.hops[i].size(),
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
      std::cout << fmt::format("  {}{}  [{}]\n", fmt::join(names, ", "), more,
                               d.classes()[cls].name);
      std::cout << fmt::format("      path: {}\n", path_text(g, r, hosts.front()));
    }
  }
  std::cout << "\n[...] is the hosts' class: hosts that behave alike, named by the labels they "
               "share and @zone\n(name#2: a second class with the same name); -[...]-> lists "
               "every service that opens the step.\nterms: docs/glossary.md\n";
}

void print_single_json(const decision::Decision& d, const analysis::ReachGraph& g,
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
  std::cout << json_text(out, 2) << '\n';
}

void print_ranking(const decision::Decision& d, const analysis::ReachGraph& g,
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
    std::cout << json_text(out, 2) << '\n';
    return;
  }
  std::cout << fmt::format(
      "blast radius over {}: hosts ranked by how many others an attacker "
      "on them reaches\n",
      services);
  std::cout << fmt::format("  {:>4}  {:>8}  {:>4}  {}\n", "rank", "radius", "hops", "host [class]");
  std::size_t listed = 0;
  for (const analysis::RankEntry& e : ranking) {
    for (std::uint32_t h : e.hosts) {
      if (top > 0 && listed >= top) break;
      ++listed;
      std::cout << fmt::format("  {:>4}  {:>8}  {:>4}  {} [{}]\n", listed,
                               analysis::count_text(e.radius), e.hops, host_name(d, h),
                               d.classes()[class_of_host(g, h)].name);
    }
  }
  std::cout << "\nradius: hosts reached, the start excluded; hops: steps until nothing new is "
               "reached;\n[...]: the host's class. terms: docs/glossary.md\n";
}

int run(const BlastOptions& o) {
  if (o.all == !o.from.empty()) {
    usage_error("blast-radius needs exactly one of --from HOST and --all");
    return kBadInput;
  }
  auto d = load_decision(o.policy);
  if (!d) return kBadInput;
  ServiceSet keys;
  for (const std::string& text : o.services) {
    std::string why;
    auto named = policy::resolve_service_names(d->model(), text, &why);
    if (!named) {
      usage_error("--services: " + why);
      return kBadInput;
    }
    for (const policy::NamedService& s : *named) keys = keys.unite(s.keys);
  }
  const std::string services = fmt::format("{}", fmt::join(o.services, ","));
  analysis::Context ctx(*d);
  analysis::ReachGraph g(ctx, keys);
  if (o.all) {
    std::vector<analysis::RankEntry> ranking = analysis::rank_blast_radius(g, o.max_hops, o.top);
    print_ranking(*d, g, ranking, o.top, services, o.format == "json");
    return kOk;
  }
  analysis::BlastResult r;
  std::string start;
  std::int32_t h = d->find_host(o.from);
  if (h >= 0) {
    if (d->model().hosts[static_cast<std::size_t>(h)].addresses.empty()) {
      usage_error("host " + o.from + " has no address");
      return kBadInput;
    }
    r = analysis::blast_radius(g, static_cast<std::uint32_t>(h), o.max_hops);
    start = fmt::format("{} ({})", o.from,
                        d->model().hosts[static_cast<std::size_t>(h)].addresses.front().str());
  } else if (std::optional<Addr> a = parse_addr(o.from)) {
    const decision::Atom& atom = d->atom_of(*a);
    if (atom.host != decision::kNoHost) {
      r = analysis::blast_radius(g, static_cast<std::uint32_t>(atom.host), o.max_hops);
      start =
          fmt::format("{} ({})", host_name(*d, static_cast<std::uint32_t>(atom.host)), a->str());
    } else {
      r = analysis::blast_radius_from_address(g, *a, o.max_hops);
      start = fmt::format("{} [{}]", a->str(), d->classes()[atom.cls].name);
    }
  } else {
    usage_error("--from: no host or address named " + o.from);
    return kBadInput;
  }
  if (o.format == "json") {
    print_single_json(*d, g, r, services, o.max_hops);
  } else {
    print_single_table(*d, g, r, start, services, o.max_hops);
  }
  return kOk;
}

}  // namespace

void add_blast_radius(CLI::App& app) {
  auto o = std::make_shared<BlastOptions>();
  CLI::App* sub = app.add_subcommand(
      "blast-radius", "hosts an attacker on a host reaches hop by hop, or every host ranked");
  sub->add_option("policy", o->policy, "policy files or directories")->required();
  sub->add_option("--from", o->from, "the compromised host (name or address)");
  sub->add_flag("--all", o->all, "rank every host by blast radius");
  sub->add_option("--top", o->top, "with --all: how many hosts to list (0 = all)")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  sub->add_option("--services", o->services,
                  "services, groups or inline forms (default: lateral-movement)")
      ->delimiter(',');
  sub->add_option("--max-hops", o->max_hops, "stop after this many hops (default: unlimited)")
      ->check(CLI::NonNegativeNumber);
  add_format(sub, &o->format, {"table", "json"});
  sub->callback([o] { set_exit(run(*o)); });
}

}  // namespace bulkhead::cli
