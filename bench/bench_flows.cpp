// Benchmarks of the flow readers: AWS VPC v2 and CSV lines parsed from memory, the same AWS
// log read from a gzip file, and AWS VPC v2 parsed and checked against the policy on one
// thread (the hot path of `flows check`, wanted at 2 million flows per second on one core). Each
// first checks its answer: the record, accepted and rejected counts the generator reports.
#include <benchmark/benchmark.h>
#include <zlib.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "decision/decision.h"
#include "flows/check.h"
#include "flows/reader.h"
#include "gen/enterprise_gen.h"
#include "gen/flowlog_gen.h"
#include "policy/loader.h"

namespace {

using namespace bulkhead;

constexpr std::uint64_t kLines = 500000;

struct Log {
  std::string text;
  bench::FlowLogStats stats;
};

const Log& aws_log() {
  static const Log log = [] {
    Log l;
    l.text = bench::generate_vpc_flow_log(kLines, 1, &l.stats);
    return l;
  }();
  return log;
}

const Log& csv_log() {
  static const Log log = [] {
    Log l;
    bench::VpcFlowLogGen g(1);
    l.text.reserve(kLines * 48);
    for (std::uint64_t i = 0; i < kLines; ++i) g.append_csv_line(&l.text);
    l.stats = g.stats();
    return l;
  }();
  return log;
}

struct Tally {
  std::uint64_t records = 0, accepted = 0, rejected = 0, ports = 0;
};

Tally read(std::string_view text, flows::Format f) {
  Tally t;
  flows::ReadOptions o;
  o.format = f;
  Result<flows::ReadStats> r =
      flows::read_flows_text(text, "bench", o, [&](const flows::Record& rec) {
        ++t.records;
        t.accepted += rec.observed == flows::Observed::Accepted;
        t.rejected += rec.observed == flows::Observed::Rejected;
        t.ports += rec.dst_port;
      });
  if (!r || r.value().malformed != 0) {
    std::fprintf(stderr, "bench_flows: the generated log does not read cleanly\n");
    std::abort();
  }
  return t;
}

void check(const Tally& t, const bench::FlowLogStats& s, const char* what) {
  if (t.records != s.records || t.accepted != s.accepted || t.rejected != s.rejected) {
    std::fprintf(
        stderr, "bench_flows: %s read %llu records (%llu/%llu), generated %llu (%llu/%llu)\n", what,
        static_cast<unsigned long long>(t.records), static_cast<unsigned long long>(t.accepted),
        static_cast<unsigned long long>(t.rejected), static_cast<unsigned long long>(s.records),
        static_cast<unsigned long long>(s.accepted), static_cast<unsigned long long>(s.rejected));
    std::abort();
  }
}

void report(benchmark::State& state, std::uint64_t records, std::uint64_t bytes) {
  state.counters["records/s"] = benchmark::Counter(
      static_cast<double>(records * state.iterations()), benchmark::Counter::kIsRate);
  state.counters["bytes/s"] =
      benchmark::Counter(static_cast<double>(bytes * state.iterations()),
                         benchmark::Counter::kIsRate, benchmark::Counter::OneK::kIs1024);
}

// The policy whose address plan the generated logs use (bench_gen 10000 500).
std::shared_ptr<const decision::Decision> policy() {
  static const std::shared_ptr<const decision::Decision> d = [] {
    bench::EnterpriseOptions o;
    o.hosts = 10000;
    o.rules = 500;
    Diagnostics diags;
    auto m = policy::load_text(bench::generate_enterprise_yaml(o), "synthetic.yaml", diags);
    if (!m || diags.has_errors()) std::abort();
    return decision::Decision::resolve(std::move(*m));
  }();
  return d;
}

// Parse and check: what `flows check` does per line on one thread (the policy loaded once,
// outside the timing), from the first byte to the finished result.
flows::CheckResult parse_and_check(std::string_view text) {
  flows::Checker c(policy(), flows::CheckOptions{});
  flows::ReadOptions o;
  o.format = flows::Format::AwsVpc;
  Result<flows::ReadStats> r =
      flows::read_flows_text(text, "bench", o, [&](const flows::Record& rec) { c.add(rec); });
  if (!r || r.value().malformed != 0) std::abort();
  return c.finish();
}

void BM_CheckAwsVpcV2(benchmark::State& state) {
  const Log& log = aws_log();
  {
    const flows::CheckResult res = parse_and_check(log.text);
    // Every generated flow is between addresses of the plan: all are judged.
    if (res.totals.flows != log.stats.records || res.totals.judged != log.stats.records) {
      std::fprintf(stderr, "bench_flows: checked %llu flows, judged %llu, generated %llu\n",
                   static_cast<unsigned long long>(res.totals.flows),
                   static_cast<unsigned long long>(res.totals.judged),
                   static_cast<unsigned long long>(log.stats.records));
      std::abort();
    }
  }
  for (auto _ : state) benchmark::DoNotOptimize(parse_and_check(log.text).totals.judged);
  report(state, log.stats.records, log.text.size());
}
BENCHMARK(BM_CheckAwsVpcV2)->Unit(benchmark::kMillisecond);

void BM_ReadAwsVpcV2(benchmark::State& state) {
  const Log& log = aws_log();
  check(read(log.text, flows::Format::AwsVpc), log.stats, "aws-vpc");
  for (auto _ : state) benchmark::DoNotOptimize(read(log.text, flows::Format::AwsVpc).ports);
  report(state, log.stats.records, log.text.size());
}
BENCHMARK(BM_ReadAwsVpcV2)->Unit(benchmark::kMillisecond);

void BM_ReadCsv(benchmark::State& state) {
  const Log& log = csv_log();
  check(read(log.text, flows::Format::Csv), log.stats, "csv");
  for (auto _ : state) benchmark::DoNotOptimize(read(log.text, flows::Format::Csv).ports);
  report(state, log.stats.records, log.text.size());
}
BENCHMARK(BM_ReadCsv)->Unit(benchmark::kMillisecond);

void BM_ReadAwsVpcV2Gzip(benchmark::State& state) {
  const Log& log = aws_log();
  const std::string path =
      (std::filesystem::temp_directory_path() / "bench_flows_vpc.log.gz").string();
  gzFile gz = gzopen(path.c_str(), "wb6");
  if (gz == nullptr || gzwrite(gz, log.text.data(), static_cast<unsigned>(log.text.size())) !=
                           static_cast<int>(log.text.size()))
    std::abort();
  gzclose(gz);
  auto run = [&] {
    Tally t;
    flows::ReadOptions o;
    Result<flows::ReadStats> r = flows::read_flows({path}, o, [&](const flows::Record& rec) {
      ++t.records;
      t.accepted += rec.observed == flows::Observed::Accepted;
      t.rejected += rec.observed == flows::Observed::Rejected;
    });
    if (!r) std::abort();
    return t;
  };
  check(run(), log.stats, "aws-vpc gzip");
  for (auto _ : state) benchmark::DoNotOptimize(run().records);
  report(state, log.stats.records, log.text.size());
  std::filesystem::remove(path);
}
BENCHMARK(BM_ReadAwsVpcV2Gzip)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
