// Drafting a policy from an imported rule set (draft.h). Per side (inbound, outbound), a
// walk of each point's first-match list finds, for each rule, its match and the part of it
// it decides (what no earlier rule took); the point's policy decides the rest. Each rule
// becomes a policy rule of its own verdict over its whole match: an allow over a deny is
// what a first-match list means when the accept comes first, and where a drop comes first
// the packets it decides inside a later accept's match get an override-deny. Matches that
// hold the whole other-protocol block are widened to `any` (draft.h), with the
// override-denies or allows that widening needs. Boxes are grouped into policy rules (one
// service list per address cell, then one address list per service list) and written as
// YAML text with one quoting function.
// Cost: per point, one region intersection and subtraction per rule (model.h), then
// O(c · b) to group b boxes into c cells.
#include "ruleset/draft.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "base/assert.h"
#include "ruleset/inbound.h"

namespace bulkhead::ruleset {
namespace {

enum class Tier : std::uint8_t { OverrideDeny, Allow, Deny };

std::string_view tier_text(Tier t) {
  return t == Tier::OverrideDeny ? "override-deny" : t == Tier::Allow ? "allow" : "deny";
}

/// What decides a region in the imported set: one rule, a point's policy, or no point.
struct Origin {
  enum class Kind : std::uint8_t { Rule, Policy, Unseen };
  Kind kind = Kind::Rule;
  SourceLoc loc;
  std::string text;
  std::string point;
  Action action = Action::Drop;
};

/// One step of a side, in list order: a decided region, or a rule the draft leaves out
/// (reason set), or a rule that decides no packet (empty region, no reason).
struct Step {
  Origin origin;
  Region match;   ///< what the rule matches at its point
  Region region;  ///< what it decides: its match minus what earlier rules took
  bool allow = false;
  std::string reason;
  bool decides = false;
};

/// "file:line", or "file:line:column" when the column tells rules apart (`nft -j` writes
/// the whole rule set on one line).
std::string where(const SourceLoc& loc) {
  return loc.column > 1 ? loc.str() : loc.file_line();
}

std::string origin_text(const Origin& o) {
  switch (o.kind) {
    case Origin::Kind::Rule:
      return fmt::format("{}: {}", where(o.loc), o.text);
    case Origin::Kind::Policy:
      return fmt::format("{}: policy {} of {}", where(o.loc), action_name(o.action), o.point);
    case Origin::Kind::Unseen:
      return "no imported chain judges these packets: they pass";
  }
  return "";
}

const ServiceSet& other_block() {
  static const ServiceSet s = whole_proto(Proto::Other);
  return s;
}

bool holds_whole_other(const Box& b) {
  const auto& o = other_block().intervals().front();
  return b.key_lo <= o.lo && b.key_hi >= o.hi;
}

/// Why a rule's match cannot be a policy rule's (flows have no source port; only `any`
/// names other protocols, and only all of them), or "" when it can.
std::string inexpressible(const Rule& r) {
  if (!r.exact) {
    std::string why;
    for (const std::string& u : r.unmodelled) why += (why.empty() ? "" : "; ") + u;
    return "not modelled exactly" + (why.empty() ? std::string() : " (" + why + ")");
  }
  const auto& o = other_block().intervals().front();
  for (const Box& b : r.match.boxes()) {
    if (b.sport_lo != 0 || b.sport_hi != kPortMax)
      return "matches source ports, which policy flows do not have";
    std::uint32_t lo = std::max(b.key_lo, o.lo);
    std::uint32_t hi = std::min(b.key_hi, o.hi);
    if (lo <= hi && (lo != o.lo || hi != o.hi))
      return "matches single protocols other than TCP, UDP and ICMP, which only `any` names";
  }
  return "";
}

/// The region with every box that holds the whole other-protocol block widened to every
/// service of its family (what `any` over its addresses takes).
Region widen(const Region& r) {
  Region out;
  for (const Box& b : r.boxes()) {
    if (!holds_whole_other(b)) {
      out.add(Region::of(b));
      continue;
    }
    out.add(Region::product(b.family, IntervalSet<u128>::range(b.src_lo, b.src_hi),
                            IntervalSet<u128>::range(b.dst_lo, b.dst_hi), family_services(b.family),
                            IntervalSet<std::uint32_t>::range(0, kPortMax)));
  }
  return out;
}

/// One policy rule's worth of packets: per family, a product of address sets and keys.
struct Shape {
  struct Part {
    IntervalSet<u128> src, dst;
    ServiceSet keys;
  };
  std::map<Family, Part> parts;
};

using Ivs = std::vector<std::pair<u128, u128>>;

template <typename T>
std::vector<std::pair<T, T>> ivs(const IntervalSet<T>& s) {
  std::vector<std::pair<T, T>> out;
  for (const auto& iv : s.intervals()) out.emplace_back(iv.lo, iv.hi);
  return out;
}

/// Groups a region's boxes into products. Boxes cut the address lines at different places
/// (subtraction peels sources first), so the keys are collected per elementary cell (a
/// source interval no box edge splits × a destination interval likewise), then sources
/// are merged per (destination, keys) and destinations per (sources, keys).
/// O(c · b) for c cells and b boxes. Deterministic order.
std::vector<Shape> shapes(const Region& r) {
  using Keys = std::vector<std::pair<std::uint32_t, std::uint32_t>>;
  std::vector<Shape> out;
  for (Family f : {Family::V4, Family::V6}) {
    std::vector<const Box*> boxes;
    for (const Box& b : r.boxes())
      if (b.family == f) boxes.push_back(&b);
    if (boxes.empty()) continue;
    // Cell starts on one dimension: every lo and every hi + 1 of the given boxes.
    auto cuts = [&](const std::vector<const Box*>& bs, bool src) {
      std::vector<u128> c;
      for (const Box* b : bs) {
        c.push_back(src ? b->src_lo : b->dst_lo);
        u128 hi = src ? b->src_hi : b->dst_hi;
        if (hi < family_max(f)) c.push_back(hi + 1);
      }
      std::sort(c.begin(), c.end());
      c.erase(std::unique(c.begin(), c.end()), c.end());
      return c;
    };
    std::map<std::pair<std::pair<u128, u128>, Keys>, IntervalSet<u128>> by_dst;
    std::vector<u128> sc = cuts(boxes, true);
    for (std::size_t i = 0; i < sc.size(); ++i) {
      const u128 slo = sc[i];
      const u128 shi = i + 1 < sc.size() ? sc[i + 1] - 1 : family_max(f);
      std::vector<const Box*> cover;
      for (const Box* b : boxes)
        if (b->src_lo <= slo && b->src_hi >= slo) cover.push_back(b);
      if (cover.empty()) continue;
      std::vector<u128> dc = cuts(cover, false);
      for (std::size_t j = 0; j < dc.size(); ++j) {
        const u128 dlo = dc[j];
        const u128 dhi = j + 1 < dc.size() ? dc[j + 1] - 1 : family_max(f);
        ServiceSet keys;
        for (const Box* b : cover)
          if (b->dst_lo <= dlo && b->dst_hi >= dlo)
            keys = keys.unite(ServiceSet::range(b->key_lo, b->key_hi));
        if (keys.empty()) continue;
        IntervalSet<u128>& s = by_dst[{{dlo, dhi}, ivs(keys)}];
        s = s.unite(IntervalSet<u128>::range(slo, shi));
      }
    }
    std::map<std::pair<Ivs, Keys>, std::pair<IntervalSet<u128>, IntervalSet<u128>>> by_src;
    for (const auto& [k, src] : by_dst) {
      auto& [s, d] = by_src[{ivs(src), k.second}];
      s = src;
      d = d.unite(IntervalSet<u128>::range(k.first.first, k.first.second));
    }
    for (const auto& [k, sd] : by_src) {
      Shape sh;
      ServiceSet keys;
      for (const auto& [lo, hi] : k.second) keys.add(lo, hi);
      sh.parts[f] = {sd.first, sd.second, keys};
      out.push_back(std::move(sh));
    }
  }
  return out;
}

/// The services of one family's keys as policy text ("any", "tcp/22", "icmp", ...).
std::vector<std::string> service_texts(Family f, const ServiceSet& keys) {
  if (keys == family_services(f)) return {"any"};
  BH_ASSERT(keys.intersect(other_block()).empty(), "other protocols only under any");
  std::vector<std::string> out;
  for (Proto p : {Proto::Tcp, Proto::Udp, icmp_of(f)}) {
    ServiceSet sub = keys.intersect(whole_proto(p));
    if (sub.empty()) continue;
    if (sub == whole_proto(p) && p != Proto::Tcp && p != Proto::Udp) {
      out.push_back("icmp");
      continue;
    }
    for (const auto& iv : sub.intervals()) {
      std::uint32_t lo = key_port(iv.lo), hi = key_port(iv.hi);
      std::string name(proto_name(p));
      out.push_back(lo == hi ? fmt::format("{}/{}", name, lo)
                             : fmt::format("{}/{}-{}", name, lo, hi));
    }
  }
  return out;
}

std::string cidr_text(const Prefix& p) {
  std::string s = p.str();
  return s.find(':') == std::string::npos ? s : "\"" + s + "\"";
}

bool full(Family f, const IntervalSet<u128>& s) {
  return s == IntervalSet<u128>::range(0, family_max(f));
}

/// The cidr list of a rule side over its families ("0.0.0.0/0" for a whole family).
std::vector<std::string> cidr_list(const Shape& sh, bool src) {
  std::vector<std::string> out;
  for (const auto& [f, part] : sh.parts)
    for (const auto& iv : (src ? part.src : part.dst).intervals())
      for (const Prefix& p : interval_prefixes(f, iv.lo, iv.hi)) out.push_back(cidr_text(p));
  return out;
}

/// Writes policy YAML for one draft.
class Writer {
 public:
  Writer(std::string host, std::vector<Family> host_families)
      : host_(std::move(host)), host_families_(std::move(host_families)) {}

  /// Rules for `r` (one per shape), named `<base>`, `<base>-2`, ...
  void rules(const std::string& base, Tier tier, const Region& r, bool inbound,
             const std::string& description) {
    std::vector<Shape> all = shapes(r);
    // One rule for an IPv4 and an IPv6 shape with the same services.
    std::vector<Shape> merged;
    std::vector<bool> used(all.size(), false);
    for (std::size_t i = 0; i < all.size(); ++i) {
      if (used[i]) continue;
      used[i] = true;
      Shape sh = all[i];
      if (sh.parts.count(Family::V4) != 0) {
        auto v4 = service_texts(Family::V4, sh.parts.at(Family::V4).keys);
        for (std::size_t j = i + 1; j < all.size(); ++j)
          if (!used[j] && all[j].parts.count(Family::V6) != 0 &&
              service_texts(Family::V6, all[j].parts.at(Family::V6).keys) == v4) {
            sh.parts[Family::V6] = all[j].parts.at(Family::V6);
            used[j] = true;
            break;
          }
      }
      merged.push_back(std::move(sh));
    }
    for (std::size_t i = 0; i < merged.size(); ++i)
      rule(i == 0 ? base : fmt::format("{}-{}", base, i + 1), tier, merged[i], inbound,
           description);
  }

  void comment(const std::string& text) { body_ += "  # " + text + "\n"; }
  std::size_t count() const { return count_; }
  const std::string& body() const { return body_; }
  const std::map<std::string, std::string>& groups() const { return group_of_; }

 private:
  std::string unique(const std::string& base) {
    std::string name = base;
    for (int n = 2; !names_.insert(name).second; ++n) name = fmt::format("{}-x{}", base, n);
    return name;
  }

  /// The peer side: `any` when it is whole in every family the host has, else a cidr
  /// selector, named as an address group in a comment.
  std::string peer(const Shape& sh, bool src, std::string* group) {
    bool all = true;
    for (Family f : host_families_) {
      auto it = sh.parts.find(f);
      if (it == sh.parts.end() || !full(f, src ? it->second.src : it->second.dst)) all = false;
    }
    if (all) return "any";
    std::vector<std::string> cidrs = cidr_list(sh, src);
    std::string list = fmt::format("[{}]", fmt::join(cidrs, ", "));
    auto [it, fresh] = group_of_.emplace(list, "");
    if (fresh) {
      std::string name = "net-" + cidrs.front();
      name.erase(std::remove(name.begin(), name.end(), '"'), name.end());
      std::replace(name.begin(), name.end(), '/', '_');
      std::replace(name.begin(), name.end(), ':', '.');
      if (cidrs.size() > 1) name += fmt::format("-and-{}-more", cidrs.size() - 1);
      std::string n = name;
      for (int k = 2; !group_names_.insert(n).second; ++k) n = fmt::format("{}-{}", name, k);
      it->second = n;
    }
    *group = it->second;
    return fmt::format("{{cidr: {}}}", list);
  }

  /// The host side: `{host: H}` when it is whole in each of the rule's families, else
  /// the host's addresses within the cidrs.
  std::string own(const Shape& sh, bool src) {
    bool all = true;
    for (const auto& [f, part] : sh.parts)
      if (!full(f, src ? part.src : part.dst)) all = false;
    if (all) return fmt::format("{{host: {}}}", host_);
    return fmt::format("{{host: {}, cidr: [{}]}}", host_, fmt::join(cidr_list(sh, src), ", "));
  }

  void rule(const std::string& base, Tier tier, const Shape& sh, bool inbound,
            const std::string& description) {
    std::vector<std::string> services;
    for (const auto& [f, part] : sh.parts) {
      std::vector<std::string> s = service_texts(f, part.keys);
      if (services.empty()) services = s;
      BH_ASSERT(services == s, "families merge only with equal services");
    }
    std::string group;
    std::string from = inbound ? peer(sh, true, &group) : own(sh, true);
    std::string to = inbound ? own(sh, false) : peer(sh, false, &group);
    std::string g = group.empty() ? "" : "  # " + group;
    body_ += fmt::format("  - name: {}\n", unique(base));
    body_ += fmt::format("    action: {}\n", tier_text(tier));
    body_ += fmt::format("    from: {}{}\n", from, inbound ? g : "");
    body_ += fmt::format("    to: {}{}\n", to, inbound ? "" : g);
    body_ += fmt::format("    services: [{}]\n", fmt::join(services, ", "));
    body_ += fmt::format("    description: {}\n", yaml_quote(description));
    ++count_;
  }

  std::string host_;
  std::vector<Family> host_families_;
  std::string body_;
  std::size_t count_ = 0;
  std::set<std::string> names_;
  std::map<std::string, std::string> group_of_;  // cidr list text → group name
  std::set<std::string> group_names_;
};

/// One side's walk over its points.
struct Side {
  std::vector<Step> steps;
  Region rest;  ///< packets the host's default decides
  bool default_allow = true;
  Origin default_origin;
  std::vector<std::string> points;
  std::vector<std::string> notes;
};

std::optional<Side> walk(const std::vector<Point>& pts, std::string_view side_name,
                         const std::string& file, Diagnostics& diags) {
  Side s;
  for (std::size_t i = 0; i < pts.size(); ++i)
    for (std::size_t j = i + 1; j < pts.size(); ++j)
      if (pts[i].universe.intersects(pts[j].universe)) {
        diags.error(SourceLoc{file, 0, 0},
                    fmt::format("{} points '{}' and '{}' both judge the same packets (a host "
                                "uses one of them); choose one with --point",
                                side_name, pts[i].name, pts[j].name));
        return std::nullopt;
      }
  if (!pts.empty()) {
    s.default_allow = permits(pts.front().policy);
    s.default_origin = {Origin::Kind::Policy, pts.front().policy_loc, pts.front().policy_text,
                        pts.front().name, pts.front().policy};
  } else {
    s.default_origin.kind = Origin::Kind::Unseen;
  }
  Region seen;
  for (const Point& p : pts) {
    s.points.push_back(p.name);
    seen.add(p.universe);
    Region rest = p.universe;
    for (const Rule& r : p.rules) {
      if (!terminal(r.action)) continue;
      Step st;
      st.origin = {Origin::Kind::Rule, r.loc, r.text, p.name, r.action};
      st.allow = permits(r.action);
      st.reason = inexpressible(r);
      if (st.reason.empty()) {
        st.match = p.universe.intersect(r.match);
        st.region = rest.intersect(r.match);
        rest = rest.subtract(r.match);
        st.decides = !st.region.empty();
      }
      s.steps.push_back(std::move(st));
    }
    if (permits(p.policy) == s.default_allow) {
      s.rest.add(rest);
    } else if (!rest.empty()) {
      Step st;
      st.origin = {Origin::Kind::Policy, p.policy_loc, p.policy_text, p.name, p.policy};
      st.allow = permits(p.policy);
      st.match = rest;
      st.region = std::move(rest);
      st.decides = true;
      s.steps.push_back(std::move(st));
    }
  }
  Region whole = Region::whole(Family::V4);
  whole.add(Region::whole(Family::V6));
  Region unseen = whole.subtract(seen);
  if (pts.empty()) {
    s.notes.push_back(
        fmt::format("no {} point: the draft lets every {} packet pass, as the host "
                    "does",
                    side_name, side_name));
  } else {
    for (Family f : {Family::V4, Family::V6})
      if (unseen.intersects(Region::whole(f)))
        s.notes.push_back(fmt::format(
            "no {} point judges {} packets: the draft lets them pass, as the host does "
            "(import the host's {} rules too to draft them)",
            side_name, f == Family::V4 ? "IPv4" : "IPv6", f == Family::V4 ? "IPv4" : "IPv6"));
  }
  if (s.default_allow || unseen.empty()) {
    s.rest.add(unseen);
  } else {
    Step st;
    st.origin.kind = Origin::Kind::Unseen;
    st.allow = true;
    st.match = unseen;
    st.region = std::move(unseen);
    st.decides = true;
    s.steps.push_back(std::move(st));
  }
  return s;
}

std::string rule_base(const std::string& dir, const Origin& o) {
  if (o.kind == Origin::Kind::Unseen) return dir + "-unjudged";
  std::string base =
      fmt::format("{}-{}{}", dir, o.kind == Origin::Kind::Policy ? "policy-" : "", o.loc.line);
  if (o.loc.column > 1) base += fmt::format("-c{}", o.loc.column);
  return base;
}

/// Emits one side's rules (section in draft.h), and its skipped rules. A rule that chain
/// inlining copied into several places (one per jump into its chain) is one policy rule
/// over the union of its copies' matches.
void emit(const Side& s, bool inbound, Writer& w, std::vector<Skipped>* skipped) {
  const std::string dir = inbound ? "in" : "out";
  // An accept is written over its whole match unless that match holds other-protocol
  // packets a drop decides (an override-deny cannot name them); then over what it decides.
  Region dropped, other;
  for (const Step& st : s.steps)
    if (st.decides && !st.allow) dropped.add(st.region);
  for (Family f : {Family::V4, Family::V6})
    other.add(Region::product(f, IntervalSet<u128>::range(0, family_max(f)),
                              IntervalSet<u128>::range(0, family_max(f)), other_block(),
                              IntervalSet<std::uint32_t>::range(0, kPortMax)));
  const Region dropped_other = dropped.intersect(other);
  std::vector<Region> cover(s.steps.size());
  Region allowed, denied;  // what the allow and deny rules cover
  for (std::size_t i = 0; i < s.steps.size(); ++i) {
    const Step& st = s.steps[i];
    if (!st.decides) continue;
    bool whole = !st.allow || !st.match.intersects(dropped_other);
    cover[i] = widen(whole ? st.match : st.region);
    (st.allow ? allowed : denied).add(cover[i]);
  }
  struct Group {
    const Step* first = nullptr;
    Region match, first_part;  // first_part: decided packets inside a later accept (drops)
    bool any_decides = false;
  };
  std::vector<Group> groups;
  std::map<std::tuple<SourceLoc, std::string, bool, int>, std::size_t> index;
  for (std::size_t i = 0; i < s.steps.size(); ++i) {
    const Step& st = s.steps[i];
    auto key = std::tuple{st.origin.loc, st.origin.text, st.allow,
                          static_cast<int>(st.origin.kind) * 2 + (st.reason.empty() ? 0 : 1)};
    auto [it, fresh] = index.emplace(key, groups.size());
    if (fresh) groups.push_back({&st, {}, {}, false});
    Group& g = groups[it->second];
    if (!st.reason.empty() || !st.decides) continue;
    g.any_decides = true;
    g.match.add(cover[i]);
    if (!st.allow) g.first_part.add(st.region.intersect(allowed));
  }
  for (const Group& g : groups) {
    const Step& st = *g.first;
    if (!st.reason.empty()) {
      skipped->push_back({st.origin.loc, st.origin.text, st.reason});
      w.comment(fmt::format("NOT IN THE DRAFT: {} {} ({}); the rules after it decide its packets",
                            where(st.origin.loc), yaml_quote(st.origin.text), st.reason));
      continue;
    }
    if (!g.any_decides) {
      w.comment(fmt::format("{} {} decides no packet: earlier rules take all of its match",
                            where(st.origin.loc), yaml_quote(st.origin.text)));
      continue;
    }
    std::string base = rule_base(dir, st.origin);
    std::string what = origin_text(st.origin);
    w.rules(base, st.allow ? Tier::Allow : Tier::Deny, g.match, inbound, what);
    if (!g.first_part.empty())
      w.rules(base + "-first", Tier::OverrideDeny, g.first_part, inbound,
              "blocked before a later accept by " + what);
  }
  std::string what = origin_text(s.default_origin);
  if (!s.default_allow) {
    Region od = s.rest.intersect(allowed);
    if (!od.empty())
      w.rules(dir + "-default", Tier::OverrideDeny, od, inbound,
              "not accepted by the rules an `any` above stands for: " + what);
  } else {
    Region extra = s.rest.intersect(denied);
    if (!extra.empty())
      w.rules(dir + "-default", Tier::Allow, extra, inbound,
              "not blocked by the rules an `any` above stands for: " + what);
  }
}

std::string side_default(const Side& s) {
  return s.default_allow ? "allow" : "deny";
}

}  // namespace

std::string yaml_quote(std::string_view s) {
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20 || c == 0x7f) {
      out += fmt::format("\\x{:02x}", c);
    } else if (c < 0x80) {
      out += static_cast<char>(c);
    } else {
      // A well-formed UTF-8 sequence is kept; any other byte becomes \xNN.
      std::size_t n = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 0;
      bool ok = n > 0 && i + n <= s.size();
      for (std::size_t k = 1; ok && k < n; ++k)
        ok = (static_cast<unsigned char>(s[i + k]) & 0xc0) == 0x80;
      if (ok && n == 3) {
        auto c1 = static_cast<unsigned char>(s[i + 1]);
        ok = !(c == 0xe0 && c1 < 0xa0) && !(c == 0xed && c1 >= 0xa0);  // overlong, surrogates
      }
      if (ok && n == 4) {
        auto c1 = static_cast<unsigned char>(s[i + 1]);
        ok = !(c == 0xf0 && c1 < 0x90) && !(c == 0xf4 && c1 >= 0x90);
      }
      if (ok) {
        out.append(s.substr(i, n));
        i += n - 1;
      } else {
        out += fmt::format("\\x{:02x}", c);
      }
    }
  }
  return out + "\"";
}

std::string host_name_from_file(std::string_view path) {
  std::size_t slash = path.find_last_of('/');
  std::string base(slash == std::string_view::npos ? path : path.substr(slash + 1));
  if (std::size_t dot = base.find('.'); dot != std::string::npos && dot > 0) base.resize(dot);
  for (char& c : base)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '_' && c != '-') c = '-';
  while (!base.empty() && !std::isalnum(static_cast<unsigned char>(base.front())))
    base.erase(base.begin());
  if (base.size() > 63) base.resize(63);
  return base.empty() ? "host" : base;
}

std::vector<Prefix> interval_prefixes(Family f, u128 lo, u128 hi) {
  std::vector<Prefix> out;
  const int bits = family_bits(f);
  while (true) {
    int len = bits;
    // The shortest prefix starting at lo (aligned) that stays within hi.
    while (len > 0 && (lo & host_mask(f, len - 1)) == 0 && (lo | host_mask(f, len - 1)) <= hi)
      --len;
    out.push_back(Prefix{Addr{f, lo}, len});
    u128 last = lo | host_mask(f, len);
    if (last >= hi) break;
    lo = last + 1;
  }
  return out;
}

std::optional<Draft> draft_policy(const std::vector<Ruleset>& sets, const DraftOptions& o,
                                  Diagnostics& diags) {
  std::vector<Point> in, out;
  std::string file = sets.empty() ? std::string() : sets.front().file;
  for (const Ruleset& rs : sets) {
    for (Point& p : inbound_points(rs))
      if (o.point.empty() || p.name.find(o.point) != std::string::npos) in.push_back(std::move(p));
    for (const Point& p : rs.points)
      if (is_outbound_hook(p) && (o.point.empty() || p.name.find(o.point) != std::string::npos))
        out.push_back(p);
  }
  if (!o.point.empty() && in.empty() && out.empty()) {
    diags.error(SourceLoc{file, 0, 0},
                fmt::format("--point '{}' names no inbound or outbound point", o.point));
    return std::nullopt;
  }
  std::optional<Side> ins = walk(in, "inbound", file, diags);
  std::optional<Side> outs = walk(out, "outbound", file, diags);
  if (!ins || !outs) return std::nullopt;

  Draft d;
  d.inbound_points = ins->points;
  d.outbound_points = outs->points;
  d.notes = ins->notes;
  d.notes.insert(d.notes.end(), outs->notes.begin(), outs->notes.end());
  std::vector<Addr> addrs = o.addresses;
  if (addrs.empty()) {
    d.placeholder = true;
    addrs = {*parse_addr("192.0.2.1"), *parse_addr("2001:db8::1")};
  }
  std::vector<Family> fams;
  for (const Addr& a : addrs)
    if (std::find(fams.begin(), fams.end(), a.family) == fams.end()) fams.push_back(a.family);

  Writer w(o.host, fams);
  emit(*ins, true, w, &d.skipped);
  emit(*outs, false, w, &d.skipped);
  d.rules = w.count();

  std::string& y = d.yaml;
  y += "# A draft bulkhead policy, lifted by `bulkhead import` from the firewall of one host:\n";
  for (const Ruleset& rs : sets)
    y += fmt::format("#   {} ({})\n", yaml_quote(rs.file), format_name(rs.format));
  y += fmt::format("# inbound: {}\n", ins->points.empty()
                                          ? std::string("no point (everything passes)")
                                          : fmt::format("{}", fmt::join(ins->points, "; ")));
  y += fmt::format("# outbound: {}\n", outs->points.empty()
                                           ? std::string("no point (everything passes)")
                                           : fmt::format("{}", fmt::join(outs->points, "; ")));
  y += "# For this host, the rules below decide every new connection exactly as the imported\n"
       "# first-match lists do (each rule's description names the line it comes from). Rule\n"
       "# order does not matter in a policy: a drop that comes before an accept it overlaps\n"
       "# is also an override-deny there (<rule>-first).\n";
  if (!d.skipped.empty())
    y += fmt::format(
        "# {} imported rule{} could not be drafted: see the NOT IN THE DRAFT comments.\n",
        d.skipped.size(), d.skipped.size() == 1 ? "" : "s");
  if (!w.groups().empty()) {
    y += "# Address groups (the peer address sets the rules name):\n";
    std::vector<std::pair<std::string, std::string>> g;
    for (const auto& [list, name] : w.groups()) g.emplace_back(name, list);
    std::sort(g.begin(), g.end());
    for (const auto& [name, list] : g) y += fmt::format("#   {}: {}\n", name, list);
  }
  y += "bulkhead: 1\n\nhosts:\n";
  y += fmt::format("  - name: {}\n", o.host);
  std::vector<std::string> at;
  for (const Addr& a : addrs) {
    std::string s = a.str();
    at.push_back(a.family == Family::V6 ? "\"" + s + "\"" : s);
  }
  y += fmt::format("    addresses: [{}]{}\n", fmt::join(at, ", "),
                   d.placeholder ? "  # TODO: placeholders (documentation addresses): put the "
                                   "host's own addresses here"
                                 : "");
  y += fmt::format("    default_inbound: {}\n", side_default(*ins));
  y += fmt::format("    default_outbound: {}\n", side_default(*outs));
  y += fmt::format(
      "    description: {}\n",
      yaml_quote(fmt::format("inbound default: {}; outbound default: {}",
                             origin_text(ins->default_origin), origin_text(outs->default_origin))));
  y += "\nrules:\n";
  y += w.body();
  return d;
}

}  // namespace bulkhead::ruleset
