// Unit tests for persistence across reboots (agent/persist.h, agent/systemd_unit.h): the
// persist directory choice, saved file names and contents, durable writes, the boot-time
// unit's text, install and remove; and, in a fresh network namespace of the test process
// (skipped when not root), saving a confirmed table and restoring saved tables in one
// transaction.
#include "agent/persist.h"

#include <fcntl.h>
#include <sched.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "agent/nft_session.h"
#include "agent/systemd_unit.h"
#include "testlib/paths.h"

namespace bulkhead::agent {
namespace {

namespace fs = std::filesystem;

const TableRef kHost{"inet", "bulkhead"};
const TableRef kZone{"inet", "bulkhead_zone_dmz"};

class PersistFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "bulkhead-persist-XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  void write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ + "/" + name) << text;
  }
  unsigned mode_of(const std::string& path) {
    struct stat st {};
    EXPECT_EQ(::stat(path.c_str(), &st), 0) << path;
    return st.st_mode & 07777;
  }
  std::string dir_;
};

// ---- choices and names -----------------------------------------------------------------

TEST(PersistDirChoice, FlagThenEnvironmentThenVarLibBulkhead) {
  std::string why;
  auto flag = resolve_persist_dir("/flag/", "/env", &why);
  ASSERT_TRUE(flag);
  EXPECT_EQ(flag->path, "/flag");
  EXPECT_TRUE(flag->chosen);
  auto env = resolve_persist_dir("", "/env", &why);
  ASSERT_TRUE(env);
  EXPECT_EQ(env->path, "/env");
  EXPECT_TRUE(env->chosen);
  for (const char* unset : {"", static_cast<const char*>(nullptr)}) {
    auto def = resolve_persist_dir("", unset, &why);
    ASSERT_TRUE(def);
    EXPECT_EQ(def->path, "/var/lib/bulkhead");
    EXPECT_FALSE(def->chosen);
  }
}

TEST(PersistDirChoice, ARelativePathIsRefused) {
  std::string why;
  EXPECT_FALSE(resolve_persist_dir("var/lib/bulkhead", nullptr, &why));
  EXPECT_NE(why.find("--persist-dir must be an absolute path"), std::string::npos) << why;
  EXPECT_FALSE(resolve_persist_dir("", "./persist", &why));
  EXPECT_NE(why.find("BULKHEAD_PERSIST_DIR must be an absolute path"), std::string::npos) << why;
}

TEST(PersistFile, NamesCarryFamilyAndTableAndParseBack) {
  EXPECT_EQ(persist_file("/var/lib/bulkhead", kHost), "/var/lib/bulkhead/inet.bulkhead.nft");
  EXPECT_EQ(persist_file("/p/", kZone), "/p/inet.bulkhead_zone_dmz.nft");
  auto t = parse_persist_file_name("inet.bulkhead_zone_a.b.nft");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->family, "inet");
  EXPECT_EQ(t->name, "bulkhead_zone_a.b");
}

TEST(PersistFile, OtherNamesAreNotSavedTables) {
  for (const char* bad : {"inet.bulkhead.nft.tmp.123", "inet.other.nft", "inet.bulkhead",
                          "foo.bulkhead.nft", ".nft", "inet..nft", "inet.bulkhead x.nft", "README"})
    EXPECT_FALSE(parse_persist_file_name(bad)) << bad;
}

TEST(PersistContent, ReplacesTheTableWhereverItIsLoaded) {
  std::string c = persist_content(kHost, "table inet bulkhead {\n}\n");
  EXPECT_EQ(c.rfind("# bulkhead: the last confirmed state of table inet bulkhead", 0), 0u);
  EXPECT_NE(c.find("\ntable inet bulkhead\ndelete table inet bulkhead\ntable inet bulkhead {\n}\n"),
            std::string::npos)
      << c;
  EXPECT_EQ(c.back(), '\n');
}

TEST(SavedTableProblem, OnlyItsOwnTable) {
  SavedTable ok{kHost, "/p/inet.bulkhead.nft",
                persist_content(kHost, "table inet bulkhead {\n}\n")};
  EXPECT_FALSE(saved_table_problem(ok));
  SavedTable other{kHost, "/p/inet.bulkhead.nft", "table inet bulkhead_x {\n}\n"};
  EXPECT_TRUE(saved_table_problem(other));
  SavedTable foreign{kHost, "/p/inet.bulkhead.nft", "table inet other {\n}\n"};
  EXPECT_TRUE(saved_table_problem(foreign));
  SavedTable flush{kHost, "/p/inet.bulkhead.nft",
                   "table inet bulkhead\nflush ruleset\ntable inet bulkhead {\n}\n"};
  auto why = saved_table_problem(flush);
  ASSERT_TRUE(why);
  EXPECT_NE(why->find("whole ruleset"), std::string::npos) << *why;
  SavedTable sneaky{kHost, "/p/inet.bulkhead.nft",
                    "table inet bulkhead {\n}\ndelete table inet other\n"};
  EXPECT_TRUE(saved_table_problem(sneaky));
}

TEST(RestoreTransaction, EveryFileInOneBuffer) {
  std::vector<SavedTable> saved{{kHost, "a", "A1\nA2"}, {kZone, "b", "B1\n"}};
  EXPECT_EQ(restore_transaction(saved), "A1\nA2\nB1\n");
}

// ---- files ---------------------------------------------------------------------------------

TEST_F(PersistFiles, DurableWritesHaveTheirModeAndLeaveNoTemporaryFile) {
  ASSERT_TRUE(write_file_durably(dir_ + "/a.nft", "one\n", 0600).ok());
  ASSERT_TRUE(write_file_durably(dir_ + "/a.nft", "two\n", 0600).ok());
  ASSERT_TRUE(write_file_durably(dir_ + "/u.service", "[Unit]\n", 0644).ok());
  EXPECT_EQ(testing::read_file(dir_ + "/a.nft"), "two\n");
  EXPECT_EQ(mode_of(dir_ + "/a.nft"), 0600u);
  EXPECT_EQ(mode_of(dir_ + "/u.service"), 0644u);
  int n = 0;
  for (const auto& e : fs::directory_iterator(dir_)) {
    (void)e;
    ++n;
  }
  EXPECT_EQ(n, 2);
  EXPECT_FALSE(write_file_durably(dir_ + "/missing/x", "x", 0600).ok());
}

TEST_F(PersistFiles, ReadSavedTablesSortsAndIgnoresOtherFiles) {
  write("inet.bulkhead_zone_dmz.nft", "Z");
  write("inet.bulkhead.nft", "H");
  write("inet.bulkhead.nft.tmp.77", "half");
  write("notes.txt", "x");
  auto s = read_saved_tables(dir_);
  ASSERT_TRUE(s) << s.error();
  EXPECT_TRUE(s.value().dir_exists);
  ASSERT_EQ(s.value().tables.size(), 2u);
  EXPECT_EQ(s.value().tables[0].table.str(), "inet bulkhead");
  EXPECT_EQ(s.value().tables[0].content, "H");
  EXPECT_EQ(s.value().tables[1].table.str(), "inet bulkhead_zone_dmz");
  EXPECT_EQ(s.value().ignored, (std::vector<std::string>{"inet.bulkhead.nft.tmp.77", "notes.txt"}));
  auto missing = read_saved_tables(dir_ + "/nope");
  ASSERT_TRUE(missing);
  EXPECT_FALSE(missing.value().dir_exists);
  EXPECT_TRUE(missing.value().tables.empty());
}

// ---- the boot-time unit ----------------------------------------------------------------------

TEST(RestoreUnit, RunsRestoreBeforeTheNetworkAfterTheFileSystems) {
  std::string u = restore_unit_text("/usr/local/bin/bulkhead", "/var/lib/bulkhead");
  const char* expected = R"([Unit]
Description=bulkhead: restore the last confirmed firewall tables
DefaultDependencies=no
Wants=network-pre.target
Before=network-pre.target shutdown.target
After=local-fs.target systemd-modules-load.service nftables.service
RequiresMountsFor=/var/lib/bulkhead
Conflicts=shutdown.target

[Service]
Type=oneshot
RemainAfterExit=yes
ExecStart=/usr/local/bin/bulkhead restore --persist-dir /var/lib/bulkhead

[Install]
WantedBy=sysinit.target
)";
  std::size_t unit = u.find("[Unit]");
  ASSERT_NE(unit, std::string::npos);
  EXPECT_EQ(u.substr(unit), expected);
  // The leading comment says where it came from.
  EXPECT_EQ(u.rfind("# Written by `bulkhead persist install`", 0), 0u);
  for (std::size_t i = 0; i < unit; i = u.find('\n', i) + 1) EXPECT_EQ(u[i], '#') << u;
}

TEST(RestoreUnit, PathsAUnitWouldInterpretAreRefused) {
  EXPECT_FALSE(unit_path_problem("/usr/local/bin/bulkhead"));
  EXPECT_FALSE(unit_path_problem("/var/lib/bulk-head_2.0"));
  for (const char* bad : {"relative/bin", "", "/with space", "/a%b", "/a$b", "/a\"b", "/a\\b",
                          "/a;b", "/a\nb", "/x (deleted)"})
    EXPECT_TRUE(unit_path_problem(bad)) << bad;
}

TEST_F(PersistFiles, InstallWritesTheUnitAndRemoveTakesItAndItsLinkAway) {
  std::string text = restore_unit_text("/usr/local/bin/bulkhead", "/var/lib/bulkhead");
  auto path = install_restore_unit(dir_, text);
  ASSERT_TRUE(path) << path.error();
  EXPECT_EQ(path.value(), dir_ + "/bulkhead-restore.service");
  EXPECT_EQ(testing::read_file(path.value()), text);
  EXPECT_EQ(mode_of(path.value()), 0644u);
  // `systemctl enable` would make this link; a foreign link of the same name stays.
  fs::create_directories(dir_ + "/sysinit.target.wants");
  fs::create_symlink(path.value(), dir_ + "/sysinit.target.wants/bulkhead-restore.service");
  auto removed = remove_restore_unit(dir_);
  ASSERT_TRUE(removed) << removed.error();
  EXPECT_TRUE(removed.value().unit);
  EXPECT_TRUE(removed.value().link);
  EXPECT_FALSE(fs::exists(path.value()));
  EXPECT_FALSE(fs::is_symlink(dir_ + "/sysinit.target.wants/bulkhead-restore.service"));
  auto again = remove_restore_unit(dir_);
  ASSERT_TRUE(again);
  EXPECT_FALSE(again.value().unit);
  EXPECT_FALSE(again.value().link);
  EXPECT_FALSE(install_restore_unit(dir_ + "/nope", text));
}

// ---- with the kernel, in a fresh network namespace ---------------------------------------------

const char* kHostRuleset = R"(table inet bulkhead
delete table inet bulkhead
table inet bulkhead {
  set admins { type ipv4_addr; flags interval; elements = { 198.18.2.11, 198.18.3.0/24 } }
  chain input {
    type filter hook input priority 0; policy drop;
    ct state established,related accept
    ip saddr @admins tcp dport 22 counter accept comment "anti-lockout/management @ t.yaml:3"
  }
}
)";

const char* kZoneRuleset = R"(table inet bulkhead_zone_dmz
delete table inet bulkhead_zone_dmz
table inet bulkhead_zone_dmz {
  chain forward {
    type filter hook forward priority 0; policy drop;
    ct state established,related accept
  }
}
)";

class PersistKernel : public PersistFiles {
 protected:
  void SetUp() override {
    PersistFiles::SetUp();
    home_ = ::open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
    if (home_ < 0 || ::unshare(CLONE_NEWNET) != 0)
      GTEST_SKIP() << "needs root (unshare(CLONE_NEWNET))";
    moved_ = true;
    auto probe = NftSession::open(NftFormat::Text);
    if (!probe || !probe.value().list_ruleset()) GTEST_SKIP() << "nftables is not usable here";
  }
  void TearDown() override {
    if (moved_) {
      EXPECT_EQ(::setns(home_, CLONE_NEWNET), 0);
    }
    if (home_ >= 0) ::close(home_);
    PersistFiles::TearDown();
  }
  // A new, empty namespace: what the machine looks like after a reboot.
  void reboot() { ASSERT_EQ(::unshare(CLONE_NEWNET), 0); }
  static void run(const std::string& commands) {
    auto s = NftSession::open(NftFormat::Text);
    ASSERT_TRUE(s);
    auto r = s.value().run(commands);
    ASSERT_TRUE(r) << r.error();
  }
  static std::string listing(const TableRef& t) {
    auto s = NftSession::open(NftFormat::TextStateless);
    EXPECT_TRUE(s);
    auto l = s.value().list_table(t.family, t.name);
    EXPECT_TRUE(l) << l.error();
    return l && l.value() ? *l.value() : "(absent)";
  }
  static std::string ruleset() {
    auto s = NftSession::open(NftFormat::Text);
    EXPECT_TRUE(s);
    auto r = s.value().list_ruleset();
    return r ? r.value() : "(error)";
  }
  int home_ = -1;
  bool moved_ = false;
};

TEST_F(PersistKernel, ASavedTableComesBackExactlyAfterAReboot) {
  run(kHostRuleset);
  run(kZoneRuleset);
  std::string dir = dir_ + "/persist";  // created by the first save
  auto saved = save_confirmed_table(dir, kHost);
  ASSERT_TRUE(saved) << saved.error();
  EXPECT_EQ(saved.value(), SaveOutcome::Saved);
  EXPECT_EQ(mode_of(dir), 0700u);
  EXPECT_EQ(mode_of(persist_file(dir, kHost)), 0600u);
  auto zone = save_confirmed_table(dir, kZone);
  ASSERT_TRUE(zone) << zone.error();
  // Saving the same state again does not rewrite the file.
  auto again = save_confirmed_table(dir, kHost);
  ASSERT_TRUE(again);
  EXPECT_EQ(again.value(), SaveOutcome::Unchanged);
  std::string host_before = listing(kHost), zone_before = listing(kZone);
  // Counter values are not saved.
  EXPECT_EQ(testing::read_file(persist_file(dir, kHost)).find("packets"), std::string::npos);

  reboot();
  EXPECT_EQ(listing(kHost), "(absent)");
  auto tables = read_saved_tables(dir);
  ASSERT_TRUE(tables) << tables.error();
  ASSERT_EQ(tables.value().tables.size(), 2u);
  for (const SavedTable& t : tables.value().tables) EXPECT_FALSE(saved_table_problem(t));
  ASSERT_TRUE(load_saved_tables(tables.value().tables).ok());
  EXPECT_EQ(listing(kHost), host_before);
  EXPECT_EQ(listing(kZone), zone_before);
  // Restoring over the restored tables replaces them (no duplicate rules).
  ASSERT_TRUE(load_saved_tables(tables.value().tables).ok());
  EXPECT_EQ(listing(kHost), host_before);
}

TEST_F(PersistKernel, AnAbsentTableRemovesItsSavedFile) {
  std::string dir = dir_ + "/persist";
  auto nothing = save_confirmed_table(dir, kHost);
  ASSERT_TRUE(nothing) << nothing.error();
  EXPECT_EQ(nothing.value(), SaveOutcome::NothingSaved);
  run(kHostRuleset);
  ASSERT_TRUE(save_confirmed_table(dir, kHost));
  run("delete table inet bulkhead\n");
  auto removed = save_confirmed_table(dir, kHost);
  ASSERT_TRUE(removed) << removed.error();
  EXPECT_EQ(removed.value(), SaveOutcome::Removed);
  EXPECT_FALSE(fs::exists(persist_file(dir, kHost)));
}

TEST_F(PersistKernel, RestoreIsAllOrNothing) {
  run(kHostRuleset);
  ASSERT_TRUE(save_confirmed_table(dir_, kHost));
  // A second saved table the kernel refuses: it deletes a table that does not exist.
  write("inet.bulkhead_zone_bad.nft",
        "table inet bulkhead_zone_bad\ndelete table inet bulkhead_zone_bad\n"
        "table inet bulkhead_zone_bad {\n}\ndelete table inet bulkhead_zone_missing\n");
  reboot();
  run("table inet other {\n  chain c {\n    type filter hook input priority 10; policy accept;\n  "
      "}\n}\n");
  std::string before = ruleset();
  auto tables = read_saved_tables(dir_);
  ASSERT_TRUE(tables);
  ASSERT_EQ(tables.value().tables.size(), 2u);
  Status loaded = load_saved_tables(tables.value().tables);
  EXPECT_FALSE(loaded.ok());
  EXPECT_NE(loaded.error().find("no saved table was loaded"), std::string::npos) << loaded.error();
  EXPECT_EQ(ruleset(), before);
}

}  // namespace
}  // namespace bulkhead::agent
