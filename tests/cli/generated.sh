#!/usr/bin/env bash
# The analysis commands on a generated enterprise (bench/gen: 2,000 hosts, 150 rules, and
# the same enterprise with five rules changed), checked against `bulkhead query` on the
# same files: every counterexample, exposed cell, open coverage check and diff example is
# replayed as a flow and must get the verdict the analysis claims; the blast radius of the
# top-ranked host equals a search from it, and each of its hops is a reachable flow.
set -euo pipefail
bin=$1
gen=${BULKHEAD_BENCH_GEN:?set by CTest to the bench_gen program}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
run() {  # run OUT CMD... ; sets $code
  local out=$1
  shift
  set +e
  "$@" >"$out" 2>"$tmp/err"
  code=$?
  set -e
}

"$gen" 2000 150 7 >"$tmp/old.yaml" 2>/dev/null
"$gen" 2000 150 7 5 >"$tmp/new.yaml" 2>/dev/null
old=$tmp/old.yaml
new=$tmp/new.yaml

run "$tmp/validate" "$bin" validate "$old"
[ "$code" -eq 0 ] || fail "validate: exit $code: $(cat "$tmp/err")"

run "$tmp/verify.json" "$bin" verify "$old" --format json
[ "$code" -eq 1 ] || fail "verify: exit $code (the generated enterprise has gaps)"
run "$tmp/exposure.json" "$bin" exposure "$old" --format json
[ "$code" -eq 1 ] || fail "exposure: exit $code (printers and IoT devices are exposed)"
run "$tmp/coverage.json" "$bin" coverage "$old" --format json
[ "$code" -le 1 ] || fail "coverage: exit $code"
run "$tmp/diff.json" "$bin" diff "$old" "$new" --format json
[ "$code" -eq 1 ] || fail "diff: exit $code (the changes add RDP)"
run "$tmp/rank.json" "$bin" blast-radius "$old" --all --top 3 --format json
[ "$code" -eq 0 ] || fail "blast-radius --all: exit $code"
top=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["ranking"][0]["host"])' \
  "$tmp/rank.json")
run "$tmp/blast.json" "$bin" blast-radius "$old" --from "$top" --format json
[ "$code" -eq 0 ] || fail "blast-radius --from $top: exit $code"
run "$tmp/matrix.json" "$bin" matrix "$old" --format json
[ "$code" -eq 0 ] || fail "matrix: exit $code"

# Collect every claimed flow: (policy, src, dst, proto, port, reachable, intended, tier|"", why).
python3 - "$tmp" <<'EOF' || fail "collecting the claims"
import json, sys, os
tmp = sys.argv[1]
load = lambda n: json.load(open(os.path.join(tmp, n)))
claims = {"old": [], "new": []}
def claim(side, src, dst, proto, port, reachable, intended, tier, why):
    claims[side].append((src, dst, proto, port, reachable, intended, tier, why))

v = load("verify.json")
s = v["summary"]
assert s["intents"] == len(v["intents"]) == 10 and s["gaps"] == len(v["gaps"]) > 0, s
assert s["failed"] == sum(1 for i in v["intents"] if not i["holds"])
for i in v["intents"]:
    for ex in i["counterexamples"]:
        want = i["verdict"] == "blocked"  # a failing blocked intent is reachable
        claim("old", ex["src"]["address"], ex["dst"]["address"], ex["proto"], ex["port"],
              want, None, ex["tier"], "intent " + i["name"])
for g in v["gaps"]:
    ex = g["counterexample"]
    assert ex["reachable"] and not ex["intended"], g
    claim("old", ex["src"]["address"], ex["dst"]["address"], ex["proto"], ex["port"],
          True, False, ex["tier"], "gap " + g["from"]["class"] + " -> " + g["to"]["class"])

e = load("exposure.json")
exposed = [c for c in e["cells"] if c["grade"] == "exposed"]
assert exposed, "no exposed cell"
assert len(e["cells"]) == len(e["services"]) * len(e["classes"])
for c in exposed:
    ex = c["example"]
    claim("old", ex["src"]["address"], ex["dst"]["address"], ex["proto"], ex["port"],
          True, False, ex["tier"], "exposed " + c["service"] + " on " + c["class"])

cov = load("coverage.json")
opened = 0
for t in cov["techniques"]:
    for c in t["checks"]:
        if c["state"] == "open" and c["open_class_pairs"] > 0:
            ex = c["counterexample"]
            opened += 1
            claim("old", ex["src"]["address"], ex["dst"]["address"], ex["proto"], ex["port"],
                  True, None, ex["tier"], t["id"] + " " + c["id"])
assert opened > 0, "no open coverage check"

d = load("diff.json")
assert d["summary"]["newly_reachable"] == sum(1 for c in d["changes"] if c["change"] == "newly-reachable")
assert d["summary"]["newly_reachable"] > 0
for c in d["changes"]:
    ex = c["example"]
    assert ex["old"]["reachable"] != ex["new"]["reachable"], c
    assert ex["new"]["reachable"] == (c["change"] == "newly-reachable"), c
    assert c["new_rules"] or c["old_rules"], c
    for side in ("old", "new"):
        claim(side, ex["src"]["address"], ex["dst"]["address"], ex["proto"], ex["port"],
              ex[side]["reachable"], ex[side]["intended"], ex[side]["tier"],
              "diff " + side + " " + c["service"] + " " + c["from"]["class"] + " -> " + c["to"]["class"])

rank = load("rank.json")["ranking"]
b = load("blast.json")
assert b["start"]["host"] == rank[0]["host"]
assert b["total"] == rank[0]["radius"] > 0, (b["total"], rank[0])
seen = set()
for i, hop in enumerate(b["hops"], 1):
    for h in hop["hosts"]:
        assert h["host"] not in seen
        seen.add(h["host"])
        assert len(h["path"]) == i + 1 and h["path"][-2] == h["via"], h
assert len(seen) == b["total"]
# Each hop (via → host over proto/port) must be a reachable flow: checked by name below.
with open(os.path.join(tmp, "hops.txt"), "w") as f:
    for hop in b["hops"][:2]:
        for h in hop["hosts"][:200]:
            f.write(f'{h["via"]} {h["host"]} {h["proto"]} {h["port"]}\n')

m = load("matrix.json")
assert len(m["cells"]) == len(m["groups"]) ** 2 * len(m["services"]), "matrix cells"

for side in ("old", "new"):
    with open(os.path.join(tmp, side + ".flows"), "w") as f, \
         open(os.path.join(tmp, side + ".claims"), "w") as g:
        for (src, dst, proto, port, r, i, tier, why) in claims[side]:
            f.write(f"{src},{dst},{proto},{port}\n")
            g.write(json.dumps([r, i, tier, why]) + "\n")
print("claims:", {k: len(v) for k, v in claims.items()})
EOF

# Replay every claimed flow through `query --flows` on its policy.
for side in old new; do
  "$bin" query "$tmp/$side.yaml" --flows "$tmp/$side.flows" >"$tmp/$side.verdicts" \
    || fail "query --flows on $side"
  python3 - "$tmp/$side.claims" "$tmp/$side.verdicts" <<'EOF' || fail "$side claims do not replay"
import json, sys
claims = [json.loads(l) for l in open(sys.argv[1])]
verdicts = [json.loads(l) for l in open(sys.argv[2])]
assert len(claims) == len(verdicts) > 0, (len(claims), len(verdicts))
for (reachable, intended, tier, why), q in zip(claims, verdicts):
    assert q["reachable"] == reachable, (why, q)
    if intended is not None:
        assert q["intended"] == intended, (why, q)
    assert q["tier"] == tier, (why, q)
EOF
done

# Each blast-radius hop is a reachable flow from the host it came from.
python3 - "$tmp/old.yaml" "$tmp/hops.txt" >"$tmp/hops.flows" <<'EOF'
import re, sys
addr = {}
for m in re.finditer(r"\{name: ([\w.-]+), address: ([\d.]+)", open(sys.argv[1]).read()):
    addr[m.group(1)] = m.group(2)
for line in open(sys.argv[2]):
    via, host, proto, port = line.split()
    print(f"{addr[via]},{addr[host]},{proto},{port}")
EOF
[ -s "$tmp/hops.flows" ] || fail "no blast-radius hop to check"
"$bin" query "$old" --flows "$tmp/hops.flows" | python3 -c '
import json, sys
n = 0
for line in sys.stdin:
    q = json.loads(line)
    assert q["reachable"], q
    n += 1
assert n > 0
' || fail "a blast-radius hop is not reachable"
echo "generated enterprise: ok"
