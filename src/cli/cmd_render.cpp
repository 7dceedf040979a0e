// bulkhead render: a point's native configuration, from the registry of targets.
// Everything is rendered in memory first; files are written only when every one rendered.
#include <filesystem>
#include <iostream>

#include "cli/common.h"
#include "decision/decision.h"
#include "targets/target.h"

namespace bulkhead::cli {
namespace {

struct RenderOptions {
  std::vector<std::string> policy;
  std::string target;
  std::string host;
  std::string zone;
  std::string group;
  std::string mode;
  std::string out_dir;
  bool all = false;
  bool with_zones = false;
  bool uninstall = false;
};

// The operating system a target's host firewalls run on, as the `os` label names it.
std::string_view target_os(std::string_view target) {
  return target.rfind("windows", 0) == 0 ? "windows" : "linux";
}

// "role=workstation,os=windows" → a selector whose one term requires every label.
std::optional<policy::Selector> parse_group(const std::string& text) {
  policy::SelectorTerm term;
  term.kind = policy::SelectorTerm::Kind::Map;
  std::string canonical;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t comma = text.find(',', start);
    std::string part =
        text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    std::size_t eq = part.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == part.size()) return std::nullopt;
    policy::LabelCond c;
    c.key = part.substr(0, eq);
    std::string value = part.substr(eq + 1);
    if (value.front() == '!') {
      c.negated = true;
      value.erase(0, 1);
    }
    c.values.push_back(value);
    term.labels.push_back(c);
    canonical +=
        (canonical.empty() ? "" : ", ") + c.key + ": " + (c.negated ? "\"!" + value + "\"" : value);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  policy::Selector s;
  s.any_of.push_back(term);
  s.text = "{" + canonical + "}";
  return s;
}

int run(const RenderOptions& o) {
  const targets::TargetInfo* target = targets::find_target(o.target);
  if (target == nullptr) {
    std::string names;
    for (const targets::TargetInfo& t : targets::registry())
      names += (names.empty() ? "" : ", ") + t.name;
    usage_error("unknown target '" + o.target + "' (expected one of: " + names + ")");
    return kBadInput;
  }
  int chosen = (!o.host.empty()) + (!o.zone.empty()) + o.all + (!o.group.empty());
  if (chosen != 1 && !(o.uninstall && chosen == 0)) {
    usage_error("render needs exactly one of --host H, --all, --zone Z, --group LABELS");
    return kBadInput;
  }
  if (o.with_zones && !o.all) {
    usage_error("--with-zones renders every zone firewall alongside --all: give --all too");
    return kBadInput;
  }
  if (o.with_zones && !target->zones) {
    usage_error("target " + o.target + " does not render zone firewalls");
    return kBadInput;
  }
  auto model = load_policy(o.policy);
  if (!model) return kBadInput;
  auto d = decision::Decision::resolve(std::move(*model));
  if (!o.uninstall) print_host_warnings(*d);

  targets::RenderRequest req;
  req.uninstall = o.uninstall;
  req.all = o.all;
  req.all_zones = o.with_zones;
  if (!o.mode.empty())
    req.mode = o.mode == "audit" ? policy::Enforcement::Audit : policy::Enforcement::Enforce;
  if (!o.host.empty()) {
    if (!target->hosts) {
      usage_error("target " + o.target + " does not render host firewalls");
      return kBadInput;
    }
    std::int32_t h = d->find_host(o.host);
    if (h < 0) {
      usage_error("unknown host '" + o.host + "' (not in the policy's inventory)");
      return kBadInput;
    }
    const policy::Host& host = d->model().hosts[static_cast<std::size_t>(h)];
    if (!host.managed) {
      usage_error("host '" + o.host + "' is unmanaged (managed: false at " + host.loc.str() +
                  "): no endpoint firewall runs there to render");
      return kBadInput;
    }
    auto os = host.labels.find("os");
    if (os != host.labels.end() && os->second != target_os(o.target)) {
      usage_error("host '" + o.host + "' is labelled os: " + os->second + " (at " + host.loc.str() +
                  ") but target " + o.target + " renders a " + std::string(target_os(o.target)) +
                  " firewall" +
                  (os->second == "windows" ? "; use --target windows"
                   : os->second == "linux" ? "; use --target nftables"
                                           : "") +
                  " (or correct the host's os label)");
      return kBadInput;
    }
    req.host = static_cast<std::uint32_t>(h);
  }
  if (!o.zone.empty()) {
    if (!target->zones) {
      usage_error("target " + o.target + " does not render zone firewalls");
      return kBadInput;
    }
    std::int32_t z = d->find_zone(o.zone);
    if (z < 0) {
      usage_error("unknown zone '" + o.zone + "'");
      return kBadInput;
    }
    if (!d->zones()[static_cast<std::size_t>(z)].firewall) {
      usage_error("zone '" + o.zone + "' has no firewall (set firewall: true on the zone)");
      return kBadInput;
    }
    req.zone = static_cast<std::uint32_t>(z);
  }
  if (!o.group.empty()) {
    if (!target->groups) {
      usage_error("target " + o.target + " does not render per-class groups");
      return kBadInput;
    }
    req.group = parse_group(o.group);
    if (!req.group) {
      usage_error("--group takes LABEL=VALUE[,LABEL=VALUE...], found '" + o.group + "'");
      return kBadInput;
    }
  }
  if (o.uninstall && !target->uninstall) {
    usage_error("target " + o.target + " has no uninstall form");
    return kBadInput;
  }

  Diagnostics diags;
  std::optional<targets::RenderResult> result = target->render(*d, req, diags);
  print_diagnostics(diags);
  if (!result || diags.has_errors()) {
    std::cerr << "nothing was written\n";
    return kBadInput;
  }
  for (const std::string& note : result->notes) std::cerr << "note: " << note << '\n';
  if (o.out_dir.empty()) {
    if (result->files.size() != 1) {
      usage_error("this renders " + std::to_string(result->files.size()) +
                  " files: give -o DIR to write them");
      return kBadInput;
    }
    std::cout << result->files.front().content;
    return kOk;
  }
  std::error_code ec;
  std::filesystem::create_directories(o.out_dir, ec);
  if (ec) {
    std::cerr << "bulkhead: error: cannot create " << o.out_dir << ": " << ec.message()
              << "; nothing was written\n";
    return kInternal;
  }
  std::vector<std::pair<std::string, std::string>> files;
  for (const targets::RenderedFile& f : result->files) files.emplace_back(f.name, f.content);
  if (!write_files_all_or_nothing(o.out_dir, files)) return kInternal;
  for (const targets::RenderedFile& f : result->files)
    std::cerr << "wrote " << (std::filesystem::path(o.out_dir) / f.name).string() << '\n';
  return kOk;
}

}  // namespace

void add_render(CLI::App& app) {
  auto o = std::make_shared<RenderOptions>();
  CLI::App* sub = app.add_subcommand("render", "compile the policy to a target's native rules");
  sub->add_option("policy", o->policy, "policy files or directories")->required();
  sub->add_option("--target,-t", o->target,
                  "nftables, nftables-json, windows, windows-netsh, windows-gpo, windows-intune")
      ->required();
  sub->add_option("--host", o->host, "render this managed host's endpoint firewall");
  sub->add_flag("--all", o->all,
                "render every managed host the target serves: those labelled with its os "
                "(os=linux for nftables, os=windows for windows) when hosts carry os labels "
                "(needs -o)");
  sub->add_flag("--with-zones", o->with_zones,
                "with --all: also render every firewalled zone's boundary firewall");
  sub->add_option("--zone", o->zone, "render this zone's boundary firewall");
  sub->add_option("--group", o->group, "render one script per class: LABEL=VALUE[,...]");
  sub->add_flag("--uninstall", o->uninstall, "render what removes bulkhead's rules");
  sub->add_option("--mode", o->mode, "override enforcement: enforce or audit")
      ->check(CLI::IsMember({"enforce", "audit"}));
  sub->add_option("-o,--output", o->out_dir, "write files into this directory");
  sub->callback([o] { set_exit(run(*o)); });
}

}  // namespace bulkhead::cli
