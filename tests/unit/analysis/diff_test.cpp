// diff: hand-written policy versions with known changes. What the JSON shows of a diff
// (groups, rule edits, intent changes) is data in tests/cases/diff.case; these tests
// re-query both Decisions or compare group lists.
#include <gtest/gtest.h>

#include "analysis/diff.h"
#include "analysis_test_util.h"

namespace bulkhead::analysis {
namespace {

using test::decide;

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

TEST(Diff, AHostChangeIsNotBlamedOnARule) {
  std::string next = kOld;
  next.replace(next.find("baselines"), 0,
               "  - {name: ws-3, address: 10.10.0.3, labels: {role: workstation}}\n");
  DiffReport r = diff(*decide(kOld), *decide(next));
  EXPECT_TRUE(r.rule_changes.empty());
  EXPECT_FALSE(r.other_groups.empty());
  EXPECT_EQ(r.other_groups.size(), r.groups.size());
}

}  // namespace
}  // namespace bulkhead::analysis
