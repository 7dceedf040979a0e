// The policy loader: YAML files → one validated, merged Model (spec sections 1, 2, 4, 5).
// The driver reads like the stages it runs:
//   1. find the files (a directory is its *.yaml/*.yml, sorted by name) and read them;
//   2. parse each into one YAML document and check its `bulkhead: 1` header and top keys;
//   3. read each section over all files in dependency order (zones, hosts, services,
//      settings, rules, expect, baselines), so names may be used across files;
//   4. expand the baselines after every user rule;
//   5. warn about what is legal but probably wrong.
// YAML is read only here and in loader_*.cpp, through yaml_tree.h (libyaml events into a
// flat, located tree); a text that is not one YAML document becomes one located
// diagnostic. Linear in the size of the input, apart
// from the selector warnings (terms × hosts).
#include "policy/loader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>

#include <fmt/format.h>

#include "policy/catalog.h"
#include "policy/loader_checks.h"
#include "policy/loader_sections.h"
#include "policy/loader_yaml.h"
#include "policy/yaml_tree.h"

namespace bulkhead::policy {
namespace {

using load_detail::Field;
using load_detail::FirstSeen;
using load_detail::MapView;
using load_detail::Reader;
using load_detail::Value;

namespace fs = std::filesystem;

const std::vector<std::string_view> kTopLevel = {"bulkhead", "name",  "settings",  "zones", "hosts",
                                                 "services", "rules", "baselines", "expect"};

struct SourceFile {
  std::string name;  ///< as given, or dir/file as joined
  std::string text;
};

/// One parsed policy file: its tree, its reader and its top-level sections.
struct Document {
  std::unique_ptr<const yaml::Tree> tree;  // the sections' nodes point into it
  Reader reader;
  std::vector<Field> sections;

  const Field* find(std::string_view key) const {
    for (const Field& f : sections)
      if (f.key == key) return &f;
    return nullptr;
  }
};

/// Parses one file and checks its header; nullopt (reported) when the file cannot be read
/// as a bulkhead policy at all.
std::optional<Document> parse_document(const SourceFile& src, Diagnostics& diags) {
  Reader r(src.name, diags);
  const SourceLoc start{src.name, 1, 1};
  yaml::ParseError error;
  std::unique_ptr<const yaml::Tree> tree = yaml::Tree::parse(src.text, &error);
  if (tree == nullptr) {
    r.error(SourceLoc{src.name, error.line, error.column}, error.message);
    return std::nullopt;
  }
  const yaml::Node root = tree->root();
  if (root.is_null()) {
    r.error(start, "empty policy file (expected a map starting with 'bulkhead: 1')");
    return std::nullopt;
  }
  if (!root.is_map()) {
    r.error(r.loc(root), fmt::format("expected a map at the top level of the file, starting with "
                                     "'bulkhead: 1', found {}",
                                     load_detail::describe(root)));
    return std::nullopt;
  }

  // The header: `bulkhead: 1` first. A file without it, or of another version, is not
  // read further: its other errors would only be noise.
  std::optional<yaml::Node> version;
  std::optional<yaml::Node> version_key;
  bool first = true, version_first = false;
  for (std::size_t i = 0; i < root.size(); ++i) {
    const yaml::Node key_node = root.key(i);
    const yaml::Node value_node = root.value(i);
    if (key_node.is_scalar() && key_node.scalar() == "bulkhead" && !version) {
      version = value_node;
      version_key = key_node;
      version_first = first;
    }
    first = false;
  }
  if (!version) {
    r.error(start,
            "missing 'bulkhead: 1' at the start of the file (every policy file starts "
            "with the format version)");
    return std::nullopt;
  }
  Value version_value{*version, version->is_null() ? r.loc(*version_key) : r.loc(*version)};
  if (!version->is_scalar() || version->scalar() != "1") {
    std::string found = load_detail::describe(*version);
    r.error(version_value.loc,
            version->is_scalar()
                ? fmt::format("unsupported policy format version {} (expected "
                              "bulkhead: 1)",
                              found)
                : fmt::format("expected the format version 1 for bulkhead, found {}", found));
    return std::nullopt;
  }
  if (!version_first) {
    r.error(r.loc(*version_key), "'bulkhead: 1' must be the first key of the file");
  }

  MapView top(r, Value{root, start}, "policy file", kTopLevel);
  return Document{std::move(tree), r, top.fields()};
}

/// Reads a policy file: a regular file (a symlink to one is fine) of at most
/// kMaxPolicyFileBytes. Anything else (a FIFO, a device, a directory, a dangling link or a
/// link loop) is refused with the reason, without blocking: FIFOs are opened non-blocking
/// and refused before any read.
std::optional<std::string> read_policy_file(const std::string& path, std::string* why) {
  int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    const int err = errno;
    struct stat lst {};
    if (err == ENOENT && ::lstat(path.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode)) {
      *why = "a dangling symbolic link (its target does not exist)";
    } else if (err == ELOOP) {
      *why = "a symbolic link loop";
    } else if (err == ENOENT) {
      *why = "no such file or directory";
    } else {
      *why = std::strerror(err);
    }
    return std::nullopt;
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    *why = S_ISFIFO(st.st_mode)                         ? "a FIFO, not a regular file"
           : S_ISDIR(st.st_mode)                        ? "a directory, not a policy file"
           : S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) ? "a device, not a regular file"
                                                        : "not a regular file";
    ::close(fd);
    return std::nullopt;
  }
  std::string out;
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      *why = std::strerror(errno);
      ::close(fd);
      return std::nullopt;
    }
    if (n == 0) break;
    if (out.size() + static_cast<std::size_t>(n) > kMaxPolicyFileBytes) {
      *why = fmt::format("larger than {} MiB, the limit for one policy file (split it)",
                         kMaxPolicyFileBytes >> 20);
      ::close(fd);
      return std::nullopt;
    }
    out.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return out;
}

/// Expands the paths into files (a directory: every entry named *.yaml or *.yml, sorted by
/// name, whatever it is, so that an entry that cannot be read as a policy file is an error
/// rather than silently skipped) and reads them. Unreadable paths are reported.
std::vector<SourceFile> read_sources(const std::vector<std::string>& paths, Diagnostics& diags) {
  std::vector<std::string> names;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<std::string> found;
      for (fs::directory_iterator it(p, ec), end; !ec && it != end; it.increment(ec)) {
        std::string ext = it->path().extension().string();
        if (ext == ".yaml" || ext == ".yml") found.push_back(it->path().filename().string());
      }
      if (ec) {
        diags.error(SourceLoc{p, 0, 0}, fmt::format("cannot list directory: {}", ec.message()));
        continue;
      }
      if (found.empty()) {
        diags.error(SourceLoc{p, 0, 0}, "directory holds no *.yaml or *.yml policy file");
        continue;
      }
      std::sort(found.begin(), found.end());
      for (const std::string& f : found) names.push_back((fs::path(p) / f).string());
    } else {
      names.push_back(p);
    }
  }

  std::vector<SourceFile> out;
  std::map<std::string, std::string> canonical;  // identity -> name first given
  for (const std::string& n : names) {
    std::error_code ec;
    fs::path id = fs::weakly_canonical(n, ec);
    if (!ec) {
      auto [it, fresh] = canonical.emplace(id.string(), n);
      if (!fresh) {
        diags.error(SourceLoc{n, 0, 0},
                    fmt::format("policy file given twice (also as '{}')", it->second));
        continue;
      }
    }
    std::string why;
    std::optional<std::string> text = read_policy_file(n, &why);
    if (!text) {
      diags.error(SourceLoc{n, 0, 0}, "cannot read policy file: " + why);
      continue;
    }
    out.push_back(SourceFile{n, std::move(*text)});
  }
  return out;
}

/// `name:` and `settings:` may each be given in one file only; returns the one, or nullptr.
const Document* single_owner(const std::vector<Document>& docs, std::string_view key,
                             Diagnostics& diags) {
  const Document* owner = nullptr;
  for (const Document& d : docs) {
    const Field* f = d.find(key);
    if (f == nullptr) continue;
    if (owner != nullptr) {
      diags.error(f->key_loc, fmt::format("{} given again (first at {}; {} may appear in only one "
                                          "file)",
                                          key, owner->find(key)->key_loc.str(), key));
      continue;
    }
    owner = &d;
  }
  return owner;
}

std::optional<Model> load_sources(const std::vector<SourceFile>& sources, Diagnostics& diags) {
  const int errors_before = diags.error_count();
  Model m;
  m.services = builtin_services();
  std::vector<Document> docs;
  for (const SourceFile& src : sources) {
    m.files.push_back(src.name);
    if (std::optional<Document> d = parse_document(src, diags)) docs.push_back(std::move(*d));
  }

  if (const Document* d = single_owner(docs, "name", diags)) {
    const Field* f = d->find("name");
    std::optional<std::string> name = get_text(d->reader, f->value, "name", "a policy name");
    if (name && load_detail::check_name(d->reader, f->value.loc, *name, "policy")) m.name = *name;
  }
  const Document* settings_doc = single_owner(docs, "settings", diags);

  // Sections in dependency order, each over every file in merge order.
  FirstSeen seen;
  auto each = [&](std::string_view key, auto&& read) {
    for (const Document& d : docs) {
      if (const Field* f = d.find(key)) read(d.reader, *f);
    }
  };
  each("zones", [&](const Reader& r, const Field& f) { read_zones(r, f.value, m, seen); });
  each("hosts", [&](const Reader& r, const Field& f) { read_hosts(r, f.value, m, seen); });
  each("services", [&](const Reader& r, const Field& f) { read_services(r, f.value, m, seen); });
  if (settings_doc != nullptr) {
    const Field* f = settings_doc->find("settings");
    read_settings(settings_doc->reader, f->value, f->key_loc, m);
  }
  each("rules", [&](const Reader& r, const Field& f) { read_rules(r, f.value, m, seen); });
  each("expect", [&](const Reader& r, const Field& f) { read_expects(r, f.value, m, seen); });
  each("baselines", [&](const Reader& r, const Field& f) { read_baselines(r, f.value, m, seen); });

  // Baseline rows come after every user rule; each carries the baseline entry's position.
  for (const BaselineRef& b : m.baselines) {
    std::vector<Rule> rows = expand_baseline(*find_baseline(b.name), m.services, m.zones, b.loc);
    for (Rule& row : rows) m.rules.push_back(std::move(row));
  }

  if (diags.error_count() > errors_before) return std::nullopt;

  load_detail::warn_model(m, diags);
  return m;
}

}  // namespace

std::optional<Model> load(const std::vector<std::string>& paths, Diagnostics& diags) {
  if (paths.empty()) {
    diags.error(SourceLoc{}, "no policy file given");
    return std::nullopt;
  }
  const int errors_before = diags.error_count();
  std::vector<SourceFile> sources = read_sources(paths, diags);
  if (sources.empty()) return std::nullopt;
  std::optional<Model> m = load_sources(sources, diags);
  if (diags.error_count() > errors_before) return std::nullopt;
  return m;
}

std::optional<Model> load_text(const std::string& text, const std::string& name,
                               Diagnostics& diags) {
  return load_sources({SourceFile{name, text}}, diags);
}

}  // namespace bulkhead::policy
