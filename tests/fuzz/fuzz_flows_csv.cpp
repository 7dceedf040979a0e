// libFuzzer target for the CSV flow reader (src,dst,proto,port[,action[,time]]):
// see flows_fuzz.h for what every input must satisfy.
#include "flows_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return bulkhead::flows::fuzz::run_reader(data, size, bulkhead::flows::Format::Csv);
}
