// LineSource: the lines of one input (a plain or gzip file, stdin, text in memory, or a byte
// range of a plain file after a few header lines) as string_views into one large buffer,
// with no allocation per line. Gzip is recognised by its magic bytes (zlib's gzread reads
// plain files through unchanged).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace bulkhead::flows {

class LineSource {
 public:
  /// The longest line kept whole; longer lines are reported as too long and skipped.
  static constexpr std::size_t kMaxLine = 1 << 20;

  /// Opens a file, or stdin for "-". Fails with "cannot open flows file PATH: reason".
  static Result<std::unique_ptr<LineSource>> open(const std::string& path);
  /// Reads the bytes [begin, end) of a plain (not gzip) file, after the lines of `prefix`
  /// (which must end with a newline): prefix lines are numbered from 1 and the range's first
  /// line is numbered `first_line`. For reading one large file on several threads, each
  /// range starting with the file's header lines (see flows/split.h).
  static Result<std::unique_ptr<LineSource>> open_range(const std::string& path,
                                                        std::uint64_t begin, std::uint64_t end,
                                                        std::string_view prefix,
                                                        std::uint64_t first_line);
  /// Reads `text` in place (it must outlive the source).
  static std::unique_ptr<LineSource> from_text(std::string_view text);

  LineSource(const LineSource&) = delete;
  LineSource& operator=(const LineSource&) = delete;
  ~LineSource();

  /// Up to n bytes from the current position, without consuming them (fewer at the end).
  std::string_view peek(std::size_t n);
  /// The next line, without its "\n" or "\r\n"; false at the end of input or on a read
  /// error (see error()). A line over kMaxLine is returned cut, with too_long() set.
  bool next(std::string_view* line);
  bool too_long() const { return too_long_; }
  /// 1-based number of the line next() returned last.
  std::uint64_t line_number() const { return line_no_; }
  /// Everything from the current position to the end (at most `cap` bytes) appended to
  /// `out`; false when larger than `cap` or on a read error.
  bool read_rest(std::string* out, std::size_t cap);
  /// Non-empty after a read error.
  const std::string& error() const { return error_; }
  /// Input bytes consumed so far (compressed bytes for gzip; a range's bytes, without its
  /// prefix, for open_range).
  std::uint64_t bytes_read() const;
  /// Whether the input is gzip-compressed.
  bool compressed() const;

 private:
  LineSource() = default;
  /// Reads more input after the unread bytes; false at the end or on error.
  bool fill();
  /// Numbers the line next() is returning.
  void count_line();

  void* gz_ = nullptr;                       // gzFile, or null for text in memory and ranges
  int fd_ = -1;                              // open_range's file
  std::uint64_t left_ = 0, range_read_ = 0;  // open_range: bytes still to read, bytes read
  std::uint64_t renumber_after_ = 0, renumber_to_ = 0;  // open_range: the line number jump
  std::vector<char> buf_;
  std::string_view text_;  // the in-memory input
  const char* data_ = nullptr;
  std::size_t pos_ = 0, end_ = 0;
  bool eof_ = false;
  bool too_long_ = false;
  std::uint64_t line_no_ = 0;
  std::uint64_t text_bytes_ = 0;
  std::string error_;
};

}  // namespace bulkhead::flows
