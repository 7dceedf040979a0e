// bulkhead blast-radius: the hosts an attacker on one host (or address) reaches hop by hop
// over a set of services, with a path to each; or, with --all, every host ranked by that
// number (computed once per class). Informational: exit 0 unless the input is bad.
// Cost: load and resolve, the class graph, one search (or one per start group with --all);
// output O(hosts reached × hops), written by output/blast_radius.h.
#include <iostream>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "analysis/blast_radius.h"
#include "cli/analysis_output.h"
#include "cli/common.h"
#include "output/blast_radius.h"

namespace bulkhead::cli {
namespace {

struct BlastCmdOptions {
  std::vector<std::string> policy;
  std::string from;
  bool all = false;
  std::size_t top = 10;
  std::vector<std::string> services{"lateral-movement"};
  int max_hops = -1;
  std::string format;
};

int run(const BlastCmdOptions& o) {
  if (o.all == !o.from.empty()) {
    usage_error("blast-radius needs exactly one of --from HOST and --all");
    return kBadInput;
  }
  auto d = load_decision(o.policy);
  if (!d) return kBadInput;
  const auto named = resolve_services(d->model(), o.services);
  if (!named) return kBadInput;
  ServiceSet keys;
  for (const policy::NamedService& s : *named) keys = keys.unite(s.keys);
  const output::BlastOptions out{fmt::format("{}", fmt::join(o.services, ",")), o.max_hops, o.top};
  const output::Format format = format_of(o.format);
  analysis::Context ctx(*d);
  analysis::ReachGraph g(ctx, keys);
  if (o.all) {
    const std::vector<analysis::RankEntry> ranking =
        analysis::rank_blast_radius(g, o.max_hops, o.top);
    output::write_blast_ranking(ranking, g, format, out, std::cout);
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
      start = fmt::format("{} ({})", d->model().hosts[static_cast<std::size_t>(atom.host)].name,
                          a->str());
    } else {
      r = analysis::blast_radius_from_address(g, *a, o.max_hops);
      start = fmt::format("{} [{}]", a->str(), d->classes()[atom.cls].name);
    }
  } else {
    usage_error("--from: no host or address named " + o.from);
    return kBadInput;
  }
  output::write_blast_radius(r, g, start, format, out, std::cout);
  return kOk;
}

}  // namespace

void add_blast_radius(CLI::App& app) {
  auto o = std::make_shared<BlastCmdOptions>();
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
