// bulkhead diff OLD NEW: exactly which flows become reachable and which become blocked
// between two versions of a policy, grouped by (source region, destination region,
// service range), naming hosts and the rules responsible on each side. Exit 1 when
// something changes in the direction(s) named by --fail-on (default: newly reachable).
// Cost: two loads and resolves (at once, on two threads), then analysis::diff beside the
// intent and coverage outcomes of each version (on two more threads); output O(change groups).
// --host H compares only H's own firewall (run_host below; docs/audit.md, the round trip
// of `bulkhead import`). The full diff is written by output/diff.h.
#include <algorithm>
#include <future>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "analysis/diff.h"
#include "cli/common.h"
#include "output/diff.h"
#include "policy/loader.h"

namespace bulkhead::cli {
namespace {

struct DiffOptions {
  std::string old_path;
  std::string new_path;
  std::string fail_on = "reachable";
  std::string format;
  std::size_t max_hosts = 100;
  std::string host;
};

// --host H: the verdicts of H's own firewall only (its inbound point on flows to its
// addresses, its outbound point on flows from them), compared for every peer address
// and service. Other points (zone firewalls, the peers' own firewalls) are left out, so
// that a policy drafted from H's firewall alone (`bulkhead import`) compares with the
// policy H's firewall was rendered from. Peers are cut at every atom boundary of either
// version, so each piece is one class on each side: O(pieces · addresses · segments). The
// host's own addresses are not peers (loopback does not pass its firewall).
using output::HostChange;

/// Whether the host's own point on a class pair permits a tier (no such point: an
/// unmanaged host lets everything through).
bool own_permits(const decision::Decision& d, std::uint32_t s, std::uint32_t t, bool inbound,
                 decision::Tier tier) {
  decision::PointKind want =
      inbound ? decision::PointKind::HostInbound : decision::PointKind::HostOutbound;
  for (const decision::Point& p : d.points(s, t))
    if (p.kind == want) return p.permits(tier);
  return true;
}

std::string why_text(const decision::Decision& d, const decision::Segment& seg) {
  if (seg.rule == decision::kNoRule) return "the host's default";
  const policy::Rule& r = *d.rules()[seg.rule].rule;
  return fmt::format("{} {} at {}", policy::action_name(r.action), r.name, r.loc.file_line());
}

int run_host(const decision::Decision& o, const decision::Decision& n, const DiffOptions& opt) {
  std::int32_t oh = o.find_host(opt.host);
  std::int32_t nh = n.find_host(opt.host);
  if (oh < 0 || nh < 0) {
    usage_error(fmt::format("--host '{}': no such host in {}", opt.host,
                            oh < 0 ? opt.old_path : opt.new_path));
    return kBadInput;
  }
  const auto& old_addrs = o.model().hosts[static_cast<std::size_t>(oh)].addresses;
  const auto& new_addrs = n.model().hosts[static_cast<std::size_t>(nh)].addresses;
  std::vector<std::string> only;
  for (const Addr& a : old_addrs)
    if (std::find(new_addrs.begin(), new_addrs.end(), a) == new_addrs.end())
      only.push_back(a.str() + " only in OLD");
  for (const Addr& a : new_addrs)
    if (std::find(old_addrs.begin(), old_addrs.end(), a) == old_addrs.end())
      only.push_back(a.str() + " only in NEW");
  // Peer pieces: every atom start of either version.
  std::map<Family, std::vector<u128>> cuts;
  for (const decision::Decision* d : {&o, &n})
    for (const decision::Atom& a : d->atoms()) cuts[a.family].push_back(a.lo);
  std::map<std::tuple<bool, Addr, std::string, bool, bool, std::string, std::string>, HostChange>
      groups;
  std::size_t newly_reachable = 0, newly_blocked = 0;
  for (const Addr& own : old_addrs) {
    if (std::find(new_addrs.begin(), new_addrs.end(), own) == new_addrs.end()) continue;
    std::vector<u128>& c = cuts[own.family];
    c.push_back(0);
    std::sort(c.begin(), c.end());
    c.erase(std::unique(c.begin(), c.end()), c.end());
    const ServiceSet fam = family_services(own.family);
    for (std::size_t i = 0; i < c.size(); ++i) {
      const u128 lo = c[i];
      const u128 hi = i + 1 < c.size() ? c[i + 1] - 1 : family_max(own.family);
      const Addr peer{own.family, lo};
      // The host's own addresses talk to themselves over loopback, not through its firewall.
      if (o.atom_of(peer).host == oh || n.atom_of(peer).host == nh) continue;
      for (bool inbound : {true, false}) {
        auto pair = [&](const decision::Decision& d) {
          return inbound ? std::pair{d.class_of(peer), d.class_of(own)}
                         : std::pair{d.class_of(own), d.class_of(peer)};
        };
        auto [os, ot] = pair(o);
        auto [ns, nt] = pair(n);
        const decision::TierMap& om = o.tiers(os, ot);
        const decision::TierMap& nm = n.tiers(ns, nt);
        for (const auto& iv : fam.intervals()) {
          std::uint32_t k = iv.lo;
          while (true) {
            const decision::Segment& a = decision::Decision::segment_at(om, k);
            const decision::Segment& b = decision::Decision::segment_at(nm, k);
            std::uint32_t end = std::min({a.hi, b.hi, iv.hi});
            bool op = own_permits(o, os, ot, inbound, a.tier);
            bool np = own_permits(n, ns, nt, inbound, b.tier);
            if (op != np) {
              HostChange& g = groups[{inbound, own, format_services(ServiceSet::range(k, end)), op,
                                      np, why_text(o, a), why_text(n, b)}];
              if (g.peers.empty()) {
                g = {inbound,
                     own,
                     format_services(ServiceSet::range(k, end)),
                     op,
                     np,
                     why_text(o, a),
                     why_text(n, b),
                     {}};
                (np ? newly_reachable : newly_blocked) += 1;
              }
              g.peers.add(lo, hi);
            }
            if (end == iv.hi) break;
            k = end + 1;
          }
        }
      }
    }
  }
  output::HostDiff diff{opt.host, std::move(only), {}};
  for (auto& [k, g] : groups) diff.changes.push_back(std::move(g));
  output::write_host_diff(diff, format_of(opt.format), {opt.old_path, opt.new_path, opt.max_hosts},
                          std::cout);
  const bool fail = !diff.only.empty() || (opt.fail_on != "blocked" && newly_reachable > 0) ||
                    (opt.fail_on != "reachable" && newly_blocked > 0);
  return fail ? kFindings : kOk;
}

/// One version, loaded and resolved without printing, so that both can load at once.
struct Side {
  Diagnostics diags;
  std::shared_ptr<const decision::Decision> d;
};

Side load_side(const std::string& path) {
  Side s;
  std::optional<policy::Model> m = policy::load({path}, s.diags);
  if (m && !s.diags.has_errors()) s.d = decision::Decision::resolve(std::move(*m));
  return s;
}

int run(const DiffOptions& o) {
  // The versions share nothing, and at 100,000 hosts their loads are most of a diff's
  // time: the new one loads on a second thread. Diagnostics print old first, then new.
  std::future<Side> pending = std::async(std::launch::async, load_side, o.new_path);
  Side old_side = load_side(o.old_path);
  Side new_side = pending.get();
  int errors = 0;
  for (const Side* s : {&old_side, &new_side}) {
    print_diagnostics(s->diags);
    errors += s->diags.error_count();
  }
  if (!old_side.d || !new_side.d) {
    print_error_count(errors);
    return kBadInput;
  }
  const std::shared_ptr<const decision::Decision>& old_d = old_side.d;
  const std::shared_ptr<const decision::Decision>& new_d = new_side.d;
  if (!o.host.empty()) return run_host(*old_d, *new_d, o);
  // Each version's intent and coverage outcomes depend neither on the diff nor on the
  // other version: two more threads compute them meanwhile (a resolved Decision is safe
  // to share between threads).
  std::future<analysis::Outcomes> old_outcomes =
      std::async(std::launch::async, analysis::outcomes, std::cref(*old_d));
  std::future<analysis::Outcomes> new_outcomes =
      std::async(std::launch::async, analysis::outcomes, std::cref(*new_d));
  analysis::DiffReport r = analysis::diff(*old_d, *new_d);
  const analysis::Outcomes oo = old_outcomes.get();
  const analysis::Outcomes no = new_outcomes.get();
  const output::OutcomeChanges outcomes{analysis::intent_changes(oo, no),
                                        analysis::coverage_changes(oo, no)};
  output::write_diff(r, outcomes, *old_d, *new_d, format_of(o.format),
                     {o.old_path, o.new_path, o.max_hosts}, std::cout);
  keep_until_exit(old_d);
  keep_until_exit(new_d);
  const output::FailOn fail_on = o.fail_on == "blocked" ? output::FailOn::Blocked
                                 : o.fail_on == "any"   ? output::FailOn::Any
                                                        : output::FailOn::Reachable;
  return output::exit_code(r, fail_on);
}

}  // namespace

void add_diff(CLI::App& app) {
  auto o = std::make_shared<DiffOptions>();
  CLI::App* sub = app.add_subcommand(
      "diff", "which flows become reachable or blocked between two policy versions");
  sub->add_option("old", o->old_path, "the old policy (file or directory)")->required();
  sub->add_option("new", o->new_path, "the new policy (file or directory)")->required();
  sub->add_option("--fail-on", o->fail_on,
                  "exit 1 when flows become newly reachable, newly blocked, or either")
      ->check(CLI::IsMember({"reachable", "blocked", "any"}))
      ->capture_default_str();
  sub->add_option("--max-hosts", o->max_hosts, "JSON: host names listed per side")
      ->capture_default_str();
  sub->add_option("--host", o->host,
                  "compare only this host's own firewall (its inbound and outbound verdicts, "
                  "for every peer and service)");
  add_format(sub, &o->format, {"table", "json"});
  sub->callback([o] { set_exit(run(*o)); });
}

}  // namespace bulkhead::cli
