# shellcheck shell=bash
# Network-namespace lab helpers (sourced by tests/e2e/lab.sh; usable by hand, see
# docs/agent.md). Every object is created inside namespaces these helpers create, with
# names carrying a random prefix; nothing is created in, or routed to, the machine's own
# namespace. Links are made with `ip -n NS link add ... peer ... netns OTHER`, so even
# the veth pairs never appear in the caller's namespace.
#
#   lab_init                       pick a random prefix, start the namespace list
#   lab_ns NAME                    create namespace <prefix>-NAME (lo up, IPv6 off)
#   lab_name NAME                  print the full namespace name
#   lab_switch                     create the L2 switch namespace (bridges only, no rules)
#   lab_bridge BR                  create bridge BR in the switch namespace
#   lab_attach NAME IF ADDR/LEN BR [GW]
#                                  veth from bridge BR to namespace NAME, interface IF with
#                                  ADDR; default route via GW when given
#   lab_destroy                    stop every process inside the lab namespaces (all of
#                                  them were started by the lab) and delete the namespaces

LAB_PREFIX=""
LAB_NAMESPACES=()

lab_init() {
  LAB_PREFIX="bh$(od -An -N3 -tx1 /dev/urandom | tr -d ' \n')"
  LAB_NAMESPACES=()
}

lab_name() { printf '%s-%s' "$LAB_PREFIX" "$1"; }

lab_ns() {
  local ns
  ns=$(lab_name "$1")
  ip netns add "$ns"
  LAB_NAMESPACES+=("$ns")
  ip -n "$ns" link set lo up
  ip netns exec "$ns" sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
}

lab_switch() { lab_ns sw; }

lab_bridge() {
  local sw
  sw=$(lab_name sw)
  ip -n "$sw" link add "$1" type bridge
  ip -n "$sw" link set "$1" up
}

lab_attach() {
  local name=$1 ifname=$2 addr=$3 bridge=$4 gw=${5:-}
  local sw ns port
  sw=$(lab_name sw)
  ns=$(lab_name "$name")
  port="p-${name}-${ifname}"
  port=${port:0:15}
  ip -n "$sw" link add "$port" type veth peer name "$ifname" netns "$ns"
  ip -n "$sw" link set "$port" master "$bridge" up
  ip -n "$ns" addr add "$addr" dev "$ifname"
  ip -n "$ns" link set "$ifname" up
  if [[ -n $gw ]]; then ip -n "$ns" route add default via "$gw"; fi
}

lab_destroy() {
  local ns pid
  for ns in "${LAB_NAMESPACES[@]}"; do
    # Everything running inside a lab namespace was started by the lab (listeners,
    # rollback watchdogs); stop exactly those, by pid.
    for pid in $(ip netns pids "$ns" 2>/dev/null); do kill "$pid" 2>/dev/null || true; done
  done
  sleep 0.1
  for ns in "${LAB_NAMESPACES[@]}"; do
    for pid in $(ip netns pids "$ns" 2>/dev/null); do kill -9 "$pid" 2>/dev/null || true; done
    ip netns del "$ns" 2>/dev/null || true
  done
  LAB_NAMESPACES=()
}
