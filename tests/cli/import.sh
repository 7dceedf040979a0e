#!/usr/bin/env bash
# bulkhead import: the round trips (a host bulkhead rendered comes back with an empty diff at
# that host; an iptables-save and a Windows export keep their seed-table verdicts through
# import -> validate -> render -> audit), warnings for what a draft cannot hold, and exit
# codes 2 and 3 with nothing written.
set -euo pipefail
bin=$1
cd "${BULKHEAD_SOURCE_DIR:?}"
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
run() { set +e; out=$("$bin" "$@" 2>&1); code=$?; set -e; }

# 1. Rendered by bulkhead, imported, compared at the host: no change, in either direction.
for spec in hr-app-01:10.100.1.10 ws-br-03:10.11.2.11 pay-01:10.60.0.10; do
  host=${spec%%:*}
  addr=${spec#*:}
  "$bin" render examples/enterprise -t nftables-json --host "$host" > "$tmp/$host.json" 2>/dev/null \
    || fail "$host: render"
  run import "$tmp/$host.json" -o "$tmp/draft-$host" --host "$host" --address "$addr"
  [ "$code" -eq 0 ] || fail "$host: import exit $code: $out"
  grep -q "^wrote $tmp/draft-$host/$host.yaml: host $host, [1-9][0-9]* rules" <<< "$out" \
    || fail "$host: import summary: $out"
  run validate "$tmp/draft-$host"
  [ "$code" -eq 0 ] || fail "$host: validate exit $code: $out"
  run diff examples/enterprise "$tmp/draft-$host" --host "$host" --fail-on any
  [ "$code" -eq 0 ] || fail "$host: diff at the host is not empty (exit $code): $out"
  grep -q "at host $host's own firewall: 0 changes$" <<< "$out" || fail "$host: diff line: $out"
  # Every rule names the line of the rendered file it comes from.
  n_rules=$(sed -n '/^rules:/,$p' "$tmp/draft-$host/$host.yaml" | grep -c '^  - name: ')
  n_prov=$(sed -n '/^rules:/,$p' "$tmp/draft-$host/$host.yaml" \
    | grep -c "^    description: \".*$tmp/$host.json:[0-9]*:[0-9]*: " || true)
  [ "$n_rules" -gt 0 ] && [ "$n_rules" -eq "$n_prov" ] \
    || fail "$host: provenance on $n_prov of $n_rules rules"
done

# The diff can fail: the same draft with one allow turned into a deny differs at the host.
host=hr-app-01
sed '0,/^    action: allow$/s//    action: deny/' "$tmp/draft-$host/$host.yaml" > "$tmp/edited.yaml"
cmp -s "$tmp/edited.yaml" "$tmp/draft-$host/$host.yaml" && fail "edit: no allow rule to edit"
run diff examples/enterprise "$tmp/edited.yaml" --host "$host" --fail-on any
[ "$code" -eq 1 ] || fail "edited draft: exit $code: $out"
grep -q "^  inbound  .* -> 10.100.1.10 .*: permitted by allow .*, now blocked by deny in-" <<< "$out" \
  || fail "edited draft: change line: $out"
set +e
"$bin" diff examples/enterprise "$tmp/edited.yaml" --host "$host" --format json > "$tmp/diff.json" 2>/dev/null
set -e
python3 - "$tmp/diff.json" <<'PY' || fail "edited draft: json"
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["host"] == "hr-app-01" and doc["addresses"] == [], doc
c = doc["changes"]
assert c and all(x["old"] == "permits" and x["new"] == "blocks" for x in c), c
assert all(x["direction"] == "inbound" and x["address"] == "10.100.1.10" for x in c), c
PY
run diff examples/enterprise "$tmp/draft-$host" --host no-such-host
[ "$code" -eq 2 ] || fail "diff --host unknown: exit $code: $out"

# 2. iptables-save and a Windows export: import -> validate -> render -> audit, with the
# seed table's verdict of every service as in the original.
# The seed-table rows of an audit on IPv4, "service status": the originals below have no
# IPv6 chain (IPv6 passes them unfiltered, and so it passes the drafts), so the rows are
# compared on their IPv4 sources.
seed() {
  set +e
  "$bin" audit "$@" --fail-on none 2>/dev/null | python3 -c '
import re, sys
for line in sys.stdin:
    m = re.match(r"^    ([a-z-]+) +(open|may be open|blocked|exempt)(?: from (.*?), e\.g\.)?", line)
    if not m:
        continue
    status = m.group(2)
    if m.group(3) is not None and not re.search(r"IPv4|\d+\.\d+\.\d+\.\d+", m.group(3)):
        status = "blocked"
    print(m.group(1), status)
'
  set -e
}
data=tests/unit/ruleset/data
run import "$data/host.iptables" -o "$tmp/draft-ipt" --address 10.0.0.5
[ "$code" -eq 0 ] || fail "iptables: import exit $code: $out"
# The ipset rule is not modelled: a warning at its position, a comment at its place.
grep -q "^$data/host.iptables:14:[0-9]*: warning: not in the draft: not modelled exactly" <<< "$out" \
  || fail "iptables: warning: $out"
grep -q "NOT IN THE DRAFT: $data/host.iptables:14" "$tmp/draft-ipt/host.yaml" \
  || fail "iptables: comment in the draft"
run validate "$tmp/draft-ipt"
[ "$code" -eq 0 ] || fail "iptables: validate: $out"
"$bin" render "$tmp/draft-ipt" -t nftables-json --host host > "$tmp/ipt-render.json" 2>/dev/null \
  || fail "iptables: render"
orig=$(seed "$data/host.iptables" | sort -u)
back=$(seed "$tmp/ipt-render.json" | sort -u)
[ -n "$orig" ] && [ "$(wc -l <<< "$orig")" -eq 9 ] || fail "iptables: seed table: $orig"
[ "$orig" = "$back" ] || fail "iptables: seed verdicts differ: original
$orig
rendered draft
$back"

# Two files of one host (iptables-save and ip6tables-save) make one host: IPv6 is drafted
# from its own chain, and no note says it passes unjudged.
printf '*filter\n:INPUT DROP [0:0]\n:OUTPUT ACCEPT [0:0]\n-A INPUT -s 2001:db8:5::/48 -p tcp -m tcp --dport 22 -j ACCEPT\nCOMMIT\n' \
  > "$tmp/host.ip6tables"
run import "$data/host.iptables" "$tmp/host.ip6tables" -o "$tmp/draft-two" --input-format iptables-save \
  --address 10.0.0.5 --address 2001:db8::5
[ "$code" -eq 0 ] || fail "two files: exit $code: $out"
grep -q "no inbound point judges IPv6" <<< "$out" && fail "two files: IPv6 note: $out"
grep -q '^    from: {cidr: \["2001:db8:5::/48"\]}' "$tmp/draft-two/host.yaml" || fail "two files: IPv6 rule"
grep -q "^    description: \"$tmp/host.ip6tables:4: -A INPUT -s 2001:db8:5::/48" "$tmp/draft-two/host.yaml" \
  || fail "two files: IPv6 provenance"
grep -q "note: no inbound point judges IPv6 packets" <<< "$("$bin" import "$data/host.iptables" -o "$tmp/draft-one" 2>&1)" \
  || fail "one file: IPv6 note"
run import "$data/host.iptables" -o "$tmp/draft-bad" --input-format bogus
[ "$code" -eq 2 ] || fail "bad --input-format: exit $code: $out"

win=tests/unit/windows/data/dc-01-in-sync.json
run import "$win" -o "$tmp/draft-win"
[ "$code" -eq 2 ] || fail "windows without --point: exit $code: $out"
grep -q "choose one with --point" <<< "$out" || fail "windows without --point: $out"
[ ! -e "$tmp/draft-win" ] || fail "windows without --point: wrote the draft"
run import "$win" -o "$tmp/draft-win" --point Domain --host dc-01 --address 10.20.0.10
[ "$code" -eq 0 ] || fail "windows: import exit $code: $out"
run validate "$tmp/draft-win"
[ "$code" -eq 0 ] || fail "windows: validate: $out"
"$bin" render "$tmp/draft-win" -t windows --host dc-01 -o "$tmp/win-render" >/dev/null 2>&1 \
  || fail "windows: render windows"
[ -s "$tmp/win-render/dc-01.ps1" ] || fail "windows: nothing rendered"
"$bin" render "$tmp/draft-win" -t nftables-json --host dc-01 > "$tmp/win-nft.json" 2>/dev/null \
  || fail "windows: render nftables-json"
orig=$(seed "$win" | sort -u)
back=$(seed "$tmp/win-nft.json" | sort -u)
[ -n "$orig" ] || fail "windows: seed table empty"
[ "$orig" = "$back" ] || fail "windows: seed verdicts differ: original
$orig
rendered draft
$back"

# 3. Bad input: located error, exit 2, nothing written.
printf '*filter\n:INPUT DROP [0:0]\n-A INPUT -p tcp --dport 99999 -j ACCEPT\nCOMMIT\n' > "$tmp/bad.rules"
run import "$tmp/bad.rules" -o "$tmp/draft-bad"
[ "$code" -eq 2 ] || fail "bad rules: exit $code: $out"
grep -q "^$tmp/bad.rules:3:[0-9]*: error: " <<< "$out" || fail "bad rules: location: $out"
[ ! -e "$tmp/draft-bad" ] || fail "bad rules: wrote the draft"
run import "$tmp/missing.rules" -o "$tmp/draft-bad"
[ "$code" -eq 2 ] || fail "missing file: exit $code: $out"
run import "$data/host.iptables" -o "$tmp/draft-bad" --address 10.0.0.999
[ "$code" -eq 2 ] || fail "bad address: exit $code: $out"
run import "$data/host.iptables" -o "$tmp/draft-bad" --host 'bad name'
[ "$code" -eq 2 ] || fail "bad host: exit $code: $out"
[ ! -e "$tmp/draft-bad" ] || fail "bad flags: wrote the draft"

# 4. A failed write: exit 3, nothing left behind.
mkdir "$tmp/ro"
chmod a-w "$tmp/ro"
if [ ! -w "$tmp/ro" ]; then
  run import "$data/host.iptables" -o "$tmp/ro/draft"
  [ "$code" -eq 3 ] || fail "read-only: exit $code: $out"
  [ ! -e "$tmp/ro/draft" ] || fail "read-only: left a directory"
fi
mkdir -p "$tmp/occupied/host.yaml"
run import "$data/host.iptables" -o "$tmp/occupied"
[ "$code" -eq 3 ] || fail "occupied: exit $code: $out"
[ -z "$(find "$tmp/occupied" -name '*bulkhead-tmp*')" ] || fail "occupied: left a temporary"

echo "import: ok"
