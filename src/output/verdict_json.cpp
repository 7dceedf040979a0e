// The verdict JSON of `query`, kept out of the decision layer (which keeps semantics
// only): hand-written, since the batch path writes one line per flow of a stream.
#include "output/verdict_json.h"

#include <fmt/format.h>

namespace bulkhead::output {
namespace {

/// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is not one.
std::size_t utf8_length(std::string_view s, std::size_t i) {
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  auto cont = [&](std::size_t k) { return k < s.size() && (b(k) & 0xC0) == 0x80; };
  const unsigned char c = b(i);
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(i + 1) || !cont(i + 2)) return 0;
    if (c == 0xE0 && b(i + 1) < 0xA0) return 0;   // overlong
    if (c == 0xED && b(i + 1) >= 0xA0) return 0;  // surrogates
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return 0;
    if (c == 0xF0 && b(i + 1) < 0x90) return 0;
    if (c == 0xF4 && b(i + 1) >= 0x90) return 0;
    return 4;
  }
  return 0;
}

}  // namespace

std::string json_quote(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out += '"';
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      // Bytes that are not UTF-8 (a file name from a non-UTF-8 file system) become U+FFFD,
      // so the line stays valid JSON.
      std::size_t n = utf8_length(s, i);
      if (n == 0) {
        out += "\xEF\xBF\xBD";
        ++i;
      } else {
        out.append(s.substr(i, n));
        i += n;
      }
      continue;
    }
    ++i;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20 || c == 0x7f) {
          out += fmt::format("\\u{:04x}", c);
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
  return out;
}

void append_verdict_json(const decision::Decision& d, const decision::Flow& f,
                         const decision::Verdict& v, std::string* out) {
  out->append("{\"src\":\"");
  out->append(f.src.str());
  out->append("\",\"dst\":\"");
  out->append(f.dst.str());
  out->append("\",\"proto\":\"");
  out->append(proto_name(f.proto));
  out->append("\",\"port\":");
  out->append(std::to_string(f.port));
  out->append(",\"tier\":\"");
  out->append(tier_name(v.tier));
  out->append(v.reachable ? "\",\"reachable\":true" : "\",\"reachable\":false");
  out->append(v.intended ? ",\"intended\":true" : ",\"intended\":false");
  if (v.rule == decision::kNoRule) {
    out->append(",\"rule\":null,\"at\":null}");
    return;
  }
  const policy::Rule& r = *d.rules()[v.rule].rule;
  out->append(",\"rule\":");
  out->append(json_quote(r.name));
  out->append(",\"at\":");
  out->append(json_quote(r.loc.file_line()));
  out->append("}");
}

std::optional<decision::Flow> query_flow(const flows::Record& r) {
  if (r.src.family != r.dst.family) return std::nullopt;
  const Family fam = r.src.family;
  decision::Flow f;
  f.src = r.src;
  f.dst = r.dst;
  switch (r.protocol) {
    case 6:
    case 17:
      f.proto = r.protocol == 6 ? Proto::Tcp : Proto::Udp;
      f.port = r.has_ports ? r.dst_port : 0;
      break;
    case 1:
    case 58:
      f.proto = r.protocol == 1 ? Proto::Icmp : Proto::Icmpv6;
      if (!proto_in_family(f.proto, fam)) return std::nullopt;
      f.port = static_cast<std::uint16_t>(r.has_icmp ? r.icmp_type : icmp_echo_request(fam));
      break;
    default:
      f.proto = Proto::Other;
      f.port = r.protocol;
  }
  return f;
}

nlohmann::ordered_json read_stats_json(const flows::ReadStats& s) {
  nlohmann::ordered_json j = {
      {"records", s.records}, {"malformed", s.malformed},
      {"skipped", s.skipped}, {"bytes", s.bytes},
      {"files", s.files},     {"first_errors", nlohmann::ordered_json::array()}};
  for (const flows::ReadError& e : s.first_errors) j["first_errors"].push_back(e.str());
  return j;
}

}  // namespace bulkhead::output
