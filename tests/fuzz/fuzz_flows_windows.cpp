// libFuzzer target for the Windows Firewall pfirewall.log reader (#Fields: layouts, pid, CRLF):
// see flows_fuzz.h for what every input must satisfy.
#include "flows_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return bulkhead::flows::fuzz::run_reader(data, size, bulkhead::flows::Format::WindowsFirewall);
}
