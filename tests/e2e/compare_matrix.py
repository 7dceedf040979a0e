#!/usr/bin/env python3
"""Compares what `bulkhead probe` observed with `bulkhead matrix --by host --format json`.

usage: compare_matrix.py MATRIX.json PROBE.json...

For every matrix cell (from, to, service) the probes' observations on that service's
ports are summarised as the matrix does: "all" when every probed port was reachable,
"none" when none was, "some" otherwise. Every cell must have observations and the
summaries must be equal; every probe result must also match its own expectation (the
Decision's query). Prints each disagreement with the ports and how each probe ended.
Exit 0 when everything agrees, 1 otherwise."""
import json
import sys
from collections import defaultdict


def summary(values):
    if all(values):
        return "all"
    if not any(values):
        return "none"
    return "some"


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1]) as f:
        matrix = json.load(f)
    observed = defaultdict(list)  # (from, to, service) -> [result]
    probe_mismatches = []
    sources = set()
    for path in argv[2:]:
        with open(path) as f:
            probe = json.load(f)
        sources.add(probe["from"])
        for r in probe["results"]:
            observed[(probe["from"], r["to"], r["service"])].append(r)
            if r["expected"] != r["observed"]:
                probe_mismatches.append((probe["from"], r))

    services = {s["name"] for s in matrix["services"]}
    problems = []
    checked = gaps = reachable = 0
    seen = set()
    for cell in matrix["cells"]:
        key = (cell["from"], cell["to"], cell["service"])
        if cell["from"] not in sources:
            continue
        seen.add(key)
        results = observed.get(key)
        if not results:
            problems.append(f"{key[0]} -> {key[1]} {key[2]}: matrix says {cell['reachable']}, "
                            "but nothing was probed")
            continue
        got = summary([r["observed"] for r in results])
        checked += 1
        reachable += got != "none"
        if cell["gap"] and got != "none":
            gaps += 1
        if got != cell["reachable"]:
            ports = ", ".join(f"{r['proto']}/{r['port']}={'open' if r['observed'] else 'closed'}"
                              f" ({r['how']})" for r in results)
            rules = ", ".join(f"{x['name']} ({x['action']}) @ {x['at']}" for x in cell["rules"])
            problems.append(f"{key[0]} -> {key[1]} {key[2]}: matrix says {cell['reachable']}, "
                            f"probes saw {got}: {ports}; rules: {rules or 'none (defaults)'}")
    for key in sorted(set(observed) - seen):
        if key[2] in services:
            problems.append(f"{key[0]} -> {key[1]} {key[2]}: probed, but the matrix has no cell")
    for src, r in probe_mismatches:
        problems.append(f"probe {src} -> {r['to']} {r['proto']}/{r['port']} ({r['service']}): "
                        f"expected {'reachable' if r['expected'] else 'blocked'}, observed "
                        f"{'reachable' if r['observed'] else 'blocked'} ({r['how']}); "
                        f"rule {r['rule']} @ {r['at']}")
    print(f"compared {checked} cells (from {len(sources)} hosts, {len(services)} services): "
          f"{reachable} reachable, {gaps} of them enforcement gaps, "
          f"{len(problems)} disagreement(s)")
    for p in problems:
        print("  MISMATCH " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
