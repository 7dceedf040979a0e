// Importers of deployed rule sets: each reads one exported file into a Ruleset (model.h),
// one first-match list per enforcement point, every rule located at its line in the file.
// What an importer cannot model exactly is kept (the rule becomes inexact) and reported
// as a Note with its position; malformed input is an error located at file:line:column.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/diagnostics.h"
#include "ruleset/model.h"

namespace bulkhead::ruleset {

/// `nft -j list ruleset` output (also libnftables JSON input: `{"add": {...}}` commands).
std::optional<Ruleset> import_nft_json(std::string_view text, const std::string& file,
                                       Diagnostics& diags);
/// `iptables-save` or `ip6tables-save` output; the filter table is audited.
std::optional<Ruleset> import_iptables_save(std::string_view text, const std::string& file,
                                            Diagnostics& diags);
/// A Windows Defender Firewall export (targets/windows/import_export.h): one point per
/// profile and direction, in the equivalent first-match order of block-beats-allow.
std::optional<Ruleset> import_windows_export(std::string_view bytes, const std::string& file,
                                             Diagnostics& diags);

/// The format of a file from its content: nft JSON (an object with "nftables"), a Windows
/// export (a JSON object with "Rules" or "rules"), else iptables-save text. nullopt when
/// nothing fits.
std::optional<Format> detect_format(std::string_view text);
/// "nft-json", "iptables-save", "windows-export".
std::optional<Format> parse_format(std::string_view name);

/// Detects (or takes `forced`) and imports.
std::optional<Ruleset> import_ruleset(std::string_view text, const std::string& file,
                                      std::optional<Format> forced, Diagnostics& diags);

/// Reads the file at `path` and imports it (import_ruleset); a file that cannot be read is
/// an error in `diags` naming the path and why.
std::optional<Ruleset> import_file(const std::string& path, std::optional<Format> forced,
                                   Diagnostics& diags);

}  // namespace bulkhead::ruleset
