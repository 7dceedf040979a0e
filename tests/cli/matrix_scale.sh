#!/usr/bin/env bash
# bulkhead matrix at scale: the streamed JSON is exactly what a pretty printer writes for
# the parsed document (by zone, class and host), and --by host refuses more than 5 million
# cells with exit 2 and a message naming the count and the other groupings.
set -euo pipefail
bin=$1
cd "${BULKHEAD_SOURCE_DIR:?}"
fail() { echo "FAIL: $*" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Cells are written one at a time; the text must still be the document dumped whole.
for by in zone class host; do
  "$bin" matrix examples/enterprise --format json --by "$by" >"$work/$by.json" ||
    fail "matrix --by $by"
  python3 - "$work/$by.json" "$by" <<'PY' || fail "streamed JSON --by $by"
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
doc = json.loads(text)
assert list(doc) == ["by", "services", "groups", "cells"], list(doc)
assert doc["by"] == sys.argv[2]
ng, ns = len(doc["groups"]), len(doc["services"])
pairs = ng * (ng - 1) if sys.argv[2] == "host" else ng * ng
assert len(doc["cells"]) == pairs * ns, (len(doc["cells"]), pairs * ns)
for c in doc["cells"][:50]:
    assert list(c) == ["from", "to", "service", "flows", "reachable", "intended", "gap", "rules"], list(c)
assert text == json.dumps(doc, indent=2, ensure_ascii=False) + "\n", "not the pretty dump"
# A lone host with itself is no flow, nor are two groups with no address family in
# common (an IPv4-only zone and the IPv6 link-local range); such cells claim nothing.
lone = [c for c in doc["cells"] if not c["flows"]]
for c in lone:
    assert c["reachable"] == "none" and c["rules"] == [], c
assert any(c["from"] == c["to"] for c in lone) or sys.argv[2] != "class", "no lone diagonal"
if sys.argv[2] == "class":
    assert lone, "the example has classes of one host"
PY
done

# No rule at all: every cell is blocked and lists no rules ("rules": []).
cat >"$work/empty.yaml" <<'YAML'
bulkhead: 1
zones:
  - {name: office, cidrs: [10.0.0.0/24]}
hosts:
  - {name: a, address: 10.0.0.1}
  - {name: b, address: 10.0.0.2}
YAML
"$bin" matrix "$work/empty.yaml" --by host --services smb --format json >"$work/empty.json" 2>/dev/null ||
  fail "matrix of a policy without rules"
python3 - "$work/empty.json" <<'PY' || fail "policy without rules"
import json, sys
text = open(sys.argv[1]).read()
doc = json.loads(text)
assert [(c["from"], c["to"], c["rules"]) for c in doc["cells"]] == [("a", "b", []), ("b", "a", [])]
assert text == json.dumps(doc, indent=2) + "\n"
PY

# 750 hosts: 750 × 749 host pairs × 9 lateral-movement services = 5,055,750 cells.
python3 - >"$work/big.yaml" <<'PY'
print("bulkhead: 1")
print("zones:\n  - {name: office, cidrs: [10.0.0.0/16]}")
print("hosts:")
for i in range(750):
    print(f"  - {{name: h-{i:03d}, address: 10.0.{i // 250}.{i % 250 + 1}}}")
PY
set +e
"$bin" matrix "$work/big.yaml" --by host --format json >"$work/big.out" 2>"$work/big.err"
code=$?
set -e
[ "$code" -eq 2 ] || fail "--by host over the limit: exit $code"
[ ! -s "$work/big.out" ] || fail "--by host over the limit wrote output"
grep -q "750 hosts and 9 services make 5055750 cells" "$work/big.err" ||
  fail "limit message: $(cat "$work/big.err")"
grep -q -- "--by zone or --by class" "$work/big.err" || fail "limit message names no way out"
# Fewer services bring it under the limit; by zone and by class stay small.
"$bin" matrix "$work/big.yaml" --by host --services smb >"$work/host.txt" 2>/dev/null ||
  fail "--by host --services smb under the limit"
[ "$(grep -c '^  h-' "$work/host.txt")" -eq 750 ] || fail "host table rows"
"$bin" matrix "$work/big.yaml" --by zone --format json >/dev/null 2>&1 || fail "--by zone"
"$bin" matrix "$work/big.yaml" --by class --format json >/dev/null 2>&1 || fail "--by class"
echo "matrix_scale: all checks passed"
