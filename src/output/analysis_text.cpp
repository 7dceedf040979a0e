// Shared pieces of the analysis writers: the JSON shape of a counterexample flow
// matches the query contract (spec section 7) plus the endpoints' host names and the
// reason, so a script can feed it back to `bulkhead query`.
// Each helper is O(size of what it prints).
#include "output/analysis_text.h"

#include <fmt/format.h>

namespace bulkhead::output {

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
  return ojson{{"hosts", p.hosts},
               {"addresses_v4", count_json(p.addresses_v4)},
               {"addresses_v6", count_json(p.addresses_v6)},
               {"internet", p.internet}};
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

ojson intent_example_json(const decision::Decision& d, const analysis::FlowExample& ex,
                          bool want_blocked) {
  ojson out;
  out["src"] = endpoint_json(d, ex.src);
  out["dst"] = endpoint_json(d, ex.dst);
  out["proto"] = std::string(proto_name(key_proto(ex.key)));
  out["port"] =
      key_proto(ex.key) == Proto::Icmp || key_proto(ex.key) == Proto::Other ? 0 : key_port(ex.key);
  out["expected"] = want_blocked ? "blocked" : "reachable";
  out["verdict"] = ex.verdict.reachable ? "reachable" : "blocked";
  out["tier"] = std::string(decision::tier_name(ex.verdict.tier));
  if (ex.verdict.rule == decision::kNoRule) {
    out["rule"] = nullptr;
    out["at"] = nullptr;
  } else {
    const policy::Rule& r = *d.rules()[ex.verdict.rule].rule;
    out["rule"] = r.name;
    out["at"] = r.loc.file_line();
  }
  ojson full = example_json(d, ex);
  out["decided_by"] = full["decided_by"];
  out["point"] = full["point"];
  out["why"] = full["why"];
  return out;
}

std::string closes_text(const analysis::RootCause& rc, const std::string& noun) {
  const std::size_t n = rc.findings.size();
  if (rc.remain == 0) return fmt::format("closes {} {}{}", n, noun, n == 1 ? "" : "s");
  if (rc.closes == 0) return fmt::format("partly closes {} {}{}", n, noun, n == 1 ? "" : "s");
  return fmt::format("closes {} of {} {}s", rc.closes, n, noun);
}

ojson cause_json(const decision::Decision& d, const analysis::RootCause& rc) {
  ojson j;
  j["kind"] = std::string(analysis::cause_kind_name(rc.key.kind));
  j["title"] = rc.title;
  j["fix"] = rc.fix;
  j["at"] = rc.loc.file_line();
  j["risk"] = std::string(analysis::risk_name(rc.risk));
  j["score"] = rc.score;
  j["why"] = rc.why;
  j["findings"] = rc.findings.size();
  j["closes"] = rc.closes;
  j["remain"] = rc.remain;
  j["services"] = rc.services;
  j["to"] = d.classes()[rc.top_dst].name;
  j["sources"] = rc.top_sources;
  j["example"] = rc.example ? example_json(d, *rc.example) : ojson();
  return j;
}

std::string cause_text(const decision::Decision& d, const analysis::RootCause& rc, std::size_t rank,
                       const std::string& closes) {
  std::string out =
      fmt::format("  {:>2}. {:<8}  {}\n", rank, analysis::risk_name(rc.risk), rc.title);
  if (!rc.why.empty()) out += fmt::format("      why: {}\n", rc.why);
  out += fmt::format("      fix: {}  [{}]\n", rc.fix, rc.loc.file_line());
  out += fmt::format("      {}", closes);
  if (rc.example)
    out += fmt::format("; e.g. {}: {}", analysis::flow_text(d, *rc.example),
                       rc.example->verdict.reachable ? "reachable" : "blocked");
  return out + "\n";
}

std::string rule_text(const decision::Decision& d, std::uint32_t rule) {
  const policy::Rule& r = *d.rules()[rule].rule;
  return fmt::format("{} ({})", r.name, r.loc.file_line());
}

std::string rules_text(const decision::Decision& d, const std::vector<std::uint32_t>& rules,
                       std::size_t max) {
  std::string out;
  for (std::size_t i = 0; i < rules.size() && i < max; ++i) {
    if (!out.empty()) out += ", ";
    out += rule_text(d, rules[i]);
  }
  if (rules.size() > max) out += fmt::format(", and {} more", rules.size() - max);
  return out;
}

std::string count_noun(std::uint64_t n, std::string_view noun) {
  return fmt::format("{} {}{}", analysis::count_text(n), noun, n == 1 ? "" : "s");
}

std::string example_text(const decision::Decision& d, const analysis::FlowExample& ex) {
  return fmt::format("{}: {}", analysis::flow_text(d, ex), analysis::deciding_text(d, ex));
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

}  // namespace bulkhead::output
