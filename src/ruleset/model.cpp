// Box algebra for Regions (model.h). Subtracting box b from box a peels, dimension by
// dimension, the slabs of a below and above b, then narrows a to b on that dimension:
// at most two pieces per dimension, eight in all, pairwise disjoint by construction.
#include "ruleset/model.h"

#include <algorithm>

#include <fmt/format.h>

#include "base/assert.h"

namespace bulkhead::ruleset {
namespace {

std::optional<Box> meet(const Box& a, const Box& b) {
  if (a.family != b.family) return std::nullopt;
  Box r = a;
  r.src_lo = std::max(a.src_lo, b.src_lo);
  r.src_hi = std::min(a.src_hi, b.src_hi);
  r.dst_lo = std::max(a.dst_lo, b.dst_lo);
  r.dst_hi = std::min(a.dst_hi, b.dst_hi);
  r.key_lo = std::max(a.key_lo, b.key_lo);
  r.key_hi = std::min(a.key_hi, b.key_hi);
  r.sport_lo = std::max(a.sport_lo, b.sport_lo);
  r.sport_hi = std::min(a.sport_hi, b.sport_hi);
  if (r.src_lo > r.src_hi || r.dst_lo > r.dst_hi || r.key_lo > r.key_hi || r.sport_lo > r.sport_hi)
    return std::nullopt;
  return r;
}

/// Peels the part of `rest` outside [lo, hi] on one dimension into `out`, then narrows it.
template <typename T>
void peel(Box& rest, T Box::*lo_of, T Box::*hi_of, T lo, T hi, std::vector<Box>& out) {
  if (rest.*lo_of < lo) {
    Box below = rest;
    below.*hi_of = lo - 1;
    out.push_back(below);
    rest.*lo_of = lo;
  }
  if (rest.*hi_of > hi) {
    Box above = rest;
    above.*lo_of = hi + 1;
    out.push_back(above);
    rest.*hi_of = hi;
  }
}

/// a minus b, appended to out.
void box_minus(const Box& a, const Box& b, std::vector<Box>& out) {
  std::optional<Box> m = meet(a, b);
  if (!m) {
    out.push_back(a);
    return;
  }
  Box rest = a;
  peel(rest, &Box::src_lo, &Box::src_hi, m->src_lo, m->src_hi, out);
  peel(rest, &Box::dst_lo, &Box::dst_hi, m->dst_lo, m->dst_hi, out);
  peel(rest, &Box::key_lo, &Box::key_hi, m->key_lo, m->key_hi, out);
  peel(rest, &Box::sport_lo, &Box::sport_hi, m->sport_lo, m->sport_hi, out);
}

}  // namespace

Region Region::product(Family f, const IntervalSet<u128>& src, const IntervalSet<u128>& dst,
                       const ServiceSet& keys, const IntervalSet<std::uint32_t>& sports) {
  Region r;
  ServiceSet k = keys.intersect(family_services(f));
  for (const auto& s : src.intervals())
    for (const auto& d : dst.intervals())
      for (const auto& key : k.intervals())
        for (const auto& sp : sports.intervals())
          r.boxes_.push_back({f, s.lo, s.hi, d.lo, d.hi, key.lo, key.hi, sp.lo, sp.hi});
  return r;
}

Region Region::whole(Family f) {
  return product(f, IntervalSet<u128>::range(0, family_max(f)),
                 IntervalSet<u128>::range(0, family_max(f)), all_services(),
                 IntervalSet<std::uint32_t>::range(0, kPortMax));
}

Region Region::intersect(const Region& o) const {
  Region r;
  for (const Box& a : boxes_)
    for (const Box& b : o.boxes_)
      if (std::optional<Box> m = meet(a, b)) r.boxes_.push_back(*m);
  return r;
}

Region Region::subtract(const Region& o) const {
  std::vector<Box> cur = boxes_;
  std::vector<Box> next;
  for (const Box& b : o.boxes_) {
    if (cur.empty()) break;
    next.clear();
    for (const Box& a : cur) box_minus(a, b, next);
    cur.swap(next);
  }
  Region r;
  r.boxes_ = std::move(cur);
  return r;
}

void Region::add(const Region& o) {
  Region fresh = o.subtract(*this);
  boxes_.insert(boxes_.end(), fresh.boxes_.begin(), fresh.boxes_.end());
}

bool Region::intersects(const Region& o) const {
  for (const Box& a : boxes_)
    for (const Box& b : o.boxes_)
      if (meet(a, b)) return true;
  return false;
}

bool Region::contains(const Packet& p) const {
  for (const Box& b : boxes_)
    if (b.family == p.family && p.src >= b.src_lo && p.src <= b.src_hi && p.dst >= b.dst_lo &&
        p.dst <= b.dst_hi && p.key >= b.key_lo && p.key <= b.key_hi && p.sport >= b.sport_lo &&
        p.sport <= b.sport_hi)
      return true;
  return false;
}

Packet Region::sample() const {
  BH_ASSERT(!boxes_.empty(), "sample of an empty region");
  const Box& b = boxes_.front();
  return {b.family, b.src_lo, b.dst_lo, b.key_lo, b.sport_lo};
}

std::string Packet::str() const {
  Proto p = key_proto(key);
  std::uint32_t port = key_port(key);
  std::string s = format_addr(family, src);
  std::string d = format_addr(family, dst);
  if (family == Family::V6) d = "[" + d + "]";
  if (p == Proto::Tcp || p == Proto::Udp) {
    if (family == Family::V6) s = "[" + s + "]";
    return fmt::format("{} {}:{} -> {}:{}", proto_name(p), s, sport, d, port);
  }
  if (family == Family::V6) d = d.substr(1, d.size() - 2);
  if (p == Proto::Other) return fmt::format("proto {} {} -> {}", port, s, d);
  return fmt::format("{} {} -> {} type {}", proto_name(p), s, d, port);
}

std::string_view action_name(Action a) {
  switch (a) {
    case Action::Accept:
      return "accept";
    case Action::Drop:
      return "drop";
    case Action::Reject:
      return "reject";
    case Action::Log:
      return "log";
  }
  return "drop";
}

std::string_view format_name(Format f) {
  switch (f) {
    case Format::NftJson:
      return "nft-json";
    case Format::IptablesSave:
      return "iptables-save";
    case Format::WindowsExport:
      return "windows-export";
  }
  return "nft-json";
}

}  // namespace bulkhead::ruleset
