// bulkhead status --windows-export: the Windows form of status, from an export of the
// machine's active store instead of the kernel (cmd_status_windows.cpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "policy/model.h"

namespace bulkhead::cli {

struct WindowsStatusOptions {
  std::vector<std::string> policy;
  std::string host;
  std::optional<policy::Enforcement> mode;
  std::string export_file;
  std::string format;  ///< "table" or "json"
};

/// Runs the comparison and prints it; returns the exit code (0 in sync, 1 findings, 2 bad
/// input).
int run_windows_status(const WindowsStatusOptions& o);

}  // namespace bulkhead::cli
