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

// An address, or the first address of an inventory host named so.
std::optional<Addr> resolve_endpoint(const decision::Decision& d, const std::string& text) {
  if (auto a = parse_addr(text)) return a;
  std::int32_t h = d.find_host(text);
  if (h >= 0 && !d.model().hosts[static_cast<std::size_t>(h)].addresses.empty())
    return d.model().hosts[static_cast<std::size_t>(h)].addresses.front();
  return std::nullopt;
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
    auto flow = decision::parse_flow_csv(text, &why);
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
