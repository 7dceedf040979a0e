// `bulkhead flows ...`: the flow-log commands (cmd_flows.cpp).
#pragma once

#include <CLI/CLI.hpp>

namespace bulkhead::cli {

/// Adds the `flows` subcommand group (`flows check`) to the root app and returns it, so
/// that other flow commands can add themselves to the group.
CLI::App* add_flows(CLI::App& app);

}  // namespace bulkhead::cli
