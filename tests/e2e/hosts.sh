#!/usr/bin/env bash
# Linux endpoint and zone firewalls against real packets, in network namespaces made here
# (issue #10: each fix has a check that fails without it):
#
#   1. DNAT: a host's inbound chain judges the ORIGINAL destination (prerouting, before
#      DNAT): a port forwarded by a foreign nat table to a container namespace is refused
#      unless the policy allows it to the host.
#   2. Anti-spoofing: a zone router drops a packet from outside whose source is spoofed
#      inside the zone (`fib saddr . iif oif missing`); a flow the policy allows passes.
#   3. Override-deny cuts live sessions: a re-apply adding an override-deny for client A
#      stops A's open connection within 3 s; B's keeps working, and so does a connection
#      the host opened to A whose replies look like the denied service; a change that
#      keeps both allowed cuts neither.
#   4. host-essentials under deny defaults, IPv6 on: neighbour discovery, an MLD query to
#      ff02::1, DHCPv6 ADVERTISE to the link-local address and SOLICIT to ff02::1:2,
#      DHCPv4 broadcast, renewal and broadcast OFFER all work; without the baseline each
#      of them fails and `validate` warns (4e); with the host listed by its IPv4 address
#      only, the link-local IPv6 ones still work (4f).
#   5. Default deny is counted ("inbound/outbound default deny of host H" counters) and
#      every log rule of a chain uses that chain's one budget (`limit name "log_<chain>"`).
#
# usage: tests/e2e/hosts.sh BULKHEAD_BINARY        (CTest label e2e; needs root)
# Exits 77 (skip) with a reason when not root or when a tool / nftables / ip netns is
# missing. Only 198.18.0.0/15, 2001:db8::/32 and fe80:: addresses, only inside namespaces
# created here, joined by veth pairs created directly between them; all removed on exit.
set -uo pipefail

BIN=${1:-}
SRC=${BULKHEAD_SOURCE_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}

skip() {
  echo "SKIP: $*"
  exit 77
}
[[ -n $BIN && -x $BIN ]] || { echo "usage: $0 BULKHEAD_BINARY" >&2; exit 2; }
BIN=$(readlink -f "$BIN")
[[ $(id -u) -eq 0 ]] || skip "the hosts lab needs root (network namespaces and nftables)"
for tool in ip nft python3 od sysctl awk; do
  command -v "$tool" >/dev/null || skip "'$tool' is not installed"
done

# shellcheck source=scripts/lab/netns.sh source-path=SCRIPTDIR/../..
source "$SRC/scripts/lab/netns.sh"
lab_init
WORK=$(mktemp -d "/tmp/bulkhead-hosts.XXXXXX")
export BULKHEAD_STATE_DIR="$WORK/state"     # never the machine's /run/bulkhead
export BULKHEAD_PERSIST_DIR="$WORK/persist" # never the machine's /var/lib/bulkhead
unset BULKHEAD_SYSROOT SSH_CONNECTION SSH_CLIENT

cleanup() {
  lab_destroy
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

lab_ns probe-support 2>/dev/null || skip "cannot create network namespaces (ip netns add failed)"
ip netns exec "$(lab_name probe-support)" nft list ruleset >/dev/null 2>&1 ||
  skip "nftables does not work inside a network namespace (nf_tables missing?)"
ip netns exec "$(lab_name probe-support)" nft -f - >/dev/null 2>&1 <<'NFT' ||
table ip natprobe {
  chain p { type nat hook prerouting priority dstnat; ip daddr 198.18.0.1 tcp dport 1 dnat to 198.18.0.2:2; }
}
table inet fibprobe {
  chain f { type filter hook forward priority 0; fib saddr . iif oif missing drop; }
}
NFT
  skip "nftables nat or fib expressions do not work in a network namespace"
lab_destroy

FAILS=0
now_us() { echo "${EPOCHREALTIME/./}"; }
T0=$(now_us)
step() {
  local d=$((($(now_us) - T0) / 100000))
  echo "--- [$((d / 10)).$((d % 10))s] $*"
}
pass() { echo "PASS: $*"; }
fail() {
  echo "FAIL: $*"
  FAILS=$((FAILS + 1))
}
show() { sed 's/^/    | /' "$1" | head -n "${2:-20}"; }
ns() { lab_name "$1"; }
in_ns() {
  local h=$1
  shift
  ip netns exec "$(ns "$h")" "$@"
}
# veth NS1 IF1 NS2 IF2: a veth pair between two lab namespaces (never in the caller's).
veth() { ip -n "$(ns "$1")" link add "$2" type veth peer name "$4" netns "$(ns "$3")"; }
# wait_links NS...: until every interface but lo in these namespaces is operationally up
# (carrier seen by linkwatch, which also starts the queue; before that, packets are lost).
wait_links() {
  local h n
  for _ in $(seq 100); do
    n=0
    for h in "$@"; do
      n=$((n + $(ip -n "$(ns "$h")" -o link show | grep -v ': lo:' | grep -vc 'state UP')))
    done
    [[ $n -eq 0 ]] && return 0
    sleep 0.05
  done
  echo "  note: some links of $* are not up after 5 s"
}
# wait_v6 NS IF: until IPv6 on IF is configured (its ff00::/8 route exists: it is added
# once the carrier is seen; before that, sends to ff02::/16 fail with ENETUNREACH).
wait_v6() {
  for _ in $(seq 100); do
    ip -n "$(ns "$1")" -6 route show table local | grep -q "ff00::/8 dev $2 " && return 0
    sleep 0.05
  done
  echo "  note: IPv6 on $1 $2 is not configured after 5 s"
}
# apply_policy NS POLICY BULKHEAD-ARGS...: a kept apply (no rollback timer); 0 on success.
apply_policy() {
  local h=$1 p=$2
  shift 2
  if in_ns "$h" "$BIN" apply "$p" "$@" --no-confirm >"$WORK/apply.out" 2>&1 &&
    grep -q -e '^applied' -e '^no change' "$WORK/apply.out"; then
    return 0
  fi
  echo "  apply $(basename "$p") $* in $h failed:"
  show "$WORK/apply.out"
  return 1
}
PY="$WORK/bh.py"
# The interpreter itself, not a version manager's shim (which costs ~0.5 s per call).
PYTHON=$(python3 -c 'import sys; print(sys.executable)' 2>/dev/null)
[[ -x $PYTHON ]] || PYTHON=python3
py() { # py NS SUBCOMMAND ARGS...: the socket helper below, inside namespace NS
  local h=$1
  shift
  in_ns "$h" "$PYTHON" "$PY" "$@"
}
# serve NS NAME SPEC...: background servers (see bh.py serve); waits until bound.
serve() {
  local h=$1 name=$2
  shift 2
  py "$h" serve --log "$WORK/$name.log" --ready "$WORK/$name.ready" "$@" >"$WORK/$name.err" 2>&1 &
  for _ in $(seq 100); do
    [[ -f $WORK/$name.ready ]] && return 0
    sleep 0.05
  done
  echo "  server $name did not start: $(cat "$WORK/$name.err")"
  return 1
}
got() { grep -qF -- " $2" "$WORK/$1.log" 2>/dev/null; } # got LOGNAME TOKEN: datagram seen
# nft_counter NS TABLE CHAIN COMMENT-SUBSTRING: packets counted by the rules of CHAIN whose
# comment contains the string ("none" when no such counted rule exists).
nft_counter() {
  in_ns "$1" nft -j list table "$2" 2>/dev/null | "$PYTHON" "$PY" counter "$3" "$4"
}
BH_TABLE="inet bulkhead"

cat >"$PY" <<'PYTHON'
"""Socket helper of tests/e2e/hosts.sh; every call runs inside one lab namespace."""
import argparse
import errno
import json
import selectors
import socket
import struct
import sys
import time


def note(path, line):
    with open(path, "a") as f:
        f.write(line + "\n")


def err_name(e):
    return errno.errorcode.get(e.errno, str(e)) if e.errno else str(e)


def sockaddr(host, port, family=0, kind=socket.SOCK_DGRAM):
    info = socket.getaddrinfo(host, port, family, kind)[0]
    return info[0], info[4]


def serve(a):
    """Specs: tcp4:P / tcp6:P (TCP echo), udp4:P / udp6:P[@GROUP%IF] (log each datagram
    as 'PORT SOURCE PAYLOAD'), echo4:P / echo6:P (log and echo back)."""
    sel = selectors.DefaultSelector()
    for spec in a.specs:
        kind, _, rest = spec.partition(":")
        port_s, _, group = rest.partition("@")
        port = int(port_s)
        v6 = kind.endswith("6")
        fam = socket.AF_INET6 if v6 else socket.AF_INET
        stream = kind.startswith("tcp")
        s = socket.socket(fam, socket.SOCK_STREAM if stream else socket.SOCK_DGRAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if v6:
            s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        s.bind(("::" if v6 else "0.0.0.0", port))
        if group:
            grp, _, ifname = group.partition("%")
            mreq = socket.inet_pton(socket.AF_INET6, grp) + struct.pack(
                "@I", socket.if_nametoindex(ifname))
            s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_JOIN_GROUP, mreq)
        if stream:
            s.listen(64)
        s.setblocking(False)
        sel.register(s, selectors.EVENT_READ, ("accept" if stream else kind[:4], port))
    open(a.ready, "w").close()
    while True:
        for key, _ in sel.select():
            s, (what, port) = key.fileobj, key.data
            try:
                if what == "accept":
                    c, _ = s.accept()
                    c.setblocking(False)
                    sel.register(c, selectors.EVENT_READ, ("conn", port))
                elif what == "conn":
                    data = s.recv(4096)
                    if data:
                        s.sendall(data)
                    else:
                        sel.unregister(s)
                        s.close()
                else:
                    data, peer = s.recvfrom(4096)
                    note(a.log, "%d %s %s" % (port, peer[0], data.decode(errors="replace")))
                    if what == "echo":
                        s.sendto(data, peer)
            except OSError:
                if what == "conn":
                    sel.unregister(s)
                    s.close()


def ticker(a):
    """A long-lived TCP client: one byte every 200 ms, one 'echo' line per echo read."""
    s = socket.socket()
    if a.sport:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("0.0.0.0", a.sport))
    s.settimeout(2)
    s.connect((a.host, a.port))
    s.settimeout(0.15)
    open(a.ready, "w").close()
    while True:
        t = time.monotonic()
        try:
            s.send(b".")
            data = s.recv(64)
            if not data:
                note(a.log, "closed")
                return 0
            note(a.log, "echo")
        except socket.timeout:
            pass
        except OSError as e:
            note(a.log, "error " + err_name(e))
        time.sleep(max(0.0, 0.2 - (time.monotonic() - t)))


def connect(a):
    fam, dst = sockaddr(a.host, a.port, kind=socket.SOCK_STREAM)
    s = socket.socket(fam, socket.SOCK_STREAM)
    s.settimeout(a.timeout)
    try:
        s.connect(dst)
    except socket.timeout:
        print("timeout")
        return 1
    except OSError as e:
        print(err_name(e))
        return 1
    print("connected")
    return 0


def send(a):
    """One UDP datagram; prints 'sent', 'reply', or why not (EPERM, no-reply, ...)."""
    fam, dst = sockaddr(a.dst, a.dport)
    s = socket.socket(fam, socket.SOCK_DGRAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if a.broadcast:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
    if a.dev:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_BINDTODEVICE, a.dev.encode())
    if a.src or a.sport:
        s.bind(sockaddr(a.src or ("::" if fam == socket.AF_INET6 else "0.0.0.0"), a.sport, fam)[1])
    try:
        s.sendto(a.data.encode(), dst)
    except OSError as e:
        print(err_name(e))
        return 1
    if not a.reply:
        print("sent")
        return 0
    s.settimeout(a.reply)
    try:
        data, _ = s.recvfrom(4096)
    except socket.timeout:
        print("no-reply")
        return 1
    print("reply" if data == a.data.encode() else "wrong-reply")
    return 0 if data == a.data.encode() else 1


def mld_query(a):
    """MLDv2 general queries to ff02::1 from a link-local address: hop limit 1 and a
    Router Alert hop-by-hop option, as a real querier sends them (RFC 3810)."""
    idx = socket.if_nametoindex(a.dev)
    s = socket.socket(socket.AF_INET6, socket.SOCK_RAW, socket.IPPROTO_ICMPV6)
    s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_IF, idx)
    s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_HOPS, 1)
    # next header (kernel), length 0; Router Alert (type 5, len 2, value 0 = MLD); PadN.
    s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_HOPOPTS, bytes([0, 0, 5, 2, 0, 0, 1, 0]))
    s.bind((a.src, 0, 0, idx))
    # type 130, code 0, checksum (the kernel's), max response 1000 ms, reserved,
    # multicast address :: (general query), S/QRV 2, QQIC 125, no sources.
    pkt = struct.pack("!BBHHH16sBBH", 130, 0, 0, 1000, 0, bytes(16), 2, 125, 0)
    for _ in range(a.count):
        s.sendto(pkt, ("ff02::1", 0, 0, idx))
    print("sent %d" % a.count)
    return 0


def counter(a):
    d = json.load(sys.stdin)
    total, found = 0, 0
    for item in d.get("nftables", []):
        r = item.get("rule")
        if not r or r.get("chain") != a.chain or a.comment not in r.get("comment", ""):
            continue
        for e in r.get("expr", []):
            if isinstance(e, dict) and isinstance(e.get("counter"), dict):
                total += e["counter"]["packets"]
                found += 1
    print(total if found else "none")
    return 0


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("serve")
    p.add_argument("--log", required=True)
    p.add_argument("--ready", required=True)
    p.add_argument("specs", nargs="+")
    p = sub.add_parser("ticker")
    p.add_argument("host")
    p.add_argument("port", type=int)
    p.add_argument("--sport", type=int, default=0)
    p.add_argument("--log", required=True)
    p.add_argument("--ready", required=True)
    p = sub.add_parser("connect")
    p.add_argument("host")
    p.add_argument("port", type=int)
    p.add_argument("--timeout", type=float, default=1.0)
    p = sub.add_parser("send")
    p.add_argument("dst")
    p.add_argument("dport", type=int)
    p.add_argument("data")
    p.add_argument("--src", default="")
    p.add_argument("--sport", type=int, default=0)
    p.add_argument("--dev", default="")
    p.add_argument("--broadcast", action="store_true")
    p.add_argument("--reply", type=float, default=0.0, help="wait this long for an echo")
    p = sub.add_parser("mld-query")
    p.add_argument("--dev", required=True)
    p.add_argument("--src", required=True)
    p.add_argument("--count", type=int, default=3)
    p = sub.add_parser("counter")
    p.add_argument("chain")
    p.add_argument("comment")
    a = ap.parse_args()
    return {"serve": serve, "ticker": ticker, "connect": connect, "send": send,
            "mld-query": mld_query, "counter": counter}[a.cmd](a)


if __name__ == "__main__":
    sys.exit(main())
PYTHON

echo "--- lab prefix $LAB_PREFIX, work directory $WORK"

# =======================================================================================
# Check 1. DNAT to a container. Namespace h1 is host h1 (198.18.5.10, link to the client
# c1); a foreign `table ip nat` in h1 forwards 198.18.5.10:8080 to the container namespace
# ctr (198.18.6.2:80, behind a second veth). bulkhead's policy for h1 does not allow
# tcp/8080 from the client.
# Old renderer: the inbound chain hooked `input`; a DNATed packet is forwarded, never
# delivered locally, so it never met bulkhead's chain and the connection succeeded.
# (Hooked at prerouting but after dstnat, it would see the container's address, not a
# local one, and accept it as "routed through": the same failure.)
check_dnat() {
  step "1. DNAT to a container is judged by the original destination"
  lab_ns c1
  lab_ns h1
  lab_ns ctr
  veth c1 eth0 h1 eth0
  veth h1 eth1 ctr eth0
  ip -n "$(ns c1)" addr add 198.18.5.20/24 dev eth0
  ip -n "$(ns h1)" addr add 198.18.5.10/24 dev eth0
  ip -n "$(ns h1)" addr add 198.18.6.1/24 dev eth1
  ip -n "$(ns ctr)" addr add 198.18.6.2/24 dev eth0
  local h i l
  for l in "c1 eth0" "h1 eth0" "h1 eth1" "ctr eth0"; do
    read -r h i <<<"$l"
    ip -n "$(ns "$h")" link set "$i" up
  done
  ip -n "$(ns ctr)" route add default via 198.18.6.1
  wait_links c1 h1 ctr
  in_ns h1 sysctl -qw net.ipv4.ip_forward=1 # inside namespace h1 only
  in_ns h1 nft -f - <<'NFT' || { fail "1: cannot load the foreign nat table"; return; }
table ip nat {
  chain prerouting {
    type nat hook prerouting priority dstnat; policy accept;
    ip daddr 198.18.5.10 tcp dport 8080 dnat to 198.18.6.2:80
  }
}
NFT
  in_ns ctr "$PYTHON" "$SRC/tests/e2e/listener.py" --ports 80 --ready "$WORK/ctr.ready" \
    >"$WORK/ctr.err" 2>&1 &
  for _ in $(seq 100); do [[ -f $WORK/ctr.ready ]] && break; sleep 0.05; done

  cat >"$WORK/dnat-deny.yaml" <<'YAML'
bulkhead: 1
name: dnat-lab
settings: {default_inbound: deny, default_outbound: allow}
zones:
  - {name: lan, cidrs: [198.18.5.0/24]}
hosts:
  - {name: h1, address: 198.18.5.10}
  - {name: c1, address: 198.18.5.20, managed: false}
rules:
  - {name: client-ssh, action: allow, from: {host: c1}, to: {host: h1}, services: [tcp/22]}
YAML
  sed 's#services: \[tcp/22\]#services: [tcp/22, tcp/8080]#' "$WORK/dnat-deny.yaml" >"$WORK/dnat-allow.yaml"

  local r
  r=$(py c1 connect 198.18.5.10 8080)
  if [[ $r == connected ]]; then pass "1: without bulkhead's table, c1 -> h1:8080 reaches the container (DNAT works)"; else
    fail "1: sanity: without bulkhead's table c1 -> h1:8080 does not connect ($r); nothing below means anything"
    return
  fi
  apply_policy h1 "$WORK/dnat-deny.yaml" --host h1 || { fail "1: apply dnat-deny.yaml"; return; }
  r=$(py c1 connect 198.18.5.10 8080)
  if [[ $r != connected ]]; then pass "1: policy without tcp/8080: c1 -> h1:8080 (DNAT to ctr:80) is blocked ($r)"; else
    fail "1: policy without tcp/8080: c1 -> h1:8080 still reaches the container through DNAT"
  fi
  apply_policy h1 "$WORK/dnat-allow.yaml" --host h1 || { fail "1: apply dnat-allow.yaml"; return; }
  r=$(py c1 connect 198.18.5.10 8080)
  if [[ $r == connected ]]; then pass "1: policy allowing tcp/8080 to h1: c1 -> h1:8080 reaches the container"; else
    fail "1: policy allowing tcp/8080 to h1: c1 -> h1:8080 is blocked ($r)"
  fi
}

# =======================================================================================
# Check 2. Anti-spoofing on a zone router. rt joins zone `inside` (198.18.1.0/24, in1 =
# .10) and the outside subnet (198.18.2.0/24, out1 = .10); rp_filter is off in rt, so only
# bulkhead's table can stop a spoofed source. out1 also holds 198.18.1.11 (in2's address,
# inside the zone) as a /32 and sends from it to in1 udp/9999, which only in2 may use.
# Old renderer: the zone table accepted "both ends inside" (saddr and daddr in the zone)
# without asking where the packet came from, so the spoofed datagram reached in1.
check_spoof() {
  step "2. anti-spoofing on a zone router"
  lab_ns rt
  lab_ns in1
  lab_ns out1
  veth rt eth-in in1 eth0
  veth rt eth-out out1 eth0
  ip -n "$(ns rt)" addr add 198.18.1.1/24 dev eth-in
  ip -n "$(ns rt)" addr add 198.18.2.1/24 dev eth-out
  ip -n "$(ns in1)" addr add 198.18.1.10/24 dev eth0
  ip -n "$(ns out1)" addr add 198.18.2.10/24 dev eth0
  ip -n "$(ns out1)" addr add 198.18.1.11/32 dev eth0 # the spoofed source
  local h i l
  for l in "rt eth-in" "rt eth-out" "in1 eth0" "out1 eth0"; do
    read -r h i <<<"$l"
    ip -n "$(ns "$h")" link set "$i" up
  done
  ip -n "$(ns in1)" route add default via 198.18.1.1
  ip -n "$(ns out1)" route add default via 198.18.2.1
  wait_links rt in1 out1
  # Inside namespace rt only: forward, and no kernel reverse-path filter.
  in_ns rt sysctl -qw net.ipv4.ip_forward=1 net.ipv4.conf.all.rp_filter=0 \
    net.ipv4.conf.default.rp_filter=0 net.ipv4.conf.eth-in.rp_filter=0 net.ipv4.conf.eth-out.rp_filter=0
  serve in1 in1 udp4:8888 udp4:9999 || { fail "2: listener in in1"; return; }

  cat >"$WORK/zone.yaml" <<'YAML'
bulkhead: 1
name: spoof-lab
zones:
  - {name: inside, cidrs: [198.18.1.0/24], firewall: true}
  - {name: outside, cidrs: [198.18.2.0/24]}
hosts:
  - {name: in1, address: 198.18.1.10, managed: false}
  - {name: in2, address: 198.18.1.11, managed: false}
  - {name: out1, address: 198.18.2.10, managed: false}
rules:
  - {name: in2-to-in1, action: allow, from: {host: in2}, to: {host: in1}, services: [udp/9999]}
  - {name: out1-to-in1, action: allow, from: {host: out1}, to: {host: in1}, services: [udp/8888]}
YAML
  # Before any table: both the real and the spoofed datagram arrive (the check can fail).
  py out1 send 198.18.1.10 9999 pre-real >/dev/null
  py out1 send 198.18.1.10 9999 pre-spoof --src 198.18.1.11 >/dev/null
  sleep 0.3
  if got in1 "198.18.2.10 pre-real" && got in1 "198.18.1.11 pre-spoof"; then
    pass "2: without a zone table, out1's real and spoofed (198.18.1.11) datagrams both reach in1:9999"
  else
    fail "2: sanity: without a zone table the datagrams do not arrive; nothing below means anything"
    show "$WORK/in1.log"
    return
  fi
  apply_policy rt "$WORK/zone.yaml" --zone inside || { fail "2: apply --zone inside"; return; }
  local before after
  before=$(nft_counter rt "inet bulkhead_zone_inside" forward "spoofed source")
  py out1 send 198.18.1.10 8888 legit >/dev/null
  py out1 send 198.18.1.10 9999 real-denied >/dev/null
  py out1 send 198.18.1.10 9999 spoofed --src 198.18.1.11 >/dev/null
  sleep 0.3
  after=$(nft_counter rt "inet bulkhead_zone_inside" forward "spoofed source")
  if got in1 "198.18.2.10 legit"; then pass "2: the allowed flow out1 -> in1 udp/8888 passes the router"; else
    fail "2: the allowed flow out1 -> in1 udp/8888 does not arrive"
  fi
  if ! got in1 "real-denied"; then pass "2: out1 -> in1 udp/9999 (not allowed across the boundary) is dropped"; else
    fail "2: out1 -> in1 udp/9999 crossed the zone boundary though no rule allows it"
  fi
  if ! got in1 "spoofed" && [[ $before =~ ^[0-9]+$ && $after =~ ^[0-9]+$ && $after -gt $before ]]; then
    pass "2: the datagram from outside spoofing 198.18.1.11 is dropped (spoof rule counter $before -> $after)"
  else
    fail "2: spoofed source from outside: $(got in1 spoofed && echo "ARRIVED at in1" || echo "not delivered"), spoof rule counter $before -> $after"
  fi
}

# =======================================================================================
# Checks 3 and 5. Host h3 (198.18.3.10) with clients a3 (.21) and b3 (.22) on one bridge.
# cut-1.yaml allows tcp/5000 from a3 and b3 (logged) and h3 -> a3 tcp/6000; deny defaults.
# cut-2.yaml adds an unrelated allow; cut-3.yaml adds `override-deny a3 -> h3 tcp/5000-5001`.
# Old renderer: `ct state established,related accept` came first, so an override-deny
# only ever met new connections: a3's open connection kept its echoes. A naive fix (the
# override-deny first, without `ct direction original`) would instead cut h3's own
# connection to a3:6000 from port 5001, whose replies are a3 -> h3 tcp/5001.
cut_policy() { # cut_policy EXTRA-RULES-YAML
  cat <<YAML
bulkhead: 1
name: cut-lab
settings: {default_inbound: deny, default_outbound: deny}
zones:
  - {name: lan3, cidrs: [198.18.3.0/24]}
hosts:
  - {name: h3, address: 198.18.3.10}
  - {name: a3, address: 198.18.3.21, managed: false}
  - {name: b3, address: 198.18.3.22, managed: false}
rules:
  - {name: clients-5000, action: allow, from: [{host: a3}, {host: b3}], to: {host: h3}, services: [tcp/5000], log: true}
  - {name: h3-to-a3, action: allow, from: {host: h3}, to: {host: a3}, services: [tcp/6000]}
$1
YAML
}
echoes() { grep -c '^echo' "$WORK/$1.log" 2>/dev/null || true; }

check_cut() {
  step "3. override-deny cuts live sessions"
  lab_switch
  lab_bridge br3
  lab_ns h3
  lab_ns a3
  lab_ns b3
  lab_attach h3 eth0 198.18.3.10/24 br3
  lab_attach a3 eth0 198.18.3.21/24 br3
  lab_attach b3 eth0 198.18.3.22/24 br3
  wait_links sw h3 a3 b3
  cut_policy "" >"$WORK/cut-1.yaml"
  cut_policy "  - {name: a3-7000, action: allow, from: {host: a3}, to: {host: h3}, services: [tcp/7000]}" \
    >"$WORK/cut-2.yaml"
  cut_policy "  - {name: a3-7000, action: allow, from: {host: a3}, to: {host: h3}, services: [tcp/7000]}
  - {name: stop-a3, action: override-deny, from: {host: a3}, to: {host: h3}, services: [tcp/5000-5001]}" \
    >"$WORK/cut-3.yaml"
  serve h3 h3 tcp4:5000 || { fail "3: echo server in h3"; return 1; }
  serve a3 a3 tcp4:6000 || { fail "3: echo server in a3"; return 1; }
  serve b3 b3 tcp4:6000 || { fail "3: echo server in b3"; return 1; } # for check 5
  apply_policy h3 "$WORK/cut-1.yaml" --host h3 || { fail "3: apply cut-1.yaml"; return 1; }
  # Three long-lived connections: a3 -> h3:5000, b3 -> h3:5000, and h3 (from port 5001)
  # -> a3:6000, whose replies come from a3 to h3 tcp/5001, inside the later override-deny.
  local t who to port sport
  for t in "a3 198.18.3.10 5000 0" "b3 198.18.3.10 5000 0" "h3 198.18.3.21 6000 5001"; do
    read -r who to port sport <<<"$t"
    py "$who" ticker "$to" "$port" --sport "$sport" --log "$WORK/tick-$who.log" \
      --ready "$WORK/tick-$who.ready" >"$WORK/tick-$who.err" 2>&1 &
  done
  for _ in $(seq 60); do
    [[ -f $WORK/tick-a3.ready && -f $WORK/tick-b3.ready && -f $WORK/tick-h3.ready ]] && break
    sleep 0.05
  done
  for t in a3 b3 h3; do
    [[ -f $WORK/tick-$t.ready ]] || { fail "3: the $t connection did not open: $(cat "$WORK/tick-$t.err")"; return 1; }
  done
  sleep 0.8
  local a0 b0 h0 a1 b1 h1 a2 b2 h2
  a0=$(echoes tick-a3) b0=$(echoes tick-b3) h0=$(echoes tick-h3)
  # A change that keeps both clients allowed (the table is replaced) cuts nothing.
  apply_policy h3 "$WORK/cut-2.yaml" --host h3 || { fail "3: apply cut-2.yaml"; return 1; }
  sleep 1.5
  a1=$(echoes tick-a3) b1=$(echoes tick-b3) h1=$(echoes tick-h3)
  if ((a1 - a0 >= 4 && b1 - b0 >= 4 && h1 - h0 >= 4)); then
    pass "3: a policy change keeping both allowed cuts neither (echoes in 1.5 s: a3 $((a1 - a0)), b3 $((b1 - b0)), h3->a3 $((h1 - h0)))"
  else
    fail "3: a policy change keeping both allowed disturbed a connection (echoes: a3 $a0->$a1, b3 $b0->$b1, h3->a3 $h0->$h1)"
  fi
  # override-deny for a3: a3's open connection stops within 3 s of the apply.
  apply_policy h3 "$WORK/cut-3.yaml" --host h3 || { fail "3: apply cut-3.yaml"; return 1; }
  sleep 1
  a1=$(echoes tick-a3) b1=$(echoes tick-b3) h1=$(echoes tick-h3)
  sleep 2
  a2=$(echoes tick-a3) b2=$(echoes tick-b3) h2=$(echoes tick-h3)
  if ((a2 == a1)); then pass "3: override-deny from a3: a3's open connection gets no echo from 1 s to 3 s after the apply"; else
    fail "3: override-deny from a3: a3's open connection still gets echoes ($a1 -> $a2 between 1 s and 3 s after the apply)"
  fi
  if ((b2 - b1 >= 5)); then pass "3: b3's open connection keeps working ($((b2 - b1)) echoes in 2 s)"; else
    fail "3: b3's open connection was disturbed ($b1 -> $b2 echoes in 2 s)"
  fi
  # Replies to h3's own connection (a3:6000 -> h3:5001) match the override-deny's addresses
  # and ports but are not in the original direction: they must not be cut.
  if ((h2 - h1 >= 5)); then pass "3: h3's own connection to a3:6000 (replies to tcp/5001) keeps working ($((h2 - h1)) echoes in 2 s)"; else
    fail "3: h3's own connection to a3:6000 was cut by the override-deny on its replies ($h1 -> $h2 echoes in 2 s)"
  fi
  return 0
}

# Check 5 (on h3, cut-3.yaml applied). Old renderer: a deny default was the chain policy
# (`policy drop`), which has no counter and no log, and log rules had their own
# `limit rate` each: no rule commented "inbound default deny of host h3" exists and no
# `limit log_input` object; both halves below fail.
check_default_deny() {
  step "5. default deny is counted and logged under one budget per chain"
  local in0 in1 out0 out1 r
  in0=$(nft_counter h3 "$BH_TABLE" input "inbound default deny of host h3")
  out0=$(nft_counter h3 "$BH_TABLE" output "outbound default deny of host h3")
  r=$(py b3 connect 198.18.3.10 5002 --timeout 1)
  in1=$(nft_counter h3 "$BH_TABLE" input "inbound default deny of host h3")
  # Nothing listens on h3:5002: a refusal would mean the SYN got in; only a drop times out.
  if [[ $r == timeout && $in0 =~ ^[0-9]+$ && $in1 =~ ^[0-9]+$ && $in1 -gt $in0 ]]; then
    pass "5: b3 -> h3 tcp/5002 (no rule) is dropped ($r) and counted by 'inbound default deny of host h3' ($in0 -> $in1)"
  else
    fail "5: b3 -> h3 tcp/5002: $r; counter of 'inbound default deny of host h3': $in0 -> $in1"
  fi
  r=$(py h3 connect 198.18.3.22 6000 --timeout 1)
  out1=$(nft_counter h3 "$BH_TABLE" output "outbound default deny of host h3")
  # b3 listens on tcp/6000. (TCP retries a SYN its own output hook dropped, so connect()
  # times out rather than failing with EPERM.)
  if [[ ($r == timeout || $r == EPERM) && $out0 =~ ^[0-9]+$ && $out1 =~ ^[0-9]+$ && $out1 -gt $out0 ]]; then
    pass "5: h3 -> b3 tcp/6000 (no rule) is blocked ($r) and counted by 'outbound default deny of host h3' ($out0 -> $out1)"
  else
    fail "5: h3 -> b3 tcp/6000: $r; counter of 'outbound default deny of host h3': $out0 -> $out1"
  fi
  in_ns h3 nft list table inet bulkhead >"$WORK/h3.nft"
  # Every log statement must use its own chain's named limit; count them per chain.
  r=$(awk '
    /^\tlimit log_(input|output) \{/ { objs[$2] = 1 }
    /^\tchain / { chain = $2 }
    / log prefix / {
      if (index($0, "limit name \"log_" chain "\"") > 0) good[chain]++; else { bad++; print "    | " $0 > "/dev/stderr" }
    }
    END { printf "%d %d %d %d %d", ("log_input" in objs), ("log_output" in objs), good["input"], good["output"], bad }
  ' "$WORK/h3.nft")
  read -r has_in has_out n_in n_out n_bad <<<"$r"
  if [[ $has_in == 1 && $has_out == 1 && $n_in -ge 2 && $n_out -ge 1 && $n_bad == 0 ]]; then
    pass "5: limit objects log_input and log_output; all $n_in log rules of input and $n_out of output use their chain's budget"
  else
    fail "5: log budgets: log_input object $has_in, log_output object $has_out, log rules using it: input $n_in, output $n_out, others $n_bad"
    grep -n -e 'limit' -e 'log prefix' "$WORK/h3.nft" | head -20 | sed 's/^/    | /'
  fi
}

# =======================================================================================
# Check 4. host-essentials, IPv6 on. h4 (198.18.4.10, 2001:db8:4::10, fe80::4:10) and a
# router/DHCP server r4 (198.18.4.1, 2001:db8:4::1, fe80::4:1) on one veth link. A
# foreign observer table in h4 counts MLD queries at prerouting (-300, before bulkhead)
# and at the input hook (after it): arriving vs let through.
# Old renderer: no host-essentials; IPv6 neighbour discovery was a fixed rule (so 4a
# passed), but the MLD query, DHCPv6 and DHCPv4 met the deny defaults (4b-4d failed).
# 4e (the same probes without the baseline) proves that each probe can fail.
# 4f: h4 listed by its IPv4 address only (IPv6 left to autoconfiguration, as on most
# hosts). The old renderer emitted a rule only in the families the host has listed
# addresses in, so no IPv6 row at all: link-local MLD and DHCPv6 met the deny defaults.
# Rules matching every listed address now carry no own-address match in either family
# (Decision::judge_unlisted), so they pass.
essentials_policy() { # essentials_policy BASELINES-LINE [H4-ADDRESSES]
  cat <<YAML
bulkhead: 1
name: essentials-lab
settings: {default_inbound: deny, default_outbound: deny}
zones:
  - {name: lan4, cidrs: [198.18.4.0/24, "2001:db8:4::/64"]}
hosts:
  - {name: h4, addresses: [${2:-198.18.4.10, "2001:db8:4::10"}]}
  - {name: r4, addresses: [198.18.4.1, "2001:db8:4::1"], managed: false}
rules:
  - {name: r4-udp-7000, action: allow, from: {host: r4}, to: {host: h4}, services: [udp/7000]}
$1
YAML
}

# essentials_probe MODE: every probe. with: each must work; without: each must fail;
# v4only (h4 listed by IPv4 only): each but 4a (no IPv6 rule names h4) must work.
essentials_probe() {
  local mode=$1 tag=$1 r ok label
  case $mode in
    with) label="4 (with host-essentials)" ;;
    without) label="4e (without host-essentials)" ;;
    *) label="4f (h4 listed by IPv4 only, with host-essentials)" ;;
  esac
  verdict() { # verdict WORKED(0|1) DESCRIPTION DETAIL
    if [[ $mode != without && $1 == 1 ]]; then pass "$label: $2 ($3)"
    elif [[ $mode == without && $1 == 0 ]]; then pass "$label: $2 fails as it must ($3)"
    else fail "$label: $2: $([[ $1 == 1 ]] && echo worked || echo failed) ($3)"; fi
  }
  ip -n "$(ns h4)" -6 neigh flush all
  ip -n "$(ns r4)" -6 neigh flush all
  # 4a. Neighbour discovery between global addresses (caches flushed): r4 -> h4 udp/7000
  # (allowed by a rule) and the echo back.
  if [[ $mode != v4only ]]; then
    r=$(py r4 send 2001:db8:4::10 7000 "nd-$tag" --reply 1.5)
    verdict "$([[ $r == reply ]] && echo 1 || echo 0)" "4a IPv6 neighbour discovery: r4 -> [2001:db8:4::10]:7000 and back after neigh flush" "$r"
  fi
  # 4b. MLD query from fe80::4:1 to ff02::1, hop limit 1, Router Alert. Counted in h4 as
  # arriving (observer, prerouting -300), let through (observer, input hook), by the
  # host-essentials/icmpv6-mld rule and by the inbound default deny.
  local c0 c1 pre in rule dd
  read_mld() {
    echo "$(nft_counter h4 "inet observe" pre "mld query") $(nft_counter h4 "inet observe" in "mld query")" \
      "$(nft_counter h4 "$BH_TABLE" input "icmpv6-mld") $(nft_counter h4 "$BH_TABLE" input "inbound default deny")"
  }
  c0=$(read_mld)
  py r4 mld-query --dev eth0 --src fe80::4:1 --count 3 >/dev/null
  sleep 0.3
  c1=$(read_mld)
  # Deltas; a counter that does not exist ("none") counts as 0 on both sides.
  read -r pre in rule dd < <(paste -d' ' <(tr ' ' '\n' <<<"$c0") <(tr ' ' '\n' <<<"$c1") |
    awk '{ printf "%d ", ($2 ~ /^[0-9]+$/ ? $2 : 0) - ($1 ~ /^[0-9]+$/ ? $1 : 0) }')
  if [[ $mode != without ]]; then
    if ((pre >= 3 && in == pre && rule >= 3 && dd == 0)); then
      pass "$label: 4b MLD queries to ff02::1: $pre arrived, $in reached the input hook; host-essentials/icmpv6-mld counter +$rule, default deny +0"
    else
      fail "$label: 4b MLD queries: arrived +$pre, at input +$in, icmpv6-mld rule +$rule, default deny +$dd (counters before: $c0; after: $c1)"
    fi
  else
    if ((pre >= 3 && in == 0 && dd >= 3)); then
      pass "$label: 4b MLD queries: $pre arrived, none reached the input hook, default deny +$dd"
    else
      fail "$label: 4b MLD queries: arrived +$pre, at input +$in, default deny +$dd (counters before: $c0; after: $c1)"
    fi
  fi
  # 4c. DHCPv6: ADVERTISE from [fe80::4:1]:547 to [fe80::4:10]:546; SOLICIT from
  # [fe80::4:10]:546 to [ff02::1:2]:547.
  py r4 send fe80::4:10%eth0 546 "adv-$tag" --src fe80::4:1%eth0 --sport 547 >/dev/null
  sleep 0.5
  ok=0
  got h4 "fe80::4:1 adv-$tag" && ok=1
  verdict "$ok" "4c DHCPv6 ADVERTISE [fe80::4:1]:547 -> [fe80::4:10]:546 received by h4" "$([[ $ok == 1 ]] && echo received || echo "not received")"
  r=$(py h4 send ff02::1:2%eth0 547 "sol-$tag" --src fe80::4:10%eth0 --sport 546)
  sleep 0.2
  ok=0
  [[ $r == sent ]] && got r4 "fe80::4:10 sol-$tag" && ok=1
  verdict "$ok" "4c DHCPv6 SOLICIT [fe80::4:10]:546 -> [ff02::1:2]:547 received by r4" "send: $r"
  # 4d. DHCPv4: broadcast from :68 to 255.255.255.255:67, unicast renewal to r4:67, and
  # r4's broadcast OFFER to 255.255.255.255:68.
  r=$(py h4 send 255.255.255.255 67 "bcast-$tag" --sport 68 --broadcast --dev eth0)
  sleep 0.2
  ok=0
  [[ $r == sent ]] && got r4 "198.18.4.10 bcast-$tag" && ok=1
  verdict "$ok" "4d DHCPv4 h4:68 -> 255.255.255.255:67 (SO_BROADCAST) sent and received by r4" "send: $r"
  r=$(py h4 send 198.18.4.1 67 "renew-$tag" --sport 68)
  sleep 0.2
  ok=0
  [[ $r == sent ]] && got r4 "198.18.4.10 renew-$tag" && ok=1
  verdict "$ok" "4d DHCPv4 renewal h4:68 -> 198.18.4.1:67 received by r4" "send: $r"
  py r4 send 255.255.255.255 68 "offer-$tag" --sport 67 --broadcast --dev eth0 >/dev/null
  sleep 0.3
  ok=0
  got h4 "198.18.4.1 offer-$tag" && ok=1
  verdict "$ok" "4d DHCPv4 OFFER r4:67 -> 255.255.255.255:68 received by h4" "$([[ $ok == 1 ]] && echo received || echo "not received")"
}

check_essentials() {
  step "4. host-essentials with real packets (IPv6 on)"
  local h
  lab_ns h4
  lab_ns r4
  for h in h4 r4; do # lab_ns turned IPv6 off; these two need it (inside them only)
    in_ns "$h" sysctl -qw net.ipv6.conf.all.disable_ipv6=0 net.ipv6.conf.default.disable_ipv6=0 \
      net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
  done
  veth h4 eth0 r4 eth0
  local host_id n
  for host_id in "h4 10" "r4 1"; do
    read -r h n <<<"$host_id"
    ip -n "$(ns "$h")" link set eth0 addrgenmode none # only the link-local added below
    ip -n "$(ns "$h")" addr add "198.18.4.$n/24" dev eth0
    ip -n "$(ns "$h")" addr add "2001:db8:4::$n/64" dev eth0 nodad
    ip -n "$(ns "$h")" addr add "fe80::4:$n/64" dev eth0 nodad
    ip -n "$(ns "$h")" link set eth0 up
  done
  wait_links h4 r4
  wait_v6 h4 eth0
  wait_v6 r4 eth0
  in_ns h4 nft -f - <<'NFT' || { fail "4: cannot load the observer table"; return; }
table inet observe {
  chain pre {
    type filter hook prerouting priority -300; policy accept;
    icmpv6 type mld-listener-query counter comment "mld query"
  }
  chain in {
    type filter hook input priority 0; policy accept;
    icmpv6 type mld-listener-query counter comment "mld query"
  }
}
NFT
  serve h4 h4 echo6:7000 udp6:546 udp4:68 || { fail "4: servers in h4"; return; }
  serve r4 r4 udp4:67 udp6:547@ff02::1:2%eth0 || { fail "4: servers in r4"; return; }
  essentials_policy "baselines: [host-essentials]" >"$WORK/essentials.yaml"
  essentials_policy "" >"$WORK/no-essentials.yaml"
  essentials_policy "baselines: [host-essentials]" "198.18.4.10" >"$WORK/essentials-v4only.yaml"

  apply_policy h4 "$WORK/essentials.yaml" --host h4 || { fail "4: apply essentials.yaml"; return; }
  essentials_probe with
  apply_policy h4 "$WORK/no-essentials.yaml" --host h4 || { fail "4e: apply no-essentials.yaml"; return; }
  essentials_probe without
  apply_policy h4 "$WORK/essentials-v4only.yaml" --host h4 || { fail "4f: apply essentials-v4only.yaml"; return; }
  essentials_probe v4only

  "$BIN" validate "$WORK/no-essentials.yaml" >"$WORK/v-no.out" 2>&1
  "$BIN" validate "$WORK/essentials.yaml" >"$WORK/v-yes.out" 2>&1
  if grep -q "lacks the host-essentials baseline" "$WORK/v-no.out" &&
    ! grep -q "host-essentials baseline" "$WORK/v-yes.out"; then
    pass "4e: validate warns that host-essentials is missing (and not when it is there)"
  else
    fail "4e: validate's host-essentials warning: without the baseline $(grep -c 'host-essentials' "$WORK/v-no.out") line(s), with it $(grep -c 'lacks the host-essentials' "$WORK/v-yes.out")"
    show "$WORK/v-no.out"
  fi
}

check_dnat
check_spoof
if check_cut; then check_default_deny; else fail "5: not run (check 3's set-up failed)"; fi
check_essentials

step "done: $FAILS failure(s)"
[[ $FAILS -eq 0 ]]
