// Benchmarks of the analyses at 1,000, 10,000 and 100,000 hosts with 500 rules (synthetic
// enterprises from gen/): Decision::resolve, verify, matrix (by zone and by class, kept
// and streamed),
// blast-radius --all, exposure, coverage and diff (a policy against itself with five rules
// changed). Each analysis runs on a freshly resolved Decision (its lazily built tier maps
// are part of the cost, as in one CLI run); resolving is paused. Every benchmark checks its
// answer first: counterexamples are fed back to Decision::query, and answers that do not
// depend on the size (which intents fail, which techniques are addressed, which rules the
// diff blames) must equal those of the 1,000-host policy.
#include <benchmark/benchmark.h>
#include <malloc.h>

#include <map>
#include <memory>
#include <set>
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

// Models are loaded once per size and variant (the loader is not what is measured here).
const policy::Model& model(std::size_t hosts, int mutations = 0) {
  static std::map<std::pair<std::size_t, int>, std::unique_ptr<policy::Model>> cache;
  auto& slot = cache[{hosts, mutations}];
  if (!slot) {
    bench::EnterpriseOptions o;
    o.hosts = hosts;
    o.rules = 500;
    o.mutations = mutations;
    Diagnostics diags;
    auto m = policy::load_text(bench::generate_enterprise_yaml(o), "synthetic.yaml", diags);
    if (!m) std::abort();
    slot = std::make_unique<policy::Model>(std::move(*m));
  }
  return *slot;
}

std::shared_ptr<const decision::Decision> fresh(std::size_t hosts, int mutations = 0) {
  return decision::Decision::resolve(model(hosts, mutations));
}

std::shared_ptr<const decision::Decision> cached(std::size_t hosts, int mutations = 0) {
  static std::map<std::pair<std::size_t, int>, std::shared_ptr<const decision::Decision>> cache;
  auto& slot = cache[{hosts, mutations}];
  if (!slot) slot = fresh(hosts, mutations);
  return slot;
}

// Live heap bytes (glibc): the difference around a call is the memory its results and the
// caches it fills keep (transient peaks are not seen).
double heap_mb() {
  return static_cast<double>(mallinfo2().uordblks) / 1e6;
}

bool real(const decision::Decision& d, const analysis::FlowExample& ex) {
  decision::Verdict v = d.query(ex.flow());
  return v.tier == ex.verdict.tier && v.reachable == ex.verdict.reachable &&
         v.intended == ex.verdict.intended;
}

void counters(benchmark::State& state, const decision::Decision& d) {
  state.counters["hosts"] = static_cast<double>(d.model().hosts.size());
  state.counters["rules"] = static_cast<double>(d.rules().size());
  state.counters["classes"] = static_cast<double>(d.classes().size());
  state.counters["atoms"] = static_cast<double>(d.atoms().size());
}

// --- resolve ----------------------------------------------------------------------------

void BM_Resolve(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  const policy::Model& m = model(n);
  {
    const double before = heap_mb();
    auto d = decision::Decision::resolve(m);
    state.counters["heap_MB"] = heap_mb() - before;
    if (d->classes().empty() || d->atoms().size() < m.hosts.size()) {
      state.SkipWithError("resolve: fewer atoms than host addresses");
      return;
    }
    counters(state, *d);
  }
  for (auto _ : state) {
    state.PauseTiming();
    policy::Model copy = m;
    state.ResumeTiming();
    auto d = decision::Decision::resolve(std::move(copy));
    benchmark::DoNotOptimize(d.get());
  }
}
BENCHMARK(BM_Resolve)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

// --- verify -----------------------------------------------------------------------------

std::string verify_signature(const analysis::VerifyReport& r) {
  std::string sig;
  for (const analysis::IntentResult& i : r.intents)
    sig += i.expect->name + (i.holds ? "=ok " : "=FAIL ");
  return sig;
}

bool verify_sane(const decision::Decision& d, const analysis::VerifyReport& r, std::string* why) {
  for (const analysis::IntentResult& i : r.intents)
    for (const analysis::FlowExample& ex : i.examples)
      if (!real(d, ex)) return *why = "intent counterexample is not real", false;
  for (const analysis::Gap& g : r.gaps)
    if (!real(d, g.example) || !g.example.verdict.reachable || g.example.verdict.intended)
      return *why = "gap counterexample is not a gap", false;
  if (r.gaps.empty()) return *why = "the unmanaged printers must show gaps", false;
  static const std::string reference = verify_signature(analysis::verify(*cached(1000)));
  if (verify_signature(r) != reference)
    return *why = "intents differ from the 1,000-host run", false;
  return true;
}

void BM_Verify(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  {
    auto d = fresh(n);
    const double before = heap_mb();
    analysis::VerifyReport r = analysis::verify(*d);
    state.counters["heap_MB"] = heap_mb() - before;
    std::string why;
    if (!verify_sane(*d, r, &why)) {
      state.SkipWithError(why.c_str());
      return;
    }
    counters(state, *d);
    state.counters["gap_groups"] = static_cast<double>(r.gaps.size());
    state.counters["failed_intents"] = static_cast<double>(r.failed_intents);
  }
  for (auto _ : state) {
    state.PauseTiming();
    auto d = fresh(n);
    state.ResumeTiming();
    analysis::VerifyReport r = analysis::verify(*d);
    benchmark::DoNotOptimize(r.gaps.data());
  }
}
BENCHMARK(BM_Verify)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

// --- matrix -----------------------------------------------------------------------------

std::vector<policy::NamedService> lateral_services(const decision::Decision& d) {
  std::string why;
  return *policy::resolve_service_names(d.model(), "lateral-movement", &why);
}

// The plain merge the matrix must equal: merge_summary of summarize_pair (judged by
// Decision::judge) over every class pair of every cell.
bool matrix_equals_plain_merge(const decision::Decision& d, const analysis::Matrix& m) {
  std::size_t i = 0;
  for (std::uint32_t gi = 0; gi < m.groups.size(); ++gi) {
    for (std::uint32_t gj = 0; gj < m.groups.size(); ++gj) {
      for (std::uint32_t si = 0; si < m.services.size(); ++si, ++i) {
        analysis::PairSummary want;
        bool first = true;
        for (std::uint32_t s : m.groups[gi].classes) {
          for (std::uint32_t t : m.groups[gj].classes) {
            analysis::merge_summary(&want, analysis::summarize_pair(d, s, t, m.services[si].keys),
                                    first);
            first = false;
          }
        }
        const analysis::PairSummary& got = m.cells[i].summary;
        if (got.reachable != want.reachable || got.intended != want.intended ||
            got.gap != want.gap || got.rules != want.rules)
          return false;
      }
    }
  }
  return true;
}

// Cells by zone are checked against the plain merge (at 100,000 hosts that check takes
// seconds; it runs once, untimed).
void BM_Matrix(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  const auto by = state.range(1) == 0 ? analysis::GroupBy::Zone : analysis::GroupBy::Class;
  {
    auto d = fresh(n);
    const double before = heap_mb();
    analysis::Matrix m = analysis::compute_matrix(*d, lateral_services(*d), by);
    state.counters["heap_MB"] = heap_mb() - before;
    const std::size_t g = m.groups.size();
    if (g == 0 || m.cells.size() != g * g * 9) {
      state.SkipWithError("matrix: expected one cell per group pair and service");
      return;
    }
    // The diagonal of unmanaged printers must show their gaps.
    bool gap = false;
    for (const analysis::MatrixCell& c : m.cells) gap |= c.summary.gap;
    if (!gap) {
      state.SkipWithError("matrix: no gap cell although printers are unmanaged");
      return;
    }
    if (by == analysis::GroupBy::Zone && !matrix_equals_plain_merge(*d, m)) {
      state.SkipWithError("matrix: a cell differs from the plain merge of its class pairs");
      return;
    }
    counters(state, *d);
    state.counters["groups"] = static_cast<double>(g);
    state.counters["cells"] = static_cast<double>(m.cells.size());
  }
  for (auto _ : state) {
    state.PauseTiming();
    auto d = fresh(n);
    auto s = lateral_services(*d);
    state.ResumeTiming();
    analysis::Matrix m = analysis::compute_matrix(*d, std::move(s), by);
    benchmark::DoNotOptimize(m.cells.data());
  }
}
BENCHMARK(BM_Matrix)
    ->ArgsProduct({{1000, 10000, 100000}, {0, 1}})
    ->ArgNames({"hosts", "by_class"})
    ->Unit(benchmark::kMillisecond);

// A digest of a cell sequence: equal cells in equal order give equal digests.
struct CellDigest {
  std::uint64_t cells = 0, hash = 0;
  void add(const analysis::MatrixCell& c) {
    std::uint64_t h = (static_cast<std::uint64_t>(c.from) << 40) ^
                      (static_cast<std::uint64_t>(c.to) << 16) ^ c.service;
    h = h * 31 + static_cast<std::uint64_t>(c.summary.reachable) * 7 +
        static_cast<std::uint64_t>(c.summary.intended) * 3 + (c.summary.gap ? 1 : 0);
    for (std::uint32_t r : c.summary.rules) h = h * 1000003 + r;
    hash = hash * 0x100000001b3ull ^ h;
    ++cells;
  }
  bool operator==(const CellDigest&) const = default;
};

// What the command line does: cells are streamed (for_each_cell) and none is kept, so the
// heap left is the tier maps the Decision caches. Checked against compute_matrix's cells.
void BM_MatrixStream(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  const auto by = state.range(1) == 0 ? analysis::GroupBy::Zone : analysis::GroupBy::Class;
  {
    auto d = fresh(n);
    const auto services = lateral_services(*d);
    const auto groups = analysis::make_groups(*d, by);
    const double before = heap_mb();
    CellDigest streamed;
    analysis::for_each_cell(*d, services, groups, by,
                            [&](const analysis::MatrixCell& c) { streamed.add(c); });
    state.counters["heap_MB"] = heap_mb() - before;
    CellDigest kept;
    for (const analysis::MatrixCell& c : analysis::compute_matrix(*d, services, by).cells)
      kept.add(c);
    if (!(streamed == kept) || streamed.cells != groups.size() * groups.size() * 9) {
      state.SkipWithError("matrix stream: cells differ from compute_matrix");
      return;
    }
    counters(state, *d);
    state.counters["groups"] = static_cast<double>(groups.size());
    state.counters["cells"] = static_cast<double>(streamed.cells);
  }
  for (auto _ : state) {
    state.PauseTiming();
    auto d = fresh(n);
    const auto services = lateral_services(*d);
    state.ResumeTiming();
    const auto groups = analysis::make_groups(*d, by);
    std::uint64_t gaps = 0;
    analysis::for_each_cell(*d, services, groups, by,
                            [&](const analysis::MatrixCell& c) { gaps += c.summary.gap; });
    benchmark::DoNotOptimize(gaps);
  }
}
BENCHMARK(BM_MatrixStream)
    ->ArgsProduct({{1000, 10000, 100000}, {0, 1}})
    ->ArgNames({"hosts", "by_class"})
    ->Unit(benchmark::kMillisecond);

// --- blast radius -----------------------------------------------------------------------

ServiceSet lateral(const decision::Decision& d) {
  std::string why;
  ServiceSet keys;
  auto named = policy::resolve_service_names(d.model(), "lateral-movement", &why);
  for (const policy::NamedService& s : *named) keys = keys.unite(s.keys);
  return keys;
}

void BM_BlastRadiusAll(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  {
    auto d = fresh(n);
    const double before = heap_mb();
    analysis::Context ctx(*d);
    analysis::ReachGraph g(ctx, lateral(*d));
    std::vector<analysis::RankEntry> top = analysis::rank_blast_radius(g, -1, 10);
    state.counters["heap_MB"] = heap_mb() - before;
    if (top.empty() || top.front().radius == 0 || top.front().radius >= d->model().hosts.size()) {
      state.SkipWithError("blast-radius: the top host must reach some, not all, hosts");
      return;
    }
    // The ranking's top entry agrees with a single search from that host.
    analysis::BlastResult one = analysis::blast_radius(g, top.front().hosts.front());
    if (one.total != top.front().radius) {
      state.SkipWithError("blast-radius: ranking and single search disagree");
      return;
    }
    counters(state, *d);
    state.counters["nodes"] = static_cast<double>(g.nodes().size());
    state.counters["edges"] = static_cast<double>(g.edge_count());
    state.counters["top_radius"] = static_cast<double>(top.front().radius);
  }
  for (auto _ : state) {
    state.PauseTiming();
    auto d = fresh(n);
    state.ResumeTiming();
    analysis::Context ctx(*d);
    analysis::ReachGraph g(ctx, lateral(*d));
    std::vector<analysis::RankEntry> top = analysis::rank_blast_radius(g, -1, 10);
    benchmark::DoNotOptimize(top.data());
  }
}
BENCHMARK(BM_BlastRadiusAll)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

// --- exposure and coverage --------------------------------------------------------------

void BM_Exposure(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  auto services = [](const decision::Decision& d) {
    std::string why;
    return *policy::resolve_service_names(d.model(), "lateral-movement", &why);
  };
  {
    auto d = fresh(n);
    const double before = heap_mb();
    analysis::Context ctx(*d);
    analysis::ExposureReport r = analysis::compute_exposure(ctx, services(*d));
    state.counters["heap_MB"] = heap_mb() - before;
    if (r.hosts_exposed == 0 || r.hosts != d->model().hosts.size()) {
      state.SkipWithError("exposure: printers must be exposed; every host counted once");
      return;
    }
    for (const analysis::ExposureCell& c : r.cells)
      if (c.example && !real(*d, *c.example)) {
        state.SkipWithError("exposure: counterexample is not real");
        return;
      }
    counters(state, *d);
    state.counters["hosts_exposed"] = static_cast<double>(r.hosts_exposed);
  }
  for (auto _ : state) {
    state.PauseTiming();
    auto d = fresh(n);
    auto s = services(*d);
    state.ResumeTiming();
    analysis::Context ctx(*d);
    analysis::ExposureReport r = analysis::compute_exposure(ctx, std::move(s));
    benchmark::DoNotOptimize(r.cells.data());
  }
}
BENCHMARK(BM_Exposure)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

std::string coverage_signature(const analysis::CoverageReport& r) {
  std::string sig;
  for (const analysis::TechniqueResult& t : r.techniques)
    sig += t.id + "=" + std::string(analysis::coverage_status_name(t.status)) + " ";
  return sig;
}

void BM_Coverage(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  {
    auto d = fresh(n);
    const double before = heap_mb();
    analysis::Context ctx(*d);
    analysis::CoverageReport r = analysis::compute_coverage(ctx);
    state.counters["heap_MB"] = heap_mb() - before;
    static const std::string reference = [] {
      auto d1 = cached(1000);
      analysis::Context c1(*d1);
      return coverage_signature(analysis::compute_coverage(c1));
    }();
    if (r.techniques.size() != analysis::m1030_technique_ids().size() ||
        coverage_signature(r) != reference) {
      state.SkipWithError("coverage: statuses differ from the 1,000-host run");
      return;
    }
    for (const analysis::TechniqueResult& t : r.techniques)
      for (const analysis::CheckResult& c : t.checks)
        if (c.example && !real(*d, *c.example)) {
          state.SkipWithError("coverage: counterexample is not real");
          return;
        }
    counters(state, *d);
  }
  for (auto _ : state) {
    state.PauseTiming();
    auto d = fresh(n);
    state.ResumeTiming();
    analysis::Context ctx(*d);
    analysis::CoverageReport r = analysis::compute_coverage(ctx);
    benchmark::DoNotOptimize(r.techniques.data());
  }
}
BENCHMARK(BM_Coverage)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

// --- diff -------------------------------------------------------------------------------

// Rule names with the site number blanked: larger enterprises have more sites, each with
// its own copy of the site rules.
std::string site_free(std::string name) {
  if (name.rfind("site", 0) == 0) {
    std::size_t i = 4;
    while (i < name.size() && name[i] >= '0' && name[i] <= '9') ++i;
    name = "site#" + name.substr(i);
  }
  return name;
}

std::string diff_signature(const decision::Decision& o, const decision::Decision& nw,
                           const analysis::DiffReport& r) {
  std::set<std::string> sig;
  for (const analysis::DiffGroup& g : r.groups) {
    std::string s(analysis::change_name(g.change));
    for (std::uint32_t x : g.old_rules) s += " old:" + site_free(o.rules()[x].rule->name);
    for (std::uint32_t x : g.new_rules) s += " new:" + site_free(nw.rules()[x].rule->name);
    sig.insert(s);
  }
  std::string out;
  for (const std::string& s : sig) out += s + "\n";
  return out;
}

void BM_Diff(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  {
    auto o = fresh(n);
    auto nw = fresh(n, 5);
    const double before = heap_mb();
    analysis::DiffReport r = analysis::diff(*o, *nw);
    state.counters["heap_MB"] = heap_mb() - before;
    if (r.newly_reachable == 0 || r.newly_blocked == 0) {
      state.SkipWithError("diff: five changed rules must open and close flows");
      return;
    }
    for (const analysis::DiffGroup& g : r.groups) {
      const bool want = g.change == analysis::Change::NewlyReachable;
      if (g.old_verdict.reachable == want || g.new_verdict.reachable != want) {
        state.SkipWithError("diff: example flow does not change as claimed");
        return;
      }
    }
    static const std::string reference = [] {
      auto o1 = cached(1000), n1 = cached(1000, 5);
      return diff_signature(*o1, *n1, analysis::diff(*o1, *n1));
    }();
    if (diff_signature(*o, *nw, r) != reference) {
      state.SkipWithError("diff: blamed rules differ from the 1,000-host run");
      return;
    }
    counters(state, *nw);
    state.counters["groups"] = static_cast<double>(r.groups.size());
    state.counters["joint_classes"] = static_cast<double>(r.joint.size());
  }
  for (auto _ : state) {
    state.PauseTiming();
    auto o = fresh(n);
    auto nw = fresh(n, 5);
    state.ResumeTiming();
    analysis::DiffReport r = analysis::diff(*o, *nw);
    benchmark::DoNotOptimize(r.groups.data());
  }
}
BENCHMARK(BM_Diff)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
