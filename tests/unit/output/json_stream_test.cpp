// JsonStream writes a document piece by piece; its text must be exactly what json_text
// prints for the whole document, so streamed outputs stay byte-identical to the in-memory
// ones tools and tests already parse.
#include <gtest/gtest.h>

#include <sstream>

#include "output/json_text.h"

namespace bulkhead::output {
namespace {

using ojson = nlohmann::ordered_json;

TEST(JsonStream, MatchesTheWholeDocument) {
  const ojson nested = {{"a", {1, 2, {{"b", "x\ny"}}}},
                        {"empty", ojson::array()},
                        {"obj", ojson::object()},
                        {"s", "caf\xc3\xa9"}};
  ojson doc;
  doc["policy"] = "p";
  doc["summary"] = {{"n", 3}, {"ok", false}};
  doc["none"] = ojson::array();
  doc["items"] = ojson::array({nested, 7, "text", nullptr, ojson::array({1})});
  doc["last"] = nested;

  std::ostringstream os;
  JsonStream out(os);
  out.field("policy", "p");
  out.field("summary", {{"n", 3}, {"ok", false}});
  out.begin_array("none");
  out.end_array();
  out.begin_array("items");
  for (const ojson& e : doc["items"]) out.element(e);
  out.end_array();
  out.field("last", nested);
  out.finish();
  EXPECT_EQ(os.str(), json_text(doc, 2) + "\n");
}

TEST(JsonStream, EmptyObjectAndInvalidUtf8) {
  std::ostringstream empty;
  JsonStream(empty).finish();
  EXPECT_EQ(empty.str(), json_text(ojson::object(), 2) + "\n");

  // Invalid UTF-8 is replaced, not thrown on half-way through a document.
  std::ostringstream os;
  JsonStream out(os);
  out.field("bad", "a\xff");
  out.finish();
  ojson doc;
  doc["bad"] = "a\xff";
  EXPECT_EQ(os.str(), json_text(doc, 2) + "\n");
}

}  // namespace
}  // namespace bulkhead::output
