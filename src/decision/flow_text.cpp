// Flow CSV parsing and verdict JSON, written by hand for speed: the batch query path
// handles millions of lines, and each line must not allocate more than its output.
#include "decision/flow_text.h"

#include <charconv>

#include <fmt/format.h>

#include "base/text.h"

namespace bulkhead::decision {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

/// A field as quoted in a message: control characters escaped, so the message stays one
/// line whatever the input holds.
std::string shown(std::string_view field) {
  return escape_controls(field);
}

}  // namespace

std::optional<Flow> parse_flow_csv(std::string_view line, std::string* why) {
  std::string_view fields[4];
  int n = 0;
  while (true) {
    auto comma = line.find(',');
    if (n == 4) {
      *why = "too many fields: expected src,dst,proto,port";
      return std::nullopt;
    }
    fields[n++] = trim(line.substr(0, comma));
    if (comma == std::string_view::npos) break;
    line.remove_prefix(comma + 1);
  }
  bool icmp_text = fields[2] == "icmp" || fields[2] == "icmpv6";
  if (n < 3 || (n == 3 && !icmp_text)) {
    *why = "too few fields: expected src,dst,proto,port";
    return std::nullopt;
  }
  Flow f;
  auto src = parse_addr(fields[0]);
  if (!src) {
    *why = fmt::format("invalid source address '{}'", shown(fields[0]));
    return std::nullopt;
  }
  auto dst = parse_addr(fields[1]);
  if (!dst) {
    *why = fmt::format("invalid destination address '{}'", shown(fields[1]));
    return std::nullopt;
  }
  if (src->family != dst->family) {
    *why = fmt::format("source {} and destination {} are of different address families",
                       shown(fields[0]), shown(fields[1]));
    return std::nullopt;
  }
  auto proto = parse_proto(fields[2]);
  if (!proto) {
    *why =
        fmt::format("invalid protocol '{}': expected tcp, udp, icmp or icmpv6", shown(fields[2]));
    return std::nullopt;
  }
  // `icmp` names the ICMP of the flow's family; `icmpv6` is IPv6 only.
  if (*proto == Proto::Icmp) proto = icmp_of(src->family);
  if (*proto == Proto::Icmpv6 && src->family != Family::V6) {
    *why = fmt::format("protocol icmpv6 with IPv4 addresses {} and {}", shown(fields[0]),
                       shown(fields[1]));
    return std::nullopt;
  }
  const bool icmp = *proto == Proto::Icmpv6 || *proto == Proto::Icmp;
  std::uint32_t port = icmp ? icmp_echo_request(src->family) : 0;
  if (n == 4 && !(fields[3].empty() && icmp)) {
    auto [ptr, ec] = std::from_chars(fields[3].data(), fields[3].data() + fields[3].size(), port);
    if (fields[3].empty() || ec != std::errc() || ptr != fields[3].data() + fields[3].size() ||
        port > proto_last(*proto)) {
      *why = icmp ? fmt::format("invalid ICMP type '{}': expected 0-255", shown(fields[3]))
                  : fmt::format("invalid port '{}': expected 0-65535", shown(fields[3]));
      return std::nullopt;
    }
  }
  f.src = *src;
  f.dst = *dst;
  f.proto = *proto;
  f.port = static_cast<std::uint16_t>(port);
  return f;
}

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

void append_verdict_json(const Decision& d, const Flow& f, const Verdict& v, std::string* out) {
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
  if (v.rule == kNoRule) {
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

}  // namespace bulkhead::decision
