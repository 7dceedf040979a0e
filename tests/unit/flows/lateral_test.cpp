// Lateral-movement detection (src/flows/lateral.{h,cpp}): on its own, episodes merging
// within W, pair accumulators merging as one, and the window sweep finding K distinct
// targets; through the Checker, on the inline policy of check_test_util.h, blocked attempts
// ranked by source and detections honouring K and W exactly.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "check_test_util.h"
#include "decision/decision.h"
#include "flows/check.h"
#include "flows/lateral.h"
#include "policy/loader.h"

namespace bulkhead::flows::lateral {
namespace {

std::vector<Episode> episodes(const Episodes& e) {
  std::vector<Episode> out;
  e.each([&](const Episode& x) { out.push_back(x); });
  return out;
}

TEST(LateralEpisodes, ContactsWithinWMergeAndBridges) {
  Episodes e;
  EXPECT_TRUE(e.empty());
  e.add(100, 100, 50);
  e.add(140, 150, 50);  // within W of the first: one episode
  ASSERT_EQ(episodes(e).size(), 1u);
  EXPECT_EQ(episodes(e)[0].first, 100);
  EXPECT_EQ(episodes(e)[0].last, 150);
  e.add(300, 300, 50);  // more than W later: a second one
  e.add(10, 10, 50);    // and a third, earlier
  std::vector<Episode> three = episodes(e);
  ASSERT_EQ(three.size(), 3u);
  EXPECT_EQ(three[0].first, 10);  // kept in time order
  EXPECT_EQ(three[1].first, 100);
  EXPECT_EQ(three[2].first, 300);
  e.add(200, 250, 50);  // bridges [100, 150] and [300, 300]
  std::vector<Episode> two = episodes(e);
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(two[1].first, 100);
  EXPECT_EQ(two[1].last, 300);
}

SeenFlow flow(const char* src, const char* dst, std::int64_t time, std::uint64_t line) {
  SeenFlow f;
  f.src = *parse_addr(src);
  f.dst = *parse_addr(dst);
  f.time = time;
  f.line = line;
  f.file = "x.log";
  return f;
}

TEST(LateralAcc, MergeEqualsOneAccumulator) {
  const SeenFlow a = flow("10.0.0.1", "10.0.0.2", 500, 3), b = flow("10.0.0.1", "10.0.0.2", 90, 9),
                 c = flow("10.0.0.1", "10.0.0.2", 2000, 1);
  LateralAcc one, left, right;
  for (LateralAcc* x : {&one, &left, &right}) {
    x->src = a.src;
    x->dst = a.dst;
  }
  one.add_contact(a, 1, 500, 500, 100);
  one.add_blocked(b, 2, 2, 90, 95);
  one.add_contact(b, 2, 90, 95, 100);
  one.add_contact(c, 1, 2000, 2000, 100);
  left.add_contact(a, 1, 500, 500, 100);
  right.add_blocked(b, 2, 2, 90, 95);
  right.add_contact(b, 2, 90, 95, 100);
  right.add_contact(c, 1, 2000, 2000, 100);
  left.merge(right, 100);
  EXPECT_EQ(left.services, one.services);
  EXPECT_EQ(left.services, 3u);
  EXPECT_EQ(left.blocked, 2u);
  EXPECT_EQ(left.blocked_services, 2u);
  EXPECT_EQ(left.blocked_first, 90);
  EXPECT_EQ(left.blocked_last, 95);
  EXPECT_EQ(left.contact.time, 90);  // the earliest contact
  EXPECT_EQ(left.contact.line, 9u);
  EXPECT_EQ(left.contact.file, "x.log");
  ASSERT_EQ(episodes(left.episodes).size(), 3u);
  EXPECT_EQ(episodes(left.episodes).size(), episodes(one.episodes).size());
}

std::shared_ptr<const decision::Decision> tiny_decision() {
  Diagnostics diags;
  auto model = policy::load_text(R"(bulkhead: 1
name: t
settings: {default_inbound: deny, default_outbound: allow}
zones:
  - {name: office, cidrs: [10.0.0.0/16]}
)",
                                 "p.yaml", diags);
  EXPECT_TRUE(model.has_value());
  return decision::Decision::resolve(std::move(*model));
}

// K targets within one window are a detection; its span, peak and targets in time order.
TEST(LateralDetect, KDistinctTargetsWithinTheWindow) {
  auto d = tiny_decision();
  CheckOptions o;
  o.lateral_k = 3;
  o.window_s = 100;
  o.lateral_services = default_lateral_services(d->model());
  ASSERT_FALSE(o.lateral_services.empty());
  std::vector<LateralAcc> accs(4);
  const std::int64_t times[] = {1000, 1040, 1090, 1500};  // the fourth is beyond W
  for (int i = 0; i < 4; ++i) {
    accs[i].src = *parse_addr("10.0.0.1");
    accs[i].dst = *parse_addr(("10.0.0." + std::to_string(10 - i)).c_str());
    accs[i].attempts = 1;
    accs[i].add_contact(flow("10.0.0.1", "10.0.0.9", times[i], 1 + i), 1, times[i], times[i],
                        o.window_s);
  }
  std::vector<const LateralAcc*> pairs;
  for (const LateralAcc& a : accs) pairs.push_back(&a);
  int expanded = 0;
  const Expand expand = [&](const LateralAcc& p, const CompactFlow& c) {
    ++expanded;
    SeenFlow f;
    f.src = p.src;
    f.dst = p.dst;
    f.time = c.time;
    f.line = c.line;
    return f;
  };
  std::vector<Detection> out;
  detect(*d, o, pairs, expand, &out);
  ASSERT_EQ(out.size(), 1u);
  const Detection& det = out[0];
  EXPECT_EQ(det.peak, 3u);
  EXPECT_EQ(det.first, 1000);
  EXPECT_EQ(det.last, 1090);
  ASSERT_EQ(det.targets.size(), 3u);
  EXPECT_EQ(det.targets[0].dst.str(), "10.0.0.10");
  EXPECT_EQ(det.targets[2].dst.str(), "10.0.0.8");
  EXPECT_EQ(det.targets[2].example.line, 3u);
  EXPECT_EQ(det.targets[0].services, std::vector<std::string>{o.lateral_services[0].first});
  EXPECT_EQ(expanded, 3);
  // One more than there are targets within W: nothing.
  o.lateral_k = 4;
  out.clear();
  detect(*d, o, pairs, expand, &out);
  EXPECT_TRUE(out.empty());
  // A wider window takes the fourth in.
  o.window_s = 500;
  for (LateralAcc& a : accs) {
    Episodes e;
    a.episodes.each([&](const Episode& x) { e.add(x.first, x.last, o.window_s); });
    a.episodes = e;
  }
  detect(*d, o, pairs, expand, &out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].targets.size(), 4u);
}

// Through the Checker.

using check_testing::rec;
using check_testing::rule_id;
using check_testing::ws;

class LateralCheckTest : public check_testing::CheckFixture {};

TEST_F(LateralCheckTest, BlockedLateralAttemptsRankedBySource) {
  Checker c(d, {});
  for (int i = 4; i <= 8; ++i) c.add(rec("10.1.0.3", ws(i).c_str(), 3389, Observed::Rejected));
  c.add(rec("10.1.0.9", "10.1.0.10", 445, Observed::Rejected));
  c.add(rec("10.1.0.9", "10.1.0.10", 445, Observed::Rejected));
  CheckResult r = c.finish();
  ASSERT_EQ(r.blocked.size(), 2u);
  EXPECT_EQ(r.blocked[0].src.str(), "10.1.0.3");
  EXPECT_EQ(r.blocked[0].targets, 5u);
  EXPECT_EQ(r.blocked[0].services, std::vector<std::string>{"rdp"});
  EXPECT_EQ(r.blocked[1].attempts, 2u);
  EXPECT_TRUE(r.detections.empty());
}

// K targets: exactly K-1 is no detection; K within W is; K spread over more than W is not.
TEST_F(LateralCheckTest, DetectionThresholdsKAndW) {
  CheckOptions o;
  o.lateral_k = 10;
  o.window_s = 3600;
  auto run = [&](int targets, std::int64_t step) {
    Checker c(d, o);
    for (int i = 0; i < targets; ++i)
      c.add(rec("10.1.0.1", ws(2 + i).c_str(), 445, Observed::Rejected, 100000 + i * step));
    return c.finish();
  };
  EXPECT_TRUE(run(9, 10).detections.empty());
  CheckResult hit = run(10, 10);
  ASSERT_EQ(hit.detections.size(), 1u);
  const Detection& det = hit.detections[0];
  EXPECT_EQ(det.src.str(), "10.1.0.1");
  ASSERT_EQ(det.targets.size(), 10u);
  for (int i = 0; i < 10; ++i) {
    EXPECT_EQ(det.targets[static_cast<std::size_t>(i)].dst.str(), ws(2 + i));  // time order
    EXPECT_EQ(det.targets[static_cast<std::size_t>(i)].techniques,
              std::vector<std::string>{"T1021.002"});
  }
  EXPECT_EQ(det.targets[0].example.verdict.rule, rule_id(*d, "lateral-movement/smb"));
  EXPECT_EQ(det.peak, 10u);
  EXPECT_TRUE(hit.failed());
  // Ten targets at 400 s steps span 3600 s: within one closed window of W.
  EXPECT_EQ(run(10, 400).detections.size(), 1u);
  // At 401 s steps the first and the tenth are more than W apart.
  EXPECT_TRUE(run(10, 401).detections.empty());
  // Out of order, the same.
  Checker c(d, o);
  for (int i = 9; i >= 0; --i)
    c.add(rec("10.1.0.1", ws(2 + i).c_str(), 445, Observed::Accepted, 100000 + i * 10));
  EXPECT_EQ(c.finish().detections.size(), 1u);
}

TEST_F(LateralCheckTest, RepeatedContactsKeepATargetInLaterWindows) {
  CheckOptions o;
  o.lateral_k = 3;
  o.window_s = 100;
  Checker c(d, o);
  // ws-02 is contacted at 0 and every 90 s up to 900; ws-03 and ws-04 at 900.
  for (int t = 0; t <= 900; t += 90)
    c.add(rec("10.1.0.1", ws(2).c_str(), 445, Observed::Rejected, 1000 + t));
  c.add(rec("10.1.0.1", ws(3).c_str(), 445, Observed::Rejected, 1900));
  c.add(rec("10.1.0.1", ws(4).c_str(), 445, Observed::Rejected, 1900));
  CheckResult r = c.finish();
  ASSERT_EQ(r.detections.size(), 1u);
  EXPECT_EQ(r.detections[0].targets.size(), 3u);
}

}  // namespace
}  // namespace bulkhead::flows::lateral
