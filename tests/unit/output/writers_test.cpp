// The output layer is what the commands print: on the bundled examples, each writer's
// text in a string stream is byte for byte the binary's standard output for the same
// command, format and flags, and each exit_code is the binary's exit code. The exit codes
// are also checked as pure functions of hand-made results.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "analysis/coverage.h"
#include "analysis/diff.h"
#include "analysis/exposure.h"
#include "analysis/matrix.h"
#include "analysis/verify.h"
#include "output/audit.h"
#include "output/coverage.h"
#include "output/diff.h"
#include "output/exposure.h"
#include "output/format.h"
#include "output/matrix.h"
#include "output/verify.h"
#include "policy/catalog.h"
#include "policy/loader.h"
#include "ruleset/audit.h"
#include "ruleset/import.h"
#include "testlib/paths.h"

namespace bulkhead::output {
namespace {

struct CommandRun {
  std::string out;
  int code = -1;
};

// The binary's standard output and exit code for `args` (stderr discarded).
CommandRun run_bulkhead(const std::string& args) {
  CommandRun r;
  const std::string cmd = bulkhead::testing::bulkhead_binary() + " " + args + " 2>/dev/null";
  FILE* p = ::popen(cmd.c_str(), "r");
  if (p == nullptr) return r;
  std::array<char, 65536> buf;
  for (std::size_t n; (n = std::fread(buf.data(), 1, buf.size(), p)) > 0;)
    r.out.append(buf.data(), n);
  const int status = ::pclose(p);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

std::string example(const std::string& name) {
  return bulkhead::testing::source_dir() + "/examples/" + name;
}

std::shared_ptr<const decision::Decision> decide(const std::string& path) {
  Diagnostics diags;
  auto model = policy::load({path}, diags);
  EXPECT_TRUE(model.has_value() && !diags.has_errors()) << path;
  if (!model) return nullptr;
  return decision::Decision::resolve(std::move(*model));
}

const char* const kExamples[] = {"enterprise", "hospital"};

TEST(OutputWriters, VerifyIsWhatTheCommandPrintsInEveryFormat) {
  struct Case {
    Format format;
    VerifyOptions opts;
    const char* flags;
  };
  const Case cases[] = {{Format::Table, {false, false}, ""},
                        {Format::Table, {false, true}, "--details"},
                        {Format::Table, {true, true}, "--details --allow-gaps"},
                        {Format::Json, {false, false}, "--format json"},
                        {Format::Sarif, {false, false}, "--format sarif"},
                        {Format::Sarif, {true, false}, "--format sarif --allow-gaps"}};
  for (const char* name : kExamples) {
    const std::string path = example(name);
    auto d = decide(path);
    ASSERT_NE(d, nullptr);
    const analysis::VerifyReport r = analysis::verify(*d);
    for (const Case& c : cases) {
      std::ostringstream os;
      write_verify(r, *d, c.format, c.opts, os);
      const CommandRun run = run_bulkhead("verify " + path + " " + c.flags);
      EXPECT_FALSE(os.str().empty()) << name << " " << c.flags;
      EXPECT_EQ(os.str(), run.out) << name << " " << c.flags;
      EXPECT_EQ(exit_code(r, c.opts), run.code) << name << " " << c.flags;
    }
  }
}

TEST(OutputWriters, ExposureAndCoverageAreWhatTheCommandsPrint) {
  for (const char* name : kExamples) {
    const std::string path = example(name);
    auto d = decide(path);
    ASSERT_NE(d, nullptr);
    std::string why;
    auto services = policy::resolve_service_names(d->model(), "lateral-movement", &why);
    ASSERT_TRUE(services.has_value()) << why;
    analysis::Context ctx(*d);
    const analysis::ExposureReport x = analysis::compute_exposure(ctx, *services);
    const analysis::CoverageReport c = analysis::compute_coverage(ctx);
    for (Format f : {Format::Table, Format::Json}) {
      const std::string flags = " --format " + std::string(format_name(f));
      std::ostringstream xs, cs;
      write_exposure(x, *d, f, {}, xs);
      const CommandRun xr = run_bulkhead("exposure " + path + flags);
      EXPECT_EQ(xs.str(), xr.out) << name << flags;
      EXPECT_EQ(exit_code(x), xr.code) << name << flags;
      write_coverage(c, *d, f, {}, cs);
      const CommandRun cr = run_bulkhead("coverage " + path + flags);
      EXPECT_EQ(cs.str(), cr.out) << name << flags;
      EXPECT_EQ(exit_code(c), cr.code) << name << flags;
    }
  }
}

TEST(OutputWriters, MatrixIsWhatTheCommandPrintsForEveryGrouping) {
  for (const char* name : kExamples) {
    const std::string path = example(name);
    auto d = decide(path);
    ASSERT_NE(d, nullptr);
    std::string why;
    auto services = policy::resolve_service_names(d->model(), "lateral-movement", &why);
    ASSERT_TRUE(services.has_value()) << why;
    for (analysis::GroupBy by :
         {analysis::GroupBy::Zone, analysis::GroupBy::Class, analysis::GroupBy::Host}) {
      const auto groups = analysis::make_groups(*d, by);
      for (Format f : {Format::Table, Format::Json}) {
        const std::string flags =
            " --by " + std::string(group_by_name(by)) + " --format " + std::string(format_name(f));
        std::ostringstream os;
        write_matrix(*d, groups, *services, by, f, os);
        const CommandRun run = run_bulkhead("matrix " + path + flags);
        EXPECT_EQ(run.code, 0) << name << flags;
        EXPECT_EQ(os.str(), run.out) << name << flags;
      }
    }
  }
}

TEST(OutputWriters, AuditIsWhatTheCommandPrintsInEveryFormat) {
  const std::string data = bulkhead::testing::source_dir() + "/tests/unit/ruleset/data/";
  std::vector<ruleset::AuditedRuleset> all;
  Diagnostics diags;
  for (const char* file : {"host.nft.json", "host.iptables"}) {
    auto rs = ruleset::import_file(data + file, std::nullopt, diags);
    ASSERT_TRUE(rs.has_value()) << file;
    all.push_back(ruleset::audit(std::move(*rs), {}));
  }
  std::set<ruleset::AnomalyKind> errors;
  for (ruleset::AnomalyKind k : ruleset::kAnomalyKinds)
    if (ruleset::anomaly_is_error(k)) errors.insert(k);
  const std::string args = "audit " + data + "host.nft.json " + data + "host.iptables";
  for (Format f : {Format::Table, Format::Json, Format::Sarif}) {
    for (bool every : {false, true}) {
      const std::string flags =
          " --format " + std::string(format_name(f)) + (every ? " --all" : "");
      std::ostringstream os;
      write_audit(all, f, {every}, os);
      const CommandRun run = run_bulkhead(args + flags);
      EXPECT_EQ(os.str(), run.out) << flags;
      EXPECT_EQ(exit_code(all, errors, false), run.code) << flags;
    }
  }
  // --fail-on open: the seed table decides.
  EXPECT_EQ(exit_code(all, {}, true), run_bulkhead(args + " --fail-on open").code);
  EXPECT_EQ(exit_code(all, {}, false), 0);
}

TEST(OutputFormat, NamesRoundTripAndUnknownNamesAreRefused) {
  for (Format f : {Format::Table, Format::Json, Format::Sarif})
    EXPECT_EQ(parse_format(format_name(f)), f);
  EXPECT_FALSE(parse_format("yaml").has_value());
  EXPECT_FALSE(parse_format("").has_value());
  EXPECT_FALSE(parse_format("JSON").has_value());
}

TEST(OutputExitCodes, VerifyFailsOnFailedIntentsAndOnGapsUnlessAllowed) {
  analysis::VerifyReport r;
  EXPECT_EQ(exit_code(r, {false, false}), 0);
  r.gaps.emplace_back();
  EXPECT_EQ(exit_code(r, {false, false}), 1);
  EXPECT_EQ(exit_code(r, {true, false}), 0);
  r.failed_intents = 1;
  EXPECT_EQ(exit_code(r, {true, false}), 1);
  r.gaps.clear();
  EXPECT_EQ(exit_code(r, {false, true}), 1);
}

TEST(OutputExitCodes, DiffFailsOnTheDirectionsAsked) {
  analysis::DiffReport r;
  for (FailOn f : {FailOn::Reachable, FailOn::Blocked, FailOn::Any}) EXPECT_EQ(exit_code(r, f), 0);
  r.newly_reachable = 2;
  EXPECT_EQ(exit_code(r, FailOn::Reachable), 1);
  EXPECT_EQ(exit_code(r, FailOn::Blocked), 0);
  EXPECT_EQ(exit_code(r, FailOn::Any), 1);
  r.newly_reachable = 0;
  r.newly_blocked = 1;
  EXPECT_EQ(exit_code(r, FailOn::Reachable), 0);
  EXPECT_EQ(exit_code(r, FailOn::Blocked), 1);
  EXPECT_EQ(exit_code(r, FailOn::Any), 1);
}

TEST(OutputExitCodes, CoverageFailsOnlyWhenATechniqueIsNotAddressed) {
  analysis::CoverageReport r;
  EXPECT_EQ(exit_code(r), 0);
  r.partially = 3;
  EXPECT_EQ(exit_code(r), 0);
  r.not_addressed = 1;
  EXPECT_EQ(exit_code(r), 1);
}

}  // namespace
}  // namespace bulkhead::output
