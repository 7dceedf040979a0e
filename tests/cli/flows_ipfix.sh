#!/usr/bin/env bash
# flows check on a real IPFIX file (the shared ipfixcol2 sample, read in place): the binary
# format is detected, every one of its 3,979 records is judged against a small policy, the
# figures agree with a decoding of the file by Python's struct module here, gzip and stdin
# give the same answer, and a file cut in the middle of a message is reported with the
# message number and byte offset (and refused under --strict, exit 2).
set -euo pipefail
bin=$1
cd "${BULKHEAD_SOURCE_DIR:?}"
fail() { echo "FAIL: $*" >&2; exit 1; }
log=../shared/data/samples/netflow-ipfix/ipfixcol2_example_flows.ipfix
if [ ! -f "$log" ]; then
  if [ -z "${BULKHEAD_REQUIRE_SHARED_DATA:-}" ]; then
    echo "SKIP: $log is absent (the shared data sits beside the project)"
    exit 77
  fi
  fail "$log is absent and BULKHEAD_REQUIRE_SHARED_DATA is set"
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# The sample's addresses are anonymised: one web server of the DMZ takes port 80 from
# anywhere, and every other inbound flow to the DMZ is left to the deny default.
cat > "$tmp/policy.yaml" <<'YAML'
bulkhead: 1
name: ipfix-sample
settings:
  default_inbound: deny
  default_outbound: allow
zones:
  - name: dmz
    cidrs: [79.120.0.0/16]
    purpose: servers
hosts:
  - {name: web-102, address: 79.120.172.102, labels: {role: web}}
rules:
  - name: web-from-anywhere
    action: allow
    from: any
    to: {role: web}
    services: [tcp/80]
YAML

# What the file holds, decoded independently: records, flows to web-102 on tcp/80, ICMP
# errors (types 3, 4, 5, 11, 12), records whose source is their destination, and the
# offset of each message.
python3 - "$log" > "$tmp/expected" <<'PY'
import struct, sys
data = open(sys.argv[1], "rb").read()
pos, templates, records, web, icmp_err, same, offsets = 0, {}, 0, 0, 0, 0, []
while pos < len(data):
    version, length, _, _, domain = struct.unpack_from(">HHIII", data, pos)
    assert version == 10
    offsets.append(pos)
    p = pos + 16
    while p < pos + length:
        sid, slen = struct.unpack_from(">HH", data, p)
        body, q = data[p + 4:p + slen], 0
        if sid == 2:
            while len(body) - q >= 4:
                tid, count = struct.unpack_from(">HH", body, q)
                fields = [struct.unpack_from(">HH", body, q + 4 + 4 * i) for i in range(count)]
                templates[tid], q = fields, q + 4 + 4 * count
        elif sid >= 256:
            fields = templates[sid]
            size = sum(n for _, n in fields)
            while len(body) - q >= size:
                rec = {}
                for ie, n in fields:
                    rec[ie], q = body[q:q + n], q + n
                records += 1
                dst = rec.get(12) or rec.get(28)
                port = int.from_bytes(rec.get(11, b""), "big")
                web += dst == bytes([79, 120, 172, 102]) and rec[4] == b"\x06" and port == 80
                icmp_err += 32 in rec and rec[32][0] in (3, 4, 5, 11, 12)
                same += (rec.get(8) or rec.get(27)) == dst
        p += slen
    pos += length
print(records, web, icmp_err, same, len(offsets), offsets[51])
PY
read -r records web icmp_err same messages offset52 < "$tmp/expected"
[ "$records" -eq 3979 ] && [ "$messages" -eq 68 ] || fail "the Python decoding: $(cat "$tmp/expected")"

"$bin" validate "$tmp/policy.yaml" > /dev/null 2>&1 || fail "the test policy does not validate"
check() {  # check NAME ARGS...: flows check as JSON into $tmp/NAME.json, exit 0 expected
  local name=$1; shift
  set +e
  "$bin" flows check "$tmp/policy.yaml" "$@" --format json > "$tmp/$name.json" 2> "$tmp/$name.err"
  local code=$?
  set -e
  [ "$code" -eq 0 ] || fail "$name: exit $code: $(cat "$tmp/$name.err")"
}
check plain "$log" --strict
python3 - "$tmp/plain.json" "$records" "$web" "$icmp_err" "$same" <<'PY' || fail "flows check figures"
import json, sys
r = json.load(open(sys.argv[1]))
records, web, icmp_err, same = map(int, sys.argv[2:])
read, s = r["read"], r["summary"]
assert read["records"] == records and read["malformed"] == 0 and read["skipped"] == 0, read
assert s["flows"] == records and s["unknown"] == records, s  # IPFIX here carries no verdict
assert s["not_judgeable"]["icmp-error"] == icmp_err and s["not_judgeable"]["self"] == same, s
assert s["judged"] == records - icmp_err - same, s
assert s["decided_by_rule"] == web and s["decided_by_default"] == s["judged"] - web, s
rules = {u["name"]: u for u in r["rules"]}
assert rules["web-from-anywhere"]["flows"] == web, rules
assert s["violations"] == 0 and s["gaps"] == 0, s  # no verdict: nothing to contradict
PY

# Forced format, gzip, and gzip on stdin: the same summary.
gzip -c "$log" > "$tmp/flows.ipfix.gz"
check forced "$log" --log-format ipfix
check gz "$tmp/flows.ipfix.gz"
check stdin - < "$tmp/flows.ipfix.gz"
python3 - "$tmp"/{plain,forced,gz,stdin}.json <<'PY' || fail "forced, gzip and stdin differ"
import json, sys
a = [json.load(open(p)) for p in sys.argv[1:]]
for o in a[1:]:
    assert o["summary"] == a[0]["summary"], (o["summary"], a[0]["summary"])
PY

# Cut inside message 52: the 51 messages before it are read, the cut one is reported.
head -c $((offset52 + 600)) "$log" > "$tmp/cut.ipfix"
check cut "$tmp/cut.ipfix"
grep -q "cut.ipfix:52: byte $offset52: message cut short" "$tmp/cut.err" ||
  fail "the cut message is not located: $(cat "$tmp/cut.err")"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["read"]; assert r["malformed"] == 1 and 0 < r["records"] < 3979, r' \
  "$tmp/cut.json" || fail "cut file counts"
set +e
"$bin" flows check "$tmp/policy.yaml" "$tmp/cut.ipfix" --strict > /dev/null 2> "$tmp/strict.err"
code=$?
set -e
[ "$code" -eq 2 ] || fail "--strict on a cut file: exit $code, expected 2"
grep -q "cut.ipfix:52: byte $offset52: message cut short" "$tmp/strict.err" ||
  fail "--strict error: $(cat "$tmp/strict.err")"
echo "flows_ipfix: ok"
