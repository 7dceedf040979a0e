// Collects the report's data: one Context for the policy's Decision, then each analysis
// in turn (verify, exposure, matrix by zone, blast-radius ranking and the worst host's
// spread, coverage), the flow logs streamed once through a flows::Checker (each record is
// also judged for the time chart: counts per minute, coarsened at the end), and each rule
// set imported and audited point by point. Cost: the sum of the analyses' own (see their
// headers); flows O(records) time and O(span in minutes) memory for the chart.
#include "report/model.h"

#include <iterator>
#include <map>

#include "policy/catalog.h"
#include "ruleset/import.h"

namespace bulkhead::report {
namespace {

std::optional<std::vector<policy::NamedService>> lateral_services(const decision::Decision& d,
                                                                  std::string* error) {
  std::string why;
  auto named = policy::resolve_service_names(d.model(), "lateral-movement", &why);
  if (!named) *error = "lateral-movement services: " + why;
  return named;
}

// Per-minute verdict counts, coarsened into FlowData::buckets once the span is known.
std::optional<FlowData> read_flow_logs(const std::shared_ptr<const decision::Decision>& d,
                                       const std::vector<std::string>& inputs, std::string* error) {
  flows::Checker checker(d, flows::CheckOptions{});
  std::map<std::int64_t, FlowBucket> minutes;
  std::uint64_t untimed = 0;
  flows::ReadOptions ro;
  Result<flows::ReadStats> read = flows::read_flows(inputs, ro, [&](const flows::Record& r) {
    checker.add(r);
    std::optional<flows::SeenFlow> seen = checker.judge(r);
    if (!seen) return;
    const std::uint64_t n = r.count == 0 ? 1 : r.count;
    if (seen->time == 0) {
      untimed += n;
      return;
    }
    // What the reporter did, as Checker::add reads it: bulkhead's own log prefix says.
    flows::Observed observed = r.observed;
    if (!r.log_prefix.empty())
      if (std::optional<flows::BhPrefix> bh = flows::parse_bh_prefix(r.log_prefix))
        observed = bh->action == flows::BhPrefix::Action::Allow ||
                           bh->action == flows::BhPrefix::Action::WouldBlock
                       ? flows::Observed::Accepted
                       : flows::Observed::Rejected;
    std::int64_t m = seen->time - (((seen->time % 60) + 60) % 60);
    FlowBucket& b = minutes[m];
    b.start = m;
    // The checker's definitions: a violation is accepted though unreachable; a gap is
    // reachable, not intended and not refused.
    const decision::Verdict& v = seen->verdict;
    if (!v.reachable) {
      (observed == flows::Observed::Accepted ? b.violation : b.blocked) += n;
    } else if (!v.intended) {
      (observed == flows::Observed::Rejected ? b.blocked : b.gap) += n;
    } else {
      b.intended += n;
    }
  });
  if (!read) {
    *error = read.error();
    return std::nullopt;
  }
  FlowData out;
  out.check = checker.finish();
  out.read = read.value();
  out.untimed = untimed;
  if (!minutes.empty()) {
    const std::int64_t first = minutes.begin()->first, last = minutes.rbegin()->first;
    const std::int64_t w = bucket_seconds_for(last - first + 60);
    out.bucket_seconds = w;
    const std::int64_t base = first - (((first % w) + w) % w);
    const std::size_t n = static_cast<std::size_t>((last - base) / w) + 1;
    out.buckets.resize(n);
    for (std::size_t i = 0; i < n; ++i)
      out.buckets[i].start = base + static_cast<std::int64_t>(i) * w;
    for (const auto& [m, b] : minutes) {
      FlowBucket& into = out.buckets[static_cast<std::size_t>((m - base) / w)];
      into.intended += b.intended;
      into.blocked += b.blocked;
      into.gap += b.gap;
      into.violation += b.violation;
    }
  }
  return out;
}

}  // namespace

std::int64_t bucket_seconds_for(std::int64_t span) {
  constexpr std::int64_t kWidths[] = {60, 300, 900, 3600, 6 * 3600, 86400, 7 * 86400};
  for (std::int64_t w : kWidths)
    if (span <= w * 60) return w;
  return kWidths[std::size(kWidths) - 1];
}

std::optional<ReportData> collect(std::shared_ptr<const decision::Decision> d,
                                  const ReportOptions& opts, Diagnostics& diags,
                                  std::string* error) {
  ReportData r;
  r.d = std::move(d);
  const decision::Decision& dec = *r.d;

  // Inputs first: bad input must stop the report before the analyses run.
  r.audited = !opts.audit.empty();
  ruleset::AuditOptions audit_options;
  if (!opts.audit_host.empty()) {
    const std::int32_t h = dec.find_host(opts.audit_host);
    if (h < 0) {
      *error = "--audit-host '" + opts.audit_host + "': no such host in the policy's inventory";
      return std::nullopt;
    }
    audit_options.policy = &dec;
    audit_options.host = static_cast<std::uint32_t>(h);
  }
  for (const std::string& path : opts.audit) {
    std::optional<ruleset::Ruleset> rs = ruleset::import_file(path, std::nullopt, diags);
    if (!rs) continue;
    r.audit.push_back(ruleset::audit(std::move(*rs), audit_options));
  }
  if (diags.has_errors()) return std::nullopt;
  if (!opts.flows.empty()) {
    std::optional<FlowData> f = read_flow_logs(r.d, opts.flows, error);
    if (!f) {
      *error = "--flows: " + *error;
      return std::nullopt;
    }
    r.flows = std::move(*f);
  }

  std::optional<std::vector<policy::NamedService>> lateral = lateral_services(dec, error);
  if (!lateral) return std::nullopt;
  r.ctx = std::make_unique<analysis::Context>(dec);
  r.verify = analysis::verify(*r.ctx);
  r.exposure = analysis::compute_exposure(*r.ctx, *lateral);
  r.matrix = analysis::compute_matrix(dec, *lateral, analysis::GroupBy::Zone);
  ServiceSet keys;
  for (const policy::NamedService& s : *lateral) keys = keys.unite(s.keys);
  r.graph = std::make_unique<analysis::ReachGraph>(*r.ctx, keys);
  r.ranking = analysis::rank_blast_radius(*r.graph, -1, opts.top);
  if (!r.ranking.empty() && !r.ranking.front().hosts.empty())
    r.worst = analysis::blast_radius(*r.graph, r.ranking.front().hosts.front(), -1);
  r.coverage = analysis::compute_coverage(*r.ctx);

  return r;
}

}  // namespace bulkhead::report
