// SARIF 2.1.0 logs, the one writer of the commands that report findings to code-scanning
// tools (`verify`, `flows check`): one run whose tool driver is bulkhead with its rules,
// the policy files as artifacts, and one result per finding at the locations it names.
// The builder only assembles the document; the command prints it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "base/source_loc.h"

namespace bulkhead::output {

class SarifLog {
 public:
  using ojson = nlohmann::ordered_json;

  /// A run of the bulkhead driver; `information_uri` is written when not empty.
  explicit SarifLog(std::string information_uri = "");

  /// Adds a reporting descriptor (rule) to the driver; its index, for add_result.
  /// `name` and `full` (the fullDescription) are left out when empty.
  std::size_t add_rule(const std::string& id, const std::string& name, const std::string& brief,
                       const std::string& full, const std::string& level);
  /// Adds a policy (or other input) file to the run's artifacts (left out when none).
  void add_artifact(const std::string& uri);
  /// Adds a result of rule `rule` (an add_rule index) at `locations` (an array of
  /// location(...) objects); `properties` is left out when null, `related` (the
  /// relatedLocations array, each with its "id") when null or empty.
  void add_result(std::size_t rule, const std::string& level, const std::string& message,
                  ojson locations, ojson properties = ojson(), ojson related = ojson());

  /// The physical location of a source position: the file, startLine (at least 1) and
  /// startColumn when known; with a message when `text` is not empty.
  static ojson location(const SourceLoc& loc, const std::string& text = "");
  /// The physical location of line `line` (at least 1) of `uri`, with a message when `text`
  /// is not empty.
  static ojson location(const std::string& uri, std::uint64_t line, int column = 0,
                        const std::string& text = "");

  /// The whole log: $schema, version and the run.
  ojson document() const;
  /// The log as text, indented by two, with a final newline.
  std::string text() const;

 private:
  std::string information_uri_;
  ojson rules_ = ojson::array();
  ojson artifacts_ = ojson::array();
  ojson results_ = ojson::array();
};

}  // namespace bulkhead::output
