#!/usr/bin/env bash
# The Windows walk-through of docs/flows.md, on a real pfirewall.log from the shared
# samples (read in place): before switching the application server of a branch office to
# deny-by-default, `flows check --impact` lists the accepted flows its firewall would then
# drop, each with the default or rule that decides it. The counts are those the doc shows.
set -euo pipefail
bin=$1
cd "${BULKHEAD_SOURCE_DIR:?}"
fail() { echo "FAIL: $*" >&2; exit 1; }
log=../shared/data/samples/windows-firewall-log/pfirewall_pmbibe_2020_excerpt.log
if [ ! -f "$log" ]; then
  if [ -z "${BULKHEAD_REQUIRE_SHARED_DATA:-}" ]; then
    echo "SKIP: $log is absent (the shared data sits beside the project)"
    exit 77
  fi
  fail "$log is absent and BULKHEAD_REQUIRE_SHARED_DATA is set"
fi
policy=docs/examples/branch-office.yaml
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

"$bin" validate "$policy" > /dev/null 2>&1 || fail "the walk-through's policy does not validate"
set +e
"$bin" flows check "$policy" "$log" --impact --format json > "$tmp/impact.json"
code=$?
"$bin" flows check "$policy" "$log" --impact > "$tmp/impact.txt"
set -e
[ "$code" -eq 0 ] || fail "--impact: exit $code (impact alone is not a failure)"
python3 - "$tmp/impact.json" <<'PY' || fail "impact figures differ from docs/flows.md"
import json, sys
r = json.load(open(sys.argv[1]))
s = r["summary"]
assert s["flows"] == 2338 and s["accepted"] == 1700 and s["rejected"] == 638, s
assert s["impact_flows"] == 13, s
# Every impact group is decided by app-81's inbound default, nothing by a rule.
for g in r["impact"]:
    assert "app-81" in json.dumps(g), g
PY
grep -q "impact: 13 accepted flows this policy blocks, in 6 groups" "$tmp/impact.txt" ||
  fail "the text summary differs from docs/flows.md"
grep -q "web-through-the-proxy (docs/examples/branch-office.yaml:27): 1 class pair used, 3 unused" "$tmp/impact.txt" ||
  fail "the unused-rule finding differs from docs/flows.md"
echo "flows_windows_sample: ok"
