#!/usr/bin/env bash
# Findings a security engineer can act on (issue #13), on examples/hospital: the default
# text of verify and exposure fits one screen and leads with the real risk (the domain
# controllers accept SMB and RPC from the DMZ); the two unmanaged printers make ONE root
# cause with its fix and the number of findings it closes; JSON is complete; SARIF has one
# result per root cause and location; a failed intent's counterexample says what the
# intent expects and what the flow does.
set -euo pipefail
bin=$1
cd "${BULKHEAD_SOURCE_DIR:?}"
policy=examples/hospital
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
run() {  # run CMD... ; sets $code, stdout in $tmp/out
  set +e
  "$@" >"$tmp/out" 2>"$tmp/err"
  code=$?
  set -e
}

# --- the policy validates cleanly -------------------------------------------------------
run "$bin" validate "$policy"
[ "$code" -eq 0 ] || fail "validate exit $code: $(cat "$tmp/err")"
grep -qx "warnings: 0" "$tmp/out" || fail "validate warns: $(cat "$tmp/out")"
[ ! -s "$tmp/err" ] || fail "validate writes to stderr: $(cat "$tmp/err")"

# --- default text: one screen, the DMZ -> domain controller path first --------------------
check_summary() {  # check_summary NAME FILE
  local name=$1 file=$2 lines
  lines=$(wc -l <"$file")
  [ "$lines" -le 80 ] || fail "$name: default output has $lines lines (at most 80)"
  # The first root cause is the AD rule, graded high or critical, because it lets the DMZ
  # reach a domain controller on SMB/RPC.
  local first why
  first=$(grep -m1 -E '^ +1\. ' "$file") || fail "$name: no ranked root cause"
  why=$(grep -m1 -A1 -E '^ +1\. ' "$file" | tail -n1)
  echo "$first" | grep -Eq '^ +1\. (high|critical) +rule ad-services lets .*role=dc' \
    || fail "$name: first root cause is not the AD rule to the DCs: $first"
  echo "$first" | grep -Eq 'smb|rpc-epmap|rpc-dynamic' || fail "$name: first cause names no SMB/RPC: $first"
  echo "$why" | grep -q "from the DMZ" || fail "$name: first cause's why: $why"
  echo "$why" | grep -q "to a domain controller" || fail "$name: first cause's why: $why"
  grep -m1 -A2 -E '^ +1\. ' "$file" | grep -q "fix: narrow rule ad-services: take dmz out of its \`from\`" \
    || fail "$name: first cause's fix"
  # The printers: one root cause, with its fix and how many findings it closes.
  [ "$(grep -c 'unmanaged devices (prn-01 and prn-02) in zone printers' "$file")" -eq 1 ] \
    || fail "$name: the printers are not exactly one root cause"
  grep -A2 'in zone printers, which has no zone firewall' "$file" \
    | grep -Eq 'fix: mark the zone printers `firewall: true`' || fail "$name: printers' fix"
  grep -A3 'in zone printers, which has no zone firewall' "$file" \
    | grep -Eq '(closes|contributes to) [0-9]+( of [0-9]+)? finding' || fail "$name: printers' count"
}
run "$bin" verify "$policy"
[ "$code" -eq 1 ] || fail "verify exit $code"
cp "$tmp/out" "$tmp/verify.txt"
check_summary verify "$tmp/verify.txt"
grep -q "^verify hospital: 6 intents, " "$tmp/verify.txt" || fail "verify header"
grep -q "FAIL  dmz-cannot-move-laterally" "$tmp/verify.txt" || fail "verify: the DMZ intent fails"

run "$bin" exposure "$policy"
[ "$code" -eq 1 ] || fail "exposure exit $code"
cp "$tmp/out" "$tmp/exposure.txt"
check_summary exposure "$tmp/exposure.txt"
# The riskiest finding line names a DC and comes from the AD rule's sources.
grep -A1 '^top findings' "$tmp/exposure.txt" | tail -n1 | grep -Eq '^  (high|critical) .*role=dc' \
  || fail "exposure: first finding is not a DC: $(grep -A1 '^top findings' "$tmp/exposure.txt")"

# --- JSON is complete: every finding present and attributed --------------------------------
run "$bin" verify "$policy" --format json
python3 - "$tmp/out" <<'PY' || fail "verify json"
import json, sys
r = json.load(open(sys.argv[1])); s = r["summary"]
failed = [i for i in r["intents"] if not i["holds"]]
assert s["findings"] == len(r["findings"]) == len(failed) + len(r["gaps"]) + len(r["risks"]), s
kinds = {"intent": len(failed), "gap": len(r["gaps"]), "risk": len(r["risks"])}
for k, n in kinds.items():
    idx = sorted(f["index"] for f in r["findings"] if f["type"] == k)
    assert len(idx) == n and len(set(idx)) == n, (k, idx)
covered = set()
for c in r["root_causes"]:
    covered |= set(c["finding_indices"])
    assert c["closes"] + c["remain"] == c["findings"] == len(c["finding_indices"]), c
    assert c["fix"] and c["at"].startswith("examples/hospital/"), c
assert covered == set(range(len(r["findings"]))), "a finding without a root cause"
for f in r["findings"]:
    assert f["causes"], f
printers = [c for c in r["root_causes"] if c["kind"] == "unmanaged-zone" and "printers" in c["title"]]
assert len(printers) == 1, [c["title"] for c in r["root_causes"]]
# Every gap to or from a printer is explained by that one cause.
for f in r["findings"]:
    if f["type"] == "gap":
        g = r["gaps"][f["index"]]
        if "@printers" in g["to"]["class"]:
            assert r["root_causes"].index(printers[0]) in f["causes"], g
p = printers[0]
assert "zone printers" in p["title"] and p["fix"].startswith("mark the zone printers `firewall: true`"), p
assert p["findings"] >= 10 and p["closes"] >= 1, p
assert r["root_causes"][0]["kind"] == "allow-rule" and r["root_causes"][0]["risk"] in ("high", "critical")
# A failed intent's counterexample: the intent's expectation, the flow's verdict, the rule.
dmz = next(i for i in r["intents"] if i["name"] == "dmz-cannot-move-laterally")
assert not dmz["holds"]
for ex in dmz["counterexamples"]:
    assert ex["expected"] == "blocked" and ex["verdict"] == "reachable", ex
    assert "intended" not in ex and ex["rule"] == "ad-services" and ex["at"], ex
# The IPv4-only hosts never count IPv6 sources.
for g in r["gaps"]:
    assert isinstance(g["from"]["population"]["addresses_v4"], int)
print("verify json:", s)
PY

run "$bin" exposure "$policy" --format json
python3 - "$tmp/out" <<'PY' || fail "exposure json"
import json, sys
r = json.load(open(sys.argv[1]))
assert len(r["cells"]) == 9 * len(r["classes"])
findings = [i for i, c in enumerate(r["cells"]) if c["finding"]]
assert r["summary"]["findings"] == len(findings)
covered = set()
for c in r["root_causes"]:
    covered |= set(c["cells"])
assert covered == set(findings), (sorted(set(findings) - covered))
for c in r["cells"]:
    # Every host of the hospital is IPv4-only: no IPv6 address is ever a source.
    for k in ("allowed_sources", "exposed_sources"):
        assert c[k]["addresses_v6"] == 0, (c["class"], c["service"], c[k])
printers = [c for c in r["root_causes"] if c["kind"] == "unmanaged-zone" and "printers" in c["title"]]
assert len(printers) == 1 and "prn-01 and prn-02" in printers[0]["title"], printers
assert set(printers[0]["cells"]) == {i for i, c in enumerate(r["cells"]) if c["finding"] and c["class"].endswith("@printers (unmanaged)")}
PY

# --- SARIF: one result per failed intent and per root cause (its location) -----------------
run "$bin" verify "$policy" --format sarif
[ "$code" -eq 1 ] || fail "sarif exit $code"
"$bin" verify "$policy" --format json >"$tmp/v.json" || true
python3 - "$tmp/out" "$tmp/v.json" <<'PY' || fail "sarif"
import json, sys
s = json.load(open(sys.argv[1])); v = json.load(open(sys.argv[2]))
res = s["runs"][0]["results"]
failed = sum(1 for i in v["intents"] if not i["holds"])
assert len(res) == failed + len(v["root_causes"]), (len(res), failed, len(v["root_causes"]))
gaps = [x for x in res if x["ruleId"] == "enforcement-gap"]
assert len(gaps) == sum(1 for c in v["root_causes"] if c["kind"] in ("unmanaged-zone", "audit-mode"))
assert len(gaps) < len(v["gaps"]), "one result per gap group, not per root cause"
keys = set()
for x in res:
    loc = x["locations"][0]["physicalLocation"]
    key = (x["ruleId"], loc["artifactLocation"]["uri"], loc["region"]["startLine"], x["message"]["text"])
    assert key not in keys, key
    keys.add(key)
    assert loc["artifactLocation"]["uri"].startswith("examples/hospital/")
PY

# --- details list everything -----------------------------------------------------------
"$bin" verify "$policy" --details >"$tmp/details" || true
[ "$(wc -l <"$tmp/details")" -gt "$(wc -l <"$tmp/verify.txt")" ] || fail "verify --details adds nothing"
grep -q "^enforcement gaps" "$tmp/details" || fail "verify --details lists the gaps"
# --- coverage: one screen, open checks grouped by root cause, the printers first --------
run "$bin" coverage "$policy"
[ "$code" -eq 1 ] || fail "coverage exit $code (techniques are open: 1)"
cp "$tmp/out" "$tmp/coverage.txt"
lines=$(wc -l <"$tmp/coverage.txt")
[ "$lines" -le 80 ] || fail "coverage: default output has $lines lines (at most 80)"
grep -q '^open checks by root cause' "$tmp/coverage.txt" || fail "coverage: no root causes"
first=$(grep -m1 -E '^ +1\. ' "$tmp/coverage.txt") || fail "coverage: no ranked root cause"
echo "$first" | grep -q 'zone printers' || fail "coverage: first root cause is not the printers: $first"
echo "$first" | grep -q 'firewall: true' || fail "coverage: first root cause has no fix: $first"
# Each open check is listed under one root cause only.
opens=$(grep -E '^ +opens ' "$tmp/coverage.txt" | sed -E 's/^ +opens (.*) in [0-9]+ techniques?;.*/\1/' | tr ',' '\n' | tr -d ' ')
[ -n "$opens" ] || fail "coverage: no open check listed"
[ "$(echo "$opens" | sort | uniq -d | wc -l)" -eq 0 ] || fail "coverage: a check under two causes"
"$bin" coverage "$policy" --details >"$tmp/cov-details" || true
[ "$(wc -l <"$tmp/cov-details")" -gt "$lines" ] || fail "coverage --details adds nothing"
grep -q '^T1602 Data from Configuration Repository: not addressed' "$tmp/cov-details" \
  || fail "coverage --details lists each technique's checks"

echo "hospital: all checks passed"
