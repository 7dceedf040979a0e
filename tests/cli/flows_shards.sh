#!/usr/bin/env bash
# Partial aggregates give the findings of one pass (docs/flows.md, "Aggregates and SQL").
# A synthetic AWS VPC v2 log (bench_flowlog: ~50k lines over the generated enterprise's
# address plan, half of it twice so that keys meet across shards, plus one workstation
# spreading over SMB with reply records) is split into 4 shards with the S3 header line on
# each. Each shard is aggregated by bulkhead, and by the `flows sql` query run in SQLite and
# in a throwaway PostgreSQL cluster; `flows check --format json` on the merged aggregates,
# on the shards' SQL exports and on the bulkhead merge of those exports must equal
# `flows check` on the whole log, finding for finding. Ignored, because they count or
# point into the input rather than the flows: the `read` section, every `records` and
# `line` field, the examples' `file` and `log` (their input), `summary.replies` and the
# examples' `reply` flag (an aggregate stores a reply as the connection it answers). The SQL rows over the whole table must also be
# exactly bulkhead's rows. Merging is checked to be order-independent.
set -euo pipefail
bin=$1
cd "${BULKHEAD_SOURCE_DIR:?}"
gen=${BULKHEAD_BENCH_GEN:?set by CTest to the bench_gen program}
flowlog=${BULKHEAD_FLOWLOG_GEN:?set by CTest to the bench_flowlog program}
fail() { echo "FAIL: $*" >&2; exit 1; }

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if ! command -v sqlite3 >/dev/null || [ -z "$pgbin" ] || [ ! -x "$pgbin/initdb" ] ||
  ! command -v psql >/dev/null; then
  if [ -z "${BULKHEAD_REQUIRE_SHARED_DATA:-}" ]; then
    echo "SKIP: sqlite3 or PostgreSQL (initdb, pg_ctl, psql) missing: scripts/bootstrap installs them"
    exit 77
  fi
  fail "sqlite3 or PostgreSQL missing and BULKHEAD_REQUIRE_SHARED_DATA is set"
fi

tmp=$(mktemp -d)
pgdata=
cleanup() {
  if [ -n "$pgdata" ] && [ -f "$pgdata/postmaster.pid" ]; then
    as_pg "$pgbin/pg_ctl" -D "$pgdata" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
# initdb refuses root: the cluster runs as postgres (or nobody) when the test runs as root.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    local user=postgres
    id -u postgres >/dev/null 2>&1 || user=nobody
    runuser -u "$user" -- "$@"
  else
    "$@"
  fi
}

policy=$tmp/policy.yaml
"$gen" 1000 >"$policy" 2>/dev/null

# The whole log: S3's header line, then the records.
whole=$tmp/whole.log
{
  echo "version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status"
  "$flowlog" 20000 3 2>/dev/null
  # 10.3.7.7 reaches 12 workstations on SMB within 10 minutes; the accepted contacts have
  # their reply records (445 -> ephemeral), which are judged as the connection.
  t=1767230000
  for i in $(seq 1 12); do
    t=$((t + 50))
    act=ACCEPT
    [ $((i % 3)) -eq 0 ] && act=REJECT
    echo "2 123456789012 eni-0000000000000abcd 10.3.7.7 10.5.$i.20 $((40000 + i)) 445 6 5 600 $t $((t + 60)) $act OK"
    [ "$act" = ACCEPT ] &&
      echo "2 123456789012 eni-0000000000000abce 10.5.$i.20 10.3.7.7 445 $((40000 + i)) 6 4 900 $t $((t + 60)) ACCEPT OK"
  done
  "$flowlog" 20000 3 2>/dev/null
  "$flowlog" 10000 5 2>/dev/null
} >"$whole"
lines=$(($(wc -l <"$whole") - 1))
[ "$lines" -gt 49000 ] || fail "the generated log has $lines lines"

# Four shards, each with the header line.
tail -n +2 "$whole" | split -l $(((lines + 3) / 4)) -d -a 1 - "$tmp/body-"
shards=()
for b in "$tmp"/body-*; do
  s=$tmp/shard-${b##*-}.log
  { head -n 1 "$whole"; cat "$b"; } >"$s"
  shards+=("$s")
done
[ ${#shards[@]} -eq 4 ] || fail "split gave ${#shards[@]} shards"

# The JSON of `flows check`, without what legitimately differs between inputs.
check_json() {  # check_json OUT INPUT...
  local out=$1
  shift
  set +e
  "$bin" flows check "$policy" "$@" --format json >"$out.raw" 2>"$tmp/err"
  local code=$?
  set -e
  [ "$code" -le 1 ] || fail "flows check $*: exit $code: $(cat "$tmp/err")"
  python3 - "$out.raw" >"$out" <<'EOF'
import json, sys
def strip(v):
    if isinstance(v, dict):
        drop = ("records", "line", "reply") + (("file", "log") if "file" in v else ())
        return {k: strip(x) for k, x in v.items() if k not in drop}
    if isinstance(v, list):
        return [strip(x) for x in v]
    return v
j = json.load(open(sys.argv[1]))
j.pop("read")
j["summary"].pop("replies")
print(json.dumps(strip(j), indent=1, sort_keys=True))
EOF
}
same() {  # same EXPECTED GOT WHAT
  if ! cmp -s "$1" "$2"; then
    diff "$1" "$2" | head -n 30 >&2
    fail "$3: findings differ from one pass over the whole log"
  fi
}

check_json "$tmp/whole.json" "$whole"
python3 - "$tmp/whole.json" <<'EOF' || fail "the whole log's findings are not what the test needs"
import json, sys
j = json.load(open(sys.argv[1]))
s = j["summary"]
assert s["violations"] > 0 and s["blocked_sources"] > 0 and s["detections"] >= 1, s
assert j["detections"][0]["source"]["address"] == "10.3.7.7", j["detections"][0]
EOF
python3 -c 'import json,sys; assert json.load(open(sys.argv[1]))["summary"]["replies"] > 0' \
  "$tmp/whole.json.raw" || fail "the whole log has no reply records"

# bulkhead: aggregate each shard, merge, check.
parts=()
for s in "${shards[@]}"; do
  "$bin" flows aggregate "$s" -o "${s%.log}.agg" 2>/dev/null || fail "aggregate $s"
  parts+=("${s%.log}.agg")
done
"$bin" flows aggregate "${parts[@]}" -o "$tmp/merged.agg" 2>/dev/null || fail "merge"
"$bin" flows aggregate "$whole" -o "$tmp/whole.agg" 2>/dev/null || fail "aggregate whole"
cmp -s "$tmp/merged.agg" "$tmp/whole.agg" || fail "merged shards differ from the whole log's aggregate"
# Merge order and grouping do not matter (associative, commutative).
"$bin" flows aggregate "${parts[3]}" "${parts[1]}" -o "$tmp/m31.agg" 2>/dev/null
"$bin" flows aggregate "${parts[2]}" "$tmp/m31.agg" "${parts[0]}" -o "$tmp/m.agg" 2>/dev/null
cmp -s "$tmp/m.agg" "$tmp/whole.agg" || fail "merging in another order gives other rows"
rows=$(($(wc -l <"$tmp/whole.agg") - 2))
[ "$rows" -lt "$lines" ] || fail "the aggregate has $rows rows for $lines lines"
check_json "$tmp/merged.json" "$tmp/merged.agg"
same "$tmp/whole.json" "$tmp/merged.json" "bulkhead merged aggregate"
check_json "$tmp/parts.json" "${parts[@]}"
same "$tmp/whole.json" "$tmp/parts.json" "bulkhead shard aggregates given together"
# Writing is atomic: bad input writes nothing (exit 2); an unwritable output exits 3.
echo "not a flow log" >"$tmp/bad.txt"
set +e
"$bin" flows aggregate "$tmp/bad.txt" -o "$tmp/bad.agg" 2>/dev/null
code=$?
"$bin" flows aggregate "$whole" -o "$tmp/no/such/dir/x.agg" 2>/dev/null
code3=$?
set -e
[ "$code" -eq 2 ] && [ ! -e "$tmp/bad.agg" ] || fail "bad input: exit $code, or a file was written"
[ "$code3" -eq 3 ] || fail "unwritable output: exit $code3, expected 3"

columns="version INTEGER, account_id TEXT, interface_id TEXT, srcaddr TEXT, dstaddr TEXT,
  srcport INTEGER, dstport INTEGER, protocol INTEGER, packets BIGINT, bytes BIGINT,
  start BIGINT, \"end\" BIGINT, action TEXT, log_status TEXT"
body_rows() { sort "$1" | grep -v '^#' | grep -v '^src,dst'; }

# SQLite: one table per shard and one for the whole log, the query's CSV export per table.
db=$tmp/flows.db
load_sqlite() {  # load_sqlite TABLE LOG
  sqlite3 "$db" "CREATE TABLE $1 ($columns);"
  tail -n +2 "$2" >"$tmp/rows.txt"
  printf '.separator " " "\\n"\n.import %s %s\n' "$tmp/rows.txt" "$1" | sqlite3 "$db"
}
sql_sqlite() {  # sql_sqlite TABLE OUT
  "$bin" flows sql --dialect sqlite --table "$1" >"$tmp/q.sql"
  sqlite3 -csv -header "$db" <"$tmp/q.sql" >"$2"
}
load_sqlite whole_log "$whole"
sql_sqlite whole_log "$tmp/sqlite-whole.csv"
[ "$(body_rows "$tmp/sqlite-whole.csv")" = "$(body_rows "$tmp/whole.agg")" ] ||
  fail "SQLite's rows differ from bulkhead's aggregate"
sqlite_parts=()
for s in "${shards[@]}"; do
  n=${s##*-}
  n=${n%.log}
  load_sqlite "shard$n" "$s"
  sql_sqlite "shard$n" "$tmp/sqlite-$n.csv"
  sqlite_parts+=("$tmp/sqlite-$n.csv")
done
check_json "$tmp/sqlite.json" "${sqlite_parts[@]}"
same "$tmp/whole.json" "$tmp/sqlite.json" "SQLite shard aggregates"
"$bin" flows aggregate "${sqlite_parts[@]}" -o "$tmp/sqlite-merged.agg" 2>/dev/null
cmp -s "$tmp/sqlite-merged.agg" "$tmp/whole.agg" || fail "merged SQLite exports differ"

# PostgreSQL: a throwaway cluster, its socket in the temp dir, no TCP.
chmod 755 "$tmp"
pgdata=$tmp/pg
mkdir "$pgdata"
[ "$(id -u)" -ne 0 ] || chown "$(id -u postgres 2>/dev/null || id -u nobody)" "$pgdata"
as_pg "$pgbin/initdb" -D "$pgdata" -A trust -U postgres >"$tmp/initdb.log" 2>&1 ||
  fail "initdb: $(tail -n 5 "$tmp/initdb.log")"
port=$((20000 + RANDOM % 20000))
as_pg "$pgbin/pg_ctl" -D "$pgdata" -w -l "$pgdata/log" \
  -o "-k $pgdata -p $port -c listen_addresses=''" start >/dev/null ||
  fail "pg_ctl start: $(tail -n 5 "$pgdata/log")"
psql_run() { psql -X -q -v ON_ERROR_STOP=1 -h "$pgdata" -p "$port" -U postgres -d postgres "$@"; }
load_pg() {  # load_pg TABLE LOG
  psql_run -c "CREATE TABLE $1 ($columns);"
  tail -n +2 "$2" | psql_run -c "COPY $1 FROM STDIN WITH (FORMAT text, DELIMITER ' ', NULL '-')"
}
sql_pg() {  # sql_pg TABLE OUT
  "$bin" flows sql --dialect postgres --table "$1" | grep -v '^--' >"$tmp/q.sql"
  psql_run -c "COPY ($(cat "$tmp/q.sql")) TO STDOUT WITH (FORMAT csv, HEADER)" >"$2"
}
load_pg whole_log "$whole"
sql_pg whole_log "$tmp/pg-whole.csv"
[ "$(body_rows "$tmp/pg-whole.csv")" = "$(body_rows "$tmp/whole.agg")" ] ||
  fail "PostgreSQL's rows differ from bulkhead's aggregate"
pg_parts=()
for s in "${shards[@]}"; do
  n=${s##*-}
  n=${n%.log}
  load_pg "shard$n" "$s"
  sql_pg "shard$n" "$tmp/pg-$n.csv"
  pg_parts+=("$tmp/pg-$n.csv")
done
check_json "$tmp/pg.json" "${pg_parts[@]}"
same "$tmp/whole.json" "$tmp/pg.json" "PostgreSQL shard aggregates"
"$bin" flows aggregate "${pg_parts[@]}" -o "$tmp/pg-merged.agg" 2>/dev/null
cmp -s "$tmp/pg-merged.agg" "$tmp/whole.agg" || fail "merged PostgreSQL exports differ"
as_pg "$pgbin/pg_ctl" -D "$pgdata" -m fast stop >/dev/null
echo "ok: $lines lines, 4 shards, $rows aggregate rows; bulkhead, SQLite and PostgreSQL agree"
