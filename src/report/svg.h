// The report's charts as SVG text: pure functions of plain inputs. Layouts are computed
// here from the inputs' order and fixed sizes (no randomness, no clock, numbers written
// with fmt), so the same input gives byte-identical SVG and charts can be golden-tested.
// Every text goes through report::escape. Elements that carry a tooltip have a <title>
// (shown by browsers) and a data-tip attribute (the page's own tooltip).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace bulkhead::report {

/// One cell of a heat map.
struct HeatCell {
  double value = 0;    ///< 0..1: the colour's strength
  std::string text;    ///< short text in the cell ("3/9")
  std::string tip;     ///< tooltip
  bool flag = false;   ///< marked with a red corner (e.g. an enforcement gap)
  bool empty = false;  ///< no data: drawn hatched grey
};

/// A square matrix-like heat map: rows × cols cells, row-major.
struct HeatMap {
  std::vector<std::string> rows;
  std::vector<std::string> cols;
  std::vector<HeatCell> cells;  ///< rows.size() × cols.size()
  std::string row_axis;         ///< e.g. "from zone"
  std::string col_axis;         ///< e.g. "to zone"
};
/// A heat map: white to red by value. O(rows × cols).
std::string heat_map_svg(const HeatMap& m);

/// One horizontal bar: `part` of `total` (e.g. used of allowed), drawn over its total.
struct Bar {
  std::string label;
  std::uint64_t total = 0;
  std::uint64_t part = 0;
  std::string text;  ///< written right of the bar
  std::string tip;
};
/// Horizontal bars, in the given order, scaled to the largest total. O(bars).
std::string bar_chart_svg(const std::vector<Bar>& bars);

/// A node of a layered graph; `layer` is its column (0 = leftmost).
struct GraphNode {
  std::string label;
  std::string tip;
  std::uint32_t layer = 0;
  bool highlight = false;  ///< the start: drawn in red
};
struct GraphEdge {
  std::uint32_t from = 0;  ///< node index
  std::uint32_t to = 0;
  std::string tip;
};
/// A graph drawn in columns: nodes of a layer top to bottom in their given order, edges
/// as curves from left to right. `layer_names` head the columns. O(nodes + edges).
struct Graph {
  std::vector<GraphNode> nodes;
  std::vector<GraphEdge> edges;
  std::vector<std::string> layer_names;
};
std::string graph_svg(const Graph& g);

/// Stacked counts per time bucket. series[i] names counts[b][i]; colors[i] its fill.
struct TimeSeries {
  std::vector<std::string> series;
  std::vector<std::string> colors;
  std::vector<std::int64_t> starts;  ///< bucket start, seconds since 1970 UTC, ascending
  std::vector<std::vector<std::uint64_t>> counts;  ///< per bucket, per series
  std::int64_t width = 60;                         ///< bucket length in seconds
};
/// Stacked bars over time with a legend and UTC tick labels. O(buckets × series).
std::string time_chart_svg(const TimeSeries& t);

/// "2026-12-07 21:58" (UTC) for a time in seconds since 1970.
std::string utc_text(std::int64_t t);

}  // namespace bulkhead::report
