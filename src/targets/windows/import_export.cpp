// The export reader: bytes → text (byte-order marks, UTF-16LE) → JSON (nlohmann) → the
// rule model, field by field, each value checked against what Windows writes there.
//
// nlohmann's values carry no position, so a located error walks the text again along the
// JSON path of the offending value (Locator): the file has already parsed, so the walk
// only skips values. Errors are collected, not stopped at, and none of the export is
// used when there is one.
#include "targets/windows/import_export.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace bulkhead::targets::windows {
namespace {

using json = nlohmann::json;

/// One step of a JSON path: an object key or an array index.
struct Step {
  std::string key;
  std::size_t index = 0;
  bool is_index = false;
};
using Path = std::vector<Step>;

Path with(Path p, std::string key) {
  p.push_back(Step{std::move(key), 0, false});
  return p;
}
Path with(Path p, std::size_t index) {
  p.push_back(Step{"", index, true});
  return p;
}

/// Finds where the value at a JSON path starts in (valid) JSON text.
class Locator {
 public:
  explicit Locator(std::string_view text) : t_(text) {}

  std::size_t offset(const Path& path) const {
    std::size_t i = ws(0);
    for (const Step& s : path) {
      if (i >= t_.size()) return i;
      if (s.is_index) {
        if (t_[i] != '[') return i;  // a one-element array written as a scalar
        i = ws(i + 1);
        for (std::size_t n = 0; n < s.index && i < t_.size(); ++n) {
          i = ws(skip(i));
          if (i < t_.size() && t_[i] == ',') i = ws(i + 1);
        }
        continue;
      }
      if (t_[i] != '{') return i;
      i = ws(i + 1);
      bool found = false;
      while (i < t_.size() && t_[i] == '"') {
        const std::size_t end = skip(i);
        const std::string_view key = t_.substr(i + 1, end - i - 2);
        i = ws(ws(end) + 1);  // past the colon
        if (key == s.key) {
          found = true;
          break;
        }
        i = ws(skip(i));
        if (i < t_.size() && t_[i] == ',') i = ws(i + 1);
      }
      if (!found) return i;
    }
    return i;
  }

  /// Where each element of the array at `path` starts, in one pass (empty when the value
  /// there is not an array).
  std::vector<std::size_t> element_offsets(const Path& path) const {
    std::vector<std::size_t> out;
    std::size_t i = offset(path);
    if (i >= t_.size() || t_[i] != '[') return out;
    i = ws(i + 1);
    while (i < t_.size() && t_[i] != ']') {
      out.push_back(i);
      i = ws(skip(i));
      if (i < t_.size() && t_[i] == ',') i = ws(i + 1);
    }
    return out;
  }

  /// line_column of each of ascending offsets, in one pass.
  std::vector<std::pair<int, int>> line_columns(const std::vector<std::size_t>& offsets) const {
    std::vector<std::pair<int, int>> out;
    int line = 1, column = 1;
    std::size_t i = 0;
    for (std::size_t target : offsets) {
      for (; i < target && i < t_.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(t_[i]);
        if (c == '\n') {
          ++line;
          column = 1;
        } else if ((c & 0xc0) != 0x80) {
          ++column;
        }
      }
      out.emplace_back(line, column);
    }
    return out;
  }

  /// 1-based line and column (in characters) of a byte offset.
  std::pair<int, int> line_column(std::size_t offset) const {
    offset = std::min(offset, t_.size());
    int line = 1, column = 1;
    for (std::size_t i = 0; i < offset; ++i) {
      const unsigned char c = static_cast<unsigned char>(t_[i]);
      if (c == '\n') {
        ++line;
        column = 1;
      } else if ((c & 0xc0) != 0x80) {
        ++column;
      }
    }
    return {line, column};
  }

 private:
  std::size_t ws(std::size_t i) const {
    while (i < t_.size() && (t_[i] == ' ' || t_[i] == '\t' || t_[i] == '\n' || t_[i] == '\r')) ++i;
    return i;
  }
  /// Past one value.
  std::size_t skip(std::size_t i) const {
    if (i >= t_.size()) return i;
    if (t_[i] == '"') {
      ++i;
      while (i < t_.size() && t_[i] != '"') i += t_[i] == '\\' ? 2 : 1;
      return i + 1;
    }
    if (t_[i] == '{' || t_[i] == '[') {
      int depth = 0;
      while (i < t_.size()) {
        const char c = t_[i];
        if (c == '"') {
          i = skip(i);
          continue;
        }
        if (c == '{' || c == '[') ++depth;
        if (c == '}' || c == ']') --depth;
        ++i;
        if (depth == 0) break;
      }
      return i;
    }
    while (i < t_.size() && std::string_view(",}] \t\r\n").find(t_[i]) == std::string_view::npos)
      ++i;
    return i;
  }

  std::string_view t_;
};

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xc0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3f));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xe0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
    out += static_cast<char>(0x80 | (cp & 0x3f));
  } else {
    out += static_cast<char>(0xf0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
    out += static_cast<char>(0x80 | (cp & 0x3f));
  }
}

/// The export as UTF-8 text: UTF-8 with or without a byte-order mark, or UTF-16LE with
/// one (what Windows PowerShell 5.1's Out-File and `>` write).
std::optional<std::string> decode(std::string_view b, std::string* why) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(b[i]); };
  if (b.size() >= 3 && byte(0) == 0xef && byte(1) == 0xbb && byte(2) == 0xbf)
    return std::string(b.substr(3));
  if (b.size() >= 2 && byte(0) == 0xfe && byte(1) == 0xff) {
    *why = "UTF-16BE is not supported: write the export as UTF-8 (Out-File -Encoding utf8)";
    return std::nullopt;
  }
  if (b.size() >= 2 && byte(0) == 0xff && byte(1) == 0xfe) {
    if (b.size() % 2 != 0) {
      *why = "UTF-16LE text with an odd number of bytes";
      return std::nullopt;
    }
    std::string out;
    out.reserve(b.size() / 2);
    for (std::size_t i = 2; i < b.size(); i += 2) {
      std::uint32_t u = byte(i) | (byte(i + 1) << 8);
      if (u >= 0xd800 && u <= 0xdbff) {
        if (i + 3 >= b.size()) {
          *why = "UTF-16LE text ends inside a surrogate pair";
          return std::nullopt;
        }
        const std::uint32_t lo = byte(i + 2) | (byte(i + 3) << 8);
        if (lo < 0xdc00 || lo > 0xdfff) {
          *why = fmt::format("invalid UTF-16LE surrogate pair at byte {}", i);
          return std::nullopt;
        }
        u = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
        i += 2;
      } else if (u >= 0xdc00 && u <= 0xdfff) {
        *why = fmt::format("invalid UTF-16LE surrogate at byte {}", i);
        return std::nullopt;
      }
      append_utf8(out, u);
    }
    return out;
  }
  if (b.size() >= 2 && byte(0) != 0 && byte(1) == 0) {
    *why = "looks like UTF-16 without a byte-order mark: write the export as UTF-8";
    return std::nullopt;
  }
  return std::string(b);
}

bool same_word(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

std::string trim(std::string_view s) {
  std::size_t a = s.find_first_not_of(" \t");
  if (a == std::string_view::npos) return "";
  std::size_t b = s.find_last_not_of(" \t");
  return std::string(s.substr(a, b - a + 1));
}

std::optional<std::uint32_t> number(std::string_view s, std::uint32_t max) {
  std::uint32_t v = 0;
  if (s.empty() || s.size() > 10) return std::nullopt;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || v > max) return std::nullopt;
  return v;
}

/// Reads one export, collecting errors.
class Reader {
 public:
  Reader(const Locator& loc, std::string file, Diagnostics& diags)
      : loc_(loc), file_(std::move(file)), diags_(diags) {}

  SourceLoc at(const Path& p) const {
    auto [line, column] = loc_.line_column(loc_.offset(p));
    return SourceLoc{file_, line, column};
  }
  void error(const Path& p, std::string message) {
    diags_.error(at(p), std::move(message));
    ok_ = false;
  }
  bool ok() const { return ok_; }

  /// A field's items: null → none; a string, number or boolean → one; an array → each;
  /// Windows PowerShell's {"value": [...], "Count": n} → its value. nullopt (reported) on
  /// anything else.
  std::optional<std::vector<std::string>> items(const json& v, const Path& p,
                                                const std::string& what) {
    const json* arr = &v;
    if (v.is_object() && v.contains("value") && v["value"].is_array()) arr = &v["value"];
    std::vector<std::string> out;
    auto one = [&](const json& x, const Path& xp) {
      if (x.is_string()) {
        out.push_back(x.get<std::string>());
      } else if (x.is_number_unsigned() || x.is_number_integer()) {
        out.push_back(x.dump());
      } else if (x.is_boolean()) {
        out.push_back(x.get<bool>() ? "True" : "False");
      } else {
        error(xp, fmt::format("{}: expected a string, got {}", what, x.type_name()));
        return false;
      }
      return true;
    };
    if (arr->is_null()) return out;
    if (arr->is_array()) {
      for (std::size_t i = 0; i < arr->size(); ++i)
        if (!one((*arr)[i], arr == &v ? with(p, i) : with(with(p, "value"), i)))
          return std::nullopt;
      return out;
    }
    if (!one(*arr, p)) return std::nullopt;
    return out;
  }

  /// Exactly one string item (a one-element array counts).
  std::optional<std::string> single(const json& v, const Path& p, const std::string& what) {
    auto it = items(v, p, what);
    if (!it) return std::nullopt;
    if (it->size() != 1) {
      error(p, fmt::format("{}: expected one value, got {}", what, it->size()));
      return std::nullopt;
    }
    return it->front();
  }

  /// One of `choices` (case-insensitive), as its index. A number means the enumeration
  /// was not cast to [string] in the export.
  std::optional<std::size_t> choice(const json& v, const Path& p, const std::string& what,
                                    std::initializer_list<std::string_view> choices) {
    if (v.is_number()) {
      error(p, fmt::format("{}: numeric value {}: the export must cast enumerations to "
                           "[string] (see docs/targets/windows.md)",
                           what, v.dump()));
      return std::nullopt;
    }
    auto s = single(v, p, what);
    if (!s) return std::nullopt;
    std::size_t i = 0;
    for (std::string_view c : choices) {
      if (same_word(*s, c)) return i;
      ++i;
    }
    error(p, fmt::format("{}: unknown value '{}' (expected {})", what, *s,
                         fmt::join(choices.begin(), choices.end(), ", ")));
    return std::nullopt;
  }

  std::optional<WindowsExport> run(const json& doc) {
    WindowsExport out;
    out.file = file_;
    if (!doc.is_object()) {
      error({}, fmt::format("expected an object with Rules and Profiles, got {} (use the export "
                            "command of docs/targets/windows.md)",
                            doc.type_name()));
      return std::nullopt;
    }
    for (const auto& [key, value] : doc.items()) {
      if (key == "Host") {
        if (!value.is_null())
          if (auto s = single(value, with({}, key), "Host")) out.host = *s;
      } else if (key == "Rules") {
        read_rules(value, with({}, key), out);
      } else if (key == "Profiles") {
        read_profiles(value, with({}, key), out);
      } else if (key == "Addresses") {
        read_addresses(value, with({}, key), out);
      } else {
        error(with({}, key), fmt::format("unknown field '{}' (expected Host, Rules, Profiles, "
                                         "Addresses)",
                                         key));
      }
    }
    if (!doc.contains("Rules")) error({}, "the export has no Rules");
    if (!doc.contains("Profiles")) error({}, "the export has no Profiles");
    if (!ok_) return std::nullopt;
    return out;
  }

 private:
  /// The elements of an array field; a single object stands for a one-element array.
  std::vector<std::pair<const json*, Path>> elements(const json& v, const Path& p) {
    std::vector<std::pair<const json*, Path>> out;
    const json* arr = &v;
    Path base = p;
    if (v.is_object() && v.contains("value") && v["value"].is_array()) {
      arr = &v["value"];
      base = with(p, "value");
    }
    if (arr->is_null()) return out;
    if (arr->is_array()) {
      for (std::size_t i = 0; i < arr->size(); ++i) out.emplace_back(&(*arr)[i], with(base, i));
    } else {
      out.emplace_back(arr, p);
    }
    return out;
  }

  void read_rules(const json& v, const Path& p, WindowsExport& out) {
    const auto rules = elements(v, p);
    // Where each rule starts, found in one pass (a lookup per rule would be quadratic).
    std::vector<std::pair<int, int>> starts;
    if (!rules.empty() && rules.front().second.size() > p.size()) {
      Path array = rules.front().second;
      array.pop_back();
      starts = loc_.line_columns(loc_.element_offsets(array));
    }
    for (std::size_t i = 0; i < rules.size(); ++i) {
      const auto& [r, rp] = rules[i];
      if (!r->is_object()) {
        error(rp, fmt::format("a rule must be an object, got {}", r->type_name()));
        continue;
      }
      if (auto rule = read_rule(*r, rp)) {
        out.rules.push_back(std::move(*rule));
        out.rule_locs.push_back(starts.size() == rules.size()
                                    ? SourceLoc{file_, starts[i].first, starts[i].second}
                                    : at(rp));
      }
    }
  }

  std::optional<fw::Rule> read_rule(const json& r, const Path& p) {
    fw::Rule rule;
    const bool was_ok = ok_;
    ok_ = true;
    // The rule's name first, for the messages.
    if (r.contains("DisplayName") && r["DisplayName"].is_string())
      rule.name = r["DisplayName"].get<std::string>();
    if (r.contains("Name") && r["Name"].is_string()) rule.id = r["Name"].get<std::string>();
    const std::string who =
        rule.name.empty() ? fmt::format("rule {}", rule.id.empty() ? "?" : "'" + rule.id + "'")
        : rule.id.empty() ? fmt::format("rule '{}'", rule.name)
                          : fmt::format("rule '{}' ({})", rule.name, rule.id);
    auto field = [&](const std::string& f) { return who + ": " + f; };
    for (const char* req : {"Name", "DisplayName", "Direction", "Action"})
      if (!r.contains(req)) error(p, field(std::string("missing field ") + req));

    json proto_value = r.contains("Protocol") ? r["Protocol"] : json();
    read_protocol(proto_value, with(p, "Protocol"), field("Protocol"), rule);
    for (const auto& [key, value] : r.items()) {
      const Path fp = with(p, key);
      const std::string what = field(key);
      if (key == "Name" || key == "DisplayName") {
        if (auto s = single(value, fp, what)) (key == "Name" ? rule.id : rule.name) = *s;
      } else if (key == "Group") {
        if (auto it = items(value, fp, what)) {
          if (it->size() > 1) error(fp, what + ": expected one value");
          rule.group = it->empty() ? "" : it->front();
        }
      } else if (key == "Description" || key == "DisplayGroup") {
        items(value, fp, what);  // informational
      } else if (key == "Enabled") {
        if (auto c = choice(value, fp, what, {"True", "False"})) rule.enabled = *c == 0;
      } else if (key == "Direction") {
        if (auto c = choice(value, fp, what, {"Inbound", "Outbound"}))
          rule.dir = *c == 0 ? fw::Dir::In : fw::Dir::Out;
      } else if (key == "Action") {
        if (auto c = choice(value, fp, what, {"Allow", "Block"}))
          rule.action = *c == 0 ? fw::Act::Allow : fw::Act::Block;
      } else if (key == "Profile") {
        read_profile_set(value, fp, what, rule);
      } else if (key == "PolicyStoreSourceType") {
        read_source(value, fp, what, rule);
      } else if (key == "Protocol") {
        // read above: ports and types depend on it
      } else if (key == "LocalPort" || key == "RemotePort") {
        read_ports(value, fp, what, rule, key == "LocalPort");
      } else if (key == "IcmpType") {
        read_icmp(value, fp, what, rule);
      } else if (key == "LocalAddress" || key == "RemoteAddress") {
        read_addrs(value, fp, what, rule, key == "LocalAddress");
      } else if (key == "Program" || key == "Service" || key == "Package") {
        read_filter(value, fp, what, key, rule);
      } else {
        error(fp, fmt::format("{}: unknown field (a field bulkhead does not read could change what "
                              "the rule matches)",
                              what));
      }
    }
    const bool rule_ok = ok_;
    ok_ = was_ok && rule_ok;
    if (!rule_ok) return std::nullopt;
    return rule;
  }

  void read_protocol(const json& v, const Path& p, const std::string& what, fw::Rule& rule) {
    if (v.is_null()) return;  // Any
    auto s = single(v, p, what);
    if (!s) return;
    const std::string t = trim(*s);
    struct Named {
      std::string_view name;
      fw::Proto proto;
    };
    for (const Named& n :
         {Named{"Any", fw::Proto::Any}, Named{"TCP", fw::Proto::Tcp}, Named{"UDP", fw::Proto::Udp},
          Named{"ICMPv4", fw::Proto::Icmpv4}, Named{"ICMPv6", fw::Proto::Icmpv6}}) {
      if (same_word(t, n.name)) {
        rule.proto = n.proto;
        return;
      }
    }
    auto n = number(t, 255);
    if (!n) {
      error(p, fmt::format("{}: unknown value '{}' (expected Any, TCP, UDP, ICMPv4, ICMPv6 or a "
                           "number 0-255)",
                           what, *s));
      return;
    }
    // Windows names these four by name; a number means the same protocol.
    switch (*n) {
      case 6:
        rule.proto = fw::Proto::Tcp;
        return;
      case 17:
        rule.proto = fw::Proto::Udp;
        return;
      case 1:
        rule.proto = fw::Proto::Icmpv4;
        return;
      case 58:
        rule.proto = fw::Proto::Icmpv6;
        return;
      default:
        rule.proto = fw::Proto::Number;
        rule.protocol_number = static_cast<std::uint8_t>(*n);
    }
  }

  void read_profile_set(const json& v, const Path& p, const std::string& what, fw::Rule& rule) {
    if (v.is_number()) {
      choice(v, p, what, {});
      return;
    }
    auto it = items(v, p, what);
    if (!it) return;
    std::uint8_t bits = 0;
    for (const std::string& item : *it) {
      std::string rest = item;
      std::size_t start = 0;
      while (start <= rest.size()) {
        std::size_t comma = rest.find(',', start);
        if (comma == std::string::npos) comma = rest.size();
        const std::string word = trim(std::string_view(rest).substr(start, comma - start));
        start = comma + 1;
        if (same_word(word, "Any")) {
          bits |= fw::kAnyProfile;
        } else if (same_word(word, "Domain")) {
          bits |= fw::kDomain;
        } else if (same_word(word, "Private")) {
          bits |= fw::kPrivate;
        } else if (same_word(word, "Public")) {
          bits |= fw::kPublic;
        } else {
          error(p, fmt::format("{}: unknown profile '{}' (expected Any, Domain, Private, Public)",
                               what, word));
          return;
        }
      }
    }
    rule.profiles = it->empty() ? fw::kAnyProfile : bits;
  }

  void read_source(const json& v, const Path& p, const std::string& what, fw::Rule& rule) {
    static constexpr std::pair<std::string_view, fw::Source> kSources[] = {
        {"Local", fw::Source::Local},
        {"PersistentStore", fw::Source::Local},
        {"HostFirewallLocal", fw::Source::Local},
        {"GroupPolicy", fw::Source::GroupPolicy},
        {"HostFirewallGroupPolicy", fw::Source::GroupPolicy},
        {"MDM", fw::Source::Mdm},
        {"HostFirewallMDM", fw::Source::Mdm},
        {"Dynamic", fw::Source::Dynamic},
        {"HostFirewallDynamic", fw::Source::Dynamic},
        {"Generated", fw::Source::Generated},
        {"Hardcoded", fw::Source::Hardcoded},
        {"None", fw::Source::None},
    };
    if (v.is_number()) {
      choice(v, p, what, {});
      return;
    }
    auto s = single(v, p, what);
    if (!s) return;
    for (const auto& [name, src] : kSources) {
      if (same_word(*s, name)) {
        rule.source = src;
        return;
      }
    }
    error(p, fmt::format("{}: unknown value '{}' (expected Local, GroupPolicy, MDM, Dynamic, "
                         "Generated, Hardcoded or None)",
                         what, *s));
  }

  void read_ports(const json& v, const Path& p, const std::string& what, fw::Rule& rule,
                  bool local) {
    auto it = items(v, p, what);
    if (!it) return;
    std::vector<fw::PortRange> ranges;
    std::vector<fw::PortKeyword> kws;
    bool any = it->empty();
    for (const std::string& raw : *it) {
      const std::string s = trim(raw);
      if (same_word(s, "Any") || s == "*") {
        any = true;
        continue;
      }
      if (auto k = fw::parse_port_keyword(s)) {
        kws.push_back(*k);
        continue;
      }
      const std::size_t dash = s.find('-');
      auto lo = number(s.substr(0, dash), 65535);
      auto hi = dash == std::string::npos ? lo : number(s.substr(dash + 1), 65535);
      if (!lo || !hi || *lo > *hi) {
        error(p, fmt::format("{}: unknown value '{}' (expected Any, a port, a range lo-hi or a "
                             "keyword such as RPC)",
                             what, raw));
        return;
      }
      ranges.push_back(fw::PortRange{*lo, *hi});
    }
    if (any) return;  // Any anywhere in the list: every port
    if (rule.proto != fw::Proto::Tcp && rule.proto != fw::Proto::Udp) {
      error(p, fmt::format("{}: ports on a rule whose protocol is {} (Windows takes ports for TCP "
                           "and UDP only)",
                           what, fw::proto_text(rule)));
      return;
    }
    (local ? rule.local_ports : rule.remote_ports) = std::move(ranges);
    (local ? rule.local_port_keywords : rule.remote_port_keywords) = std::move(kws);
  }

  void read_icmp(const json& v, const Path& p, const std::string& what, fw::Rule& rule) {
    auto it = items(v, p, what);
    if (!it) return;
    std::vector<fw::PortRange> types;
    std::vector<fw::IcmpTypeCode> codes;
    bool any = it->empty();
    for (const std::string& raw : *it) {
      const std::string s = trim(raw);
      if (same_word(s, "Any") || s == "*") {
        any = true;
        continue;
      }
      const std::size_t colon = s.find(':');
      auto type = number(s.substr(0, colon), 255);
      std::optional<std::uint32_t> code;
      if (colon != std::string::npos) code = number(s.substr(colon + 1), 255);
      if (!type || (colon != std::string::npos && !code)) {
        error(p, fmt::format("{}: unknown value '{}' (expected Any, a type 0-255 or type:code)",
                             what, raw));
        return;
      }
      if (code) {
        codes.push_back(
            fw::IcmpTypeCode{static_cast<std::uint8_t>(*type), static_cast<std::uint8_t>(*code)});
      } else {
        types.push_back(fw::PortRange{*type, *type});
      }
    }
    if (any) return;
    if (rule.proto != fw::Proto::Icmpv4 && rule.proto != fw::Proto::Icmpv6) {
      error(p, fmt::format("{}: ICMP types on a rule whose protocol is {}", what,
                           fw::proto_text(rule)));
      return;
    }
    rule.icmp_types = std::move(types);
    rule.icmp_codes = std::move(codes);
  }

  /// "10.0.0.1", "10.0.0.0/8", "10.0.0.0/255.0.0.0", "10.0.0.1-10.0.0.9", "fe80::/64".
  static std::optional<fw::AddrRange> addr_range(std::string_view s) {
    std::string text(s);
    if (std::size_t pct = text.find('%'); pct != std::string::npos) {  // fe80::1%12
      std::size_t slash = text.find('/', pct);
      text.erase(pct, (slash == std::string::npos ? text.size() : slash) - pct);
    }
    if (std::size_t dash = text.find('-'); dash != std::string::npos) {
      auto lo = parse_addr(text.substr(0, dash));
      auto hi = parse_addr(text.substr(dash + 1));
      if (!lo || !hi || lo->family != hi->family || lo->value > hi->value) return std::nullopt;
      return fw::AddrRange{lo->family, lo->value, hi->value};
    }
    const std::size_t slash = text.find('/');
    auto base = parse_addr(text.substr(0, slash));
    if (!base) return std::nullopt;
    if (slash == std::string::npos) return fw::AddrRange{base->family, base->value, base->value};
    const std::string len_text = text.substr(slash + 1);
    int len = -1;
    if (auto n = number(len_text, static_cast<std::uint32_t>(family_bits(base->family)))) {
      len = static_cast<int>(*n);
    } else if (auto mask = parse_addr(len_text); mask && mask->family == base->family) {
      // A mask: contiguous ones, as Windows writes IPv4 subnets.
      const u128 host = ~mask->value & family_max(base->family);
      if ((host & (host + 1)) != 0) return std::nullopt;
      int host_bits = 0;
      for (u128 h = host; h != 0; h >>= 1) ++host_bits;
      len = family_bits(base->family) - host_bits;
    } else {
      return std::nullopt;
    }
    const u128 host = host_mask(base->family, len);
    // Windows keeps the network of "10.0.0.5/24"; so does bulkhead.
    return fw::AddrRange{base->family, base->value & ~host, (base->value & ~host) | host};
  }

  void read_addrs(const json& v, const Path& p, const std::string& what, fw::Rule& rule,
                  bool local) {
    auto it = items(v, p, what);
    if (!it) return;
    std::vector<fw::AddrRange> ranges;
    std::vector<fw::AddrKeyword> kws;
    bool any = it->empty();
    for (const std::string& raw : *it) {
      const std::string s = trim(raw);
      if (same_word(s, "Any") || s == "*") {
        any = true;
        continue;
      }
      if (auto k = fw::parse_addr_keyword(s)) {
        kws.push_back(*k);
        continue;
      }
      auto r = addr_range(s);
      if (!r) {
        error(p, fmt::format("{}: unknown value '{}' (expected Any, an address, address/length, "
                             "address/mask, a range lo-hi or a keyword such as LocalSubnet)",
                             what, raw));
        return;
      }
      ranges.push_back(*r);
    }
    if (any) return;
    (local ? rule.local : rule.remote) = std::move(ranges);
    (local ? rule.local_keywords : rule.remote_keywords) = std::move(kws);
  }

  void read_filter(const json& v, const Path& p, const std::string& what, const std::string& key,
                   fw::Rule& rule) {
    auto it = items(v, p, what);
    if (!it) return;
    if (it->size() > 1) {
      error(p, what + ": expected one value");
      return;
    }
    std::string s = it->empty() ? "" : trim(it->front());
    if (same_word(s, "Any")) s.clear();
    (key == "Program" ? rule.program : key == "Service" ? rule.service : rule.package) = s;
  }

  void read_profiles(const json& v, const Path& p, WindowsExport& out) {
    bool seen[3] = {false, false, false};
    for (const auto& [pr, pp] : elements(v, p)) {
      if (!pr->is_object()) {
        error(pp, fmt::format("a profile must be an object, got {}", pr->type_name()));
        continue;
      }
      if (!pr->contains("Name")) {
        error(pp, "profile: missing field Name");
        continue;
      }
      auto which =
          choice((*pr)["Name"], with(pp, "Name"), "profile Name", {"Domain", "Private", "Public"});
      if (!which) continue;
      if (seen[*which]) error(pp, fmt::format("profile {} given twice", fw::kProfileNames[*which]));
      seen[*which] = true;
      ProfileState& st = out.profiles[*which];
      const std::string who = fmt::format("profile {}", fw::kProfileNames[*which]);
      for (const auto& [key, value] : pr->items()) {
        const Path fp = with(pp, key);
        const std::string what = who + ": " + key;
        if (key == "Name") continue;
        if (key == "Enabled" || key == "AllowLocalFirewallRules") {
          if (auto c = choice(value, fp, what, {"True", "False", "NotConfigured"}))
            (key == "Enabled" ? st.enabled : st.allow_local_rules) = *c != 1;
        } else if (key == "DefaultInboundAction" || key == "DefaultOutboundAction") {
          const bool in = key == "DefaultInboundAction";
          if (auto c = choice(value, fp, what, {"Allow", "Block", "NotConfigured"})) {
            fw::Act a = *c == 0 ? fw::Act::Allow : fw::Act::Block;
            if (*c == 2) a = in ? fw::Act::Block : fw::Act::Allow;  // Windows' defaults
            (in ? st.default_in : st.default_out) = a;
          }
        } else {
          error(fp, fmt::format("{}: unknown field (expected Name, Enabled, DefaultInboundAction, "
                                "DefaultOutboundAction, AllowLocalFirewallRules)",
                                what));
        }
      }
    }
    for (int i = 0; i < 3; ++i)
      if (!seen[i]) error(p, fmt::format("the export has no {} profile", fw::kProfileNames[i]));
  }

  void read_addresses(const json& v, const Path& p, WindowsExport& out) {
    out.has_addresses = true;
    for (const auto& [a, ap] : elements(v, p)) {
      if (!a->is_object()) {
        error(ap, fmt::format("an address must be an object, got {}", a->type_name()));
        continue;
      }
      InterfaceAddress ia;
      bool have_addr = false, have_len = false;
      for (const auto& [key, value] : a->items()) {
        const Path fp = with(ap, key);
        if (key == "IPAddress") {
          auto s = single(value, fp, "address IPAddress");
          if (!s) continue;
          std::string text = trim(*s);
          if (std::size_t pct = text.find('%'); pct != std::string::npos) text.erase(pct);
          auto addr = parse_addr(text);
          if (!addr) {
            error(fp, fmt::format("address IPAddress: not an address: '{}'", *s));
            continue;
          }
          ia.addr = *addr;
          have_addr = true;
        } else if (key == "PrefixLength") {
          auto s = single(value, fp, "address PrefixLength");
          auto n = s ? number(*s, 128) : std::nullopt;
          if (!n) {
            if (s) error(fp, fmt::format("address PrefixLength: not a length: '{}'", *s));
            continue;
          }
          ia.prefix_length = static_cast<int>(*n);
          have_len = true;
        } else if (key == "InterfaceAlias") {
          if (auto s = single(value, fp, "address InterfaceAlias")) ia.interface = *s;
        } else {
          error(fp, fmt::format("address: unknown field '{}' (expected IPAddress, PrefixLength, "
                                "InterfaceAlias)",
                                key));
        }
      }
      if (!have_addr || !have_len) {
        error(ap, "address: needs IPAddress and PrefixLength");
        continue;
      }
      if (ia.prefix_length > family_bits(ia.addr.family)) {
        error(with(ap, "PrefixLength"), fmt::format("address PrefixLength: {} is too long for {}",
                                                    ia.prefix_length, ia.addr.str()));
        continue;
      }
      out.addresses.push_back(std::move(ia));
    }
  }

  const Locator& loc_;
  std::string file_;
  Diagnostics& diags_;
  bool ok_ = true;
};

}  // namespace

fw::HostFacts WindowsExport::facts() const {
  fw::HostFacts f;
  f.subnets_known = has_addresses;
  for (const InterfaceAddress& a : addresses) {
    const u128 host = host_mask(a.addr.family, a.prefix_length);
    f.subnets.push_back(
        fw::AddrRange{a.addr.family, a.addr.value & ~host, (a.addr.value & ~host) | host});
  }
  return f;
}

std::optional<WindowsExport> import_windows_export(std::string_view bytes, const std::string& file,
                                                   Diagnostics& diags) {
  std::string why;
  std::optional<std::string> text = decode(bytes, &why);
  if (!text) {
    diags.error(SourceLoc{file, 0, 0}, why);
    return std::nullopt;
  }
  const Locator loc(*text);
  json doc;
  try {
    doc = json::parse(*text);
  } catch (const json::parse_error& e) {
    // e.byte is 1-based: the position of the character the parser stopped at.
    auto [line, column] = loc.line_column(e.byte > 0 ? e.byte - 1 : 0);
    std::string msg = e.what();
    // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error ..."
    if (std::size_t c = msg.find("column "); c != std::string::npos) {
      if (std::size_t colon = msg.find(": ", c); colon != std::string::npos)
        msg = msg.substr(colon + 2);
    }
    diags.error(SourceLoc{file, line, column}, "invalid JSON: " + msg);
    return std::nullopt;
  }
  Reader reader(loc, file, diags);
  return reader.run(doc);
}

}  // namespace bulkhead::targets::windows
