// report/svg.h: each chart is deterministic (equal input, equal bytes), well-formed
// markup with every label escaped, laid out on its fixed grid, and equal to its golden
// file for a tiny fixed input (tests/golden/report/; BULKHEAD_UPDATE_GOLDEN=1 rewrites
// them: review the diff).
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "report/html.h"
#include "report/model.h"
#include "report/svg.h"
#include "testlib/paths.h"
#include "unit/report/markup.h"

namespace bulkhead::report {
namespace {

void expect_golden(const std::string& got, const std::string& name) {
  const std::string path = testing::source_dir() + "/tests/golden/report/" + name;
  if (const char* u = std::getenv("BULKHEAD_UPDATE_GOLDEN"); u && std::string(u) == "1") {
    std::ofstream(path, std::ios::binary) << got;
    return;
  }
  const std::string want = testing::read_file(path);
  ASSERT_FALSE(want.empty()) << "missing " << path << " (BULKHEAD_UPDATE_GOLDEN=1 writes it)";
  EXPECT_EQ(got, want) << "differs from tests/golden/report/" << name
                       << " (BULKHEAD_UPDATE_GOLDEN=1 rewrites it; review the diff)";
}

HeatMap tiny_heat_map() {
  HeatMap h;
  h.rows = h.cols = {"dmz", "office", "<servers & \"db\">"};
  h.row_axis = "from zone";
  h.col_axis = "to zone";
  for (int i = 0; i < 9; ++i) {
    HeatCell c;
    c.value = i / 8.0;
    c.text = std::to_string(i) + "/9";
    c.tip = "cell " + std::to_string(i) + " <rule & 'x'>";
    c.flag = i % 4 == 1;
    c.empty = i % 4 == 0;
    h.cells.push_back(c);
  }
  return h;
}

Graph tiny_graph() {
  Graph g;
  g.layer_names = {"start", "hop 1 (2)", "hop 2 (1)"};
  g.nodes = {{"ws-01", "the start", 0, true},
             {"fs-01", "reached over smb <tcp/445>", 1, false},
             {"dc-01", "reached over rpc", 1, false},
             {"srv-\"07\"", "over rdp", 2, false}};
  g.edges = {{0, 1, "smb"}, {0, 2, "rpc"}, {1, 3, "rdp"}};
  return g;
}

TimeSeries tiny_series() {
  TimeSeries t;
  t.series = {"intended", "blocked", "gap", "violation"};
  t.colors = {"#7fb07f", "#9aa3ad", "#f6b73c", "#c62828"};
  t.width = 300;
  for (int b = 0; b < 5; ++b) {
    t.starts.push_back(1765000000 - 1765000000 % 300 + b * 300);
    t.counts.push_back({static_cast<std::uint64_t>(10 * b), 3, static_cast<std::uint64_t>(b % 2),
                        b == 3 ? 2u : 0u});
  }
  return t;
}

std::vector<Bar> tiny_bars() {
  return {{"ws-to-fs", 6, 4, "120 hits, 4 of 6", "ws-to-fs (p.yaml:12)"},
          {"admin <rdp>", 3, 0, "0 hits", "admin (p.yaml:20)"},
          {"dns", 0, 0, "0 hits", ""}};
}

TEST(ReportSvg, HeatMapIsDeterministicBalancedAndEscaped) {
  const std::string a = heat_map_svg(tiny_heat_map());
  EXPECT_EQ(a, heat_map_svg(tiny_heat_map()));
  EXPECT_EQ(test::markup_problem(a), "") << a;
  EXPECT_EQ(a.find("<servers"), std::string::npos);
  EXPECT_NE(a.find("&lt;servers &amp; &quot;db&quot;&gt;"), std::string::npos);
  // A different input gives a different picture.
  HeatMap other = tiny_heat_map();
  other.cells[2].value = 0.9;
  EXPECT_NE(heat_map_svg(other), a);
  // Nine cells; i = 1 and 5 are flagged (i = 0, 4, 8 are empty).
  std::size_t cells = 0, flags = 0;
  for (std::size_t p = a.find("class=\"cell\""); p != std::string::npos;
       p = a.find("class=\"cell\"", p + 1))
    ++cells;
  for (std::size_t p = a.find("fill=\"#6d0000\""); p != std::string::npos;
       p = a.find("fill=\"#6d0000\"", p + 1))
    ++flags;
  EXPECT_EQ(cells, 9u);
  EXPECT_EQ(flags, 2u);
}

TEST(ReportSvg, HeatMapGolden) {
  expect_golden(heat_map_svg(tiny_heat_map()), "heatmap.svg");
}

TEST(ReportSvg, GraphLaysNodesOutInColumns) {
  const std::string a = graph_svg(tiny_graph());
  EXPECT_EQ(a, graph_svg(tiny_graph()));
  EXPECT_EQ(test::markup_problem(a), "") << a;
  // Column x = 10 + layer · 210; row y = 30 + row · 34.
  EXPECT_NE(a.find("<rect x=\"10\" y=\"30\""), std::string::npos);   // ws-01
  EXPECT_NE(a.find("<rect x=\"220\" y=\"30\""), std::string::npos);  // fs-01
  EXPECT_NE(a.find("<rect x=\"220\" y=\"64\""), std::string::npos);  // dc-01
  EXPECT_NE(a.find("<rect x=\"430\" y=\"30\""), std::string::npos);  // srv-"07"
  EXPECT_NE(a.find("srv-&quot;07&quot;"), std::string::npos);
  EXPECT_EQ(a.find("marker-end"), a.find("marker-end=\"url(#bh-arrow)\""));
}

TEST(ReportSvg, GraphGolden) {
  expect_golden(graph_svg(tiny_graph()), "graph.svg");
}

TEST(ReportSvg, TimeChartStacksSeriesPerBucket) {
  const std::string a = time_chart_svg(tiny_series());
  EXPECT_EQ(a, time_chart_svg(tiny_series()));
  EXPECT_EQ(test::markup_problem(a), "") << a;
  // Largest bucket: 40 + 3 + 0 + 0 = 43, so the axis tops at 50 (1, 2, 5 × 10^k).
  EXPECT_NE(a.find(">50</text>"), std::string::npos);
  EXPECT_NE(a.find(">25</text>"), std::string::npos);
  std::size_t buckets = 0;
  for (std::size_t p = a.find("class=\"bucket\""); p != std::string::npos;
       p = a.find("class=\"bucket\"", p + 1))
    ++buckets;
  EXPECT_EQ(buckets, 5u);
  EXPECT_NE(a.find(utc_text(tiny_series().starts[0])), std::string::npos);
}

TEST(ReportSvg, TimeChartGolden) {
  expect_golden(time_chart_svg(tiny_series()), "timechart.svg");
}

TEST(ReportSvg, BarsScaleToTheLargestTotal) {
  const std::string a = bar_chart_svg(tiny_bars());
  EXPECT_EQ(a, bar_chart_svg(tiny_bars()));
  EXPECT_EQ(test::markup_problem(a), "") << a;
  EXPECT_NE(a.find("admin &lt;rdp&gt;"), std::string::npos);
  // The largest total (6) is 320 px; its part 4 is 213 px.
  EXPECT_NE(a.find("width=\"320\" height=\"14\" rx=\"2\" fill=\"#e3e7ec\""), std::string::npos);
  EXPECT_NE(a.find("width=\"213\" height=\"14\" rx=\"2\" fill=\"#2f6fb3\""), std::string::npos);
}

TEST(ReportSvg, BarsGolden) {
  expect_golden(bar_chart_svg(tiny_bars()), "bars.svg");
}

TEST(ReportSvg, UtcText) {
  EXPECT_EQ(utc_text(0), "1970-01-01 00:00");
  EXPECT_EQ(utc_text(1765000000), "2025-12-06 05:46");
}

TEST(ReportFigures, PercentColoursAndBuckets) {
  EXPECT_EQ(percent_class(0), "bad");
  EXPECT_EQ(percent_class(49), "bad");
  EXPECT_EQ(percent_class(50), "warn");
  EXPECT_EQ(percent_class(80), "warn");
  EXPECT_EQ(percent_class(81), "good");
  EXPECT_EQ(percent_of(1, 3), 33u);
  EXPECT_EQ(percent_of(2, 3), 66u);
  EXPECT_EQ(percent_of(0, 0), 100u);
  EXPECT_EQ(bucket_seconds_for(60), 60);
  EXPECT_EQ(bucket_seconds_for(3600), 60);
  EXPECT_EQ(bucket_seconds_for(3601), 300);
  EXPECT_EQ(bucket_seconds_for(86400), 3600);
  EXPECT_EQ(bucket_seconds_for(400 * 86400), 7 * 86400);
}

}  // namespace
}  // namespace bulkhead::report
