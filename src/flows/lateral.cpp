// Lateral-movement detection: pair accumulators (episodes, attempts, refusals, earliest
// flows) and the sweep that finds, per source, the spans of window starts where K or more
// distinct targets were contacted within W. See lateral.h and docs/flows.md.
#include "flows/lateral.h"

#include <algorithm>
#include <tuple>

namespace bulkhead::flows::lateral {

using decision::Decision;

namespace {

/// Adds [t0, t1] to a pair's episodes, merging every episode within W of it (and so any
/// two it bridges).
void add_episode(std::vector<Episode>& eps, std::int64_t t0, std::int64_t t1, std::int64_t w) {
  Episode e{t0, t1};
  auto it = eps.begin();
  while (it != eps.end()) {
    if (it->first - w <= e.last && it->last + w >= e.first) {
      e.first = std::min(e.first, it->first);
      e.last = std::max(e.last, it->last);
      it = eps.erase(it);
    } else {
      ++it;
    }
  }
  auto pos = std::lower_bound(eps.begin(), eps.end(), e,
                              [](const Episode& a, const Episode& b) { return a.first < b.first; });
  eps.insert(pos, e);
}

/// The ATT&CK technique of a lateral service: its first T1021 technique, else its first.
std::string technique_of(const policy::Model& m, const std::string& service) {
  for (const policy::Service& s : m.services) {
    if (s.name != service || s.attack.empty()) continue;
    for (const std::string& t : s.attack)
      if (t.rfind("T1021", 0) == 0) return t;
    return s.attack.front();
  }
  return "";
}

}  // namespace

CompactFlow compact(const SeenFlow& f) {
  return CompactFlow{f.time, f.file, f.line, f.key, f.observed, f.reply};
}

bool earlier_of_source(const Addr& da, const CompactFlow& a, const Addr& db, const CompactFlow& b) {
  return std::tie(a.time, da, a.key, a.line, a.file) < std::tie(b.time, db, b.key, b.line, b.file);
}

void Episodes::add(std::int64_t t0, std::int64_t t1, std::int64_t w) {
  if (!any) {
    one = Episode{t0, t1};
    any = true;
    return;
  }
  if (many.empty()) {
    if (one.first - w <= t1 && one.last + w >= t0) {
      one.first = std::min(one.first, t0);
      one.last = std::max(one.last, t1);
      return;
    }
    many.push_back(one);
  }
  add_episode(many, t0, t1, w);
}

void LateralAcc::add_contact(const SeenFlow& f, std::uint32_t bit, std::int64_t t0, std::int64_t t1,
                             std::int64_t w) {
  services |= bit;
  episodes.add(t0, t1, w);
  const CompactFlow c = compact(f);
  if (!has_contact || earlier_of_source(dst, c, dst, contact)) contact = c;
  has_contact = true;
}

void LateralAcc::add_blocked(const SeenFlow& f, std::uint64_t n, std::uint32_t bit,
                             std::int64_t first, std::int64_t last) {
  blocked += n;
  blocked_services |= bit;
  widen(&blocked_first, &blocked_last, first, last);
  const CompactFlow c = compact(f);
  if (!has_blocked || earlier_of_source(dst, c, dst, blocked_example)) blocked_example = c;
  has_blocked = true;
}

void LateralAcc::merge(const LateralAcc& b, std::int64_t w) {
  attempts += b.attempts;
  blocked += b.blocked;
  services |= b.services;
  blocked_services |= b.blocked_services;
  widen(&blocked_first, &blocked_last, b.blocked_first, b.blocked_last);
  b.episodes.each([&](const Episode& e) { episodes.add(e.first, e.last, w); });
  if (b.has_contact && (!has_contact || earlier_of_source(dst, b.contact, dst, contact)))
    contact = b.contact;
  if (b.has_blocked &&
      (!has_blocked || earlier_of_source(dst, b.blocked_example, dst, blocked_example)))
    blocked_example = b.blocked_example;
  has_contact = has_contact || b.has_contact;
  has_blocked = has_blocked || b.has_blocked;
}

std::vector<std::string> mask_names(const CheckOptions& o, std::uint32_t mask) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < o.lateral_services.size(); ++i)
    if ((mask >> i) & 1u) out.push_back(o.lateral_services[i].first);
  return out;
}

void detect(const Decision& d, const CheckOptions& o, const std::vector<const LateralAcc*>& pairs,
            const Expand& expand, std::vector<Detection>* out) {
  std::size_t counted = 0;
  for (const LateralAcc* p : pairs) counted += p->episodes.empty() ? 0 : 1;
  if (counted < o.lateral_k || o.lateral_k == 0) return;
  std::vector<std::pair<std::int64_t, int>> events;
  for (const LateralAcc* p : pairs) {
    p->episodes.each([&](const Episode& e) {
      events.emplace_back(e.first - o.window_s, +1);
      events.emplace_back(e.last + 1, -1);
    });
  }
  std::sort(events.begin(), events.end());
  std::vector<std::pair<std::int64_t, std::int64_t>> spans;  // [lo, hi] of starts
  std::vector<std::uint32_t> peaks;
  std::int64_t cover = 0;
  for (std::size_t i = 0; i < events.size();) {
    const std::int64_t pos = events[i].first;
    while (i < events.size() && events[i].first == pos) cover += events[i++].second;
    if (cover >= static_cast<std::int64_t>(o.lateral_k) && i < events.size()) {
      const std::int64_t end = events[i].first - 1;
      if (!spans.empty() && spans.back().second + 1 == pos) {
        spans.back().second = end;
        peaks.back() = std::max<std::uint32_t>(peaks.back(), static_cast<std::uint32_t>(cover));
      } else {
        spans.emplace_back(pos, end);
        peaks.push_back(static_cast<std::uint32_t>(cover));
      }
    }
  }
  for (std::size_t si = 0; si < spans.size(); ++si) {
    // Plain copies: a lambda may not capture structured bindings (C++20, clang).
    const std::int64_t lo = spans[si].first, hi = spans[si].second;
    Detection det;
    det.src = pairs.front()->src;
    det.peak = peaks[si];
    for (const LateralAcc* p : pairs) {
      LateralTarget t;
      bool hit = false;
      p->episodes.each([&](const Episode& e) {
        if (e.first - o.window_s > hi || e.last < lo) return;
        if (!hit) {
          t.first = e.first;
          t.last = e.last;
        }
        t.first = std::min(t.first, e.first);
        t.last = std::max(t.last, e.last);
        hit = true;
      });
      if (!hit) continue;
      t.dst = p->dst;
      t.services = mask_names(o, p->services);
      for (const std::string& svc : t.services) {
        std::string tech = technique_of(d.model(), svc);
        if (!tech.empty() &&
            std::find(t.techniques.begin(), t.techniques.end(), tech) == t.techniques.end())
          t.techniques.push_back(tech);
      }
      t.attempts = p->attempts;
      t.blocked = p->blocked;
      t.example = expand(*p, p->contact);
      det.targets.push_back(std::move(t));
    }
    std::sort(det.targets.begin(), det.targets.end(),
              [](const LateralTarget& a, const LateralTarget& b) {
                return std::tie(a.first, a.dst) < std::tie(b.first, b.dst);
              });
    det.first = det.targets.front().first;
    for (const LateralTarget& t : det.targets) det.last = std::max(det.last, t.last);
    out->push_back(std::move(det));
  }
}

}  // namespace bulkhead::flows::lateral
