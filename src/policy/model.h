// The Model: a policy as the user wrote it (spec/policy-v1.md sections 1, 2, 4, 5),
// validated, merged across files, with built-in services and baselines resolved and a
// source position on every element. It is plain data; the Decision layer gives it meaning.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/ip.h"
#include "base/service_key.h"
#include "base/source_loc.h"

namespace bulkhead::policy {

enum class Action : std::uint8_t { Allow, Deny, OverrideDeny };
enum class DefaultAction : std::uint8_t { Deny, Allow };
enum class LogMode : std::uint8_t { Auto, True, False };
enum class ExpectVerdict : std::uint8_t { Blocked, Reachable };
/// How a host enforces: `enforce` blocks; `audit` logs what would be blocked and accepts.
enum class Enforcement : std::uint8_t { Enforce, Audit };

std::string_view action_name(Action a);            ///< "allow", "deny", "override-deny"
std::string_view default_name(DefaultAction d);    ///< "deny", "allow"
std::string_view enforcement_name(Enforcement e);  ///< "enforce", "audit"

/// The closed vocabulary of zone and host purposes (docs/policy.md "Zone and host
/// purposes"), in documentation order: "management", "workstations", "servers", ...
const std::vector<std::string>& purpose_names();

/// One label condition of a selector map: `role: workstation`, `role: [a, b]`,
/// `role: "!x"`, `role: ["!a", "!b"]`.
struct LabelCond {
  std::string key;
  std::vector<std::string> values;  ///< without the leading '!'
  bool negated = false;             ///< true: absent, or none of the values
  SourceLoc loc;
};

/// One alternative of a selector: the bare words, or a map whose keys all must match.
struct SelectorTerm {
  enum class Kind : std::uint8_t { Any, Internet, Hosts, Map };
  Kind kind = Kind::Map;
  std::vector<LabelCond> labels;
  std::vector<std::string> hosts;  ///< `host: NAME` or `host: [A, B]`: any of them
  std::vector<std::string> zones;  ///< `zone: NAME` or `zone: [A, B]`: any of them
  std::vector<Prefix> cidrs;       ///< `cidr: X` or `cidr: [X, Y]`: any of them
  bool managed_only = false;       ///< internal (kind Hosts): managed inventory hosts only
  SourceLoc loc;
};

/// A selector: matches an address when any of its terms does (section 2).
struct Selector {
  std::vector<SelectorTerm> any_of;
  SourceLoc loc;
  std::string text;  ///< canonical one-line text, for messages and reports

  bool operator==(const Selector& o) const { return text == o.text; }
};

/// `hi` of the PortRange written `icmp`: every ICMP message of both families.
constexpr std::uint16_t kAllIcmp = 0xffff;

/// One protocol/port range of a service: TCP/UDP ports, ICMP/ICMPv6 types (`icmp/8`,
/// `icmpv6/130-132`), or {Icmp, 0, kAllIcmp} for `icmp` (ICMP and ICMPv6 alike).
struct PortRange {
  Proto proto = Proto::Tcp;
  std::uint16_t lo = 0;
  std::uint16_t hi = 0;
};
/// "tcp/445", "udp/137-138", "icmpv6/135", "icmp": the range as a policy writes it.
std::string port_range_text(const PortRange& p);

struct Service {
  std::string name;
  std::vector<PortRange> ports;
  std::vector<std::string> attack;  ///< ATT&CK technique IDs
  bool log = false;                 ///< default when a rule says `log: auto`
  bool high_volume = false;         ///< the seed's "avoid logging high-volume protocols"
  std::string description;
  bool builtin = false;
  SourceLoc loc;  ///< where a custom service is defined

  ServiceSet keys() const;
};

/// A service as a rule names it: a catalog or custom name, a group (expanded), or an
/// inline form (`tcp/445`, `udp/137-138`, `icmp`, `any`).
struct ServiceRef {
  std::string text;                ///< as written
  std::vector<std::string> names;  ///< the catalog services it stands for (empty if inline)
  ServiceSet keys;                 ///< exact protocol/port keys
  SourceLoc loc;
};

/// Where a rule comes from: a user's rule, or one row of a built-in baseline.
struct Origin {
  std::string baseline;  ///< empty for user rules; e.g. "lateral-movement"
  std::string service;   ///< the baseline row, e.g. "smb" or "dhcp-client-request"
};

struct Rule {
  std::string name;  ///< user's name, or "<baseline>/<service>"
  Action action = Action::Allow;
  Selector from;
  Selector to;
  std::vector<ServiceRef> services;
  LogMode log = LogMode::Auto;
  Origin origin;
  SourceLoc loc;  ///< the rule's `- name:` (for a baseline row: the baseline entry)
  std::string description;

  /// Union of every service's keys.
  ServiceSet keys() const;
  /// Whether this rule logs the given catalog service (resolves `auto`).
  bool logs(const Service* svc) const;
};

struct Zone {
  std::string name;
  std::vector<Prefix> cidrs;
  bool firewall = false;
  std::optional<DefaultAction> default_inbound;
  std::optional<DefaultAction> default_outbound;
  std::optional<Enforcement> enforcement;
  bool builtin = false;               ///< the `internet` zone
  std::vector<std::string> purposes;  ///< `purpose:` values (of purpose_names()), sorted
  SourceLoc loc;
  std::string description;
};

struct Host {
  std::string name;
  std::vector<Addr> addresses;
  std::map<std::string, std::string> labels;
  bool managed = true;
  std::optional<DefaultAction> default_inbound;
  std::optional<DefaultAction> default_outbound;
  std::optional<Enforcement> enforcement;
  std::vector<std::string> purposes;  ///< `purpose:` values (of purpose_names()), sorted
  SourceLoc loc;
  std::string description;
};

struct Expect {
  std::string name;
  Selector from;
  Selector to;
  std::vector<ServiceRef> services;
  ExpectVerdict verdict = ExpectVerdict::Blocked;
  SourceLoc loc;
  std::string description;  ///< why the intent exists, shown with its findings
};

struct LogRate {
  std::uint32_t count = 10;
  std::string unit = "second";  ///< second | minute | hour | day
  SourceLoc loc;
  std::string str() const { return std::to_string(count) + "/" + unit; }
};

struct Settings {
  DefaultAction default_inbound = DefaultAction::Deny;
  DefaultAction default_outbound = DefaultAction::Allow;
  LogRate log_rate;
  /// Hosts that always keep ssh/winrm/rdp to every managed host (anti-lockout).
  std::optional<Selector> management;
  Enforcement enforcement = Enforcement::Enforce;
  SourceLoc loc;
};

struct BaselineRef {
  std::string name;
  SourceLoc loc;
};

struct Model {
  std::string name;                ///< optional `name:`; empty if none
  std::vector<std::string> files;  ///< the files read, in merge order
  Settings settings;
  std::vector<Zone> zones;  ///< user zones in file order; `internet` is not listed
  std::vector<Host> hosts;
  std::vector<Service> services;  ///< the built-in catalog first, then custom services
  std::vector<Rule> rules;        ///< user rules in file order, then expanded baselines
  std::vector<BaselineRef> baselines;
  std::vector<Expect> expects;

  const Service* find_service(std::string_view name) const;
  const Host* find_host(std::string_view name) const;
  const Zone* find_zone(std::string_view name) const;

  /// "file:line" as rendered rulesets name a position: the file's base name (the path as
  /// given when two policy files share a base name). Rendered rules thus stay the same
  /// however the policy's path is typed, so what `apply` installed from one checkout and
  /// what `status` renders from another compare equal.
  std::string artifact_line(const SourceLoc& loc) const;
};

}  // namespace bulkhead::policy
