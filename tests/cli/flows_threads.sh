#!/usr/bin/env bash
# bulkhead flows check --threads N reads the log files on N threads, one Checker each,
# merged in file order: the JSON must be exactly that of one thread, on a folder of logs
# with a host spreading over SMB on three days, violations and a malformed line.
set -euo pipefail
bin=$1
cd "${BULKHEAD_SOURCE_DIR:?}"
policy=examples/hospital
fail() { echo "FAIL: $*" >&2; exit 1; }

dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
mkdir "$dir/logs"
base=1765000000
workstations="10.1.0.11 10.1.0.12 10.1.0.13 10.1.0.14 10.1.0.15 10.1.0.16 10.2.0.11 10.2.0.12
10.2.0.13 10.2.0.14 10.3.0.11 10.3.0.12 10.3.0.13 10.3.0.14"
# Five files of one day each: logons and file shares, printing to the unmanaged printers,
# and from the third file on, 10.1.0.13 probing SMB on the other workstations every day
# (threads read different days, so only a correct merge reports it as one thread does).
for day in 1 2 3 4 5; do
  f=$dir/logs/day-$day.csv
  echo "src,dst,proto,port,action,time" > "$f"
  t=$((base + day * 86400))
  for ws in $workstations; do
    t=$((t + 61))
    echo "$ws,10.10.0.10,tcp,88,accept,$t" >> "$f"
    echo "$ws,10.10.0.20,tcp,445,accept,$((t + 1))" >> "$f"
    echo "$ws,10.70.0.11,tcp,9100,accept,$((t + 2))" >> "$f"
    # Accepted although no rule allows it: a violation (a firewall not applied).
    echo "$ws,10.10.0.20,tcp,3389,accept,$((t + 3))" >> "$f"
  done
  if [ "$day" -ge 3 ]; then
    for ws in $workstations; do
      [ "$ws" = 10.1.0.13 ] && continue
      t=$((t + 20))
      echo "10.1.0.13,$ws,tcp,445,reject,$t" >> "$f"
    done
  fi
done
echo "not,a,flow" >> "$dir/logs/day-2.csv"

one=$dir/one.json
set +e
"$bin" flows check "$policy" "$dir/logs" --format json > "$one"
code1=$?
set -e
[ "$code1" -eq 1 ] || fail "one thread: exit $code1 (expected 1: violations and a detection)"
python3 - "$one" <<'PY' || fail "one thread: the log's findings are not all there"
import json, sys
r = json.load(open(sys.argv[1]))
text = json.dumps(r)
assert "10.1.0.13" in text, "the spreading host"
assert "T1021.002" in text, "its technique"
PY
for n in 2 3 5 8; do
  out=$dir/threads-$n.json
  set +e
  "$bin" flows check "$policy" "$dir/logs" --format json --threads "$n" > "$out"
  code=$?
  set -e
  [ "$code" -eq "$code1" ] || fail "--threads $n: exit $code, one thread $code1"
  cmp -s "$one" "$out" || { diff <(python3 -m json.tool "$one") <(python3 -m json.tool "$out") | head -20; fail "--threads $n differs from one thread"; }
done
# Bad values are usage errors.
set +e
"$bin" flows check "$policy" "$dir/logs" --threads 0 > /dev/null 2>&1
code=$?
set -e
[ "$code" -eq 2 ] || fail "--threads 0: exit $code, expected 2"
echo "flows_threads: ok"
