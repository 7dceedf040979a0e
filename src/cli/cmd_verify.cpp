// bulkhead verify: checks every `expect` intent exactly and reports every enforcement gap,
// each with a concrete counterexample flow and the rule or point that decided it.
// Formats: table, json, and SARIF 2.1.0 (one result per failed intent or gap, located at
// the intent or at the deciding rule). Exit 1 on a failed intent or a gap (unless
// --allow-gaps), 2 on bad input.
// Cost: load and resolve, then analysis::verify (docs/analysis.md); output O(findings).
#include <algorithm>
#include <iostream>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "analysis/counterexample.h"
#include "analysis/verify.h"
#include "cli/analysis_output.h"
#include "cli/common.h"
#include "cli/json_text.h"

namespace bulkhead::cli {
namespace {

struct VerifyOptions {
  std::vector<std::string> policy;
  std::string format;
  bool allow_gaps = false;
};

std::string services_text(const policy::Expect& e) {
  std::string out;
  for (const policy::ServiceRef& s : e.services) out += (out.empty() ? "" : ", ") + s.text;
  return out;
}

// Where a gap is best shown in the policy: its deciding rule, else an unmanaged end, else
// the zone, else the first file.
SourceLoc gap_location(const decision::Decision& d, const analysis::Gap& g) {
  if (!g.rules.empty()) return d.rules()[g.rules.front()].rule->loc;
  for (const analysis::Endpoint* e : {&g.example.dst, &g.example.src}) {
    if (e->host != decision::kNoHost) {
      const policy::Host& h = d.model().hosts[static_cast<std::size_t>(e->host)];
      if (!h.managed) return h.loc;
    }
  }
  for (const analysis::Endpoint* e : {&g.example.dst, &g.example.src}) {
    if (e->host != decision::kNoHost) return d.model().hosts[static_cast<std::size_t>(e->host)].loc;
  }
  const decision::ZoneInfo& z = d.zones()[d.classes()[g.dst_cls].zone];
  if (z.zone != nullptr) return z.zone->loc;
  return SourceLoc{d.model().files.empty() ? std::string("policy") : d.model().files.front(), 1, 1};
}

std::string gap_message(const decision::Decision& d, const analysis::Gap& g) {
  return fmt::format(
      "enforcement gap: {} -> {} on {} is reachable but not intended ({} host "
      "pair{}); e.g. {}: {}",
      d.classes()[g.src_cls].name, d.classes()[g.dst_cls].name, g.service,
      analysis::count_text(g.host_pairs), g.host_pairs == 1 ? "" : "s",
      analysis::flow_text(d, g.example), analysis::deciding_text(d, g.example));
}

std::string intent_message(const decision::Decision& d, const analysis::IntentResult& r) {
  const policy::Expect& e = *r.expect;
  std::string want = e.verdict == policy::ExpectVerdict::Blocked ? "blocked" : "reachable";
  std::string msg = fmt::format("intent {} fails: {} -> {} on {} should be {}", e.name, e.from.text,
                                e.to.text, services_text(e), want);
  if (!e.description.empty()) msg += fmt::format(" ({})", e.description);
  if (!r.examples.empty()) {
    const analysis::FlowExample& ex = r.examples.front();
    msg +=
        fmt::format("; counterexample {} is {}: {}", analysis::flow_text(d, ex),
                    ex.verdict.reachable ? "reachable" : "blocked", analysis::deciding_text(d, ex));
  }
  return msg;
}

void print_table(const decision::Decision& d, const analysis::VerifyReport& r, bool allow_gaps) {
  const std::string name = d.model().name.empty() ? std::string("policy") : d.model().name;
  std::cout << fmt::format(
      "verify {}: {} intent{}, {} hold, {} fail; enforcement gaps between {} "
      "class pair{} ({} host pairs)\n",
      name, r.intents.size(), r.intents.size() == 1 ? "" : "s", r.intents.size() - r.failed_intents,
      r.failed_intents, r.gap_class_pairs, r.gap_class_pairs == 1 ? "" : "s",
      analysis::count_text(r.gap_host_pairs));
  if (!r.intents.empty()) std::cout << "\nintents\n";
  std::size_t width = 0;
  for (const analysis::IntentResult& i : r.intents) width = std::max(width, i.expect->name.size());
  for (const analysis::IntentResult& i : r.intents) {
    const policy::Expect& e = *i.expect;
    std::string status = i.holds ? (i.vacuous ? "ok?" : "ok") : "FAIL";
    std::cout << fmt::format("  {:<4}  {:<{}}  {}", status, e.name, width, e.loc.file_line());
    if (i.vacuous) std::cout << "  (covers no flow: its selectors or services match nothing)";
    std::cout << '\n';
    if (i.holds) continue;
    if (!e.description.empty()) std::cout << fmt::format("        why: {}\n", e.description);
    std::cout << fmt::format("        want {}: {} -> {} on {}\n",
                             e.verdict == policy::ExpectVerdict::Blocked ? "blocked" : "reachable",
                             e.from.text, e.to.text, services_text(e));
    std::cout << fmt::format("        fails on {} class pair{} ({} host pair{}{})\n",
                             i.failing_class_pairs, i.failing_class_pairs == 1 ? "" : "s",
                             analysis::count_text(i.failing_host_pairs),
                             i.failing_host_pairs == 1 ? "" : "s",
                             i.failing_addresses ? " plus plain address space" : "");
    for (const analysis::FlowExample& ex : i.examples) {
      std::cout << fmt::format("        counterexample: {}\n", analysis::flow_text(d, ex));
      std::cout << fmt::format("          {}; decided by {}\n", verdict_text(d, ex.verdict),
                               analysis::deciding_text(d, ex));
    }
  }
  if (!r.gaps.empty()) {
    std::cout << fmt::format(
        "\nenforcement gaps (reachable but not intended: nothing enforces "
        "the policy's verdict){}\n",
        allow_gaps ? " [allowed by --allow-gaps]" : "");
    // One entry per class pair; the JSON form keeps one group per service.
    for (std::size_t i = 0; i < r.gaps.size();) {
      std::size_t j = i;
      ServiceSet keys;
      std::vector<std::string> named;
      std::vector<std::uint32_t> rules;
      while (j < r.gaps.size() && r.gaps[j].src_cls == r.gaps[i].src_cls &&
             r.gaps[j].dst_cls == r.gaps[i].dst_cls) {
        const analysis::Gap& g = r.gaps[j];
        keys = keys.unite(g.keys);
        if (g.named) named.push_back(g.service);
        for (std::uint32_t rule : g.rules)
          if (std::find(rules.begin(), rules.end(), rule) == rules.end()) rules.push_back(rule);
        ++j;
      }
      const analysis::Gap& g = r.gaps[i];
      std::string services;
      if (keys == all_services()) {
        services = "every service";
      } else {
        services = fmt::format("{}", fmt::join(named, ", "));
        for (std::size_t k = i; k < j; ++k) {
          if (r.gaps[k].named) continue;
          services += (services.empty() ? "" : ", ") + r.gaps[k].service;
        }
      }
      std::string pairs = g.host_pairs == 0
                              ? std::string()
                              : fmt::format("; {} host pair{}", analysis::count_text(g.host_pairs),
                                            g.host_pairs == 1 ? "" : "s");
      std::cout << fmt::format("  {} -> {}  ({} -> {}{})\n", d.classes()[g.src_cls].name,
                               d.classes()[g.dst_cls].name, analysis::population_text(g.src),
                               analysis::population_text(g.dst), pairs);
      std::cout << fmt::format("      services: {}\n", services);
      if (!rules.empty()) {
        std::sort(rules.begin(), rules.end());
        std::cout << fmt::format("      unenforced rules: {}\n", rules_text(d, rules, 3));
      }
      // The example a reader recognises best (SMB before an arbitrary port).
      const analysis::Gap* shown = &g;
      for (std::size_t k = i; k < j; ++k) {
        const analysis::FlowExample& ex = r.gaps[k].example;
        if (analysis::telling_rank(ex.key) < analysis::telling_rank(shown->example.key))
          shown = &r.gaps[k];
      }
      std::cout << fmt::format("      e.g. {}: {}\n", analysis::flow_text(d, shown->example),
                               analysis::deciding_text(d, shown->example));
      i = j;
    }
  }
}

ojson intent_json(const decision::Decision& d, const analysis::IntentResult& i) {
  const policy::Expect& e = *i.expect;
  ojson j;
  j["name"] = e.name;
  j["at"] = e.loc.file_line();
  if (!e.description.empty()) j["description"] = e.description;
  j["from"] = e.from.text;
  j["to"] = e.to.text;
  j["services"] = services_text(e);
  j["verdict"] = e.verdict == policy::ExpectVerdict::Blocked ? "blocked" : "reachable";
  j["holds"] = i.holds;
  j["vacuous"] = i.vacuous;
  j["class_pairs"] = i.class_pairs;
  j["failing_class_pairs"] = i.failing_class_pairs;
  j["failing_host_pairs"] = i.failing_host_pairs;
  j["failing_addresses"] = i.failing_addresses;
  j["counterexamples"] = ojson::array();
  for (const analysis::FlowExample& ex : i.examples)
    j["counterexamples"].push_back(example_json(d, ex));
  return j;
}

ojson gap_json(const decision::Decision& d, const analysis::Gap& g) {
  ojson j;
  j["from"] = {{"class", d.classes()[g.src_cls].name}, {"population", population_json(g.src)}};
  j["to"] = {{"class", d.classes()[g.dst_cls].name}, {"population", population_json(g.dst)}};
  j["service"] = g.service;
  j["ports"] = format_services(g.keys);
  j["rules"] = rules_json(d, g.rules);
  j["host_pairs"] = g.host_pairs;
  j["at"] = gap_location(d, g).file_line();
  j["counterexample"] = example_json(d, g.example);
  return j;
}

void print_json(const decision::Decision& d, const analysis::VerifyReport& r) {
  ojson out;
  out["policy"] = d.model().name;
  out["files"] = d.model().files;
  out["summary"] = {{"intents", r.intents.size()},
                    {"failed", r.failed_intents},
                    {"gaps", r.gaps.size()},
                    {"gap_class_pairs", r.gap_class_pairs},
                    {"gap_host_pairs", r.gap_host_pairs}};
  out["intents"] = ojson::array();
  for (const analysis::IntentResult& i : r.intents) out["intents"].push_back(intent_json(d, i));
  out["gaps"] = ojson::array();
  for (const analysis::Gap& g : r.gaps) out["gaps"].push_back(gap_json(d, g));
  std::cout << json_text(out, 2) << '\n';
}

ojson sarif_location(const SourceLoc& loc) {
  ojson region = {{"startLine", std::max(loc.line, 1)}};
  if (loc.column > 0) region["startColumn"] = loc.column;
  return ojson{{"physicalLocation",
                {{"artifactLocation", {{"uri", loc.file}}}, {"region", std::move(region)}}}};
}

void print_sarif(const decision::Decision& d, const analysis::VerifyReport& r, bool allow_gaps) {
  ojson rules = ojson::array();
  rules.push_back({{"id", "intent-failed"},
                   {"name", "IntentFailed"},
                   {"shortDescription", {{"text", "An expect intent does not hold"}}},
                   {"fullDescription",
                    {{"text",
                      "Some flow covered by the intent contradicts its verdict "
                      "(blocked: a flow is reachable; reachable: a flow is blocked)."}}},
                   {"defaultConfiguration", {{"level", "error"}}}});
  rules.push_back({{"id", "enforcement-gap"},
                   {"name", "EnforcementGap"},
                   {"shortDescription", {{"text", "A flow is reachable but not intended"}}},
                   {"fullDescription",
                    {{"text",
                      "The policy forbids these flows, yet no enforcement point on their "
                      "path enforces it (spec section 3)."}}},
                   {"defaultConfiguration", {{"level", allow_gaps ? "warning" : "error"}}}});
  ojson results = ojson::array();
  for (const analysis::IntentResult& i : r.intents) {
    if (i.holds) continue;
    ojson res = {{"ruleId", "intent-failed"},
                 {"ruleIndex", 0},
                 {"level", "error"},
                 {"message", {{"text", intent_message(d, i)}}},
                 {"locations", ojson::array({sarif_location(i.expect->loc)})}};
    res["properties"] = {{"intent", i.expect->name},
                         {"failing_class_pairs", i.failing_class_pairs},
                         {"failing_host_pairs", i.failing_host_pairs}};
    if (!i.examples.empty())
      res["properties"]["counterexample"] = example_json(d, i.examples.front());
    results.push_back(std::move(res));
  }
  for (const analysis::Gap& g : r.gaps) {
    ojson res = {{"ruleId", "enforcement-gap"},
                 {"ruleIndex", 1},
                 {"level", allow_gaps ? "warning" : "error"},
                 {"message", {{"text", gap_message(d, g)}}},
                 {"locations", ojson::array({sarif_location(gap_location(d, g))})}};
    res["properties"] = {{"from", d.classes()[g.src_cls].name},
                         {"to", d.classes()[g.dst_cls].name},
                         {"service", g.service},
                         {"host_pairs", g.host_pairs},
                         {"counterexample", example_json(d, g.example)}};
    results.push_back(std::move(res));
  }
  ojson artifacts = ojson::array();
  for (const std::string& f : d.model().files) artifacts.push_back({{"location", {{"uri", f}}}});
  ojson run = {
      {"tool",
       {{"driver",
         {{"name", "bulkhead"}, {"version", BULKHEAD_VERSION}, {"rules", std::move(rules)}}}}},
      {"artifacts", std::move(artifacts)},
      {"results", std::move(results)}};
  ojson out = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
               {"version", "2.1.0"},
               {"runs", ojson::array({std::move(run)})}};
  std::cout << json_text(out, 2) << '\n';
}

int run(const VerifyOptions& o) {
  auto d = load_decision(o.policy);
  if (!d) return kBadInput;
  analysis::VerifyReport r = analysis::verify(*d);
  if (o.format == "json") {
    print_json(*d, r);
  } else if (o.format == "sarif") {
    print_sarif(*d, r, o.allow_gaps);
  } else {
    print_table(*d, r, o.allow_gaps);
  }
  if (r.failed_intents > 0) return kFindings;
  if (!r.gaps.empty() && !o.allow_gaps) return kFindings;
  return kOk;
}

}  // namespace

void add_verify(CLI::App& app) {
  auto o = std::make_shared<VerifyOptions>();
  CLI::App* sub = app.add_subcommand(
      "verify", "check every expect intent exactly and report every enforcement gap");
  sub->add_option("policy", o->policy, "policy files or directories")->required();
  add_format(sub, &o->format, {"table", "json", "sarif"});
  sub->add_flag("--allow-gaps", o->allow_gaps, "report enforcement gaps without failing");
  sub->callback([o] { set_exit(run(*o)); });
}

}  // namespace bulkhead::cli
