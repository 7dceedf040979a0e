#!/usr/bin/env bash
# Lockout protection of `bulkhead apply`, in a lab of network namespaces: a server `srv`
# (198.18.0.10) and an administrator's machine `admin` (198.18.0.20) on one bridge.
#
#   - apply refuses (exit 2, the ruleset byte-for-byte unchanged, no rollback armed) when
#     the new policy would block a new connection of the session it runs in: one named
#     by $SSH_CONNECTION, and one found as an established connection to a port a process
#     called `sshd` listens on (a small python listener renamed through /proc/self/comm,
#     with a client connected from the admin namespace); --force applies anyway, and a
#     new connection is then really refused; a policy that keeps the session applies;
#   - apply refuses in a namespace that holds none of the host's addresses;
#   - `--confirm ''` and `--confirm` with `--no-confirm` are exit 2, nothing applied;
#   - the rollback timer is on by default (pending file, `--confirm-ok` keeps it);
#   - a relative --state-dir still rolls back; an existing 1777 state directory keeps its
#     mode; a symlinked one is refused.
#
# usage: tests/e2e/lockout.sh BULKHEAD_BINARY        (CTest label e2e; needs root)
# Exits 77 (skip) with a reason when not root or when nftables / ip netns are missing.
# Only 198.18.0.0/15 addresses, only inside namespaces created here; all removed on exit.
set -uo pipefail

BIN=${1:-}
SRC=${BULKHEAD_SOURCE_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}

skip() {
  echo "SKIP: $*"
  exit 77
}
[[ -n $BIN && -x $BIN ]] || { echo "usage: $0 BULKHEAD_BINARY" >&2; exit 2; }
BIN=$(readlink -f "$BIN")
[[ $(id -u) -eq 0 ]] || skip "the lockout lab needs root (network namespaces and nftables)"
for tool in ip nft python3 od stat; do
  command -v "$tool" >/dev/null || skip "'$tool' is not installed"
done

# shellcheck source=scripts/lab/netns.sh source-path=SCRIPTDIR/../..
source "$SRC/scripts/lab/netns.sh"
lab_init
WORK=$(mktemp -d "/tmp/bulkhead-lockout.XXXXXX")
export BULKHEAD_STATE_DIR="$WORK/state" # never the machine's /run/bulkhead
export BULKHEAD_PERSIST_DIR="$WORK/persist" # confirmed tables: never the machine's /var/lib/bulkhead
# Only the sessions this script sets up may count; the caller's own ssh login (if any)
# is not on a lab address anyway, but keep the environment clean.
unset SSH_CONNECTION

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
in_ns() {
  local h=$1
  shift
  ip netns exec "$(lab_name "$h")" "$@"
}
# run_rc OUTFILE HOST ARGS...: bulkhead in HOST, both streams to OUTFILE; prints the exit code.
run_rc() {
  local out=$1 h=$2
  shift 2
  in_ns "$h" "$BIN" "$@" >"$out" 2>&1
  echo $?
}
show() { sed 's/^/    | /' "$1" | head -n "${2:-20}"; }
# The ruleset with its rules and handles; counter values are left out (a stray packet,
# such as a retransmission of an earlier test connection, may tick one at any time).
ruleset() { in_ns srv nft -a list ruleset | sed -E 's/counter packets [0-9]+ bytes [0-9]+/counter/'; }
pending_files() { find "$BULKHEAD_STATE_DIR" -name '*.pending' 2>/dev/null | wc -l; }
# expect_refusal NAME OUTFILE RC PATTERN...: exit 2, every pattern in the output, the
# ruleset byte-for-byte as in $WORK/before, and no rollback armed.
expect_refusal() {
  local name=$1 out=$2 rc=$3 pat
  shift 3
  ruleset >"$WORK/after"
  local good=1
  [[ $rc -eq 2 ]] || { fail "$name: exit $rc, expected 2"; good=0; }
  for pat in "$@"; do
    grep -qF -- "$pat" "$out" || { fail "$name: the message lacks '$pat'"; good=0; }
  done
  cmp -s "$WORK/before" "$WORK/after" || {
    fail "$name: the ruleset changed"
    diff "$WORK/before" "$WORK/after" | head -20
    good=0
  }
  [[ $(pending_files) -eq 0 ]] || { fail "$name: a rollback was armed"; good=0; }
  if [[ $good -eq 1 ]]; then ok "$name: exit 2, ruleset unchanged: $(grep -m1 'error' "$out" | cut -c1-150)"; else show "$out"; fi
}
# connects ADDRESS PORT: a new TCP connection from the admin namespace succeeds.
connects() {
  in_ns admin python3 -c 'import socket, sys
socket.create_connection((sys.argv[1], int(sys.argv[2])), timeout=1).close()' "$1" "$2" 2>/dev/null
}

# ---------------------------------------------------------------------------------------
step "building the lab (prefix $LAB_PREFIX)"
lab_switch
lab_bridge br0
lab_ns srv
lab_attach srv eth0 198.18.0.10/24 br0
lab_ns admin
lab_attach admin eth0 198.18.0.20/24 br0

# cut.yaml gives the administrator the web server only: ssh falls to the inbound
# default deny. keep.yaml adds settings.management (ssh, WinRM, RDP from admin hosts).
cat >"$WORK/cut.yaml" <<'YAML'
bulkhead: 1
name: lockout-lab
zones:
  - name: lab
    cidrs: [198.18.0.0/24]
hosts:
  - name: srv
    address: 198.18.0.10
    labels: {role: server}
  - name: admin
    address: 198.18.0.20
    labels: {admin: "yes"}
    managed: false
rules:
  - name: admin-web
    action: allow
    from: {admin: "yes"}
    to: {role: server}
    services: [http]
YAML
{
  cat "$WORK/cut.yaml"
  printf 'settings:\n  management: {admin: "yes"}\n'
} >"$WORK/keep.yaml"
ok "namespaces ${LAB_NAMESPACES[*]}; policies cut.yaml (no ssh) and keep.yaml (management)"

# ---------------------------------------------------------------------------------------
step "bad rollback flags are refused before anything is touched"
ruleset >"$WORK/before"
rc=$(run_rc "$WORK/empty.out" srv apply "$WORK/keep.yaml" --host srv --confirm '')
expect_refusal "--confirm ''" "$WORK/empty.out" "$rc" "empty value"
rc=$(run_rc "$WORK/both.out" srv apply "$WORK/keep.yaml" --host srv --confirm 1m --no-confirm)
expect_refusal "--confirm 1m --no-confirm" "$WORK/both.out" "$rc" "--no-confirm"
in_ns srv nft list table inet bulkhead >/dev/null 2>&1 && fail "a refused apply created the table"

step "a namespace that holds none of the host's addresses is refused"
in_ns admin nft -a list ruleset | sed -E 's/counter packets [0-9]+ bytes [0-9]+/counter/' >"$WORK/admin.before"
rc=$(run_rc "$WORK/wrong.out" admin apply "$WORK/keep.yaml" --host srv --no-confirm)
in_ns admin nft -a list ruleset | sed -E 's/counter packets [0-9]+ bytes [0-9]+/counter/' >"$WORK/admin.after"
if [[ $rc -eq 2 ]] && grep -qF "holds none of host srv's addresses (198.18.0.10)" "$WORK/wrong.out" &&
  cmp -s "$WORK/admin.before" "$WORK/admin.after"; then
  ok "exit 2: $(head -n1 "$WORK/wrong.out" | cut -c1-150)"
else
  fail "apply --host srv in the admin namespace: exit $rc"
  show "$WORK/wrong.out"
fi

# ---------------------------------------------------------------------------------------
step "\$SSH_CONNECTION: a policy that cuts the session is refused"
ruleset >"$WORK/before"
rc=$(SSH_CONNECTION="198.18.0.20 50022 198.18.0.10 22" run_rc "$WORK/ssh-env.out" srv apply \
  "$WORK/cut.yaml" --host srv)
expect_refusal "cut.yaml under \$SSH_CONNECTION" "$WORK/ssh-env.out" "$rc" \
  "from 198.18.0.20 to 198.18.0.10 tcp/22 (\$SSH_CONNECTION)" \
  "the inbound default deny of host srv" "settings.management" "services: [tcp/22]"
# Seen from another namespace the same variable names a session that does not pass
# srv's firewall: not checked (the dry run only warns anyway).
rc=$(SSH_CONNECTION="198.18.0.20 50022 203.0.113.9 22" run_rc "$WORK/ssh-away.out" srv apply \
  "$WORK/cut.yaml" --host srv --dry-run)
if [[ $rc -eq 0 ]] && grep -q "not checked" "$WORK/ssh-away.out" && ! grep -q "lock out" "$WORK/ssh-away.out"; then
  ok "a \$SSH_CONNECTION to an address of another namespace is noted, not judged"
else
  fail "\$SSH_CONNECTION to another address: exit $rc"
  show "$WORK/ssh-away.out"
fi

# ---------------------------------------------------------------------------------------
step "an established connection to a process named sshd: refused, kept, forced"
in_ns srv python3 -c '
import socket, sys
with open("/proc/self/comm", "w") as f:
    f.write("sshd")  # what the check looks for; exec -a would not change it
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("0.0.0.0", 22))
srv.listen(16)
open(sys.argv[1], "w").close()
held = []
while True:
    held.append(srv.accept()[0])
' "$WORK/sshd.ready" >"$WORK/sshd.log" 2>&1 &
for _ in $(seq 100); do [[ -f $WORK/sshd.ready ]] && break; sleep 0.05; done
[[ -f $WORK/sshd.ready ]] || die "the fake sshd did not start: $(cat "$WORK/sshd.log")"
in_ns admin python3 -c '
import socket, sys, time
c = socket.create_connection(("198.18.0.10", 22), timeout=5)
open(sys.argv[1], "w").close()
time.sleep(900)
' "$WORK/client.ready" >"$WORK/client.log" 2>&1 &
for _ in $(seq 100); do [[ -f $WORK/client.ready ]] && break; sleep 0.05; done
[[ -f $WORK/client.ready ]] || die "the admin's client did not connect: $(cat "$WORK/client.log")"
SSHD_COMM=$(for p in $(ip netns pids "$(lab_name srv)"); do cat "/proc/$p/comm"; done | sort -u | tr '\n' ' ')
ok "fake sshd on srv:22 (processes in srv: $SSHD_COMM), admin connected from 198.18.0.20"

ruleset >"$WORK/before"
rc=$(run_rc "$WORK/sshd-cut.out" srv apply "$WORK/cut.yaml" --host srv)
expect_refusal "cut.yaml with an sshd session" "$WORK/sshd-cut.out" "$rc" \
  "from 198.18.0.20 to 198.18.0.10 tcp/22 (sshd (pid" "the inbound default deny of host srv" \
  "--force"

rc=$(run_rc "$WORK/keep.out" srv apply "$WORK/keep.yaml" --host srv)
if [[ $rc -eq 0 ]] && grep -q "^applied" "$WORK/keep.out" && grep -q "rollback armed" "$WORK/keep.out" &&
  grep -q "on by default" "$WORK/keep.out" && [[ $(pending_files) -eq 1 ]]; then
  ok "keep.yaml applies without --force; the default rollback timer is armed (1 pending file)"
else
  fail "keep.yaml: exit $rc, $(pending_files) pending file(s)"
  show "$WORK/keep.out"
fi
if connects 198.18.0.10 22; then ok "a new ssh connection from admin still gets in"; else
  fail "keep.yaml blocks a new ssh connection from admin"
fi
rc=$(run_rc "$WORK/status.out" srv status "$WORK/keep.yaml" --host srv)
if grep -q "unconfirmed change" "$WORK/status.out"; then ok "status shows the unconfirmed change"; else
  fail "status does not show the unconfirmed change (exit $rc)"
  show "$WORK/status.out"
fi
rc=$(run_rc "$WORK/ok.out" srv apply --confirm-ok)
if [[ $rc -eq 0 ]] && grep -q "^confirmed" "$WORK/ok.out" && [[ $(pending_files) -eq 0 ]]; then
  ok "--confirm-ok keeps it: $(cut -c1-120 "$WORK/ok.out")"
else
  fail "--confirm-ok: exit $rc"
  show "$WORK/ok.out"
fi

# With a table in place the refusal is checked on the full listing, handles included.
ruleset >"$WORK/before"
rc=$(run_rc "$WORK/sshd-cut2.out" srv apply "$WORK/cut.yaml" --host srv --no-confirm)
expect_refusal "cut.yaml over keep.yaml" "$WORK/sshd-cut2.out" "$rc" "tcp/22 (sshd (pid"

rc=$(run_rc "$WORK/force.out" srv apply "$WORK/cut.yaml" --host srv --force --no-confirm)
if [[ $rc -eq 0 ]] && grep -q "^applied" "$WORK/force.out" && ! grep -q "rollback armed" "$WORK/force.out"; then
  ok "--force --no-confirm applies cut.yaml"
else
  fail "--force: exit $rc"
  show "$WORK/force.out"
fi
if connects 198.18.0.10 22; then fail "after cut.yaml a new ssh connection still gets in: the check was wrong"; else
  ok "and a new ssh connection from admin is now really refused (as the check said)"
fi

# ---------------------------------------------------------------------------------------
step "a relative state directory still rolls back"
in_ns srv nft -s list table inet bulkhead >"$WORK/cut.table"
(cd "$WORK" && env -u BULKHEAD_STATE_DIR ip netns exec "$(lab_name srv)" "$BIN" apply \
  "$WORK/keep.yaml" --host srv --state-dir rel-state --confirm 3s >"$WORK/rel.out" 2>&1)
rc=$?
if [[ $rc -eq 0 ]] && grep -q "rollback armed" "$WORK/rel.out" && ls "$WORK"/rel-state/*.pending >/dev/null 2>&1; then
  ok "armed with --state-dir rel-state: the pending file is in $WORK/rel-state"
else
  fail "apply --state-dir rel-state --confirm 3s: exit $rc"
  show "$WORK/rel.out"
fi
for _ in $(seq 60); do
  in_ns srv nft -s list table inet bulkhead | cmp -s - "$WORK/cut.table" && break
  sleep 0.1
done
if in_ns srv nft -s list table inet bulkhead | cmp -s - "$WORK/cut.table"; then
  ok "rolled back to the previous table after the 3s deadline"
else
  fail "the change armed with a relative state directory was not rolled back"
fi
if ls "$WORK"/rel-state/*.rollback >/dev/null 2>&1; then ok "the rollback record is in $WORK/rel-state"; else
  fail "no rollback record in $WORK/rel-state"
fi

step "an existing state directory keeps its mode; a symlink is refused"
mkdir "$WORK/shared"
chmod 1777 "$WORK/shared"
rc=$(run_rc "$WORK/shared.out" srv apply "$WORK/keep.yaml" --host srv --state-dir "$WORK/shared" --confirm 1m)
mode=$(stat -c %a "$WORK/shared")
if [[ $rc -eq 0 && $mode == 1777 ]]; then ok "applied with --state-dir $WORK/shared; its mode is still $mode"; else
  fail "--state-dir on a 1777 directory: exit $rc, mode $mode"
  show "$WORK/shared.out"
fi
rc=$(run_rc "$WORK/shared-ok.out" srv apply --confirm-ok --state-dir "$WORK/shared")
[[ $rc -eq 0 ]] || { fail "--confirm-ok --state-dir shared: exit $rc"; show "$WORK/shared-ok.out"; }
ln -s "$WORK/shared" "$WORK/link"
ruleset >"$WORK/before"
rc=$(run_rc "$WORK/link.out" srv apply "$WORK/cut.yaml" --host srv --force --state-dir "$WORK/link")
expect_refusal "--state-dir on a symlink" "$WORK/link.out" "$rc" "is a symlink"

echo "--- done: $FAILS failure(s)"
[[ $FAILS -eq 0 ]]
