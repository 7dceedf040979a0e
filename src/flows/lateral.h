// Lateral-movement detection, internal to src/flows (the Checker, check.cpp, feeds it): per
// (source, destination) address pair on a lateral-movement service, the contact episodes
// (contacts at most W apart merged into one), the attempts and refusals, and the earliest
// contact and refusal as compact flows. At the end, detect() sweeps a source's episodes for
// the spans where K or more distinct targets fall within one window of W.
//
// Memory: one LateralAcc per address pair (one episode inline, more only when a pair is
// contacted again more than W later), whatever the number of records.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/ip.h"
#include "decision/decision.h"
#include "flows/check.h"
#include "flows/record.h"

namespace bulkhead::flows::lateral {

/// Widens [*first, *last] to hold [t0, t1]; 0 is "unknown" and never widens.
inline void widen(std::int64_t* first, std::int64_t* last, std::int64_t t0, std::int64_t t1) {
  if (t0 == 0 && t1 == 0) return;
  if (*first == 0 || t0 < *first) *first = t0;
  if (t1 > *last) *last = t1;
}

/// Contacts of one pair, from the first to the last, none more than W after the previous.
struct Episode {
  std::int64_t first = 0, last = 0;
};

/// A flow of a known address pair, without what the pair and the Decision give back: the
/// verdict is judged again when the flow is shown (LateralAcc keeps two per pair, so this
/// keeps a lateral pair near 230 bytes).
struct CompactFlow {
  std::int64_t time = 0;
  std::string_view file;  ///< interned by the Checker
  std::uint64_t line = 0;
  std::uint32_t key = 0;
  Observed observed = Observed::Unknown;
  bool reply = false;
};
CompactFlow compact(const SeenFlow& f);
/// Order of two flows of one source (SeenFlow's `earlier` for equal sources).
bool earlier_of_source(const Addr& da, const CompactFlow& a, const Addr& db, const CompactFlow& b);

/// A pair's contact episodes: one inline (the usual case, no allocation), more in a vector.
struct Episodes {
  Episode one;
  bool any = false;
  std::vector<Episode> many;  ///< when not empty: every episode (`one` unused)

  /// Adds the contacts [t0, t1], merging every episode within `w` of them (and so any two
  /// they bridge).
  void add(std::int64_t t0, std::int64_t t1, std::int64_t w);
  bool empty() const { return !any; }
  template <typename Fn>
  void each(Fn&& fn) const {
    if (!any) return;
    if (many.empty()) {
      fn(one);
      return;
    }
    for (const Episode& e : many) fn(e);
  }
};

/// One (source, destination) address pair on lateral-movement services.
struct LateralAcc {
  Addr src, dst;
  Episodes episodes;  ///< counted contacts, more than W apart
  std::uint64_t attempts = 0, blocked = 0;
  std::uint32_t services = 0, blocked_services = 0;  ///< bit per lateral service
  std::int64_t blocked_first = 0, blocked_last = 0;
  bool has_contact = false, has_blocked = false;
  CompactFlow contact;  ///< the earliest counted contact
  CompactFlow blocked_example;

  /// A contact that counts towards detections: flow `f` on lateral service `bit` over
  /// [t0, t1], within window `w`.
  void add_contact(const SeenFlow& f, std::uint32_t bit, std::int64_t t0, std::int64_t t1,
                   std::int64_t w);
  /// `n` refused flows like `f` on lateral service `bit`, seen over [first, last].
  void add_blocked(const SeenFlow& f, std::uint64_t n, std::uint32_t bit, std::int64_t first,
                   std::int64_t last);
  /// Folds the same pair's accumulator of another checker (episodes within `w` merge).
  void merge(const LateralAcc& b, std::int64_t w);
};

/// The names of the lateral services whose bits are set in `mask`, in option order.
std::vector<std::string> mask_names(const CheckOptions& o, std::uint32_t mask);

/// A compact flow of a pair expanded back to a SeenFlow, with its verdict judged again.
using Expand = std::function<SeenFlow(const LateralAcc& pair, const CompactFlow& flow)>;

/// Detections of one source (`pairs`: its pairs, by destination): spans of window starts
/// `a` where K or more targets have a contact in [a, a + W], appended to `out`. A target's
/// episode [f, l] covers the starts [f - W, l]; episodes of one target are more than W
/// apart, so their cover intervals are disjoint and the coverage at `a` counts distinct
/// targets. O(E log E) for E episodes.
void detect(const decision::Decision& d, const CheckOptions& o,
            const std::vector<const LateralAcc*>& pairs, const Expand& expand,
            std::vector<Detection>* out);

}  // namespace bulkhead::flows::lateral
