// The real nft accepts what bulkhead renders, and the JSON form is the same ruleset.
//
// Every managed host and firewall zone of examples/enterprise and of random policies is
// rendered as text and as JSON; inside one fresh network namespace each text file is
// loaded with `nft -f` and listed, inside another each JSON file with `nft -j -f`, and the
// listings must be identical. The zone tables stay loaded side by side (one router), then
// the uninstall files must remove everything. Nothing runs outside the namespaces; without
// root or nft the tests skip and say why.
#include <gtest/gtest.h>

#include <filesystem>

#include "nft_test_util.h"
#include "testlib/paths.h"
#include "testlib/random_policy.h"

namespace bulkhead {
namespace {

struct Point {
  std::string stem;   // file name without extension
  std::string table;  // "inet bulkhead" or "inet bulkhead_zone_<z>"
  std::string text;
  std::string json;
  std::string uninstall;
};

std::string first_table(const std::string& text) {
  std::size_t at = text.find("\ntable inet ");
  std::size_t end = text.find('\n', at + 1);
  return text.substr(at + 7, end - at - 7);
}

// Renders every managed host and every firewall zone in both formats.
std::vector<Point> render_all(const decision::Decision& d,
                              const targets::nftables::Layout& layout = {}) {
  std::vector<targets::RenderRequest> reqs;
  for (std::uint32_t h = 0; h < d.model().hosts.size(); ++h) {
    if (!d.model().hosts[h].managed) continue;
    targets::RenderRequest r;
    r.host = h;
    reqs.push_back(r);
  }
  for (std::uint32_t z = 1; z < d.zones().size(); ++z) {
    if (!d.zones()[z].firewall) continue;
    targets::RenderRequest r;
    r.zone = z;
    reqs.push_back(r);
  }
  std::vector<Point> out;
  for (targets::RenderRequest req : reqs) {
    Diagnostics diags;
    auto text = nfttest::render(d, req, &diags, /*json=*/false, layout);
    auto json = nfttest::render(d, req, &diags, /*json=*/true, layout);
    req.uninstall = true;
    auto uninstall = nfttest::render(d, req, &diags);
    EXPECT_FALSE(diags.has_errors());
    if (text.size() != 1 || json.size() != 1 || uninstall.size() != 1) {
      ADD_FAILURE() << "render failed";
      continue;
    }
    Point p;
    p.stem = text.begin()->first.substr(0, text.begin()->first.size() - 4);
    p.text = text.begin()->second;
    p.json = json.begin()->second;
    p.uninstall = uninstall.begin()->second;
    p.table = first_table(p.text);
    out.push_back(std::move(p));
  }
  return out;
}

// Loads every point's text (and then its JSON) in fresh namespaces and compares listings.
void check_with_real_nft(const std::vector<Point>& points, const std::string& what) {
  nfttest::TempDir dir;
  std::string text_script, json_script, check_script;
  std::size_t zones = 0;
  for (std::size_t i = 0; i < points.size(); ++i) {
    const Point& p = points[i];
    std::string n = std::to_string(i);
    std::string t = dir.write(n + ".nft", p.text);
    std::string j = dir.write(n + ".json", p.json);
    std::string u = dir.write(n + "-uninstall.nft", p.uninstall);
    std::string out = (dir.path / n).string();
    check_script += "nft -c -f " + t + "\n";
    text_script += "nft -f " + t + "\nnft list table " + p.table + " > " + out + ".text-listing\n";
    json_script +=
        "nft -j -f " + j + "\nnft list table " + p.table + " > " + out + ".json-listing\n";
    if (p.table != "inet bulkhead") ++zones;
  }
  nfttest::Run check = nfttest::in_netns(check_script);
  ASSERT_EQ(check.status, 0) << what << ": nft -c refused a file:\n" << check.output;

  // Every zone table stays loaded beside the last host table (one router, one host).
  std::string tables = (dir.path / "tables").string();
  text_script += "nft list tables > " + tables + "\n";
  for (std::size_t i = 0; i < points.size(); ++i)
    text_script += "nft -f " + (dir.path / (std::to_string(i) + "-uninstall.nft")).string() + "\n";
  text_script += "nft list tables > " + tables + ".after\n";
  nfttest::Run text = nfttest::in_netns(text_script);
  ASSERT_EQ(text.status, 0) << what << ":\n" << text.output;
  nfttest::Run json = nfttest::in_netns(json_script);
  ASSERT_EQ(json.status, 0) << what << ":\n" << json.output;

  for (std::size_t i = 0; i < points.size(); ++i) {
    std::string base = (dir.path / std::to_string(i)).string();
    std::string a = testing::read_file(base + ".text-listing");
    std::string b = testing::read_file(base + ".json-listing");
    EXPECT_FALSE(a.empty()) << points[i].stem;
    EXPECT_EQ(a, b) << what << ": " << points[i].stem << ": text and JSON load differently";
  }
  std::string listed = testing::read_file(tables);
  std::size_t loaded = std::count(listed.begin(), listed.end(), '\n');
  bool any_host = std::any_of(points.begin(), points.end(),
                              [](const Point& p) { return p.table == "inet bulkhead"; });
  EXPECT_EQ(loaded, zones + (any_host ? 1 : 0)) << listed;
  EXPECT_EQ(testing::read_file(tables + ".after"), "") << "uninstall left tables behind";
}

TEST(NftReal, EnterpriseLoadsAndJsonMatchesText) {
  if (auto why = nfttest::netns_unavailable()) GTEST_SKIP() << *why;
  std::string dir = testing::source_dir() + "/examples/enterprise";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "examples/enterprise is absent";
  Diagnostics diags;
  std::optional<policy::Model> m = policy::load({dir}, diags);
  ASSERT_TRUE(m) << "examples/enterprise does not load";
  auto d = decision::Decision::resolve(std::move(*m));
  std::vector<Point> points = render_all(*d);
  EXPECT_GT(points.size(), 10u);
  check_with_real_nft(points, "examples/enterprise");
}

TEST(NftReal, RandomPoliciesLoadAndJsonMatchesText) {
  if (auto why = nfttest::netns_unavailable()) GTEST_SKIP() << *why;
  const std::uint64_t base = testing::test_seed("NftReal.RandomPoliciesLoadAndJsonMatchesText");
  for (int i = 0; i < 30; ++i) {
    const std::uint64_t seed = base + static_cast<std::uint64_t>(i);
    testing::RandomPolicyOptions opts;
    opts.allow_audit = i % 2 == 0;
    testing::RandomPolicy p = testing::random_policy(seed, opts);
    auto d = nfttest::decide(p.yaml, "random.yaml");
    ASSERT_TRUE(d) << "seed " << seed;
    std::vector<Point> points = render_all(*d);
    if (points.empty()) continue;
    check_with_real_nft(points, "seed " + std::to_string(seed) + "\n" + p.yaml);
    if (HasFailure()) return;
  }
}

// The map form (peer maps, peer-group chains with port lookups, per-rule chains) for
// every chain of large random policies, some hosts with addresses outside their zone.
TEST(NftReal, RandomPoliciesInTheMapFormLoadAndJsonMatchesText) {
  if (auto why = nfttest::netns_unavailable()) GTEST_SKIP() << *why;
  const std::uint64_t base =
      testing::test_seed("NftReal.RandomPoliciesInTheMapFormLoadAndJsonMatchesText");
  targets::nftables::Layout always;
  always.map_min_rules = 0;
  std::size_t lookups = 0;
  for (int i = 0; i < 12; ++i) {
    const std::uint64_t seed = base + static_cast<std::uint64_t>(i);
    testing::RandomPolicyOptions opts;
    opts.allow_audit = i % 2 == 0;
    opts.max_rules = 40;
    opts.max_hosts = 20;
    testing::RandomPolicy p = testing::random_policy(seed, opts);
    auto d = nfttest::decide(p.yaml, "random.yaml");
    ASSERT_TRUE(d) << "seed " << seed;
    std::vector<Point> points = render_all(*d, always);
    if (points.empty()) continue;
    for (const Point& pt : points) lookups += pt.text.find(" vmap @") != std::string::npos;
    check_with_real_nft(points, "seed " + std::to_string(seed) + "\n" + p.yaml);
    if (HasFailure()) return;
  }
  EXPECT_GT(lookups, 0u);
}

}  // namespace
}  // namespace bulkhead
