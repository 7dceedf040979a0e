// bulkhead query: the verdict on single flows or a stream of them (spec section 7).
// The batch path streams: one line in, one JSON line out, constant memory.
#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <vector>

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

// A CSV flow line whose first two fields may name inventory hosts: the line with the
// hosts' addresses put in. Lines the substitution cannot help are returned unchanged, so
// that parse_flow_csv reports them.
std::string with_host_addresses(const decision::Decision& d, std::string_view line) {
  const std::size_t c1 = line.find(',');
  if (c1 == std::string_view::npos) return std::string(line);
  const std::size_t c2 = line.find(',', c1 + 1);
  if (c2 == std::string_view::npos) return std::string(line);
  auto trim = [](std::string_view f) {
    while (!f.empty() && (f.front() == ' ' || f.front() == '\t')) f.remove_prefix(1);
    while (!f.empty() && (f.back() == ' ' || f.back() == '\t')) f.remove_suffix(1);
    return f;
  };
  std::string_view src = trim(line.substr(0, c1)), dst = trim(line.substr(c1 + 1, c2 - c1 - 1));
  if (parse_addr(src) && parse_addr(dst)) return std::string(line);
  std::vector<Addr> s = endpoint_addresses(d, src), t = endpoint_addresses(d, dst);
  std::optional<std::pair<Addr, Addr>> ends = pick_ends(s, t);
  if (!ends) {
    // Report with the addresses a host stands for, or the text as written.
    std::string a = s.empty() ? std::string(src) : s.front().str();
    std::string b = t.empty() ? std::string(dst) : t.front().str();
    return a + "," + b + std::string(line.substr(c2));
  }
  return ends->first.str() + "," + ends->second.str() + std::string(line.substr(c2));
}

/// The longest flow line read (bytes, newline excluded): a CSV flow is under 100 bytes,
/// and a bound keeps the memory of the stream constant whatever the input.
constexpr std::size_t kMaxFlowLine = 4096;

int run_batch(const decision::Decision& d, const std::string& path) {
  if (path != "-") {
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
      usage_error("flows file " + path + " is a directory");
      return kBadInput;
    }
  }
  std::FILE* in = path == "-" ? stdin : std::fopen(path.c_str(), "r");
  if (in == nullptr) {
    usage_error("cannot open flows file " + path + ": " + std::strerror(errno));
    return kBadInput;
  }
  const std::string name = path == "-" ? "<stdin>" : path;
  std::string buf;
  buf.reserve(kMaxFlowLine + 1);
  long lineno = 0;
  std::string out;
  out.reserve(1 << 17);
  int code = kOk;
  auto fail = [&](const std::string& why) {
    // Every earlier flow is answered (once, by the write after the loop), then the error.
    std::fwrite(out.data(), 1, out.size(), stdout);
    out.clear();
    std::fflush(stdout);
    std::cerr << name << ":" << lineno << ": error: " << why << '\n';
    code = kBadInput;
  };
  // One line into `buf` (at most kMaxFlowLine bytes kept); false at the end of input.
  bool too_long = false, nul = false;
  auto read_line = [&]() {
    buf.clear();
    too_long = nul = false;
    int c = 0;
    bool any = false;
    while ((c = getc_unlocked(in)) != EOF) {
      any = true;
      if (c == '\n') return true;
      if (c == '\0') nul = true;
      if (buf.size() >= kMaxFlowLine) {
        too_long = true;  // stop here: the run ends with this line's error
        return true;
      }
      buf.push_back(static_cast<char>(c));
    }
    return any;
  };
  while (read_line()) {
    ++lineno;
    if (too_long) {
      fail("line longer than " + std::to_string(kMaxFlowLine) + " bytes");
      break;
    }
    if (nul) {
      fail("NUL byte in the line");
      break;
    }
    const std::size_t len = buf.size();
    std::string_view text(buf.data(), len);
    if (auto hash = text.find('#'); hash != std::string_view::npos) text = text.substr(0, hash);
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ' ||
                             text.back() == '\t'))
      text.remove_suffix(1);
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    if (text.empty()) continue;
    std::string why;
    const std::string resolved = with_host_addresses(d, text);
    auto flow = decision::parse_flow_csv(resolved, &why);
    if (!flow) {
      fail(why);
      break;
    }
    decision::append_verdict_json(d, *flow, d.query(*flow), &out);
    out.push_back('\n');
    if (out.size() > (1 << 16)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  }
  if (code == kOk && std::ferror(in)) {
    fail(std::string("cannot read: ") + std::strerror(errno));
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
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
    auto flow = decision::parse_flow_csv(line, &why);
    if (!flow) {
      usage_error(why +
                  " (--service takes a catalog or custom service name such as smb, or tcp/PORT, "
                  "udp/PORT, icmp or icmp/TYPE)");
      return kBadInput;
    }
    decision::append_verdict_json(*d, *flow, d->query(*flow), &out);
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
