// bulkhead flows aggregate LOG... -o PART: flow logs (any format, partial aggregates
// included) reduced to mergeable partial aggregates keyed by (source, destination,
// protocol, destination port, action, time bucket), written sorted by key, atomically
// (nothing is written on bad input; exit 3 when the output cannot be written).
// bulkhead flows sql --dialect D: the GROUP BY query that computes the same aggregate from
// the provider's VPC flow-log table inside Athena/Trino, BigQuery, Spark, DuckDB,
// ClickHouse, PostgreSQL or SQLite (docs/flows.md, "Aggregates and SQL").
#include <chrono>
#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "agent/duration.h"
#include "cli/cmd_flows.h"
#include "cli/common.h"
#include "cli/flow_output.h"
#include "flows/aggregate.h"
#include "flows/reader.h"
#include "flows/text_fields.h"

namespace bulkhead::cli {
namespace {

struct AggregateOptions {
  std::vector<std::string> logs;
  std::string output;
  std::string bucket = "1h";
  std::string log_format = "auto";
  bool strict = false;
};

struct SqlCliOptions {
  std::string dialect;
  std::string table = "vpc_flow_logs";
  std::string bucket = "1h";
  std::string since, until;
};

/// A bucket or window in whole seconds (e.g. 1h, 10m, 3600s), or nullopt after a usage error.
std::optional<std::int64_t> parse_bucket(const std::string& text) {
  std::string why;
  std::optional<std::chrono::milliseconds> b = agent::parse_duration(text, &why);
  if (!b || b->count() < 1000 || b->count() % 1000 != 0) {
    usage_error("--bucket " + text + ": " + (b ? "a whole number of seconds, at least 1" : why));
    return std::nullopt;
  }
  return static_cast<std::int64_t>(b->count() / 1000);
}

/// Unix seconds or RFC 3339, or nullopt after a usage error.
std::optional<std::int64_t> parse_time(const std::string& flag, const std::string& text) {
  std::int64_t t = 0;
  if (flows::parse_i64(text, &t) || flows::parse_rfc3339(text, &t)) return t;
  usage_error(flag + " " + text + ": expected Unix seconds or RFC 3339");
  return std::nullopt;
}

int run_aggregate(const AggregateOptions& o) {
  std::optional<std::int64_t> bucket = parse_bucket(o.bucket);
  if (!bucket) return kBadInput;
  std::optional<flows::ReadOptions> opts = read_options(o.log_format, o.strict);
  if (!opts) return kBadInput;
  flows::ReadOptions& ro = *opts;
  flows::Aggregator agg(*bucket);
  Result<flows::ReadStats> read =
      flows::read_flows(o.logs, ro, [&](const flows::Record& r) { agg.add(r); });
  if (!read) {
    usage_error(read.error());
    return kBadInput;
  }
  const flows::ReadStats& s = read.value();
  warn_malformed("logs", s);
  std::string out = flows::aggregate_header(*bucket);
  for (const auto& [k, v] : agg.rows()) out += flows::aggregate_row(k, v);
  if (o.output == "-") {
    std::cout << out << std::flush;
    if (!std::cout) {
      std::cerr << "bulkhead: error: cannot write to stdout\n";
      return kInternal;
    }
  } else if (!write_file_atomic(o.output, out)) {
    return kInternal;
  }
  std::cerr << fmt::format("aggregated {} records from {} file{} into {} rows\n", s.records,
                           s.files, s.files == 1 ? "" : "s", agg.size());
  return kOk;
}

int run_sql(const SqlCliOptions& o) {
  std::optional<flows::SqlDialect> d = flows::parse_sql_dialect(o.dialect);
  if (!d) {
    usage_error("--dialect " + o.dialect + ": one of " + flows::sql_dialect_names());
    return kBadInput;
  }
  flows::SqlOptions so;
  so.dialect = *d;
  so.table = o.table;
  std::optional<std::int64_t> bucket = parse_bucket(o.bucket);
  if (!bucket) return kBadInput;
  so.bucket = *bucket;
  if (!o.since.empty()) {
    so.since = parse_time("--since", o.since);
    if (!so.since) return kBadInput;
  }
  if (!o.until.empty()) {
    so.until = parse_time("--until", o.until);
    if (!so.until) return kBadInput;
  }
  std::cout << flows::aggregate_sql(so) << std::flush;
  return std::cout ? kOk : kInternal;
}

}  // namespace

void add_flows_aggregate(CLI::App& flows_group) {
  auto a = std::make_shared<AggregateOptions>();
  CLI::App* agg = flows_group.add_subcommand(
      "aggregate",
      "reduce flow logs (or partial aggregates) to a mergeable partial aggregate: one row per "
      "source, destination, protocol, port, action and time bucket");
  agg->add_option("logs", a->logs, "flow logs or aggregates: files, directories, or - for stdin")
      ->required();
  agg->add_option("-o,--output", a->output, "the aggregate file to write (- for stdout)")
      ->required();
  agg->add_option("--bucket", a->bucket,
                  "time bucket (e.g. 1h, 10m; at most `flows check --window` for exact "
                  "lateral-movement detections; a multiple of the inputs' buckets)")
      ->capture_default_str();
  agg->add_option("--log-format", a->log_format,
                  "input format (default: detected per file): " + flows::format_names())
      ->capture_default_str();
  agg->add_flag("--strict", a->strict, "stop at the first malformed line (exit 2)");
  agg->callback([a] { set_exit(run_aggregate(*a)); });

  auto q = std::make_shared<SqlCliOptions>();
  CLI::App* sql = flows_group.add_subcommand(
      "sql",
      "print the SQL query that computes `flows aggregate`'s rows from a VPC flow-log table");
  sql->add_option("--dialect", q->dialect, flows::sql_dialect_names())->required();
  sql->add_option("--table", q->table, "the flow-log table")->capture_default_str();
  sql->add_option("--bucket", q->bucket, "time bucket (as `flows aggregate --bucket`)")
      ->capture_default_str();
  sql->add_option("--since", q->since,
                  "only records starting at or after (Unix seconds or RFC 3339)");
  sql->add_option("--until", q->until, "only records starting before (Unix seconds or RFC 3339)");
  sql->callback([q] { set_exit(run_sql(*q)); });
}

}  // namespace bulkhead::cli
