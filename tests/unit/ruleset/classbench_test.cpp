// The anomaly analysis on the 1,000-rule ClassBench sets (../shared/data/classbench, read
// in place), checked against each set's header trace: a packet of the trace is never
// decided by a rule found shadowed or unreachable, and a rule found redundant can be
// removed without changing the trace packet's verdict. ClassBench rules carry no action,
// so rule k accepts when k is even and drops when odd; rules with TCP-flag matches, or
// port ranges on protocols without ports, are inexact.
#include <chrono>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "ruleset/anomalies.h"
#include "ruleset/match.h"
#include "testlib/paths.h"

namespace bulkhead::ruleset {
namespace {

Point read_classbench(const std::string& path) {
  Point p;
  p.name = path;
  p.universe = Region::whole(Family::V4);
  p.policy = Action::Drop;
  std::ifstream in(path);
  std::string line;
  int lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.empty() || line[0] != '@') continue;
    std::istringstream ss(line.substr(1));
    std::string src, dst, colon, proto, flags;
    std::uint32_t sp_lo = 0, sp_hi = 0, dp_lo = 0, dp_hi = 0;
    ss >> src >> dst >> sp_lo >> colon >> sp_hi >> dp_lo >> colon >> dp_hi >> proto >> flags;
    MatchSpec m;
    m.only(Family::V4);
    PrefixError err = PrefixError::None;
    std::optional<Prefix> s = parse_prefix(src, &err);
    std::optional<Prefix> d = parse_prefix(dst, &err);
    if (!s || !d) {
      // ClassBench prefixes may carry host bits: mask them.
      auto slash = [](const std::string& t) { return t.find('/'); };
      Addr sa = *parse_addr(src.substr(0, slash(src)));
      Addr da = *parse_addr(dst.substr(0, slash(dst)));
      int sl = std::stoi(src.substr(slash(src) + 1)), dl = std::stoi(dst.substr(slash(dst) + 1));
      sa.value &= ~host_mask(Family::V4, sl) & family_max(Family::V4);
      da.value &= ~host_mask(Family::V4, dl) & family_max(Family::V4);
      s = Prefix{sa, sl};
      d = Prefix{da, dl};
    }
    AddrSet sset, dset;
    sset.add(*s);
    dset.add(*d);
    m.restrict_addr(true, sset, false);
    m.restrict_addr(false, dset, false);
    unsigned value = std::stoul(proto.substr(0, 4), nullptr, 16);
    unsigned mask = std::stoul(proto.substr(proto.find('/') + 1), nullptr, 16);
    bool full_ports = sp_lo == 0 && sp_hi == kPortMax && dp_lo == 0 && dp_hi == kPortMax;
    auto ports = [](std::uint32_t lo, std::uint32_t hi) {
      return IntervalSet<std::uint32_t>::range(lo, hi);
    };
    if (mask == 0 || value == 6 || value == 17) {
      std::vector<Proto> ps = mask == 0    ? std::vector<Proto>{Proto::Tcp, Proto::Udp}
                              : value == 6 ? std::vector<Proto>{Proto::Tcp}
                                           : std::vector<Proto>{Proto::Udp};
      if (mask != 0 || !full_ports) {
        m.restrict_dports(ps, ports(dp_lo, dp_hi), false);
        m.restrict_sports(ports(sp_lo, sp_hi), false);
      }
      if (mask == 0 && !full_ports) m.unmodelled.push_back("ports on any protocol");
    } else {
      Proto pr = value == 1 ? Proto::Icmp : Proto::Other;
      m.restrict_protos({pr}, false);
      if (pr == Proto::Other)
        m.restrict_keys(
            ServiceSet::range(service_key(Proto::Other, value), service_key(Proto::Other, value)),
            false);
      if (!full_ports) m.unmodelled.push_back("ports on a protocol without ports");
    }
    if (flags.find("/0x0000") == std::string::npos) m.unmodelled.push_back("TCP flags");
    Rule r;
    r.match = m.region(p.universe);
    r.exact = m.unmodelled.empty();
    r.unmodelled = m.unmodelled;
    r.action = p.rules.size() % 2 == 0 ? Action::Accept : Action::Drop;
    r.loc = SourceLoc{path, lineno, 1};
    r.text = line;
    p.rules.push_back(std::move(r));
  }
  return p;
}

std::size_t first_match(const Point& p, const Packet& pk, std::size_t skip) {
  for (std::size_t i = 0; i < p.rules.size(); ++i)
    if (i != skip && p.rules[i].exact && p.rules[i].match.contains(pk)) return i;
  return kPolicy;
}

void check_set(const std::string& name) {
  BH_SHARED_DATA_OR_SKIP(dir, "classbench");
  Point p = read_classbench(dir + "/" + name);
  ASSERT_GT(p.rules.size(), 700u);
  auto t0 = std::chrono::steady_clock::now();
  PointAnomalies a = find_anomalies(p);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::cout << name << ": " << p.rules.size() << " rules, " << a.findings.size() << " findings ("
            << a.correlated << " correlated, " << a.generalization << " generalization) in " << secs
            << " s\n";
  EXPECT_LT(secs, 60.0) << "the analysis should stay interactive on 1,000 rules";
  std::vector<int> dead(p.rules.size(), 0), redundant(p.rules.size(), 0);
  for (const Anomaly& f : a.findings) {
    if (f.kind == AnomalyKind::Shadowed || f.kind == AnomalyKind::Unreachable) dead[f.rule] = 1;
    if (f.kind == AnomalyKind::Redundant) redundant[f.rule] = 1;
  }
  std::ifstream trace(dir + "/" + name + "_trace");
  std::string line;
  std::size_t packets = 0;
  while (std::getline(trace, line)) {
    std::istringstream ss(line);
    unsigned long long src = 0, dst = 0, sp = 0, dp = 0, proto = 0;
    if (!(ss >> src >> dst >> sp >> dp >> proto)) continue;
    if (proto != 6 && proto != 17) continue;
    Packet pk{Family::V4, src, dst,
              service_key(proto == 6 ? Proto::Tcp : Proto::Udp, static_cast<std::uint32_t>(dp)),
              static_cast<std::uint32_t>(sp)};
    std::size_t r = first_match(p, pk, kPolicy);
    ++packets;
    if (r == kPolicy) continue;
    ASSERT_FALSE(dead[r]) << "trace packet " << pk.str() << " is decided by rule at "
                          << p.rules[r].loc.file_line() << ", found never to decide";
    if (redundant[r]) {
      std::size_t without = first_match(p, pk, r);
      Action v = without == kPolicy ? p.policy : p.rules[without].action;
      ASSERT_EQ(permits(v), permits(p.rules[r].action))
          << "removing redundant rule " << p.rules[r].loc.file_line() << " changes " << pk.str();
    }
  }
  EXPECT_GT(packets, 1000u);
}

TEST(ClassBench, Fw1) {
  check_set("fw1_1k");
}
TEST(ClassBench, Acl1) {
  check_set("acl1_1k");
}
TEST(ClassBench, Ipc1) {
  check_set("ipc1_1k");
}

}  // namespace
}  // namespace bulkhead::ruleset
