#!/usr/bin/env bash
# Output files named with -o: a regular file is replaced atomically, a symbolic link keeps
# pointing at the replaced file, a FIFO (like /dev/stdout or /dev/null, a node that is not a
# regular file) is written in place and stays a FIFO, and a directory is refused with exit 3.
set -euo pipefail
bin=$1
fail() { echo "FAIL: $*" >&2; exit 1; }

dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
log=$dir/flows.csv
printf 'src,dst,proto,port,action,time\n10.1.0.11,10.10.0.20,tcp,445,accept,1765000000\n' > "$log"

"$bin" flows aggregate "$log" -o "$dir/plain.agg" || fail "regular file: exit $?"
[ -f "$dir/plain.agg" ] && [ -s "$dir/plain.agg" ] || fail "regular file not written"

echo old > "$dir/real.agg"
ln -s real.agg "$dir/link.agg"
"$bin" flows aggregate "$log" -o "$dir/link.agg" || fail "symlink: exit $?"
[ -L "$dir/link.agg" ] || fail "the symbolic link was replaced by a file"
cmp -s "$dir/real.agg" "$dir/plain.agg" || fail "the linked file does not hold the output"

mkfifo "$dir/fifo"
cat "$dir/fifo" > "$dir/from-fifo" &
reader=$!
"$bin" flows aggregate "$log" -o "$dir/fifo" || fail "fifo: exit $?"
wait "$reader"
[ -p "$dir/fifo" ] || fail "the FIFO was replaced by a regular file"
cmp -s "$dir/from-fifo" "$dir/plain.agg" || fail "the FIFO's reader did not get the output"
[ ! -e "$dir/fifo.bulkhead-tmp" ] || fail "a temporary file was left beside the FIFO"

mkdir "$dir/adir"
set +e
"$bin" flows aggregate "$log" -o "$dir/adir" 2> "$dir/err"; rc=$?
set -e
[ $rc -eq 3 ] || fail "directory: exit $rc, want 3"
grep -q "is a directory" "$dir/err" || fail "directory: $(cat "$dir/err")"
echo "ok"
