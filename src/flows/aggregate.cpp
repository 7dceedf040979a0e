// Partial aggregates: keying a record (bucketing its time, orienting a reply as the
// checker does), the hash-map accumulator, the CSV row format, and the SQL query that
// computes the same rows inside a query engine. Adding a record is one hash probe; rows()
// sorts the distinct keys, O(k log k). Merging is sums and min/max per key, so it is
// associative and commutative: any split of a log aggregates to the same rows.
#include "flows/aggregate.h"

#include <algorithm>
#include <tuple>

#include <fmt/format.h>

#include "flows/text_fields.h"

namespace bulkhead::flows {
namespace {

/// check.cpp's reply rule: a service port (below 1024, or below the ephemeral ranges)
/// answering an ephemeral port; source port 0 is "not logged".
bool reply_ports(std::uint16_t sp, std::uint16_t dp) {
  if (sp == 0) return false;
  return (sp < 1024 && dp >= 1024) || (sp < 32768 && dp >= 32768);
}

/// check.cpp's ICMP replies: the request type an echo/timestamp/... reply answers.
bool icmp_reply(bool v6, std::uint8_t type, std::uint8_t* request) {
  if (v6) {
    if (type != 129) return false;
    *request = 128;
    return true;
  }
  if (type == 0) {
    *request = 8;
    return true;
  }
  if (type == 14 || type == 16 || type == 18) {
    *request = static_cast<std::uint8_t>(type - 1);
    return true;
  }
  return false;
}

void widen(std::int64_t* first, std::int64_t* last, std::int64_t t0, std::int64_t t1) {
  if (t0 == 0 && t1 == 0) return;
  if (*first == 0 || t0 < *first) *first = t0;
  if (t1 > *last) *last = t1;
}

std::uint64_t mix(std::uint64_t h, std::uint64_t v) {
  h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
  return h;
}

std::string_view action_text(Observed o) {
  switch (o) {
    case Observed::Accepted:
      return "ACCEPT";
    case Observed::Rejected:
      return "REJECT";
    case Observed::Unknown:
      break;
  }
  return "";
}

/// A field without the double quotes of a quoted CSV export.
std::string_view unquote(std::string_view f) {
  f = trim_blanks(f);
  if (f.size() >= 2 && f.front() == '"' && f.back() == '"') f = f.substr(1, f.size() - 2);
  return f;
}

bool null_field(std::string_view f) {
  return f.empty() || f == "-" || f == "\\N" || f == "NULL";
}

constexpr std::string_view kDialects[] = {"athena", "trino",      "bigquery", "spark",
                                          "duckdb", "clickhouse", "postgres", "sqlite"};

}  // namespace

std::int64_t bucket_of(std::int64_t t, std::int64_t bucket) {
  if (t == 0 || bucket <= 0) return 0;
  std::int64_t q = t / bucket;
  if (t % bucket != 0 && t < 0) --q;
  return q * bucket;
}

Record oriented(const Record& r) {
  Record o = r;
  if ((r.protocol == 6 || r.protocol == 17) && r.has_ports && reply_ports(r.src_port, r.dst_port)) {
    std::swap(o.src, o.dst);
    o.dst_port = r.src_port;
    o.src_port = 0;
  } else if ((r.protocol == 1 || r.protocol == 58) && r.has_icmp) {
    std::uint8_t request = 0;
    if (icmp_reply(r.protocol == 58, r.icmp_type, &request)) {
      std::swap(o.src, o.dst);
      o.icmp_type = request;
      o.icmp_code = 0;
    }
  }
  o.src_port = 0;
  return o;
}

std::pair<AggKey, AggValue> aggregate_of(const Record& rec, std::int64_t bucket) {
  const Record r = oriented(rec);
  AggKey k;
  k.src = r.src;
  k.dst = r.dst;
  k.proto = r.protocol;
  if (r.has_ports) {
    k.has_port = true;
    k.port = r.dst_port;
  } else if (r.has_icmp) {
    k.has_port = true;
    k.port = r.icmp_type;
  }
  k.action = r.observed;
  k.bucket = bucket_of(r.start, bucket);
  AggValue v;
  v.flows = r.count == 0 ? 1 : r.count;
  v.packets = r.packets;
  v.bytes = r.bytes;
  widen(&v.first, &v.last, r.start, std::max(r.start, r.end));
  return {k, v};
}

std::size_t Aggregator::Hash::operator()(const AggKey& k) const {
  std::uint64_t h =
      static_cast<std::uint64_t>(k.src.value) ^ (static_cast<std::uint64_t>(k.src.family) << 63);
  h = mix(h, static_cast<std::uint64_t>(k.src.value >> 64));
  h = mix(h, static_cast<std::uint64_t>(k.dst.value));
  h = mix(h, static_cast<std::uint64_t>(k.dst.value >> 64));
  h = mix(h, (std::uint64_t{k.proto} << 24) | (std::uint64_t{k.has_port} << 20) |
                 (std::uint64_t{static_cast<std::uint8_t>(k.action)} << 16) | k.port);
  h = mix(h, static_cast<std::uint64_t>(k.bucket));
  return static_cast<std::size_t>(h);
}

void Aggregator::add(const Record& r) {
  const auto [k, v] = aggregate_of(r, bucket_);
  add(k, v);
}

void Aggregator::add(const AggKey& k, const AggValue& v) {
  AggValue& acc = rows_[k];
  acc.flows += v.flows;
  acc.packets += v.packets;
  acc.bytes += v.bytes;
  widen(&acc.first, &acc.last, v.first, v.last);
}

std::vector<std::pair<AggKey, AggValue>> Aggregator::rows() const {
  std::vector<std::pair<AggKey, AggValue>> out(rows_.begin(), rows_.end());
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  return out;
}

std::string aggregate_header(std::int64_t bucket) {
  return fmt::format("{} bucket={}\n{}\n", kAggregateMagic, bucket, kAggregateColumns);
}

std::string aggregate_row(const AggKey& k, const AggValue& v) {
  return fmt::format("{},{},{},{},{},{},{},{},{},{},{}\n", k.src.str(), k.dst.str(), k.proto,
                     k.has_port ? std::to_string(k.port) : std::string(), action_text(k.action),
                     k.bucket, v.flows, v.packets, v.bytes, v.first, v.last);
}

bool is_aggregate_columns(std::string_view line) {
  std::string_view f[12];
  const std::size_t n = split_fields(trim_blanks(line), ',', f, 12);
  if (n != 11) return false;
  std::string_view c[12];
  split_fields(kAggregateColumns, ',', c, 12);
  for (std::size_t i = 0; i < 11; ++i)
    if (unquote(f[i]) != c[i]) return false;
  return true;
}

bool looks_like_aggregate_row(std::string_view line) {
  std::string_view f[12];
  const std::size_t n = split_fields(trim_blanks(line), ',', f, 12);
  if (n != 11) return false;
  const std::string_view action = unquote(f[4]);
  return parse_address(unquote(f[0])) && parse_address(unquote(f[1])) &&
         (action == "ACCEPT" || action == "REJECT" || null_field(action));
}

bool parse_aggregate_row(std::string_view line, Record* out, std::string* why) {
  std::string_view f[12];
  const std::size_t n = split_fields(line, ',', f, 12);
  if (n != 11) {
    *why = fmt::format("{} fields, expected 11 ({})", n, kAggregateColumns);
    return false;
  }
  for (std::size_t i = 0; i < n; ++i) f[i] = unquote(f[i]);
  Record r;
  std::optional<Addr> src = parse_address(f[0]);
  if (!src) {
    *why = fmt::format("invalid src '{}'", shown(f[0]));
    return false;
  }
  std::optional<Addr> dst = parse_address(f[1]);
  if (!dst) {
    *why = fmt::format("invalid dst '{}'", shown(f[1]));
    return false;
  }
  if (src->family != dst->family) {
    *why = fmt::format("src {} and dst {} are of different address families", shown(f[0]),
                       shown(f[1]));
    return false;
  }
  r.src = *src;
  r.dst = *dst;
  std::uint64_t proto = 0;
  if (!parse_bounded(f[2], 255, &proto)) {
    *why = fmt::format("invalid proto '{}': expected 0-255", shown(f[2]));
    return false;
  }
  r.protocol = static_cast<std::uint8_t>(proto);
  if (!null_field(f[3])) {
    std::uint64_t port = 0;
    if (!parse_bounded(f[3], 65535, &port)) {
      *why = fmt::format("invalid dst_port '{}': expected 0-65535 or empty", shown(f[3]));
      return false;
    }
    if (has_port_numbers(r.protocol)) {
      r.has_ports = true;
      r.dst_port = static_cast<std::uint16_t>(port);
    } else if (is_icmp(r.protocol) && port <= 255) {
      r.has_icmp = true;
      r.icmp_type = static_cast<std::uint8_t>(port);
    } else {
      *why = fmt::format("dst_port '{}' given for protocol {}", shown(f[3]), proto);
      return false;
    }
  }
  if (f[4] == "ACCEPT") {
    r.observed = Observed::Accepted;
  } else if (f[4] == "REJECT") {
    r.observed = Observed::Rejected;
  } else if (!null_field(f[4])) {
    *why = fmt::format("invalid action '{}': expected ACCEPT, REJECT or empty", shown(f[4]));
    return false;
  }
  std::int64_t bucket = 0;
  if (!null_field(f[5]) && !parse_i64(f[5], &bucket)) {
    *why = fmt::format("invalid bucket '{}'", shown(f[5]));
    return false;
  }
  std::uint64_t flows = 0;
  if (!parse_u64(f[6], &flows) || flows == 0) {
    *why = fmt::format("invalid flows '{}': expected a count of at least 1", shown(f[6]));
    return false;
  }
  r.count = flows;
  for (auto [i, dest, name] : {std::tuple{7, &r.packets, "packets"}, {8, &r.bytes, "bytes"}}) {
    if (!null_field(f[i]) && !parse_u64(f[i], dest)) {
      *why = fmt::format("invalid {} '{}'", name, shown(f[i]));
      return false;
    }
  }
  if (!null_field(f[9]) || !null_field(f[10])) {
    if (!parse_i64(f[9], &r.start) || !parse_i64(f[10], &r.end) || r.end < r.start) {
      *why = fmt::format("invalid first/last '{}' '{}'", shown(f[9]), shown(f[10]));
      return false;
    }
  }
  *out = r;
  return true;
}

std::optional<SqlDialect> parse_sql_dialect(std::string_view name) {
  for (std::size_t i = 0; i < std::size(kDialects); ++i)
    if (kDialects[i] == name) return static_cast<SqlDialect>(i);
  return std::nullopt;
}

std::string sql_dialect_names() {
  return fmt::format("{}", fmt::join(kDialects, ", "));
}

std::string aggregate_sql(const SqlOptions& o) {
  const SqlDialect d = o.dialect;
  const bool backtick = d == SqlDialect::BigQuery || d == SqlDialect::Spark;
  const std::string end = backtick ? "`end`" : "\"end\"";
  // Integer division: `/` is exact on integers in Athena/Trino, PostgreSQL and SQLite only.
  std::string bucket;
  const std::string b = std::to_string(o.bucket);
  switch (d) {
    case SqlDialect::BigQuery:
      bucket = fmt::format("DIV(t_start, {0}) * {0}", b);
      break;
    case SqlDialect::Spark:
      bucket = fmt::format("(t_start DIV {0}) * {0}", b);
      break;
    case SqlDialect::DuckDb:
      bucket = fmt::format("(t_start // {0}) * {0}", b);
      break;
    case SqlDialect::ClickHouse:
      bucket = fmt::format("intDiv(t_start, {0}) * {0}", b);
      break;
    default:
      bucket = fmt::format("(t_start / {0}) * {0}", b);
      break;
  }
  std::string where =
      fmt::format("log_status = 'OK' AND {0} >= start AND {0} - start <= 86400", end);
  if (o.since) where += fmt::format("\n      AND start >= {}", *o.since);
  if (o.until) where += fmt::format("\n      AND start < {}", *o.until);
  std::string out;
  out += fmt::format(
      "-- bulkhead flows sql --dialect {} --bucket {}\n"
      "-- The partial aggregate of `bulkhead flows aggregate`, computed from the VPC flow-log\n"
      "-- table {} (the standard columns, integer-typed as in the AWS Athena table).\n"
      "-- Export the result as CSV with its header line\n"
      "--   {}\n"
      "-- and give the files to `bulkhead flows check POLICY FILE...`. A reply is stored as\n"
      "-- the connection it answers; rows whose log_status is not OK (NODATA, SKIPDATA), or\n"
      "-- whose start/end is not an aggregation window, are left out as bulkhead leaves them.\n",
      kDialects[static_cast<std::size_t>(d)], o.bucket, o.table, kAggregateColumns);
  out += "SELECT src, dst, proto, dst_port, action, bucket,\n";
  out += "       count(*) AS flows, sum(packets) AS packets, sum(bytes) AS bytes,\n";
  out += "       min(t_start) AS first, max(t_end) AS last\n";
  out += "FROM (\n";
  out += "  SELECT CASE WHEN reply = 1 THEN dstaddr ELSE srcaddr END AS src,\n";
  out += "         CASE WHEN reply = 1 THEN srcaddr ELSE dstaddr END AS dst,\n";
  out += "         protocol AS proto,\n";
  out += "         CASE WHEN protocol NOT IN (6, 17, 33, 132, 136) THEN NULL\n";
  out += "              WHEN reply = 1 THEN srcport ELSE dstport END AS dst_port,\n";
  out += "         action,\n";
  out += fmt::format("         {} AS bucket,\n", bucket);
  out += "         packets, bytes, t_start, t_end\n";
  out += "  FROM (\n";
  out += "    SELECT srcaddr, dstaddr, srcport, dstport, protocol, action, packets, bytes,\n";
  out += fmt::format("           start AS t_start, {} AS t_end,\n", end);
  out += "           CASE WHEN protocol IN (6, 17) AND srcport > 0\n";
  out += "                 AND ((srcport < 1024 AND dstport >= 1024)\n";
  out += "                      OR (srcport < 32768 AND dstport >= 32768))\n";
  out += "                THEN 1 ELSE 0 END AS reply\n";
  out += fmt::format("    FROM {}\n", o.table);
  out += fmt::format("    WHERE {}\n", where);
  out += "  ) AS oriented\n";
  out += ") AS keyed\n";
  out += "GROUP BY src, dst, proto, dst_port, action, bucket\n";
  out += "ORDER BY src, dst, proto, dst_port, action, bucket\n";
  return out;
}

}  // namespace bulkhead::flows
