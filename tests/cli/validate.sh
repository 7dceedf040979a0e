#!/usr/bin/env bash
# `bulkhead validate`: a good policy exits 0 with its summary (text and JSON), a policy
# split over files and a directory merges, and a bad one exits 2 with every error located.
set -euo pipefail
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cat > "$work/policy.yaml" <<'YAML'
bulkhead: 1
name: acme
settings:
  management: {role: admin}
zones:
  - name: workstations
    cidrs: [10.10.0.0/16]
  - name: dmz
    cidrs: [172.16.10.0/24, "2001:db8:10::/64"]
    firewall: true
hosts:
  - name: ws-001
    address: 10.10.1.5
    labels: {role: workstation, os: windows}
  - name: fs-01
    address: 10.20.0.10
    labels: {role: file-server, os: windows}
  - name: adm-1
    address: 10.10.1.9
    labels: {role: admin}
  - name: printer-7
    address: 10.10.9.7
    managed: false
services:
  - name: payroll-api
    ports: [tcp/8443]
rules:
  - name: workstations-to-file-servers
    action: allow
    from: {role: workstation}
    to: {role: file-server}
    services: [smb, tcp/8443]
  - name: no-telnet
    action: override-deny
    from: any
    to: hosts
    services: [telnet]
baselines: [lateral-movement, host-essentials]
expect:
  - name: no-smb-between-workstations
    from: {role: workstation}
    to: {role: workstation}
    services: [smb]
    verdict: blocked
YAML

# Text summary.
out=$("$bin" validate "$work/policy.yaml" 2>"$work/err") || fail "validate exited $?"
[ ! -s "$work/err" ] || { cat "$work/err"; fail "unexpected diagnostics on a clean policy"; }
grep -qx 'policy acme: valid' <<<"$out" || fail "no validity line: $out"
grep -q '^zones: 2$' <<<"$out" || fail "zone count: $out"
grep -q 'dmz .*172.16.10.0/24, 2001:db8:10::/64  (firewall)' <<<"$out" || fail "dmz line: $out"
grep -q '^hosts: 4 (3 managed, 1 unmanaged)$' <<<"$out" || fail "host counts: $out"
grep -q 'os=windows  *2$' <<<"$out" || fail "label count: $out"
grep -q '^rules: 25 (allow 1, deny 0, override-deny 1; baseline rows 23: lateral-movement 9, host-essentials 14)$' \
  <<<"$out" || fail "rule counts: $out"
grep -q '^expects: 1$' <<<"$out" || fail "expects: $out"
grep -q '^warnings: 0$' <<<"$out" || fail "warnings: $out"

# JSON summary.
"$bin" validate "$work/policy.yaml" --format json >"$work/out.json"
python3 - "$work/out.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert list(d) == ["valid", "name", "files", "zones", "hosts", "services", "rules", "expects",
                   "warnings"], list(d)
assert d["valid"] is True and d["name"] == "acme", d
assert [z["name"] for z in d["zones"]] == ["workstations", "dmz"]
assert d["zones"][1] == {"name": "dmz", "cidrs": ["172.16.10.0/24", "2001:db8:10::/64"],
                         "firewall": True}, d["zones"][1]
assert d["hosts"] == {"total": 4, "managed": 3, "unmanaged": 1,
                      "labels": {"os=windows": 2, "role=admin": 1, "role=file-server": 1,
                                 "role=workstation": 1}}, d["hosts"]
assert d["services"][:2] == ["smb", "netbios-ns"] and "tcp/8443" in d["services"], d["services"]
assert d["services"][-2:] == ["udp/547", "udp/546"], d["services"]
assert "telnet" in d["services"]
assert d["rules"] == {"total": 25, "allow": 1, "deny": 0, "override-deny": 1, "baseline": 23,
                      "baselines": ["lateral-movement", "host-essentials"]}, d["rules"]
assert d["expects"] == 1 and d["warnings"] == 0
PY

# Warnings are printed with their position, counted, and do not fail.
sed 's/management: {role: admin}/log_rate: 5\/minute/' "$work/policy.yaml" >"$work/warn.yaml"
out=$("$bin" validate "$work/warn.yaml" 2>"$work/err") || fail "warnings made validate fail"
grep -qx "$work/warn.yaml:3:1: warning: anti-lockout has no management hosts: .*" "$work/err" \
  || { cat "$work/err"; fail "anti-lockout warning"; }
grep -q '^warnings: 1$' <<<"$out" || fail "warning count: $out"

# A policy split over a file and a directory merges into the same summary.
mkdir -p "$work/split"
python3 - "$work/policy.yaml" "$work" <<'PY'
import sys
text = open(sys.argv[1]).read()
head, rest = text.split("rules:\n", 1)
open(sys.argv[2] + "/split/00-base.yaml", "w").write(head)
open(sys.argv[2] + "/split/10-rules.yml", "w").write("bulkhead: 1\nrules:\n" + rest)
PY
"$bin" validate "$work/split" --format json >"$work/split.json"
python3 - "$work/split.json" "$work/out.json" "$work" <<'PY'
import json, sys
a, b, work = json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), sys.argv[3]
assert a["files"] == [work + "/split/00-base.yaml", work + "/split/10-rules.yml"], a["files"]
for k in ("zones", "hosts", "services", "rules", "expects"):
    assert a[k] == b[k], (k, a[k], b[k])
PY

# Errors: exit 2, every error on stderr at file:line:column, nothing on stdout.
cat > "$work/bad.yaml" <<'YAML'
bulkhead: 1
zones:
  - name: office
    cidrs: [10.0.0.1/8]
rules:
  - name: r
    action: permit
    from: any
    to: any
    services: [tcp/70000]
YAML
set +e
out=$(cd "$work" && "$bin" validate bad.yaml 2>"$work/err")
code=$?
set -e
[ "$code" -eq 2 ] || fail "bad policy exited $code, expected 2"
[ -z "$out" ] || fail "bad policy printed on stdout: $out"
expected="bad.yaml:4:13: error: invalid CIDR '10.0.0.1/8': host bits set (did you mean 10.0.0.0/8?)
bad.yaml:7:13: error: expected 'allow', 'deny' or 'override-deny' for action, found 'permit'
bad.yaml:10:16: error: port 70000 outside 0-65535 in 'tcp/70000'
3 errors; nothing was written"
[ "$(cat "$work/err")" = "$expected" ] || { diff <(echo "$expected") "$work/err"; fail "stderr"; }

# A missing file is an error too.
set +e
"$bin" validate "$work/nope.yaml" 2>"$work/err" >/dev/null
code=$?
set -e
[ "$code" -eq 2 ] || fail "missing file exited $code"
grep -q "nope.yaml: error: cannot read policy file" "$work/err" || fail "missing file message"
echo "validate: ok"
