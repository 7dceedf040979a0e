// Small helpers of the Model: names of enums, service keys, look-ups.
#include "policy/model.h"

#include <filesystem>

#include <fmt/format.h>

namespace bulkhead::policy {

std::string_view action_name(Action a) {
  switch (a) {
    case Action::Allow:
      return "allow";
    case Action::Deny:
      return "deny";
    case Action::OverrideDeny:
      return "override-deny";
  }
  return "deny";
}

std::string_view default_name(DefaultAction d) {
  return d == DefaultAction::Allow ? "allow" : "deny";
}

std::string_view enforcement_name(Enforcement e) {
  return e == Enforcement::Audit ? "audit" : "enforce";
}

const std::vector<std::string>& purpose_names() {
  static const std::vector<std::string> kNames = {
      "management", "workstations", "servers",    "domain-controllers", "dmz",
      "wifi",       "guest",        "ids",        "critical",           "iot",
      "partner",    "cloud",        "containers", "network-devices"};
  return kNames;
}

std::string port_range_text(const PortRange& p) {
  if (p.proto == Proto::Icmp && p.hi == kAllIcmp) return "icmp";
  if (p.lo == p.hi) return fmt::format("{}/{}", proto_name(p.proto), p.lo);
  return fmt::format("{}/{}-{}", proto_name(p.proto), p.lo, p.hi);
}

ServiceSet Service::keys() const {
  ServiceSet s;
  for (const PortRange& p : ports) {
    if (p.proto == Proto::Icmp && p.hi == kAllIcmp) {
      s = s.unite(all_icmp());
    } else {
      s = s.unite(ServiceSet::range(service_key(p.proto, p.lo), service_key(p.proto, p.hi)));
    }
  }
  return s;
}

ServiceSet Rule::keys() const {
  ServiceSet s;
  for (const ServiceRef& r : services) s = s.unite(r.keys);
  return s;
}

bool Rule::logs(const Service* svc) const {
  switch (log) {
    case LogMode::True:
      return true;
    case LogMode::False:
      return false;
    case LogMode::Auto:
      return svc != nullptr && svc->log;
  }
  return false;
}

const Service* Model::find_service(std::string_view n) const {
  for (const Service& s : services)
    if (s.name == n) return &s;
  return nullptr;
}

const Host* Model::find_host(std::string_view n) const {
  for (const Host& h : hosts)
    if (h.name == n) return &h;
  return nullptr;
}

const Zone* Model::find_zone(std::string_view n) const {
  for (const Zone& z : zones)
    if (z.name == n) return &z;
  return nullptr;
}

std::string Model::artifact_line(const SourceLoc& loc) const {
  if (loc.file.empty()) return loc.file_line();
  auto base = [](const std::string& f) { return std::filesystem::path(f).filename().string(); };
  std::string name = base(loc.file);
  for (const std::string& f : files) {
    if (f != loc.file && base(f) == name) {
      name = loc.file;
      break;
    }
  }
  if (name.empty()) name = loc.file;
  return loc.known() ? fmt::format("{}:{}", name, loc.line) : name;
}

}  // namespace bulkhead::policy
