// The readers' field helpers. The hot ones (split_fields, parse_u64, the IPv4 path of
// parse_address) are written for the 2-million-flows-per-second target: a pass over the
// bytes, no allocation, no locale.
#include "flows/text_fields.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "base/text.h"

namespace bulkhead::flows {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

char lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

/// Two digits at s[i], s[i+1].
bool two_digits(std::string_view s, std::size_t i, unsigned* out) {
  if (i + 1 >= s.size() || !is_digit(s[i]) || !is_digit(s[i + 1])) return false;
  *out = static_cast<unsigned>((s[i] - '0') * 10 + (s[i + 1] - '0'));
  return true;
}

}  // namespace

std::size_t split_fields(std::string_view s, char sep, std::string_view* out, std::size_t max) {
  std::size_t n = 0;
  const char* const begin = s.data();
  const char* const end = begin + s.size();
  const char* field = begin;
  // Each separator at `hit` ends the field that started at `field`; false once more than
  // `max` fields are found.
  auto cut = [&](const char* hit) {
    if (n == max) return false;
    out[n++] = std::string_view(field, static_cast<std::size_t>(hit - field));
    field = hit + 1;
    return true;
  };
  const char* p = begin;
#if defined(__SSE2__)
  // Sixteen bytes at a time: a mask of the separators among them, taken lowest bit first.
  const __m128i needle = _mm_set1_epi8(sep);
  for (; end - p >= 16; p += 16) {
    const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, needle)));
    while (mask != 0) {
      if (!cut(p + __builtin_ctz(mask))) return max + 1;
      mask &= mask - 1;
    }
  }
#endif
  for (; p < end; ++p)
    if (*p == sep && !cut(p)) return max + 1;
  if (n == max) return max + 1;
  out[n++] = std::string_view(field, static_cast<std::size_t>(end - field));
  return n;
}

std::size_t split_blanks(std::string_view s, std::string_view* out, std::size_t max) {
  std::size_t n = 0, i = 0;
  while (true) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    if (i == s.size()) return n;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\t') ++j;
    if (n == max) return max + 1;
    out[n++] = s.substr(i, j - i);
    i = j;
  }
}

void find_columns(const std::string_view* names, std::size_t n,
                  std::initializer_list<FieldColumn> columns) {
  for (const FieldColumn& c : columns) {
    *c.index = -1;
    for (std::size_t k = 0; k < n; ++k)
      if (names[k] == c.name) *c.index = static_cast<int>(k);
  }
}

std::string_view trim_blanks(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

bool parse_u64(std::string_view s, std::uint64_t* out) {
  if (s.empty() || s.size() > 20) return false;
  std::uint64_t v = 0;
  if (s.size() < 20) {
    // 19 digits or fewer cannot overflow: no check per digit.
    for (char c : s) {
      const auto d = static_cast<unsigned char>(c - '0');
      if (d > 9) return false;
      v = v * 10 + d;
    }
    *out = v;
    return true;
  }
  for (char c : s) {
    if (!is_digit(c)) return false;
    const auto d = static_cast<std::uint64_t>(c - '0');
    if (v > (UINT64_MAX - d) / 10) return false;
    v = v * 10 + d;
  }
  *out = v;
  return true;
}

bool parse_bounded(std::string_view s, std::uint64_t max, std::uint64_t* out) {
  std::uint64_t v = 0;
  if (!parse_u64(s, &v) || v > max) return false;
  *out = v;
  return true;
}

bool parse_i64(std::string_view s, std::int64_t* out) {
  const bool neg = !s.empty() && s.front() == '-';
  if (neg) s.remove_prefix(1);
  std::uint64_t v = 0;
  if (!parse_u64(s, &v) || v > static_cast<std::uint64_t>(INT64_MAX)) return false;
  *out = neg ? -static_cast<std::int64_t>(v) : static_cast<std::int64_t>(v);
  return true;
}

bool parse_seconds(std::string_view s, std::int64_t* out) {
  const std::size_t dot = s.find('.');
  if (dot != std::string_view::npos) {
    std::string_view frac = s.substr(dot + 1);
    for (char c : frac)
      if (!is_digit(c)) return false;
    s = s.substr(0, dot);
  }
  std::uint64_t v = 0;
  if (!parse_u64(s, &v) || v > static_cast<std::uint64_t>(INT64_MAX)) return false;
  *out = static_cast<std::int64_t>(v);
  return true;
}

std::optional<Addr> parse_address(std::string_view s) {
  // Dotted quad in one pass: four decimal parts 0-255 without leading zeros (as inet_pton).
  // Anything else is IPv6 when it holds a colon, and invalid when not.
  if (s.size() >= 7 && s.size() <= 15) {
    std::uint32_t v = 0;
    unsigned octet = 0, digits = 0, dots = 0;
    bool ok = true;
    for (char c : s) {
      if (c == '.') {
        ok = digits != 0 && dots < 3 && octet <= 255;
        if (!ok) break;
        v = (v << 8) | octet;
        ++dots;
        octet = digits = 0;
        continue;
      }
      const auto d = static_cast<unsigned char>(c - '0');
      ok = d <= 9 && !(digits == 1 && octet == 0) && digits < 3;
      if (!ok) break;
      octet = octet * 10 + d;
      ++digits;
    }
    if (ok && dots == 3 && digits != 0 && octet <= 255)
      return Addr{Family::V4, u128{(v << 8) | octet}};
  }
  if (s.find(':') == std::string_view::npos) return std::nullopt;
  return parse_addr(s);
}

bool parse_protocol(std::string_view s, bool v6, std::uint8_t* out) {
  std::uint64_t n = 0;
  if (parse_bounded(s, 255, &n)) {
    *out = static_cast<std::uint8_t>(n);
    return true;
  }
  if (iequals(s, "tcp")) {
    *out = 6;
  } else if (iequals(s, "udp")) {
    *out = 17;
  } else if (iequals(s, "icmp")) {
    *out = v6 ? 58 : 1;
  } else if (iequals(s, "icmpv6") || iequals(s, "ipv6-icmp") || iequals(s, "icmp6")) {
    *out = 58;
  } else if (iequals(s, "sctp")) {
    *out = 132;
  } else if (iequals(s, "udplite")) {
    *out = 136;
  } else if (iequals(s, "gre")) {
    *out = 47;
  } else if (iequals(s, "esp")) {
    *out = 50;
  } else if (iequals(s, "ah")) {
    *out = 51;
  } else if (iequals(s, "igmp")) {
    *out = 2;
  } else {
    return false;
  }
  return true;
}

Observed parse_observed(std::string_view s) {
  for (std::string_view w : {"accept", "accepted", "allow", "allowed", "a", "permit", "pass"})
    if (iequals(s, w)) return Observed::Accepted;
  for (std::string_view w :
       {"reject", "rejected", "drop", "dropped", "deny", "denied", "block", "blocked", "d", "r"})
    if (iequals(s, w)) return Observed::Rejected;
  return Observed::Unknown;
}

std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  // H. Hinnant's algorithm: eras of 400 years, March-based years.
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

namespace {

/// "YYYY-MM-DD" at the start of s.
bool parse_date(std::string_view s, std::int64_t* days) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return false;
  std::uint64_t y = 0;
  unsigned m = 0, d = 0;
  if (!parse_u64(s.substr(0, 4), &y) || !two_digits(s, 5, &m) || !two_digits(s, 8, &d))
    return false;
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  *days = days_from_civil(static_cast<std::int64_t>(y), m, d);
  return true;
}

/// "HH:MM:SS" at the start of s.
bool parse_clock(std::string_view s, std::int64_t* secs) {
  unsigned h = 0, mi = 0, se = 0;
  if (s.size() < 8 || s[2] != ':' || s[5] != ':' || !two_digits(s, 0, &h) ||
      !two_digits(s, 3, &mi) || !two_digits(s, 6, &se))
    return false;
  if (h > 23 || mi > 59 || se > 60) return false;
  *secs = static_cast<std::int64_t>(h * 3600 + mi * 60 + se);
  return true;
}

}  // namespace

bool parse_date_time(std::string_view date, std::string_view time, std::int64_t* out) {
  std::int64_t days = 0, secs = 0;
  if (date.size() != 10 || time.size() != 8 || !parse_date(date, &days) ||
      !parse_clock(time, &secs))
    return false;
  *out = days * 86400 + secs;
  return true;
}

bool parse_rfc3339(std::string_view s, std::int64_t* out) {
  std::int64_t days = 0, secs = 0;
  if (s.size() < 19 || !parse_date(s, &days) || (s[10] != 'T' && s[10] != 't' && s[10] != ' ') ||
      !parse_clock(s.substr(11), &secs))
    return false;
  std::size_t i = 19;
  if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
    ++i;
    const std::size_t start = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    if (i == start) return false;
  }
  std::int64_t offset = 0;
  if (i < s.size()) {
    if (s[i] == 'Z' || s[i] == 'z') {
      ++i;
    } else if (s[i] == '+' || s[i] == '-') {
      unsigned oh = 0, om = 0;
      const bool colon = i + 3 < s.size() && s[i + 3] == ':';
      if (!two_digits(s, i + 1, &oh) || !two_digits(s, i + (colon ? 4 : 3), &om) || oh > 23 ||
          om > 59)
        return false;
      offset = (s[i] == '+' ? 1 : -1) * static_cast<std::int64_t>(oh * 3600 + om * 60);
      i += colon ? 6 : 5;
    }
  }
  if (i != s.size()) return false;
  *out = days * 86400 + secs - offset;
  return true;
}

std::string shown(std::string_view field) {
  constexpr std::size_t kMax = 64;
  if (field.size() > kMax) return escape_controls(field.substr(0, kMax)) + "...";
  return escape_controls(field);
}

}  // namespace bulkhead::flows
