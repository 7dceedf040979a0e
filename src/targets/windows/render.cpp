// The windows and windows-netsh targets: choose the hosts a request names, plan each one
// (plan.cpp), print the plans in the requested form (emit_*.cpp) and say what the user
// should know: which rules asked for logging, what audit mode means on Windows, and any
// default the script had to change to stay exact.
//
// --host renders one managed host. --all renders every managed host labelled os=windows
// (every managed host when no host has an `os` label), one file each. --group renders one
// script per set of matched hosts with identical rules and settings: hosts of one class
// share a script; when the selector's hosts span several classes, each set gets its own
// file, <group>-<n>.ps1, and its header lists its hosts.
#include "targets/windows/render.h"

#include <map>
#include <set>

#include <fmt/format.h>

#include "decision/selector_eval.h"
#include "targets/windows/deploy.h"
#include "targets/windows/emit.h"
#include "targets/windows/plan.h"
#include "targets/windows/text.h"

namespace bulkhead::targets::windows {
namespace {

enum class Form : std::uint8_t { PowerShell, Netsh };

const char* extension(Form f) {
  return f == Form::PowerShell ? ".ps1" : ".cmd";
}

std::string logging_note(const decision::Decision& d, const std::string& who, const HostPlan& p) {
  auto list = [&](const std::vector<std::uint32_t>& rules) {
    std::vector<std::string> labels;
    for (std::uint32_t r : rules) labels.push_back(rule_label(d, r));
    return labels.empty() ? std::string("none") : fmt::format("{}", fmt::join(labels, ", "));
  };
  if (p.audit)
    return fmt::format("{}: audit mode, LogAllowed True (every allowed connection is logged)", who);
  return fmt::format(
      "{}: LogBlocked {} (rules that want blocks logged: {}); LogAllowed {} (rules "
      "that want allows logged: {})",
      who, p.log_blocked ? "True" : "False", list(p.log_blocked_rules),
      p.log_allowed ? "True" : "False", list(p.log_allowed_rules));
}

std::optional<RenderResult> render_form(const decision::Decision& d, const RenderRequest& req,
                                        Diagnostics& diags, Form form) {
  const policy::Model& m = d.model();
  const char* target = form == Form::PowerShell ? "windows" : "windows-netsh";
  RenderResult result;
  if (req.zone) {
    diags.error(SourceLoc{},
                fmt::format("the {} target renders host firewalls, not zone firewalls", target));
    return std::nullopt;
  }
  if (req.uninstall) {
    std::string content = form == Form::PowerShell ? powershell_uninstall(d) : netsh_uninstall(d);
    result.files.push_back(
        {std::string("bulkhead-uninstall") + extension(form), std::move(content)});
    result.notes.push_back(
        "the uninstall script is the same for every host: it removes bulkhead's rules and "
        "restores Windows' profile defaults (inbound Block, outbound Allow, logging off)");
    return result;
  }

  // Which hosts.
  std::vector<std::uint32_t> hosts;
  if (req.host) {
    hosts.push_back(*req.host);
  } else if (req.all) {
    std::size_t skipped = 0;
    hosts = windows_hosts(d, &skipped);
    if (skipped > 0)
      result.notes.push_back(fmt::format("skipped {} managed host{} not labelled os=windows",
                                         skipped, skipped == 1 ? "" : "s"));
  } else if (req.group) {
    // Evaluated per address, not per class: a class may merge hosts whose labels differ
    // in ways no policy selector looks at, and --group can name exactly such a label.
    decision::SelectorEval eval(m, d.zones());
    for (std::uint32_t i = 0; i < m.hosts.size(); ++i) {
      if (!m.hosts[i].managed) continue;
      bool match = false;
      for (const Addr& a : m.hosts[i].addresses) {
        const decision::Atom& at = d.atom_of(a);
        match = match ||
                eval.matches(*req.group, decision::Profile{at.host, at.zone, a.family, a.value});
      }
      if (match) hosts.push_back(i);
    }
  } else {
    diags.error(SourceLoc{}, fmt::format("the {} target needs --host, --all or --group", target));
    return std::nullopt;
  }
  if (hosts.empty()) {
    diags.error(SourceLoc{},
                req.group ? fmt::format("no managed host matches --group {}", req.group->text)
                          : std::string("no managed Windows host to render"));
    return std::nullopt;
  }

  std::vector<HostPlan> plans;
  for (std::uint32_t h : hosts) {
    std::optional<HostPlan> p = plan_host(d, h, req.mode, diags);
    if (!p) return std::nullopt;
    plans.push_back(std::move(*p));
  }
  auto body = [&](const HostPlan& p) {
    return form == Form::PowerShell ? powershell_body(d, p) : netsh_body(d, p);
  };
  auto script = [&](const HostPlan& p, const ScriptSubject& s) {
    return form == Form::PowerShell ? powershell_script(d, p, s) : netsh_script(d, p, s);
  };

  bool audit = false, logging = false;
  std::set<std::string> notes;  // plan notes repeat across hosts of one class
  std::vector<std::string> ordered_notes;
  const bool essentials = [&] {
    for (const policy::BaselineRef& b : m.baselines)
      if (b.name == "host-essentials") return true;
    return false;
  }();
  auto add_notes = [&](const HostPlan& p, const std::string& who) {
    audit = audit || p.audit;
    logging = logging || p.log_blocked || p.log_allowed;
    if (!p.blocked_essentials.empty())
      diags.warning(
          m.hosts[p.host].loc,
          fmt::format("{}: the script blocks {} for the host's addresses the inventory does not "
                      "list (link-local, multicast, broadcast, 0.0.0.0), {}",
                      who, fmt::join(p.blocked_essentials, "; "),
                      essentials ? "although the policy has the host-essentials baseline (an "
                                   "override-deny takes it away)"
                                 : "because the policy lacks the host-essentials baseline; add "
                                   "`baselines: [host-essentials]`"));
    for (const std::string& n : p.notes)
      if (notes.insert(n).second) ordered_notes.push_back(n);
    ordered_notes.push_back(logging_note(d, who, p));
  };

  if (req.group) {
    // Hosts with identical bodies share a script; buckets in order of their first host.
    std::vector<std::pair<std::string, std::vector<std::size_t>>> buckets;
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < plans.size(); ++i) {
      std::string b = body(plans[i]);
      auto [it, inserted] = index.emplace(b, buckets.size());
      if (inserted) buckets.push_back({std::move(b), {}});
      buckets[it->second].second.push_back(i);
    }
    std::string stem = selector_stem(*req.group);
    for (std::size_t b = 0; b < buckets.size(); ++b) {
      ScriptSubject s;
      for (std::size_t i : buckets[b].second) s.hosts.push_back(plans[i].host);
      s.title = fmt::format("the hosts matching --group {}", req.group->text);
      std::string name = buckets.size() == 1 ? stem : fmt::format("{}-{}", stem, b + 1);
      const HostPlan& p = plans[buckets[b].second.front()];
      result.files.push_back({name + extension(form), script(p, s)});
      add_notes(p, name);
    }
    if (buckets.size() > 1)
      result.notes.push_back(fmt::format(
          "the hosts matching --group {} need {} different rule sets (their addresses fall in "
          "different classes); wrote one script per set, each listing its hosts",
          req.group->text, buckets.size()));
  } else {
    std::map<std::string, std::string> taken;  // file name → host
    for (const HostPlan& p : plans) {
      const policy::Host& h = m.hosts[p.host];
      std::string name = file_stem(h.name) + extension(form);
      auto [it, inserted] = taken.emplace(name, h.name);
      if (!inserted) {
        diags.error(h.loc, fmt::format("hosts '{}' and '{}' would both be written to {}",
                                       it->second, h.name, name));
        return std::nullopt;
      }
      ScriptSubject s;
      s.title = fmt::format("host '{}'", h.name);
      s.hosts = {p.host};
      for (const Addr& a : h.addresses) s.addresses.push_back(a.str());
      result.files.push_back({name, script(p, s)});
      add_notes(p, h.name);
    }
  }
  result.notes.insert(result.notes.end(), ordered_notes.begin(), ordered_notes.end());
  result.notes.push_back(
      "every script covers the Domain, Private and Public profiles: each rule is added with "
      "-Profile Any (profile=any) and the defaults and logging are set on all three; it is "
      "exact whatever other Allow rules the host has (Windows' built-in rules, roles', "
      "installers'), because everything the policy blocks is a Block rule, and it fails when "
      "the active store shows a profile off, other defaults, or local rules discarded by a "
      "Group Policy");
  if (audit)
    result.notes.push_back(
        "audit mode on Windows: Windows Firewall cannot log and accept per rule, so audited "
        "hosts get no Block rules, Allow defaults in both directions and LogAllowed True; "
        "pfirewall.log then lists every connection, and `bulkhead flows check` on it shows "
        "which ones the policy would block");
  if (logging)
    result.notes.push_back(fmt::format(
        "Windows logs per profile, not per rule: LogBlocked/LogAllowed record every dropped or "
        "allowed connection in pfirewall.log, not only those of the rules listed; the policy's "
        "log_rate ({}) cannot be applied, the log is capped at {} KB instead",
        m.settings.log_rate.str(), kLogMaxKb));
  add_script_size_notes(result);  // Intune platform scripts: 200 KB
  return result;
}

}  // namespace

std::optional<RenderResult> render(const decision::Decision& d, const RenderRequest& req,
                                   Diagnostics& diags) {
  return render_form(d, req, diags, Form::PowerShell);
}

std::optional<RenderResult> render_netsh(const decision::Decision& d, const RenderRequest& req,
                                         Diagnostics& diags) {
  return render_form(d, req, diags, Form::Netsh);
}

}  // namespace bulkhead::targets::windows
