// Decision::resolve: zones, address atoms and equivalence classes.
//
// Atoms. Per family, every zone CIDR and every CIDR named by a selector cuts the address
// line at its first address and one past its last; the pieces ("regions") are then cut
// again around every inventory address. O((P + H) log(P + H)) for P prefixes and H host
// addresses. Each region's zone is its longest-prefix zone.
//
// Classes. Host addresses are first grouped by a profile key (labels, managed flag,
// defaults, mode, zone, region, and the host's name when a `host:` selector names it),
// so selectors are evaluated once per profile, not once per host. Profiles (and plain
// regions) with the same selector matches, zone and enforcement attributes share a class.
#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "base/assert.h"
#include "decision/decision.h"
#include "decision/selector_eval.h"

namespace bulkhead::decision {
namespace {

struct HostPoint {
  u128 value;
  std::uint32_t host;
};

std::string labels_text(const policy::Host& h) {
  std::string out;
  for (const auto& [k, v] : h.labels) {
    if (!out.empty()) out += ",";
    out += k + "=" + v;
  }
  return out;
}

/// The labels of a class's hosts as one name: a label every host has with one value is
/// `k=v`; one every host has with up to three values is `k=a|b`, with more `k=*`; labels
/// only some hosts have are left out. So the name is true of every member, not just the
/// first (hosts whose other labels no selector reads share a class).
std::string class_labels_text(const policy::Model& m, const std::vector<std::uint32_t>& hosts) {
  std::map<std::string, std::set<std::string>> values;
  for (const auto& [k, v] : m.hosts[hosts.front()].labels) values[k].insert(v);
  for (std::size_t i = 1; i < hosts.size() && !values.empty(); ++i) {
    const std::map<std::string, std::string>& labels = m.hosts[hosts[i]].labels;
    for (auto it = values.begin(); it != values.end();) {
      auto found = labels.find(it->first);
      if (found == labels.end()) {
        it = values.erase(it);
        continue;
      }
      if (it->second.size() <= 3) it->second.insert(found->second);
      ++it;
    }
  }
  std::string out;
  for (const auto& [k, vs] : values) {
    if (!out.empty()) out += ",";
    out += k + "=";
    if (vs.size() > 3) {
      out += "*";
      continue;
    }
    bool first = true;
    for (const std::string& v : vs) {
      out += (first ? "" : "|") + v;
      first = false;
    }
  }
  return out;
}

void collect_selector_cidrs(const policy::Selector& s, std::vector<Prefix>* out) {
  for (const policy::SelectorTerm& t : s.any_of)
    for (const Prefix& p : t.cidrs) out->push_back(p);
}

void collect_selector_hosts(const policy::Selector& s, std::set<std::string>* out) {
  for (const policy::SelectorTerm& t : s.any_of) out->insert(t.hosts.begin(), t.hosts.end());
}

}  // namespace

std::string_view tier_name(Tier t) {
  switch (t) {
    case Tier::None:
      return "none";
    case Tier::Deny:
      return "deny";
    case Tier::Allow:
      return "allow";
    case Tier::OverrideDeny:
      return "override-deny";
  }
  return "none";
}

Tier tier_of(policy::Action a) {
  switch (a) {
    case policy::Action::Allow:
      return Tier::Allow;
    case policy::Action::Deny:
      return Tier::Deny;
    case policy::Action::OverrideDeny:
      return Tier::OverrideDeny;
  }
  return Tier::Deny;
}

namespace {

// Anti-lockout: the management selector keeps ssh, WinRM and RDP to every managed host.
// It is an allow rule, so it punches through every deny and baseline row; only an explicit
// override-deny can take it away.
void add_anti_lockout(policy::Model& m) {
  if (!m.settings.management) return;
  policy::Rule r;
  r.name = "anti-lockout/management";
  r.action = policy::Action::Allow;
  r.origin = {"anti-lockout", "management"};
  r.loc = m.settings.management->loc;
  r.description = "management hosts keep ssh, WinRM and RDP to every managed host";
  r.from = *m.settings.management;
  policy::SelectorTerm to;
  to.kind = policy::SelectorTerm::Kind::Hosts;
  to.managed_only = true;
  to.loc = r.loc;
  r.to = policy::Selector{{to}, r.loc, "managed-hosts"};
  for (const char* name : {"ssh", "winrm-http", "winrm-https", "rdp"}) {
    if (const policy::Service* s = m.find_service(name))
      r.services.push_back(policy::ServiceRef{name, {name}, s->keys(), r.loc});
  }
  r.log = policy::LogMode::Auto;
  m.rules.push_back(std::move(r));
}

}  // namespace

std::shared_ptr<const Decision> Decision::resolve(policy::Model model) {
  std::shared_ptr<Decision> d(new Decision());
  add_anti_lockout(model);
  d->model_ = std::move(model);
  d->build_zones();
  d->build_atoms_and_classes();
  d->compile_rules();
  return d;
}

void Decision::build_zones() {
  zones_.clear();
  zones_.push_back(ZoneInfo{"internet", false, nullptr, {}});
  for (const policy::Zone& z : model_.zones) zones_.push_back(ZoneInfo{z.name, z.firewall, &z, {}});
}

std::int32_t Decision::find_zone(std::string_view name) const {
  for (std::size_t i = 0; i < zones_.size(); ++i)
    if (zones_[i].name == name) return static_cast<std::int32_t>(i);
  return -1;
}

std::int32_t Decision::find_host(std::string_view name) const {
  for (std::size_t i = 0; i < model_.hosts.size(); ++i)
    if (model_.hosts[i].name == name) return static_cast<std::int32_t>(i);
  return -1;
}

void Decision::build_atoms_and_classes() {
  // Distinct selectors of the model, by canonical text.
  auto add_selector = [&](const policy::Selector& s) {
    if (selector_ids_.count(s.text)) return;
    selector_ids_[s.text] = static_cast<std::uint32_t>(selectors_.size());
    selectors_.push_back(&s);
  };
  for (const policy::Rule& r : model_.rules) {
    add_selector(r.from);
    add_selector(r.to);
  }
  for (const policy::Expect& e : model_.expects) {
    add_selector(e.from);
    add_selector(e.to);
  }
  if (model_.settings.management) add_selector(*model_.settings.management);

  std::vector<Prefix> zone_prefixes;  // with zone index
  std::vector<std::uint32_t> zone_of_prefix;
  for (std::size_t zi = 1; zi < zones_.size(); ++zi) {
    for (const Prefix& p : zones_[zi].zone->cidrs) {
      zone_prefixes.push_back(p);
      zone_of_prefix.push_back(static_cast<std::uint32_t>(zi));
    }
  }
  std::vector<Prefix> cut_prefixes = zone_prefixes;
  for (const policy::Selector* s : selectors_) collect_selector_cidrs(*s, &cut_prefixes);
  std::set<std::string> named_hosts;
  for (const policy::Selector* s : selectors_) collect_selector_hosts(*s, &named_hosts);

  auto zone_at = [&](Family f, u128 v) -> std::uint32_t {
    int best_len = -1;
    std::uint32_t best = kInternetZone;
    for (std::size_t i = 0; i < zone_prefixes.size(); ++i) {
      const Prefix& p = zone_prefixes[i];
      if (p.base.family == f && p.length > best_len && v >= p.first() && v <= p.last()) {
        best_len = p.length;
        best = zone_of_prefix[i];
      }
    }
    return best;
  };

  // Host effective attributes.
  const std::size_t nhosts = model_.hosts.size();
  host_zone_.assign(nhosts, kInternetZone);
  for (std::size_t h = 0; h < nhosts; ++h) {
    const policy::Host& host = model_.hosts[h];
    if (!host.addresses.empty())
      host_zone_[h] = zone_at(host.addresses.front().family, host.addresses.front().value);
  }
  std::vector<std::string> host_label_text(nhosts);
  for (std::size_t h = 0; h < nhosts; ++h) host_label_text[h] = labels_text(model_.hosts[h]);

  SelectorEval eval(model_, zones_);
  const std::size_t nsel = selectors_.size();
  const std::size_t words = (nsel + 63) / 64;

  // Profile key → class id; class key (matches + attributes) → class id.
  std::unordered_map<std::string, std::uint32_t> profile_class;
  std::map<std::string, std::uint32_t> class_ids;
  std::vector<std::vector<std::uint64_t>> class_matches;

  auto class_for = [&](const Profile& p, const std::string& profile_key) -> std::uint32_t {
    auto it = profile_class.find(profile_key);
    if (it != profile_class.end()) return it->second;
    std::vector<std::uint64_t> bits(words, 0);
    for (std::size_t s = 0; s < nsel; ++s)
      if (eval.matches(*selectors_[s], p)) bits[s >> 6] |= std::uint64_t{1} << (s & 63);
    Class c;
    c.zone = p.zone;
    c.is_host = p.host != kNoHost;
    if (c.is_host) {
      auto h = static_cast<std::uint32_t>(p.host);
      c.managed = model_.hosts[h].managed;
      c.in = host_inbound_at(h, p.zone);
      c.out = host_outbound_at(h, p.zone);
      c.enforcement = host_enforcement(h);
    }
    std::string key =
        fmt::format("{}|{}|{}|{}|{}|{}|", c.zone, c.is_host, c.managed, static_cast<int>(c.in),
                    static_cast<int>(c.out), static_cast<int>(c.enforcement));
    for (std::uint64_t w : bits) key += fmt::format("{:x}.", w);
    // Hosts of one class share their declared purposes, so coverage can pick classes by
    // purpose exactly (docs/coverage.md).
    if (c.is_host)
      key += fmt::format("|{}",
                         fmt::join(model_.hosts[static_cast<std::size_t>(p.host)].purposes, ","));
    auto [cit, inserted] = class_ids.emplace(key, static_cast<std::uint32_t>(classes_.size()));
    if (inserted) {
      c.id = cit->second;
      classes_.push_back(std::move(c));
      class_matches.push_back(std::move(bits));
    }
    profile_class.emplace(profile_key, cit->second);
    return cit->second;
  };

  for (Family fam : {Family::V4, Family::V6}) {
    std::vector<u128> cuts{0};
    for (const Prefix& p : cut_prefixes) {
      if (p.base.family != fam) continue;
      cuts.push_back(p.first());
      if (p.last() < family_max(fam)) cuts.push_back(p.last() + 1);
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    std::vector<HostPoint> points;
    for (std::size_t h = 0; h < nhosts; ++h)
      for (const Addr& a : model_.hosts[h].addresses)
        if (a.family == fam) points.push_back({a.value, static_cast<std::uint32_t>(h)});
    std::sort(points.begin(), points.end(),
              [](const HostPoint& a, const HostPoint& b) { return a.value < b.value; });

    std::size_t pi = 0;
    for (std::size_t ri = 0; ri < cuts.size(); ++ri) {
      u128 lo = cuts[ri];
      u128 hi = ri + 1 < cuts.size() ? cuts[ri + 1] - 1 : family_max(fam);
      std::uint32_t zone = zone_at(fam, lo);
      const std::string region_key = fmt::format("{}:{}", static_cast<int>(fam), ri);
      Profile plain{kNoHost, zone, fam, lo};
      auto emit_plain = [&](u128 a, u128 b) {
        plain.rep = a;
        std::uint32_t cls = class_for(plain, "N|" + region_key);
        if (!atoms_.empty() && atoms_.back().family == fam && atoms_.back().cls == cls &&
            atoms_.back().host == kNoHost && atoms_.back().hi + 1 == a) {
          atoms_.back().hi = b;
          return;
        }
        atoms_.push_back(Atom{fam, a, b, cls, kNoHost, zone});
      };
      u128 cursor = lo;
      bool exhausted = false;
      while (pi < points.size() && points[pi].value <= hi) {
        const HostPoint& hp = points[pi++];
        if (hp.value > cursor) emit_plain(cursor, hp.value - 1);
        const policy::Host& host = model_.hosts[hp.host];
        std::string key =
            fmt::format("H|{}|{}|{}|{}|{}|{}", region_key, host_label_text[hp.host], host.managed,
                        static_cast<int>(host_inbound_at(hp.host, zone)),
                        static_cast<int>(host_outbound_at(hp.host, zone)),
                        static_cast<int>(host_enforcement(hp.host)));
        if (named_hosts.count(host.name)) key += "|" + host.name;
        if (!host.purposes.empty()) key += fmt::format("|{}", fmt::join(host.purposes, ","));
        Profile hprof{static_cast<std::int32_t>(hp.host), zone, fam, hp.value};
        std::uint32_t cls = class_for(hprof, key);
        atoms_.push_back(
            Atom{fam, hp.value, hp.value, cls, static_cast<std::int32_t>(hp.host), zone});
        if (hp.value == hi) {
          exhausted = true;
          break;
        }
        cursor = hp.value + 1;
      }
      if (!exhausted) emit_plain(cursor, hi);
    }
  }

  index_atoms();

  // Class membership, names and sizes.
  for (std::size_t ai = 0; ai < atoms_.size(); ++ai) {
    const Atom& a = atoms_[ai];
    Class& c = classes_[a.cls];
    c.atoms.push_back(static_cast<std::uint32_t>(ai));
    u128 n = a.hi - a.lo;
    u128& total = a.family == Family::V4 ? c.address_count_v4 : c.address_count_v6;
    total = (n == ~u128{0} || total + n + 1 < total) ? ~u128{0} : total + n + 1;
    if (a.host != kNoHost) c.hosts.push_back(static_cast<std::uint32_t>(a.host));
  }
  std::map<std::string, int> name_uses;
  for (Class& c : classes_) {
    std::sort(c.hosts.begin(), c.hosts.end());
    c.hosts.erase(std::unique(c.hosts.begin(), c.hosts.end()), c.hosts.end());
    std::string base;
    if (c.is_host) {
      const std::string labels = class_labels_text(model_, c.hosts);
      base = (labels.empty() ? std::string("hosts") : labels) + "@" + zones_[c.zone].name;
      if (!c.managed) base += " (unmanaged)";
    } else {
      base = c.zone == kInternetZone ? std::string("internet") : "zone:" + zones_[c.zone].name;
    }
    int n = ++name_uses[base];
    c.name = n == 1 ? base : fmt::format("{}#{}", base, n);
  }

  // Zone-owned address sets.
  for (const Atom& a : atoms_) zones_[a.zone].owned.of(a.family).add(a.lo, a.hi);

  // Selector → class bitsets.
  const std::size_t cwords = (classes_.size() + 63) / 64;
  selector_classes_.assign(nsel, std::vector<std::uint64_t>(cwords, 0));
  for (std::size_t c = 0; c < classes_.size(); ++c)
    for (std::size_t s = 0; s < nsel; ++s)
      if (bit(class_matches[c], static_cast<std::uint32_t>(s)))
        selector_classes_[s][c >> 6] |= std::uint64_t{1} << (c & 63);
}

std::int32_t Decision::selector_index(const policy::Selector& s) const {
  auto it = selector_ids_.find(s.text);
  return it == selector_ids_.end() ? -1 : static_cast<std::int32_t>(it->second);
}

bool Decision::selector_matches(const policy::Selector& s, std::uint32_t c) const {
  std::int32_t i = selector_index(s);
  if (i >= 0) return bit(selector_classes_[static_cast<std::size_t>(i)], c);
  // A selector the model does not hold (e.g. from the command line) may split a class:
  // classes are uniform only for the model's own selectors. It matches the class when it
  // matches every address of the class.
  return covers_class(selector_addresses(s), c);
}

bool Decision::covers_class(const AddrSet& set, std::uint32_t c) const {
  for (std::uint32_t ai : classes_[c].atoms) {
    const Atom& a = atoms_[ai];
    if (!set.of(a.family).covers(a.lo, a.hi)) return false;
  }
  return true;
}

std::vector<std::uint32_t> Decision::classes_matching(const policy::Selector& s) const {
  std::vector<std::uint32_t> out;
  if (selector_index(s) >= 0) {
    for (std::uint32_t c = 0; c < classes_.size(); ++c)
      if (selector_matches(s, c)) out.push_back(c);
    return out;
  }
  AddrSet set = selector_addresses(s);
  for (std::uint32_t c = 0; c < classes_.size(); ++c)
    if (covers_class(set, c)) out.push_back(c);
  return out;
}

DefaultAction Decision::host_inbound_at(std::uint32_t h, std::uint32_t zone) const {
  const policy::Host& host = model_.hosts[h];
  if (host.default_inbound) return *host.default_inbound;
  const ZoneInfo& z = zones_[zone];
  if (z.zone && z.zone->default_inbound) return *z.zone->default_inbound;
  return model_.settings.default_inbound;
}

DefaultAction Decision::host_outbound_at(std::uint32_t h, std::uint32_t zone) const {
  const policy::Host& host = model_.hosts[h];
  if (host.default_outbound) return *host.default_outbound;
  const ZoneInfo& z = zones_[zone];
  if (z.zone && z.zone->default_outbound) return *z.zone->default_outbound;
  return model_.settings.default_outbound;
}

DefaultAction Decision::host_inbound(std::uint32_t h) const {
  return host_inbound_at(h, host_zone_[h]);
}

DefaultAction Decision::host_outbound(std::uint32_t h) const {
  return host_outbound_at(h, host_zone_[h]);
}

bool Decision::host_defaults_vary(std::uint32_t h, bool inbound) const {
  const std::vector<std::uint32_t> cls = host_classes(h);
  for (std::uint32_t c : cls) {
    const Class& x = classes_[c];
    const Class& first = classes_[cls.front()];
    if ((inbound ? x.in : x.out) != (inbound ? first.in : first.out)) return true;
  }
  return false;
}

Enforcement Decision::host_enforcement(std::uint32_t h) const {
  const policy::Host& host = model_.hosts[h];
  if (host.enforcement) return *host.enforcement;
  {
    const ZoneInfo& z = zones_[host_zone_[h]];
    if (z.zone && z.zone->enforcement) return *z.zone->enforcement;
  }
  return model_.settings.enforcement;
}

}  // namespace bulkhead::decision
