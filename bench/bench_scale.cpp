// What one command costs at 100,000 hosts, end to end but for printing: the policy text is
// loaded (libyaml, checks, warnings), resolved, and analysed, in every iteration. Three
// workloads from gen/ (bench_gen 100000 500 1 0 P T):
//   0  the synthetic enterprise (P = 0, T = 0);
//   1  10 % of hosts with their own default_inbound/default_outbound and a random team
//      label (P = 10): about 2,600 classes;
//   2  as 1, plus 20 rules from `{team: tK}` (T = 20): about 6,800 classes, 4,400 distinct
//      source behaviours, 47 million class pairs.
// BM_DiffAfterLoad diffs each workload against itself with 5 rule changes (MUTATIONS = 5).
// Every benchmark checks its answer before timing: counterexamples replay through
// Decision::query, and the blast-radius ranking's top entry equals a single search.
#include <benchmark/benchmark.h>

#include <future>
#include <memory>
#include <string>
#include <vector>

#include "analysis/blast_radius.h"
#include "analysis/coverage.h"
#include "analysis/diff.h"
#include "analysis/exposure.h"
#include "analysis/matrix.h"
#include "analysis/verify.h"
#include "decision/decision.h"
#include "gen/enterprise_gen.h"
#include "policy/catalog.h"
#include "policy/loader.h"

namespace {

using namespace bulkhead;

constexpr std::size_t kHosts = 100000;

// `mutated`: the same workload with 5 rule changes (the NEW side of a diff).
const std::string& policy_text(int workload, bool mutated = false) {
  static std::string texts[2][3];
  std::string& t = texts[mutated ? 1 : 0][workload];
  if (t.empty()) {
    bench::EnterpriseOptions o;
    o.mutations = mutated ? 5 : 0;
    o.hosts = kHosts;
    o.rules = 500;
    o.host_defaults_percent = workload >= 1 ? 10 : 0;
    o.team_rules = workload >= 2 ? 20 : 0;
    t = bench::generate_enterprise_yaml(o);
  }
  return t;
}

std::shared_ptr<const decision::Decision> load(int workload, bool mutated = false) {
  Diagnostics diags;
  auto m = policy::load_text(policy_text(workload, mutated), "synthetic.yaml", diags);
  if (!m || diags.has_errors()) std::abort();
  return decision::Decision::resolve(std::move(*m));
}

bool real(const decision::Decision& d, const analysis::FlowExample& ex) {
  decision::Verdict v = d.query(ex.flow());
  return v.tier == ex.verdict.tier && v.reachable == ex.verdict.reachable &&
         v.intended == ex.verdict.intended;
}

std::vector<policy::NamedService> lateral_services(const decision::Decision& d) {
  std::string why;
  return *policy::resolve_service_names(d.model(), "lateral-movement", &why);
}

ServiceSet lateral_keys(const decision::Decision& d) {
  ServiceSet keys;
  for (const policy::NamedService& s : lateral_services(d)) keys = keys.unite(s.keys);
  return keys;
}

void counters(benchmark::State& state, const decision::Decision& d) {
  state.counters["hosts"] = static_cast<double>(d.model().hosts.size());
  state.counters["classes"] = static_cast<double>(d.classes().size());
}

void BM_LoadResolve(benchmark::State& state) {
  const int w = static_cast<int>(state.range(0));
  counters(state, *load(w));
  for (auto _ : state) benchmark::DoNotOptimize(load(w).get());
}
BENCHMARK(BM_LoadResolve)->DenseRange(0, 2)->ArgName("workload")->Unit(benchmark::kMillisecond);

void BM_Verify(benchmark::State& state) {
  const int w = static_cast<int>(state.range(0));
  {
    auto d = load(w);
    analysis::VerifyReport r = analysis::verify(*d);
    for (const analysis::Gap& g : r.gaps)
      if (!real(*d, g.example) || !g.example.verdict.reachable || g.example.verdict.intended)
        return state.SkipWithError("verify: a gap counterexample is not a gap");
    for (const analysis::IntentResult& i : r.intents)
      for (const analysis::FlowExample& ex : i.examples)
        if (!real(*d, ex)) return state.SkipWithError("verify: intent counterexample not real");
    if (r.gaps.empty()) return state.SkipWithError("verify: the printers must show gaps");
    counters(state, *d);
    state.counters["gaps"] = static_cast<double>(r.gaps.size());
    state.counters["root_causes"] = static_cast<double>(r.causes.size());
  }
  for (auto _ : state) {
    auto d = load(w);
    analysis::VerifyReport r = analysis::verify(*d);
    benchmark::DoNotOptimize(r.gaps.data());
  }
}
BENCHMARK(BM_Verify)->DenseRange(0, 2)->ArgName("workload")->Unit(benchmark::kMillisecond);

void BM_Exposure(benchmark::State& state) {
  const int w = static_cast<int>(state.range(0));
  {
    auto d = load(w);
    analysis::Context ctx(*d);
    analysis::ExposureReport r = analysis::compute_exposure(ctx, lateral_services(*d));
    if (r.hosts_exposed == 0) return state.SkipWithError("exposure: printers must be exposed");
    for (const analysis::ExposureCell& c : r.cells)
      if (c.example && !real(*d, *c.example))
        return state.SkipWithError("exposure: counterexample is not real");
    counters(state, *d);
  }
  for (auto _ : state) {
    auto d = load(w);
    analysis::Context ctx(*d);
    analysis::ExposureReport r = analysis::compute_exposure(ctx, lateral_services(*d));
    benchmark::DoNotOptimize(r.cells.data());
  }
}
BENCHMARK(BM_Exposure)->DenseRange(0, 2)->ArgName("workload")->Unit(benchmark::kMillisecond);

void BM_Coverage(benchmark::State& state) {
  const int w = static_cast<int>(state.range(0));
  {
    auto d = load(w);
    analysis::Context ctx(*d);
    analysis::CoverageReport r = analysis::compute_coverage(ctx);
    for (const analysis::TechniqueResult& t : r.techniques)
      for (const analysis::CheckResult& c : t.checks)
        if (c.example && !real(*d, *c.example))
          return state.SkipWithError("coverage: counterexample is not real");
    counters(state, *d);
  }
  for (auto _ : state) {
    auto d = load(w);
    analysis::Context ctx(*d);
    analysis::CoverageReport r = analysis::compute_coverage(ctx);
    benchmark::DoNotOptimize(r.techniques.data());
  }
}
BENCHMARK(BM_Coverage)->DenseRange(0, 2)->ArgName("workload")->Unit(benchmark::kMillisecond);

// The matrix as the command line computes it by default: by zone, streamed.
void BM_MatrixByZone(benchmark::State& state) {
  const int w = static_cast<int>(state.range(0));
  auto run = [&](const decision::Decision& d) {
    const auto services = lateral_services(d);
    const auto groups = analysis::make_groups(d, analysis::GroupBy::Zone);
    std::uint64_t cells = 0, gaps = 0;
    analysis::for_each_cell(d, services, groups, analysis::GroupBy::Zone,
                            [&](const analysis::MatrixCell& c) {
                              ++cells;
                              gaps += c.summary.gap;
                            });
    return std::make_pair(cells, gaps);
  };
  {
    auto d = load(w);
    auto [cells, gaps] = run(*d);
    if (gaps == 0) return state.SkipWithError("matrix: the printers' gaps must show");
    counters(state, *d);
    state.counters["cells"] = static_cast<double>(cells);
  }
  for (auto _ : state) {
    auto d = load(w);
    benchmark::DoNotOptimize(run(*d));
  }
}
BENCHMARK(BM_MatrixByZone)->DenseRange(0, 2)->ArgName("workload")->Unit(benchmark::kMillisecond);

void BM_BlastRadiusAll(benchmark::State& state) {
  const int w = static_cast<int>(state.range(0));
  {
    auto d = load(w);
    analysis::Context ctx(*d);
    analysis::ReachGraph g(ctx, lateral_keys(*d));
    std::vector<analysis::RankEntry> top = analysis::rank_blast_radius(g, -1, 10);
    if (top.empty() || top.front().radius == 0)
      return state.SkipWithError("blast-radius: the top host must reach some hosts");
    if (analysis::blast_radius(g, top.front().hosts.front()).total != top.front().radius)
      return state.SkipWithError("blast-radius: ranking and single search disagree");
    counters(state, *d);
  }
  for (auto _ : state) {
    auto d = load(w);
    analysis::Context ctx(*d);
    analysis::ReachGraph g(ctx, lateral_keys(*d));
    benchmark::DoNotOptimize(analysis::rank_blast_radius(g, -1, 10).data());
  }
}
BENCHMARK(BM_BlastRadiusAll)->DenseRange(0, 2)->ArgName("workload")->Unit(benchmark::kMillisecond);

// What `diff` does once both versions are loaded (their loads run on two threads, each
// BM_LoadResolve): analysis::diff on this thread beside each version's intent and coverage
// outcomes on two more, as cmd_diff runs them. Wall time (UseRealTime).
void BM_DiffAfterLoad(benchmark::State& state) {
  const int w = static_cast<int>(state.range(0));
  auto o = load(w);
  auto n = load(w, true);
  {
    analysis::DiffReport r = analysis::diff(*o, *n);
    if (r.groups.empty()) return state.SkipWithError("diff: the mutations must change flows");
    for (const analysis::DiffGroup& g : r.groups) {
      decision::Flow f{g.src_addr, g.dst_addr, key_proto(g.key),
                       static_cast<std::uint16_t>(key_port(g.key))};
      if (o->query(f).reachable == n->query(f).reachable)
        return state.SkipWithError("diff: an example flow does not change");
    }
    counters(state, *o);
    state.counters["groups"] = static_cast<double>(r.groups.size());
  }
  for (auto _ : state) {
    // Fresh Decisions each time: the tier-map caches would otherwise be warm.
    state.PauseTiming();
    o = load(w);
    n = load(w, true);
    state.ResumeTiming();
    auto old_outcomes = std::async(std::launch::async, analysis::outcomes, std::cref(*o));
    auto new_outcomes = std::async(std::launch::async, analysis::outcomes, std::cref(*n));
    analysis::DiffReport r = analysis::diff(*o, *n);
    auto changes = analysis::intent_changes(old_outcomes.get(), new_outcomes.get());
    benchmark::DoNotOptimize(r.groups.data());
    benchmark::DoNotOptimize(changes.data());
  }
}
BENCHMARK(BM_DiffAfterLoad)
    ->DenseRange(0, 2)
    ->ArgName("workload")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
