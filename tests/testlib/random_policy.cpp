// Random policy generator: builds YAML text and remembers the addresses and ports worth
// testing. Everything it writes is valid under policy-v1 by construction (unique names,
// no shared addresses, equal-length zone CIDRs never overlap).
#include "testlib/random_policy.h"

#include <cstdlib>
#include <iostream>
#include <set>
#include <thread>

#include <fmt/format.h>

namespace bulkhead::testing {
namespace {

struct Gen {
  std::mt19937_64 rng;
  explicit Gen(std::uint64_t seed) : rng(seed) {}
  int range(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }
  bool chance(double p) { return std::bernoulli_distribution(p)(rng); }
  template <typename T>
  const T& pick(const std::vector<T>& v) {
    return v[static_cast<std::size_t>(range(0, static_cast<int>(v.size()) - 1))];
  }
};

struct ZoneSpec {
  std::string name;
  std::vector<std::string> cidrs;
  bool nested = false;
};

struct HostSpec {
  std::string name;
  std::string role;  // may be empty
  std::vector<std::string> addrs;
};

const std::vector<std::string> kRoles = {"ws", "fs", "dc", "web", "file-server"};
const std::vector<std::string> kServices = {
    "smb",           "rdp",     "rpc-dynamic",   "dns",
    "icmp",          "any",     "tcp/0-10",      "tcp/65535",
    "udp/100-200",   "tcp/445", "udp/137-138",   "netbios",
    "winrm",         "ssh",     "tcp/1000-2000", "udp/65000-65535",
    "icmp/8",        "icmp/3",  "icmpv6",        "icmpv6/135-136",
    "icmpv6/130-132"};

void add_prefix_edges(const Prefix& p, std::vector<Addr>* out) {
  out->push_back(Addr{p.base.family, p.first()});
  out->push_back(Addr{p.base.family, p.last()});
  out->push_back(Addr{p.base.family, p.first() + (p.last() - p.first()) / 2});
  if (p.first() > 0) out->push_back(Addr{p.base.family, p.first() - 1});
  if (p.last() < family_max(p.base.family)) out->push_back(Addr{p.base.family, p.last() + 1});
}

void add_service_ports(const std::string& s, std::vector<std::uint16_t>* out) {
  auto slash = s.find('/');
  if (slash == std::string::npos) return;
  std::string ports = s.substr(slash + 1);
  auto dash = ports.find('-');
  int lo = std::stoi(ports.substr(0, dash));
  int hi = dash == std::string::npos ? lo : std::stoi(ports.substr(dash + 1));
  for (int p : {lo - 1, lo, hi, hi + 1})
    if (p >= 0 && p <= 65535) out->push_back(static_cast<std::uint16_t>(p));
}

}  // namespace

RandomPolicy random_policy(std::uint64_t seed, const RandomPolicyOptions& opts) {
  Gen g(seed);
  RandomPolicy out;
  out.seed = seed;
  std::string y = "bulkhead: 1\nname: random\n";
  auto dflt = [&](const char* key, const std::string& indent) {
    return fmt::format("{}{}: {}\n", indent, key, g.chance(0.5) ? "allow" : "deny");
  };
  y += "settings:\n";
  if (g.chance(0.7)) y += dflt("default_inbound", "  ");
  if (g.chance(0.7)) y += dflt("default_outbound", "  ");
  y += "  log_rate: 5/second\n";

  // Zones: top-level /16s (v4) and /48s (v6); some nested /24 and /64 inside earlier ones.
  std::vector<ZoneSpec> zones;
  int nzones = g.range(0, opts.max_zones);
  std::set<std::string> used_cidrs;
  y += nzones ? "zones:\n" : "";
  for (int z = 0; z < nzones; ++z) {
    ZoneSpec zs{fmt::format("z{}", z), {}, false};
    std::vector<ZoneSpec> tops;
    for (const ZoneSpec& o : zones)
      if (!o.nested) tops.push_back(o);
    zs.nested = !tops.empty() && g.chance(0.35);
    if (zs.nested) {
      const ZoneSpec& parent = g.pick(tops);
      for (const std::string& pc : parent.cidrs) {
        if (pc.find(':') == std::string::npos) {
          std::string base = pc.substr(0, pc.find(".0.0/16"));
          zs.cidrs.push_back(fmt::format("{}.{}.0/24", base, g.range(1, 250)));
        } else {
          std::string base = pc.substr(0, pc.find("::/48"));
          zs.cidrs.push_back(fmt::format("{}:{:x}::/64", base, g.range(1, 0xfff)));
        }
      }
    } else {
      zs.cidrs.push_back(fmt::format("10.{}.0.0/16", z + 1));
      if (g.chance(0.4)) zs.cidrs.push_back(fmt::format("fd00:{:x}::/48", z + 1));
    }
    std::vector<std::string> fresh;
    for (const std::string& c : zs.cidrs)
      if (used_cidrs.insert(c).second) fresh.push_back(c);
    if (fresh.empty()) continue;
    zs.cidrs = fresh;
    y += fmt::format("  - name: {}\n    cidrs: [", zs.name);
    for (std::size_t i = 0; i < zs.cidrs.size(); ++i)
      y += fmt::format("{}\"{}\"", i ? ", " : "", zs.cidrs[i]);
    y += "]\n";
    if (g.chance(0.5)) y += "    firewall: true\n";
    if (g.chance(0.25)) y += dflt("default_inbound", "    ");
    if (g.chance(0.25)) y += dflt("default_outbound", "    ");
    if (opts.allow_audit && g.chance(0.2)) y += "    enforcement: audit\n";
    PrefixError err;
    for (const std::string& c : zs.cidrs) add_prefix_edges(*parse_prefix(c, &err), &out.addresses);
    zones.push_back(zs);
  }

  // Hosts: inside a zone's range (v4 and sometimes v6), or out on the internet.
  std::vector<HostSpec> hosts;
  std::set<std::string> used_addrs;
  int nhosts = g.range(1, opts.max_hosts);
  y += "hosts:\n";
  for (int h = 0; h < nhosts; ++h) {
    HostSpec hs{fmt::format("h{}", h), g.chance(0.85) ? g.pick(kRoles) : "", {}};
    if (!zones.empty() && g.chance(0.85)) {
      const ZoneSpec& z = g.pick(zones);
      for (const std::string& c : z.cidrs) {
        PrefixError err;
        Prefix p = *parse_prefix(c, &err);
        u128 span = p.last() - p.first();
        u128 off = static_cast<u128>(g.range(1, 40)) % (span + 1);
        if (c.find(':') != std::string::npos && !hs.addrs.empty() && g.chance(0.5)) continue;
        hs.addrs.push_back(format_addr(p.base.family, p.first() + off));
      }
    } else {
      hs.addrs.push_back(fmt::format("203.0.113.{}", g.range(1, 254)));
    }
    // Some hosts have an address in a second zone (or on the internet): each address
    // takes its own zone's defaults (spec section 3).
    if (g.chance(0.3)) {
      if (!zones.empty() && g.chance(0.7)) {
        const ZoneSpec& z2 = g.pick(zones);
        PrefixError err;
        Prefix p = *parse_prefix(z2.cidrs.front(), &err);
        u128 span = p.last() - p.first();
        u128 off = static_cast<u128>(g.range(41, 80)) % (span + 1);
        hs.addrs.push_back(format_addr(p.base.family, p.first() + off));
      } else {
        hs.addrs.push_back(fmt::format("192.0.2.{}", g.range(1, 254)));
      }
    }
    std::vector<std::string> fresh;
    for (const std::string& a : hs.addrs)
      if (used_addrs.insert(a).second) fresh.push_back(a);
    if (fresh.empty()) continue;
    hs.addrs = fresh;
    y += fmt::format("  - name: {}\n    addresses: [", hs.name);
    for (std::size_t i = 0; i < hs.addrs.size(); ++i) {
      y += fmt::format("{}\"{}\"", i ? ", " : "", hs.addrs[i]);
      out.addresses.push_back(*parse_addr(hs.addrs[i]));
    }
    y += "]\n";
    y += "    labels: {";
    if (!hs.role.empty()) y += fmt::format("role: {}", hs.role);
    if (g.chance(0.5))
      y +=
          fmt::format("{}os: {}", hs.role.empty() ? "" : ", ", g.chance(0.5) ? "windows" : "linux");
    y += "}\n";
    if (g.chance(0.2)) y += "    managed: false\n";
    if (g.chance(0.15)) y += dflt("default_inbound", "    ");
    if (g.chance(0.15)) y += dflt("default_outbound", "    ");
    if (opts.allow_audit && g.chance(0.1)) y += "    enforcement: audit\n";
    hosts.push_back(hs);
  }

  // Selectors: every form of section 2.
  auto label_value = [&]() { return g.pick(kRoles); };
  auto simple = [&]() -> std::string {
    switch (g.range(0, 10)) {
      case 0:
        return "any";
      case 1:
        return "internet";
      case 2:
        return "hosts";
      case 3:
        return fmt::format("{{role: {}}}", label_value());
      case 4:
        return fmt::format("{{role: [{}, {}]}}", label_value(), label_value());
      case 5:
        return fmt::format("{{role: \"!{}\"}}", label_value());
      case 6:
        return fmt::format("{{role: [\"!{}\", \"!{}\"]}}", label_value(), label_value());
      case 7:
        if (g.chance(0.3))
          return fmt::format("{{host: [{}, {}]}}", g.pick(hosts).name, g.pick(hosts).name);
        return fmt::format("{{host: {}}}", g.pick(hosts).name);
      case 8:
        if (!zones.empty() && g.chance(0.3))
          return fmt::format("{{zone: [{}, internet]}}", g.pick(zones).name);
        if (!zones.empty()) return fmt::format("{{zone: {}}}", g.pick(zones).name);
        return "{zone: internet}";
      case 9: {
        int a = g.range(0, 5), b = g.range(0, 255);
        int len = g.range(0, 2) == 0 ? 8 : g.range(16, 32);
        u128 v = (static_cast<u128>(10) << 24) | (static_cast<u128>(a) << 16) |
                 (static_cast<u128>(b) << 8);
        v &= ~host_mask(Family::V4, len);
        Prefix p{Addr{Family::V4, v}, len};
        add_prefix_edges(p, &out.addresses);
        return fmt::format("{{cidr: \"{}\"}}", p.str());
      }
      default:
        if (!zones.empty())
          return fmt::format("{{role: {}, zone: {}}}", label_value(), g.pick(zones).name);
        return fmt::format("{{os: windows, role: \"!{}\"}}", label_value());
    }
  };
  auto selector = [&]() -> std::string {
    if (g.chance(0.2)) return fmt::format("[{}, {}]", simple(), simple());
    return simple();
  };

  int nrules = g.range(0, opts.max_rules);
  if (nrules) y += "rules:\n";
  for (int r = 0; r < nrules; ++r) {
    int a = g.range(0, 9);
    const char* action = a < 4 ? "allow" : a < 8 ? "deny" : "override-deny";
    y += fmt::format("  - name: r{}\n    action: {}\n    from: {}\n    to: {}\n    services: [", r,
                     action, selector(), selector());
    int nsvc = g.range(1, 3);
    for (int s = 0; s < nsvc; ++s) {
      const std::string& svc = g.pick(kServices);
      add_service_ports(svc, &out.ports);
      y += fmt::format("{}{}", s ? ", " : "", svc);
    }
    y += "]\n";
    int lg = g.range(0, 2);
    y += lg == 0 ? "    log: true\n" : lg == 1 ? "    log: false\n" : "";
  }
  if (g.chance(0.5)) y += "baselines: [lateral-movement]\n";

  for (int p : {0, 1, 22, 135, 137, 138, 139, 445, 3389, 5985, 5986, 49151, 49152, 65534, 65535})
    out.ports.push_back(static_cast<std::uint16_t>(p));
  for (const char* a : {"0.0.0.0", "255.255.255.255", "8.8.8.8", "::", "::1", "2001:db8::1",
                        "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"})
    out.addresses.push_back(*parse_addr(a));
  out.yaml = std::move(y);
  return out;
}

std::vector<decision::Flow> random_flows(const RandomPolicy& p, std::uint64_t seed, std::size_t n) {
  Gen g(seed);
  std::vector<Addr> v4, v6;
  for (const Addr& a : p.addresses) (a.family == Family::V4 ? v4 : v6).push_back(a);
  std::vector<decision::Flow> out;
  out.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    const std::vector<Addr>& pool = (v6.empty() || g.chance(0.7)) ? v4 : v6;
    decision::Flow f;
    f.src = g.pick(pool);
    f.dst = g.pick(pool);
    int pr = g.range(0, 9);
    // ICMP flows are ICMPv4 between IPv4 addresses and ICMPv6 between IPv6 ones; their
    // "port" is the message type, often an edge of a type range the policy names.
    f.proto = pr < 5 ? Proto::Tcp : pr < 9 ? Proto::Udp : icmp_of(f.src.family);
    if (pr == 9) {
      std::uint16_t t = g.pick(p.ports);
      f.port = t <= 255 && g.chance(0.6) ? t : static_cast<std::uint16_t>(g.range(0, 255));
    } else {
      f.port = g.chance(0.8) ? g.pick(p.ports) : static_cast<std::uint16_t>(g.range(0, 65535));
    }
    out.push_back(f);
  }
  return out;
}

std::size_t scaled_count(std::size_t n) {
  const char* s = std::getenv("BULKHEAD_PROPERTY_SCALE");
  double v = s ? std::atof(s) : 1.0;
  if (!(v > 0)) v = 1.0;
  return std::max<std::size_t>(1, static_cast<std::size_t>(static_cast<double>(n) * v + 0.5));
}

std::uint64_t test_seed(const char* test_name) {
  std::uint64_t seed = 0;
  if (const char* env = std::getenv("BULKHEAD_SEED")) {
    seed = std::strtoull(env, nullptr, 10);
  } else if (const char* fresh = std::getenv("BULKHEAD_RANDOM_SEED"); fresh && *fresh == '1') {
    seed = std::random_device{}();
    seed = (seed << 32) ^ std::random_device{}();
  } else {
    // Deterministic by default so CI is repeatable; BULKHEAD_RANDOM_SEED=1 explores.
    seed = 1469598103934665603ull;
    for (const char* c = test_name; *c; ++c)
      seed = (seed ^ static_cast<unsigned char>(*c)) * 1099511628211ull;
  }
  std::cerr << test_name << ": seed=" << seed << " (replay with BULKHEAD_SEED=" << seed << ")\n";
  return seed;
}

const decision::Flow& racing_flow(const std::vector<decision::Flow>& flows, std::size_t t,
                                  std::size_t k) {
  return flows[(k + t * 500) % flows.size()];
}

std::vector<std::vector<decision::Verdict>> query_racing(const decision::Decision& d,
                                                         const std::vector<decision::Flow>& flows) {
  std::vector<std::vector<decision::Verdict>> got(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < got.size(); ++t) {
    threads.emplace_back([&, t] {
      for (std::size_t k = 0; k < flows.size(); ++k)
        got[t].push_back(d.query(racing_flow(flows, t, k)));
    });
  }
  for (std::thread& th : threads) th.join();
  return got;
}

}  // namespace bulkhead::testing
