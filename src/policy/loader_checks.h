// Private to the loader: the checks that need the whole merged policy and only warn
// (they do not fail the load): selectors that match no inventory host (naming the closest
// existing value), and rules that log high-volume services.
#pragma once

#include "base/diagnostics.h"
#include "policy/model.h"

namespace bulkhead::policy::load_detail {

/// The zone that owns an address (longest prefix), or nullptr for `internet`.
const Zone* zone_of(const Model& m, const Addr& a);

/// Records the warnings about the merged model.
void warn_model(const Model& m, Diagnostics& diags);

}  // namespace bulkhead::policy::load_detail
