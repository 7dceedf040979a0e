// IntervalSet<T>: a set of integers held as sorted, disjoint, non-adjacent closed
// intervals. Used for address ranges (T = u128) and protocol/port keys (T = uint32_t).
// Every operation is a linear merge: O(n + m) in the number of intervals.
#pragma once

#include <algorithm>
#include <utility>
#include <vector>

namespace bulkhead {

template <typename T>
class IntervalSet {
 public:
  struct Interval {
    T lo;
    T hi;  ///< inclusive
    bool operator==(const Interval&) const = default;
  };

  IntervalSet() = default;
  static IntervalSet range(T lo, T hi) {
    IntervalSet s;
    s.items_.push_back({lo, hi});
    return s;
  }

  bool empty() const { return items_.empty(); }
  const std::vector<Interval>& intervals() const { return items_; }
  std::size_t size() const { return items_.size(); }
  bool operator==(const IntervalSet&) const = default;

  /// Adds [lo, hi]. Amortised O(1) when called in increasing order, else O(n).
  void add(T lo, T hi) {
    if (!items_.empty() && lo >= items_.back().lo) {
      Interval& last = items_.back();
      if (last.hi == max_of(last.hi) || lo <= last.hi + 1) {
        last.hi = std::max(last.hi, hi);
        return;
      }
      items_.push_back({lo, hi});
      return;
    }
    *this = unite(range(lo, hi));
  }

  bool contains(T x) const {
    auto it = std::upper_bound(items_.begin(), items_.end(), x,
                               [](T v, const Interval& iv) { return v < iv.lo; });
    if (it == items_.begin()) return false;
    return x <= std::prev(it)->hi;
  }

  /// True when every element of [lo, hi] is in the set.
  bool covers(T lo, T hi) const {
    auto it = std::upper_bound(items_.begin(), items_.end(), lo,
                               [](T v, const Interval& iv) { return v < iv.lo; });
    if (it == items_.begin()) return false;
    return hi <= std::prev(it)->hi;
  }

  /// True when some element of [lo, hi] is in the set.
  bool intersects(T lo, T hi) const {
    auto it = std::upper_bound(items_.begin(), items_.end(), hi,
                               [](T v, const Interval& iv) { return v < iv.lo; });
    if (it == items_.begin()) return false;
    return std::prev(it)->hi >= lo;
  }

  IntervalSet unite(const IntervalSet& other) const {
    IntervalSet out;
    out.items_.reserve(items_.size() + other.items_.size());
    auto a = items_.begin(), b = other.items_.begin();
    while (a != items_.end() || b != other.items_.end()) {
      const Interval& next =
          (b == other.items_.end() || (a != items_.end() && a->lo <= b->lo)) ? *a++ : *b++;
      out.append_merging(next);
    }
    return out;
  }

  IntervalSet intersect(const IntervalSet& other) const {
    IntervalSet out;
    auto a = items_.begin(), b = other.items_.begin();
    while (a != items_.end() && b != other.items_.end()) {
      T lo = std::max(a->lo, b->lo);
      T hi = std::min(a->hi, b->hi);
      if (lo <= hi) out.items_.push_back({lo, hi});
      if (a->hi < b->hi) {
        ++a;
      } else {
        ++b;
      }
    }
    return out;
  }

  /// The elements of [lo, hi] not in this set.
  IntervalSet complement(T lo, T hi) const {
    IntervalSet out;
    T cursor = lo;
    bool done = false;
    for (const Interval& iv : items_) {
      if (iv.hi < lo) continue;
      if (iv.lo > hi) break;
      if (iv.lo > cursor) out.items_.push_back({cursor, iv.lo - 1});
      if (iv.hi >= hi) {
        done = true;
        break;
      }
      cursor = iv.hi + 1;
    }
    if (!done && cursor <= hi) out.items_.push_back({cursor, hi});
    return out;
  }

  IntervalSet subtract(const IntervalSet& other) const {
    if (items_.empty() || other.items_.empty()) return *this;
    return intersect(other.complement(items_.front().lo, items_.back().hi));
  }

  /// Number of elements, saturating at the largest T.
  T count() const {
    T total = 0;
    for (const Interval& iv : items_) {
      T n = iv.hi - iv.lo;
      if (total + n < total || total + n + 1 < total + n) return max_of(total);
      total += n + 1;
    }
    return total;
  }

 private:
  static T max_of(T) { return static_cast<T>(~T{0}); }

  void append_merging(const Interval& iv) {
    if (!items_.empty()) {
      Interval& last = items_.back();
      if (last.hi == max_of(last.hi) || iv.lo <= last.hi + 1) {
        last.hi = std::max(last.hi, iv.hi);
        return;
      }
    }
    items_.push_back(iv);
  }

  std::vector<Interval> items_;
};

}  // namespace bulkhead
