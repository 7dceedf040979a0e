// Private to the loader: one reader per top-level section of a policy file. Each appends
// the valid elements of its section to the Model and reports every bad one; the driver
// (loader.cpp) calls them section by section over all files, so that names defined in any
// file can be referenced from any other.
#pragma once

#include <map>
#include <string>

#include "policy/loader_yaml.h"
#include "policy/model.h"

namespace bulkhead::policy::load_detail {

/// The first position of every name and unique value seen so far, across files, for
/// "duplicate ... (first at file:line:column)" messages.
struct FirstSeen {
  std::map<std::string, SourceLoc> zones, hosts, services, rules, expects, baselines;
  std::map<Prefix, std::pair<std::string, SourceLoc>> zone_cidrs;  ///< -> zone, position
  std::map<Addr, std::pair<std::string, SourceLoc>> host_addrs;    ///< -> host, position
};

/// Zones: unique names, `internet` reserved, no CIDR in two zones.
void read_zones(const Reader& r, const Value& section, Model& m, FirstSeen& seen);
/// Hosts: unique names, one of address/addresses, no address shared, labels as written.
void read_hosts(const Reader& r, const Value& section, Model& m, FirstSeen& seen);
/// Custom services; `m.services` must already hold the built-in catalog.
void read_services(const Reader& r, const Value& section, Model& m, FirstSeen& seen);
/// Needs the hosts and zones (for `management`). `at` is the `settings` key.
void read_settings(const Reader& r, const Value& section, const SourceLoc& at, Model& m);
/// User rules, in file order; needs hosts, zones and services.
void read_rules(const Reader& r, const Value& section, Model& m, FirstSeen& seen);
/// `expect` entries; needs hosts, zones and services.
void read_expects(const Reader& r, const Value& section, Model& m, FirstSeen& seen);
/// Records the baseline names; the driver expands them after every user rule.
void read_baselines(const Reader& r, const Value& section, Model& m, FirstSeen& seen);

}  // namespace bulkhead::policy::load_detail
