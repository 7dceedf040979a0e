// Paths the tests need: the source tree, the built binary, and the shared test data.
#pragma once

#include <optional>
#include <string>

namespace bulkhead::testing {

/// The project's source directory.
std::string source_dir();
/// The built `bulkhead` binary.
std::string bulkhead_binary();
/// `../shared/data/<rel>` beside the project, or nullopt when absent. When absent and
/// BULKHEAD_REQUIRE_SHARED_DATA=1, the calling test must fail instead of skipping:
/// use BH_SHARED_DATA_OR_SKIP.
std::optional<std::string> shared_data(const std::string& rel);
/// Whether the environment demands the shared data (BULKHEAD_REQUIRE_SHARED_DATA=1).
bool shared_data_required();
/// Reads a whole file; empty string if unreadable.
std::string read_file(const std::string& path);

}  // namespace bulkhead::testing

/// In a gtest body: sets `var` to the shared data path, or skips (or fails when required).
#define BH_SHARED_DATA_OR_SKIP(var, rel)                                                        \
  std::string var;                                                                              \
  do {                                                                                          \
    auto bh_p = ::bulkhead::testing::shared_data(rel);                                          \
    if (!bh_p) {                                                                                \
      if (::bulkhead::testing::shared_data_required()) FAIL() << "missing shared data " << rel; \
      GTEST_SKIP() << "shared data " << rel << " is absent (../shared/data)";                   \
    }                                                                                           \
    var = *bh_p;                                                                                \
  } while (0)
