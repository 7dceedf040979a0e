#!/usr/bin/env bash
# The .case runner must fail when it should: a wrong verdict, a wrong exit code, a wrong
# JSON field, a wrong error line, and a line missing from a `contains` output each make it
# exit 1 naming the record's line; a file with no record, a record with an empty
# expectation and an unknown record are errors (exit 2). A correct file passes.
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
runner="$here/run-case"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# expect CODE FILE [LINE]: the runner exits CODE on FILE (and names FILE:LINE).
expect() {
  local want=$1 file=$2 line=${3:-} out code
  out=$(python3 "$runner" "$bin" "$file" 2>&1)
  code=$?
  [ "$code" -eq "$want" ] || fail "$(basename "$file"): exit $code, expected $want: $out"
  if [ -n "$line" ]; then
    printf '%s\n' "$out" | grep -q "$(basename "$file"):$line: FAIL" \
      || fail "$(basename "$file"): the failure does not name line $line: $out"
  fi
}

policy='policy
bulkhead: 1
settings: {default_inbound: deny, default_outbound: allow}
hosts:
  - {name: a, address: 10.0.0.1, labels: {role: ws}}
  - {name: b, address: 10.0.0.2, labels: {role: fs}}
rules:
  - {name: ws-fs, action: allow, from: {role: ws}, to: {role: fs}, services: [smb]}
end
'

write() { printf '%s\n%s' "$policy" "$2" > "$tmp/$1.case"; }

# The usage error's exact text is the CLI's; learn it rather than guess, then check the
# rest of the file passes.
msg=$(cd "$tmp" && printf '%s' "$policy" | sed '1d;$d' > policy.yaml \
      && "$bin" query policy.yaml --from a --to nowhere --service smb 2>&1 >/dev/null)
write good "query a -> b smb
----
allow rule=ws-fs at=policy.yaml:7 reachable intended

expect-error query --from a --to nowhere --service smb
----
$msg
"
expect 0 "$tmp/good.case"

write verdict 'query b -> a smb
----
allow rule=ws-fs at=policy.yaml:7 reachable intended
'
expect 1 "$tmp/verdict.case" 11

write at 'query a -> b smb
----
allow rule=ws-fs at=policy.yaml:8 reachable intended
'
expect 1 "$tmp/at.case" 11

write code 'run query --from a --to b --service smb
exit 2
---- contains
ws-fs
end
'
expect 1 "$tmp/code.case" 11

write contains 'run query --from a --to b --service smb
---- contains
"rule":"ws-fs"
"rule":"no-such-rule"
end
'
expect 1 "$tmp/contains.case" 11

write exact 'run query --from a --to b --service smb
----
{"src":"10.0.0.1"}
end
'
expect 1 "$tmp/exact.case" 11

write field 'json query --from a --to b --service smb
----
tier = "allow"
reachable = false
'
expect 1 "$tmp/field.case" 11

write missing 'json query --from a --to b --service smb
----
no.such.key = 1
'
expect 1 "$tmp/missing.case" 11

write error 'expect-error
----
policy.yaml:1:1: error: something
'
expect 1 "$tmp/error.case" 11

printf '# nothing but a comment\n' > "$tmp/empty.case"
expect 2 "$tmp/empty.case"
write noexpect 'query a -> b smb
----
'
expect 2 "$tmp/noexpect.case"
write unknown 'frobnicate a b
'
expect 2 "$tmp/unknown.case"
printf '%s' "$policy" > "$tmp/policyonly.case"
expect 2 "$tmp/policyonly.case"
echo "runner self-test: all checks passed"
