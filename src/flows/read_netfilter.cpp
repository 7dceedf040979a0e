// Linux netfilter LOG lines (iptables -j LOG, nftables `log`, UFW), from syslog files, the
// kernel ring buffer or journal text. A line is `[syslog header] [prefix]IN=.. OUT=.. ...
// SRC=.. DST=.. ... PROTO=.. SPT=.. DPT=..`; the fields are read positionally in that order,
// so the second LEN= (UDP) and an ICMP error's embedded `[SRC=...]` header are not taken
// for the flow's. The prefix is kept as Record::log_prefix; the verdict is guessed from the
// usual conventions (UFW BLOCK/ALLOW, DROP/REJECT/ACCEPT words, EdgeOS `-D]`/`-R]`/`-A]`,
// bulkhead's `bh would-block` as accepted), else Unknown. Lines that carry no LOG fields are
// skipped; a line with SRC=/PROTO= but no IN= (syslog cut its start) is malformed.
#include <array>
#include <cctype>

#include <fmt/format.h>

#include "flows/read_context.h"
#include "flows/text_fields.h"

namespace bulkhead::flows {
namespace {

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
}

/// Position of the `IN=` field (not PHYSIN=), or npos.
std::size_t find_in(std::string_view s) {
  std::size_t from = 0;
  while (true) {
    const std::size_t i = s.find("IN=", from);
    if (i == std::string_view::npos) return i;
    if (i == 0 || !is_name_char(s[i - 1])) return i;
    from = i + 1;
  }
}

bool contains_word(std::string_view s, std::string_view w) {
  for (std::size_t i = 0; i + w.size() <= s.size(); ++i) {
    bool eq = true;
    for (std::size_t k = 0; k < w.size() && eq; ++k)
      eq = std::toupper(static_cast<unsigned char>(s[i + k])) == w[k];
    if (eq) return true;
  }
  return false;
}

Observed observed_of(std::string_view prefix) {
  // EdgeOS / VyOS: [RULESET-RULE-A] accept, -D drop, -R reject.
  if (prefix.size() >= 3 && prefix.back() == ']' && prefix[prefix.size() - 3] == '-') {
    const char c = prefix[prefix.size() - 2];
    if (c == 'A') return Observed::Accepted;
    if (c == 'D' || c == 'R') return Observed::Rejected;
  }
  // bulkhead's audit mode logs `bh would-block ...` and then accepts.
  if (contains_word(prefix, "WOULD-BLOCK")) return Observed::Accepted;
  for (std::string_view w : {"BLOCK", "DROP", "DENY", "REJECT"})
    if (contains_word(prefix, w)) return Observed::Rejected;
  for (std::string_view w : {"ALLOW", "ACCEPT", "PERMIT"})
    if (contains_word(prefix, w)) return Observed::Accepted;
  return Observed::Unknown;
}

/// The syslog header's time, when it is RFC 3339 (RFC 3164 stamps have no year: 0).
std::int64_t header_time(std::string_view before) {
  if (!before.empty() && before.front() == '<') {
    const std::size_t gt = before.find('>');
    if (gt != std::string_view::npos && gt < 5) before.remove_prefix(gt + 1);
  }
  const std::size_t sp = before.find(' ');
  std::int64_t t = 0;
  if (sp != std::string_view::npos && parse_rfc3339(before.substr(0, sp), &t)) return t;
  return 0;
}

/// The log prefix: what stands between the syslog header ("... kernel: [uptime] ") and IN=.
std::string_view prefix_of(std::string_view before) {
  if (const std::size_t k = before.find("kernel: "); k != std::string_view::npos) {
    before.remove_prefix(k + 8);
    // The kernel's uptime stamp, "[ 307.757925] ".
    if (!before.empty() && before.front() == '[') {
      const std::size_t close = before.find(']');
      if (close != std::string_view::npos) {
        std::string_view stamp = before.substr(1, close - 1);
        stamp = trim_blanks(stamp);
        bool numeric = !stamp.empty();
        for (char c : stamp) numeric = numeric && ((c >= '0' && c <= '9') || c == '.');
        if (numeric) before.remove_prefix(close + 1);
      }
    }
  } else {
    // No "kernel:" tag: drop a leading <PRI> and time stamp, keep the rest.
    if (!before.empty() && before.front() == '<') {
      const std::size_t gt = before.find('>');
      if (gt != std::string_view::npos && gt < 5) before.remove_prefix(gt + 1);
    }
    std::string_view f[4];
    const std::size_t n = split_blanks(before, f, 3);
    std::int64_t t = 0;
    if (n >= 1 && parse_rfc3339(f[0], &t)) {
      before.remove_prefix(static_cast<std::size_t>(f[0].data() + f[0].size() - before.data()));
    } else if (n >= 3 && f[0].size() == 3 && f[2].size() == 8 && f[2][2] == ':') {
      before.remove_prefix(static_cast<std::size_t>(f[2].data() + f[2].size() - before.data()));
    }
  }
  return trim_blanks(before);
}

}  // namespace

void read_netfilter_line(std::string_view text, std::uint64_t line, ReadContext& ctx) {
  const std::size_t in_pos = find_in(text);
  if (in_pos == std::string_view::npos) {
    if (text.find("SRC=") != std::string_view::npos ||
        text.find("PROTO=") != std::string_view::npos)
      ctx.bad(line, "LOG fields without IN= (a line cut short by syslog?)");
    else
      ctx.skip();
    return;
  }
  const std::string_view before = text.substr(0, in_pos);
  std::array<std::string_view, 96> tok;
  std::size_t n = split_blanks(text.substr(in_pos), tok.data(), tok.size() - 1);
  if (n > tok.size() - 1) n = tok.size() - 1;
  std::string_view in_if, out_if, src, dst, proto, spt, dpt, type, code, len;
  bool seen_in = false, seen_out = false;
  for (std::size_t i = 0; i < n; ++i) {
    const std::string_view t = tok[i];
    if (!t.empty() && t.front() == '[') break;  // an ICMP error's embedded header
    const std::size_t eq = t.find('=');
    if (eq == std::string_view::npos) continue;
    const std::string_view k = t.substr(0, eq), v = t.substr(eq + 1);
    if (k == "IN" && !seen_in) {
      in_if = v;
      seen_in = true;
    } else if (k == "OUT" && !seen_out) {
      out_if = v;
      seen_out = true;
    } else if (k == "SRC" && src.empty()) {
      src = v;
    } else if (k == "DST" && dst.empty()) {
      dst = v;
    } else if (k == "LEN" && len.empty()) {
      len = v;
    } else if (k == "PROTO" && proto.empty()) {
      proto = v;
    } else if (!proto.empty()) {
      if (k == "SPT" && spt.empty())
        spt = v;
      else if (k == "DPT" && dpt.empty())
        dpt = v;
      else if (k == "TYPE" && type.empty())
        type = v;
      else if (k == "CODE" && code.empty())
        code = v;
    }
  }
  if (!seen_out) {
    ctx.bad(line, "IN= without OUT=");
    return;
  }
  if (src.empty() && dst.empty()) {
    ctx.skip();  // a non-IP packet (ARP, ...)
    return;
  }
  std::optional<Addr> s = parse_address(src), d = parse_address(dst);
  if (!s || !d) {
    ctx.bad(line, fmt::format("invalid address '{}'", shown(!s ? src : dst)));
    return;
  }
  if (s->family != d->family) {
    ctx.bad(line, "SRC and DST of different address families");
    return;
  }
  Record r;
  r.src = *s;
  r.dst = *d;
  const bool v6 = s->family == Family::V6;
  if (proto.empty() || !parse_protocol(proto, v6, &r.protocol)) {
    ctx.bad(line, proto.empty() ? std::string("no PROTO=")
                                : fmt::format("unknown protocol '{}'", shown(proto)));
    return;
  }
  if (has_port_numbers(r.protocol) && !dpt.empty()) {
    std::uint64_t a = 0, b = 0;
    if (!parse_bounded(spt, 65535, &a) || !parse_bounded(dpt, 65535, &b)) {
      ctx.bad(line, fmt::format("invalid ports '{}' '{}'", shown(spt), shown(dpt)));
      return;
    }
    r.has_ports = true;
    r.src_port = static_cast<std::uint16_t>(a);
    r.dst_port = static_cast<std::uint16_t>(b);
  } else if (is_icmp(r.protocol) && !type.empty()) {
    std::uint64_t a = 0, b = 0;
    if (!parse_bounded(type, 255, &a) || (!code.empty() && !parse_bounded(code, 255, &b))) {
      ctx.bad(line, fmt::format("invalid ICMP type/code '{}' '{}'", shown(type), shown(code)));
      return;
    }
    r.has_icmp = true;
    r.icmp_type = static_cast<std::uint8_t>(a);
    r.icmp_code = static_cast<std::uint8_t>(b);
  }
  std::uint64_t bytes = 0;
  if (parse_u64(len, &bytes)) r.bytes = bytes;
  r.packets = 1;
  r.direction = in_if.empty()    ? Direction::Outbound
                : out_if.empty() ? Direction::Inbound
                                 : Direction::Forward;
  r.start = r.end = header_time(before);
  r.log_prefix = prefix_of(before);
  r.observed = observed_of(r.log_prefix);
  r.line = line;
  ctx.emit(r);
}

void read_netfilter(LineSource& in, ReadContext& ctx) {
  std::string_view line;
  while (!ctx.stopped() && in.next(&line)) {
    if (in.too_long()) {
      ctx.bad(in.line_number(), fmt::format("line longer than {} bytes", LineSource::kMaxLine));
      continue;
    }
    read_netfilter_line(line, in.line_number(), ctx);
  }
}

}  // namespace bulkhead::flows
