// Benchmarks of the query path on the bundled example: Decision::query alone, and the
// whole batch line path (CSV parse → query → JSON line) that `bulkhead query --flows`
// runs. Each benchmark first checks its answers against the reference semantics.
#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

#include "decision/decision.h"
#include "flows/csv.h"
#include "output/verdict_json.h"
#include "policy/loader.h"
#include "testlib/reference.h"

namespace {

using namespace bulkhead;

std::shared_ptr<const decision::Decision> example() {
  static std::shared_ptr<const decision::Decision> d = [] {
    Diagnostics diags;
    auto m = policy::load({std::string(BULKHEAD_SOURCE_DIR) + "/examples/enterprise"}, diags);
    if (!m) std::abort();
    return decision::Decision::resolve(std::move(*m));
  }();
  return d;
}

// Flows between inventory addresses and random addresses in the example's ranges.
std::vector<decision::Flow> flows(const decision::Decision& d, std::size_t n) {
  std::mt19937_64 rng(7);
  std::vector<Addr> pool;
  for (const policy::Host& h : d.model().hosts)
    for (const Addr& a : h.addresses)
      if (a.family == Family::V4) pool.push_back(a);
  for (int i = 0; i < 64; ++i)
    pool.push_back(Addr{Family::V4, (u128{10} << 24) | (rng() & 0xffffff)});
  const std::uint16_t ports[] = {22, 135, 137, 139, 443, 445, 3389, 5985, 8443, 50000};
  std::vector<decision::Flow> out;
  for (std::size_t i = 0; i < n; ++i) {
    decision::Flow f;
    f.src = pool[rng() % pool.size()];
    f.dst = pool[rng() % pool.size()];
    f.proto = rng() % 3 == 0 ? Proto::Udp : Proto::Tcp;
    f.port = ports[rng() % 10];
    out.push_back(f);
  }
  return out;
}

void BM_Query(benchmark::State& state) {
  auto d = example();
  std::vector<decision::Flow> fs = flows(*d, 4096);
  for (const decision::Flow& f : fs) {  // the answer first
    decision::Verdict v = d->query(f);
    testing::ReferenceVerdict r = testing::reference_query(d->model(), f);
    if (v.tier != r.tier || v.reachable != r.reachable || v.intended != r.intended) {
      state.SkipWithError("query disagrees with the reference semantics");
      return;
    }
  }
  std::size_t i = 0, reachable = 0;
  for (auto _ : state) {
    reachable += d->query(fs[i++ & 4095]).reachable;
  }
  benchmark::DoNotOptimize(reachable);
  state.counters["flows/s"] =
      benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Query);

void BM_BatchLine(benchmark::State& state) {
  auto d = example();
  std::vector<std::string> lines;
  for (const decision::Flow& f : flows(*d, 4096))
    lines.push_back(f.src.str() + "," + f.dst.str() + "," + std::string(proto_name(f.proto)) + "," +
                    std::to_string(f.port));
  std::string out;
  std::size_t i = 0;
  for (auto _ : state) {
    std::string why;
    flows::Record r;
    if (!flows::parse_csv_flow(lines[i++ & 4095], &r, &why)) std::abort();
    auto f = output::query_flow(r);
    output::append_verdict_json(*d, *f, d->query(*f), &out);
    if (out.size() > (1 << 16)) out.clear();
  }
  state.counters["lines/s"] =
      benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_BatchLine);

void BM_ResolveExample(benchmark::State& state) {
  Diagnostics diags;
  auto m = policy::load({std::string(BULKHEAD_SOURCE_DIR) + "/examples/enterprise"}, diags);
  for (auto _ : state) {
    auto d = decision::Decision::resolve(*m);
    benchmark::DoNotOptimize(d->classes().size());
  }
}
BENCHMARK(BM_ResolveExample)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
