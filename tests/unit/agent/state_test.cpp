// Unit tests for the agent's state files (agent/state.h): naming keyed by network
// namespace and table, the JSON records, and the atomic file helpers.
#include "agent/state.h"

#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>

namespace bulkhead::agent {
namespace {

class StateDir : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (std::filesystem::temp_directory_path() / "bulkhead-state-XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  std::string dir_;
};

TEST(StateFile, NameCarriesNamespaceFamilyTableAndSuffix) {
  TableRef t{"inet", "bulkhead"};
  EXPECT_EQ(state_file("/run/bulkhead", 4026531840u, t, "pending"),
            "/run/bulkhead/net-4026531840.inet.bulkhead.pending");
  EXPECT_EQ(state_file("/tmp/s/", 7, TableRef{"inet", "bulkhead_zone_dmz"}, "lock"),
            "/tmp/s/net-7.inet.bulkhead_zone_dmz.lock");
}

TEST(StateFile, DifferentNamespacesAndTablesNeverShareAFile) {
  TableRef host{"inet", "bulkhead"}, zone{"inet", "bulkhead_zone_dmz"};
  EXPECT_NE(state_file("/d", 1, host, "pending"), state_file("/d", 2, host, "pending"));
  EXPECT_NE(state_file("/d", 1, host, "pending"), state_file("/d", 1, zone, "pending"));
  EXPECT_NE(state_file("/d", 1, host, "pending"), state_file("/d", 1, host, "rollback"));
}

TEST(StateFile, NamesParseBack) {
  TableRef t{"inet", "bulkhead_zone_a.b"};
  std::string path = state_file("/d", 4026532396u, t, "rollback");
  auto parsed = parse_state_file_name(std::filesystem::path(path).filename().string());
  ASSERT_TRUE(parsed);
  EXPECT_EQ(parsed->netns, 4026532396u);
  EXPECT_EQ(parsed->table.family, "inet");
  EXPECT_EQ(parsed->table.name, "bulkhead_zone_a.b");
  EXPECT_EQ(parsed->suffix, "rollback");
}

TEST(StateFile, ForeignNamesDoNotParse) {
  for (const char* bad : {"net-.inet.bulkhead.pending", "net-12x.inet.bulkhead.pending",
                          "net-1.inet.bulkhead.tmp.55", "net-1.inet.pending", "other",
                          "net-1..bulkhead.pending", "net-1.inet.bulkhead.pending.tmp.1"})
    EXPECT_FALSE(parse_state_file_name(bad)) << bad;
}

TEST(StateDirChoice, FlagThenEnvironmentThenRunBulkhead) {
  EXPECT_EQ(resolve_state_dir("/flag", "/env"), "/flag");
  EXPECT_EQ(resolve_state_dir("", "/env"), "/env");
  EXPECT_EQ(resolve_state_dir("", ""), "/run/bulkhead");
  EXPECT_EQ(resolve_state_dir("", nullptr), "/run/bulkhead");
}

TEST(StateDirChoice, ARelativeDirectoryIsTakenFromTheCurrentDirectory) {
  // The watchdog runs from "/": it must be handed the same directory, not a name.
  std::string cwd = std::filesystem::current_path().string();
  EXPECT_EQ(resolve_state_dir("state", nullptr), cwd + "/state");
  EXPECT_EQ(resolve_state_dir("", "rel/dir"), cwd + "/rel/dir");
  EXPECT_EQ(resolve_state_dir("/abs", "rel"), "/abs");
}

TEST(StateRecords, PendingRoundTrips) {
  Pending p;
  p.token = "abc";
  p.watchdog_pid = 42;
  p.armed_ms = 1000;
  p.deadline_ms = 4000;
  p.previous_present = true;
  p.previous = "table inet bulkhead {\n\tchain input {\n\t}\n}\n";
  p.what = "lab.yaml --host ws1";
  auto back = pending_from_json(pending_to_json(p));
  ASSERT_TRUE(back);
  EXPECT_EQ(back->token, p.token);
  EXPECT_EQ(back->watchdog_pid, 42);
  EXPECT_EQ(back->deadline_ms, 4000);
  EXPECT_TRUE(back->previous_present);
  EXPECT_EQ(back->previous, p.previous);
  EXPECT_EQ(back->what, p.what);
  EXPECT_FALSE(pending_from_json("{\"token\": 1}"));
  EXPECT_FALSE(pending_from_json("not json"));
}

TEST(StateRecords, RollbackRoundTrips) {
  RollbackRecord r{123, true, false, "removed table inet bulkhead (it was absent)", "x"};
  auto back = rollback_from_json(rollback_to_json(r));
  ASSERT_TRUE(back);
  EXPECT_EQ(back->at_ms, 123);
  EXPECT_TRUE(back->ok);
  EXPECT_FALSE(back->restored_present);
  EXPECT_EQ(back->message, r.message);
}

TEST_F(StateDir, WritesAtomicallyReadsAndRemoves) {
  std::string path = dir_ + "/f";
  auto missing = read_optional_file(path);
  ASSERT_TRUE(missing);
  EXPECT_FALSE(missing.value());
  ASSERT_TRUE(write_state_file(path, "one"));
  ASSERT_TRUE(write_state_file(path, "two"));
  auto got = read_optional_file(path);
  ASSERT_TRUE(got && got.value());
  EXPECT_EQ(*got.value(), "two");
  EXPECT_EQ(std::filesystem::status(path).permissions() & std::filesystem::perms::all,
            std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  ASSERT_TRUE(remove_state_file(path));
  ASSERT_TRUE(remove_state_file(path));  // absent is fine
  // No temporary file is left behind.
  EXPECT_TRUE(std::filesystem::is_empty(dir_));
}

TEST_F(StateDir, ListsTablesOfOneNamespaceBySuffix) {
  TableRef host{"inet", "bulkhead"}, zone{"inet", "bulkhead_zone_dmz"};
  ASSERT_TRUE(write_state_file(state_file(dir_, 1, zone, "pending"), "{}"));
  ASSERT_TRUE(write_state_file(state_file(dir_, 1, host, "pending"), "{}"));
  ASSERT_TRUE(write_state_file(state_file(dir_, 2, host, "pending"), "{}"));
  ASSERT_TRUE(write_state_file(state_file(dir_, 1, host, "rollback"), "{}"));
  ASSERT_TRUE(write_state_file(dir_ + "/unrelated.txt", "x"));
  auto pending = tables_with_state(dir_, 1, "pending");
  ASSERT_TRUE(pending);
  ASSERT_EQ(pending.value().size(), 2u);
  EXPECT_EQ(pending.value()[0].name, "bulkhead");
  EXPECT_EQ(pending.value()[1].name, "bulkhead_zone_dmz");
  auto rolled = tables_with_state(dir_, 1, "rollback");
  ASSERT_TRUE(rolled);
  EXPECT_EQ(rolled.value().size(), 1u);
  auto none = tables_with_state(dir_ + "/absent", 1, "pending");
  ASSERT_TRUE(none);
  EXPECT_TRUE(none.value().empty());
}

TEST_F(StateDir, LockIsExclusiveUntilReleased) {
  std::string path = dir_ + "/x.lock";
  int other = -1;
  {
    auto first = StateLock::acquire(path);
    ASSERT_TRUE(first);
    // flock conflicts between open file descriptions, even within one process.
    other = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
    ASSERT_GE(other, 0);
    EXPECT_NE(::flock(other, LOCK_EX | LOCK_NB), 0);
    EXPECT_EQ(errno, EWOULDBLOCK);
  }
  EXPECT_EQ(::flock(other, LOCK_EX | LOCK_NB), 0);
  ::close(other);
}

TEST(Netns, IdentifiesTheCallersNamespace) {
  auto id = current_netns_id();
  ASSERT_TRUE(id) << id.error();
  EXPECT_GT(id.value(), 0u);
  EXPECT_EQ(netns_of(getpid()), id.value());
  EXPECT_TRUE(watchdog_alive(getpid(), id.value()));
  EXPECT_FALSE(watchdog_alive(getpid(), id.value() + 1));
  EXPECT_FALSE(watchdog_alive(-1, id.value()));
}

mode_t mode_of(const std::string& path) {
  struct stat st {};
  EXPECT_EQ(::lstat(path.c_str(), &st), 0) << path;
  return st.st_mode & 07777;
}

TEST_F(StateDir, AnExistingDirectoryKeepsItsMode) {
  // e.g. --state-dir /tmp: bulkhead must not turn a shared directory into a private one.
  std::string shared = dir_ + "/shared";
  ASSERT_EQ(::mkdir(shared.c_str(), 0700), 0);
  ASSERT_EQ(::chmod(shared.c_str(), 01777), 0);
  ASSERT_TRUE(ensure_state_dir(shared));
  EXPECT_EQ(mode_of(shared), 01777u);
  ASSERT_EQ(::chmod(dir_.c_str(), 0755), 0);
  ASSERT_TRUE(ensure_state_dir(dir_));
  EXPECT_EQ(mode_of(dir_), 0755u);
}

TEST_F(StateDir, MissingDirectoriesAreCreatedPrivate) {
  std::string deep = dir_ + "/a/b/state";
  ASSERT_TRUE(ensure_state_dir(deep));
  EXPECT_TRUE(std::filesystem::is_directory(deep));
  EXPECT_EQ(mode_of(deep), 0700u);
  EXPECT_EQ(mode_of(dir_ + "/a"), 0700u);
  ASSERT_TRUE(ensure_state_dir(deep + "/"));  // already there: fine
}

TEST_F(StateDir, ASymlinkOrAFileIsRefused) {
  std::string real = dir_ + "/real";
  std::string link = dir_ + "/link";
  ASSERT_EQ(::mkdir(real.c_str(), 0700), 0);
  ASSERT_EQ(::symlink(real.c_str(), link.c_str()), 0);
  auto why = state_dir_problem(link);
  ASSERT_TRUE(why);
  EXPECT_NE(why->find("is a symlink to " + std::filesystem::canonical(real).string()),
            std::string::npos)
      << *why;
  EXPECT_TRUE(state_dir_problem(link + "/"));
  EXPECT_FALSE(ensure_state_dir(link));
  ASSERT_TRUE(write_state_file(dir_ + "/file", "x"));
  why = state_dir_problem(dir_ + "/file");
  ASSERT_TRUE(why);
  EXPECT_NE(why->find("not a directory"), std::string::npos) << *why;
  EXPECT_FALSE(ensure_state_dir(dir_ + "/file"));
  EXPECT_FALSE(state_dir_problem(real));
  EXPECT_FALSE(state_dir_problem(dir_ + "/not-yet"));
}

TEST_F(StateDir, StateFilesBulkheadDidNotWriteAreNotTrusted) {
  std::string target = dir_ + "/target";
  ASSERT_TRUE(write_state_file(target, "{}"));
  std::string link = dir_ + "/net-1.inet.bulkhead.pending";
  ASSERT_EQ(::symlink(target.c_str(), link.c_str()), 0);
  auto got = read_optional_file(link);
  EXPECT_FALSE(got);
  if (::geteuid() == 0) {
    std::string foreign = dir_ + "/foreign";
    ASSERT_TRUE(write_state_file(foreign, "{}"));
    ASSERT_EQ(::chown(foreign.c_str(), 65534, 65534), 0);
    auto other = read_optional_file(foreign);
    ASSERT_FALSE(other);
    EXPECT_NE(other.error().find("not trusted"), std::string::npos) << other.error();
  }
}

}  // namespace
}  // namespace bulkhead::agent
