// bulkhead import RULESET... -o DRAFT/: lifts one host's deployed firewall (nft -j list
// ruleset JSON, iptables-save text, a Windows export; several files of one host, e.g. its
// iptables-save and ip6tables-save) into a draft policy, DRAFT/<host>.yaml, whose rules
// decide every new connection of that host as the imported first-match lists do
// (ruleset/draft.h). Rules the draft cannot hold are warnings at their file:line:column,
// and comments at their place in the draft. Exit 2 on unreadable or malformed input or
// flags (nothing written), 3 when the draft cannot be written (nothing left behind).
// Cost: import, then per point one region operation per rule (ruleset/draft.cpp).
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <iostream>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "base/text.h"
#include "cli/common.h"
#include "policy/loader.h"
#include "ruleset/draft.h"
#include "ruleset/import.h"

namespace bulkhead::cli {
namespace {

struct ImportOptions {
  std::vector<std::string> files;
  std::string out_dir;
  std::string input_format;
  std::string host;
  std::vector<std::string> addresses;
  std::string point;
};

/// Letters, digits, '.', '_', '-', starting with a letter or digit, at most 63 characters
/// (docs/policy.md: names).
bool valid_name(const std::string& s) {
  if (s.empty() || s.size() > 63 || !std::isalnum(static_cast<unsigned char>(s[0]))) return false;
  for (char c : s)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '_' && c != '-')
      return false;
  return true;
}

int run(const ImportOptions& o) {
  std::optional<ruleset::Format> forced;
  if (!o.input_format.empty()) {
    forced = ruleset::parse_format(o.input_format);
    if (!forced) {
      usage_error("--input-format '" + o.input_format +
                  "': expected nft-json, iptables-save or windows-export");
      return kBadInput;
    }
  }
  ruleset::DraftOptions opt;
  opt.point = o.point;
  opt.host = o.host.empty() ? ruleset::host_name_from_file(o.files.front()) : o.host;
  if (!valid_name(opt.host)) {
    usage_error("--host '" + escape_controls(opt.host) +
                "': a host name is letters, digits, '.', '_' and '-', starts with a letter or "
                "digit, at most 63 characters");
    return kBadInput;
  }
  for (const std::string& a : o.addresses) {
    std::optional<Addr> addr = parse_addr(a);
    if (!addr) {
      usage_error("--address '" + escape_controls(a) + "': not an IPv4 or IPv6 address");
      return kBadInput;
    }
    if (std::find(opt.addresses.begin(), opt.addresses.end(), *addr) == opt.addresses.end())
      opt.addresses.push_back(*addr);
  }

  Diagnostics diags;
  std::vector<ruleset::Ruleset> sets;
  for (const std::string& f : o.files) {
    if (std::optional<ruleset::Ruleset> rs = ruleset::import_file(f, forced, diags))
      sets.push_back(std::move(*rs));
  }
  std::optional<ruleset::Draft> d;
  if (!diags.has_errors()) d = ruleset::draft_policy(sets, opt, diags);
  print_diagnostics(diags);
  if (!d || diags.has_errors()) {
    print_error_count(diags.error_count());
    return kBadInput;
  }

  // The draft must load as a policy; a draft that does not is a bug, never written.
  const std::string name = opt.host + ".yaml";
  const std::string path = (std::filesystem::path(o.out_dir) / name).string();
  Diagnostics check;
  if (!policy::load_text(d->yaml, path, check) || check.has_errors()) {
    print_diagnostics(check);
    std::cerr << "bulkhead: internal error: the draft does not load as a policy; nothing was "
                 "written\n";
    return kInternal;
  }

  for (const ruleset::Skipped& s : d->skipped)
    std::cerr << fmt::format("{}: warning: not in the draft: {}: {}\n", s.loc.str(), s.reason,
                             escape_controls(s.text));

  std::error_code ec;
  const bool existed = std::filesystem::exists(o.out_dir, ec);
  std::filesystem::create_directories(o.out_dir, ec);
  if (ec) {
    std::cerr << "bulkhead: error: cannot create " << escape_controls(o.out_dir) << ": "
              << ec.message() << "; nothing was written\n";
    return kInternal;
  }
  if (!write_files_all_or_nothing(o.out_dir, {{name, d->yaml}})) {
    if (!existed) std::filesystem::remove(o.out_dir, ec);
    return kInternal;
  }
  std::cout << fmt::format("wrote {}: host {}, {} rule{}", path, opt.host, d->rules,
                           d->rules == 1 ? "" : "s");
  if (!d->skipped.empty())
    std::cout << fmt::format("; {} imported rule{} not in the draft (warnings above)",
                             d->skipped.size(), d->skipped.size() == 1 ? "" : "s");
  std::cout << '\n';
  for (const std::string& note : d->notes) std::cerr << "note: " << note << '\n';
  if (d->placeholder)
    std::cerr << fmt::format(
        "note: {} has placeholder addresses (192.0.2.1, 2001:db8::1): give --address, or put "
        "the host's addresses in the draft\n",
        opt.host);
  return kOk;
}

}  // namespace

void add_import(CLI::App& app) {
  auto o = std::make_shared<ImportOptions>();
  CLI::App* sub = app.add_subcommand(
      "import",
      "draft a policy from one host's deployed firewall (nft JSON, iptables-save, "
      "Windows export)");
  sub->add_option("ruleset", o->files, "the host's exported rule set files")->required();
  sub->add_option("-o,--output", o->out_dir, "the draft's directory (DRAFT/<host>.yaml)")
      ->required();
  sub->add_option("--input-format", o->input_format,
                  "nft-json, iptables-save or windows-export (default: from the content)");
  sub->add_option("--host", o->host, "the host's name in the draft (default: the file's name)");
  sub->add_option("--address", o->addresses,
                  "the host's addresses (default: documentation placeholders to fill)");
  sub->add_option("--point", o->point,
                  "only the points whose name contains this (a Windows profile: Domain, "
                  "Private, Public)");
  sub->callback([o] { set_exit(run(*o)); });
}

}  // namespace bulkhead::cli
