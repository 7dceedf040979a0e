// Shared command-line helpers.
#include "cli/common.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "decision/host_checks.h"
#include "policy/loader.h"

namespace bulkhead::cli {
namespace {
int g_exit_code = kOk;
}

void set_exit(int code) {
  g_exit_code = code;
}
int exit_code() {
  return g_exit_code;
}

void print_diagnostics(const Diagnostics& diags) {
  for (const Diagnostic& d : diags.sorted()) std::cerr << d.str() << '\n';
}

void print_error_count(int errors) {
  if (errors > 0) {
    std::cerr << errors << (errors == 1 ? " error" : " errors") << "; nothing was written\n";
  }
}

std::optional<policy::Model> load_policy(const std::vector<std::string>& paths) {
  Diagnostics diags;
  return load_policy(paths, diags);
}

std::optional<policy::Model> load_policy(const std::vector<std::string>& paths,
                                         Diagnostics& diags) {
  std::optional<policy::Model> model = policy::load(paths, diags);
  print_diagnostics(diags);
  if (!model || diags.has_errors()) {
    print_error_count(diags.error_count());
    set_exit(kBadInput);
    return std::nullopt;
  }
  return model;
}

int print_host_warnings(const decision::Decision& d) {
  Diagnostics diags;
  decision::check_host_needs(d, diags);
  print_diagnostics(diags);
  return static_cast<int>(diags.all().size());
}

CLI::Option* add_format(CLI::App* app, std::string* format, std::vector<std::string> choices) {
  *format = choices.front();
  return app->add_option("--format", *format, "output format")
      ->check(CLI::IsMember(choices))
      ->capture_default_str();
}

void usage_error(const std::string& message) {
  std::cerr << "bulkhead: error: " << message << '\n';
  set_exit(kBadInput);
}

bool write_file_atomic(const std::string& path, const std::string& content) {
  std::filesystem::path target(path);
  std::filesystem::path tmp = target;
  tmp += ".bulkhead-tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) {
      std::cerr << "bulkhead: error: cannot write " << tmp.string() << '\n';
      return false;
    }
    out << content;
    if (!out.flush()) {
      std::cerr << "bulkhead: error: cannot write " << tmp.string() << '\n';
      return false;
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, target, ec);
  if (ec) {
    std::cerr << "bulkhead: error: cannot rename to " << path << ": " << ec.message() << '\n';
    return false;
  }
  return true;
}

}  // namespace bulkhead::cli
