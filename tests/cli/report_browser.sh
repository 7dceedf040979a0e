#!/usr/bin/env bash
# bulkhead report in a real browser: the report of examples/enterprise with a flow log
# (a day of generated traffic plus the shared Windows firewall sample) and two deployed rule
# sets (the enterprise's own rendered nftables JSON and the shared nftables sample) is
# opened in headless Chromium. The DOM after the scripts ran must show the numbers the
# analysis commands print in JSON (verify, exposure, coverage, blast-radius, flows check,
# audit; read in this test, never written down), the script must have run without a
# console error, and a screenshot is kept as an artifact (BUILD/artifacts/report.png).
# Bad input: exit 2 and nothing written. Without Chromium the test skips (exit 77), unless
# BULKHEAD_REQUIRE_BROWSER=1 or BULKHEAD_REQUIRE_SHARED_DATA=1 (CI) make it fail.
set -euo pipefail
bin=$(realpath "$1")
cd "${BULKHEAD_SOURCE_DIR:?}"
fail() { echo "FAIL: $*" >&2; exit 1; }
required() { [ "${BULKHEAD_REQUIRE_BROWSER:-}" = 1 ] || [ "${BULKHEAD_REQUIRE_SHARED_DATA:-}" = 1 ]; }

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  required && fail "chromium is missing (scripts/bootstrap installs it)"
  echo "SKIP: chromium is missing (scripts/bootstrap installs it)"
  exit 77
fi
shared=../shared/data/samples
winlog=$shared/windows-firewall-log/pfirewall_pmbibe_2020_excerpt.log
nftjson=$shared/nftables/0011vmap_0.json-nft
if [ ! -f "$winlog" ] || [ ! -f "$nftjson" ]; then
  required && fail "shared data missing: $winlog, $nftjson"
  echo "SKIP: shared data missing ($shared)"
  exit 77
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
policy=examples/enterprise
artifacts=$(dirname "$bin")/artifacts
mkdir -p "$artifacts"

# A day of traffic: workstations log on and use the file server every 20 minutes; one
# workstation tries SMB and RDP on its peers in the afternoon (refused, or accepted where
# the policy says it must not be: violations).
{
  echo "src,dst,proto,port,action,time"
  t=1765008000
  for i in $(seq 0 71); do
    t=$((t + 1200))
    for ws in 10.10.1.11 10.10.1.12 10.10.2.11 10.10.2.12 10.11.1.11; do
      echo "$ws,10.20.0.10,tcp,88,accept,$t"
      echo "$ws,10.20.0.10,tcp,389,accept,$((t + 1))"
      echo "$ws,10.20.1.10,tcp,445,accept,$((t + 2))"
    done
    if [ "$i" -ge 40 ] && [ "$i" -lt 46 ]; then
      for peer in 10.10.1.12 10.10.2.11 10.10.2.12 10.11.1.11 10.11.1.12; do
        echo "10.10.1.11,$peer,tcp,445,drop,$((t + 5))"
        echo "10.10.1.11,$peer,tcp,3389,accept,$((t + 6))"
      done
    fi
  done
} > "$tmp/day.csv"
"$bin" render "$policy" -t nftables-json --host web-01 > "$tmp/web-01.nft.json" 2>/dev/null \
  || fail "render web-01"

# Bad input first: exit 2, nothing written.
echo '{"nftables": [' > "$tmp/broken.json"
set +e
out=$("$bin" report "$policy" --audit "$tmp/broken.json" -o "$tmp/bad.html" 2>&1); code=$?
set -e
[ "$code" -eq 2 ] || fail "broken rule set: exit $code: $out"
grep -q "broken.json:" <<< "$out" || fail "broken rule set: no file position: $out"
[ ! -e "$tmp/bad.html" ] || fail "broken rule set: a report was written"
set +e
out=$("$bin" report "$policy" --flows "$tmp/absent.log" -o "$tmp/bad.html" 2>&1); code=$?
set -e
[ "$code" -eq 2 ] || fail "absent flow log: exit $code: $out"
[ ! -e "$tmp/bad.html" ] || fail "absent flow log: a report was written"
# A write that fails: exit 3.
set +e
out=$("$bin" report "$policy" -o /nonexistent-dir/report.html 2>&1); code=$?
set -e
[ "$code" -eq 3 ] || fail "unwritable output: exit $code: $out"

# The report, twice: the same bytes.
"$bin" report "$policy" --flows "$tmp/day.csv" "$winlog" --audit "$tmp/web-01.nft.json" \
  "$nftjson" -o "$tmp/report.html" > "$tmp/report.out" || fail "report: $(cat "$tmp/report.out")"
# --audit-host judges the rule sets' open seed services against the policy: web-01's own
# render opens RDP and WinRM only to the jump host, as the policy allows.
"$bin" report "$policy" --audit "$tmp/web-01.nft.json" --audit-host web-01 \
  -o "$tmp/judged.html" > /dev/null || fail "report --audit-host"
python3 - "$tmp/judged.html" <<'PY' || fail "report --audit-host: the seed rows"
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
table = page[page.index('id="audit-seed"'):]
table = table[:table.index("</table>")]
rows = re.findall(r"<tr><td>.*?</tr>", table)
status = {}
for r in rows:
    cells = [re.sub("<[^>]+>", "", c).strip() for c in re.findall(r"<td>(.*?)</td>", r)]
    status[cells[1]] = cells[2]
assert all(status[s] == "allowed by policy" for s in ("rdp", "winrm-http", "winrm-https")), status
assert all(status[s] == "blocked" for s in ("smb", "netbios-ssn", "rpc-epmap")), status
PY
set +e
out=$("$bin" report "$policy" --audit "$tmp/web-01.nft.json" --audit-host nope -o "$tmp/bad.html" 2>&1); code=$?
set -e
[ "$code" -eq 2 ] || fail "unknown --audit-host: exit $code: $out"
[ ! -e "$tmp/bad.html" ] || fail "unknown --audit-host: a report was written"
"$bin" report "$policy" --flows "$tmp/day.csv" "$winlog" --audit "$tmp/web-01.nft.json" \
  "$nftjson" -o "$tmp/again.html" > /dev/null
cmp -s "$tmp/report.html" "$tmp/again.html" || fail "two runs differ"

# What the commands say, in JSON.
set +e
"$bin" verify "$policy" --format json > "$tmp/verify.json" 2>/dev/null
"$bin" exposure "$policy" --format json > "$tmp/exposure.json" 2>/dev/null
"$bin" coverage "$policy" --format json > "$tmp/coverage.json" 2>/dev/null
"$bin" blast-radius "$policy" --all --format json > "$tmp/blast.json" 2>/dev/null
"$bin" flows check "$policy" "$tmp/day.csv" "$winlog" --format json > "$tmp/flows.json" 2>/dev/null
"$bin" audit "$tmp/web-01.nft.json" "$nftjson" --format json > "$tmp/audit.json" 2>/dev/null
set -e

# The page in the browser: the DOM after its scripts ran, and the console.
chrome() {
  "$browser" --headless --disable-gpu --no-sandbox --no-first-run --no-default-browser-check \
    --user-data-dir="$tmp/profile" --enable-logging=stderr --v=0 "$@" "file://$tmp/report.html"
}
chrome --dump-dom > "$tmp/dom.html" 2> "$tmp/console.log" || fail "chromium: $(tail -5 "$tmp/console.log")"
chrome --screenshot="$artifacts/report.png" --window-size=1400,2400 --hide-scrollbars \
  > /dev/null 2> "$tmp/shot.log" || fail "chromium screenshot: $(tail -5 "$tmp/shot.log")"
[ -s "$artifacts/report.png" ] || fail "no screenshot"
if grep -E "Uncaught|CONSOLE.*(Error|error)|:ERROR:CONSOLE" "$tmp/console.log"; then
  fail "console errors (above)"
fi

python3 - "$tmp" <<'PY' || fail "the DOM does not match the commands (above)"
import json, sys
from html.parser import HTMLParser
tmp = sys.argv[1]

class Dom(HTMLParser):
    """Text of every element with an id, and the root's attributes."""
    def __init__(self):
        super().__init__()
        self.ids, self.stack, self.root = {}, [], {}
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.root = a
        self.stack.append(a.get("id"))
        if a.get("id"):
            self.ids[a["id"]] = ""
    def handle_endtag(self, tag):
        if self.stack:
            self.stack.pop()
    def handle_data(self, data):
        for i in self.stack:
            if i:
                self.ids[i] += data

dom = Dom()
dom.feed(open(f"{tmp}/dom.html", encoding="utf-8").read())
load = lambda name: json.load(open(f"{tmp}/{name}.json"))
errors = []
def expect(id_, want):
    got = dom.ids.get(id_, "<missing>").strip()
    if got != str(want):
        errors.append(f"#{id_}: page {got[:200]!r}, commands {want!r}")

if dom.root.get("data-ready") != "1":
    errors.append("the page's script did not finish (no data-ready)")
if dom.root.get("data-js-errors"):
    errors.append("script errors: " + dom.root["data-js-errors"])

v = load("verify")
expect("intents-failed", v["summary"]["failed"])
expect("intents-held", v["summary"]["intents"] - v["summary"]["failed"])
expect("gaps", v["summary"]["gaps"])

x = load("exposure")
prot = sum(s["hosts_protected"] for s in x["services"])
total = sum(s["hosts_protected"] + s["hosts_allowed"] + s["hosts_exposed"] for s in x["services"])
pct = prot * 100 // total if total else 100
expect("percent-protected", f"{pct} %")
expect("exposure-percent", f"{pct} %")

c = load("coverage")
expect("coverage-addressed", c["summary"]["addressed"])

b = load("blast")
expect("blast-worst", b["ranking"][0]["radius"])

f = load("flows")
expect("flows-violations", f["summary"]["violation_flows"])
expect("flows-total", f["summary"]["flows"])

a = load("audit")
errs = sum(n for k, n in a["summary"].items() if k in ("unreachable", "shadowed", "redundant", "over-broad"))
expect("audit-errors", errs)

for e in errors:
    print("FAIL:", e)
sys.exit(1 if errors else 0)
PY
size=$(stat -c %s "$tmp/report.html")
echo "report_browser: DOM matches the commands; $size bytes; screenshot $artifacts/report.png"
