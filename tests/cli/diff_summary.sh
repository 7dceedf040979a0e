#!/usr/bin/env bash
# The summaries a security engineer reads first: diff opens with the rule edits (each with
# the flow changes it causes, merged), the intents and coverage statuses that change;
# blast-radius names every service of a hop; each points to docs/glossary.md.
set -euo pipefail
bin=$1
cd "${BULKHEAD_SOURCE_DIR:?}"
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r examples/enterprise "$tmp/new"
cat >"$tmp/new/60-extra.yaml" <<'EOF'
bulkhead: 1
rules:
  - name: helpdesk-rdp-to-file-servers
    action: allow
    from: {role: workstation}
    to: {role: file-server}
    services: [rdp]
EOF
set +e
"$bin" diff examples/enterprise "$tmp/new" >"$tmp/out"; code=$?
set -e
[ "$code" -eq 1 ] || fail "diff exit $code"
sed -n 2p "$tmp/out" | grep -q "^rules: 1 added, 0 removed, 0 changed$" || fail "rule summary: $(sed -n 2p "$tmp/out")"
sed -n 3p "$tmp/out" | grep -q "^  added   helpdesk-rdp-to-file-servers" || fail "added rule line"
sed -n 4p "$tmp/out" | grep -q "newly-reachable on rdp between [0-9]* class pairs" || fail "merged line"
grep -q "^intents: " "$tmp/out" || fail "intents line"
grep -q "^coverage (ATT&CK M1030): " "$tmp/out" || fail "coverage line"
grep -q "T1021.001 Remote Desktop Protocol: addressed -> " "$tmp/out" || fail "rdp coverage change"
grep -q "terms: docs/glossary.md" "$tmp/out" || fail "diff glossary pointer"
"$bin" diff examples/enterprise "$tmp/new" --format json >"$tmp/json" || true
python3 - "$tmp/json" <<'EOF' || fail "diff json summary"
import json, sys
r = json.load(open(sys.argv[1]))
[e] = r["rule_changes"]
assert e["edit"] == "added" and e["rule"] == "helpdesk-rdp-to-file-servers", e
assert sorted(e["changes"]) == list(range(len(r["changes"]))), e
assert r["other_changes"] == [] and r["intent_changes"] == []
assert any(c["technique"] == "T1021.001" for c in r["coverage_changes"])
EOF
"$bin" blast-radius examples/enterprise --from ws-hq-01 >"$tmp/blast"
grep -q -- "-\[rpc-epmap tcp/135, smb tcp/445, rpc-dynamic tcp/49152-65535+udp/49152-65535\]-> dc-01" \
  "$tmp/blast" || fail "blast-radius hop to dc-01 does not list every service"
if grep -qE "tcp/0([^-0-9]|$)" "$tmp/blast"; then fail "tcp/0 as a service"; fi
grep -q "terms: docs/glossary.md" "$tmp/blast" || fail "blast-radius glossary pointer"
"$bin" blast-radius examples/enterprise --all --top 3 | grep "terms: docs/glossary.md" > /dev/null ||
  fail "ranking glossary pointer"
[ -f docs/glossary.md ] || fail "docs/glossary.md is missing"
echo "diff_summary: all checks passed"
