// Unit tests for probe target selection and the socket prober (agent/probe.h). The
// prober is exercised on the loopback interface against listeners opened by the test.
#include "agent/probe.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "base/diagnostics.h"
#include "policy/loader.h"

namespace bulkhead::agent {
namespace {

const char* kPolicy = R"(bulkhead: 1
zones:
  - name: office
    cidrs: [198.18.1.0/24]
  - name: servers
    cidrs: [198.18.10.0/24]
hosts:
  - name: ws1
    address: 198.18.1.11
    labels: {role: workstation}
  - name: ws2
    address: 198.18.1.12
    labels: {role: workstation}
  - name: fs1
    addresses: [198.18.10.10, "2001:db8::10"]
    labels: {role: file-server}
  - name: dc1
    address: 198.18.10.20
    labels: {role: dc}
settings:
  management: {role: dc}
baselines: [lateral-movement]
rules:
  - name: ws-to-fs
    action: allow
    from: {role: workstation}
    to: {role: file-server}
    services: [smb]
)";

std::shared_ptr<const decision::Decision> decision() {
  Diagnostics diags;
  auto m = policy::load_text(kPolicy, "p.yaml", diags);
  EXPECT_TRUE(m && !diags.has_errors());
  return decision::Decision::resolve(std::move(*m));
}

// A comma-separated list of service names, as --services takes it.
std::vector<policy::NamedService> services(const decision::Decision& d, std::string text) {
  std::vector<policy::NamedService> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t comma = std::min(text.find(',', start), text.size());
    std::string why;
    auto s = policy::resolve_service_names(d.model(), text.substr(start, comma - start), &why);
    EXPECT_TRUE(s) << why;
    if (s) out.insert(out.end(), s->begin(), s->end());
    start = comma + 1;
  }
  return out;
}

HostFilter filter(std::string_view text) {
  std::string why;
  auto f = parse_host_filter(text, &why);
  EXPECT_TRUE(f) << why;
  return *f;
}

TEST(HostFilter, ParsesNamesAndLabelPairs) {
  HostFilter name = filter("fs1");
  ASSERT_TRUE(name.host);
  EXPECT_EQ(*name.host, "fs1");
  HostFilter pairs = filter("role=dc,zone=servers");
  ASSERT_EQ(pairs.conds.size(), 2u);
  EXPECT_EQ(pairs.conds[1].key, "zone");
  HostFilter neg = filter("role=!workstation");
  EXPECT_TRUE(neg.conds[0].negated);
  EXPECT_EQ(neg.conds[0].value, "workstation");
  std::string why;
  for (const char* bad : {"", "role=", "=dc", "role=dc,", "role=!"})
    EXPECT_FALSE(parse_host_filter(bad, &why)) << bad;
}

TEST(HostFilter, MatchesLabelsZoneAndName) {
  auto d = decision();
  auto names = [&](const char* text) {
    HostFilter f = filter(text);
    std::vector<std::string> out;
    for (std::uint32_t h = 0; h < d->model().hosts.size(); ++h)
      if (host_matches(*d, f, h)) out.push_back(d->model().hosts[h].name);
    return out;
  };
  EXPECT_EQ(names("role=dc"), std::vector<std::string>{"dc1"});
  EXPECT_EQ(names("zone=servers"), (std::vector<std::string>{"fs1", "dc1"}));
  EXPECT_EQ(names("role=!workstation"), (std::vector<std::string>{"fs1", "dc1"}));
  EXPECT_EQ(names("zone=office,role=workstation"), (std::vector<std::string>{"ws1", "ws2"}));
  EXPECT_EQ(names("ws2"), std::vector<std::string>{"ws2"});
  EXPECT_TRUE(names("role=nothing").empty());
}

TEST(ProbeTargets, EveryOtherHostEachRangeAtBothEndsWithExpectations) {
  auto d = decision();
  std::uint32_t ws1 = static_cast<std::uint32_t>(d->find_host("ws1"));
  auto targets = select_targets(*d, ws1, std::nullopt, services(*d, "smb,rpc-dynamic"));
  // 3 other hosts; smb = tcp/445, rpc-dynamic = tcp+udp 49152-65535 (two ends each): 5
  // ports per host; fs1's IPv6 address is skipped (ws1 has no IPv6 source).
  ASSERT_EQ(targets.size(), 15u);
  std::vector<std::string> fs1;
  for (const ProbeTarget& t : targets) {
    EXPECT_NE(t.to, ws1);
    EXPECT_EQ(t.source.str(), "198.18.1.11");
    if (d->model().hosts[t.to].name != "fs1") continue;
    fs1.push_back(t.service + " " + std::string(proto_name(t.proto)) + "/" +
                  std::to_string(t.port) + (t.expected.reachable ? " reachable" : " blocked"));
  }
  EXPECT_EQ(fs1, (std::vector<std::string>{"smb tcp/445 reachable", "rpc-dynamic tcp/49152 blocked",
                                           "rpc-dynamic tcp/65535 blocked",
                                           "rpc-dynamic udp/49152 blocked",
                                           "rpc-dynamic udp/65535 blocked"}));
  for (const ProbeTarget& t : targets) {
    if (d->model().hosts[t.to].name == "fs1" && t.service == "smb") {
      EXPECT_EQ(d->rules()[t.expected.rule].rule->name, "ws-to-fs");
    }
    if (d->model().hosts[t.to].name == "ws2" && t.service == "smb") {
      EXPECT_EQ(d->rules()[t.expected.rule].rule->name, "lateral-movement/smb");
    }
  }
}

TEST(ProbeTargets, FilteredByToAndSkippingIcmpAndPortZero) {
  auto d = decision();
  std::uint32_t ws1 = static_cast<std::uint32_t>(d->find_host("ws1"));
  auto targets = select_targets(*d, ws1, filter("role=dc"), services(*d, "icmp,tcp/0-1,udp/53"));
  std::vector<std::string> got;
  for (const ProbeTarget& t : targets)
    got.push_back(d->model().hosts[t.to].name + " " + std::string(proto_name(t.proto)) + "/" +
                  std::to_string(t.port));
  EXPECT_EQ(got, (std::vector<std::string>{"dc1 tcp/1", "dc1 udp/53"}));
  EXPECT_TRUE(select_targets(*d, ws1, filter("ws1"), services(*d, "smb")).empty());
}

// A loopback TCP listener and UDP echo on ephemeral ports, served by a thread.
class Loopback : public ::testing::Test {
 protected:
  void SetUp() override {
    tcp_ = bind_socket(SOCK_STREAM, &tcp_port_);
    ASSERT_EQ(::listen(tcp_, 512), 0);
    udp_ = bind_socket(SOCK_DGRAM, &udp_port_);
    closed_ = bind_socket(SOCK_STREAM, &closed_port_);  // bound, never listening: refused
    silent_ = bind_socket(SOCK_DGRAM, &silent_port_);   // bound, never answering: timeout
    server_ = std::thread([this] {
      while (!stop_) {
        char buf[64];
        sockaddr_in peer{};
        socklen_t len = sizeof peer;
        ssize_t n = ::recvfrom(udp_, buf, sizeof buf, MSG_DONTWAIT,
                               reinterpret_cast<sockaddr*>(&peer), &len);
        if (n > 0)
          ::sendto(udp_, buf, static_cast<size_t>(n), 0, reinterpret_cast<sockaddr*>(&peer), len);
        for (int c; (c = ::accept4(tcp_, nullptr, nullptr, SOCK_NONBLOCK)) >= 0;) ::close(c);
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
      }
    });
  }
  void TearDown() override {
    stop_ = true;
    if (server_.joinable()) server_.join();
    for (int fd : {tcp_, udp_, closed_, silent_})
      if (fd >= 0) ::close(fd);
  }
  static int bind_socket(int type, std::uint16_t* port) {
    int fd = ::socket(AF_INET, type | SOCK_NONBLOCK, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    EXPECT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a), 0);
    socklen_t len = sizeof a;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
    *port = ntohs(a.sin_port);
    return fd;
  }
  static Endpoint ep(Proto p, std::uint16_t port) {
    return Endpoint{Addr{Family::V4, 0x7f000001}, p, port};
  }
  int tcp_ = -1, udp_ = -1, closed_ = -1, silent_ = -1;
  std::uint16_t tcp_port_ = 0, udp_port_ = 0, closed_port_ = 0, silent_port_ = 0;
  std::atomic<bool> stop_{false};
  std::thread server_;
};

TEST_F(Loopback, ClassifiesConnectedRepliedRefusedAndSilent) {
  std::vector<Endpoint> eps{ep(Proto::Tcp, tcp_port_), ep(Proto::Udp, udp_port_),
                            ep(Proto::Tcp, closed_port_), ep(Proto::Udp, silent_port_)};
  ProbeOptions o;
  o.timeout = std::chrono::milliseconds(300);
  o.parallel = 2;  // fewer slots than probes: the queue must drain
  auto out = run_probes(eps, o);
  ASSERT_TRUE(out) << out.error();
  ASSERT_EQ(out.value().size(), 4u);
  EXPECT_TRUE(out.value()[0].reachable);
  EXPECT_EQ(out.value()[0].how, ProbeHow::Connected);
  EXPECT_TRUE(out.value()[1].reachable);
  EXPECT_EQ(out.value()[1].how, ProbeHow::Replied);
  EXPECT_FALSE(out.value()[2].reachable);
  EXPECT_EQ(out.value()[2].how, ProbeHow::Refused);
  EXPECT_FALSE(out.value()[3].reachable);
  EXPECT_EQ(out.value()[3].how, ProbeHow::Timeout);
  EXPECT_GE(out.value()[3].ms, 250u);
}

TEST_F(Loopback, ManyProbesWithBoundedParallelism) {
  std::vector<Endpoint> eps(200, ep(Proto::Tcp, tcp_port_));
  ProbeOptions o;
  o.parallel = 16;
  auto out = run_probes(eps, o);
  ASSERT_TRUE(out);
  for (const ProbeOutcome& r : out.value()) EXPECT_TRUE(r.reachable);
}

TEST(LocalAddresses, IncludeLoopback) {
  std::vector<Addr> local = local_addresses();
  EXPECT_TRUE(std::binary_search(local.begin(), local.end(), Addr{Family::V4, 0x7f000001}));
}

}  // namespace
}  // namespace bulkhead::agent
