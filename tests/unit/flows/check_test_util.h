// The flow checker's test fixture: a small inline policy (twelve workstations, a branch, file
// and web servers, an unmanaged lab, an audit-mode pilot zone, the lateral-movement
// baseline) and records built in code. Shared by check_test.cpp and lateral_test.cpp.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <memory>
#include <string>

#include "decision/decision.h"
#include "flows/check.h"
#include "flows/record.h"
#include "policy/loader.h"

namespace bulkhead::flows::check_testing {

inline const char* kPolicy = R"(bulkhead: 1
name: t
settings:
  default_inbound: deny
  default_outbound: allow
baselines: [lateral-movement]
zones:
  - {name: office, cidrs: [10.1.0.0/16]}
  - {name: branch, cidrs: [10.5.0.0/16]}
  - {name: servers, cidrs: [10.2.0.0/16]}
  - {name: lab, cidrs: [10.3.0.0/16]}
  - {name: pilot, cidrs: [10.4.0.0/16], enforcement: audit}
hosts:
  - {name: ws-01, address: 10.1.0.1, labels: {role: workstation}}
  - {name: ws-02, address: 10.1.0.2, labels: {role: workstation}}
  - {name: ws-03, address: 10.1.0.3, labels: {role: workstation}}
  - {name: ws-04, address: 10.1.0.4, labels: {role: workstation}}
  - {name: ws-05, address: 10.1.0.5, labels: {role: workstation}}
  - {name: ws-06, address: 10.1.0.6, labels: {role: workstation}}
  - {name: ws-07, address: 10.1.0.7, labels: {role: workstation}}
  - {name: ws-08, address: 10.1.0.8, labels: {role: workstation}}
  - {name: ws-09, address: 10.1.0.9, labels: {role: workstation}}
  - {name: ws-10, address: 10.1.0.10, labels: {role: workstation}}
  - {name: ws-11, address: 10.1.0.11, labels: {role: workstation}}
  - {name: ws-12, address: 10.1.0.12, labels: {role: workstation}}
  - {name: br-01, address: 10.5.0.1, labels: {role: workstation}}
  - {name: fs-01, address: 10.2.0.20, labels: {role: file-server}}
  - {name: web-01, address: 10.2.0.30, labels: {role: web}}
  - {name: lab-01, address: 10.3.0.1, labels: {role: lab}, managed: false}
  - {name: lab-02, address: 10.3.0.2, labels: {role: lab}, managed: false}
  - {name: pilot-01, address: 10.4.0.1, labels: {role: pilot}}
rules:
  - name: ws-to-fs
    action: allow
    from: {role: workstation}
    to: {role: file-server}
    services: [smb]
  - name: ws-to-web
    action: allow
    from: {role: workstation}
    to: {role: web}
    services: [https]
  - name: never-used
    action: allow
    from: {role: web}
    to: {role: file-server}
    services: [ssh]
)";

inline std::shared_ptr<const decision::Decision> decide() {
  Diagnostics diags;
  auto model = policy::load_text(kPolicy, "p.yaml", diags);
  std::string errors;
  for (const Diagnostic& d : diags.sorted()) errors += d.str() + "\n";
  EXPECT_TRUE(model.has_value()) << errors;
  return decision::Decision::resolve(std::move(*model));
}

inline std::uint32_t rule_id(const decision::Decision& d, const std::string& name) {
  for (const decision::CompiledRule& r : d.rules())
    if (r.rule->name == name) return r.id;
  ADD_FAILURE() << "no rule " << name;
  return decision::kNoRule;
}

inline Record rec(const char* src, const char* dst, std::uint16_t port, Observed o,
                  std::int64_t time = 1000, std::uint8_t proto = 6, std::uint16_t sport = 50000) {
  Record r;
  r.src = *parse_addr(src);
  r.dst = *parse_addr(dst);
  r.protocol = proto;
  r.has_ports = proto == 6 || proto == 17;
  r.src_port = sport;
  r.dst_port = port;
  r.observed = o;
  r.start = r.end = time;
  r.bytes = 100;
  return r;
}

inline std::string ws(int i) {
  return "10.1.0." + std::to_string(i);
}

class CheckFixture : public ::testing::Test {
 protected:
  std::shared_ptr<const decision::Decision> d = decide();
};

}  // namespace bulkhead::flows::check_testing
