// Partial aggregates: bucketing; merging random shards in any order and grouping gives the
// rows of one pass (associative, commutative); rows written and read back give the same
// rows, whatever the header and quoting; an aggregated record is judged exactly as the
// records it stands for (replies included); the SQL text per dialect quotes `end` and
// divides integers the dialect's way. Random tests print their seed (BULKHEAD_SEED replays).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "decision/decision.h"
#include "flows/aggregate.h"
#include "flows/check.h"
#include "flows/reader.h"
#include "policy/loader.h"

namespace bulkhead::flows {
namespace {

using Rows = std::vector<std::pair<AggKey, AggValue>>;

std::uint32_t seed_of() {
  const char* s = std::getenv("BULKHEAD_SEED");
  return s != nullptr ? static_cast<std::uint32_t>(std::strtoul(s, nullptr, 10))
                      : std::random_device{}();
}

Addr addr(const char* text) {
  std::optional<Addr> a = parse_addr(text);
  EXPECT_TRUE(a) << text;
  return a.value_or(Addr{});
}

/// Random records over a few hosts, ports (service and ephemeral, so some are replies),
/// protocols (TCP, UDP, ICMP with and without a type, GRE) and times.
std::vector<Record> random_records(std::mt19937& rng, std::size_t n) {
  const char* v4[] = {"10.1.0.1", "10.1.0.2", "10.2.0.20", "10.2.0.30", "10.3.0.1", "8.8.8.8"};
  const char* v6[] = {"fd00::1", "fd00::2", "2001:db8::20"};
  const std::uint16_t ports[] = {0, 22, 443, 445, 3389, 8080, 40000, 50123, 60999};
  std::vector<Record> out;
  for (std::size_t i = 0; i < n; ++i) {
    Record r;
    const bool six = rng() % 5 == 0;
    r.src = six ? addr(v6[rng() % 3]) : addr(v4[rng() % 6]);
    r.dst = six ? addr(v6[rng() % 3]) : addr(v4[rng() % 6]);
    const std::uint32_t p = rng() % 10;
    if (p < 6) {
      r.protocol = p < 4 ? 6 : 17;
      r.has_ports = rng() % 8 != 0;
      if (r.has_ports) {
        r.src_port = ports[rng() % std::size(ports)];
        r.dst_port = ports[rng() % std::size(ports)];
      }
    } else if (p < 9) {
      r.protocol = six ? 58 : 1;
      r.has_icmp = rng() % 4 != 0;
      const std::uint8_t types[] = {0, 3, 8, 13, 14, 128, 129};
      r.icmp_type = types[rng() % std::size(types)];
    } else {
      r.protocol = 47;
    }
    r.observed = static_cast<Observed>(rng() % 3);
    r.start = rng() % 10 == 0 ? 0 : 1767225600 + static_cast<std::int64_t>(rng() % 20000);
    r.end = r.start == 0 ? 0 : r.start + static_cast<std::int64_t>(rng() % 120);
    r.packets = rng() % 50;
    r.bytes = r.packets * (40 + rng() % 1400);
    r.count = 1 + rng() % 3;
    out.push_back(r);
  }
  return out;
}

Rows aggregate(const std::vector<Record>& records, std::int64_t bucket = kDefaultBucket) {
  Aggregator a(bucket);
  for (const Record& r : records) a.add(r);
  return a.rows();
}

std::string file_text(const Rows& rows, std::int64_t bucket = kDefaultBucket) {
  std::string text = aggregate_header(bucket);
  for (const auto& [k, v] : rows) text += aggregate_row(k, v);
  return text;
}

/// Reads an aggregate text back and aggregates its records again.
Rows read_back(const std::string& text, Format* found = nullptr) {
  Aggregator a;
  ReadOptions o;
  o.strict = true;
  Result<ReadStats> r = read_flows_text(text, "t.agg", o, [&](const Record& rec) { a.add(rec); });
  EXPECT_TRUE(r.ok()) << (r ? "" : r.error());
  if (r && found != nullptr) {
    for (std::size_t i = 0; i < kFormatCount; ++i)
      if (r.value().per_format[i] > 0) *found = static_cast<Format>(i);
  }
  return a.rows();
}

TEST(AggregateTest, BucketIsTheFloorOfTheStart) {
  EXPECT_EQ(bucket_of(0, 3600), 0);
  EXPECT_EQ(bucket_of(1, 3600), 0);
  EXPECT_EQ(bucket_of(3599, 3600), 0);
  EXPECT_EQ(bucket_of(3600, 3600), 3600);
  EXPECT_EQ(bucket_of(1767225601, 3600), 1767225600);
  EXPECT_EQ(bucket_of(1767229199, 3600), 1767225600);
  EXPECT_EQ(bucket_of(1767229200, 600), 1767229200);
  EXPECT_EQ(bucket_of(-1, 60), -60);
}

TEST(AggregateTest, RowsSumCountsAndKeepFirstAndLast) {
  Record a;
  a.src = addr("10.1.0.1");
  a.dst = addr("10.2.0.20");
  a.protocol = 6;
  a.has_ports = true;
  a.src_port = 50000;
  a.dst_port = 445;
  a.observed = Observed::Accepted;
  a.start = 1767225700;
  a.end = 1767225760;
  a.packets = 3;
  a.bytes = 300;
  Record b = a;
  b.start = 1767225650;
  b.end = 1767225655;
  b.count = 4;
  Record c = a;  // the next bucket
  c.start = c.end = 1767229200;
  Rows rows = aggregate({a, b, c});
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].first.bucket, 1767225600);
  EXPECT_EQ(rows[0].second.flows, 5u);
  EXPECT_EQ(rows[0].second.packets, 6u);
  EXPECT_EQ(rows[0].second.bytes, 600u);
  EXPECT_EQ(rows[0].second.first, 1767225650);
  EXPECT_EQ(rows[0].second.last, 1767225760);
  EXPECT_EQ(aggregate_row(rows[0].first, rows[0].second),
            "10.1.0.1,10.2.0.20,6,445,ACCEPT,1767225600,5,6,600,1767225650,1767225760\n");
  EXPECT_EQ(rows[1].first.bucket, 1767229200);
}

TEST(AggregateTest, RepliesAreStoredAsTheirConnection) {
  Record r;
  r.src = addr("10.2.0.20");
  r.dst = addr("10.1.0.1");
  r.protocol = 6;
  r.has_ports = true;
  r.src_port = 445;
  r.dst_port = 50000;
  const auto [k, v] = aggregate_of(r, 60);
  EXPECT_EQ(k.src.str(), "10.1.0.1");
  EXPECT_EQ(k.dst.str(), "10.2.0.20");
  EXPECT_EQ(k.port, 445);
  Record echo_reply;
  echo_reply.src = addr("10.2.0.20");
  echo_reply.dst = addr("10.1.0.1");
  echo_reply.protocol = 1;
  echo_reply.has_icmp = true;
  echo_reply.icmp_type = 0;
  const auto [e, ev] = aggregate_of(echo_reply, 60);
  EXPECT_EQ(e.src.str(), "10.1.0.1");
  EXPECT_EQ(e.port, 8);
}

// Any split into shards, aggregated and merged in any order and grouping, gives the rows of
// one pass.
TEST(AggregateTest, MergeIsAssociativeAndCommutative) {
  const std::uint32_t seed = seed_of();
  SCOPED_TRACE("BULKHEAD_SEED=" + std::to_string(seed));
  std::mt19937 rng(seed);
  for (int round = 0; round < 20; ++round) {
    const std::vector<Record> records = random_records(rng, 400);
    const Rows whole = aggregate(records);
    const std::size_t shards = 2 + rng() % 5;
    std::vector<std::vector<Record>> parts(shards);
    for (const Record& r : records) parts[rng() % shards].push_back(r);
    std::vector<Rows> partial;
    for (const auto& p : parts) partial.push_back(aggregate(p));
    std::shuffle(partial.begin(), partial.end(), rng);
    // Merge a random pair at a time until one is left.
    while (partial.size() > 1) {
      const std::size_t i = rng() % partial.size();
      std::size_t j = rng() % (partial.size() - 1);
      if (j >= i) ++j;
      Aggregator m;
      for (const auto& [k, v] : partial[j]) m.add(k, v);
      for (const auto& [k, v] : partial[i]) m.add(k, v);
      partial[std::min(i, j)] = m.rows();
      partial.erase(partial.begin() + static_cast<std::ptrdiff_t>(std::max(i, j)));
    }
    ASSERT_EQ(partial.front(), whole);
    // And through the file format: the shards' files read together.
    std::string all;
    for (const auto& p : parts) all += file_text(aggregate(p));
    EXPECT_EQ(read_back(all), whole);
  }
}

TEST(AggregateTest, FileRoundTripsWithAnyHeaderAndQuoting) {
  std::mt19937 rng(11);
  const Rows rows = aggregate(random_records(rng, 500));
  const std::string text = file_text(rows);
  Format f = Format::Auto;
  EXPECT_EQ(read_back(text, &f), rows);
  EXPECT_EQ(f, Format::Aggregate);
  // The SQL export: the column line only (sqlite3 -csv -header, psql COPY ... HEADER).
  std::string body = text.substr(text.find('\n') + 1);
  EXPECT_EQ(read_back(body, &f), rows);
  EXPECT_EQ(f, Format::Aggregate);
  // No header at all (Athena UNLOAD), and every field quoted (Athena results, ClickHouse).
  std::string rows_only = body.substr(body.find('\n') + 1);
  EXPECT_EQ(read_back(rows_only, &f), rows);
  EXPECT_EQ(f, Format::Aggregate);
  std::string quoted;
  for (char c : body) {
    if (c == ',')
      quoted += "\",\"";
    else if (c == '\n')
      quoted += "\"\n\"";
    else
      quoted += c;
  }
  quoted = "\"" + quoted.substr(0, quoted.size() - 1);
  EXPECT_EQ(read_back(quoted), rows);
}

TEST(AggregateTest, MalformedRowsAreLocated) {
  const std::string text = std::string(kAggregateColumns) +
                           "\n10.0.0.1,10.0.0.2,6,99999,ACCEPT,0,1,1,1,0,0\n"
                           "10.0.0.1,10.0.0.2,6,80,MAYBE,0,1,1,1,0,0\n"
                           "10.0.0.1,10.0.0.2,6,80,ACCEPT,0,0,1,1,0,0\n"
                           "10.0.0.1,fd00::1,6,80,ACCEPT,0,1,1,1,0,0\n";
  ReadOptions o;
  o.format = Format::Aggregate;
  Result<ReadStats> r = read_flows_text(text, "t.agg", o, [](const Record&) {});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().records, 0u);
  ASSERT_EQ(r.value().first_errors.size(), 4u);
  EXPECT_EQ(r.value().first_errors[0].str(),
            "t.agg:2: invalid dst_port '99999': expected 0-65535 or empty");
  EXPECT_EQ(r.value().first_errors[1].line, 3u);
  EXPECT_EQ(r.value().first_errors[2].line, 4u);
  EXPECT_EQ(r.value().first_errors[3].line, 5u);
}

const char* kPolicy = R"(bulkhead: 1
name: t
settings:
  default_inbound: deny
  default_outbound: allow
zones:
  - {name: office, cidrs: [10.1.0.0/16]}
  - {name: servers, cidrs: [10.2.0.0/16]}
  - {name: lab, cidrs: [10.3.0.0/16]}
  - {name: v6, cidrs: ["fd00::/16"]}
hosts:
  - {name: ws-01, address: 10.1.0.1, labels: {role: workstation}}
  - {name: ws-02, address: 10.1.0.2, labels: {role: workstation}}
  - {name: fs-01, address: 10.2.0.20, labels: {role: file-server}}
  - {name: web-01, address: 10.2.0.30, labels: {role: web}}
rules:
  - name: ws-to-fs
    action: allow
    from: {role: workstation}
    to: {role: file-server}
    services: [smb]
  - name: ws-to-web
    action: allow
    from: {role: workstation}
    to: {role: web}
    services: [https]
)";

// The aggregate of a record is judged as the record: same flow, key and verdict (the
// checker is the oracle for oriented()).
TEST(AggregateTest, AggregatedRecordsAreJudgedAsTheirRecords) {
  Diagnostics diags;
  auto model = policy::load_text(kPolicy, "p.yaml", diags);
  ASSERT_TRUE(model.has_value());
  std::shared_ptr<const decision::Decision> d = decision::Decision::resolve(std::move(*model));
  Checker c(d, {});
  const std::uint32_t seed = seed_of();
  SCOPED_TRACE("BULKHEAD_SEED=" + std::to_string(seed));
  std::mt19937 rng(seed);
  for (const Record& r : random_records(rng, 3000)) {
    Aggregator a;
    a.add(r);
    const Rows rows = a.rows();
    Record back;
    std::string why;
    const std::string line = aggregate_row(rows[0].first, rows[0].second);
    ASSERT_TRUE(parse_aggregate_row(line.substr(0, line.size() - 1), &back, &why)) << why;
    const std::optional<SeenFlow> want = c.judge(r);
    const std::optional<SeenFlow> got = c.judge(back);
    ASSERT_EQ(want.has_value(), got.has_value()) << line;
    EXPECT_EQ(back.count, r.count);
    EXPECT_EQ(back.start, r.start);
    if (!want) continue;
    EXPECT_EQ(got->src, want->src) << line;
    EXPECT_EQ(got->dst, want->dst) << line;
    EXPECT_EQ(got->key, want->key) << line;
    EXPECT_EQ(got->key_known, want->key_known) << line;
    EXPECT_EQ(got->verdict.tier, want->verdict.tier) << line;
    EXPECT_EQ(got->verdict.rule, want->verdict.rule) << line;
    EXPECT_EQ(got->verdict.reachable, want->verdict.reachable) << line;
    EXPECT_FALSE(got->reply) << "an aggregate row is already oriented: " << line;
  }
}

TEST(AggregateTest, SqlQuotesAndDividesPerDialect) {
  struct Want {
    SqlDialect d;
    const char* end;
    const char* bucket;
  };
  const Want wants[] = {
      {SqlDialect::Athena, "\"end\" AS t_end", "(t_start / 3600) * 3600 AS bucket"},
      {SqlDialect::Trino, "\"end\" AS t_end", "(t_start / 3600) * 3600 AS bucket"},
      {SqlDialect::BigQuery, "`end` AS t_end", "DIV(t_start, 3600) * 3600 AS bucket"},
      {SqlDialect::Spark, "`end` AS t_end", "(t_start DIV 3600) * 3600 AS bucket"},
      {SqlDialect::DuckDb, "\"end\" AS t_end", "(t_start // 3600) * 3600 AS bucket"},
      {SqlDialect::ClickHouse, "\"end\" AS t_end", "intDiv(t_start, 3600) * 3600 AS bucket"},
      {SqlDialect::Postgres, "\"end\" AS t_end", "(t_start / 3600) * 3600 AS bucket"},
      {SqlDialect::Sqlite, "\"end\" AS t_end", "(t_start / 3600) * 3600 AS bucket"},
  };
  for (const Want& w : wants) {
    SqlOptions o;
    o.dialect = w.d;
    const std::string q = aggregate_sql(o);
    SCOPED_TRACE(q);
    EXPECT_NE(q.find(w.end), std::string::npos);
    EXPECT_NE(q.find(w.bucket), std::string::npos);
    EXPECT_NE(q.find("FROM vpc_flow_logs\n"), std::string::npos);
    EXPECT_NE(q.find("log_status = 'OK'"), std::string::npos);
    EXPECT_NE(q.find("GROUP BY src, dst, proto, dst_port, action, bucket\n"), std::string::npos);
    EXPECT_NE(q.find("count(*) AS flows, sum(packets) AS packets, sum(bytes) AS bytes"),
              std::string::npos);
    EXPECT_EQ(q.find("since"), std::string::npos);
  }
  SqlOptions o;
  o.dialect = SqlDialect::Spark;
  o.table = "logs.vpc";
  o.bucket = 600;
  o.since = 1767225600;
  o.until = 1767312000;
  const std::string q = aggregate_sql(o);
  EXPECT_NE(q.find("FROM logs.vpc\n"), std::string::npos);
  EXPECT_NE(q.find("(t_start DIV 600) * 600"), std::string::npos);
  EXPECT_NE(q.find("AND start >= 1767225600\n      AND start < 1767312000"), std::string::npos);
  EXPECT_EQ(parse_sql_dialect("clickhouse"), SqlDialect::ClickHouse);
  EXPECT_FALSE(parse_sql_dialect("mysql"));
}

}  // namespace
}  // namespace bulkhead::flows
