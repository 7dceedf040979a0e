// New-connection rate through a rendered nftables ruleset, in network namespaces.
//
// A server allows 10,000 peers in 50 label groups through R rules; the measuring client is
// one of the peers and its rule is the last one. The benchmark (root only; it skips and
// says why otherwise) creates two fresh network namespaces joined by a veth pair
// (198.18.0.1 server, 198.18.1.50 client; never the machine's own namespace), renders the
// server's `table inet bulkhead` with bulkhead's library, loads it with `nft -f` inside the
// server namespace, and counts new TCP connections per second from the client namespace to
// a listener in the server namespace: one client thread, blocking connect() then close()
// with SO_LINGER 0 (a reset, so no TIME_WAIT), one accept thread. Each repetition measures
// the ruleset and, right after, the same loop with no table loaded (the "no firewall"
// rate), so `ratio` compares two runs seconds apart on this shared machine. Counters:
// conn_per_s, base_per_s (no firewall), ratio, load_ms (`nft -f` wall time), lines (of
// the rendered file).
//
//   build-bench/bench/bench_nft_conn --benchmark_repetitions=5
//
// Cases: `conntrack_only` (a table that only accepts established packets: the floor of any
// stateful ruleset), `one_rule` (the 10,000 peers in one rule), `linear/R` (one nft rule
// per policy rule, the form before the map form), `map/R` (peer map, port lookups, per-rule
// chains), and `file/NAME` for each file in BULKHEAD_BENCH_NFT_FILES (comma-separated).
// The namespaces are deleted at exit, also when a case fails.
#include <benchmark/benchmark.h>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sched.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>

#include <fmt/format.h>

#include "decision/decision.h"
#include "policy/loader.h"
#include "targets/nftables/render.h"

namespace {

using namespace bulkhead;
using Clock = std::chrono::steady_clock;

constexpr int kPeers = 10000;
constexpr int kGroups = 50;
constexpr int kClientPeer = kGroups - 1;  // the client is peer 49, in group g49
constexpr std::uint16_t kPort = 5201;
constexpr double kPhaseSeconds = 1.0;      // each measurement: at most this long ...
constexpr std::size_t kPhaseMax = 200000;  // ... or this many connections

/// Peer i's address: 198.18.1.1 onwards, 250 per /24; groups interleave (peer i is in
/// group i % 50), so no group is a contiguous range: 10,000 elements in any peer set.
std::string peer_addr(int i) {
  return fmt::format("198.18.{}.{}", 1 + i / 250, 1 + i % 250);
}

/// The policy: server 198.18.0.1, the peers (unmanaged), and `rules` rules. With one rule,
/// it allows every peer group on the listener's port. Otherwise rule k allows group
/// k % 49 on tcp/(10000 + k), and the last rule allows the client's group g49 on tcp/5201.
std::string policy_yaml(int rules) {
  std::string y =
      "bulkhead: 1\nname: conn-bench\nsettings:\n  default_inbound: deny\n"
      "  default_outbound: allow\nzones:\n  - {name: lab, cidrs: [198.18.0.0/15]}\nhosts:\n"
      "  - {name: server, address: 198.18.0.1, labels: {role: server}}\n";
  for (int i = 0; i < kPeers; ++i)
    y += fmt::format("  - {{name: p{}, address: {}, labels: {{grp: g{}}}, managed: false}}\n", i,
                     peer_addr(i), i % kGroups);
  y += "rules:\n";
  if (rules == 1) {
    std::string groups;
    for (int g = 0; g < kGroups; ++g) groups += fmt::format("{}g{}", g ? ", " : "", g);
    y += fmt::format(
        "  - {{name: all-peers, action: allow, from: {{grp: [{}]}}, to: {{role: server}}, "
        "services: [tcp/{}]}}\n",
        groups, kPort);
    return y;
  }
  for (int k = 0; k + 1 < rules; ++k)
    y += fmt::format(
        "  - {{name: r{}, action: allow, from: {{grp: g{}}}, to: {{role: server}}, "
        "services: [tcp/{}]}}\n",
        k, k % (kGroups - 1), 10000 + k);
  y += fmt::format(
      "  - {{name: client-rule, action: allow, from: {{grp: g{}}}, to: {{role: server}}, "
      "services: [tcp/{}]}}\n",
      kClientPeer % kGroups, kPort);
  return y;
}

int sh(const std::string& cmd) {
  return std::system((cmd + " >/dev/null 2>&1").c_str());
}

/// The two namespaces, created once and deleted at exit.
struct Lab {
  std::string srv = fmt::format("bh-bench-srv-{}", getpid());
  std::string cli = fmt::format("bh-bench-cli-{}", getpid());
  std::string error;
  int listen_fd = -1;
  std::thread acceptor;
  std::atomic<bool> stop{false};

  Lab() {
    if (geteuid() != 0) {
      error = "not root: network namespaces need CAP_SYS_ADMIN";
      return;
    }
    if (sh("command -v nft") != 0 || sh("command -v ip") != 0) {
      error = "nft and ip (iproute2) are needed";
      return;
    }
    const std::string s = "ip -n " + srv + " ", c = "ip -n " + cli + " ";
    if (sh("ip netns add " + srv) != 0 || sh("ip netns add " + cli) != 0 ||
        sh(s + "link add eth0 type veth peer name eth0 netns " + cli) != 0 ||
        sh(s + "addr add 198.18.0.1/15 dev eth0") != 0 ||
        sh(c + "addr add " + peer_addr(kClientPeer) + "/15 dev eth0") != 0 ||
        sh(s + "link set lo up") != 0 || sh(s + "link set eth0 up") != 0 ||
        sh(c + "link set lo up") != 0 || sh(c + "link set eth0 up") != 0) {
      error = "could not create the namespaces and the veth pair";
      return;
    }
    // The listener, created inside the server namespace by a thread that moved there.
    std::atomic<int> ready{0};
    acceptor = std::thread([this, &ready] {
      if (!enter(srv)) {
        ready = -1;
        return;
      }
      listen_fd = socket(AF_INET, SOCK_STREAM, 0);
      int one = 1;
      setsockopt(listen_fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
      sockaddr_in a{};
      a.sin_family = AF_INET;
      a.sin_port = htons(kPort);
      inet_pton(AF_INET, "198.18.0.1", &a.sin_addr);
      if (bind(listen_fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 ||
          listen(listen_fd, 4096) != 0) {
        ready = -1;
        return;
      }
      ready = 1;
      while (!stop) {
        int fd = accept(listen_fd, nullptr, nullptr);
        if (fd >= 0) close(fd);
      }
    });
    while (ready == 0) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    if (ready < 0) error = "could not listen in the server namespace";
  }

  ~Lab() {
    stop = true;
    if (listen_fd >= 0) shutdown(listen_fd, SHUT_RDWR);
    if (acceptor.joinable()) acceptor.join();
    if (listen_fd >= 0) close(listen_fd);
    sh("ip netns del " + srv);
    sh("ip netns del " + cli);
  }

  /// Moves the calling thread into a namespace.
  static bool enter(const std::string& ns) {
    int fd = open(("/var/run/netns/" + ns).c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    bool ok = setns(fd, CLONE_NEWNET) == 0;
    close(fd);
    return ok;
  }

  struct Rate {
    double per_s = 0;
    std::string error;
  };

  /// New connections per second from the client namespace for one phase.
  Rate measure() {
    Rate r;
    std::thread t([&] {
      if (!enter(cli)) {
        r.error = "could not enter the client namespace";
        return;
      }
      sockaddr_in a{};
      a.sin_family = AF_INET;
      a.sin_port = htons(kPort);
      inet_pton(AF_INET, "198.18.0.1", &a.sin_addr);
      const linger lg{1, 0};
      const timeval tv{1, 0};
      std::size_t n = 0;
      const Clock::time_point start = Clock::now();
      const Clock::time_point end = start + std::chrono::duration_cast<Clock::duration>(
                                                std::chrono::duration<double>(kPhaseSeconds));
      Clock::time_point now = start;
      while (n < kPhaseMax && now < end) {
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        setsockopt(fd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);  // bounds connect()
        if (connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
          r.error = fmt::format("connect failed after {} connections", n);
          close(fd);
          return;
        }
        close(fd);
        ++n;
        if ((n & 63) == 0) now = Clock::now();
      }
      r.per_s =
          static_cast<double>(n) / std::chrono::duration<double>(Clock::now() - start).count();
    });
    t.join();
    return r;
  }
};

Lab& lab() {
  static Lab l;
  return l;
}

/// Renders the server's table for `rules` rules in one layout; the text and its element
/// count (peer-map elements, or named-set elements in the linear form).
std::string render_server(int rules, bool map_form, std::string* error) {
  Diagnostics diags;
  std::optional<policy::Model> m = policy::load_text(policy_yaml(rules), "conn-bench.yaml", diags);
  if (!m) {
    *error = "the generated policy does not load";
    return "";
  }
  auto d = decision::Decision::resolve(std::move(*m));
  // The client's flow must be decided by the last rule.
  const decision::Segment& seg =
      decision::Decision::segment_at(d->tiers(d->class_of(*parse_addr(peer_addr(kClientPeer))),
                                              d->class_of(*parse_addr("198.18.0.1"))),
                                     service_key(Proto::Tcp, kPort));
  if (seg.rule != static_cast<std::uint32_t>(rules - 1)) {
    *error = "the client's flow is not decided by the last rule";
    return "";
  }
  targets::RenderRequest req;
  req.host = static_cast<std::uint32_t>(d->find_host("server"));
  targets::nftables::Layout layout;
  layout.map_min_rules = map_form ? 0 : SIZE_MAX;
  std::optional<targets::RenderResult> r = targets::nftables::render(*d, req, diags, layout);
  if (!r || r->files.size() != 1) {
    *error = "render failed";
    return "";
  }
  const std::string& text = r->files.front().content;
  if ((text.find(" vmap @") != std::string::npos) != map_form) {
    *error = "the ruleset does not have the requested form";
    return "";
  }
  return text;
}

/// The conntrack floor: a table that only accepts established packets (every stateful
/// ruleset pays for connection tracking; with no table the namespace tracks nothing).
const char* kConntrackOnly =
    "table inet bulkhead\ndelete table inet bulkhead\ntable inet bulkhead {\n"
    "\tchain input {\n\t\ttype filter hook prerouting priority mangle; policy accept;\n"
    "\t\tct state established,related accept\n\t}\n}\n";

void BM_NewConnections(benchmark::State& state, int rules, bool map_form, std::string path) {
  Lab& l = lab();
  if (!l.error.empty()) {
    state.SkipWithError(l.error.c_str());
    return;
  }
  std::string error;
  std::string text;
  if (path == "-") {
    text = kConntrackOnly;
  } else if (!path.empty()) {
    std::ifstream in(path);
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (text.empty()) error = "cannot read " + path;
  } else {
    text = render_server(rules, map_form, &error);
  }
  if (text.empty()) {
    state.SkipWithError(error.c_str());
    return;
  }
  // The loaded file (kept with BULKHEAD_BENCH_KEEP=1, e.g. to edit it for a file/ case).
  const std::string file =
      fmt::format("/tmp/bh-bench-{}-{}{}.nft", getpid(), map_form ? "map" : "linear", rules);
  std::ofstream(file) << text;
  std::size_t lines = 0;
  for (char c : text) lines += c == '\n';
  double load_ms = 0, fw = 0, base = 0;
  for (auto _ : state) {
    const Clock::time_point t0 = Clock::now();
    if (sh("ip netns exec " + l.srv + " nft -f " + file) != 0) {
      state.SkipWithError("nft -f refused the rendered ruleset");
      break;
    }
    load_ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    Lab::Rate a = l.measure();
    sh("ip netns exec " + l.srv + " nft delete table inet bulkhead");
    Lab::Rate b = l.measure();
    if (!a.error.empty() || !b.error.empty()) {
      state.SkipWithError((a.error + b.error).c_str());
      break;
    }
    fw = a.per_s;
    base = b.per_s;
    state.SetIterationTime(1.0 / fw);  // reported time: seconds per connection
  }
  if (std::getenv("BULKHEAD_BENCH_KEEP") == nullptr) std::remove(file.c_str());
  state.counters["conn_per_s"] = fw;
  state.counters["base_per_s"] = base;
  state.counters["ratio"] = base > 0 ? fw / base : 0;
  state.counters["load_ms"] = load_ms;
  state.counters["lines"] = static_cast<double>(lines);
}

void register_all() {
  auto reg = [](const std::string& name, int rules, bool map_form, std::string path = "") {
    benchmark::RegisterBenchmark(name.c_str(), BM_NewConnections, rules, map_form, path)
        ->Iterations(1)
        ->UseManualTime()
        ->Unit(benchmark::kMicrosecond);
  };
  // Any ruleset files for experiments (each must replace table inet bulkhead).
  if (const char* files = std::getenv("BULKHEAD_BENCH_NFT_FILES")) {
    std::string all = files;
    for (std::size_t at = 0; at <= all.size();) {
      std::size_t comma = all.find(',', at);
      if (comma == std::string::npos) comma = all.size();
      std::string f = all.substr(at, comma - at);
      if (!f.empty()) reg("file/" + f.substr(f.rfind('/') + 1), 0, false, f);
      at = comma + 1;
    }
  }
  reg("conntrack_only", 0, false, "-");
  reg("one_rule", 1, false);
  for (int r : {500, 4, 8, 16}) {
    reg(fmt::format("linear/{}", r), r, false);
    reg(fmt::format("map/{}", r), r, true);
  }
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  register_all();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;  // the Lab (namespaces) is destroyed with the other statics
}
