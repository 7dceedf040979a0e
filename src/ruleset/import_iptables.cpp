// iptables-save / ip6tables-save text → Ruleset. The filter table's chains are read line
// by line (`:CHAIN POLICY [p:b]`, `-A CHAIN <match> -j|-g TARGET`, `COMMIT`), each rule's
// options become a MatchSpec, and every built-in chain with a policy (INPUT, FORWARD,
// OUTPUT) is flattened into one point. Other tables (nat, mangle, raw, security) are
// noted and not audited. The family is IPv6 when the header says ip6tables-save or the
// rules name IPv6 addresses, else IPv4.
//
// Modelled: -s/-d (with !, comma lists, CIDR or dotted masks), -p, --dport/--sport,
// -m multiport --dports/--sports, -m iprange --src-range/--dst-range, -m conntrack
// --ctstate and -m state --state (a rule whose states exclude NEW applies to no new
// connection), --icmp-type/--icmpv6-type, -i lo (loopback only: no packet from the
// network). Not modelled, the rule kept inexact and noted: other interfaces, -m set
// (ipset contents are not in the dump), --ports, limit, mark and any other match.
// Cost: linear in the text, then flattening.
#include <charconv>
#include <map>
#include <set>

#include <fmt/format.h>

#include "ruleset/chains.h"
#include "ruleset/import.h"
#include "ruleset/match.h"

namespace bulkhead::ruleset {
namespace {

struct Token {
  std::string text;
  int column = 0;
};

/// Splits a line into words; double quotes group (as iptables-save writes comments).
std::vector<Token> tokenize(std::string_view line) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
    if (i >= line.size()) break;
    Token t;
    t.column = static_cast<int>(i) + 1;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') {
      if (line[i] == '"') {
        ++i;
        while (i < line.size() && line[i] != '"') {
          if (line[i] == '\\' && i + 1 < line.size()) ++i;
          t.text += line[i++];
        }
        if (i < line.size()) ++i;
      } else {
        t.text += line[i++];
      }
    }
    out.push_back(std::move(t));
  }
  return out;
}

std::optional<std::uint32_t> number(std::string_view s, std::uint32_t max) {
  std::uint32_t v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || v > max) return std::nullopt;
  return v;
}

/// "22", "1024:65535", ":1023", "1024:" (iptables' port range forms).
std::optional<IntervalSet<std::uint32_t>> port_range(std::string_view s) {
  std::size_t colon = s.find(':');
  if (colon == std::string_view::npos) {
    auto v = number(s, kPortMax);
    if (!v) return std::nullopt;
    return IntervalSet<std::uint32_t>::range(*v, *v);
  }
  std::string_view a = s.substr(0, colon), b = s.substr(colon + 1);
  auto lo = a.empty() ? std::optional<std::uint32_t>(0) : number(a, kPortMax);
  auto hi = b.empty() ? std::optional<std::uint32_t>(kPortMax) : number(b, kPortMax);
  if (!lo || !hi || *lo > *hi) return std::nullopt;
  return IntervalSet<std::uint32_t>::range(*lo, *hi);
}

std::optional<IntervalSet<std::uint32_t>> port_list(std::string_view s) {
  IntervalSet<std::uint32_t> out;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t comma = s.find(',', start);
    std::string_view part =
        s.substr(start, comma == std::string_view::npos ? s.npos : comma - start);
    auto r = port_range(part);
    if (!r) return std::nullopt;
    out = out.unite(*r);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return out;
}

/// "10.0.0.0/8", "10.0.0.0/255.0.0.0", "10.0.0.1", "fe80::/64", comma lists.
std::optional<AddrSet> addr_list(std::string_view s) {
  AddrSet out;
  std::size_t start = 0;
  while (true) {
    std::size_t comma = s.find(',', start);
    std::string_view part =
        s.substr(start, comma == std::string_view::npos ? s.npos : comma - start);
    std::size_t slash = part.find('/');
    if (slash != std::string_view::npos) {
      std::optional<Addr> mask = parse_addr(part.substr(slash + 1));
      if (mask) {
        // A dotted mask: must be contiguous.
        u128 m = mask->value;
        int len = 0;
        int bits = family_bits(mask->family);
        for (int b = bits - 1; b >= 0 && ((m >> b) & 1); --b) ++len;
        if ((m & host_mask(mask->family, len)) != 0) return std::nullopt;
        std::optional<Addr> a = parse_addr(part.substr(0, slash));
        if (!a || a->family != mask->family) return std::nullopt;
        u128 first = a->value & ~host_mask(a->family, len) & family_max(a->family);
        out.of(a->family).add(first, first | host_mask(a->family, len));
      } else {
        std::optional<Addr> a = parse_addr(part.substr(0, slash));
        auto len = number(part.substr(slash + 1), 128);
        if (!a || !len || static_cast<int>(*len) > family_bits(a->family)) return std::nullopt;
        // iptables masks host bits away (iptables-save never writes them, a user may).
        u128 hm = host_mask(a->family, static_cast<int>(*len));
        u128 first = a->value & ~hm & family_max(a->family);
        out.of(a->family).add(first, first | hm);
      }
    } else {
      std::optional<Addr> a = parse_addr(part);
      if (!a) return std::nullopt;
      out.add(*a);
    }
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return out;
}

/// "10.0.0.1-10.0.0.9"
std::optional<AddrSet> addr_range(std::string_view s) {
  std::size_t dash = s.find('-');
  if (dash == std::string_view::npos) return std::nullopt;
  std::optional<Addr> a = parse_addr(s.substr(0, dash));
  std::optional<Addr> b = parse_addr(s.substr(dash + 1));
  if (!a || !b || a->family != b->family || a->value > b->value) return std::nullopt;
  AddrSet out;
  out.of(a->family).add(a->value, b->value);
  return out;
}

std::optional<std::vector<Proto>> protocol(std::string_view s, Family fam, bool* all) {
  *all = false;
  std::string p(s);
  for (char& c : p) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (p == "all" || p == "0") {
    *all = true;
    return std::vector<Proto>{};
  }
  if (p == "tcp" || p == "6") return std::vector<Proto>{Proto::Tcp};
  if (p == "udp" || p == "17") return std::vector<Proto>{Proto::Udp};
  if (p == "icmp" || p == "1") return std::vector<Proto>{Proto::Icmp};
  if (p == "icmpv6" || p == "ipv6-icmp" || p == "58") return std::vector<Proto>{Proto::Icmpv6};
  (void)fam;
  return std::nullopt;
}

/// Conntrack states: whether a rule matching `states` (negated or not) sees NEW packets.
bool sees_new(std::string_view list, bool negate) {
  bool has_new = false;
  std::size_t start = 0;
  while (true) {
    std::size_t comma = list.find(',', start);
    std::string_view s =
        list.substr(start, comma == std::string_view::npos ? list.npos : comma - start);
    if (s == "NEW") has_new = true;
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return has_new != negate;
}

const std::map<std::string, std::uint32_t>& icmp_names() {
  static const std::map<std::string, std::uint32_t> kNames = {
      {"echo-reply", 0},           {"destination-unreachable", 3},
      {"source-quench", 4},        {"redirect", 5},
      {"echo-request", 8},         {"router-advertisement", 9},
      {"router-solicitation", 10}, {"time-exceeded", 11},
      {"parameter-problem", 12},   {"timestamp-request", 13},
      {"timestamp-reply", 14},
  };
  return kNames;
}
const std::map<std::string, std::uint32_t>& icmpv6_names() {
  static const std::map<std::string, std::uint32_t> kNames = {
      {"destination-unreachable", 1},
      {"packet-too-big", 2},
      {"time-exceeded", 3},
      {"parameter-problem", 4},
      {"echo-request", 128},
      {"echo-reply", 129},
      {"router-solicitation", 133},
      {"router-advertisement", 134},
      {"neighbour-solicitation", 135},
      {"neighbor-solicitation", 135},
      {"neighbour-advertisement", 136},
      {"neighbor-advertisement", 136},
      {"redirect", 137},
  };
  return kNames;
}

class Reader {
 public:
  Reader(std::string_view text, const std::string& file, Diagnostics& diags)
      : text_(text), file_(file), diags_(diags) {}

  std::optional<Ruleset> run() {
    detect_family();
    int lineno = 0;
    std::size_t pos = 0;
    while (pos <= text_.size()) {
      std::size_t nl = text_.find('\n', pos);
      std::string_view line =
          text_.substr(pos, nl == std::string_view::npos ? text_.npos : nl - pos);
      ++lineno;
      handle(line, lineno);
      if (nl == std::string_view::npos) break;
      pos = nl + 1;
    }
    if (!saw_filter_ && !diags_.has_errors())
      diags_.error(SourceLoc{file_, 1, 1}, "no *filter table: not iptables-save output");
    if (diags_.has_errors()) return std::nullopt;
    Ruleset rs;
    rs.file = file_;
    rs.format = Format::IptablesSave;
    rs.notes = std::move(notes_);
    for (const std::string& name : builtin_order_) {
      const Chain& base = chains_.at(name);
      Point p;
      p.name = fmt::format("filter {} ({})", name, family_ == Family::V4 ? "IPv4" : "IPv6");
      p.hook = name;
      p.universe = Region::whole(family_);
      p.policy = policies_.at(name);
      p.policy_loc = base.loc;
      p.policy_text = policy_text_.at(name);
      flatten(chains_, base, p, diags_);
      rs.points.push_back(std::move(p));
    }
    if (diags_.has_errors()) return std::nullopt;
    return rs;
  }

 private:
  void detect_family() {
    family_ = Family::V4;
    if (text_.find("ip6tables-save") != std::string_view::npos) {
      family_ = Family::V6;
      return;
    }
    // No header: an IPv6 address after -s/-d decides.
    for (std::string_view opt : {" -s ", " -d "}) {
      std::size_t at = text_.find(opt);
      while (at != std::string_view::npos) {
        std::size_t end = text_.find_first_of(" \n", at + opt.size());
        std::string_view v = text_.substr(at + opt.size(), end - at - opt.size());
        if (v.find(':') != std::string_view::npos) {
          family_ = Family::V6;
          return;
        }
        at = text_.find(opt, at + 1);
      }
    }
  }

  SourceLoc loc(int line, int col) const { return SourceLoc{file_, line, col}; }

  void handle(std::string_view line, int lineno) {
    std::size_t first = line.find_first_not_of(" \t\r");
    if (first == std::string_view::npos || line[first] == '#') return;
    std::vector<Token> t = tokenize(line);
    const std::string& w = t[0].text;
    if (w[0] == '*') {
      table_ = w.substr(1);
      if (table_ == "filter") {
        saw_filter_ = true;
      } else {
        notes_.push_back({loc(lineno, t[0].column),
                          fmt::format("table '{}' is not audited (only the filter table decides "
                                      "which connections are accepted)",
                                      table_)});
      }
      return;
    }
    if (w == "COMMIT") {
      table_.clear();
      return;
    }
    if (table_.empty()) {
      diags_.error(loc(lineno, t[0].column),
                   fmt::format("'{}' outside a table (expected '*filter' first)", w));
      return;
    }
    if (table_ != "filter") return;
    if (w[0] == ':') {
      std::string name = w.substr(1);
      if (t.size() < 2) {
        diags_.error(loc(lineno, t[0].column), "chain line without a policy");
        return;
      }
      Chain c;
      c.name = name;
      c.loc = loc(lineno, t[0].column);
      if (t[1].text != "-") {
        Action a;
        if (t[1].text == "ACCEPT") {
          a = Action::Accept;
        } else if (t[1].text == "DROP") {
          a = Action::Drop;
        } else {
          diags_.error(loc(lineno, t[1].column),
                       fmt::format("chain policy '{}' (expected ACCEPT, DROP or -)", t[1].text));
          return;
        }
        policies_[name] = a;
        policy_text_[name] = std::string(line.substr(first));
        builtin_order_.push_back(name);
      }
      chains_[name] = std::move(c);
      return;
    }
    if (w == "-A" || w == "--append") {
      rule(t, line, lineno);
      return;
    }
    diags_.error(loc(lineno, t[0].column),
                 fmt::format("'{}' is not an iptables-save line (expected *table, :CHAIN, -A or "
                             "COMMIT)",
                             w));
  }

  void rule(const std::vector<Token>& t, std::string_view line, int lineno) {
    if (t.size() < 2) {
      diags_.error(loc(lineno, t[0].column), "-A without a chain");
      return;
    }
    auto chain = chains_.find(t[1].text);
    if (chain == chains_.end()) {
      diags_.error(loc(lineno, t[1].column),
                   fmt::format("chain '{}' is not declared (no ':{}' line)", t[1].text, t[1].text));
      return;
    }
    ChainRule r;
    r.loc = loc(lineno, 1);
    r.text = std::string(line.substr(line.find_first_not_of(" \t")));
    while (!r.text.empty() && r.text.back() == '\r') r.text.pop_back();
    MatchSpec m;
    m.only(family_);
    std::vector<Proto> protos;  // -p, for --dport
    bool has_verb = false;
    r.verb = Verb::Log;
    std::set<std::string> modules;
    std::size_t i = 2;
    auto bad = [&](const Token& at, std::string msg) {
      diags_.error(loc(lineno, at.column), std::move(msg));
    };
    while (i < t.size()) {
      bool neg = false;
      if (t[i].text == "!") {
        neg = true;
        ++i;
        if (i >= t.size()) break;
      }
      const Token& opt = t[i];
      const std::string& o = opt.text;
      // The option's arguments: words up to the next option.
      std::vector<const Token*> args;
      std::size_t j = i + 1;
      while (j < t.size() && t[j].text != "!" &&
             !(t[j].text.size() > 1 && t[j].text[0] == '-' &&
               !std::isdigit(static_cast<unsigned char>(t[j].text[1])))) {
        args.push_back(&t[j]);
        ++j;
      }
      i = j;
      auto arg = [&](std::size_t k) -> const Token* { return k < args.size() ? args[k] : nullptr; };
      auto need = [&](std::size_t k) -> const Token* {
        if (!arg(k)) bad(opt, fmt::format("{} needs a value", o));
        return arg(k);
      };
      if (o == "-s" || o == "--source" || o == "-d" || o == "--destination") {
        const Token* v = need(0);
        if (!v) return;
        std::optional<AddrSet> a = addr_list(v->text);
        if (!a) return bad(*v, fmt::format("'{}' is not an address or prefix", v->text));
        m.restrict_addr(o == "-s" || o == "--source", *a, neg);
      } else if (o == "-p" || o == "--protocol") {
        const Token* v = need(0);
        if (!v) return;
        bool all = false;
        std::optional<std::vector<Proto>> p = protocol(v->text, family_, &all);
        if (!p) {
          // A protocol number bulkhead's key space holds in the "other" block.
          auto n = number(v->text, 255);
          if (!n) return bad(*v, fmt::format("unknown protocol '{}'", v->text));
          m.restrict_keys(
              ServiceSet::range(service_key(Proto::Other, *n), service_key(Proto::Other, *n)), neg);
        } else if (!all) {
          m.restrict_protos(*p, neg);
          if (!neg) protos = *p;
        } else if (neg) {
          m.never = "! -p all matches nothing";
        }
      } else if (o == "-m" || o == "--match") {
        const Token* v = need(0);
        if (!v) return;
        modules.insert(v->text);
        static const std::set<std::string> kKnown = {"tcp",    "udp",       "icmp",    "icmp6",
                                                     "icmpv6", "multiport", "iprange", "conntrack",
                                                     "state",  "set",       "comment"};
        if (!kKnown.contains(v->text))
          unmodelled(r, m, lineno, opt, fmt::format("match module '{}' is not modelled", v->text));
      } else if (o == "--dport" || o == "--destination-port" || o == "--sport" ||
                 o == "--source-port" || o == "--dports" || o == "--destination-ports" ||
                 o == "--sports" || o == "--source-ports") {
        const Token* v = need(0);
        if (!v) return;
        std::optional<IntervalSet<std::uint32_t>> ports = port_list(v->text);
        if (!ports) return bad(*v, fmt::format("'{}' is not a port or port range", v->text));
        bool dest =
            o.find("dport") != std::string::npos || o.find("destination") != std::string::npos;
        std::vector<Proto> ps = protos;
        if (ps.empty()) {
          if (modules.contains("tcp")) ps.push_back(Proto::Tcp);
          if (modules.contains("udp")) ps.push_back(Proto::Udp);
        }
        if (ps.empty()) return bad(opt, fmt::format("{} without -p tcp or -p udp", o));
        if (dest) {
          m.restrict_dports(ps, *ports, neg);
        } else {
          m.restrict_sports(*ports, neg);
        }
      } else if (o == "--icmp-type" || o == "--icmpv6-type") {
        const Token* v = need(0);
        if (!v) return;
        Proto p = o == "--icmp-type" ? Proto::Icmp : Proto::Icmpv6;
        std::string s = v->text;
        std::size_t slash = s.find('/');
        if (slash != std::string::npos) {
          unmodelled(r, m, lineno, *v, fmt::format("ICMP code in '{}' is not modelled", s));
          s = s.substr(0, slash);
        }
        std::optional<std::uint32_t> type = number(s, 255);
        if (!type) {
          const auto& names = p == Proto::Icmp ? icmp_names() : icmpv6_names();
          auto it = names.find(s);
          if (it != names.end()) type = it->second;
        }
        if (!type) {
          if (s == "any") continue;
          return bad(*v, fmt::format("unknown ICMP type '{}'", v->text));
        }
        m.restrict_dports({p}, IntervalSet<std::uint32_t>::range(*type, *type), neg);
      } else if (o == "--src-range" || o == "--dst-range") {
        const Token* v = need(0);
        if (!v) return;
        std::optional<AddrSet> a = addr_range(v->text);
        if (!a) return bad(*v, fmt::format("'{}' is not an address range", v->text));
        m.restrict_addr(o == "--src-range", *a, neg);
      } else if (o == "--ctstate" || o == "--state") {
        const Token* v = need(0);
        if (!v) return;
        if (!sees_new(v->text, neg))
          m.never = fmt::format("state {}{} excludes NEW: applies to no new connection",
                                neg ? "! " : "", v->text);
      } else if (o == "--match-set") {
        const Token* v = need(0);
        unmodelled(r, m, lineno, opt,
                   fmt::format("ipset '{}': the set's contents are not in iptables-save output",
                               v ? v->text : ""));
      } else if (o == "--comment") {
        // No effect on matching.
      } else if (o == "-i" || o == "--in-interface" || o == "-o" || o == "--out-interface") {
        const Token* v = need(0);
        if (!v) return;
        bool in = o == "-i" || o == "--in-interface";
        if (in && v->text == "lo") {
          if (!neg) m.never = "-i lo: loopback only, no packet from the network";
        } else {
          unmodelled(
              r, m, lineno, opt,
              fmt::format("interface match {}{} {} is not modelled", neg ? "! " : "", o, v->text));
        }
      } else if (o == "-j" || o == "--jump" || o == "-g" || o == "--goto") {
        const Token* v = need(0);
        if (!v) return;
        has_verb = true;
        const std::string& tg = v->text;
        bool go = o == "-g" || o == "--goto";
        if (go) {
          r.verb = Verb::Goto;
          r.target = tg;
        } else if (tg == "ACCEPT") {
          r.verb = Verb::Accept;
        } else if (tg == "DROP") {
          r.verb = Verb::Drop;
        } else if (tg == "REJECT") {
          r.verb = Verb::Reject;
        } else if (tg == "RETURN") {
          r.verb = Verb::Return;
        } else if (chains_.contains(tg)) {
          r.verb = Verb::Jump;
          r.target = tg;
        } else if (tg == "LOG" || tg == "NFLOG" || tg == "ULOG" || tg == "AUDIT" || tg == "MARK" ||
                   tg == "CONNMARK" || tg == "TRACE") {
          r.verb = Verb::Log;  // non-terminal: evaluation continues
          // A rate-limited log bounds its own volume (the seed table's concern).
          r.logs = (tg == "LOG" || tg == "NFLOG" || tg == "ULOG") &&
                   r.text.find("--limit") == std::string::npos;
        } else {
          r.verb = Verb::Log;
          unmodelled(r, m, lineno, *v,
                     fmt::format("target '{}' is not modelled (taken as not deciding)", tg));
        }
        // The target's own options (--reject-with, --log-prefix) follow; skip them.
      } else if (o == "--reject-with" || o == "--log-prefix" || o == "--log-level" ||
                 o == "--nflog-group" || o == "--nflog-prefix" || o == "--log-uid" ||
                 o == "--log-tcp-options" || o == "--log-ip-options" || o == "--set-mark" ||
                 o == "--set-xmark" || o == "-c" || o == "--set-counters") {
        // Target options and counters: no effect on matching.
      } else if (o == "--syn" || o == "--tcp-flags") {
        unmodelled(r, m, lineno, opt, fmt::format("{} is not modelled", o));
      } else if (!o.empty() && o[0] == '-') {
        unmodelled(r, m, lineno, opt, fmt::format("option '{}' is not modelled", o));
      } else {
        return bad(opt, fmt::format("unexpected word '{}'", o));
      }
    }
    (void)has_verb;
    r.match = m.region(Region::whole(family_));
    r.exact = m.unmodelled.empty();
    r.unmodelled = m.unmodelled;
    chain->second.rules.push_back(std::move(r));
  }

  void unmodelled(const ChainRule& r, MatchSpec& m, int lineno, const Token& at, std::string why) {
    (void)r;
    notes_.push_back({loc(lineno, at.column), why});
    m.unmodelled.push_back(std::move(why));
  }

  std::string_view text_;
  std::string file_;
  Diagnostics& diags_;
  Family family_ = Family::V4;
  std::string table_;
  bool saw_filter_ = false;
  std::map<std::string, Chain> chains_;
  std::map<std::string, Action> policies_;
  std::map<std::string, std::string> policy_text_;
  std::vector<std::string> builtin_order_;
  std::vector<Note> notes_;
};

}  // namespace

std::optional<Ruleset> import_iptables_save(std::string_view text, const std::string& file,
                                            Diagnostics& diags) {
  return Reader(text, file, diags).run();
}

}  // namespace bulkhead::ruleset
