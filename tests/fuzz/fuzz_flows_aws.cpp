// libFuzzer target for the AWS VPC / Transit Gateway flow-log reader (headers, custom orders,
// NODATA): see flows_fuzz.h for what every input must satisfy.
#include "flows_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  bulkhead::flows::fuzz::run_reader(data, size, bulkhead::flows::Format::AwsTransitGateway);
  return bulkhead::flows::fuzz::run_reader(data, size, bulkhead::flows::Format::AwsVpc);
}
