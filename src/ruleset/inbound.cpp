#include "ruleset/inbound.h"

namespace bulkhead::ruleset {

bool is_inbound_hook(const Point& p) {
  return p.hook == "input" || p.hook == "INPUT" || p.hook == "inbound";
}

std::vector<Point> inbound_points(const Ruleset& rs) {
  std::vector<Point> out;
  for (const Point& p : rs.points)
    if (is_inbound_hook(p)) out.push_back(p);
  return out;
}

}  // namespace bulkhead::ruleset
