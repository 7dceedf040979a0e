#!/usr/bin/env python3
"""Builds the Windows export files the status tests read (tests/unit/windows/status_export_test.cpp
and tests/cli/status_windows.sh), in the shape the export command of docs/targets/windows.md
writes: bulkhead's own rules are taken from the rendered PowerShell script of dc-01
(examples/enterprise), the other rules from the hand-written dc-01-windows-rules.json (a
Windows Server 2022 domain controller's built-in, role and third-party rules).

    python3 tests/unit/windows/data/make_exports.py BUILD/bulkhead

Rerun it when the Windows renderer changes what it emits for dc-01 (the in-sync test fails
then, naming the rules that differ). Output files, next to this script:
  dc-01-in-sync.json   UTF-8 with a byte-order mark (Out-File -Encoding utf8): every
                       rendered rule present, profiles as the script sets them
  dc-01-gpo.json       a Group Policy sets AllowLocalFirewallRules False on the Domain
                       profile and enables a few predefined rules there itself
  dc-01-edited.json    one Block rule deleted, one rule's RemoteAddress edited, one disabled,
                       a hand-made 'bulkhead ...' rule added
  tiny-fs-1-fresh.json UTF-16LE with a byte-order mark (Windows PowerShell 5.1's Out-File
                       default): fs-1 of tiny.yaml before bulkhead ever ran
"""
import ipaddress
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))

PARAM = re.compile(r" -([A-Za-z]+) ")


def ps_values(text, pos):
    """Parses a PowerShell argument list at text[pos:]: 'quoted' or bare items joined by commas."""
    items = []
    while True:
        if text[pos] == "'":
            pos += 1
            out = ""
            while True:
                if text[pos] == "'":
                    if pos + 1 < len(text) and text[pos + 1] == "'":
                        out += "'"
                        pos += 2
                        continue
                    pos += 1
                    break
                out += text[pos]
                pos += 1
            items.append(out)
        else:
            m = re.match(r"[$A-Za-z0-9]+", text[pos:])
            items.append(m.group(0))
            pos += len(m.group(0))
        if pos < len(text) and text[pos] == ",":
            pos += 1
            continue
        return items, pos


def new_rule_params(line):
    """The parameters of one New-NetFirewallRule line."""
    start = line.index("New-NetFirewallRule") + len("New-NetFirewallRule")
    params, pos = {}, start
    while pos < len(line):
        m = re.match(r" -([A-Za-z]+) ", line[pos:])
        if not m:
            break
        pos += len(m.group(0))
        params[m.group(1)], pos = ps_values(line, pos)
    return params


def windows_address(a):
    """An address entry as Get-NetFirewallAddressFilter shows it: IPv4 subnets in mask form."""
    if "/" in a and ":" not in a:
        net = ipaddress.ip_network(a)
        return f"{net.network_address}/{net.netmask}"
    return a


def scalar(items):
    """ConvertTo-Json writes a one-element array as the element."""
    return items[0] if len(items) == 1 else items


def export_rule(p, variables):
    def values(name, convert=lambda v: v):
        return scalar([convert(v) for v in p[name]]) if name in p else "Any"

    def text(item):
        return variables[item] if item.startswith("$") else item

    return {
        "Name": p["Name"][0],
        "DisplayName": text(p["DisplayName"][0]),
        "Group": p["Group"][0] if "Group" in p else None,
        "Enabled": "True",
        "Direction": p["Direction"][0],
        "Action": p["Action"][0],
        "Profile": "Any",
        "PolicyStoreSourceType": "Local",
        "Protocol": p["Protocol"][0],
        "LocalPort": values("LocalPort"),
        "RemotePort": values("RemotePort"),
        "IcmpType": values("IcmpType"),
        "LocalAddress": values("LocalAddress", windows_address),
        "RemoteAddress": values("RemoteAddress", windows_address),
        "Program": "Any",
        "Package": None,
        "Service": "Any",
    }


def rendered_rules(binary, policy, host):
    script = subprocess.run(
        [binary, "render", policy, "--target", "windows", "--host", host],
        cwd=ROOT, check=True, capture_output=True, text=True).stdout
    # The script may name a rule through a variable: `if (Test-New ($n = '...') $d) {`.
    assign = re.compile(r"\((\$[a-z]+) = '((?:[^']|'')*)'\)")
    variables, out = {}, []
    for line in script.splitlines():
        for name, value in assign.findall(line):
            variables[name] = value.replace("''", "'")
        if "= New-NetFirewallRule " in line:
            out.append(export_rule(new_rule_params(line), variables))
    return out


def profiles(domain_local_rules="True", gpo_inbound="Block"):
    out = []
    for name in ("Domain", "Private", "Public"):
        out.append({
            "Name": name,
            "Enabled": "True",
            "DefaultInboundAction": gpo_inbound if name == "Domain" else "Block",
            "DefaultOutboundAction": "Block",
            "AllowLocalFirewallRules": domain_local_rules if name == "Domain" else "NotConfigured",
        })
    return out


def dumps(doc):
    """The document with one rule, profile or address per line (smaller than ConvertTo-Json's
    indentation, and as easy to read)."""
    lines = ["{"]
    for i, (key, value) in enumerate(doc.items()):
        comma = "," if i + 1 < len(doc) else ""
        if isinstance(value, list):
            items = [" " + json.dumps(v) for v in value]
            lines.append(f" {json.dumps(key)}: [")
            lines.append(",\r\n".join(" " + i for i in items))
            lines.append(f" ]{comma}")
        else:
            lines.append(f" {json.dumps(key)}: {json.dumps(value)}{comma}")
    lines.append("}")
    return "\r\n".join(lines) + "\r\n"


def write(name, doc, encoding):
    text = dumps(doc)
    data = text.encode("utf-16-le") if encoding == "utf-16" else text.encode("utf-8")
    bom = b"\xff\xfe" if encoding == "utf-16" else b"\xef\xbb\xbf"
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(bom + data)
    print(f"{name}: {len(doc['Rules'])} rules, {len(bom) + len(data)} bytes")


def main():
    binary = os.path.abspath(sys.argv[1])
    with open(os.path.join(HERE, "dc-01-windows-rules.json"), encoding="utf-8") as f:
        windows = json.load(f)
    addresses = [
        {"IPAddress": "10.20.0.10", "PrefixLength": 16, "InterfaceAlias": "Ethernet0"},
        {"IPAddress": "fe80::5d2a:1c3e:8b4f:10%6", "PrefixLength": 64, "InterfaceAlias": "Ethernet0"},
        {"IPAddress": "127.0.0.1", "PrefixLength": 8, "InterfaceAlias": "Loopback Pseudo-Interface 1"},
        {"IPAddress": "::1", "PrefixLength": 128, "InterfaceAlias": "Loopback Pseudo-Interface 1"},
    ]
    ours = rendered_rules(binary, "examples/enterprise", "dc-01")
    base = {"Host": "DC-01", "Rules": ours + windows["Rules"], "Profiles": profiles(),
            "Addresses": addresses}
    write("dc-01-in-sync.json", base, "utf-8")

    # A Group Policy for the Domain profile: discards local rules (bulkhead's and the
    # built-in ones alike) and enables a few predefined rules itself.
    gpo = dict(base)
    gpo["Rules"] = base["Rules"] + windows["GroupPolicyRules"]
    gpo["Profiles"] = profiles(domain_local_rules="False")
    write("dc-01-gpo.json", gpo, "utf-8")

    # Drift: a Block rule deleted, an Allow rule edited, a Block rule disabled, a rule made
    # by hand under bulkhead's name.
    edited = json.loads(json.dumps(base))
    rules = edited["Rules"]
    rdp = next(r for r in rules if r["DisplayName"].startswith("bulkhead in block lateral-movement/rdp "))
    rules.remove(rdp)
    jump = next(r for r in rules
                if r["DisplayName"].startswith("bulkhead in allow jump-host-administers-managed-hosts "))
    jump["RemoteAddress"] = "10.30.0.0/255.255.0.0"
    winrm = next(r for r in rules
                 if r["DisplayName"].startswith("bulkhead in block lateral-movement/winrm-http "))
    winrm["Enabled"] = "False"
    rules.append({
        "Name": "{6f1c2a9e-0b7d-4c51-9a3e-2d8f0c4b7e11}", "DisplayName": "bulkhead in allow vendor-support",
        "Group": None, "Enabled": "True", "Direction": "Inbound", "Action": "Allow",
        "Profile": "Any", "PolicyStoreSourceType": "Local", "Protocol": "TCP",
        "LocalPort": "8443", "RemotePort": "Any", "IcmpType": "Any", "LocalAddress": "Any",
        "RemoteAddress": "Any", "Program": "Any", "Package": None, "Service": "Any"})
    write("dc-01-edited.json", edited, "utf-8")

    # fs-1 of tiny.yaml before bulkhead ran: Windows' rules only, the Windows defaults.
    fresh = {"Host": "FS-1", "Rules": windows["Rules"][:7], "Profiles": [
        {"Name": n, "Enabled": "True", "DefaultInboundAction": "NotConfigured",
         "DefaultOutboundAction": "NotConfigured", "AllowLocalFirewallRules": "NotConfigured"}
        for n in ("Domain", "Private", "Public")],
        "Addresses": {"IPAddress": "10.1.0.20", "PrefixLength": 24, "InterfaceAlias": "Ethernet"}}
    write("tiny-fs-1-fresh.json", fresh, "utf-16")


if __name__ == "__main__":
    main()
