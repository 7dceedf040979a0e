// Property: updating a Windows host from one policy's script to another's keeps every
// rule whose identity both scripts share, and at no moment of the update is the host more
// open than the policy it comes from (while rules are added) or the one it goes to (once
// the profiles are set and the earlier rules are removed), nor does it ever block a
// connection both policies permit.
//
// The scripts are read back with the test evaluator (tests/testlib/win_eval.h), whose
// parser checks that a script keeps the rules already present under their DisplayName,
// adds the missing ones, sets the profiles, and only then removes the earlier run's other
// rules. The update is then replayed step by step on a machine with Windows' built-in
// rules and a third-party Allow Any rule: every prefix of the additions, then every prefix
// of the removals, each decided for random connections at every host.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <map>
#include <random>
#include <set>
#include <string>

#include "decision/decision.h"
#include "policy/loader.h"
#include "targets/windows/render.h"
#include "testlib/random_policy.h"
#include "testlib/win_eval.h"

namespace bulkhead {
namespace {

namespace win = testing::win;

std::unique_ptr<policy::Model> load_model(const std::string& yaml) {
  Diagnostics diags;
  auto m = policy::load_text(yaml, "random.yaml", diags);
  if (!m) return nullptr;
  return std::make_unique<policy::Model>(std::move(*m));
}

/// A changed policy: one rule dropped, one rule's action flipped, one service port moved,
/// as a security engineer's edit would.
void mutate(policy::Model& m, std::mt19937_64& rng) {
  std::size_t user = 0;
  while (user < m.rules.size() && !m.rules[user].name.starts_with("lateral-movement/")) ++user;
  if (user >= 2) m.rules.erase(m.rules.begin() + static_cast<long>(rng() % user--));
  if (user >= 1) {
    policy::Rule& r = m.rules[rng() % user];
    r.action = r.action == policy::Action::Allow ? policy::Action::Deny : policy::Action::Allow;
  }
}

win::Connection random_connection(const std::vector<Addr>& mine, const std::vector<Addr>& peers,
                                  std::mt19937_64& rng) {
  win::Connection c;
  c.dir = rng() % 2 ? win::Dir::In : win::Dir::Out;
  c.local = mine[rng() % mine.size()];
  std::vector<Addr> same;
  for (const Addr& a : peers)
    if (a.family == c.local.family) same.push_back(a);
  c.remote = same.empty() ? c.local : same[rng() % same.size()];
  switch (rng() % 5) {
    case 0:
      c.proto = Proto::Udp;
      break;
    case 1:
      c.proto = icmp_of(c.local.family);
      c.icmp_type = static_cast<std::uint8_t>(rng() % 4 == 0 ? 8 : rng() % 256);
      return c;
    case 2:
      c.proto = Proto::Other;
      c.ip_protocol = static_cast<std::uint8_t>(rng() % 2 ? 47 : 2 + rng() % 4);
      return c;
    default:
      c.proto = Proto::Tcp;
  }
  const std::uint16_t common[] = {22, 53, 88, 135, 139, 389, 443, 445, 3389, 5985, 5986, 49152};
  std::uint16_t port =
      rng() % 2 ? common[rng() % std::size(common)] : static_cast<std::uint16_t>(rng() % 65536);
  std::uint16_t other = static_cast<std::uint16_t>(1024 + rng() % 60000);
  c.local_port = c.dir == win::Dir::In ? port : other;
  c.remote_port = c.dir == win::Dir::In ? other : port;
  return c;
}

/// Which of `rules` match `c`: (any Block, any Allow).
std::pair<bool, bool> matching(const std::vector<win::Rule>& rules, const win::Connection& c) {
  bool block = false, allow = false;
  for (const win::Rule& r : rules) {
    if (!win::matches(r, c)) continue;
    (r.action == win::Act::Block ? block : allow) = true;
  }
  return {block, allow};
}

bool default_allows(const win::Firewall& fw, const win::Connection& c) {
  return (c.dir == win::Dir::In ? fw.default_in : fw.default_out) == win::Act::Allow;
}

bool same_rule(const win::Rule& a, const win::Rule& b) {
  auto ports = [](const std::vector<win::PortRange>& v) {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
    for (const auto& p : v) out.emplace_back(p.lo, p.hi);
    return out;
  };
  auto addrs = [](const std::vector<win::AddrRange>& v) {
    std::vector<std::tuple<int, u128, u128>> out;
    for (const auto& p : v) out.emplace_back(static_cast<int>(p.family), p.lo, p.hi);
    return out;
  };
  return a.dir == b.dir && a.action == b.action && a.proto == b.proto &&
         a.protocol_number == b.protocol_number && ports(a.local_ports) == ports(b.local_ports) &&
         ports(a.remote_ports) == ports(b.remote_ports) &&
         ports(a.icmp_types) == ports(b.icmp_types) && addrs(a.local) == addrs(b.local) &&
         addrs(a.remote) == addrs(b.remote);
}

std::string connection_text(const win::Connection& c) {
  return fmt::format("{} local {} remote {} proto {} ports {}/{} type {} ipproto {}",
                     c.dir == win::Dir::In ? "in" : "out",
                     format_addr(c.local.family, c.local.value),
                     format_addr(c.remote.family, c.remote.value), proto_name(c.proto),
                     c.local_port, c.remote_port, c.icmp_type, c.ip_protocol);
}

TEST(WindowsUpdateProperty, NeverMoreOpenThanEitherPolicyAndKeepsUnchangedRules) {
  const std::uint64_t base = testing::test_seed("WindowsUpdateProperty.NeverMoreOpen");
  testing::RandomPolicyOptions opts;
  opts.allow_audit = true;
  std::size_t hosts = 0, kept = 0, added = 0, removed = 0, checks = 0;
  for (std::uint64_t k = 0; k < 24; ++k) {
    const std::uint64_t seed = base + k;
    testing::RandomPolicy p = testing::random_policy(seed, opts);
    auto old_model = load_model(p.yaml);
    ASSERT_TRUE(old_model) << "seed " << seed;
    policy::Model new_model = *old_model;
    std::mt19937_64 rng(seed);
    mutate(new_model, rng);
    auto d_old = decision::Decision::resolve(std::move(*old_model));
    auto d_new = decision::Decision::resolve(std::move(new_model));
    const win::Machine machine = win::typical_machine(seed);
    for (std::uint32_t h = 0; h < d_old->model().hosts.size(); ++h) {
      if (!d_old->model().hosts[h].managed) continue;
      targets::RenderRequest req;
      req.host = h;
      Diagnostics diags;
      auto r_old = targets::windows::render(*d_old, req, diags);
      auto r_new = targets::windows::render(*d_new, req, diags);
      ASSERT_TRUE(r_old && r_new) << "seed " << seed;
      std::string err;
      auto f_old = win::parse_powershell(r_old->files.at(0).content, &err);
      ASSERT_TRUE(f_old) << err;
      auto f_new = win::parse_powershell(r_new->files.at(0).content, &err);
      ASSERT_TRUE(f_new) << err;
      ASSERT_TRUE(f_old->keeps_by_identity && f_new->keeps_by_identity);
      ++hosts;

      // What the new script keeps, adds and removes, by identity (the DisplayName).
      std::map<std::string, const win::Rule*> old_by_name;
      for (const win::Rule& r : f_old->rules) old_by_name[r.name] = &r;
      std::set<std::string> new_names;
      std::vector<win::Rule> adds, removes;
      for (const win::Rule& r : f_new->rules) {
        new_names.insert(r.name);
        auto it = old_by_name.find(r.name);
        if (it == old_by_name.end()) {
          adds.push_back(r);
          continue;
        }
        // One identity, one rule: what is kept decides exactly what the new rule would.
        ASSERT_TRUE(same_rule(*it->second, r)) << r.name;
        ++kept;
      }
      for (const win::Rule& r : f_old->rules)
        if (!new_names.count(r.name)) removes.push_back(r);
      added += adds.size();
      removed += removes.size();

      const win::Firewall eff_old = win::apply(*f_old, machine).effective;
      const win::Firewall eff_new = win::apply(*f_new, machine).effective;
      std::vector<Addr> mine = d_old->model().hosts[h].addresses;
      for (const char* a : {"fe80::77:1", "255.255.255.255"}) mine.push_back(*parse_addr(a));
      for (int i = 0; i < 300; ++i) {
        const win::Connection c = random_connection(mine, p.addresses, rng);
        const bool old_ok = win::permits(eff_old, c), new_ok = win::permits(eff_new, c);
        // Additions: the machine, the old rules and a growing prefix of the new ones,
        // under the old profile defaults.
        auto [ob, oa] = matching(machine.rules, c);
        auto [rb, ra] = matching(f_old->rules, c);
        bool block = ob || rb, allow = oa || ra;
        for (std::size_t s = 0; s <= adds.size(); ++s) {
          if (s > 0 && win::matches(adds[s - 1], c))
            (adds[s - 1].action == win::Act::Block ? block : allow) = true;
          const bool ok = !block && (allow || default_allows(*f_old, c));
          ++checks;
          ASSERT_TRUE(!ok || old_ok)
              << "seed " << seed << " host " << h << " after " << s
              << " additions, more open than the old policy: " << connection_text(c);
          ASSERT_TRUE(!(old_ok && new_ok) || ok)
              << "seed " << seed << " host " << h << " after " << s
              << " additions, blocks what both policies permit: " << connection_text(c);
        }
        // Removals: every new rule, the old rules not yet removed, the new defaults.
        auto [nb, na] = matching(f_new->rules, c);
        int left_block = 0, left_allow = 0;
        for (const win::Rule& r : removes)
          if (win::matches(r, c)) ++(r.action == win::Act::Block ? left_block : left_allow);
        for (std::size_t s = 0; s <= removes.size(); ++s) {
          if (s > 0 && win::matches(removes[s - 1], c))
            --(removes[s - 1].action == win::Act::Block ? left_block : left_allow);
          const bool ok = !(ob || nb || left_block > 0) &&
                          (oa || na || left_allow > 0 || default_allows(*f_new, c));
          ++checks;
          ASSERT_TRUE(!ok || new_ok)
              << "seed " << seed << " host " << h << " after " << s
              << " removals, more open than the new policy: " << connection_text(c);
          ASSERT_TRUE(!(old_ok && new_ok) || ok)
              << "seed " << seed << " host " << h << " after " << s
              << " removals, blocks what both policies permit: " << connection_text(c);
        }
        // At the end the host enforces the new script exactly.
        ASSERT_EQ(!(ob || nb) && (oa || na || default_allows(*f_new, c)), new_ok);
      }
    }
  }
  std::cout << "hosts " << hosts << ", rules kept " << kept << ", added " << added << ", removed "
            << removed << ", verdicts checked " << checks << "\n";
  EXPECT_GT(kept, 0u);
  EXPECT_GT(added, 0u);
  EXPECT_GT(removed, 0u);
}

}  // namespace
}  // namespace bulkhead
