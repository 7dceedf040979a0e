// The shipped example, examples/enterprise, rendered for every Windows host and read back:
// both forms must permit exactly what the Decision permits, on every zone edge, every
// inventory address and every service port the policy names. (tests/golden/windows pins
// the text; this pins the meaning.)
#include <gtest/gtest.h>

#include <set>

#include "testlib/paths.h"
#include "testlib/random_policy.h"
#include "unit/windows/helpers.h"

namespace bulkhead::windows_test {
namespace {

TEST(WindowsExample, EnterpriseScriptsAreExact) {
  Diagnostics diags;
  auto model = policy::load({testing::source_dir() + "/examples/enterprise"}, diags);
  ASSERT_TRUE(model.has_value()) << "examples/enterprise does not load";
  auto d = decision::Decision::resolve(std::move(*model));

  // Remote addresses: every inventory address, every zone's edges, a few outsiders.
  std::set<std::string> remotes = {"0.0.0.0",   "8.8.8.8",          "198.51.100.7",
                                   "192.0.2.1", "203.0.113.9",      "255.255.255.255",
                                   "::",        "2001:db8:ffff::1", "2001:db8:10::99"};
  for (const policy::Host& h : d->model().hosts)
    for (const Addr& a : h.addresses) remotes.insert(a.str());
  for (const policy::Zone& z : d->model().zones) {
    for (const Prefix& p : z.cidrs) {
      remotes.insert(Addr{p.base.family, p.first()}.str());
      remotes.insert(Addr{p.base.family, p.last()}.str());
      if (p.first() > 0) remotes.insert(Addr{p.base.family, p.first() - 1}.str());
    }
  }
  remotes.insert("10.30.255.1");
  // Ports: every edge of every service a rule names.
  std::set<std::uint16_t> ports = {0, 1, 65535};
  for (const policy::Rule& r : d->model().rules) {
    ServiceSet keys = r.keys();
    for (const auto& iv : keys.intervals()) {
      for (std::uint32_t k : {iv.lo, iv.hi}) {
        if (key_proto(k) != Proto::Tcp && key_proto(k) != Proto::Udp) continue;
        std::uint32_t port = key_port(k);
        for (std::uint32_t q : {port - 1, port, port + 1})
          if (q <= 65535) ports.insert(static_cast<std::uint16_t>(q));
      }
    }
  }
  // Every edge by default; under BULKHEAD_PROPERTY_SCALE < 1 (the sanitizer run) an evenly
  // spread share of the remote addresses, every host and port still checked.
  std::vector<std::string> remote_list;
  const std::size_t keep = testing::scaled_count(remotes.size());
  std::size_t i = 0;
  for (const std::string& r : remotes)
    if (i++ * keep % remotes.size() < keep) remote_list.push_back(r);
  std::vector<std::uint16_t> port_list(ports.begin(), ports.end());

  targets::RenderRequest all;
  all.all = true;
  targets::RenderResult r = render(*d, all);
  ASSERT_EQ(r.files.size(), 13u);
  std::size_t checked = 0;
  for (const targets::RenderedFile& f : r.files) {
    std::string host = f.name.substr(0, f.name.size() - 4);
    SCOPED_TRACE(host);
    checked += expect_exact(*d, host, remote_list, port_list);
    if (::testing::Test::HasFailure()) return;
  }
  EXPECT_GT(checked, testing::scaled_count(100000));
}

}  // namespace
}  // namespace bulkhead::windows_test
