// Loader tests over several files: lists concatenate in file order, names are unique
// across files, `name` and `settings` belong to one file, references cross files, and a
// directory means its *.yaml / *.yml files sorted by name.
#include <gtest/gtest.h>

#include "policy_test_util.h"

namespace bulkhead::policy {
namespace {

using testing::load_paths;
using testing::Loaded;
using testing::TempDir;

const char* const kZones = R"(bulkhead: 1
name: split
settings:
  management: {role: admin}
zones:
  - name: office
    cidrs: [10.10.0.0/16]
hosts:
  - name: adm
    address: 10.10.0.1
    labels: {role: admin}
rules:
  - name: admin-in
    action: allow
    from: {host: adm}
    to: {host: fs}
    services: [ssh]
)";

// kZones without its reference to b.yaml's host, for tests that load it without kServers.
const std::string kSolo = [] {
  std::string s = kZones;
  s.replace(s.find("to: {host: fs}"), 14, "to: {host: adm}");
  return s;
}();

const char* const kServers = R"(bulkhead: 1
zones:
  - name: servers
    cidrs: [10.20.0.0/16]
hosts:
  - name: fs
    address: 10.20.0.10
    labels: {role: file-server}
rules:
  - name: office-to-fs
    action: allow
    from: {zone: office}
    to: {zone: servers}
    services: [smb]
baselines: [lateral-movement]
)";

TEST(Merge, TwoFilesConcatenateInOrderAndReferenceEachOther) {
  TempDir dir;
  std::string a = dir.write("a.yaml", kZones);
  std::string b = dir.write("b.yaml", kServers);
  Loaded l = load_paths({a, b});
  ASSERT_TRUE(l.model) << l.errors.at(0);
  const Model& m = *l.model;
  EXPECT_EQ(m.files, (std::vector<std::string>{a, b}));
  EXPECT_EQ(m.name, "split");
  ASSERT_EQ(m.zones.size(), 2u);
  EXPECT_EQ(m.zones[0].name, "office");
  EXPECT_EQ(m.zones[1].name, "servers");
  EXPECT_EQ(m.zones[1].loc.file, b);
  ASSERT_EQ(m.hosts.size(), 2u);
  EXPECT_EQ(m.hosts[1].name, "fs");
  // a.yaml's rule names b.yaml's host; rules keep file order, baselines come last.
  ASSERT_EQ(m.rules.size(), 2u + 9u);
  EXPECT_EQ(m.rules[0].name, "admin-in");
  EXPECT_EQ(m.rules[0].loc, (SourceLoc{a, 13, 5}));
  EXPECT_EQ(m.rules[1].name, "office-to-fs");
  EXPECT_EQ(m.rules[1].loc, (SourceLoc{b, 10, 5}));
  EXPECT_EQ(m.rules[2].name, "lateral-movement/smb");
  EXPECT_EQ(m.rules[2].loc, (SourceLoc{b, 15, 13}));
  EXPECT_TRUE(l.warnings.empty()) << l.warnings.at(0);

  // The other order gives the same elements in the other order.
  Loaded r = load_paths({b, a});
  ASSERT_TRUE(r.model);
  EXPECT_EQ(r.model->rules[0].name, "office-to-fs");
  EXPECT_EQ(r.model->rules[2].name, "lateral-movement/smb");
}

TEST(Merge, DirectoryIsItsYamlFilesSortedByName) {
  TempDir dir;
  dir.write("pol/20-servers.yml", kServers);
  dir.write("pol/10-zones.yaml", kZones);
  dir.write("pol/README.md", "not a policy");
  dir.write("pol/notes.yaml.bak", "not a policy either");
  dir.write("pol/sub/30-ignored.yaml", "bulkhead: 1\nname: [not read]\n");
  std::string pol = dir.path() + "/pol";
  Loaded l = load_paths({pol});
  ASSERT_TRUE(l.model) << l.errors.at(0);
  EXPECT_EQ(l.model->files,
            (std::vector<std::string>{pol + "/10-zones.yaml", pol + "/20-servers.yml"}));
  EXPECT_EQ(l.model->rules[0].loc.file, pol + "/10-zones.yaml");
  // A trailing slash joins the same way.
  Loaded slash = load_paths({pol + "/"});
  ASSERT_TRUE(slash.model);
  EXPECT_EQ(slash.model->files.front(), pol + "/10-zones.yaml");
}

TEST(Merge, DirectoryAndFileTogether) {
  TempDir dir;
  std::string a = dir.write("a.yaml", kZones);
  dir.write("more/b.yaml", kServers);
  Loaded l = load_paths({a, dir.path() + "/more"});
  ASSERT_TRUE(l.model) << l.errors.at(0);
  EXPECT_EQ(l.model->files.size(), 2u);
  EXPECT_EQ(l.model->files[1], dir.path() + "/more/b.yaml");
}

TEST(Merge, RenderedArtifactsNameFilesByBaseNameUnlessTwoShareIt) {
  TempDir dir;
  std::string a = dir.write("pol/a.yaml", kZones);
  std::string b = dir.write("pol/b.yaml", kServers);
  // However the policy's path is spelled, artifacts name the same positions.
  Loaded direct = load_paths({dir.path() + "/pol"});
  Loaded roundabout = load_paths({dir.path() + "/pol/../pol/"});
  ASSERT_TRUE(direct.model && roundabout.model);
  const Model& m = *direct.model;
  EXPECT_EQ(m.artifact_line(m.rules[0].loc), "a.yaml:13");
  EXPECT_EQ(m.artifact_line(m.rules[1].loc), "b.yaml:10");
  EXPECT_EQ(roundabout.model->artifact_line(roundabout.model->rules[1].loc), "b.yaml:10");
  EXPECT_NE(roundabout.model->rules[1].loc.file, m.rules[1].loc.file);
  EXPECT_EQ(m.artifact_line(SourceLoc{b, 0, 0}), "b.yaml");
  EXPECT_EQ(m.artifact_line(SourceLoc{}), "");

  // Two files with one base name keep their paths as given, so they stay apart.
  std::string other = dir.write("other/b.yaml", "bulkhead: 1\n");
  Loaded both = load_paths({a, b, other});
  ASSERT_TRUE(both.model) << both.errors.at(0);
  EXPECT_EQ(both.model->artifact_line(both.model->rules[0].loc), "a.yaml:13");
  EXPECT_EQ(both.model->artifact_line(both.model->rules[1].loc), b + ":10");
}

TEST(Merge, NamesMustBeUniqueAcrossFiles) {
  TempDir dir;
  std::string a = dir.write("a.yaml", kSolo);
  std::string b = dir.write("b.yaml", R"(bulkhead: 1
zones:
  - name: office
    cidrs: [10.30.0.0/16]
hosts:
  - name: adm
    address: 10.30.0.1
services:
  - name: app
    ports: [tcp/1]
  - name: app
    ports: [tcp/2]
rules:
  - name: admin-in
    action: deny
    from: any
    to: any
    services: [ssh]
expect:
  - {name: e, from: any, to: any, services: [ssh], verdict: blocked}
  - {name: e, from: any, to: any, services: [ssh], verdict: blocked}
)");
  Loaded l = load_paths({a, b});
  EXPECT_FALSE(l.model);
  const std::vector<std::string> expected = {
      b + ":3:11: error: duplicate zone name 'office' (first defined at " + a + ":6:5)",
      b + ":6:11: error: duplicate host name 'adm' (first defined at " + a + ":9:5)",
      b + ":11:11: error: duplicate service name 'app' (first defined at " + b + ":9:5)",
      b + ":14:11: error: duplicate rule name 'admin-in' (first defined at " + a + ":13:5)",
      b + ":21:12: error: duplicate expect name 'e' (first defined at " + b + ":20:5)",
  };
  EXPECT_EQ(l.errors, expected);
}

TEST(Merge, AddressesAndCidrsAreUniqueAcrossFiles) {
  TempDir dir;
  std::string a = dir.write("a.yaml", kSolo);
  std::string b = dir.write("b.yaml", R"(bulkhead: 1
zones:
  - name: office2
    cidrs: [10.10.0.0/16]
hosts:
  - name: adm2
    address: 10.10.0.1
)");
  Loaded l = load_paths({a, b});
  ASSERT_EQ(l.errors.size(), 2u);
  EXPECT_EQ(l.errors[0], b +
                             ":4:13: error: CIDR 10.10.0.0/16 of zone 'office2' is also a CIDR of "
                             "zone 'office' (at " +
                             a +
                             ":7:13); overlapping CIDRs of equal "
                             "length in two zones are not allowed");
  EXPECT_EQ(l.errors[1], b +
                             ":7:14: error: address 10.10.0.1 of host 'adm2' is already the "
                             "address of host 'adm' (at " +
                             a +
                             ":10:14); two hosts may not "
                             "share an address");
}

TEST(Merge, NameAndSettingsBelongToOneFile) {
  TempDir dir;
  std::string a = dir.write("a.yaml", kSolo);
  std::string b = dir.write("b.yaml", "bulkhead: 1\nname: other\nsettings:\n  log_rate: 1/day\n");
  Loaded l = load_paths({a, b});
  const std::vector<std::string> expected = {
      b + ":2:1: error: name given again (first at " + a +
          ":2:1; name may appear in only one "
          "file)",
      b + ":3:1: error: settings given again (first at " + a +
          ":3:1; settings may appear in "
          "only one file)",
  };
  EXPECT_EQ(l.errors, expected);
}

TEST(Merge, BaselineListedInTwoFiles) {
  TempDir dir;
  std::string a = dir.write("a.yaml", "bulkhead: 1\nbaselines: [lateral-movement]\n");
  std::string b = dir.write("b.yaml", "bulkhead: 1\nbaselines: [lateral-movement]\n");
  Loaded l = load_paths({a, b});
  ASSERT_EQ(l.errors.size(), 1u);
  EXPECT_EQ(l.errors[0],
            b + ":2:13: error: baseline 'lateral-movement' listed twice (first at " + a + ":2:13)");
}

TEST(Merge, EveryFileNeedsTheHeader) {
  TempDir dir;
  std::string a = dir.write("a.yaml", kSolo);
  std::string b = dir.write("b.yaml", "zones: []\n");
  std::string c = dir.write("c.yaml", "");
  Loaded l = load_paths({a, b, c});
  const std::vector<std::string> expected = {
      b + ":1:1: error: missing 'bulkhead: 1' at the start of the file (every policy file starts "
          "with the format version)",
      c + ":1:1: error: empty policy file (expected a map starting with 'bulkhead: 1')",
  };
  EXPECT_EQ(l.errors, expected);
}

TEST(Merge, ErrorsOfEveryFileAreReported) {
  TempDir dir;
  std::string a = dir.write("a.yaml", "bulkhead: 1\nzones: [{name: z, cidrs: [10.0.0.1/8]}]\n");
  std::string b = dir.write("b.yaml", "bulkhead: 1\nrules: [{name: r}]\n");
  Loaded l = load_paths({a, b});
  ASSERT_EQ(l.errors.size(), 5u);
  EXPECT_EQ(l.errors[0].rfind(a + ":2:27: error: invalid CIDR", 0), 0u) << l.errors[0];
  for (std::size_t i = 1; i < 5; ++i) {
    EXPECT_EQ(l.errors[i].rfind(b + ":2:9: error: rule 'r' is missing required key", 0), 0u)
        << l.errors[i];
  }
}

TEST(Merge, MissingPathsAndEmptyDirectories) {
  TempDir dir;
  std::string a = dir.write("a.yaml", kSolo);
  std::filesystem::create_directories(dir.path() + "/empty");
  dir.write("docs/readme.txt", "x");
  Loaded l =
      load_paths({dir.path() + "/nope.yaml", a, dir.path() + "/empty", dir.path() + "/docs"});
  EXPECT_FALSE(l.model);
  ASSERT_EQ(l.errors.size(), 3u);
  EXPECT_EQ(l.errors[0],
            dir.path() + "/docs: error: directory holds no *.yaml or *.yml policy file");
  EXPECT_EQ(l.errors[1],
            dir.path() + "/empty: error: directory holds no *.yaml or *.yml policy file");
  EXPECT_EQ(l.errors[2],
            dir.path() + "/nope.yaml: error: cannot read policy file: no such file or directory");
}

TEST(Merge, SameFileTwice) {
  TempDir dir;
  std::string a = dir.write("a.yaml", kSolo);
  Loaded l = load_paths({a, dir.path() + "/./a.yaml"});
  ASSERT_EQ(l.errors.size(), 1u);
  EXPECT_NE(l.errors[0].find("policy file given twice"), std::string::npos);
}

}  // namespace
}  // namespace bulkhead::policy
