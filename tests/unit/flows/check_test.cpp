// flows check: records built in code on a small inline policy (check_test_util.h). Each
// finding kind names the exact deciding rule (or a default); ordinary traffic (allowed flows and
// their replies) gives no finding; the fast judge agrees with Decision::query on random records;
// merging split checkers gives the single result.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <memory>
#include <new>
#include <random>
#include <string>

#include "check_test_util.h"
#include "decision/decision.h"
#include "flows/check.h"
#include "policy/loader.h"
#include "testlib/reference.h"

// Counts allocations, so a test can show that judging a known record allocates nothing.
// Not under AddressSanitizer, whose allocator must see every new and delete in pairs (the
// library's nothrow and aligned forms would otherwise meet this file's delete).
#if defined(__SANITIZE_ADDRESS__)
#define BH_COUNT_ALLOCATIONS 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define BH_COUNT_ALLOCATIONS 0
#endif
#endif
#ifndef BH_COUNT_ALLOCATIONS
#define BH_COUNT_ALLOCATIONS 1
#endif
namespace {
std::atomic<std::size_t> g_allocations{0};
}  // namespace
#if BH_COUNT_ALLOCATIONS
void* operator new(std::size_t n) {
  g_allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(n == 0 ? 1 : n)) return p;
  throw std::bad_alloc();
}
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
  g_allocations.fetch_add(1, std::memory_order_relaxed);
  return std::malloc(n == 0 ? 1 : n);
}
// GCC pairs the std::free below with the library's operator new, not this one.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
void operator delete(void* p) noexcept {
  std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
  std::free(p);
}
void operator delete(void* p, const std::nothrow_t&) noexcept {
  std::free(p);
}
#pragma GCC diagnostic pop
#endif

namespace bulkhead::flows {
namespace {

using decision::kNoRule;

using check_testing::decide;
using check_testing::rec;
using check_testing::rule_id;
using check_testing::ws;

class CheckTest : public check_testing::CheckFixture {};

TEST_F(CheckTest, ViolationNamesTheDenyRuleOrTheDefault) {
  Checker c(d, {});
  c.add(rec("10.1.0.1", "10.1.0.2", 445, Observed::Accepted));    // baseline row denies
  c.add(rec("10.1.0.1", "10.2.0.30", 8080, Observed::Accepted));  // inbound default deny
  c.add(rec("10.1.0.1", "10.2.0.30", 8080, Observed::Accepted));
  CheckResult r = c.finish();
  ASSERT_EQ(r.violations.size(), 2u);
  EXPECT_EQ(r.violations[0].rule, kNoRule);  // most flows first
  EXPECT_EQ(r.violations[0].flows, 2u);
  EXPECT_EQ(r.violations[0].service, "tcp/8080");
  EXPECT_EQ(r.violations[1].rule, rule_id(*d, "lateral-movement/smb"));
  EXPECT_EQ(r.violations[1].service, "smb");
  EXPECT_EQ(r.violations[1].example.verdict.tier, decision::Tier::Deny);
  EXPECT_TRUE(r.failed());
  EXPECT_EQ(r.totals.violations, 3u);
}

TEST_F(CheckTest, RejectedOrAllowedTrafficIsNoViolation) {
  Checker c(d, {});
  c.add(rec("10.1.0.1", "10.1.0.2", 445, Observed::Rejected));
  c.add(rec("10.1.0.1", "10.2.0.20", 445, Observed::Accepted));
  c.add(rec("10.1.0.1", "10.1.0.2", 445, Observed::Unknown));
  CheckResult r = c.finish();
  EXPECT_TRUE(r.violations.empty());
  EXPECT_TRUE(r.gaps.empty());
  EXPECT_FALSE(r.failed());
}

TEST_F(CheckTest, GapTrafficBetweenUnmanagedHosts) {
  Checker c(d, {});
  c.add(rec("10.3.0.1", "10.3.0.2", 445, Observed::Accepted));
  c.add(rec("10.3.0.1", "10.3.0.2", 445, Observed::Rejected));  // refused: not a gap
  CheckResult r = c.finish();
  ASSERT_EQ(r.gaps.size(), 1u);
  EXPECT_EQ(r.gaps[0].rule, rule_id(*d, "lateral-movement/smb"));
  EXPECT_EQ(r.gaps[0].flows, 1u);
  EXPECT_TRUE(r.violations.empty());
}

TEST_F(CheckTest, ImpactCountsAcceptedFlowsTheCandidateBlocksAndAuditMode) {
  CheckOptions o;
  o.impact = true;
  Checker c(d, o);
  c.add(rec("10.1.0.1", "10.2.0.30", 8080, Observed::Accepted));  // blocked now
  c.add(rec("10.1.0.1", "10.4.0.1", 8080, Observed::Accepted));   // audit point lets it by
  c.add(rec("10.1.0.1", "10.2.0.30", 443, Observed::Accepted));   // allowed: no impact
  CheckResult r = c.finish();
  EXPECT_TRUE(r.violations.empty());
  ASSERT_EQ(r.impact.size(), 2u);
  bool saw_audit = false;
  for (const FlowGroup& g : r.impact) {
    EXPECT_EQ(g.rule, kNoRule);
    if (g.audit) saw_audit = true;
  }
  EXPECT_TRUE(saw_audit);
  EXPECT_FALSE(r.failed());
  // Without --impact the audit-mode flow is gap traffic (reachable, not intended).
  Checker c2(d, {});
  c2.add(rec("10.1.0.1", "10.4.0.1", 8080, Observed::Accepted));
  CheckResult r2 = c2.finish();
  EXPECT_TRUE(r2.violations.empty());
  EXPECT_EQ(r2.gaps.size(), 1u);
}

TEST_F(CheckTest, AuditLogLinesAreImpactOfTheirRule) {
  CheckOptions o;
  o.impact = true;
  Checker c(d, o);
  // An unmanaged source: only pilot-01's own firewall (audit mode) sees the flow.
  Record r1 = rec("10.3.0.1", "10.4.0.1", 445, Observed::Unknown);
  const std::uint32_t smb = rule_id(*d, "lateral-movement/smb");
  std::string prefix = "bh would-block r" + std::to_string(smb) + " ";
  r1.log_prefix = prefix;
  c.add(r1);
  CheckResult r = c.finish();
  ASSERT_EQ(r.impact.size(), 1u);
  EXPECT_EQ(r.impact[0].rule, smb);
  EXPECT_TRUE(r.impact[0].audit);
  EXPECT_EQ(r.totals.accepted, 1u);
  EXPECT_TRUE(r.prefix_mismatches.empty());
}

TEST_F(CheckTest, PrefixNamingAnotherRuleIsDrift) {
  Checker c(d, {});
  Record r1 = rec("10.1.0.1", "10.2.0.20", 445, Observed::Unknown);
  r1.log_prefix = "bh allow r1 ";  // ws-to-web, but ws-to-fs decides
  c.add(r1);
  Record r2 = rec("10.1.0.1", "10.2.0.30", 8080, Observed::Unknown);
  r2.log_prefix = "bh deny default-in t ";
  c.add(r2);
  Record r3 = rec("10.1.0.1", "10.2.0.30", 8080, Observed::Unknown);
  r3.log_prefix = "bh deny default-in other-policy ";
  c.add(r3);
  CheckResult r = c.finish();
  ASSERT_EQ(r.prefix_mismatches.size(), 1u);
  EXPECT_EQ(r.prefix_mismatches[0].prefix, "bh allow r1");
  EXPECT_EQ(r.prefix_mismatches[0].rule, rule_id(*d, "ws-to-fs"));
  EXPECT_EQ(r.totals.rejected, 2u);
  EXPECT_EQ(r.totals.foreign_prefix, 1u);
}

TEST(BhPrefix, Parses) {
  auto p = parse_bh_prefix("bh override-deny r12 ");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->action, BhPrefix::Action::OverrideDeny);
  EXPECT_EQ(p->rule, 12u);
  p = parse_bh_prefix("bh would-block default-zone-dmz hospital ");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->action, BhPrefix::Action::WouldBlock);
  EXPECT_EQ(p->rule, kNoRule);
  EXPECT_EQ(p->which, "zone-dmz");
  EXPECT_EQ(p->policy, "hospital");
  EXPECT_FALSE(parse_bh_prefix("IN=eth0 "));
  EXPECT_FALSE(parse_bh_prefix("bh allow rx "));
  EXPECT_FALSE(parse_bh_prefix("bh maybe r1 "));
}

TEST_F(CheckTest, NormalTrafficGivesNoFinding) {
  Checker c(d, {});
  for (int i = 1; i <= 12; ++i) {
    std::int64_t t = 5000 + i;
    c.add(rec(ws(i).c_str(), "10.2.0.20", 445, Observed::Accepted, t));
    c.add(rec("10.2.0.20", ws(i).c_str(), 50000, Observed::Accepted, t, 6, 445));  // reply
    c.add(rec(ws(i).c_str(), "10.2.0.30", 443, Observed::Accepted, t));
    c.add(rec("10.2.0.30", ws(i).c_str(), 50123, Observed::Accepted, t, 6, 443));  // reply
  }
  CheckResult r = c.finish();
  EXPECT_TRUE(r.violations.empty());
  EXPECT_TRUE(r.gaps.empty());
  EXPECT_TRUE(r.blocked.empty());
  EXPECT_TRUE(r.detections.empty());
  EXPECT_FALSE(r.failed());
  EXPECT_EQ(r.totals.replies, 24u);
  // As logged, a reply reads as the server opening a connection to the client.
  CheckOptions raw;
  raw.orient_replies = false;
  Checker c2(d, raw);
  c2.add(rec("10.2.0.30", "10.1.0.1", 50123, Observed::Accepted, 1, 6, 443));
  EXPECT_EQ(c2.finish().violations.size(), 1u);
}

TEST_F(CheckTest, UsedVersusAllowed) {
  Checker c(d, {});
  c.add(rec("10.1.0.1", "10.2.0.20", 445, Observed::Accepted, 2000));
  c.add(rec("10.1.0.2", "10.2.0.20", 445, Observed::Accepted, 3000));
  c.add(rec("10.1.0.1", "10.2.0.30", 443, Observed::Accepted, 2500));
  CheckResult r = c.finish();
  const RuleUse& fs = r.rules[rule_id(*d, "ws-to-fs")];
  EXPECT_EQ(fs.flows, 2u);
  EXPECT_EQ(fs.bytes, 200u);
  EXPECT_EQ(fs.first, 2000);
  EXPECT_EQ(fs.last, 3000);
  EXPECT_EQ(fs.sources, 2u);
  EXPECT_EQ(fs.destinations, 1u);
  EXPECT_FALSE(fs.sources_capped);
  EXPECT_EQ(r.rules[rule_id(*d, "never-used")].flows, 0u);
  // The branch workstation's class reaches the file server by ws-to-fs, unused: the
  // narrowing keeps the office class only.
  ASSERT_TRUE(fs.unused_computed);
  ASSERT_EQ(fs.unused_pairs.size(), 1u);
  const std::uint32_t branch = d->class_of(*parse_addr("10.5.0.1"));
  const std::uint32_t office = d->class_of(*parse_addr("10.1.0.1"));
  const std::uint32_t server = d->class_of(*parse_addr("10.2.0.20"));
  EXPECT_EQ(fs.unused_pairs[0], std::make_pair(branch, server));
  ASSERT_EQ(fs.narrowing.size(), 1u);
  EXPECT_EQ(fs.narrowing[0].first, std::vector<std::uint32_t>{office});
  EXPECT_EQ(fs.narrowing[0].second, std::vector<std::uint32_t>{server});
}

TEST_F(CheckTest, PeerCountsAreCapped) {
  CheckOptions o;
  o.peer_cap = 3;
  Checker c(d, o);
  for (int i = 1; i <= 5; ++i) c.add(rec(ws(i).c_str(), "10.2.0.20", 445, Observed::Accepted));
  const CheckResult r = c.finish();
  const RuleUse& u = r.rules[rule_id(*d, "ws-to-fs")];
  EXPECT_EQ(u.sources, 3u);
  EXPECT_TRUE(u.sources_capped);
  EXPECT_EQ(u.flows, 5u);
}

TEST_F(CheckTest, BaselineNovelty) {
  CheckOptions o;
  o.novelty = true;
  Checker c(d, o);
  c.add_baseline(rec("10.1.0.1", "10.2.0.20", 445, Observed::Accepted));
  c.add(rec("10.1.0.2", "10.2.0.20", 445, Observed::Accepted));  // same class pair, service
  c.add(rec("10.1.0.2", "10.2.0.30", 443, Observed::Accepted));  // new, allowed https
  c.add(rec("10.1.0.2", "10.1.0.3", 3389, Observed::Rejected));  // new, lateral
  CheckResult r = c.finish();
  ASSERT_EQ(r.novel.size(), 2u);
  EXPECT_TRUE(r.novel[0].lateral);
  EXPECT_EQ(r.novel[0].service, "rdp");
  EXPECT_FALSE(r.novel[1].lateral);
  EXPECT_EQ(r.novel[1].service, "https");
  EXPECT_TRUE(r.failed());
}

TEST_F(CheckTest, UnjudgedRecordsAreCounted) {
  Checker c(d, {});
  Record mix = rec("10.1.0.1", "10.2.0.20", 445, Observed::Accepted);
  mix.dst = *parse_addr("2001:db8::1");
  c.add(mix);
  Record noport = rec("10.1.0.1", "10.2.0.20", 0, Observed::Accepted);
  noport.has_ports = false;  // ws -> fs: smb allowed, other ports denied: depends on the port
  c.add(noport);
  Record udp = rec("10.1.0.1", "10.2.0.99", 0, Observed::Accepted, 1, 17);
  udp.has_ports = false;  // to plain server-zone space: no rule, one verdict for every port
  c.add(udp);
  Record icmp6 = rec("10.1.0.1", "10.2.0.20", 0, Observed::Accepted, 1, 58);
  c.add(icmp6);
  Record err = rec("10.1.0.1", "10.2.0.20", 0, Observed::Accepted, 1, 1);
  err.has_icmp = true;
  err.icmp_type = 3;
  c.add(err);
  CheckResult r = c.finish();
  EXPECT_EQ(r.totals.unjudged[static_cast<int>(Unjudged::FamilyMix)], 1u);
  EXPECT_EQ(r.totals.unjudged[static_cast<int>(Unjudged::NoPorts)], 1u);
  EXPECT_EQ(r.totals.unjudged[static_cast<int>(Unjudged::ProtoFamily)], 1u);
  EXPECT_EQ(r.totals.unjudged[static_cast<int>(Unjudged::IcmpRelated)], 1u);
  EXPECT_EQ(r.totals.judged, 1u);
  EXPECT_TRUE(r.violations.empty());
}

// The fast judge is Decision::query on every record it judges.
TEST_F(CheckTest, JudgeAgreesWithQuery) {
  std::mt19937 rng(7);
  const char* addrs[] = {"10.1.0.1",  "10.1.0.7", "10.5.0.1",  "10.2.0.20",
                         "10.2.0.30", "10.3.0.1", "10.3.0.2",  "10.4.0.1",
                         "10.9.9.9",  "8.8.8.8",  "10.2.0.99", "10.1.200.1"};
  const std::uint16_t ports[] = {22, 80, 135, 137, 139, 443, 445, 3389, 5985, 5986, 8080, 50000};
  CheckOptions o;
  o.orient_replies = false;
  Checker c(d, o);
  for (int i = 0; i < 5000; ++i) {
    const char* a = addrs[rng() % std::size(addrs)];
    const char* b = addrs[rng() % std::size(addrs)];
    if (std::string(a) == b) continue;
    const std::uint8_t proto = (rng() % 3 == 0) ? 17 : 6;
    Record r = rec(a, b, ports[rng() % std::size(ports)], Observed::Accepted, 1, proto);
    std::optional<SeenFlow> f = c.judge(r);
    ASSERT_TRUE(f);
    decision::Verdict q =
        d->query(decision::Flow{r.src, r.dst, proto == 6 ? Proto::Tcp : Proto::Udp, r.dst_port});
    EXPECT_EQ(f->verdict.tier, q.tier);
    EXPECT_EQ(f->verdict.rule, q.rule);
    EXPECT_EQ(f->verdict.reachable, q.reachable);
    EXPECT_EQ(f->verdict.intended, q.intended);
    // And the reference semantics (a linear scan of the rules) agree.
    const testing::ReferenceVerdict ref = testing::reference_query(
        d->model(), decision::Flow{r.src, r.dst, proto == 6 ? Proto::Tcp : Proto::Udp, r.dst_port});
    EXPECT_EQ(f->verdict.tier, ref.tier);
    EXPECT_EQ(f->verdict.reachable, ref.reachable);
    EXPECT_EQ(f->verdict.intended, ref.intended);
    EXPECT_EQ(f->verdict.rule == kNoRule ? "" : d->rules()[f->verdict.rule].rule->name, ref.rule);
  }
  // ICMP echo: the request is judged as is; the reply as the request it answers.
  Record echo = rec("10.1.0.1", "10.2.0.20", 0, Observed::Accepted, 1, 1);
  echo.has_icmp = true;
  echo.icmp_type = 0;
  Checker oriented(d, {});
  std::optional<SeenFlow> f = oriented.judge(echo);
  ASSERT_TRUE(f);
  EXPECT_TRUE(f->reply);
  EXPECT_EQ(f->src.str(), "10.2.0.20");
  EXPECT_EQ(f->key, service_key(Proto::Icmp, 8));
}

// Once a record's class pair, group, rule peers and address pair are known, checking it
// again allocates nothing (the per-record path is the hot path of a 2 M flows/s check).
TEST_F(CheckTest, KnownRecordsDoNotAllocate) {
  if (!BH_COUNT_ALLOCATIONS) GTEST_SKIP() << "allocations are not counted under AddressSanitizer";
  CheckOptions o;
  o.novelty = true;
  Checker c(d, o);
  std::vector<Record> recs = {
      rec("10.1.0.1", "10.1.0.2", 445, Observed::Accepted, 100),             // violation, lateral
      rec("10.3.0.1", "10.3.0.2", 445, Observed::Accepted, 100),             // gap
      rec("10.1.0.1", "10.2.0.20", 445, Observed::Accepted, 100),            // allowed
      rec("10.2.0.30", "10.1.0.1", 50000, Observed::Accepted, 100, 6, 443),  // reply
      rec("10.1.0.3", "10.1.0.4", 3389, Observed::Rejected, 100),            // blocked lateral
  };
  for (const Record& r : recs) c.add(r);
  const std::size_t before = g_allocations.load();
  for (int i = 0; i < 1000; ++i)
    for (Record r : recs) {
      r.start = r.end = 100 + i;  // same episode (within W)
      c.add(r);
    }
  EXPECT_EQ(g_allocations.load() - before, 0u);
  EXPECT_EQ(c.finish().totals.records, 5005u);
}

// Splitting the records between two checkers and merging gives the single checker's result.
TEST_F(CheckTest, MergeEqualsOneChecker) {
  CheckOptions o;
  o.lateral_k = 4;
  o.window_s = 50;
  o.novelty = true;
  std::vector<Record> recs;
  std::mt19937 rng(11);
  for (int i = 0; i < 400; ++i) {
    const int a = 1 + static_cast<int>(rng() % 12), b = 1 + static_cast<int>(rng() % 12);
    if (a == b) continue;
    const std::uint16_t ports[] = {445, 3389, 443, 135};
    recs.push_back(rec(ws(a).c_str(), rng() % 4 == 0 ? "10.2.0.20" : ws(b).c_str(),
                       ports[rng() % 4], rng() % 2 ? Observed::Accepted : Observed::Rejected,
                       1000 + static_cast<std::int64_t>(rng() % 2000)));
  }
  Checker one(d, o), left(d, o), right(d, o);
  one.add_baseline(recs[0]);
  left.add_baseline(recs[0]);
  for (std::size_t i = 0; i < recs.size(); ++i) {
    one.add(recs[i]);
    (i % 3 == 0 ? left : right).add(recs[i]);
  }
  left.merge(right);
  CheckResult a = one.finish(), b = left.finish();
  EXPECT_EQ(a.totals.flows, b.totals.flows);
  EXPECT_EQ(a.totals.violations, b.totals.violations);
  ASSERT_EQ(a.violations.size(), b.violations.size());
  for (std::size_t i = 0; i < a.violations.size(); ++i) {
    EXPECT_EQ(a.violations[i].flows, b.violations[i].flows);
    EXPECT_EQ(a.violations[i].first, b.violations[i].first);
    EXPECT_EQ(a.violations[i].example.src, b.violations[i].example.src);
  }
  ASSERT_EQ(a.detections.size(), b.detections.size());
  for (std::size_t i = 0; i < a.detections.size(); ++i) {
    EXPECT_EQ(a.detections[i].src, b.detections[i].src);
    EXPECT_EQ(a.detections[i].targets.size(), b.detections[i].targets.size());
    EXPECT_EQ(a.detections[i].first, b.detections[i].first);
  }
  ASSERT_EQ(a.blocked.size(), b.blocked.size());
  for (std::size_t i = 0; i < a.blocked.size(); ++i)
    EXPECT_EQ(a.blocked[i].attempts, b.blocked[i].attempts);
  EXPECT_EQ(a.novel.size(), b.novel.size());
  for (std::size_t i = 0; i < a.rules.size(); ++i) {
    EXPECT_EQ(a.rules[i].flows, b.rules[i].flows);
    EXPECT_EQ(a.rules[i].sources, b.rules[i].sources);
    EXPECT_EQ(a.rules[i].used_pairs, b.rules[i].used_pairs);
  }
}

// Every example names the input and line of its record. The names are the checker's own
// copies (the reader's buffer is gone by the end), kept by the result even when the
// checker that read them was merged and destroyed, and they break ties deterministically.
TEST_F(CheckTest, ExamplesNameTheirInputAndLine) {
  CheckOptions o;
  o.lateral_k = 3;
  auto add = [](Checker& c, Record r, const std::string& file, std::uint64_t line) {
    std::string buffer = file;  // the reader's storage, overwritten after the record
    r.file = buffer;
    r.line = line;
    c.add(r);
    std::fill(buffer.begin(), buffer.end(), '#');
  };
  CheckResult res;
  {
    Checker left(d, o);
    auto right = std::make_unique<Checker>(d, o);
    add(left, rec("10.1.0.1", "10.1.0.2", 445, Observed::Accepted, 500), "a.log", 7);
    add(*right, rec("10.1.0.1", "10.1.0.3", 445, Observed::Rejected, 400), "logs/b.log", 3);
    add(*right, rec("10.1.0.1", "10.1.0.4", 445, Observed::Rejected, 450), "-", 12);
    // The same flow at the same time and line in two inputs: the example is the first name.
    add(left, rec("10.1.0.5", "10.1.0.6", 22, Observed::Accepted, 300), "z.log", 2);
    add(*right, rec("10.1.0.5", "10.1.0.6", 22, Observed::Accepted, 300), "y.log", 2);
    left.merge(*right);
    right.reset();
    res = left.finish();
  }
  ASSERT_EQ(res.detections.size(), 1u);
  const std::vector<LateralTarget>& t = res.detections[0].targets;
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(std::string(t[0].example.file), "logs/b.log");
  EXPECT_EQ(t[0].example.line, 3u);
  EXPECT_EQ(std::string(t[1].example.file), "-");
  EXPECT_EQ(t[1].example.line, 12u);
  EXPECT_EQ(std::string(t[2].example.file), "a.log");
  EXPECT_EQ(t[2].example.line, 7u);
  ASSERT_EQ(res.blocked.size(), 1u);
  EXPECT_EQ(std::string(res.blocked[0].example.file), "logs/b.log");
  const FlowGroup* ssh = nullptr;
  for (const FlowGroup& g : res.violations)
    if (g.example.src.str() == "10.1.0.5") ssh = &g;
  ASSERT_NE(ssh, nullptr);
  EXPECT_EQ(std::string(ssh->example.file), "y.log");
  EXPECT_EQ(ssh->flows, 2u);
  // A copy of the result keeps the names too.
  CheckResult copy = res;
  res = CheckResult();
  EXPECT_EQ(std::string(copy.detections[0].targets[2].example.file), "a.log");
}

}  // namespace
}  // namespace bulkhead::flows
