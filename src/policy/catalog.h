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

/// One row of a baseline: a deny of one service, to a selector given as text.
struct BaselineRow {
  std::string service;
  Action action = Action::Deny;
  bool to_non_file_servers = false;  ///< `to: {role: "!file-server"}` instead of `hosts`
};

struct Baseline {
  std::string name;
  std::string description;
  std::vector<BaselineRow> rows;
};

const std::vector<Baseline>& builtin_baselines();
const Baseline* find_baseline(std::string_view name);

/// Expands a baseline into rules whose provenance is `<baseline>/<service>` at `loc`.
/// `catalog` is the model's service list (for ports and log defaults).
std::vector<Rule> expand_baseline(const Baseline& b, const std::vector<Service>& catalog,
                                  const SourceLoc& loc);

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
