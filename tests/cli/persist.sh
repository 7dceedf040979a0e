#!/usr/bin/env bash
# `bulkhead persist install|remove` and the parts of `bulkhead restore` that need no
# kernel: the unit file's text and mode, `systemd-analyze verify` on it (when installed),
# remove (unit and enablement link), and the usage errors (exit 2, nothing written).
# Needs no root; never runs systemctl; writes only under a temporary directory.
# The kernel side (save on confirm, restore after a "reboot") is tests/e2e/persist.sh.
set -euo pipefail
bin=$(readlink -f "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
unset BULKHEAD_PERSIST_DIR
units="$work/units"
mkdir -p "$units"

# run OUT ARGS...: runs bulkhead, both streams to OUT, prints the exit code.
run() {
  local out=$1
  shift
  set +e
  "$bin" "$@" >"$out" 2>&1
  echo $?
  set -e
}

# --- install ---------------------------------------------------------------------------
rc=$(run "$work/install.out" persist install --unit-dir "$units" --persist-dir /var/lib/bulkhead)
[[ $rc -eq 0 ]] || { cat "$work/install.out"; fail "persist install: exit $rc"; }
unit="$units/bulkhead-restore.service"
[[ -f $unit ]] || fail "no unit file written"
[[ $(stat -c %a "$unit") == 644 ]] || fail "unit mode $(stat -c %a "$unit"), expected 644"
grep -qx "ExecStart=$bin restore --persist-dir /var/lib/bulkhead" "$unit" ||
  fail "ExecStart is not the absolute binary path: $(grep ExecStart "$unit")"
for line in Type=oneshot RemainAfterExit=yes DefaultDependencies=no Wants=network-pre.target \
  "Before=network-pre.target shutdown.target" RequiresMountsFor=/var/lib/bulkhead \
  WantedBy=sysinit.target; do
  grep -qx "$line" "$unit" || fail "unit lacks '$line'"
done
grep -q "After=.*local-fs.target" "$unit" || fail "unit is not ordered after local-fs.target"
grep -q "After=.*nftables.service" "$unit" || fail "unit is not ordered after nftables.service"
grep -q "systemctl daemon-reload && systemctl enable bulkhead-restore.service" "$work/install.out" ||
  fail "install does not print the systemctl command: $(cat "$work/install.out")"

if command -v systemd-analyze >/dev/null; then
  set +e
  systemd-analyze verify --man=no "$unit" >"$work/verify.out" 2>&1
  vrc=$?
  set -e
  # verify exits 0 on some parse warnings: any line about our unit is a failure too.
  if [[ $vrc -ne 0 ]] || grep -q "bulkhead-restore" "$work/verify.out"; then
    cat "$work/verify.out"
    fail "systemd-analyze verify: exit $vrc"
  fi
  echo "systemd-analyze verify: clean"
else
  echo "SKIP (part): systemd-analyze is not installed; the unit file was not verified by systemd"
fi

# The environment chooses the directory when no flag does; installing again replaces.
rc=$(BULKHEAD_PERSIST_DIR=/srv/bh run "$work/env.out" persist install --unit-dir "$units")
[[ $rc -eq 0 ]] || fail "persist install with BULKHEAD_PERSIST_DIR: exit $rc"
grep -qx "ExecStart=$bin restore --persist-dir /srv/bh" "$unit" || fail "BULKHEAD_PERSIST_DIR not used"

# --- usage errors: exit 2, nothing written ----------------------------------------------
cp "$unit" "$work/unit.before"
for args in "--persist-dir relative/dir" "--persist-dir /with space" "--persist-dir /a%b" \
  "--unit-dir $work/no-such-dir"; do
  # shellcheck disable=SC2086
  rc=$(run "$work/bad.out" persist install --unit-dir "$units" $args)
  [[ $rc -eq 2 ]] || { cat "$work/bad.out"; fail "persist install $args: exit $rc, expected 2"; }
  cmp -s "$unit" "$work/unit.before" || fail "persist install $args changed the unit file"
done
rc=$(BULKHEAD_PERSIST_DIR=rel run "$work/bad.out" persist install --unit-dir "$units")
[[ $rc -eq 2 ]] || fail "relative BULKHEAD_PERSIST_DIR: exit $rc, expected 2"
rc=$(run "$work/bad.out" persist)
[[ $rc -eq 2 ]] || fail "persist without install/remove: exit $rc, expected 2"

# --- remove: the unit and the link `systemctl enable` would have made -----------------
mkdir -p "$units/sysinit.target.wants"
ln -s "$unit" "$units/sysinit.target.wants/bulkhead-restore.service"
rc=$(run "$work/remove.out" persist remove --unit-dir "$units")
[[ $rc -eq 0 ]] || { cat "$work/remove.out"; fail "persist remove: exit $rc"; }
[[ ! -e $unit && ! -L $units/sysinit.target.wants/bulkhead-restore.service ]] ||
  fail "persist remove left the unit or its link"
grep -q "systemctl daemon-reload" "$work/remove.out" || fail "remove does not say to reload systemd"
rc=$(run "$work/remove2.out" persist remove --unit-dir "$units")
if [[ $rc -ne 0 ]] || ! grep -q "not installed" "$work/remove2.out"; then
  fail "second persist remove: exit $rc, $(cat "$work/remove2.out")"
fi

# --- restore without anything saved: exit 0, a clear message; bad directory: exit 2 ------
rc=$(run "$work/r1.out" restore --persist-dir "$work/never-created")
if [[ $rc -ne 0 ]] || ! grep -q "nothing to restore: .* does not exist" "$work/r1.out"; then
  fail "restore of a missing directory: exit $rc, $(cat "$work/r1.out")"
fi
mkdir "$work/empty"
rc=$(run "$work/r2.out" restore --persist-dir "$work/empty")
if [[ $rc -ne 0 ]] || ! grep -q "nothing to restore: no saved table" "$work/r2.out"; then
  fail "restore of an empty directory: exit $rc, $(cat "$work/r2.out")"
fi
rc=$(run "$work/r3.out" restore --persist-dir relative)
[[ $rc -eq 2 ]] || fail "restore --persist-dir relative: exit $rc, expected 2"
rc=$(run "$work/r4.out" apply --confirm-ok --persist-dir relative)
[[ $rc -eq 2 ]] || fail "apply --confirm-ok --persist-dir relative: exit $rc, expected 2"
echo "persist: ok"
