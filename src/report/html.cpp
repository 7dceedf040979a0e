// The report page. Each section renders one analysis result as bulkhead computed it
// (report/model.h): no number is recomputed here except sums and percentages of those
// results, and the texts the commands also print (a rule's "name (file:line)", an example
// flow with what decided it, counted nouns) come from output/analysis_text.h. Every finding names
// what is behind it at file:line: a policy rule's `- name:` line, an intent's, a root cause's place
// to fix, a deployed rule's line. Every text goes through report::escape. Charts come from
// report/svg.h. O(size of the results).
#include "report/html.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "analysis/findings.h"
#include "output/analysis_text.h"
#include "report/escape.h"
#include "report/page_assets.h"
#include "report/svg.h"

namespace bulkhead::report {
namespace {

using decision::Decision;

constexpr std::size_t kMaxRows = 200;   // rows of a long table before "... and N more"
constexpr std::size_t kMaxCauses = 10;  // root causes shown
constexpr std::size_t kMaxGaps = 50;    // gap groups listed
constexpr std::size_t kMaxBars = 25;    // rules in the hit chart

std::string e(std::string_view s) {
  return escape(s);
}

// "name" and "file:line" of a compiled rule.
std::string rule_html(const Decision& d, std::uint32_t rule) {
  if (rule == decision::kNoRule || rule >= d.rules().size())
    return "<span class=\"muted\">default</span>";
  const policy::Rule& r = *d.rules()[rule].rule;
  return fmt::format("{} <span class=\"at\">{}</span>", e(r.name), e(r.loc.file_line()));
}
std::string rule_plain(const Decision& d, std::uint32_t rule) {
  if (rule == decision::kNoRule || rule >= d.rules().size()) return "default";
  return output::rule_text(d, rule);
}
std::string rules_plain(const Decision& d, const std::vector<std::uint32_t>& rules,
                        std::size_t max = 4) {
  std::string out;
  for (std::size_t i = 0; i < rules.size() && i < max; ++i) {
    if (i > 0) out += ", ";
    out += rule_plain(d, rules[i]);
  }
  if (rules.size() > max) out += fmt::format(", +{} more", rules.size() - max);
  return out;
}

// Escaped text with a line-break opportunity after each comma (long class names).
std::string wrap_commas(const std::string& escaped) {
  std::string out;
  for (char c : escaped) {
    out += c;
    if (c == ',') out += "<wbr>";
  }
  return out;
}

// "a, b, c, +4 more": the first `max` of a list.
std::string first_of(const std::vector<std::string>& v, std::size_t max) {
  std::vector<std::string> head(v.begin(),
                                v.begin() + static_cast<std::ptrdiff_t>(std::min(max, v.size())));
  std::string out = fmt::format("{}", fmt::join(head, ", "));
  if (v.size() > max) out += fmt::format(", +{} more", v.size() - max);
  return out;
}

std::string badge(std::string_view cls, std::string_view text) {
  return fmt::format("<span class=\"badge {}\">{}</span>", cls, e(text));
}
std::string slug(std::string_view s) {
  std::string out;
  for (char c : s) out += (c == ' ' || c == '/') ? '-' : c;
  return out;
}
std::string risk_badge(analysis::Risk r) {
  return badge("r-" + std::string(analysis::risk_name(r)), analysis::risk_name(r));
}

std::string section_open(std::string_view id, std::string_view title, std::string_view lead) {
  return fmt::format("<section id=\"{}\">\n<h2>{}</h2>\n<p class=\"lead\">{}</p>\n", id, e(title),
                     lead);
}

std::string more_rows(std::size_t shown, std::size_t total, int cols) {
  if (total <= shown) return "";
  return fmt::format("<tr><td colspan=\"{}\" class=\"muted\">… and {} more</td></tr>\n", cols,
                     total - shown);
}

std::string filter_box(std::string_view table, std::string_view what) {
  return fmt::format(
      "<input class=\"filter\" type=\"search\" data-table=\"{}\" placeholder=\"Filter {}…\" "
      "aria-label=\"Filter {}\">\n",
      table, e(what), e(what));
}

// ---------------------------------------------------------------------------------------
// Figures shared by the strip and the sections.

struct Protection {
  std::uint64_t protected_ = 0;  // (host, service) pairs blocked from everyone
  std::uint64_t total = 0;
};
Protection protection(const analysis::ExposureReport& x) {
  Protection p;
  for (const analysis::ServiceRollup& s : x.by_service) {
    p.protected_ += s.hosts_protected;
    p.total += s.hosts_protected + s.hosts_allowed + s.hosts_exposed;
  }
  return p;
}

std::uint64_t audit_errors(const ReportData& r, std::uint64_t* warnings) {
  std::uint64_t errors = 0;
  *warnings = 0;
  for (const AuditedRuleset& a : r.audit)
    for (const ruleset::PointAnomalies& pa : a.per_point)
      for (const ruleset::Anomaly& f : pa.findings)
        (ruleset::anomaly_is_error(f.kind) ? errors : *warnings) += 1;
  return errors;
}

std::uint64_t audit_open_services(const ReportData& r) {
  std::uint64_t open = 0;
  for (const AuditedRuleset& a : r.audit)
    for (const auto& [p, rows] : a.seed)
      for (const ruleset::ServiceExposure& s : rows) open += s.exposed();
  return open;
}

std::string tile(std::string_view state, std::string_view id, std::string_view label,
                 const std::string& num, const std::string& sub) {
  std::string_view verdict = state == "pass"   ? "PASS"
                             : state == "fail" ? "FAIL"
                             : state == "warn" ? "REVIEW"
                                               : "INFO";
  return fmt::format(
      "<div class=\"tile {}\" id=\"tile-{}\"><div class=\"label\">{}</div><div class=\"num\" "
      "id=\"{}\">{}</div><div class=\"sub\">{}</div><div class=\"verdict\">{}</div></div>\n",
      state, id, e(label), id, e(num), sub, verdict);
}

std::string strip(const ReportData& r) {
  const analysis::VerifyReport& v = r.verify;
  std::string out = "<div class=\"strip\" id=\"strip\">\n";
  const std::uint64_t intents = v.intents.size();
  out += tile(v.failed_intents == 0 ? "pass" : "fail", "intents-failed", "Intents failed",
              analysis::count_text(v.failed_intents),
              fmt::format("<span id=\"intents-held\">{}</span> of {} hold",
                          intents - v.failed_intents, intents));
  out += tile(v.gaps.empty() ? "pass" : "fail", "gaps", "Enforcement gaps",
              analysis::count_text(v.gaps.size()),
              fmt::format("{} class pairs, {} host pairs", v.gap_class_pairs,
                          analysis::count_text(v.gap_host_pairs)));
  const Protection p = protection(r.exposure);
  const std::uint64_t pct = percent_of(p.protected_, p.total);
  out += tile(percent_class(pct) == "good"   ? "pass"
              : percent_class(pct) == "warn" ? "warn"
                                             : "fail",
              "percent-protected", "Seed services protected", fmt::format("{} %", pct),
              fmt::format("{} of {} host·service pairs", p.protected_, p.total));
  const analysis::CoverageReport& c = r.coverage;
  out += tile(c.not_addressed == 0 ? (c.partially == 0 ? "pass" : "warn") : "fail",
              "coverage-addressed", "M1030 techniques addressed", fmt::format("{}", c.addressed),
              fmt::format("{} partially, {} not addressed, {} need a purpose", c.partially,
                          c.not_addressed, c.needs_purpose));
  const std::uint64_t worst = r.ranking.empty() ? 0 : r.ranking.front().radius;
  out += tile("info", "blast-worst", "Worst blast radius", analysis::count_text(worst),
              r.ranking.empty() || r.ranking.front().hosts.empty()
                  ? std::string("no hosts")
                  : fmt::format("hosts reached from {}",
                                e(r.d->model().hosts[r.ranking.front().hosts.front()].name)));
  if (r.audited) {
    std::uint64_t warnings = 0;
    const std::uint64_t errors = audit_errors(r, &warnings);
    out +=
        tile(errors == 0 ? "pass" : "fail", "audit-errors", "Rule-set anomalies",
             analysis::count_text(errors),
             fmt::format("{} warnings, {} seed services open", warnings, audit_open_services(r)));
  }
  if (r.flows) {
    const flows::CheckTotals& t = r.flows->check.totals;
    out += tile(t.violations == 0 ? "pass" : "fail", "flows-violations", "Flow violations",
                analysis::count_text(t.violations),
                fmt::format("of <span id=\"flows-total\">{}</span> flows; {} gap flows", t.flows,
                            analysis::count_text(t.gaps)));
  }
  out += "</div>\n";
  return out;
}

// ---------------------------------------------------------------------------------------
// Seed services per host class (exposure).

std::string exposure_section(const ReportData& r) {
  const Decision& d = *r.d;
  const analysis::ExposureReport& x = r.exposure;
  const Protection p = protection(x);
  const std::uint64_t pct = percent_of(p.protected_, p.total);
  std::string out = section_open(
      "exposure", "Seed services per host class",
      "The seed table's inbound lateral-movement services against every inventory host class: "
      "<b>protected</b> (every enforcing point blocks it from everyone), <b>allowed</b> "
      "(reachable through an allow rule) or <b>exposed</b> (reachable with no rule saying so). "
      "Hover a cell for its sources, rules and an example. Percent protected: red below 50 %, "
      "yellow to 80 %, green above.");
  out += fmt::format(
      "<div class=\"cols\"><div style=\"flex:0 0 220px\"><div class=\"big pct {}\" "
      "id=\"exposure-percent\">{} %</div><div class=\"muted\">of {} host·service pairs "
      "protected<br>{} hosts, {} fully protected, {} exposed on at least one service</div></div>"
      "<div>",
      percent_class(pct), pct, p.total, analysis::count_text(x.hosts),
      analysis::count_text(x.hosts_fully_protected), analysis::count_text(x.hosts_exposed));
  // By service.
  out +=
      "<table class=\"sortable\" id=\"exposure-services\"><thead><tr><th>service</th><th "
      "class=\"num\">protected</th><th class=\"num\">allowed</th><th "
      "class=\"num\">exposed</th><th class=\"num\">% protected</th><th>worst "
      "risk</th></tr></thead><tbody>\n";
  for (std::size_t i = 0; i < x.services.size() && i < x.by_service.size(); ++i) {
    const analysis::ServiceRollup& s = x.by_service[i];
    const std::uint64_t sp =
        percent_of(s.hosts_protected, s.hosts_protected + s.hosts_allowed + s.hosts_exposed);
    out += fmt::format(
        "<tr><td>{} <span class=\"at\">{}</span></td><td class=\"num\">{}</td><td "
        "class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num pct {}\">{} %</td><td "
        "data-sort=\"{}\">{}</td></tr>\n",
        e(x.services[i].name), e(format_services(x.services[i].keys)), s.hosts_protected,
        s.hosts_allowed, s.hosts_exposed, percent_class(sp), sp, static_cast<int>(s.worst),
        risk_badge(s.worst));
  }
  out += "</tbody></table></div></div>\n";

  // By class: one row per class, one cell per service.
  std::map<std::pair<std::uint32_t, std::uint32_t>, const analysis::ExposureCell*> cell;
  for (const analysis::ExposureCell& c : x.cells) cell[{c.dst_cls, c.service}] = &c;
  out += "<h3>By host class</h3>\n" + filter_box("exposure-classes", "classes");
  out +=
      "<div class=\"chart\"><table class=\"sortable\" id=\"exposure-classes\"><thead><tr>"
      "<th>host class</th><th class=\"num\">hosts</th>";
  for (const policy::NamedService& s : x.services) out += fmt::format("<th>{}</th>", e(s.name));
  out += "<th class=\"num\">% protected</th></tr></thead><tbody>\n";
  // Riskiest classes first (the roll-up's order), at most kMaxRows of them.
  std::size_t listed = 0;
  for (const analysis::ClassRollup& roll : x.by_class) {
    if (listed++ >= kMaxRows) break;
    const std::uint32_t cls = roll.cls;
    const decision::Class& c = d.classes()[cls];
    std::uint64_t prot = 0;
    std::string cells;
    for (std::uint32_t s = 0; s < x.services.size(); ++s) {
      auto it = cell.find({cls, s});
      if (it == cell.end()) {
        cells += "<td class=\"grade\">–</td>";
        continue;
      }
      const analysis::ExposureCell& xc = *it->second;
      if (xc.grade == analysis::Grade::Protected) ++prot;
      std::string tip = fmt::format("{} on {}: {}, risk {}", x.services[s].name, c.name,
                                    analysis::grade_name(xc.grade), analysis::risk_name(xc.risk));
      if (xc.grade != analysis::Grade::Protected) {
        const analysis::Population& src =
            xc.grade == analysis::Grade::Exposed ? xc.exposed_sources : xc.allowed_sources;
        tip += fmt::format("\nfrom {}", analysis::population_text(src));
      }
      if (xc.grade == analysis::Grade::Exposed)
        tip += fmt::format("\nwhy: {}", fmt::join(analysis::reason_names(xc.reasons), ", "));
      if (!xc.rules.empty()) tip += "\nrules: " + rules_plain(d, xc.rules);
      if (xc.example) tip += "\ne.g. " + output::example_text(d, *xc.example);
      if (!xc.why.empty()) tip += "\nrisk: " + xc.why;
      const std::string g(analysis::grade_name(xc.grade));
      cells += fmt::format("<td class=\"grade\" data-sort=\"{}\" data-tip=\"{}\">{}</td>",
                           static_cast<int>(xc.grade), e(tip), badge("g-" + g, g));
    }
    const std::uint64_t cp = percent_of(prot, x.services.size());
    out += fmt::format(
        "<tr><td class=\"cls\">{}</td><td class=\"num\">{}</td>{}<td class=\"num pct {}\">{} "
        "%</td></tr>\n",
        wrap_commas(e(c.name)), c.hosts.size(), cells, percent_class(cp), cp);
  }
  out += more_rows(kMaxRows, x.by_class.size(), static_cast<int>(x.services.size()) + 3);
  out += "</tbody></table></div>\n</section>\n";
  return out;
}

// ---------------------------------------------------------------------------------------
// Zone heat map (matrix).

std::string matrix_section(const ReportData& r) {
  const Decision& d = *r.d;
  const analysis::Matrix& m = r.matrix;
  const std::size_t ng = m.groups.size(), ns = m.services.size();
  HeatMap h;
  h.row_axis = "from zone";
  h.col_axis = "to zone";
  for (const analysis::MatrixGroup& g : m.groups) {
    h.rows.push_back(g.name);
    h.cols.push_back(g.name);
  }
  h.cells.resize(ng * ng);
  std::vector<std::uint32_t> reach(ng * ng, 0), flows(ng * ng, 0);
  std::vector<std::string> detail(ng * ng);
  std::vector<bool> gap(ng * ng, false);
  for (const analysis::MatrixCell& c : m.cells) {
    const std::size_t k = static_cast<std::size_t>(c.from) * ng + c.to;
    if (!c.flows) continue;
    ++flows[k];
    if (c.summary.reachable == analysis::Coverage::None) continue;
    ++reach[k];
    gap[k] = gap[k] || c.summary.gap;
    detail[k] += fmt::format(
        "\n{}: {}{}{}", m.services[c.service].name,
        c.summary.reachable == analysis::Coverage::All ? "reachable" : "partly reachable",
        c.summary.gap ? ", GAP (not intended)" : "",
        c.summary.rules.empty() ? std::string() : " by " + rules_plain(d, c.summary.rules, 3));
  }
  std::uint64_t open_cells = 0, gap_cells = 0;
  for (std::size_t k = 0; k < ng * ng; ++k) {
    HeatCell& hc = h.cells[k];
    const std::string& from = m.groups[k / ng].name;
    const std::string& to = m.groups[k % ng].name;
    if (flows[k] == 0) {
      hc.empty = true;
      hc.tip = fmt::format("{} → {}: no flow", from, to);
      continue;
    }
    hc.value = static_cast<double>(reach[k]) / static_cast<double>(ns == 0 ? 1 : ns);
    hc.text = fmt::format("{}/{}", reach[k], ns);
    hc.flag = gap[k];
    open_cells += reach[k] > 0;
    gap_cells += gap[k];
    hc.tip = fmt::format("{} → {}: {} of {} lateral-movement services reachable{}", from, to,
                         reach[k], ns, detail[k]);
  }
  std::string out = section_open(
      "matrix", "Zone-to-zone reachability on lateral-movement services",
      fmt::format("Each cell counts the lateral-movement services (of {}) on which some address "
                  "of the row's zone reaches some address of the column's zone; darker is more. "
                  "A dark corner marks an enforcement gap (reachable but not intended). Hover a "
                  "cell for the services and the rules at file:line that open them.",
                  ns));
  out += fmt::format(
      "<div class=\"legend\"><span><i class=\"sw\" style=\"background:#e3f2e6\"></i>nothing "
      "reachable</span><span><i class=\"sw\" style=\"background:#fbc4a8\"></i>some "
      "services</span><span><i class=\"sw\" style=\"background:#b71c1c\"></i>all "
      "services</span><span><i class=\"sw\" style=\"background:#6d0000\"></i>gap</span><span><i "
      "class=\"sw\" style=\"background:#f3f4f6\"></i>no flow</span><span id=\"matrix-open\" "
      "data-value=\"{}\">{} zone pairs open</span><span id=\"matrix-gaps\" data-value=\"{}\">{} "
      "with a gap</span></div>\n",
      open_cells, open_cells, gap_cells, gap_cells);
  out += "<div class=\"chart\">" + heat_map_svg(h) + "</div>\n</section>\n";
  return out;
}

// ---------------------------------------------------------------------------------------
// Blast radius.

std::uint32_t host_class(const analysis::ReachGraph& g, std::uint32_t h) {
  const std::vector<std::uint32_t>& nodes = g.host_nodes(h);
  return nodes.empty() ? 0 : g.nodes()[nodes.front()].cls;
}

// The rule that opens a step: the verdict of the step's flow from an address of `from` to an
// address of `to` of the same family that the policy lets through on `key`.
std::string step_rule(const Decision& d, std::uint32_t from, std::uint32_t to, std::uint32_t key) {
  const policy::Model& m = d.model();
  for (const Addr& a : m.hosts[from].addresses)
    for (const Addr& b : m.hosts[to].addresses) {
      if (a.family != b.family) continue;
      decision::Verdict v =
          d.query(decision::Flow{a, b, key_proto(key), static_cast<std::uint16_t>(key_port(key))});
      if (v.reachable) return rule_plain(d, v.rule);
    }
  return "default";
}

Graph spread_graph(const ReportData& r, std::size_t per_column) {
  const Decision& d = *r.d;
  const analysis::BlastResult& b = *r.worst;
  const analysis::ReachGraph& g = *r.graph;
  Graph out;
  std::vector<std::int32_t> node_of(d.model().hosts.size(), -1);
  const std::uint32_t start = static_cast<std::uint32_t>(b.start_host);
  out.layer_names.push_back("start");
  out.nodes.push_back(
      GraphNode{d.model().hosts[start].name,
                fmt::format("{} [{}]: the compromised host", d.model().hosts[start].name,
                            d.classes()[host_class(g, start)].name),
                0, true});
  node_of[start] = 0;
  for (std::size_t hop = 0; hop < b.hops.size(); ++hop) {
    out.layer_names.push_back(fmt::format("hop {} ({})", hop + 1, b.hops[hop].size()));
    std::vector<analysis::Reached> hosts = b.hops[hop];
    std::sort(hosts.begin(), hosts.end(),
              [&](const analysis::Reached& x, const analysis::Reached& y) {
                return d.model().hosts[x.host].name < d.model().hosts[y.host].name;
              });
    const bool cut = hosts.size() > per_column;
    const std::size_t shown = cut ? per_column - 1 : hosts.size();
    std::int32_t more = -1;
    if (cut) {
      more = static_cast<std::int32_t>(out.nodes.size() + shown);
    }
    for (std::size_t i = 0; i < hosts.size(); ++i) {
      const analysis::Reached& rh = hosts[i];
      const std::string& name = d.model().hosts[rh.host].name;
      const std::string via =
          rh.via < 0 ? d.model().hosts[start].name : d.model().hosts[rh.via].name;
      const std::string services = fmt::format(
          "{}", fmt::join(analysis::step_services(g.context().catalog, b.steps[rh.step]), ", "));
      const std::uint32_t from = rh.via < 0 ? start : static_cast<std::uint32_t>(rh.via);
      const std::string tip = fmt::format("{} [{}]\nreached from {} over {}\nopened by {}", name,
                                          d.classes()[host_class(g, rh.host)].name, via, services,
                                          step_rule(d, from, rh.host, rh.key));
      if (i < shown) {
        node_of[rh.host] = static_cast<std::int32_t>(out.nodes.size());
        out.nodes.push_back(GraphNode{name, tip, static_cast<std::uint32_t>(hop + 1), false});
      } else {
        node_of[rh.host] = more;
      }
    }
    if (cut)
      out.nodes.push_back(
          GraphNode{fmt::format("+{} more hosts", hosts.size() - shown),
                    fmt::format("{} more hosts reached at hop {}", hosts.size() - shown, hop + 1),
                    static_cast<std::uint32_t>(hop + 1), false});
    // Edges from the node of each host's via (collapsed hosts share one edge per source).
    std::set<std::pair<std::int32_t, std::int32_t>> seen;
    for (const analysis::Reached& rh : hosts) {
      const std::int32_t from = rh.via < 0 ? 0 : node_of[rh.via];
      const std::int32_t to = node_of[rh.host];
      if (from < 0 || to < 0 || !seen.insert({from, to}).second) continue;
      out.edges.push_back(GraphEdge{static_cast<std::uint32_t>(from),
                                    static_cast<std::uint32_t>(to),
                                    out.nodes[static_cast<std::size_t>(to)].tip});
    }
  }
  return out;
}

std::string blast_section(const ReportData& r, const ReportOptions& opts) {
  const Decision& d = *r.d;
  std::string out = section_open(
      "blast", "Blast radius",
      "Hosts ranked by how many others an attacker on them reaches hop by hop over the "
      "lateral-movement services (the start excluded), and the worst host's spread drawn hop "
      "by hop. Hover a host for the services and the rule at file:line that open its step.");
  out +=
      "<table class=\"sortable compact\" id=\"blast-ranking\"><thead><tr><th "
      "class=\"num\">rank</th><th>host</th><th>class</th>"
      "<th class=\"num\">radius</th><th class=\"num\">hops</th></tr></thead><tbody>\n";
  std::size_t listed = 0;
  for (const analysis::RankEntry& en : r.ranking) {
    for (std::uint32_t h : en.hosts) {
      if (listed >= opts.top) break;
      ++listed;
      out += fmt::format(
          "<tr><td class=\"num\">{}</td><td class=\"nowrap\">{}</td><td class=\"muted\">{}</td>"
          "<td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n",
          listed, e(d.model().hosts[h].name), e(d.classes()[host_class(*r.graph, h)].name),
          analysis::count_text(en.radius), en.hops);
    }
  }
  out += "</tbody></table>\n";
  if (r.worst && r.worst->start_host >= 0) {
    out += fmt::format("<h3>Spread from {}: {} reached in {}</h3>\n",
                       e(d.model().hosts[static_cast<std::size_t>(r.worst->start_host)].name),
                       output::count_noun(r.worst->total, "host"),
                       output::count_noun(r.worst->hops.size(), "hop"));
    out += "<div class=\"chart\">" +
           graph_svg(spread_graph(r, std::max<std::size_t>(2, opts.graph_column))) + "</div>\n";
  } else {
    out += "<p class=\"muted\">No inventory host to start from.</p>\n";
  }
  out += "</section>\n";
  return out;
}

// ---------------------------------------------------------------------------------------
// Coverage.

std::string coverage_section(const ReportData& r) {
  const Decision& d = *r.d;
  const analysis::CoverageReport& c = r.coverage;
  std::string out = section_open(
      "coverage", "MITRE ATT&CK M1030 (Network Segmentation) coverage",
      fmt::format("Every technique of mitigation M1030 with a status computed from the policy: "
                  "<b>{}</b> addressed, <b>{}</b> partially, <b>{}</b> not addressed, <b>{}</b> "
                  "need a purpose, <b>{}</b> not applicable. Open checks name a counterexample "
                  "flow and the rule or point that lets it through.",
                  c.addressed, c.partially, c.not_addressed, c.needs_purpose, c.not_applicable));
  out += filter_box("coverage-table", "techniques");
  out +=
      "<table class=\"sortable\" id=\"coverage-table\"><thead><tr><th>technique</th>"
      "<th>name</th><th>status</th><th>summary and checks</th></tr></thead><tbody>\n";
  for (const analysis::TechniqueResult& t : c.techniques) {
    const std::string status(analysis::coverage_status_name(t.status));
    std::string checks;
    for (const analysis::CheckResult& ck : t.checks) {
      const std::string st(analysis::check_state_name(ck.state));
      checks += fmt::format("<li>{} <b>{}</b>: {}<br><span class=\"muted\">{}</span>",
                            badge("s-" + slug(st), st), e(ck.id), e(ck.description), e(ck.detail));
      if (ck.example) checks += fmt::format("<br>e.g. {}", e(output::example_text(d, *ck.example)));
      checks += "</li>";
    }
    out += fmt::format(
        "<tr><td class=\"at\">{}</td><td>{}</td><td "
        "data-sort=\"{}\">{}</td><td>{}<details><summary>"
        "{}</summary><ul>{}</ul></details></td></tr>\n",
        e(t.id), e(t.name), static_cast<int>(t.status), badge("s-" + slug(status), status),
        e(t.summary), output::count_noun(t.checks.size(), "check"), checks);
  }
  out += "</tbody></table>\n</section>\n";
  return out;
}

// ---------------------------------------------------------------------------------------
// Root causes, failed intents and gaps (verify).

std::string causes_section(const ReportData& r) {
  const Decision& d = *r.d;
  const analysis::VerifyReport& v = r.verify;
  std::string out = section_open(
      "causes", "Root causes to fix first",
      fmt::format("The failed intents, enforcement gaps and risky allowed access ({} findings) "
                  "grouped by the one thing in the policy whose change closes them, riskiest "
                  "first; each names where to fix it.",
                  v.findings.size()));
  if (v.causes.empty()) out += "<p id=\"causes-none\">No root cause: nothing to fix.</p>\n";
  for (std::size_t i = 0; i < v.causes.size() && i < kMaxCauses; ++i) {
    const analysis::RootCause& rc = v.causes[i];
    const std::string risk(analysis::risk_name(rc.risk));
    out += fmt::format(
        "<div class=\"cause {}\"><div class=\"title\">{}. {} {} <span class=\"at\">{}</span></div>"
        "<div class=\"fix\"><b>Fix:</b> {}</div><div class=\"muted\">{}; closes {} of {} "
        "findings{}</div>",
        risk, i + 1, risk_badge(rc.risk), e(rc.title), e(rc.loc.file_line()), e(rc.fix), e(rc.why),
        rc.closes, rc.findings.size(),
        rc.services.empty() ? std::string()
                            : fmt::format("; services: {}", e(first_of(rc.services, 8))));
    if (rc.example)
      out += fmt::format("<div class=\"muted\">e.g. {}</div>",
                         e(output::example_text(d, *rc.example)));
    out += "</div>\n";
  }
  if (v.causes.size() > kMaxCauses)
    out += fmt::format(
        "<p class=\"muted\">… and {} more root causes (<code>bulkhead verify "
        "--details</code>).</p>\n",
        v.causes.size() - kMaxCauses);

  // Intents: the failed ones in view, all of them in a closed details.
  out += fmt::format(
      "<h3>Intents: {} of {} hold</h3>\n<details{}><summary>every intent with its "
      "file:line</summary>\n",
      v.intents.size() - v.failed_intents, v.intents.size(), v.failed_intents > 0 ? " open" : "");
  out +=
      "<table class=\"sortable\" id=\"intent-table\"><thead><tr><th>intent</th>"
      "<th>result</th><th class=\"num\">failing host pairs</th><th>counterexample</th></tr>"
      "</thead><tbody>\n";
  for (const analysis::IntentResult& ir : v.intents) {
    if (ir.expect == nullptr) continue;
    const std::string res = ir.holds ? (ir.vacuous ? "vacuous" : "pass") : "fail";
    out += fmt::format(
        "<tr><td>{} <span class=\"at\">{}</span>{}</td><td>{}</td><td class=\"num\">{}</td>"
        "<td>{}</td></tr>\n",
        e(ir.expect->name), e(ir.expect->loc.file_line()),
        ir.expect->description.empty()
            ? std::string()
            : "<br><span class=\"muted\">" + e(ir.expect->description) + "</span>",
        badge(ir.holds ? "s-pass" : "s-fail", res), ir.failing_host_pairs,
        ir.examples.empty() ? std::string() : e(output::example_text(d, ir.examples.front())));
  }
  out += "</tbody></table></details>\n";

  // Gaps.
  out += fmt::format("<h3>Enforcement gaps: {} in {} class pairs</h3>\n", v.gaps.size(),
                     v.gap_class_pairs);
  if (v.gaps.empty()) {
    out += "<p class=\"muted\">None: every deny the policy states is enforced.</p>\n";
  } else {
    out += fmt::format(
        "<details><summary>the {}gaps, with the deny rules no point enforces at "
        "file:line</summary>\n",
        v.gaps.size() > kMaxGaps ? fmt::format("first {} ", kMaxGaps) : "");
    out +=
        "<table class=\"sortable\" id=\"gap-table\"><thead><tr><th>from</th><th>to</th>"
        "<th>service</th><th>unenforced rules</th><th class=\"num\">host pairs</th>"
        "<th>example</th></tr></thead><tbody>\n";
    for (std::size_t i = 0; i < v.gaps.size() && i < kMaxGaps; ++i) {
      const analysis::Gap& g = v.gaps[i];
      std::string rules;
      for (std::uint32_t rule : g.rules)
        rules += (rules.empty() ? "" : "<br>") + rule_html(d, rule);
      out += fmt::format(
          "<tr><td class=\"cls\">{}</td><td class=\"cls\">{}</td><td>{}</td><td>{}</td><td "
          "class=\"num\">{}</td><td>{}</td>"
          "</tr>\n",
          wrap_commas(e(d.classes()[g.src_cls].name)), wrap_commas(e(d.classes()[g.dst_cls].name)),
          e(g.service), rules.empty() ? "<span class=\"muted\">default deny</span>" : rules,
          analysis::count_text(g.host_pairs), e(output::example_text(d, g.example)));
    }
    out += more_rows(kMaxGaps, v.gaps.size(), 6);
    out += "</tbody></table></details>\n";
  }
  out += "</section>\n";
  return out;
}

// ---------------------------------------------------------------------------------------
// Audit.

std::string deployed_at(const ruleset::Point& p, std::size_t i) {
  if (i == ruleset::kPolicy)
    return fmt::format("policy {} <span class=\"at\">{}</span>", e(ruleset::action_name(p.policy)),
                       e(p.policy_loc.file_line()));
  const ruleset::Rule& r = p.rules[i];
  return fmt::format("<span class=\"at\">{}</span> <code>{}</code>", e(r.loc.file_line()),
                     e(ellipsize(r.text, 90)));
}

std::string audit_section(const ReportData& r) {
  std::uint64_t warnings = 0;
  const std::uint64_t errors = audit_errors(r, &warnings);
  std::string out = section_open(
      "audit", "Deployed rule sets (audit)",
      fmt::format("Rule anomalies of each imported rule set's points, computed exactly over the "
                  "header space ({} errors, {} warnings), and the seed table on each inbound "
                  "point. Each finding names the deployed rule at file:line.",
                  errors, warnings));
  out +=
      "<table class=\"compact\" id=\"audit-sets\"><thead><tr><th>rule set</th><th>format</th>"
      "<th class=\"num\">points</th><th class=\"num\">rules</th><th class=\"num\">notes</th>"
      "</tr></thead><tbody>\n";
  for (const AuditedRuleset& a : r.audit) {
    std::size_t rules = 0;
    for (const ruleset::Point& p : a.rs.points) rules += p.rules.size();
    out += fmt::format(
        "<tr><td class=\"at\">{}</td><td>{}</td><td class=\"num\">{}</td><td "
        "class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n",
        e(a.rs.file), e(ruleset::format_name(a.rs.format)), a.rs.points.size(), rules,
        a.rs.notes.size());
  }
  out += "</tbody></table>\n<h3>Anomalies</h3>\n";
  out += filter_box("audit-findings", "findings");
  out +=
      "<table class=\"sortable\" id=\"audit-findings\"><thead><tr><th>kind</th><th>point</th>"
      "<th>rule</th><th>involves</th><th>witness</th></tr></thead><tbody>\n";
  std::size_t shown = 0, total = 0;
  for (const AuditedRuleset& a : r.audit) {
    for (std::size_t pi = 0; pi < a.per_point.size() && pi < a.rs.points.size(); ++pi) {
      const ruleset::Point& p = a.rs.points[pi];
      for (const ruleset::Anomaly& f : a.per_point[pi].findings) {
        ++total;
        if (shown >= kMaxRows) continue;
        ++shown;
        std::string others;
        for (std::size_t o : f.others) others += (others.empty() ? "" : "<br>") + deployed_at(p, o);
        const std::string kind(ruleset::anomaly_name(f.kind));
        out += fmt::format(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"at\">{}</td></tr>\n",
            badge(ruleset::anomaly_is_error(f.kind) ? "s-fail" : "s-partially", kind), e(p.name),
            deployed_at(p, f.rule), others, e(f.witness.str()));
      }
    }
  }
  if (total == 0) out += "<tr><td colspan=\"5\" class=\"muted\">No anomaly.</td></tr>\n";
  out += more_rows(shown, total, 5);
  out += "</tbody></table>\n";
  out +=
      "<h3>Seed table on inbound points</h3>\n<table class=\"sortable\" id=\"audit-seed\">"
      "<thead><tr><th>point</th><th>service</th><th>status</th><th>accepted by</th></tr>"
      "</thead><tbody>\n";
  for (const AuditedRuleset& a : r.audit) {
    for (const auto& [p, rows] : a.seed) {
      for (const ruleset::ServiceExposure& s : rows) {
        const std::string_view st = ruleset::exposure_status(s);
        out += fmt::format(
            "<tr><td>{} <span class=\"at\">{}</span></td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            e(p.name), e(a.rs.file), e(s.service),
            badge(st == "blocked" || st == "allowed by policy" ? "s-pass"
                  : st == "open"                               ? "s-fail"
                                                               : "s-partially",
                  st),
            s.blocked() ? std::string()
                        : deployed_at(p, s.beyond_example ? s.beyond_rule : s.example_rule));
      }
    }
  }
  std::size_t inbound = 0;
  for (const AuditedRuleset& a : r.audit) inbound += a.seed.size();
  if (inbound == 0)
    out += "<tr><td colspan=\"4\" class=\"muted\">No inbound point in these rule sets.</td></tr>\n";
  out += "</tbody></table>\n</section>\n";
  return out;
}

// ---------------------------------------------------------------------------------------
// Flows.

// "5-minute", "1-hour", "1-week": a bucket length of bucket_seconds_for.
std::string bucket_text(std::int64_t s) {
  if (s % 604800 == 0) return fmt::format("{}-week", s / 604800);
  if (s % 86400 == 0) return fmt::format("{}-day", s / 86400);
  if (s % 3600 == 0) return fmt::format("{}-hour", s / 3600);
  if (s % 60 == 0) return fmt::format("{}-minute", s / 60);
  return fmt::format("{}-second", s);
}

// The base name of a path ("day.csv" of "/tmp/x/day.csv").
std::string_view base_name(std::string_view path) {
  const std::size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

bool user_allow(const Decision& d, std::uint32_t rule) {
  const decision::CompiledRule& cr = d.rules()[rule];
  return cr.tier == decision::Tier::Allow && cr.rule->origin.baseline.empty();
}

std::string flows_section(const ReportData& r) {
  const Decision& d = *r.d;
  const FlowData& f = *r.flows;
  const flows::CheckTotals& t = f.check.totals;
  std::string out = section_open(
      "flows", "Observed flows",
      fmt::format("{} in {} judged against the policy ({} accepted, {} rejected, {} unknown as "
                  "reported; {} judged, {} malformed lines skipped): <b>{}</b> violations "
                  "(accepted though the policy blocks them), {} gap flows.",
                  output::count_noun(t.flows, "flow"), output::count_noun(t.records, "record"),
                  analysis::count_text(t.accepted), analysis::count_text(t.rejected),
                  analysis::count_text(t.unknown), analysis::count_text(t.judged),
                  analysis::count_text(f.read.malformed), analysis::count_text(t.violations),
                  analysis::count_text(t.gaps)));
  if (!f.buckets.empty()) {
    TimeSeries ts;
    ts.series = {"intended", "blocked", "gap", "violation"};
    ts.colors = {"#7fb07f", "#9aa3ad", "#f6b73c", "#c62828"};
    ts.width = f.bucket_seconds;
    for (const FlowBucket& b : f.buckets) {
      ts.starts.push_back(b.start);
      ts.counts.push_back({b.intended, b.blocked, b.gap, b.violation});
    }
    out += fmt::format("<h3>Verdicts over time (UTC, {} buckets{})</h3>\n",
                       bucket_text(f.bucket_seconds),
                       f.untimed > 0 ? fmt::format("; {} flows without a time not shown", f.untimed)
                                     : std::string());
    out += "<div class=\"chart\">" + time_chart_svg(ts) + "</div>\n";
  } else {
    out += "<p class=\"muted\">The logs give no times: no chart over time.</p>\n";
  }
  // Violations.
  if (!f.check.violations.empty()) {
    out +=
        "<h3>Violations</h3>\n<table class=\"sortable\" id=\"flow-violations\"><thead><tr>"
        "<th>from</th><th>to</th><th>service</th><th>decided by</th><th class=\"num\">flows"
        "</th><th>first seen at</th></tr></thead><tbody>\n";
    std::size_t shown = 0;
    for (const flows::FlowGroup& g : f.check.violations) {
      if (++shown > kMaxRows) break;
      out += fmt::format(
          "<tr><td class=\"cls\">{}</td><td class=\"cls\">{}</td><td>{}</td><td>{}</td><td "
          "class=\"num\">{}</td><td class=\"at\" data-tip=\"{}:{}\">{}:{}</td></tr>\n",
          wrap_commas(e(d.classes()[g.src_cls].name)), wrap_commas(e(d.classes()[g.dst_cls].name)),
          e(g.service), rule_html(d, g.rule), g.flows, e(g.example.file), g.example.line,
          e(base_name(g.example.file)), g.example.line);
    }
    out += more_rows(kMaxRows, f.check.violations.size(), 6);
    out += "</tbody></table>\n";
  }
  // Rule use: hits, and the class pairs each allow rule opens, used versus allowed.
  std::vector<std::pair<std::uint64_t, Bar>> bars;  // (hits, bar) of the rules hit
  std::string rows;
  std::size_t rule_rows = 0;
  for (const flows::RuleUse& u : f.check.rules) {
    if (u.rule >= d.rules().size() || !user_allow(d, u.rule)) continue;
    if (++rule_rows > kMaxRows && u.flows == 0) continue;
    const policy::Rule& pr = *d.rules()[u.rule].rule;
    const std::uint64_t used = u.used_pairs.size();
    const std::uint64_t allowed = used + u.unused_pairs.size();
    const std::string pairs =
        u.unused_computed ? fmt::format("{} of {}", used, allowed) : fmt::format("{}", used);
    if (u.flows > 0)
      bars.emplace_back(
          u.flows,
          Bar{pr.name, allowed, used, fmt::format("{} hits, {} class pairs used", u.flows, pairs),
              fmt::format("{} ({})\n{} flows, {} bytes\nclass pairs used: {}", pr.name,
                          pr.loc.file_line(), u.flows, u.bytes, pairs)});
    rows += fmt::format(
        "<tr><td>{} <span class=\"at\">{}</span></td><td class=\"num\">{}</td><td "
        "class=\"num\">{}</td><td class=\"num\" data-sort=\"{}\">{}</td><td class=\"at\">{}</td>"
        "<td class=\"at\">{}</td></tr>\n",
        e(pr.name), e(pr.loc.file_line()), u.flows, u.bytes, used, e(pairs),
        u.first == 0 ? std::string("–") : e(utc_text(u.first)),
        u.last == 0 ? std::string("–") : e(utc_text(u.last)));
  }
  // Most hits first (stable: rule order breaks ties), at most kMaxBars.
  std::stable_sort(bars.begin(), bars.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<Bar> shown;
  for (std::size_t i = 0; i < bars.size() && i < kMaxBars; ++i) shown.push_back(bars[i].second);
  out += fmt::format("<h3>Allow rules: {} of {} hit; class pairs used of those allowed</h3>\n",
                     bars.size(), rule_rows);
  if (shown.empty()) {
    out += "<p class=\"muted\">No allow rule decided any of these flows.</p>\n";
  } else {
    out +=
        "<div class=\"legend\"><span><i class=\"sw\" style=\"background:#2f6fb3\"></i>"
        "class pairs used</span><span><i class=\"sw\" style=\"background:#e3e7ec\"></i>"
        "class pairs the rule allows</span></div>\n";
    out += "<div class=\"chart\">" + bar_chart_svg(shown) + "</div>\n";
  }
  out += filter_box("flow-rules", "rules");
  out +=
      "<table class=\"sortable\" id=\"flow-rules\"><thead><tr><th>allow rule</th><th "
      "class=\"num\">hits</th><th class=\"num\">bytes</th><th class=\"num\">class pairs "
      "used</th><th>first seen</th><th>last seen</th></tr></thead><tbody>\n" +
      rows;
  if (rule_rows > kMaxRows)
    out += "<tr><td colspan=\"6\" class=\"muted\">… and more allow rules without a hit</td></tr>\n";
  out += "</tbody></table>\n</section>\n";
  return out;
}

}  // namespace

std::string_view percent_class(std::uint64_t percent) {
  if (percent < 50) return "bad";
  if (percent <= 80) return "warn";
  return "good";
}

std::uint64_t percent_of(std::uint64_t part, std::uint64_t total) {
  if (total == 0) return 100;
  return static_cast<std::uint64_t>(static_cast<u128>(part) * 100 / total);
}

std::string render_html(const ReportData& r, const ReportOptions& opts) {
  const Decision& d = *r.d;
  const std::string name = d.model().name.empty() ? std::string("policy") : d.model().name;
  std::set<std::string> files;
  for (const decision::CompiledRule& cr : d.rules())
    if (cr.rule != nullptr && !cr.rule->loc.file.empty() && cr.rule->origin.baseline.empty())
      files.insert(std::string(cr.rule->loc.file.str()));
  std::string out;
  out.reserve(1 << 20);
  out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += fmt::format("<title>bulkhead report: {}</title>\n", e(name));
  out += "<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n";
  out += fmt::format(
      "<header><h1>Segmentation report: {}</h1><div class=\"meta\">{} · {} zones, {} hosts, {} "
      "rules · bulkhead {}</div></header>\n",
      e(name), e(fmt::format("{}", fmt::join(files, ", "))), d.model().zones.size(),
      d.model().hosts.size(), d.model().rules.size(), BULKHEAD_VERSION);
  out +=
      "<nav><a href=\"#strip\">Summary</a><a href=\"#exposure\">Seed services</a><a "
      "href=\"#matrix\">Zone heat map</a><a href=\"#blast\">Blast radius</a><a "
      "href=\"#coverage\">M1030 coverage</a><a href=\"#causes\">Root causes</a>";
  if (r.audited) out += "<a href=\"#audit\">Audit</a>";
  if (r.flows) out += "<a href=\"#flows\">Flows</a>";
  out += "</nav>\n<main>\n";
  out += strip(r);
  out += causes_section(r);
  out += exposure_section(r);
  out += matrix_section(r);
  out += blast_section(r, opts);
  out += coverage_section(r);
  if (r.audited) out += audit_section(r);
  if (r.flows) out += flows_section(r);
  out +=
      "</main>\n<footer>Generated by bulkhead from the policy alone: the same inputs give "
      "the same page. Terms: docs/glossary.md; this report: docs/report.md.</footer>\n";
  out += "<div id=\"tip\" role=\"tooltip\"></div>\n<script>" + std::string(kScript) +
         "</script>\n</body>\n</html>\n";
  return out;
}

}  // namespace bulkhead::report
