// Living beside other firewalls: the analysis.
//
// nftables evaluates every base chain registered on a hook, table by table in priority
// order; an accept only ends the chain it is in, while a drop or reject anywhere is
// final. So bulkhead's table decides what it drops, but whatever another table drops is
// gone even when bulkhead accepts it. This file finds those other tables and tools:
//   - base chains of other tables on the path of the traffic bulkhead judges (to the
//     host: ingress, prerouting, input; from it: output, postrouting; through a zone
//     firewall: ingress, prerouting, forward, postrouting) whose policy is drop or from
//     which a drop/reject is reachable (rules of the chain, and chains reached by jump/goto,
//     depth-first, memoized per chain: O(rules) for the whole ruleset);
//   - the tools behind them (firewalld, ufw, Docker, kube-proxy), recognised by their
//     table and chain names and by their files;
//   - rules nft cannot see (legacy x_tables, parsed from iptables-legacy-save);
//   - an /etc/nftables.conf that flushes the whole ruleset, bulkhead's tables included,
//     each time nftables.service loads it.
// Everything here is a pure function of the texts read by coexist_live.cpp.
#include "agent/coexist.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <tuple>

namespace bulkhead::agent {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxReasons = 4;

bool starts_with(std::string_view s, std::string_view p) {
  return s.substr(0, p.size()) == p;
}

std::string trim(std::string_view s) {
  std::size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  std::size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

std::vector<std::string> words(std::string_view s) {
  std::istringstream in{std::string(s)};
  std::vector<std::string> out;
  std::string w;
  while (in >> w) out.push_back(w);
  return out;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool is_bulkhead_table(std::string_view name) {
  return starts_with(name, "bulkhead");
}

std::string join(const std::vector<std::string>& v, std::string_view sep) {
  std::string out;
  for (const std::string& s : v) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

// ---- ruleset listing ------------------------------------------------------------------

// A string field of a listing object, or `fallback` when absent or not a string (the
// listing uses arrays for concatenated types, e.g. a map's "map" or "type").
std::string text_field(const json& o, const char* key, const char* fallback) {
  auto it = o.find(key);
  return it != o.end() && it->is_string() ? it->get<std::string>() : std::string(fallback);
}

// What one rule may do to a packet: its final verdicts and the chains it continues in.
struct RuleVerdicts {
  std::vector<std::string> finals;                         // "drop", "reject"
  std::vector<std::pair<std::string, std::string>> jumps;  // ("jump", target)
  std::vector<std::string> maps;  // named verdict maps it looks up (`vmap @portmap`)
};

// Walks a rule's expression; verdict maps nest their verdicts, so the walk is recursive.
void collect_verdicts(const json& j, RuleVerdicts* out) {
  if (j.is_array()) {
    for (const json& e : j) collect_verdicts(e, out);
    return;
  }
  if (!j.is_object()) return;
  for (auto it = j.begin(); it != j.end(); ++it) {
    const std::string& k = it.key();
    const json& v = it.value();
    if (k == "drop" || k == "reject") {
      out->finals.push_back(k);
    } else if (k == "vmap" && v.is_object() && v.contains("data") && v["data"].is_string() &&
               v["data"].get<std::string>().starts_with("@")) {
      // A named verdict map: its elements' verdicts, once the table's maps are read.
      out->maps.push_back(v["data"].get<std::string>().substr(1));
      collect_verdicts(v["key"], out);
    } else if ((k == "jump" || k == "goto") && v.is_object() && v.contains("target") &&
               v["target"].is_string()) {
      out->jumps.emplace_back(k, v["target"].get<std::string>());
    } else if (k == "xt" && v.is_object() && text_field(v, "type", "") == "target") {
      // iptables-nft keeps targets it cannot translate as xt targets (REJECT mostly).
      std::string name = text_field(v, "name", "");
      if (name == "REJECT" || name == "DROP") out->finals.push_back(lower(name));
    } else {
      collect_verdicts(v, out);
    }
  }
}

struct TableRules {
  // chain → the verdicts of each of its rules, in order
  std::map<std::string, std::vector<RuleVerdicts>> chains;
  // named verdict map → the verdicts of its elements (a `*` element included)
  std::map<std::string, RuleVerdicts> vmaps;
  // chain → first drop reachable from it ("" = none), memoized
  std::map<std::string, std::string> reach;
};

// The first drop or reject reachable from a chain, as "reject in chain X", or "".
std::string reachable_drop(TableRules& t, const std::string& chain, std::set<std::string>& seen) {
  auto memo = t.reach.find(chain);
  if (memo != t.reach.end()) return memo->second;
  if (!seen.insert(chain).second) return "";  // a loop the kernel would refuse anyway
  std::string found;
  auto it = t.chains.find(chain);
  if (it != t.chains.end()) {
    for (const RuleVerdicts& r : it->second) {
      if (!r.finals.empty()) {
        found = r.finals.front() + " in chain " + chain;
        break;
      }
      for (const auto& [how, target] : r.jumps) {
        found = reachable_drop(t, target, seen);
        if (!found.empty()) break;
      }
      if (!found.empty()) break;
    }
  }
  t.reach[chain] = found;
  return found;
}

// The hooks a packet passes, in order, on each path through the machine.
using HookPath = std::vector<std::string>;
const HookPath kPathIn{"ingress", "prerouting", "input"};                       // to this host
const HookPath kPathRouted{"ingress", "prerouting", "forward", "postrouting"};  // through it
const HookPath kPathOut{"output", "postrouting"};                               // from it

// The paths whose traffic a chain of bulkhead's on `hook` judges. A host table judges
// traffic to and from the host (its inbound chain may sit at prerouting, before any
// DNAT); a zone firewall's table judges routed traffic.
std::vector<const HookPath*> guarded_paths(const std::string& hook, bool routed) {
  std::vector<const HookPath*> out;
  if (hook == "input") out.push_back(&kPathIn);
  if (hook == "forward") out.push_back(&kPathRouted);
  if (hook == "output") out.push_back(&kPathOut);
  if (hook == "prerouting" || hook == "ingress") out.push_back(routed ? &kPathRouted : &kPathIn);
  if (hook == "postrouting") out.push_back(routed ? &kPathRouted : &kPathOut);
  return out;
}

std::ptrdiff_t position(const HookPath& p, const std::string& hook) {
  auto it = std::find(p.begin(), p.end(), hook);
  return it == p.end() ? -1 : it - p.begin();
}

// Where a foreign chain runs relative to bulkhead's chain on the same path: the drop is
// final either way, but the order tells which of the two sees a packet first.
std::string hook_order_note(const CoexistFinding& f, const std::map<std::string, int>& own,
                            bool routed) {
  auto same = own.find(f.hook);
  if (same != own.end()) {
    std::string mine =
        "bulkhead's " + f.hook + " chain (priority " + std::to_string(same->second) + ")";
    if (f.priority < same->second) return "it runs before " + mine;
    if (f.priority > same->second) return "it runs after " + mine;
    return "it runs at the same priority as " + mine + ", in no defined order";
  }
  for (const auto& [hook, prio] : own) {
    for (const HookPath* p : guarded_paths(hook, routed)) {
      std::ptrdiff_t theirs = position(*p, f.hook), mine = position(*p, hook);
      if (theirs < 0 || mine < 0) continue;
      return std::string(theirs < mine ? "it runs before" : "it runs after") + " bulkhead's " +
             hook + " chain (priority " + std::to_string(prio) + ")";
    }
  }
  return "";
}

// ---- small text helpers ---------------------------------------------------------------

std::vector<std::string> lines_of(std::string_view text) {
  std::vector<std::string> out;
  std::istringstream in{std::string(text)};
  std::string line;
  while (std::getline(in, line)) {
    std::string t = trim(line);
    if (!t.empty()) out.push_back(t);
  }
  return out;
}

// ufw.conf is shell-style KEY=value; ENABLED=yes means ufw loads its rules at boot.
bool ufw_enabled(std::string_view conf) {
  for (const std::string& line : lines_of(conf)) {
    if (line[0] == '#') continue;
    std::size_t eq = line.find('=');
    if (eq == std::string::npos || trim(line.substr(0, eq)) != "ENABLED") continue;
    std::string v = trim(line.substr(eq + 1));
    if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front())
      v = v.substr(1, v.size() - 2);
    return lower(v) == "yes";
  }
  return false;
}

// Chains of the listing (every table) whose name matches; "CHAIN (table T)" each.
std::vector<std::string> chains_where(const RulesetFacts& facts,
                                      const std::function<bool(const std::string&)>& pred) {
  std::vector<std::string> out;
  for (const auto& [table, names] : facts.chains) {
    std::vector<std::string> hit;
    for (const std::string& n : names)
      if (pred(n)) hit.push_back(n);
    if (hit.empty()) continue;
    std::string shown =
        hit.size() > 3 ? join({hit[0], hit[1], hit[2]}, ", ") + ", ..." : join(hit, ", ");
    out.push_back("chains " + shown + " in table " + table);
  }
  return out;
}

std::vector<std::string> tables_where(const RulesetFacts& facts,
                                      const std::function<bool(const std::string&)>& pred) {
  std::vector<std::string> out;
  for (const std::string& t : facts.tables) {
    std::size_t sp = t.find(' ');
    if (sp != std::string::npos && pred(t.substr(sp + 1))) out.push_back("table " + t);
  }
  return out;
}

CoexistFinding finding(CoexistKind kind, std::vector<std::string> evidence, std::string summary,
                       std::string advice) {
  CoexistFinding f;
  f.kind = kind;
  f.evidence = std::move(evidence);
  f.summary = std::move(summary);
  f.advice = std::move(advice);
  return f;
}

}  // namespace

std::string_view coexist_kind_name(CoexistKind k) {
  switch (k) {
    case CoexistKind::Firewalld:
      return "firewalld";
    case CoexistKind::Ufw:
      return "ufw";
    case CoexistKind::Docker:
      return "docker";
    case CoexistKind::KubeProxy:
      return "kube-proxy";
    case CoexistKind::IptablesLegacy:
      return "iptables-legacy";
    case CoexistKind::NftablesConf:
      return "nftables-conf";
    case CoexistKind::BaseChain:
      return "base-chain";
  }
  return "?";
}

Result<RulesetFacts> ruleset_facts(std::string_view text) {
  json doc = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_object() || !doc.contains("nftables") ||
      !doc["nftables"].is_array())
    return Failure{"not an nftables JSON listing"};
  RulesetFacts facts;
  std::map<std::string, TableRules> rules;  // by "family table"
  for (const json& entry : doc["nftables"]) {
    if (!entry.is_object() || entry.size() != 1) continue;
    const std::string& kind = entry.begin().key();
    const json& b = entry.begin().value();
    if (!b.is_object()) continue;
    std::string family = text_field(b, "family", "");
    if (kind == "table") {
      facts.tables.push_back(family + " " + text_field(b, "name", ""));
    } else if (kind == "chain") {
      std::string table = family + " " + text_field(b, "table", "");
      std::string name = text_field(b, "name", "");
      facts.chains[table].push_back(name);
      rules[table].chains[name];  // an empty chain still exists
      if (b.contains("hook")) {
        BaseChain c;
        c.family = family;
        c.table = text_field(b, "table", "");
        c.name = name;
        c.type = text_field(b, "type", "filter");
        c.hook = text_field(b, "hook", "");
        c.priority = b.contains("prio") && b["prio"].is_number_integer() ? b["prio"].get<int>() : 0;
        c.policy = text_field(b, "policy", "accept");
        facts.base_chains.push_back(std::move(c));
      }
    } else if (kind == "map" && text_field(b, "map", "") == "verdict") {
      collect_verdicts(
          b.value("elem", json::array()),
          &rules[family + " " + text_field(b, "table", "")].vmaps[text_field(b, "name", "")]);
    } else if (kind == "rule") {
      RuleVerdicts v;
      collect_verdicts(b.value("expr", json::array()), &v);
      rules[family + " " + text_field(b, "table", "")].chains[text_field(b, "chain", "")].push_back(
          std::move(v));
    }
  }
  // A rule that looks up a named verdict map may end in any of the map's verdicts.
  for (auto& [table, t] : rules) {
    for (auto& [chain, list] : t.chains) {
      for (RuleVerdicts& r : list) {
        for (const std::string& m : r.maps) {
          auto it = t.vmaps.find(m);
          if (it == t.vmaps.end()) continue;
          r.finals.insert(r.finals.end(), it->second.finals.begin(), it->second.finals.end());
          r.jumps.insert(r.jumps.end(), it->second.jumps.begin(), it->second.jumps.end());
        }
      }
    }
  }
  for (BaseChain& c : facts.base_chains) {
    TableRules& t = rules[c.family + " " + c.table];
    if (c.policy == "drop") c.drops.push_back("policy drop");
    const std::vector<RuleVerdicts>& own = t.chains[c.name];
    for (std::size_t i = 0; i < own.size(); ++i) {
      std::string at = "rule " + std::to_string(i + 1) + ": ";
      for (const std::string& f : own[i].finals) c.drops.push_back(at + f);
      for (const auto& [how, target] : own[i].jumps) {
        std::set<std::string> seen{c.name};
        std::string d = reachable_drop(t, target, seen);
        if (!d.empty()) c.drops.push_back(at + how + " " + target + " -> " + d);
      }
    }
  }
  std::sort(facts.base_chains.begin(), facts.base_chains.end(),
            [](const BaseChain& a, const BaseChain& b) {
              return std::tie(a.family, a.table, a.name) < std::tie(b.family, b.table, b.name);
            });
  return facts;
}

std::map<std::string, int> listing_hooks(const Listing& listing) {
  std::map<std::string, int> out;
  for (const ListingItem& i : listing.items) {
    if (i.kind != ItemKind::Chain) continue;
    json c = json::parse(i.key, nullptr, false);
    if (!c.is_object() || !c.contains("hook") || !c["hook"].is_string()) continue;
    int prio = c.contains("prio") && c["prio"].is_number_integer() ? c["prio"].get<int>() : 0;
    std::string hook = c["hook"].get<std::string>();
    auto it = out.find(hook);
    if (it == out.end() || prio < it->second) out[hook] = prio;
  }
  return out;
}

NftablesConfScan scan_nftables_conf(std::string_view text) {
  // Split into top-level statements: newlines and ';' end one outside braces; '#' starts a
  // comment outside quotes; a backslash before a newline continues the line. Statements
  // inside `table ... { }` blocks are not top-level and are skipped.
  NftablesConfScan scan;
  int line = 1, depth = 0, statement_line = 1;
  bool quoted = false, comment = false, first = true;
  std::string cur;
  auto finish = [&] {
    std::vector<std::string> w = words(cur);
    cur.clear();
    if (w.empty()) return;
    bool is_first = first;
    first = false;
    if (w[0] == "flush" && w.size() >= 2 && w[1] == "ruleset" &&
        (w.size() == 2 || w[2] == "inet")) {
      scan.flushes_ruleset = true;
      scan.flush_line = statement_line;
      scan.flush_is_first = is_first;
      scan.includes_bulkhead_after_flush = false;
    } else if (w[0] == "include" && w.size() >= 2 && scan.flushes_ruleset &&
               w[1].find("bulkhead") != std::string::npos) {
      scan.includes_bulkhead_after_flush = true;
    }
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n') {
      ++line;
      comment = false;
      if (!cur.empty() && cur.back() == '\\') {
        cur.back() = ' ';
        continue;
      }
      if (depth == 0) {
        finish();
        statement_line = line;
      } else {
        cur += ' ';
      }
      continue;
    }
    if (comment) continue;
    if (quoted) {
      cur += c;
      if (c == '"') quoted = false;
      continue;
    }
    if (c == '#') {
      comment = true;
      continue;
    }
    if (c == '"') quoted = true;
    if (c == '{') ++depth;
    if (c == '}' && depth > 0) --depth;
    if (c == ';' && depth == 0) {
      finish();
      statement_line = line;
      continue;
    }
    if (cur.empty() && (c == ' ' || c == '\t')) continue;
    if (cur.empty()) statement_line = line;
    cur += c;
  }
  finish();
  return scan;
}

LegacySave parse_iptables_save(std::string_view text) {
  LegacySave out;
  std::string table;
  for (const std::string& line : lines_of(text)) {
    if (line[0] == '*') {
      table = line.substr(1);
      if (std::find(out.tables.begin(), out.tables.end(), table) == out.tables.end())
        out.tables.push_back(table);
    } else if (line[0] == ':') {
      std::vector<std::string> w = words(line.substr(1));
      if (w.empty()) continue;
      out.chains.push_back(w[0]);
      if (w.size() >= 2 && w[1] == "DROP") out.drop_policies.push_back(table + " " + w[0]);
    } else if (starts_with(line, "-A ")) {
      ++out.rules;
      std::vector<std::string> w = words(line);
      for (std::size_t i = 0; i + 1 < w.size(); ++i) {
        if ((w[i] == "-j" || w[i] == "--jump") && (w[i + 1] == "DROP" || w[i + 1] == "REJECT")) {
          ++out.dropping_rules;
          break;
        }
      }
    }
  }
  return out;
}

std::vector<CoexistFinding> analyze_coexistence(const CoexistInputs& in) {
  std::vector<CoexistFinding> out;
  RulesetFacts facts;
  if (in.ruleset_json) {
    Result<RulesetFacts> f = ruleset_facts(*in.ruleset_json);
    if (f) facts = std::move(f).value();
  }
  std::optional<LegacySave> legacy;
  if (in.legacy_save) legacy = parse_iptables_save(*in.legacy_save);
  auto legacy_chains = [&](const std::function<bool(const std::string&)>& pred) {
    std::vector<std::string> out;
    if (!legacy) return out;
    std::vector<std::string> hit;
    for (const std::string& c : legacy->chains)
      if (pred(c) && std::find(hit.begin(), hit.end(), c) == hit.end()) hit.push_back(c);
    if (!hit.empty())
      out.push_back(
          "legacy iptables chains " +
          (hit.size() > 3 ? join({hit[0], hit[1], hit[2]}, ", ") + ", ..." : join(hit, ", ")));
    return out;
  };
  auto concat = [](std::vector<std::string> a, const std::vector<std::string>& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
  };

  // firewalld
  {
    std::vector<std::string> ev;
    if (in.firewalld_run_dir) ev.push_back("/run/firewalld exists");
    ev = concat(ev, tables_where(facts, [](const std::string& n) { return n == "firewalld"; }));
    if (!ev.empty())
      out.push_back(finding(
          CoexistKind::Firewalld, ev,
          "firewalld is running: its base chains reject whatever the zone of the interface does "
          "not allow, and a reject in any base chain is final, so traffic bulkhead allows is "
          "still refused unless firewalld allows it too",
          "allow the same services in firewalld (`firewall-cmd --permanent --zone=ZONE "
          "--add-service=NAME` or `--add-port=PORT/PROTO`, then `firewall-cmd --reload`), or let "
          "bulkhead be this host's firewall alone: `systemctl disable --now firewalld`"));
  }
  // ufw
  {
    std::vector<std::string> ev;
    if (in.ufw_conf && ufw_enabled(*in.ufw_conf)) ev.push_back("/etc/ufw/ufw.conf: ENABLED=yes");
    auto is_ufw = [](const std::string& n) {
      return starts_with(n, "ufw-") || starts_with(n, "ufw6-");
    };
    ev = concat(ev, chains_where(facts, is_ufw));
    ev = concat(ev, legacy_chains(is_ufw));
    if (!ev.empty())
      out.push_back(finding(
          CoexistKind::Ufw, ev,
          "ufw is enabled: its iptables INPUT chain drops (default `deny incoming`) whatever ufw "
          "does not allow, and that drop is final, so traffic bulkhead allows is still dropped "
          "unless ufw allows it too",
          "allow the same services in ufw (`ufw allow from SOURCE to any port PORT proto tcp`), "
          "or let bulkhead be this host's firewall alone: `ufw disable` (sets ENABLED=no and "
          "removes ufw's rules)"));
  }
  // Docker
  {
    std::vector<std::string> ev;
    auto is_docker = [](const std::string& n) { return n == "DOCKER" || n == "DOCKER-USER"; };
    ev = concat(ev, chains_where(facts, is_docker));
    ev = concat(ev, legacy_chains(is_docker));
    ev = concat(ev,
                tables_where(facts, [](const std::string& n) { return starts_with(n, "docker"); }));
    if (in.docker0) ev.push_back("interface docker0");
    if (!ev.empty())
      out.push_back(finding(
          CoexistKind::Docker, ev,
          "Docker runs here: published container ports are DNATed in prerouting and then "
          "forwarded, so they pass the forward hook, not input, and bulkhead's host table does "
          "not filter them; Docker also sets the iptables FORWARD policy to drop and rebuilds "
          "its chains each time it starts",
          "filter container traffic in the DOCKER-USER chain (Docker keeps it across restarts: "
          "`iptables -I DOCKER-USER -i EXT_IF ! -s ALLOWED -j DROP`), publish ports on chosen "
          "addresses only (`-p 127.0.0.1:8080:80`), and never flush Docker's tables; Docker "
          "does not touch bulkhead's table"));
  }
  // kube-proxy
  {
    std::vector<std::string> ev;
    auto is_kube = [](const std::string& n) { return starts_with(n, "KUBE-"); };
    ev = concat(ev, chains_where(facts, is_kube));
    ev = concat(ev, legacy_chains(is_kube));
    ev = concat(ev, tables_where(facts, [](const std::string& n) { return n == "kube-proxy"; }));
    if (!ev.empty())
      out.push_back(finding(
          CoexistKind::KubeProxy, ev,
          "kube-proxy runs here: Service and NodePort traffic is DNATed in prerouting and "
          "mostly forwarded to pods, beyond bulkhead's input chain, and kube-proxy rewrites its "
          "chains (including drop/reject rules for Services without endpoints) all the time",
          "segment pod traffic with Kubernetes NetworkPolicies; keep bulkhead for the node "
          "itself and allow in the policy what the cluster needs (kubelet tcp/10250, API server "
          "tcp/6443, NodePorts tcp/30000-32767, the CNI's overlay ports) from where it is used; "
          "never flush kube-proxy's tables"));
  }
  // iptables-legacy
  {
    std::vector<std::string> loaded;
    std::vector<std::string> ev;
    for (const auto& [names, file] : {std::pair{in.ip_tables_names, "ip_tables_names"},
                                      std::pair{in.ip6_tables_names, "ip6_tables_names"}}) {
      if (!names) continue;
      std::vector<std::string> l = lines_of(*names);
      if (l.empty()) continue;
      ev.push_back(std::string("/proc/net/") + file + ": " + join(l, ", "));
      loaded.insert(loaded.end(), l.begin(), l.end());
    }
    if (!loaded.empty()) {
      std::string advice =
          "move them to nftables (`iptables-legacy-save > legacy.rules`, review, "
          "`iptables-nft-restore < legacy.rules`; the same with ip6tables), then empty every "
          "legacy table (`iptables-legacy -t TABLE -F`, `-X`, and `-P CHAIN ACCEPT` for built-in "
          "chains) and stop what loads them at boot (netfilter-persistent or iptables-restore "
          "with the legacy tools)";
      if (legacy && (legacy->rules > 0 || !legacy->drop_policies.empty())) {
        std::string s = std::to_string(legacy->rules) + " legacy iptables rule" +
                        (legacy->rules == 1 ? "" : "s") + " (x_tables, tables " +
                        join(legacy->tables, ", ") + "; " + std::to_string(legacy->dropping_rules) +
                        " with DROP or REJECT";
        if (!legacy->drop_policies.empty())
          s += "; policy DROP on " + join(legacy->drop_policies, ", ");
        s += ") are invisible to nft and to `bulkhead status`; they run at the same hooks, and a "
             "DROP there is final too";
        out.push_back(finding(CoexistKind::IptablesLegacy, ev, s, advice));
      } else if (!legacy) {
        out.push_back(finding(
            CoexistKind::IptablesLegacy, ev,
            "legacy iptables tables (x_tables) are loaded; their rules are invisible to nft and "
            "to `bulkhead status`, run at the same hooks, and a DROP there is final too" +
                std::string(in.legacy_save_tool ? ""
                                                : " (iptables-legacy-save is not installed, so "
                                                  "they could not be counted)"),
            "list them with `iptables-legacy-save` and `ip6tables-legacy-save`; " + advice));
      }
    }
  }
  // /etc/nftables.conf
  if (in.nftables_conf) {
    NftablesConfScan scan = scan_nftables_conf(*in.nftables_conf);
    if (scan.flushes_ruleset && !scan.includes_bulkhead_after_flush) {
      std::string s = "/etc/nftables.conf flushes the whole ruleset (`flush ruleset` on line " +
                      std::to_string(scan.flush_line) +
                      (scan.flush_is_first ? ", its first statement, as Debian ships it" : "") +
                      "): each time nftables.service loads it (`systemctl restart nftables` or "
                      "`reload`, `nft -f /etc/nftables.conf`), bulkhead's tables are deleted";
      if (in.nftables_service_enabled)
        s += "; nftables.service is enabled (at boot bulkhead-restore.service runs after it)";
      out.push_back(finding(
          CoexistKind::NftablesConf, {"/etc/nftables.conf line " + std::to_string(scan.flush_line)},
          s,
          "add `include \"" + in.persist_dir +
              "/*.nft\"` right after the flush (bulkhead's last confirmed tables, saved there "
              "on each confirmed apply), or replace `flush ruleset` by `table FAMILY NAME` + "
              "`delete table FAMILY NAME` for each table the file defines, so it replaces only "
              "its own tables"));
    }
  }
  // Base chains of other tables on bulkhead's hooks.
  std::map<std::string, int> own = in.own_hooks;
  if (own.empty()) {
    for (const BaseChain& c : facts.base_chains) {
      if (!is_bulkhead_table(c.table)) continue;
      auto it = own.find(c.hook);
      if (it == own.end() || c.priority < it->second) own[c.hook] = c.priority;
    }
  }
  // A foreign chain matters when it is on the path of traffic bulkhead judges.
  bool routed = in.routed;
  if (in.own_hooks.empty()) {
    for (const std::string& t : facts.tables)
      routed |= t.find(" bulkhead_zone_") != std::string::npos;
  }
  std::set<std::string> relevant;
  for (const auto& [hook, prio] : own)
    for (const HookPath* p : guarded_paths(hook, routed)) relevant.insert(p->begin(), p->end());
  static const std::set<std::string> kFamilies{"ip", "ip6", "inet", "netdev"};
  for (const BaseChain& c : facts.base_chains) {
    if (is_bulkhead_table(c.table) || c.drops.empty() || !relevant.count(c.hook) ||
        !kFamilies.count(c.family))
      continue;
    CoexistFinding f;
    f.kind = CoexistKind::BaseChain;
    f.family = c.family;
    f.table = c.table;
    f.chain = c.name;
    f.hook = c.hook;
    f.priority = c.priority;
    f.drops = c.drops;
    std::vector<std::string> shown(
        c.drops.begin(),
        c.drops.begin() + static_cast<std::ptrdiff_t>(std::min(kMaxReasons, c.drops.size())));
    std::string reasons = join(shown, "; ");
    if (c.drops.size() > kMaxReasons)
      reasons += "; and " + std::to_string(c.drops.size() - kMaxReasons) + " more";
    std::string order = hook_order_note(f, own, routed);
    f.summary = "table " + c.family + " " + c.table + ", chain " + c.name + " (hook " + c.hook +
                ", priority " + std::to_string(c.priority) + ", type " + c.type +
                ") may drop what bulkhead accepts: " + reasons +
                (order.empty() ? "" : "; " + order);
    f.evidence.push_back("table " + c.family + " " + c.table + " chain " + c.name);
    f.advice =
        "a drop or reject in any base chain is final in nftables (an accept only ends its own "
        "chain): allow there what bulkhead allows, or remove that chain or table if bulkhead "
        "replaces it; bulkhead never changes other tables";
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace bulkhead::agent
