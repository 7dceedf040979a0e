// Selector evaluation on one address profile (spec section 2). Used while building
// classes; afterwards selectors are bitsets over classes.
#pragma once

#include <cstdint>
#include <vector>

#include "decision/decision.h"

namespace bulkhead::decision {

/// What a selector can see of one address: its host (or none), its zone, and the address
/// itself (for `cidr:`; atoms never straddle a selector CIDR, so any address of an atom
/// stands for all of them).
struct Profile {
  std::int32_t host = kNoHost;
  std::uint32_t zone = kInternetZone;
  Family family = Family::V4;
  u128 rep = 0;
};

class SelectorEval {
 public:
  SelectorEval(const policy::Model& m, const std::vector<ZoneInfo>& zones)
      : model_(m), zones_(zones) {}

  bool matches(const policy::Selector& s, const Profile& p) const {
    for (const policy::SelectorTerm& t : s.any_of)
      if (term_matches(t, p)) return true;
    return false;
  }

  bool term_matches(const policy::SelectorTerm& t, const Profile& p) const;

 private:
  const policy::Model& model_;
  const std::vector<ZoneInfo>& zones_;
};

}  // namespace bulkhead::decision
