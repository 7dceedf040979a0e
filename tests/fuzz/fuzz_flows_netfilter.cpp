// libFuzzer target for the netfilter LOG line reader (syslog, journal text and JSON):
// see flows_fuzz.h for what every input must satisfy.
#include "flows_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return bulkhead::flows::fuzz::run_reader(data, size, bulkhead::flows::Format::Netfilter);
}
