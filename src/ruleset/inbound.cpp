// Inbound enforcement (inbound.h). nftables: a packet addressed to the host passes the
// filter base chains of the prerouting hook, then those of the input hook, each hook's
// chains by priority (file order between equal priorities). A drop or reject in any of
// them is final; an accept, or an accept policy, hands the packet to the next chain.
//
// Such a sequence of first-match lists L1..Lk is one first-match list: L1's rules in
// order, except that each accept of L1 becomes the composition of L2..Lk restricted to its
// match, closed by the composition's policy as an explicit rule over that match (so the
// block decides every packet the accept took); after L1's rules, a drop policy ends the
// list and an accept policy continues with the composition of L2..Lk. Every rule of the
// result is a copy of the rule that decides, its match narrowed, so it keeps its
// file:line. Rules under an inexact accept are inexact too (whether the packet got there
// is unknown), as chains.cpp does for the rules it inlines under an inexact jump.
//
// Each family's path is composed separately (an inet chain is on both); when both
// families meet the same chains, one point covers both. iptables INPUT and Windows
// inbound points are single lists already.
// Cost: each accept of a chain times the composed rules of the chains after it, in Region
// intersections; a host's own table followed by a distribution's input chain stays small.
#include "ruleset/inbound.h"

#include <algorithm>

#include <fmt/format.h>

namespace bulkhead::ruleset {
namespace {

/// Where a base chain sits on the path of a packet to the host: prerouting, then input.
int hook_rank(const std::string& hook) {
  return hook == "prerouting" ? 0 : 1;
}

/// A composed list: rules, then the policy of whatever the rules leave.
struct Composed {
  std::vector<Rule> rules;
  Action policy = Action::Accept;
  SourceLoc policy_loc;
  std::string policy_text;
  std::string policy_chain;  ///< the point whose policy it is
};

const std::vector<Rule>& host_rules(const Point& p) {
  return p.to_host_rules ? *p.to_host_rules : p.rules;
}

/// The composition of `path[from..]`, every match restricted to `universe`.
Composed compose(const std::vector<const Point*>& path, std::size_t from, const Region& universe) {
  const Point& p = *path[from];
  Composed out;
  const bool last = from + 1 == path.size();
  Composed next;
  if (!last) next = compose(path, from + 1, universe);
  for (const Rule& r : host_rules(p)) {
    Region m = r.match.intersect(universe);
    if (m.empty()) continue;
    if (last || !terminal(r.action) || !permits(r.action)) {
      Rule x = r;
      x.match = std::move(m);
      out.rules.push_back(std::move(x));
      continue;
    }
    // An accept: the later chains decide what it takes.
    const std::string why =
        fmt::format("reached through the inexact accept at {} ({})", r.loc.file_line(), p.name);
    auto narrowed = [&](Rule x, Region xm) {
      x.match = std::move(xm);
      if (!r.exact) {
        x.exact = false;
        x.unmodelled.push_back(why);
      }
      out.rules.push_back(std::move(x));
    };
    for (const Rule& s : next.rules) {
      Region xm = s.match.intersect(m);
      if (!xm.empty()) narrowed(s, std::move(xm));
    }
    Rule pol;
    pol.action = next.policy;
    pol.loc = next.policy_loc;
    pol.text = next.policy_text;
    pol.chain = next.policy_chain;
    narrowed(std::move(pol), std::move(m));
  }
  if (last || !permits(p.policy)) {
    out.policy = p.policy;
    out.policy_loc = p.policy_loc;
    out.policy_text = p.policy_text;
    out.policy_chain = p.name;
    return out;
  }
  for (Rule& s : next.rules) out.rules.push_back(std::move(s));
  out.policy = next.policy;
  out.policy_loc = next.policy_loc;
  out.policy_text = next.policy_text;
  out.policy_chain = next.policy_chain;
  return out;
}

Point composed_point(const std::vector<const Point*>& path, const Region& universe,
                     const std::string& suffix) {
  Point out;
  for (const Point* p : path) out.name += (out.name.empty() ? "" : " + ") + p->name;
  out.name += suffix;
  out.universe = universe;
  out.hook = "input";
  out.hook_priority = path.front()->hook_priority;
  Composed c = compose(path, 0, universe);
  out.rules = std::move(c.rules);
  out.policy = c.policy;
  out.policy_loc = c.policy_loc;
  out.policy_text = std::move(c.policy_text);
  return out;
}

std::vector<Point> nft_inbound(const Ruleset& rs) {
  std::vector<const Point*> chains;
  for (const Point& p : rs.points)
    if (p.hook == "prerouting" || p.hook == "input") chains.push_back(&p);
  std::stable_sort(chains.begin(), chains.end(), [](const Point* a, const Point* b) {
    if (hook_rank(a->hook) != hook_rank(b->hook)) return hook_rank(a->hook) < hook_rank(b->hook);
    return a->hook_priority < b->hook_priority;
  });
  std::vector<const Point*> path[2];
  const Family families[2] = {Family::V4, Family::V6};
  for (int f = 0; f < 2; ++f)
    for (const Point* p : chains)
      if (p->universe.intersects(Region::whole(families[f]))) path[f].push_back(p);
  std::vector<Point> out;
  if (path[0] == path[1]) {
    if (path[0].empty()) return out;
    Region u;
    for (const Point* p : path[0]) u.add(p->universe);
    out.push_back(composed_point(path[0], u, ""));
    return out;
  }
  const bool both = !path[0].empty() && !path[1].empty();
  for (int f = 0; f < 2; ++f) {
    if (path[f].empty()) continue;
    std::string suffix = !both ? "" : f == 0 ? " (IPv4)" : " (IPv6)";
    out.push_back(composed_point(path[f], Region::whole(families[f]), suffix));
  }
  return out;
}

}  // namespace

bool is_outbound_hook(const Point& p) {
  return p.hook == "output" || p.hook == "OUTPUT" || p.hook == "outbound";
}

bool is_inbound_hook(const Point& p) {
  return p.hook == "input" || p.hook == "INPUT" || p.hook == "inbound";
}

std::vector<Point> inbound_points(const Ruleset& rs) {
  if (rs.format == Format::NftJson) return nft_inbound(rs);
  std::vector<Point> out;
  for (const Point& p : rs.points)
    if (is_inbound_hook(p)) out.push_back(p);
  return out;
}

}  // namespace bulkhead::ruleset
