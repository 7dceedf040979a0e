// Host classes for the enterprise deployment forms (windows-gpo, windows-intune), and the
// size check every Windows script gets.
//
// A GPO is linked to an OU and an Intune profile is assigned to a group, so both forms
// render per class of hosts, not per host: the hosts a request selects are planned one by
// one and grouped by their PowerShell body (rules and profile settings), the same key the
// windows target's --group uses. A class from --all is named after the labels all its
// hosts share (role-workstation_os-windows), a class from --group after the selector, a
// class from --host after the host; names that collide get -1, -2, ... in order.
#include "targets/windows/deploy.h"

#include <map>
#include <set>

#include <fmt/format.h>

#include "decision/selector_eval.h"
#include "targets/windows/emit.h"

namespace bulkhead::targets::windows {

std::vector<std::uint32_t> windows_hosts(const decision::Decision& d, std::size_t* skipped) {
  const policy::Model& m = d.model();
  bool any_os = false;
  for (const policy::Host& h : m.hosts) any_os = any_os || h.labels.count("os") > 0;
  std::vector<std::uint32_t> out;
  *skipped = 0;
  for (std::uint32_t i = 0; i < m.hosts.size(); ++i) {
    const policy::Host& h = m.hosts[i];
    if (!h.managed) continue;
    auto os = h.labels.find("os");
    if (!any_os || (os != h.labels.end() && os->second == "windows")) {
      out.push_back(i);
    } else {
      ++*skipped;
    }
  }
  return out;
}

std::string selector_stem(const policy::Selector& s) {
  std::vector<std::string> parts;
  for (const policy::SelectorTerm& t : s.any_of)
    for (const policy::LabelCond& c : t.labels)
      parts.push_back(
          fmt::format("{}-{}{}", c.key, c.negated ? "not-" : "", fmt::join(c.values, "-")));
  return file_stem(parts.empty() ? std::string("group") : fmt::format("{}", fmt::join(parts, "_")));
}

namespace {

/// The labels every host of `hosts` has with the same value, as a stem; else the first
/// host's name.
std::string shared_labels_stem(const policy::Model& m, const std::vector<std::uint32_t>& hosts) {
  std::map<std::string, std::string> common = m.hosts[hosts.front()].labels;
  for (std::uint32_t h : hosts) {
    for (auto it = common.begin(); it != common.end();) {
      auto f = m.hosts[h].labels.find(it->first);
      it = (f == m.hosts[h].labels.end() || f->second != it->second) ? common.erase(it)
                                                                     : std::next(it);
    }
  }
  if (common.empty()) return file_stem(m.hosts[hosts.front()].name);
  std::vector<std::string> parts;
  for (const auto& [k, v] : common) parts.push_back(k + "-" + v);
  return file_stem(fmt::format("{}", fmt::join(parts, "_")));
}

}  // namespace

std::optional<std::vector<HostClass>> host_classes(const decision::Decision& d,
                                                   const RenderRequest& req, Diagnostics& diags,
                                                   std::string_view target,
                                                   std::vector<std::string>* notes) {
  const policy::Model& m = d.model();
  if (req.zone) {
    diags.error(SourceLoc{},
                fmt::format("the {} target renders host firewalls, not zone firewalls", target));
    return std::nullopt;
  }
  if (req.uninstall) {
    diags.error(SourceLoc{}, fmt::format("the {} target has no uninstall form", target));
    return std::nullopt;
  }
  std::vector<std::uint32_t> hosts;
  if (req.host) {
    hosts.push_back(*req.host);
  } else if (req.all) {
    std::size_t skipped = 0;
    hosts = windows_hosts(d, &skipped);
    if (skipped > 0)
      notes->push_back(fmt::format("skipped {} managed host{} not labelled os=windows", skipped,
                                   skipped == 1 ? "" : "s"));
  } else if (req.group) {
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
  // Plan every host; group by identical PowerShell bodies, in order of their first host.
  std::vector<HostClass> classes;
  std::vector<std::vector<std::uint32_t>> members;
  std::map<std::string, std::size_t> index;
  std::set<std::string> seen_notes;
  for (std::uint32_t h : hosts) {
    std::optional<HostPlan> p = plan_host(d, h, req.mode, diags);
    if (!p) return std::nullopt;
    for (const std::string& n : p->notes)
      if (seen_notes.insert(n).second) notes->push_back(n);
    if (!p->blocked_essentials.empty())
      diags.warning(m.hosts[h].loc,
                    fmt::format("host '{}': the rules block {} for the host's addresses the "
                                "inventory does not list (link-local, multicast, broadcast)",
                                m.hosts[h].name, fmt::join(p->blocked_essentials, "; ")));
    auto [it, inserted] = index.emplace(powershell_body(d, *p), classes.size());
    if (inserted) {
      classes.push_back(HostClass{{}, {}, std::move(*p)});
      members.emplace_back();
    }
    members[it->second].push_back(h);
  }

  // Names.
  std::vector<std::string> stems;
  for (std::size_t c = 0; c < classes.size(); ++c) {
    if (req.host) {
      stems.push_back(file_stem(m.hosts[*req.host].name));
    } else if (req.group) {
      stems.push_back(selector_stem(*req.group));
    } else {
      stems.push_back(shared_labels_stem(m, members[c]));
    }
  }
  std::map<std::string, int> count, next;
  for (const std::string& s : stems) ++count[s];
  for (std::size_t c = 0; c < classes.size(); ++c) {
    HostClass& hc = classes[c];
    hc.stem = count[stems[c]] > 1 ? fmt::format("{}-{}", stems[c], ++next[stems[c]]) : stems[c];
    hc.subject.hosts = members[c];
    if (req.host) {
      const policy::Host& h = m.hosts[*req.host];
      hc.subject.title = fmt::format("host '{}'", h.name);
      for (const Addr& a : h.addresses) hc.subject.addresses.push_back(a.str());
    } else if (req.group) {
      hc.subject.title =
          fmt::format("the hosts matching --group {} (class {})", req.group->text, hc.stem);
    } else {
      hc.subject.title = fmt::format("host class {}", hc.stem);
    }
  }
  if (req.group && classes.size() > 1)
    notes->push_back(fmt::format(
        "the hosts matching --group {} need {} different rule sets (their addresses fall in "
        "different classes); wrote one output per set, each listing its hosts",
        req.group->text, classes.size()));
  return classes;
}

void add_script_size_notes(RenderResult& r) {
  for (const RenderedFile& f : r.files) {
    const std::string& n = f.name;
    const bool script = (n.size() > 4 && (n.ends_with(".ps1") || n.ends_with(".cmd")));
    if (!script || f.content.size() <= kIntuneMaxScriptBytes) continue;
    const bool gpo = n.ends_with(".gpo.ps1");
    const std::string who = n.substr(0, n.size() - (gpo ? 8 : 4));
    r.notes.push_back(fmt::format(
        "{} ({}) is {:.1f} KB, over the {} KB Intune accepts for a platform script; {}deploy "
        "its rules with --target windows-intune instead (Firewall Rules policies of at most {} "
        "rules each, split automatically){}",
        n, who, static_cast<double>(f.content.size()) / 1024.0, kIntuneMaxScriptBytes / 1024,
        gpo ? "this matters only if it is run through Intune, not by a domain admin; " : "",
        kIntuneMaxRules, gpo ? "" : ", or with --target windows-gpo"));
  }
}

}  // namespace bulkhead::targets::windows
