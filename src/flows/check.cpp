// The flow checker: every record judged exactly as Decision::query would, and the
// findings of `flows check` accumulated in memory bounded by what is distinct.
//
// Judging. A record becomes a flow (source, destination, protocol, key): TCP/UDP keys are
// the destination port, ICMP keys the message type, other protocols their number. A reply
// (a service port talking to an ephemeral port, an ICMP echo reply) is judged as the
// connection it answers, since every target admits replies of established connections. A
// record without a port or type is judged when the pair's tier map gives the whole
// protocol one verdict, and counted as not judgeable otherwise. Per (source class,
// destination class) the checker caches the tier map and the verdict of each tier (as
// Decision::judge computes it, and as it would be with every point enforcing), so a known
// pair costs two atom lookups, one hash probe and one segment search, without allocation.
//
// Accumulating. Findings are grouped by (deciding rule or default, class pair, service);
// rules keep hits, bytes, first/last and capped distinct peer sets; lateral-movement
// services keep per address pair the contact episodes (contacts merged when at most W
// apart), from which detections are found at the end by a sweep (lateral.{h,cpp}). Every
// accumulator merges (sums, min/max, set unions, the earliest example), so merge() is exact.
#include "flows/check.h"

#include <algorithm>
#include <deque>
#include <map>
#include <tuple>
#include <unordered_set>

#include <fmt/format.h>

#include "analysis/findings.h"
#include "analysis/pair_summary.h"
#include "base/assert.h"
#include "flows/lateral.h"

namespace bulkhead::flows {

using decision::Decision;
using decision::kNoRule;
using decision::Tier;
using lateral::LateralAcc;
using lateral::widen;

namespace {

constexpr std::uint32_t kNone = 0xffffffffu;
constexpr std::uint8_t kNoLateral = 0xff;
// Group service ids: a catalog service index, or one of these tags with a value.
constexpr std::uint32_t kSegmentTag = 0x80000000u;  // | segment's first key
constexpr std::uint32_t kNoKeyTag = 0xc0000000u;    // | Proto: the record had no port/type

struct AddrKey {
  std::uint64_t hi = 0, lo = 0, fam = 0;
};
AddrKey addr_key(const Addr& a) {
  return AddrKey{static_cast<std::uint64_t>(a.value >> 64), static_cast<std::uint64_t>(a.value),
                 static_cast<std::uint64_t>(a.family)};
}
struct AddrPairKey {
  AddrKey s, d;
};
struct GroupKey {
  std::uint32_t rule = 0, src = 0, dst = 0, svc = 0;
};

/// Whether a (source port, destination port) pair reads as a reply: a service port (below
/// 1024, or below the ephemeral ranges) answering an ephemeral port (Linux 32768-60999,
/// Windows and BSD 49152-65535, older systems 1024-5000). Source port 0 is "not logged"
/// (the CSV format has none).
bool reply_ports(std::uint16_t sp, std::uint16_t dp) {
  if (sp == 0) return false;
  return (sp < 1024 && dp >= 1024) || (sp < 32768 && dp >= 32768);
}

/// ICMP reply types and the request each answers; errors belong to other flows.
enum class IcmpKind : std::uint8_t { Request, Reply, Error };
IcmpKind icmp_kind(bool v6, std::uint8_t type, std::uint8_t* request) {
  if (!v6) {
    switch (type) {
      case 0:
        *request = 8;
        return IcmpKind::Reply;
      case 14:
      case 16:
      case 18:
        *request = static_cast<std::uint8_t>(type - 1);
        return IcmpKind::Reply;
      case 3:
      case 4:
      case 5:
      case 11:
      case 12:
        return IcmpKind::Error;
      default:
        return IcmpKind::Request;
    }
  }
  if (type == 129) {
    *request = 128;
    return IcmpKind::Reply;
  }
  if (type >= 1 && type <= 4) return IcmpKind::Error;
  return IcmpKind::Request;
}

/// The earlier of two examples (by time, then addresses, key, line and input name):
/// deterministic whatever the order of records or merges.
bool earlier(const SeenFlow& a, const SeenFlow& b) {
  return std::tie(a.time, a.src, a.dst, a.key, a.line, a.file) <
         std::tie(b.time, b.src, b.dst, b.key, b.line, b.file);
}

/// The input names of one checker, each stored once (SeenFlow::file points into them), and
/// the tables of the checkers merged into it. Records come in runs from one input, so the
/// last name is checked first: one comparison per record.
struct NameTable {
  std::shared_ptr<InputNames> names = std::make_shared<InputNames>();
  std::unordered_set<std::string_view> index;
  std::string_view last;
  std::vector<std::shared_ptr<const InputNames>> merged;

  std::string_view intern(std::string_view name) {
    if (name == last) return last;
    auto it = index.find(name);
    if (it == index.end()) {
      names->emplace_back(name);
      it = index.insert(names->back()).first;
    }
    last = *it;
    return last;
  }
};

struct PairInfo {
  const decision::TierMap* map = nullptr;
  std::uint8_t mask = 0;      // bit 2t: reachable, 2t+1: intended (as Decision::judge)
  std::uint8_t enforced = 0;  // bit t: reachable with every point enforcing
};

struct GroupAcc {
  Tier tier = Tier::None;
  std::uint64_t flows = 0, records = 0, bytes = 0;
  std::int64_t first = 0, last = 0;
  std::uint32_t min_key = kNone, max_key = 0;
  bool audit = false;
  SeenFlow example;
};

struct Groups {
  FlatIndex<GroupKey> index;
  std::vector<GroupAcc> accs;
  GroupAcc& at(const GroupKey& k, bool* fresh) {
    std::uint32_t i = index.insert(k, fresh);
    if (*fresh) accs.emplace_back();
    return accs[i];
  }
};

void add_to(GroupAcc& g, bool fresh, const GroupAcc& one) {
  if (fresh) {
    g = one;
    return;
  }
  g.flows += one.flows;
  g.records += one.records;
  g.bytes += one.bytes;
  widen(&g.first, &g.last, one.first, one.last);
  g.min_key = std::min(g.min_key, one.min_key);
  g.max_key = std::max(g.max_key, one.max_key);
  g.audit = g.audit || one.audit;
  if (earlier(one.example, g.example)) g.example = one.example;
}

struct AddrSetCapped {
  FlatIndex<AddrKey> set;
  bool capped = false;
  void add(const AddrKey& k, std::uint32_t cap) {
    if (set.find(k) != FlatIndex<AddrKey>::kNone) return;
    if (set.size() >= cap) {
      capped = true;
      return;
    }
    bool fresh = false;
    set.insert(k, &fresh);
  }
};

struct RuleAcc {
  std::uint64_t flows = 0, records = 0, bytes = 0;
  std::int64_t first = 0, last = 0;
  AddrSetCapped srcs, dsts;
  FlatIndex<std::uint64_t> pairs;  // (src class << 32 | dst class) it decided
};

struct NovKey {
  std::uint32_t src = 0, dst = 0, svc = 0, pad = 0;
};
struct NovAcc {
  std::uint64_t flows = 0;
  std::int64_t first = 0, last = 0;
  bool lateral = false;
  SeenFlow example;
};

struct MismatchKey {
  std::uint32_t logged = 0, decided = 0;
};
struct MismatchAcc {
  std::string prefix;
  std::uint64_t flows = 0;
  SeenFlow example;
};

/// Equal up to what sanitising and cutting a name to a log prefix does ('_' stands for
/// any byte; the logged name may be a prefix of the real one).
bool same_policy_name(std::string_view logged, std::string_view name) {
  if (name.empty()) name = "unnamed";
  if (logged.size() > name.size()) return false;
  for (std::size_t i = 0; i < logged.size(); ++i)
    if (logged[i] != '_' && logged[i] != name[i]) return false;
  return !logged.empty();
}

}  // namespace

struct Checker::State {
  std::shared_ptr<const Decision> d;
  CheckOptions o;
  std::vector<std::uint32_t> key_service;  // key → catalog service index, or kNone
  std::vector<std::uint8_t> lateral_of;    // key → lateral service index, or kNoLateral
  FlatIndex<std::uint64_t> pair_index;
  std::vector<PairInfo> pairs;
  Groups violations, gaps, impact;
  std::vector<RuleAcc> rules;
  FlatIndex<AddrPairKey> lateral_index;
  std::deque<LateralAcc> lateral;  // a deque: growing never copies the accumulators
  FlatIndex<NovKey> seen_index;
  std::vector<NovAcc> seen;
  FlatIndex<NovKey> base_index;
  FlatIndex<MismatchKey> mismatch_index;
  std::vector<MismatchAcc> mismatches;
  CheckTotals totals;
  bool baseline = false;
  NameTable inputs;

  const PairInfo& pair(std::uint32_t s, std::uint32_t t) {
    bool fresh = false;
    std::uint32_t i = pair_index.insert((std::uint64_t{s} << 32) | t, &fresh);
    if (!fresh) return pairs[i];
    PairInfo p;
    p.map = &d->tiers(s, t);
    const std::vector<decision::Point> pts = d->points(s, t);
    for (int tier = 0; tier < 4; ++tier) {
      decision::Verdict v = d->judge(s, t, static_cast<Tier>(tier), kNoRule);
      if (v.reachable) p.mask |= static_cast<std::uint8_t>(1u << (2 * tier));
      if (v.intended) p.mask |= static_cast<std::uint8_t>(1u << (2 * tier + 1));
      bool through = true;
      for (decision::Point pt : pts) {
        pt.enforcement = policy::Enforcement::Enforce;
        through = through && pt.permits(static_cast<Tier>(tier));
      }
      if (through) p.enforced |= static_cast<std::uint8_t>(1u << tier);
    }
    pairs.push_back(p);
    return pairs.back();
  }

  /// The judged flow of a record, its class pair and the segment deciding it.
  struct Judged {
    SeenFlow flow;
    std::uint32_t s = 0, t = 0;
    const decision::Segment* seg = nullptr;
    const PairInfo* pi = nullptr;
    Proto proto = Proto::Tcp;
  };

  bool judge(const Record& r, Judged* j, Unjudged* why) {
    if (r.src.family != r.dst.family) {
      *why = Unjudged::FamilyMix;
      return false;
    }
    const bool v6 = r.src.family == Family::V6;
    Addr src = r.src, dst = r.dst;
    std::uint32_t lo = 0, hi = 0;
    bool reply = false;
    Proto proto = Proto::Other;
    switch (r.protocol) {
      case 6:
      case 17: {
        proto = r.protocol == 6 ? Proto::Tcp : Proto::Udp;
        if (!r.has_ports) {
          lo = proto_base(proto);
          hi = lo + proto_last(proto);
          break;
        }
        std::uint16_t port = r.dst_port;
        if (o.orient_replies && reply_ports(r.src_port, r.dst_port)) {
          reply = true;
          port = r.src_port;
        }
        lo = hi = service_key(proto, port);
        break;
      }
      case 1:
      case 58: {
        proto = r.protocol == 1 ? Proto::Icmp : Proto::Icmpv6;
        if (v6 != (proto == Proto::Icmpv6)) {
          *why = Unjudged::ProtoFamily;
          return false;
        }
        if (!r.has_icmp) {
          lo = proto_base(proto);
          hi = lo + proto_last(proto);
          break;
        }
        std::uint8_t type = r.icmp_type, request = 0;
        IcmpKind k = icmp_kind(v6, type, &request);
        if (k == IcmpKind::Error) {
          *why = Unjudged::IcmpRelated;
          return false;
        }
        if (k == IcmpKind::Reply && o.orient_replies) {
          reply = true;
          type = request;
        }
        lo = hi = service_key(proto, type);
        break;
      }
      default:
        lo = hi = service_key(Proto::Other, r.protocol);
        break;
    }
    if (reply) std::swap(src, dst);
    if (src == dst) {
      *why = Unjudged::SelfFlow;
      return false;
    }
    j->s = d->class_of(src);
    j->t = d->class_of(dst);
    j->pi = &pair(j->s, j->t);
    j->seg = &Decision::segment_at(*j->pi->map, lo);
    if (j->seg->hi < hi) {
      *why = proto == Proto::Tcp || proto == Proto::Udp ? Unjudged::NoPorts : Unjudged::NoIcmpType;
      return false;
    }
    const int tier = static_cast<int>(j->seg->tier);
    SeenFlow& f = j->flow;
    f.src = src;
    f.dst = dst;
    f.key = lo;
    f.key_known = lo == hi;
    f.reply = reply;
    f.time = r.start;
    f.file = r.file;
    f.line = r.line;
    f.verdict =
        decision::Verdict{j->seg->tier, j->seg->rule, ((j->pi->mask >> (2 * tier)) & 1u) != 0,
                          ((j->pi->mask >> (2 * tier + 1)) & 1u) != 0};
    j->proto = proto;
    return true;
  }

  std::uint32_t service_id(const Judged& j) const {
    if (!j.flow.key_known) return kNoKeyTag | static_cast<std::uint32_t>(j.proto);
    std::uint32_t c = key_service[j.flow.key];
    return c != kNone ? c : kSegmentTag | j.seg->lo;
  }

  /// A compact flow of an address pair with its verdict judged again.
  SeenFlow expand(const Addr& src, const Addr& dst, const lateral::CompactFlow& c) {
    const PairInfo& pi = pair(d->class_of(src), d->class_of(dst));
    const decision::Segment& seg = Decision::segment_at(*pi.map, c.key);
    const int tier = static_cast<int>(seg.tier);
    SeenFlow f;
    f.src = src;
    f.dst = dst;
    f.key = c.key;
    f.reply = c.reply;
    f.time = c.time;
    f.observed = c.observed;
    f.file = c.file;
    f.line = c.line;
    f.verdict = decision::Verdict{seg.tier, seg.rule, ((pi.mask >> (2 * tier)) & 1u) != 0,
                                  ((pi.mask >> (2 * tier + 1)) & 1u) != 0};
    return f;
  }

  void add_group(Groups& g, const Judged& j, const GroupAcc& one) {
    GroupKey k{j.seg->rule, j.s, j.t, service_id(j)};
    bool fresh = false;
    GroupAcc& acc = g.at(k, &fresh);
    add_to(acc, fresh, one);
  }
};

std::string_view unjudged_name(Unjudged u) {
  switch (u) {
    case Unjudged::FamilyMix:
      return "family-mix";
    case Unjudged::ProtoFamily:
      return "protocol-family";
    case Unjudged::NoPorts:
      return "no-ports";
    case Unjudged::NoIcmpType:
      return "no-icmp-type";
    case Unjudged::IcmpRelated:
      return "icmp-error";
    case Unjudged::SelfFlow:
      return "self";
  }
  return "unknown";
}

std::optional<BhPrefix> parse_bh_prefix(std::string_view p) {
  if (p.substr(0, 3) != "bh ") return std::nullopt;
  p.remove_prefix(3);
  BhPrefix out;
  static constexpr std::pair<std::string_view, BhPrefix::Action> kActions[] = {
      {"allow ", BhPrefix::Action::Allow},
      {"deny ", BhPrefix::Action::Deny},
      {"override-deny ", BhPrefix::Action::OverrideDeny},
      {"would-block ", BhPrefix::Action::WouldBlock}};
  bool found = false;
  for (const auto& [word, action] : kActions) {
    if (p.substr(0, word.size()) == word) {
      out.action = action;
      p.remove_prefix(word.size());
      found = true;
      break;
    }
  }
  if (!found) return std::nullopt;
  while (!p.empty() && (p.back() == ' ' || p.back() == '\n')) p.remove_suffix(1);
  if (p.size() >= 2 && p[0] == 'r' && p[1] >= '0' && p[1] <= '9') {
    std::uint64_t n = 0;
    for (std::size_t i = 1; i < p.size(); ++i) {
      if (p[i] < '0' || p[i] > '9' || n > 100'000'000) return std::nullopt;
      n = n * 10 + static_cast<std::uint64_t>(p[i] - '0');
    }
    out.rule = static_cast<std::uint32_t>(n);
    return out;
  }
  if (p.substr(0, 8) != "default-") return std::nullopt;
  p.remove_prefix(8);
  std::size_t sp = p.find(' ');
  out.which = p.substr(0, sp);
  out.policy = sp == std::string_view::npos ? std::string_view() : p.substr(sp + 1);
  if (out.which.empty()) return std::nullopt;
  return out;
}

std::vector<std::pair<std::string, ServiceSet>> default_lateral_services(const policy::Model& m) {
  std::vector<std::pair<std::string, ServiceSet>> out;
  for (const policy::Service& s : m.services) {
    if (!s.builtin) continue;
    bool remote = false;
    for (const std::string& t : s.attack) remote = remote || t.rfind("T1021", 0) == 0;
    static constexpr std::string_view kSeed[] = {"smb",        "netbios-ssn", "rpc-epmap",
                                                 "rdp",        "winrm-http",  "winrm-https",
                                                 "netbios-ns", "netbios-dgm", "rpc-dynamic"};
    bool seed = std::find(std::begin(kSeed), std::end(kSeed), s.name) != std::end(kSeed);
    // rpc-dynamic is the ephemeral port range (ordinary client ports and replies land
    // there), the NetBIOS name and datagram services broadcast chatter: left out.
    if (seed && remote && s.name != "rpc-dynamic") out.emplace_back(s.name, s.keys());
  }
  return out;
}

bool CheckResult::failed() const {
  if (!violations.empty() || !detections.empty()) return true;
  for (const Novelty& n : novel)
    if (n.lateral) return true;
  return false;
}

Checker::Checker(std::shared_ptr<const decision::Decision> d, CheckOptions options)
    : s_(std::make_unique<State>()) {
  State& s = *s_;
  s.d = std::move(d);
  s.o = std::move(options);
  if (s.o.lateral_services.empty()) s.o.lateral_services = default_lateral_services(s.d->model());
  BH_ASSERT(s.o.lateral_services.size() < 32, "lateral services fit a 32-bit mask");
  s.key_service.assign(kServiceKeyMax + 1, kNone);
  const std::vector<policy::Service>& svcs = s.d->model().services;
  for (std::uint32_t i = 0; i < svcs.size(); ++i) {
    const ServiceSet keys = svcs[i].keys();
    for (const auto& iv : keys.intervals())
      for (std::uint32_t k = iv.lo; k <= iv.hi; ++k)
        if (s.key_service[k] == kNone) s.key_service[k] = i;
  }
  s.lateral_of.assign(kServiceKeyMax + 1, kNoLateral);
  for (std::size_t i = 0; i < s.o.lateral_services.size(); ++i) {
    for (const auto& iv : s.o.lateral_services[i].second.intervals())
      for (std::uint32_t k = iv.lo; k <= iv.hi; ++k)
        if (s.lateral_of[k] == kNoLateral) s.lateral_of[k] = static_cast<std::uint8_t>(i);
  }
  s.rules.resize(s.d->rules().size());
}

Checker::~Checker() = default;
Checker::Checker(Checker&&) noexcept = default;
Checker& Checker::operator=(Checker&&) noexcept = default;

std::optional<SeenFlow> Checker::judge(const Record& r) const {
  State::Judged j;
  Unjudged why;
  if (!s_->judge(r, &j, &why)) return std::nullopt;
  return j.flow;
}

void Checker::add_baseline(const Record& r) {
  State& s = *s_;
  s.baseline = true;
  s.totals.baseline_records += 1;
  State::Judged j;
  Unjudged why;
  if (!s.judge(r, &j, &why)) return;
  bool fresh = false;
  s.base_index.insert(NovKey{j.s, j.t, s.service_id(j), 0}, &fresh);
}

void Checker::add(const Record& r) {
  State& s = *s_;
  CheckTotals& tot = s.totals;
  const std::uint64_t n = r.count == 0 ? 1 : r.count;
  tot.records += 1;
  tot.flows += n;

  Observed observed = r.observed;
  std::optional<BhPrefix> bh;
  if (!r.log_prefix.empty()) {
    bh = parse_bh_prefix(r.log_prefix);
    if (bh) {
      tot.bh_prefixed += n;
      observed = bh->action == BhPrefix::Action::Allow || bh->action == BhPrefix::Action::WouldBlock
                     ? Observed::Accepted
                     : Observed::Rejected;
      if (bh->rule == kNoRule && !same_policy_name(bh->policy, s.d->model().name)) {
        tot.foreign_prefix += n;
        bh.reset();
      }
    }
  }
  switch (observed) {
    case Observed::Accepted:
      tot.accepted += n;
      break;
    case Observed::Rejected:
      tot.rejected += n;
      break;
    case Observed::Unknown:
      tot.unknown += n;
      break;
  }

  State::Judged j;
  Unjudged why;
  if (!s.judge(r, &j, &why)) {
    tot.unjudged[static_cast<std::size_t>(why)] += n;
    return;
  }
  j.flow.observed = observed;
  j.flow.file = s.inputs.intern(r.file);
  tot.judged += n;
  if (j.flow.reply) tot.replies += n;
  const decision::Verdict& v = j.flow.verdict;
  const std::int64_t t0 = r.start, t1 = std::max(r.start, r.end);

  GroupAcc one;
  one.tier = v.tier;
  one.flows = n;
  one.records = 1;
  one.bytes = r.bytes;
  one.first = t0 == 0 && t1 == 0 ? 0 : t0;
  one.last = t1;
  one.min_key = one.max_key = j.flow.key;
  one.example = j.flow;

  if (v.rule != kNoRule) {
    tot.by_rule += n;
    RuleAcc& ra = s.rules[v.rule];
    ra.flows += n;
    ra.records += 1;
    ra.bytes += r.bytes;
    widen(&ra.first, &ra.last, one.first, one.last);
    ra.srcs.add(addr_key(j.flow.src), s.o.peer_cap);
    ra.dsts.add(addr_key(j.flow.dst), s.o.peer_cap);
    const std::uint64_t pk = (std::uint64_t{j.s} << 32) | j.t;
    if (ra.pairs.find(pk) == FlatIndex<std::uint64_t>::kNone) {
      bool fresh = false;
      ra.pairs.insert(pk, &fresh);
    }
  } else {
    tot.by_default += n;
  }

  const bool accepted = observed == Observed::Accepted;
  if (s.o.impact) {
    const bool enforced = ((j.pi->enforced >> static_cast<int>(v.tier)) & 1u) != 0;
    if (accepted && !enforced) {
      one.audit = v.reachable;
      s.add_group(s.impact, j, one);
      one.audit = false;
      tot.impact += n;
    }
  } else if (accepted && !v.reachable) {
    s.add_group(s.violations, j, one);
    tot.violations += n;
  }
  if (v.reachable && !v.intended && observed != Observed::Rejected) {
    s.add_group(s.gaps, j, one);
    tot.gaps += n;
  }

  if (j.flow.key_known && s.lateral_of[j.flow.key] != kNoLateral) {
    const std::uint32_t bit = 1u << s.lateral_of[j.flow.key];
    bool fresh = false;
    std::uint32_t i =
        s.lateral_index.insert(AddrPairKey{addr_key(j.flow.src), addr_key(j.flow.dst)}, &fresh);
    if (fresh) {
      s.lateral.emplace_back();
      s.lateral.back().src = j.flow.src;
      s.lateral.back().dst = j.flow.dst;
    }
    LateralAcc& la = s.lateral[i];
    la.attempts += n;
    if (s.o.lateral_include_allowed || v.tier != Tier::Allow)
      la.add_contact(j.flow, bit, t0, t1, s.o.window_s);
    if (observed == Observed::Rejected) {
      la.add_blocked(j.flow, n, bit, one.first, one.last);
      tot.blocked_lateral += n;
    }
  }

  if (s.o.novelty) {
    bool fresh = false;
    std::uint32_t i = s.seen_index.insert(NovKey{j.s, j.t, s.service_id(j), 0}, &fresh);
    if (fresh) s.seen.emplace_back();
    NovAcc& na = s.seen[i];
    if (fresh) {
      na.example = j.flow;
      na.lateral = j.flow.key_known && s.lateral_of[j.flow.key] != kNoLateral &&
                   (s.o.lateral_include_allowed || v.tier != Tier::Allow);
    } else if (earlier(j.flow, na.example)) {
      na.example = j.flow;
    }
    na.flows += n;
    widen(&na.first, &na.last, one.first, one.last);
  }

  if (bh) {
    // The prefix names what decided the flow where it was logged; the policy must agree.
    bool agree = bh->rule == kNoRule ? v.tier == Tier::None : bh->rule == v.rule;
    if (!agree) {
      bool fresh = false;
      std::uint32_t i = s.mismatch_index.insert(MismatchKey{bh->rule, v.rule}, &fresh);
      if (fresh) {
        s.mismatches.emplace_back();
        std::string_view p = r.log_prefix;
        while (!p.empty() && p.back() == ' ') p.remove_suffix(1);
        s.mismatches.back().prefix = std::string(p);
        s.mismatches.back().example = j.flow;
      }
      MismatchAcc& m = s.mismatches[i];
      m.flows += n;
      if (earlier(j.flow, m.example)) m.example = j.flow;
    }
  }
}

void Checker::merge(const Checker& other) {
  State& s = *s_;
  const State& o = *other.s_;
  BH_ASSERT(s.d == o.d, "merged checkers judge with one Decision");
  CheckTotals& t = s.totals;
  const CheckTotals& ot = o.totals;
  t.records += ot.records;
  t.flows += ot.flows;
  t.accepted += ot.accepted;
  t.rejected += ot.rejected;
  t.unknown += ot.unknown;
  t.judged += ot.judged;
  for (std::size_t i = 0; i < kUnjudgedKinds; ++i) t.unjudged[i] += ot.unjudged[i];
  t.replies += ot.replies;
  t.by_rule += ot.by_rule;
  t.by_default += ot.by_default;
  t.bh_prefixed += ot.bh_prefixed;
  t.foreign_prefix += ot.foreign_prefix;
  t.baseline_records += ot.baseline_records;
  t.violations += ot.violations;
  t.gaps += ot.gaps;
  t.impact += ot.impact;
  t.blocked_lateral += ot.blocked_lateral;
  s.baseline = s.baseline || o.baseline;
  // The other checker's examples point into its input names: keep them.
  s.inputs.merged.push_back(o.inputs.names);
  s.inputs.merged.insert(s.inputs.merged.end(), o.inputs.merged.begin(), o.inputs.merged.end());

  auto merge_groups = [](Groups& into, const Groups& from) {
    for (std::size_t i = 0; i < from.accs.size(); ++i) {
      bool fresh = false;
      GroupAcc& g = into.at(from.index.keys()[i], &fresh);
      add_to(g, fresh, from.accs[i]);
    }
  };
  merge_groups(s.violations, o.violations);
  merge_groups(s.gaps, o.gaps);
  merge_groups(s.impact, o.impact);

  for (std::size_t r = 0; r < s.rules.size(); ++r) {
    RuleAcc& a = s.rules[r];
    const RuleAcc& b = o.rules[r];
    a.flows += b.flows;
    a.records += b.records;
    a.bytes += b.bytes;
    widen(&a.first, &a.last, b.first, b.last);
    for (const AddrKey& k : b.srcs.set.keys()) a.srcs.add(k, s.o.peer_cap);
    for (const AddrKey& k : b.dsts.set.keys()) a.dsts.add(k, s.o.peer_cap);
    a.srcs.capped = a.srcs.capped || b.srcs.capped;
    a.dsts.capped = a.dsts.capped || b.dsts.capped;
    for (std::uint64_t k : b.pairs.keys()) {
      bool fresh = false;
      a.pairs.insert(k, &fresh);
    }
  }

  for (std::size_t i = 0; i < o.lateral.size(); ++i) {
    const LateralAcc& b = o.lateral[i];
    bool fresh = false;
    std::uint32_t k = s.lateral_index.insert(o.lateral_index.keys()[i], &fresh);
    if (fresh) {
      s.lateral.push_back(b);
      continue;
    }
    s.lateral[k].merge(b, s.o.window_s);
  }

  for (std::size_t i = 0; i < o.seen.size(); ++i) {
    bool fresh = false;
    std::uint32_t k = s.seen_index.insert(o.seen_index.keys()[i], &fresh);
    if (fresh) {
      s.seen.push_back(o.seen[i]);
      continue;
    }
    NovAcc& a = s.seen[k];
    a.flows += o.seen[i].flows;
    widen(&a.first, &a.last, o.seen[i].first, o.seen[i].last);
    if (earlier(o.seen[i].example, a.example)) a.example = o.seen[i].example;
  }
  for (const NovKey& k : o.base_index.keys()) {
    bool fresh = false;
    s.base_index.insert(k, &fresh);
  }
  for (std::size_t i = 0; i < o.mismatches.size(); ++i) {
    bool fresh = false;
    std::uint32_t k = s.mismatch_index.insert(o.mismatch_index.keys()[i], &fresh);
    if (fresh) {
      s.mismatches.push_back(o.mismatches[i]);
      continue;
    }
    s.mismatches[k].flows += o.mismatches[i].flows;
    if (earlier(o.mismatches[i].example, s.mismatches[k].example))
      s.mismatches[k].example = o.mismatches[i].example;
  }
}

namespace {

std::string service_text(const Decision& d, std::uint32_t svc, const GroupAcc& g) {
  if ((svc & kNoKeyTag) == kNoKeyTag)
    return fmt::format("{} (port unknown)", proto_name(static_cast<Proto>(svc & 0xff)));
  if (svc & kSegmentTag) {
    ServiceSet keys;
    keys.add(g.min_key, g.max_key);
    return format_services(keys);
  }
  return d.model().services[svc].name;
}

std::vector<FlowGroup> groups_of(const Decision& d, const Groups& g) {
  std::vector<FlowGroup> out;
  for (std::size_t i = 0; i < g.accs.size(); ++i) {
    const GroupKey& k = g.index.keys()[i];
    const GroupAcc& a = g.accs[i];
    FlowGroup f;
    f.rule = k.rule;
    f.tier = a.tier;
    f.src_cls = k.src;
    f.dst_cls = k.dst;
    f.service = service_text(d, k.svc, a);
    f.flows = a.flows;
    f.records = a.records;
    f.bytes = a.bytes;
    f.first = a.first;
    f.last = a.last;
    f.audit = a.audit;
    f.example = a.example;
    out.push_back(std::move(f));
  }
  std::sort(out.begin(), out.end(), [](const FlowGroup& a, const FlowGroup& b) {
    return std::tie(b.flows, a.rule, a.src_cls, a.dst_cls, a.service) <
           std::tie(a.flows, b.rule, b.src_cls, b.dst_cls, b.service);
  });
  return out;
}

/// The narrowing that keeps exactly the used class pairs: sources grouped by the set of
/// destinations they used, each group one (from, to) block.
std::vector<std::pair<std::vector<std::uint32_t>, std::vector<std::uint32_t>>> narrowing_of(
    const std::vector<std::pair<std::uint32_t, std::uint32_t>>& used) {
  std::map<std::uint32_t, std::vector<std::uint32_t>> by_src;
  for (const auto& [a, b] : used) by_src[a].push_back(b);
  std::map<std::vector<std::uint32_t>, std::vector<std::uint32_t>> by_dsts;
  for (auto& [a, dsts] : by_src) {
    std::sort(dsts.begin(), dsts.end());
    by_dsts[dsts].push_back(a);
  }
  std::vector<std::pair<std::vector<std::uint32_t>, std::vector<std::uint32_t>>> out;
  for (auto& [dsts, srcs] : by_dsts) out.emplace_back(srcs, dsts);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

CheckResult Checker::finish() const {
  State& st = *s_;  // expand() may fill the pair cache
  const State& s = st;
  const Decision& d = *s.d;
  CheckResult out;
  out.options = s.o;
  out.totals = s.totals;
  out.baseline = s.baseline;
  out.inputs.push_back(s.inputs.names);
  out.inputs.insert(out.inputs.end(), s.inputs.merged.begin(), s.inputs.merged.end());
  out.violations = groups_of(d, s.violations);
  out.gaps = groups_of(d, s.gaps);
  out.impact = groups_of(d, s.impact);

  // Used versus allowed.
  analysis::Census census(d);
  analysis::PairJudge judge(d);
  std::uint64_t budget = s.o.unused_budget;
  const std::uint32_t ncls = static_cast<std::uint32_t>(d.classes().size());
  for (std::uint32_t r = 0; r < d.rules().size(); ++r) {
    const RuleAcc& a = s.rules[r];
    RuleUse u;
    u.rule = r;
    u.flows = a.flows;
    u.records = a.records;
    u.bytes = a.bytes;
    u.first = a.first;
    u.last = a.last;
    u.sources = a.srcs.set.size();
    u.destinations = a.dsts.set.size();
    u.sources_capped = a.srcs.capped;
    u.destinations_capped = a.dsts.capped;
    for (std::uint64_t k : a.pairs.keys())
      u.used_pairs.emplace_back(static_cast<std::uint32_t>(k >> 32),
                                static_cast<std::uint32_t>(k & 0xffffffffu));
    std::sort(u.used_pairs.begin(), u.used_pairs.end());
    const decision::CompiledRule& cr = d.rules()[r];
    if (cr.tier == Tier::Allow && a.flows > 0) {
      std::vector<std::uint32_t> srcs, dsts;
      for (std::uint32_t c = 0; c < ncls; ++c) {
        if (d.rule_src(r, c)) srcs.push_back(c);
        if (d.rule_dst(r, c)) dsts.push_back(c);
      }
      const std::uint64_t work = static_cast<std::uint64_t>(srcs.size()) * dsts.size();
      if (work <= budget) {
        budget -= work;
        u.unused_computed = true;
        for (std::uint32_t a1 : srcs) {
          for (std::uint32_t b1 : dsts) {
            if (!judge.reachable(a1, b1, Tier::Allow) || !census.pair_has_flows(a1, b1)) continue;
            if (std::binary_search(u.used_pairs.begin(), u.used_pairs.end(),
                                   std::make_pair(a1, b1)))
              continue;
            bool decides = false;
            for (const decision::Segment& seg : d.tiers(a1, b1)) decides = decides || seg.rule == r;
            if (decides) u.unused_pairs.emplace_back(a1, b1);
          }
        }
        if (!u.unused_pairs.empty()) u.narrowing = narrowing_of(u.used_pairs);
      }
    }
    out.rules.push_back(std::move(u));
  }

  // Lateral movement: per source, blocked attempts and detections.
  // Sorted by (source, destination) on compact copies of the addresses, not through the
  // accumulators (tens of thousands of pairs, each elsewhere in memory).
  struct PairOrder {
    Addr src, dst;
    const LateralAcc* acc;
  };
  std::vector<PairOrder> order;
  order.reserve(s.lateral.size());
  for (const LateralAcc& la : s.lateral) order.push_back(PairOrder{la.src, la.dst, &la});
  std::sort(order.begin(), order.end(), [](const PairOrder& a, const PairOrder& b) {
    return std::tie(a.src, a.dst) < std::tie(b.src, b.dst);
  });
  std::map<std::uint32_t, std::vector<std::string>> names_of_mask;
  std::vector<const LateralAcc*> pairs;
  for (std::size_t i = 0; i < order.size();) {
    std::size_t j = i;
    while (j < order.size() && order[j].src == order[i].src) ++j;
    pairs.clear();
    for (std::size_t k = i; k < j; ++k) pairs.push_back(order[k].acc);
    BlockedSource b;
    b.src = pairs.front()->src;
    std::uint32_t mask = 0;
    const LateralAcc* first = nullptr;
    for (const LateralAcc* p : pairs) {
      if (!p->has_blocked) continue;
      b.attempts += p->blocked;
      b.targets += 1;
      mask |= p->blocked_services;
      widen(&b.first, &b.last, p->blocked_first, p->blocked_last);
      if (first == nullptr || lateral::earlier_of_source(p->dst, p->blocked_example, first->dst,
                                                         first->blocked_example))
        first = p;
    }
    if (first != nullptr) b.example = st.expand(first->src, first->dst, first->blocked_example);
    if (b.targets > 0) {
      auto [at, fresh] = names_of_mask.try_emplace(mask);
      if (fresh) at->second = lateral::mask_names(s.o, mask);
      b.services = at->second;
      out.blocked.push_back(std::move(b));
    }
    lateral::detect(
        d, s.o, pairs,
        [&](const LateralAcc& p, const lateral::CompactFlow& c) {
          return st.expand(p.src, p.dst, c);
        },
        &out.detections);
    i = j;
  }
  std::sort(
      out.blocked.begin(), out.blocked.end(), [](const BlockedSource& a, const BlockedSource& b) {
        return std::tie(b.targets, b.attempts, a.src) < std::tie(a.targets, a.attempts, b.src);
      });
  std::stable_sort(out.detections.begin(), out.detections.end(),
                   [](const Detection& a, const Detection& b) {
                     return std::tie(b.peak, a.src, a.first) < std::tie(a.peak, b.src, b.first);
                   });

  // Novelty against the baseline.
  if (s.baseline && s.o.novelty) {
    for (std::size_t i = 0; i < s.seen.size(); ++i) {
      const NovKey& k = s.seen_index.keys()[i];
      if (s.base_index.find(k) != FlatIndex<NovKey>::kNone) continue;
      const NovAcc& a = s.seen[i];
      Novelty nv;
      nv.src_cls = k.src;
      nv.dst_cls = k.dst;
      GroupAcc g;
      g.min_key = g.max_key = a.example.key;
      nv.service = service_text(d, k.svc, g);
      nv.lateral = a.lateral;
      nv.flows = a.flows;
      nv.first = a.first;
      nv.last = a.last;
      nv.example = a.example;
      out.novel.push_back(std::move(nv));
    }
    std::sort(out.novel.begin(), out.novel.end(), [](const Novelty& a, const Novelty& b) {
      return std::tie(b.lateral, b.flows, a.src_cls, a.dst_cls, a.service) <
             std::tie(a.lateral, a.flows, b.src_cls, b.dst_cls, b.service);
    });
  }

  for (std::size_t i = 0; i < s.mismatches.size(); ++i) {
    PrefixMismatch m;
    m.prefix = s.mismatches[i].prefix;
    m.rule = s.mismatch_index.keys()[i].decided;
    m.flows = s.mismatches[i].flows;
    m.example = s.mismatches[i].example;
    out.prefix_mismatches.push_back(std::move(m));
  }
  std::sort(out.prefix_mismatches.begin(), out.prefix_mismatches.end(),
            [](const PrefixMismatch& a, const PrefixMismatch& b) {
              return std::tie(b.flows, a.prefix) < std::tie(a.flows, b.prefix);
            });
  return out;
}

}  // namespace bulkhead::flows
