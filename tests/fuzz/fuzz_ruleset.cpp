// libFuzzer target for the rule-set importers and the audit over what they import: any
// bytes, read as each format (nft -j JSON, iptables-save, a Windows export) and as detected,
// must import into a rule set or into located one-line errors, never both; an imported rule
// set must audit (anomalies per point, the seed table on the inbound paths) without
// crashing, and every rule must keep a position in the file.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "ruleset/audit.h"
#include "ruleset/import.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace bulkhead;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::optional<ruleset::Format> formats[] = {std::nullopt, ruleset::Format::NftJson,
                                                    ruleset::Format::IptablesSave,
                                                    ruleset::Format::WindowsExport};
  for (const std::optional<ruleset::Format>& f : formats) {
    Diagnostics diags;
    std::optional<ruleset::Ruleset> rs = ruleset::import_ruleset(text, "fuzz.rules", f, diags);
    if (rs.has_value() == diags.has_errors()) std::abort();
    for (const Diagnostic& d : diags.all()) {
      if (d.loc.file != "fuzz.rules") std::abort();
      if (d.message.find('\n') != std::string::npos) std::abort();
    }
    if (!rs) continue;
    for (const ruleset::Point& p : rs->points)
      for (const ruleset::Rule& r : p.rules)
        if (r.loc.file != "fuzz.rules" || r.loc.line < 1) std::abort();
    const std::size_t points = rs->points.size();
    for (bool file_server : {false, true}) {
      ruleset::AuditedRuleset a = ruleset::audit(*rs, ruleset::AuditOptions{file_server});
      if (a.per_point.size() != points) std::abort();
      for (const auto& [p, rows] : a.seed)
        for (const ruleset::ServiceExposure& e : rows)
          if (!e.blocked() && !e.exempt && e.open.empty() && e.maybe.empty()) std::abort();
    }
  }
  return 0;
}
