// The report page from a small policy: it is balanced markup with every policy text
// escaped (a file name and descriptions holding < & " '; names cannot), the same bytes on
// every run, and its figures are the
// analyses' own (the strip's intents and gaps equal verify's, the percent protected equals
// exposure's roll-up). Bad inputs stop collect() with a located error.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <set>

#include "analysis/exposure.h"
#include "analysis/verify.h"
#include "policy/loader.h"
#include "report/html.h"
#include "report/model.h"
#include "testlib/paths.h"
#include "unit/report/markup.h"

namespace bulkhead::report {
namespace {

const char* kPolicy = R"(bulkhead: 1
name: lab
settings: {default_inbound: deny, default_outbound: allow}
zones:
  - {name: office, cidrs: [10.10.0.0/16], firewall: true}
  - {name: servers, cidrs: [10.20.0.0/16]}
hosts:
  - {name: ws-1, address: 10.10.0.1, labels: {role: workstation}}
  - {name: ws-2, address: 10.10.0.2, labels: {role: workstation}}
  - {name: fs-1, address: 10.20.0.1, labels: {role: file-server}}
  - {name: prn, address: 10.10.9.9, labels: {role: printer}, managed: false}
baselines: [lateral-movement]
rules:
  - {name: ws-to-fs, action: allow, from: {role: workstation}, to: {role: file-server}, services: [smb, rdp]}
  - {name: no-printer-smb, action: deny, from: {role: workstation}, to: {role: printer}, services: [smb]}
expect:
  - {name: fs-never-rdp, from: {role: workstation}, to: {role: file-server}, services: [rdp], verdict: blocked, description: "<script>alert('rdp & \"smb\"')</script>"}
  - {name: ws-smb-fs, from: {role: workstation}, to: {role: file-server}, services: [smb], verdict: reachable}
)";

// Every location the page prints names this file.
const char* kFile = "p<b>&\"'.yaml";

std::shared_ptr<const decision::Decision> decide(const std::string& yaml) {
  Diagnostics diags;
  auto model = policy::load_text(yaml, kFile, diags);
  std::string errors;
  for (const Diagnostic& d : diags.sorted()) errors += d.str() + "\n";
  EXPECT_TRUE(model.has_value()) << errors;
  if (!model) return nullptr;
  return decision::Decision::resolve(std::move(*model));
}

std::string page(const std::shared_ptr<const decision::Decision>& d, ReportOptions opts = {}) {
  Diagnostics diags;
  std::string error;
  std::optional<ReportData> r = collect(d, opts, diags, &error);
  EXPECT_TRUE(r.has_value()) << error;
  return r ? render_html(*r, opts) : std::string();
}

// The text of the element with this id (up to its first '<').
std::string by_id(const std::string& html, const std::string& id) {
  std::size_t p = html.find("id=\"" + id + "\"");
  if (p == std::string::npos) return "<missing " + id + ">";
  p = html.find('>', p) + 1;
  return html.substr(p, html.find('<', p) - p);
}

TEST(ReportHtml, BalancedEscapedAndDeterministic) {
  auto d = decide(kPolicy);
  ASSERT_TRUE(d);
  const std::string a = page(d);
  EXPECT_EQ(test::markup_problem(a), "");
  EXPECT_EQ(a, page(d));
  EXPECT_EQ(a.find("p<b>"), std::string::npos);
  EXPECT_NE(a.find("p&lt;b&gt;&amp;&quot;&#39;.yaml:14"), std::string::npos);
  EXPECT_EQ(a.find("<script>alert"), std::string::npos);
  EXPECT_NE(a.find("&lt;script&gt;alert(&#39;rdp &amp; &quot;smb&quot;&#39;)&lt;/script&gt;"),
            std::string::npos);
  // Every id once (the browser test and the page's script look elements up by id).
  std::set<std::string> ids;
  for (std::size_t p = a.find(" id=\""); p != std::string::npos; p = a.find(" id=\"", p + 1)) {
    const std::size_t b = p + 5, end = a.find('"', b);
    EXPECT_TRUE(ids.insert(a.substr(b, end - b)).second) << "duplicate id " << a.substr(b, end - b);
  }
  EXPECT_GT(ids.size(), 10u);
  // Self-contained: no external resource.
  EXPECT_EQ(a.find("src=\"http"), std::string::npos);
  EXPECT_EQ(a.find("href=\"http"), std::string::npos);
  EXPECT_EQ(a.find("@import"), std::string::npos);
  EXPECT_NE(a.find("@media print"), std::string::npos);
}

TEST(ReportHtml, StripShowsTheAnalysesFigures) {
  auto d = decide(kPolicy);
  ASSERT_TRUE(d);
  const std::string a = page(d);
  analysis::Context ctx(*d);
  analysis::VerifyReport v = analysis::verify(ctx);
  EXPECT_EQ(by_id(a, "intents-failed"), std::to_string(v.failed_intents));
  EXPECT_EQ(by_id(a, "intents-held"), std::to_string(v.intents.size() - v.failed_intents));
  EXPECT_EQ(by_id(a, "gaps"), std::to_string(v.gaps.size()));
  EXPECT_EQ(v.failed_intents, 1u);  // rdp is allowed by the hostile-named rule
  std::string why;
  analysis::ExposureReport x = analysis::compute_exposure(
      ctx, *policy::resolve_service_names(d->model(), "lateral-movement", &why));
  std::uint64_t prot = 0, total = 0;
  for (const analysis::ServiceRollup& s : x.by_service) {
    prot += s.hosts_protected;
    total += s.hosts_protected + s.hosts_allowed + s.hosts_exposed;
  }
  EXPECT_EQ(by_id(a, "percent-protected"), std::to_string(percent_of(prot, total)) + " %");
  // The failed intent names its rule at file:line.
  EXPECT_NE(a.find("rule ws-to-fs (p&lt;b&gt;&amp;&quot;&#39;.yaml:14)"), std::string::npos);
  // No audit or flows section unless asked for.
  EXPECT_EQ(a.find("id=\"audit\""), std::string::npos);
  EXPECT_EQ(a.find("id=\"flows\""), std::string::npos);
}

TEST(ReportHtml, FlowsAddTheTimeChartAndRuleUse) {
  auto d = decide(kPolicy);
  ASSERT_TRUE(d);
  const std::string dir = ::testing::TempDir();
  const std::string log = dir + "/report_flows.csv";
  {
    std::ofstream out(log);
    out << "src,dst,proto,port,action,time\n"
        << "10.10.0.1,10.20.0.1,tcp,445,accept,1765000000\n"
        << "10.10.0.2,10.20.0.1,tcp,445,accept,1765000100\n"
        << "10.10.0.1,10.20.0.1,tcp,135,accept,1765000400\n";  // blocked by policy: violation
  }
  ReportOptions opts;
  opts.flows = {log};
  const std::string a = page(d, opts);
  EXPECT_EQ(test::markup_problem(a), "");
  EXPECT_EQ(by_id(a, "flows-violations"), "1");
  // The chart's buckets add up to the checker's totals.
  Diagnostics diags;
  std::string error;
  std::optional<ReportData> r = collect(d, opts, diags, &error);
  ASSERT_TRUE(r && r->flows) << error;
  std::uint64_t violations = 0, gaps = 0, all = 0;
  for (const FlowBucket& b : r->flows->buckets) {
    violations += b.violation;
    gaps += b.gap;
    all += b.intended + b.blocked + b.gap + b.violation;
  }
  EXPECT_EQ(violations, r->flows->check.totals.violations);
  EXPECT_EQ(violations, 1u);
  EXPECT_EQ(gaps, r->flows->check.totals.gaps);
  EXPECT_EQ(all, 3u);
  std::remove(log.c_str());
  EXPECT_EQ(by_id(a, "flows-total"), "3");
  EXPECT_NE(a.find("class=\"timechart\""), std::string::npos);
  EXPECT_NE(a.find("2 hits"), std::string::npos);  // the smb allow rule
}

TEST(ReportHtml, BadInputsStopCollect) {
  auto d = decide(kPolicy);
  ASSERT_TRUE(d);
  Diagnostics diags;
  std::string error;
  ReportOptions opts;
  opts.flows = {"/nonexistent/flows.log"};
  EXPECT_FALSE(collect(d, opts, diags, &error).has_value());
  EXPECT_NE(error.find("--flows"), std::string::npos) << error;

  const std::string bad = ::testing::TempDir() + "/report_bad.rules";
  {
    std::ofstream(bad)
        << "*filter\n:INPUT DROP [0:0]\n-A INPUT -p tcp --dport 99999 -j ACCEPT\nCOMMIT\n";
  }
  opts = {};
  opts.audit = {bad};
  error.clear();
  EXPECT_FALSE(collect(d, opts, diags, &error).has_value());
  std::remove(bad.c_str());
  ASSERT_TRUE(diags.has_errors()) << error;
  EXPECT_NE(diags.sorted().front().str().find("report_bad.rules:3:"), std::string::npos)
      << diags.sorted().front().str();
}

}  // namespace
}  // namespace bulkhead::report
