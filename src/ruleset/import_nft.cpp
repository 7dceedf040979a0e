// `nft -j list ruleset` JSON → Ruleset. The document is parsed with nlohmann::json; since
// JSON values carry no positions, a small scanner first records where each element of
// the top-level "nftables" array starts (line and column, strings and escapes skipped),
// and every table, chain, set and rule is located at its own object's first line. Objects
// are taken in file order; libnftables' input form ({"add": {...}}, {"delete": {"table":
// ...}}) is read too, so bulkhead's own rendered JSON imports.
//
// Each base chain of type filter in family ip, ip6 or inet is one point (its hook and
// priority kept); chains are flattened by chains.h. Statements modelled: matches on
// ip/ip6 saddr/daddr, meta l4proto, ip protocol, ip6 nexthdr, meta nfproto, tcp/udp/th
// dport/sport, icmp/icmpv6 type, ct state (a rule whose states exclude new applies to no
// new connection), ct direction (new connections travel in the original direction), iif/oif/
// iifname/oifname "lo" (loopback: no packet from or to the network); right-hand sides as values,
// prefixes, ranges, anonymous sets and named sets with their elements; relational port operators;
// verdicts accept, drop, reject, jump, goto, return, continue; vmaps over any modelled key (one
// rule per element, a catch-all "*" element taking the rest). Counters, log and comments decide
// nothing; they mark the rule as having side effects (Rule::side_effects). Anything else (other
// interfaces, limits on rules with a verdict, marks, concatenations, sets whose contents change at
// run time) keeps the rule inexact, with a Note at its line. `fib daddr type` is known for packets
// addressed to the host (their type is local) and not for routed ones: a table that uses it is read
// a second time with it decided, and its prerouting and input chains keep that reading as
// Point::to_host_rules, which inbound_points uses. Cost: linear in the document, then
// flattening (twice for a table with a fib match).
#include <charconv>
#include <functional>
#include <map>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "ruleset/chains.h"
#include "ruleset/import.h"
#include "ruleset/match.h"

namespace bulkhead::ruleset {
namespace {

using json = nlohmann::json;

/// Line and column (1-based) of each element of the "nftables" array of the top-level
/// object, in order. Strings (and their escapes) are skipped; the key of each member of
/// the top-level object is remembered so that only the "nftables" array counts.
std::vector<std::pair<int, int>> element_positions(std::string_view text) {
  std::vector<std::pair<int, int>> out;
  int depth = 0, line = 1, col = 0;
  bool in_string = false, escape = false, in_nft = false;
  std::string current, last_key;
  for (char c : text) {
    ++col;
    if (c == '\n') {
      ++line;
      col = 0;
      continue;
    }
    if (in_string) {
      if (escape) {
        escape = false;
      } else if (c == '\\') {
        escape = true;
      } else if (c == '"') {
        in_string = false;
        if (depth == 1) last_key = current;
      } else if (depth == 1 && current.size() < 16) {
        current += c;
      }
      continue;
    }
    if (c == '"') {
      in_string = true;
      current.clear();
    } else if (c == '{' || c == '[') {
      if (depth == 1) in_nft = c == '[' && last_key == "nftables";
      if (depth == 2 && in_nft) out.emplace_back(line, col);
      ++depth;
    } else if (c == '}' || c == ']') {
      --depth;
      if (depth == 1) in_nft = false;
    }
  }
  return out;
}

/// Line and column of a byte offset.
std::pair<int, int> position_of(std::string_view text, std::size_t offset) {
  int line = 1, col = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
  }
  return {line, col};
}

enum class Key : std::uint8_t {
  Saddr4,
  Daddr4,
  Saddr6,
  Daddr6,
  L4proto,
  Nfproto,
  Dport,
  Sport,
  IcmpType,
  Icmpv6Type,
  CtState,
  CtDirection,
  Iface,
  FibDaddrType,
  Unknown
};

struct KeyInfo {
  Key key = Key::Unknown;
  std::vector<Proto> protos;  ///< Dport/Sport: the protocols whose ports it reads
  bool out_iface = false;
  std::optional<Family> family;  ///< `ip protocol` implies IPv4, `ip6 nexthdr` IPv6
  std::string text;              ///< "ip saddr", "tcp dport", ...
};

KeyInfo classify(const json& e) {
  KeyInfo k;
  if (e.is_object() && e.contains("payload") && e["payload"].is_object()) {
    const json& p = e["payload"];
    std::string proto = p.value("protocol", "");
    std::string field = p.value("field", "");
    k.text = proto + " " + field;
    if (proto == "ip" && field == "saddr") k.key = Key::Saddr4;
    if (proto == "ip" && field == "daddr") k.key = Key::Daddr4;
    if (proto == "ip6" && field == "saddr") k.key = Key::Saddr6;
    if (proto == "ip6" && field == "daddr") k.key = Key::Daddr6;
    if ((proto == "ip" && field == "protocol") || (proto == "ip6" && field == "nexthdr")) {
      k.key = Key::L4proto;
      k.family = proto == "ip" ? Family::V4 : Family::V6;
    }
    if (proto == "icmp" && field == "type") k.key = Key::IcmpType;
    if (proto == "icmpv6" && field == "type") k.key = Key::Icmpv6Type;
    if (field == "dport" || field == "sport") {
      if (proto == "tcp") k.protos = {Proto::Tcp};
      if (proto == "udp") k.protos = {Proto::Udp};
      if (proto == "th") k.protos = {Proto::Tcp, Proto::Udp};
      if (!k.protos.empty()) k.key = field == "dport" ? Key::Dport : Key::Sport;
    }
    return k;
  }
  if (e.is_object() && e.contains("meta") && e["meta"].is_object()) {
    std::string key = e["meta"].value("key", "");
    k.text = "meta " + key;
    if (key == "l4proto") k.key = Key::L4proto;
    if (key == "nfproto") k.key = Key::Nfproto;
    if (key == "iifname" || key == "iif" || key == "oifname" || key == "oif") {
      k.key = Key::Iface;
      k.out_iface = key[0] == 'o';
    }
    return k;
  }
  if (e.is_object() && e.contains("fib") && e["fib"].is_object()) {
    const json& f = e["fib"];
    const json& flags = f.contains("flags") ? f["flags"] : json();
    bool daddr_only = (flags.is_string() && flags == "daddr") ||
                      (flags.is_array() && flags.size() == 1 && flags[0] == "daddr");
    if (daddr_only && f.value("result", "") == "type") {
      k.key = Key::FibDaddrType;
      k.text = "fib daddr type";
      return k;
    }
  }
  if (e.is_object() && e.contains("ct") && e["ct"].is_object()) {
    std::string key = e["ct"].value("key", "");
    k.text = "ct " + key;
    if (key == "state") k.key = Key::CtState;
    if (key == "direction") k.key = Key::CtDirection;
    return k;
  }
  k.text = e.dump();
  return k;
}

/// A value of one element of a right-hand side, as text ("22", "10.0.0.0/8").
std::string scalar_text(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_unsigned() || v.is_number_integer()) return std::to_string(v.get<long long>());
  return v.dump();
}

const std::map<std::string, std::uint32_t>& port_names() {
  static const std::map<std::string, std::uint32_t> kNames = {
      {"ftp", 21},           {"ssh", 22},          {"telnet", 23},
      {"smtp", 25},          {"domain", 53},       {"http", 80},
      {"kerberos", 88},      {"ntp", 123},         {"epmap", 135},
      {"netbios-ns", 137},   {"netbios-dgm", 138}, {"netbios-ssn", 139},
      {"snmp", 161},         {"ldap", 389},        {"https", 443},
      {"microsoft-ds", 445}, {"ldaps", 636},       {"ms-wbt-server", 3389},
      {"mysql", 3306},       {"postgresql", 5432}, {"wsman", 5985},
      {"wsmans", 5986},
  };
  return kNames;
}

const std::map<std::string, std::uint32_t>& icmp_type_names(bool v6) {
  static const std::map<std::string, std::uint32_t> k4 = {
      {"echo-reply", 0},           {"destination-unreachable", 3},
      {"source-quench", 4},        {"redirect", 5},
      {"echo-request", 8},         {"router-advertisement", 9},
      {"router-solicitation", 10}, {"time-exceeded", 11},
      {"parameter-problem", 12},   {"timestamp-request", 13},
      {"timestamp-reply", 14},     {"info-request", 15},
      {"info-reply", 16},          {"address-mask-request", 17},
      {"address-mask-reply", 18}};
  static const std::map<std::string, std::uint32_t> k6 = {
      {"destination-unreachable", 1},
      {"packet-too-big", 2},
      {"time-exceeded", 3},
      {"parameter-problem", 4},
      {"echo-request", 128},
      {"echo-reply", 129},
      {"mld-listener-query", 130},
      {"mld-listener-report", 131},
      {"mld-listener-done", 132},
      {"nd-router-solicit", 133},
      {"nd-router-advert", 134},
      {"nd-neighbor-solicit", 135},
      {"nd-neighbor-advert", 136},
      {"nd-redirect", 137},
      {"mld2-listener-report", 143},
      // As nft lists them (the kernel's listing names every type it knows).
      {"mld-listener-reduction", 132},
      {"router-renumbering", 138},
      {"ind-neighbor-solicit", 141},
      {"ind-neighbor-advert", 142}};
  return v6 ? k6 : k4;
}

struct NamedSet {
  json elems = json::array();
  bool dynamic = false;
  SourceLoc loc;
};

struct TableState {
  std::string family;
  std::string name;
  std::map<std::string, Chain> chains;
  std::map<std::string, json> chain_objs;  ///< the chain objects (hook, prio, policy)
  std::map<std::string, NamedSet> sets;
  std::vector<std::string> chain_order;
  /// Each chain's rule objects (into the parsed document) with their positions, read
  /// again for the to-host view when the table has a `fib daddr type` match.
  std::map<std::string, std::vector<std::pair<const json*, SourceLoc>>> raw;
};

/// What one value set selects, per key kind.
struct Values {
  AddrSet addrs;
  IntervalSet<std::uint32_t> nums;
  std::vector<Proto> protos;
  std::vector<std::uint32_t> other_protos;
  bool v4 = false, v6 = false;
  std::set<std::string> names;  ///< ct states, interface names
};

class Reader {
 public:
  Reader(std::string_view text, const std::string& file, Diagnostics& diags)
      : text_(text), file_(file), diags_(diags) {}

  std::optional<Ruleset> run() {
    json doc;
    try {
      doc = json::parse(text_);
    } catch (const json::parse_error& e) {
      auto [line, col] = position_of(text_, e.byte == 0 ? 0 : e.byte - 1);
      diags_.error(SourceLoc{file_, line, col}, fmt::format("not valid JSON: {}", e.what()));
      return std::nullopt;
    }
    if (!doc.is_object() || !doc.contains("nftables") || !doc["nftables"].is_array()) {
      diags_.error(SourceLoc{file_, 1, 1},
                   "not nft JSON: expected an object with an \"nftables\" array");
      return std::nullopt;
    }
    std::vector<std::pair<int, int>> pos = element_positions(text_);
    const json& items = doc["nftables"];
    for (std::size_t i = 0; i < items.size(); ++i) {
      SourceLoc at =
          i < pos.size() ? SourceLoc{file_, pos[i].first, pos[i].second} : SourceLoc{file_, 1, 1};
      object(items[i], at);
    }
    if (diags_.has_errors()) return std::nullopt;
    Ruleset rs;
    rs.file = file_;
    rs.format = Format::NftJson;
    for (const std::string& tkey : table_order_) {
      auto tit = tables_.find(tkey);
      if (tit == tables_.end()) continue;
      build_points(tit->second, rs);
    }
    rs.notes = std::move(notes_);
    if (diags_.has_errors()) return std::nullopt;
    return rs;
  }

 private:
  static std::string table_key(const std::string& family, const std::string& table) {
    return family + " " + table;
  }

  TableState& table(const std::string& family, const std::string& name) {
    std::string k = table_key(family, name);
    auto it = tables_.find(k);
    if (it == tables_.end()) {
      table_order_.push_back(k);
      TableState t;
      t.family = family;
      t.name = name;
      it = tables_.emplace(k, std::move(t)).first;
    }
    return it->second;
  }

  void object(const json& item, const SourceLoc& at) {
    if (!item.is_object() || item.empty()) {
      diags_.error(at, "an element of \"nftables\" must be an object");
      return;
    }
    const std::string& kind = item.begin().key();
    const json& body = item.begin().value();
    if (kind == "add" || kind == "create" || kind == "insert" || kind == "replace") {
      if (kind == "insert" || kind == "replace")
        notes_.push_back({at, fmt::format("'{}' command read as 'add' (rule positions are not "
                                          "modelled)",
                                          kind)});
      object(body, at);
      return;
    }
    if (kind == "delete" || kind == "destroy" || kind == "flush") {
      if (body.is_object() && body.contains("table") && body["table"].is_object()) {
        const json& t = body["table"];
        std::string k = table_key(t.value("family", ""), t.value("name", ""));
        if (kind == "flush") {
          auto it = tables_.find(k);
          if (it != tables_.end())
            for (auto& [name, c] : it->second.chains) c.rules.clear();
          if (it != tables_.end()) it->second.raw.clear();
        } else if (tables_.erase(k) > 0) {
          // A table deleted and added again (bulkhead's own rendered form) is one table.
          std::erase(table_order_, k);
        }
      }
      return;
    }
    if (!body.is_object()) return;
    if (kind == "table") {
      table(body.value("family", ""), body.value("name", ""));
    } else if (kind == "chain") {
      TableState& t = table(body.value("family", ""), body.value("table", ""));
      std::string name = body.value("name", "");
      if (!t.chains.contains(name)) {
        t.chain_order.push_back(name);
        Chain c;
        c.name = name;
        c.loc = at;
        t.chains[name] = std::move(c);
      }
      t.chain_objs[name] = body;
      t.chains[name].loc = at;
    } else if (kind == "set" || kind == "map") {
      TableState& t = table(body.value("family", ""), body.value("table", ""));
      NamedSet s;
      s.loc = at;
      if (body.contains("elem")) s.elems = body["elem"];
      if (body.contains("flags")) {
        const json& f = body["flags"];
        auto has = [&](const char* w) {
          return (f.is_string() && f == w) ||
                 (f.is_array() && std::find(f.begin(), f.end(), w) != f.end());
        };
        s.dynamic = has("dynamic") || has("timeout");
      }
      if (body.contains("timeout")) s.dynamic = true;
      t.sets[body.value("name", "")] = std::move(s);
    } else if (kind == "element") {
      TableState& t = table(body.value("family", ""), body.value("table", ""));
      NamedSet& s = t.sets[body.value("name", "")];
      if (body.contains("elem") && body["elem"].is_array())
        for (const json& e : body["elem"]) s.elems.push_back(e);
    } else if (kind == "rule") {
      TableState& t = table(body.value("family", ""), body.value("table", ""));
      std::string chain = body.value("chain", "");
      auto it = t.chains.find(chain);
      if (it == t.chains.end()) {
        diags_.error(at, fmt::format("rule in chain '{}', which table {} {} does not define", chain,
                                     t.family, t.name));
        return;
      }
      rule(t, it->second, body, at);
    }
    // metainfo, counters, quotas, limits, flowtables...: no effect on verdicts.
  }

  static std::vector<std::pair<const json*, SourceLoc>>& chain_raw(TableState& t,
                                                                   const std::string& chain) {
    return t.raw[chain];
  }

  void note(const SourceLoc& at, MatchSpec& m, std::string why) {
    notes_.push_back({at, why});
    m.unmodelled.push_back(std::move(why));
  }

  /// Elements of a right-hand side (a value, a set, an array, or "@name").
  std::optional<json> elements(const TableState& t, const json& right, const SourceLoc& at,
                               MatchSpec& m) {
    if (right.is_string() && !right.get<std::string>().empty() &&
        right.get<std::string>()[0] == '@') {
      std::string name = right.get<std::string>().substr(1);
      auto it = t.sets.find(name);
      if (it == t.sets.end()) {
        diags_.error(
            at, fmt::format("set '@{}' is not defined in table {} {}", name, t.family, t.name));
        return std::nullopt;
      }
      if (it->second.dynamic)
        note(at, m,
             fmt::format("set '@{}' changes at run time (dynamic or timeout): its "
                         "listed elements are not relied on",
                         name));
      return it->second.elems;
    }
    if (right.is_object() && right.contains("set")) {
      const json& s = right["set"];
      return s.is_array() ? s : json::array({s});
    }
    if (right.is_array()) return right;
    return json::array({right});
  }

  /// Reads the values of one key. false on a value that is not understood (noted).
  bool values(const KeyInfo& k, const json& elems, const SourceLoc& at, Values& out, MatchSpec& m) {
    for (json v : elems) {
      if (v.is_object() && v.contains("elem")) v = v["elem"].value("val", json());
      if (!value(k, v, at, out, m)) return false;
    }
    return true;
  }

  bool value(const KeyInfo& k, const json& v, const SourceLoc& at, Values& out, MatchSpec& m) {
    switch (k.key) {
      case Key::Saddr4:
      case Key::Daddr4:
      case Key::Saddr6:
      case Key::Daddr6: {
        if (v.is_object() && v.contains("prefix")) {
          const json& p = v["prefix"];
          std::optional<Addr> a = p.contains("addr") && p["addr"].is_string()
                                      ? parse_addr(p["addr"].get<std::string>())
                                      : std::nullopt;
          int len = p.value("len", -1);
          if (!a || len < 0 || len > family_bits(a->family)) return bad(at, k, v);
          u128 hm = host_mask(a->family, len);
          u128 first = a->value & ~hm & family_max(a->family);
          out.addrs.of(a->family).add(first, first | hm);
          return true;
        }
        if (v.is_object() && v.contains("range") && v["range"].is_array() &&
            v["range"].size() == 2) {
          std::optional<Addr> a = parse_addr(scalar_text(v["range"][0]));
          std::optional<Addr> b = parse_addr(scalar_text(v["range"][1]));
          if (!a || !b || a->family != b->family || a->value > b->value) return bad(at, k, v);
          out.addrs.of(a->family).add(a->value, b->value);
          return true;
        }
        if (v.is_string()) {
          std::string s = v.get<std::string>();
          PrefixError err = PrefixError::None;
          std::optional<Prefix> p = parse_prefix(s, &err);
          if (!p) return bad(at, k, v);
          out.addrs.add(*p);
          return true;
        }
        return bad(at, k, v);
      }
      case Key::Dport:
      case Key::Sport:
      case Key::IcmpType:
      case Key::Icmpv6Type: {
        if (v.is_object() && v.contains("range") && v["range"].is_array() &&
            v["range"].size() == 2) {
          std::optional<std::uint32_t> a = num(k, v["range"][0]);
          std::optional<std::uint32_t> b = num(k, v["range"][1]);
          if (!a || !b || *a > *b) return bad(at, k, v);
          out.nums.add(*a, *b);
          return true;
        }
        std::optional<std::uint32_t> n = num(k, v);
        if (!n) return bad(at, k, v);
        out.nums.add(*n, *n);
        return true;
      }
      case Key::L4proto: {
        std::string s = scalar_text(v);
        if (s == "tcp" || s == "6") {
          out.protos.push_back(Proto::Tcp);
        } else if (s == "udp" || s == "17") {
          out.protos.push_back(Proto::Udp);
        } else if (s == "icmp" || s == "1") {
          out.protos.push_back(Proto::Icmp);
        } else if (s == "icmpv6" || s == "ipv6-icmp" || s == "58") {
          out.protos.push_back(Proto::Icmpv6);
        } else {
          std::uint32_t n = 0;
          auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
          if (ec != std::errc() || p != s.data() + s.size() || n > 255) {
            note(at, m, fmt::format("protocol '{}' is not modelled", s));
            return false;
          }
          out.other_protos.push_back(n);
        }
        return true;
      }
      case Key::Nfproto: {
        std::string s = scalar_text(v);
        if (s == "ipv4") {
          out.v4 = true;
        } else if (s == "ipv6") {
          out.v6 = true;
        } else {
          return bad(at, k, v);
        }
        return true;
      }
      case Key::CtState:
      case Key::CtDirection:
      case Key::Iface:
      case Key::FibDaddrType:
        if (!v.is_string()) return bad(at, k, v);
        out.names.insert(v.get<std::string>());
        return true;
      case Key::Unknown:
        break;
    }
    return false;
  }

  std::optional<std::uint32_t> num(const KeyInfo& k, const json& v) {
    std::uint32_t max = k.key == Key::IcmpType || k.key == Key::Icmpv6Type ? 255 : kPortMax;
    if (v.is_number_unsigned() || (v.is_number_integer() && v.get<long long>() >= 0)) {
      auto n = v.get<unsigned long long>();
      if (n > max) return std::nullopt;
      return static_cast<std::uint32_t>(n);
    }
    if (v.is_string()) {
      const auto& names = k.key == Key::IcmpType     ? icmp_type_names(false)
                          : k.key == Key::Icmpv6Type ? icmp_type_names(true)
                                                     : port_names();
      auto it = names.find(v.get<std::string>());
      if (it != names.end()) return it->second;
    }
    return std::nullopt;
  }

  bool bad(const SourceLoc& at, const KeyInfo& k, const json& v) {
    diags_.error(at, fmt::format("{}: value {} is not understood", k.text, v.dump()));
    return false;
  }

  /// Applies `key (==|!=) values` to the spec.
  void apply(MatchSpec& m, const KeyInfo& k, const Values& v, bool negate) {
    if (k.family) m.only(*k.family);
    switch (k.key) {
      case Key::Saddr4:
      case Key::Daddr4:
        m.only(Family::V4);
        m.restrict_addr(k.key == Key::Saddr4, AddrSet{v.addrs.v4, {}}, negate);
        break;
      case Key::Saddr6:
      case Key::Daddr6:
        m.only(Family::V6);
        m.restrict_addr(k.key == Key::Saddr6, AddrSet{{}, v.addrs.v6}, negate);
        break;
      case Key::L4proto: {
        ServiceSet keys;
        for (Proto p : v.protos) keys = keys.unite(whole_proto(p));
        for (std::uint32_t n : v.other_protos)
          keys.add(service_key(Proto::Other, n), service_key(Proto::Other, n));
        m.restrict_keys(keys, negate);
        break;
      }
      case Key::Nfproto:
        if (negate ? v.v4 : !v.v4) m.v4 = false;
        if (negate ? v.v6 : !v.v6) m.v6 = false;
        break;
      case Key::Dport:
        m.restrict_dports(k.protos, v.nums, negate);
        break;
      case Key::Sport:
        m.restrict_protos(k.protos, false);
        m.restrict_sports(v.nums, negate);
        break;
      case Key::IcmpType:
        m.only(Family::V4);
        m.restrict_dports({Proto::Icmp}, v.nums, negate);
        break;
      case Key::Icmpv6Type:
        m.only(Family::V6);
        m.restrict_dports({Proto::Icmpv6}, v.nums, negate);
        break;
      case Key::CtState:
        if (v.names.contains("new") == negate)
          m.never = fmt::format("ct state {}{}: applies to no new connection", negate ? "!= " : "",
                                fmt::join(v.names, ","));
        break;
      case Key::CtDirection:
        // A new connection's packets travel in the original direction.
        if (v.names.contains("original") == negate)
          m.never = "ct direction reply: applies to no new connection";
        break;
      case Key::Iface:
      case Key::FibDaddrType:
      case Key::Unknown:
        break;
    }
  }

  /// One match statement; false when the rule cannot go on (an error).
  bool match(const TableState& t, const json& mt, const SourceLoc& at, MatchSpec& m) {
    if (!mt.is_object() || !mt.contains("left") || !mt.contains("right")) {
      diags_.error(at, "a match statement needs \"left\" and \"right\"");
      return false;
    }
    std::string op = mt.value("op", "==");
    KeyInfo k = classify(mt["left"]);
    if (k.key == Key::Unknown) {
      note(at, m, fmt::format("match on {} is not modelled", k.text));
      return true;
    }
    std::optional<json> elems = elements(t, mt["right"], at, m);
    if (!elems) return false;
    if (k.key == Key::Iface) {
      Values v;
      if (!values(k, *elems, at, v, m)) return !diags_.has_errors();
      bool only_lo = v.names.size() == 1 && *v.names.begin() == "lo";
      // Loopback traffic is outside the header space (connections between hosts): packets
      // to the network never leave through lo, and none arrive on it.
      if (only_lo && (op == "==" || op == "in")) {
        m.never = k.out_iface ? "oif lo: loopback only, no packet to the network"
                              : "iif lo: loopback only, no packet from the network";
      } else if (!(only_lo && op == "!=")) {
        note(at, m, fmt::format("{} {} {} is not modelled", k.text, op, elems->dump()));
      }
      return true;
    }
    if (k.key == Key::FibDaddrType) {
      Values v;
      if (!values(k, *elems, at, v, m)) return !diags_.has_errors();
      fib_daddr_type(t, op, v, *elems, at, m);
      return true;
    }
    if (k.key == Key::CtState && mt["right"].is_array() == false && mt["right"].is_string() &&
        op == "in") {
      op = "==";
    }
    Values v;
    if (!values(k, *elems, at, v, m)) return !diags_.has_errors();
    if (op == "==" || op == "in") {
      apply(m, k, v, false);
    } else if (op == "!=") {
      apply(m, k, v, true);
    } else if ((op == "<" || op == "<=" || op == ">" || op == ">=") && !v.nums.empty() &&
               v.nums.size() == 1 && v.nums.intervals()[0].lo == v.nums.intervals()[0].hi) {
      std::uint32_t n = v.nums.intervals()[0].lo;
      std::uint32_t max = k.key == Key::Dport || k.key == Key::Sport ? kPortMax : 255;
      Values r;
      if (op == "<" && n > 0) r.nums.add(0, n - 1);
      if (op == "<=") r.nums.add(0, n);
      if (op == ">" && n < max) r.nums.add(n + 1, max);
      if (op == ">=") r.nums.add(n, max);
      apply(m, k, r, false);
    } else {
      note(at, m, fmt::format("operator '{}' on {} is not modelled", op, k.text));
    }
    return true;
  }

  /// `fib daddr type [!=] TYPES`. A packet addressed to the host itself (an inbound
  /// connection) has type local, so for such packets the match is known: it holds when
  /// `local` is (==) or is not (!=) among the types. For routed packets it is not modelled.
  /// The point's general view keeps the rule inexact; the to-host view (to_host_) is exact.
  void fib_daddr_type(const TableState& t, const std::string& op, const Values& v,
                      const json& elems, const SourceLoc& at, MatchSpec& m) {
    bool eq = op == "==" || op == "in";
    if (!eq && op != "!=") {
      note(at, m, fmt::format("operator '{}' on fib daddr type is not modelled", op));
      return;
    }
    fib_tables_.insert(table_key(t.family, t.name));
    bool holds_for_host = v.names.contains("local") == eq;
    if (to_host_) {
      if (!holds_for_host)
        m.never = fmt::format("fib daddr type {}{}: never true for a packet addressed to this host",
                              eq ? "" : "!= ", fmt::join(v.names, ","));
      return;
    }
    note(at, m,
         fmt::format("fib daddr type {}{} is modelled for packets addressed to this host only "
                     "(it {} for them; inbound view)",
                     eq ? "" : "!= ", elems.dump(), holds_for_host ? "holds" : "never holds"));
  }

  static std::optional<Verb> verdict(const json& s, std::string* target) {
    if (!s.is_object() || s.empty()) return std::nullopt;
    const std::string& k = s.begin().key();
    if (k == "accept") return Verb::Accept;
    if (k == "drop") return Verb::Drop;
    if (k == "reject") return Verb::Reject;
    if (k == "return") return Verb::Return;
    if (k == "continue") return Verb::Log;
    if (k == "jump" || k == "goto") {
      const json& b = s.begin().value();
      *target = b.is_object() ? b.value("target", "") : "";
      return k == "jump" ? Verb::Jump : Verb::Goto;
    }
    return std::nullopt;
  }

  void rule(TableState& t, Chain& chain, const json& body, const SourceLoc& at) {
    const json expr = body.contains("expr") ? body["expr"] : json::array();
    if (!expr.is_array()) {
      diags_.error(at, "a rule's \"expr\" must be an array");
      return;
    }
    if (!to_host_) chain_raw(t, chain.name).push_back({&body, at});
    if (body.contains("comment")) effects_.insert({at.line, at.column});
    MatchSpec m;
    Family_init(t, m);
    ChainRule r;
    r.loc = at;
    r.text = rule_text(expr);
    if (body.contains("comment") && body["comment"].is_string())
      r.text += fmt::format(" comment \"{}\"", body["comment"].get<std::string>());
    r.verb = Verb::Log;
    bool limited = false;
    bool logs = false;
    for (const json& s : expr) {
      if (!s.is_object() || s.empty()) {
        diags_.error(at, "a statement must be an object");
        return;
      }
      const std::string& k = s.begin().key();
      std::string target;
      if (k == "match") {
        if (!match(t, s["match"], at, m)) return;
      } else if (std::optional<Verb> vb = verdict(s, &target)) {
        r.verb = *vb;
        r.target = target;
      } else if (k == "vmap") {
        if (limited) note(at, m, "a rate limit: the rule matches only some packets");
        vmap(t, chain, s["vmap"], at, m, r);
        return;
      } else if (k == "counter" || k == "log" || k == "comment" || k == "notrack" ||
                 k == "mangle" || k == "meta" || k == "ct" || k == "set" || k == "quota") {
        if (k == "counter" || k == "log" || k == "comment") effects_.insert({at.line, at.column});
        if (k == "log") logs = true;
        if (k == "quota" || k == "set")
          note(at, m, fmt::format("statement '{}' is not modelled", k));
      } else if (k == "limit") {
        limited = true;
      } else if (k == "queue") {
        note(at, m, "queue: the verdict is given by a program in user space");
      } else {
        note(at, m, fmt::format("statement '{}' is not modelled", k));
      }
    }
    // A rate-limited log bounds its own volume (the seed table's concern with logging).
    r.logs = logs && !limited;
    // A limit on a rule that only logs or counts limits that, not a verdict.
    if (limited && r.verb != Verb::Log)
      note(at, m, "a rate limit: the rule matches only some packets");
    finish(t, chain, m, std::move(r));
  }

  void Family_init(const TableState& t, MatchSpec& m) {
    if (t.family == "ip") m.only(Family::V4);
    if (t.family == "ip6") m.only(Family::V6);
  }

  Region universe(const TableState& t) {
    Region u;
    if (t.family != "ip6") u.add(Region::whole(Family::V4));
    if (t.family != "ip") u.add(Region::whole(Family::V6));
    return u;
  }

  void finish(TableState& t, Chain& chain, const MatchSpec& m, ChainRule r) {
    r.match = m.region(universe(t));
    r.exact = m.unmodelled.empty();
    r.unmodelled = m.unmodelled;
    chain.rules.push_back(std::move(r));
  }

  /// `key vmap { v1 : verdict1, ... }`: one rule per element, in element order (elements
  /// are disjoint, so order does not matter); "*" takes what no other element takes.
  void vmap(TableState& t, Chain& chain, const json& vm, const SourceLoc& at, MatchSpec& m,
            const ChainRule& base) {
    if (!vm.is_object() || !vm.contains("key") || !vm.contains("data")) {
      diags_.error(at, "a vmap needs \"key\" and \"data\"");
      return;
    }
    KeyInfo k = classify(vm["key"]);
    std::optional<json> elems = elements(t, vm["data"], at, m);
    if (!elems) return;
    Values taken;
    std::optional<std::pair<Verb, std::string>> catch_all;
    for (const json& e : *elems) {
      if (!e.is_array() || e.size() != 2) {
        diags_.error(at, "a vmap element must be a [key, verdict] pair");
        return;
      }
      std::string target;
      std::optional<Verb> vb = verdict(e[1], &target);
      if (!vb) {
        diags_.error(at, fmt::format("vmap verdict {} is not understood", e[1].dump()));
        return;
      }
      json key = e[0];
      if (key.is_object() && key.contains("elem")) key = key["elem"].value("val", json());
      ChainRule r = base;
      r.verb = *vb;
      r.target = target;
      MatchSpec em = m;
      if (key.is_string() && key.get<std::string>() == "*") {
        catch_all = std::make_pair(*vb, target);
        continue;
      }
      if (k.key == Key::Unknown || k.key == Key::Iface) {
        note(at, em, fmt::format("vmap over {} is not modelled", k.text));
      } else {
        Values v;
        if (!value(k, key, at, v, em)) {
          if (diags_.has_errors()) return;
        } else {
          apply(em, k, v, false);
          if (!value(k, key, at, taken, em)) return;
        }
      }
      finish(t, chain, em, std::move(r));
    }
    if (catch_all) {
      ChainRule r = base;
      r.verb = catch_all->first;
      r.target = catch_all->second;
      MatchSpec em = m;
      if (k.key == Key::Unknown || k.key == Key::Iface) {
        note(at, em, fmt::format("vmap over {} is not modelled", k.text));
      } else {
        apply(em, k, taken, true);
      }
      finish(t, chain, em, std::move(r));
    }
  }

  /// A short nft-like text of a rule's statements ("ip saddr 10.0.0.0/8 tcp dport 22
  /// accept"); statements it cannot print are written as their JSON.
  static std::string rule_text(const json& expr) {
    std::string out;
    std::function<std::string(const json&)> val = [&val](const json& v) -> std::string {
      if (v.is_object() && v.contains("prefix"))
        return fmt::format("{}/{}", scalar_text(v["prefix"].value("addr", json())),
                           v["prefix"].value("len", 0));
      if (v.is_object() && v.contains("range") && v["range"].is_array() && v["range"].size() == 2)
        return scalar_text(v["range"][0]) + "-" + scalar_text(v["range"][1]);
      if (v.is_object() && v.contains("elem")) return val(v["elem"].value("val", json()));
      if (v.is_object() && v.contains("set") && v["set"].is_array()) {
        // Anonymous sets (vmap data: [key, verdict] pairs) as nft writes them.
        std::string out;
        for (const json& e : v["set"]) {
          std::string one =
              e.is_array() && e.size() == 2
                  ? val(e[0]) + " : " +
                        (e[1].is_object() && !e[1].empty() ? e[1].begin().key() : e[1].dump())
                  : val(e);
          out += (out.empty() ? "" : ", ") + one;
        }
        return out.size() > 120 ? "{ " + out.substr(0, 117) + "... }" : "{ " + out + " }";
      }
      if (v.is_array()) {
        std::string s;
        for (const json& e : v) s += (s.empty() ? "" : ",") + val(e);
        return s;
      }
      return scalar_text(v);
    };
    for (const json& s : expr) {
      if (!s.is_object() || s.empty()) continue;
      const std::string& k = s.begin().key();
      const json& b = s.begin().value();
      std::string part;
      if (k == "match" && b.is_object()) {
        KeyInfo ki = classify(b.value("left", json()));
        std::string left = ki.key == Key::Unknown ? ki.text : ki.text;
        if (left.rfind("meta ", 0) == 0 && ki.key == Key::Iface) left = left.substr(5);
        std::string op = b.value("op", "==");
        part =
            left + (op == "==" || op == "in" ? "" : " " + op) + " " + val(b.value("right", json()));
      } else if (k == "jump" || k == "goto") {
        part = k + " " + (b.is_object() ? b.value("target", "") : "");
      } else if (k == "vmap") {
        part = classify(b.value("key", json())).text + " vmap " + val(b.value("data", json()));
      } else if (k == "counter" || k == "accept" || k == "drop" || k == "reject" || k == "return" ||
                 k == "continue" || k == "log" || k == "limit" || k == "queue") {
        part = k;
      } else {
        part = s.dump();
      }
      out += (out.empty() ? "" : " ") + part;
    }
    return out;
  }

  void build_points(TableState& t, Ruleset& rs) {
    bool audited = t.family == "ip" || t.family == "ip6" || t.family == "inet";
    for (const std::string& name : t.chain_order) {
      const json& c = t.chain_objs[name];
      if (!c.contains("hook")) continue;
      const Chain& chain = t.chains.at(name);
      if (!audited) {
        notes_.push_back({chain.loc, fmt::format("table {} {}: family '{}' is not audited",
                                                 t.family, t.name, t.family)});
        continue;
      }
      std::string type = c.value("type", "filter");
      if (type != "filter") {
        notes_.push_back({chain.loc, fmt::format("chain {} of type '{}' is not audited (only "
                                                 "filter chains decide)",
                                                 name, type)});
        continue;
      }
      Point p;
      p.name = fmt::format("{} {} {}", t.family, t.name, name);
      p.hook = c["hook"].is_string() ? c["hook"].get<std::string>() : "";
      p.hook_priority =
          c.contains("prio") && c["prio"].is_number_integer() ? c["prio"].get<int>() : 0;
      p.universe = universe(t);
      std::string pol = c.value("policy", "accept");
      p.policy = pol == "drop" ? Action::Drop : Action::Accept;
      p.policy_loc = chain.loc;
      p.policy_text = fmt::format("chain {} policy {}", name, pol);
      flatten(t.chains, chain, p, diags_);
      mark_effects(p.rules);
      if (fib_tables_.contains(table_key(t.family, t.name)) &&
          (p.hook == "prerouting" || p.hook == "input"))
        p.to_host_rules = to_host_view(t, name, p);
      rs.points.push_back(std::move(p));
    }
  }

  void mark_effects(std::vector<Rule>& rules) const {
    for (Rule& r : rules) r.side_effects = effects_.contains({r.loc.line, r.loc.column});
  }

  /// The base chain's rules for packets addressed to the host: every chain of the table
  /// read again with `fib daddr type` decided for them, then flattened the same way. The
  /// first reading has already reported every error and note, so this one adds none.
  std::vector<Rule> to_host_view(TableState& t, const std::string& base, const Point& p) {
    std::map<std::string, Chain> chains;
    for (const auto& [name, c] : t.chains) {
      Chain& lc = chains[name];
      lc.name = name;
      lc.loc = c.loc;
    }
    const std::size_t notes = notes_.size();
    to_host_ = true;
    for (const auto& [name, raw] : t.raw)
      for (const auto& [body, at] : raw) rule(t, chains[name], *body, at);
    to_host_ = false;
    notes_.resize(notes);
    Point view;
    view.name = p.name;
    view.universe = p.universe;
    flatten(chains, chains.at(base), view, diags_);
    mark_effects(view.rules);
    return std::move(view.rules);
  }

  std::string_view text_;
  std::string file_;
  Diagnostics& diags_;
  std::map<std::string, TableState> tables_;
  std::vector<std::string> table_order_;
  std::vector<Note> notes_;
  /// Positions of the rules that count, log or carry a comment (Rule::side_effects).
  std::set<std::pair<int, int>> effects_;
  /// Reading rules for the to-host view (fib_daddr_type).
  bool to_host_ = false;
  /// Tables with a `fib daddr type` match: their prerouting and input chains get a
  /// to-host view.
  std::set<std::string> fib_tables_;
};

}  // namespace

std::optional<Ruleset> import_nft_json(std::string_view text, const std::string& file,
                                       Diagnostics& diags) {
  return Reader(text, file, diags).run();
}

}  // namespace bulkhead::ruleset
