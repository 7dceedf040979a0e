// Kernel tests of apply and rollback with hand-written rulesets (agent/apply.h,
// agent/rollback.h). Each test moves its own process into a fresh network namespace
// (unshare(CLONE_NEWNET)), so it touches nothing else; without the privilege to do that
// (not root) the tests skip. CTest runs every gtest case as its own process.
#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "agent/apply.h"
#include "agent/nft_session.h"
#include "agent/rollback.h"

namespace bulkhead::agent {
namespace {

const TableRef kTable{"inet", "bulkhead"};

const char* kRulesetA = R"(table inet bulkhead
delete table inet bulkhead
table inet bulkhead {
  set admins { type ipv4_addr; flags interval; elements = { 198.18.2.11, 198.18.3.0/24 } }
  chain input {
    type filter hook input priority 0; policy drop;
    ct state established,related accept
    ip saddr @admins tcp dport 22 counter accept comment "anti-lockout/management @ t.yaml:3"
    tcp dport 445 counter drop comment "lateral-movement/smb @ t.yaml:9"
  }
}
)";

// The same with one more rule and one more element.
const char* kRulesetB = R"(table inet bulkhead
delete table inet bulkhead
table inet bulkhead {
  set admins { type ipv4_addr; flags interval; elements = { 198.18.2.11, 198.18.2.12, 198.18.3.0/24 } }
  chain input {
    type filter hook input priority 0; policy drop;
    ct state established,related accept
    ip saddr @admins tcp dport 22 counter accept comment "anti-lockout/management @ t.yaml:3"
    tcp dport 443 counter accept comment "web @ t.yaml:12"
    tcp dport 445 counter drop comment "lateral-movement/smb @ t.yaml:9"
  }
}
)";

const char* kOther = R"(table inet other {
  set s { type ipv4_addr; elements = { 198.18.9.9 } }
  chain c { type filter hook input priority 10; policy accept; ip saddr @s drop; }
}
)";

std::string ruleset_text() {
  auto s = NftSession::open(NftFormat::Text);
  EXPECT_TRUE(s);
  auto out = s.value().list_ruleset();
  EXPECT_TRUE(out) << out.error();
  return out ? out.value() : "";
}

void run(const std::string& commands) {
  auto s = NftSession::open(NftFormat::Text);
  ASSERT_TRUE(s);
  auto r = s.value().run(commands);
  ASSERT_TRUE(r) << r.error();
}

class Kernel : public ::testing::Test {
 protected:
  void SetUp() override {
    // Come back to the caller's namespace afterwards, so later tests in this process
    // (when the binary runs them all at once) see the usual network.
    home_ = ::open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
    if (home_ < 0 || ::unshare(CLONE_NEWNET) != 0)
      GTEST_SKIP() << "needs root (unshare(CLONE_NEWNET))";
    moved_ = true;
    auto probe = NftSession::open(NftFormat::Text);
    if (!probe || !probe.value().list_ruleset()) GTEST_SKIP() << "nftables is not usable here";
    run(kOther);
    std::string tmpl = (std::filesystem::temp_directory_path() / "bulkhead-kt-XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override {
    std::error_code ec;
    if (!dir_.empty()) std::filesystem::remove_all(dir_, ec);
    if (moved_) {
      EXPECT_EQ(::setns(home_, CLONE_NEWNET), 0);
    }
    if (home_ >= 0) ::close(home_);
  }
  RollbackScope scope() { return RollbackScope{dir_, current_netns_id().value(), kTable}; }
  std::string dir_;
  int home_ = -1;
  bool moved_ = false;
};

TEST_F(Kernel, PlanSeesTheChangeApplyCommitsItAndTheSecondPlanIsEmpty) {
  auto plan = plan_apply(kRulesetA, kTable);
  ASSERT_TRUE(plan) << plan.error();
  EXPECT_FALSE(plan.value().current.present);
  EXPECT_TRUE(plan.value().changed());
  EXPECT_TRUE(plan.value().diff.table_created);
  auto after = commit_plan(plan.value(), false);
  ASSERT_TRUE(after) << after.error();
  EXPECT_TRUE(same_listing(after.value(), plan.value().desired));
  auto again = plan_apply(kRulesetA, kTable);
  ASSERT_TRUE(again);
  EXPECT_FALSE(again.value().changed());
  auto next = plan_apply(kRulesetB, kTable);
  ASSERT_TRUE(next);
  EXPECT_EQ(next.value().diff.summary(), "rules: 1 added; set elements: 1 added");
}

TEST_F(Kernel, ARefusedTransactionChangesNothing) {
  ASSERT_TRUE(commit_plan(plan_apply(kRulesetA, kTable).value(), false));
  std::string before = ruleset_text();
  auto plan = plan_apply(kRulesetB, kTable);
  ASSERT_TRUE(plan);
  auto after = commit_plan(plan.value(), /*inject_error=*/true);
  ASSERT_FALSE(after);
  EXPECT_NE(after.error().find("refused"), std::string::npos);
  EXPECT_EQ(ruleset_text(), before);
}

TEST_F(Kernel, TheKernelRefusingARuleIsCaughtBeforeTouchingTheHost) {
  std::string before = ruleset_text();
  // Jumps to a chain that does not exist: valid syntax, refused on load.
  auto plan = plan_apply("table inet bulkhead {\n chain input {\n  jump nowhere\n }\n}\n", kTable);
  ASSERT_FALSE(plan);
  EXPECT_EQ(ruleset_text(), before);
}

TEST_F(Kernel, ARulesetTouchingAnotherTableIsRefused) {
  auto plan = plan_apply(std::string(kRulesetA) + "table inet sneaky {\n}\n", kTable);
  ASSERT_FALSE(plan);
  EXPECT_NE(plan.error().find("also creates table inet sneaky"), std::string::npos);
}

TEST_F(Kernel, RestoreBringsBackThePreviousTableOrAbsence) {
  std::string empty = ruleset_text();
  auto a = plan_apply(kRulesetA, kTable).value();
  ASSERT_TRUE(commit_plan(a, false));
  auto saved = read_table_text(kTable);
  ASSERT_TRUE(saved && saved.value());
  std::string with_a = ruleset_text();
  ASSERT_TRUE(commit_plan(plan_apply(kRulesetB, kTable).value(), false));
  ASSERT_TRUE(restore_table(kTable, saved.value()));
  EXPECT_EQ(ruleset_text(), with_a);
  ASSERT_TRUE(restore_table(kTable, std::nullopt));
  EXPECT_EQ(ruleset_text(), empty);
}

TEST_F(Kernel, UnconfirmedChangeRollsBackAndConfirmedChangeStays) {
  ASSERT_TRUE(commit_plan(plan_apply(kRulesetA, kTable).value(), false));
  std::string with_a = ruleset_text();
  auto armed = apply_with_rollback(plan_apply(kRulesetB, kTable).value(), scope(),
                                   std::chrono::milliseconds(1000), "test B", false);
  ASSERT_TRUE(armed) << armed.error();
  EXPECT_NE(ruleset_text(), with_a);
  EXPECT_TRUE(live_pending(scope()).value());
  // The watchdog restores the table, then records the rollback and removes the pending
  // file: wait for the last step (the restore alone may be seen first).
  for (int i = 0; i < 100 && (ruleset_text() != with_a || live_pending(scope()).value()); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_EQ(ruleset_text(), with_a);
  EXPECT_FALSE(live_pending(scope()).value());
  auto rec = last_rollback(scope());
  ASSERT_TRUE(rec);
  EXPECT_TRUE(rec->ok);
  EXPECT_EQ(rec->what, "test B");

  // Confirmed in time: stays.
  armed = apply_with_rollback(plan_apply(kRulesetB, kTable).value(), scope(),
                              std::chrono::milliseconds(1500), "test B again", false);
  ASSERT_TRUE(armed);
  std::string with_b = ruleset_text();
  auto confirmed = confirm_pending(scope());
  ASSERT_TRUE(confirmed && confirmed.value());
  std::this_thread::sleep_for(std::chrono::milliseconds(2000));  // past the deadline
  EXPECT_EQ(ruleset_text(), with_b);
  auto nothing = confirm_pending(scope());
  ASSERT_TRUE(nothing);
  EXPECT_FALSE(nothing.value());
}

TEST_F(Kernel, RearmingKeepsTheFirstSavedState) {
  std::string empty = ruleset_text();
  auto first = apply_with_rollback(plan_apply(kRulesetA, kTable).value(), scope(),
                                   std::chrono::milliseconds(5000), "A", false);
  ASSERT_TRUE(first);
  EXPECT_FALSE(first.value().rearmed);
  auto second = apply_with_rollback(plan_apply(kRulesetB, kTable).value(), scope(),
                                    std::chrono::milliseconds(600), "B", false);
  ASSERT_TRUE(second);
  EXPECT_TRUE(second.value().rearmed);
  EXPECT_FALSE(second.value().pending.previous_present);
  for (int i = 0; i < 50 && ruleset_text() != empty; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_EQ(ruleset_text(), empty);  // back to absent, not to A
}

TEST_F(Kernel, AFailedCommitLeavesNoRollbackArmed) {
  auto armed = apply_with_rollback(plan_apply(kRulesetA, kTable).value(), scope(),
                                   std::chrono::milliseconds(5000), "A", true);
  ASSERT_FALSE(armed);
  EXPECT_FALSE(live_pending(scope()).value());
  EXPECT_FALSE(read_table(kTable).value().present);
}

TEST_F(Kernel, ARelativeStateDirectoryCannotArmAWatchdogThatNeverFires) {
  // The watchdog runs from "/": handed a relative name it would find no pending file,
  // take that for a confirmation and exit, leaving the change in place. Arming must fail
  // instead, before anything is applied.
  std::filesystem::path cwd = std::filesystem::current_path();
  std::filesystem::current_path(dir_);
  ASSERT_EQ(::mkdir("rel", 0700), 0);
  RollbackScope relative{"rel", current_netns_id().value(), kTable};
  auto armed = apply_with_rollback(plan_apply(kRulesetA, kTable).value(), relative,
                                   std::chrono::milliseconds(1000), "A", false);
  std::filesystem::current_path(cwd);
  ASSERT_FALSE(armed);
  EXPECT_NE(armed.error().find("cannot read the pending change"), std::string::npos)
      << armed.error();
  EXPECT_FALSE(read_table(kTable).value().present);
  EXPECT_FALSE(std::filesystem::exists(
      dir_ + "/rel/" + std::filesystem::path(relative.pending_path()).filename().string()));
}

TEST_F(Kernel, AWatchdogWhoseStateDirectoryVanishesStillRollsBack) {
  // Nobody can confirm a change whose pending file went with its directory (a tmp
  // cleaner, an rm -rf): that is no confirmation, and the change is rolled back.
  std::string empty = ruleset_text();
  std::string state = dir_ + "/state";
  ASSERT_TRUE(ensure_state_dir(state));
  RollbackScope s{state, current_netns_id().value(), kTable};
  auto armed = apply_with_rollback(plan_apply(kRulesetA, kTable).value(), s,
                                   std::chrono::milliseconds(1000), "A", false);
  ASSERT_TRUE(armed) << armed.error();
  EXPECT_NE(ruleset_text(), empty);
  std::filesystem::remove_all(state);
  for (int i = 0; i < 50 && ruleset_text() != empty; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_EQ(ruleset_text(), empty);
}

}  // namespace
}  // namespace bulkhead::agent
