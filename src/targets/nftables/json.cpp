// Table → libnftables JSON (schema version 1, as nft 1.0.6 reads it). Every expression of
// ruleset.h maps to the object `nft -j list ruleset` prints for the text form, so loading
// either file yields the same kernel ruleset (checked in tests/unit/nftables by loading both
// into fresh network namespaces and comparing the listings).
#include "targets/nftables/json.h"

#include <nlohmann/json.hpp>

#include "targets/nftables/names.h"

namespace bulkhead::targets::nftables {
namespace {

using nlohmann::json;

json family_proto(Family f) {
  return f == Family::V4 ? "ip" : "ip6";
}

json match(const char* op, json left, json right) {
  return json{{"match", json{{"op", op}, {"left", std::move(left)}, {"right", std::move(right)}}}};
}

json meta(const char* key) {
  return json{{"meta", json{{"key", key}}}};
}

json payload(json protocol, const char* field) {
  return json{{"payload", json{{"protocol", std::move(protocol)}, {"field", field}}}};
}

json one_or_set(json items) {
  if (items.size() == 1) return items[0];
  return json{{"set", std::move(items)}};
}

json addr_element(Family f, u128 lo, u128 hi) {
  std::string text = format_element(f, lo, hi);
  std::size_t slash = text.find('/');
  if (slash != std::string::npos)
    return json{{"prefix", json{{"addr", text.substr(0, slash)},
                                {"len", std::stoi(text.substr(slash + 1))}}}};
  if (lo != hi) return json{{"range", json::array({format_addr(f, lo), format_addr(f, hi)})}};
  return text;
}

json addr_elements(Family f, const AddrIntervals& s) {
  json items = json::array();
  for (const auto& iv : s.intervals()) items.push_back(addr_element(f, iv.lo, iv.hi));
  return items;
}

struct ExprJson {
  json operator()(const IfMatch& m) const {
    return match("==", meta(m.output ? "oif" : "iif"), m.name);
  }
  json operator()(const CtStateMatch& m) const {
    json states = json::array();
    for (const std::string& s : m.states) states.push_back(s);
    return match("in", json{{"ct", json{{"key", "state"}}}},
                 states.size() == 1 ? states[0] : states);
  }
  json operator()(const NfprotoMatch& m) const {
    return match("==", meta("nfproto"), m.family == Family::V4 ? "ipv4" : "ipv6");
  }
  json operator()(const L4protoMatch& m) const {
    json protos = json::array();
    for (const std::string& p : m.protos) protos.push_back(p);
    return match("==", meta("l4proto"), one_or_set(std::move(protos)));
  }
  json operator()(const DportMatch& m) const {
    json items = json::array();
    for (const auto& iv : m.ports.intervals()) {
      if (iv.lo == iv.hi) {
        items.push_back(iv.lo);
      } else {
        items.push_back(json{{"range", json::array({iv.lo, iv.hi})}});
      }
    }
    return match("==", payload("th", "dport"), one_or_set(std::move(items)));
  }
  json operator()(const AddrMatch& m) const {
    json right = m.set.empty() ? one_or_set(addr_elements(m.family, m.literal)) : json("@" + m.set);
    return match(m.negated ? "!=" : "==",
                 payload(family_proto(m.family), m.dst ? "daddr" : "saddr"), std::move(right));
  }
  json operator()(const IcmpTypeMatch& m) const {
    json items = json::array();
    for (const auto& iv : m.types.intervals()) {
      if (iv.lo == iv.hi) {
        items.push_back(iv.lo);
      } else {
        items.push_back(json{{"range", json::array({iv.lo, iv.hi})}});
      }
    }
    return match("==", payload(m.v6 ? "icmpv6" : "icmp", "type"), one_or_set(std::move(items)));
  }
  json operator()(const CtDirectionMatch&) const {
    return match("==", json{{"ct", json{{"key", "direction"}}}}, "original");
  }
  json operator()(const FibDaddrTypeMatch& m) const {
    json types = json::array();
    for (const std::string& t : m.types) types.push_back(t);
    return match(m.negated ? "!=" : "==",
                 json{{"fib", json{{"result", "type"}, {"flags", json::array({"daddr"})}}}},
                 one_or_set(std::move(types)));
  }
  json operator()(const FibRpfMissingMatch&) const {
    return match(
        "==", json{{"fib", json{{"result", "oif"}, {"flags", json::array({"saddr", "iif"})}}}},
        false);
  }
  json operator()(const LimitStmt& s) const {
    if (!s.name.empty()) return json{{"limit", s.name}};
    return json{{"limit", json{{"rate", s.count}, {"per", s.unit}}}};
  }
  json operator()(const LogStmt& s) const { return json{{"log", json{{"prefix", s.prefix}}}}; }
  json operator()(const CounterStmt&) const { return json{{"counter", nullptr}}; }
  json operator()(const VerdictStmt& s) const {
    return json{{s.accept ? "accept" : "drop", nullptr}};
  }
  json operator()(const AddrVmapStmt& s) const {
    return json{{"vmap", json{{"key", payload(family_proto(s.family), s.dst ? "daddr" : "saddr")},
                              {"data", "@" + s.map}}}};
  }
  json operator()(const DportVmapStmt& s) const {
    json items = json::array();
    for (const PortJump& e : s.elements) {
      json key = e.lo == e.hi ? json(e.lo) : json{{"range", json::array({e.lo, e.hi})}};
      items.push_back(json::array({std::move(key), jump(e.chain)}));
    }
    return json{{"vmap", json{{"key", payload("th", "dport")}, {"data", json{{"set", items}}}}}};
  }

  static json jump(const std::string& chain) { return json{{"jump", json{{"target", chain}}}}; }
};

json table_ref(const std::string& name) {
  return json{{"family", "inet"}, {"name", name}};
}

json preamble(const std::string& table) {
  json cmds = json::array();
  cmds.push_back(json{{"metainfo", json{{"json_schema_version", 1}}}});
  cmds.push_back(json{{"add", json{{"table", table_ref(table)}}}});
  cmds.push_back(json{{"delete", json{{"table", table_ref(table)}}}});
  return cmds;
}

}  // namespace

std::string write_json(const Table& t) {
  json cmds = preamble(t.name);
  cmds.push_back(json{{"add", json{{"table", table_ref(t.name)}}}});
  for (const NamedLimit& l : t.limits) {
    json limit = {{"family", "inet"},
                  {"table", t.name},
                  {"name", l.name},
                  {"rate", l.count},
                  {"per", l.unit}};
    cmds.push_back(json{{"add", json{{"limit", std::move(limit)}}}});
  }
  for (const NamedSet& s : t.sets) {
    json set = {{"family", "inet"},
                {"table", t.name},
                {"name", s.name},
                {"type", s.family == Family::V4 ? "ipv4_addr" : "ipv6_addr"},
                {"flags", json::array({"interval"})},
                {"elem", addr_elements(s.family, s.elements)}};
    cmds.push_back(json{{"add", json{{"set", std::move(set)}}}});
  }
  // Every chain exists before a map or a rule jumps to it (nft -f does the same with the
  // text form: it adds a table's chains before its sets and rules).
  for (const Chain& c : t.chains) {
    json chain = {{"family", "inet"}, {"table", t.name}, {"name", c.name}};
    if (!c.hook.empty()) {
      chain["type"] = "filter";
      chain["hook"] = c.hook;
      chain["prio"] = c.priority == "mangle" ? -150 : 0;
      chain["policy"] = c.policy_accept ? "accept" : "drop";
    }
    cmds.push_back(json{{"add", json{{"chain", std::move(chain)}}}});
  }
  for (const NamedMap& m : t.maps) {
    json elems = json::array();
    for (const AddrJump& e : m.elements)
      elems.push_back(json::array({addr_element(m.family, e.lo, e.hi), ExprJson::jump(e.chain)}));
    json map = {
        {"family", "inet"},        {"table", t.name},
        {"name", m.name},          {"type", m.family == Family::V4 ? "ipv4_addr" : "ipv6_addr"},
        {"map", "verdict"},        {"flags", json::array({"interval"})},
        {"elem", std::move(elems)}};
    cmds.push_back(json{{"add", json{{"map", std::move(map)}}}});
  }
  for (const Chain& c : t.chains) {
    for (const Rule& r : c.rules) {
      json exprs = json::array();
      for (const Expr& e : r.exprs) exprs.push_back(std::visit(ExprJson{}, e));
      json rule = {
          {"family", "inet"}, {"table", t.name}, {"chain", c.name}, {"expr", std::move(exprs)}};
      if (!r.comment.empty()) rule["comment"] = r.comment;
      cmds.push_back(json{{"add", json{{"rule", std::move(rule)}}}});
    }
  }
  return json{{"nftables", std::move(cmds)}}.dump(1) + "\n";
}

std::string write_uninstall_json(const std::string& table) {
  return json{{"nftables", preamble(table)}}.dump(1) + "\n";
}

}  // namespace bulkhead::targets::nftables
