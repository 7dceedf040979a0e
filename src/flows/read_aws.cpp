// AWS VPC Flow Logs and Transit Gateway flow logs: space-separated fields, `-` for none.
// The layout is the default one (v2's 14 fields, or a prefix of the documented v2..v8 order
// when a headerless line has more; TGW's 36 fields), or the custom order of the last header
// line (`version srcaddr ...`, written at the top of each S3 object). This is the hot path
// of `flows check`: a line is split in place and every field parsed without allocating.
#include <array>
#include <string_view>

#include <fmt/format.h>

#include "flows/read_context.h"
#include "flows/text_fields.h"

namespace bulkhead::flows {
namespace {

constexpr std::size_t kMaxFields = 64;

/// Every VPC field in the documented order (v2 default first, then v3, v4, v5, v7, v8):
/// a headerless line of n fields has the first n of them.
constexpr std::string_view kVpcFields[] = {
    "version", "account-id", "interface-id", "srcaddr", "dstaddr", "srcport", "dstport", "protocol",
    "packets", "bytes", "start", "end", "action", "log-status",
    // v3
    "vpc-id", "subnet-id", "instance-id", "tcp-flags", "type", "pkt-srcaddr", "pkt-dstaddr",
    // v4
    "region", "az-id", "sublocation-type", "sublocation-id",
    // v5
    "pkt-src-aws-service", "pkt-dst-aws-service", "flow-direction", "traffic-path",
    // v7
    "ecs-cluster-arn", "ecs-cluster-name", "ecs-container-instance-arn",
    "ecs-container-instance-id", "ecs-container-id", "ecs-second-container-id", "ecs-service-name",
    "ecs-task-definition-arn", "ecs-task-arn", "ecs-task-id",
    // v8
    "reject-reason"};

constexpr std::string_view kTgwFields[] = {"version",
                                           "resource-type",
                                           "account-id",
                                           "tgw-id",
                                           "tgw-attachment-id",
                                           "tgw-src-vpc-account-id",
                                           "tgw-dst-vpc-account-id",
                                           "tgw-src-vpc-id",
                                           "tgw-dst-vpc-id",
                                           "tgw-src-subnet-id",
                                           "tgw-dst-subnet-id",
                                           "tgw-src-eni",
                                           "tgw-dst-eni",
                                           "tgw-src-az-id",
                                           "tgw-dst-az-id",
                                           "tgw-pair-attachment-id",
                                           "srcaddr",
                                           "dstaddr",
                                           "srcport",
                                           "dstport",
                                           "protocol",
                                           "packets",
                                           "bytes",
                                           "start",
                                           "end",
                                           "log-status",
                                           "type",
                                           "packets-lost-no-route",
                                           "packets-lost-blackhole",
                                           "packets-lost-mtu-exceeded",
                                           "packets-lost-ttl-expired",
                                           "tcp-flags",
                                           "region",
                                           "flow-direction",
                                           "pkt-src-aws-service",
                                           "pkt-dst-aws-service"};

/// Where each field the record needs sits on the line (-1: absent).
struct Layout {
  std::size_t fields = 0;
  int src = -1, dst = -1, sport = -1, dport = -1, proto = -1, packets = -1, bytes = -1;
  int start = -1, end = -1, action = -1, status = -1, reporter = -1, direction = -1;
  bool tgw = false;

  void set(std::string_view name, int i) {
    if (name == "srcaddr")
      src = i;
    else if (name == "dstaddr")
      dst = i;
    else if (name == "srcport")
      sport = i;
    else if (name == "dstport")
      dport = i;
    else if (name == "protocol")
      proto = i;
    else if (name == "packets")
      packets = i;
    else if (name == "bytes")
      bytes = i;
    else if (name == "start")
      start = i;
    else if (name == "end")
      end = i;
    else if (name == "action")
      action = i;
    else if (name == "log-status")
      status = i;
    else if (name == "interface-id" && !tgw)
      reporter = i;
    else if (name == "tgw-attachment-id")
      reporter = i;
    else if (name == "flow-direction")
      direction = i;
  }
};

template <std::size_t N>
Layout default_layout(const std::string_view (&names)[N], std::size_t n, bool tgw) {
  Layout l;
  l.tgw = tgw;
  l.fields = n;
  for (std::size_t i = 0; i < n && i < N; ++i) l.set(names[i], static_cast<int>(i));
  return l;
}

/// The layout a header line announces; false (with *why) when it lacks a needed field.
bool header_layout(const std::string_view* f, std::size_t n, bool tgw, Layout* out,
                   std::string* why) {
  Layout l;
  l.tgw = tgw;
  l.fields = n;
  for (std::size_t i = 0; i < n; ++i) {
    if (f[i] == "tgw-id" || f[i] == "resource-type") l.tgw = true;
  }
  for (std::size_t i = 0; i < n; ++i) l.set(f[i], static_cast<int>(i));
  for (auto [pos, name] :
       {std::pair{l.src, "srcaddr"}, std::pair{l.dst, "dstaddr"}, std::pair{l.proto, "protocol"}}) {
    if (pos < 0) {
      *why = fmt::format("the header line has no {} field", name);
      return false;
    }
  }
  *out = l;
  return true;
}

std::string_view at(const std::string_view* f, int i) {
  return i < 0 ? std::string_view() : f[i];
}

/// One record line; false with *why when malformed, true with *skip for NODATA/SKIPDATA.
bool parse_line(const Layout& l, const std::string_view* f, Record* r, bool* skip,
                std::string* why) {
  const std::string_view status = at(f, l.status);
  if (status == "NODATA" || status == "SKIPDATA") {
    *skip = true;
    return true;
  }
  std::optional<Addr> src = parse_address(f[l.src]);
  if (!src) {
    *why = fmt::format("invalid srcaddr '{}'", shown(f[l.src]));
    return false;
  }
  std::optional<Addr> dst = parse_address(f[l.dst]);
  if (!dst) {
    *why = fmt::format("invalid dstaddr '{}'", shown(f[l.dst]));
    return false;
  }
  if (src->family != dst->family) {
    *why = fmt::format("srcaddr {} and dstaddr {} are of different address families",
                       shown(f[l.src]), shown(f[l.dst]));
    return false;
  }
  std::uint64_t proto = 0;
  if (!parse_bounded(f[l.proto], 255, &proto)) {
    *why = fmt::format("invalid protocol '{}': expected 0-255", shown(f[l.proto]));
    return false;
  }
  r->src = *src;
  r->dst = *dst;
  r->protocol = static_cast<std::uint8_t>(proto);
  const std::string_view sp = at(f, l.sport), dp = at(f, l.dport);
  if (has_port_numbers(r->protocol) && !dp.empty() && dp != "-") {
    std::uint64_t s = 0, d = 0;
    if (!parse_bounded(sp, 65535, &s) || !parse_bounded(dp, 65535, &d)) {
      *why = fmt::format("invalid ports '{}' '{}'", shown(sp), shown(dp));
      return false;
    }
    r->has_ports = true;
    r->src_port = static_cast<std::uint16_t>(s);
    r->dst_port = static_cast<std::uint16_t>(d);
  }
  for (auto [pos, dest, name] :
       {std::tuple{l.packets, &r->packets, "packets"}, std::tuple{l.bytes, &r->bytes, "bytes"}}) {
    const std::string_view v = at(f, pos);
    if (v.empty() || v == "-") continue;
    if (!parse_u64(v, dest)) {
      *why = fmt::format("invalid {} '{}'", name, shown(v));
      return false;
    }
  }
  const std::string_view st = at(f, l.start), en = at(f, l.end);
  if (!st.empty() && st != "-") {
    if (!parse_i64(st, &r->start) || !parse_i64(en, &r->end)) {
      *why = fmt::format("invalid start/end '{}' '{}'", shown(st), shown(en));
      return false;
    }
    // An aggregation window is at most 10 minutes; a day apart is a damaged record.
    if (r->end < r->start || r->end - r->start > 86400) {
      *why = fmt::format("start {} and end {} are not an aggregation window", r->start, r->end);
      return false;
    }
  }
  const std::string_view action = at(f, l.action);
  if (action == "ACCEPT")
    r->observed = Observed::Accepted;
  else if (action == "REJECT")
    r->observed = Observed::Rejected;
  else if (!action.empty() && action != "-") {
    *why = fmt::format("invalid action '{}': expected ACCEPT or REJECT", shown(action));
    return false;
  }
  const std::string_view dir = at(f, l.direction);
  if (dir == "ingress")
    r->direction = Direction::Inbound;
  else if (dir == "egress")
    r->direction = Direction::Outbound;
  const std::string_view rep = at(f, l.reporter);
  if (rep != "-") r->reporter = rep;
  return true;
}

}  // namespace

void read_aws(LineSource& in, ReadContext& ctx) {
  const bool tgw = ctx.format() == Format::AwsTransitGateway;
  std::optional<Layout> header;
  const Layout v2 = default_layout(kVpcFields, 14, false);
  const Layout tgw36 = default_layout(kTgwFields, std::size(kTgwFields), true);
  std::array<std::string_view, kMaxFields> f;
  std::string_view line;
  std::string why;
  std::uint64_t since_progress = 0;
  while (!ctx.stopped() && in.next(&line)) {
    const std::uint64_t no = in.line_number();
    if (in.too_long()) {
      ctx.bad(no, fmt::format("line longer than {} bytes", LineSource::kMaxLine));
      continue;
    }
    if (line.empty() || line.front() == '#') {
      ctx.skip();
      continue;
    }
    const std::size_t n = split_fields(line, ' ', f.data(), kMaxFields);
    if (n > kMaxFields) {
      ctx.bad(no, fmt::format("more than {} fields", kMaxFields));
      continue;
    }
    if (f[0] == "version") {
      Layout l;
      if (!header_layout(f.data(), n, tgw, &l, &why)) {
        ctx.bad(no, why);
        header.reset();
        continue;
      }
      header = l;
      ctx.skip();
      continue;
    }
    const Layout* l = nullptr;
    Layout prefix;
    if (header) {
      l = &*header;
    } else if (tgw) {
      l = &tgw36;
    } else if (n == 14) {
      l = &v2;
    } else if (n > 14 && n <= std::size(kVpcFields)) {
      prefix = default_layout(kVpcFields, n, false);
      l = &prefix;
    }
    if (l == nullptr || n != l->fields) {
      ctx.bad(no, fmt::format("{} fields, expected {}", n,
                              l != nullptr ? l->fields : (tgw ? std::size(kTgwFields) : 14)));
      continue;
    }
    Record r;
    bool skip = false;
    if (!parse_line(*l, f.data(), &r, &skip, &why)) {
      ctx.bad(no, why);
      continue;
    }
    if (skip) {
      ctx.skip();
      continue;
    }
    r.line = no;
    ctx.emit(r);
    if (++since_progress == (1u << 20)) {
      since_progress = 0;
      ctx.progress(in.bytes_read());
    }
  }
}

}  // namespace bulkhead::flows
