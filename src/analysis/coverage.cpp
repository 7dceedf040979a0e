// coverage: the techniques of ATT&CK mitigation M1030 (Network Segmentation), each with
// a status computed from the policy by exact flow checks.
//
// The checks are data (kChecks below): a source side, a destination side, a named set of
// service keys and what every flow of that set must do (blocked; or reachable only through
// an allow rule). Sides are chosen by the built-in `internet`, "every user zone", and the
// purposes that zones and hosts declare (`purpose:`, docs/policy.md); never by a name.
// A class's purposes are its zone's plus its hosts' (resolve keeps hosts of different
// purposes in different classes), so a side is an exact set of classes, and each check is
// one analysis::check_flows call, the code that checks `expect` intents for `verify`:
// O(|S|·|T|·k) per check over class pairs and tier-map segments, never per host.
// "Closed" is therefore a proof over the whole address and service space, and "open"
// comes with a concrete counterexample flow and the rule or point that decided it.
// A check about assets nobody declared (no zone or host with purpose containers, say) is
// not applicable; one that needs a purpose to be judged (management, the sanctioned source
// of administration) says which purpose to declare. docs/coverage.md lists the table.
#include "analysis/coverage.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "base/assert.h"

namespace bulkhead::analysis {
namespace {

using Scope = SideTerm::Scope;
using State = CheckResult::State;
using Want = FlowExpectation;

// ---------------------------------------------------------------------------------------
// Service sets.

ServiceSet tcp(std::uint32_t lo, std::uint32_t hi) {
  return ServiceSet::range(service_key(Proto::Tcp, lo), service_key(Proto::Tcp, hi));
}
ServiceSet tcp(std::uint32_t p) {
  return tcp(p, p);
}
ServiceSet udp(std::uint32_t lo, std::uint32_t hi) {
  return ServiceSet::range(service_key(Proto::Udp, lo), service_key(Proto::Udp, hi));
}
ServiceSet udp(std::uint32_t p) {
  return udp(p, p);
}
ServiceSet both(std::uint32_t p) {
  return tcp(p).unite(udp(p));
}
ServiceSet all_of(std::initializer_list<ServiceSet> sets) {
  ServiceSet out;
  for (const ServiceSet& s : sets) out = out.unite(s);
  return out;
}

const std::map<std::string_view, ServiceSet>& service_sets() {
  static const std::map<std::string_view, ServiceSet> kSets = [] {
    std::map<std::string_view, ServiceSet> m;
    m["rdp"] = both(3389);
    m["winrm"] = tcp(5985, 5986);
    m["rpc"] = all_of({tcp(135), tcp(49152, 65535), udp(49152, 65535)});
    m["smb"] = all_of({tcp(445), tcp(139)});
    m["name-poisoning"] = all_of({udp(137, 138), udp(5355), udp(5353)});  // NBT, LLMNR, mDNS
    m["broadcast-discovery"] = m["name-poisoning"].unite(udp(1900));      // + SSDP
    m["remote-admin"] = all_of({both(3389), tcp(5985, 5986), tcp(22), tcp(5900, 5903), tcp(23)});
    m["remote-access"] = m["remote-admin"].unite(m["smb"]);
    // The nine services of the seed table (the lateral-movement baseline).
    m["lateral"] = all_of({tcp(445), udp(137, 138), tcp(139), tcp(135), tcp(49152, 65535),
                           udp(49152, 65535), both(3389), tcp(5985, 5986)});
    m["remote-services"] = m["lateral"].unite(m["remote-admin"]);
    m["snmp"] = udp(161, 162);
    m["device-config"] = all_of({udp(161, 162), tcp(22), tcp(23), udp(69)});
    m["container-api"] =
        all_of({tcp(2375, 2376), tcp(2379, 2380), tcp(6443), tcp(10250), tcp(10255)});
    m["domain-discovery"] =
        all_of({both(389), tcp(636), tcp(3268, 3269), both(88), both(53), tcp(445), tcp(135)});
    // Egress every network needs: web, DNS, NTP, mail.
    m["standard-egress"] =
        all_of({tcp(80), tcp(443), udp(443), both(53), udp(123), tcp(25), tcp(587), tcp(993)});
    m["nonstandard-egress"] = all_of({tcp(0, 65535), udp(0, 65535)}).subtract(m["standard-egress"]);
    m["asymmetric-egress"] = all_of({tcp(22), tcp(989, 990)});          // SSH/SFTP/SCP, FTPS
    m["unencrypted-egress"] = all_of({tcp(20, 21), udp(69), tcp(23)});  // FTP, TFTP, telnet
    m["smtp"] = tcp(25);
    m["non-application"] = whole_proto(Proto::Icmp).unite(whole_proto(Proto::Other));
    m["tcp-udp"] = all_of({tcp(0, 65535), udp(0, 65535)});
    m["any"] = all_services();
    return m;
  }();
  return kSets;
}

// ---------------------------------------------------------------------------------------
// The table. Side shorthands first.

SideTerm any_address() {
  return {Scope::Any, {}, false};
}
SideTerm internet() {
  return {Scope::Internet, {}, false};
}
SideTerm internal_hosts() {
  return {Scope::Internal, {}, true};
}
SideTerm internal() {
  return {Scope::Internal, {}, false};
}
SideTerm purpose(std::string_view p) {
  return {Scope::Purpose, p, false};
}
SideTerm purpose_hosts(std::string_view p) {
  return {Scope::Purpose, p, true};
}
// The internet and the networks of unknown devices.
std::vector<SideTerm> untrusted() {
  return {internet(), purpose("wifi"), purpose("guest")};
}

const std::vector<CheckSpec>& checks_table() {
  static const std::vector<CheckSpec> kChecks = {
      // Remote services (T1021, T1563): administration only from the management network.
      {"rdp-from-internet",
       "the internet reaches no internal host on RDP",
       {{internet()}, {}},
       {{internal_hosts()}, {}},
       "rdp",
       Want::Blocked,
       {},
       {}},
      {"rdp-outside-management",
       "outside management, nothing reaches an internal host on RDP (hosts of the management "
       "network, the jump hosts, excepted)",
       {{any_address()}, {"management"}},
       {{internal_hosts()}, {"management"}},
       "rdp",
       Want::Blocked,
       {},
       {"management"}},
      {"remote-admin-outside-management",
       "outside management, nothing reaches an internal host on remote administration "
       "(RDP, WinRM, SSH, VNC, telnet)",
       {{any_address()}, {"management"}},
       {{internal_hosts()}, {"management"}},
       "remote-admin",
       Want::Blocked,
       {},
       {"management"}},
      {"winrm-outside-management",
       "outside management, nothing reaches an internal host on WinRM",
       {{any_address()}, {"management"}},
       {{internal_hosts()}, {"management"}},
       "winrm",
       Want::Blocked,
       {},
       {"management"}},
      {"smb-into-workstations",
       "no address reaches a workstation on SMB",
       {{any_address()}, {}},
       {{purpose_hosts("workstations")}, {}},
       "smb",
       Want::Blocked,
       {"workstations"},
       {}},
      {"rpc-into-workstations",
       "outside management, nothing reaches a workstation on RPC/DCOM",
       {{any_address()}, {"management"}},
       {{purpose_hosts("workstations")}, {}},
       "rpc",
       Want::Blocked,
       {"workstations"},
       {}},
      // Poisoning and sniffing (T1557, T1040).
      {"name-poisoning",
       "no address reaches an internal host on NetBIOS name/datagram, LLMNR "
       "or mDNS",
       {{any_address()}, {}},
       {{internal_hosts()}, {}},
       "name-poisoning",
       Want::Blocked,
       {},
       {}},
      {"broadcast-sniffing",
       "the same, and SSDP",
       {{any_address()}, {}},
       {{internal_hosts()}, {}},
       "broadcast-discovery",
       Want::Blocked,
       {},
       {}},
      // Domain controllers (T1098, T1136, T1482).
      {"dc-from-untrusted",
       "the internet, Wi-Fi and guest networks reach no domain controller on any TCP or UDP port",
       {untrusted(), {}},
       {{purpose("domain-controllers")}, {}},
       "tcp-udp",
       Want::Blocked,
       {"domain-controllers"},
       {}},
      {"dc-admin-outside-management",
       "outside management, nothing reaches a domain controller on remote administration",
       {{any_address()}, {"management", "domain-controllers"}},
       {{purpose("domain-controllers")}, {}},
       "remote-admin",
       Want::Blocked,
       {"domain-controllers"},
       {"management"}},
      {"dc-without-rule",
       "nothing reaches a domain controller without an allow rule",
       {{any_address()}, {"domain-controllers"}},
       {{purpose("domain-controllers")}, {}},
       "any",
       Want::Ruled,
       {"domain-controllers"},
       {}},
      {"domain-discovery-from-untrusted",
       "the internet, Wi-Fi, guest networks and the DMZ reach no domain controller on LDAP, "
       "Kerberos, DNS, SMB or RPC",
       {{internet(), purpose("wifi"), purpose("guest"), purpose("dmz")}, {}},
       {{purpose("domain-controllers")}, {}},
       "domain-discovery",
       Want::Blocked,
       {"domain-controllers"},
       {}},
      // Cloud segments (T1098.001, T1136.003).
      {"cloud-without-rule",
       "nothing outside the cloud segments reaches them without an allow "
       "rule",
       {{any_address()}, {"cloud"}},
       {{purpose("cloud")}, {}},
       "any",
       Want::Ruled,
       {"cloud"},
       {}},
      {"cloud-to-internal-without-rule",
       "cloud segments reach the other internal zones only through allow rules",
       {{purpose("cloud")}, {}},
       {{internal()}, {"cloud"}},
       "any",
       Want::Ruled,
       {"cloud"},
       {}},
      // Configuration repositories (T1602).
      {"snmp-outside-management",
       "outside management, nothing reaches an internal host or a network device on SNMP",
       {{any_address()}, {"management"}},
       {{internal_hosts(), purpose("network-devices")}, {"management"}},
       "snmp",
       Want::Blocked,
       {},
       {"management"}},
      {"device-config-outside-management",
       "outside management, nothing reaches a network device on SNMP, SSH, telnet or TFTP",
       {{any_address()}, {"management"}},
       {{purpose("network-devices")}, {}},
       "device-config",
       Want::Blocked,
       {"network-devices"},
       {"management"}},
      // Critical systems (T1565, T1046).
      {"critical-from-untrusted",
       "the internet, Wi-Fi and guest networks reach no critical "
       "system on any TCP or UDP port",
       {untrusted(), {}},
       {{purpose("critical")}, {}},
       "tcp-udp",
       Want::Blocked,
       {"critical"},
       {}},
      {"critical-without-rule",
       "nothing reaches a critical system without an allow rule",
       {{any_address()}, {"critical"}},
       {{purpose("critical")}, {}},
       "any",
       Want::Ruled,
       {"critical"},
       {}},
      // Containers (T1610, T1612, T1613, T1552.007).
      {"container-api-from-untrusted",
       "the internet, Wi-Fi, guest networks and workstations reach no container API "
       "(Docker, etcd, Kubernetes, kubelet)",
       {{internet(), purpose("wifi"), purpose("guest"), purpose("workstations")}, {}},
       {{purpose("containers")}, {}},
       "container-api",
       Want::Blocked,
       {"containers"},
       {}},
      {"container-api-without-rule",
       "nothing reaches a container API without an allow rule",
       {{any_address()}, {"containers"}},
       {{purpose("containers")}, {}},
       "container-api",
       Want::Ruled,
       {"containers"},
       {}},
      // Egress (T1048, T1095, T1571).
      {"egress-nonstandard",
       "internal addresses reach the internet on standard egress only "
       "(web, DNS, NTP, mail)",
       {{internal()}, {}},
       {{internet()}, {}},
       "nonstandard-egress",
       Want::Blocked,
       {},
       {}},
      {"egress-asymmetric-encrypted",
       "internal addresses reach the internet on no SSH, SFTP, SCP or FTPS",
       {{internal()}, {}},
       {{internet()}, {}},
       "asymmetric-egress",
       Want::Blocked,
       {},
       {}},
      {"egress-unencrypted",
       "internal addresses reach the internet on no FTP, TFTP or telnet",
       {{internal()}, {}},
       {{internet()}, {}},
       "unencrypted-egress",
       Want::Blocked,
       {},
       {}},
      {"smtp-egress-outside-dmz",
       "only the DMZ (the mail gateway) sends SMTP to the internet",
       {{internal()}, {"dmz"}},
       {{internet()}, {}},
       "smtp",
       Want::Blocked,
       {},
       {}},
      {"egress-non-application",
       "internal addresses send no ICMP and no non-TCP/UDP traffic to the internet",
       {{internal()}, {}},
       {{internet()}, {}},
       "non-application",
       Want::Blocked,
       {},
       {}},
      // Public-facing services (T1190, T1133, T1210).
      {"internet-reaches-only-dmz",
       "the internet reaches no internal host outside the DMZ on any TCP or UDP port",
       {{internet()}, {}},
       {{internal_hosts()}, {"dmz"}},
       "tcp-udp",
       Want::Blocked,
       {},
       {}},
      {"dmz-lateral",
       "the DMZ reaches no host outside it on the seed-table services",
       {{purpose("dmz")}, {}},
       {{internal_hosts()}, {"dmz"}},
       "lateral",
       Want::Blocked,
       {"dmz"},
       {}},
      {"remote-services-from-internet",
       "the internet reaches no internal host on the seed-table services",
       {{internet()}, {}},
       {{internal_hosts()}, {}},
       "lateral",
       Want::Blocked,
       {},
       {}},
      {"remote-services-without-rule",
       "nothing reaches an internal host on the seed-table or remote-administration services "
       "without an allow rule",
       {{any_address()}, {}},
       {{internal_hosts()}, {}},
       "remote-services",
       Want::Ruled,
       {},
       {}},
      {"remote-access-from-internet",
       "the internet reaches remote access (administration, SMB) only on DMZ gateways",
       {{internet()}, {}},
       {{internal_hosts()}, {"dmz"}},
       "remote-access",
       Want::Blocked,
       {},
       {}},
      // Security monitoring (T1489).
      {"ids-admin-from-production",
       "production (outside the IDS and management networks) reaches the IDS network on no "
       "seed-table or remote-administration service",
       {{any_address()}, {"ids", "management"}},
       {{purpose("ids")}, {}},
       "remote-services",
       Want::Blocked,
       {"ids"},
       {}},
      {"ids-without-rule",
       "production reaches the IDS network only through allow rules (e.g. syslog)",
       {{any_address()}, {"ids", "management"}},
       {{purpose("ids")}, {}},
       "any",
       Want::Ruled,
       {"ids"},
       {}},
      // Management and deployment systems (T1072).
      {"management-from-untrusted",
       "the internet, Wi-Fi and guest networks reach no management system on any TCP or UDP port",
       {untrusted(), {}},
       {{purpose("management")}, {}},
       "tcp-udp",
       Want::Blocked,
       {"management"},
       {}},
      {"management-without-rule",
       "nothing outside management reaches it without an allow rule",
       {{any_address()}, {"management"}},
       {{purpose("management")}, {}},
       "any",
       Want::Ruled,
       {"management"},
       {}},
      // Trusted relationships (T1199).
      {"partner-without-rule",
       "partner networks reach internal zones only through allow rules",
       {{purpose("partner")}, {}},
       {{internal()}, {"partner"}},
       "any",
       Want::Ruled,
       {"partner"},
       {}},
      {"iot-without-rule",
       "IoT and OT devices reach other zones only through allow rules",
       {{purpose("iot")}, {}},
       {{internal()}, {"iot"}},
       "any",
       Want::Ruled,
       {"iot"},
       {}},
      // Wi-Fi (T1669).
      {"wifi-to-wired-without-rule",
       "Wi-Fi and guest networks reach wired zones only through "
       "allow rules",
       {{purpose("wifi"), purpose("guest")}, {}},
       {{internal()}, {"wifi", "guest"}},
       "any",
       Want::Ruled,
       {"wifi", "guest"},
       {}},
      {"wired-to-wifi-without-rule",
       "wired zones reach Wi-Fi and guest networks only through "
       "allow rules",
       {{internal()}, {"wifi", "guest"}},
       {{purpose("wifi"), purpose("guest")}, {}},
       "any",
       Want::Ruled,
       {"wifi", "guest"},
       {}},
      {"wifi-wired-lateral",
       "Wi-Fi and guest networks reach no wired host on the seed-table services",
       {{purpose("wifi"), purpose("guest")}, {}},
       {{internal_hosts()}, {"wifi", "guest"}},
       "lateral",
       Want::Blocked,
       {"wifi", "guest"},
       {}},
  };
  return kChecks;
}

// The M1030 table (seeds/004), in its order; `use` abridged.
const std::vector<TechniqueSpec>& techniques_table() {
  static const std::vector<TechniqueSpec> kRows = {
      {"T1098",
       "Account Manipulation",
       "limit access to critical systems and domain controllers",
       {"dc-from-untrusted", "dc-admin-outside-management", "dc-without-rule"}},
      {"T1098.001",
       "Additional Cloud Credentials",
       "limit access to critical systems and domain controllers; separate cloud VPCs",
       {"cloud-without-rule", "cloud-to-internal-without-rule", "dc-from-untrusted",
        "dc-admin-outside-management", "dc-without-rule"}},
      {"T1557",
       "Adversary-in-the-Middle",
       "isolate infrastructure components that do not require broad network access",
       {"name-poisoning"}},
      {"T1557.001",
       "LLMNR/NBT-NS Poisoning and SMB Relay",
       "isolate infrastructure components that do not require broad network access",
       {"name-poisoning", "smb-into-workstations"}},
      {"T1612",
       "Build Image on Host",
       "deny direct remote access to internal systems (proxies, gateways, firewalls)",
       {"container-api-from-untrusted", "container-api-without-rule"}},
      {"T1613",
       "Container and Resource Discovery",
       "deny direct remote access to internal systems (proxies, gateways, firewalls)",
       {"container-api-from-untrusted", "container-api-without-rule"}},
      {"T1136",
       "Create Account",
       "limit access to domain controllers and systems used to manage accounts",
       {"dc-from-untrusted", "dc-admin-outside-management", "dc-without-rule"}},
      {"T1136.002",
       "Domain Account",
       "limit access to domain controllers and systems used to manage accounts",
       {"dc-from-untrusted", "dc-admin-outside-management", "dc-without-rule"}},
      {"T1136.003",
       "Cloud Account",
       "limit access to critical systems and domain controllers; separate cloud VPCs",
       {"cloud-without-rule", "cloud-to-internal-without-rule", "dc-from-untrusted",
        "dc-admin-outside-management", "dc-without-rule"}},
      {"T1602",
       "Data from Configuration Repository",
       "segregate SNMP traffic on a separate management network",
       {"snmp-outside-management"}},
      {"T1602.001",
       "SNMP (MIB Dump)",
       "segregate SNMP traffic on a separate management network",
       {"snmp-outside-management"}},
      {"T1602.002",
       "Network Device Configuration Dump",
       "segregate SNMP traffic on a separate management network",
       {"snmp-outside-management", "device-config-outside-management"}},
      {"T1565",
       "Data Manipulation",
       "isolate and secure critical business and system processes",
       {"critical-from-untrusted", "critical-without-rule"}},
      {"T1565.003",
       "Runtime Data Manipulation",
       "isolate and secure critical business and system processes",
       {"critical-from-untrusted", "critical-without-rule"}},
      {"T1610",
       "Deploy Container",
       "deny direct remote access to internal systems (proxies, gateways, firewalls)",
       {"container-api-from-untrusted", "container-api-without-rule"}},
      {"T1482",
       "Domain Trust Discovery",
       "network segmentation for sensitive domains",
       {"domain-discovery-from-untrusted"}},
      {"T1048",
       "Exfiltration Over Alternative Protocol",
       "allow only necessary ports and traffic to enter and exit the network",
       {"egress-nonstandard", "egress-asymmetric-encrypted", "egress-unencrypted",
        "smtp-egress-outside-dmz"}},
      {"T1048.001",
       "Exfiltration Over Symmetric Encrypted Non-C2 Protocol",
       "allow only necessary ports and traffic to enter and exit the network",
       {"egress-nonstandard"}},
      {"T1048.002",
       "Exfiltration Over Asymmetric Encrypted Non-C2 Protocol",
       "allow only necessary ports and traffic to enter and exit the network",
       {"egress-asymmetric-encrypted"}},
      {"T1048.003",
       "Exfiltration Over Unencrypted Non-C2 Protocol",
       "allow only necessary ports and traffic to enter and exit the network",
       {"egress-unencrypted", "smtp-egress-outside-dmz"}},
      {"T1190",
       "Exploit Public-Facing Application",
       "segment externally facing servers from the rest of the network with a DMZ",
       {"internet-reaches-only-dmz", "dmz-lateral"}},
      {"T1210",
       "Exploitation of Remote Services",
       "reduce access to critical systems and services to controlled methods",
       {"remote-services-from-internet", "remote-services-without-rule"}},
      {"T1133",
       "External Remote Services",
       "deny direct remote access to internal systems (proxies, gateways, firewalls)",
       {"remote-access-from-internet"}},
      {"T1046",
       "Network Service Discovery",
       "network segmentation to protect critical servers and devices",
       {"critical-from-untrusted", "critical-without-rule"}},
      {"T1040",
       "Network Sniffing",
       "deny broadcast/multicast sniffing; prevent LLMNR/NBT-NS poisoning and SMB relay",
       {"broadcast-sniffing", "smb-into-workstations"}},
      {"T1095",
       "Non-Application Layer Protocol",
       "limit outgoing traffic to necessary ports through proper gateways",
       {"egress-non-application"}},
      {"T1571",
       "Non-Standard Port",
       "limit outgoing traffic to necessary ports per segment",
       {"egress-nonstandard"}},
      {"T1563",
       "Remote Service Session Hijacking",
       "block unnecessary traffic between network security zones",
       {"remote-admin-outside-management"}},
      {"T1563.002",
       "RDP Hijacking",
       "block RDP traffic between network security zones",
       {"rdp-outside-management"}},
      {"T1021",
       "Remote Services",
       "(no use given; rolled up from its sub-techniques)",
       {"rdp-from-internet", "rdp-outside-management", "smb-into-workstations",
        "rpc-into-workstations", "winrm-outside-management"}},
      {"T1021.001",
       "Remote Desktop Protocol",
       "no RDP from the internet; block RDP between network security zones",
       {"rdp-from-internet", "rdp-outside-management"}},
      {"T1021.003",
       "Distributed Component Object Model",
       "Windows firewall prevents DCOM instantiation by default",
       {"rpc-into-workstations"}},
      {"T1021.006",
       "Windows Remote Management",
       "restrict WinRM to communication with specific devices",
       {"winrm-outside-management"}},
      {"T1489",
       "Service Stop",
       "operate intrusion detection on a network separate from production",
       {"ids-admin-from-production", "ids-without-rule"}},
      {"T1072",
       "Software Deployment Tools",
       "isolate critical network systems through firewalls",
       {"management-from-untrusted", "management-without-rule"}},
      {"T1199",
       "Trusted Relationship",
       "isolate infrastructure components that do not require broad network access",
       {"partner-without-rule", "iot-without-rule"}},
      {"T1552",
       "Unsecured Credentials",
       "(no use given; rolled up from T1552.007)",
       {"container-api-from-untrusted", "container-api-without-rule"}},
      {"T1552.007",
       "Container API",
       "deny direct remote access to internal systems (proxies, gateways, firewalls)",
       {"container-api-from-untrusted", "container-api-without-rule"}},
      {"T1669",
       "Wi-Fi Networks",
       "separate Wi-Fi and Ethernet-wired networks",
       {"wifi-to-wired-without-rule", "wired-to-wifi-without-rule", "wifi-wired-lateral"}},
  };
  return kRows;
}

bool contains(const std::vector<std::string>& v, std::string_view x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

// Every purpose some zone or host declares.
std::vector<std::string> declared_purposes(const policy::Model& m) {
  std::vector<std::string> out;
  for (const policy::Zone& z : m.zones) out.insert(out.end(), z.purposes.begin(), z.purposes.end());
  for (const policy::Host& h : m.hosts) out.insert(out.end(), h.purposes.begin(), h.purposes.end());
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::string purposes_text(const std::vector<std::string>& p) {
  std::vector<std::string> parts;
  for (const std::string& s : p) parts.push_back("purpose: " + s);
  return fmt::format("{}", fmt::join(parts, " or "));
}

// Flows between two addresses of one zone where neither end is a managed host: no
// enforcement point sees them whatever the policy says (a zone firewall sees only flows
// crossing its boundary), so no policy can act on them and coverage leaves them out
// (docs/coverage.md).
bool uncontrollable(const decision::Decision& d, std::uint32_t s, std::uint32_t t) {
  const decision::Class& a = d.classes()[s];
  const decision::Class& b = d.classes()[t];
  return a.zone == b.zone && !(a.is_host && a.managed) && !(b.is_host && b.managed);
}

CheckResult run_check(const Context& ctx, const CheckSpec& spec,
                      const std::vector<std::string>& declared) {
  const decision::Decision& d = ctx.d;
  CheckResult r;
  r.id = std::string(spec.id);
  r.description = std::string(spec.description);
  if (!spec.applies_if.empty() &&
      std::none_of(spec.applies_if.begin(), spec.applies_if.end(),
                   [&](std::string_view p) { return contains(declared, p); })) {
    r.state = State::NotApplicable;
    for (std::string_view p : spec.applies_if) r.missing.emplace_back(p);
    r.detail = fmt::format("no zone or host declares {}", purposes_text(r.missing));
    return r;
  }
  for (std::string_view p : spec.needs)
    if (!contains(declared, p)) r.missing.emplace_back(p);
  if (!r.missing.empty()) {
    r.state = State::NeedsPurpose;
    std::vector<std::string> parts;
    for (const std::string& p : r.missing) parts.push_back("purpose: " + p);
    r.detail =
        fmt::format("declare a zone (or host) with {} to judge it", fmt::join(parts, " and "));
    return r;
  }
  std::vector<std::uint32_t> srcs, dsts;
  for (std::uint32_t c = 0; c < d.classes().size(); ++c) {
    if (side_has_class(d, spec.from, c)) srcs.push_back(c);
    if (side_has_class(d, spec.to, c)) dsts.push_back(c);
  }
  // One check_flows per source class, over the destination classes the policy can act on
  // for it (see uncontrollable); the results add up to one over all pairs.
  VerifyOptions opts;
  opts.examples_per_intent = 1;
  const ServiceSet keys = coverage_service_set(spec.services);
  IntentResult res;
  std::vector<std::uint32_t> to;
  for (std::uint32_t s : srcs) {
    to.clear();
    for (std::uint32_t t : dsts)
      if (!uncontrollable(d, s, t)) to.push_back(t);
    IntentResult part = check_flows(ctx, {s}, to, keys, spec.want, opts);
    res.class_pairs += part.class_pairs;
    res.failing_class_pairs += part.failing_class_pairs;
    res.failing_host_pairs += part.failing_host_pairs;
    res.failing_addresses = res.failing_addresses || part.failing_addresses;
    if (res.examples.empty() && !part.examples.empty()) res.examples.push_back(part.examples[0]);
  }
  res.holds = res.failing_class_pairs == 0;
  res.vacuous = res.class_pairs == 0;
  r.class_pairs = res.class_pairs;
  if (res.vacuous) {
    r.state = State::NotApplicable;
    r.detail = "no flow goes from its sources to its destinations";
    return r;
  }
  if (res.holds) {
    r.state = State::Closed;
    r.detail = fmt::format("holds on all {} class pair{}: every flow is {}", res.class_pairs,
                           res.class_pairs == 1 ? "" : "s",
                           spec.want == Want::Ruled ? "blocked or allowed by a rule" : "blocked");
    return r;
  }
  r.state = State::Open;
  r.open_class_pairs = res.failing_class_pairs;
  r.open_host_pairs = res.failing_host_pairs;
  r.open_addresses = res.failing_addresses;
  if (!res.examples.empty()) r.example = res.examples.front();
  r.detail = fmt::format("fails on {} of {} class pair{} ({} host pair{}{})",
                         res.failing_class_pairs, res.class_pairs, res.class_pairs == 1 ? "" : "s",
                         count_text(res.failing_host_pairs), res.failing_host_pairs == 1 ? "" : "s",
                         res.failing_addresses ? " plus plain address space" : "");
  return r;
}

void finish(TechniqueResult& t) {
  std::size_t open = 0, closed = 0, needs = 0;
  std::vector<std::string> open_ids, missing, absent;
  for (const CheckResult& c : t.checks) {
    switch (c.state) {
      case State::Open:
        ++open;
        open_ids.push_back(c.id);
        break;
      case State::Closed:
        ++closed;
        break;
      case State::NeedsPurpose:
        ++needs;
        for (const std::string& p : c.missing)
          if (!contains(missing, p)) missing.push_back(p);
        break;
      case State::NotApplicable:
        for (const std::string& p : c.missing)
          if (!contains(absent, p)) absent.push_back(p);
        break;
    }
  }
  t.missing = missing;
  const std::size_t judged = open + closed;
  if (open > 0) {
    t.status = closed > 0 ? CoverageStatus::Partially : CoverageStatus::NotAddressed;
    t.summary = fmt::format("{} of {} check{} fail{}: {}", open, judged, judged == 1 ? "" : "s",
                            open == 1 ? "s" : "", fmt::join(open_ids, ", "));
  } else if (needs > 0) {
    t.status = CoverageStatus::NeedsPurpose;
    std::vector<std::string> parts;
    for (const std::string& p : missing) parts.push_back("purpose: " + p);
    t.summary = fmt::format("declare a zone with {} to assess {}", fmt::join(parts, " and "), t.id);
  } else if (closed > 0) {
    t.status = CoverageStatus::Addressed;
    t.summary = closed == 1 ? std::string("its applicable check holds")
                            : fmt::format("all {} applicable checks hold", closed);
  } else {
    t.status = CoverageStatus::NotApplicable;
    if (absent.empty()) {
      t.summary = "no flow of its checks exists in this policy";
    } else {
      std::vector<std::string> parts;
      for (const std::string& p : absent) parts.push_back("purpose: " + p);
      t.summary = fmt::format("no zone or host declares {} (declare it where such assets run)",
                              fmt::join(parts, " or "));
    }
  }
}

}  // namespace

const std::vector<CheckSpec>& coverage_checks() {
  return checks_table();
}

const std::vector<TechniqueSpec>& coverage_techniques() {
  return techniques_table();
}

ServiceSet coverage_service_set(std::string_view name) {
  auto it = service_sets().find(name);
  BH_ASSERT(it != service_sets().end(), "every check names a defined service set");
  return it->second;
}

const std::vector<std::string>& m1030_technique_ids() {
  static const std::vector<std::string> kIds = [] {
    std::vector<std::string> out;
    for (const TechniqueSpec& t : techniques_table()) out.emplace_back(t.id);
    return out;
  }();
  return kIds;
}

std::string_view check_state_name(CheckResult::State s) {
  switch (s) {
    case CheckResult::State::Closed:
      return "closed";
    case CheckResult::State::Open:
      return "open";
    case CheckResult::State::NeedsPurpose:
      return "needs purpose";
    case CheckResult::State::NotApplicable:
      return "n/a";
  }
  return "n/a";
}

std::string_view coverage_status_name(CoverageStatus s) {
  switch (s) {
    case CoverageStatus::Addressed:
      return "addressed";
    case CoverageStatus::Partially:
      return "partially";
    case CoverageStatus::NotAddressed:
      return "not addressed";
    case CoverageStatus::NeedsPurpose:
      return "needs purpose";
    case CoverageStatus::NotApplicable:
      return "not applicable";
  }
  return "not applicable";
}

bool side_has_class(const decision::Decision& d, const SideSpec& side, std::uint32_t c) {
  const decision::Class& cls = d.classes()[c];
  const policy::Zone* zone = d.zones()[cls.zone].zone;
  // All hosts of a class declare the same purposes (resolve keys classes by them).
  const policy::Host* host =
      cls.is_host && !cls.hosts.empty() ? &d.model().hosts[cls.hosts.front()] : nullptr;
  auto declares = [&](std::string_view p) {
    return (zone != nullptr && contains(zone->purposes, p)) ||
           (host != nullptr && contains(host->purposes, p));
  };
  for (std::string_view p : side.except)
    if (declares(p)) return false;
  for (const SideTerm& t : side.any_of) {
    if (t.hosts_only && !cls.is_host) continue;
    switch (t.scope) {
      case Scope::Any:
        return true;
      case Scope::Internet:
        if (cls.zone == decision::kInternetZone) return true;
        break;
      case Scope::Internal:
        if (cls.zone != decision::kInternetZone) return true;
        break;
      case Scope::Purpose:
        if (declares(t.purpose)) return true;
        break;
    }
  }
  return false;
}

CoverageReport compute_coverage(const Context& ctx) {
  const std::vector<std::string> declared = declared_purposes(ctx.d.model());
  // Each check once, shared by the techniques listing it.
  std::map<std::string_view, CheckResult> results;
  for (const CheckSpec& spec : checks_table())
    results.emplace(spec.id, run_check(ctx, spec, declared));
  CoverageReport rep;
  for (const TechniqueSpec& spec : techniques_table()) {
    TechniqueResult t;
    t.id = std::string(spec.id);
    t.name = std::string(spec.name);
    t.use = std::string(spec.use);
    for (std::string_view id : spec.checks) {
      auto it = results.find(id);
      BH_ASSERT(it != results.end(), "every technique lists defined checks");
      t.checks.push_back(it->second);
    }
    finish(t);
    switch (t.status) {
      case CoverageStatus::Addressed:
        ++rep.addressed;
        break;
      case CoverageStatus::Partially:
        ++rep.partially;
        break;
      case CoverageStatus::NotAddressed:
        ++rep.not_addressed;
        break;
      case CoverageStatus::NeedsPurpose:
        ++rep.needs_purpose;
        break;
      case CoverageStatus::NotApplicable:
        ++rep.not_applicable;
        break;
    }
    rep.techniques.push_back(std::move(t));
  }
  return rep;
}

}  // namespace bulkhead::analysis
