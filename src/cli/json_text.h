// JSON text for the command line's outputs. Strings that are not valid UTF-8 (a policy
// file name, a label value read from a non-UTF-8 file) are written with U+FFFD in place of
// each invalid byte instead of failing half-way through a document, so every JSON output
// is complete and parses.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace bulkhead::cli {

template <typename Json>
std::string json_text(const Json& j, int indent = -1) {
  return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace bulkhead::cli
