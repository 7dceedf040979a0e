#!/usr/bin/env bash
# bulkhead audit: exit codes, a shadowed rule reported at its line, the JSON and SARIF
# forms, bulkhead's own rendered nftables JSON, and bad input located at file:line:column.
set -euo pipefail
bin=$1
cd "${BULKHEAD_SOURCE_DIR:?}"
data=tests/unit/ruleset/data
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
run() { set +e; out=$("$bin" audit "$@" 2>&1); code=$?; set -e; }

# Findings: exit 1; the shadowed DROP at line 13 is named with the ACCEPT at line 12.
run "$data/host.iptables"
[ "$code" -eq 1 ] || fail "iptables: exit $code: $out"
grep -q '^  shadowed  *1$' <<< "$out" || fail "iptables: shadowed count: $out"
grep -q "^  $data/host.iptables:13 \[filter INPUT (IPv4)\] -A INPUT -s 10.20.9.9/32" <<< "$out" \
  || fail "iptables: shadowed line: $out"
grep -q "host.iptables:12 '-A INPUT -p tcp -m tcp --dport 445 -j ACCEPT' takes all of it first" <<< "$out" \
  || fail "iptables: shadowing rule: $out"
grep -q "host.iptables:14:17: ipset 'blocklist'" <<< "$out" || fail "iptables: ipset note: $out"

# The seed table comes first: RDP is open from the iprange only, by line 15; SMB from any.
head -1 <<< "$out" | grep -q '^seed table (inbound connections to block' || fail "seed: first line: $out"
grep -q "^    rdp          open from 10.30.0.1-10.30.0.99, e.g. tcp 10.30.0.1:0 -> 0.0.0.0:3389 by $data/host.iptables:15 " <<< "$out" \
  || fail "seed: rdp row: $out"
grep -q "^    smb          open from any IPv4" <<< "$out" || fail "seed: smb row: $out"
grep -q "^    winrm-http   blocked$" <<< "$out" || fail "seed: winrm row: $out"
run "$data/host.iptables" --role file-server --fail-on none
grep -q "^    smb          exempt (--role file-server)$" <<< "$out" || fail "seed: file server: $out"
run "$data/host.iptables" --fail-on open
[ "$code" -eq 1 ] || fail "fail-on open: exit $code"

# Correlated and generalization are warnings: failing only on them, a set without them passes.
run "$data/host.iptables" --fail-on correlated,generalization
[ "$code" -eq 0 ] || fail "fail-on warnings: exit $code: $out"
run "$data/host.iptables" --fail-on none
[ "$code" -eq 0 ] || fail "fail-on none: exit $code"

# A clean rule set: exit 0.
cat > "$tmp/clean.rules" <<'RULES'
*filter
:INPUT DROP [0:0]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A INPUT -s 10.0.0.0/8 -p tcp -m tcp --dport 22 -j ACCEPT
COMMIT
RULES
run "$tmp/clean.rules" --fail-on errors,open
[ "$code" -eq 0 ] || fail "clean: exit $code: $out"
grep -q "filter INPUT (IPv4) (.*clean.rules): 0 of 9 open" <<< "$out" || fail "clean: seed: $out"

# A file server keeps SMB: --role file-server drops the over-broad finding on 445.
run "$data/host.iptables" --fail-on over-broad --role file-server
[ "$code" -eq 0 ] || fail "file-server: exit $code: $out"
run "$data/host.iptables" --fail-on over-broad
[ "$code" -eq 1 ] || fail "over-broad: exit $code: $out"

# JSON: every finding with its rule, the others and a witness inside both.
set +e
"$bin" audit "$data/host.nft.json" --format json > "$tmp/a.json"
code=$?
set -e
[ "$code" -eq 1 ] || fail "json: exit $code"
python3 - "$tmp/a.json" <<'PY' || fail "json content"
import json, sys
doc = json.load(open(sys.argv[1]))
sh = [f for f in doc["findings"] if f["kind"] == "shadowed"]
assert len(sh) == 1, sh
f = sh[0]
assert f["rule"]["at"].endswith("host.nft.json:29:3"), f
assert f["others"][0]["at"].endswith("host.nft.json:22:3"), f
assert f["witness"]["src"] == "10.1.2.3" and f["witness"]["dport"] == 443, f
assert doc["summary"]["shadowed"] == 1 and doc["summary"]["over-broad"] == 1, doc["summary"]
ob = [f for f in doc["findings"] if f["kind"] == "over-broad"]
assert ob[0]["services"] == ["smb"] and ob[0]["witness"]["dport"] == 445, ob
assert doc["files"][0]["format"] == "nft-json"
seed = doc["seed_table"][0]
assert seed["point"] == "inet filter input", seed
rows = {r["service"]: r for r in seed["services"]}
assert rows["smb"]["status"] == "open" and rows["smb"]["sources"] == ["any IPv4", "any IPv6"], rows["smb"]
assert rows["smb"]["rule"]["at"].endswith("host.nft.json:35:3"), rows["smb"]
assert rows["rdp"]["status"] == "blocked", rows["rdp"]
PY

# SARIF: one result per finding, at the rule's line.
set +e
"$bin" audit "$data/host.iptables" --format sarif > "$tmp/a.sarif"
set -e
python3 - "$tmp/a.sarif" <<'PY' || fail "sarif content"
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["version"] == "2.1.0"
res = doc["runs"][0]["results"]
sh = [r for r in res if r["ruleId"] == "shadowed"]
assert len(sh) == 1 and sh[0]["level"] == "error", sh
loc = sh[0]["locations"][0]["physicalLocation"]
assert loc["artifactLocation"]["uri"].endswith("host.iptables") and loc["region"]["startLine"] == 13, loc
assert {r["ruleId"] for r in res} >= {"shadowed", "redundant", "over-broad", "unreachable"}
PY

# bulkhead's own rendered nftables JSON imports: one table (the render deletes and adds
# it again), two base chains, and the prerouting one is the seed table's inbound point
# (tests/cli/audit_render.sh audits renders in depth).
"$bin" render examples/enterprise -t nftables-json --host nvr-01 > "$tmp/nvr.json"
run "$tmp/nvr.json" --fail-on none
[ "$code" -eq 0 ] || fail "rendered: exit $code: $out"
grep -q "^audited 1 file: 2 points" <<< "$out" || fail "rendered: points: $out"
grep -q "^  inet bulkhead input (.*nvr.json): [0-9] of 9 open$" <<< "$out" || fail "rendered: seed: $out"

# Logging, as the seed table recommends: a LOG of SMB (high volume: "Enable Logging: No")
# is a warning naming the rule; a LOG of RDP ("Yes") is not, nor a rate-limited LOG.
cat > "$tmp/log.rules" <<'RULES'
*filter
:INPUT DROP [0:0]
-A INPUT -p tcp --dport 445 -j LOG --log-prefix "smb "
-A INPUT -p tcp --dport 3389 -j LOG --log-prefix "rdp "
-A INPUT -p udp --dport 137 -m limit --limit 5/min -j LOG
COMMIT
RULES
run "$tmp/log.rules"
[ "$code" -eq 0 ] || fail "logging: exit $code (a warning does not fail): $out"
grep -A1 "^    smb  " <<< "$out" | grep -q "^      warning: logged by $tmp/log.rules:3 '-A INPUT -p tcp --dport 445 -j LOG --log-prefix \"smb \"': the seed table recommends not logging this high-volume service$" \
  || fail "logging: smb warning: $out"
[ "$(grep -c "warning: logged by" <<< "$out")" -eq 1 ] || fail "logging: one warning only: $out"
"$bin" audit "$tmp/log.rules" --format json > "$tmp/log.json"
python3 - "$tmp/log.json" <<'PY' || fail "logging: JSON"
import json, sys
rows = {r["service"]: r for r in json.load(open(sys.argv[1]))["seed_table"][0]["services"]}
assert rows["smb"]["logging_against_table"] is True, rows["smb"]
assert rows["rdp"]["logging_against_table"] is False, rows["rdp"]
assert "logged_by" not in rows["netbios-ns"], rows["netbios-ns"]
PY

# Bad input: exit 2 with file:line:column.
printf '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -s 10.0.0.300 -j DROP\nCOMMIT\n' > "$tmp/bad.rules"
run "$tmp/bad.rules"
[ "$code" -eq 2 ] || fail "bad iptables: exit $code: $out"
grep -q "bad.rules:3:13: error: '10.0.0.300' is not an address" <<< "$out" \
  || fail "bad iptables: message: $out"
printf '{"nftables": [\n  {"table": {"family": "inet", "name": "t"}},\n  {"chain": ]\n]}\n' > "$tmp/bad.json"
run "$tmp/bad.json"
[ "$code" -eq 2 ] || fail "bad json: exit $code: $out"
grep -q "bad.json:3:13: error: not valid JSON" <<< "$out" || fail "bad json: message: $out"
run "$tmp/missing.rules"
[ "$code" -eq 2 ] || fail "missing file: exit $code: $out"
echo "hello" > "$tmp/hello.txt"
run "$tmp/hello.txt"
[ "$code" -eq 2 ] || fail "unknown format: exit $code: $out"
grep -q "hello.txt:1:1: error: not a rule set" <<< "$out" || fail "unknown format: $out"
echo "audit: ok"
