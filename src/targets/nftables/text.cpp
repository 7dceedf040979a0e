// Table → `nft -f` text. One line per rule, tabs as nft's own listing uses, set elements one
// per line so that golden diffs show exactly which address changed. The preamble
// `table inet T` + `delete table inet T` makes the file a single replacing transaction on
// nft 1.0.6 (which has no `destroy`): the first line creates the table if it is missing,
// the second removes it, and the definition that follows recreates it; nft applies the
// whole file atomically or not at all.
#include "targets/nftables/text.h"

#include <fmt/format.h>

#include "targets/nftables/names.h"

namespace bulkhead::targets::nftables {
namespace {

std::string family_word(Family f) {
  return f == Family::V4 ? "ip" : "ip6";
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

std::string one_or_set(const std::vector<std::string>& items) {
  if (items.size() == 1) return items.front();
  return "{ " + join(items) + " }";
}

std::string ports_text(const PortIntervals& ports) {
  std::vector<std::string> items;
  for (const auto& iv : ports.intervals())
    items.push_back(iv.lo == iv.hi ? fmt::format("{}", iv.lo) : fmt::format("{}-{}", iv.lo, iv.hi));
  return one_or_set(items);
}

std::string addrs_text(Family f, const AddrIntervals& addrs) {
  std::vector<std::string> items;
  for (const auto& iv : addrs.intervals()) items.push_back(format_element(f, iv.lo, iv.hi));
  return one_or_set(items);
}

struct ExprText {
  std::string operator()(const IfMatch& m) const {
    return fmt::format("{} \"{}\"", m.output ? "oif" : "iif", m.name);
  }
  std::string operator()(const CtStateMatch& m) const {
    std::string out = "ct state ";
    for (std::size_t i = 0; i < m.states.size(); ++i) out += (i ? "," : "") + m.states[i];
    return out;
  }
  std::string operator()(const NfprotoMatch& m) const {
    return m.family == Family::V4 ? "meta nfproto ipv4" : "meta nfproto ipv6";
  }
  std::string operator()(const L4protoMatch& m) const {
    return "meta l4proto " + one_or_set(m.protos);
  }
  std::string operator()(const DportMatch& m) const { return "th dport " + ports_text(m.ports); }
  std::string operator()(const AddrMatch& m) const {
    std::string out = family_word(m.family) + (m.dst ? " daddr " : " saddr ");
    if (m.negated) out += "!= ";
    out += m.set.empty() ? addrs_text(m.family, m.literal) : "@" + m.set;
    return out;
  }
  std::string operator()(const IcmpTypeMatch& m) const {
    return std::string(m.v6 ? "icmpv6" : "icmp") + " type " + ports_text(m.types);
  }
  std::string operator()(const CtDirectionMatch&) const { return "ct direction original"; }
  std::string operator()(const FibDaddrTypeMatch& m) const {
    return std::string("fib daddr type ") + (m.negated ? "!= " : "") + one_or_set(m.types);
  }
  std::string operator()(const FibRpfMissingMatch&) const { return "fib saddr . iif oif missing"; }
  std::string operator()(const LimitStmt& s) const {
    if (!s.name.empty()) return fmt::format("limit name \"{}\"", s.name);
    return fmt::format("limit rate {}/{}", s.count, s.unit);
  }
  std::string operator()(const LogStmt& s) const {
    return fmt::format("log prefix \"{}\"", s.prefix);
  }
  std::string operator()(const CounterStmt&) const { return "counter"; }
  std::string operator()(const VerdictStmt& s) const { return s.accept ? "accept" : "drop"; }
  std::string operator()(const AddrVmapStmt& s) const {
    return family_word(s.family) + (s.dst ? " daddr" : " saddr") + " vmap @" + s.map;
  }
  std::string operator()(const DportVmapStmt& s) const {
    std::string out = "th dport vmap { ";
    for (std::size_t i = 0; i < s.elements.size(); ++i) {
      const PortJump& e = s.elements[i];
      if (i > 0) out += ", ";
      out += e.lo == e.hi ? fmt::format("{}", e.lo) : fmt::format("{}-{}", e.lo, e.hi);
      out += " : jump " + e.chain;
    }
    return out + " }";
  }
};

}  // namespace

std::string rule_text(const Rule& r) {
  std::string out;
  for (const Expr& e : r.exprs) {
    if (!out.empty()) out += ' ';
    out += std::visit(ExprText{}, e);
  }
  if (!r.comment.empty()) out += fmt::format("{}comment \"{}\"", out.empty() ? "" : " ", r.comment);
  return out;
}

std::string write_text(const Table& t) {
  std::string out = "#!/usr/sbin/nft -f\n";
  for (const std::string& line : t.header) out += "# " + line + "\n";
  out += fmt::format("table inet {0}\ndelete table inet {0}\ntable inet {0} {{\n", t.name);
  bool first = true;
  for (const NamedLimit& l : t.limits) {
    if (!first) out += "\n";
    first = false;
    out += fmt::format("\tlimit {} {{\n\t\trate {}/{}\n\t}}\n", l.name, l.count, l.unit);
  }
  for (const NamedSet& s : t.sets) {
    if (!first) out += "\n";
    first = false;
    out += fmt::format("\tset {} {{\n\t\ttype {}\n\t\tflags interval\n\t\telements = {{\n", s.name,
                       s.family == Family::V4 ? "ipv4_addr" : "ipv6_addr");
    const auto& ivs = s.elements.intervals();
    for (std::size_t i = 0; i < ivs.size(); ++i) {
      out += "\t\t\t" + format_element(s.family, ivs[i].lo, ivs[i].hi);
      out += i + 1 < ivs.size() ? ",\n" : "\n";
    }
    out += "\t\t}\n\t}\n";
  }
  for (const NamedMap& m : t.maps) {
    if (!first) out += "\n";
    first = false;
    out +=
        fmt::format("\tmap {} {{\n\t\ttype {} : verdict\n\t\tflags interval\n\t\telements = {{\n",
                    m.name, m.family == Family::V4 ? "ipv4_addr" : "ipv6_addr");
    for (std::size_t i = 0; i < m.elements.size(); ++i) {
      const AddrJump& e = m.elements[i];
      out += "\t\t\t" + format_element(m.family, e.lo, e.hi) + " : jump " + e.chain;
      out += i + 1 < m.elements.size() ? ",\n" : "\n";
    }
    out += "\t\t}\n\t}\n";
  }
  for (const Chain& c : t.chains) {
    if (!first) out += "\n";
    first = false;
    if (c.hook.empty()) {
      out += fmt::format("\tchain {} {{\n", c.name);
    } else {
      out += fmt::format("\tchain {} {{\n\t\ttype filter hook {} priority {}; policy {};\n", c.name,
                         c.hook, c.priority, c.policy_accept ? "accept" : "drop");
    }
    for (const Rule& r : c.rules) out += "\t\t" + rule_text(r) + "\n";
    out += "\t}\n";
  }
  out += "}\n";
  return out;
}

std::string write_uninstall_text(const std::string& table, const std::string& what) {
  return fmt::format(
      "#!/usr/sbin/nft -f\n# bulkhead: removes {1} (table inet {0}).\n"
      "# The first line creates the table when it is missing, so this works either way.\n"
      "table inet {0}\ndelete table inet {0}\n",
      table, what);
}

}  // namespace bulkhead::targets::nftables
