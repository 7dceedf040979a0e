#!/usr/bin/env bash
# Hostile inputs against every subcommand: the checks that keep "every input and output
# path fails loudly, completely and atomically" true (docs/testing.md, "Hostile inputs").
#
#   - standard output full (/dev/full) or closed: exit 3 with a message, never 0;
#   - policy directories holding a dangling link, a link loop, a FIFO, a device, a file
#     over the size limit: exit 2 naming the path, no hang;
#   - values with a NUL byte or terminal controls: exit 2 with file:line:column;
#   - a policy file name that is not UTF-8: every JSON output still parses;
#   - bad arguments (negative counts, a directory as a flows file, an unknown command even
#     with --help): exit 2;
#   - query --flows: one line per answered flow, then the error; a line over the length
#     limit or with a NUL byte is an error with its line number;
#   - render -o: all files or none, no temporary file left behind.
#
# usage: tests/hostile/run.sh BULKHEAD_BINARY     (CTest label hostile; no root needed)
set -uo pipefail
bin=$(readlink -f "${1:?usage: run.sh BULKHEAD_BINARY}")
src=${BULKHEAD_SOURCE_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
policy="$src/examples/enterprise"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fails=0
pass() { echo "PASS: $*"; }
fail() {
  echo "FAIL: $*"
  fails=$((fails + 1))
}
# expect CODE DESCRIPTION -- COMMAND...: runs it (stdin from /dev/null, 20 s at most).
expect() {
  local want=$1 what=$2
  shift 3
  timeout 20 "$@" </dev/null >"$work/out" 2>"$work/err"
  local got=$?
  if [[ $got -eq $want ]]; then pass "$what (exit $got)"; else
    fail "$what: exit $got, expected $want: $(head -c 400 "$work/err")"
  fi
}

# --- standard output full or closed ---------------------------------------------------------
commands=(
  "validate $policy"
  "services"
  "services --format json"
  "query $policy --from ws-hq-01 --to fs-01 --service tcp/445"
  "matrix $policy"
  "matrix $policy --format json --by class"
  "render $policy --target nftables --host ws-br-03"
  "render $policy --target windows --host ws-hq-01"
  "verify $policy --allow-gaps"
  "verify $policy --format sarif --allow-gaps"
  "exposure $policy"
  "blast-radius $policy --all --top 3"
  "diff $policy $policy"
  "coverage $policy"
)
for c in "${commands[@]}"; do
  # shellcheck disable=SC2086
  timeout 60 "$bin" $c </dev/null >/dev/full 2>"$work/err"
  code=$?
  if [[ $code -eq 3 ]] && grep -q "cannot write standard output" "$work/err"; then
    pass "stdout full: $c"
  else
    fail "stdout full: $c: exit $code: $(head -c 300 "$work/err")"
  fi
  # shellcheck disable=SC2086
  timeout 60 "$bin" $c </dev/null 2>"$work/err" >&-
  code=$?
  if [[ $code -eq 3 ]]; then pass "stdout closed: $c"; else
    fail "stdout closed: $c: exit $code: $(head -c 300 "$work/err")"
  fi
done
# A reader that goes away: an error, not a silent success.
"$bin" matrix "$policy" --format json --by class 2>"$work/err" | head -c 100 >/dev/null
code=${PIPESTATUS[0]}
if [[ $code -eq 3 ]]; then pass "closed pipe: matrix"; else fail "closed pipe: matrix: exit $code"; fi

# --- hostile policy directories -------------------------------------------------------------
hostile_dir() {  # NAME: a copy of the example plus one hostile entry made by the caller
  rm -rf "$work/$1"
  mkdir -p "$work/$1"
  cp "$policy"/*.yaml "$work/$1/"
}
hostile_dir dangling && ln -s /nonexistent/60-deny.yaml "$work/dangling/60-deny.yaml"
expect 2 "dangling link in a policy directory" -- "$bin" validate "$work/dangling"
grep -q "60-deny.yaml: error: cannot read policy file: a dangling symbolic link" "$work/err" ||
  fail "dangling link message: $(cat "$work/err")"
hostile_dir loop && ln -s 61-loop.yaml "$work/loop/61-loop.yaml"
expect 2 "link loop in a policy directory" -- "$bin" validate "$work/loop"
hostile_dir fifo && mkfifo "$work/fifo/62-fifo.yaml"
expect 2 "FIFO in a policy directory (no hang)" -- "$bin" validate "$work/fifo"
hostile_dir dev && ln -s /dev/zero "$work/dev/63-zero.yaml"
expect 2 "device link in a policy directory" -- "$bin" validate "$work/dev"
expect 2 "a device as the policy" -- "$bin" validate /dev/zero
mkfifo "$work/lone.fifo"
expect 2 "a FIFO as the policy (no hang)" -- "$bin" validate "$work/lone.fifo"
{ echo "bulkhead: 1"; } >"$work/big.yaml" && truncate -s 70M "$work/big.yaml"
expect 2 "a policy file over the size limit" -- "$bin" validate "$work/big.yaml"
grep -q "larger than 64 MiB" "$work/err" || fail "size limit message: $(cat "$work/err")"

# --- NUL bytes and terminal controls in values ------------------------------------------------
printf 'bulkhead: 1\nhosts:\n  - {name: a, address: "198.18.1.1\\0junk"}\n' >"$work/nul.yaml"
expect 2 "NUL byte in an address" -- "$bin" validate "$work/nul.yaml"
grep -q "nul.yaml:3:24: error: a NUL character" "$work/err" || fail "NUL position: $(cat "$work/err")"
printf 'bulkhead: 1\nzones:\n  - {name: z, cidrs: ["198.18.0.0/16\\0x"]}\n' >"$work/nulcidr.yaml"
expect 2 "NUL byte in a CIDR" -- "$bin" validate "$work/nulcidr.yaml"
printf 'bulkhead: 1\nhosts:\n  - {name: a, address: 198.18.1.1, labels: {role: "x\\e[31mred"}}\n' \
  >"$work/esc.yaml"
expect 2 "ESC sequence in a label value" -- "$bin" validate "$work/esc.yaml"
if grep -q $'\e' "$work/err"; then fail "a raw ESC reached the terminal"; else pass "no raw ESC"; fi

# --- file names that are not UTF-8 -------------------------------------------------------------
mkdir -p "$work/latin1"
cp "$policy"/*.yaml "$work/latin1/"
mv "$work/latin1/40-rules-internal.yaml" "$work/latin1/40-r$(printf '\xe8')gles.yaml"
for c in "validate --format json" "verify --format json --allow-gaps" \
  "verify --format sarif --allow-gaps" "matrix --format json" "exposure --format json" \
  "coverage --format json"; do
  read -r -a words <<<"$c"
  timeout 60 "$bin" "${words[0]}" "$work/latin1" "${words[@]:1}" >"$work/out.json" 2>"$work/err"
  code=$?
  if [[ $code -le 1 ]] && python3 -c 'import json,sys; json.load(open(sys.argv[1], encoding="utf-8"))' \
    "$work/out.json" 2>/dev/null; then
    pass "non-UTF-8 file name, $c: complete JSON"
  else
    fail "non-UTF-8 file name, $c: exit $code, JSON does not parse: $(head -c 300 "$work/err")"
  fi
done
printf '10.10.1.11,10.20.1.10,tcp,445\n' |
  "$bin" query "$work/latin1" --flows - >"$work/out.json" 2>"$work/err"
python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]' \
  "$work/out.json" && pass "non-UTF-8 file name, query: JSON lines" ||
  fail "non-UTF-8 file name, query"

# --- arguments -----------------------------------------------------------------------------
expect 2 "blast-radius --max-hops -1" -- "$bin" blast-radius "$policy" --from ws-hq-01 --max-hops -1
expect 2 "blast-radius --top -5" -- "$bin" blast-radius "$policy" --all --top -5
expect 2 "query --flows DIRECTORY" -- "$bin" query "$policy" --flows "$work"
expect 2 "unknown command with --help" -- "$bin" publsh --help
grep -q "unknown command 'publsh'" "$work/err" || fail "unknown command message: $(cat "$work/err")"
expect 2 "unknown command close to a real one" -- "$bin" valdate "$policy"
grep -q "did you mean 'validate'" "$work/err" || fail "closest command: $(cat "$work/err")"

# --- query --flows: each flow once, then the error -----------------------------------------------
printf '10.10.1.11,10.20.1.10,tcp,445\n10.10.1.11,10.20.1.10,tcp,80\nnot,a,flow\n' >"$work/f.csv"
expect 2 "malformed flow line" -- "$bin" query "$policy" --flows "$work/f.csv"
[[ $(wc -l <"$work/out") -eq 2 ]] && pass "answered flows printed once" ||
  fail "answered flows: $(wc -l <"$work/out") lines, expected 2"
grep -q "f.csv:3: error" "$work/err" || fail "flow error line: $(cat "$work/err")"
head -c 100000 /dev/zero | tr '\0' 'x' >"$work/long.csv"
expect 2 "a flow line over the length limit" -- "$bin" query "$policy" --flows "$work/long.csv"
grep -q "long.csv:1: error: line longer than 4096 bytes" "$work/err" || fail "long line message"
printf '10.10.1.11,10.20.1.10,tcp,445\n10.10.1.11\0,10.20.1.10,tcp,445\n' >"$work/nul.csv"
expect 2 "NUL byte in a flow line" -- "$bin" query "$policy" --flows "$work/nul.csv"
grep -q "nul.csv:2: error: NUL byte" "$work/err" || fail "NUL flow message: $(cat "$work/err")"

# --- render -o: all or nothing ----------------------------------------------------------------
mkdir -p "$work/out1/ws-br-03.nft"
expect 3 "render -o with a directory in the way" -- \
  "$bin" render "$policy" --target nftables --all -o "$work/out1"
left=$(find "$work/out1" -mindepth 1 -not -path "$work/out1/ws-br-03.nft" | wc -l)
[[ $left -eq 0 ]] && pass "nothing written, no temporary file" || fail "$left files left behind"
mkdir -p "$work/out2"
echo previous >"$work/out2/ws-br-03.nft"
chmod 0555 "$work/out2"
if [[ $(id -u) -ne 0 ]]; then
  expect 3 "render -o into a read-only directory" -- \
    "$bin" render "$policy" --target nftables --all -o "$work/out2"
  grep -qx previous "$work/out2/ws-br-03.nft" && pass "previous file kept" || fail "file replaced"
fi
chmod 0755 "$work/out2"
expect 0 "render -o writes every file" -- \
  "$bin" render "$policy" --target nftables --all -o "$work/out2"
[[ $(find "$work/out2" -name '*.bulkhead-*' | wc -l) -eq 0 ]] && pass "no temporary files" ||
  fail "temporary files left"

echo "hostile: $fails failed"
[[ $fails -eq 0 ]]
