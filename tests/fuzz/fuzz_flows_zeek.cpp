// libFuzzer target for the Zeek conn.log readers (TSV with #fields, and JSON lines):
// see flows_fuzz.h for what every input must satisfy.
#include "flows_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  bulkhead::flows::fuzz::run_reader(data, size, bulkhead::flows::Format::ZeekJson);
  return bulkhead::flows::fuzz::run_reader(data, size, bulkhead::flows::Format::ZeekTsv);
}
