#!/usr/bin/env bash
# bulkhead matrix on the bundled example: JSON shape and cells that the policy pins down.
set -euo pipefail
bin=$1
cd "${BULKHEAD_SOURCE_DIR:?}"
fail() { echo "FAIL: $*" >&2; exit 1; }
"$bin" matrix examples/enterprise --format json --by zone | python3 -c '
import json, sys
m = json.load(sys.stdin)
assert m["by"] == "zone"
names = [s["name"] for s in m["services"]]
assert names == ["smb","netbios-ns","netbios-dgm","netbios-ssn","rpc-epmap","rpc-dynamic","rdp","winrm-http","winrm-https"], names
cells = {(c["from"], c["to"], c["service"]): c for c in m["cells"]}
# SMB between office workstations is blocked by the baseline.
assert cells[("ws-hq","ws-hq","smb")]["reachable"] == "none"
# Two unmanaged printers in one zone: a gap nothing enforces.
assert cells[("printers","printers","smb")]["gap"] is True
assert all(c["reachable"] in ("all","some","none") for c in m["cells"])
' || fail "zone matrix"
# Every zone appears, the guest Wi-Fi zone without inventory hosts included (as its plain
# address space).
"$bin" matrix examples/enterprise --format json --by zone --services smb | python3 -c '
import json, sys, yaml
m = json.load(sys.stdin)
zones = [z["name"] for z in yaml.safe_load(open("examples/enterprise/10-zones.yaml"))["zones"]]
groups = {g["name"]: g for g in m["groups"]}
missing = [z for z in zones if z not in groups]
assert not missing, missing
assert groups["wifi"].get("plain_addresses") is True, groups["wifi"]
cells = {(c["from"], c["to"]): c for c in m["cells"]}
assert cells[("wifi","ws-hq")]["flows"] is True
' || fail "every zone appears"
# The table explains its marks and points to the glossary.
out=$("$bin" matrix examples/enterprise --services smb)
grep -q "^legend: Y reachable" <<<"$out" || fail "legend"
grep -q "plain (unregistered) address space: .*wifi" <<<"$out" || fail "plain zone note"
grep -q "terms: docs/glossary.md" <<<"$out" || fail "glossary pointer"
[ -f docs/glossary.md ] || fail "docs/glossary.md is missing"
"$bin" matrix examples/enterprise --format json --by host --services smb | python3 -c '
import json, sys
m = json.load(sys.stdin)
cells = {(c["from"], c["to"]): c for c in m["cells"]}
assert cells[("ws-hq-01","fs-01")]["reachable"] == "all"
assert cells[("ws-hq-01","fs-01")]["rules"][0]["name"] == "workstations-to-file-servers"
assert ("ws-hq-01","ws-hq-01") not in cells
groups = {g["name"]: g["hosts"] for g in m["groups"]}
assert groups["ws-hq-01"] == ["ws-hq-01"], groups["ws-hq-01"]
' || fail "host matrix"
"$bin" matrix examples/enterprise --services rdp,tcp/8443 | grep "^rdp (tcp/3389, udp/3389)" > /dev/null || fail "table"
set +e
"$bin" matrix examples/enterprise --services nosuch 2>/dev/null; code=$?
set -e
[ "$code" -eq 2 ] || fail "unknown service: exit $code"
echo "matrix: all checks passed"
