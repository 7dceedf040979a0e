#!/usr/bin/env bash
# `bulkhead services`: the catalog with the seed table's ports, ATT&CK techniques and
# logging defaults exactly as in spec section 4, in table and JSON form.
set -euo pipefail
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$bin" services --format json >"$work/services.json"
python3 - "$work/services.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert list(d) == ["services", "groups"], list(d)
seed = [
    ("smb", ["tcp/445"], ["T1021.002", "T1486"], False),
    ("netbios-ns", ["udp/137"], ["T1557"], False),
    ("netbios-dgm", ["udp/138"], ["T1557"], False),
    ("netbios-ssn", ["tcp/139"], ["T1021.002"], False),
    ("rpc-epmap", ["tcp/135"], ["T1021.003", "T1047"], True),
    ("rpc-dynamic", ["tcp/49152-65535", "udp/49152-65535"], ["T1021.003", "T1047"], False),
    ("rdp", ["tcp/3389", "udp/3389"], ["T1021.001"], True),
    ("winrm-http", ["tcp/5985"], ["T1021.006", "T1059.001"], True),
    ("winrm-https", ["tcp/5986"], ["T1021.006", "T1059.001"], True),
]
services = d["services"]
for i, (name, ports, attack, log) in enumerate(seed):
    s = services[i]
    assert list(s) == ["name", "ports", "attack", "log", "high_volume", "description"], list(s)
    assert (s["name"], s["ports"], s["attack"], s["log"]) == (name, ports, attack, log), s
    assert isinstance(s["high_volume"], bool) and s["description"], s
by_name = {s["name"]: s for s in services}
assert len(by_name) == len(services), "duplicate service names"
for name, ports in [("ssh", ["tcp/22"]), ("dns", ["tcp/53", "udp/53"]),
                    ("printer", ["tcp/9100", "tcp/631"]), ("vnc", ["tcp/5900-5903"]),
                    ("snmp", ["udp/161-162"]), ("global-catalog", ["tcp/3268-3269"])]:
    assert by_name[name]["ports"] == ports, by_name[name]
assert by_name["ssh"]["log"] is True and by_name["vnc"]["log"] is True
assert by_name["smb"]["high_volume"] is True
groups = {g["name"]: g["members"] for g in d["groups"]}
assert groups["lateral-movement"] == [s[0] for s in seed], groups
assert groups["netbios"] == ["netbios-ns", "netbios-dgm", "netbios-ssn"]
assert groups["rpc"] == ["rpc-epmap", "rpc-dynamic"]
assert groups["winrm"] == ["winrm-http", "winrm-https"]
PY

# The table shows the same rows.
"$bin" services >"$work/table"
head -1 "$work/table" | grep -q '^NAME  *PORTS  *ATT&CK  *LOG  *HIGH-VOLUME  *DESCRIPTION$' \
  || fail "table header: $(head -1 "$work/table")"
grep -Eq '^rpc-dynamic +tcp/49152-65535, udp/49152-65535 +T1021\.003, T1047 +no +yes ' \
  "$work/table" || fail "rpc-dynamic row"
grep -Eq '^rdp +tcp/3389, udp/3389 +T1021\.001 +yes +no ' "$work/table" || fail "rdp row"
grep -Eq '^lateral-movement +smb, netbios-ns, netbios-dgm, netbios-ssn, rpc-epmap, rpc-dynamic, rdp, winrm-http, winrm-https$' \
  "$work/table" || fail "lateral-movement group row"

# A bad format is a usage error (exit 2).
set +e
"$bin" services --format xml >/dev/null 2>&1
code=$?
set -e
[ "$code" -eq 2 ] || fail "--format xml exited $code"
echo "services: ok"
