// bulkhead status POLICY --host H --windows-export FILE: reads an export of a Windows
// machine's firewall (docs/targets/windows.md, "Reading the live state back") and reports
//   drift:     bulkhead's rules and profile settings against what it renders for H today;
//   effective: every region of the flow space where the machine's whole rule set (its own
//              rules, Windows', other software's, Group Policy's) decides differently from
//              the policy at H's points, per profile, grouped by the machine rule responsible.
// Touches nothing on this machine. Exit codes: 0 no finding, 1 findings, 2 bad input.
#include "cli/cmd_status_windows.h"

#include <sys/stat.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "base/text.h"
#include "cli/common.h"
#include "decision/decision.h"
#include "output/json_text.h"
#include "targets/windows/drift.h"
#include "targets/windows/effective.h"
#include "targets/windows/import_export.h"
#include "targets/windows/plan.h"
#include "targets/windows/text.h"

namespace bulkhead::cli {

using output::json_text;
namespace {

namespace win = targets::windows;
namespace fw = targets::windows::fw;
using ojson = nlohmann::ordered_json;

/// Findings shown per section in the table; --format json lists all.
constexpr std::size_t kShown = 10;
/// The largest export read (a machine with 5,000 rules exports about 10 MiB).
constexpr std::uintmax_t kMaxExportBytes = std::uintmax_t{256} << 20;

std::optional<std::string> read_export(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    usage_error("cannot read Windows export " + path + ": no such file");
    return std::nullopt;
  }
  if (!S_ISREG(st.st_mode)) {
    usage_error("Windows export " + path + " is not a regular file");
    return std::nullopt;
  }
  if (static_cast<std::uintmax_t>(st.st_size) > kMaxExportBytes) {
    usage_error(
        fmt::format("Windows export {} is larger than {} MiB", path, kMaxExportBytes >> 20));
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  if (!in.good() && !in.eof()) {
    usage_error("cannot read Windows export " + path);
    return std::nullopt;
  }
  return s.str();
}

std::string addr_text(const decision::Decision& d, const Addr& a) {
  const decision::Atom& atom = d.atom_of(a);
  if (atom.host == decision::kNoHost) return a.str();
  return fmt::format("{} ({})", a.str(), d.model().hosts[static_cast<std::size_t>(atom.host)].name);
}

std::string service_text(const fw::Connection& c) {
  switch (c.proto) {
    case Proto::Tcp:
    case Proto::Udp: {
      const bool in = c.dir == fw::Dir::In;
      return fmt::format("{}/{} (source port {})", proto_name(c.proto),
                         in ? c.local_port : c.remote_port, in ? c.remote_port : c.local_port);
    }
    case Proto::Icmp:
    case Proto::Icmpv6:
      return fmt::format("{}/{}", proto_name(c.proto), c.icmp_type);
    case Proto::Other:
      return fmt::format("protocol {}", c.ip_protocol);
  }
  return "";
}

std::string flow_text(const decision::Decision& d, const fw::Connection& c) {
  const bool in = c.dir == fw::Dir::In;
  return fmt::format("{} -> {} {}", addr_text(d, in ? c.remote : c.local),
                     addr_text(d, in ? c.local : c.remote), service_text(c));
}

std::string policy_rule_text(const decision::Decision& d, std::uint32_t host, fw::Dir dir,
                             std::uint32_t r, decision::Tier tier) {
  if (r == decision::kNoRule)
    return win::default_origin(
        d, host, dir == fw::Dir::In ? win::Direction::Inbound : win::Direction::Outbound);
  const policy::Rule& rule = d.model().rules[r];
  return fmt::format("{} '{}' ({})", decision::tier_name(tier), rule.name, rule.loc.file_line());
}

std::string machine_text(const win::WindowsExport& e, const win::EffectiveFinding& f) {
  if (f.machine_rule == win::kProfileOff) return "the firewall, off on this profile,";
  if (f.machine_rule == win::kProfileDefault)
    return fmt::format("the profile default ({})", f.machine_permits ? "Allow" : "Block");
  const fw::Rule& r = e.rules[static_cast<std::size_t>(f.machine_rule)];
  return fmt::format("'{}'{}", escape_controls(r.name),
                     f.condition.empty() ? "" : " [" + escape_controls(f.condition) + "]");
}

std::string profiles_of(std::uint8_t bits) {
  std::string p = fw::profiles_text(bits);
  return p == "Any" ? "Domain, Private, Public" : p;
}

ojson profiles_json(std::uint8_t bits) {
  ojson out = ojson::array();
  for (int i = 0; i < 3; ++i)
    if (bits & (1u << i)) out.push_back(std::string(fw::kProfileNames[i]));
  return out;
}

ojson connection_json(const fw::Connection& c) {
  const bool in = c.dir == fw::Dir::In;
  ojson j;
  j["src"] = (in ? c.remote : c.local).str();
  j["dst"] = (in ? c.local : c.remote).str();
  j["proto"] = std::string(proto_name(c.proto));
  switch (c.proto) {
    case Proto::Tcp:
    case Proto::Udp:
      j["port"] = in ? c.local_port : c.remote_port;
      j["src_port"] = in ? c.remote_port : c.local_port;
      break;
    case Proto::Icmp:
    case Proto::Icmpv6:
      j["port"] = c.icmp_type;
      break;
    case Proto::Other:
      j["port"] = c.ip_protocol;
      break;
  }
  return j;
}

void print_json(const decision::Decision& d, std::uint32_t host, const win::WindowsExport& e,
                const win::DriftReport& drift, const win::EffectiveReport& eff) {
  ojson out;
  out["host"] = d.model().hosts[host].name;
  out["export"] = e.file;
  out["export_host"] = e.host.empty() ? ojson() : ojson(e.host);
  out["in_sync"] = drift.findings.empty() && eff.findings.empty();
  out["rules"] = {{"in_export", e.rules.size()},
                  {"rendered", drift.rendered},
                  {"bulkhead_on_machine", drift.on_machine},
                  {"in_sync", drift.in_sync}};
  ojson dr = ojson::array();
  for (const win::DriftFinding& f : drift.findings) {
    ojson j;
    j["kind"] = std::string(win::drift_kind_name(f.kind));
    j["rule"] = f.rule.empty() ? ojson() : ojson(f.rule);
    j["machine_rule"] = f.machine < 0 ? ojson() : ojson(f.machine_rule);
    j["machine_rule_id"] =
        f.machine < 0 ? ojson() : ojson(e.rules[static_cast<std::size_t>(f.machine)].id);
    if (f.profiles.empty()) {
      j["profiles"] = nullptr;
    } else {
      j["profiles"] = ojson::array();
      for (int i = 0; i < 3; ++i)
        if (f.profiles.find(fw::kProfileNames[i]) != std::string::npos)
          j["profiles"].push_back(std::string(fw::kProfileNames[i]));
    }
    j["what"] = f.what;
    j["details"] = f.details;
    dr.push_back(std::move(j));
  }
  out["drift"] = std::move(dr);
  ojson ef;
  ef["regions_compared"] = eff.regions;
  ef["evaluations"] = eff.evaluations;
  ef["profile_views"] = eff.views;
  ef["findings"] = ojson::array();
  for (const win::EffectiveFinding& f : eff.findings) {
    ojson j;
    j["direction"] = f.dir == fw::Dir::In ? "inbound" : "outbound";
    j["profiles"] = profiles_json(f.profiles);
    ojson m;
    m["verdict"] = f.machine_permits ? "allow" : "block";
    if (f.machine_rule >= 0) {
      const fw::Rule& r = e.rules[static_cast<std::size_t>(f.machine_rule)];
      m["rule"] = r.name;
      m["rule_id"] = r.id;
      m["at"] = e.rule_locs[static_cast<std::size_t>(f.machine_rule)].str();
      m["condition"] = f.condition.empty() ? ojson() : ojson(f.condition);
    } else {
      m["rule"] = nullptr;
      m["by"] = f.machine_rule == win::kProfileOff ? "profile off" : "profile default";
    }
    j["machine"] = std::move(m);
    ojson p;
    p["verdict"] = f.policy.permit ? "allow" : "block";
    p["tier"] = std::string(decision::tier_name(f.policy.tier));
    if (f.policy.rule != decision::kNoRule) {
      const policy::Rule& r = d.model().rules[f.policy.rule];
      p["rule"] = r.name;
      p["at"] = r.loc.file_line();
    } else {
      p["rule"] = nullptr;
      p["at"] = nullptr;
      p["default"] = policy_rule_text(d, host, f.dir, decision::kNoRule, f.policy.tier);
    }
    j["policy"] = std::move(p);
    j["regions"] = f.regions;
    j["example"] = connection_json(f.example);
    ojson rules = ojson::array();
    for (std::uint32_t r : f.policy_rules) {
      if (r == decision::kNoRule) {
        rules.push_back({{"rule", nullptr}, {"at", nullptr}});
      } else {
        rules.push_back(
            {{"rule", d.model().rules[r].name}, {"at", d.model().rules[r].loc.file_line()}});
      }
    }
    j["policy_rules"] = std::move(rules);
    ef["findings"].push_back(std::move(j));
  }
  out["effective"] = std::move(ef);
  std::cout << json_text(out, 2) << '\n';
}

void print_table(const decision::Decision& d, std::uint32_t host, const win::WindowsExport& e,
                 const win::DriftReport& drift, const win::EffectiveReport& eff) {
  const std::string& name = d.model().hosts[host].name;
  std::cout << fmt::format("{} against {}{}: {} rules in the active store, {} of them bulkhead's\n",
                           name, escape_controls(e.file),
                           e.host.empty() ? "" : " (host " + escape_controls(e.host) + ")",
                           e.rules.size(), drift.on_machine);
  if (drift.findings.empty()) {
    std::cout << fmt::format("drift: none ({} rules rendered, all on the machine as rendered)\n",
                             drift.rendered);
  } else {
    std::cout << fmt::format(
        "drift: {} finding{} ({} rules rendered, {} on the machine as rendered)\n",
        drift.findings.size(), drift.findings.size() == 1 ? "" : "s", drift.rendered,
        drift.in_sync);
    for (std::size_t i = 0; i < drift.findings.size() && i < kShown * 2; ++i) {
      const win::DriftFinding& f = drift.findings[i];
      const std::string subject =
          f.profiles.empty() ? "'" + escape_controls(f.rule) + "'" : "profile " + f.profiles;
      std::cout << fmt::format("  {:<10} {}: {}\n", win::drift_kind_name(f.kind), subject,
                               escape_controls(f.what));
      for (const std::string& detail : f.details)
        std::cout << "             " << escape_controls(detail) << '\n';
    }
    if (drift.findings.size() > kShown * 2)
      std::cout << fmt::format("  ... and {} more (--format json lists all)\n",
                               drift.findings.size() - kShown * 2);
  }
  if (eff.findings.empty()) {
    std::cout << fmt::format(
        "effective: the machine decides every flow as the policy does ({} regions compared "
        "exactly)\n",
        eff.regions);
    return;
  }
  std::uint64_t regions = 0;
  for (const win::EffectiveFinding& f : eff.findings) regions += f.regions;
  std::cout << fmt::format(
      "effective: {} difference{} over {} region{} ({} regions compared exactly)\n",
      eff.findings.size(), eff.findings.size() == 1 ? "" : "s", regions, regions == 1 ? "" : "s",
      eff.regions);
  for (std::size_t i = 0; i < eff.findings.size() && i < kShown; ++i) {
    const win::EffectiveFinding& f = eff.findings[i];
    std::cout << fmt::format(
        "  {}, {} {}: {} {} what the policy {}: {} region{}\n",
        f.dir == fw::Dir::In ? "inbound" : "outbound",
        f.profiles == fw::kAnyProfile ? "profiles" : "profile", profiles_of(f.profiles),
        machine_text(e, f), f.machine_permits ? "lets through" : "blocks",
        f.machine_permits ? "blocks" : "allows", f.regions, f.regions == 1 ? "" : "s");
    std::cout << fmt::format("      e.g. {}\n", flow_text(d, f.example));
    std::string more = f.policy_rules.size() > 1
                           ? fmt::format(" ({} policy rules in all)", f.policy_rules.size())
                           : "";
    std::cout << fmt::format("      policy: {}, {}{}\n", f.policy.permit ? "allows" : "blocks",
                             policy_rule_text(d, host, f.dir, f.policy.rule, f.policy.tier), more);
  }
  if (eff.findings.size() > kShown)
    std::cout << fmt::format("  ... and {} more (--format json lists all)\n",
                             eff.findings.size() - kShown);
}

}  // namespace

int run_windows_status(const WindowsStatusOptions& o) {
  if (o.host.empty()) {
    usage_error("status --windows-export needs --host H (the host the export was taken on)");
    return kBadInput;
  }
  auto model = load_policy(o.policy);
  if (!model) return kBadInput;
  auto d = decision::Decision::resolve(std::move(*model));
  const std::int32_t host = d->find_host(o.host);
  if (host < 0) {
    usage_error("unknown host '" + o.host + "'");
    return kBadInput;
  }
  std::optional<std::string> bytes = read_export(o.export_file);
  if (!bytes) return kBadInput;
  Diagnostics diags;
  std::optional<win::WindowsExport> e = win::import_windows_export(*bytes, o.export_file, diags);
  std::optional<win::HostPlan> plan;
  if (e) plan = win::plan_host(*d, static_cast<std::uint32_t>(host), o.mode, diags);
  print_diagnostics(diags);
  if (!e || !plan || diags.has_errors()) {
    print_error_count(diags.error_count());
    return kBadInput;
  }
  const win::DriftReport drift = win::compare_drift(*d, *plan, *e);
  const win::EffectiveReport eff =
      win::compare_effective(*d, static_cast<std::uint32_t>(host), o.mode, *e);
  if (o.format == "json") {
    print_json(*d, static_cast<std::uint32_t>(host), *e, drift, eff);
  } else {
    print_table(*d, static_cast<std::uint32_t>(host), *e, drift, eff);
  }
  return drift.findings.empty() && eff.findings.empty() ? kOk : kFindings;
}

}  // namespace bulkhead::cli
