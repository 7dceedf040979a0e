// The built-in service catalog, service groups and baselines (spec sections 4 and 5).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "policy/model.h"

namespace bulkhead::policy {

/// The built-in services, in catalog order: the nine seed-table services first.
const std::vector<Service>& builtin_services();

struct ServiceGroup {
  std::string name;
  std::vector<std::string> members;
  std::string description;
};

/// The built-in groups: lateral-movement, netbios, rpc, winrm.
const std::vector<ServiceGroup>& builtin_groups();
const ServiceGroup* find_group(std::string_view name);

/// Which addresses one side of a baseline row selects (plus the side's `cidrs`, if any).
enum class RowSide : std::uint8_t {
  Any,             ///< `any`
  Hosts,           ///< `hosts`: every inventory host
  NonFileServers,  ///< `{role: "!file-server"}`
  Zone,            ///< the zone the row is expanded for (`internet` for hosts in no zone)
  None,            ///< only the side's cidrs
};

/// One row of a baseline: one rule named `<baseline>/<row>` (or, for a row expanded per
/// zone, one rule per zone named `<baseline>/<row>@<zone>`), of one catalog service or of
/// inline services.
struct BaselineRow {
  std::string row;                           ///< provenance name (the service for seed rows)
  std::string service;                       ///< a catalog service, or empty for inline ones
  std::vector<std::string> inline_services;  ///< e.g. "icmpv6/133-136"
  Action action = Action::Deny;
  RowSide from = RowSide::Any;
  RowSide to = RowSide::Hosts;
  std::vector<std::string> from_cidrs;  ///< added to `from` (OR)
  std::vector<std::string> to_cidrs;    ///< added to `to` (OR)
  bool per_zone = false;    ///< expanded once per zone (and `internet`): link-scope traffic
  std::string description;  ///< why the row exists (inline rows)
  bool to_non_file_servers() const { return to == RowSide::NonFileServers; }
};

struct Baseline {
  std::string name;
  std::string description;
  std::vector<BaselineRow> rows;
};

/// The built-in baselines: `lateral-movement` (the seed table) and `host-essentials`
/// (what a host needs to stay on the network under a deny default: ICMP/ICMPv6 control
/// messages after RFC 4890, DHCP and DHCPv6 client traffic).
const std::vector<Baseline>& builtin_baselines();
const Baseline* find_baseline(std::string_view name);

/// Expands a baseline into rules whose provenance is `<baseline>/<row>` at `loc`.
/// `catalog` is the model's service list (for ports and log defaults); `zones` the user
/// zones, for rows expanded per zone.
std::vector<Rule> expand_baseline(const Baseline& b, const std::vector<Service>& catalog,
                                  const std::vector<Zone>& zones, const SourceLoc& loc);

/// Parses an inline service: `tcp/445`, `udp/137-138`, `tcp/1-2`, `icmp`, `any`.
/// Returns nullopt and a reason when the text is not an inline service.
std::optional<ServiceSet> parse_inline_service(std::string_view text, std::string* why);

}  // namespace bulkhead::policy

namespace bulkhead::policy {

/// A service named on the command line or in a report: a catalog or custom service, a
/// group (expanded to its members, in order), or an inline form. Returns the services it
/// stands for, each as (display name, keys); nullopt and a reason when unknown.
struct NamedService {
  std::string name;
  ServiceSet keys;
  const Service* service = nullptr;  ///< null for inline forms
};
std::optional<std::vector<NamedService>> resolve_service_names(const Model& m,
                                                               std::string_view text,
                                                               std::string* why);

}  // namespace bulkhead::policy
