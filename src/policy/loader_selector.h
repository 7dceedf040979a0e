// Private to the loader: selectors (spec section 2) from YAML, and the services a rule or
// an expectation names (spec section 4).
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "policy/loader_yaml.h"
#include "policy/model.h"

namespace bulkhead::policy::load_detail {

/// The host and zone names a selector may refer to, indexed once per section.
struct Names {
  std::set<std::string> hosts;
  std::set<std::string> zones;
  /// The names of the model's hosts and zones.
  static Names of(const Model& m);
};

/// Parses a selector: `any`, `internet`, `hosts`, a map of conditions (AND) or a list of
/// those (OR). `host:` and `zone:` must name one of `names`. `what` names the place in
/// messages ("from", "settings.management").
std::optional<Selector> get_selector(const Reader& r, const Value& v, std::string_view what,
                                     const Names& names);

/// Parses a `services:` list: catalog or custom names, groups and inline forms. Reports
/// every bad entry; returns nullopt when any entry was bad or the list is empty.
std::optional<std::vector<ServiceRef>> get_service_refs(const Reader& r, const Value& v,
                                                        const Model& m);

}  // namespace bulkhead::policy::load_detail
