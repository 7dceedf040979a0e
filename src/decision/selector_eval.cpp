// Selector evaluation: one term against one address profile.
#include "decision/selector_eval.h"

#include <algorithm>

namespace bulkhead::decision {

bool SelectorEval::term_matches(const policy::SelectorTerm& t, const Profile& p) const {
  using Kind = policy::SelectorTerm::Kind;
  switch (t.kind) {
    case Kind::Any:
      return true;
    case Kind::Internet:
      return p.zone == kInternetZone;
    case Kind::Hosts:
      return p.host != kNoHost && (!t.managed_only || model_.hosts[p.host].managed);
    case Kind::Map:
      break;
  }
  const policy::Host* host = p.host == kNoHost ? nullptr : &model_.hosts[p.host];
  for (const policy::LabelCond& c : t.labels) {
    if (host == nullptr) return false;  // labels belong to inventory hosts only
    auto it = host->labels.find(c.key);
    bool listed = it != host->labels.end() &&
                  std::find(c.values.begin(), c.values.end(), it->second) != c.values.end();
    if (c.negated ? listed : !listed) return false;
  }
  if (!t.hosts.empty() &&
      (host == nullptr || std::find(t.hosts.begin(), t.hosts.end(), host->name) == t.hosts.end()))
    return false;
  if (!t.zones.empty() &&
      std::find(t.zones.begin(), t.zones.end(), zones_[p.zone].name) == t.zones.end())
    return false;
  if (!t.cidrs.empty()) {
    bool inside = std::any_of(t.cidrs.begin(), t.cidrs.end(), [&](const Prefix& c) {
      return c.base.family == p.family && p.rep >= c.first() && p.rep <= c.last();
    });
    if (!inside) return false;
  }
  return true;
}

}  // namespace bulkhead::decision
