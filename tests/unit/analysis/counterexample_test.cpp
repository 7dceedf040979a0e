// Which service key an example shows: any key of a failing range is a true counterexample;
// telling_key picks the one a reader recognises (a built-in service's port in catalog
// order, SMB first; never port 0 when another port is there).
#include <gtest/gtest.h>

#include "analysis/counterexample.h"

namespace bulkhead::analysis {
namespace {

ServiceSet range(Proto p, std::uint32_t lo, std::uint32_t hi) {
  ServiceSet s;
  s.add(service_key(p, lo), service_key(p, hi));
  return s;
}

TEST(TellingKey, PrefersLateralMovementPortsThenCommonOnesThenAnyNonZeroPort) {
  const ServiceSet all = all_services();
  EXPECT_EQ(telling_key(all, 0, kServiceKeyMax), service_key(Proto::Tcp, 445));
  // Within a narrower range only that range counts.
  EXPECT_EQ(telling_key(all, service_key(Proto::Udp, 0), kServiceKeyMax),
            service_key(Proto::Udp, 137));
  EXPECT_EQ(telling_key(range(Proto::Tcp, 0, 100), 0, kServiceKeyMax), service_key(Proto::Tcp, 22));
  EXPECT_EQ(telling_key(range(Proto::Tcp, 0, 10), 0, kServiceKeyMax), service_key(Proto::Tcp, 1));
  EXPECT_EQ(telling_key(range(Proto::Tcp, 0, 0), 0, kServiceKeyMax), service_key(Proto::Tcp, 0));
  EXPECT_EQ(telling_key(whole_proto(Proto::Icmp), 0, kServiceKeyMax), service_key(Proto::Icmp, 0));
  EXPECT_FALSE(telling_key(range(Proto::Tcp, 10, 20), 0, service_key(Proto::Tcp, 9)).has_value());
}

TEST(TellingKey, RankOrdersExamples) {
  EXPECT_LT(telling_rank(service_key(Proto::Tcp, 445)), telling_rank(service_key(Proto::Tcp, 22)));
  EXPECT_LT(telling_rank(service_key(Proto::Tcp, 22)), telling_rank(service_key(Proto::Tcp, 7)));
  EXPECT_LT(telling_rank(service_key(Proto::Tcp, 7)), telling_rank(service_key(Proto::Tcp, 0)));
  EXPECT_EQ(telling_rank(service_key(Proto::Icmp, 0)), telling_rank(service_key(Proto::Tcp, 7)));
}

}  // namespace
}  // namespace bulkhead::analysis
