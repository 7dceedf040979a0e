#!/usr/bin/env bash
# bulkhead flows check on the hospital example: a day of ordinary traffic (domain logons,
# file shares, the EHR, the jump host administering 24 hosts over RDP, monitoring) with one
# workstation, cws-03, spreading over SMB to 12 workstations in 10 minutes. The JSON must
# report exactly that detection, its targets in time order with T1021.002, and nothing
# else; without the spreading host the same log is clean (exit 0). K and W are honoured.
# Every example names the file:line it was read from (a file, a directory, stdin, an
# aggregate) in JSON, the table and SARIF.
set -euo pipefail
bin=$1
cd "${BULKHEAD_SOURCE_DIR:?}"
policy=examples/hospital
fail() { echo "FAIL: $*" >&2; exit 1; }

dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
normal=$dir/normal.csv
spread=$dir/spread.csv
base=1765000000

workstations="10.1.0.11 10.1.0.12 10.1.0.13 10.1.0.14 10.1.0.15 10.1.0.16 10.2.0.11 10.2.0.12
10.2.0.13 10.2.0.14 10.3.0.11 10.3.0.12 10.3.0.13 10.3.0.14"
hosts="$workstations 10.10.0.10 10.10.0.11 10.10.0.20 10.10.0.30 10.10.0.40 10.10.0.50
10.10.0.60 172.16.10.10 172.16.10.25 10.99.0.20"
{
  echo "src,dst,proto,port,action,time"
  t=$base
  for round in 1 2 3 4 5 6; do
    for ws in $workstations; do
      t=$((t + 97))
      echo "$ws,10.10.0.10,tcp,88,accept,$t"
      echo "$ws,10.10.0.11,tcp,389,accept,$t"
      echo "$ws,10.10.0.10,tcp,445,accept,$((t + 1))"
      echo "$ws,10.10.0.20,tcp,445,accept,$((t + 2))"
      echo "$ws,10.10.0.11,udp,53,accept,$((t + 3))"
      case $ws in 10.1.*|10.2.*|10.3.*) echo "$ws,10.10.0.30,tcp,443,accept,$((t + 4))" ;; esac
      echo "$ws,10.70.0.11,tcp,9100,accept,$((t + 5))"
    done
    # The jump host administers every host over RDP within minutes: allowed, not spreading.
    for h in $hosts; do
      t=$((t + 7))
      echo "10.99.0.10,$h,tcp,3389,accept,$t"
    done
    # Monitoring polls every host.
    for h in $hosts; do [ "$h" = 10.99.0.20 ] || echo "10.99.0.20,$h,udp,161,accept,$t"; done
    echo "203.0.113.7,172.16.10.10,tcp,443,accept,$t"
    echo "172.16.10.10,10.10.0.60,tcp,8443,accept,$t"
    t=$((t + 3600))
  done
} > "$normal"

# cws-03 (10.1.0.13) tries SMB on 12 other workstations, 50 s apart; every firewall refuses.
targets="10.1.0.11 10.1.0.12 10.1.0.14 10.1.0.15 10.1.0.16 10.2.0.11 10.2.0.12 10.2.0.13
10.2.0.14 10.3.0.11 10.3.0.12 10.3.0.13"
cp "$normal" "$spread"
t=$((base + 5000))
for h in $targets; do
  t=$((t + 50))
  echo "10.1.0.13,$h,tcp,445,reject,$t" >> "$spread"
done

# The ordinary day alone: nothing to report, exit 0.
set +e
"$bin" flows check "$policy" "$normal" --format json > "$dir/normal.json"
rc=$?
set -e
[ $rc -eq 0 ] || fail "normal traffic: exit $rc, expected 0: $(head -c 2000 "$dir/normal.json")"
python3 - "$dir/normal.json" <<'PY' || fail "normal traffic JSON"
import json, sys
r = json.load(open(sys.argv[1]))
s = r["summary"]
assert s["judged"] == s["flows"] > 0, s
for k in ("violations", "gaps", "detections", "blocked_sources", "prefix_mismatches"):
    assert s[k] == 0, (k, s[k], r[k if k != "blocked_sources" else "blocked_lateral"][:2])
used = {u["name"]: u for u in r["rules"]}
assert used["admin-from-jump-host"]["flows"] > 0
assert used["admin-from-jump-host"]["destinations"] == 24, used["admin-from-jump-host"]
assert used["internet-to-mail"]["flows"] == 0
PY

# With the spreading host: exactly one detection, its 12 targets in time order.
set +e
"$bin" flows check "$policy" "$spread" --format json > "$dir/spread.json"
rc=$?
set -e
[ $rc -eq 1 ] || fail "spreading: exit $rc, expected 1"
python3 - "$dir/spread.json" $targets <<'PY' || fail "spreading JSON"
import json, sys
r = json.load(open(sys.argv[1]))
want = sys.argv[2:]
dets = r["detections"]
assert len(dets) == 1, [d["source"] for d in dets]
d = dets[0]
assert d["source"]["address"] == "10.1.0.13" and d["source"]["host"] == "cws-03", d["source"]
got = [t["target"]["address"] for t in d["targets"]]
assert got == want, got
for t in d["targets"]:
    assert t["services"] == ["smb"] and t["techniques"] == ["T1021.002"], t
    assert t["blocked"] == 1
    assert t["decided"]["rule"] == "lateral-movement/smb", t["decided"]
    assert t["decided"]["at"].startswith("examples/hospital/00-settings.yaml:"), t["decided"]
assert d["peak"] == 12
s = r["summary"]
assert s["violations"] == 0 and s["gaps"] == 0, s
b = r["blocked_lateral"]
assert len(b) == 1 and b[0]["source"]["host"] == "cws-03" and b[0]["targets"] == 12, b
PY

# K and W: 13 targets needed, or a 5-minute window (12 contacts over 550 s): no detection.
set +e
"$bin" flows check "$policy" "$spread" --lateral-k 13 --format json > "$dir/k13.json"; rc1=$?
"$bin" flows check "$policy" "$spread" --window 5m --lateral-k 12 --format json > "$dir/w5.json"; rc2=$?
"$bin" flows check "$policy" "$spread" --window 10m --lateral-k 12 --format json > "$dir/w10.json"; rc3=$?
set -e
[ $rc1 -eq 0 ] && [ $rc2 -eq 0 ] && [ $rc3 -eq 1 ] || fail "K/W exits: $rc1 $rc2 $rc3"
python3 - "$dir/k13.json" "$dir/w5.json" "$dir/w10.json" <<'PY' || fail "K/W JSON"
import json, sys
a, b, c = (json.load(open(p)) for p in sys.argv[1:])
assert a["detections"] == [] and b["detections"] == [], (a["detections"], b["detections"])
assert len(c["detections"]) == 1
PY

# The summary names the detection; SARIF is 2.1.0 with the detection at the baseline row.
set +e
text=$("$bin" flows check "$policy" "$spread"); rc=$?
sarif=$("$bin" flows check "$policy" "$spread" --format sarif)
set -e
[ $rc -eq 1 ] || fail "table exit $rc"
printf '%s\n' "$text" | grep "lateral-movement detections" > /dev/null || fail "table: $text"
printf '%s\n' "$text" | grep "cws-03 (10.1.0.13): 12 targets" > /dev/null || fail "table: $text"
printf '%s\n' "$sarif" | python3 -c '
import json, sys
s = json.load(sys.stdin)
assert s["version"] == "2.1.0"
res = [r for r in s["runs"][0]["results"] if r["ruleId"] == "lateral-movement"]
assert len(res) == 1, res
loc = res[0]["locations"][0]["physicalLocation"]
assert loc["artifactLocation"]["uri"].endswith("00-settings.yaml"), loc
' || fail "sarif"

# A baseline of the ordinary day: the spreading host's SMB between workstations is new.
set +e
"$bin" flows check "$policy" "$spread" --baseline "$normal" --format json > "$dir/base.json"; rc=$?
set -e
[ $rc -eq 1 ] || fail "baseline exit $rc"
python3 - "$dir/base.json" <<'PY' || fail "baseline JSON"
import json, sys
r = json.load(open(sys.argv[1]))
novel = r["novel"]
assert novel and all(n["service"] == "smb" and n["lateral"] for n in novel), novel
PY

# Every example names its input and line: the file as given, a file inside a given
# directory, or - for stdin; in JSON (file, line, log), the table and SARIF (a second
# location at the flow's line, after the policy rule's).
mkdir "$dir/logs"
cp "$spread" "$dir/logs/day.csv"
set +e
"$bin" flows check "$policy" "$dir/logs" --format json > "$dir/dir.json"
"$bin" flows check "$policy" - --format json < "$spread" > "$dir/stdin.json"
"$bin" flows check "$policy" "$spread" --format sarif > "$dir/spread.sarif"
"$bin" flows check "$policy" "$dir/logs/day.csv" --baseline "$normal" > "$dir/base.txt"
set -e
python3 - "$spread" "$dir/logs/day.csv" "$dir/spread.json" "$dir/dir.json" "$dir/stdin.json" \
    "$dir/spread.sarif" "$dir/base.txt" <<'PY' || fail "example file:line"
import json, sys
spread, inside, as_file, as_dir, as_stdin, sarif, text = sys.argv[1:]
lines = open(spread).read().splitlines()
def line_of(src, dst):
    hits = [i + 1 for i, l in enumerate(lines) if l.startswith(f"{src},{dst},tcp,445,reject,")]
    assert len(hits) == 1, (src, dst, hits)
    return hits[0]
for path, name in ((as_file, spread), (as_dir, inside), (as_stdin, "-")):
    r = json.load(open(path))
    targets = r["detections"][0]["targets"]
    assert len(targets) == 12
    for t in targets:
        ex = t["example"]
        want = line_of("10.1.0.13", t["target"]["address"])
        assert ex["file"] == name and ex["line"] == want, (path, ex)
        assert ex["log"] == f"{name}:{want}", ex
    b = r["blocked_lateral"][0]["example"]
    assert b["log"] == f"{name}:{line_of('10.1.0.13', b['dst']['address'])}", b
s = json.load(open(sarif))
res = [x for x in s["runs"][0]["results"] if x["ruleId"] == "lateral-movement"][0]
locs = res["locations"]
assert len(locs) == 2, locs
assert locs[0]["physicalLocation"]["artifactLocation"]["uri"].endswith("00-settings.yaml"), locs
first = json.load(open(as_file))["detections"][0]["targets"][0]
flow = locs[1]["physicalLocation"]
assert flow["artifactLocation"]["uri"] == spread, flow
assert flow["region"]["startLine"] == line_of("10.1.0.13", first["target"]["address"]), flow
for x in s["runs"][0]["results"]:
    if x["ruleId"] != "unused-allow":
        assert len(x["locations"]) == 2, x
# The table's novelty examples end with (file:line).
novel = [l for l in open(text).read().splitlines() if "e.g. cws-03 (10.1.0.13) ->" in l]
assert novel, open(text).read()
for l in novel:
    dst = l.split("-> ")[1].split("(")[1].split(")")[0]
    assert l.rstrip().endswith(f"({inside}:{line_of('10.1.0.13', dst)})"), l
PY

# On a partial aggregate, examples name the aggregate file and the row they came from.
"$bin" flows aggregate "$spread" -o "$dir/spread.agg" 2> /dev/null || fail "aggregate"
set +e
"$bin" flows check "$policy" "$dir/spread.agg" --format json > "$dir/agg.json"
set -e
python3 - "$dir/spread.agg" "$dir/agg.json" <<'PY' || fail "aggregate example file:line"
import json, sys
agg, out = sys.argv[1:]
rows = open(agg).read().splitlines()
targets = json.load(open(out))["detections"][0]["targets"]
assert len(targets) == 12
for t in targets:
    ex = t["example"]
    assert ex["file"] == agg and ex["log"] == f"{agg}:{ex['line']}", ex
    assert rows[ex["line"] - 1].startswith(f"10.1.0.13,{t['target']['address']},6,445,REJECT,"), ex
PY

# Bad input: an unreadable log is exit 2.
set +e
"$bin" flows check "$policy" "$dir/missing.csv" > /dev/null 2>&1; rc=$?
set -e
[ $rc -eq 2 ] || fail "missing log: exit $rc"
echo ok
