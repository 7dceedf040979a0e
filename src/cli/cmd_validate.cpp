// bulkhead validate: loads a policy (every file and directory given), reports every error
// and warning on stderr, and on success prints a short summary of what the policy holds:
// files, zones, hosts by label, services used, rules by tier, expectations. Exit 0 when
// valid, 2 on any error.
#include <algorithm>
#include <iostream>
#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "base/text.h"
#include "cli/common.h"
#include "decision/decision.h"
#include "output/json_text.h"

namespace bulkhead::cli {

using output::json_text;
namespace {

struct ValidateOptions {
  std::vector<std::string> policy;
  std::string format;
};

/// What the summary reports, computed once for both formats.
struct Summary {
  int managed = 0;
  std::map<std::string, int> labels;      ///< "key=value" -> hosts
  std::vector<std::string> services;      ///< catalog services used, catalog order, then inline
  std::map<std::string, int> user_rules;  ///< tier name -> user rules
  int baseline_rules = 0;
  std::size_t rules = 0;  ///< written in the policy or expanded from its baselines
};

Summary summarize(const policy::Model& m) {
  Summary s;
  for (const policy::Host& h : m.hosts) {
    if (h.managed) ++s.managed;
    for (const auto& [k, v] : h.labels) ++s.labels[k + "=" + v];
  }
  std::vector<std::string> used, inline_forms;
  for (const policy::Rule& r : m.rules) {
    // The anti-lockout rule is compiled by the Decision, not written in the policy.
    if (r.origin.baseline == "anti-lockout") continue;
    ++s.rules;
    if (r.origin.baseline.empty()) {
      ++s.user_rules[std::string(policy::action_name(r.action))];
    } else {
      ++s.baseline_rules;
    }
    for (const policy::ServiceRef& ref : r.services) {
      if (ref.names.empty()) {
        if (std::find(inline_forms.begin(), inline_forms.end(), ref.text) == inline_forms.end())
          inline_forms.push_back(ref.text);
      }
      for (const std::string& n : ref.names) used.push_back(n);
    }
  }
  for (const policy::Service& svc : m.services) {
    if (std::find(used.begin(), used.end(), svc.name) != used.end()) s.services.push_back(svc.name);
  }
  s.services.insert(s.services.end(), inline_forms.begin(), inline_forms.end());
  return s;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& i : items) out += (out.empty() ? "" : ", ") + i;
  return out;
}

std::string cidr_list(const policy::Zone& z) {
  std::vector<std::string> cidrs;
  for (const Prefix& p : z.cidrs) cidrs.push_back(p.str());
  return joined(cidrs);
}

int tier_count(const Summary& s, std::string_view tier) {
  auto it = s.user_rules.find(std::string(tier));
  return it == s.user_rules.end() ? 0 : it->second;
}

void print_text(const policy::Model& m, const Summary& s, int warnings) {
  std::cout << fmt::format("policy {}: valid\n", m.name.empty() ? "(unnamed)" : m.name);
  std::cout << fmt::format("files: {}\n", escape_controls(joined(m.files)));
  std::cout << fmt::format("zones: {}\n", m.zones.size());
  std::size_t width = 0;
  for (const policy::Zone& z : m.zones) width = std::max(width, z.name.size());
  for (const policy::Zone& z : m.zones) {
    std::cout << fmt::format("  {:<{}}  {}{}\n", z.name, width, cidr_list(z),
                             z.firewall ? "  (firewall)" : "");
  }
  std::cout << fmt::format("hosts: {} ({} managed, {} unmanaged)\n", m.hosts.size(), s.managed,
                           static_cast<int>(m.hosts.size()) - s.managed);
  width = 0;
  for (const auto& [label, n] : s.labels) width = std::max(width, label.size());
  for (const auto& [label, n] : s.labels)
    std::cout << fmt::format("  {:<{}}  {}\n", label, width, n);
  std::cout << fmt::format("services used by rules: {}\n",
                           s.services.empty() ? "none" : joined(s.services));
  std::vector<std::string> baselines;
  for (const policy::BaselineRef& b : m.baselines) {
    std::size_t rows = 0;
    for (const policy::Rule& r : m.rules) rows += r.origin.baseline == b.name;
    baselines.push_back(fmt::format("{} {}", b.name, rows));
  }
  std::cout << fmt::format("rules: {} (allow {}, deny {}, override-deny {}; baseline rows {}{})\n",
                           s.rules, tier_count(s, "allow"), tier_count(s, "deny"),
                           tier_count(s, "override-deny"), s.baseline_rules,
                           baselines.empty() ? "" : ": " + joined(baselines));
  std::cout << fmt::format("expects: {}\n", m.expects.size());
  std::cout << fmt::format("warnings: {}\n", warnings);
}

void print_json(const policy::Model& m, const Summary& s, int warnings) {
  using nlohmann::ordered_json;
  ordered_json out;
  out["valid"] = true;
  out["name"] = m.name.empty() ? ordered_json(nullptr) : ordered_json(m.name);
  out["files"] = m.files;
  out["zones"] = ordered_json::array();
  for (const policy::Zone& z : m.zones) {
    std::vector<std::string> cidrs;
    for (const Prefix& p : z.cidrs) cidrs.push_back(p.str());
    out["zones"].push_back({{"name", z.name}, {"cidrs", cidrs}, {"firewall", z.firewall}});
  }
  ordered_json labels = ordered_json::object();
  for (const auto& [label, n] : s.labels) labels[label] = n;
  out["hosts"] = {{"total", m.hosts.size()},
                  {"managed", s.managed},
                  {"unmanaged", static_cast<int>(m.hosts.size()) - s.managed},
                  {"labels", labels}};
  out["services"] = s.services;
  std::vector<std::string> baselines;
  for (const policy::BaselineRef& b : m.baselines) baselines.push_back(b.name);
  out["rules"] = {{"total", s.rules},
                  {"allow", tier_count(s, "allow")},
                  {"deny", tier_count(s, "deny")},
                  {"override-deny", tier_count(s, "override-deny")},
                  {"baseline", s.baseline_rules},
                  {"baselines", baselines}};
  out["expects"] = m.expects.size();
  out["warnings"] = warnings;
  std::cout << json_text(out, 2) << '\n';
}

void run(const ValidateOptions& o) {
  Diagnostics diags;
  std::optional<policy::Model> loaded = load_policy(o.policy, diags);
  if (!loaded) return;
  int warnings = static_cast<int>(diags.all().size()) - diags.error_count();
  auto d = decision::Decision::resolve(std::move(*loaded));
  warnings += print_host_warnings(*d);
  const policy::Model* m = &d->model();
  Summary s = summarize(*m);
  if (o.format == "json") {
    print_json(*m, s, warnings);
  } else {
    print_text(*m, s, warnings);
  }
}

}  // namespace

void add_validate(CLI::App& app) {
  auto opts = std::make_shared<ValidateOptions>();
  CLI::App* sub = app.add_subcommand(
      "validate", "check a policy and summarise it; every error is listed with file:line:column");
  sub->add_option("policy", opts->policy, "policy files or directories")->required();
  add_format(sub, &opts->format, {"text", "json"});
  sub->callback([opts] { run(*opts); });
}

}  // namespace bulkhead::cli
