// Normalizes nftables JSON listings of one table and compares them.
//
// Identity of an item is the canonical JSON (nlohmann::json sorts object keys) of the
// listed object with everything the kernel changes on its own taken out: handles, counter
// packets/bytes, quota usage, element expiry. Sets are split into the set itself and one
// item per element, so a diff can say "element 198.18.1.7 added to set mgmt4" instead of
// "set changed". Rule order matters within a chain (first match), so rules keep their
// order; everything else is sorted. Diff is a multiset difference over identities, then
// a check for chains whose rules only moved. O(n log n) in the number of items.
#include "agent/listing.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

namespace bulkhead::agent {
namespace {

using nlohmann::json;

// ---- canonical keys -------------------------------------------------------------------

// Removes what the kernel changes by itself, recursively.
void strip_state(json& j) {
  if (j.is_array()) {
    for (json& e : j) strip_state(e);
    return;
  }
  if (!j.is_object()) return;
  j.erase("handle");
  j.erase("expires");
  for (auto it = j.begin(); it != j.end(); ++it) {
    json& v = it.value();
    if (it.key() == "counter" && v.is_object() && v.contains("packets")) {
      // Anonymous counter statement: keep the statement, drop the values. Named counter
      // objects are handled in normalize_object (they have a name).
      if (!v.contains("name")) {
        v = nullptr;
        continue;
      }
    }
    if (it.key() == "quota" && v.is_object()) {
      v.erase("used");
      v.erase("used_unit");
    }
    if (it.key() == "last" && v.is_object()) v.erase("used");
    strip_state(v);
  }
}

// ---- text for people ------------------------------------------------------------------

std::string value_text(const json& v);

std::string join(const json& arr, std::string_view sep) {
  std::string out;
  for (const json& e : arr) {
    if (!out.empty()) out += sep;
    out += value_text(e);
  }
  return out;
}

std::string value_text(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number() || v.is_boolean()) return v.dump();
  if (v.is_null()) return "";
  if (v.is_array()) return join(v, ",");  // flag combinations such as ct state
  if (!v.is_object() || v.size() != 1) return v.dump();
  const std::string& k = v.begin().key();
  const json& b = v.begin().value();
  if (k == "set") return b.is_array() ? "{ " + join(b, ", ") + " }" : value_text(b);
  if (k == "prefix" && b.is_object())
    return value_text(b.value("addr", json())) + "/" + value_text(b.value("len", json()));
  if (k == "range" && b.is_array() && b.size() == 2)
    return value_text(b[0]) + "-" + value_text(b[1]);
  if (k == "concat" && b.is_array()) return join(b, " . ");
  if (k == "payload" && b.is_object()) {
    if (b.contains("protocol"))
      return value_text(b["protocol"]) + " " + value_text(b.value("field", json()));
    return "@" + value_text(b.value("base", json())) + "," + value_text(b.value("offset", json())) +
           "," + value_text(b.value("len", json()));
  }
  if (k == "meta" && b.is_object()) return "meta " + value_text(b.value("key", json()));
  if (k == "ct" && b.is_object()) {
    std::string dir = b.contains("dir") ? value_text(b["dir"]) + " " : "";
    return "ct " + dir + value_text(b.value("key", json()));
  }
  if (k == "elem" && b.is_object()) return value_text(b.value("val", json()));
  if ((k == "&" || k == "|" || k == "^" || k == "<<" || k == ">>") && b.is_array() && b.size() == 2)
    return value_text(b[0]) + " " + k + " " + value_text(b[1]);
  return v.dump();
}

std::string quoted(const json& v) {
  return "\"" + value_text(v) + "\"";
}

std::string statement_text(const json& s) {
  if (!s.is_object() || s.size() != 1) return s.dump();
  const std::string& k = s.begin().key();
  const json& b = s.begin().value();
  if (k == "match" && b.is_object()) {
    std::string op = b.value("op", "==");
    std::string mid = (op == "==" || op == "in") ? " " : " " + op + " ";
    return value_text(b.value("left", json())) + mid + value_text(b.value("right", json()));
  }
  if (k == "counter") return b.is_string() ? "counter name " + b.get<std::string>() : "counter";
  if (k == "accept" || k == "drop" || k == "continue" || k == "return" || k == "queue") return k;
  if ((k == "jump" || k == "goto") && b.is_object()) return k + " " + value_text(b["target"]);
  if (k == "reject") {
    if (!b.is_object() || !b.contains("type")) return "reject";
    std::string out = "reject with " + value_text(b["type"]);
    if (b.contains("expr")) out += " " + value_text(b["expr"]);
    return out;
  }
  if (k == "log") {
    std::string out = "log";
    if (b.is_object()) {
      if (b.contains("prefix")) out += " prefix " + quoted(b["prefix"]);
      if (b.contains("level")) out += " level " + value_text(b["level"]);
      if (b.contains("group")) out += " group " + value_text(b["group"]);
      if (b.contains("snaplen")) out += " snaplen " + value_text(b["snaplen"]);
      if (b.contains("queue-threshold"))
        out += " queue-threshold " + value_text(b["queue-threshold"]);
    }
    return out;
  }
  if (k == "limit" && b.is_object()) {
    std::string out = "limit rate ";
    if (b.value("inv", false)) out += "over ";
    out += value_text(b.value("rate", json()));
    if (b.contains("rate_unit") && b["rate_unit"] != "packets")
      out += " " + value_text(b["rate_unit"]);
    out += "/" + value_text(b.value("per", json("second")));
    if (b.contains("burst") && b["burst"] != 5 && b["burst"] != 0)
      out +=
          " burst " + value_text(b["burst"]) + " " + b.value("burst_unit", std::string("packets"));
    return out;
  }
  return k + " " + b.dump();
}

std::string rule_text(const json& expr, const std::string& comment) {
  std::string out;
  if (expr.is_array()) {
    for (const json& s : expr) {
      if (!out.empty()) out += ' ';
      out += statement_text(s);
    }
  }
  if (!comment.empty()) out += " comment \"" + comment + "\"";
  return out;
}

std::string chain_text(const json& c) {
  std::string out = "chain " + c.value("name", std::string());
  if (c.contains("hook")) {
    out +=
        " { type " + value_text(c.value("type", json("filter"))) + " hook " + value_text(c["hook"]);
    if (c.contains("dev")) out += " device " + value_text(c["dev"]);
    out += " priority " + value_text(c.value("prio", json(0)));
    if (c.contains("policy")) out += "; policy " + value_text(c["policy"]);
    out += "; }";
  }
  return out;
}

std::string set_text(const std::string& kind, const json& s) {
  std::string out = kind + " " + s.value("name", std::string()) + " { type ";
  const json& type = s.value("type", json());
  out += type.is_array() ? join(type, " . ") : value_text(type);
  if (s.contains("map")) out += " : " + value_text(s["map"]);
  if (s.contains("flags")) out += "; flags " + join(s["flags"], ",");
  return out + "; }";
}

// Fills the rule-only fields (counters, log, verdict) from the raw expression.
void read_rule_facts(const json& expr, ListingItem* item) {
  if (!expr.is_array()) return;
  for (const json& s : expr) {
    if (!s.is_object() || s.size() != 1) continue;
    const std::string& k = s.begin().key();
    const json& b = s.begin().value();
    if (k == "counter" && b.is_object()) {
      item->packets = b.value("packets", std::uint64_t{0});
      item->bytes = b.value("bytes", std::uint64_t{0});
    } else if (k == "log") {
      item->logged = true;
    } else if (k == "accept" || k == "drop" || k == "return" || k == "continue" || k == "queue" ||
               k == "reject") {
      item->verdict = k;
    } else if ((k == "jump" || k == "goto") && b.is_object()) {
      item->verdict = k + " " + value_text(b["target"]);
    }
  }
}

std::string canonical(json j) {
  strip_state(j);
  return j.dump();
}

bool item_less(const ListingItem& a, const ListingItem& b) {
  if (a.scope != b.scope) return a.scope < b.scope;
  return a.key < b.key;
}

}  // namespace

std::string_view item_kind_name(ItemKind k) {
  switch (k) {
    case ItemKind::Table:
      return "table";
    case ItemKind::Set:
      return "set";
    case ItemKind::Element:
      return "element";
    case ItemKind::Object:
      return "object";
    case ItemKind::Chain:
      return "chain";
    case ItemKind::Rule:
      return "rule";
  }
  return "?";
}

Listing absent_listing(const TableRef& table) {
  Listing l;
  l.table = table;
  return l;
}

Result<Listing> normalize_listing(std::string_view text, const TableRef& table) {
  json doc = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_object() || !doc.contains("nftables") ||
      !doc["nftables"].is_array()) {
    return Failure{"not an nftables JSON listing"};
  }
  Listing out;
  out.table = table;
  std::vector<ListingItem> sets, objects, chains;
  std::map<std::string, std::vector<ListingItem>> rules;  // by chain, in listing order
  for (const json& entry : doc["nftables"]) {
    if (!entry.is_object() || entry.size() != 1) continue;
    const std::string& kind = entry.begin().key();
    const json& body = entry.begin().value();
    if (kind == "metainfo" || !body.is_object()) continue;
    // Only the requested table counts (a ruleset listing may hold others).
    std::string fam = body.value("family", std::string());
    std::string tab =
        kind == "table" ? body.value("name", std::string()) : body.value("table", std::string());
    if (fam != table.family || tab != table.name) continue;
    if (kind == "table") {
      out.present = true;
      ListingItem t;
      t.kind = ItemKind::Table;
      t.key = canonical(body);
      t.text = "table " + table.str();
      out.items.insert(out.items.begin(), std::move(t));
    } else if (kind == "set" || kind == "map") {
      std::string name = body.value("name", std::string());
      json bare = body;
      json elems = bare.contains("elem") ? bare["elem"] : json::array();
      bare.erase("elem");
      ListingItem s;
      s.kind = ItemKind::Set;
      s.key = kind + ":" + canonical(bare);
      s.text = set_text(kind, body);
      s.scope = name;
      std::vector<ListingItem> members;
      for (const json& e : elems) {
        ListingItem m;
        m.kind = ItemKind::Element;
        m.scope = name;
        m.key = canonical(e);
        m.text = e.is_array() && e.size() == 2 ? value_text(e[0]) + " : " + value_text(e[1])
                                               : value_text(e);
        members.push_back(std::move(m));
      }
      std::sort(members.begin(), members.end(), item_less);
      sets.push_back(std::move(s));
      for (ListingItem& m : members) sets.push_back(std::move(m));
    } else if (kind == "chain") {
      ListingItem c;
      c.kind = ItemKind::Chain;
      c.scope = body.value("name", std::string());
      c.key = canonical(body);
      c.text = chain_text(body);
      chains.push_back(std::move(c));
    } else if (kind == "rule") {
      ListingItem r;
      r.kind = ItemKind::Rule;
      r.scope = body.value("chain", std::string());
      r.comment = body.value("comment", std::string());
      const json expr = body.value("expr", json::array());
      json stateless = expr;
      strip_state(stateless);
      json ident{{"chain", r.scope}, {"expr", stateless}, {"comment", r.comment}};
      r.key = ident.dump();
      r.text = rule_text(stateless, r.comment);
      read_rule_facts(expr, &r);
      rules[r.scope].push_back(std::move(r));
    } else {
      // Named stateful objects (counter, quota, limit, ct helper, flowtable, ...).
      json bare = body;
      bare.erase("packets");
      bare.erase("bytes");
      bare.erase("used");
      ListingItem o;
      o.kind = ItemKind::Object;
      o.scope = kind + " " + body.value("name", std::string());
      o.key = kind + ":" + canonical(bare);
      o.text = kind + " " + body.value("name", std::string());
      objects.push_back(std::move(o));
    }
  }
  if (!out.present) return Failure{"the listing does not contain table " + table.str()};
  // Sets keep their elements right after them: sort set groups by set name.
  std::stable_sort(sets.begin(), sets.end(), [](const ListingItem& a, const ListingItem& b) {
    if (a.scope != b.scope) return a.scope < b.scope;
    return a.kind == ItemKind::Set && b.kind != ItemKind::Set;
  });
  std::sort(objects.begin(), objects.end(), item_less);
  std::sort(chains.begin(), chains.end(), item_less);
  for (ListingItem& i : sets) out.items.push_back(std::move(i));
  for (ListingItem& i : objects) out.items.push_back(std::move(i));
  for (const ListingItem& c : chains) out.items.push_back(c);
  for (const ListingItem& c : chains) {
    auto it = rules.find(c.scope);
    if (it == rules.end()) continue;
    for (ListingItem& r : it->second) out.items.push_back(std::move(r));
    rules.erase(it);
  }
  for (auto& [chain, rs] : rules)  // rules of unlisted chains cannot occur; keep them anyway
    for (ListingItem& r : rs) out.items.push_back(std::move(r));
  return out;
}

bool same_listing(const Listing& a, const Listing& b) {
  if (a.present != b.present || a.items.size() != b.items.size()) return false;
  for (std::size_t i = 0; i < a.items.size(); ++i) {
    if (a.items[i].kind != b.items[i].kind || a.items[i].scope != b.items[i].scope ||
        a.items[i].key != b.items[i].key)
      return false;
  }
  return true;
}

ListingDiff diff_listings(const Listing& from, const Listing& to) {
  ListingDiff d;
  d.table_created = !from.present && to.present;
  d.table_deleted = from.present && !to.present;
  auto ident = [](const ListingItem& i) {
    return std::string(item_kind_name(i.kind)) + '\x1f' + i.scope + '\x1f' + i.key;
  };
  std::map<std::string, int> count;  // multiplicity in `to` minus in `from`
  for (const ListingItem& i : to.items) ++count[ident(i)];
  for (const ListingItem& i : from.items) --count[ident(i)];
  std::map<std::string, int> left = count;
  for (const ListingItem& i : from.items) {
    int& c = left[ident(i)];
    if (c < 0) {
      d.removed.push_back(i);
      ++c;
    }
  }
  for (const ListingItem& i : to.items) {
    int& c = left[ident(i)];
    if (c > 0) {
      d.added.push_back(i);
      --c;
    }
  }
  // Chains whose rule multiset is unchanged but whose sequence differs.
  std::map<std::string, std::pair<std::vector<std::string>, std::vector<std::string>>> seq;
  for (const ListingItem& i : from.items)
    if (i.kind == ItemKind::Rule) seq[i.scope].first.push_back(i.key);
  for (const ListingItem& i : to.items)
    if (i.kind == ItemKind::Rule) seq[i.scope].second.push_back(i.key);
  for (auto& [chain, pair] : seq) {
    if (pair.first == pair.second) continue;
    bool touched = false;
    for (const ListingItem& i : d.added) touched |= i.kind == ItemKind::Rule && i.scope == chain;
    for (const ListingItem& i : d.removed) touched |= i.kind == ItemKind::Rule && i.scope == chain;
    if (!touched) d.reordered.push_back(chain);
  }
  return d;
}

std::string ListingDiff::summary() const {
  if (empty()) return "no change";
  std::map<ItemKind, std::pair<int, int>> n;  // kind → (added, removed)
  for (const ListingItem& i : added) ++n[i.kind].first;
  for (const ListingItem& i : removed) ++n[i.kind].second;
  std::string out;
  auto part = [&](ItemKind k, std::string_view plural) {
    auto it = n.find(k);
    if (it == n.end()) return;
    if (!out.empty()) out += "; ";
    std::string p;
    if (it->second.first > 0) p += std::to_string(it->second.first) + " added";
    if (it->second.second > 0)
      p += (p.empty() ? "" : ", ") + std::to_string(it->second.second) + " removed";
    out += std::string(plural) + ": " + p;
  };
  if (table_created) out = "table created";
  if (table_deleted) out = "table deleted";
  part(ItemKind::Rule, "rules");
  part(ItemKind::Element, "set elements");
  part(ItemKind::Set, "sets");
  part(ItemKind::Chain, "chains");
  part(ItemKind::Object, "objects");
  for (const std::string& c : reordered) {
    if (!out.empty()) out += "; ";
    out += "rules reordered in chain " + c;
  }
  return out;
}

std::vector<std::string> diff_lines(const ListingDiff& diff) {
  std::vector<std::string> out;
  auto line = [](char sign, const ListingItem& i) {
    std::string s(1, sign);
    s += ' ';
    switch (i.kind) {
      case ItemKind::Rule:
        return s + "rule " + i.scope + ": " + i.text;
      case ItemKind::Element:
        return s + "element " + i.scope + ": " + i.text;
      default:
        return s + i.text;
    }
  };
  for (const ListingItem& i : diff.removed) out.push_back(line('-', i));
  for (const ListingItem& i : diff.added) out.push_back(line('+', i));
  for (const std::string& c : diff.reordered) out.push_back("~ chain " + c + ": rules reordered");
  return out;
}

std::optional<CommentOrigin> parse_rule_comment(std::string_view comment) {
  std::size_t at = comment.rfind(" @ ");
  if (at == std::string_view::npos || at == 0 || at + 3 >= comment.size()) return std::nullopt;
  CommentOrigin o;
  o.rule = std::string(comment.substr(0, at));
  o.at = std::string(comment.substr(at + 3));
  return o;
}

}  // namespace bulkhead::agent
