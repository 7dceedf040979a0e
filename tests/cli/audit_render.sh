#!/usr/bin/env bash
# bulkhead audit on bulkhead's own nftables-json render of examples/enterprise: the host's
# inbound chain hooks prerouting behind `fib daddr type`, and the seed table still reads
# it (every service blocked but what the policy opens, from exactly the sources it names);
# a clean render has no anomaly. Then the render is weakened (an accept of SMB from any
# IPv4 source inserted before the policy's rules): exit 1, and the seed table names SMB,
# the source range and the inserted rule's file:line:column. A distribution's own input
# chain after bulkhead's is combined with it: a drop in either ends the path.
set -euo pipefail
bin=$1
cd "${BULKHEAD_SOURCE_DIR:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
run() { set +e; out=$("$bin" audit "$@" 2>&1); code=$?; set -e; }
row() { grep "^    $1 " <<< "$out" || true; }

# --- a workstation: ws-br-03 (the enterprise's Linux workstation) -----------------------
"$bin" render examples/enterprise -t nftables-json --host ws-br-03 > "$tmp/ws.json"
grep -q '"hook": "prerouting"' "$tmp/ws.json" || fail "render: the input chain no longer hooks prerouting"
# Without a policy every open service fails the audit (exit 1).
run "$tmp/ws.json"
[ "$code" -eq 1 ] || fail "ws: exit $code: $out"
grep -q "^  inet bulkhead input (.*ws.json): 3 of 9 open$" <<< "$out" || fail "ws: seed point: $out"
for s in smb netbios-ns netbios-dgm netbios-ssn rpc-epmap rpc-dynamic; do
  [ "$(row "$s")" = "$(printf '    %-12s blocked' "$s")" ] || fail "ws: $s not blocked: $out"
done
# rdp and winrm: open to the jump host (jump-01, 10.30.0.10) only, by the render of
# jump-host-administers-managed-hosts (40-rules-internal.yaml:156).
for s in rdp winrm-http winrm-https; do
  row "$s" | grep -q "open from 10.30.0.10/32, e.g. .* by $tmp/ws.json:[0-9]*:3 'counter accept comment \"jump-host-administers-managed-hosts @ 40-rules-internal.yaml:156\"'$" \
    || fail "ws: $s row: $out"
done
# Judged against the policy it was rendered from, the render complies: what is open is
# what the policy lets reach ws-br-03, so nothing is exposed (exit 0).
run "$tmp/ws.json" --policy examples/enterprise --host ws-br-03
[ "$code" -eq 0 ] || fail "ws against the policy: exit $code: $out"
grep -q "^  inet bulkhead input (.*ws.json): 0 of 9 open$" <<< "$out" || fail "ws against the policy: count: $out"
for s in rdp winrm-http winrm-https; do
  row "$s" | grep -q "allowed by policy from 10.30.0.10/32, e.g. " || fail "ws against the policy: $s row: $out"
done
# The render logs no high-volume service (its logs are rate-limited, as the table asks).
! grep -q "warning: logged by" <<< "$out" || fail "ws: logging warning on the render: $out"
# No false anomaly: counters, logs and comments are not redundancy, the closing
# `counter drop` is a default, not a generalization.
for k in unreachable shadowed redundant over-broad correlated generalization; do
  grep -Eq "^  $k +0( |$)" <<< "$out" || fail "ws: $k findings on a clean render: $out"
done
# Only the routed-packet preamble is not modelled (for the chain on its own): the limits of
# the log-only rules and `oif "lo"` decide no new connection.
grep -q '^  not modelled  *1  ' <<< "$out" || fail "ws: not modelled count: $out"
grep -q "^  $tmp/ws.json:[0-9]*:3: fib daddr type != \[\"local\",\"broadcast\",\"multicast\"\] is modelled for packets addressed to this host only" <<< "$out" \
  || fail "ws: fib note: $out"
run "$tmp/ws.json" --fail-on anomalies
[ "$code" -eq 0 ] || fail "ws: --fail-on anomalies: exit $code: $out"
run "$tmp/ws.json" --fail-on errors
[ "$code" -eq 0 ] || fail "ws: --fail-on errors: exit $code: $out"

# --- weakened: an accept of tcp/445 from 0.0.0.0/0, inserted before the policy's rules ----
line=$(python3 - "$tmp/ws.json" "$tmp/weak.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
items = doc["nftables"]
def is_policy_lookup(e):
    r = e.get("add", {}).get("rule")
    return r is not None and r["chain"] == "input" and any("vmap" in s for s in r["expr"])
at = next(i for i, e in enumerate(items) if is_policy_lookup(e))
items.insert(at, {"add": {"rule": {
    "family": "inet", "table": "bulkhead", "chain": "input",
    "expr": [
        {"match": {"op": "==", "left": {"payload": {"protocol": "ip", "field": "saddr"}},
                   "right": {"prefix": {"addr": "0.0.0.0", "len": 0}}}},
        {"match": {"op": "==", "left": {"payload": {"protocol": "tcp", "field": "dport"}},
                   "right": 445}},
        {"accept": None}]}}})
# One element per line, indented by two: element i starts at line i + 2, column 3.
with open(sys.argv[2], "w") as f:
    f.write('{"nftables": [\n' + ",\n".join("  " + json.dumps(e) for e in items) + "\n]}\n")
print(at + 2)
PY
)
run "$tmp/weak.json"
[ "$code" -eq 1 ] || fail "weak: exit $code: $out"
# The wifi override-deny (192.168.100.0/22) still comes first; everything else is open.
row smb | grep -q "^    smb          open from 0.0.0.0-192.168.99.255, 192.168.104.0-255.255.255.255, e.g. tcp 0.0.0.0:0 -> 0.0.0.0:445 by $tmp/weak.json:$line:3 'ip saddr 0.0.0.0/0 tcp dport 445 accept'$" \
  || fail "weak: smb row (inserted rule at line $line): $out"
grep -q "^  inet bulkhead input (.*weak.json): 4 of 9 open$" <<< "$out" || fail "weak: count: $out"
grep -q "^  $tmp/weak.json:$line:3 \[inet bulkhead input\] ip saddr 0.0.0.0/0 tcp dport 445 accept$" <<< "$out" \
  || fail "weak: over-broad finding: $out"
[ "$(row netbios-ssn)" = "    netbios-ssn  blocked" ] || fail "weak: netbios-ssn: $out"
# The policy's SMB drop, reached through every peer group of the map form, is now shadowed:
# one finding for the one written rule.
grep -q '^  shadowed  *1$' <<< "$out" || fail "weak: shadowed count: $out"
grep -q "^    never decides a packet: $tmp/weak.json:$line:3 'ip saddr 0.0.0.0/0 tcp dport 445 accept' takes all of it first$" <<< "$out" \
  || fail "weak: shadowed by the inserted rule: $out"
run "$tmp/weak.json" --fail-on open
[ "$code" -eq 1 ] || fail "weak: --fail-on open: exit $code"
# Against the policy: SMB is exposed beyond it, from everywhere the policy does not let in
# (the jump host keeps only RDP and WinRM, which stay allowed).
run "$tmp/weak.json" --policy examples/enterprise --host ws-br-03
[ "$code" -eq 1 ] || fail "weak against the policy: exit $code: $out"
grep -q "^  inet bulkhead input (.*weak.json): 1 of 9 open$" <<< "$out" || fail "weak against the policy: count: $out"
row smb | grep -q "^    smb          open from .* (beyond the policy), e.g. tcp .* by $tmp/weak.json:$line:3 'ip saddr 0.0.0.0/0 tcp dport 445 accept'$" \
  || fail "weak against the policy: smb row: $out"
row rdp | grep -q "allowed by policy" || fail "weak against the policy: rdp row: $out"

# --- several base chains: bulkhead's table, then a distribution's inet filter input ------
distro() {  # distro POLICY RULE_PORT OUT: ws.json plus table inet filter, chain input
  python3 - "$tmp/ws.json" "$3" "$1" "$2" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
doc["nftables"] += [
    {"add": {"table": {"family": "inet", "name": "filter"}}},
    {"add": {"chain": {"family": "inet", "table": "filter", "name": "input", "type": "filter",
                       "hook": "input", "prio": 0, "policy": sys.argv[3]}}},
    {"add": {"rule": {"family": "inet", "table": "filter", "chain": "input", "expr": [
        {"match": {"op": "==", "left": {"payload": {"protocol": "tcp", "field": "dport"}},
                   "right": int(sys.argv[4])}},
        {"accept": None}]}}}]
json.dump(doc, open(sys.argv[2], "w"), indent=1)
PY
}
# A permissive distribution chain opens nothing bulkhead drops (its own accept of rdp from
# anywhere is over-broad on its own: the anomalies stay per base chain).
distro accept 3389 "$tmp/open.json"
run "$tmp/open.json" --fail-on none
[ "$code" -eq 0 ] || fail "distro accept: exit $code: $out"
grep -q "^  inet bulkhead input + inet filter input (.*open.json): 3 of 9 open$" <<< "$out" \
  || fail "distro accept: seed point: $out"
row rdp | grep -q "open from 10.30.0.10/32, e.g. .* by $tmp/open.json:[0-9]*:[0-9]* 'tcp dport 3389 accept'$" \
  || fail "distro accept: rdp is let in by the last chain's accept: $out"
[ "$(row smb)" = "    smb          blocked" ] || fail "distro accept: smb: $out"
# A closed one (ssh only, policy drop) blocks what bulkhead lets the jump host reach.
distro drop 22 "$tmp/closed.json"
run "$tmp/closed.json" --fail-on open
[ "$code" -eq 0 ] || fail "distro drop: exit $code: $out"
grep -q "^  inet bulkhead input + inet filter input (.*closed.json): 0 of 9 open$" <<< "$out" \
  || fail "distro drop: seed point: $out"

# --- a file server: fs-01 (labelled os: linux in a copy of the policy, so nftables serves it)
cp -r examples/enterprise "$tmp/ent"
sed -i 's/^\(    labels: {role: file-server, os: \)windows}/\1linux}/' "$tmp/ent/20-hosts.yaml"
"$bin" render "$tmp/ent" -t nftables-json --host fs-01 > "$tmp/fs.json"
run "$tmp/fs.json" --role file-server --policy "$tmp/ent" --host fs-01
[ "$code" -eq 0 ] || fail "fs: exit $code: $out"
[ "$(row smb)" = "    smb          exempt (--role file-server)" ] || fail "fs: smb: $out"
for s in netbios-ns netbios-dgm rpc-epmap rpc-dynamic; do
  [ "$(row "$s")" = "$(printf '    %-12s blocked' "$s")" ] || fail "fs: $s not blocked: $out"
done
# Without the role, SMB is open from exactly the workstations and printers the policy
# names (workstations-to-file-servers, printers-scan-to-share), nothing else.
set +e
"$bin" audit "$tmp/fs.json" --format json > "$tmp/fs.audit.json"
set -e
python3 - "$tmp/fs.audit.json" examples/enterprise/20-hosts.yaml <<'PY' || fail "fs: smb sources"
import ipaddress, json, re, sys
doc = json.load(open(sys.argv[1]))
(seed,) = doc["seed_table"]
rows = {r["service"]: r for r in seed["services"]}
smb = rows["smb"]
assert smb["status"] == "open", smb
def ranges(texts):
    out = []
    for t in texts:
        if "-" in t:
            a, b = t.split("-")
            out.append((int(ipaddress.ip_address(a)), int(ipaddress.ip_address(b))))
        else:
            n = ipaddress.ip_network(t)
            out.append((int(n.network_address), int(n.broadcast_address)))
    return out
src = ranges(smb["sources"])
inside = lambda a: any(lo <= int(ipaddress.ip_address(a)) <= hi for lo, hi in src)
hosts = re.findall(r"address: ([0-9.]+)\n\s+labels: \{role: ([a-z-]+)", open(sys.argv[2]).read())
assert len(hosts) > 20, hosts
for addr, role in hosts:
    want = role in ("workstation", "printer")
    assert inside(addr) == want, (addr, role, smb["sources"])
assert sum(hi - lo + 1 for lo, hi in src) == sum(r in ("workstation", "printer") for _, r in hosts), src
assert rows["netbios-ssn"]["status"] == "blocked", rows["netbios-ssn"]
PY
echo "audit_render: ok"
