// Azure NSG flow logs (v1, v2) and VNet flow logs (v4): one JSON record per NSG (or flow
// log) and interval, holding rule groups of comma-separated flow tuples; each tuple is one
// Record, and its rule name is the Record's reporter.
//   NSG:  ts(s),src,dst,sport,dport,T|U,I|O,A|D[,B|C|E,pkts s2d,bytes s2d,pkts d2s,bytes d2s]
//   VNet: ts(ms),src,dst,sport,dport,proto number,I|O,B|C|E|D,encryption,4 counters
// In VNet logs a denial is the flow state D; in NSG logs the decision letter.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "flows/read_context.h"
#include "flows/text_fields.h"

namespace bulkhead::flows {
namespace {

using nlohmann::json;

const json* member(const json& v, const char* key) {
  if (!v.is_object()) return nullptr;
  auto it = v.find(key);
  return it == v.end() ? nullptr : &*it;
}

/// Sums two optional counters (empty on `B` tuples).
bool counter_sum(std::string_view a, std::string_view b, std::uint64_t* out) {
  std::uint64_t x = 0, y = 0;
  if ((!a.empty() && !parse_u64(a, &x)) || (!b.empty() && !parse_u64(b, &y))) return false;
  *out = x + y;
  return true;
}

/// One tuple; false with *why when malformed.
bool parse_tuple(std::string_view tuple, bool vnet, Record* r, std::string* why) {
  std::string_view f[16];
  const std::size_t n = split_fields(tuple, ',', f, 15);
  if (vnet ? n != 13 : (n != 8 && n != 13)) {
    *why = fmt::format("flow tuple of {} fields, expected {}", n > 15 ? 16 : n,
                       vnet ? "13" : "8 (v1) or 13 (v2)");
    return false;
  }
  std::int64_t ts = 0;
  if (!parse_i64(f[0], &ts) || ts < 0) {
    *why = fmt::format("invalid time '{}'", shown(f[0]));
    return false;
  }
  r->start = r->end = vnet ? ts / 1000 : ts;
  std::optional<Addr> src = parse_address(f[1]), dst = parse_address(f[2]);
  if (!src || !dst || src->family != dst->family) {
    *why = fmt::format("invalid addresses '{}' '{}'", shown(f[1]), shown(f[2]));
    return false;
  }
  r->src = *src;
  r->dst = *dst;
  const bool v6 = src->family == Family::V6;
  if (f[5] == "T")
    r->protocol = 6;
  else if (f[5] == "U")
    r->protocol = 17;
  else if (!parse_protocol(f[5], v6, &r->protocol)) {
    *why = fmt::format("invalid protocol '{}'", shown(f[5]));
    return false;
  }
  std::uint64_t sp = 0, dp = 0;
  if (has_port_numbers(r->protocol)) {
    if (!parse_bounded(f[3], 65535, &sp) || !parse_bounded(f[4], 65535, &dp)) {
      *why = fmt::format("invalid ports '{}' '{}'", shown(f[3]), shown(f[4]));
      return false;
    }
    r->has_ports = true;
    r->src_port = static_cast<std::uint16_t>(sp);
    r->dst_port = static_cast<std::uint16_t>(dp);
  }
  if (f[6] == "I")
    r->direction = Direction::Inbound;
  else if (f[6] == "O")
    r->direction = Direction::Outbound;
  else {
    *why = fmt::format("invalid direction '{}'", shown(f[6]));
    return false;
  }
  if (vnet) {
    const std::string_view state = f[7];
    if (state != "B" && state != "C" && state != "E" && state != "D") {
      *why = fmt::format("invalid flow state '{}'", shown(state));
      return false;
    }
    r->observed = state == "D" ? Observed::Rejected : Observed::Accepted;
  } else {
    if (f[7] == "A")
      r->observed = Observed::Accepted;
    else if (f[7] == "D")
      r->observed = Observed::Rejected;
    else {
      *why = fmt::format("invalid decision '{}'", shown(f[7]));
      return false;
    }
  }
  if (n == 13) {
    const std::size_t c = 9;
    if (!counter_sum(f[c], f[c + 2], &r->packets) || !counter_sum(f[c + 1], f[c + 3], &r->bytes)) {
      *why = "invalid packet or byte counters";
      return false;
    }
  }
  return true;
}

/// Reads every tuple of a rule group (`flows` of NSG v1/v2 or `flowGroups` of VNet).
void read_group(const json& group, bool vnet, std::uint64_t line, ReadContext& ctx) {
  const json* rule = member(group, "rule");
  const std::string_view rule_name =
      rule && rule->is_string() ? std::string_view(rule->get_ref<const std::string&>()) : "";
  // NSG: {"rule", "flows": [{"mac", "flowTuples": [...]}]}; VNet: {"rule", "flowTuples"}.
  std::vector<const json*> tuple_lists;
  if (const json* t = member(group, "flowTuples")) tuple_lists.push_back(t);
  if (const json* inner = member(group, "flows"); inner && inner->is_array())
    for (const json& m : *inner)
      if (const json* t = member(m, "flowTuples")) tuple_lists.push_back(t);
  std::string why;
  for (const json* list : tuple_lists) {
    if (!list->is_array()) {
      ctx.bad(line, "flowTuples is not an array");
      continue;
    }
    for (const json& t : *list) {
      if (ctx.stopped()) return;
      if (!t.is_string()) {
        ctx.bad(line, "a flow tuple that is not a string");
        continue;
      }
      Record r;
      const std::string& text = t.get_ref<const std::string&>();
      if (!parse_tuple(text, vnet, &r, &why)) {
        ctx.bad(line, fmt::format("flow tuple '{}': {}", shown(text), why));
        continue;
      }
      r.reporter = rule_name;
      r.line = line;
      ctx.emit(r);
    }
  }
}

}  // namespace

void read_azure_record(const json& rec, std::uint64_t line, ReadContext& ctx) {
  if (!rec.is_object()) {
    ctx.bad(line, "not a JSON object");
    return;
  }
  if (const json* fr = member(rec, "flowRecords")) {  // VNet flow log
    const json* flows = member(*fr, "flows");
    if (flows == nullptr || !flows->is_array()) {
      ctx.bad(line, "flowRecords without a flows array");
      return;
    }
    for (const json& acl : *flows) {
      const json* groups = member(acl, "flowGroups");
      if (groups == nullptr || !groups->is_array()) {
        ctx.bad(line, "a flows entry without a flowGroups array");
        continue;
      }
      for (const json& g : *groups) read_group(g, true, line, ctx);
    }
    return;
  }
  const json* props = member(rec, "properties");
  const json* flows = props ? member(*props, "flows") : nullptr;
  if (flows == nullptr || !flows->is_array()) {
    ctx.bad(line, "neither properties.flows (NSG) nor flowRecords (VNet)");
    return;
  }
  for (const json& g : *flows) read_group(g, false, line, ctx);
}

}  // namespace bulkhead::flows
