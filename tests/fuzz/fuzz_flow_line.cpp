// libFuzzer target for the flow-line parser of `query --flows` (and of every later reader of
// CSV flows): any byte string either parses into a flow whose addresses share a family and
// whose protocol exists in that family, with a port inside its protocol's block, or is
// refused with a one-line reason; the verdict line of a parsed flow is valid JSON text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "decision/decision.h"
#include "decision/flow_text.h"
#include "policy/loader.h"

namespace {

const bulkhead::decision::Decision& policy_decision() {
  static const auto d = [] {
    bulkhead::Diagnostics diags;
    auto m = bulkhead::policy::load_text(R"(bulkhead: 1
zones:
  - {name: lan, cidrs: [10.0.0.0/8, "2001:db8::/32"], firewall: true}
hosts:
  - {name: h, addresses: [10.0.0.1, "2001:db8::1"]}
rules:
  - {name: r, action: allow, from: any, to: hosts, services: [tcp/445, icmp/8, icmpv6/135]}
baselines: [lateral-movement, host-essentials]
)",
                                         "fuzz.yaml", diags);
    if (!m) std::abort();
    return bulkhead::decision::Decision::resolve(std::move(*m));
  }();
  return *d;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace bulkhead;
  std::string_view line(reinterpret_cast<const char*>(data), size);
  std::string why;
  std::optional<decision::Flow> f = decision::parse_flow_csv(line, &why);
  if (!f) {
    if (why.empty() || why.find('\n') != std::string::npos) std::abort();
    return 0;
  }
  if (f->src.family != f->dst.family) std::abort();
  if (!proto_in_family(f->proto, f->src.family)) std::abort();
  if (f->port > proto_last(f->proto)) std::abort();
  std::string out;
  decision::append_verdict_json(policy_decision(), *f, policy_decision().query(*f), &out);
  if (!nlohmann::json::accept(out)) std::abort();
  return 0;
}
