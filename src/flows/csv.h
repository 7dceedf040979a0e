// The plain CSV flow line: src,dst,proto[,port[,action[,time]]] (the lines of
// `bulkhead query --flows` and of `flows` commands given --format csv).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/ip.h"
#include "flows/record.h"

namespace bulkhead::flows {

/// Resolves an endpoint written as a name (an inventory host) to its addresses.
using NameResolver = std::function<std::vector<Addr>(std::string_view name)>;

/// Parses one CSV flow line (no comment, not blank). Returns false with a one-line reason
/// in *why on a malformed line. Fields, surrounding blanks ignored:
///   src, dst   addresses of one family (or names `resolve` knows, when given: the first
///              pair of addresses of one family is taken);
///   proto      tcp, udp, icmp (ICMPv6 with IPv6 addresses), icmpv6, or a number 0-255;
///   port       0-65535, or for ICMP the type 0-255 (empty or absent: echo request);
///   action     optional: accept/allow or reject/drop/deny (empty: unknown);
///   time       optional: Unix seconds or RFC 3339.
bool parse_csv_flow(std::string_view line, Record* out, std::string* why,
                    const NameResolver* resolve = nullptr);

}  // namespace bulkhead::flows
