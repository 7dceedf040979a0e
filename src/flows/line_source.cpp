// LineSource: one buffer of a few MiB, refilled by gzread (read(2) for a range); lines are found
// with memchr and handed out as views. A line that straddles a refill is moved to the buffer's
// front first, so each byte is copied at most once more than the read itself.
#include "flows/line_source.h"

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "base/assert.h"

namespace bulkhead::flows {
namespace {

constexpr std::size_t kChunk = 4 << 20;

gzFile as_gz(void* p) {
  return static_cast<gzFile>(p);
}

}  // namespace

Result<std::unique_ptr<LineSource>> LineSource::open(const std::string& path) {
  const int fd = path == "-" ? ::dup(0) : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Failure{"cannot open flows file " + path + ": " + std::strerror(errno)};
  gzFile gz = ::gzdopen(fd, "rb");
  if (gz == nullptr) {
    ::close(fd);
    return Failure{"cannot open flows file " + path + ": out of memory"};
  }
  ::gzbuffer(gz, 1 << 18);
  std::unique_ptr<LineSource> s(new LineSource());
  s->gz_ = gz;
  s->buf_.resize(kChunk + LineSource::kMaxLine + 1);
  s->data_ = s->buf_.data();
  return s;
}

Result<std::unique_ptr<LineSource>> LineSource::open_range(const std::string& path,
                                                           std::uint64_t begin, std::uint64_t end,
                                                           std::string_view prefix,
                                                           std::uint64_t first_line) {
  BH_ASSERT(begin <= end && prefix.size() <= kChunk && first_line >= 1,
            "split.cpp cuts ranges in order and keeps headers short");
  BH_ASSERT(prefix.empty() || prefix.back() == '\n', "a prefix is whole lines");
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Failure{"cannot open flows file " + path + ": " + std::strerror(errno)};
  if (::lseek(fd, static_cast<off_t>(begin), SEEK_SET) < 0) {
    const int e = errno;
    ::close(fd);
    return Failure{"cannot read flows file " + path + ": " + std::strerror(e)};
  }
  std::unique_ptr<LineSource> s(new LineSource());
  s->fd_ = fd;
  s->left_ = end - begin;
  s->buf_.resize(kChunk + LineSource::kMaxLine + 1);
  s->data_ = s->buf_.data();
  if (!prefix.empty()) std::memcpy(s->buf_.data(), prefix.data(), prefix.size());
  s->end_ = prefix.size();
  s->renumber_after_ = static_cast<std::uint64_t>(std::count(prefix.begin(), prefix.end(), '\n'));
  s->renumber_to_ = first_line;
  return s;
}

std::unique_ptr<LineSource> LineSource::from_text(std::string_view text) {
  std::unique_ptr<LineSource> s(new LineSource());
  s->text_ = text;
  s->data_ = text.data();
  s->end_ = text.size();
  s->eof_ = true;
  s->text_bytes_ = text.size();
  return s;
}

LineSource::~LineSource() {
  if (gz_ != nullptr) ::gzclose(as_gz(gz_));
  if (fd_ >= 0) ::close(fd_);
}

void LineSource::count_line() {
  if (renumber_to_ != 0 && line_no_ == renumber_after_) {
    line_no_ = renumber_to_;
    renumber_to_ = 0;
  } else {
    ++line_no_;
  }
}

bool LineSource::fill() {
  if (eof_ || (gz_ == nullptr && fd_ < 0)) return false;
  if (pos_ > 0) {
    std::memmove(buf_.data(), buf_.data() + pos_, end_ - pos_);
    end_ -= pos_;
    pos_ = 0;
  }
  const std::size_t room = buf_.size() - end_;
  if (room == 0) return false;
  std::size_t want = room < kChunk ? room : kChunk;
  if (fd_ >= 0) {
    if (want > left_) want = static_cast<std::size_t>(left_);
    if (want == 0) {
      eof_ = true;
      return false;
    }
    const ssize_t got = ::read(fd_, buf_.data() + end_, want);
    if (got < 0 && errno == EINTR) return fill();
    if (got <= 0) {
      error_ = got < 0 ? std::strerror(errno) : "the file became shorter while being read";
      eof_ = true;
      return false;
    }
    end_ += static_cast<std::size_t>(got);
    left_ -= static_cast<std::uint64_t>(got);
    range_read_ += static_cast<std::uint64_t>(got);
    return true;
  }
  const int n = ::gzread(as_gz(gz_), buf_.data() + end_, static_cast<unsigned>(want));
  if (n < 0) {
    int errnum = 0;
    const char* msg = ::gzerror(as_gz(gz_), &errnum);
    error_ = errnum == Z_ERRNO ? std::strerror(errno) : (msg ? msg : "read error");
    eof_ = true;
    return false;
  }
  if (n == 0) {
    // A truncated gzip stream reads as a short end: gzerror tells.
    int errnum = 0;
    const char* msg = ::gzerror(as_gz(gz_), &errnum);
    if (errnum != Z_OK && errnum != Z_BUF_ERROR) error_ = msg ? msg : "read error";
    if (errnum == Z_BUF_ERROR) error_ = "truncated gzip stream";
    eof_ = true;
    return false;
  }
  end_ += static_cast<std::size_t>(n);
  return true;
}

std::string_view LineSource::peek(std::size_t n) {
  while (end_ - pos_ < n && fill()) {
  }
  const std::size_t have = end_ - pos_;
  return std::string_view(data_ + pos_, have < n ? have : n);
}

bool LineSource::next(std::string_view* line) {
  too_long_ = false;
  while (true) {
    const char* start = data_ + pos_;
    const std::size_t avail = end_ - pos_;
    const std::size_t scan = avail < kMaxLine + 1 ? avail : kMaxLine + 1;
    const void* nl = std::memchr(start, '\n', scan);
    if (nl != nullptr) {
      std::size_t len = static_cast<std::size_t>(static_cast<const char*>(nl) - start);
      pos_ += len + 1;
      if (len > 0 && start[len - 1] == '\r') --len;
      *line = std::string_view(start, len);
      count_line();
      return true;
    }
    if (avail > kMaxLine) {
      // Cut the line, then skip to its end.
      *line = std::string_view(start, kMaxLine);
      too_long_ = true;
      count_line();
      pos_ = end_;
      while (true) {
        if (!fill()) break;
        const void* hit = std::memchr(data_ + pos_, '\n', end_ - pos_);
        if (hit != nullptr) {
          pos_ = static_cast<std::size_t>(static_cast<const char*>(hit) - data_) + 1;
          break;
        }
        pos_ = end_;
      }
      // The view points at bytes a refill may have moved: keep only the flag.
      *line = std::string_view();
      return true;
    }
    if (!fill()) {
      if (avail == 0) return false;
      std::size_t len = avail;
      pos_ = end_;
      if (start[len - 1] == '\r') --len;
      *line = std::string_view(start, len);
      count_line();
      return true;
    }
  }
}

bool LineSource::read_rest(std::string* out, std::size_t cap) {
  while (true) {
    const std::size_t avail = end_ - pos_;
    if (out->size() + avail > cap) return false;
    out->append(data_ + pos_, avail);
    pos_ = end_;
    if (!fill()) return error_.empty();
  }
}

std::uint64_t LineSource::bytes_read() const {
  if (fd_ >= 0) return range_read_;
  if (gz_ == nullptr) return text_bytes_;
  const long off = ::gzoffset(as_gz(gz_));
  return off < 0 ? 0 : static_cast<std::uint64_t>(off);
}

bool LineSource::compressed() const {
  return gz_ != nullptr && ::gzdirect(as_gz(gz_)) == 0;
}

}  // namespace bulkhead::flows
