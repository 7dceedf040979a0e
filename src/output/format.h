// The formats every analysis command writes its result in: a table for people, JSON for
// scripts, SARIF 2.1.0 for code-scanning tools. Each writer of output/ takes one of them
// and a std::ostream; the command picks the stream and the exit code.
#pragma once

#include <optional>
#include <string_view>

namespace bulkhead::output {

enum class Format { Table, Json, Sarif };

/// The format named `name` ("table", "json", "sarif"); nullopt for any other name.
std::optional<Format> parse_format(std::string_view name);

/// The name of a format, as `--format` spells it.
std::string_view format_name(Format f);

}  // namespace bulkhead::output
