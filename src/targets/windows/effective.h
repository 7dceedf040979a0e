// What a Windows machine's whole rule set decides, against what the policy decides at the
// host's own points, exactly over the whole flow space (never sampled).
//
// The machine side is every enabled rule of an export (bulkhead's and everyone else's) read
// conservatively (fw::resolve), per profile: the rules that apply to the profile, without
// the local store's when AllowLocalFirewallRules is False there, any matching Block wins,
// else any Allow, else the profile default; a profile that is off lets everything through.
// The policy side is the Decision's verdict at the host's inbound or outbound point
// (Point::permits over the class pair's tier map) for the host's listed addresses, and
// judge_unlisted's rules for its other addresses. Connections to the machine's own
// addresses are left out: Windows does not filter loopback traffic.
//
// Exactness: every dimension is cut at every boundary of both sides (local and remote
// addresses: the machine rules' ranges, the host's listed addresses and the Decision's
// atoms; destination ports, ICMP types and protocol numbers: the machine rules' and the
// policy's tier-map segments; source ports: the machine rules' only, as the policy ignores
// them). Inside a cell both sides are constant, so one representative decides it. The walk
// is nested so that the product is never built blindly: per profile view and local cell, a
// sweep over the remote address cells groups runs with the same address class and the same
// matching rules, each distinct (local class, remote class, rules) is evaluated once, and
// inside it ports are cut only by the rules that matched the addresses.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "decision/decision.h"
#include "targets/windows/firewall.h"
#include "targets/windows/import_export.h"

namespace bulkhead::targets::windows {

/// The policy's verdict on one connection at the host's point.
struct PolicyVerdict {
  bool permit = false;
  decision::Tier tier = decision::Tier::None;
  std::uint32_t rule = decision::kNoRule;  ///< the deciding policy rule; kNoRule = the default
};

/// The machine rule behind a verdict: an index into WindowsExport::rules, or one of these.
inline constexpr std::int32_t kProfileDefault = -1;
inline constexpr std::int32_t kProfileOff = -2;

struct MachineVerdict {
  bool permit = false;
  std::int32_t rule = kProfileDefault;
};

/// A set of regions the machine decides differently from the policy, all with the same
/// direction, profiles, machine verdict and responsible machine rule.
struct EffectiveFinding {
  fw::Dir dir = fw::Dir::In;
  std::uint8_t profiles = 0;  ///< fw::kDomain | ...
  bool machine_permits = false;
  std::int32_t machine_rule = kProfileDefault;
  std::string condition;  ///< the machine rule's conservative reading; "" when exact
  std::uint64_t regions = 0;
  fw::Connection example;                   ///< one connection of one of the regions
  PolicyVerdict policy;                     ///< the policy's verdict on the example
  std::vector<std::uint32_t> policy_rules;  ///< every deciding policy rule; kNoRule last
};

struct EffectiveReport {
  std::vector<EffectiveFinding> findings;  ///< openings first, then by regions
  std::uint64_t regions = 0;      ///< regions compared, over every direction and profile view
  std::uint64_t evaluations = 0;  ///< distinct (local class, remote class, rule set) evaluated
  std::size_t views = 0;          ///< distinct (direction, profile) rule sets
};

/// Whether `remote` is one of the machine's own addresses (the host's listed ones, the
/// export's interface addresses, 127.0.0.0/8, ::1): Windows does not filter traffic to
/// them (loopback), so the comparison leaves such connections out.
bool is_loopback(const decision::Decision& d, std::uint32_t host, const WindowsExport& e,
                 const Addr& remote);

/// What the policy decides about a connection at `host`'s own point (`mode` overrides the
/// enforcement mode, as for render).
PolicyVerdict policy_verdict(const decision::Decision& d, std::uint32_t host,
                             std::optional<policy::Enforcement> mode, const fw::Connection& c);

/// What the machine decides about a connection under profile `profile` (0 Domain, 1
/// Private, 2 Public), rule by rule: the slow twin of compare_effective.
MachineVerdict machine_verdict(const WindowsExport& e, int profile, const fw::Connection& c);

/// Every region where the machine and the policy disagree, for managed host `host`.
EffectiveReport compare_effective(const decision::Decision& d, std::uint32_t host,
                                  std::optional<policy::Enforcement> mode, const WindowsExport& e);

}  // namespace bulkhead::targets::windows
