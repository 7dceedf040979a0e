// nft_eval: a strict reader of `nft -f` text and an evaluator of nftables packet semantics,
// written independently of the renderer so that it can judge it.
//
// Reading: a tokenizer (words, quoted strings, braces, ';', ',', newlines; '#' comments)
// feeds a recursive-descent parser of the subset bulkhead emits: `table`/`delete table`/
// `flush ruleset` commands, named interval sets, named address → verdict maps (`map M { type
// ipv4_addr : verdict; flags interval; elements = { a : jump c, ... } }`), base and regular
// chains, and rules made of iif/oif, ct state, meta nfproto/l4proto, th/tcp/udp dport,
// ip/ip6 saddr/daddr (named set, literal, prefix, range, anonymous set, `!=`), ip6
// hoplimit, icmpv6 type, limit rate, log, counter, comment, the verdicts accept/drop/jump/
// return, and verdict-map lookups (`ip saddr vmap @M`, `th dport vmap { 22 : jump c }`),
// which end their rule. Concatenated keys, goto and other map types are not read. Every
// jump target must be a regular chain of the table (checked when the file ends, as nft
// checks at commit). Anything else is an error with its line, and a file either loads
// completely or not at all (one nft transaction).
//
// Evaluating: base chains of a hook run in priority order across tables whose family
// applies (inet: both, ip: IPv4, ip6: IPv6). Within a rule, expressions run left to right
// and the first that does not match ends the rule: a protocol-qualified match (ip saddr,
// ip6 hoplimit, icmpv6 type, tcp dport) never matches a packet of the other family or
// protocol, whatever the operator; `limit` over its rate stops its rule. accept ends the
// chain, drop ends the hook. A verdict map lookup whose key has no element does not match
// (evaluation goes on with the next rule); an element's jump runs its chain and, when that
// chain ends without a verdict, evaluation goes on after the lookup's rule. `th dport` on a
// packet without ports is an error, in a lookup as in a match (the kernel would read other
// header bytes). Sets and maps are sorted interval vectors: O(log n) per lookup.
#include "testlib/nft_eval.h"

#include <algorithm>
#include <charconv>
#include <functional>
#include <stdexcept>

#include <fmt/format.h>

namespace bulkhead::testing::nft {
namespace {

// ---------------------------------------------------------------------------------------
// Tokens

enum class Tok : std::uint8_t { Word, String, LBrace, RBrace, Semi, Comma, Newline, End };

struct Token {
  Tok kind;
  std::string text;
  int line;
};

struct LoadError : std::runtime_error {
  int line;
  LoadError(int l, const std::string& m) : std::runtime_error(m), line(l) {}
};

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  int line = 1;
  std::size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == '\n') {
      out.push_back({Tok::Newline, "\n", line++});
      ++i;
    } else if (c == ' ' || c == '\t' || c == '\r') {
      ++i;
    } else if (c == '#') {
      while (i < s.size() && s[i] != '\n') ++i;
    } else if (c == '\\' && i + 1 < s.size() && s[i + 1] == '\n') {
      i += 2;  // line continuation
      ++line;
    } else if (c == '"') {
      std::size_t end = s.find('"', i + 1);
      if (end == std::string_view::npos) throw LoadError(line, "unterminated string");
      std::string_view body = s.substr(i + 1, end - i - 1);
      if (body.find('\n') != std::string_view::npos)
        throw LoadError(line, "newline inside a string");
      out.push_back({Tok::String, std::string(body), line});
      i = end + 1;
    } else if (c == '{' || c == '}' || c == ';' || c == ',') {
      Tok k = c == '{' ? Tok::LBrace : c == '}' ? Tok::RBrace : c == ';' ? Tok::Semi : Tok::Comma;
      out.push_back({k, std::string(1, c), line});
      ++i;
    } else {
      std::size_t j = i;
      while (j < s.size() &&
             std::string_view(" \t\r\n{};,\"#").find(s[j]) == std::string_view::npos)
        ++j;
      out.push_back({Tok::Word, std::string(s.substr(i, j - i)), line});
      i = j;
    }
  }
  out.push_back({Tok::End, "", line});
  return out;
}

// ---------------------------------------------------------------------------------------
// The loaded ruleset

struct Iv {
  u128 lo;
  u128 hi;
};

/// Sorted, disjoint intervals of addresses or small integers.
struct Values {
  std::vector<Iv> ivs;
  bool contains(u128 v) const {
    auto it =
        std::upper_bound(ivs.begin(), ivs.end(), v, [](u128 x, const Iv& iv) { return x < iv.lo; });
    return it != ivs.begin() && v <= std::prev(it)->hi;
  }
};

struct NamedSet {
  std::string name;
  Family family = Family::V4;
  bool interval = false;
  Values values;
};

enum class Key : std::uint8_t {
  Iif,
  Oif,
  CtState,
  Nfproto,
  L4proto,
  ThDport,
  TcpDport,
  UdpDport,
  Saddr,
  Daddr,
  Hoplimit,
  Icmpv6Type,
  IcmpType,
  CtDirection,
  FibDaddrType,
  FibRpfMissing
};

struct Match {
  Key key;
  bool negated = false;
  Family family = Family::V4;           // for Saddr, Daddr
  std::vector<std::string> strings;     // Iif, Oif, CtState, CtDirection, FibDaddrType
  Values values;                        // numbers and literal addresses
  std::shared_ptr<const NamedSet> set;  // a named set instead of `values`
};

enum class StmtKind : std::uint8_t { Limit, Log, Counter, Accept, Drop, Return, Jump, Vmap };

/// A verdict map's elements: sorted, disjoint intervals, each with a verdict (accept, drop
/// or jump CHAIN).
struct VerdictMap {
  struct Elem {
    u128 lo;
    u128 hi;
    StmtKind verdict;
    std::string chain;
  };
  std::vector<Elem> elems;
  const Elem* find(u128 v) const {
    auto it = std::upper_bound(elems.begin(), elems.end(), v,
                               [](u128 x, const Elem& e) { return x < e.lo; });
    if (it == elems.begin() || v > std::prev(it)->hi) return nullptr;
    return &*std::prev(it);
  }
};

struct Stmt {
  StmtKind kind;
  std::string arg;                        // log prefix, jump target
  Key key = Key::Saddr;                   // Vmap: the looked-up key (Saddr, Daddr, *Dport)
  Family family = Family::V4;             // Vmap on an address
  std::shared_ptr<const VerdictMap> map;  // Vmap: a named map's or an anonymous one
};

struct Item {
  bool is_match;
  Match match;
  Stmt stmt;
};

struct Rule {
  std::vector<Item> items;
  std::string comment;
  int line = 0;
};

struct Chain {
  std::string name;
  bool base = false;
  Hook hook = Hook::Input;
  int priority = 0;
  bool policy_accept = true;
  std::vector<Rule> rules;
};

/// `map NAME { type ipv4_addr|ipv6_addr : verdict; flags interval; elements = {...} }`.
struct NamedMap {
  std::string name;
  Family family = Family::V4;
  std::shared_ptr<VerdictMap> map;
};

struct Table {
  std::string family;  // inet, ip, ip6
  std::string name;
  std::vector<std::string> limits;  // named limit objects
  std::vector<std::shared_ptr<NamedSet>> sets;
  std::vector<NamedMap> maps;
  std::vector<Chain> chains;
  std::vector<std::pair<std::string, int>> jumps;  // every jump target, with its line

  const NamedMap* find_map(const std::string& n) const {
    for (const NamedMap& m : maps)
      if (m.name == n) return &m;
    return nullptr;
  }

  const NamedSet* find_set(const std::string& n) const {
    for (const auto& s : sets)
      if (s->name == n) return s.get();
    return nullptr;
  }
  const Chain* find_chain(const std::string& n) const {
    for (const Chain& c : chains)
      if (c.name == n) return &c;
    return nullptr;
  }
};

}  // namespace

struct Ruleset::State {
  std::vector<Table> tables;
};

namespace {

// ---------------------------------------------------------------------------------------
// Values

std::optional<std::uint64_t> number(const std::string& w, std::uint64_t max) {
  std::uint64_t v = 0;
  auto [p, ec] = std::from_chars(w.data(), w.data() + w.size(), v);
  if (ec != std::errc() || p != w.data() + w.size() || v > max) return std::nullopt;
  return v;
}

const std::map<std::string, int>& l4proto_names() {
  static const std::map<std::string, int> k = {
      {"icmp", 1}, {"igmp", 2}, {"tcp", 6},        {"udp", 17},    {"dccp", 33},  {"gre", 47},
      {"esp", 50}, {"ah", 51},  {"ipv6-icmp", 58}, {"icmpv6", 58}, {"sctp", 132}, {"udplite", 136}};
  return k;
}

const std::map<std::string, int>& icmpv6_names() {
  static const std::map<std::string, int> k = {
      {"destination-unreachable", 1}, {"packet-too-big", 2},        {"time-exceeded", 3},
      {"parameter-problem", 4},       {"echo-request", 128},        {"echo-reply", 129},
      {"mld-listener-query", 130},    {"mld-listener-report", 131}, {"mld-listener-done", 132},
      {"nd-router-solicit", 133},     {"nd-router-advert", 134},    {"nd-neighbor-solicit", 135},
      {"nd-neighbor-advert", 136},    {"nd-redirect", 137},         {"mld2-listener-report", 143}};
  return k;
}

const std::vector<std::string> kCtStates = {"invalid", "established", "related", "new",
                                            "untracked"};

/// Parses an address element: "a", "a/len" (no host bits), "a-b" (a <= b).
Iv address_element(const std::string& w, Family fam, int line) {
  auto parse = [&](const std::string& t) {
    std::optional<Addr> a = parse_addr(t);
    if (!a || a->family != fam)
      throw LoadError(
          line, fmt::format("'{}' is not an {} address", t, fam == Family::V4 ? "IPv4" : "IPv6"));
    return a->value;
  };
  std::size_t dash = w.find('-');
  if (dash != std::string::npos) {
    u128 lo = parse(w.substr(0, dash));
    u128 hi = parse(w.substr(dash + 1));
    if (lo > hi) throw LoadError(line, fmt::format("range '{}' is empty", w));
    return {lo, hi};
  }
  std::size_t slash = w.find('/');
  if (slash != std::string::npos) {
    u128 base = parse(w.substr(0, slash));
    std::optional<std::uint64_t> len =
        number(w.substr(slash + 1), static_cast<std::uint64_t>(family_bits(fam)));
    if (!len) throw LoadError(line, fmt::format("bad prefix length in '{}'", w));
    u128 mask = host_mask(fam, static_cast<int>(*len));
    if (base & mask) throw LoadError(line, fmt::format("prefix '{}' has host bits set", w));
    return {base, base | mask};
  }
  u128 v = parse(w);
  return {v, v};
}

/// Sorts and checks intervals; nft refuses overlapping elements in interval sets.
Values normalize(std::vector<Iv> ivs, bool allow_overlap, int line) {
  std::sort(ivs.begin(), ivs.end(), [](const Iv& a, const Iv& b) { return a.lo < b.lo; });
  Values out;
  for (const Iv& iv : ivs) {
    if (!out.ivs.empty() && iv.lo <= out.ivs.back().hi) {
      if (!allow_overlap) throw LoadError(line, "conflicting intervals specified");
      out.ivs.back().hi = std::max(out.ivs.back().hi, iv.hi);
      continue;
    }
    out.ivs.push_back(iv);
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Parser

class Parser {
 public:
  Parser(std::vector<Token> toks, Ruleset::State& st) : t_(std::move(toks)), st_(st) {}

  void file() {
    for (;;) {
      skip_separators();
      if (peek().kind == Tok::End) return;
      std::string w = word("a command");
      if (w == "table") {
        table_cmd();
      } else if (w == "delete") {
        expect_word("table");
        std::string fam = family();
        std::string name = word("a table name");
        auto it = find_table(fam, name);
        if (it == st_.tables.end()) throw err(fmt::format("no such table {} {}", fam, name));
        st_.tables.erase(it);
        end_of_command();
      } else if (w == "flush") {
        expect_word("ruleset");
        st_.tables.clear();
        end_of_command();
      } else {
        throw err(fmt::format("unknown command '{}'", w));
      }
    }
  }

 private:
  // --- token helpers
  const Token& peek(std::size_t k = 0) const { return t_[std::min(i_ + k, t_.size() - 1)]; }
  const Token& next() {
    const Token& tk = t_[i_];
    if (i_ + 1 < t_.size()) ++i_;
    return tk;
  }
  LoadError err(const std::string& m) const { return LoadError(peek().line, m); }
  bool at_word(std::string_view w) const { return peek().kind == Tok::Word && peek().text == w; }
  std::string word(const char* what) {
    if (peek().kind != Tok::Word)
      throw err(fmt::format("expected {}, found '{}'", what, peek().text));
    return next().text;
  }
  void expect_word(std::string_view w) {
    if (!at_word(w)) throw err(fmt::format("expected '{}', found '{}'", w, peek().text));
    next();
  }
  void expect(Tok k, const char* what) {
    if (peek().kind != k) throw err(fmt::format("expected {}, found '{}'", what, peek().text));
    next();
  }
  void skip_separators() {
    while (peek().kind == Tok::Newline || peek().kind == Tok::Semi) next();
  }
  void skip_newlines() {
    while (peek().kind == Tok::Newline) next();
  }
  void end_of_command() {
    if (peek().kind != Tok::Newline && peek().kind != Tok::Semi && peek().kind != Tok::End)
      throw err(fmt::format("unexpected '{}'", peek().text));
  }
  std::string family() {
    std::string f = word("a table family");
    if (f != "inet" && f != "ip" && f != "ip6")
      throw err(fmt::format("unsupported table family '{}'", f));
    return f;
  }
  std::vector<Table>::iterator find_table(const std::string& fam, const std::string& name) {
    return std::find_if(st_.tables.begin(), st_.tables.end(),
                        [&](const Table& t) { return t.family == fam && t.name == name; });
  }

  // --- table, set, chain
  void table_cmd() {
    std::string fam = family();
    std::string name = word("a table name");
    auto it = find_table(fam, name);
    if (it == st_.tables.end()) {
      st_.tables.push_back(Table{fam, name, {}, {}, {}, {}, {}});
      it = std::prev(st_.tables.end());
    }
    if (peek().kind != Tok::LBrace) {
      end_of_command();
      return;
    }
    next();
    Table& t = *it;
    for (;;) {
      skip_separators();
      if (peek().kind == Tok::RBrace) {
        next();
        break;
      }
      std::string w = word("'set', 'map', 'chain', 'limit' or '}'");
      if (w == "set") {
        set_def(t);
      } else if (w == "map") {
        map_def(t);
      } else if (w == "limit") {
        limit_def(t);
      } else if (w == "chain") {
        chain_def(t);
      } else {
        throw err(fmt::format("unknown table statement '{}'", w));
      }
    }
    end_of_command();
  }

  /// `limit NAME { rate N/unit }`.
  void limit_def(Table& t) {
    std::string name = word("a limit name");
    if (std::find(t.limits.begin(), t.limits.end(), name) != t.limits.end())
      throw err(fmt::format("limit '{}' defined twice", name));
    expect(Tok::LBrace, "'{'");
    skip_separators();
    expect_word("rate");
    rate();
    skip_separators();
    expect(Tok::RBrace, "'}'");
    t.limits.push_back(name);
  }

  void rate() {
    if (at_word("over")) throw err("'limit rate over' is not supported");
    std::string rate = word("a rate");
    std::size_t slash = rate.find('/');
    static const std::vector<std::string> kUnits = {"second", "minute", "hour", "day", "week"};
    if (slash == std::string::npos || !number(rate.substr(0, slash), 0xffffffffu) ||
        std::find(kUnits.begin(), kUnits.end(), rate.substr(slash + 1)) == kUnits.end())
      throw err(fmt::format("bad rate '{}'", rate));
    if (at_word("burst")) {
      next();
      if (!number(word("a burst"), 0xffffffffu)) throw err("bad burst");
      expect_word("packets");
    }
  }

  void set_def(Table& t) {
    int line = peek().line;
    auto s = std::make_shared<NamedSet>();
    s->name = word("a set name");
    if (t.find_set(s->name) != nullptr || t.find_map(s->name) != nullptr)
      throw err(fmt::format("set '{}' defined twice", s->name));
    expect(Tok::LBrace, "'{'");
    bool typed = false;
    std::vector<std::string> elems;
    for (;;) {
      skip_separators();
      if (peek().kind == Tok::RBrace) {
        next();
        break;
      }
      std::string w = word("a set property");
      if (w == "type") {
        std::string ty = word("a set type");
        if (ty == "ipv4_addr") {
          s->family = Family::V4;
        } else if (ty == "ipv6_addr") {
          s->family = Family::V6;
        } else {
          throw err(fmt::format("unsupported set type '{}'", ty));
        }
        typed = true;
      } else if (w == "flags") {
        for (;;) {
          std::string f = word("a set flag");
          if (f != "interval") throw err(fmt::format("unsupported set flag '{}'", f));
          s->interval = true;
          if (peek().kind != Tok::Comma) break;
          next();
        }
      } else if (w == "elements") {
        expect_word("=");
        elems = brace_list();
      } else {
        throw err(fmt::format("unknown set property '{}'", w));
      }
    }
    if (!typed) throw LoadError(line, fmt::format("set '{}' has no type", s->name));
    std::vector<Iv> ivs;
    for (const std::string& e : elems) {
      Iv iv = address_element(e, s->family, line);
      if (iv.lo != iv.hi && !s->interval)
        throw LoadError(line, fmt::format("set '{}' needs 'flags interval' for '{}'", s->name, e));
      ivs.push_back(iv);
    }
    s->values = normalize(std::move(ivs), /*allow_overlap=*/false, line);
    t.sets.push_back(std::move(s));
  }

  /// `map NAME { type ipv4_addr|ipv6_addr : verdict; flags interval; elements = { ... } }`:
  /// the only maps bulkhead emits (address → verdict).
  void map_def(Table& t) {
    int line = peek().line;
    NamedMap m;
    m.name = word("a map name");
    if (t.find_set(m.name) != nullptr || t.find_map(m.name) != nullptr)
      throw err(fmt::format("map '{}' defined twice", m.name));
    expect(Tok::LBrace, "'{'");
    bool typed = false, interval = false, has_elems = false;
    std::vector<std::pair<Iv, Stmt>> elems;
    for (;;) {
      skip_separators();
      if (peek().kind == Tok::RBrace) {
        next();
        break;
      }
      std::string w = word("a map property");
      if (w == "type") {
        std::string ty = word("a map key type");
        if (ty == "ipv4_addr") {
          m.family = Family::V4;
        } else if (ty == "ipv6_addr") {
          m.family = Family::V6;
        } else {
          throw err(fmt::format("unsupported map key type '{}'", ty));
        }
        expect_word(":");
        expect_word("verdict");
        typed = true;
      } else if (w == "flags") {
        std::string f = word("a map flag");
        if (f != "interval") throw err(fmt::format("unsupported map flag '{}'", f));
        interval = true;
      } else if (w == "elements") {
        if (!typed) throw err("a map's type must come before its elements");
        expect_word("=");
        elems = verdict_elements(
            t, [&](const std::string& e, int l) { return address_element(e, m.family, l); });
        has_elems = true;
      } else {
        throw err(fmt::format("unknown map property '{}'", w));
      }
    }
    if (!typed) throw LoadError(line, fmt::format("map '{}' has no type", m.name));
    (void)has_elems;
    for (const auto& [iv, v] : elems)
      if (iv.lo != iv.hi && !interval)
        throw LoadError(line, fmt::format("map '{}' needs 'flags interval' for ranges", m.name));
    m.map = std::make_shared<VerdictMap>(to_map(std::move(elems), line));
    t.maps.push_back(std::move(m));
  }

  /// `{ KEY : VERDICT, ... }` where VERDICT is accept, drop or `jump CHAIN` (a regular chain
  /// of the table, checked when the transaction ends).
  template <typename KeyFn>
  std::vector<std::pair<Iv, Stmt>> verdict_elements(Table& t, KeyFn key) {
    expect(Tok::LBrace, "'{'");
    std::vector<std::pair<Iv, Stmt>> out;
    for (;;) {
      skip_newlines();
      if (peek().kind == Tok::RBrace) {
        next();
        return out;
      }
      int line = peek().line;
      Iv iv = key(word("a map key"), line);
      expect_word(":");
      std::string v = word("a verdict");
      Stmt st{StmtKind::Accept, {}, Key::Saddr, Family::V4, nullptr};
      if (v == "accept" || v == "drop") {
        st.kind = v == "accept" ? StmtKind::Accept : StmtKind::Drop;
      } else if (v == "jump") {
        st.kind = StmtKind::Jump;
        st.arg = word("a chain name");
        t.jumps.push_back({st.arg, line});
      } else {
        throw err(fmt::format("unsupported verdict '{}' in a map", v));
      }
      out.push_back({iv, std::move(st)});
      skip_newlines();
      if (peek().kind == Tok::Comma) {
        next();
      } else if (peek().kind != Tok::RBrace) {
        throw err(fmt::format("expected ',' or '}}' in a map, found '{}'", peek().text));
      }
    }
  }

  /// Sorted, checked elements: nft refuses overlapping keys in a map.
  static VerdictMap to_map(std::vector<std::pair<Iv, Stmt>> elems, int line) {
    std::sort(elems.begin(), elems.end(),
              [](const auto& a, const auto& b) { return a.first.lo < b.first.lo; });
    VerdictMap out;
    for (auto& [iv, st] : elems) {
      if (!out.elems.empty() && iv.lo <= out.elems.back().hi)
        throw LoadError(line, "conflicting intervals specified in a map");
      out.elems.push_back(VerdictMap::Elem{iv.lo, iv.hi, st.kind, std::move(st.arg)});
    }
    return out;
  }

  /// `vmap @NAME` (a named map with the key's address family) or `vmap { ... }`.
  Stmt vmap(Table& t, Key key, Family fam) {
    int line = peek().line;
    Stmt st{StmtKind::Vmap, {}, key, fam, nullptr};
    const bool addr = key == Key::Saddr || key == Key::Daddr;
    if (peek().kind == Tok::Word && !peek().text.empty() && peek().text[0] == '@') {
      std::string name = next().text.substr(1);
      const NamedMap* m = t.find_map(name);
      if (m == nullptr) throw err(fmt::format("map '{}' does not exist", name));
      if (!addr || m->family != fam)
        throw err(fmt::format("map '{}' has the wrong key type for this lookup", name));
      st.map = m->map;
      return st;
    }
    auto elems = verdict_elements(t, [&](const std::string& e, int l) -> Iv {
      if (addr) return address_element(e, fam, l);
      Values v = numbers({e}, nullptr, 65535, true);
      if (v.ivs.size() != 1) throw LoadError(l, fmt::format("bad map key '{}'", e));
      return v.ivs.front();
    });
    if (elems.empty()) throw err("an anonymous map needs elements");
    st.map = std::make_shared<VerdictMap>(to_map(std::move(elems), line));
    return st;
  }

  /// `{ a, b, c }`, newlines allowed inside. Returns the words.
  std::vector<std::string> brace_list() {
    expect(Tok::LBrace, "'{'");
    std::vector<std::string> out;
    for (;;) {
      skip_newlines();
      if (peek().kind == Tok::RBrace) {
        next();
        return out;
      }
      out.push_back(word("a set element"));
      skip_newlines();
      if (peek().kind == Tok::Comma) {
        next();
      } else if (peek().kind != Tok::RBrace) {
        throw err(fmt::format("expected ',' or '}}' in a set, found '{}'", peek().text));
      }
    }
  }

  void chain_def(Table& t) {
    Chain c;
    c.name = word("a chain name");
    if (t.find_chain(c.name) != nullptr) throw err(fmt::format("chain '{}' defined twice", c.name));
    expect(Tok::LBrace, "'{'");
    skip_separators();
    if (at_word("type")) {
      next();
      expect_word("filter");
      expect_word("hook");
      std::string h = word("a hook");
      static const std::map<std::string, Hook> kHooks = {{"prerouting", Hook::Prerouting},
                                                         {"input", Hook::Input},
                                                         {"forward", Hook::Forward},
                                                         {"output", Hook::Output},
                                                         {"postrouting", Hook::Postrouting}};
      auto it = kHooks.find(h);
      if (it == kHooks.end()) throw err(fmt::format("unknown hook '{}'", h));
      c.base = true;
      c.hook = it->second;
      expect_word("priority");
      c.priority = priority();
      expect(Tok::Semi, "';'");
      if (at_word("policy")) {
        next();
        std::string p = word("a policy");
        if (p != "accept" && p != "drop") throw err(fmt::format("unknown policy '{}'", p));
        c.policy_accept = p == "accept";
        expect(Tok::Semi, "';'");
      }
    }
    for (;;) {
      skip_separators();
      if (peek().kind == Tok::RBrace) {
        next();
        break;
      }
      c.rules.push_back(rule(t));
    }
    t.chains.push_back(std::move(c));
  }

  int priority() {
    static const std::map<std::string, int> kNamed = {{"raw", -300},    {"mangle", -150},
                                                      {"dstnat", -100}, {"filter", 0},
                                                      {"security", 50}, {"srcnat", 100}};
    std::string w = word("a priority");
    int base = 0;
    if (auto it = kNamed.find(w); it != kNamed.end()) {
      base = it->second;
      if (at_word("+") || at_word("-")) {
        bool minus = next().text == "-";
        std::optional<std::uint64_t> n = number(word("a number"), 1000);
        if (!n) throw err("bad priority offset");
        base += minus ? -static_cast<int>(*n) : static_cast<int>(*n);
      }
      return base;
    }
    bool minus = !w.empty() && w[0] == '-';
    std::optional<std::uint64_t> n = number(minus ? w.substr(1) : w, 1u << 30);
    if (!n) throw err(fmt::format("bad priority '{}'", w));
    return minus ? -static_cast<int>(*n) : static_cast<int>(*n);
  }

  // --- rules
  bool rule_end() const {
    Tok k = peek().kind;
    return k == Tok::Newline || k == Tok::Semi || k == Tok::RBrace || k == Tok::End;
  }

  bool take_op() {
    if (at_word("==")) {
      next();
      return false;
    }
    if (at_word("!=")) {
      next();
      return true;
    }
    return false;
  }

  /// A value or an anonymous set `{ ... }`.
  std::vector<std::string> value_list() {
    if (peek().kind == Tok::LBrace) return brace_list();
    return {word("a value")};
  }

  Values numbers(const std::vector<std::string>& items, const std::map<std::string, int>* names,
                 std::uint64_t max, bool ranges) {
    std::vector<Iv> ivs;
    int line = peek().line;
    for (const std::string& w : items) {
      auto one = [&](const std::string& t) -> u128 {
        if (names != nullptr) {
          if (auto it = names->find(t); it != names->end()) return static_cast<u128>(it->second);
        }
        std::optional<std::uint64_t> n = number(t, max);
        if (!n) throw LoadError(line, fmt::format("bad value '{}'", t));
        return *n;
      };
      std::size_t dash = ranges ? w.find('-', 1) : std::string::npos;
      if (dash != std::string::npos && names == nullptr) {
        u128 lo = one(w.substr(0, dash)), hi = one(w.substr(dash + 1));
        if (lo > hi) throw LoadError(line, fmt::format("empty range '{}'", w));
        ivs.push_back({lo, hi});
      } else {
        u128 v = one(w);
        ivs.push_back({v, v});
      }
    }
    return normalize(std::move(ivs), /*allow_overlap=*/true, line);
  }

  Match addr_match(const Table& t, Family fam, bool dst) {
    Match m;
    m.key = dst ? Key::Daddr : Key::Saddr;
    m.family = fam;
    m.negated = take_op();
    if (peek().kind == Tok::Word && !peek().text.empty() && peek().text[0] == '@') {
      std::string name = next().text.substr(1);
      const NamedSet* s = t.find_set(name);
      if (s == nullptr) throw err(fmt::format("set '{}' does not exist", name));
      if (s->family != fam) throw err(fmt::format("set '{}' has the wrong address family", name));
      for (const auto& sp : t.sets)
        if (sp.get() == s) m.set = sp;
      return m;
    }
    int line = peek().line;
    std::vector<Iv> ivs;
    for (const std::string& w : value_list()) ivs.push_back(address_element(w, fam, line));
    m.values = normalize(std::move(ivs), /*allow_overlap=*/true, line);
    return m;
  }

  Rule rule(Table& t) {
    Rule r;
    r.line = peek().line;
    auto add_match = [&](Match m) { r.items.push_back(Item{true, std::move(m), {}}); };
    auto add_stmt = [&](StmtKind k, std::string arg = "") {
      r.items.push_back(Item{false, {}, Stmt{k, std::move(arg), Key::Saddr, Family::V4, nullptr}});
    };
    while (!rule_end()) {
      if (!r.comment.empty()) throw err("nothing may follow a rule's comment");
      std::string w = word("a rule expression");
      if (w == "iif" || w == "oif" || w == "iifname" || w == "oifname" || w == "meta") {
        std::string key = w;
        if (w == "meta") key = word("a meta key");
        Match m;
        if (key == "iif" || key == "iifname" || key == "oif" || key == "oifname") {
          m.key = key[0] == 'i' ? Key::Iif : Key::Oif;
          m.negated = take_op();
          if (peek().kind == Tok::String || peek().kind == Tok::Word) {
            m.strings.push_back(next().text);
          } else {
            m.strings = brace_list();
          }
        } else if (key == "nfproto") {
          m.key = Key::Nfproto;
          m.negated = take_op();
          static const std::map<std::string, int> kNf = {{"ipv4", 2}, {"ipv6", 10}};
          m.values = numbers(value_list(), &kNf, 255, false);
        } else if (key == "l4proto") {
          m.key = Key::L4proto;
          m.negated = take_op();
          m.values = numbers(value_list(), &l4proto_names(), 255, false);
        } else {
          throw err(fmt::format("unsupported meta key '{}'", key));
        }
        add_match(std::move(m));
      } else if (w == "ct" && at_word("direction")) {
        next();
        Match m;
        m.key = Key::CtDirection;
        m.negated = take_op();
        m.strings = value_list();
        for (const std::string& d : m.strings)
          if (d != "original" && d != "reply")
            throw err(fmt::format("unknown conntrack direction '{}'", d));
        add_match(std::move(m));
      } else if (w == "fib") {
        // `fib daddr type [!=] T|{...}` and `fib saddr . iif oif missing`.
        std::string what = word("a fib key");
        Match m;
        if (what == "daddr") {
          expect_word("type");
          m.key = Key::FibDaddrType;
          m.negated = take_op();
          m.strings = value_list();
          static const std::vector<std::string> kTypes = {"unspec",    "unicast",     "local",
                                                          "broadcast", "anycast",     "multicast",
                                                          "blackhole", "unreachable", "prohibit"};
          for (const std::string& ty : m.strings)
            if (std::find(kTypes.begin(), kTypes.end(), ty) == kTypes.end())
              throw err(fmt::format("unknown address type '{}'", ty));
        } else if (what == "saddr") {
          expect_word(".");
          expect_word("iif");
          expect_word("oif");
          expect_word("missing");
          m.key = Key::FibRpfMissing;
        } else {
          throw err(fmt::format("unsupported fib expression 'fib {}'", what));
        }
        add_match(std::move(m));
      } else if (w == "icmp") {
        expect_word("type");
        Match m;
        m.key = Key::IcmpType;
        m.negated = take_op();
        m.values = numbers(value_list(), nullptr, 255, true);
        add_match(std::move(m));
      } else if (w == "ct") {
        expect_word("state");
        Match m;
        m.key = Key::CtState;
        m.negated = take_op();
        if (peek().kind == Tok::LBrace) {
          m.strings = brace_list();
        } else {
          for (;;) {
            m.strings.push_back(word("a conntrack state"));
            if (peek().kind != Tok::Comma) break;
            next();
          }
        }
        for (const std::string& s : m.strings)
          if (std::find(kCtStates.begin(), kCtStates.end(), s) == kCtStates.end())
            throw err(fmt::format("unknown conntrack state '{}'", s));
        add_match(std::move(m));
      } else if ((w == "th" || w == "tcp" || w == "udp") && peek(1).kind == Tok::Word &&
                 peek(1).text == "vmap") {
        expect_word("dport");
        next();
        r.items.push_back(Item{false,
                               {},
                               vmap(t,
                                    w == "th"    ? Key::ThDport
                                    : w == "tcp" ? Key::TcpDport
                                                 : Key::UdpDport,
                                    Family::V4)});
        if (!rule_end() && !at_word("comment")) throw err("'vmap' must end the rule");
      } else if (w == "th" || w == "tcp" || w == "udp") {
        expect_word("dport");
        Match m;
        m.key = w == "th" ? Key::ThDport : w == "tcp" ? Key::TcpDport : Key::UdpDport;
        m.negated = take_op();
        m.values = numbers(value_list(), nullptr, 65535, true);
        add_match(std::move(m));
      } else if (w == "ip" || w == "ip6") {
        Family fam = w == "ip" ? Family::V4 : Family::V6;
        std::string field = word("an ip field");
        if ((field == "saddr" || field == "daddr") && at_word("vmap")) {
          next();
          r.items.push_back(
              Item{false, {}, vmap(t, field == "daddr" ? Key::Daddr : Key::Saddr, fam)});
          if (!rule_end() && !at_word("comment")) throw err("'vmap' must end the rule");
        } else if (field == "saddr" || field == "daddr") {
          add_match(addr_match(t, fam, field == "daddr"));
        } else if (field == "hoplimit" && fam == Family::V6) {
          Match m;
          m.key = Key::Hoplimit;
          m.negated = take_op();
          m.values = numbers(value_list(), nullptr, 255, true);
          add_match(std::move(m));
        } else {
          throw err(fmt::format("unsupported match '{} {}'", w, field));
        }
      } else if (w == "icmpv6") {
        expect_word("type");
        Match m;
        m.key = Key::Icmpv6Type;
        m.negated = take_op();
        std::vector<std::string> items = value_list();
        bool named = !items.empty() && (items[0].empty() || items[0][0] < '0' || items[0][0] > '9');
        m.values = numbers(items, named ? &icmpv6_names() : nullptr, 255, !named);
        add_match(std::move(m));
      } else if (w == "limit") {
        if (at_word("name")) {
          next();
          if (peek().kind != Tok::String) throw err("expected a quoted limit name");
          std::string name = next().text;
          if (std::find(t.limits.begin(), t.limits.end(), name) == t.limits.end())
            throw err(fmt::format("limit '{}' does not exist", name));
          add_stmt(StmtKind::Limit, name);
        } else {
          expect_word("rate");
          rate();
          add_stmt(StmtKind::Limit);
        }
      } else if (w == "log") {
        std::string prefix;
        if (at_word("prefix")) {
          next();
          if (peek().kind != Tok::String) throw err("expected a quoted log prefix");
          prefix = next().text;
          if (prefix.size() > 127) throw err("log prefix too long");
        }
        add_stmt(StmtKind::Log, prefix);
      } else if (w == "counter") {
        if (at_word("packets")) {
          next();
          word("a number");
          expect_word("bytes");
          word("a number");
        }
        add_stmt(StmtKind::Counter);
      } else if (w == "accept" || w == "drop" || w == "return") {
        add_stmt(w == "accept" ? StmtKind::Accept
                 : w == "drop" ? StmtKind::Drop
                               : StmtKind::Return);
        if (!rule_end() && !at_word("comment")) throw err(fmt::format("'{}' must end the rule", w));
      } else if (w == "jump") {
        add_stmt(StmtKind::Jump, word("a chain name"));
        t.jumps.push_back({r.items.back().stmt.arg, r.line});
        if (!rule_end() && !at_word("comment")) throw err("'jump' must end the rule");
      } else if (w == "comment") {
        if (peek().kind != Tok::String) throw err("expected a quoted comment");
        r.comment = next().text;
        if (r.comment.size() > 127) throw err("comment too long (nft allows 127 bytes)");
      } else {
        throw err(fmt::format("unsupported rule expression '{}'", w));
      }
    }
    if (r.items.empty()) throw err("empty rule");
    return r;
  }

  std::vector<Token> t_;
  std::size_t i_ = 0;
  Ruleset::State& st_;
};

// ---------------------------------------------------------------------------------------
// Evaluation

struct Evaluator {
  const Ruleset::State& st;
  const Packet& p;
  const EvalOptions& o;
  Hook hook;
  Result& res;

  bool family_ok(const Table& t) const {
    return t.family == "inet" || (t.family == "ip" && p.family == Family::V4) ||
           (t.family == "ip6" && p.family == Family::V6);
  }

  bool has_ports() const {
    return p.l4proto == 6 || p.l4proto == 17 || p.l4proto == 33 || p.l4proto == 132 ||
           p.l4proto == 136;
  }

  bool in(const Match& m, u128 v) const {
    bool hit = m.set ? m.set->values.contains(v) : m.values.contains(v);
    return hit != m.negated;
  }

  bool port_in(const Match& m) {
    if (!p.dport) {
      res.error = "a port match on a packet built without a port";
      return false;
    }
    return in(m, *p.dport);
  }

  bool match(const Match& m) {
    auto strings_hit = [&](const std::string& s) {
      bool hit = std::find(m.strings.begin(), m.strings.end(), s) != m.strings.end();
      return hit != m.negated;
    };
    switch (m.key) {
      case Key::Iif:
        if (hook == Hook::Output || hook == Hook::Postrouting) return false;  // no input device
        return strings_hit(p.iif);
      case Key::Oif:
        if (hook == Hook::Input || hook == Hook::Prerouting) return false;  // no output device
        return strings_hit(p.oif);
      case Key::CtState:
        return strings_hit(p.ct_state);
      case Key::Nfproto:
        return in(m, p.family == Family::V4 ? 2 : 10);
      case Key::L4proto:
        return in(m, p.l4proto);
      case Key::ThDport:
        if (!has_ports()) {
          res.error = fmt::format(
              "th dport evaluated on a packet of protocol {}, which has no ports", p.l4proto);
          return false;
        }
        return port_in(m);
      case Key::TcpDport:
      case Key::UdpDport:
        if (p.l4proto != (m.key == Key::TcpDport ? 6 : 17)) return false;
        return port_in(m);
      case Key::Saddr:
      case Key::Daddr:
        if (p.family != m.family) return false;
        return in(m, m.key == Key::Saddr ? p.saddr : p.daddr);
      case Key::Hoplimit:
        if (p.family != Family::V6) return false;
        return in(m, static_cast<u128>(p.hoplimit));
      case Key::Icmpv6Type:
        if (p.family != Family::V6 || p.l4proto != 58) return false;
        return in(m, p.icmp_type);
      case Key::IcmpType:
        if (p.family != Family::V4 || p.l4proto != 1) return false;
        return in(m, p.icmp_type);
      case Key::CtDirection:
        return strings_hit(p.ct_original ? "original" : "reply");
      case Key::FibDaddrType:
        return strings_hit(p.daddr_type);
      case Key::FibRpfMissing:
        if (hook != Hook::Prerouting && hook != Hook::Input && hook != Hook::Forward) {
          res.error = "fib saddr . iif outside prerouting, input and forward";
          return false;
        }
        return !p.rpf_ok;
    }
    return false;
  }

  enum class Outcome { Continue, Accept, Drop, Return };

  Outcome jump(const Table& t, const std::string& chain, int depth, std::string* comment) {
    const Chain* target = t.find_chain(chain);
    if (target == nullptr || target->base) {
      res.error = fmt::format("jump to '{}', which is not a regular chain", chain);
      return Outcome::Drop;
    }
    return run(t, *target, depth + 1, comment);
  }

  /// The element a verdict map gives the packet, or null (also when the key does not
  /// apply: an address of the other family, a tcp/udp port of another protocol).
  const VerdictMap::Elem* lookup(const Stmt& st) {
    u128 v = 0;
    switch (st.key) {
      case Key::Saddr:
      case Key::Daddr:
        if (p.family != st.family) return nullptr;
        v = st.key == Key::Saddr ? p.saddr : p.daddr;
        break;
      case Key::ThDport:
        if (!has_ports()) {
          res.error = fmt::format(
              "th dport vmap evaluated on a packet of protocol {}, which has no ports", p.l4proto);
          return nullptr;
        }
        [[fallthrough]];
      case Key::TcpDport:
      case Key::UdpDport:
        if (st.key == Key::TcpDport && p.l4proto != 6) return nullptr;
        if (st.key == Key::UdpDport && p.l4proto != 17) return nullptr;
        if (!p.dport) {
          res.error = "a port lookup on a packet built without a port";
          return nullptr;
        }
        v = *p.dport;
        break;
      default:
        res.error = "a verdict map on an unsupported key";
        return nullptr;
    }
    return st.map->find(v);
  }

  // Runs a chain; Continue means it ended without a verdict.
  Outcome run(const Table& t, const Chain& c, int depth, std::string* comment) {
    if (depth > 16) {
      res.error = "jump depth exceeded";
      return Outcome::Drop;
    }
    for (const Rule& r : c.rules) {
      bool stopped = false;
      for (const Item& it : r.items) {
        if (it.is_match) {
          if (!match(it.match)) {
            stopped = true;
            break;
          }
          continue;
        }
        switch (it.stmt.kind) {
          case StmtKind::Limit:
            if (!o.limit_ok) stopped = true;
            break;
          case StmtKind::Log:
            res.logs.push_back(it.stmt.arg);
            break;
          case StmtKind::Counter:
            break;
          case StmtKind::Accept:
            *comment = r.comment;
            return Outcome::Accept;
          case StmtKind::Drop:
            *comment = r.comment;
            return Outcome::Drop;
          case StmtKind::Return:
            return Outcome::Return;
          case StmtKind::Jump: {
            Outcome sub = jump(t, it.stmt.arg, depth, comment);
            if (sub == Outcome::Accept || sub == Outcome::Drop) return sub;
            break;
          }
          case StmtKind::Vmap: {
            const VerdictMap::Elem* e = lookup(it.stmt);
            if (e == nullptr) {
              stopped = true;  // no element: the rule does not match
              break;
            }
            if (e->verdict == StmtKind::Accept || e->verdict == StmtKind::Drop) {
              *comment = r.comment;
              return e->verdict == StmtKind::Accept ? Outcome::Accept : Outcome::Drop;
            }
            Outcome sub = jump(t, e->chain, depth, comment);
            if (sub == Outcome::Accept || sub == Outcome::Drop) return sub;
            break;
          }
        }
        if (stopped) break;
      }
    }
    return Outcome::Continue;
  }

  void all() {
    struct Base {
      const Table* t;
      const Chain* c;
      int prio;
      std::size_t order;
    };
    std::vector<Base> bases;
    for (const Table& t : st.tables) {
      if (!family_ok(t)) continue;
      for (const Chain& c : t.chains)
        if (c.base && c.hook == hook) bases.push_back({&t, &c, c.priority, bases.size()});
    }
    std::stable_sort(bases.begin(), bases.end(),
                     [](const Base& a, const Base& b) { return a.prio < b.prio; });
    res.accepted = true;
    for (const Base& b : bases) {
      ChainVerdict cv{b.t->family + " " + b.t->name, b.c->name, true, false, ""};
      Outcome out = run(*b.t, *b.c, 0, &cv.comment);
      if (out == Outcome::Continue || out == Outcome::Return) {
        cv.by_policy = true;
        cv.accepted = b.c->policy_accept;
        cv.comment.clear();
      } else {
        cv.accepted = out == Outcome::Accept;
      }
      res.chains.push_back(cv);
      res.by_policy = cv.by_policy;
      res.comment = cv.comment;
      if (!cv.accepted) {
        res.accepted = false;
        return;
      }
    }
  }
};

}  // namespace

Packet packet_of(const decision::Flow& f, std::uint8_t other_proto, std::string iif,
                 std::string oif) {
  Packet p;
  p.family = f.src.family;
  p.saddr = f.src.value;
  p.daddr = f.dst.value;
  p.iif = std::move(iif);
  p.oif = std::move(oif);
  switch (f.proto) {
    case Proto::Tcp:
      p.l4proto = 6;
      p.dport = f.port;
      break;
    case Proto::Udp:
      p.l4proto = 17;
      p.dport = f.port;
      break;
    case Proto::Icmp:
    case Proto::Icmpv6:
      p.l4proto = p.family == Family::V4 ? 1 : 58;
      p.icmp_type = static_cast<std::uint8_t>(f.port);
      break;
    case Proto::Other:
      p.l4proto = other_proto;
      if (other_proto == 33 || other_proto == 132 || other_proto == 136) p.dport = f.port;
      if (other_proto == 1 || other_proto == 58) p.icmp_type = 128;
      break;
  }
  return p;
}

Ruleset::Ruleset() : state_(std::make_unique<State>()) {}
Ruleset::~Ruleset() = default;
Ruleset::Ruleset(const Ruleset& o) : state_(std::make_unique<State>(*o.state_)) {}
Ruleset& Ruleset::operator=(const Ruleset& o) {
  state_ = std::make_unique<State>(*o.state_);
  return *this;
}

std::string Ruleset::load(std::string_view text) {
  State work = *state_;
  try {
    Parser(tokenize(text), work).file();
    // nft checks jumps when the transaction commits: every target must be a regular chain
    // of the same table.
    for (const Table& t : work.tables) {
      for (const auto& [chain, line] : t.jumps) {
        const Chain* c = t.find_chain(chain);
        if (c == nullptr) throw LoadError(line, fmt::format("jump to unknown chain '{}'", chain));
        if (c->base) throw LoadError(line, fmt::format("jump to base chain '{}'", chain));
      }
    }
  } catch (const LoadError& e) {
    return fmt::format("line {}: {}", e.line, e.what());
  }
  *state_ = std::move(work);
  return "";
}

Result Ruleset::eval(Hook hook, const Packet& p, const EvalOptions& o) const {
  Result res;
  Evaluator{*state_, p, o, hook, res}.all();
  return res;
}

std::vector<std::string> Ruleset::tables() const {
  std::vector<std::string> out;
  for (const Table& t : state_->tables) out.push_back(t.family + " " + t.name);
  return out;
}

std::size_t Ruleset::rule_count(const std::string& table, const std::string& chain) const {
  for (const Table& t : state_->tables) {
    if (t.family + " " + t.name != table) continue;
    if (const Chain* c = t.find_chain(chain)) return c->rules.size();
  }
  return 0;
}

}  // namespace bulkhead::testing::nft
