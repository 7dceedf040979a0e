// Helpers of the nftables unit tests: policies from text, rendering one point, and running
// the real `nft` inside a fresh network namespace (never touching the host's ruleset).
#pragma once

#include <gtest/gtest.h>

#include <unistd.h>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <string>

#include "decision/decision.h"
#include "policy/loader.h"
#include "targets/nftables/render.h"

namespace bulkhead::nfttest {

/// Loads a policy from YAML text (file name `tiny.yaml`), failing the test on errors.
inline std::shared_ptr<const decision::Decision> decide(const std::string& yaml,
                                                        const std::string& name = "tiny.yaml") {
  Diagnostics diags;
  std::optional<policy::Model> m = policy::load_text(yaml, name, diags);
  if (!m) {
    std::string all;
    for (const Diagnostic& d : diags.sorted()) all += d.str() + "\n";
    ADD_FAILURE() << "policy did not load:\n" << all;
    return nullptr;
  }
  return decision::Decision::resolve(std::move(*m));
}

/// Renders a request; returns file name → content (empty on failure, with `diags` filled).
inline std::map<std::string, std::string> render(const decision::Decision& d,
                                                 const targets::RenderRequest& req,
                                                 Diagnostics* diags = nullptr, bool json = false,
                                                 const targets::nftables::Layout& layout = {}) {
  Diagnostics local;
  Diagnostics& dg = diags != nullptr ? *diags : local;
  std::optional<targets::RenderResult> r = json ? targets::nftables::render_json(d, req, dg, layout)
                                                : targets::nftables::render(d, req, dg, layout);
  std::map<std::string, std::string> out;
  if (!r) return out;
  for (const targets::RenderedFile& f : r->files) out[f.name] = f.content;
  return out;
}

/// The text of one host's (or, with zone=true, one zone's) ruleset.
inline std::string render_point(const decision::Decision& d, const std::string& name,
                                bool zone = false,
                                std::optional<policy::Enforcement> mode = std::nullopt) {
  targets::RenderRequest req;
  req.mode = mode;
  if (zone) {
    req.zone = static_cast<std::uint32_t>(d.find_zone(name));
  } else {
    req.host = static_cast<std::uint32_t>(d.find_host(name));
  }
  Diagnostics diags;
  std::map<std::string, std::string> files = render(d, req, &diags);
  EXPECT_EQ(files.size(), 1u) << name;
  for (const Diagnostic& dg : diags.all()) ADD_FAILURE() << dg.str();
  return files.empty() ? "" : files.begin()->second;
}

/// Why the real nft cannot be used here, or nullopt when it can.
inline std::optional<std::string> netns_unavailable() {
  if (geteuid() != 0) return "not root: network namespaces need CAP_SYS_ADMIN";
  if (std::system("command -v nft >/dev/null 2>&1") != 0) return "nft is not installed";
  if (std::system("command -v unshare >/dev/null 2>&1") != 0) return "unshare is not installed";
  if (std::system("unshare -n true >/dev/null 2>&1") != 0) return "unshare -n is not permitted";
  return std::nullopt;
}

struct Run {
  int status = -1;
  std::string output;  ///< stdout and stderr
};

/// Runs a shell script inside a fresh network namespace (`unshare -n`), so nft only ever
/// sees that namespace's empty ruleset.
inline Run in_netns(const std::string& script) {
  std::filesystem::path dir = std::filesystem::temp_directory_path();
  std::string path = (dir / ("bh-nft-" + std::to_string(getpid()) + "-" +
                             std::to_string(std::random_device{}()) + ".sh"))
                         .string();
  {
    std::ofstream f(path);
    f << "set -e\n" << script << "\n";
  }
  Run r;
  FILE* p = popen(("unshare -n sh " + path + " 2>&1").c_str(), "r");
  if (p == nullptr) return r;
  char buf[4096];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.output.append(buf, n);
  r.status = pclose(p);
  std::filesystem::remove(path);
  return r;
}

/// A temporary directory removed at scope exit.
struct TempDir {
  std::filesystem::path path;
  TempDir() {
    path = std::filesystem::temp_directory_path() /
           ("bh-nft-" + std::to_string(getpid()) + "-" + std::to_string(std::random_device{}()));
    std::filesystem::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  std::string write(const std::string& name, const std::string& content) const {
    std::string p = (path / name).string();
    std::ofstream(p) << content;
    return p;
  }
};

}  // namespace bulkhead::nfttest
