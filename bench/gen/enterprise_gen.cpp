// Synthetic enterprise generator: YAML text of a realistic policy with N hosts and a rule
// budget. O(N + R) time and output size (about 100 bytes per host).
//
// Address plan (IPv4 only, all private):
//   site s (1..S):  ws-s        10.s.0.0/16     workstations (endpoint firewalls only)
//                   printers-s  10.s.200.0/24   unmanaged printers (zone firewall)
//                   wifi-s      10.(100+s).0.0/16  Wi-Fi clients, not in the inventory
//   data centre:    servers 10.200/16, pci 10.201/16, mgmt 10.202/16, hr 10.203/16,
//                   iot 10.204/16, ids 10.205/16 (all but servers firewalled), dmz 172.16/16
// Applications k: web, app and db tiers labelled {app: app-k, tier: ...}; every tenth is
// public (web tier in the DMZ, reachable from the internet); some keep their database in
// the PCI or HR enclave.
#include "gen/enterprise_gen.h"

#include <algorithm>
#include <random>
#include <vector>

#include <fmt/format.h>

namespace bulkhead::bench {
namespace {

const std::vector<std::string> kDepts = {"sales", "finance", "hr",      "engineering",
                                         "legal", "it",      "support", "marketing"};

std::string ip(int a, int b, int c, int d) {
  return fmt::format("{}.{}.{}.{}", a, b, c, d);
}

struct Writer {
  std::string out;
  std::size_t rules = 0;
  std::size_t expects = 0;
  void rule(const std::string& name, const std::string& action, const std::string& from,
            const std::string& to, const std::string& services) {
    out +=
        fmt::format("  - name: {}\n    action: {}\n    from: {}\n    to: {}\n    services: [{}]\n",
                    name, action, from, to, services);
    ++rules;
  }
  void expect(const std::string& name, const std::string& from, const std::string& to,
              const std::string& services, const std::string& verdict) {
    out +=
        fmt::format("  - name: {}\n    from: {}\n    to: {}\n    services: [{}]\n    verdict: {}\n",
                    name, from, to, services, verdict);
    ++expects;
  }
};

// A host allocator over a /16: .1.1 upwards, skipping .0 and .255 and the given third octets.
struct Pool {
  int a, b;
  int c = 1, d = 1;
  int max_c = 199;
  std::string next() {
    std::string s = ip(a, b, c, d);
    if (++d > 250) {
      d = 1;
      ++c;
    }
    if (c > max_c) c = 1;  // wraps only if overfilled; the caller sizes pools to avoid it
    return s;
  }
};

}  // namespace

std::string generate_enterprise_yaml(const EnterpriseOptions& o, EnterpriseStats* stats) {
  std::mt19937_64 rng(o.seed);
  auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };

  const std::size_t n = std::max<std::size_t>(o.hosts, 200);
  const int sites = static_cast<int>(std::clamp<std::size_t>(n / 2500, 2, 40));
  // Infrastructure rules take about 30 + 2 per site; the rest go to applications.
  const std::size_t infra_rules = 30 + 2 * static_cast<std::size_t>(sites);
  const std::size_t apps = o.rules > infra_rules ? (o.rules - infra_rules) / 3 : 1;

  // Host budget: applications need 3 servers each at least; infrastructure ~1%; printers
  // 4%, IoT 2%; the rest are workstations.
  const std::size_t app_servers = std::max<std::size_t>(3 * apps, n * 12 / 100);
  const std::size_t dcs = 2 + n / 20000;
  const std::size_t printers = n * 4 / 100;
  const std::size_t iot = n * 2 / 100;
  const std::size_t infra = dcs + static_cast<std::size_t>(sites) + 12;
  const std::size_t used = app_servers + printers + iot + infra;
  const std::size_t workstations = n > used ? n - used : 0;

  Writer w;
  w.out.reserve(n * 110 + o.rules * 200);
  w.out += fmt::format("bulkhead: 1\nname: synthetic-{}\n", n);
  w.out +=
      "settings:\n  default_inbound: deny\n  default_outbound: allow\n  log_rate: 10/second\n"
      "  management: {role: jump-host}\n";
  w.out += "baselines: [lateral-movement]\n";

  // --- zones --------------------------------------------------------------------------
  w.out += "zones:\n";
  std::size_t zones = 0;
  for (int s = 1; s <= sites; ++s) {
    w.out += fmt::format("  - name: ws-{}\n    cidrs: [10.{}.0.0/16]\n", s, s);
    w.out += fmt::format("  - name: printers-{}\n    cidrs: [10.{}.200.0/24]\n    firewall: true\n",
                         s, s);
    w.out += fmt::format("  - name: wifi-{}\n    cidrs: [10.{}.0.0/16]\n    firewall: true\n", s,
                         100 + s);
    zones += 3;
  }
  const char* dc_zones[][3] = {
      {"servers", "10.200.0.0/16", "false"}, {"pci", "10.201.0.0/16", "true"},
      {"mgmt", "10.202.0.0/16", "true"},     {"hr", "10.203.0.0/16", "true"},
      {"iot", "10.204.0.0/16", "true"},      {"ids", "10.205.0.0/16", "true"},
      {"dmz", "172.16.0.0/16", "true"}};
  for (const auto& z : dc_zones) {
    w.out += fmt::format("  - name: {}\n    cidrs: [{}]\n    firewall: {}\n", z[0], z[1], z[2]);
    ++zones;
  }

  // --- hosts --------------------------------------------------------------------------
  w.out += "hosts:\n";
  std::size_t hosts = 0;
  // A separate stream, so that host_defaults_percent = 0 leaves the base policy unchanged.
  std::mt19937_64 own_rng(o.seed * 7919 + 17);
  auto host = [&](const std::string& name, const std::string& addr, const std::string& labels,
                  bool managed = true) {
    std::string own;
    if (o.host_defaults_percent > 0 &&
        own_rng() % 100 < static_cast<std::uint64_t>(o.host_defaults_percent)) {
      const char* in = own_rng() % 2 ? "allow" : "deny";
      const char* out = own_rng() % 3 ? "allow" : "deny";
      own = fmt::format(", default_inbound: {}, default_outbound: {}", in, out);
      w.out += fmt::format("  - {{name: {}, address: {}, labels: {{{}, team: t{}}}{}{}}}\n", name,
                           addr, labels, own_rng() % 40, managed ? "" : ", managed: false", own);
    } else {
      w.out += fmt::format("  - {{name: {}, address: {}, labels: {{{}}}{}}}\n", name, addr, labels,
                           managed ? "" : ", managed: false");
    }
    ++hosts;
  };
  // Workstations: spread over sites; department and OS mix.
  std::vector<Pool> ws_pools;
  for (int s = 1; s <= sites; ++s) ws_pools.push_back(Pool{10, s});
  for (std::size_t i = 0; i < workstations; ++i) {
    const int s = static_cast<int>(i % static_cast<std::size_t>(sites));
    const std::string& dept = kDepts[pick(kDepts.size())];
    const char* os = pick(10) < 8 ? "windows" : (pick(2) ? "linux" : "macos");
    host(fmt::format("ws-{:06}", i), ws_pools[static_cast<std::size_t>(s)].next(),
         fmt::format("role: workstation, os: {}, dept: {}", os, dept));
  }
  for (std::size_t i = 0; i < printers; ++i) {
    const int s = static_cast<int>(i % static_cast<std::size_t>(sites)) + 1;
    const int k = static_cast<int>(i / static_cast<std::size_t>(sites));
    host(fmt::format("prn-{:05}", i), ip(10, s, 200, 10 + k % 240), "role: printer", false);
  }
  const char* iot_roles[] = {"camera", "badge-reader", "hvac"};
  Pool iot_pool{10, 204};
  for (std::size_t i = 0; i < iot; ++i)
    host(fmt::format("iot-{:05}", i), iot_pool.next(), fmt::format("role: {}", iot_roles[i % 3]),
         false);

  // Infrastructure.
  Pool srv{10, 200}, mgmt{10, 202}, ids{10, 205}, dmz{172, 16}, pci{10, 201}, hr{10, 203};
  for (std::size_t i = 0; i < dcs; ++i)
    host(fmt::format("dc-{:02}", i), srv.next(), "role: dc, os: windows");
  for (int s = 1; s <= sites; ++s)
    host(fmt::format("fs-{:02}", s), srv.next(),
         fmt::format("role: file-server, os: windows, site: s{}", s));
  host("mail-01", srv.next(), "role: mail, os: windows");
  host("sccm-01", srv.next(), "role: sccm, os: windows");
  host("backup-01", srv.next(), "role: backup, os: linux");
  host("nvr-01", srv.next(), "role: nvr, os: linux");
  host("jump-01", mgmt.next(), "role: jump-host, os: windows");
  host("jump-02", mgmt.next(), "role: jump-host, os: linux");
  host("mon-01", mgmt.next(), "role: monitoring, os: linux");
  host("ids-01", ids.next(), "role: ids-sensor, os: linux");
  host("ids-02", ids.next(), "role: ids-sensor, os: linux");
  host("siem-01", ids.next(), "role: siem, os: linux");
  host("dns-01", dmz.next(), "role: dns, os: linux");
  host("mail-gw-01", dmz.next(), "role: mail-gw, os: linux");

  // Applications: three tiers, servers spread over them.
  const std::size_t per_app =
      std::max<std::size_t>(3, app_servers / std::max<std::size_t>(apps, 1));
  std::size_t app_host = 0;
  for (std::size_t k = 0; k < apps; ++k) {
    const bool pub = k % 10 == 0;
    const bool in_pci = k % 25 == 3;
    const bool in_hr = k % 25 == 7;
    const std::size_t web = std::max<std::size_t>(1, per_app / 3);
    const std::size_t app = std::max<std::size_t>(1, per_app / 3);
    const std::size_t db = std::max<std::size_t>(1, per_app - web - app);
    const char* os = k % 3 == 0 ? "windows" : "linux";
    for (std::size_t i = 0; i < web; ++i)
      host(fmt::format("app{:03}-web-{:03}", k, i), pub ? dmz.next() : srv.next(),
           fmt::format("role: web, app: app-{}, tier: web, os: {}", k, os));
    for (std::size_t i = 0; i < app; ++i)
      host(fmt::format("app{:03}-app-{:03}", k, i), in_pci ? pci.next() : srv.next(),
           fmt::format("role: app, app: app-{}, tier: app, os: {}", k, os));
    for (std::size_t i = 0; i < db; ++i)
      host(fmt::format("app{:03}-db-{:03}", k, i),
           in_pci  ? pci.next()
           : in_hr ? hr.next()
                   : srv.next(),
           fmt::format("role: {}, app: app-{}, tier: db, os: linux",
                       in_pci  ? "payment-db"
                       : in_hr ? "hr-db"
                               : "database",
                       k));
    app_host += web + app + db;
  }

  // --- rules --------------------------------------------------------------------------
  w.out += "rules:\n";
  const int m = o.mutations;
  w.rule("ad-members-to-dcs", "allow", "[{role: workstation}, {zone: servers}, {zone: mgmt}]",
         "{role: dc}",
         m > 0 ? "kerberos, ldap, ldaps, global-catalog, dns, ntp, smb, rpc-epmap, rpc-dynamic, rdp"
               : "kerberos, ldap, ldaps, global-catalog, dns, ntp, smb, rpc-epmap, rpc-dynamic");
  w.rule("dcs-replicate", "allow", "{role: dc}", "{role: dc}", "any");
  w.rule("workstations-to-file-servers", "allow", "{role: workstation}", "{role: file-server}",
         "smb");
  for (int s = 1; s <= sites; ++s) {
    w.rule(fmt::format("site{}-print", s), "allow", fmt::format("{{zone: ws-{}}}", s),
           fmt::format("{{zone: printers-{}}}", s), "printer");
    w.rule(fmt::format("site{}-scan-to-share", s), "allow", fmt::format("{{zone: printers-{}}}", s),
           fmt::format("{{role: file-server, site: s{}}}", s), m > 2 ? "smb, http" : "smb");
  }
  w.rule("admins-to-jump-hosts", "allow", "{role: workstation, dept: it}", "{role: jump-host}",
         "rdp, ssh");
  w.rule("jump-hosts-administer", "allow", "{role: jump-host}", "hosts", "rdp, ssh, winrm");
  w.rule("monitoring-snmp", "allow", "{role: monitoring}",
         "[{role: printer}, {role: camera}, {role: hvac}, {zone: servers}]", "snmp, icmp");
  w.rule("snmp-traps", "allow", "[{role: printer}, {zone: iot}]", "{role: monitoring}", "udp/162");
  w.rule("cameras-to-nvr", "allow", "{role: camera}", "{role: nvr}", "tcp/554");
  w.rule("badges-to-controller", "allow", "{role: badge-reader}", "{host: sccm-01}", "tcp/4070");
  w.rule("sccm-manages-workstations", "allow", "{role: sccm}", "{role: workstation}",
         "tcp/10123, smb, rpc-epmap");
  w.rule("workstations-to-sccm", "allow", "{role: workstation}", "{role: sccm}",
         "http, https, tcp/10123");
  w.rule("backup-pulls", "allow", "{role: backup}", "hosts", "tcp/10000-10002");
  w.rule("syslog-to-siem", "allow", "hosts", "{role: siem}", "syslog");
  w.rule("ids-to-siem", "allow", "{role: ids-sensor}", "{role: siem}", "tcp/9200");
  w.rule("internal-dns", "allow", "hosts", "{role: dc}", "dns");
  w.rule("dns-resolver-out", "allow", "{role: dns}", "internet", "dns");
  w.rule("internet-to-dns", "allow", "internet", "{role: dns}", "dns");
  w.rule("mail-in", "allow", "internet", "{role: mail-gw}", "smtp");
  w.rule("mail-relay", "allow", "{role: mail-gw}", "{role: mail}", "smtp");
  w.rule("workstations-to-mail", "allow", "{role: workstation}", "{role: mail}",
         "imaps, submission, https");
  w.rule("workstations-web-out", "allow", "{role: workstation}", "internet", "http, https");
  w.rule("partner-api", "allow", "{cidr: 198.51.100.0/24}", "{role: web, app: app-0}", "https");
  w.rule("wifi-to-internet", "allow", "[{zone: wifi-1}, {zone: wifi-2}]", "internet",
         "http, https, dns");
  w.rule("wifi-never-internal", "override-deny", "[{zone: wifi-1}, {zone: wifi-2}]", "hosts",
         "any");
  w.rule("no-telnet", "override-deny", "any", "any", "telnet");
  w.rule("no-smb-out", "deny", "hosts", "internet", "smb, netbios");
  w.rule("no-workstation-to-workstation", "deny", "{role: workstation}", "{role: workstation}",
         "any");
  w.rule("no-rdp-from-internet", "override-deny", "internet", "hosts", "rdp, winrm, ssh");
  w.rule("finance-to-erp", "allow", "{role: workstation, dept: finance}", "{app: app-1}",
         "tcp/8443");
  // Teams (the hosts with their own defaults carry a random `team` label): each of the
  // first team_rules teams may reach one application's web tier.
  if (o.host_defaults_percent > 0) {
    for (int t = 0; t < std::min(o.team_rules, 40); ++t)
      w.rule(fmt::format("team{}-to-app{}", t, t + 2), "allow", fmt::format("{{team: t{}}}", t),
             fmt::format("{{app: app-{}, tier: web}}", t + 2), "https, ssh");
  }

  const char* db_ports[] = {"postgres", "mssql", "mysql"};
  for (std::size_t k = 0; k < apps; ++k) {
    if (w.rules + 3 > o.rules) break;
    const std::string& dept = kDepts[k % kDepts.size()];
    const bool pub = k % 10 == 0;
    std::string users = pub ? "[internet, {role: workstation}]"
                            : fmt::format("{{role: workstation, dept: {}}}", dept);
    // Mutations for diff: widen a few user selectors, add RDP to some, drop a db rule.
    if (m > 1 && k == 5) users = "{role: workstation}";
    std::string svc = (m > 3 && k == 8) ? "https, rdp" : "https";
    w.rule(fmt::format("users-to-app{}", k), "allow", users,
           fmt::format("{{app: app-{}, tier: web}}", k), svc);
    w.rule(fmt::format("app{}-web-to-app", k), "allow",
           fmt::format("{{app: app-{}, tier: web}}", k),
           fmt::format("{{app: app-{}, tier: app}}", k), fmt::format("tcp/{}", 8000 + k % 1000));
    if (!(m > 4 && k == 9))
      w.rule(fmt::format("app{}-to-db", k), "allow", fmt::format("{{app: app-{}, tier: app}}", k),
             fmt::format("{{app: app-{}, tier: db}}", k), db_ports[k % 3]);
  }

  // --- intents ------------------------------------------------------------------------
  w.out += "expect:\n";
  w.expect("no-smb-between-workstations", "{role: workstation}", "{role: workstation}", "smb",
           "blocked");
  w.expect("seed-closed-between-workstations", "{role: workstation}", "{role: workstation}",
           "lateral-movement", "blocked");
  w.expect("workstations-reach-file-servers", "{role: workstation}", "{role: file-server}", "smb",
           "reachable");
  w.expect("no-rdp-from-internet", "internet", "hosts", "rdp", "blocked");
  w.expect("jump-hosts-administer-dcs", "{role: jump-host}", "{role: dc}", "rdp", "reachable");
  w.expect("wifi-isolated", "[{zone: wifi-1}, {zone: wifi-2}]", "hosts", "any", "blocked");
  w.expect("dbs-closed-to-workstations", "{role: workstation}",
           "[{role: database}, {role: payment-db}, {role: hr-db}]", "any", "blocked");
  w.expect("app0-public", "internet", "{app: app-0, tier: web}", "https", "reachable");
  w.expect("no-telnet", "any", "{zone: servers}", "telnet", "blocked");
  w.expect("printers-closed", "{zone: ws-1}", "{role: printer}", "smb", "blocked");

  if (stats != nullptr) {
    stats->hosts = hosts;
    stats->rules = w.rules;
    stats->zones = zones;
    stats->expects = w.expects;
    stats->applications = apps;
    stats->sites = static_cast<std::size_t>(sites);
  }
  (void)app_host;
  return std::move(w.out);
}

}  // namespace bulkhead::bench
