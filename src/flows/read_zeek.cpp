// Zeek conn.log, as TSV (laid out by `#fields`, `#separator`, `#unset_field`) and as JSON
// lines (the same names, dots kept, unset fields omitted). Zeek is a passive sensor with no
// verdict: a TCP connection the responder answered (S1, S2, S3, SF, RSTO, RSTR) is read as
// Accepted, one it did not (S0: no reply; REJ: reset; RSTOS0, SH: gave up before an answer)
// as Rejected, anything else (OTH, SHR, RSTRH: no SYN seen) as Unknown; for UDP and other
// protocols, SF (both directions seen) is Accepted and the rest Unknown, since one-way
// traffic is normal there. ICMP's type and code come in id.orig_p and id.resp_p.
#include <array>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "flows/read_context.h"
#include "flows/text_fields.h"

namespace bulkhead::flows {
namespace {

constexpr std::size_t kMaxFields = 96;

Observed observed_of(std::string_view state, std::uint8_t proto) {
  if (proto == 6) {
    for (std::string_view s : {"S1", "S2", "S3", "SF", "RSTO", "RSTR"})
      if (state == s) return Observed::Accepted;
    for (std::string_view s : {"S0", "REJ", "RSTOS0", "SH"})
      if (state == s) return Observed::Rejected;
    return Observed::Unknown;
  }
  return state == "SF" ? Observed::Accepted : Observed::Unknown;
}

/// The values of one connection, as text (TSV) or converted from JSON.
struct ConnFields {
  std::string_view ts, orig_h, orig_p, resp_h, resp_p, proto, state, duration, ip_proto;
  std::string_view orig_pkts, resp_pkts, orig_ip_bytes, resp_ip_bytes;
};

bool set(std::string_view v, std::string_view unset) {
  return !v.empty() && v != unset;
}

/// Fills *r from the fields; false with *why when malformed.
bool parse_conn(const ConnFields& c, std::string_view unset, Record* r, std::string* why) {
  std::optional<Addr> src = parse_address(c.orig_h);
  std::optional<Addr> dst = parse_address(c.resp_h);
  if (!src || !dst) {
    *why = fmt::format("invalid address '{}'", shown(!src ? c.orig_h : c.resp_h));
    return false;
  }
  if (src->family != dst->family) {
    *why = "id.orig_h and id.resp_h of different address families";
    return false;
  }
  r->src = *src;
  r->dst = *dst;
  const bool v6 = src->family == Family::V6;
  std::uint64_t n = 0;
  if (set(c.ip_proto, unset) && parse_bounded(c.ip_proto, 255, &n)) {
    r->protocol = static_cast<std::uint8_t>(n);
    if (r->protocol == 1 && v6) r->protocol = 58;
  } else if (!parse_protocol(c.proto, v6, &r->protocol)) {
    *why = fmt::format("unknown protocol '{}' and no ip_proto", shown(c.proto));
    return false;
  }
  if (!parse_seconds(c.ts, &r->start) && !parse_rfc3339(c.ts, &r->start)) {
    *why = fmt::format("invalid ts '{}'", shown(c.ts));
    return false;
  }
  r->end = r->start;
  std::int64_t dur = 0;
  if (set(c.duration, unset) && parse_seconds(c.duration, &dur)) r->end = r->start + dur;
  std::uint64_t sp = 0, dp = 0;
  const bool ports = set(c.orig_p, unset) && set(c.resp_p, unset);
  if (ports && (!parse_bounded(c.orig_p, 65535, &sp) || !parse_bounded(c.resp_p, 65535, &dp))) {
    *why = fmt::format("invalid ports '{}' '{}'", shown(c.orig_p), shown(c.resp_p));
    return false;
  }
  if (ports && has_port_numbers(r->protocol)) {
    r->has_ports = true;
    r->src_port = static_cast<std::uint16_t>(sp);
    r->dst_port = static_cast<std::uint16_t>(dp);
  } else if (ports && is_icmp(r->protocol) && sp <= 255 && dp <= 255) {
    r->has_icmp = true;
    r->icmp_type = static_cast<std::uint8_t>(sp);
    r->icmp_code = static_cast<std::uint8_t>(dp);
  }
  std::uint64_t a = 0, b = 0;
  if (set(c.orig_pkts, unset) && parse_u64(c.orig_pkts, &a)) r->packets += a;
  if (set(c.resp_pkts, unset) && parse_u64(c.resp_pkts, &b)) r->packets += b;
  if (set(c.orig_ip_bytes, unset) && parse_u64(c.orig_ip_bytes, &a)) r->bytes += a;
  if (set(c.resp_ip_bytes, unset) && parse_u64(c.resp_ip_bytes, &b)) r->bytes += b;
  r->observed = observed_of(c.state, r->protocol);
  return true;
}

/// The default conn.log columns, for a TSV file given as zeek-tsv without `#fields`.
constexpr std::string_view kDefaultFields =
    "ts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\tservice\tduration\torig_bytes\t"
    "resp_bytes\tconn_state\tlocal_orig\tlocal_resp\tmissed_bytes\thistory\torig_pkts\t"
    "orig_ip_bytes\tresp_pkts\tresp_ip_bytes\ttunnel_parents";

struct Columns {
  std::size_t fields = 0;
  int ts = -1, orig_h = -1, orig_p = -1, resp_h = -1, resp_p = -1, proto = -1, state = -1,
      duration = -1, ip_proto = -1, orig_pkts = -1, resp_pkts = -1, orig_ip_bytes = -1,
      resp_ip_bytes = -1;
};

Columns columns_of(const std::string_view* f, std::size_t n) {
  Columns c;
  c.fields = n;
  find_columns(f, n,
               {{"ts", &c.ts},
                {"id.orig_h", &c.orig_h},
                {"id.orig_p", &c.orig_p},
                {"id.resp_h", &c.resp_h},
                {"id.resp_p", &c.resp_p},
                {"proto", &c.proto},
                {"conn_state", &c.state},
                {"duration", &c.duration},
                {"ip_proto", &c.ip_proto},
                {"orig_pkts", &c.orig_pkts},
                {"resp_pkts", &c.resp_pkts},
                {"orig_ip_bytes", &c.orig_ip_bytes},
                {"resp_ip_bytes", &c.resp_ip_bytes}});
  return c;
}

std::string_view at(const std::string_view* f, int i) {
  return i < 0 ? std::string_view() : f[i];
}

/// A JSON value as text for ConnFields: strings as they are, numbers printed into `buf`.
std::string_view json_text(const nlohmann::json& rec, const char* key, std::string* buf) {
  auto it = rec.find(key);
  if (it == rec.end()) return {};
  if (it->is_string()) return it->get_ref<const std::string&>();
  if (it->is_number_unsigned()) {
    *buf = std::to_string(it->get<std::uint64_t>());
  } else if (it->is_number_integer()) {
    *buf = std::to_string(it->get<std::int64_t>());
  } else if (it->is_number_float()) {
    const double d = it->get<double>();
    if (!(d >= 0 && d < 9e18)) {
      *buf = "invalid";
    } else {
      *buf = std::to_string(static_cast<std::int64_t>(d));
    }
  } else {
    *buf = "invalid";
  }
  return *buf;
}

}  // namespace

void read_zeek_tsv(LineSource& in, ReadContext& ctx) {
  std::array<std::string_view, kMaxFields + 1> f;
  Columns cols = columns_of(f.data(), split_fields(kDefaultFields, '\t', f.data(), kMaxFields));
  char sep = '\t';
  std::string unset = "-";
  std::string_view line;
  std::string why;
  while (!ctx.stopped() && in.next(&line)) {
    const std::uint64_t no = in.line_number();
    if (in.too_long()) {
      ctx.bad(no, fmt::format("line longer than {} bytes", LineSource::kMaxLine));
      continue;
    }
    if (line.empty() || line.front() == '#') {
      if (line.substr(0, 11) == "#separator ") {
        std::string_view s = line.substr(11);
        if (s == "\\x09")
          sep = '\t';
        else if (s.size() == 4 && s.substr(0, 2) == "\\x") {
          const char hex[] = {s[2], s[3]};
          unsigned h = 0;
          bool okh = true;
          for (char c : hex) {
            h <<= 4;
            if (c >= '0' && c <= '9')
              h |= static_cast<unsigned>(c - '0');
            else if (c >= 'a' && c <= 'f')
              h |= static_cast<unsigned>(c - 'a' + 10);
            else
              okh = false;
          }
          if (okh && h != 0 && h != '\n') sep = static_cast<char>(h);
        } else if (s.size() == 1) {
          sep = s.front();
        }
      } else if (line.substr(0, 8) == "#fields" + std::string(1, sep)) {
        const std::size_t n = split_fields(line.substr(8), sep, f.data(), kMaxFields);
        Columns c = columns_of(f.data(), n > kMaxFields ? kMaxFields : n);
        if (c.ts < 0 || c.orig_h < 0 || c.resp_h < 0 || c.proto < 0) {
          ctx.bad(no, "the #fields header lacks one of ts, id.orig_h, id.resp_h, proto");
          continue;
        }
        cols = c;
      } else if (line.substr(0, 13) == "#unset_field" + std::string(1, sep)) {
        unset = std::string(line.substr(13));
      }
      ctx.skip();
      continue;
    }
    const std::size_t n = split_fields(line, sep, f.data(), kMaxFields);
    if (n != cols.fields) {
      ctx.bad(no, fmt::format("{} fields, #fields has {}", n > kMaxFields ? kMaxFields + 1 : n,
                              cols.fields));
      continue;
    }
    ConnFields c{at(f.data(), cols.ts),           at(f.data(), cols.orig_h),
                 at(f.data(), cols.orig_p),       at(f.data(), cols.resp_h),
                 at(f.data(), cols.resp_p),       at(f.data(), cols.proto),
                 at(f.data(), cols.state),        at(f.data(), cols.duration),
                 at(f.data(), cols.ip_proto),     at(f.data(), cols.orig_pkts),
                 at(f.data(), cols.resp_pkts),    at(f.data(), cols.orig_ip_bytes),
                 at(f.data(), cols.resp_ip_bytes)};
    Record r;
    if (!parse_conn(c, unset, &r, &why)) {
      ctx.bad(no, why);
      continue;
    }
    r.line = no;
    ctx.emit(r);
  }
}

void read_zeek_record(const nlohmann::json& rec, std::uint64_t line, ReadContext& ctx) {
  if (!rec.is_object()) {
    ctx.bad(line, "not a JSON object");
    return;
  }
  std::string b[13];
  ConnFields c{json_text(rec, "ts", &b[0]),
               json_text(rec, "id.orig_h", &b[1]),
               json_text(rec, "id.orig_p", &b[2]),
               json_text(rec, "id.resp_h", &b[3]),
               json_text(rec, "id.resp_p", &b[4]),
               json_text(rec, "proto", &b[5]),
               json_text(rec, "conn_state", &b[6]),
               json_text(rec, "duration", &b[7]),
               json_text(rec, "ip_proto", &b[8]),
               json_text(rec, "orig_pkts", &b[9]),
               json_text(rec, "resp_pkts", &b[10]),
               json_text(rec, "orig_ip_bytes", &b[11]),
               json_text(rec, "resp_ip_bytes", &b[12])};
  Record r;
  std::string why;
  if (!parse_conn(c, "", &r, &why)) {
    ctx.bad(line, why);
    return;
  }
  r.line = line;
  ctx.emit(r);
}

}  // namespace bulkhead::flows
