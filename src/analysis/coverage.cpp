// coverage: the techniques of ATT&CK mitigation M1030 (Network Segmentation), each with
// a status computed from the policy by exact checks.
//
// A check is either a *flow check* — a set of flows (source side × destination side ×
// service keys) that must be blocked, or that must not get through without an allow rule
// — or a *structural check* on zones and hosts (e.g. "the Wi-Fi zone has a firewall").
// Sides are classes picked by zone-name patterns, by the built-in `internet`, and by host
// labels (`role`, `os`): a class qualifies when one of its hosts does, and
// counterexamples always use a qualifying host. A flow check visits each (source class,
// destination class) pair once and walks its tier-map segments over the keys:
// O(|S|·|T|·k), never per host. A technique is addressed when every applicable check is
// closed, not addressed when every one is open, partially otherwise, and not applicable
// (with the reason) when the policy has nothing its checks are about. docs/coverage.md
// lists every pattern and check.
#include "analysis/coverage.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "analysis/counterexample.h"
#include "analysis/pair_summary.h"
#include "analysis/verify.h"
#include "base/assert.h"

namespace bulkhead::analysis {
namespace {

using decision::kNoHost;
using State = CheckResult::State;

// ---------------------------------------------------------------------------------------
// Vocabulary: how the policy names the things M1030 talks about.

const std::vector<std::string> kMgmtZones = {"mgmt", "management", "admin", "oob"};
const std::vector<std::string> kWifiZones = {"wifi", "wi-fi", "wireless", "wlan", "guest"};
const std::vector<std::string> kIdsZones = {"ids", "ips", "security", "soc", "siem", "sensor"};
const std::vector<std::string> kDmzZones = {"dmz"};
const std::vector<std::string> kCloudZones = {"cloud", "vpc", "vnet", "aws", "azure", "gcp"};
const std::vector<std::string> kCriticalZones = {
    "pci", "cde", "hr", "finance", "payment", "critical", "restricted", "scada", "ot", "ics"};
const std::vector<std::string> kPartnerZones = {"partner",  "vendor", "thirdparty",
                                                "extranet", "b2b",    "supplier"};

const std::set<std::string> kMgmtRoles = {"jump-host",  "jumphost", "jump", "bastion", "monitoring",
                                          "management", "admin",    "pam",  "nms"};
const std::set<std::string> kWorkstationRoles = {"workstation", "desktop", "laptop", "ws", "vdi"};
const std::set<std::string> kDcRoles = {"dc", "domain-controller", "ad", "active-directory"};
const std::set<std::string> kFileServerRoles = {"file-server", "fileserver", "fs", "nas"};
const std::set<std::string> kCriticalRoles = {"dc",       "domain-controller",
                                              "payment",  "payment-db",
                                              "database", "db",
                                              "hr-db",    "erp",
                                              "backup",   "ca",
                                              "pki",      "hsm",
                                              "scada"};
const std::set<std::string> kSensorRoles = {"ids", "ids-sensor", "ips", "nids", "nsm", "sensor"};
const std::set<std::string> kNetDeviceRoles = {
    "router", "switch", "firewall", "network-device", "ap", "access-point", "wlc", "load-balancer"};
const std::set<std::string> kDeployRoles = {
    "deploy", "deployment",         "sccm", "mecm", "wsus", "ansible", "puppet", "chef", "salt",
    "intune", "software-deployment"};
const std::set<std::string> kMailRoles = {"mail", "mail-gw",  "smtp",
                                          "mx",   "exchange", "mail-relay"};

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// A zone name matches a pattern when one of its tokens (split at '-', '_', '.', ' ')
// equals it or starts with it ("wifi" matches "guest-wifi" and "wifi2").
bool zone_matches(const std::string& zone_name, const std::vector<std::string>& patterns) {
  const std::string name = lower(zone_name);
  for (const std::string& p : patterns)
    if (name == p) return true;
  std::vector<std::string> tokens;
  std::string cur;
  for (char c : name) {
    if (c == '-' || c == '_' || c == '.' || c == ' ') {
      if (!cur.empty()) tokens.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) tokens.push_back(cur);
  for (const std::string& t : tokens)
    for (const std::string& p : patterns)
      if (p.find('-') == std::string::npos && t.rfind(p, 0) == 0) return true;
  return false;
}

// ---------------------------------------------------------------------------------------
// Keys.

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

struct Keys {
  ServiceSet smb = tcp(445);
  ServiceSet netbios_ssn = tcp(139);
  ServiceSet name_poisoning = all_of({udp(137, 138), udp(5355), udp(5353)});  // NBT, LLMNR, mDNS
  ServiceSet broadcast = all_of({udp(137, 138), udp(5355), udp(5353), udp(1900)});  // + SSDP
  ServiceSet rpc = all_of({tcp(135), tcp(49152, 65535), udp(49152, 65535)});
  ServiceSet rdp = both(3389);
  ServiceSet winrm = tcp(5985, 5986);
  ServiceSet ssh = tcp(22);
  ServiceSet vnc = tcp(5900, 5903);
  ServiceSet telnet = tcp(23);
  ServiceSet lateral = all_of({tcp(445), udp(137, 138), tcp(139), tcp(135), tcp(49152, 65535),
                               udp(49152, 65535), both(3389), tcp(5985, 5986)});
  ServiceSet remote_admin =
      all_of({both(3389), tcp(5985, 5986), tcp(22), tcp(5900, 5903), tcp(23)});
  ServiceSet remote_access =
      all_of({both(3389), tcp(5985, 5986), tcp(22), tcp(5900, 5903), tcp(23), tcp(445), tcp(139)});
  ServiceSet snmp = udp(161, 162);
  ServiceSet device_config = all_of({udp(161, 162), tcp(22), tcp(23), udp(69)});
  ServiceSet container_api =
      all_of({tcp(2375, 2376), tcp(2379, 2380), tcp(6443), tcp(10250), tcp(10255)});
  ServiceSet domain_discovery =
      all_of({both(389), tcp(636), tcp(3268, 3269), both(88), both(53), tcp(445), tcp(135)});
  // Egress every network needs: web, DNS, NTP, mail.
  ServiceSet standard_egress =
      all_of({tcp(80), tcp(443), udp(443), both(53), udp(123), tcp(25), tcp(587), tcp(993)});
  ServiceSet nonstandard_egress = all_of({tcp(0, 65535), udp(0, 65535)}).subtract(standard_egress);
  ServiceSet asymmetric_egress = all_of({tcp(22), tcp(989, 990)});          // SSH/SFTP/SCP, FTPS
  ServiceSet unencrypted_egress = all_of({tcp(20, 21), udp(69), tcp(23)});  // FTP, TFTP, telnet
  ServiceSet non_application = whole_proto(Proto::Icmp).unite(whole_proto(Proto::Other));
  ServiceSet any = all_services();
};

// ---------------------------------------------------------------------------------------
// Sides: classes plus a per-host filter, with cached endpoints for counterexamples.

class Side {
 public:
  Side(const Context& ctx, std::string text) : ctx_(&ctx), text_(std::move(text)) {}

  const std::string& text() const { return text_; }
  const std::vector<std::uint32_t>& classes() const { return classes_; }
  bool empty() const { return classes_.empty(); }
  bool host_ok(std::int32_t h) const {
    return h == kNoHost || ok_.empty() || ok_[static_cast<std::size_t>(h)] != 0;
  }

  /// Classes passing `cls_pred`; host classes need a host passing `host_pred` (null: all);
  /// plain classes are kept when `plain`.
  static Side build(const Context& ctx, std::string text,
                    const std::function<bool(const decision::Class&)>& cls_pred,
                    const std::function<bool(const policy::Host&)>& host_pred, bool plain) {
    Side s(ctx, std::move(text));
    const decision::Decision& d = ctx.d;
    if (host_pred) {
      s.ok_.assign(d.model().hosts.size(), 0);
      for (std::size_t h = 0; h < d.model().hosts.size(); ++h)
        s.ok_[h] = host_pred(d.model().hosts[h]) ? 1 : 0;
    }
    for (const decision::Class& c : d.classes()) {
      if (!cls_pred(c)) continue;
      if (!c.is_host) {
        if (plain) s.classes_.push_back(c.id);
        continue;
      }
      bool any = s.ok_.empty();
      for (std::size_t i = 0; !any && i < c.hosts.size(); ++i) any = s.ok_[c.hosts[i]] != 0;
      if (any) s.classes_.push_back(c.id);
    }
    return s;
  }

  /// Up to two endpoints of class c in family f that pass the filter, on distinct hosts.
  const std::vector<Endpoint>& picks(std::uint32_t c, Family f) const {
    const std::size_t key = static_cast<std::size_t>(c) * 2 + (f == Family::V6 ? 1 : 0);
    if (picks_.empty()) {
      picks_.resize(ctx_->d.classes().size() * 2);
      picked_.assign(ctx_->d.classes().size() * 2, 0);
    }
    if (picked_[key]) return picks_[key];
    std::vector<Endpoint>& out = picks_[key];
    picked_[key] = 1;
    const decision::Decision& d = ctx_->d;
    const decision::Class& cls = d.classes()[c];
    if (!cls.is_host) {
      if (auto e = pick_endpoint(d, c, f)) out.push_back(*e);
    } else {
      for (std::uint32_t ai : cls.atoms) {
        const decision::Atom& a = d.atoms()[ai];
        if (a.family != f || !host_ok(a.host)) continue;
        if (!out.empty() && out.back().host == a.host) continue;
        out.push_back(Endpoint{Addr{f, a.lo}, a.host, c});
        if (out.size() == 2) break;
      }
    }
    return out;
  }

  /// Qualifying hosts of a class (counted once per class).
  std::uint64_t hosts_in(std::uint32_t c) const {
    if (counts_.empty()) counts_.assign(ctx_->d.classes().size(), ~std::uint64_t{0});
    if (counts_[c] != ~std::uint64_t{0}) return counts_[c];
    std::uint64_t n = 0;
    for (std::uint32_t h : ctx_->d.classes()[c].hosts) n += host_ok(static_cast<std::int32_t>(h));
    return counts_[c] = n;
  }

 private:
  const Context* ctx_;
  std::string text_;
  std::vector<std::uint32_t> classes_;
  std::vector<char> ok_;
  mutable std::vector<std::vector<Endpoint>> picks_;  // class*2+family → endpoints
  mutable std::vector<char> picked_;
  mutable std::vector<std::uint64_t> counts_;
};

// Two qualifying endpoints of a class pair on different hosts, in a shared family.
std::optional<std::pair<Endpoint, Endpoint>> pick_flow(const Side& a, std::uint32_t s,
                                                       const Side& b, std::uint32_t t) {
  for (Family f : {Family::V4, Family::V6}) {
    for (const Endpoint& x : a.picks(s, f))
      for (const Endpoint& y : b.picks(t, f))
        if (x.host == kNoHost || y.host == kNoHost || x.host != y.host) return std::make_pair(x, y);
  }
  return std::nullopt;
}

enum class Mode : std::uint8_t {
  Blocked,  ///< open when any flow of the set is reachable
  Ruled,    ///< open when a flow of the set is reachable without an allow rule
};

void add_unique(std::vector<std::uint32_t>& v, std::uint32_t x) {
  if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
}

struct FlowCheck {
  std::string id;
  std::string description;
  const Side* src = nullptr;
  const Side* dst = nullptr;
  ServiceSet keys;
  Mode mode = Mode::Blocked;
  bool cross_zone = false;  ///< only pairs whose two classes lie in different zones
  /// Extra destination filter on classes (e.g. "zone has no firewall").
  std::function<bool(const decision::Class&)> dst_filter;
};

CheckResult run_flow_check(const Context& ctx, const FlowCheck& fc) {
  const decision::Decision& d = ctx.d;
  CheckResult r;
  r.id = fc.id;
  r.description = fc.description;
  if (fc.src->empty() || fc.dst->empty()) {
    r.state = State::NotApplicable;
    r.detail = fmt::format("no {}", fc.src->empty() ? fc.src->text() : fc.dst->text());
    return r;
  }
  bool any_pair = false;
  for (std::uint32_t s : fc.src->classes()) {
    for (std::uint32_t t : fc.dst->classes()) {
      const decision::Class& cs = d.classes()[s];
      const decision::Class& ct = d.classes()[t];
      if (fc.cross_zone && cs.zone == ct.zone) continue;
      if (fc.dst_filter && !fc.dst_filter(ct)) continue;
      auto ends = pick_flow(*fc.src, s, *fc.dst, t);
      if (!ends) continue;
      any_pair = true;
      std::optional<std::uint32_t> open_key;
      // Only the keys the picked flow's family can carry (ICMP is per family).
      const ServiceSet fam_keys = fc.keys.intersect(family_services(ends->first.addr.family));
      for_each_overlap(
          d.tiers(s, t), fam_keys,
          [&](const decision::Segment& seg, std::uint32_t lo, std::uint32_t) {
            const bool reach = ctx.judge.reachable(s, t, seg.tier);
            const bool open =
                reach && (fc.mode == Mode::Blocked || seg.tier != decision::Tier::Allow);
            if (open) {
              if (!open_key) open_key = lo;
              std::vector<std::uint32_t>& to =
                  seg.tier == decision::Tier::Allow ? r.open_rules : r.unenforced_rules;
              if (seg.rule != decision::kNoRule && to.size() < 16) add_unique(to, seg.rule);
            } else if (!reach && seg.rule != decision::kNoRule &&
                       seg.tier != decision::Tier::Allow && r.closing_rules.size() < 16) {
              add_unique(r.closing_rules, seg.rule);
            }
            return true;
          });
      if (!open_key) continue;
      ++r.open_class_pairs;
      const std::uint64_t ns = fc.src->hosts_in(s), nt = fc.dst->hosts_in(t);
      r.open_host_pairs += ns * nt - (s == t ? std::min(ns, nt) : 0);
      if (!cs.is_host || !ct.is_host) r.open_addresses = true;
      if (!r.example) r.example = make_example(d, ends->first, ends->second, *open_key);
    }
  }
  std::sort(r.open_rules.begin(), r.open_rules.end());
  std::sort(r.unenforced_rules.begin(), r.unenforced_rules.end());
  std::sort(r.closing_rules.begin(), r.closing_rules.end());
  if (!any_pair) {
    r.state = State::NotApplicable;
    r.detail = fmt::format("no flow goes from {} to {}", fc.src->text(), fc.dst->text());
  } else if (r.open_class_pairs > 0) {
    r.state = State::Open;
    r.detail = fmt::format("flows from {} to {} on {} are reachable{}", fc.src->text(),
                           fc.dst->text(), format_services(fc.keys),
                           fc.mode == Mode::Blocked ? "" : " without an allow rule");
    if (r.open_host_pairs == 0 && r.open_addresses)
      r.detail += " (only flows involving addresses outside the inventory)";
  } else {
    r.state = State::Closed;
    r.detail = fmt::format(
        "flows from {} to {} on {} are {}", fc.src->text(), fc.dst->text(),
        format_services(fc.keys),
        fc.mode == Mode::Ruled ? "blocked unless an allow rule lets them through" : "blocked");
  }
  return r;
}

// Structural: every listed zone must have `firewall: true`.
CheckResult zones_firewalled(const Context& ctx, std::string id, std::string description,
                             const std::vector<std::uint32_t>& zones, const std::string& what) {
  CheckResult r;
  r.id = std::move(id);
  r.description = std::move(description);
  r.zones = zones;
  if (zones.empty()) {
    r.state = State::NotApplicable;
    r.detail = "no " + what;
    return r;
  }
  std::vector<std::string> bare;
  for (std::uint32_t z : zones)
    if (!ctx.d.zones()[z].firewall) bare.push_back(ctx.d.zones()[z].name);
  if (bare.empty()) {
    r.state = State::Closed;
    std::vector<std::string> names;
    for (std::uint32_t z : zones) names.push_back(ctx.d.zones()[z].name);
    r.detail = fmt::format("{} {} firewall: true", fmt::join(names, ", "),
                           names.size() == 1 ? "has" : "have");
  } else {
    r.state = State::Open;
    r.detail = fmt::format("no zone firewall on {}", fmt::join(bare, ", "));
  }
  return r;
}

CoverageStatus aggregate(const std::vector<CheckResult>& checks, std::string* summary) {
  std::size_t open = 0, closed = 0;
  std::vector<std::string> na;
  for (const CheckResult& c : checks) {
    if (c.state == State::Open) ++open;
    if (c.state == State::Closed) ++closed;
    if (c.state == State::NotApplicable) na.push_back(c.detail);
  }
  if (open + closed == 0) {
    std::sort(na.begin(), na.end());
    na.erase(std::unique(na.begin(), na.end()), na.end());
    *summary = "not applicable: " + fmt::format("{}", fmt::join(na, "; "));
    return CoverageStatus::NotApplicable;
  }
  *summary = fmt::format("{} of {} checks closed", closed, open + closed);
  if (open == 0) return CoverageStatus::Addressed;
  if (closed == 0) return CoverageStatus::NotAddressed;
  return CoverageStatus::Partially;
}

struct Row {
  const char* id;
  const char* name;
  const char* use;
};

// The M1030 table (seeds/004), in its order; `use` abridged.
const std::vector<Row>& table() {
  static const std::vector<Row> kRows = {
      {"T1098", "Account Manipulation", "limit access to critical systems and domain controllers"},
      {"T1098.001", "Additional Cloud Credentials",
       "limit access to critical systems and domain controllers; separate cloud VPCs"},
      {"T1557", "Adversary-in-the-Middle",
       "isolate infrastructure components that do not require broad network access"},
      {"T1557.001", "LLMNR/NBT-NS Poisoning and SMB Relay",
       "isolate infrastructure components that do not require broad network access"},
      {"T1612", "Build Image on Host",
       "deny direct remote access to internal systems (proxies, gateways, firewalls)"},
      {"T1613", "Container and Resource Discovery",
       "deny direct remote access to internal systems (proxies, gateways, firewalls)"},
      {"T1136", "Create Account",
       "limit access to domain controllers and systems used to manage accounts"},
      {"T1136.002", "Domain Account",
       "limit access to domain controllers and systems used to manage accounts"},
      {"T1136.003", "Cloud Account",
       "limit access to critical systems and domain controllers; separate cloud VPCs"},
      {"T1602", "Data from Configuration Repository",
       "segregate SNMP traffic on a separate management network"},
      {"T1602.001", "SNMP (MIB Dump)", "segregate SNMP traffic on a separate management network"},
      {"T1602.002", "Network Device Configuration Dump",
       "segregate SNMP traffic on a separate management network"},
      {"T1565", "Data Manipulation", "isolate and secure critical business and system processes"},
      {"T1565.003", "Runtime Data Manipulation",
       "isolate and secure critical business and system processes"},
      {"T1610", "Deploy Container",
       "deny direct remote access to internal systems (proxies, gateways, firewalls)"},
      {"T1482", "Domain Trust Discovery", "network segmentation for sensitive domains"},
      {"T1048", "Exfiltration Over Alternative Protocol",
       "allow only necessary ports and traffic to enter and exit the network"},
      {"T1048.001", "Exfiltration Over Symmetric Encrypted Non-C2 Protocol",
       "allow only necessary ports and traffic to enter and exit the network"},
      {"T1048.002", "Exfiltration Over Asymmetric Encrypted Non-C2 Protocol",
       "allow only necessary ports and traffic to enter and exit the network"},
      {"T1048.003", "Exfiltration Over Unencrypted Non-C2 Protocol",
       "allow only necessary ports and traffic to enter and exit the network"},
      {"T1190", "Exploit Public-Facing Application",
       "segment externally facing servers from the rest of the network with a DMZ"},
      {"T1210", "Exploitation of Remote Services",
       "reduce access to critical systems and services to controlled methods"},
      {"T1133", "External Remote Services",
       "deny direct remote access to internal systems (proxies, gateways, firewalls)"},
      {"T1046", "Network Service Discovery",
       "network segmentation to protect critical servers and devices"},
      {"T1040", "Network Sniffing",
       "deny broadcast/multicast sniffing; prevent LLMNR/NBT-NS poisoning and SMB relay"},
      {"T1095", "Non-Application Layer Protocol",
       "limit outgoing traffic to necessary ports through proper gateways"},
      {"T1571", "Non-Standard Port", "limit outgoing traffic to necessary ports per segment"},
      {"T1563", "Remote Service Session Hijacking",
       "block unnecessary traffic between network security zones"},
      {"T1563.002", "RDP Hijacking", "block RDP traffic between network security zones"},
      {"T1021", "Remote Services", "(no use given; rolled up from its sub-techniques)"},
      {"T1021.001", "Remote Desktop Protocol",
       "no RDP from the internet; block RDP between network security zones"},
      {"T1021.003", "Distributed Component Object Model",
       "Windows firewall prevents DCOM instantiation by default"},
      {"T1021.006", "Windows Remote Management",
       "restrict WinRM to communication with specific devices"},
      {"T1489", "Service Stop",
       "operate intrusion detection on a network separate from production"},
      {"T1072", "Software Deployment Tools", "isolate critical network systems through firewalls"},
      {"T1199", "Trusted Relationship",
       "isolate infrastructure components that do not require broad network access"},
      {"T1552", "Unsecured Credentials", "(no use given; rolled up from T1552.007)"},
      {"T1552.007", "Container API",
       "deny direct remote access to internal systems (proxies, gateways, firewalls)"},
      {"T1669", "Wi-Fi Networks", "separate Wi-Fi and Ethernet-wired networks"},
  };
  return kRows;
}

// ---------------------------------------------------------------------------------------
// The checks, built once and shared by the techniques that use them.

class Checks {
 public:
  explicit Checks(const Context& ctx) : ctx_(ctx), d_(ctx.d) {
    const std::vector<policy::Host>& hosts = d_.model().hosts;
    role_.reserve(hosts.size());
    host_zone_.reserve(hosts.size());
    for (const policy::Host& h : hosts) {
      auto it = h.labels.find("role");
      role_.push_back(it == h.labels.end() ? std::string() : lower(it->second));
      host_zone_.push_back(h.addresses.empty() ? decision::kInternetZone
                                               : d_.atom_of(h.addresses.front()).zone);
    }
    build_sides();
  }

  const CheckResult& get(const std::string& id) {
    auto it = done_.find(id);
    if (it != done_.end()) return it->second;
    return done_.emplace(id, compute(id)).first->second;
  }

  /// The sides a check uses (for matching intents); empty for structural checks.
  std::pair<const Side*, const Side*> sides_of(const std::string& id) const {
    auto it = flow_checks_.find(id);
    if (it == flow_checks_.end()) return {nullptr, nullptr};
    return {it->second.src, it->second.dst};
  }
  ServiceSet keys_of(const std::string& id) const {
    auto it = flow_checks_.find(id);
    return it == flow_checks_.end() ? ServiceSet() : it->second.keys;
  }

 private:
  // Zone-name matches are computed once per pattern list and zone.
  bool zone_in(std::uint32_t z, const std::vector<std::string>& pats) const {
    if (z == decision::kInternetZone) return false;
    std::vector<char>& m = zone_match_[&pats];
    if (m.empty()) {
      m.resize(d_.zones().size());
      for (std::size_t i = 1; i < m.size(); ++i) m[i] = zone_matches(d_.zones()[i].name, pats);
    }
    return m[z] != 0;
  }
  bool in_zones(const decision::Class& c, const std::vector<std::string>& pats) const {
    return zone_in(c.zone, pats);
  }
  std::size_t index_of(const policy::Host& h) const {
    return static_cast<std::size_t>(&h - d_.model().hosts.data());
  }
  bool role_in(const policy::Host& h, const std::set<std::string>& roles) const {
    const std::string& r = role_[index_of(h)];
    return !r.empty() && roles.count(r) > 0;
  }
  std::vector<std::uint32_t> zones_matching(const std::vector<std::string>& pats) const {
    std::vector<std::uint32_t> out;
    for (std::uint32_t z = 1; z < d_.zones().size(); ++z)
      if (zone_matches(d_.zones()[z].name, pats)) out.push_back(z);
    return out;
  }
  Side side(std::string text, std::function<bool(const decision::Class&)> cls_pred,
            std::function<bool(const policy::Host&)> host_pred, bool plain) {
    return Side::build(ctx_, std::move(text), cls_pred, host_pred, plain);
  }

  void build_sides() {
    auto all = [](const decision::Class&) { return true; };
    auto any_host = std::function<bool(const policy::Host&)>();
    auto role = [this](const std::set<std::string>& r) {
      return std::function<bool(const policy::Host&)>(
          [this, &r](const policy::Host& h) { return role_in(h, r); });
    };
    auto mgmt_host = [this](const policy::Host& h) { return role_in(h, kMgmtRoles); };
    internet_ = std::make_unique<Side>(side(
        "the internet", [](const decision::Class& c) { return c.zone == decision::kInternetZone; },
        any_host, true));
    hosts_ = std::make_unique<Side>(side("inventory hosts", all, any_host, false));
    everything_ = std::make_unique<Side>(side("any address", all, any_host, true));
    non_mgmt_hosts_ = std::make_unique<Side>(side(
        "hosts other than management hosts",
        [this](const decision::Class& c) { return !in_zones(c, kMgmtZones); },
        [mgmt_host](const policy::Host& h) { return !mgmt_host(h); }, false));
    inventory_ = std::make_unique<Side>(side(
        "inventory hosts", [](const decision::Class& c) { return c.is_host; }, any_host, false));
    unknown_internal_ = std::make_unique<Side>(side(
        "internal addresses outside the inventory",
        [](const decision::Class& c) { return !c.is_host && c.zone != decision::kInternetZone; },
        any_host, true));
    non_mgmt_ = std::make_unique<Side>(side(
        "addresses outside the management zone and management hosts",
        [this](const decision::Class& c) { return !in_zones(c, kMgmtZones); },
        [mgmt_host](const policy::Host& h) { return !mgmt_host(h); }, true));
    untrusted_ = std::make_unique<Side>(side(
        "the internet and Wi-Fi",
        [this](const decision::Class& c) {
          return c.zone == decision::kInternetZone || in_zones(c, kWifiZones);
        },
        any_host, true));
    untrusted_ws_ = std::make_unique<Side>(side(
        "the internet, Wi-Fi and workstations",
        [this](const decision::Class& c) {
          return c.zone == decision::kInternetZone || in_zones(c, kWifiZones) || c.is_host;
        },
        [this](const policy::Host& h) {
          return role_in(h, kWorkstationRoles) || host_zone_matches(h, kWifiZones) ||
                 host_zone_is_internet(h);
        },
        true));
    untrusted_dmz_ = std::make_unique<Side>(side(
        "the internet, Wi-Fi and the DMZ",
        [this](const decision::Class& c) {
          return c.zone == decision::kInternetZone || in_zones(c, kWifiZones) ||
                 in_zones(c, kDmzZones);
        },
        any_host, true));
    ws_ = std::make_unique<Side>(
        side("workstations (role workstation)", all, role(kWorkstationRoles), false));
    dc_ = std::make_unique<Side>(side("domain controllers (role dc)", all, role(kDcRoles), false));
    non_fs_ = std::make_unique<Side>(side(
        "hosts other than file servers and domain controllers", all,
        [this](const policy::Host& h) {
          return !role_in(h, kFileServerRoles) && !role_in(h, kDcRoles);
        },
        false));
    non_dc_ = std::make_unique<Side>(side(
        "hosts other than domain controllers", all,
        [this](const policy::Host& h) { return !role_in(h, kDcRoles); }, false));
    critical_ = std::make_unique<Side>(side(
        "critical systems", all,
        [this](const policy::Host& h) {
          return role_in(h, kCriticalRoles) || host_zone_matches(h, kCriticalZones);
        },
        false));
    net_devices_ = std::make_unique<Side>(side("network devices (role router/switch/firewall/...)",
                                               all, role(kNetDeviceRoles), false));
    wifi_ = std::make_unique<Side>(side(
        "Wi-Fi zones", [this](const decision::Class& c) { return in_zones(c, kWifiZones); },
        any_host, true));
    wired_ = std::make_unique<Side>(side(
        "wired zones",
        [this](const decision::Class& c) {
          return c.zone != decision::kInternetZone && !in_zones(c, kWifiZones);
        },
        any_host, true));
    ids_targets_ = std::make_unique<Side>(side(
        "the IDS network", [this](const decision::Class& c) { return c.is_host; },
        [this](const policy::Host& h) {
          return host_zone_matches(h, kIdsZones) || role_in(h, kSensorRoles);
        },
        false));
    sensors_ = std::make_unique<Side>(
        side("IDS sensors (role ids-sensor)", all, role(kSensorRoles), false));
    production_ = std::make_unique<Side>(side(
        "production (outside the IDS and management networks)",
        [this](const decision::Class& c) {
          return !in_zones(c, kIdsZones) && !in_zones(c, kMgmtZones);
        },
        [this](const policy::Host& h) {
          return !role_in(h, kSensorRoles) && !role_in(h, kMgmtRoles) &&
                 !host_zone_matches(h, kIdsZones);
        },
        true));
    deploy_ = std::make_unique<Side>(side(
        "software deployment and management systems", all,
        [this](const policy::Host& h) {
          return role_in(h, kDeployRoles) || role_in(h, kMgmtRoles) ||
                 host_zone_matches(h, kMgmtZones);
        },
        false));
    unmanaged_ = std::make_unique<Side>(side(
        "unmanaged hosts", [](const decision::Class& c) { return c.is_host && !c.managed; },
        any_host, false));
    partner_ = std::make_unique<Side>(side(
        "partner zones", [this](const decision::Class& c) { return in_zones(c, kPartnerZones); },
        any_host, true));
    internal_hosts_ = std::make_unique<Side>(side(
        "internal hosts", [this](const decision::Class& c) { return !in_zones(c, kPartnerZones); },
        any_host, false));
    non_mail_hosts_ = std::make_unique<Side>(side(
        "hosts other than mail servers", all,
        [this](const policy::Host& h) { return !role_in(h, kMailRoles); }, false));
    // Internet-facing: inventory classes some internet flow reaches.
    internet_facing_ = std::make_unique<Side>(side(
        "internet-facing hosts",
        [this](const decision::Class& c) { return c.is_host && reached_from_internet(c.id); },
        any_host, false));

    Keys k;
    auto add = [this](FlowCheck fc) { flow_checks_.emplace(fc.id, std::move(fc)); };
    add({"rdp-from-internet",
         "RDP is blocked from the internet to every host",
         internet_.get(),
         hosts_.get(),
         k.rdp,
         Mode::Blocked,
         false,
         {}});
    add({"rdp-between-workstations",
         "RDP is blocked between workstations",
         ws_.get(),
         ws_.get(),
         k.rdp,
         Mode::Blocked,
         false,
         {}});
    add({"rdp-between-zones",
         "RDP crosses zones only from management or to management gateways (jump hosts)",
         non_mgmt_.get(),
         non_mgmt_hosts_.get(),
         k.rdp,
         Mode::Blocked,
         true,
         {}});
    add({"remote-sessions-between-zones",
         "remote sessions (RDP, SSH, VNC, telnet, WinRM) cross zones only from management or to "
         "management gateways",
         non_mgmt_.get(),
         non_mgmt_hosts_.get(),
         k.remote_admin,
         Mode::Blocked,
         true,
         {}});
    add({"smb-to-non-file-servers",
         "SMB reaches no host but file servers and domain controllers",
         everything_.get(),
         non_fs_.get(),
         k.smb.unite(k.netbios_ssn),
         Mode::Blocked,
         false,
         {}});
    add({"rpc-to-non-dc",
         "RPC/DCOM (tcp/135, dynamic ports) reaches only domain controllers "
         "or comes from management",
         non_mgmt_.get(),
         non_dc_.get(),
         k.rpc,
         Mode::Blocked,
         false,
         {}});
    add({"winrm-from-non-management",
         "WinRM reaches hosts only from management (or goes to a management gateway)",
         non_mgmt_.get(),
         non_mgmt_hosts_.get(),
         k.winrm,
         Mode::Blocked,
         false,
         {}});
    add({"name-poisoning",
         "NetBIOS name/datagram, LLMNR and mDNS are blocked between hosts",
         everything_.get(),
         hosts_.get(),
         k.name_poisoning,
         Mode::Blocked,
         false,
         {}});
    add({"broadcast-sniffing",
         "broadcast/multicast name and discovery services (NetBIOS, LLMNR, mDNS, SSDP) are "
         "blocked between hosts",
         everything_.get(),
         hosts_.get(),
         k.broadcast,
         Mode::Blocked,
         false,
         {}});
    add({"dc-from-untrusted",
         "domain controllers are unreachable from the internet and Wi-Fi",
         untrusted_.get(),
         dc_.get(),
         k.any,
         Mode::Blocked,
         false,
         {}});
    add({"dc-admin-from-non-management",
         "remote administration of domain controllers only from management",
         non_mgmt_.get(),
         dc_.get(),
         k.remote_admin,
         Mode::Blocked,
         false,
         {}});
    add({"dc-without-rule",
         "nothing reaches domain controllers without an allow rule",
         everything_.get(),
         dc_.get(),
         k.any,
         Mode::Ruled,
         false,
         {}});
    add({"domain-discovery-from-untrusted",
         "LDAP, Kerberos, global catalog, DNS, SMB and RPC to domain controllers are blocked "
         "from the internet, Wi-Fi and the DMZ",
         untrusted_dmz_.get(),
         dc_.get(),
         k.domain_discovery,
         Mode::Blocked,
         false,
         {}});
    add({"snmp-outside-management",
         "SNMP reaches hosts only from the management network",
         non_mgmt_.get(),
         hosts_.get(),
         k.snmp,
         Mode::Blocked,
         false,
         {}});
    add({"device-config-outside-management",
         "SNMP, SSH, telnet and TFTP reach network devices only from management",
         non_mgmt_.get(),
         net_devices_.get(),
         k.device_config,
         Mode::Blocked,
         false,
         {}});
    add({"critical-without-rule",
         "nothing reaches critical systems without an allow rule",
         everything_.get(),
         critical_.get(),
         k.any,
         Mode::Ruled,
         false,
         {}});
    add({"critical-from-untrusted",
         "critical systems are unreachable from the internet and Wi-Fi",
         untrusted_.get(),
         critical_.get(),
         k.any,
         Mode::Blocked,
         false,
         {}});
    add({"container-api-from-untrusted",
         "container APIs (Docker, Kubernetes API, kubelet, etcd) are blocked from the internet, "
         "Wi-Fi and workstations",
         untrusted_ws_.get(),
         hosts_.get(),
         k.container_api,
         Mode::Blocked,
         false,
         {}});
    add({"container-api-without-rule",
         "container APIs reach no host without an allow rule",
         everything_.get(),
         hosts_.get(),
         k.container_api,
         Mode::Ruled,
         false,
         {}});
    add({"egress-nonstandard",
         "inventory hosts reach the internet only on standard ports (web, DNS, NTP, mail)",
         inventory_.get(),
         internet_.get(),
         k.nonstandard_egress,
         Mode::Blocked,
         false,
         {}});
    add({"egress-asymmetric-encrypted",
         "SSH/SFTP/SCP and FTPS from inventory hosts to the internet are blocked",
         inventory_.get(),
         internet_.get(),
         k.asymmetric_egress,
         Mode::Blocked,
         false,
         {}});
    add({"egress-unencrypted",
         "FTP, TFTP and telnet from inventory hosts to the internet are blocked",
         inventory_.get(),
         internet_.get(),
         k.unencrypted_egress,
         Mode::Blocked,
         false,
         {}});
    add({"unknown-devices-egress",
         "addresses outside the inventory (unregistered devices) reach the internet only on "
         "standard ports: a zone firewall filters them",
         unknown_internal_.get(),
         internet_.get(),
         k.nonstandard_egress.unite(k.non_application),
         Mode::Blocked,
         false,
         {}});
    add({"smtp-egress-non-mail",
         "only mail servers send SMTP to the internet",
         non_mail_hosts_.get(),
         internet_.get(),
         tcp(25),
         Mode::Blocked,
         false,
         {}});
    add({"egress-non-application",
         "ICMP and non-TCP/UDP protocols from inventory hosts to the internet are blocked",
         inventory_.get(),
         internet_.get(),
         k.non_application,
         Mode::Blocked,
         false,
         {}});
    FlowCheck unfirewalled{"internet-facing-unfirewalled",
                           "hosts reachable from the internet sit in zones with a firewall",
                           internet_.get(),
                           hosts_.get(),
                           k.any,
                           Mode::Blocked,
                           false,
                           {}};
    unfirewalled.dst_filter = [this](const decision::Class& c) {
      return !d_.zones()[c.zone].firewall;
    };
    add(std::move(unfirewalled));
    add({"internet-facing-lateral",
         "internet-facing hosts cannot use lateral-movement services into other zones",
         internet_facing_.get(),
         hosts_.get(),
         k.lateral,
         Mode::Blocked,
         true,
         {}});
    add({"remote-services-without-rule",
         "remote services (seed table, SSH, VNC, telnet) reach hosts only through allow rules",
         everything_.get(),
         hosts_.get(),
         k.lateral.unite(k.remote_admin),
         Mode::Ruled,
         false,
         {}});
    add({"remote-services-from-internet",
         "seed-table services are blocked from the internet",
         internet_.get(),
         hosts_.get(),
         k.lateral,
         Mode::Blocked,
         false,
         {}});
    FlowCheck remote_access{"remote-access-from-internet",
                            "remote access (RDP, SSH, VNC, telnet, WinRM, SMB) from the internet "
                            "reaches only gateways in a firewalled DMZ",
                            internet_.get(),
                            hosts_.get(),
                            k.remote_access,
                            Mode::Blocked,
                            false,
                            {}};
    remote_access.dst_filter = [this](const decision::Class& c) {
      return !(in_zones(c, kDmzZones) && d_.zones()[c.zone].firewall);
    };
    add(std::move(remote_access));
    add({"ids-from-production",
         "production cannot use remote-administration or seed-table services into the IDS network",
         production_.get(),
         ids_targets_.get(),
         k.lateral.unite(k.remote_admin),
         Mode::Blocked,
         false,
         {}});
    add({"ids-sensors-from-production",
         "IDS sensors are unreachable from production",
         production_.get(),
         sensors_.get(),
         k.any,
         Mode::Blocked,
         false,
         {}});
    add({"deployment-from-untrusted",
         "deployment and management systems are unreachable from the internet and Wi-Fi",
         untrusted_.get(),
         deploy_.get(),
         k.any,
         Mode::Blocked,
         false,
         {}});
    add({"deployment-without-rule",
         "nothing reaches deployment and management systems without an allow rule",
         everything_.get(),
         deploy_.get(),
         k.any,
         Mode::Ruled,
         false,
         {}});
    add({"unmanaged-cross-zone-without-rule",
         "unmanaged devices reach other zones only through allow rules",
         unmanaged_.get(),
         everything_.get(),
         k.any,
         Mode::Ruled,
         true,
         {}});
    add({"partner-lateral",
         "partner zones cannot use seed-table services into internal hosts",
         partner_.get(),
         internal_hosts_.get(),
         k.lateral,
         Mode::Blocked,
         true,
         {}});
    add({"wifi-to-wired-without-rule",
         "Wi-Fi reaches wired zones only through allow rules",
         wifi_.get(),
         wired_.get(),
         k.any,
         Mode::Ruled,
         true,
         {}});
    add({"wired-to-wifi-without-rule",
         "wired zones reach Wi-Fi only through allow rules",
         wired_.get(),
         wifi_.get(),
         k.any,
         Mode::Ruled,
         true,
         {}});
    add({"wifi-wired-lateral",
         "seed-table services are blocked between Wi-Fi and wired zones",
         wifi_.get(),
         wired_.get(),
         k.lateral,
         Mode::Blocked,
         true,
         {}});
    add({"wired-wifi-lateral",
         "seed-table services are blocked from wired zones to Wi-Fi",
         wired_.get(),
         wifi_.get(),
         k.lateral,
         Mode::Blocked,
         true,
         {}});
  }

  bool host_zone_matches(const policy::Host& h, const std::vector<std::string>& pats) const {
    return zone_in(host_zone_[index_of(h)], pats);
  }
  bool host_zone_is_internet(const policy::Host& h) const {
    return !h.addresses.empty() && host_zone_[index_of(h)] == decision::kInternetZone;
  }

  bool reached_from_internet(std::uint32_t t) const {
    for (std::uint32_t s = 0; s < d_.classes().size(); ++s) {
      const decision::Class& c = d_.classes()[s];
      if (c.is_host || c.zone != decision::kInternetZone || !ctx_.census.pair_has_flows(s, t))
        continue;
      // ICMP control messages (errors, neighbour discovery) are not a service an attacker
      // connects to: reached means some TCP, UDP or other-protocol flow is reachable.
      bool reached = false;
      for_each_overlap(d_.tiers(s, t), non_icmp_,
                       [&](const decision::Segment& seg, std::uint32_t, std::uint32_t) {
                         reached = ctx_.judge.reachable(s, t, seg.tier);
                         return !reached;
                       });
      if (reached) return true;
    }
    return false;
  }
  const ServiceSet non_icmp_ = all_services().subtract(all_icmp());

  CheckResult compute(const std::string& id) {
    auto it = flow_checks_.find(id);
    if (it != flow_checks_.end()) return run_flow_check(ctx_, it->second);
    if (id == "management-zone-firewalled")
      return zones_firewalled(ctx_, id, "the management network has a zone firewall",
                              zones_matching(kMgmtZones), "management zone (mgmt/management)");
    if (id == "critical-zones-firewalled")
      return zones_firewalled(ctx_, id, "zones of critical systems have a zone firewall",
                              zones_matching(kCriticalZones),
                              "critical-system zone (pci/hr/finance/...)");
    if (id == "cloud-zones-firewalled")
      return zones_firewalled(ctx_, id, "cloud zones (VPCs) have a zone firewall",
                              zones_matching(kCloudZones), "cloud zone (cloud/vpc/vnet/...)");
    if (id == "ids-zone-firewalled")
      return zones_firewalled(ctx_, id, "the IDS network has a zone firewall",
                              zones_matching(kIdsZones), "IDS/security zone (ids/soc/security)");
    if (id == "wifi-zone-firewalled")
      return zones_firewalled(ctx_, id, "Wi-Fi zones have a zone firewall",
                              zones_matching(kWifiZones), "Wi-Fi zone (wifi/wireless/guest)");
    if (id == "partner-zones-firewalled")
      return zones_firewalled(ctx_, id, "partner zones have a zone firewall",
                              zones_matching(kPartnerZones), "partner zone (partner/vendor/...)");
    if (id == "unmanaged-in-firewalled-zones") return unmanaged_zones(id);
    if (id == "windows-hosts-managed") return windows_managed(id);
    BH_ASSERT(false, "every check id named by a technique is defined");
    return CheckResult{};
  }

  CheckResult unmanaged_zones(const std::string& id) const {
    CheckResult r;
    r.id = id;
    r.description = "unmanaged devices sit in zones with a zone firewall";
    std::set<std::uint32_t> bare, all;
    std::vector<std::string> names;
    for (std::size_t h = 0; h < d_.model().hosts.size(); ++h) {
      const policy::Host& host = d_.model().hosts[h];
      if (host.managed || host.addresses.empty()) continue;
      std::uint32_t z = d_.atom_of(host.addresses.front()).zone;
      all.insert(z);
      if (!d_.zones()[z].firewall) {
        bare.insert(z);
        if (names.size() < 5) names.push_back(host.name);
      }
    }
    r.zones.assign(all.begin(), all.end());
    if (all.empty()) {
      r.state = State::NotApplicable;
      r.detail = "no unmanaged hosts";
    } else if (bare.empty()) {
      r.state = State::Closed;
      r.detail = "every unmanaged host is in a zone with firewall: true";
    } else {
      r.state = State::Open;
      r.detail = fmt::format("unmanaged hosts in zones without a firewall, e.g. {}",
                             fmt::join(names, ", "));
    }
    return r;
  }

  CheckResult windows_managed(const std::string& id) const {
    CheckResult r;
    r.id = id;
    r.description = "every Windows host (os windows) runs its firewall (managed)";
    std::size_t windows = 0;
    std::vector<std::string> bare;
    for (const policy::Host& h : d_.model().hosts) {
      auto it = h.labels.find("os");
      if (it == h.labels.end() || lower(it->second) != "windows") continue;
      ++windows;
      if (!h.managed && bare.size() < 5) bare.push_back(h.name);
    }
    if (windows == 0) {
      r.state = State::NotApplicable;
      r.detail = "no host labelled os: windows";
    } else if (bare.empty()) {
      r.state = State::Closed;
      r.detail = fmt::format("all {} Windows hosts are managed", windows);
    } else {
      r.state = State::Open;
      r.detail = fmt::format("unmanaged Windows hosts: {}", fmt::join(bare, ", "));
    }
    return r;
  }

  const Context& ctx_;
  const decision::Decision& d_;
  std::vector<std::string> role_;         // per host: its role label, lower case
  std::vector<std::uint32_t> host_zone_;  // per host: the zone of its first address
  mutable std::map<const void*, std::vector<char>> zone_match_;
  std::unique_ptr<Side> internet_, hosts_, everything_, non_mgmt_, untrusted_, untrusted_ws_,
      untrusted_dmz_, ws_, dc_, non_fs_, non_dc_, critical_, net_devices_, wifi_, wired_,
      ids_targets_, sensors_, production_, deploy_, unmanaged_, partner_, internal_hosts_,
      non_mail_hosts_, internet_facing_, non_mgmt_hosts_, inventory_, unknown_internal_;
  std::map<std::string, FlowCheck> flow_checks_;
  std::map<std::string, CheckResult> done_;
};

// Which checks make up each technique.
const std::map<std::string, std::vector<std::string>>& technique_checks() {
  static const std::map<std::string, std::vector<std::string>> kChecks = [] {
    std::map<std::string, std::vector<std::string>> m;
    const std::vector<std::string> dc = {"dc-from-untrusted", "dc-admin-from-non-management",
                                         "dc-without-rule"};
    std::vector<std::string> dc_cloud = dc;
    dc_cloud.push_back("cloud-zones-firewalled");
    m["T1098"] = dc;
    m["T1098.001"] = dc_cloud;
    m["T1136"] = dc;
    m["T1136.002"] = dc;
    m["T1136.003"] = dc_cloud;
    m["T1557"] = {"name-poisoning"};
    m["T1557.001"] = {"name-poisoning", "smb-to-non-file-servers"};
    const std::vector<std::string> containers = {"container-api-from-untrusted",
                                                 "container-api-without-rule"};
    m["T1612"] = containers;
    m["T1613"] = containers;
    m["T1610"] = containers;
    m["T1552.007"] = containers;
    m["T1552"] = containers;
    m["T1602"] = {"snmp-outside-management", "management-zone-firewalled"};
    m["T1602.001"] = {"snmp-outside-management", "management-zone-firewalled"};
    m["T1602.002"] = {"snmp-outside-management", "device-config-outside-management",
                      "management-zone-firewalled"};
    m["T1565"] = {"critical-without-rule", "critical-from-untrusted", "critical-zones-firewalled"};
    m["T1565.003"] = m["T1565"];
    m["T1482"] = {"domain-discovery-from-untrusted"};
    m["T1048"] = {"egress-nonstandard", "egress-asymmetric-encrypted", "egress-unencrypted",
                  "smtp-egress-non-mail", "unknown-devices-egress"};
    m["T1048.001"] = {"egress-nonstandard", "unknown-devices-egress"};
    m["T1048.002"] = {"egress-asymmetric-encrypted", "unknown-devices-egress"};
    m["T1048.003"] = {"egress-unencrypted", "smtp-egress-non-mail", "unknown-devices-egress"};
    m["T1190"] = {"internet-facing-unfirewalled", "internet-facing-lateral"};
    m["T1210"] = {"remote-services-without-rule", "remote-services-from-internet"};
    m["T1133"] = {"remote-access-from-internet"};
    m["T1046"] = {"critical-without-rule", "critical-from-untrusted"};
    m["T1040"] = {"broadcast-sniffing", "smb-to-non-file-servers"};
    m["T1095"] = {"egress-non-application", "unknown-devices-egress"};
    m["T1571"] = {"egress-nonstandard", "unknown-devices-egress"};
    m["T1563"] = {"remote-sessions-between-zones"};
    m["T1563.002"] = {"rdp-between-zones"};
    m["T1021.001"] = {"rdp-from-internet", "rdp-between-workstations", "rdp-between-zones"};
    m["T1021.003"] = {"rpc-to-non-dc", "windows-hosts-managed"};
    m["T1021.006"] = {"winrm-from-non-management"};
    m["T1021"] = {"rdp-from-internet",
                  "rdp-between-workstations",
                  "rdp-between-zones",
                  "smb-to-non-file-servers",
                  "rpc-to-non-dc",
                  "windows-hosts-managed",
                  "winrm-from-non-management"};
    m["T1489"] = {"ids-zone-firewalled", "ids-from-production", "ids-sensors-from-production"};
    m["T1072"] = {"deployment-from-untrusted", "deployment-without-rule"};
    m["T1199"] = {"unmanaged-in-firewalled-zones", "unmanaged-cross-zone-without-rule",
                  "partner-zones-firewalled", "partner-lateral"};
    m["T1669"] = {"wifi-zone-firewalled", "wifi-to-wired-without-rule",
                  "wired-to-wifi-without-rule", "wifi-wired-lateral", "wired-wifi-lateral"};
    return m;
  }();
  return kChecks;
}

bool intersects(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) return true;
    if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return false;
}

}  // namespace

std::string_view coverage_status_name(CoverageStatus s) {
  switch (s) {
    case CoverageStatus::Addressed:
      return "addressed";
    case CoverageStatus::Partially:
      return "partially";
    case CoverageStatus::NotAddressed:
      return "not addressed";
    case CoverageStatus::NotApplicable:
      return "not applicable";
  }
  return "not applicable";
}

const std::vector<std::string>& m1030_technique_ids() {
  static const std::vector<std::string> kIds = [] {
    std::vector<std::string> out;
    for (const Row& r : table()) out.emplace_back(r.id);
    return out;
  }();
  return kIds;
}

CoverageReport compute_coverage(const Context& ctx) {
  const decision::Decision& d = ctx.d;
  Checks checks(ctx);
  CoverageReport rep;

  // Intents: their classes and keys, checked lazily.
  struct IntentInfo {
    std::vector<std::uint32_t> from, to;
    ServiceSet keys;
    std::optional<bool> holds;
  };
  std::vector<IntentInfo> intents;
  for (const policy::Expect& e : d.model().expects) {
    IntentInfo info;
    info.from = d.classes_matching(e.from);
    info.to = d.classes_matching(e.to);
    for (const policy::ServiceRef& s : e.services) info.keys = info.keys.unite(s.keys);
    intents.push_back(std::move(info));
  }

  for (const Row& row : table()) {
    TechniqueResult t;
    t.id = row.id;
    t.name = row.name;
    t.use = row.use;
    for (const std::string& cid : technique_checks().at(row.id))
      t.checks.push_back(checks.get(cid));
    t.status = aggregate(t.checks, &t.summary);

    // Intents that speak to it: `blocked` intents over some flows of one of its checks.
    for (std::uint32_t ei = 0; ei < intents.size(); ++ei) {
      IntentInfo& info = intents[ei];
      if (d.model().expects[ei].verdict != policy::ExpectVerdict::Blocked) continue;
      bool relevant = false;
      for (const std::string& cid : technique_checks().at(row.id)) {
        auto [src, dst] = checks.sides_of(cid);
        if (src == nullptr) continue;
        if (info.keys.intersect(checks.keys_of(cid)).empty()) continue;
        if (intersects(info.from, src->classes()) && intersects(info.to, dst->classes())) {
          relevant = true;
          break;
        }
      }
      if (!relevant) continue;
      if (!info.holds) info.holds = check_intent(ctx, d.model().expects[ei], {0}).holds;
      t.intents.push_back(IntentRef{ei, *info.holds});
    }
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
      case CoverageStatus::NotApplicable:
        ++rep.not_applicable;
        break;
    }
    rep.techniques.push_back(std::move(t));
  }
  return rep;
}

}  // namespace bulkhead::analysis
