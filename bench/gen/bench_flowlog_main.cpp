// bench_flowlog N [SEED]: prints N lines of a synthetic AWS VPC flow log (version 2 default
// format) over the synthetic enterprise's address plan; statistics go to stderr.
//   build-bench/bench/bench_flowlog 10000000 1 > /tmp/vpc.log
#include <cstdio>
#include <cstdlib>
#include <string>

#include "gen/flowlog_gen.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_flowlog N [SEED] > vpc.log\n");
    return 2;
  }
  const std::uint64_t n = std::strtoull(argv[1], nullptr, 10);
  const std::uint64_t seed = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 1;
  bulkhead::bench::VpcFlowLogGen g(seed);
  std::string out;
  out.reserve(1 << 20);
  for (std::uint64_t i = 0; i < n; ++i) {
    g.append_line(&out);
    if (out.size() > (1 << 20) - 256) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  const bulkhead::bench::FlowLogStats& s = g.stats();
  std::fprintf(stderr, "lines %llu, records %llu (accepted %llu, rejected %llu)\n",
               static_cast<unsigned long long>(s.lines), static_cast<unsigned long long>(s.records),
               static_cast<unsigned long long>(s.accepted),
               static_cast<unsigned long long>(s.rejected));
  return 0;
}
