#!/usr/bin/env bash
# The analysis commands on the bundled example: exit codes agree with the findings in the
# JSON, the JSON (and SARIF) has the documented shape, counterexamples replay through
# `bulkhead query`, diff sees exactly a change we make, and bad input exits 2.
set -euo pipefail
bin=$1
cd "${BULKHEAD_SOURCE_DIR:?}"
policy=examples/enterprise
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
run() {  # run CMD... ; sets $code, stdout in $tmp/out
  set +e
  "$@" >"$tmp/out" 2>"$tmp/err"
  code=$?
  set -e
}

# --- verify ---------------------------------------------------------------------------
run "$bin" verify "$policy" --format json
verify_code=$code
python3 - "$tmp/out" "$verify_code" <<'EOF' || fail "verify json"
import json, sys
r = json.load(open(sys.argv[1])); code = int(sys.argv[2])
s = r["summary"]
assert s["intents"] == len(r["intents"]) and s["gaps"] == len(r["gaps"])
assert s["failed"] == sum(1 for i in r["intents"] if not i["holds"])
assert code == (1 if s["failed"] or s["gaps"] else 0), (code, s)
for i in r["intents"]:
    assert {"name","at","verdict","holds","counterexamples"} <= i.keys()
    assert i["holds"] == (len(i["counterexamples"]) == 0)
    for ex in i["counterexamples"]:
        # What the intent expects and what the flow does; never a bare "intended".
        assert ex["expected"] == i["verdict"] and ex["verdict"] != ex["expected"], ex
        assert "intended" not in ex and "tier" in ex and "rule" in ex, ex
assert s["findings"] == len(r["findings"]) == s["failed"] + s["gaps"] + s["risks"], s
covered = set()
for c in r["root_causes"]:
    covered |= set(c["finding_indices"])
    assert c["fix"] and c["closes"] + c["remain"] == c["findings"], c
assert covered == set(range(len(r["findings"]))), "every finding has a root cause"
assert [i.get("description", "")[:10] for i in r["intents"]][:3] == ["ransomware", "", "the baseli"]
for g in r["gaps"]:
    ex = g["counterexample"]
    assert ex["reachable"] is True and ex["intended"] is False, ex
    assert g["host_pairs"] >= 0 and g["from"]["class"] and g["to"]["class"]
print("verify:", s)
EOF
run "$bin" verify "$policy" --format json --allow-gaps
python3 - "$tmp/out" "$code" <<'EOF' || fail "verify --allow-gaps"
import json, sys
r = json.load(open(sys.argv[1])); code = int(sys.argv[2])
assert code == (1 if r["summary"]["failed"] else 0), code
EOF

# Every gap's counterexample replays through `bulkhead query` with the same verdict.
# (verify exits 1 on gaps: keep its output in a file, not in a pipeline under pipefail.)
"$bin" verify "$policy" --format json >"$tmp/gaps.json" || true
python3 -c '
import json, sys
for g in json.load(sys.stdin)["gaps"][:20]:
    ex = g["counterexample"]
    print(ex["src"]["address"], ex["dst"]["address"], ex["proto"], ex["port"], ex["tier"], ex["rule"] or "")
' < "$tmp/gaps.json" > "$tmp/flows" || fail "verify --format json gaps"
# The example has gaps (an unmanaged zone without a firewall): none to replay is a failure.
[ -s "$tmp/flows" ] || fail "no gap counterexample to replay"
replayed=0
while read -r src dst proto port tier rule; do
  replayed=$((replayed + 1))
  service=$proto/$port
  [ "$proto" = icmp ] && service=icmp
  out=$("$bin" query "$policy" --from "$src" --to "$dst" --service "$service") || true
  python3 -c '
import json, sys
q = json.loads(sys.argv[1])
assert q["reachable"] is True and q["intended"] is False, q
assert q["tier"] == sys.argv[2], (q, sys.argv[2])
assert (q["rule"] or "") == sys.argv[3], (q, sys.argv[3])
' "$out" "$tier" "${rule:-}" || fail "gap counterexample $src -> $dst $service does not replay"
done < "$tmp/flows"
[ "$replayed" -gt 0 ] || fail "replayed no gap counterexample"

# SARIF 2.1.0: one result per failed intent and per root cause, each located in a policy
# file.
"$bin" verify "$policy" --format json >"$tmp/verify.json" || true
run "$bin" verify "$policy" --format sarif
[ "$code" -eq "$verify_code" ] || fail "sarif exit $code, json exit $verify_code"
python3 - "$tmp/out" "$tmp/verify.json" <<'EOF' || fail "sarif shape"
import json, sys
s = json.load(open(sys.argv[1])); v = json.load(open(sys.argv[2]))
failed = sum(1 for i in v["intents"] if not i["holds"])
assert len(s["runs"][0]["results"]) == failed + len(v["root_causes"]), "one result per root cause"
assert s["version"] == "2.1.0" and s["$schema"].endswith("sarif-2.1.0.json")
run = s["runs"][0]
assert run["tool"]["driver"]["name"] == "bulkhead"
ids = {r["id"] for r in run["tool"]["driver"]["rules"]}
for res in run["results"]:
    assert res["ruleId"] in ids and res["message"]["text"]
    loc = res["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"].startswith("examples/enterprise/"), loc
    assert loc["region"]["startLine"] >= 1
print("sarif results:", len(run["results"]))
EOF
"$bin" verify "$policy" >"$tmp/table" || true
grep -q "^verify enterprise: " "$tmp/table" || fail "verify table header"
[ "$(wc -l <"$tmp/table")" -le 80 ] || fail "verify summary is longer than a screen"
grep -q "^next: " "$tmp/table" || fail "verify summary says what to do next"

# --- exposure -------------------------------------------------------------------------
run "$bin" exposure "$policy" --format json
python3 - "$tmp/out" "$code" <<'EOF' || fail "exposure json"
import json, sys
r = json.load(open(sys.argv[1])); code = int(sys.argv[2])
names = [s["name"] for s in r["services"]]
assert names == ["smb","netbios-ns","netbios-dgm","netbios-ssn","rpc-epmap","rpc-dynamic","rdp","winrm-http","winrm-https"], names
grades = {c["grade"] for c in r["cells"]}
assert grades <= {"protected","allowed","exposed"}
assert code == (1 if "exposed" in grades else 0), code
risks = ["none","info","low","medium","high","critical"]
order = [risks.index(c["risk"]) for c in r["cells"]]
assert order == sorted(order, reverse=True), "cells are riskiest first"
for c in r["cells"]:
    if c["grade"] == "exposed":
        assert c["reasons"] and c["example"]["reachable"] is True
assert len(r["cells"]) == 9 * len(r["classes"])
EOF
"$bin" exposure "$policy" >"$tmp/table" || true
grep -q "^by service" "$tmp/table" || fail "exposure table"
[ "$(wc -l <"$tmp/table")" -le 80 ] || fail "exposure summary is longer than a screen"
"$bin" exposure "$policy" --details >"$tmp/table" || true
grep -q "^by class" "$tmp/table" || fail "exposure --details"

# --- blast radius ---------------------------------------------------------------------
first_host=$(python3 -c '
import json, sys
print(json.load(open(sys.argv[1]))["classes"][0]["hosts"][0])' "$tmp/out")
run "$bin" blast-radius "$policy" --from "$first_host" --format json
[ "$code" -eq 0 ] || fail "blast-radius --from exit $code"
python3 - "$tmp/out" "$first_host" <<'EOF' || fail "blast-radius json"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["start"]["host"] == sys.argv[2]
seen = set()
for i, hop in enumerate(r["hops"], 1):
    assert hop["hop"] == i
    for h in hop["hosts"]:
        assert h["host"] not in seen and h["host"] != sys.argv[2]
        seen.add(h["host"])
        assert h["path"][0] == sys.argv[2] and h["path"][-1] == h["host"] and len(h["path"]) == i + 1
assert r["total"] == len(seen)
EOF
run "$bin" blast-radius "$policy" --all --top 5 --format json
[ "$code" -eq 0 ] || fail "blast-radius --all exit $code"
python3 - "$tmp/out" <<'EOF' || fail "blast-radius ranking"
import json, sys
r = json.load(open(sys.argv[1]))["ranking"]
assert 1 <= len(r) <= 5
radii = [e["radius"] for e in r]
assert radii == sorted(radii, reverse=True)
EOF
run "$bin" blast-radius "$policy" --from 203.0.113.9 --services any --max-hops 1 --format json
[ "$code" -eq 0 ] || fail "blast-radius from an internet address"
run "$bin" blast-radius "$policy"
[ "$code" -eq 2 ] || fail "blast-radius without --from or --all: exit $code"

# --- diff -----------------------------------------------------------------------------
run "$bin" diff "$policy" "$policy" --format json
[ "$code" -eq 0 ] || fail "diff of a policy with itself: exit $code"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); assert r["changes"] == [], r["summary"]' "$tmp/out" \
  || fail "diff of a policy with itself has changes"
cp -r "$policy" "$tmp/new"
cat > "$tmp/new/60-extra.yaml" <<'EOF'
bulkhead: 1
rules:
  - name: helpdesk-rdp-to-file-servers
    action: allow
    from: {role: workstation}
    to: {role: file-server}
    services: [rdp]
EOF
run "$bin" diff "$policy" "$tmp/new" --format json
[ "$code" -eq 1 ] || fail "diff with a new allow rule: exit $code"
python3 - "$tmp/out" <<'EOF' || fail "diff json"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["summary"]["newly_blocked"] == 0 and r["summary"]["newly_reachable"] >= 1
for c in r["changes"]:
    assert c["change"] == "newly-reachable" and c["service"] == "rdp", c
    assert [x["name"] for x in c["new_rules"]] == ["helpdesk-rdp-to-file-servers"]
    assert c["example"]["old"]["reachable"] is False and c["example"]["new"]["reachable"] is True
    assert c["from"]["hosts"] and c["to"]["hosts"]
EOF
run "$bin" diff "$policy" "$tmp/new" --fail-on blocked
[ "$code" -eq 0 ] || fail "diff --fail-on blocked: exit $code"
run "$bin" diff "$tmp/new" "$policy" --fail-on any
[ "$code" -eq 1 ] || fail "diff back --fail-on any: exit $code"

# --- coverage -------------------------------------------------------------------------
run "$bin" coverage "$policy" --format json
python3 - "$tmp/out" "$code" <<'EOF' || fail "coverage json"
import json, sys
r = json.load(open(sys.argv[1])); code = int(sys.argv[2])
ids = [t["id"] for t in r["techniques"]]
want = ["T1098","T1098.001","T1557","T1557.001","T1612","T1613","T1136","T1136.002","T1136.003",
        "T1602","T1602.001","T1602.002","T1565","T1565.003","T1610","T1482","T1048","T1048.001",
        "T1048.002","T1048.003","T1190","T1210","T1133","T1046","T1040","T1095","T1571","T1563",
        "T1563.002","T1021","T1021.001","T1021.003","T1021.006","T1489","T1072","T1199","T1552",
        "T1552.007","T1669"]
assert ids == want, ids
statuses = {"addressed","partially","not addressed","needs purpose","not applicable"}
for t in r["techniques"]:
    assert t["status"] in statuses and t["checks"]
    if t["status"] == "needs purpose":
        assert t["missing_purposes"] and "declare a zone with purpose: " in t["summary"], t
    for c in t["checks"]:
        assert c["state"] in ("open","closed","needs purpose","n/a")
        if c["state"] == "open" and c["open_class_pairs"] > 0:
            assert c["counterexample"]["reachable"] is True
assert code == (1 if any(t["status"] == "not addressed" for t in r["techniques"]) else 0)
EOF
"$bin" coverage "$policy" --brief >"$tmp/table" || true
grep -q "T1669" "$tmp/table" || fail "coverage table"

# --- bad input ------------------------------------------------------------------------
for cmd in "verify" "exposure" "coverage" "blast-radius --all"; do
  run "$bin" $cmd "$tmp/no-such-policy.yaml"
  [ "$code" -eq 2 ] || fail "$cmd on a missing file: exit $code"
done
run "$bin" diff "$policy" "$tmp/no-such-policy.yaml"
[ "$code" -eq 2 ] || fail "diff with a missing file: exit $code"
# Both versions load at once; the errors of each are reported, the old one's first.
printf 'bulkhead: 1\nzones: [\n' >"$tmp/bad-old.yaml"
printf 'bulkhead: 1\nrulez: []\n' >"$tmp/bad-new.yaml"
run "$bin" diff "$tmp/bad-old.yaml" "$tmp/bad-new.yaml"
[ "$code" -eq 2 ] || fail "diff of two bad files: exit $code"
grep -n "" "$tmp/err" | grep -q "^1:.*bad-old.yaml:3:1: error: YAML syntax error" \
  || fail "diff: the old file's error first: $(cat "$tmp/err")"
grep -q "bad-new.yaml:2:1: error: unknown key 'rulez'" "$tmp/err" || fail "diff: the new file's error"
grep -q "^2 errors; nothing was written$" "$tmp/err" || fail "diff: error count"
run "$bin" blast-radius "$policy" --from no-such-host
[ "$code" -eq 2 ] || fail "blast-radius from an unknown host: exit $code"
echo "analysis: all checks passed"
