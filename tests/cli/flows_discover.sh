#!/usr/bin/env bash
# bulkhead flows discover on the hospital example: a log of allowed traffic plus accepted
# traffic the policy does not allow (the workstations using a new app port on app-01, app-01
# querying postgres on pacs-01). `flows check --impact` reports that impact; the proposed
# rules validate beside the policy's files, and with them the same log has no impact. A flow
# an override-deny rule forbids, and one an `expect ... blocked` intent covers, are reported
# as not proposed and never admitted. Without --policy the proposal names exact addresses and
# validates on its own.
set -euo pipefail
bin=$1
cd "${BULKHEAD_SOURCE_DIR:?}"
policy=examples/hospital
fail() { echo "FAIL: $*" >&2; exit 1; }

dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
log=$dir/today.csv
t=1765000000
{
  echo "src,dst,proto,port,action,time"
  for ws in 10.1.0.11 10.1.0.12 10.2.0.11 10.3.0.11; do
    t=$((t + 10))
    echo "$ws,10.10.0.10,tcp,88,accept,$t"
    echo "$ws,10.10.0.20,tcp,445,accept,$t"
    echo "$ws,10.10.0.60,tcp,9000,accept,$((t + 1))"
    echo "$ws,10.10.0.60,tcp,9000,accept,$((t + 2))"
  done
  echo "10.10.0.60,10.10.0.40,tcp,5432,accept,$t"
  echo "203.0.113.7,172.16.10.10,tcp,443,accept,$t"
  echo "10.1.0.11,10.10.0.60,tcp,9000,reject,$t"
} > "$log"

# The log has impact on the policy as it is.
set +e
"$bin" flows check "$policy" "$log" --impact --format json > "$dir/before.json"; rc=$?
set -e
[ $rc -eq 0 ] || fail "check before: exit $rc"
python3 - "$dir/before.json" <<'PY' || fail "impact before"
import json, sys
s = json.load(open(sys.argv[1]))["summary"]
assert s["impact_flows"] == 9 and s["impact"] > 0, s
PY

# The proposal, proven on the extended policy.
set +e
"$bin" flows discover --policy "$policy" "$log" -o "$dir/new-rules.yaml" 2> "$dir/summary.txt"; rc=$?
set -e
[ $rc -eq 0 ] || fail "discover: exit $rc: $(cat "$dir/summary.txt")"
grep -q "proof: 9 of 9 observed accepted flows admitted; intents that held still hold" \
  "$dir/summary.txt" || fail "proof line: $(cat "$dir/summary.txt")"
grep -q "proposal covers 50.0% of observed accepted flows (9 of 18)" "$dir/summary.txt" ||
  fail "coverage line: $(cat "$dir/summary.txt")"
grep -q "tcp/9000" "$dir/new-rules.yaml" || fail "rules: $(cat "$dir/new-rules.yaml")"
grep -q "from: {zone: \[admin-ws, clinical-ws, nurses\], os: windows, role: workstation}" \
  "$dir/new-rules.yaml" || fail "folded zones: $(cat "$dir/new-rules.yaml")"
grep -q "services: \[postgres\]" "$dir/new-rules.yaml" || fail "catalog name: $(cat "$dir/new-rules.yaml")"

# Applied beside the policy's files: valid, and the same log has no impact.
cp -r "$policy" "$dir/extended"
cp "$dir/new-rules.yaml" "$dir/extended/60-discovered.yaml"
"$bin" validate "$dir/extended" > "$dir/validate.txt" 2>&1 || fail "validate: $(cat "$dir/validate.txt")"
set +e
"$bin" flows check "$dir/extended" "$log" --impact --format json > "$dir/after.json"; rc=$?
set -e
[ $rc -eq 0 ] || fail "check after: exit $rc"
python3 - "$dir/after.json" <<'PY' || fail "impact after"
import json, sys
r = json.load(open(sys.argv[1]))
s = r["summary"]
assert s["impact_flows"] == 0 and s["impact"] == 0 and r["impact"] == [], s
assert s["violations"] == 0, s
PY

# An override-deny rule forbids tcp/9001 to app-01; SMB between workstations is an intent.
cp -r "$policy" "$dir/od"
cat > "$dir/od/45-override.yaml" <<'YAML'
bulkhead: 1
rules:
  - name: no-debug-port
    action: override-deny
    from: any
    to: {role: app}
    services: [tcp/9001]
YAML
cp "$log" "$dir/od.csv"
echo "10.1.0.11,10.10.0.60,tcp,9001,accept,$t" >> "$dir/od.csv"
echo "10.1.0.11,10.1.0.12,tcp,445,accept,$t" >> "$dir/od.csv"
set +e
"$bin" flows discover --policy "$dir/od" "$dir/od.csv" --format json > "$dir/od.json"; rc=$?
set -e
[ $rc -eq 0 ] || fail "discover with override-deny: exit $rc"
python3 - "$dir/od.json" <<'PY' || fail "override-deny JSON"
import json, sys
r = json.load(open(sys.argv[1]))
reasons = {n["reason"]: n for n in r["not_proposed"]}
assert "override-deny rule no-debug-port" in reasons, r["not_proposed"]
assert reasons["override-deny rule no-debug-port"]["service"] == "tcp/9001"
assert "intent no-smb-between-workstations (blocked)" in reasons, r["not_proposed"]
for rule in r["rules"]:
    assert "tcp/9001" not in rule["services"], rule
    assert "smb" not in rule["services"], rule
assert r["proof"]["holds"] and r["proof"]["admitted"] == r["proof"]["total"] == 9, r["proof"]
assert r["summary"]["not_proposed"] == 2, r["summary"]
PY

# A malformed line: discover warns as flows check does, and its JSON `read` object has the
# same fields and values as check's.
cp "$dir/od.csv" "$dir/bad.csv"
echo "10.1.0.11,10.1.0.12,tcp,99999,accept,$t" >> "$dir/bad.csv"
set +e
"$bin" flows discover --policy "$dir/od" "$dir/bad.csv" --format json > "$dir/bad-d.json" 2> "$dir/bad-d.err"
"$bin" flows check "$dir/od" "$dir/bad.csv" --format json > "$dir/bad-c.json" 2> "$dir/bad-c.err"
set -e
python3 - "$dir/bad-d.json" "$dir/bad-c.json" "$dir/bad.csv" <<'PY' || fail "discover read stats"
import json, sys
d, c = (json.load(open(p))["read"] for p in sys.argv[1:3])
assert d == c, (d, c)
n = len(open(sys.argv[3]).read().splitlines())
assert d["malformed"] == 1 and d["files"] == 1 and d["bytes"] > 0, d
assert d["first_errors"] == [f"{sys.argv[3]}:{n}: invalid port '99999': expected 0-65535"], d
PY
grep -q "warning: logs: 1 malformed line skipped" "$dir/bad-d.err" || fail "discover warning: $(cat "$dir/bad-d.err")"
[ "$(grep -A1 "malformed line" "$dir/bad-d.err")" = "$(grep -A1 "malformed line" "$dir/bad-c.err")" ] ||
  fail "warnings differ: $(cat "$dir/bad-d.err" "$dir/bad-c.err")"

# Without a policy: exact addresses, a file that validates on its own.
set +e
"$bin" flows discover "$log" > "$dir/plain.yaml" 2> "$dir/plain.txt"; rc=$?
set -e
[ $rc -eq 0 ] || fail "discover without policy: exit $rc: $(cat "$dir/plain.txt")"
grep -q 'cidr: "10.10.0.60/32"' "$dir/plain.yaml" || fail "plain: $(cat "$dir/plain.yaml")"
grep -q "no policy given" "$dir/plain.txt" || fail "plain note: $(cat "$dir/plain.txt")"
"$bin" validate "$dir/plain.yaml" > /dev/null 2>&1 || fail "plain validate"

# -o to an unwritable place: exit 3.
set +e
"$bin" flows discover --policy "$policy" "$log" -o "$dir/missing/dir/x.yaml" > /dev/null 2>&1; rc=$?
set -e
[ $rc -eq 3 ] || fail "unwritable output: exit $rc"
echo ok
