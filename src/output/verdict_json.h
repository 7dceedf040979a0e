// Flow verdicts as text: the JSON line each flow's verdict is written as by `query`
// (spec section 7), written by hand for the batch path (millions of lines, no allocation
// beyond the output), the Record-to-Flow step that puts a read flow to the Decision, and
// the JSON of the read statistics every flow command reports the same way.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "decision/decision.h"
#include "flows/reader.h"
#include "flows/record.h"

namespace bulkhead::output {

/// Appends the query contract's JSON object for one flow (no newline) to `out`.
/// ICMP flows print their type as the port.
void append_verdict_json(const decision::Decision& d, const decision::Flow& f,
                         const decision::Verdict& v, std::string* out);

/// JSON string literal for arbitrary text (quotes, escapes, control characters; bytes that
/// are not UTF-8 become U+FFFD).
std::string json_quote(std::string_view s);

/// The Decision's flow for a read record: TCP/UDP at the destination port, ICMP/ICMPv6 at
/// the type (echo request when the record has none), any other protocol as "other" at its
/// number. nullopt when the two addresses are of different families or the protocol does
/// not exist in their family (ICMP with IPv6, ICMPv6 with IPv4).
std::optional<decision::Flow> query_flow(const flows::Record& r);

/// The `read` object of the flow commands' JSON: records, malformed, skipped, bytes, files
/// and first_errors (the first malformed lines as "file:line: message").
nlohmann::ordered_json read_stats_json(const flows::ReadStats& s);

}  // namespace bulkhead::output
