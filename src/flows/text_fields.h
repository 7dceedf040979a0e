// Small, allocation-free text helpers shared by the flow readers: splitting a line into
// fields, numbers, addresses, protocol and action words, and timestamps. Each returns false
// (or nullopt) on text it does not accept; none throws and none allocates.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "base/ip.h"
#include "flows/record.h"

namespace bulkhead::flows {

/// Splits `s` at every `sep` into out[0..max). Returns the number of fields, or max + 1 when
/// there are more (out then holds the first max).
std::size_t split_fields(std::string_view s, char sep, std::string_view* out, std::size_t max);
/// Like split_fields, but runs of blanks (space, tab) separate fields and leading/trailing
/// blanks are ignored.
std::size_t split_blanks(std::string_view s, std::string_view* out, std::size_t max);

/// A column a reader looks for in a header line (`#Fields:`, `#fields`): its name, and where
/// its position goes.
struct FieldColumn {
  std::string_view name;
  int* index;
};
/// Sets each column's index to the position of its name among names[0..n) (the last one
/// when a name repeats), or -1 when the header lacks it. O(n · columns), header lines only.
void find_columns(const std::string_view* names, std::size_t n,
                  std::initializer_list<FieldColumn> columns);

/// `s` without surrounding spaces, tabs and carriage returns.
std::string_view trim_blanks(std::string_view s);

/// Decimal digits only, no sign, no overflow.
bool parse_u64(std::string_view s, std::uint64_t* out);
/// Decimal, at most `max`.
bool parse_bounded(std::string_view s, std::uint64_t max, std::uint64_t* out);
/// Optional '-' then digits.
bool parse_i64(std::string_view s, std::int64_t* out);
/// A non-negative decimal with an optional fraction ("1541117137.618695"): the whole
/// seconds (the fraction is dropped).
bool parse_seconds(std::string_view s, std::int64_t* out);

/// An IPv4 or IPv6 address; IPv4 dotted quads take a fast path (no inet_pton).
std::optional<Addr> parse_address(std::string_view s);

/// Protocol names as logs write them (tcp, udp, icmp, icmpv6/ipv6-icmp, sctp, any case) or a
/// decimal number 0-255. `icmp` is ICMPv6 when `v6`.
bool parse_protocol(std::string_view s, bool v6, std::uint8_t* out);
/// Whether flows of the protocol have ports (TCP, UDP, UDP-Lite, SCTP, DCCP).
constexpr bool has_port_numbers(std::uint8_t proto) {
  return proto == 6 || proto == 17 || proto == 136 || proto == 132 || proto == 33;
}
/// Whether the protocol is ICMP or ICMPv6.
constexpr bool is_icmp(std::uint8_t proto) {
  return proto == 1 || proto == 58;
}

/// ACCEPT/ALLOW/ALLOWED/A/PERMIT → Accepted; REJECT/DROP/DENY/DENIED/BLOCK/D → Rejected (any
/// case); anything else Unknown.
Observed parse_observed(std::string_view s);

/// Days from 1970-01-01 to the civil date (proleptic Gregorian).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d);
/// "YYYY-MM-DD" and "HH:MM:SS" (UTC assumed) → Unix seconds.
bool parse_date_time(std::string_view date, std::string_view time, std::int64_t* out);
/// RFC 3339 / ISO 8601: "YYYY-MM-DDTHH:MM:SS[.frac][Z|±HH:MM]" (a space may stand for
/// the T; no zone means UTC) → Unix seconds, fraction dropped.
bool parse_rfc3339(std::string_view s, std::int64_t* out);

/// A field as quoted in a message: control characters escaped and at most 64 bytes, so
/// every message stays one short line whatever the input holds.
std::string shown(std::string_view field);

}  // namespace bulkhead::flows
