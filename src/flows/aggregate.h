// Partial aggregates of flow logs (`flows aggregate`, `flows sql`): logs reduced to one row
// per (source, destination, protocol, destination port, observed action, time bucket) with
// flows, packets, bytes and first/last time. Rows merge by sums and min/max, so aggregating
// shards and then their aggregates gives what one pass over the whole log gives, and
// `flows check` on an aggregate finds what it finds on the log (docs/flows.md, "Aggregates
// and SQL"). A reply (service port to an ephemeral port, ICMP echo reply) is stored as the
// connection it answers, exactly as the checker judges it, so the source port can be dropped.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/ip.h"
#include "flows/record.h"

namespace bulkhead::flows {

/// The default time bucket: one hour, the default `flows check --window` (a bucket no
/// longer than the window keeps lateral-movement detections exact).
constexpr std::int64_t kDefaultBucket = 3600;

/// The first line of an aggregate file bulkhead writes: "#bulkhead-aggregate v1 bucket=N".
constexpr std::string_view kAggregateMagic = "#bulkhead-aggregate v1";
/// The column line (also what the SQL query outputs and its CSV export writes as header).
constexpr std::string_view kAggregateColumns =
    "src,dst,proto,dst_port,action,bucket,flows,packets,bytes,first,last";

/// One aggregate key.
struct AggKey {
  Addr src;
  Addr dst;
  std::uint8_t proto = 0;
  bool has_port = false;  ///< dst_port is a port (TCP/UDP/SCTP...) or an ICMP type
  std::uint16_t port = 0;
  Observed action = Observed::Unknown;
  std::int64_t bucket = 0;

  auto operator<=>(const AggKey&) const = default;
};

/// What a key accumulates.
struct AggValue {
  std::uint64_t flows = 0;
  std::uint64_t packets = 0;
  std::uint64_t bytes = 0;
  std::int64_t first = 0;  ///< earliest start (0 unknown)
  std::int64_t last = 0;   ///< latest end

  bool operator==(const AggValue&) const = default;
};

/// floor(t / bucket) * bucket; 0 for t == 0 (time unknown).
std::int64_t bucket_of(std::int64_t t, std::int64_t bucket);

/// The record as the checker judges it: a reply becomes the connection it answers (source
/// and destination swapped, the service port or the request type as destination port).
/// Must agree with check.cpp's reply rules (tests/unit/flows/aggregate_test.cpp checks it).
Record oriented(const Record& r);

/// The key and value of one record (after oriented()).
std::pair<AggKey, AggValue> aggregate_of(const Record& r, std::int64_t bucket);

/// Accumulates records in a hash map: memory grows with the distinct keys, not with lines.
class Aggregator {
 public:
  explicit Aggregator(std::int64_t bucket = kDefaultBucket) : bucket_(bucket) {}

  /// Adds one record (a log line, or an aggregate row with count > 1).
  void add(const Record& r);
  /// Adds one row.
  void add(const AggKey& k, const AggValue& v);
  std::size_t size() const { return rows_.size(); }
  std::int64_t bucket() const { return bucket_; }
  /// Every row, sorted by key (deterministic).
  std::vector<std::pair<AggKey, AggValue>> rows() const;

 private:
  struct Hash {
    std::size_t operator()(const AggKey& k) const;
  };
  std::int64_t bucket_;
  std::unordered_map<AggKey, AggValue, Hash> rows_;
};

/// "#bulkhead-aggregate v1 bucket=N\nsrc,dst,...\n"
std::string aggregate_header(std::int64_t bucket);
/// One CSV row with its newline (an unknown port is an empty field, as SQL NULL exports).
std::string aggregate_row(const AggKey& k, const AggValue& v);

/// Parses one data row of an aggregate file (fields may be double-quoted, as Athena and
/// ClickHouse export them). False with a one-line reason in *why.
bool parse_aggregate_row(std::string_view line, Record* out, std::string* why);
/// Whether a line is the column line (quoted or not).
bool is_aggregate_columns(std::string_view line);
/// Whether a line looks like an aggregate data row (for format detection).
bool looks_like_aggregate_row(std::string_view line);

/// The SQL engines `flows sql` writes for.
enum class SqlDialect : std::uint8_t {
  Athena,
  Trino,
  BigQuery,
  Spark,
  DuckDb,
  ClickHouse,
  Postgres,
  Sqlite
};
/// "athena", "trino", "bigquery", "spark", "duckdb", "clickhouse", "postgres", "sqlite".
std::optional<SqlDialect> parse_sql_dialect(std::string_view name);
std::string sql_dialect_names();

struct SqlOptions {
  SqlDialect dialect = SqlDialect::Athena;
  std::string table = "vpc_flow_logs";
  std::int64_t bucket = kDefaultBucket;
  std::optional<std::int64_t> since;  ///< start >= since
  std::optional<std::int64_t> until;  ///< start < until
};

/// The GROUP BY query that computes the aggregate from the provider's standard VPC flow-log
/// table (columns srcaddr, dstaddr, srcport, dstport, protocol, packets, bytes, start,
/// end, action, log_status).
std::string aggregate_sql(const SqlOptions& o);

}  // namespace bulkhead::flows
