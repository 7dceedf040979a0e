// The report's charts as SVG. Each function lays its input out on a fixed grid (cell,
// row and column sizes are constants; label space grows with the longest label, capped),
// in the input's order, with integer coordinates written by fmt: byte-identical output
// for equal input. Text widths are estimated at kCharWidth pixels per character, which is
// enough for the sans-serif labels the page uses. Each function is linear in its input.
#include "report/svg.h"

#include <algorithm>
#include <ctime>

#include <fmt/format.h>

#include "report/escape.h"

namespace bulkhead::report {
namespace {

constexpr int kCharWidth = 7;  // estimated pixels per character at 12px
constexpr std::size_t kMaxLabel = 28;

std::size_t longest(const std::vector<std::string>& v, std::size_t cap) {
  std::size_t n = 0;
  for (const std::string& s : v) n = std::max(n, ellipsize(s, cap).size());
  return std::min(n, cap);
}

std::string open_svg(int w, int h, std::string_view cls) {
  return fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"{}\" width=\"{}\" height=\"{}\" "
      "viewBox=\"0 0 {} {}\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, "
      "sans-serif\" font-size=\"12\">\n",
      cls, w, h, w, h);
}

// <title> and data-tip for an element's tooltip.
std::string tip_attr(const std::string& tip) {
  return tip.empty() ? std::string() : fmt::format(" data-tip=\"{}\"", escape(tip));
}
std::string tip_title(const std::string& tip) {
  return tip.empty() ? std::string() : fmt::format("<title>{}</title>", escape(tip));
}

// A blend of two colours, t in [0, 1].
std::string blend(int r0, int g0, int b0, int r1, int g1, int b1, double t) {
  t = std::clamp(t, 0.0, 1.0);
  auto mix = [t](int a, int b) { return static_cast<int>(a + (b - a) * t + 0.5); };
  return fmt::format("#{:02x}{:02x}{:02x}", mix(r0, r1), mix(g0, g1), mix(b0, b1));
}

std::string heat_colour(const HeatCell& c) {
  if (c.empty) return "#f3f4f6";
  if (c.value <= 0) return "#e3f2e6";  // nothing reachable: the good case, a green tint
  return blend(0xfd, 0xe4, 0xd2, 0xb7, 0x1c, 0x1c, c.value);
}

}  // namespace

std::string utc_text(std::int64_t t) {
  std::time_t tt = static_cast<std::time_t>(t);
  std::tm tm{};
  if (::gmtime_r(&tt, &tm) == nullptr) return fmt::format("{}", t);
  return fmt::format("{:04}-{:02}-{:02} {:02}:{:02}", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                     tm.tm_hour, tm.tm_min);
}

std::string heat_map_svg(const HeatMap& m) {
  constexpr int kCell = 40;
  const int nr = static_cast<int>(m.rows.size()), nc = static_cast<int>(m.cols.size());
  const int lw = 16 + kCharWidth * static_cast<int>(longest(m.rows, 24));
  // Column labels are turned 45 degrees: their height is about 0.7 of their length.
  const int th = 28 + 5 * static_cast<int>(longest(m.cols, 24));
  const int w = lw + nc * kCell + 60, h = th + nr * kCell + 12;
  std::string out = open_svg(w, h, "heatmap");
  if (!m.col_axis.empty())
    out += fmt::format("<text x=\"{}\" y=\"12\" class=\"axis\" fill=\"#555\">{} →</text>\n", lw,
                       escape(m.col_axis));
  if (!m.row_axis.empty())
    out += fmt::format("<text x=\"4\" y=\"{}\" class=\"axis\" fill=\"#555\">{} ↓</text>\n", th - 6,
                       escape(m.row_axis));
  for (int j = 0; j < nc; ++j) {
    const int x = lw + j * kCell + kCell / 2, y = th - 6;
    out += fmt::format(
        "<text x=\"{}\" y=\"{}\" transform=\"rotate(-45 {} {})\" fill=\"#222\">{}{}</text>\n", x, y,
        x, y, tip_title(m.cols[j]), escape(ellipsize(m.cols[j], 24)));
  }
  for (int i = 0; i < nr; ++i) {
    const int y = th + i * kCell;
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"#222\">{}{}</text>\n",
                       lw - 8, y + kCell / 2 + 4, tip_title(m.rows[i]),
                       escape(ellipsize(m.rows[i], 24)));
    for (int j = 0; j < nc; ++j) {
      const std::size_t k = static_cast<std::size_t>(i) * m.cols.size() + j;
      if (k >= m.cells.size()) break;
      const HeatCell& c = m.cells[k];
      const int x = lw + j * kCell;
      const bool dark = !c.empty && c.value > 0.55;
      out += fmt::format("<g class=\"cell\"{}>{}", tip_attr(c.tip), tip_title(c.tip));
      out += fmt::format(
          "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"3\" fill=\"{}\" "
          "stroke=\"#ffffff\" stroke-width=\"2\"/>",
          x, y, kCell, kCell, heat_colour(c));
      if (c.flag)
        out += fmt::format("<path d=\"M{} {}h12v12z\" fill=\"#6d0000\"/>", x + kCell - 14, y + 2);
      out += fmt::format(
          "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"11\" fill=\"{}\">{}</text>",
          x + kCell / 2, y + kCell / 2 + 4,
          dark ? "#ffffff" : (c.empty || c.value <= 0 ? "#8a968c" : "#333333"),
          escape(c.empty ? std::string("–") : c.text));
      out += "</g>\n";
    }
  }
  out += "</svg>\n";
  return out;
}

std::string bar_chart_svg(const std::vector<Bar>& bars) {
  constexpr int kRow = 22, kBarArea = 320;
  std::vector<std::string> labels, texts;
  std::uint64_t max = 0;
  for (const Bar& b : bars) {
    labels.push_back(b.label);
    texts.push_back(b.text);
    max = std::max({max, b.total, b.part});
  }
  const int lw = 12 + kCharWidth * static_cast<int>(longest(labels, kMaxLabel));
  const int tw = kCharWidth * static_cast<int>(longest(texts, 48));
  const int w = lw + kBarArea + 12 + tw + 8, h = static_cast<int>(bars.size()) * kRow + 8;
  std::string out = open_svg(w, h, "bars");
  auto length = [&](std::uint64_t v) {
    if (max == 0 || v == 0) return 0;
    return std::max(2,
                    static_cast<int>(static_cast<double>(v) * kBarArea / static_cast<double>(max)));
  };
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    const int y = 4 + static_cast<int>(i) * kRow;
    out += fmt::format("<g class=\"bar\"{}>{}", tip_attr(b.tip), tip_title(b.tip));
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"#222\">{}</text>",
                       lw - 8, y + 14, escape(ellipsize(b.label, kMaxLabel)));
    out += fmt::format(
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"14\" rx=\"2\" fill=\"#e3e7ec\"/>", lw, y + 3,
        std::max(length(b.total), 1));
    if (b.part > 0)
      out += fmt::format(
          "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"14\" rx=\"2\" fill=\"#2f6fb3\"/>", lw,
          y + 3, length(b.part));
    out += fmt::format("<text x=\"{}\" y=\"{}\" fill=\"#444\">{}</text></g>\n",
                       lw + std::max(length(b.total), length(b.part)) + 8, y + 14,
                       escape(ellipsize(b.text, 48)));
  }
  out += "</svg>\n";
  return out;
}

std::string graph_svg(const Graph& g) {
  constexpr int kColumn = 210, kNodeW = 176, kNodeH = 26, kRow = 34, kTop = 30;
  std::uint32_t layers = static_cast<std::uint32_t>(g.layer_names.size());
  for (const GraphNode& n : g.nodes) layers = std::max(layers, n.layer + 1);
  std::vector<int> count(layers, 0), row(g.nodes.size(), 0);
  for (std::size_t i = 0; i < g.nodes.size(); ++i) row[i] = count[g.nodes[i].layer]++;
  int rows = 0;
  for (int c : count) rows = std::max(rows, c);
  const int w = 12 + static_cast<int>(layers) * kColumn, h = kTop + rows * kRow + 8;
  auto x_of = [&](std::size_t n) { return 10 + static_cast<int>(g.nodes[n].layer) * kColumn; };
  auto y_of = [&](std::size_t n) { return kTop + row[n] * kRow; };
  std::string out = open_svg(w, h, "graph");
  out +=
      "<defs><marker id=\"bh-arrow\" viewBox=\"0 0 8 8\" refX=\"8\" refY=\"4\" markerWidth=\"7\" "
      "markerHeight=\"7\" orient=\"auto\"><path d=\"M0 0L8 4L0 8z\" fill=\"#8a94a6\"/></marker>"
      "</defs>\n";
  for (std::uint32_t l = 0; l < layers && l < g.layer_names.size(); ++l)
    out += fmt::format("<text x=\"{}\" y=\"16\" fill=\"#555\" font-weight=\"600\">{}</text>\n",
                       10 + static_cast<int>(l) * kColumn, escape(g.layer_names[l]));
  for (const GraphEdge& e : g.edges) {
    if (e.from >= g.nodes.size() || e.to >= g.nodes.size()) continue;
    const int x1 = x_of(e.from) + kNodeW, y1 = y_of(e.from) + kNodeH / 2;
    const int x2 = x_of(e.to), y2 = y_of(e.to) + kNodeH / 2;
    const int bend = std::max(16, (x2 - x1) / 2);
    out += fmt::format(
        "<path class=\"edge\" d=\"M{} {}C{} {} {} {} {} {}\" fill=\"none\" stroke=\"#8a94a6\" "
        "stroke-width=\"1.2\" marker-end=\"url(#bh-arrow)\"{}>{}</path>\n",
        x1, y1, x1 + bend, y1, x2 - bend, y2, x2 - 1, y2, tip_attr(e.tip), tip_title(e.tip));
  }
  for (std::size_t i = 0; i < g.nodes.size(); ++i) {
    const GraphNode& n = g.nodes[i];
    const int x = x_of(i), y = y_of(i);
    out += fmt::format("<g class=\"node\"{}>{}", tip_attr(n.tip), tip_title(n.tip));
    out += fmt::format(
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"5\" fill=\"{}\" stroke=\"{}\"/>",
        x, y, kNodeW, kNodeH, n.highlight ? "#c62828" : "#eef3fa",
        n.highlight ? "#8e1b1b" : "#9fb3cc");
    out += fmt::format("<text x=\"{}\" y=\"{}\" fill=\"{}\">{}</text></g>\n", x + 8, y + 17,
                       n.highlight ? "#ffffff" : "#1d2b3a", escape(ellipsize(n.label, 23)));
  }
  out += "</svg>\n";
  return out;
}

std::string time_chart_svg(const TimeSeries& t) {
  constexpr int kLeft = 56, kTop = 34, kPlot = 160, kBottom = 40;
  const int n = static_cast<int>(t.starts.size());
  const int bw = n == 0 ? 10 : std::clamp(640 / n, 4, 28) - 2;
  const int w = std::max(420, kLeft + n * (bw + 2) + 24), h = kTop + kPlot + kBottom;
  std::uint64_t max = 0;
  for (const std::vector<std::uint64_t>& c : t.counts) {
    std::uint64_t sum = 0;
    for (std::uint64_t v : c) sum += v;
    max = std::max(max, sum);
  }
  // A round top for the axis: 1, 2 or 5 times a power of ten.
  std::uint64_t top = 1;
  while (top < max) {
    if (top * 2 >= max) {
      top *= 2;
    } else if (top * 5 >= max) {
      top *= 5;
    } else {
      top *= 10;
    }
  }
  std::string out = open_svg(w, h, "timechart");
  int lx = kLeft;
  for (std::size_t s = 0; s < t.series.size(); ++s) {
    const std::string& colour = s < t.colors.size() ? t.colors[s] : std::string("#888888");
    out += fmt::format(
        "<rect x=\"{}\" y=\"8\" width=\"12\" height=\"12\" rx=\"2\" fill=\"{}\"/><text x=\"{}\" "
        "y=\"18\" fill=\"#333\">{}</text>\n",
        lx, escape(colour), lx + 16, escape(t.series[s]));
    lx += 16 + kCharWidth * static_cast<int>(t.series[s].size()) + 18;
  }
  for (int k = 0; k <= 2; ++k) {
    const int y = kTop + kPlot - k * kPlot / 2;
    out += fmt::format(
        "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#e1e4e8\"/><text x=\"{}\" "
        "y=\"{}\" text-anchor=\"end\" fill=\"#666\">{}</text>\n",
        kLeft - 4, y, w - 16, y, kLeft - 8, y + 4, top * static_cast<std::uint64_t>(k) / 2);
  }
  // A tick label ("12-07 21:58") is about 66 px wide: label every k-th bucket so they
  // do not overlap.
  const int every = std::max(1, (80 + bw + 1) / (bw + 2));
  for (int b = 0; b < n; ++b) {
    const int x = kLeft + b * (bw + 2);
    const std::vector<std::uint64_t>& c = t.counts[static_cast<std::size_t>(b)];
    std::string tip = fmt::format("{} (+{} s)", utc_text(t.starts[b]), t.width);
    for (std::size_t s = 0; s < c.size() && s < t.series.size(); ++s)
      tip += fmt::format("\n{}: {}", t.series[s], c[s]);
    out += fmt::format("<g class=\"bucket\"{}>{}", tip_attr(tip), tip_title(tip));
    // A transparent full-height rectangle, so the tooltip works over empty buckets too.
    out += fmt::format(
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#ffffff\" "
        "fill-opacity=\"0\"/>",
        x, kTop, bw, kPlot);
    int y = kTop + kPlot;
    for (std::size_t s = 0; s < c.size() && s < t.series.size(); ++s) {
      if (c[s] == 0) continue;
      const int hh = std::max(
          1, static_cast<int>(static_cast<double>(c[s]) * kPlot / static_cast<double>(top)));
      y -= hh;
      out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>", x, y,
                         bw, hh, escape(s < t.colors.size() ? t.colors[s] : "#888888"));
    }
    out += "</g>\n";
    if (b % every == 0)
      out += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"10\" fill=\"#666\">{}</text>\n", x,
                         kTop + kPlot + 16, escape(utc_text(t.starts[b]).substr(5)));
  }
  out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#9aa3ad\"/>\n",
                     kLeft - 4, kTop + kPlot, w - 16, kTop + kPlot);
  out += "</svg>\n";
  return out;
}

}  // namespace bulkhead::report
