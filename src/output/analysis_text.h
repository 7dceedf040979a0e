// Shared pieces of the analysis writers (verify, exposure, blast-radius, diff, coverage,
// the report): JSON and text forms of counterexample flows, rules, root causes and
// populations.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "analysis/findings.h"
#include "analysis/root_cause.h"
#include "decision/decision.h"

namespace bulkhead::output {

using ojson = nlohmann::ordered_json;

/// A count as a JSON number when exact in a double (< 2^53), else as a decimal string.
ojson count_json(u128 n);
/// {"hosts": n, "addresses_v4": n, "addresses_v6": n, "internet": bool}: each family
/// counted on its own.
ojson population_json(const analysis::Population& p);
/// {"name", "action", "at"} of a compiled rule.
ojson rule_json(const decision::Decision& d, std::uint32_t rule);
/// Rules as a JSON array.
ojson rules_json(const decision::Decision& d, const std::vector<std::uint32_t>& rules);
/// {"host": name|null, "address": "..."}
ojson endpoint_json(const decision::Decision& d, const analysis::Endpoint& e);
/// A counterexample: endpoints, proto, port, the verdict (as `bulkhead query` prints it:
/// tier, reachable, intended, rule, at) and what decided it.
ojson example_json(const decision::Decision& d, const analysis::FlowExample& ex);
/// A failed intent's counterexample: the flow, what the intent expects of it, the flow's
/// verdict and what decided it ({"expected": "blocked", "verdict": "reachable",
/// "tier", "rule", "at", "decided_by", "point", "why"}).
ojson intent_example_json(const decision::Decision& d, const analysis::FlowExample& ex,
                          bool want_blocked);
/// A root cause: kind, title, fix, location, risk, score, why, counts, services, example.
ojson cause_json(const decision::Decision& d, const analysis::RootCause& rc);
/// A root cause for tables, four lines: rank, risk and title; why; fix and where; what it
/// closes (`closes_text`, e.g. "closes 34 of 36 gaps") and an example flow.
std::string cause_text(const decision::Decision& d, const analysis::RootCause& rc, std::size_t rank,
                       const std::string& closes_text);
/// "closes 34 findings" / "closes 34 of 36 findings (2 stay: ...)": what a fix closes.
std::string closes_text(const analysis::RootCause& rc, const std::string& noun);
/// "name (file:line)" of a compiled rule.
std::string rule_text(const decision::Decision& d, std::uint32_t rule);
/// "rule NAME (file:line)"-style list for tables: "a (f:1), b (f:2)".
std::string rules_text(const decision::Decision& d, const std::vector<std::uint32_t>& rules,
                       std::size_t max = 4);
/// "3 hosts", "1 host", "1,234 hosts": a count (count_text) and its noun, plural unless 1.
std::string count_noun(std::uint64_t n, std::string_view noun);
/// "ws-01 (10.1.0.5) -> fs-01 (10.10.0.5) tcp/445: rule x (file:line)": an example flow
/// and what decided it.
std::string example_text(const decision::Decision& d, const analysis::FlowExample& ex);
/// "allow (rule x at f:3)" etc.: verdict text for tables.
std::string verdict_text(const decision::Decision& d, const decision::Verdict& v);

}  // namespace bulkhead::output
