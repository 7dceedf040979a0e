// The CSV reader: one flow per line, `#` starts a comment, blank lines are skipped, and a
// first line "src,dst,..." is taken as a header. Parsing splits the line in place (no
// allocation unless the line is malformed), so this path keeps up with the AWS reader.
#include <cstring>

#include <fmt/format.h>

#include "base/service_key.h"
#include "flows/csv.h"
#include "flows/read_context.h"
#include "flows/text_fields.h"

namespace bulkhead::flows {
namespace {

/// The longest CSV flow line: a flow is under 100 bytes, and `query --flows` has always
/// refused longer lines.
constexpr std::size_t kMaxCsvLine = 4096;

/// The addresses of one endpoint field: the address, or a name's addresses.
bool endpoint(std::string_view text, const NameResolver* resolve, std::vector<Addr>* named,
              Addr* one) {
  if (std::optional<Addr> a = parse_address(text)) {
    *one = *a;
    return true;
  }
  if (resolve != nullptr && *resolve) {
    *named = (*resolve)(text);
    if (!named->empty()) {
      *one = named->front();
      return true;
    }
  }
  return false;
}

}  // namespace

bool parse_csv_flow(std::string_view line, Record* out, std::string* why,
                    const NameResolver* resolve) {
  std::string_view f[6];
  const std::size_t n = split_fields(line, ',', f, 6);
  if (n > 6) {
    *why = "too many fields: expected src,dst,proto,port[,action[,time]]";
    return false;
  }
  for (std::size_t i = 0; i < n; ++i) f[i] = trim_blanks(f[i]);
  const bool icmp_text = f[2] == "icmp" || f[2] == "icmpv6";
  std::uint64_t proto_number = 0;
  const bool numbered = n >= 3 && parse_bounded(f[2], 255, &proto_number);
  const bool portless = numbered && !has_port_numbers(static_cast<std::uint8_t>(proto_number)) &&
                        !is_icmp(static_cast<std::uint8_t>(proto_number));
  if (n < 3 || (n == 3 && !icmp_text && !portless)) {
    *why = "too few fields: expected src,dst,proto,port";
    return false;
  }
  Addr src, dst;
  std::vector<Addr> src_named, dst_named;
  if (!endpoint(f[0], resolve, &src_named, &src)) {
    *why = fmt::format("invalid source address '{}'", shown(f[0]));
    return false;
  }
  if (!endpoint(f[1], resolve, &dst_named, &dst)) {
    *why = fmt::format("invalid destination address '{}'", shown(f[1]));
    return false;
  }
  if (src.family != dst.family && (!src_named.empty() || !dst_named.empty())) {
    // A named host takes its address of the other side's family.
    const std::vector<Addr> s = src_named.empty() ? std::vector<Addr>{src} : src_named;
    const std::vector<Addr> d = dst_named.empty() ? std::vector<Addr>{dst} : dst_named;
    bool found = false;
    for (const Addr& a : s) {
      for (const Addr& b : d) {
        if (a.family == b.family) {
          src = a;
          dst = b;
          found = true;
          break;
        }
      }
      if (found) break;
    }
  }
  if (src.family != dst.family) {
    *why = fmt::format("source {} and destination {} are of different address families",
                       src_named.empty() ? shown(f[0]) : src.str(),
                       dst_named.empty() ? shown(f[1]) : dst.str());
    return false;
  }
  const bool v6 = src.family == Family::V6;
  std::uint8_t proto = 0;
  if (numbered) {
    proto = static_cast<std::uint8_t>(proto_number);
  } else if (f[2] == "tcp") {
    proto = 6;
  } else if (f[2] == "udp") {
    proto = 17;
  } else if (f[2] == "icmp") {
    proto = v6 ? 58 : 1;
  } else if (f[2] == "icmpv6") {
    proto = 58;
  } else {
    *why = fmt::format("invalid protocol '{}': expected tcp, udp, icmp, icmpv6 or a number",
                       shown(f[2]));
    return false;
  }
  if ((proto == 58 && !v6) || (proto == 1 && v6)) {
    *why = fmt::format("protocol {} with {} addresses {} and {}", proto == 58 ? "icmpv6" : "icmp",
                       v6 ? "IPv6" : "IPv4", shown(f[0]), shown(f[1]));
    return false;
  }
  Record r;
  r.src = src;
  r.dst = dst;
  r.protocol = proto;
  const std::string_view port_text = n >= 4 ? f[3] : std::string_view();
  if (is_icmp(proto)) {
    std::uint64_t type = proto == 1 ? 8 : 128;  // echo request
    if (!port_text.empty() && !parse_bounded(port_text, 255, &type)) {
      *why = fmt::format("invalid ICMP type '{}': expected 0-255", shown(port_text));
      return false;
    }
    r.has_icmp = true;
    r.icmp_type = static_cast<std::uint8_t>(type);
  } else if (has_port_numbers(proto)) {
    std::uint64_t port = 0;
    if (!parse_bounded(port_text, 65535, &port)) {
      *why = fmt::format("invalid port '{}': expected 0-65535", shown(port_text));
      return false;
    }
    r.has_ports = true;
    r.dst_port = static_cast<std::uint16_t>(port);
  } else if (!port_text.empty()) {
    *why =
        fmt::format("port '{}' given for protocol {}, which has no ports", shown(port_text), proto);
    return false;
  }
  if (n >= 5 && !f[4].empty() && f[4] != "-") {
    r.observed = parse_observed(f[4]);
    if (r.observed == Observed::Unknown && f[4] != "unknown") {
      *why = fmt::format("invalid action '{}': expected accept or reject", shown(f[4]));
      return false;
    }
  }
  if (n >= 6 && !f[5].empty() && f[5] != "-") {
    std::int64_t t = 0;
    if (!parse_i64(f[5], &t) && !parse_rfc3339(f[5], &t)) {
      *why = fmt::format("invalid time '{}': expected Unix seconds or RFC 3339", shown(f[5]));
      return false;
    }
    r.start = r.end = t;
  }
  *out = r;
  return true;
}

void read_csv(LineSource& in, ReadContext& ctx) {
  const NameResolver* resolve = ctx.options().resolve_name ? &ctx.options().resolve_name : nullptr;
  std::string_view line;
  std::string why;
  bool first = true;
  while (!ctx.stopped() && in.next(&line)) {
    const std::uint64_t no = in.line_number();
    if (in.too_long() || line.size() > kMaxCsvLine) {
      ctx.bad(no, fmt::format("line longer than {} bytes", kMaxCsvLine));
      continue;
    }
    if (std::memchr(line.data(), '\0', line.size()) != nullptr) {
      ctx.bad(no, "NUL byte in the line");
      continue;
    }
    if (const std::size_t hash = line.find('#'); hash != std::string_view::npos)
      line = line.substr(0, hash);
    line = trim_blanks(line);
    if (line.empty()) {
      ctx.skip();
      continue;
    }
    if (first && line.substr(0, 4) == "src," && line.find("dst") != std::string_view::npos) {
      first = false;
      ctx.skip();  // a header line
      continue;
    }
    first = false;
    Record r;
    if (!parse_csv_flow(line, &r, &why, resolve)) {
      ctx.bad(no, why);
      continue;
    }
    r.line = no;
    ctx.emit(r);
    if ((no & 0xFFFFF) == 0) ctx.progress(in.bytes_read());
  }
}

}  // namespace bulkhead::flows
