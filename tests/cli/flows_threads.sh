#!/usr/bin/env bash
# bulkhead flows check --threads N reads the log files on N threads, one Checker each,
# merged in file order: the JSON must be exactly that of one thread, on a folder of logs
# with a host spreading over SMB on three days, violations and a malformed line; and one
# large file read as line ranges gives what one thread gives in every output format.
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
# One large file is cut into line ranges, one per thread (BULKHEAD_SPLIT_MIN_BYTES lowers
# the size from which a file is cut, to keep this quick): every output format, the warnings
# and the exit code must be those of one thread, with malformed lines on both sides of
# every cut, and an AWS file whose header line declares its own field order (ports
# swapped), which every range must honour.
python3 - "$dir" <<'PY'
import random, sys
d = sys.argv[1]
random.seed(7)
ws = ["10.1.0.11", "10.1.0.12", "10.1.0.13", "10.1.0.14", "10.2.0.11", "10.2.0.12",
      "10.3.0.11", "10.3.0.12"]
def with_bad_near_cuts(lines, bad, header):
    # Malformed lines just before and after where 2, 3 and 4 ranges are cut.
    size = sum(len(l) + 1 for l in lines)
    marks = sorted({size * k // n for n in (2, 3, 4) for k in range(1, n)})
    out, at = [], 0
    for l in lines:
        if marks and at >= marks[0]:
            out += [bad, bad]
            marks.pop(0)
        out.append(l)
        at += len(l) + 1
    return "".join(x + "\n" for x in header + out)
t = 1765000000
csv = []
for i in range(6000):
    src = random.choice(ws)
    t += random.randint(1, 40)
    port = random.choice([88, 445, 445, 3389, 9100, 22])
    dst = random.choice(["10.10.0.10", "10.10.0.20", "10.70.0.11", random.choice(ws)])
    csv.append(f"{src},{dst},tcp,{port},{random.choice(['accept', 'reject'])},{t}")
    if i % 997 == 5:
        csv.append("not,a,flow")
open(f"{d}/big.csv", "w").write(
    with_bad_near_cuts(csv, "10.1.0.11,10.10.0.20,tcp,99999", ["# one day", "src,dst,proto,port,action,time"]))
aws = []
t = 1765000000
for i in range(6000):
    src = random.choice(ws)
    t += random.randint(1, 40)
    dport = random.choice([88, 445, 3389, 9100])
    dst = random.choice(["10.10.0.10", "10.10.0.20", random.choice(ws)])
    action = random.choice(["ACCEPT", "REJECT"])
    # Custom order: dstport before srcport.
    aws.append(f"5 {src} {dst} {dport} {random.randint(1024, 65535)} 6 {action} OK {t} {t + 30}")
open(f"{d}/big-vpc.log", "w").write(
    with_bad_near_cuts(aws, "5 10.1.0.11 10.10.0.20 445", ["version srcaddr dstaddr dstport srcport protocol action log-status start end"]))
PY
for log in big.csv big-vpc.log; do
  for fmt in table json sarif; do
    set +e
    BULKHEAD_SPLIT_MIN_BYTES=1 "$bin" flows check "$policy" "$dir/$log" --format "$fmt" \
      > "$dir/one.$fmt" 2> "$dir/one.$fmt.err"
    code1=$?
    set -e
    [ "$code1" -eq 1 ] || fail "$log $fmt one thread: exit $code1 (expected 1)"
    [ -s "$dir/one.$fmt" ] || fail "$log $fmt one thread: no output"
    for n in 2 3 4; do
      set +e
      BULKHEAD_SPLIT_MIN_BYTES=1 "$bin" flows check "$policy" "$dir/$log" --format "$fmt" \
        --threads "$n" > "$dir/n.$fmt" 2> "$dir/n.$fmt.err"
      code=$?
      set -e
      [ "$code" -eq "$code1" ] || fail "$log $fmt --threads $n: exit $code, one thread $code1"
      cmp -s "$dir/one.$fmt" "$dir/n.$fmt" ||
        { diff "$dir/one.$fmt" "$dir/n.$fmt" | head -20; fail "$log $fmt --threads $n differs"; }
      cmp -s "$dir/one.$fmt.err" "$dir/n.$fmt.err" ||
        { diff "$dir/one.$fmt.err" "$dir/n.$fmt.err" | head; fail "$log $fmt --threads $n warns differently"; }
    done
  done
  # The example lines name the file's own line numbers, and the malformed lines are counted.
  python3 - "$dir/one.json" "$dir/$log" <<'PY' || fail "$log: lines not located in the file"
import json, sys
r = json.load(open(sys.argv[1]))
lines = open(sys.argv[2]).read().split("\n")
assert r["read"]["malformed"] >= 10, r["read"]
for e in r["read"]["first_errors"]:
    no = int(e.split(":")[1])
    assert "99999" in lines[no - 1] or "not,a,flow" in lines[no - 1] or len(lines[no - 1].split()) == 4, e
PY
  # --strict stops at the file's first malformed line, whichever range holds it.
  set +e
  BULKHEAD_SPLIT_MIN_BYTES=1 "$bin" flows check "$policy" "$dir/$log" --strict > /dev/null 2> "$dir/s1"
  c1=$?
  BULKHEAD_SPLIT_MIN_BYTES=1 "$bin" flows check "$policy" "$dir/$log" --strict --threads 3 \
    > /dev/null 2> "$dir/s3"
  c3=$?
  set -e
  [ "$c1" -eq 2 ] && [ "$c3" -eq 2 ] || fail "$log --strict: exit $c1 and $c3, expected 2"
  cmp -s "$dir/s1" "$dir/s3" || { cat "$dir/s1" "$dir/s3"; fail "$log --strict: errors differ"; }
done
# Bad values are usage errors.
set +e
"$bin" flows check "$policy" "$dir/logs" --threads 0 > /dev/null 2>&1
code=$?
set -e
[ "$code" -eq 2 ] || fail "--threads 0: exit $code, expected 2"
echo "flows_threads: ok"
