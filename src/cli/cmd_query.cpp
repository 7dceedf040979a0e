// bulkhead query: the verdict on single flows or a stream of them (spec section 7).
// The batch path streams through the CSV flow reader (src/flows): one line in, one JSON
// line out, constant memory.
#include <sys/stat.h>

#include <cstdio>
#include <iostream>
#include <vector>

#include "cli/common.h"
#include "decision/decision.h"
#include "flows/csv.h"
#include "flows/reader.h"
#include "output/verdict_json.h"

namespace bulkhead::cli {

using output::append_verdict_json;
using output::query_flow;
namespace {

struct QueryOptions {
  std::vector<std::string> policy;
  std::string from;
  std::string to;
  std::string service;
  std::string flows;
};

// An address, or the addresses of an inventory host named so (empty: neither).
std::vector<Addr> endpoint_addresses(const decision::Decision& d, std::string_view text) {
  if (auto a = parse_addr(text)) return {*a};
  std::int32_t h = d.find_host(text);
  if (h >= 0) return d.model().hosts[static_cast<std::size_t>(h)].addresses;
  return {};
}

// The flow's two ends: the first pair of one family, in the order the hosts list their
// addresses (so a host named on one side takes its address of the other side's family).
// nullopt when the two sides share no family.
std::optional<std::pair<Addr, Addr>> pick_ends(const std::vector<Addr>& src,
                                               const std::vector<Addr>& dst) {
  for (const Addr& a : src)
    for (const Addr& b : dst)
      if (a.family == b.family) return std::make_pair(a, b);
  return std::nullopt;
}

int run_batch(const decision::Decision& d, const std::string& path) {
  if (path != "-") {
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
      usage_error("flows file " + path + " is a directory");
      return kBadInput;
    }
  }
  std::string out;
  out.reserve(1 << 17);
  flows::ReadOptions opts;
  opts.format = flows::Format::Csv;
  opts.strict = true;  // the first malformed line ends the run
  bool line_error = false;
  opts.on_error = [&](const flows::ReadError& e) {
    // Every earlier flow is answered once, then the error.
    line_error = true;
    std::fwrite(out.data(), 1, out.size(), stdout);
    out.clear();
    std::fflush(stdout);
    std::cerr << e.file << ":" << e.line << ": error: " << e.message << '\n';
  };
  // The first two fields may name inventory hosts.
  opts.resolve_name = [&d](std::string_view name) { return endpoint_addresses(d, name); };
  Result<flows::ReadStats> read = flows::read_flows({path}, opts, [&](const flows::Record& r) {
    // The CSV reader has checked families and protocols, so every record has its flow.
    const std::optional<decision::Flow> f = query_flow(r);
    if (!f) return;
    append_verdict_json(d, *f, d.query(*f), &out);
    out.push_back('\n');
    if (out.size() > (1 << 16)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  });
  std::fwrite(out.data(), 1, out.size(), stdout);
  if (read) return kOk;
  // A malformed line was reported as it came; an input that cannot be read is said here.
  if (!line_error) usage_error(read.error());
  return kBadInput;
}

int run(const QueryOptions& o) {
  auto model = load_policy(o.policy);
  if (!model) return kBadInput;
  auto d = decision::Decision::resolve(std::move(*model));
  if (!o.flows.empty()) {
    if (!o.from.empty() || !o.to.empty() || !o.service.empty()) {
      usage_error("--flows cannot be combined with --from/--to/--service");
      return kBadInput;
    }
    return run_batch(*d, o.flows);
  }
  if (o.from.empty() || o.to.empty() || o.service.empty()) {
    usage_error("query needs --from, --to and --service, or --flows FILE");
    return kBadInput;
  }
  const std::vector<Addr> srcs = endpoint_addresses(*d, o.from);
  const std::vector<Addr> dsts = endpoint_addresses(*d, o.to);
  if (srcs.empty() || dsts.empty()) {
    usage_error("'" + (srcs.empty() ? o.from : o.to) +
                "' is neither an address nor an inventory host with an address");
    return kBadInput;
  }
  std::optional<std::pair<Addr, Addr>> ends = pick_ends(srcs, dsts);
  if (!ends) {
    auto shown = [](const std::string& text, const std::vector<Addr>& addrs) {
      return parse_addr(text) ? "'" + text + "'" : "'" + text + "' (" + addrs.front().str() + ")";
    };
    usage_error(shown(o.from, srcs) + " and " + shown(o.to, dsts) +
                " are of different address families (IPv4 and IPv6)");
    return kBadInput;
  }
  const auto& [src, dst] = *ends;
  // The ports to ask about: the inline form, or the first port (type) of each range of a
  // catalog or custom service, one flow each.
  std::vector<std::pair<std::string, std::string>> asks;  // (proto, port)
  if (const policy::Service* svc = d->model().find_service(o.service)) {
    for (const policy::PortRange& r : svc->ports) {
      std::string text = policy::port_range_text(r);
      auto slash = text.find('/');
      std::string proto = slash == std::string::npos ? text : text.substr(0, slash);
      std::string port = slash == std::string::npos ? "" : std::to_string(r.lo);
      // ICMP ranges of the other family than the flow's have no flow to ask about.
      if ((proto == "icmp" && slash != std::string::npos && src.family != Family::V4) ||
          (proto == "icmpv6" && src.family != Family::V6))
        continue;
      asks.emplace_back(proto, port);
    }
    if (asks.empty()) {
      usage_error("service '" + o.service + "' has no port for " +
                  (src.family == Family::V4 ? "IPv4" : "IPv6") + " flows");
      return kBadInput;
    }
  } else {
    auto slash = o.service.find('/');
    asks.emplace_back(slash == std::string::npos ? o.service : o.service.substr(0, slash),
                      slash == std::string::npos ? "" : o.service.substr(slash + 1));
  }
  std::string out;
  for (const auto& [proto, port] : asks) {
    std::string line = src.str() + "," + dst.str() + "," + proto + "," + port;
    std::string why;
    flows::Record rec;
    std::optional<decision::Flow> flow;
    if (flows::parse_csv_flow(line, &rec, &why)) flow = query_flow(rec);
    if (!flow) {
      usage_error(why +
                  " (--service takes a catalog or custom service name such as smb, or tcp/PORT, "
                  "udp/PORT, icmp or icmp/TYPE)");
      return kBadInput;
    }
    append_verdict_json(*d, *flow, d->query(*flow), &out);
    out += '\n';
  }
  std::cout << out;
  return kOk;
}

}  // namespace

void add_query(CLI::App& app) {
  auto o = std::make_shared<QueryOptions>();
  CLI::App* sub = app.add_subcommand(
      "query", "the policy's verdict on one flow, or on every flow of a CSV stream");
  sub->add_option("policy", o->policy, "policy files or directories")->required();
  sub->add_option("--from", o->from, "source address or inventory host");
  sub->add_option("--to", o->to, "destination address or inventory host");
  sub->add_option("--service", o->service,
                  "a service name (smb: one flow per port range, at its first port), or "
                  "tcp/PORT, udp/PORT, icmp or icmp/TYPE (icmpv6/TYPE)");
  sub->add_option("--flows", o->flows,
                  "CSV file of flows src,dst,proto,port (- for stdin); src and dst may name "
                  "inventory hosts");
  sub->callback([o] { set_exit(run(*o)); });
}

}  // namespace bulkhead::cli
