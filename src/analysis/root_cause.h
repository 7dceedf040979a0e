// Root causes and risk grading shared by the analyses (verify, exposure; coverage and
// blast-radius can reuse them). A finding (a gap, an exposed cell, a failed intent, a
// risky allowed path) is attributed to the one thing in the policy that makes it happen
// and whose change closes it: an unmanaged device in a zone without a firewall, a default
// allow, one allow rule, a missing rule, audit mode. Findings with the same cause are
// grouped, each group with its concrete fix and how many findings it closes, and ranked
// by a risk score that weighs where access comes from, what it reaches and on which
// service (docs/analysis.md "Root causes and risk").
//
// Who is who comes only from what the policy declares: zone and host `purpose:` values,
// the built-in `internet`, `managed: false`, plain (non-inventory) address space, and the
// size of a source population. Names are never read. Per class, the tags are computed
// once in O(H + C); grading a finding is O(its source classes).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/findings.h"
#include "decision/decision.h"

namespace bulkhead::analysis {

enum class Risk : std::uint8_t { None, Info, Low, Medium, High, Critical };
std::string_view risk_name(Risk r);  ///< "none", "info", "low", "medium", "high", "critical"

/// What the policy declares a class to be (its zone's and its hosts' purposes) and the
/// structural facts that matter for risk. Bit flags.
enum ClassTag : std::uint32_t {
  kTagInternet = 1u << 0,           ///< the built-in zone `internet`
  kTagDmz = 1u << 1,                ///< purpose dmz
  kTagWifi = 1u << 2,               ///< purpose wifi
  kTagGuest = 1u << 3,              ///< purpose guest
  kTagPartner = 1u << 4,            ///< purpose partner
  kTagIot = 1u << 5,                ///< purpose iot or network-devices
  kTagWorkstations = 1u << 6,       ///< purpose workstations
  kTagDomainControllers = 1u << 7,  ///< purpose domain-controllers
  kTagCritical = 1u << 8,           ///< purpose critical (crown jewels: file servers, EHR, ...)
  kTagServers = 1u << 9,            ///< purpose servers
  kTagManagement = 1u << 10,        ///< purpose management
  kTagUnmanaged = 1u << 11,         ///< inventory hosts without an endpoint firewall
  kTagPlain = 1u << 12,             ///< addresses no inventory host holds
};

/// Sources that count as untrusted: an attacker is assumed to hold one of them.
constexpr std::uint32_t kUntrustedTags = kTagDmz | kTagWifi | kTagGuest | kTagPartner | kTagIot;

/// The source side of a finding, accumulated class by class: its population, the union of
/// its tags, and how much of each workstation zone it covers.
class SourceMix {
 public:
  explicit SourceMix(const Census& c) : census_(&c), pop_(c) {}
  /// Adds class `cls` counting the families in `families` (those the destination has).
  void add(std::uint32_t cls, std::uint32_t tags, std::uint32_t zone, std::uint8_t families);
  Population population() const { return pop_.get(); }
  std::uint32_t tags() const { return tags_; }
  /// Tags every source class has (e.g. all sources are management hosts).
  std::uint32_t common_tags() const { return pop_.empty() ? 0 : common_; }
  bool empty() const { return pop_.empty(); }
  const std::map<std::uint32_t, std::uint64_t>& workstation_hosts() const { return ws_; }
  /// Zones of the sources, in id order.
  const std::vector<std::uint32_t>& zones() const { return zones_; }

 private:
  const Census* census_;
  PopulationBuilder pop_;
  std::uint32_t tags_ = 0;
  std::uint32_t common_ = ~0u;
  std::map<std::uint32_t, std::uint64_t> ws_;  // workstation zone → source hosts in it
  std::vector<std::uint32_t> zones_;
};

/// The factors of a grade and the resulting risk. score = source + 2·target + service +
/// unruled; risk: ≥ 10 critical, 7–9 high, 5–6 medium, 4 low, else info.
struct Grading {
  int source = 1;   ///< 5 internet, 3 untrusted, 2 broad, 1 few, 0 management hosts only
  int target = 0;   ///< 2 domain controller or critical, 1 servers/management, 0 other
  int service = 0;  ///< 2 SMB/RDP/WinRM/RPC, 1 NetBIOS, 0 other
  std::uint32_t source_tags = 0;  ///< the sources' tags
  bool unruled = false;           ///< reachable with no allow rule saying so (default, gap)
  int score() const { return source + 2 * target + service + (unruled ? 1 : 0); }
  Risk risk() const;
  /// "from the DMZ and 27 hosts to a domain controller on SMB": the reasons in words.
  std::string why;
};

/// Per-class tags and per-zone facts, computed once for a Decision.
class RiskModel {
 public:
  explicit RiskModel(const Context& ctx);
  std::uint32_t tags(std::uint32_t cls) const { return tags_[cls]; }
  /// Hosts per zone (inventory hosts whose addresses the zone owns), by zone id.
  std::uint64_t zone_hosts(std::uint32_t zone) const { return zone_hosts_[zone]; }
  /// Grades access from `src` to class `dst` on a service of the given weight class
  /// (2 risky, 1 NetBIOS, 0 other; see service_level).
  Grading grade(const SourceMix& src, std::uint32_t dst, int service, bool unruled) const;
  const Context& context() const { return ctx_; }

 private:
  const Context& ctx_;
  std::vector<std::uint32_t> tags_;
  std::vector<std::uint64_t> zone_hosts_;
};

/// 2 for SMB, RDP, WinRM and RPC (the seed table's remote-execution services), 1 for
/// NetBIOS, 0 otherwise.
int service_level(std::string_view service);

/// What a root cause is.
enum class CauseKind : std::uint8_t {
  Unmanaged,     ///< unmanaged devices (or unregistered addresses) in a zone: id = zone
  AuditMode,     ///< enforcement points in audit mode: id = the destination's zone
  DefaultAllow,  ///< a default allow lets it in: id = the destination's zone
  AllowRule,     ///< one allow rule: id = compiled rule index
  MissingRule,   ///< an intent wants a flow no rule allows: id = intent index
};
std::string_view cause_kind_name(CauseKind k);  ///< "unmanaged-zone", "default-allow", ...

/// AuditMode keys: the host whose own `enforcement: audit` it is (this bit | host index),
/// else the zone that sets it, else 0 for the settings.
constexpr std::uint32_t kAuditHostBit = 0x80000000u;

struct CauseKey {
  CauseKind kind = CauseKind::Unmanaged;
  std::uint32_t id = 0;  ///< rule, zone or intent index; for AuditMode see kAuditHostBit
  auto operator<=>(const CauseKey&) const = default;
};

/// The cause of a reachable flow of class pair (s, t) with verdict `v`: its allow rule, the
/// default that lets it in, or (for a gap) the unmanaged end's zone or audit mode.
CauseKey cause_of(const decision::Decision& d, std::uint32_t s, std::uint32_t t,
                  const decision::Verdict& v);

/// Whether fixing `key` closes a finding of class pair (s, t): always, except for an
/// unmanaged zone when the flow stays inside it (a zone firewall does not see those).
bool fix_closes(const decision::Decision& d, const CauseKey& key, std::uint32_t s, std::uint32_t t);

/// One root cause with the findings it explains.
struct RootCause {
  CauseKey key;
  Risk risk = Risk::None;
  int score = 0;
  std::string title;                   ///< "unmanaged devices in zone printers (no zone firewall)"
  std::string fix;                     ///< "mark the zone printers `firewall: true`"
  std::string why;                     ///< the riskiest finding's grading reasons
  SourceLoc loc;                       ///< where to fix it
  std::vector<std::size_t> findings;   ///< indices into the command's finding list, sorted
  std::uint64_t closes = 0;            ///< findings the fix closes entirely
  std::uint64_t remain = 0;            ///< findings the fix leaves (Unmanaged: inside the zone)
  std::vector<std::string> services;   ///< services of its findings, riskiest first
  std::optional<FlowExample> example;  ///< from its riskiest finding
  std::uint32_t top_dst = 0;           ///< destination class of its riskiest finding
  std::string top_sources;             ///< the riskiest finding's sources, in words
  std::vector<std::string> untrusted_zones;  ///< AllowRule: untrusted source zones to drop
  bool management_only = false;              ///< its riskiest finding's sources: management
};

/// What one finding says about one of its causes: its grade, service, sources,
/// destination and an example flow.
struct CauseEvidence {
  int score = 0;
  Risk risk = Risk::None;
  std::string why;      ///< the grading's reasons
  std::string service;  ///< the finding's service
  std::uint32_t dst_cls = 0;
  std::string sources;                       ///< the sources, in words
  Population population;                     ///< the sources' population
  bool management_only = false;              ///< every source is a management host
  std::vector<std::string> untrusted_zones;  ///< source zones with untrusted purposes
  std::optional<FlowExample> example;
  bool closes = true;  ///< the cause's fix alone closes these flows (see fix_closes)
};

/// Evidence from a grading and its source mix.
CauseEvidence make_evidence(const decision::Decision& d, const Grading& g, const SourceMix& src,
                            std::string service, std::uint32_t dst_cls,
                            std::optional<FlowExample> example, bool closes);

/// A cause with the evidence of one finding (exposure cells keep these).
struct CellCause {
  CauseKey key;
  CauseEvidence ev;
};

/// Collects findings under their causes, then names, fixes and ranks the causes.
class CauseTable {
 public:
  explicit CauseTable(const decision::Decision& d) : d_(d) {}
  /// Finding `finding` is (partly) caused by `key`, with this evidence.
  void add(std::size_t finding, const CauseKey& key, const CauseEvidence& ev);
  /// The causes, riskiest first (score, then findings, then key).
  std::vector<RootCause> finish() const;

 private:
  struct Acc {
    RootCause rc;
    Population top_population;
    std::map<std::size_t, bool> findings;  // finding → closed by this fix
    std::vector<std::pair<int, std::string>> services;
  };
  const decision::Decision& d_;
  std::map<CauseKey, Acc> acc_;
  std::map<std::size_t, std::size_t> causes_per_finding_;
};

/// "5 hosts of dmz, 22 of clinical-ws": a source mix in words (zones by name).
std::string sources_text(const decision::Decision& d, const SourceMix& m);

}  // namespace bulkhead::analysis
