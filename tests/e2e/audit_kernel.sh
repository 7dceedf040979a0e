#!/usr/bin/env bash
# bulkhead audit on rule sets read back from the kernel: a small nftables ruleset (and,
# when iptables-restore is installed, an iptables one) is loaded into a network namespace
# created here, read back with `nft -j list ruleset` (`iptables-save`), and audited: the
# shadowed rule is found at the line of the kernel's own listing, the over-broad accept
# is named, and the exit code is 1. Then bulkhead's own render of an enterprise
# workstation is loaded the way `nft -f` loads it on a host: audited from the kernel's
# listing it complies (the seed table's services blocked but what the policy opens, no
# anomaly); with an accept of SMB inserted before its policy rules it does not (SMB open,
# at the inserted rule's column of the listing); a distribution's input chain with a drop
# policy loaded beside it closes what it does not accept.
#
# usage: tests/e2e/audit_kernel.sh BULKHEAD_BINARY        (CTest label e2e; needs root)
# Exits 77 (skip) with a reason when not root or when nft / ip netns is missing. Nothing
# outside the namespace is touched: the namespace is deleted on exit.
set -uo pipefail

BIN=${1:-}
[ -n "$BIN" ] || { echo "usage: $0 BULKHEAD_BINARY" >&2; exit 2; }
skip() { echo "SKIP: $*"; exit 77; }
[ "$(id -u)" -eq 0 ] || skip "needs root (network namespaces)"
command -v nft >/dev/null || skip "nft is not installed"
command -v ip >/dev/null || skip "ip (iproute2) is not installed"

SRC=${BULKHEAD_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
NS=bh-audit-$$
tmp=$(mktemp -d)
cleanup() { ip netns del "$NS" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
ip netns add "$NS" || skip "cannot create a network namespace"
fail() { echo "FAIL: $*" >&2; exit 1; }

# 1. nftables: the drop of 10.1.2.3 to 443 comes after the accept of 10.0.0.0/8 to 443.
cat > "$tmp/ruleset.nft" <<'NFT'
table inet audit_e2e {
  set admins {
    type ipv4_addr
    flags interval
    elements = { 10.20.1.0/24, 10.20.2.10-10.20.2.20 }
  }
  chain input {
    type filter hook input priority filter; policy drop;
    iif "lo" accept
    ct state established,related accept
    ip saddr @admins tcp dport 22 accept
    ip saddr 10.0.0.0/8 tcp dport { 80, 443 } accept
    ip saddr 10.1.2.3 tcp dport 443 drop
    tcp dport 445 accept
  }
}
NFT
ip netns exec "$NS" nft -f "$tmp/ruleset.nft" || fail "nft -f refused the ruleset"
ip netns exec "$NS" nft -j list ruleset > "$tmp/live.json" || fail "nft -j list ruleset"
set +e
out=$("$BIN" audit "$tmp/live.json" --format json 2>&1)
code=$?
set -e
[ "$code" -eq 1 ] || fail "nft: exit $code: $out"
echo "$out" > "$tmp/audit.json"
python3 - "$tmp/audit.json" "$tmp/live.json" <<'PY' || fail "nft audit content"
import json, sys
doc = json.load(open(sys.argv[1]))
live = open(sys.argv[2]).read().split("\n")
sh = [f for f in doc["findings"] if f["kind"] == "shadowed"]
assert len(sh) == 1, doc["findings"]
f = sh[0]
line, col = (int(x) for x in f["rule"]["at"].split(":")[-2:])
# The position is where the kernel's listing holds that rule (nft -j writes one line):
# the rule object with 10.1.2.3 starts there.
rest = "\n".join(live[line - 1:])[col - 1:]
assert rest.startswith('{"rule"'), (line, col, rest[:80])
assert "10.1.2.3" in rest[:rest.find('{"rule"', 1)], rest[:300]
assert f["witness"]["src"] == "10.1.2.3" and f["witness"]["dport"] == 443, f
ob = [f for f in doc["findings"] if f["kind"] == "over-broad"]
assert [f["services"] for f in ob] == [["smb"]], ob
assert doc["files"][0]["points"][0]["name"] == "inet audit_e2e input", doc["files"][0]
PY
echo "nft: ok"

# 2. bulkhead's own render of ws-br-03 (an enterprise workstation), as loaded on a host.
ip netns exec "$NS" nft flush ruleset || fail "nft flush ruleset (inside the namespace)"
"$BIN" render "$SRC/examples/enterprise" -t nftables --host ws-br-03 > "$tmp/ws.nft" \
  || fail "render ws-br-03"
ip netns exec "$NS" nft -f "$tmp/ws.nft" || fail "nft -f refused bulkhead's render"
audit_live() {  # audit_live NAME FLAGS...: lists the namespace's ruleset, audits it as JSON
  local name=$1
  shift
  ip netns exec "$NS" nft -j list ruleset > "$tmp/$name.json" || fail "nft -j list ruleset"
  set +e
  "$BIN" audit "$tmp/$name.json" --format json "$@" > "$tmp/$name.audit.json" 2> "$tmp/err"
  code=$?
  set -e
}
# Judged against the policy it was rendered from, with the default --fail-on (anomalies
# that are errors, and seed services open beyond the policy): it complies.
audit_live ws --policy "$SRC/examples/enterprise" --host ws-br-03
[ "$code" -eq 0 ] || fail "render: exit $code: $(cat "$tmp/err" "$tmp/ws.audit.json")"
python3 - "$tmp/ws.audit.json" <<'PY' || fail "render: audit content"
import json, sys
doc = json.load(open(sys.argv[1]))
assert all(n == 0 for n in doc["summary"].values()), doc["summary"]
(seed,) = doc["seed_table"]
assert seed["point"] == "inet bulkhead input", seed["point"]
rows = {r["service"]: r for r in seed["services"]}
for s in ("smb", "netbios-ns", "netbios-dgm", "netbios-ssn", "rpc-epmap", "rpc-dynamic"):
    assert rows[s]["status"] == "blocked", rows[s]
for s in ("rdp", "winrm-http", "winrm-https"):  # the jump host, jump-01, only
    assert rows[s]["status"] == "allowed by policy", rows[s]
    assert rows[s]["sources"] == ["10.30.0.10/32"], rows[s]
    assert rows[s]["beyond_policy"] == {"sources": []}, rows[s]
PY
echo "render: ok"

# Weakened: an accept of tcp/445 inserted before the policy's peer lookup.
handle=$(ip netns exec "$NS" nft -a list chain inet bulkhead input |
  sed -n 's/.*ip saddr vmap @in_peers_v4 .*# handle \([0-9]*\)$/\1/p')
[ -n "$handle" ] || fail "no peer lookup rule in the loaded chain"
ip netns exec "$NS" nft insert rule inet bulkhead input position "$handle" \
  tcp dport 445 accept || fail "nft insert rule"
audit_live weak
[ "$code" -eq 1 ] || fail "weakened: exit $code: $(cat "$tmp/err" "$tmp/weak.audit.json")"
python3 - "$tmp/weak.audit.json" "$tmp/weak.json" <<'PY' || fail "weakened: audit content"
import json, sys
doc = json.load(open(sys.argv[1]))
live = open(sys.argv[2]).read().split("\n")
rows = {r["service"]: r for r in doc["seed_table"][0]["services"]}
smb = rows["smb"]
assert smb["status"] == "open", smb
# Every source but the wifi override-deny's (192.168.100.0/22, 2001:db8:168::/64).
assert smb["sources"][:2] == ["0.0.0.0-192.168.99.255", "192.168.104.0-255.255.255.255"], smb
# The deciding rule is the inserted one, where the kernel's listing holds it.
line, col = (int(x) for x in smb["rule"]["at"].split(":")[-2:])
rest = "\n".join(live[line - 1:])[col - 1:]
assert rest.startswith('{"rule"'), (line, col, rest[:80])
one = rest[:rest.find('{"rule"', 1)]
assert '"dport"' in one and "445" in one and '"accept"' in one and "vmap" not in one, one
assert rows["netbios-ssn"]["status"] == "blocked", rows["netbios-ssn"]
# Over-broad itself, and the policy's SMB drops after it now shadowed by it.
kinds = {f["kind"] for f in doc["findings"]}
assert kinds == {"over-broad", "shadowed", "correlated"}, kinds
for f in doc["findings"]:
    if f["kind"] == "shadowed":
        assert f["others"][0]["at"] == smb["rule"]["at"], f["message"]
PY
echo "weakened render: ok"

# A distribution's own input chain (policy drop, ssh only) after bulkhead's: a packet
# passes only if both let it in, so SMB and the jump host's rdp and winrm are closed.
ip netns exec "$NS" nft -f - <<'NFT' || fail "nft -f refused the distribution table"
table inet filter {
  chain input {
    type filter hook input priority filter; policy drop;
    tcp dport 22 accept
  }
}
NFT
audit_live both --fail-on open
[ "$code" -eq 0 ] || fail "two tables: exit $code: $(cat "$tmp/err" "$tmp/both.audit.json")"
python3 - "$tmp/both.audit.json" <<'PY' || fail "two tables: audit content"
import json, sys
doc = json.load(open(sys.argv[1]))
(seed,) = doc["seed_table"]
assert seed["point"] == "inet bulkhead input + inet filter input", seed["point"]
assert all(r["status"] == "blocked" for r in seed["services"]), seed["services"]
PY
echo "render with a distribution table: ok"

# 3. iptables, when installed (inside the namespace only).
if command -v iptables-restore >/dev/null && command -v iptables-save >/dev/null; then
  cat > "$tmp/rules.v4" <<'IPT'
*filter
:INPUT DROP [0:0]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [0:0]
:MGMT - [0:0]
-A INPUT -i lo -j ACCEPT
-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A INPUT -s 10.20.0.0/16 -p tcp -m tcp --dport 22 -j MGMT
-A INPUT -p tcp -m multiport --dports 80,443 -j ACCEPT
-A INPUT -s 10.1.2.3/32 -p tcp -m tcp --dport 443 -j DROP
-A MGMT -s 10.20.1.0/24 -j ACCEPT
-A MGMT -j RETURN
COMMIT
IPT
  ip netns exec "$NS" iptables-restore < "$tmp/rules.v4" || fail "iptables-restore refused"
  ip netns exec "$NS" iptables-save > "$tmp/live.v4" || fail "iptables-save"
  set +e
  out=$("$BIN" audit "$tmp/live.v4" 2>&1)
  code=$?
  set -e
  [ "$code" -eq 1 ] || fail "iptables: exit $code: $out"
  want=$(grep -n -- '-s 10.1.2.3/32' "$tmp/live.v4" | cut -d: -f1)
  grep -q "live.v4:$want \[filter INPUT (IPv4)\] -A INPUT -s 10.1.2.3/32" <<< "$out" \
    || fail "iptables: shadowed rule at line $want not reported: $out"
  echo "iptables: ok"
else
  echo "iptables-save not installed: the iptables half is skipped"
fi
echo "audit_kernel: ok"
