// diff: hand-written policy versions with known changes.
#include <gtest/gtest.h>

#include "analysis/diff.h"
#include "analysis_test_util.h"

namespace bulkhead::analysis {
namespace {

using test::decide;
using test::rule_name;

const char* kOld = R"(bulkhead: 1
zones:
  - {name: office, cidrs: [10.10.0.0/16]}
  - {name: servers, cidrs: [10.20.0.0/16]}
hosts:
  - {name: ws-1, address: 10.10.0.1, labels: {role: workstation}}
  - {name: ws-2, address: 10.10.0.2, labels: {role: workstation}}
  - {name: fs-1, address: 10.20.0.1, labels: {role: file-server}}
baselines: [lateral-movement]
rules:
  - {name: ws-to-fs, action: allow, from: {role: workstation}, to: {role: file-server}, services: [smb]}
)";

TEST(Diff, IdenticalPoliciesHaveNoChanges) {
  auto o = decide(kOld);
  auto n = decide(kOld);
  DiffReport r = diff(*o, *n);
  EXPECT_TRUE(r.groups.empty());
  EXPECT_EQ(r.newly_reachable + r.newly_blocked, 0u);
}

TEST(Diff, AnAddedServiceIsNewlyReachableAndNamesBothRules) {
  std::string next = kOld;
  next.replace(next.find("services: [smb]"), 15, "services: [smb, rdp]");
  auto o = decide(kOld);
  auto n = decide(next);
  DiffReport r = diff(*o, *n);
  ASSERT_EQ(r.groups.size(), 1u);
  const DiffGroup& g = r.groups.front();
  EXPECT_EQ(g.change, Change::NewlyReachable);
  EXPECT_EQ(g.service, "rdp");
  EXPECT_EQ(format_services(g.keys), "tcp/3389, udp/3389");
  ASSERT_EQ(g.old_rules.size(), 1u);
  EXPECT_EQ(rule_name(*o, g.old_rules.front()), "lateral-movement/rdp");
  ASSERT_EQ(g.new_rules.size(), 1u);
  EXPECT_EQ(rule_name(*n, g.new_rules.front()), "ws-to-fs");
  EXPECT_EQ(g.host_pairs, 2u);
  EXPECT_EQ(r.joint[g.src].hosts, (std::vector<std::string>{"ws-1", "ws-2"}));
  EXPECT_EQ(r.joint[g.dst].hosts, std::vector<std::string>{"fs-1"});
  EXPECT_FALSE(g.old_verdict.reachable);
  EXPECT_TRUE(g.new_verdict.reachable);
  EXPECT_EQ(analysis::host_name_at(*n, g.dst_addr), "fs-1");
}

TEST(Diff, ARemovedRuleIsNewlyBlocked) {
  std::string next = kOld;
  next.erase(next.find("  - {name: ws-to-fs"));
  auto o = decide(kOld);
  auto n = decide(next);
  DiffReport r = diff(*o, *n);
  ASSERT_EQ(r.groups.size(), 1u);
  EXPECT_EQ(r.groups.front().change, Change::NewlyBlocked);
  EXPECT_EQ(r.groups.front().service, "smb");
  EXPECT_EQ(r.newly_blocked, 1u);
  EXPECT_EQ(r.newly_reachable, 0u);
}

TEST(Diff, ANewHostInheritsItsClassFlows) {
  std::string next = kOld;
  next.replace(next.find("baselines"), 0,
               "  - {name: ws-3, address: 10.10.0.3, labels: {role: workstation}}\n");
  // The new host was a plain office address (reachable by default from the file server's
  // side, blocked inbound on nothing...); as a managed workstation it now refuses inbound
  // and may reach fs-1 on smb.
  auto o = decide(kOld);
  auto n = decide(next);
  DiffReport r = diff(*o, *n);
  bool smb_to_fs = false;
  for (const DiffGroup& g : r.groups) {
    if (g.change == Change::NewlyReachable && g.service == "smb" &&
        r.joint[g.src].hosts == std::vector<std::string>{"ws-3"})
      smb_to_fs = true;
    // Every example really changes.
    decision::Flow f{g.src_addr, g.dst_addr, key_proto(g.key),
                     static_cast<std::uint16_t>(key_port(g.key))};
    EXPECT_NE(o->query(f).reachable, n->query(f).reachable);
  }
  EXPECT_TRUE(smb_to_fs);
}

TEST(Diff, OneRuleEditMergesTheGroupsItCauses) {
  // A new rule opening smb and rdp from the workstations to two server classes makes four
  // change groups; the summary attributes all four to the one added rule.
  std::string old_text = kOld;
  old_text.replace(old_text.find("baselines"), 0,
                   "  - {name: db-1, address: 10.20.0.2, labels: {role: db}}\n");
  std::string next =
      old_text +
      R"(  - {name: ws-to-servers, action: allow, from: {role: workstation}, to: [{role: file-server}, {role: db}], services: [rdp, winrm-http]}
)";
  next.replace(next.find("services: [smb]"), 15, "services: [smb, netbios-ssn]");
  auto o = decide(old_text);
  auto n = decide(next);
  DiffReport r = diff(*o, *n);
  ASSERT_EQ(r.rule_changes.size(), 2u);
  const RuleChange& added = r.rule_changes[0];
  EXPECT_EQ(added.edit, RuleEdit::Added);
  EXPECT_EQ(added.name, "ws-to-servers");
  EXPECT_EQ(added.groups.size(), 4u);  // {fs, db} x {rdp, winrm-http}
  const RuleChange& changed = r.rule_changes[1];
  EXPECT_EQ(changed.edit, RuleEdit::Changed);
  EXPECT_EQ(changed.name, "ws-to-fs");
  EXPECT_EQ(changed.fields, std::vector<std::string>{"services"});
  ASSERT_EQ(changed.groups.size(), 1u);
  EXPECT_EQ(r.groups[changed.groups[0]].service, "netbios-ssn");
  EXPECT_TRUE(r.other_groups.empty());

  // Removing the added rule again: one removed edit, same groups, newly blocked.
  DiffReport back = diff(*n, *o);
  std::size_t removed = 0;
  for (const RuleChange& c : back.rule_changes) {
    if (c.edit != RuleEdit::Removed) continue;
    ++removed;
    EXPECT_EQ(c.groups.size(), 4u);
    for (std::uint32_t gi : c.groups) EXPECT_EQ(back.groups[gi].change, Change::NewlyBlocked);
  }
  EXPECT_EQ(removed, 1u);
}

TEST(Diff, AHostChangeIsNotBlamedOnARule) {
  std::string next = kOld;
  next.replace(next.find("baselines"), 0,
               "  - {name: ws-3, address: 10.10.0.3, labels: {role: workstation}}\n");
  DiffReport r = diff(*decide(kOld), *decide(next));
  EXPECT_TRUE(r.rule_changes.empty());
  EXPECT_FALSE(r.other_groups.empty());
  EXPECT_EQ(r.other_groups.size(), r.groups.size());
}

TEST(Diff, IntentsWhoseOutcomeChanges) {
  const std::string expects = R"(expect:
  - {name: ws-no-rdp, from: {role: workstation}, to: {role: file-server}, services: [rdp], verdict: blocked}
  - {name: ws-smb, from: {role: workstation}, to: {role: file-server}, services: [smb], verdict: reachable}
)";
  std::string next = kOld;
  next.replace(next.find("services: [smb]"), 15, "services: [smb, rdp]");
  auto o = decide(kOld + expects);
  auto n = decide(next + expects);
  std::vector<IntentChange> c = intent_changes(*o, *n);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].name, "ws-no-rdp");
  EXPECT_EQ(c[0].old_holds, std::optional<bool>(true));
  EXPECT_EQ(c[0].new_holds, std::optional<bool>(false));
  EXPECT_TRUE(intent_changes(*o, *o).empty());
}

}  // namespace
}  // namespace bulkhead::analysis
