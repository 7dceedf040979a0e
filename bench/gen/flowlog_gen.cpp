// The VPC flow-log generator: a splitmix64 stream picks each line's kind (workstation to
// server, to PCI, to DMZ, lateral, internet to DMZ, IPv6, NODATA) and its fields. O(n) time;
// about 110 bytes per line.
#include "gen/flowlog_gen.h"

#include <fmt/format.h>

namespace bulkhead::bench {
namespace {

constexpr unsigned kServerPorts[] = {443, 443, 443, 80, 445, 53, 88, 389, 135, 1433, 5432, 8443};
constexpr unsigned kLateralPorts[] = {445, 3389, 5985, 135, 22};

}  // namespace

VpcFlowLogGen::VpcFlowLogGen(std::uint64_t seed, int sites)
    : state_(seed * 0x9E3779B97F4A7C15ull + 1), sites_(sites < 1 ? 1 : sites) {}

std::uint64_t VpcFlowLogGen::next() {
  std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

VpcFlowLogGen::Flow VpcFlowLogGen::flow() {
  Flow f;
  auto ws = [&] {
    return fmt::format("10.{}.{}.{}", 1 + below(static_cast<std::uint64_t>(sites_)), below(200),
                       1 + below(254));
  };
  const std::uint64_t kind = below(100);
  f.sport = 32768 + static_cast<unsigned>(below(28232));
  if (kind < 55) {  // workstation to a server
    f.src = ws();
    f.dst = fmt::format("10.200.{}.{}", below(16), 1 + below(254));
    f.dport = kServerPorts[below(std::size(kServerPorts))];
    f.proto = f.dport == 53 ? 17 : 6;
    f.accept = below(100) < 95;
  } else if (kind < 65) {  // to the PCI enclave: mostly refused
    f.src = ws();
    f.dst = fmt::format("10.201.0.{}", 1 + below(254));
    f.dport = below(2) ? 1433 : 443;
    f.accept = below(100) < 20;
  } else if (kind < 75) {  // lateral, workstation to workstation
    f.src = ws();
    f.dst = ws();
    f.dport = kLateralPorts[below(std::size(kLateralPorts))];
    f.accept = below(100) < 30;
  } else if (kind < 88) {  // internet clients to the DMZ
    f.src = fmt::format("{}.{}", below(2) ? "203.0.113" : "198.51.100", 1 + below(254));
    f.dst = fmt::format("172.16.{}.{}", below(4), 1 + below(254));
    f.dport = below(4) ? 443 : 22;
    f.accept = f.dport == 443;
  } else if (kind < 93) {  // ICMP echo
    f.src = ws();
    f.dst = fmt::format("10.200.{}.{}", below(16), 1 + below(254));
    f.proto = 1;
    f.sport = f.dport = 0;
  } else {  // IPv6 inside the data centre
    f.src = fmt::format("fd00:200::{:x}", 1 + below(0xfffe));
    f.dst = fmt::format("fd00:201::{:x}", 1 + below(0xfffe));
    f.dport = 443;
  }
  return f;
}

void VpcFlowLogGen::append_line(std::string* out) {
  ++stats_.lines;
  clock_ += static_cast<std::int64_t>(below(2));
  const std::uint64_t eni = below(4096);
  if (below(1000) < 5) {  // an interval without traffic, or skipped
    *out += fmt::format("2 123456789012 eni-{:017x} - - - - - - - {} {} - {}\n", eni, clock_,
                        clock_ + 60, below(2) ? "NODATA" : "SKIPDATA");
    return;
  }
  const Flow f = flow();
  ++stats_.records;
  ++(f.accept ? stats_.accepted : stats_.rejected);
  const std::uint64_t packets = 1 + below(40);
  *out += fmt::format("2 123456789012 eni-{:017x} {} {} {} {} {} {} {} {} {} {} OK\n", eni, f.src,
                      f.dst, f.sport, f.dport, f.proto, packets, packets * (40 + below(1400)),
                      clock_, clock_ + 60, f.accept ? "ACCEPT" : "REJECT");
}

void VpcFlowLogGen::append_csv_line(std::string* out) {
  ++stats_.lines;
  const Flow f = flow();
  ++stats_.records;
  ++(f.accept ? stats_.accepted : stats_.rejected);
  const char* proto = f.proto == 6 ? "tcp" : f.proto == 17 ? "udp" : "icmp";
  *out += fmt::format("{},{},{},{},{}\n", f.src, f.dst, proto, f.proto == 1 ? 8 : f.dport,
                      f.accept ? "accept" : "reject");
}

std::string generate_vpc_flow_log(std::uint64_t n, std::uint64_t seed, FlowLogStats* stats) {
  VpcFlowLogGen g(seed);
  std::string out;
  out.reserve(n * 112);
  for (std::uint64_t i = 0; i < n; ++i) g.append_line(&out);
  if (stats != nullptr) *stats = g.stats();
  return out;
}

}  // namespace bulkhead::bench
