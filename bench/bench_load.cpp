// Benchmarks of the policy loader at 1,000, 10,000 and 100,000 hosts (synthetic
// enterprises from gen/, 500 rules): the YAML tree alone (libyaml events into
// src/policy/yaml_tree), and the whole load (tree, sections, checks, warnings) into a
// validated Model. The text is generated once per size and not timed. Each benchmark
// checks its answer first: the tree's root holds every top-level section, and the loaded
// Model has every generated host and rule with no error.
#include <benchmark/benchmark.h>
#include <malloc.h>

#include <map>
#include <string>

#include "gen/enterprise_gen.h"
#include "policy/loader.h"
#include "policy/yaml_tree.h"

namespace {

using namespace bulkhead;

struct Text {
  std::string yaml;
  bench::EnterpriseStats stats;
};

const Text& text(std::size_t hosts) {
  static std::map<std::size_t, Text> cache;
  auto it = cache.find(hosts);
  if (it == cache.end()) {
    bench::EnterpriseOptions o;
    o.hosts = hosts;
    o.rules = 500;
    Text t;
    t.yaml = bench::generate_enterprise_yaml(o, &t.stats);
    it = cache.emplace(hosts, std::move(t)).first;
  }
  return it->second;
}

void BM_YamlTree(benchmark::State& state) {
  const Text& t = text(static_cast<std::size_t>(state.range(0)));
  policy::yaml::ParseError error;
  {
    auto tree = policy::yaml::Tree::parse(t.yaml, &error);
    if (!tree || !tree->root().is_map() || tree->root().size() < 6) {
      state.SkipWithError("the generated policy did not parse into a map of sections");
      return;
    }
  }
  for (auto _ : state) {
    auto tree = policy::yaml::Tree::parse(t.yaml, &error);
    benchmark::DoNotOptimize(tree.get());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * t.yaml.size()));
  state.counters["MB"] = static_cast<double>(t.yaml.size()) / 1e6;
}

void BM_Load(benchmark::State& state) {
  const Text& t = text(static_cast<std::size_t>(state.range(0)));
  {
    Diagnostics diags;
    auto m = policy::load_text(t.yaml, "synthetic.yaml", diags);
    std::size_t user_rules = 0;
    if (m) {
      for (const policy::Rule& r : m->rules) user_rules += r.origin.baseline.empty();
    }
    // The anti-lockout rule is compiled later, by the Decision.
    if (!m || diags.has_errors() || m->hosts.size() != t.stats.hosts ||
        user_rules != t.stats.rules) {
      state.SkipWithError("the generated policy did not load as generated");
      return;
    }
  }
  double peak = 0;
  for (auto _ : state) {
    Diagnostics diags;
    auto m = policy::load_text(t.yaml, "synthetic.yaml", diags);
    state.PauseTiming();
    peak = std::max(peak, static_cast<double>(mallinfo2().uordblks) / 1e6);
    state.ResumeTiming();
    benchmark::DoNotOptimize(m);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * t.yaml.size()));
  state.counters["hosts"] = static_cast<double>(t.stats.hosts);
  state.counters["live_heap_MB"] = peak;
}

BENCHMARK(BM_YamlTree)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Load)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
