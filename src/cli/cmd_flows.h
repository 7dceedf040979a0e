// `bulkhead flows ...`: the flow-log commands (cmd_flows.cpp).
#pragma once

#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "flows/reader.h"

namespace bulkhead::cli {

/// Adds the `flows` subcommand group (`flows check`) to the root app and returns it, so
/// that other flow commands can add themselves to the group.
CLI::App* add_flows(CLI::App& app);

/// The reader options of `--log-format F` and `--strict`; nullopt (a usage error printed)
/// for an unknown format.
std::optional<flows::ReadOptions> read_options(const std::string& log_format, bool strict);

/// Adds `flows discover` to the `flows` group (cmd_flows_discover.cpp).
void add_flows_discover(CLI::App& flows_group);

/// Adds `flows aggregate` and `flows sql` to the `flows` group (cmd_flows_aggregate.cpp).
void add_flows_aggregate(CLI::App& flows_group);

}  // namespace bulkhead::cli
