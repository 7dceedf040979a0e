// Helpers for the windows target's unit tests: load a policy from text, render a host,
// read the scripts back with the Windows evaluator, and check them against the Decision
// on every combination of interesting addresses, protocols and ports.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "decision/decision.h"
#include "policy/loader.h"
#include "targets/windows/render.h"
#include "testlib/win_eval.h"

namespace bulkhead::windows_test {

namespace win = testing::win;

inline std::shared_ptr<const decision::Decision> load(const std::string& yaml) {
  Diagnostics diags;
  auto model = policy::load_text(yaml, "p.yaml", diags);
  if (!model) {
    std::string all;
    for (const Diagnostic& dg : diags.sorted()) all += dg.str() + "\n";
    ADD_FAILURE() << "policy did not load:\n" << all << yaml;
    return nullptr;
  }
  return decision::Decision::resolve(std::move(*model));
}

inline std::uint32_t host_index(const decision::Decision& d, const std::string& name) {
  std::int32_t h = d.find_host(name);
  EXPECT_GE(h, 0) << name;
  return static_cast<std::uint32_t>(std::max(h, 0));
}

/// Renders with the PowerShell (netsh = false) or netsh form; fails the test on errors.
inline targets::RenderResult render(const decision::Decision& d, const targets::RenderRequest& req,
                                    bool netsh = false) {
  Diagnostics diags;
  auto r = netsh ? targets::windows::render_netsh(d, req, diags)
                 : targets::windows::render(d, req, diags);
  std::string all;
  for (const Diagnostic& dg : diags.sorted()) all += dg.str() + "\n";
  EXPECT_TRUE(r.has_value() && !diags.has_errors()) << all;
  return r.value_or(targets::RenderResult{});
}

inline targets::RenderRequest for_host(const decision::Decision& d, const std::string& name) {
  targets::RenderRequest req;
  req.host = host_index(d, name);
  return req;
}

inline win::Firewall parse_ps(const std::string& text) {
  std::string err;
  auto fw = win::parse_powershell(text, &err);
  EXPECT_TRUE(fw.has_value()) << err << "\n" << text;
  return fw.value_or(win::Firewall{});
}

inline win::Firewall parse_netsh(const std::string& text) {
  std::string err;
  auto fw = win::parse_netsh(text, &err);
  EXPECT_TRUE(fw.has_value()) << err << "\n" << text;
  return fw.value_or(win::Firewall{});
}

/// Rules of one direction and action.
inline std::vector<win::Rule> rules_of(const win::Firewall& fw, win::Dir dir, win::Act act) {
  std::vector<win::Rule> out;
  for (const win::Rule& r : fw.rules)
    if (r.dir == dir && r.action == act) out.push_back(r);
  return out;
}

/// The ICMP and ICMPv6 types worth checking for a Decision: 0, 255, echo request, and
/// every edge (and its neighbours) of an ICMP type range some policy rule names.
inline std::vector<std::uint16_t> icmp_types_of(const decision::Decision& d, Proto icmp) {
  std::set<std::uint16_t> out = {
      0, 255,
      static_cast<std::uint16_t>(icmp_echo_request(icmp == Proto::Icmp ? Family::V4 : Family::V6))};
  for (const decision::CompiledRule& r : d.rules()) {
    ServiceSet part = r.keys.intersect(whole_proto(icmp));
    for (const auto& iv : part.intervals()) {
      for (std::uint32_t k : {iv.lo, iv.hi}) {
        std::uint32_t t = key_port(k);
        for (std::uint32_t q : {t - 1, t, t + 1})
          if (q <= proto_last(icmp)) out.insert(static_cast<std::uint16_t>(q));
      }
    }
  }
  return {out.begin(), out.end()};
}

/// A Windows machine with the built-in Allow rules, a third-party Allow Any rule in both
/// directions and an installer's "any port" rule: whatever the policy blocks must stay
/// blocked there.
inline win::Machine busy_machine() {
  win::Machine m;
  m.rules = win::builtin_rules();
  for (win::Dir dir : {win::Dir::In, win::Dir::Out}) {
    win::Rule r;
    r.name = "Third-party agent";
    r.dir = dir;
    r.action = win::Act::Allow;
    r.proto = win::Proto::Any;
    m.rules.push_back(r);
  }
  win::Rule installer;
  installer.name = "Installer (any port)";
  installer.dir = win::Dir::In;
  installer.action = win::Act::Allow;
  installer.proto = win::Proto::Udp;
  m.rules.push_back(installer);
  return m;
}

/// Checks both forms of `host` against the Decision for every remote address in
/// `remotes` (plus the host's own), every protocol and every port in `ports` (for ICMP
/// and ICMPv6, the types of icmp_types_of; for other protocols, a few protocol numbers),
/// in both directions, on an empty machine and on busy_machine(). Returns the number of
/// flows checked.
inline std::size_t expect_exact(const decision::Decision& d, const std::string& host,
                                const std::vector<std::string>& remotes,
                                const std::vector<std::uint16_t>& ports,
                                std::optional<policy::Enforcement> mode = std::nullopt) {
  targets::RenderRequest req = for_host(d, host);
  req.mode = mode;
  win::Firewall ps = parse_ps(render(d, req).files.at(0).content);
  win::Firewall ns = parse_netsh(render(d, req, true).files.at(0).content);
  const win::Firewall ps_busy = win::apply(ps, busy_machine()).effective;
  const win::Firewall ns_busy = win::apply(ns, busy_machine()).effective;
  const policy::Host& h = d.model().hosts[*req.host];
  std::vector<Addr> others;
  for (const std::string& r : remotes) others.push_back(*parse_addr(r));
  for (const Addr& a : h.addresses) others.push_back(a);
  const std::vector<std::uint16_t> types4 = icmp_types_of(d, Proto::Icmp);
  const std::vector<std::uint16_t> types6 = icmp_types_of(d, Proto::Icmpv6);
  const std::vector<std::uint16_t> other_protos = {0, 47, 255};
  std::size_t n = 0;
  for (const Addr& mine : h.addresses) {
    for (const Addr& other : others) {
      if (other.family != mine.family) continue;
      const Proto icmp = icmp_of(mine.family);
      for (Proto proto : {Proto::Tcp, Proto::Udp, icmp, Proto::Other}) {
        const std::vector<std::uint16_t>& keys = proto == icmp
                                                     ? (icmp == Proto::Icmp ? types4 : types6)
                                                 : proto == Proto::Other ? other_protos
                                                                         : ports;
        for (std::uint16_t port : keys) {
          for (bool inbound : {true, false}) {
            decision::Flow f{inbound ? other : mine, inbound ? mine : other, proto, port};
            std::uint32_t s = d.class_of(f.src), t = d.class_of(f.dst);
            decision::Tier tier = decision::Decision::segment_at(d.tiers(s, t), f.key()).tier;
            bool want = false;
            for (decision::Point p : d.points(s, t)) {
              if (p.kind !=
                  (inbound ? decision::PointKind::HostInbound : decision::PointKind::HostOutbound))
                continue;
              if (mode) p.enforcement = *mode;
              want = p.permits(tier);
            }
            const bool ported = proto == Proto::Tcp || proto == Proto::Udp;
            win::Connection c{inbound ? win::Dir::In : win::Dir::Out,
                              mine,
                              other,
                              proto,
                              !ported   ? std::uint16_t{0}
                              : inbound ? port
                                        : std::uint16_t{50000},
                              !ported   ? std::uint16_t{0}
                              : inbound ? std::uint16_t{50000}
                                        : port,
                              static_cast<std::uint8_t>(proto == icmp ? port : 0),
                              static_cast<std::uint8_t>(proto == Proto::Other ? port : 0)};
            EXPECT_EQ(win::permits(ps, c), want)
                << "PowerShell, " << host << (inbound ? " inbound from " : " outbound to ")
                << other.str() << " " << proto_name(proto) << "/" << port;
            EXPECT_EQ(win::permits(ns, c), want)
                << "netsh, " << host << (inbound ? " inbound from " : " outbound to ")
                << other.str() << " " << proto_name(proto) << "/" << port;
            EXPECT_EQ(win::permits(ps_busy, c), want)
                << "PowerShell with built-in rules, " << host
                << (inbound ? " inbound from " : " outbound to ") << other.str() << " "
                << proto_name(proto) << "/" << port;
            EXPECT_EQ(win::permits(ns_busy, c), want)
                << "netsh with built-in rules, " << host
                << (inbound ? " inbound from " : " outbound to ") << other.str() << " "
                << proto_name(proto) << "/" << port;
            ++n;
          }
        }
      }
    }
  }
  return n;
}

}  // namespace bulkhead::windows_test
