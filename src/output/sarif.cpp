// The SARIF 2.1.0 builder: rules, artifacts and results collected in order, then one
// document in the member order every bulkhead SARIF output has always had.
#include "output/sarif.h"

#include <algorithm>
#include <utility>

#include "output/json_text.h"

namespace bulkhead::output {

SarifLog::SarifLog(std::string information_uri) : information_uri_(std::move(information_uri)) {}

std::size_t SarifLog::add_rule(const std::string& id, const std::string& name,
                               const std::string& brief, const std::string& full,
                               const std::string& level) {
  ojson r = {{"id", id}};
  if (!name.empty()) r["name"] = name;
  r["shortDescription"] = {{"text", brief}};
  if (!full.empty()) r["fullDescription"] = {{"text", full}};
  r["defaultConfiguration"] = {{"level", level}};
  rules_.push_back(std::move(r));
  return rules_.size() - 1;
}

void SarifLog::add_artifact(const std::string& uri) {
  artifacts_.push_back({{"location", {{"uri", uri}}}});
}

void SarifLog::add_result(std::size_t rule, const std::string& level, const std::string& message,
                          ojson locations, ojson properties, ojson related) {
  ojson r = {{"ruleId", rules_.at(rule)["id"]},
             {"ruleIndex", rule},
             {"level", level},
             {"message", {{"text", message}}},
             {"locations", std::move(locations)}};
  if (!related.is_null() && !related.empty()) r["relatedLocations"] = std::move(related);
  if (!properties.is_null()) r["properties"] = std::move(properties);
  results_.push_back(std::move(r));
}

SarifLog::ojson SarifLog::location(const SourceLoc& loc, const std::string& text) {
  ojson region = {{"startLine", std::max(loc.line, 1)}};
  if (loc.column > 0) region["startColumn"] = loc.column;
  ojson l = {{"physicalLocation",
              {{"artifactLocation", {{"uri", loc.file}}}, {"region", std::move(region)}}}};
  if (!text.empty()) l["message"] = {{"text", text}};
  return l;
}

SarifLog::ojson SarifLog::location(const std::string& uri, std::uint64_t line, int column,
                                   const std::string& text) {
  ojson region = {{"startLine", std::max<std::uint64_t>(line, 1)}};
  if (column > 0) region["startColumn"] = column;
  ojson l = {
      {"physicalLocation", {{"artifactLocation", {{"uri", uri}}}, {"region", std::move(region)}}}};
  if (!text.empty()) l["message"] = {{"text", text}};
  return l;
}

SarifLog::ojson SarifLog::document() const {
  ojson driver = {{"name", "bulkhead"}, {"version", BULKHEAD_VERSION}};
  if (!information_uri_.empty()) driver["informationUri"] = information_uri_;
  driver["rules"] = rules_;
  ojson run = {{"tool", {{"driver", std::move(driver)}}}};
  if (!artifacts_.empty()) run["artifacts"] = artifacts_;
  run["results"] = results_;
  return ojson{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
               {"version", "2.1.0"},
               {"runs", ojson::array({std::move(run)})}};
}

std::string SarifLog::text() const {
  return json_text(document(), 2) + '\n';
}

}  // namespace bulkhead::output
