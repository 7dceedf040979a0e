#!/usr/bin/env bash
# bulkhead status --windows-export: exit codes and the key lines of the report, on exports
# of dc-01 (examples/enterprise) built by tests/unit/windows/data/make_exports.py.
set -euo pipefail
bin=$1
cd "${BULKHEAD_SOURCE_DIR:?}"
data=tests/unit/windows/data
fail() { echo "FAIL: $*" >&2; exit 1; }
run() { set +e; out=$("$bin" status examples/enterprise --host dc-01 "$@" 2>&1); code=$?; set -e; }

# In sync: exit 0, no drift, no difference.
run --windows-export "$data/dc-01-in-sync.json"
[ "$code" -eq 0 ] || fail "in sync: exit $code: $out"
grep -q '^drift: none (' <<< "$out" || fail "in sync: drift line: $out"
grep -q '^effective: the machine decides every flow as the policy does' <<< "$out" \
  || fail "in sync: effective line: $out"

# A Group Policy discards local rules on the Domain profile: drift and openings, exit 1.
run --windows-export "$data/dc-01-gpo.json"
[ "$code" -eq 1 ] || fail "gpo: exit $code: $out"
grep -q "local-rules-discarded profile Domain: AllowLocalFirewallRules is False" <<< "$out" \
  || fail "gpo: drift line: $out"
grep -q "inbound, profile Domain: 'Active Directory Domain Controller - LDAP (TCP-In)' \[when .*lsass.exe listens\] lets through what the policy blocks" <<< "$out" \
  || fail "gpo: LDAP finding: $out"
# JSON: every finding; the policy side names the deciding rule and file:line as query does.
"$bin" status examples/enterprise --host dc-01 --windows-export "$data/dc-01-gpo.json" \
  --format json > /tmp/bh-status-$$.json && fail "gpo json: exit 0" || true
python3 - /tmp/bh-status-$$.json <<'PY' || { rm -f /tmp/bh-status-$$.json; fail "gpo json"; }
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["in_sync"] is False
assert [d["kind"] for d in doc["drift"]] == ["local-rules-discarded"], doc["drift"]
ldap = [f for f in doc["effective"]["findings"]
        if f["machine"]["rule"] == "Active Directory Domain Controller - LDAP (TCP-In)"]
assert len(ldap) == 1, doc["effective"]["findings"]
f = ldap[0]
assert f["direction"] == "inbound" and f["profiles"] == ["Domain"], f
assert f["machine"]["verdict"] == "allow" and f["policy"]["verdict"] == "block", f
assert f["example"]["dst"] == "10.20.0.10" and f["example"]["port"] == 389, f
assert f["regions"] > 0 and f["machine"]["at"].startswith("tests/unit/windows/data/dc-01-gpo.json:"), f
assert f["policy"]["tier"] in ("deny", "none") and (f["policy"]["at"] or f["policy"]["default"]), f
assert all(f["policy_rules"] for f in doc["effective"]["findings"])
PY
rm -f /tmp/bh-status-$$.json

# Edited by hand: the missing, changed, disabled and unexpected rules by name.
run --windows-export "$data/dc-01-edited.json"
[ "$code" -eq 1 ] || fail "edited: exit $code: $out"
grep -q "^  missing    'bulkhead in block lateral-movement/rdp #" <<< "$out" || fail "edited: missing: $out"
grep -q "^  changed    'bulkhead in allow jump-host-administers-managed-hosts #" <<< "$out" \
  || fail "edited: changed: $out"
grep -q "RemoteAddress: the machine's also has 10.30.0.0-10.30.0.9" <<< "$out" || fail "edited: detail: $out"
grep -q "^  disabled   'bulkhead in block lateral-movement/winrm-http #" <<< "$out" || fail "edited: disabled: $out"
grep -q "^  unexpected 'bulkhead in allow vendor-support'" <<< "$out" || fail "edited: unexpected: $out"
grep -q "inbound, profiles Domain, Private, Public: 'Contoso Backup Agent' lets through what the policy blocks" <<< "$out" \
  || fail "edited: effective: $out"

# Bad input: located error, exit 2; --windows-export needs --host.
bad=$(mktemp); trap 'rm -f "$bad"' EXIT
printf '{\n "Rules": [\n  {"Name": "a",, }\n ]\n}\n' > "$bad"
run --windows-export "$bad"
[ "$code" -eq 2 ] || fail "bad json: exit $code"
grep -q "^$bad:3:16: error: invalid JSON" <<< "$out" || fail "bad json: $out"
set +e; "$bin" status examples/enterprise --windows-export "$data/dc-01-in-sync.json" 2>/dev/null; code=$?; set -e
[ "$code" -eq 2 ] || fail "no --host: exit $code"
echo "status_windows: all checks passed"
