// libFuzzer target for the CSV flow-line parser of `query --flows` (flows/csv.h) and the
// verdict line it prints (output/verdict_json.h): any byte string either parses into a flow whose
// addresses share a family and whose protocol exists in that family, with a port inside its
// protocol's block, or is refused with a one-line reason; the verdict line of a parsed flow is
// valid JSON text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "decision/decision.h"
#include "flows/csv.h"
#include "output/verdict_json.h"
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
  flows::Record r;
  if (!flows::parse_csv_flow(line, &r, &why)) {
    if (why.empty() || why.find('\n') != std::string::npos) std::abort();
    return 0;
  }
  std::optional<decision::Flow> f = output::query_flow(r);
  if (!f) std::abort();  // the CSV reader accepts only flows the Decision can judge
  if (f->src.family != f->dst.family) std::abort();
  if (!proto_in_family(f->proto, f->src.family)) std::abort();
  if (f->port > proto_last(f->proto)) std::abort();
  std::string out;
  output::append_verdict_json(policy_decision(), *f, policy_decision().query(*f), &out);
  if (!nlohmann::json::accept(out)) std::abort();
  return 0;
}
