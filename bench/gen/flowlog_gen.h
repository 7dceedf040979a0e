// Synthetic AWS VPC Flow Logs (default version-2 format) over the address plan of the
// synthetic enterprise (enterprise_gen.h): workstations 10.s.0.0/16 reaching servers
// 10.200/16, PCI 10.201/16 and the DMZ 172.16/16, some lateral workstation traffic on SMB
// and RDP, internet clients reaching the DMZ, a little IPv6, and NODATA/SKIPDATA rows.
// Deterministic for a seed.
#pragma once

#include <cstdint>
#include <string>

namespace bulkhead::bench {

struct FlowLogStats {
  std::uint64_t lines = 0;
  std::uint64_t records = 0;  ///< lines that are flows (not NODATA/SKIPDATA)
  std::uint64_t accepted = 0;
  std::uint64_t rejected = 0;
};

class VpcFlowLogGen {
 public:
  explicit VpcFlowLogGen(std::uint64_t seed, int sites = 8);
  /// Appends one log line (with its newline) to `out`.
  void append_line(std::string* out);
  /// The same flow as a CSV line src,dst,proto,port,action (no NODATA rows).
  void append_csv_line(std::string* out);
  const FlowLogStats& stats() const { return stats_; }

 private:
  std::uint64_t next();
  std::uint64_t below(std::uint64_t n) { return next() % n; }

  struct Flow {
    std::string src, dst;
    int proto = 6;
    unsigned sport = 0, dport = 0;
    bool accept = true;
  };
  Flow flow();

  std::uint64_t state_;
  int sites_;
  std::int64_t clock_ = 1767225600;  // 2026-01-01T00:00:00Z
  FlowLogStats stats_;
};

/// `n` lines of a VPC flow log (version 2 default format).
std::string generate_vpc_flow_log(std::uint64_t n, std::uint64_t seed, FlowLogStats* stats);

}  // namespace bulkhead::bench
