// bulkhead services: prints the built-in service catalog (spec section 4) in catalog
// order, with ports, ATT&CK techniques, the logging default and the high-volume flag,
// then the built-in groups with their members. Table or JSON.
#include <algorithm>
#include <iostream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/common.h"
#include "output/json_text.h"
#include "policy/catalog.h"

namespace bulkhead::cli {

using output::json_text;
namespace {

/// Ports in catalog order, as written in the spec: "tcp/49152-65535", "udp/137", "icmp".
std::vector<std::string> port_texts(const policy::Service& s) {
  std::vector<std::string> out;
  for (const policy::PortRange& p : s.ports) {
    out.push_back(policy::port_range_text(p));
  }
  return out;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& i : items) out += (out.empty() ? "" : ", ") + i;
  return out;
}

void print_table() {
  const auto& services = policy::builtin_services();
  struct Row {
    std::string name, ports, attack, log, high_volume, description;
  };
  std::vector<Row> rows = {{"NAME", "PORTS", "ATT&CK", "LOG", "HIGH-VOLUME", "DESCRIPTION"}};
  for (const policy::Service& s : services) {
    rows.push_back({s.name, joined(port_texts(s)), s.attack.empty() ? "-" : joined(s.attack),
                    s.log ? "yes" : "no", s.high_volume ? "yes" : "no", s.description});
  }
  std::size_t w[5] = {0, 0, 0, 0, 0};
  for (const Row& r : rows) {
    w[0] = std::max(w[0], r.name.size());
    w[1] = std::max(w[1], r.ports.size());
    w[2] = std::max(w[2], r.attack.size());
    w[3] = std::max(w[3], r.log.size());
    w[4] = std::max(w[4], r.high_volume.size());
  }
  for (const Row& r : rows) {
    std::cout << fmt::format("{:<{}}  {:<{}}  {:<{}}  {:<{}}  {:<{}}  {}\n", r.name, w[0], r.ports,
                             w[1], r.attack, w[2], r.log, w[3], r.high_volume, w[4], r.description);
  }
  std::size_t gw = 5;
  for (const policy::ServiceGroup& g : policy::builtin_groups()) gw = std::max(gw, g.name.size());
  std::cout << fmt::format("\n{:<{}}  {}\n", "GROUP", gw, "MEMBERS");
  for (const policy::ServiceGroup& g : policy::builtin_groups()) {
    std::cout << fmt::format("{:<{}}  {}\n", g.name, gw, joined(g.members));
  }
}

void print_json() {
  using nlohmann::ordered_json;
  ordered_json out;
  out["services"] = ordered_json::array();
  for (const policy::Service& s : policy::builtin_services()) {
    out["services"].push_back({{"name", s.name},
                               {"ports", port_texts(s)},
                               {"attack", s.attack},
                               {"log", s.log},
                               {"high_volume", s.high_volume},
                               {"description", s.description}});
  }
  out["groups"] = ordered_json::array();
  for (const policy::ServiceGroup& g : policy::builtin_groups()) {
    out["groups"].push_back(
        {{"name", g.name}, {"members", g.members}, {"description", g.description}});
  }
  std::cout << json_text(out, 2) << '\n';
}

}  // namespace

void add_services(CLI::App& app) {
  auto format = std::make_shared<std::string>();
  CLI::App* sub = app.add_subcommand(
      "services", "list the built-in services (ports, ATT&CK techniques, logging) and groups");
  add_format(sub, format.get(), {"table", "json"});
  sub->callback([format] {
    if (*format == "json") {
      print_json();
    } else {
      print_table();
    }
  });
}

}  // namespace bulkhead::cli
