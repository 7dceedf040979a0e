// What every format reader shares while it reads one input: the options, the running
// statistics, the sink, and how a malformed line is counted, reported and (strict) ends the
// read. Internal to src/flows: the per-format readers are declared here, and read_flows
// (reader.cpp) picks one per input.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "flows/line_source.h"
#include "flows/reader.h"
#include "flows/record.h"

namespace bulkhead::flows {

class ReadContext {
 public:
  ReadContext(std::string name, Format format, const ReadOptions& options, ReadStats& stats,
              const std::function<void(const Record&)>& sink)
      : name_(std::move(name)),
        file_(name_ == "<stdin>" ? std::string("-") : name_),
        format_(format),
        options_(options),
        stats_(stats),
        sink_(sink) {}

  /// Gives a record to the sink, with the input's name as given (Record::file).
  void emit(Record& r) {
    r.file = file_;
    ++stats_.records;
    ++stats_.per_format[static_cast<std::size_t>(format_)];
    sink_(r);
  }
  /// A line that holds no flow (header, comment, NODATA, ...).
  void skip() { ++stats_.skipped; }
  /// Counts and reports a malformed line. False when reading must stop (strict).
  bool bad(std::uint64_t line, std::string message);
  /// Ends the read with an error about the whole input (its name is prefixed).
  void fail(std::string message);
  /// Whether the read has ended (strict error or fail()).
  bool stopped() const { return failure_.has_value(); }
  const std::optional<std::string>& failure() const { return failure_; }

  const std::string& name() const { return name_; }
  Format format() const { return format_; }
  const ReadOptions& options() const { return options_; }
  /// The progress callback, called every few MiB.
  void progress(std::uint64_t bytes);

 private:
  std::string name_;
  std::string file_;  // Record::file: name_, but "-" for stdin
  Format format_;
  const ReadOptions& options_;
  ReadStats& stats_;
  const std::function<void(const Record&)>& sink_;
  std::optional<std::string> failure_;

 public:
  /// Bytes of the inputs before this one, and their total (for progress).
  std::uint64_t bytes_before = 0;
  std::uint64_t bytes_total = 0;
};

// The line readers: each reads `in` to its end (or until ctx.stopped()).
void read_csv(LineSource& in, ReadContext& ctx);
void read_aws(LineSource& in, ReadContext& ctx);
void read_windows(LineSource& in, ReadContext& ctx);
void read_zeek_tsv(LineSource& in, ReadContext& ctx);
void read_netfilter(LineSource& in, ReadContext& ctx);
/// The JSON formats (Azure, GCP, Zeek JSON, netfilter lines inside journal JSON): JSON lines
/// or one document, records taken out of `{"records": [...]}`, `{"events": [...]}` or `[...]`.
void read_json(LineSource& in, ReadContext& ctx);

/// Reads `in` with the reader of format `f`: every format but IPFIX and NetFlow (binary, read
/// from their file by read_ipfix). Netfilter logs are journal JSON when the first byte that is
/// not blank opens a JSON value, syslog text otherwise.
void read_lines(Format f, LineSource& in, ReadContext& ctx);

// One JSON record of each format (`line`: its line, or its index in a document).
void read_azure_record(const nlohmann::json& rec, std::uint64_t line, ReadContext& ctx);
void read_gcp_record(const nlohmann::json& rec, std::uint64_t line, ReadContext& ctx);
void read_zeek_record(const nlohmann::json& rec, std::uint64_t line, ReadContext& ctx);
/// One netfilter LOG line (from a text line or a journal record's MESSAGE).
void read_netfilter_line(std::string_view text, std::uint64_t line, ReadContext& ctx);

}  // namespace bulkhead::flows
