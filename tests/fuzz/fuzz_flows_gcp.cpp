// libFuzzer target for the GCP VPC flow / firewall log reader (LogEntry JSON lines):
// see flows_fuzz.h for what every input must satisfy.
#include "flows_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  bulkhead::flows::fuzz::run_reader(data, size, bulkhead::flows::Format::GcpFirewall);
  return bulkhead::flows::fuzz::run_reader(data, size, bulkhead::flows::Format::GcpVpc);
}
