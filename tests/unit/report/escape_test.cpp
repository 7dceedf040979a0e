// report::escape and ellipsize: every markup character becomes a reference, control
// characters XML forbids become U+FFFD, UTF-8 passes through; labels are cut at code
// points.
#include <gtest/gtest.h>

#include "report/escape.h"
#include "unit/report/markup.h"

namespace bulkhead::report {
namespace {

TEST(ReportEscape, MarkupCharactersBecomeReferences) {
  EXPECT_EQ(escape("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&#39;");
  EXPECT_EQ(escape("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;");
  EXPECT_EQ(escape("&amp;"), "&amp;amp;");  // text is never taken as a reference
  EXPECT_EQ(escape(""), "");
}

TEST(ReportEscape, PlainTextAndUtf8AreUnchanged) {
  EXPECT_EQ(escape("ws-01 (10.1.0.5) -> fs-01 tcp/445"), "ws-01 (10.1.0.5) -&gt; fs-01 tcp/445");
  EXPECT_EQ(escape("zone → büro"), "zone → büro");
  EXPECT_EQ(escape("tab\tnew\nline\r"), "tab\tnew\nline\r");
}

TEST(ReportEscape, ForbiddenControlsBecomeReplacementCharacter) {
  EXPECT_EQ(escape(std::string("a\0b", 3)),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(escape("\x1b[31m"), "\xEF\xBF\xBD[31m");
  EXPECT_EQ(escape("\x7f"), "\xEF\xBF\xBD");
}

TEST(ReportEscape, EscapedTextIsBalancedMarkup) {
  const std::string hostile = "<g onload=\"x\">&'</svg><!--";
  const std::string html = "<p title=\"" + escape(hostile) + "\">" + escape(hostile) + "</p>";
  EXPECT_EQ(test::markup_problem(html), "");
  // The checker itself rejects the unescaped text.
  EXPECT_NE(test::markup_problem("<p>" + hostile + "</p>"), "");
}

TEST(ReportEscape, EllipsizeCutsAtCodePoints) {
  EXPECT_EQ(ellipsize("short", 10), "short");
  EXPECT_EQ(ellipsize("exactly-10", 10), "exactly-10");
  EXPECT_EQ(ellipsize("a-much-longer-label", 10), "a-much-lo\xE2\x80\xA6");
  EXPECT_EQ(ellipsize("ääääää", 4), "äää\xE2\x80\xA6");
}

}  // namespace
}  // namespace bulkhead::report
