#!/usr/bin/env bash
# Persistence across reboots and living beside other firewalls, in network namespaces:
#   - a change applied without a rollback window, or confirmed with --confirm-ok, is saved
#     in the persist directory; an unconfirmed change, and its rollback, leave it alone;
#   - in a FRESH namespace (a reboot), `bulkhead restore` brings back exactly the confirmed
#     tables, in one transaction (all or nothing; nothing saved: exit 0);
#   - a foreign table with an input chain `policy drop` is reported by status (text and
#     JSON) and by apply; a staged root (BULKHEAD_SYSROOT) with Debian's nftables.conf
#     (`flush ruleset`), firewalld, ufw, docker0 and legacy iptables makes apply and status
#     warn;
#   - outside the machine's namespace, nothing is saved to the default /var/lib/bulkhead.
#
# usage: tests/e2e/persist.sh BULKHEAD_BINARY      (CTest label e2e; needs root)
# Exits 77 (skip) with a reason when not root or when nftables / ip netns are missing.
# Only 198.18.0.0/15 addresses, only inside namespaces created here; state and persist
# directories are temporary; everything is removed on exit.
set -uo pipefail

BIN=${1:-}
SRC=${BULKHEAD_SOURCE_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
POLICY="$SRC/tests/e2e/lab-policy.yaml"

skip() {
  echo "SKIP: $*"
  exit 77
}
[[ -n $BIN && -x $BIN ]] || { echo "usage: $0 BULKHEAD_BINARY" >&2; exit 2; }
BIN=$(readlink -f "$BIN")
[[ $(id -u) -eq 0 ]] || skip "the persistence lab needs root (network namespaces and nftables)"
for tool in ip nft od cmp stat python3; do
  command -v "$tool" >/dev/null || skip "'$tool' is not installed"
done
if "$BIN" render "$POLICY" --target nftables --host ws1 2>&1 >/dev/null | grep -q "not implemented"; then
  skip "the nftables target is not implemented in this build"
fi

# shellcheck source=scripts/lab/netns.sh source-path=SCRIPTDIR/../..
source "$SRC/scripts/lab/netns.sh"
lab_init
WORK=$(mktemp -d "/tmp/bulkhead-persist.XXXXXX")
export BULKHEAD_STATE_DIR="$WORK/state"     # never the machine's /run/bulkhead
export BULKHEAD_PERSIST_DIR="$WORK/persist" # never the machine's /var/lib/bulkhead
unset BULKHEAD_SYSROOT SSH_CONNECTION SSH_CLIENT
cleanup() {
  lab_destroy
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

lab_ns probe-support 2>/dev/null || skip "cannot create network namespaces (ip netns add failed)"
ip netns exec "$(lab_name probe-support)" nft list ruleset >/dev/null 2>&1 ||
  skip "nftables does not work inside a network namespace (nf_tables missing?)"
lab_destroy

FAILS=0
step() { echo "--- $*"; }
ok() { echo "  ok: $*"; }
fail() {
  echo "  FAIL: $*"
  FAILS=$((FAILS + 1))
}
die() {
  echo "  FATAL: $*"
  exit 1
}
show() { sed 's/^/    | /' "$1" | head -n "${2:-20}"; }
in_ns() {
  local h=$1
  shift
  ip netns exec "$(lab_name "$h")" "$@"
}
# run_rc OUTFILE NS ARGS...: bulkhead in namespace NS, both streams to OUTFILE; prints rc.
run_rc() {
  local out=$1 h=$2
  shift 2
  in_ns "$h" "$BIN" "$@" >"$out" 2>&1
  echo $?
}
listing() { in_ns "$1" nft list table inet "${2:-bulkhead}" 2>/dev/null; }
mtime() { stat -c %i.%Y "$1" 2>/dev/null; } # inode: a rename would change it

# Plain apply without a rollback window: --no-confirm where the rollback timer is the
# default, nothing where it is not.
NOCONFIRM=()
if "$BIN" apply --help 2>&1 | grep -q -- "--no-confirm"; then NOCONFIRM=(--no-confirm); fi
SAVED="$BULKHEAD_PERSIST_DIR/inet.bulkhead.nft"
SAVED_ZONE="$BULKHEAD_PERSIST_DIR/inet.bulkhead_zone_dmz.nft"

step "the host: namespace $(lab_name host) with ws1's address (apply checks it holds one)"
lab_ns host
lab_ns wire # the far end of the host's link; nothing else happens there
ip -n "$(lab_name host)" link add eth0 type veth peer name eth0 netns "$(lab_name wire)" ||
  die "cannot create the veth pair"
in_ns host ip addr add 198.18.1.11/24 dev eth0
in_ns host ip link set eth0 up
in_ns wire ip link set eth0 up

# ---------------------------------------------------------------------------------------
step "an apply without a rollback window is confirmed as it is made: saved at once"
rc=$(run_rc "$WORK/a1.out" host apply "$POLICY" --host ws1 --mode audit "${NOCONFIRM[@]}")
if [[ $rc -eq 0 ]] && grep -q "^saved for reboots: table inet bulkhead in $SAVED" "$WORK/a1.out" &&
  [[ -f $SAVED ]]; then
  ok "$(grep '^saved' "$WORK/a1.out")"
else
  fail "apply ${NOCONFIRM[*]}: exit $rc, saved file $([[ -f $SAVED ]] && echo present || echo ABSENT)"
  show "$WORK/a1.out"
fi
if [[ $(stat -c %a "$SAVED" 2>/dev/null) == 600 && $(stat -c %a "$BULKHEAD_PERSIST_DIR") == 700 ]]; then
  ok "file mode 0600, directory 0700"
else
  fail "modes: file $(stat -c %a "$SAVED" 2>/dev/null), directory $(stat -c %a "$BULKHEAD_PERSIST_DIR" 2>/dev/null)"
fi
for f in "$BULKHEAD_PERSIST_DIR"/*tmp*; do
  [[ -e $f ]] && fail "a temporary file was left in the persist directory: $f"
done
# The saved file is the kernel's stateless listing after the replace-the-table prefix.
if tail -n +6 "$SAVED" | cmp -s - <(in_ns host nft -s list table inet bulkhead) &&
  sed -n 4,5p "$SAVED" | cmp -s - <(printf 'table inet bulkhead\ndelete table inet bulkhead\n'); then
  ok "the saved file holds the kernel's listing of the table"
else
  fail "the saved file is not the kernel's listing"
  diff <(tail -n +6 "$SAVED") <(in_ns host nft -s list table inet bulkhead) | head -20
fi
cp "$SAVED" "$WORK/saved.audit"

# ---------------------------------------------------------------------------------------
step "--confirm: nothing is saved until --confirm-ok; restore refuses to fight the rollback"
rc=$(run_rc "$WORK/a2.out" host apply "$POLICY" --host ws1 --confirm 60s)
if [[ $rc -eq 0 ]] && grep -q "rollback armed" "$WORK/a2.out" && cmp -s "$SAVED" "$WORK/saved.audit" &&
  ! grep -q "^saved for reboots" "$WORK/a2.out"; then
  ok "armed; the saved file still holds the audit table"
else
  fail "apply --confirm 60s: exit $rc, saved file $(cmp -s "$SAVED" "$WORK/saved.audit" && echo unchanged || echo CHANGED)"
  show "$WORK/a2.out"
fi
rc=$(run_rc "$WORK/r0.out" host restore)
if [[ $rc -eq 2 ]] && grep -q "unconfirmed change" "$WORK/r0.out"; then
  ok "restore over an unconfirmed change: exit 2 ($(head -n1 "$WORK/r0.out" | cut -c1-110))"
else
  fail "restore over an unconfirmed change: exit $rc, expected 2"
  show "$WORK/r0.out"
fi
rc=$(run_rc "$WORK/c2.out" host apply --confirm-ok)
if [[ $rc -eq 0 ]] && grep -q "^saved for reboots" "$WORK/c2.out" && ! cmp -s "$SAVED" "$WORK/saved.audit" &&
  tail -n +6 "$SAVED" | cmp -s - <(in_ns host nft -s list table inet bulkhead); then
  ok "--confirm-ok saved the enforcing table"
else
  fail "--confirm-ok: exit $rc"
  show "$WORK/c2.out"
fi
cp "$SAVED" "$WORK/saved.enforce"
listing host >"$WORK/host.enforce"

# ---------------------------------------------------------------------------------------
step "an unconfirmed change that rolls back leaves the saved file as it was"
before_mtime=$(mtime "$SAVED")
rc=$(run_rc "$WORK/a3.out" host apply "$POLICY" --host ws1 --mode audit --confirm 2s)
if [[ $rc -ne 0 ]] || ! grep -q "rollback armed" "$WORK/a3.out"; then
  fail "arm 2s: exit $rc"
  show "$WORK/a3.out"
fi
listing host | cmp -s - "$WORK/host.enforce" && fail "the audit table was not applied"
cmp -s "$SAVED" "$WORK/saved.enforce" || fail "the unconfirmed change was saved"
for _ in $(seq 100); do
  ls "$BULKHEAD_STATE_DIR"/*.pending >/dev/null 2>&1 || break
  sleep 0.1
done
if listing host | cmp -s - "$WORK/host.enforce" && cmp -s "$SAVED" "$WORK/saved.enforce" &&
  [[ $(mtime "$SAVED") == "$before_mtime" ]]; then
  ok "rolled back to the enforcing table; saved file unchanged (content, inode, mtime)"
else
  fail "after the rollback: table $(listing host | cmp -s - "$WORK/host.enforce" && echo restored || echo NOT-RESTORED), saved file $(cmp -s "$SAVED" "$WORK/saved.enforce" && echo unchanged || echo CHANGED)"
fi

# ---------------------------------------------------------------------------------------
step "a zone firewall table is saved beside the host table"
rc=$(run_rc "$WORK/z.out" host apply "$POLICY" --zone dmz "${NOCONFIRM[@]}")
if [[ $rc -eq 0 ]] && [[ -f $SAVED_ZONE ]]; then ok "$(grep '^saved' "$WORK/z.out")"; else
  fail "apply --zone dmz: exit $rc"
  show "$WORK/z.out"
fi
listing host bulkhead_zone_dmz >"$WORK/zone.expected"

# ---------------------------------------------------------------------------------------
step "reboot: in a fresh namespace, restore brings back exactly the confirmed tables"
lab_ns reboot
[[ -z $(in_ns reboot nft list ruleset) ]] || die "the fresh namespace is not empty"
rc=$(run_rc "$WORK/r1.out" reboot restore)
if [[ $rc -eq 0 ]] && grep -q "restored 2 tables in one transaction" "$WORK/r1.out" &&
  listing reboot | cmp -s - "$WORK/host.enforce" &&
  listing reboot bulkhead_zone_dmz | cmp -s - "$WORK/zone.expected"; then
  ok "$(head -n1 "$WORK/r1.out")"
  ok "nft list table inet bulkhead (and the zone table): identical to the confirmed ones"
else
  fail "restore: exit $rc"
  show "$WORK/r1.out"
  diff <(listing reboot) "$WORK/host.enforce" | head -20
fi
rc=$(run_rc "$WORK/r2.out" reboot restore)
if [[ $rc -eq 0 ]] && listing reboot | cmp -s - "$WORK/host.enforce"; then
  ok "restoring again replaces the tables (no duplicate rules)"
else
  fail "second restore: exit $rc"
fi
rc=$(run_rc "$WORK/st.out" reboot status "$POLICY" --host ws1)
if [[ $rc -eq 0 ]] && grep -q "in sync" "$WORK/st.out"; then ok "status after the reboot: in sync"; else
  fail "status after restore: exit $rc"
  show "$WORK/st.out"
fi

step "restore: nothing saved is exit 0; a refused transaction loads nothing (exit 3)"
lab_ns reboot2
mkdir "$WORK/empty"
for d in "$WORK/empty" "$WORK/never-created"; do
  rc=$(run_rc "$WORK/r3.out" reboot2 restore --persist-dir "$d")
  if [[ $rc -eq 0 ]] && grep -q "^nothing to restore" "$WORK/r3.out"; then ok "$(cat "$WORK/r3.out")"; else
    fail "restore of $d: exit $rc"
    show "$WORK/r3.out"
  fi
done
rc=$(run_rc "$WORK/r4.out" reboot2 restore --persist-dir relative/dir)
if [[ $rc -eq 2 ]]; then ok "relative --persist-dir: exit 2"; else fail "relative --persist-dir: exit $rc"; fi
cp -a "$BULKHEAD_PERSIST_DIR" "$WORK/bad"
# Names only its own table (so restore's own check passes), but the kernel refuses it.
cat >"$WORK/bad/inet.bulkhead_zone_bad.nft" <<'NFT'
table inet bulkhead_zone_bad
delete table inet bulkhead_zone_bad
table inet bulkhead_zone_bad {
	chain c {
		type filter hook input priority 0; policy accept;
	}
}
delete chain inet bulkhead_zone_bad no_such_chain
NFT
rc=$(run_rc "$WORK/r5.out" reboot2 restore --persist-dir "$WORK/bad")
if [[ $rc -eq 3 ]] && [[ -z $(in_ns reboot2 nft list ruleset) ]]; then
  ok "kernel refused one of three tables: exit 3, none loaded"
else
  fail "all-or-nothing restore: exit $rc, ruleset: $(in_ns reboot2 nft list tables | tr '\n' ' ')"
  show "$WORK/r5.out"
fi
printf 'table inet other {\n}\n' >"$WORK/bad/inet.bulkhead_zone_bad.nft"
rc=$(run_rc "$WORK/r6.out" reboot2 restore --persist-dir "$WORK/bad")
if [[ $rc -eq 3 ]] && grep -q "damaged saved table" "$WORK/r6.out" && [[ -z $(in_ns reboot2 nft list ruleset) ]]; then
  ok "a saved file naming another table: exit 3, nothing loaded"
else
  fail "damaged saved file: exit $rc"
  show "$WORK/r6.out"
fi

# ---------------------------------------------------------------------------------------
step "a foreign table whose input chain has policy drop: status and apply report it"
in_ns host nft -f - <<'NFT' || die "cannot create the foreign table"
table inet foreign {
	chain in {
		type filter hook input priority -5; policy drop;
		tcp dport 22 accept
	}
}
NFT
rc=$(run_rc "$WORK/s1.out" host status "$POLICY" --host ws1)
if [[ $rc -eq 0 ]] && grep -q "table inet foreign, chain in (hook input, priority -5, type filter) may drop what bulkhead accepts: policy drop" "$WORK/s1.out"; then
  ok "status: $(grep -m1 'table inet foreign' "$WORK/s1.out" | sed 's/^ *//' | cut -c1-150)"
else
  fail "status does not report the foreign drop chain (exit $rc)"
  show "$WORK/s1.out" 40
fi
in_ns host "$BIN" status "$POLICY" --host ws1 --format json >"$WORK/s1.json" 2>/dev/null
if python3 - "$WORK/s1.json" <<'PY'; then ok "status --format json: coexistence[] names table, chain, hook, priority"; else fail "status JSON lacks the base-chain finding"; fi
import json, sys
d = json.load(open(sys.argv[1]))
hits = [c for c in d["coexistence"] if c["kind"] == "base-chain" and c["table"] == "inet foreign"]
assert len(hits) == 1, d["coexistence"]
c = hits[0]
assert (c["chain"], c["hook"], c["priority"], c["drops"]) == ("in", "input", -5, ["policy drop"]), c
assert d["in_sync"] is True
PY
rc=$(run_rc "$WORK/d1.out" host apply "$POLICY" --host ws1 --dry-run)
if [[ $rc -eq 0 ]] && grep -q "^warning: base-chain: table inet foreign, chain in" "$WORK/d1.out"; then
  ok "apply --dry-run warns on stderr"
else
  fail "apply does not warn (exit $rc)"
  show "$WORK/d1.out"
fi
in_ns host nft delete table inet foreign

# ---------------------------------------------------------------------------------------
step "a staged root (BULKHEAD_SYSROOT): nftables.conf with flush ruleset, firewalld, ufw, docker0, legacy iptables"
ROOT="$WORK/root"
mkdir -p "$ROOT/etc/ufw" "$ROOT/run/firewalld" "$ROOT/proc/net" "$ROOT/sys/class/net/docker0" \
  "$ROOT/usr/sbin" "$ROOT/etc/systemd/system/sysinit.target.wants"
printf '#!/usr/sbin/nft -f\n\nflush ruleset\n\ntable inet filter {\n\tchain input {\n\t\ttype filter hook input priority filter;\n\t}\n}\n' \
  >"$ROOT/etc/nftables.conf"
ln -s /lib/systemd/system/nftables.service "$ROOT/etc/systemd/system/sysinit.target.wants/nftables.service"
printf 'ENABLED=yes\nLOGLEVEL=low\n' >"$ROOT/etc/ufw/ufw.conf"
printf 'filter\n' >"$ROOT/proc/net/ip_tables_names"
cat >"$ROOT/usr/sbin/iptables-legacy-save" <<'SH'
#!/bin/sh
printf '*filter\n:INPUT ACCEPT [0:0]\n:FORWARD DROP [0:0]\n:OUTPUT ACCEPT [0:0]\n-A INPUT -p tcp --dport 445 -j DROP\n-A INPUT -p tcp --dport 22 -j ACCEPT\nCOMMIT\n'
SH
chmod +x "$ROOT/usr/sbin/iptables-legacy-save"
BULKHEAD_SYSROOT=$ROOT in_ns host "$BIN" status "$POLICY" --host ws1 >"$WORK/s2.out" 2>&1
rc=$?
missing=""
for want in "nftables-conf: /etc/nftables.conf flushes the whole ruleset (\`flush ruleset\` on line 3, its first statement" \
  "nftables.service is enabled" "include \"$BULKHEAD_PERSIST_DIR/\*.nft\"" "firewalld: firewalld is running" \
  "ufw: ufw is enabled" "docker: Docker runs here" "interface docker0" \
  "iptables-legacy: 2 legacy iptables rules (x_tables, tables filter; 1 with DROP or REJECT; policy DROP on filter FORWARD)"; do
  grep -qF -- "${want//\\/}" "$WORK/s2.out" || missing+=" [$want]"
done
if [[ $rc -eq 0 && -z $missing ]]; then ok "status reports firewalld, ufw, docker, iptables-legacy and nftables.conf (flush line, enabled service, the include to add)"; else
  fail "status with the staged root: exit $rc, missing:$missing"
  show "$WORK/s2.out" 60
fi
rc=$(BULKHEAD_SYSROOT=$ROOT run_rc "$WORK/a4.out" host apply "$POLICY" --host ws1 "${NOCONFIRM[@]}")
if [[ $rc -eq 0 ]] && grep -q "^warning: nftables-conf: .*flush ruleset" "$WORK/a4.out" &&
  grep -q "^no change" "$WORK/a4.out"; then
  ok "apply warns on stderr and goes on (warnings are not failures)"
else
  fail "apply with the staged root: exit $rc"
  show "$WORK/a4.out" 30
fi
# Including bulkhead's saved tables after the flush is the documented fix.
printf 'flush ruleset\ninclude "%s/*.nft"\n' "$BULKHEAD_PERSIST_DIR" >"$ROOT/etc/nftables.conf"
BULKHEAD_SYSROOT=$ROOT in_ns host "$BIN" status "$POLICY" --host ws1 >"$WORK/s3.out" 2>&1
if grep -q "nftables-conf" "$WORK/s3.out"; then fail "the fixed nftables.conf still warns"; else
  ok "with include \".../*.nft\" after the flush: no nftables.conf warning"
fi
# ... and the include really brings the tables back when nftables.service loads the file.
lab_ns reboot3
if in_ns reboot3 nft -f "$ROOT/etc/nftables.conf" && listing reboot3 | cmp -s - "$WORK/host.enforce"; then
  ok "nft -f of that nftables.conf in a fresh namespace restores the confirmed table"
else
  fail "the saved files do not work as an nftables.conf include"
fi

# ---------------------------------------------------------------------------------------
step "outside the machine's network namespace the default /var/lib/bulkhead is never used"
had_default=$([[ -e /var/lib/bulkhead ]] && echo yes || echo no)
rc=$(env -u BULKHEAD_PERSIST_DIR "$(command -v ip)" netns exec "$(lab_name host)" "$BIN" apply "$POLICY" --host ws1 "${NOCONFIRM[@]}" >"$WORK/a5.out" 2>&1; echo $?)
if [[ $rc -eq 0 ]] && grep -q "not saved for reboots: this is not the machine's network namespace" "$WORK/a5.out" &&
  [[ $had_default == yes || ! -e /var/lib/bulkhead ]]; then
  ok "$(grep -m1 'not saved' "$WORK/a5.out" | cut -c1-120)"
else
  fail "apply without a persist directory in a lab namespace: exit $rc"
  show "$WORK/a5.out"
fi

echo
if [[ $FAILS -eq 0 ]]; then echo "persist lab: all checks passed"; else echo "persist lab: $FAILS check(s) FAILED"; fi
[[ $FAILS -eq 0 ]]
