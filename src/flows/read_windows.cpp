// Windows Defender Firewall pfirewall.log: W3C-style, space-separated, `-` for none, laid
// out by the last `#Fields:` header (the standard 17 fields when there is none). One line
// is one packet (or, for ALLOW, the first packet of a connection). Times are local time
// without a zone in the file; they are read as UTC (docs/flows.md says so).
#include <array>

#include <fmt/format.h>

#include "flows/read_context.h"
#include "flows/text_fields.h"

namespace bulkhead::flows {
namespace {

constexpr std::size_t kMaxFields = 32;

struct Layout {
  std::size_t fields = 0;
  bool pid_last = false;  // the last field is `pid`, which some rows lack
  int date = -1, time = -1, action = -1, proto = -1, src = -1, dst = -1, sport = -1, dport = -1,
      size = -1, icmptype = -1, icmpcode = -1, path = -1;
};

Layout layout_of(const std::string_view* f, std::size_t n) {
  Layout l;
  l.fields = n;
  find_columns(f, n,
               {{"date", &l.date},
                {"time", &l.time},
                {"action", &l.action},
                {"protocol", &l.proto},
                {"src-ip", &l.src},
                {"dst-ip", &l.dst},
                {"src-port", &l.sport},
                {"dst-port", &l.dport},
                {"size", &l.size},
                {"icmptype", &l.icmptype},
                {"icmpcode", &l.icmpcode},
                {"path", &l.path}});
  l.pid_last = n > 0 && f[n - 1] == "pid";
  return l;
}

Layout standard_layout() {
  constexpr std::string_view names[] = {"date",   "time",     "action",   "protocol", "src-ip",
                                        "dst-ip", "src-port", "dst-port", "size",     "tcpflags",
                                        "tcpsyn", "tcpack",   "tcpwin",   "icmptype", "icmpcode",
                                        "info",   "path"};
  return layout_of(names, std::size(names));
}

std::string_view at(const std::string_view* f, int i) {
  return i < 0 ? std::string_view("-") : f[i];
}

bool parse_record(const Layout& l, const std::string_view* f, Record* r, bool* skip,
                  std::string* why) {
  const std::string_view action = at(f, l.action);
  if (action == "ALLOW" || action == "OPEN" || action == "OPEN-INBOUND") {
    r->observed = Observed::Accepted;
  } else if (action == "DROP") {
    r->observed = Observed::Rejected;
  } else if (action == "INFO-EVENTS-LOST" || action == "CLOSE") {
    *skip = true;  // not a flow (lost-event count; end of a connection already logged)
    return true;
  } else {
    *why = fmt::format("unknown action '{}'", shown(action));
    return false;
  }
  if (!parse_date_time(at(f, l.date), at(f, l.time), &r->start)) {
    *why = fmt::format("invalid date/time '{} {}'", shown(at(f, l.date)), shown(at(f, l.time)));
    return false;
  }
  r->end = r->start;
  std::optional<Addr> src = parse_address(at(f, l.src));
  std::optional<Addr> dst = parse_address(at(f, l.dst));
  if (!src || !dst) {
    *why = fmt::format("invalid address '{}'", shown(at(f, !src ? l.src : l.dst)));
    return false;
  }
  if (src->family != dst->family) {
    *why = "source and destination of different address families";
    return false;
  }
  r->src = *src;
  r->dst = *dst;
  // ICMPv6 is logged as ICMP.
  if (!parse_protocol(at(f, l.proto), src->family == Family::V6, &r->protocol)) {
    *why = fmt::format("invalid protocol '{}'", shown(at(f, l.proto)));
    return false;
  }
  if (has_port_numbers(r->protocol) && at(f, l.dport) != "-") {
    std::uint64_t s = 0, d = 0;
    if (!parse_bounded(at(f, l.sport), 65535, &s) || !parse_bounded(at(f, l.dport), 65535, &d)) {
      *why = fmt::format("invalid ports '{}' '{}'", shown(at(f, l.sport)), shown(at(f, l.dport)));
      return false;
    }
    r->has_ports = true;
    r->src_port = static_cast<std::uint16_t>(s);
    r->dst_port = static_cast<std::uint16_t>(d);
  }
  if (is_icmp(r->protocol) && at(f, l.icmptype) != "-") {
    std::uint64_t t = 0, c = 0;
    const std::string_view code = at(f, l.icmpcode);
    if (!parse_bounded(at(f, l.icmptype), 255, &t) ||
        (code != "-" && !parse_bounded(code, 255, &c))) {
      *why = fmt::format("invalid ICMP type/code '{}' '{}'", shown(at(f, l.icmptype)), shown(code));
      return false;
    }
    r->has_icmp = true;
    r->icmp_type = static_cast<std::uint8_t>(t);
    r->icmp_code = static_cast<std::uint8_t>(c);
  }
  const std::string_view size = at(f, l.size);
  if (size != "-" && !parse_u64(size, &r->bytes)) {
    *why = fmt::format("invalid size '{}'", shown(size));
    return false;
  }
  r->packets = 1;
  const std::string_view path = at(f, l.path);
  if (path == "SEND")
    r->direction = Direction::Outbound;
  else if (path == "RECEIVE")
    r->direction = Direction::Inbound;
  else if (path == "FORWARD")
    r->direction = Direction::Forward;
  return true;
}

}  // namespace

void read_windows(LineSource& in, ReadContext& ctx) {
  Layout l = standard_layout();
  std::array<std::string_view, kMaxFields + 1> f;
  std::string_view line;
  std::string why;
  while (!ctx.stopped() && in.next(&line)) {
    const std::uint64_t no = in.line_number();
    if (in.too_long()) {
      ctx.bad(no, fmt::format("line longer than {} bytes", LineSource::kMaxLine));
      continue;
    }
    if (line.substr(0, 9) == "#Fields: ") {
      const std::size_t n = split_blanks(line.substr(9), f.data(), kMaxFields);
      Layout h = layout_of(f.data(), n > kMaxFields ? kMaxFields : n);
      if (h.action < 0 || h.src < 0 || h.dst < 0 || h.proto < 0 || h.date < 0 || h.time < 0) {
        ctx.bad(no,
                "the #Fields: header lacks one of date, time, action, protocol, src-ip, dst-ip");
        continue;
      }
      l = h;
      ctx.skip();
      continue;
    }
    if (line.empty() || line.front() == '#' || trim_blanks(line).empty()) {
      ctx.skip();
      continue;
    }
    const std::size_t n = split_blanks(line, f.data(), kMaxFields);
    // Rows may lack the header's last `pid`, or carry a pid the header does not name.
    const bool fits =
        n == l.fields || (l.pid_last && n + 1 == l.fields) || (!l.pid_last && n == l.fields + 1);
    if (!fits) {
      ctx.bad(no, fmt::format("{} fields, the #Fields: header has {}",
                              n > kMaxFields ? kMaxFields + 1 : n, l.fields));
      continue;
    }
    Record r;
    bool skip = false;
    if (!parse_record(l, f.data(), &r, &skip, &why)) {
      ctx.bad(no, why);
      continue;
    }
    if (skip) {
      ctx.skip();
      continue;
    }
    r.line = no;
    ctx.emit(r);
  }
}

}  // namespace bulkhead::flows
