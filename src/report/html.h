// The report page: one self-contained HTML document (inline CSS with a print stylesheet,
// inline SVG charts, a little inline JavaScript for sorting, filtering and tooltips; no
// external requests), rendered from ReportData. The page is a pure function of the data:
// no timestamp, sorted inputs, so the same policy and inputs give the same bytes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "report/model.h"

namespace bulkhead::report {

/// The whole page.
std::string render_html(const ReportData& r, const ReportOptions& opts);

/// The colour class of a percentage of protected hosts: "bad" below 50, "warn" from 50 to
/// 80, "good" above 80.
std::string_view percent_class(std::uint64_t percent);

/// protected · 100 / total, rounded down; 100 when total is 0.
std::uint64_t percent_of(std::uint64_t part, std::uint64_t total);

}  // namespace bulkhead::report
