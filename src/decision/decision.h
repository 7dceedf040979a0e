// The Decision: the exact meaning of a policy (spec section 3), computed once and shared
// by every target and analysis.
//
// Address atoms partition the IPv4 and IPv6 spaces by every zone CIDR, every CIDR a
// selector names and every inventory address, so that all addresses of one atom match
// the same selectors and sit behind the same enforcement points. Atoms that behave alike
// (same selector matches, zone, host-ness, managed flag, defaults, enforcement mode) form
// one equivalence class. Rules become bitsets over classes, and the tier verdict of a
// (source class, destination class) pair is a map over the service space computed once
// per distinct set of matching rules. Every question about flows is therefore answered
// per class, not per host: work grows with classes and rules, not with hosts.
//
// A resolved Decision is immutable and safe to share between threads: its lazily built
// caches (tier maps, rule address sets) fill under a lock and are read without one.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/addr_set.h"
#include "base/ip.h"
#include "base/service_key.h"
#include "policy/model.h"

namespace bulkhead::decision {

using policy::DefaultAction;
using policy::Enforcement;

/// The tier of a flow: the strongest kind of rule that matches it.
enum class Tier : std::uint8_t { None = 0, Deny = 1, Allow = 2, OverrideDeny = 3 };
std::string_view tier_name(Tier t);  ///< "none", "deny", "allow", "override-deny"
Tier tier_of(policy::Action a);

constexpr std::uint32_t kNoRule = 0xffffffffu;
constexpr std::uint32_t kInternetZone = 0;  ///< zone index of the built-in `internet`
constexpr std::int32_t kNoHost = -1;

/// A flow: (source, destination, protocol, destination port).
struct Flow {
  Addr src;
  Addr dst;
  Proto proto = Proto::Tcp;
  std::uint16_t port = 0;

  std::uint32_t key() const { return service_key(proto, port); }
};

/// A maximal address range whose addresses all behave alike.
struct Atom {
  Family family;
  u128 lo;
  u128 hi;
  std::uint32_t cls;   ///< equivalence class
  std::int32_t host;   ///< inventory host owning this address, or kNoHost
  std::uint32_t zone;  ///< owning zone (longest prefix); 0 = internet
};

/// An equivalence class of addresses.
struct Class {
  std::uint32_t id = 0;
  std::string name;  ///< e.g. "role=workstation,os=windows@ws-hq"
  std::uint32_t zone = 0;
  bool is_host = false;  ///< inventory addresses (else plain zone/internet space)
  bool managed = false;  ///< an endpoint firewall runs on these hosts
  DefaultAction in = DefaultAction::Deny;
  DefaultAction out = DefaultAction::Allow;
  Enforcement enforcement = Enforcement::Enforce;
  std::vector<std::uint32_t> hosts;  ///< host indices (sorted), for host classes
  std::vector<std::uint32_t> atoms;  ///< atom indices
  u128 address_count_v4 = 0;
  u128 address_count_v6 = 0;
};

/// A zone as the Decision sees it (index 0 is `internet`).
struct ZoneInfo {
  std::string name;
  bool firewall = false;
  const policy::Zone* zone = nullptr;  ///< null for internet
  AddrSet owned;                       ///< addresses whose longest-prefix zone this is
};

/// A policy rule compiled to class bitsets.
struct CompiledRule {
  std::uint32_t id = 0;  ///< index into Model::rules
  Tier tier = Tier::Deny;
  const policy::Rule* rule = nullptr;
  ServiceSet keys;
  std::vector<std::uint64_t> src;  ///< bitset over classes matched by `from`
  std::vector<std::uint64_t> dst;  ///< bitset over classes matched by `to`
};

/// One piece of the service space with its tier and deciding rule.
struct Segment {
  std::uint32_t lo = 0;
  std::uint32_t hi = 0;
  Tier tier = Tier::None;
  std::uint32_t rule = kNoRule;  ///< deciding rule (lowest id of that tier), or kNoRule
};

/// The tier verdict of one class pair over the whole service space, in key order.
using TierMap = std::vector<Segment>;

enum class PointKind : std::uint8_t { HostOutbound, HostInbound, ZoneFirewall };

/// An enforcement point on a class pair's path.
struct Point {
  PointKind kind;
  std::uint32_t zone = 0;  ///< for ZoneFirewall
  DefaultAction fallback = DefaultAction::Deny;
  Enforcement enforcement = Enforcement::Enforce;
  bool permits(Tier t) const;
};

/// The verdict on one flow or one (class pair, segment).
struct Verdict {
  Tier tier = Tier::None;
  std::uint32_t rule = kNoRule;
  bool reachable = false;
  bool intended = false;
};

/// How a Decision lays out its caches. The defaults are what resolve(model) uses; tests
/// lower them to exercise the fallbacks.
struct ResolveOptions {
  /// Tier maps are cached in a dense array of one slot per (source group, destination
  /// group) pair up to this many pairs (16M slots: 128 MB of pointers), and in a hash map
  /// under a shared lock above it.
  std::size_t max_pair_slots = std::size_t{1} << 24;
};

class Decision {
 public:
  /// Resolves a validated model. O((A + H) log A + K·S + R·K) where A = atoms, H = host
  /// addresses, K = distinct address profiles, S = distinct selectors, R = rules.
  static std::shared_ptr<const Decision> resolve(policy::Model model);
  /// The same, with the caches laid out by `options`; every answer is the same.
  static std::shared_ptr<const Decision> resolve(policy::Model model,
                                                 const ResolveOptions& options);

  const policy::Model& model() const { return model_; }
  const std::vector<Atom>& atoms() const { return atoms_; }
  const std::vector<Class>& classes() const { return classes_; }
  const std::vector<ZoneInfo>& zones() const { return zones_; }
  const std::vector<CompiledRule>& rules() const { return rules_; }

  /// The atom holding an address (every address has one).
  const Atom& atom_of(const Addr& a) const;
  std::uint32_t class_of(const Addr& a) const;

  /// The tier map of a class pair (computed once per distinct set of matching rules, on
  /// first use). Safe to call from several threads at once; the reference stays valid
  /// for the Decision's lifetime, and pairs with the same rule lists share one map.
  const TierMap& tiers(std::uint32_t src_cls, std::uint32_t dst_cls) const;
  /// Classes in one source group match the same `from` selectors of rules (and in one
  /// destination group the same `to` selectors): tiers(s, t) depends only on
  /// (src_group(s), dst_group(t)). Lets analyses work per group pair.
  std::uint32_t src_group(std::uint32_t cls) const { return src_group_[cls]; }
  std::uint32_t dst_group(std::uint32_t cls) const { return dst_group_[cls]; }
  /// The segment of a tier map containing a service key.
  static const Segment& segment_at(const TierMap& m, std::uint32_t key);

  /// Enforcement points that see flows of the class pair, in path order.
  std::vector<Point> points(std::uint32_t src_cls, std::uint32_t dst_cls) const;
  /// The verdict of a class pair for a tier and deciding rule.
  Verdict judge(std::uint32_t src_cls, std::uint32_t dst_cls, Tier tier, std::uint32_t rule) const;
  /// The full verdict on one flow (the query contract). Families must match.
  Verdict query(const Flow& f) const;

  /// The verdict of managed host `host`'s own firewall on a packet it receives (inbound)
  /// or sends for one of its addresses the inventory does not list (link-local,
  /// temporary IPv6, multicast, broadcast, the unspecified source of DHCP): the rules whose
  /// own side (`to` inbound, `from` outbound) matches every listed address of the host
  /// decide it, by tier; else the host's default. `peer` is the other end. No other point
  /// is involved (such packets do not leave the link or are not the policy's flows). This
  /// is what the rendered host firewalls enforce (docs/policy.md).
  Verdict judge_unlisted(std::uint32_t host, bool inbound, const Addr& peer,
                         std::uint32_t key) const;

  /// Whether rule `r` matches class `c` on its from (src) or to (dst) side.
  bool rule_src(std::uint32_t r, std::uint32_t c) const { return bit(rules_[r].src, c); }
  bool rule_dst(std::uint32_t r, std::uint32_t c) const { return bit(rules_[r].dst, c); }
  /// Whether a selector matches class `c`. Exact for the model's own selectors (rules,
  /// intents, settings); for any other selector, true when it matches every address of
  /// the class (such a selector may split a class).
  bool selector_matches(const policy::Selector& s, std::uint32_t c) const;
  /// Classes matched by a selector (see selector_matches).
  std::vector<std::uint32_t> classes_matching(const policy::Selector& s) const;

  /// Every address of a class / matched by a selector (exact, for any selector) / of a
  /// rule's from and to.
  AddrSet class_addresses(std::uint32_t c) const;
  AddrSet selector_addresses(const policy::Selector& s) const;
  const AddrSet& rule_sources(std::uint32_t r) const;
  const AddrSet& rule_destinations(std::uint32_t r) const;
  /// A host's addresses.
  AddrSet host_addresses(std::uint32_t host) const;
  /// The class of each of a host's addresses, in the order of Host::addresses.
  std::vector<std::uint32_t> host_classes(std::uint32_t host) const;
  /// Index of a host by name, or -1.
  std::int32_t find_host(std::string_view name) const;
  /// Index of a zone by name (0 = internet), or -1.
  std::int32_t find_zone(std::string_view name) const;

  /// A host's defaults for one of its listed addresses, owned by `zone` (spec section 3:
  /// the host's key, else the zone of the address the flow uses, else settings).
  DefaultAction host_inbound_at(std::uint32_t host, std::uint32_t zone) const;
  DefaultAction host_outbound_at(std::uint32_t host, std::uint32_t zone) const;
  /// A host's defaults for addresses the inventory does not list (link-local, multicast,
  /// ...) and its mode: the host's key, else its first address's zone, else settings.
  DefaultAction host_inbound(std::uint32_t host) const;
  DefaultAction host_outbound(std::uint32_t host) const;
  Enforcement host_enforcement(std::uint32_t host) const;
  /// Whether the host's listed addresses do not all share one inbound (or outbound)
  /// default: it has addresses in zones with different defaults.
  bool host_defaults_vary(std::uint32_t host, bool inbound) const;

  /// Index of a selector in the distinct-selector table, or -1 if unknown.
  std::int32_t selector_index(const policy::Selector& s) const;

  /// Whether every address of class `c` is in `set`.
  bool covers_class(const AddrSet& set, std::uint32_t c) const;

  static bool bit(const std::vector<std::uint64_t>& bits, std::uint32_t i) {
    return (bits[i >> 6] >> (i & 63)) & 1u;
  }

 private:
  Decision();

 public:
  ~Decision();
  Decision(const Decision&) = delete;
  Decision& operator=(const Decision&) = delete;

 private:
  void build_zones();
  void build_atoms_and_classes();
  void index_atoms();
  void compile_rules();
  TierMap build_tier_map(const std::vector<std::uint32_t>& matching) const;

  policy::Model model_;
  std::vector<ZoneInfo> zones_;
  std::vector<Atom> atoms_;  // sorted by (family, lo)
  // IPv4 lookup: the first address of each IPv4 atom (a compact array, so a search touches
  // few cache lines), and for each /16 the first of them that starts inside it or later.
  std::size_t v4_first_ = 0;
  std::vector<std::uint32_t> v4_lo_;
  std::vector<std::uint32_t> v4_cls_;  // the class of each IPv4 atom (class_of reads only these)
  std::vector<std::uint32_t> v4_by16_;
  std::size_t v4_index(std::uint32_t x) const;  // index in v4_lo_ of the atom holding x
  std::vector<Class> classes_;
  std::vector<CompiledRule> rules_;
  std::vector<const policy::Selector*> selectors_;  // distinct selectors, by text
  std::unordered_map<std::string, std::uint32_t> selector_ids_;
  std::vector<std::vector<std::uint64_t>> selector_classes_;  // selector → class bitset
  std::vector<std::vector<std::uint32_t>> src_rules_;         // class → rules whose from matches
  std::vector<std::uint32_t> host_zone_;                      // zone of each host's first address

  // The tier map of a pair depends only on the rules whose `from` matches the source and
  // those whose `to` matches the destination: classes with the same rule lists share a
  // source (destination) group, and maps are cached per group pair.
  std::vector<std::uint32_t> src_group_;                     // class → source group
  std::vector<std::uint32_t> dst_group_;                     // class → destination group
  std::vector<std::vector<std::uint32_t>> src_group_rules_;  // group → rules (ascending)
  std::vector<std::vector<std::uint32_t>> dst_group_rules_;  // group → rules (ascending)

  // Lazily filled caches, safe to fill from several threads at once: a slot is published
  // with release order once its map exists, maps live in a deque (stable addresses), and
  // misses are built under `cache_mu_`.
  struct Caches;
  std::unique_ptr<Caches> caches_;
};

}  // namespace bulkhead::decision
