// The policy's scalar values, parsed with errors that say what was expected and what was
// found: CIDRs (with the network a host-bits mistake probably meant), host addresses,
// label names, log rates and the port entries of custom services.
#include "policy/loader_values.h"

#include <charconv>

#include <fmt/format.h>

#include "policy/catalog.h"

namespace bulkhead::policy::load_detail {

std::optional<Prefix> get_cidr(const Reader& r, const Value& v, std::string_view what) {
  std::optional<std::string> text = get_text(r, v, what, "a CIDR");
  if (!text) return std::nullopt;
  PrefixError err = PrefixError::None;
  std::optional<Prefix> p = parse_prefix(*text, &err);
  if (p) return p;
  std::string_view t = *text;
  std::size_t slash = t.find('/');
  std::string_view addr_text = t.substr(0, slash);
  std::string_view len_text = slash == std::string_view::npos ? "" : t.substr(slash + 1);
  switch (err) {
    case PrefixError::BadAddress:
      r.error(v.loc,
              fmt::format("invalid CIDR '{}': '{}' is not an IPv4 or IPv6 address", t, addr_text));
      break;
    case PrefixError::BadLength: {
      std::optional<Addr> a = parse_addr(addr_text);
      int bits = a ? family_bits(a->family) : 32;
      if (len_text.empty()) {
        r.error(v.loc, fmt::format("invalid CIDR '{}': missing prefix length after '/' "
                                   "(expected 0-{})",
                                   t, bits));
      } else {
        r.error(v.loc, fmt::format("invalid CIDR '{}': prefix length '{}' outside 0-{}", t,
                                   len_text, bits));
      }
      break;
    }
    case PrefixError::HostBits:
    case PrefixError::None: {
      std::optional<Addr> a = parse_addr(addr_text);
      int length = 0;
      std::from_chars(len_text.data(), len_text.data() + len_text.size(), length);
      std::string meant = "?";
      if (a) {
        Prefix fixed{Addr{a->family, a->value & ~host_mask(a->family, length)}, length};
        meant = fixed.str();
      }
      r.error(v.loc, fmt::format("invalid CIDR '{}': host bits set (did you mean {}?)", t, meant));
      break;
    }
  }
  return std::nullopt;
}

std::optional<Addr> get_address(const Reader& r, const Value& v, std::string_view what) {
  std::optional<std::string> text = get_text(r, v, what, "an address");
  if (!text) return std::nullopt;
  if (std::optional<Addr> a = parse_addr(*text)) return a;
  if (text->find('/') != std::string::npos) {
    r.error(v.loc, fmt::format("expected an address for {}, found the CIDR '{}' (a host has "
                               "single addresses; use a zone or a cidr selector for ranges)",
                               what, *text));
  } else {
    r.error(v.loc, fmt::format("invalid address '{}' for {} (expected an IPv4 or IPv6 address)",
                               *text, what));
  }
  return std::nullopt;
}

bool check_label_key(const Reader& r, const SourceLoc& at, const std::string& key) {
  if (key == "host" || key == "zone" || key == "cidr") {
    r.error(at, fmt::format("label name '{}' is reserved (host, zone and cidr are selector "
                            "keys, never labels)",
                            key));
    return false;
  }
  auto word_char = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  };
  bool ok = !key.empty() && key.size() <= 63 && word_char(key.front());
  for (char c : key) ok = ok && (word_char(c) || c == '.' || c == '_' || c == '-' || c == '/');
  if (!ok) {
    r.error(at, fmt::format("invalid label name '{}' (expected up to 63 letters, digits, '.', "
                            "'_', '-' or '/', starting with a letter or digit)",
                            key.size() > 60 ? key.substr(0, 60) + "..." : key));
  }
  return ok;
}

std::optional<LogRate> get_log_rate(const Reader& r, const Value& v) {
  std::optional<std::string> text =
      get_text(r, v, "log_rate", "N/second, N/minute, N/hour or N/day");
  if (!text) return std::nullopt;
  std::string_view t = *text;
  std::size_t slash = t.find('/');
  std::uint32_t count = 0;
  bool ok = slash != std::string_view::npos && slash > 0;
  if (ok) {
    auto [ptr, ec] = std::from_chars(t.data(), t.data() + slash, count);
    ok = ec == std::errc() && ptr == t.data() + slash && count >= 1;
  }
  std::string_view unit = ok ? t.substr(slash + 1) : "";
  ok = ok && (unit == "second" || unit == "minute" || unit == "hour" || unit == "day");
  if (!ok) {
    r.error(v.loc, fmt::format("expected N/second, N/minute, N/hour or N/day with N >= 1 for "
                               "log_rate, found {}",
                               describe(v.node)));
    return std::nullopt;
  }
  return LogRate{count, std::string(unit), v.loc};
}

std::optional<PortRange> get_port_range(const Reader& r, const Value& v, std::string_view what) {
  std::optional<std::string> text = get_text(r, v, what, "a port such as tcp/443");
  if (!text) return std::nullopt;
  if (*text == "icmp") return PortRange{Proto::Icmp, 0, kAllIcmp};
  if (*text == "any") {
    r.error(v.loc, fmt::format("'any' is not a port of a service (expected tcp/N, udp/N, a range "
                               "such as tcp/LO-HI, icmp, icmp/TYPE or icmpv6/TYPE)"));
    return std::nullopt;
  }
  std::string why;
  std::optional<ServiceSet> keys = parse_inline_service(*text, &why);
  if (!keys) {
    if (text->find('/') == std::string::npos) {
      why = fmt::format("expected a port such as tcp/443, udp/137-138 or icmp for {}, found '{}'",
                        what, *text);
    }
    r.error(v.loc, why);
    return std::nullopt;
  }
  const auto& iv = keys->intervals().front();
  return PortRange{key_proto(iv.lo), static_cast<std::uint16_t>(key_port(iv.lo)),
                   static_cast<std::uint16_t>(key_port(iv.hi))};
}

bool valid_technique(std::string_view id) {
  auto digits = [](std::string_view s) {
    for (char c : s)
      if (c < '0' || c > '9') return false;
    return true;
  };
  if (id.size() == 5) return id[0] == 'T' && digits(id.substr(1));
  if (id.size() == 9)
    return id[0] == 'T' && digits(id.substr(1, 4)) && id[5] == '.' && digits(id.substr(6));
  return false;
}

}  // namespace bulkhead::policy::load_detail
