// Shared command-line helpers.
#include "cli/common.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "base/assert.h"
#include "base/text.h"
#include "decision/host_checks.h"
#include "policy/catalog.h"
#include "policy/loader.h"

namespace bulkhead::cli {
namespace {
int g_exit_code = kOk;
}

void set_exit(int code) {
  g_exit_code = code;
}
int exit_code() {
  return g_exit_code;
}

void print_diagnostics(const Diagnostics& diags) {
  for (const Diagnostic& d : diags.sorted()) std::cerr << d.str() << '\n';
}

void print_error_count(int errors) {
  if (errors > 0) {
    std::cerr << errors << (errors == 1 ? " error" : " errors") << "; nothing was written\n";
  }
}

std::optional<policy::Model> load_policy(const std::vector<std::string>& paths) {
  Diagnostics diags;
  return load_policy(paths, diags);
}

std::optional<policy::Model> load_policy(const std::vector<std::string>& paths,
                                         Diagnostics& diags) {
  std::optional<policy::Model> model = policy::load(paths, diags);
  print_diagnostics(diags);
  if (!model || diags.has_errors()) {
    print_error_count(diags.error_count());
    set_exit(kBadInput);
    return std::nullopt;
  }
  return model;
}

int print_host_warnings(const decision::Decision& d) {
  Diagnostics diags;
  decision::check_host_needs(d, diags);
  print_diagnostics(diags);
  return static_cast<int>(diags.all().size());
}

CLI::Option* add_format(CLI::App* app, std::string* format, std::vector<std::string> choices) {
  *format = choices.front();
  return app->add_option("--format", *format, "output format")
      ->check(CLI::IsMember(choices))
      ->capture_default_str();
}

output::Format format_of(const std::string& name) {
  std::optional<output::Format> f = output::parse_format(name);
  BH_ASSERT(f.has_value(), "add_format accepts only table, json and sarif");
  return *f;
}

void usage_error(const std::string& message) {
  // Messages quote arguments and paths: their control characters are shown, not obeyed.
  std::cerr << "bulkhead: error: " << escape_controls(message) << '\n';
  set_exit(kBadInput);
}

std::optional<std::vector<policy::NamedService>> resolve_services(
    const policy::Model& model, const std::vector<std::string>& texts) {
  std::vector<policy::NamedService> services;
  for (const std::string& text : texts) {
    std::string why;
    auto named = policy::resolve_service_names(model, text, &why);
    if (!named) {
      usage_error("--services: " + why);
      return std::nullopt;
    }
    services.insert(services.end(), named->begin(), named->end());
  }
  return services;
}

void keep_until_exit(std::shared_ptr<const void> p) {
  static auto* kept = new std::vector<std::shared_ptr<const void>>();
  kept->push_back(std::move(p));
}

namespace {

// Writes `content` into an existing file that is not a regular one (a device such as
// /dev/null or /dev/stdout, a FIFO) in place: renaming a file over it would replace the
// node itself, and as root that replaces /dev/null for every program on the machine.
bool write_in_place(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  if (!out || !(out << content) || !out.flush()) {
    std::cerr << "bulkhead: error: cannot write " << path << '\n';
    return false;
  }
  return true;
}

}  // namespace

bool write_file_atomic(const std::string& path, const std::string& content) {
  std::filesystem::path target(path);
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      std::cerr << "bulkhead: error: cannot write " << path << ": it is a directory\n";
      return false;
    }
    if (!S_ISREG(st.st_mode)) return write_in_place(path, content);
    // A link to a regular file: replace the file it names and keep the link.
    std::error_code ec;
    target = std::filesystem::canonical(target, ec);
    if (ec) {
      std::cerr << "bulkhead: error: cannot write " << path << ": " << ec.message() << '\n';
      return false;
    }
  }
  std::filesystem::path tmp = target;
  tmp += ".bulkhead-tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) {
      std::cerr << "bulkhead: error: cannot write " << tmp.string() << '\n';
      return false;
    }
    out << content;
    if (!out.flush()) {
      std::cerr << "bulkhead: error: cannot write " << tmp.string() << '\n';
      return false;
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, target, ec);
  if (ec) {
    std::cerr << "bulkhead: error: cannot rename to " << path << ": " << ec.message() << '\n';
    (void)std::filesystem::remove(tmp, ec);
    return false;
  }
  return true;
}

namespace {

/// Writes all of `content` to a new file (O_EXCL) and syncs it.
bool write_new_file(const std::string& path, const std::string& content, std::string* why) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) {
    *why = std::strerror(errno);
    return false;
  }
  const char* p = content.data();
  std::size_t left = content.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      *why = n < 0 ? std::strerror(errno) : "short write";
      ::close(fd);
      return false;
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) {
    *why = std::strerror(errno);
    ::close(fd);
    return false;
  }
  if (::close(fd) != 0) {
    *why = std::strerror(errno);
    return false;
  }
  return true;
}

}  // namespace

bool write_files_all_or_nothing(const std::string& dir,
                                const std::vector<std::pair<std::string, std::string>>& files) {
  const std::string tag = ".bulkhead-tmp-" + std::to_string(::getpid());
  struct Entry {
    std::string target, tmp, backup;
    bool had_target = false, tmp_written = false, backed_up = false, placed = false;
  };
  std::vector<Entry> entries;
  for (const auto& [name, content] : files) {
    Entry e;
    e.target = (std::filesystem::path(dir) / name).string();
    e.tmp = e.target + tag;
    e.backup = e.target + ".bulkhead-old-" + std::to_string(::getpid());
    entries.push_back(std::move(e));
  }
  auto undo = [&]() {
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
      if (it->placed) {
        if (it->backed_up) {
          (void)::rename(it->backup.c_str(), it->target.c_str());
        } else {
          (void)::unlink(it->target.c_str());
        }
      } else if (it->backed_up) {
        (void)::rename(it->backup.c_str(), it->target.c_str());
      }
      if (it->tmp_written) (void)::unlink(it->tmp.c_str());
    }
  };
  auto fail = [&](const std::string& what) {
    undo();
    std::cerr << "bulkhead: error: " << what << "; nothing was written\n";
    return false;
  };
  // Every target must be a regular file or absent before anything is written.
  for (Entry& e : entries) {
    struct stat st {};
    if (::lstat(e.target.c_str(), &st) == 0) {
      if (!S_ISREG(st.st_mode))
        return fail("cannot write " + e.target + ": it exists and is not a regular file");
      e.had_target = true;
    } else if (errno != ENOENT) {
      return fail("cannot write " + e.target + ": " + std::strerror(errno));
    }
  }
  for (std::size_t i = 0; i < entries.size(); ++i) {
    std::string why;
    if (!write_new_file(entries[i].tmp, files[i].second, &why)) {
      (void)::unlink(entries[i].tmp.c_str());
      return fail("cannot write " + entries[i].tmp + ": " + why);
    }
    entries[i].tmp_written = true;
  }
  // Replace: keep each previous target as a backup until every file is in place.
  for (Entry& e : entries) {
    if (e.had_target) {
      if (::link(e.target.c_str(), e.backup.c_str()) != 0)
        return fail("cannot keep the previous " + e.target + ": " + std::strerror(errno));
      e.backed_up = true;
    }
    if (::rename(e.tmp.c_str(), e.target.c_str()) != 0)
      return fail("cannot rename " + e.tmp + " to " + e.target + ": " + std::strerror(errno));
    e.tmp_written = false;
    e.placed = true;
  }
  for (Entry& e : entries)
    if (e.backed_up) (void)::unlink(e.backup.c_str());
  int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    (void)::fsync(dfd);
    ::close(dfd);
  }
  return true;
}

}  // namespace bulkhead::cli
