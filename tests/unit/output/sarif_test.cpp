// The SARIF 2.1.0 builder shared by `verify` and `flows check`: the document's members in
// the order those commands have always written them (tools and tests diff the text), rules
// and results by index, optional members left out when empty.
#include <gtest/gtest.h>

#include "output/json_text.h"
#include "output/sarif.h"

namespace bulkhead::output {
namespace {

using ojson = nlohmann::ordered_json;

TEST(SarifLog, WritesTheEnvelopeRulesAndResultsInOrder) {
  SarifLog log;
  EXPECT_EQ(log.add_rule("a-rule", "ARule", "short", "", "error"), 0u);
  EXPECT_EQ(log.add_rule("b-rule", "", "other", "longer", "note"), 1u);
  log.add_artifact("p.yaml");
  log.add_result(1, "warning", "found",
                 ojson::array({SarifLog::location(SourceLoc{"p.yaml", 3, 7}),
                               SarifLog::location("logs/x.log", 42, 0, "example flow")}),
                 ojson{{"n", 2}});
  log.add_result(0, "error", "bare", ojson::array({SarifLog::location(SourceLoc{"q.yaml", 0, 0})}),
                 ojson(), ojson::array({SarifLog::location(SourceLoc{"q.yaml", 9, 0}, "other")}));
  const ojson want = ojson::parse(R"({
    "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
    "version": "2.1.0",
    "runs": [{
      "tool": {"driver": {"name": "bulkhead", "version": ")" BULKHEAD_VERSION R"(", "rules": [
        {"id": "a-rule", "name": "ARule", "shortDescription": {"text": "short"},
         "defaultConfiguration": {"level": "error"}},
        {"id": "b-rule", "shortDescription": {"text": "other"},
         "fullDescription": {"text": "longer"}, "defaultConfiguration": {"level": "note"}}]}},
      "artifacts": [{"location": {"uri": "p.yaml"}}],
      "results": [
        {"ruleId": "b-rule", "ruleIndex": 1, "level": "warning", "message": {"text": "found"},
         "locations": [
           {"physicalLocation": {"artifactLocation": {"uri": "p.yaml"},
                                 "region": {"startLine": 3, "startColumn": 7}}},
           {"physicalLocation": {"artifactLocation": {"uri": "logs/x.log"},
                                 "region": {"startLine": 42}},
            "message": {"text": "example flow"}}],
         "properties": {"n": 2}},
        {"ruleId": "a-rule", "ruleIndex": 0, "level": "error", "message": {"text": "bare"},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": "q.yaml"},
                                             "region": {"startLine": 1}}}],
         "relatedLocations": [{"physicalLocation": {"artifactLocation": {"uri": "q.yaml"},
                                                    "region": {"startLine": 9}},
                               "message": {"text": "other"}}]}]
    }]
  })");
  // The text, member order included, is the parsed expectation's.
  EXPECT_EQ(log.text(), json_text(want, 2) + "\n");
}

TEST(SarifLog, OptionalDriverAndRunMembers) {
  SarifLog log("https://example.org/bulkhead");
  const ojson doc = log.document();
  const ojson& run = doc["runs"][0];
  EXPECT_EQ(run["tool"]["driver"]["informationUri"], "https://example.org/bulkhead");
  EXPECT_FALSE(run.contains("artifacts"));  // none added
  EXPECT_TRUE(run["results"].is_array() && run["results"].empty());
  EXPECT_FALSE(SarifLog().document()["runs"][0]["tool"]["driver"].contains("informationUri"));
}

}  // namespace
}  // namespace bulkhead::output
