// Private to the loader: the checks that need the whole merged policy and only warn
// (they do not fail the load): selectors that match no inventory host, rules that log
// high-volume services, and a policy with hosts but no management hosts for anti-lockout.
#pragma once

#include "base/diagnostics.h"
#include "policy/model.h"

namespace bulkhead::policy::load_detail {

/// The zone that owns an address (longest prefix), or nullptr for `internet`.
const Zone* zone_of(const Model& m, const Addr& a);

/// Records the warnings about the merged model. `management_at` is where the missing
/// settings.management is reported (the settings key, else the first hosts key).
void warn_model(const Model& m, const SourceLoc& management_at, Diagnostics& diags);

}  // namespace bulkhead::policy::load_detail
