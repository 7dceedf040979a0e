// libFuzzer target for the Azure NSG / VNet flow-log reader (JSON documents and flow tuples):
// see flows_fuzz.h for what every input must satisfy.
#include "flows_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  bulkhead::flows::fuzz::run_reader(data, size, bulkhead::flows::Format::AzureVnet);
  return bulkhead::flows::fuzz::run_reader(data, size, bulkhead::flows::Format::AzureNsg);
}
