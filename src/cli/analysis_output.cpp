// Shared output pieces of the analysis commands: the JSON shape of a counterexample flow
// matches the query contract (spec section 7) plus the endpoints' host names and the
// reason, so a script can feed it back to `bulkhead query`.
// Each helper is O(size of what it prints).
#include "cli/analysis_output.h"

#include <fmt/format.h>

#include "cli/common.h"

namespace bulkhead::cli {

std::shared_ptr<const decision::Decision> load_decision(const std::vector<std::string>& paths) {
  auto model = load_policy(paths);
  if (!model) return nullptr;
  return decision::Decision::resolve(std::move(*model));
}

ojson count_json(u128 n) {
  if (n < (u128{1} << 53)) return static_cast<std::uint64_t>(n);
  // Decimal text of a 128-bit value.
  std::string digits;
  while (n > 0) {
    digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(n % 10)));
    n /= 10;
  }
  return digits;
}

ojson population_json(const analysis::Population& p) {
  return ojson{
      {"hosts", p.hosts}, {"addresses", count_json(p.addresses)}, {"internet", p.internet}};
}

ojson rule_json(const decision::Decision& d, std::uint32_t rule) {
  const policy::Rule& r = *d.rules()[rule].rule;
  return ojson{
      {"name", r.name}, {"action", policy::action_name(r.action)}, {"at", r.loc.file_line()}};
}

ojson rules_json(const decision::Decision& d, const std::vector<std::uint32_t>& rules) {
  ojson out = ojson::array();
  for (std::uint32_t r : rules) out.push_back(rule_json(d, r));
  return out;
}

ojson endpoint_json(const decision::Decision& d, const analysis::Endpoint& e) {
  ojson out;
  if (e.host == decision::kNoHost) {
    out["host"] = nullptr;
  } else {
    out["host"] = d.model().hosts[static_cast<std::size_t>(e.host)].name;
  }
  out["address"] = e.addr.str();
  out["class"] = d.classes()[e.cls].name;
  return out;
}

ojson example_json(const decision::Decision& d, const analysis::FlowExample& ex) {
  ojson out;
  out["src"] = endpoint_json(d, ex.src);
  out["dst"] = endpoint_json(d, ex.dst);
  out["proto"] = std::string(proto_name(key_proto(ex.key)));
  out["port"] =
      key_proto(ex.key) == Proto::Icmp || key_proto(ex.key) == Proto::Other ? 0 : key_port(ex.key);
  out["tier"] = std::string(decision::tier_name(ex.verdict.tier));
  out["reachable"] = ex.verdict.reachable;
  out["intended"] = ex.verdict.intended;
  if (ex.verdict.rule == decision::kNoRule) {
    out["rule"] = nullptr;
    out["at"] = nullptr;
  } else {
    const policy::Rule& r = *d.rules()[ex.verdict.rule].rule;
    out["rule"] = r.name;
    out["at"] = r.loc.file_line();
  }
  switch (ex.why.by) {
    case analysis::DecidedBy::Rule:
      out["decided_by"] = "rule";
      break;
    case analysis::DecidedBy::Default:
      out["decided_by"] = "default";
      break;
    case analysis::DecidedBy::NoPoint:
      out["decided_by"] = "no-point";
      break;
  }
  if (ex.why.point) {
    out["point"] = analysis::point_text(d, *ex.why.point, ex);
  } else {
    out["point"] = nullptr;
  }
  out["why"] = analysis::deciding_text(d, ex);
  return out;
}

std::string rules_text(const decision::Decision& d, const std::vector<std::uint32_t>& rules,
                       std::size_t max) {
  std::string out;
  for (std::size_t i = 0; i < rules.size() && i < max; ++i) {
    const policy::Rule& r = *d.rules()[rules[i]].rule;
    if (!out.empty()) out += ", ";
    out += fmt::format("{} ({})", r.name, r.loc.file_line());
  }
  if (rules.size() > max) out += fmt::format(", and {} more", rules.size() - max);
  return out;
}

std::string verdict_text(const decision::Decision& d, const decision::Verdict& v) {
  std::string out = v.reachable ? "reachable" : "blocked";
  out += fmt::format(" (tier {}", decision::tier_name(v.tier));
  if (v.rule != decision::kNoRule) {
    const policy::Rule& r = *d.rules()[v.rule].rule;
    out += fmt::format(", rule {} at {}", r.name, r.loc.file_line());
  }
  return out + ")";
}

}  // namespace bulkhead::cli
