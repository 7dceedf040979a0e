// Test paths: resolved from compile-time definitions and the environment.
#include "testlib/paths.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace bulkhead::testing {

std::string source_dir() {
  return BULKHEAD_SOURCE_DIR;
}
std::string bulkhead_binary() {
  return BULKHEAD_BINARY;
}

std::optional<std::string> shared_data(const std::string& rel) {
  std::filesystem::path p = std::filesystem::path(source_dir()) / ".." / "shared" / "data" / rel;
  if (!std::filesystem::exists(p)) return std::nullopt;
  return std::filesystem::weakly_canonical(p).string();
}

bool shared_data_required() {
  const char* v = std::getenv("BULKHEAD_REQUIRE_SHARED_DATA");
  return v != nullptr && std::string(v) == "1";
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace bulkhead::testing
