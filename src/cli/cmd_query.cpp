// bulkhead query: the verdict on single flows or a stream of them (spec section 7).
// The batch path streams: one line in, one JSON line out, constant memory.
#include <cstdio>
#include <iostream>

#include "cli/common.h"
#include "decision/decision.h"
#include "decision/flow_text.h"

namespace bulkhead::cli {
namespace {

struct QueryOptions {
  std::vector<std::string> policy;
  std::string from;
  std::string to;
  std::string service;
  std::string flows;
};

// An address, or the first address of an inventory host named so.
std::optional<Addr> resolve_endpoint(const decision::Decision& d, const std::string& text) {
  if (auto a = parse_addr(text)) return a;
  std::int32_t h = d.find_host(text);
  if (h >= 0 && !d.model().hosts[static_cast<std::size_t>(h)].addresses.empty())
    return d.model().hosts[static_cast<std::size_t>(h)].addresses.front();
  return std::nullopt;
}

int run_batch(const decision::Decision& d, const std::string& path) {
  std::FILE* in = path == "-" ? stdin : std::fopen(path.c_str(), "r");
  if (in == nullptr) {
    usage_error("cannot open flows file " + path);
    return kBadInput;
  }
  const std::string name = path == "-" ? "<stdin>" : path;
  char* line = nullptr;
  std::size_t cap = 0;
  ssize_t len = 0;
  long lineno = 0;
  std::string out;
  out.reserve(1 << 17);
  int code = kOk;
  while ((len = getline(&line, &cap, in)) != -1) {
    ++lineno;
    std::string_view text(line, static_cast<std::size_t>(len));
    if (auto hash = text.find('#'); hash != std::string_view::npos) text = text.substr(0, hash);
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ' ||
                             text.back() == '\t'))
      text.remove_suffix(1);
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    if (text.empty()) continue;
    std::string why;
    auto flow = decision::parse_flow_csv(text, &why);
    if (!flow) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      std::fflush(stdout);
      std::cerr << name << ":" << lineno << ": error: " << why << '\n';
      code = kBadInput;
      break;
    }
    decision::append_verdict_json(d, *flow, d.query(*flow), &out);
    out.push_back('\n');
    if (out.size() > (1 << 16)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::free(line);
  if (in != stdin) std::fclose(in);
  return code;
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
  auto src = resolve_endpoint(*d, o.from);
  auto dst = resolve_endpoint(*d, o.to);
  if (!src || !dst) {
    usage_error("'" + (!src ? o.from : o.to) + "' is neither an address nor an inventory host");
    return kBadInput;
  }
  std::string svc = o.service;
  auto slash = svc.find('/');
  std::string proto = slash == std::string::npos ? svc : svc.substr(0, slash);
  std::string port = slash == std::string::npos ? "" : svc.substr(slash + 1);
  std::string line = src->str() + "," + dst->str() + "," + proto + "," + port;
  std::string why;
  auto flow = decision::parse_flow_csv(line, &why);
  if (!flow) {
    usage_error(why + " (--service takes tcp/PORT, udp/PORT, icmp or icmp/TYPE)");
    return kBadInput;
  }
  std::string out;
  decision::append_verdict_json(*d, *flow, d->query(*flow), &out);
  std::cout << out << '\n';
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
  sub->add_option("--service", o->service, "tcp/PORT, udp/PORT, icmp or icmp/TYPE (icmpv6/TYPE)");
  sub->add_option("--flows", o->flows, "CSV file of flows src,dst,proto,port (- for stdin)");
  sub->callback([o] { set_exit(run(*o)); });
}

}  // namespace bulkhead::cli
