// Flows as text: the CSV lines of `bulkhead query --flows` (src,dst,proto,port) and the
// JSON line each flow's verdict is printed as (spec section 7).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "decision/decision.h"

namespace bulkhead::decision {

/// Parses one CSV flow line. Returns nullopt with a reason on a malformed line.
/// Fields: source address, destination address, tcp|udp|icmp|icmpv6, port 0-65535 or, for
/// icmp, the ICMP type 0-255 (optional: echo request). `icmp` with IPv6 addresses is
/// ICMPv6. Surrounding blanks are ignored.
std::optional<Flow> parse_flow_csv(std::string_view line, std::string* why);

/// Appends the query contract's JSON object for one flow (no newline) to `out`.
/// ICMP flows print their type as the port.
void append_verdict_json(const Decision& d, const Flow& f, const Verdict& v, std::string* out);

/// JSON string literal for arbitrary text (quotes, escapes, control characters).
std::string json_quote(std::string_view s);

}  // namespace bulkhead::decision
