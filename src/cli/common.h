// Shared pieces of the command line: exit codes, policy loading with diagnostics
// printed, output formats. The CLI is the only code that prints or picks an exit code.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "base/diagnostics.h"
#include "output/format.h"
#include "policy/catalog.h"
#include "policy/model.h"

namespace bulkhead::decision {
class Decision;
}

namespace bulkhead::cli {

enum ExitCode : int { kOk = 0, kFindings = 1, kBadInput = 2, kInternal = 3 };

/// Records the process exit code chosen by a subcommand.
void set_exit(int code);
int exit_code();

/// Prints diagnostics to stderr, sorted by position.
void print_diagnostics(const Diagnostics& diags);
/// "N errors; nothing was written" on stderr, when N > 0.
void print_error_count(int errors);

/// Loads a policy; prints every diagnostic (errors and warnings) to stderr. nullopt on
/// error, with the exit code already set to 2.
std::optional<policy::Model> load_policy(const std::vector<std::string>& paths);
/// The same, also handing back the diagnostics (e.g. to count warnings).
std::optional<policy::Model> load_policy(const std::vector<std::string>& paths, Diagnostics& diags);

/// Prints the warnings of decision::check_host_needs (what a real machine needs that the
/// policy forgets: host-essentials, DNS/NTP under an outbound deny, IPv6 in firewalled
/// zones) and returns how many there were.
int print_host_warnings(const decision::Decision& d);

/// Adds `--format` restricted to the given choices (first is the default).
CLI::Option* add_format(CLI::App* app, std::string* format, std::vector<std::string> choices);
/// The output format of a `--format` value add_format accepted.
output::Format format_of(const std::string& name);

/// Reports a usage or input error that has no file position; sets exit code 2.
void usage_error(const std::string& message);

/// The services named by `--services` values (services, groups or inline forms), in
/// order; nullopt, with the usage error printed (exit code 2), when one names nothing.
std::optional<std::vector<policy::NamedService>> resolve_services(
    const policy::Model& model, const std::vector<std::string>& texts);

/// Keeps `p` alive, unfreed, until the process exits: a command that ends right after its
/// analysis skips freeing a 100,000-host model and Decision (millions of small objects,
/// a tenth of a second). The objects stay reachable, so leak checkers do not report them.
void keep_until_exit(std::shared_ptr<const void> p);

/// Writes `content` to `path` atomically (temp file + rename; through a symbolic link, the
/// file it names). A device or FIFO (`-o /dev/stdout`) is written in place, never replaced.
/// Returns false and prints the reason on failure.
bool write_file_atomic(const std::string& path, const std::string& content);

/// Writes every file of a run into `dir`, all or none: each is first written completely to
/// a temporary file beside its target (and synced), every target is checked to be a
/// regular file or absent, and only then are the temporaries renamed into place; a failure
/// at any step removes the temporaries and puts back any target already replaced. Returns
/// false and prints the reason on failure (the caller exits 3).
bool write_files_all_or_nothing(const std::string& dir,
                                const std::vector<std::pair<std::string, std::string>>& files);

// Subcommands (cmd_<name>.cpp). Each adds itself to the root app.
void add_validate(CLI::App& app);
void add_services(CLI::App& app);
void add_query(CLI::App& app);
void add_matrix(CLI::App& app);
void add_render(CLI::App& app);
void add_verify(CLI::App& app);
void add_exposure(CLI::App& app);
void add_blast_radius(CLI::App& app);
void add_diff(CLI::App& app);
void add_coverage(CLI::App& app);
void add_apply(CLI::App& app);
void add_status(CLI::App& app);
void add_probe(CLI::App& app);
void add_persist(CLI::App& app);
void add_restore(CLI::App& app);

}  // namespace bulkhead::cli
