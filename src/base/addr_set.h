// AddrSet: a set of IPv4 and IPv6 addresses as two interval sets, one per family.
#pragma once

#include "base/interval_set.h"
#include "base/ip.h"

namespace bulkhead {

struct AddrSet {
  IntervalSet<u128> v4;
  IntervalSet<u128> v6;

  static AddrSet all() {
    return {IntervalSet<u128>::range(0, family_max(Family::V4)),
            IntervalSet<u128>::range(0, family_max(Family::V6))};
  }
  IntervalSet<u128>& of(Family f) { return f == Family::V4 ? v4 : v6; }
  const IntervalSet<u128>& of(Family f) const { return f == Family::V4 ? v4 : v6; }
  bool empty() const { return v4.empty() && v6.empty(); }
  bool contains(const Addr& a) const { return of(a.family).contains(a.value); }
  void add(const Prefix& p) { of(p.base.family).add(p.first(), p.last()); }
  void add(const Addr& a) { of(a.family).add(a.value, a.value); }
  AddrSet unite(const AddrSet& o) const { return {v4.unite(o.v4), v6.unite(o.v6)}; }
  AddrSet intersect(const AddrSet& o) const { return {v4.intersect(o.v4), v6.intersect(o.v6)}; }
  AddrSet subtract(const AddrSet& o) const { return {v4.subtract(o.v4), v6.subtract(o.v6)}; }
  AddrSet complement() const {
    return {v4.complement(0, family_max(Family::V4)), v6.complement(0, family_max(Family::V6))};
  }
  bool operator==(const AddrSet&) const = default;
};

}  // namespace bulkhead
