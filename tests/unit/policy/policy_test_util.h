// Helpers for the policy tests: loading policy text, temporary policy directories, and
// reading the diagnostics of a load.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "base/diagnostics.h"
#include "policy/loader.h"

namespace bulkhead::policy::testing {

/// The result of one load: the model (when valid) and every diagnostic as text.
struct Loaded {
  std::optional<Model> model;
  std::vector<std::string> errors;
  std::vector<std::string> warnings;
};

inline Loaded collect(std::optional<Model> m, const Diagnostics& d) {
  Loaded out{std::move(m), {}, {}};
  for (const Diagnostic& x : d.sorted()) {
    (x.severity == Severity::Error ? out.errors : out.warnings).push_back(x.str());
  }
  return out;
}

/// Loads policy text under the file name `p.yaml`.
inline Loaded load_str(const std::string& text, const std::string& name = "p.yaml") {
  Diagnostics d;
  std::optional<Model> m = load_text(text, name, d);
  return collect(std::move(m), d);
}

/// A temporary directory (mkdtemp) removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "bulkhead-policy-XXXXXX").string();
    char* made = mkdtemp(tmpl.data());
    EXPECT_NE(made, nullptr);
    path_ = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  /// Writes `rel` under the directory and returns its full path.
  std::string write(const std::string& rel, const std::string& text) const {
    std::filesystem::path p = std::filesystem::path(path_) / rel;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p.string();
  }

 private:
  std::string path_;
};

/// Loads files and directories.
inline Loaded load_paths(const std::vector<std::string>& paths) {
  Diagnostics d;
  std::optional<Model> m = load(paths, d);
  return collect(std::move(m), d);
}

}  // namespace bulkhead::policy::testing
