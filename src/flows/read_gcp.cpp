// GCP VPC Flow Logs and Firewall Rules Logging: Cloud Logging LogEntry objects whose
// jsonPayload.connection holds the 5-tuple. VPC flow logs carry no verdict (they show traffic
// the VM sent or received: Unknown), their protocol is a number and their counters are
// strings; firewall logs carry `disposition` ALLOWED/DENIED, a protocol name, and the rule
// (`rule_details.reference`, the Record's reporter).
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "flows/read_context.h"
#include "flows/text_fields.h"

namespace bulkhead::flows {
namespace {

using nlohmann::json;

const json* member(const json* v, const char* key) {
  if (v == nullptr || !v->is_object()) return nullptr;
  auto it = v->find(key);
  return it == v->end() ? nullptr : &*it;
}

std::string_view str(const json* v) {
  return v && v->is_string() ? std::string_view(v->get_ref<const std::string&>())
                             : std::string_view();
}

/// A count written as a number or as a string of digits.
bool count_of(const json* v, std::uint64_t* out) {
  if (v == nullptr) return true;
  if (v->is_number_unsigned()) {
    *out = v->get<std::uint64_t>();
    return true;
  }
  if (v->is_string()) return parse_u64(v->get_ref<const std::string&>(), out);
  return false;
}

bool port_of(const json* v, std::uint16_t* out) {
  std::uint64_t p = 0;
  if (v == nullptr || !count_of(v, &p) || p > 65535) return false;
  *out = static_cast<std::uint16_t>(p);
  return true;
}

}  // namespace

void read_gcp_record(const json& rec, std::uint64_t line, ReadContext& ctx) {
  const json* payload = member(&rec, "jsonPayload");
  const json* conn = member(payload, "connection");
  if (conn == nullptr || !conn->is_object()) {
    ctx.bad(line, "no jsonPayload.connection");
    return;
  }
  const std::string_view src_text = str(member(conn, "src_ip"));
  const std::string_view dst_text = str(member(conn, "dest_ip"));
  std::optional<Addr> src = parse_address(src_text), dst = parse_address(dst_text);
  if (!src || !dst || src->family != dst->family) {
    ctx.bad(line, fmt::format("invalid addresses '{}' '{}'", shown(src_text), shown(dst_text)));
    return;
  }
  Record r;
  r.src = *src;
  r.dst = *dst;
  const bool v6 = src->family == Family::V6;
  const json* proto = member(conn, "protocol");
  std::uint64_t pn = 0;
  if (proto && proto->is_number_unsigned() && (pn = proto->get<std::uint64_t>()) <= 255) {
    r.protocol = static_cast<std::uint8_t>(pn);
  } else if (!proto || !proto->is_string() || !parse_protocol(str(proto), v6, &r.protocol)) {
    ctx.bad(line, "invalid connection.protocol");
    return;
  }
  if (has_port_numbers(r.protocol)) {
    if (!port_of(member(conn, "src_port"), &r.src_port) ||
        !port_of(member(conn, "dest_port"), &r.dst_port)) {
      ctx.bad(line, "invalid connection ports");
      return;
    }
    r.has_ports = true;
  }
  const std::string_view start = str(member(payload, "start_time"));
  const std::string_view end = str(member(payload, "end_time"));
  const std::string_view stamp = str(member(&rec, "timestamp"));
  if (!start.empty()) {
    if (!parse_rfc3339(start, &r.start) || !parse_rfc3339(end.empty() ? start : end, &r.end)) {
      ctx.bad(line, fmt::format("invalid start_time/end_time '{}' '{}'", shown(start), shown(end)));
      return;
    }
  } else if (!stamp.empty()) {
    if (!parse_rfc3339(stamp, &r.start)) {
      ctx.bad(line, fmt::format("invalid timestamp '{}'", shown(stamp)));
      return;
    }
    r.end = r.start;
  }
  if (!count_of(member(payload, "bytes_sent"), &r.bytes) ||
      !count_of(member(payload, "packets_sent"), &r.packets)) {
    ctx.bad(line, "invalid bytes_sent or packets_sent");
    return;
  }
  if (const json* disp = member(payload, "disposition")) {
    const std::string_view d = str(disp);
    r.observed = d == "ALLOWED"  ? Observed::Accepted
                 : d == "DENIED" ? Observed::Rejected
                                 : Observed::Unknown;
    const json* rule = member(payload, "rule_details");
    r.reporter = str(member(rule, "reference"));
    const std::string_view dir = str(member(rule, "direction"));
    if (dir == "INGRESS")
      r.direction = Direction::Inbound;
    else if (dir == "EGRESS")
      r.direction = Direction::Outbound;
  } else {
    const std::string_view rep = str(member(payload, "reporter"));
    if (rep == "SRC")
      r.direction = Direction::Outbound;
    else if (rep == "DEST")
      r.direction = Direction::Inbound;
    const json* inst = member(payload, rep == "DEST" ? "dest_instance" : "src_instance");
    r.reporter = str(member(inst, "vm_name"));
  }
  r.line = line;
  ctx.emit(r);
}

}  // namespace bulkhead::flows
