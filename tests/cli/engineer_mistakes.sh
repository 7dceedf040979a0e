#!/usr/bin/env bash
# The engineer's mistakes of issue #13, at the command line: zone and host lists in
# selectors, the anti-lockout warning only from validate/render/apply, render refusing a
# host of the other operating system and filtering --all by os (--with-zones adds every
# zone firewall), and query taking service names and host names in --flows lines.
set -euo pipefail
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cat > "$work/p.yaml" <<'YAML'
bulkhead: 1
zones:
  - {name: scada, cidrs: [10.1.0.0/16, "fd00:1::/48"], firewall: true}
  - {name: cell-a, cidrs: [10.2.0.0/16, "fd00:2::/48"]}
  - {name: guest, cidrs: [10.9.0.0/16, "fd00:9::/48"], firewall: true, default_outbound: allow}
hosts:
  - {name: hmi, addresses: [10.1.0.5, "fd00:1::5"], labels: {role: hmi, os: windows}}
  - {name: plc-gw, addresses: [10.2.0.1], labels: {role: gateway, os: linux}}
  - {name: j1, address: 10.2.0.9, labels: {role: jump, os: linux}}
rules:
  - {name: cells-out, action: allow, from: {zone: [scada, cell-a]}, to: {zone: internet}, services: [https]}
  - {name: typo, action: allow, from: {role: jmp}, to: hosts, services: [ssh]}
YAML

# validate: the list and {zone: internet} load; the warnings of item 2 and 4.
"$bin" validate "$work/p.yaml" >/dev/null 2>"$work/err" || { cat "$work/err"; fail "validate"; }
grep -q "selector {role: jmp} in from of rule 'typo' matches no inventory host; did you mean jump?" \
  "$work/err" || { cat "$work/err"; fail "did-you-mean warning"; }
grep -q "warning: anti-lockout has no management hosts: .*for example settings: {management: {role: jump}}" \
  "$work/err" || { cat "$work/err"; fail "anti-lockout suggestion"; }
grep -q "warning: zone 'guest' sets default_outbound: allow, which changes nothing" "$work/err" \
  || { cat "$work/err"; fail "idle zone default"; }

# Read-only commands do not repeat the anti-lockout warning.
for cmd in "query $work/p.yaml --from hmi --to 203.0.113.5 --service https" \
           "matrix $work/p.yaml" "verify $work/p.yaml"; do
  # shellcheck disable=SC2086
  "$bin" $cmd >/dev/null 2>"$work/err" || true
  if grep -q "anti-lockout" "$work/err"; then cat "$work/err"; fail "$cmd warns about anti-lockout"; fi
done
"$bin" render "$work/p.yaml" --target nftables --host plc-gw >/dev/null 2>"$work/err"
grep -q "anti-lockout has no management hosts" "$work/err" || fail "render lost the anti-lockout warning"

# render: a host of the other os is refused (exit 2, nothing printed).
set +e
out=$("$bin" render "$work/p.yaml" --target windows --host plc-gw 2>"$work/err"); code=$?
set -e
[ "$code" -eq 2 ] && [ -z "$out" ] || fail "windows render of an os: linux host: exit $code"
grep -q "host 'plc-gw' is labelled os: linux .* use --target nftables" "$work/err" \
  || { cat "$work/err"; fail "os refusal message"; }
set +e
"$bin" render "$work/p.yaml" --target nftables --host hmi >/dev/null 2>"$work/err"; code=$?
set -e
[ "$code" -eq 2 ] || fail "nftables render of an os: windows host: exit $code"
grep -q "use --target windows" "$work/err" || { cat "$work/err"; fail "os refusal message (nft)"; }

# --target nftables --all renders the os=linux hosts only; --with-zones adds the zones.
"$bin" render "$work/p.yaml" --target nftables --all -o "$work/nft" 2>"$work/err"
[ "$(cd "$work/nft" && ls | sort | tr '\n' ' ')" = "j1.nft plc-gw.nft " ] \
  || fail "nftables --all: $(ls "$work/nft")"
grep -q "note: skipped 1 managed host not labelled os=linux" "$work/err" || fail "skip note"
"$bin" render "$work/p.yaml" --target nftables --all --with-zones -o "$work/nftz" 2>/dev/null
[ "$(cd "$work/nftz" && ls | sort | tr '\n' ' ')" = "j1.nft plc-gw.nft zone-guest.nft zone-scada.nft " ] \
  || fail "nftables --all --with-zones: $(ls "$work/nftz")"
set +e
"$bin" render "$work/p.yaml" --target nftables --with-zones -o "$work/x" 2>/dev/null; code=$?
set -e
[ "$code" -eq 2 ] || fail "--with-zones without --all: exit $code"

# query: a catalog service name (one line per port range), host names in --flows lines.
out=$("$bin" query "$work/p.yaml" --from hmi --to 203.0.113.5 --service https)
grep -q '"proto":"tcp","port":443,"tier":"allow"' <<<"$out" || fail "--service https: $out"
[ "$("$bin" query "$work/p.yaml" --from hmi --to plc-gw --service dns | wc -l)" -eq 2 ] \
  || fail "--service dns: one line per port range"
out=$(printf 'hmi,203.0.113.5,tcp,443\nfd00:9::1,hmi,tcp,22\n' | "$bin" query "$work/p.yaml" --flows -)
grep -q '"src":"10.1.0.5","dst":"203.0.113.5"' <<<"$out" || fail "host name in --flows: $out"
grep -q '"src":"fd00:9::1","dst":"fd00:1::5"' <<<"$out" || fail "host's v6 address in --flows: $out"
# The address-family error carries no hint about --service.
set +e
"$bin" query "$work/p.yaml" --from 10.1.0.5 --to fd00:9::1 --service tcp/22 2>"$work/err"; code=$?
set -e
[ "$code" -eq 2 ] || fail "mixed families: exit $code"
grep -q "different address families" "$work/err" || { cat "$work/err"; fail "family message"; }
if grep -q -- "--service" "$work/err"; then cat "$work/err"; fail "unrelated hint"; fi
echo ok
