// bulkhead flows check POLICY LOG...: observed flows judged against the policy (violations,
// gap traffic, blocked lateral attempts, lateral-movement detections, used versus allowed,
// --impact, --baseline). The logs are streamed through flows::read_flows into one
// flows::Checker, so memory grows with the distinct hosts, pairs and rules, not with lines.
// Formats: a one-screen summary (--details for every finding), JSON (complete, written
// section by section and element by element) and SARIF 2.1.0 (results at the deciding
// rule's or default's file:line and at the example flow's log file:line). Every example
// names the input and line it was read from. Exit 1 on a violation or a detection, 2 on
// bad input, 3 when the output cannot be written. On a terminal, stderr shows a progress
// bar.
#include "cli/cmd_flows.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <iostream>
#include <memory>
#include <mutex>
#include <thread>

#include <fmt/format.h>

#include "agent/duration.h"
#include "analysis/counterexample.h"
#include "cli/analysis_output.h"
#include "cli/common.h"
#include "cli/flow_output.h"
#include "flows/check.h"
#include "flows/reader.h"
#include "flows/split.h"
#include "output/flows_check.h"
#include "policy/catalog.h"

namespace bulkhead::cli {
namespace {

struct FlowsCheckOptions {
  std::string policy;
  std::vector<std::string> logs;
  std::vector<std::string> baseline;
  std::string format;
  std::string log_format = "auto";
  bool strict = false;
  bool details = false;
  bool impact = false;
  std::uint32_t lateral_k = flows::kDefaultLateralK;
  std::string window = "1h";
  std::vector<std::string> lateral_services;
  bool include_allowed = false;
  bool as_logged = false;
  unsigned threads = 1;
};

using decision::Decision;

// ---------------------------------------------------------------------------------------
// Reading, with a progress bar on a terminal.

class Progress {
 public:
  explicit Progress(bool on) : on_(on), start_(std::chrono::steady_clock::now()) {}
  void update(std::uint64_t done, std::uint64_t total, std::uint64_t flows) {
    if (!on_) return;
    auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    const double secs = std::chrono::duration<double>(now - start_).count();
    const double rate = secs > 0 ? static_cast<double>(flows) / secs : 0;
    std::string line;
    if (total > 0) {
      const double frac = std::min(1.0, static_cast<double>(done) / static_cast<double>(total));
      const int width = 24, fill = static_cast<int>(frac * width);
      const double left = frac > 0 ? secs * (1 - frac) / frac : 0;
      line = fmt::format("{:3.0f}% [{}{}] {:.1f}/{:.1f} MB  {:.2f} M flows/s  {}:{:02} left",
                         frac * 100, std::string(static_cast<std::size_t>(fill), '#'),
                         std::string(static_cast<std::size_t>(width - fill), ' '), done / 1e6,
                         total / 1e6, rate / 1e6, static_cast<int>(left) / 60,
                         static_cast<int>(left) % 60);
    } else {
      line = fmt::format("{:.1f} MB read  {:.2f} M flows/s", done / 1e6, rate / 1e6);
    }
    std::cerr << "\r" << line << "\033[K" << std::flush;
    shown_ = true;
  }
  void done() {
    if (shown_) std::cerr << "\r\033[K" << std::flush;
    shown_ = false;
  }

 private:
  bool on_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_{};
};

// Files under this size are read by one thread even when alone (cutting one costs a scan
// of it first). BULKHEAD_SPLIT_MIN_BYTES lowers it, for tests.
constexpr std::uint64_t kSplitMinBytes = 8 << 20;

std::uint64_t split_min_bytes() {
  const char* env = std::getenv("BULKHEAD_SPLIT_MIN_BYTES");
  if (env == nullptr) return kSplitMinBytes;
  char* end = nullptr;
  const unsigned long long v = std::strtoull(env, &end, 10);
  return end != env && *end == '\0' ? v : kSplitMinBytes;
}

/// The progress of several threads, each reporting its own bytes and records, shown as one.
class SharedProgress {
 public:
  SharedProgress(std::size_t n, Progress& progress)
      : done_(n), total_(n), seen_(n), progress_(progress) {}
  std::function<void(std::uint64_t, std::uint64_t)> reporter(std::size_t t) {
    return [this, t](std::uint64_t done, std::uint64_t total) {
      done_[t] = done;
      total_[t] = total;
      std::uint64_t all_done = 0, all_total = 0, all_seen = 0;
      for (std::size_t k = 0; k < done_.size(); ++k) {
        all_done += done_[k];
        all_total += total_[k];
        all_seen += seen_[k];
      }
      std::lock_guard<std::mutex> lock(mu_);
      progress_.update(all_done, all_total, all_seen);
    };
  }
  void saw(std::size_t t) { seen_[t].fetch_add(1, std::memory_order_relaxed); }

 private:
  std::vector<std::atomic<std::uint64_t>> done_, total_, seen_;
  Progress& progress_;
  std::mutex mu_;
};

/// Runs work(t) for t in [0, n) on n threads and waits for them.
void on_threads(std::size_t n, const std::function<void(std::size_t)>& work) {
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < n; ++t) threads.emplace_back([&work, t] { work(t); });
  for (std::thread& th : threads) th.join();
}

/// Reads part t of the input with read(t, options, sink) on n threads, one Checker each
/// (the Decision is shared), and merges the checkers in order into `into`, which gives what
/// one pass would. The read statistics of all parts, or the first part's failure.
using PartReader = std::function<Result<flows::ReadStats>(
    std::size_t, const flows::ReadOptions&, const std::function<void(const flows::Record&)>&)>;
Result<flows::ReadStats> check_parts(std::size_t n, const std::shared_ptr<const Decision>& d,
                                     const flows::CheckOptions& co, const flows::ReadOptions& ro,
                                     const PartReader& read, flows::Checker* into,
                                     Progress& progress) {
  std::vector<std::unique_ptr<flows::Checker>> checkers;
  for (std::size_t t = 0; t < n; ++t) checkers.push_back(std::make_unique<flows::Checker>(d, co));
  std::vector<std::optional<Result<flows::ReadStats>>> results(n);
  SharedProgress shared(n, progress);
  on_threads(n, [&](std::size_t t) {
    flows::ReadOptions mine = ro;
    mine.progress = shared.reporter(t);
    flows::Checker& c = *checkers[t];
    results[t] = read(t, mine, [&](const flows::Record& r) {
      shared.saw(t);
      c.add(r);
    });
  });
  flows::ReadStats all;
  for (std::size_t t = 0; t < n; ++t) {
    if (!*results[t]) return Failure{results[t]->error()};
    add_read_stats(all, results[t]->value(), ro.max_reported);
    into->merge(*checkers[t]);
  }
  return all;
}

/// One plain-text file read as o.threads line ranges (flows/split.h), one Checker each,
/// merged in order into `into`; nullopt (nothing read) when the file is to be read whole.
Result<std::optional<flows::ReadStats>> read_split(const std::string& file,
                                                   const FlowsCheckOptions& o,
                                                   const std::shared_ptr<const Decision>& d,
                                                   const flows::CheckOptions& co,
                                                   const flows::ReadOptions& ro,
                                                   flows::Checker* into, Progress& progress) {
  using Stats = std::optional<flows::ReadStats>;
  Result<std::optional<flows::SplitPlan>> planned =
      flows::plan_split(file, ro, o.threads, split_min_bytes());
  if (!planned) return Failure{planned.error()};
  if (!planned.value()) return Stats();
  flows::SplitPlan& plan = *planned.value();
  const std::size_t n = plan.ranges.size();

  std::vector<std::optional<Result<flows::RangeScan>>> scans(n);
  on_threads(n, [&](std::size_t t) { scans[t] = flows::scan_range(plan, t); });
  std::vector<flows::RangeScan> counted;
  for (std::size_t t = 0; t < n; ++t) {
    if (!*scans[t]) return Failure{scans[t]->error()};
    counted.push_back(scans[t]->value());
  }
  if (!flows::number_ranges(plan, counted)) return Stats();  // a header mid-file

  Result<flows::ReadStats> all = check_parts(
      n, d, co, ro,
      [&](std::size_t t, const flows::ReadOptions& mine,
          const std::function<void(const flows::Record&)>& sink) {
        return flows::read_range(plan, t, mine, sink);
      },
      into, progress);
  if (!all) return Failure{all.error()};
  return Stats(std::move(all.value()));
}

// --threads N: the input files (directories expanded) are cut into N runs of consecutive
// files, each read into its own Checker on its own thread (the Decision is shared), and the
// checkers merge in file order into `into`, which gives what one pass would. A single file
// is cut into N ranges of lines instead when it is large, plain text and of a line format
// (read_split); otherwise it is read by one thread.
Result<flows::ReadStats> read_threaded(const FlowsCheckOptions& o,
                                       const std::shared_ptr<const Decision>& d,
                                       const flows::CheckOptions& co, const flows::ReadOptions& ro,
                                       flows::Checker* into, Progress& progress) {
  Result<std::vector<std::string>> files = flows::expand_inputs(o.logs);
  if (!files) return Failure{files.error()};
  if (files.value().size() == 1) {
    Result<std::optional<flows::ReadStats>> split =
        read_split(files.value().front(), o, d, co, ro, into, progress);
    if (!split) return Failure{split.error()};
    if (split.value()) return *split.value();
  }
  const std::size_t n = std::min<std::size_t>(o.threads, files.value().size());
  std::vector<std::vector<std::string>> runs(n);
  for (std::size_t i = 0; i < files.value().size(); ++i)
    runs[i * n / files.value().size()].push_back(files.value()[i]);

  return check_parts(
      n, d, co, ro,
      [&](std::size_t t, const flows::ReadOptions& mine,
          const std::function<void(const flows::Record&)>& sink) {
        return flows::read_flows(runs[t], mine, sink);
      },
      into, progress);
}

int run(const FlowsCheckOptions& o) {
  auto d = load_decision({o.policy});
  if (!d) return kBadInput;
  flows::CheckOptions co;
  co.impact = o.impact;
  co.lateral_k = o.lateral_k;
  if (o.lateral_k == 0) {
    usage_error("--lateral-k must be at least 1");
    return kBadInput;
  }
  std::string why;
  std::optional<std::chrono::milliseconds> w = agent::parse_duration(o.window, &why);
  if (!w || w->count() < 1000) {
    usage_error("--window " + o.window + ": " + (w ? "at least one second" : why));
    return kBadInput;
  }
  co.window_s = static_cast<std::int64_t>(w->count() / 1000);
  for (const std::string& text : o.lateral_services) {
    std::optional<std::vector<policy::NamedService>> svcs =
        policy::resolve_service_names(d->model(), text, &why);
    if (!svcs) {
      usage_error("--lateral-services " + text + ": " + why);
      return kBadInput;
    }
    for (policy::NamedService& s : *svcs) {
      bool dup = false;
      for (const auto& have : co.lateral_services) dup = dup || have.first == s.name;
      if (!dup) co.lateral_services.emplace_back(s.name, s.keys);
    }
  }
  if (co.lateral_services.size() >= 32) {
    usage_error("--lateral-services: at most 31 services");
    return kBadInput;
  }
  co.lateral_include_allowed = o.include_allowed;
  co.orient_replies = !o.as_logged;
  co.novelty = !o.baseline.empty();

  std::optional<flows::ReadOptions> opts = read_options(o.log_format, o.strict);
  if (!opts) return kBadInput;
  flows::ReadOptions& ro = *opts;
  const bool tty = ::isatty(2) == 1;
  Progress progress(tty);
  std::uint64_t seen = 0;
  ro.progress = [&](std::uint64_t done, std::uint64_t total) {
    progress.update(done, total, seen);
  };

  flows::Checker checker(d, co);
  if (!o.baseline.empty()) {
    Result<flows::ReadStats> base = flows::read_flows(o.baseline, ro, [&](const flows::Record& r) {
      ++seen;
      checker.add_baseline(r);
    });
    progress.done();
    if (!base) {
      usage_error(base.error());
      return kBadInput;
    }
    warn_malformed("baseline", base.value());
  }
  seen = 0;
  Progress progress2(tty);
  ro.progress = [&](std::uint64_t done, std::uint64_t total) {
    progress2.update(done, total, seen);
  };
  Result<flows::ReadStats> read = o.threads > 1
                                      ? read_threaded(o, d, co, ro, &checker, progress2)
                                      : flows::read_flows(o.logs, ro, [&](const flows::Record& r) {
                                          ++seen;
                                          checker.add(r);
                                        });
  progress2.done();
  if (!read) {
    usage_error(read.error());
    return kBadInput;
  }
  warn_malformed("logs", read.value());
  flows::CheckResult result = checker.finish();
  const output::FlowsCheckOptions out{
      o.details, agent::format_duration(std::chrono::milliseconds(result.options.window_s * 1000))};
  output::write_flows_check(result, read.value(), *d, format_of(o.format), out, std::cout);
  return output::exit_code(result);
}

}  // namespace

std::optional<flows::ReadOptions> read_options(const std::string& log_format, bool strict) {
  std::optional<flows::Format> format = flows::parse_format(log_format);
  if (!format) {
    usage_error("--log-format " + log_format + ": one of auto, " + flows::format_names());
    return std::nullopt;
  }
  flows::ReadOptions ro;
  ro.format = *format;
  ro.strict = strict;
  return ro;
}

CLI::App* add_flows(CLI::App& app) {
  CLI::App* flows = app.add_subcommand("flows", "judge observed flow logs against the policy");
  flows->require_subcommand(1);
  auto o = std::make_shared<FlowsCheckOptions>();
  CLI::App* sub = flows->add_subcommand(
      "check",
      "judge every logged flow: violations, gap traffic, blocked lateral attempts, "
      "lateral-movement detections, used versus allowed");
  sub->add_option("policy", o->policy, "policy file or directory")->required();
  sub->add_option("logs", o->logs, "flow logs: files, directories, or - for stdin")->required();
  add_format(sub, &o->format, {"table", "json", "sarif"});
  sub->add_flag("--details", o->details,
                "list every finding and every rule's use (default: a one-screen summary)");
  sub->add_flag("--impact", o->impact,
                "treat the policy as a candidate: report the accepted flows it would block "
                "(and audit-mode would-block lines) as its impact, not as violations");
  sub->add_option("--baseline", o->baseline,
                  "earlier logs: report class pairs and services never seen in them (repeatable)")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  sub->add_option("--lateral-k", o->lateral_k,
                  "detect a source reaching this many distinct hosts on lateral services")
      ->capture_default_str();
  sub->add_option("--window", o->window, "within this time (e.g. 1h, 30m, 90s)")
      ->capture_default_str();
  sub->add_option("--lateral-services", o->lateral_services,
                  "services counted as lateral movement (names, groups or tcp/N; default: smb, "
                  "netbios-ssn, rpc-epmap, rdp, winrm-http, winrm-https)")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->delimiter(',');
  sub->add_flag("--lateral-include-allowed", o->include_allowed,
                "count flows an allow rule sanctions towards detections too");
  sub->add_flag("--as-logged", o->as_logged,
                "judge reply records as logged instead of as the connection they answer");
  sub->add_option("--log-format", o->log_format,
                  "input format (default: detected per file): " + flows::format_names())
      ->capture_default_str();
  sub->add_flag("--strict", o->strict, "stop at the first malformed line (exit 2)");
  sub->add_option("--threads", o->threads,
                  "read the log files on this many threads (files are shared out in order, "
                  "a single large text file is cut into line ranges; the result is the same "
                  "as one thread's)")
      ->check(CLI::Range(1u, 256u))
      ->capture_default_str();
  sub->callback([o] { set_exit(run(*o)); });
  add_flows_aggregate(*flows);
  add_flows_discover(*flows);
  return flows;
}

}  // namespace bulkhead::cli
