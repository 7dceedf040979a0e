// libFuzzer target for the binary NetFlow v5 / v9 and IPFIX reader (messages back to back,
// templates cached per observation domain): see flows_fuzz.h for what every input must
// satisfy.
#include "flows_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  bulkhead::flows::fuzz::run_reader(data, size, bulkhead::flows::Format::Ipfix);
  return bulkhead::flows::fuzz::run_reader(data, size, bulkhead::flows::Format::Netflow);
}
