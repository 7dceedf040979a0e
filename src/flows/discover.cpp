// flows discover: least-privilege allow rules from observed accepted flows (docs/flows.md,
// "flows discover").
//
// Each accepted record is judged as `flows check` judges it (Checker::judge: replies
// oriented, ICMP errors and port-less records set aside) and counted in its triple
// (source endpoint, destination endpoint, service key). An endpoint is a host class of the
// Decision, or an address of plain space; a std::map over triples keeps memory bounded by
// what is distinct. A triple's status is fixed when first seen: proposable, decided by an
// override-deny rule, or covered by an `expect ... blocked` intent (never proposed).
//
// finish() builds exact cross products in three passes (O(T log T) for T triples): per
// endpoint pair the services seen; destinations grouped by (services, sources); so every
// (source, destination) of a rule was observed with exactly the rule's services. Selectors
// are exact too: a class is written by its shared labels and zone only when that selector's
// addresses are exactly the class's, else by its host names, else by its addresses.
// prove() loads the extended policy and checks every proposed triple with Decision::query
// and every intent with analysis::verify, narrowing (catalog names to exact ports, then
// dropping the rule) until the proof holds.
#include "flows/discover.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "analysis/verify.h"
#include "flows/check.h"

namespace bulkhead::flows {

using decision::Decision;
using decision::Tier;

namespace {

constexpr std::size_t kExamples = 3;
constexpr int kMaxProofRounds = 4;

enum class Status : std::uint8_t { Propose, OverrideDeny, Intent, NoInline };

/// A host class (kind 0) or a plain-space address (kind 1).
struct Ep {
  std::uint8_t kind = 0;
  std::uint32_t cls = 0;
  Addr addr;
  auto operator<=>(const Ep&) const = default;
};

struct TripleKey {
  Ep s, t;
  std::uint32_t key = 0;
  auto operator<=>(const TripleKey&) const = default;
};

struct TripleAcc {
  std::uint64_t flows = 0;
  std::uint64_t records = 0;
  Status status = Status::Propose;
  std::uint32_t why = 0;  // rule id (override-deny) or expect index (intent)
  std::vector<std::pair<Addr, Addr>> examples;
};

/// YAML plain scalars that read as the text itself; anything else is double-quoted.
std::string yq(std::string_view s) {
  static const std::set<std::string> kSpecial = {"y",     "n",  "yes", "no",   "true",
                                                 "false", "on", "off", "null", "~"};
  bool plain = !s.empty() && ((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z'));
  for (char c : s)
    plain = plain && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_' || c == '.');
  std::string lower;
  for (char c : s) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (plain && kSpecial.count(lower) == 0) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

/// The fewest prefixes covering exactly the addresses of `set`.
std::vector<Prefix> exact_prefixes(const AddrSet& set) {
  std::vector<Prefix> out;
  for (Family f : {Family::V4, Family::V6}) {
    const int bits = family_bits(f);
    for (const auto& iv : set.of(f).intervals()) {
      u128 lo = iv.lo;
      for (;;) {
        // The largest aligned block starting at lo that stays within hi.
        int len = bits;
        while (len > 0) {
          const u128 mask = host_mask(f, len - 1);
          if ((lo & mask) != 0 || lo + mask > iv.hi || lo + mask < lo) break;
          --len;
        }
        out.push_back(Prefix{Addr{f, lo}, len});
        const u128 last = lo + host_mask(f, len);
        if (last >= iv.hi) break;
        lo = last + 1;
      }
    }
  }
  return out;
}

std::string cidr_selector(const std::vector<Prefix>& ps) {
  std::vector<std::string> items;
  for (const Prefix& p : ps) items.push_back(yq(p.str()));
  if (items.size() == 1) return "{cidr: " + items[0] + "}";
  return fmt::format("{{cidr: [{}]}}", fmt::join(items, ", "));
}

/// Lower-case letters, digits and '-' only.
std::string slug(std::string_view s) {
  std::string out;
  for (char c : s) {
    char l = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    bool ok = (l >= 'a' && l <= 'z') || (l >= '0' && l <= '9');
    if (ok)
      out += l;
    else if (!out.empty() && out.back() != '-')
      out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? std::string("x") : out;
}

}  // namespace

struct Discoverer::State {
  std::shared_ptr<const Decision> d;
  bool with_policy = false;
  Checker checker;
  std::vector<ServiceSet> service_keys;                     // model.services → keys
  std::vector<std::pair<std::size_t, ServiceSet>> blocked;  // blocked intents → keys
  std::map<TripleKey, TripleAcc> triples;
  DiscoverTotals totals;
  mutable std::map<std::uint32_t, std::string> class_selector_cache;
  // Classes written by labels and zone: the labels part (", role: app"), so that classes of
  // several zones sharing it fold into one `{zone: [a, b], ...}` alternative.
  mutable std::map<std::uint32_t, std::string> label_part;

  State(std::shared_ptr<const Decision> dec, bool policy)
      : d(std::move(dec)), with_policy(policy), checker(d, CheckOptions{}) {
    for (const policy::Service& s : d->model().services) service_keys.push_back(s.keys());
    const std::vector<policy::Expect>& ex = d->model().expects;
    for (std::size_t i = 0; i < ex.size(); ++i) {
      if (ex[i].verdict != policy::ExpectVerdict::Blocked) continue;
      ServiceSet keys;
      for (const policy::ServiceRef& r : ex[i].services) keys = keys.unite(r.keys);
      blocked.emplace_back(i, std::move(keys));
    }
  }

  Ep endpoint(const Addr& a) const {
    const std::uint32_t c = d->class_of(a);
    if (d->classes()[c].is_host) return Ep{0, c, Addr{}};
    return Ep{1, 0, a};
  }

  std::string addr_name(const Addr& a) const {
    const std::int32_t h = d->atom_of(a).host;
    return h == decision::kNoHost ? a.str() : d->model().hosts[static_cast<std::size_t>(h)].name;
  }

  /// The catalog service of a key when exactly one service of the model has it.
  std::optional<std::string> catalog_name(std::uint32_t key) const {
    std::optional<std::string> found;
    int n = 0;
    for (std::size_t i = 0; i < service_keys.size(); ++i) {
      if (!service_keys[i].contains(key)) continue;
      ++n;
      found = d->model().services[i].name;
    }
    return n == 1 ? found : std::nullopt;
  }

  /// Service texts for a set of keys: catalog names (unless exact), else inline runs.
  std::vector<std::string> service_texts(const std::set<std::uint32_t>& keys, bool exact) const {
    std::set<std::string> names;
    std::vector<std::uint32_t> rest;
    for (std::uint32_t k : keys) {
      std::optional<std::string> n = exact ? std::nullopt : catalog_name(k);
      if (n)
        names.insert(*n);
      else
        rest.push_back(k);
    }
    std::vector<std::string> out(names.begin(), names.end());
    for (std::size_t i = 0; i < rest.size();) {
      std::size_t j = i;
      while (j + 1 < rest.size() && rest[j + 1] == rest[j] + 1 &&
             key_proto(rest[j + 1]) == key_proto(rest[i]))
        ++j;
      policy::PortRange pr{key_proto(rest[i]), static_cast<std::uint16_t>(key_port(rest[i])),
                           static_cast<std::uint16_t>(key_port(rest[j]))};
      out.push_back(policy::port_range_text(pr));
      i = j + 1;
    }
    return out;
  }

  /// The exact selector of a host class: shared labels and zone, else host names, else
  /// addresses; each candidate is kept only when it selects exactly the class's addresses.
  std::string class_selector(std::uint32_t c) const {
    auto it = class_selector_cache.find(c);
    if (it != class_selector_cache.end()) return it->second;
    const decision::Class& cls = d->classes()[c];
    const policy::Model& m = d->model();
    const std::string zone = d->zones()[cls.zone].name;
    const AddrSet want = d->class_addresses(c);
    std::map<std::string, std::string> shared = m.hosts[cls.hosts.front()].labels;
    for (std::uint32_t h : cls.hosts) {
      const auto& labels = m.hosts[h].labels;
      for (auto s = shared.begin(); s != shared.end();) {
        auto f = labels.find(s->first);
        s = f == labels.end() || f->second != s->second ? shared.erase(s) : std::next(s);
      }
    }
    auto exact = [&](policy::SelectorTerm term, const std::string& text) {
      policy::Selector sel;
      term.kind = policy::SelectorTerm::Kind::Map;
      sel.any_of.push_back(std::move(term));
      sel.text = "discover:" + text;  // never the text of a model selector
      return d->selector_addresses(sel) == want;
    };
    std::string out;
    if (!shared.empty()) {
      policy::SelectorTerm t;
      t.zones = {zone};
      std::string labels;
      for (const auto& [k, v] : shared) {
        t.labels.push_back(policy::LabelCond{k, {v}, false, {}});
        labels += ", " + yq(k) + ": " + yq(v);
      }
      const std::string text = "{zone: " + yq(zone) + labels + "}";
      if (exact(t, text)) {
        out = text;
        label_part.emplace(c, labels);
      }
    }
    if (out.empty()) {
      policy::SelectorTerm t;
      std::vector<std::string> names;
      for (std::uint32_t h : cls.hosts) {
        t.hosts.push_back(m.hosts[h].name);
        names.push_back(yq(m.hosts[h].name));
      }
      std::string text = names.size() == 1 ? "{host: " + names[0] + "}"
                                           : fmt::format("{{host: [{}]}}", fmt::join(names, ", "));
      if (exact(t, text)) out = text;
    }
    if (out.empty()) out = cidr_selector(exact_prefixes(want));
    class_selector_cache.emplace(c, out);
    return out;
  }

  /// Selector alternatives for a set of endpoints: one per class, one for the addresses.
  std::vector<std::string> selectors(const std::vector<Ep>& eps) const {
    std::vector<std::string> out;
    std::map<std::string, std::set<std::string>> folded;  // labels part → zones
    AddrSet addrs;
    for (const Ep& e : eps) {
      if (e.kind == 1) {
        addrs.add(e.addr);
        continue;
      }
      std::string sel = class_selector(e.cls);
      auto lp = label_part.find(e.cls);
      if (lp == label_part.end())
        out.push_back(std::move(sel));
      else
        folded[lp->second].insert(yq(d->zones()[d->classes()[e.cls].zone].name));
    }
    std::vector<std::string> by_labels;
    for (const auto& [labels, zones] : folded) {
      const std::string z =
          zones.size() == 1 ? *zones.begin() : fmt::format("[{}]", fmt::join(zones, ", "));
      by_labels.push_back("{zone: " + z + labels + "}");
    }
    out.insert(out.begin(), by_labels.begin(), by_labels.end());
    if (!addrs.empty()) out.push_back(cidr_selector(exact_prefixes(addrs)));
    return out;
  }

  std::string ep_short(const Ep& e) const {
    if (e.kind == 1) return "addresses";
    const decision::Class& cls = d->classes()[e.cls];
    const policy::Host& h = d->model().hosts[cls.hosts.front()];
    auto role = h.labels.find("role");
    if (role != h.labels.end()) return slug(role->second);
    return slug(h.name);
  }

  std::string ep_name(const Ep& e) const {
    return e.kind == 1 ? d->classes()[d->class_of(e.addr)].name + " " + e.addr.str()
                       : d->classes()[e.cls].name;
  }
};

Discoverer::Discoverer(std::shared_ptr<const Decision> d, bool with_policy)
    : s_(std::make_unique<State>(std::move(d), with_policy)) {}
Discoverer::~Discoverer() = default;
Discoverer::Discoverer(Discoverer&&) noexcept = default;
Discoverer& Discoverer::operator=(Discoverer&&) noexcept = default;

void Discoverer::add(const Record& r) {
  State& s = *s_;
  DiscoverTotals& t = s.totals;
  const std::uint64_t n = r.count == 0 ? 1 : r.count;
  t.records += 1;
  t.flows += n;
  Observed observed = r.observed;
  if (!r.log_prefix.empty()) {
    if (std::optional<BhPrefix> bh = parse_bh_prefix(r.log_prefix))
      observed = bh->action == BhPrefix::Action::Allow || bh->action == BhPrefix::Action::WouldBlock
                     ? Observed::Accepted
                     : Observed::Rejected;
  }
  if (observed == Observed::Rejected) {
    t.rejected += n;
    return;
  }
  if (observed == Observed::Unknown) {
    t.unknown += n;
    return;
  }
  t.accepted += n;
  std::optional<SeenFlow> f = s.checker.judge(r);
  if (!f || !f->key_known) {
    t.unjudgeable += n;
    return;
  }
  if (s.with_policy && f->verdict.reachable && f->verdict.intended) {
    t.intended += n;
    return;
  }
  TripleKey k{s.endpoint(f->src), s.endpoint(f->dst), f->key};
  auto [it, fresh] = s.triples.try_emplace(k);
  TripleAcc& acc = it->second;
  if (fresh) {
    if (key_proto(f->key) == Proto::Other) {
      acc.status = Status::NoInline;
    } else if (s.with_policy && f->verdict.tier == Tier::OverrideDeny) {
      acc.status = Status::OverrideDeny;
      acc.why = f->verdict.rule;
    } else if (s.with_policy) {
      const std::uint32_t sc = s.d->class_of(f->src), dc = s.d->class_of(f->dst);
      for (const auto& [i, keys] : s.blocked) {
        const policy::Expect& e = s.d->model().expects[i];
        if (keys.contains(f->key) && s.d->selector_matches(e.from, sc) &&
            s.d->selector_matches(e.to, dc)) {
          acc.status = Status::Intent;
          acc.why = static_cast<std::uint32_t>(i);
          break;
        }
      }
    }
  }
  acc.flows += n;
  acc.records += 1;
  std::pair<Addr, Addr> ex{f->src, f->dst};
  if (acc.examples.size() < kExamples &&
      std::find(acc.examples.begin(), acc.examples.end(), ex) == acc.examples.end())
    acc.examples.push_back(ex);
}

namespace {

/// The triples in map order, so that indices are stable between finish() and prove().
std::vector<std::pair<TripleKey, const TripleAcc*>> triple_list(
    const std::map<TripleKey, TripleAcc>& m) {
  std::vector<std::pair<TripleKey, const TripleAcc*>> out;
  out.reserve(m.size());
  for (const auto& [k, a] : m) out.emplace_back(k, &a);
  return out;
}

}  // namespace

Discovery Discoverer::finish() const {
  const State& s = *s_;
  Discovery out;
  out.with_policy = s.with_policy;
  out.totals = s.totals;
  const auto list = triple_list(s.triples);

  // Endpoint pair → keys seen and its triples.
  struct PairAcc {
    std::set<std::uint32_t> keys;
    std::vector<std::size_t> idx;
  };
  std::map<std::pair<Ep, Ep>, PairAcc> pairs;
  std::map<std::tuple<std::string, std::string, std::string, std::string>, NotProposed> skipped;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const auto& [k, a] = list[i];
    if (a->status == Status::Propose) {
      PairAcc& p = pairs[{k.s, k.t}];
      p.keys.insert(k.key);
      p.idx.push_back(i);
      continue;
    }
    std::string reason;
    if (a->status == Status::OverrideDeny)
      reason = "override-deny rule " + s.d->rules()[a->why].rule->name;
    else if (a->status == Status::Intent)
      reason = "intent " + s.d->model().expects[a->why].name + " (blocked)";
    else
      reason = fmt::format("IP protocol {}: only the service any admits it", key_port(k.key));
    std::string svc = s.service_texts({k.key}, false).front();
    const std::string from = s.ep_name(k.s), to = s.ep_name(k.t);
    NotProposed& np = skipped[{reason, from, to, svc}];
    if (np.flows == 0) {
      np.reason = reason;
      np.from = from;
      np.to = to;
      np.service = svc;
      np.example =
          s.addr_name(a->examples.front().first) + " -> " + s.addr_name(a->examples.front().second);
    }
    np.flows += a->flows;
    out.totals.not_proposed += a->flows;
  }

  // Destinations grouped by (services, sources): exact cross products.
  std::map<std::pair<Ep, std::vector<std::string>>,
           std::pair<std::vector<Ep>, std::vector<std::size_t>>>
      by_dst;
  std::map<std::pair<Ep, std::vector<std::string>>, std::set<std::uint32_t>> dst_keys;
  for (const auto& [ends, p] : pairs) {
    std::vector<std::string> names = s.service_texts(p.keys, false);
    auto& g = by_dst[{ends.second, names}];
    g.first.push_back(ends.first);
    g.second.insert(g.second.end(), p.idx.begin(), p.idx.end());
    dst_keys[{ends.second, names}].insert(p.keys.begin(), p.keys.end());
  }
  struct RuleAcc {
    std::vector<Ep> dsts;
    std::vector<std::size_t> idx;
    std::set<std::uint32_t> keys;
  };
  std::map<std::pair<std::vector<Ep>, std::vector<std::string>>, RuleAcc> by_src;
  for (const auto& [dk, g] : by_dst) {
    RuleAcc& r = by_src[{g.first, dk.second}];
    r.dsts.push_back(dk.first);
    r.idx.insert(r.idx.end(), g.second.begin(), g.second.end());
    const auto& keys = dst_keys[dk];
    r.keys.insert(keys.begin(), keys.end());
  }

  for (const auto& [sk, r] : by_src) {
    ProposedRule pr;
    pr.from = s.selectors(sk.first);
    pr.to = s.selectors(r.dsts);
    pr.services = sk.second;
    pr.keys.assign(r.keys.begin(), r.keys.end());
    pr.triples = r.idx;
    std::sort(pr.triples.begin(), pr.triples.end());
    for (std::size_t i : pr.triples) {
      pr.flows += list[i].second->flows;
      for (const auto& [a, b] : list[i].second->examples) {
        std::string ex = s.addr_name(a) + " -> " + s.addr_name(b);
        if (pr.examples.size() < kExamples &&
            std::find(pr.examples.begin(), pr.examples.end(), ex) == pr.examples.end())
          pr.examples.push_back(std::move(ex));
      }
    }
    pr.name = s.ep_short(sk.first.front()) + "-to-" + s.ep_short(r.dsts.front());
    out.totals.proposed += pr.flows;
    out.rules.push_back(std::move(pr));
  }
  std::sort(out.rules.begin(), out.rules.end(), [](const ProposedRule& a, const ProposedRule& b) {
    return std::tie(b.flows, a.from, a.to, a.services) <
           std::tie(a.flows, b.from, b.to, b.services);
  });
  // Names: discovered-<n>-<short>, unique against the policy's rules.
  std::set<std::string> taken;
  for (const policy::Rule& r : s.d->model().rules) taken.insert(r.name);
  int n = 0;
  for (ProposedRule& pr : out.rules) {
    std::string name;
    do {
      name = fmt::format("discovered-{}-{}", ++n, pr.name);
      if (name.size() > 63) name.resize(63);
      while (!name.empty() && name.back() == '-') name.pop_back();
    } while (taken.count(name) > 0);
    taken.insert(name);
    pr.name = name;
  }
  for (auto& [k, np] : skipped) out.not_proposed.push_back(std::move(np));
  std::stable_sort(out.not_proposed.begin(), out.not_proposed.end(),
                   [](const NotProposed& a, const NotProposed& b) { return a.flows > b.flows; });
  return out;
}

namespace {

std::string percent(std::uint64_t part, std::uint64_t whole) {
  if (whole == 0) return "0%";
  return fmt::format("{:.1f}%", 100.0 * static_cast<double>(part) / static_cast<double>(whole));
}

std::string selector_text(const std::vector<std::string>& alts) {
  if (alts.size() == 1) return alts.front();
  return fmt::format("[{}]", fmt::join(alts, ", "));
}

}  // namespace

std::string Discovery::yaml() const {
  const DiscoverTotals& t = totals;
  std::string out = "bulkhead: 1\n";
  out += "# Proposed by `bulkhead flows discover`: least-privilege allow rules for the observed\n";
  out += with_policy ? "# accepted flows the policy does not already intend.\n"
                     : "# accepted flows (no policy given: exact addresses, no labels).\n";
  out += fmt::format("# proposal covers {} of observed accepted flows ({} of {})",
                     percent(t.proposed, t.accepted), t.proposed, t.accepted);
  if (with_policy)
    out += fmt::format(", the policy already intended {}", percent(t.intended, t.accepted));
  out += "\n";
  if (t.not_proposed > 0)
    out += fmt::format("# {} accepted flows not proposed (override-deny, blocked intents, proof)\n",
                       t.not_proposed);
  if (t.unjudgeable > 0)
    out += fmt::format("# {} accepted flows not judgeable (no port, ICMP errors, ...)\n",
                       t.unjudgeable);
  if (t.rejected + t.unknown > 0)
    out += fmt::format("# {} rejected and {} unknown flows ignored\n", t.rejected, t.unknown);
  if (rules.empty()) return out + "rules: []\n";
  out += "\nrules:\n";
  for (const ProposedRule& r : rules) {
    out += fmt::format("  # {} flow{}, e.g. {}\n", r.flows, r.flows == 1 ? "" : "s",
                       fmt::join(r.examples, ", "));
    out += fmt::format("  - name: {}\n", r.name);
    out += "    action: allow\n";
    out += "    from: " + selector_text(r.from) + "\n";
    out += "    to: " + selector_text(r.to) + "\n";
    out += fmt::format("    services: [{}]\n", fmt::join(r.services, ", "));
    out += fmt::format("    description: \"proposed by flows discover from {} observed flow{}\"\n",
                       r.flows, r.flows == 1 ? "" : "s");
  }
  return out;
}

void Discoverer::prove(Discovery* disc, const ExtendedLoader& load) const {
  const State& s = *s_;
  const auto list = triple_list(s.triples);
  Proof& proof = disc->proof;
  proof = Proof{};
  proof.done = true;
  std::vector<bool> held;
  if (s.with_policy) {
    for (const analysis::IntentResult& r : analysis::verify(*s.d).intents) held.push_back(r.holds);
  }
  for (bool h : held) proof.intents_held += h ? 1 : 0;

  for (int round = 0; round < kMaxProofRounds; ++round) {
    proof.rounds = round + 1;
    proof.failures.clear();
    proof.admitted = proof.total = 0;
    std::string why;
    std::shared_ptr<const Decision> after = load(disc->yaml(), &why);
    if (!after) {
      proof.failures.push_back("the extended policy does not load: " + why);
      proof.holds = false;
      return;
    }
    auto query = [&](const TripleKey& k, const std::pair<Addr, Addr>& ex) {
      return after->query(decision::Flow{ex.first, ex.second, key_proto(k.key),
                                         static_cast<std::uint16_t>(key_port(k.key))});
    };
    std::set<std::string> offending;
    bool unattributed = false;
    // (a) every proposed flow is admitted: each triple's addresses behave alike, so one
    // example per distinct address pair kept decides it.
    for (const ProposedRule& r : disc->rules) {
      for (std::size_t i : r.triples) {
        const auto& [k, a] = list[i];
        proof.total += a->flows;
        bool ok = true;
        for (const auto& ex : a->examples) {
          decision::Verdict v = query(k, ex);
          if (!v.reachable || !v.intended) {
            ok = false;
            proof.failures.push_back(fmt::format(
                "{} -> {} {} not admitted (tier {})", ex.first.str(), ex.second.str(),
                format_services(ServiceSet::range(k.key, k.key)), decision::tier_name(v.tier)));
          }
        }
        if (ok)
          proof.admitted += a->flows;
        else
          unattributed = true;
      }
    }
    // Flows an override-deny decides stay refused.
    for (const auto& [k, a] : list) {
      if (a->status != Status::OverrideDeny) continue;
      decision::Verdict v = query(k, a->examples.front());
      if (v.tier != Tier::OverrideDeny || v.reachable) {
        proof.failures.push_back(fmt::format("{} -> {}: override-deny no longer decides",
                                             a->examples.front().first.str(),
                                             a->examples.front().second.str()));
        unattributed = true;
      }
    }
    // (b) every intent that held still holds.
    if (s.with_policy) {
      const analysis::VerifyReport rep = analysis::verify(*after);
      for (std::size_t i = 0; i < rep.intents.size() && i < held.size(); ++i) {
        if (!held[i] || rep.intents[i].holds) continue;
        const policy::Expect& e = *rep.intents[i].expect;
        std::vector<std::string> by;
        for (const analysis::FlowExample& ex : rep.intents[i].examples) {
          if (ex.verdict.rule == decision::kNoRule) continue;
          const std::string& name = after->rules()[ex.verdict.rule].rule->name;
          if (name.rfind("discovered-", 0) == 0) {
            offending.insert(name);
            by.push_back(name);
          }
        }
        if (by.empty()) unattributed = true;
        proof.failures.push_back(fmt::format("intent {} held and fails with the proposal{}", e.name,
                                             by.empty() ? "" : " (through " + by.front() + ")"));
      }
    }
    if (proof.failures.empty()) {
      proof.holds = true;
      return;
    }
    if (offending.empty() || unattributed) {
      proof.holds = false;
      return;
    }
    // Narrow: catalog names to the exact ports seen; a rule already exact is dropped.
    std::vector<ProposedRule> kept;
    for (ProposedRule& r : disc->rules) {
      if (offending.count(r.name) == 0) {
        kept.push_back(std::move(r));
        continue;
      }
      std::vector<std::string> exact =
          s.service_texts(std::set<std::uint32_t>(r.keys.begin(), r.keys.end()), true);
      if (!r.narrowed && exact != r.services) {
        r.services = std::move(exact);
        r.narrowed = true;
        kept.push_back(std::move(r));
        continue;
      }
      disc->totals.proposed -= r.flows;
      disc->totals.not_proposed += r.flows;
      NotProposed np;
      np.reason = "the proof: " + r.name + " would break an intent that holds";
      np.from = selector_text(r.from);
      np.to = selector_text(r.to);
      np.service = fmt::format("{}", fmt::join(r.services, ", "));
      np.flows = r.flows;
      np.example = r.examples.empty() ? std::string() : r.examples.front();
      disc->not_proposed.push_back(std::move(np));
    }
    disc->rules = std::move(kept);
  }
  proof.holds = false;
}

}  // namespace bulkhead::flows
