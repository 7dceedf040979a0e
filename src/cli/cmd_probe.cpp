// bulkhead probe: from the machine it runs on (the host --from names), tries real TCP
// connections and UDP exchanges to every other inventory host's addresses on the ports
// the policy talks about, and compares what got through with Decision::query. It does
// not switch network namespaces; the lab runs it with `ip netns exec`.
//
// Exit codes: 0 every observation matches the policy, 1 mismatches, 2 bad input,
// 3 environment (sockets).
#include <iostream>
#include <map>
#include <memory>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "agent/probe.h"
#include "cli/common.h"
#include "decision/decision.h"
#include "output/json_text.h"
#include "policy/catalog.h"

namespace bulkhead::cli {

using output::json_text;
namespace {

struct ProbeOptions {
  std::vector<std::string> policy;
  std::string from;
  std::string to;
  std::vector<std::string> services{"lateral-movement"};
  int timeout_ms = 1000;
  int parallel = 64;
  std::string format;
};

struct Row {
  const agent::ProbeTarget* target = nullptr;
  agent::ProbeOutcome outcome;
  bool mismatch = false;
};

std::string rule_name(const decision::Decision& d, const decision::Verdict& v) {
  return v.rule == decision::kNoRule ? "" : d.rules()[v.rule].rule->name;
}
std::string rule_at(const decision::Decision& d, const decision::Verdict& v) {
  return v.rule == decision::kNoRule ? "" : d.rules()[v.rule].rule->loc.file_line();
}

std::string observed_text(const agent::ProbeOutcome& o) {
  return fmt::format("{} ({} {}ms)", o.reachable ? "reachable" : "blocked",
                     agent::probe_how_name(o.how), o.ms);
}

void print_table(const decision::Decision& d, const std::string& from, const std::vector<Row>& rows,
                 int mismatches) {
  std::size_t hosts_w = 2, svc_w = 7;
  for (const Row& r : rows) {
    hosts_w = std::max(hosts_w, d.model().hosts[r.target->to].name.size());
    svc_w = std::max(svc_w, r.target->service.size());
  }
  std::cout << fmt::format("probe from {}: {} probes, {} mismatch{}\n", from, rows.size(),
                           mismatches, mismatches == 1 ? "" : "es");
  std::cout << fmt::format("  {:<{}}  {:<15}  {:<{}}  {:<11}  {:<9}  {:<28}  {}\n", "TO", hosts_w,
                           "ADDRESS", "SERVICE", svc_w, "PORT", "EXPECTED", "OBSERVED", "RULE");
  for (const Row& r : rows) {
    const agent::ProbeTarget& t = *r.target;
    std::string rule = rule_name(d, t.expected);
    std::string where = rule.empty() ? "(no rule: default)" : rule + " @ " + rule_at(d, t.expected);
    std::cout << fmt::format(
        "{} {:<{}}  {:<15}  {:<{}}  {:<11}  {:<9}  {:<28}  {}\n", r.mismatch ? "!" : " ",
        d.model().hosts[t.to].name, hosts_w, t.address.str(), t.service, svc_w,
        fmt::format("{}/{}", proto_name(t.proto), t.port),
        t.expected.reachable ? "reachable" : "blocked", observed_text(r.outcome), where);
  }
  if (mismatches > 0)
    std::cout << "! marks a mismatch: the network does not do what the policy says\n";
}

void print_json(const decision::Decision& d, const std::string& from, const std::vector<Row>& rows,
                int mismatches) {
  nlohmann::ordered_json out;
  out["from"] = from;
  out["results"] = nlohmann::ordered_json::array();
  for (const Row& r : rows) {
    const agent::ProbeTarget& t = *r.target;
    std::string rule = rule_name(d, t.expected);
    out["results"].push_back(
        {{"to", d.model().hosts[t.to].name},
         {"address", t.address.str()},
         {"proto", proto_name(t.proto)},
         {"port", t.port},
         {"service", t.service},
         {"expected", t.expected.reachable},
         {"observed", r.outcome.reachable},
         {"how", agent::probe_how_name(r.outcome.how)},
         {"ms", r.outcome.ms},
         {"rule", rule.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(rule)},
         {"at", rule.empty() ? nlohmann::ordered_json()
                             : nlohmann::ordered_json(rule_at(d, t.expected))}});
  }
  out["mismatches"] = mismatches;
  std::cout << json_text(out, 2) << '\n';
}

int run(const ProbeOptions& o) {
  if (o.timeout_ms < 10 || o.timeout_ms > 60'000) {
    usage_error("--timeout must be between 10 and 60000 milliseconds");
    return kBadInput;
  }
  if (o.parallel < 1 || o.parallel > 4096) {
    usage_error("--parallel must be between 1 and 4096");
    return kBadInput;
  }
  auto model = load_policy(o.policy);
  if (!model) return kBadInput;
  auto d = decision::Decision::resolve(std::move(*model));
  std::int32_t from = d->find_host(o.from);
  if (from < 0) {
    usage_error("unknown host '" + o.from + "' (not in the policy's inventory)");
    return kBadInput;
  }
  std::vector<policy::NamedService> services;
  for (const std::string& text : o.services) {
    std::string why;
    auto named = policy::resolve_service_names(d->model(), text, &why);
    if (!named) {
      usage_error("--services: " + why);
      return kBadInput;
    }
    services.insert(services.end(), named->begin(), named->end());
  }
  std::optional<agent::HostFilter> to;
  if (!o.to.empty()) {
    std::string why;
    to = agent::parse_host_filter(o.to, &why);
    if (!to) {
      usage_error(why);
      return kBadInput;
    }
    if (to->host && d->find_host(*to->host) < 0) {
      usage_error("--to: unknown host '" + *to->host + "'");
      return kBadInput;
    }
  }
  const policy::Host& src = d->model().hosts[static_cast<std::size_t>(from)];
  std::vector<Addr> local = agent::local_addresses();
  bool here = std::any_of(src.addresses.begin(), src.addresses.end(), [&](const Addr& a) {
    return std::binary_search(local.begin(), local.end(), a);
  });
  if (!here)
    std::cerr << "warning: no address of " << o.from
              << " is configured on this machine; the results describe this machine's view, "
                 "which the policy may judge differently\n";

  std::vector<agent::ProbeTarget> targets =
      agent::select_targets(*d, static_cast<std::uint32_t>(from), to, services);
  if (targets.empty()) {
    usage_error("nothing to probe from " + o.from +
                " (no other host matches --to, or no TCP/UDP port)");
    return kBadInput;
  }
  // Probe each (address, protocol, port) once even if several services name it.
  std::map<agent::Endpoint, std::size_t> index;
  std::vector<agent::Endpoint> endpoints;
  for (const agent::ProbeTarget& t : targets) {
    agent::Endpoint e{t.address, t.proto, t.port};
    if (index.emplace(e, endpoints.size()).second) endpoints.push_back(e);
  }
  agent::ProbeOptions po;
  po.timeout = std::chrono::milliseconds(o.timeout_ms);
  po.parallel = static_cast<unsigned>(o.parallel);
  Result<std::vector<agent::ProbeOutcome>> outcomes = agent::run_probes(endpoints, po);
  if (!outcomes) {
    std::cerr << "bulkhead: error: probing failed: " << outcomes.error() << '\n';
    return kInternal;
  }
  std::vector<Row> rows;
  int mismatches = 0;
  for (const agent::ProbeTarget& t : targets) {
    Row r;
    r.target = &t;
    r.outcome = outcomes.value()[index.at(agent::Endpoint{t.address, t.proto, t.port})];
    r.mismatch = r.outcome.reachable != t.expected.reachable;
    mismatches += r.mismatch;
    rows.push_back(r);
  }
  if (o.format == "json") {
    print_json(*d, o.from, rows, mismatches);
  } else {
    print_table(*d, o.from, rows, mismatches);
  }
  return mismatches > 0 ? kFindings : kOk;
}

}  // namespace

void add_probe(CLI::App& app) {
  auto o = std::make_shared<ProbeOptions>();
  CLI::App* sub = app.add_subcommand(
      "probe", "from this machine, test real TCP/UDP reachability against the policy");
  sub->add_option("policy", o->policy, "policy files or directories")->required();
  sub->add_option("--from", o->from, "the inventory host this machine is")->required();
  sub->add_option("--to", o->to, "only hosts matching: a host name or LABEL=VALUE[,...]");
  sub->add_option("--services", o->services,
                  "services, groups or inline forms (default: lateral-movement)")
      ->delimiter(',');
  sub->add_option("--timeout", o->timeout_ms, "milliseconds to wait per probe")
      ->capture_default_str();
  sub->add_option("--parallel", o->parallel, "probes in flight at most")->capture_default_str();
  add_format(sub, &o->format, {"table", "json"});
  sub->callback([o] { set_exit(run(*o)); });
}

}  // namespace bulkhead::cli
