// The loader's YAML tree (src/policy/yaml_tree.h): kinds, text as written, tags, 1-based
// positions, aliases and the limits that keep a hostile file from costing more than its size.
#include "policy/yaml_tree.h"

#include <gtest/gtest.h>

#include <string>

namespace bulkhead::policy::yaml {
namespace {

std::unique_ptr<const Tree> parse_ok(const std::string& text) {
  ParseError e;
  std::unique_ptr<const Tree> t = Tree::parse(text, &e);
  EXPECT_NE(t, nullptr) << text << " → " << e.line << ":" << e.column << " " << e.message;
  return t;
}

ParseError parse_bad(const std::string& text) {
  ParseError e;
  EXPECT_EQ(Tree::parse(text, &e), nullptr) << text;
  return e;
}

TEST(YamlTree, KindsTextAndPositions) {
  auto t = parse_ok("a: 1\nb:\n  - x\n  - 'y'\nc: {d: e}\nempty:\n");
  Node root = t->root();
  ASSERT_TRUE(root.is_map());
  ASSERT_EQ(root.size(), 4u);
  EXPECT_EQ(root.key(0).scalar(), "a");
  EXPECT_EQ(root.value(0).scalar(), "1");
  EXPECT_EQ(root.value(0).line(), 1);
  EXPECT_EQ(root.value(0).column(), 4);
  Node b = root.value(1);
  ASSERT_TRUE(b.is_sequence());
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(b.line(), 3);
  EXPECT_EQ(b.column(), 3);
  EXPECT_EQ(b.item(1).scalar(), "y");
  EXPECT_EQ(b.item(1).line(), 4);
  EXPECT_EQ(b.item(1).column(), 5);
  Node c = root.value(2);
  ASSERT_TRUE(c.is_map());
  EXPECT_EQ(c.key(0).scalar(), "d");
  EXPECT_EQ(c.value(0).scalar(), "e");
  EXPECT_EQ(c.line(), 5);
  EXPECT_EQ(c.column(), 4);
  EXPECT_TRUE(root.value(3).is_null());
  EXPECT_EQ(root.key(3).scalar(), "empty");
}

TEST(YamlTree, PlainNullWordsAreNullButQuotedOnesAreText) {
  auto t = parse_ok("[~, null, Null, NULL, '', 'null', \"~\", nul, NULl]");
  Node r = t->root();
  ASSERT_EQ(r.size(), 9u);
  for (std::size_t i = 0; i < 4; ++i) EXPECT_TRUE(r.item(i).is_null()) << i;
  for (std::size_t i = 4; i < 9; ++i) EXPECT_TRUE(r.item(i).is_scalar()) << i;
  EXPECT_EQ(r.item(5).scalar(), "null");
  EXPECT_EQ(r.item(7).scalar(), "nul");
}

TEST(YamlTree, TagsNameHowAScalarWasWritten) {
  auto t = parse_ok("[plain, 'single', \"double\", !!str tagged, !local x, ! bare]");
  Node r = t->root();
  EXPECT_EQ(r.item(0).tag(), "?");
  EXPECT_EQ(r.item(1).tag(), "!");
  EXPECT_EQ(r.item(2).tag(), "!");
  EXPECT_EQ(r.item(3).tag(), "tag:yaml.org,2002:str");
  EXPECT_EQ(r.item(3).scalar(), "tagged");
  EXPECT_EQ(r.item(4).tag(), "!local");
  EXPECT_EQ(r.item(5).tag(), "!");
  EXPECT_EQ(r.tag(), "?");
}

TEST(YamlTree, ScalarsKeepTheirTextAsWritten) {
  auto t = parse_ok("v: 1.10\nw: 010\nx: \"a\\tb\"\ny: |\n  two\n  lines\n");
  Node r = t->root();
  EXPECT_EQ(r.value(0).scalar(), "1.10");
  EXPECT_EQ(r.value(1).scalar(), "010");
  EXPECT_EQ(r.value(2).scalar(), "a\tb");
  EXPECT_EQ(r.value(3).scalar(), "two\nlines\n");
}

TEST(YamlTree, AnEmptyTextHasANullRoot) {
  EXPECT_TRUE(parse_ok("")->root().is_null());
  EXPECT_TRUE(parse_ok("# only a comment\n")->root().is_null());
  EXPECT_TRUE(parse_ok("---\n")->root().is_null());
  EXPECT_TRUE(Node().is_null());
  EXPECT_EQ(Node().size(), 0u);
}

TEST(YamlTree, AliasesShareTheirAnchorsNode) {
  auto t = parse_ok("base: &web [http, https]\nrule: {services: *web}\n");
  Node r = t->root();
  Node services = r.value(1).value(0);
  ASSERT_TRUE(services.is_sequence());
  ASSERT_EQ(services.size(), 2u);
  EXPECT_EQ(services.item(1).scalar(), "https");
  // The alias is the anchored node: it keeps the anchor's position.
  EXPECT_EQ(services.line(), 1);
}

TEST(YamlTree, AnAliasNeedsACompleteAnchorBeforeIt) {
  ParseError e = parse_bad("a: *x\nb: &x 1\n");
  EXPECT_EQ(e.line, 1);
  EXPECT_EQ(e.column, 4);
  EXPECT_EQ(e.message, "YAML syntax error: the alias *x names no complete anchor &x before it");
  // A node cannot contain itself.
  e = parse_bad("a: &x [1, *x]\n");
  EXPECT_NE(e.message.find("the alias *x"), std::string::npos);
}

TEST(YamlTree, AliasBombsAreRefused) {
  // Ten levels of ten-fold aliases: 10^10 nodes if expanded, 100 written.
  std::string text = "l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i <= 9; ++i) {
    std::string prev = "*l" + std::to_string(i - 1);
    text += "l" + std::to_string(i) + ": &l" + std::to_string(i) + " [";
    for (int k = 0; k < 10; ++k) text += (k ? ", " : "") + prev;
    text += "]\n";
  }
  ParseError e = parse_bad(text);
  EXPECT_EQ(e.message, "YAML aliases expand too far (more than 16 times the document's size)");
  EXPECT_GT(e.line, 1);
}

TEST(YamlTree, DeepButAliasFreeDocumentsAreNeverAliasBombs) {
  // 90 levels deep with 20,000 leaves at the bottom: the sum of subtree sizes is far over
  // 16 times the node count, but nothing is expanded.
  std::string text(90, '[');
  for (int i = 0; i < 20000; ++i) text += i ? ",x" : "x";
  text += std::string(90, ']');
  auto t = parse_ok(text);
  Node n = t->root();
  for (int i = 1; i < 90; ++i) n = n.item(0);
  EXPECT_EQ(n.size(), 20000u);
  // Reusing an anchor a few times is fine too.
  parse_ok("a: &x [1, 2, 3]\nb: [*x, *x, *x, *x]\nc: *x\n");
}

TEST(YamlTree, NestingIsBounded) {
  std::string deep(Tree::kMaxDepth + 1, '[');
  deep += std::string(Tree::kMaxDepth + 1, ']');
  ParseError e = parse_bad(deep);
  EXPECT_EQ(e.message, "YAML nesting too deep (more than 100 levels)");
  EXPECT_EQ(e.line, 1);
  EXPECT_EQ(e.column, Tree::kMaxDepth + 1);
  std::string fine(Tree::kMaxDepth, '[');
  fine += std::string(Tree::kMaxDepth, ']');
  parse_ok(fine);
}

TEST(YamlTree, OneDocumentOnly) {
  ParseError e = parse_bad("a: 1\n---\nb: 2\n");
  EXPECT_EQ(e.line, 2);
  EXPECT_EQ(e.column, 1);
  EXPECT_NE(e.message.find("more than one YAML document"), std::string::npos);
  parse_ok("---\na: 1\n...\n");
}

TEST(YamlTree, SyntaxErrorsAreLocated) {
  ParseError e = parse_bad("a: [1, 2\nb: 3\n");
  EXPECT_EQ(e.line, 2);
  EXPECT_EQ(e.message.rfind("YAML syntax error: ", 0), 0u) << e.message;
  EXPECT_NE(e.message.find("(while parsing a flow sequence at 1:4)"), std::string::npos)
      << e.message;
  // Encoding errors come from libyaml's reader, which gives a byte offset only.
  e = parse_bad("a: 1\nb: x\x01y\n");
  EXPECT_EQ(e.line, 2);
  EXPECT_EQ(e.column, 5);
  EXPECT_NE(e.message.find("control characters are not allowed"), std::string::npos) << e.message;
}

TEST(YamlTree, AFlowTagIsExplainedAsAnUnquotedNegation) {
  ParseError e = parse_bad("to: {role: !dc}\n");
  EXPECT_EQ(e.line, 1);
  EXPECT_EQ(e.column, 12);
  EXPECT_EQ(e.message,
            "unexpected YAML tag '!dc' (quote values that start with '!', e.g. \"!dc\")");
}

}  // namespace
}  // namespace bulkhead::policy::yaml
