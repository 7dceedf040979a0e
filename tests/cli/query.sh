#!/usr/bin/env bash
# bulkhead query: the contract of spec section 7 on the bundled example, single and batch.
set -euo pipefail
bin=$1
cd "${BULKHEAD_SOURCE_DIR:?}"
policy=examples/enterprise
fail() { echo "FAIL: $*" >&2; exit 1; }

# Single flow: the exact JSON object, key order included.
out=$("$bin" query "$policy" --from 10.10.1.11 --to 10.10.1.12 --service tcp/445)
want='{"src":"10.10.1.11","dst":"10.10.1.12","proto":"tcp","port":445,"tier":"deny","reachable":false,"intended":false,"rule":"lateral-movement/smb","at":"examples/enterprise/00-settings.yaml:69"}'
[ "$out" = "$want" ] || fail "single query: got $out"

# Host names are accepted for --from/--to.
"$bin" query "$policy" --from ws-hq-01 --to fs-01 --service tcp/445 | grep '"tier":"allow"' > /dev/null \
  || fail "host names in --from/--to"

# Batch: comments, blanks, icmp without a port, IPv6; one line per flow in input order.
flows=$(mktemp); trap 'rm -f "$flows"' EXIT
cat > "$flows" <<'CSV'
# src,dst,proto,port
10.10.1.11,10.20.1.10,tcp,445

10.10.1.11,10.10.1.12,udp,137   # netbios-ns between workstations
203.0.113.5,172.16.10.80,tcp,443
10.10.1.11,10.10.1.12,icmp
"2001:db8:99::1","2001:db8:10::80",tcp,443
"2001:db8:99::1","2001:db8:10::80",icmp,135
10.10.1.11,10.10.1.12,icmp,3
CSV
sed -i 's/"//g' "$flows"
out=$("$bin" query "$policy" --flows "$flows")
[ "$(printf '%s\n' "$out" | wc -l)" -eq 7 ] || fail "batch: expected 7 lines, got: $out"
printf '%s\n' "$out" | python3 -c '
import json, sys
rows = [json.loads(l) for l in sys.stdin]
keys = ["src","dst","proto","port","tier","reachable","intended","rule","at"]
for r in rows:
    assert list(r.keys()) == keys, r
assert rows[0]["tier"] == "allow" and rows[0]["reachable"] is True
assert rows[1]["rule"] == "lateral-movement/netbios-ns" and rows[1]["reachable"] is False
# icmp without a type is an echo request; with IPv6 addresses it is ICMPv6.
assert rows[3]["proto"] == "icmp" and rows[3]["port"] == 8
assert rows[4]["dst"] == "2001:db8:10::80"
assert rows[5]["proto"] == "icmpv6" and rows[5]["port"] == 135
assert rows[6]["proto"] == "icmp" and rows[6]["port"] == 3
' || fail "batch JSON"

# Stdin works too.
printf '10.10.1.11,10.20.1.10,tcp,445\n' | "$bin" query "$policy" --flows - | grep '"reachable":true' > /dev/null \
  || fail "stdin batch"

# A malformed line is an error with its line number and exit code 2.
printf '10.10.1.11,10.20.1.10,tcp,445\n10.10.1.11,::1,tcp,445\n' > "$flows"
set +e
err=$("$bin" query "$policy" --flows "$flows" 2>&1 >/dev/null); code=$?
set -e
[ "$code" -eq 2 ] || fail "malformed line: exit $code"
echo "$err" | grep -q "$flows:2: error: .*different address families" || fail "malformed line message: $err"

# Unknown host name: exit 2.
set +e
"$bin" query "$policy" --from nosuch --to fs-01 --service tcp/445 2>/dev/null; code=$?
set -e
[ "$code" -eq 2 ] || fail "unknown endpoint: exit $code"
echo "query: all checks passed"
