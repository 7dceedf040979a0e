// NetFlow v5, NetFlow v9 (RFC 3954) and IPFIX (RFC 7011) as collectors store them: messages
// back to back in one file (the IPFIX File Format of RFC 5655 is exactly that), plain or
// gzip. A message is delimited by its own header: IPFIX by its length field, v5 by its record
// count (24 + 48 × count bytes), v9 by walking its flowsets until the next two bytes are not
// a flowset id (0, 1 or ≥ 256): the next header's version (5, 9 or 10) never is one, so the
// v9 header's count, which exporters fill differently, is not needed.
//
// Templates are cached per (protocol, observation domain / source id, template id) for the
// whole file, replaced on redefinition and dropped on IPFIX withdrawal; options templates are
// cached too so their data records can be stepped over. A data set whose template is unknown
// is reported and skipped, never guessed. Files are read with zlib (gzread) in one window of
// a few hundred KiB, so memory does not grow with the file; stdin and in-memory text are read
// whole (up to 1 GiB). Each data record costs one pass over its template's fields.
#include <zlib.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "flows/read_context.h"
#include "flows/text_fields.h"

namespace bulkhead::flows {

std::optional<Format> sniff_binary(std::string_view head);
std::uint64_t read_ipfix(LineSource& in, const std::string& path, ReadContext& ctx);

namespace {

constexpr std::size_t kMaxMemory = std::size_t{1} << 30;
constexpr std::int64_t kNtpToUnix = 2208988800;      // seconds from 1900-01-01 to 1970-01-01
constexpr std::uint16_t kVariable = 65535;           // IPFIX variable-length field
constexpr std::uint32_t kReverseEnterprise = 29305;  // RFC 5103 biflow reverse IEs
constexpr std::size_t kV5Header = 24, kV5Record = 48, kV9Header = 20, kIpfixHeader = 16;

std::uint16_t be16(const std::uint8_t* p) {
  return static_cast<std::uint16_t>(p[0] << 8 | p[1]);
}

std::uint32_t be32(const std::uint8_t* p) {
  return static_cast<std::uint32_t>(p[0]) << 24 | static_cast<std::uint32_t>(p[1]) << 16 |
         static_cast<std::uint32_t>(p[2]) << 8 | p[3];
}

/// An unsigned integer of 1-8 bytes (IPFIX reduced-size encoding).
std::uint64_t be_uint(const std::uint8_t* p, std::size_t n) {
  std::uint64_t v = 0;
  for (std::size_t i = 0; i < n; ++i) v = v << 8 | p[i];
  return v;
}

/// The input as a window of bytes: a file read with gzread (plain files pass through), or a
/// text in memory.
class ByteStream {
 public:
  explicit ByteStream(std::string_view mem)
      : data_(reinterpret_cast<const std::uint8_t*>(mem.data())), end_(mem.size()) {}
  ByteStream(const ByteStream&) = delete;
  ByteStream& operator=(const ByteStream&) = delete;
  ~ByteStream() {
    if (gz_ != nullptr) ::gzclose(gz_);
  }

  /// Opens a file; nullptr with *why on failure.
  static std::unique_ptr<ByteStream> open(const std::string& path, std::string* why) {
    gzFile gz = ::gzopen(path.c_str(), "rbe");
    if (gz == nullptr) {
      *why = fmt::format("cannot open: {}", std::strerror(errno));
      return nullptr;
    }
    ::gzbuffer(gz, 1 << 18);
    std::unique_ptr<ByteStream> s(new ByteStream(std::string_view()));
    s->gz_ = gz;
    s->buf_.resize(256 << 10);
    s->data_ = s->buf_.data();
    return s;
  }

  /// Makes n bytes available at data(); false when the input (or a read error) ends first.
  bool need(std::size_t n) {
    while (end_ - pos_ < n) {
      if (gz_ == nullptr || eof_) return false;
      if (pos_ > 0) {
        std::memmove(buf_.data(), buf_.data() + pos_, end_ - pos_);
        end_ -= pos_;
        pos_ = 0;
      }
      if (buf_.size() < n) buf_.resize(n);
      data_ = buf_.data();
      const int got = ::gzread(gz_, buf_.data() + end_, static_cast<unsigned>(buf_.size() - end_));
      if (got <= 0) {
        eof_ = true;
        int errnum = Z_OK;
        const char* msg = ::gzerror(gz_, &errnum);
        if (got < 0 || (errnum != Z_OK && errnum != Z_BUF_ERROR))
          error_ = errnum == Z_ERRNO ? std::strerror(errno) : (msg ? msg : "read error");
        else if (errnum == Z_BUF_ERROR)
          error_ = "truncated gzip stream";
        return false;
      }
      end_ += static_cast<std::size_t>(got);
    }
    return true;
  }
  const std::uint8_t* data() const { return data_ + pos_; }
  std::size_t avail() const { return end_ - pos_; }
  void consume(std::size_t n) {
    pos_ += n;
    offset_ += n;
  }
  /// Offset of data() in the (uncompressed) input.
  std::uint64_t offset() const { return offset_; }
  /// Non-empty after a read error.
  const std::string& error() const { return error_; }
  /// Input bytes read (compressed bytes for gzip).
  std::uint64_t raw_bytes() const {
    if (gz_ == nullptr) return end_;
    const long off = ::gzoffset(gz_);
    return off < 0 ? 0 : static_cast<std::uint64_t>(off);
  }

 private:
  gzFile gz_ = nullptr;
  std::vector<std::uint8_t> buf_;
  const std::uint8_t* data_ = nullptr;
  std::size_t pos_ = 0, end_ = 0;
  std::uint64_t offset_ = 0;
  bool eof_ = false;
  std::string error_;
};

/// The integer IEs read from a data record, by slot.
enum Slot : std::uint8_t {
  kProto,
  kSrcPort,
  kDstPort,
  kIcmp4,
  kIcmp6,
  kIcmpType4,
  kIcmpCode4,
  kIcmpType6,
  kIcmpCode6,
  kOctets,
  kPackets,
  kOctetsTotal,
  kPacketsTotal,
  kRevOctets,
  kRevPackets,
  kStartSec,
  kEndSec,
  kStartMs,
  kEndMs,
  kStartNtp,  // micro- or nanoseconds: NTP 64-bit time stamps
  kEndNtp,
  kFirstSwitched,
  kLastSwitched,
  kSysInitMs,
  kStartDeltaUs,
  kEndDeltaUs,
  kForwarding,
  kFirewallEvent,
  kFlowDirection,
  kSlots
};

/// The IANA IEs read into slots (154-157, micro- and nanoseconds, share the NTP slots).
constexpr std::pair<std::uint16_t, Slot> kIeSlots[] = {
    {4, kProto},          {7, kSrcPort},        {11, kDstPort},      {32, kIcmp4},
    {139, kIcmp6},        {176, kIcmpType4},    {177, kIcmpCode4},   {178, kIcmpType6},
    {179, kIcmpCode6},    {1, kOctets},         {2, kPackets},       {85, kOctetsTotal},
    {86, kPacketsTotal},  {150, kStartSec},     {151, kEndSec},      {152, kStartMs},
    {153, kEndMs},        {154, kStartNtp},     {155, kEndNtp},      {156, kStartNtp},
    {157, kEndNtp},       {22, kFirstSwitched}, {21, kLastSwitched}, {160, kSysInitMs},
    {158, kStartDeltaUs}, {159, kEndDeltaUs},   {89, kForwarding},   {233, kFirewallEvent},
    {61, kFlowDirection}};

/// The slot of an IANA IE, or kSlots when it is not read (looked up once per template).
Slot slot_of(std::uint16_t id) {
  for (const auto& [ie, slot] : kIeSlots)
    if (ie == id) return slot;
  return kSlots;
}

struct Field {
  std::uint16_t id = 0;      ///< IE number (enterprise bit cleared)
  std::uint16_t length = 0;  ///< kVariable for a variable-length IPFIX field
  std::uint32_t enterprise = 0;
  Slot slot = kSlots;  ///< where decode() puts an integer IE (IANA IEs only)
};

struct Template {
  std::vector<Field> fields;
  std::size_t min_length = 0;  ///< bytes of the shortest record (a variable field takes 1)
  bool options = false;        ///< options template: its data records are not flows
};

/// One data record's values, before they become a Record.
struct Values {
  std::array<std::uint64_t, kSlots> v{};
  std::array<bool, kSlots> has{};
  bool src4 = false, dst4 = false, src6 = false, dst6 = false;
  Addr s4, d4, s6, d6;

  void set(Slot s, std::uint64_t x) {
    v[s] = x;
    has[s] = true;
  }
};

/// The message a record came in.
struct Header {
  std::uint16_t version = 0;
  std::uint32_t domain = 0;     ///< IPFIX observation domain, v9 source id
  std::int64_t export_ms = 0;   ///< export time, ms since 1970
  std::uint32_t uptime_ms = 0;  ///< v9 sysUptime
};

Addr addr16(const std::uint8_t* p) {
  u128 v = 0;
  for (int i = 0; i < 16; ++i) v = v << 8 | p[i];
  return Addr{Family::V6, v};
}

Addr addr4(const std::uint8_t* p) {
  return Addr{Family::V4, be32(p)};
}

std::int64_t ms_to_s(std::int64_t ms) {
  return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
}

/// Reads one data record at p (at most `room` bytes) into *out: its length in *used. False
/// with *why when a variable-length field runs past `room` or a field cannot be read.
bool decode(const Template& t, const std::uint8_t* p, std::size_t room, Values* out,
            std::size_t* used, std::string* why) {
  std::size_t at = 0;
  for (const Field& f : t.fields) {
    std::size_t len = f.length;
    if (f.length == kVariable) {
      if (at + 1 > room) {
        *why = "a variable-length field runs past its set";
        return false;
      }
      len = p[at++];
      if (len == 255) {
        if (at + 2 > room) {
          *why = "a variable-length field runs past its set";
          return false;
        }
        len = be16(p + at);
        at += 2;
      }
    }
    if (len > room - at) {
      *why = "a variable-length field runs past its set";
      return false;
    }
    const std::uint8_t* v = p + at;
    at += len;
    if (f.enterprise == kReverseEnterprise && (f.id == 1 || f.id == 2) && len >= 1 && len <= 8) {
      out->set(f.id == 1 ? kRevOctets : kRevPackets, be_uint(v, len));
      continue;
    }
    if (f.enterprise != 0) continue;
    switch (f.id) {
      case 8:
      case 12:
      case 27:
      case 28: {
        const bool v4 = f.id == 8 || f.id == 12;
        if (len != (v4 ? 4u : 16u)) {
          *why = fmt::format("IE {} is {} bytes long, not {}", f.id, len, v4 ? 4 : 16);
          return false;
        }
        if (f.id == 8) out->src4 = true, out->s4 = addr4(v);
        if (f.id == 12) out->dst4 = true, out->d4 = addr4(v);
        if (f.id == 27) out->src6 = true, out->s6 = addr16(v);
        if (f.id == 28) out->dst6 = true, out->d6 = addr16(v);
        continue;
      }
      default:
        break;
    }
    const Slot s = f.slot;
    if (s == kSlots) continue;
    if (len < 1 || len > 8) {
      *why = fmt::format("IE {} is {} bytes long, not an integer of 1-8 bytes", f.id, len);
      return false;
    }
    out->set(s, be_uint(v, len));
  }
  *used = at;
  return true;
}

/// A message-relative time in ms since 1970 from v9's sysUptime-based switched times.
std::int64_t switched_ms(const Header& h, std::uint64_t t) {
  const auto ago = static_cast<std::int32_t>(h.uptime_ms - static_cast<std::uint32_t>(t));
  return h.export_ms - ago;
}

std::int64_t ntp_s(std::uint64_t t) {
  return static_cast<std::int64_t>(t >> 32) - kNtpToUnix;
}

/// The record's time (start or end) from the first IE that gives it; 0 when none does.
std::int64_t time_of(const Values& x, const Header& h, bool start) {
  const Slot ms = start ? kStartMs : kEndMs, sec = start ? kStartSec : kEndSec,
             ntp = start ? kStartNtp : kEndNtp, sw = start ? kFirstSwitched : kLastSwitched,
             delta = start ? kStartDeltaUs : kEndDeltaUs;
  if (x.has[ms]) return ms_to_s(static_cast<std::int64_t>(x.v[ms] & 0x7FFFFFFFFFFFFFFF));
  if (x.has[sec]) return static_cast<std::int64_t>(x.v[sec] & 0xFFFFFFFF);
  if (x.has[ntp]) return ntp_s(x.v[ntp]);
  if (x.has[sw] && h.version == 9) return ms_to_s(switched_ms(h, x.v[sw]));
  if (x.has[sw] && x.has[kSysInitMs] && x.v[kSysInitMs] < (std::uint64_t{1} << 62))
    return ms_to_s(static_cast<std::int64_t>(x.v[kSysInitMs] + (x.v[sw] & 0xFFFFFFFF)));
  if (x.has[delta] && h.version == 10)
    return ms_to_s(h.export_ms - static_cast<std::int64_t>((x.v[delta] & 0xFFFFFFFF) / 1000));
  return 0;
}

enum class Built : std::uint8_t { Flow, NotIp, Bad };

/// Turns a data record's values into *r; NotIp for a record without IP addresses.
Built build(const Values& x, const Header& h, Record* r, std::string* why) {
  if (x.src4 && x.dst4) {
    r->src = x.s4;
    r->dst = x.d4;
  } else if (x.src6 && x.dst6) {
    r->src = x.s6;
    r->dst = x.d6;
  } else if (!x.src4 && !x.dst4 && !x.src6 && !x.dst6) {
    return Built::NotIp;
  } else {
    *why = "no source and destination address of one family";
    return Built::Bad;
  }
  const bool v6 = r->src.family == Family::V6;
  if (!x.has[kProto] || x.v[kProto] > 255) {
    *why = x.has[kProto] ? "protocolIdentifier over 255" : "no protocolIdentifier (IE 4)";
    return Built::Bad;
  }
  r->protocol = static_cast<std::uint8_t>(x.v[kProto]);
  if (has_port_numbers(r->protocol) && x.has[kDstPort]) {
    if (x.v[kDstPort] > 65535 || x.v[kSrcPort] > 65535) {
      *why = "transport port over 65535";
      return Built::Bad;
    }
    r->has_ports = true;
    r->src_port = static_cast<std::uint16_t>(x.v[kSrcPort]);
    r->dst_port = static_cast<std::uint16_t>(x.v[kDstPort]);
  }
  const Slot tc = v6 ? kIcmp6 : kIcmp4, ty = v6 ? kIcmpType6 : kIcmpType4,
             co = v6 ? kIcmpCode6 : kIcmpCode4;
  if (r->protocol == (v6 ? 58 : 1)) {
    if (x.has[tc] && x.v[tc] <= 0xFFFF) {
      r->has_icmp = true;
      r->icmp_type = static_cast<std::uint8_t>(x.v[tc] >> 8);
      r->icmp_code = static_cast<std::uint8_t>(x.v[tc] & 0xFF);
    } else if (x.has[ty] && x.v[ty] <= 255 && x.v[co] <= 255) {
      r->has_icmp = true;
      r->icmp_type = static_cast<std::uint8_t>(x.v[ty]);
      r->icmp_code = static_cast<std::uint8_t>(x.v[co]);
    }
  }
  r->bytes = (x.has[kOctets] ? x.v[kOctets] : x.v[kOctetsTotal]) + x.v[kRevOctets];
  r->packets = (x.has[kPackets] ? x.v[kPackets] : x.v[kPacketsTotal]) + x.v[kRevPackets];
  r->start = time_of(x, h, true);
  r->end = time_of(x, h, false);
  if (r->start == 0) r->start = r->end;
  if (r->end == 0) r->end = r->start;
  r->observed = Observed::Unknown;
  const std::uint64_t fw = x.v[kFirewallEvent];
  if (x.has[kFirewallEvent] && (fw == 1 || fw == 2)) {
    r->observed = Observed::Accepted;
  } else if (x.has[kFirewallEvent] && fw == 3) {
    r->observed = Observed::Rejected;
  } else if (x.has[kForwarding]) {
    const std::uint64_t status = (x.v[kForwarding] & 0xFF) >> 6;
    if (status == 1) r->observed = Observed::Accepted;
    if (status == 2) r->observed = Observed::Rejected;
  }
  if (x.has[kFlowDirection] && x.v[kFlowDirection] <= 1)
    r->direction = x.v[kFlowDirection] == 0 ? Direction::Inbound : Direction::Outbound;
  return Built::Flow;
}

/// Reads one input's messages in order and gives each flow record to the context.
class BinaryReader {
 public:
  BinaryReader(ByteStream& in, ReadContext& ctx) : in_(in), ctx_(ctx) {}

  void run() {
    std::uint64_t next_progress = 4 << 20;
    while (!ctx_.stopped()) {
      if (!in_.need(2)) {
        if (in_.avail() > 0) {
          ++msg_no_;
          bad(in_.offset(), "1 byte after the last message");
        }
        return;
      }
      ++msg_no_;
      const std::uint64_t at = in_.offset();
      const std::uint16_t version = be16(in_.data());
      bool go = false;
      if (version == 10) {
        go = ipfix_message();
      } else if (version == 9) {
        go = v9_message();
      } else if (version == 5) {
        go = v5_message();
      } else {
        bad(at,
            fmt::format("version {}: not a NetFlow v5, v9 or IPFIX message header; the rest of the "
                        "input is not read",
                        version));
      }
      if (!go) return;
      if (in_.offset() >= next_progress) {
        ctx_.progress(in_.raw_bytes());
        next_progress = in_.offset() + (4 << 20);
      }
    }
  }

 private:
  /// Reports a problem at input offset `at` of the current message; false when reading
  /// must stop (strict).
  bool bad(std::uint64_t at, const std::string& why) {
    return ctx_.bad(msg_no_, fmt::format("byte {}: {}", at, why));
  }

  /// Reports a message cut by the end of the input; always ends the read.
  bool truncated(std::uint64_t at, std::size_t want) {
    if (!in_.error().empty()) return false;  // the read error is the driver's to report
    bad(at, fmt::format("message cut short: {} bytes needed, {} left", want, in_.avail()));
    return false;
  }

  static std::uint64_t key(std::uint16_t version, std::uint32_t domain, std::uint16_t id) {
    return static_cast<std::uint64_t>(version) << 48 | static_cast<std::uint64_t>(domain) << 16 |
           id;
  }

  // --- NetFlow v5 ---------------------------------------------------------------------------

  bool v5_message() {
    const std::uint64_t at = in_.offset();
    if (!in_.need(kV5Header)) return truncated(at, kV5Header);
    const std::uint8_t* p = in_.data();
    const std::uint16_t count = be16(p + 2);
    if (count == 0 || count > 30) {
      bad(at, fmt::format("NetFlow v5 header with {} records (1-30); the rest of the input is "
                          "not read",
                          count));
      return false;
    }
    const std::size_t size = kV5Header + kV5Record * count;
    if (!in_.need(size)) return truncated(at, size);
    p = in_.data();
    Header h;
    h.version = 5;
    h.uptime_ms = be32(p + 4);
    h.export_ms = static_cast<std::int64_t>(be32(p + 8)) * 1000 + be32(p + 12) / 1000000;
    reporter_ = fmt::format("{}/{}", p[20], p[21]);
    for (std::size_t i = 0; i < count && !ctx_.stopped(); ++i) {
      const std::uint8_t* q = p + kV5Header + kV5Record * i;
      Record r;
      r.src = addr4(q);
      r.dst = addr4(q + 4);
      r.packets = be32(q + 16);
      r.bytes = be32(q + 20);
      r.start = ms_to_s(switched_ms(h, be32(q + 24)));
      r.end = ms_to_s(switched_ms(h, be32(q + 28)));
      r.protocol = q[38];
      const std::uint16_t sport = be16(q + 32), dport = be16(q + 34);
      if (has_port_numbers(r.protocol)) {
        r.has_ports = true;
        r.src_port = sport;
        r.dst_port = dport;
      } else if (r.protocol == 1) {
        // v5 has no ICMP fields: exporters write type × 256 + code as the destination port.
        r.has_icmp = true;
        r.icmp_type = static_cast<std::uint8_t>(dport >> 8);
        r.icmp_code = static_cast<std::uint8_t>(dport & 0xFF);
      }
      r.reporter = reporter_;
      r.line = ++rec_no_;
      ctx_.emit(r);
    }
    in_.consume(size);
    return !ctx_.stopped();
  }

  // --- NetFlow v9 ---------------------------------------------------------------------------

  bool v9_message() {
    const std::uint64_t at = in_.offset();
    if (!in_.need(kV9Header)) return truncated(at, kV9Header);
    const std::uint8_t* p = in_.data();
    Header h;
    h.version = 9;
    h.uptime_ms = be32(p + 4);
    h.export_ms = static_cast<std::int64_t>(be32(p + 8)) * 1000;
    h.domain = be32(p + 16);
    reporter_ = fmt::format("{}", h.domain);
    in_.consume(kV9Header);
    while (!ctx_.stopped()) {
      if (!in_.need(2)) return in_.error().empty();  // the input ends with this message
      const std::uint16_t id = be16(in_.data());
      if (id >= 2 && id < 256) return true;  // the next message's version
      const std::uint64_t set_at = in_.offset();
      if (!in_.need(4)) return truncated(set_at, 4);
      const std::uint16_t len = be16(in_.data() + 2);
      if (len < 4) {
        bad(set_at, fmt::format("flowset {} of length {} (under 4); the rest of the input is not "
                                "read",
                                id, len));
        return false;
      }
      if (!in_.need(len)) return truncated(set_at, len);
      const std::uint8_t* body = in_.data() + 4;
      const std::size_t size = len - 4u;
      if (id == 0)
        templates(h, body, size, set_at + 4, false);
      else if (id == 1)
        v9_options_templates(h, body, size, set_at + 4);
      else
        data_set(h, id, body, size, set_at + 4);
      in_.consume(len);
    }
    return false;
  }

  /// A v9 options template flowset: id, scope length, option length, then the fields.
  void v9_options_templates(const Header& h, const std::uint8_t* p, std::size_t n,
                            std::uint64_t at) {
    std::size_t pos = 0;
    while (n - pos >= 6) {
      const std::uint16_t id = be16(p + pos);
      const std::size_t scope = be16(p + pos + 2), opts = be16(p + pos + 4);
      if (id < 256) {
        if (id == 0 && scope == 0 && opts == 0) return;  // padding
        bad(at + pos, fmt::format("options template id {} (under 256)", id));
        return;
      }
      if (scope % 4 != 0 || opts % 4 != 0 || scope + opts == 0 || scope + opts > n - pos - 6) {
        bad(at + pos, fmt::format("options template {}: scope length {} and option length {} "
                                  "do not fit its flowset",
                                  id, scope, opts));
        return;
      }
      Template t;
      t.options = true;
      for (std::size_t i = 0; i < (scope + opts) / 4; ++i) {
        const std::uint8_t* f = p + pos + 6 + 4 * i;
        t.fields.push_back(Field{be16(f), be16(f + 2), 0});
      }
      store(h, id, std::move(t), at + pos);
      pos += 6 + scope + opts;
    }
  }

  // --- IPFIX --------------------------------------------------------------------------------

  bool ipfix_message() {
    const std::uint64_t at = in_.offset();
    if (!in_.need(kIpfixHeader)) return truncated(at, kIpfixHeader);
    const std::uint8_t* p = in_.data();
    const std::uint16_t len = be16(p + 2);
    if (len < kIpfixHeader) {
      bad(at, fmt::format("IPFIX message length {} (under 16); the rest of the input is not "
                          "read",
                          len));
      return false;
    }
    if (!in_.need(len)) return truncated(at, len);
    p = in_.data();
    Header h;
    h.version = 10;
    h.export_ms = static_cast<std::int64_t>(be32(p + 4)) * 1000;
    h.domain = be32(p + 12);
    reporter_ = fmt::format("{}", h.domain);
    std::size_t pos = kIpfixHeader;
    while (pos < len && !ctx_.stopped()) {
      if (len - pos < 4) {
        bad(at + pos, fmt::format("{} bytes after the last set", len - pos));
        break;
      }
      const std::uint16_t id = be16(p + pos), set_len = be16(p + pos + 2);
      if (set_len < 4 || set_len > len - pos) {
        bad(at + pos, fmt::format("set {} of length {} does not fit its message of {} bytes", id,
                                  set_len, len));
        break;
      }
      const std::uint8_t* body = p + pos + 4;
      const std::size_t size = set_len - 4u;
      if (id == 2 || id == 3)
        templates(h, body, size, at + pos + 4, id == 3);
      else if (id >= 256)
        data_set(h, id, body, size, at + pos + 4);
      else if (!bad(at + pos, fmt::format("set id {} (reserved)", id)))
        break;
      pos += set_len;
    }
    in_.consume(len);
    return !ctx_.stopped();
  }

  /// An IPFIX template or options template set, or a v9 template flowset (`options` false).
  void templates(const Header& h, const std::uint8_t* p, std::size_t n, std::uint64_t at,
                 bool options) {
    const bool ipfix = h.version == 10;
    std::size_t pos = 0;
    while (n - pos >= 4) {
      const std::uint16_t id = be16(p + pos), count = be16(p + pos + 2);
      const std::uint64_t rec_at = at + pos;
      pos += 4;
      if (id == 0 && count == 0) return;  // padding
      if (ipfix && count == 0) {
        withdraw(h, id, options, rec_at);
        continue;
      }
      if (id < 256) {
        bad(rec_at, fmt::format("template id {} (under 256)", id));
        return;
      }
      if (count == 0) {
        bad(rec_at, fmt::format("template {} has no fields", id));
        return;
      }
      Template t;
      t.options = options;
      if (options) {
        if (n - pos < 2) {
          bad(rec_at, fmt::format("options template {} cut by its set's end", id));
          return;
        }
        const std::uint16_t scope = be16(p + pos);
        pos += 2;
        if (scope == 0 || scope > count) {
          bad(rec_at, fmt::format("options template {}: {} scope fields of {}", id, scope, count));
          return;
        }
      }
      for (std::size_t i = 0; i < count; ++i) {
        if (n - pos < 4) {
          bad(rec_at, fmt::format("template {} cut by its set's end", id));
          return;
        }
        Field f{be16(p + pos), be16(p + pos + 2), 0};
        pos += 4;
        if (ipfix && (f.id & 0x8000) != 0) {
          if (n - pos < 4) {
            bad(rec_at, fmt::format("template {} cut by its set's end", id));
            return;
          }
          f.id &= 0x7FFF;
          f.enterprise = be32(p + pos);
          pos += 4;
        }
        if (!ipfix && f.length == kVariable) {
          bad(rec_at, fmt::format("template {}: NetFlow v9 has no variable-length fields", id));
          return;
        }
        t.fields.push_back(f);
      }
      store(h, id, std::move(t), rec_at);
    }
  }

  void store(const Header& h, std::uint16_t id, Template t, std::uint64_t at) {
    // A field of length 0 would let a record cost more work than its bytes: refused.
    for (const Field& f : t.fields) {
      if (f.length == 0) {
        bad(at, fmt::format("template {}: IE {} of length 0", id, f.id));
        return;
      }
      t.min_length += f.length == kVariable ? 1 : f.length;
    }
    for (Field& f : t.fields)
      if (f.enterprise == 0) f.slot = slot_of(f.id);
    templates_[key(h.version, h.domain, id)] = std::move(t);
  }

  /// IPFIX template withdrawal: one template, or (id 2 / 3) every template / options template
  /// of the observation domain.
  void withdraw(const Header& h, std::uint16_t id, bool options, std::uint64_t at) {
    if (id == (options ? 3 : 2)) {
      std::erase_if(templates_, [&](const auto& kv) {
        return kv.first >> 16 == key(h.version, h.domain, 0) >> 16 && kv.second.options == options;
      });
    } else if (id >= 256) {
      templates_.erase(key(h.version, h.domain, id));
    } else {
      bad(at, fmt::format("withdrawal of template id {}", id));
    }
  }

  /// A data set: each record decoded by its template; what is left after the last record
  /// that fits is padding.
  void data_set(const Header& h, std::uint16_t id, const std::uint8_t* p, std::size_t n,
                std::uint64_t at) {
    auto it = templates_.find(key(h.version, h.domain, id));
    if (it == templates_.end()) {
      ctx_.skip();
      bad(at - 4,
          fmt::format("data set of template {} ({} bytes) in {} {} before its "
                      "template: skipped",
                      id, n, h.version == 10 ? "observation domain" : "source id", h.domain));
      return;
    }
    const Template& t = it->second;
    std::size_t pos = 0;
    std::string why;
    while (t.min_length > 0 && n - pos >= t.min_length && !ctx_.stopped()) {
      Values x;
      std::size_t used = 0;
      const std::uint64_t no = ++rec_no_;
      if (!decode(t, p + pos, n - pos, &x, &used, &why)) {
        bad(at + pos, fmt::format("record {}: {}", no, why));
        return;
      }
      if (t.options) {
        ctx_.skip();
      } else {
        Record r;
        switch (build(x, h, &r, &why)) {
          case Built::Flow:
            r.reporter = reporter_;
            r.line = no;
            ctx_.emit(r);
            break;
          case Built::NotIp:
            ctx_.skip();
            break;
          case Built::Bad:
            bad(at + pos, fmt::format("record {}: {}", no, why));
            break;
        }
      }
      pos += used;
    }
  }

  ByteStream& in_;
  ReadContext& ctx_;
  std::unordered_map<std::uint64_t, Template> templates_;
  std::uint64_t msg_no_ = 0;  // 1-based index of the current message
  std::uint64_t rec_no_ = 0;  // data records delimited so far
  std::string reporter_;
};

}  // namespace

/// NetFlow v5 / v9 or IPFIX from the first message header, with its first set checked.
std::optional<Format> sniff_binary(std::string_view head) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(head.data());
  const std::size_t n = head.size();
  if (n < 4) return std::nullopt;
  const std::uint16_t version = be16(p);
  if (version == 10) {
    const std::uint16_t len = be16(p + 2);
    if (len < kIpfixHeader || len > n) return std::nullopt;
    if (len == kIpfixHeader) return Format::Ipfix;
    if (len < kIpfixHeader + 4) return std::nullopt;
    const std::uint16_t id = be16(p + 16), set_len = be16(p + 18);
    if ((id == 2 || id == 3 || id >= 256) && set_len >= 4 && set_len <= len - kIpfixHeader)
      return Format::Ipfix;
    return std::nullopt;
  }
  if (version == 9) {
    if (n < kV9Header + 4) return std::nullopt;
    const std::uint16_t id = be16(p + 20), set_len = be16(p + 22);
    if ((id <= 1 || id >= 256) && set_len >= 4 && set_len <= n - kV9Header) return Format::Netflow;
    return std::nullopt;
  }
  if (version == 5) {
    const std::uint16_t count = be16(p + 2);
    if (count >= 1 && count <= 30 && kV5Header + kV5Record * count <= n) return Format::Netflow;
  }
  return std::nullopt;
}

/// Reads NetFlow/IPFIX messages: from the file at `path` itself (streamed), or, for stdin
/// ("-") and text in memory (empty path), from `in` read whole. Returns the input bytes read
/// beyond those `in` counts, for ReadStats::bytes.
std::uint64_t read_ipfix(LineSource& in, const std::string& path, ReadContext& ctx) {
  if (path.empty() || path == "-") {
    std::string all;
    if (!in.read_rest(&all, kMaxMemory)) {
      if (in.error().empty())
        ctx.fail("NetFlow/IPFIX input on stdin is over 1 GiB: give it as a file");
      return 0;
    }
    ByteStream bytes(all);
    BinaryReader(bytes, ctx).run();
    return 0;
  }
  std::string why;
  std::unique_ptr<ByteStream> bytes = ByteStream::open(path, &why);
  if (!bytes) {
    ctx.fail(why);
    return 0;
  }
  BinaryReader(*bytes, ctx).run();
  if (!bytes->error().empty()) ctx.fail("cannot read: " + bytes->error());
  const std::uint64_t read = bytes->raw_bytes();
  return read > in.bytes_read() ? read - in.bytes_read() : 0;
}

}  // namespace bulkhead::flows
