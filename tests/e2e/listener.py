#!/usr/bin/env python3
"""Lab listener: accepts and closes every TCP connection and echoes every UDP datagram on
the given ports, on all addresses of the network namespace it runs in. `bulkhead probe`
counts a completed TCP handshake or any UDP reply as reachable, so a port without a
listener would look blocked; the lab therefore listens on every port it probes.

usage: listener.py --ports 22,80,445,... [--ready FILE]
Writes FILE (if given) once every socket is bound, then serves until killed."""
import argparse
import selectors
import socket
import sys


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ports", required=True, help="comma-separated ports (tcp and udp each)")
    ap.add_argument("--ready", help="file to create once listening")
    args = ap.parse_args()
    ports = sorted({int(p) for p in args.ports.split(",") if p})
    sel = selectors.DefaultSelector()
    for port in ports:
        t = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        t.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        t.bind(("0.0.0.0", port))
        t.listen(256)
        t.setblocking(False)
        sel.register(t, selectors.EVENT_READ, "tcp")
        u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        u.bind(("0.0.0.0", port))
        u.setblocking(False)
        sel.register(u, selectors.EVENT_READ, "udp")
    if args.ready:
        with open(args.ready, "w") as f:
            f.write("ready\n")
    while True:
        for key, _ in sel.select():
            s = key.fileobj
            try:
                if key.data == "tcp":
                    conn, _ = s.accept()
                    conn.close()
                else:
                    data, peer = s.recvfrom(2048)
                    s.sendto(data, peer)
            except (BlockingIOError, ConnectionError, OSError):
                pass


if __name__ == "__main__":
    sys.exit(main())
