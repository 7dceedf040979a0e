#include "flows/record.h"

namespace bulkhead::flows {

std::string_view observed_name(Observed o) {
  switch (o) {
    case Observed::Accepted:
      return "accepted";
    case Observed::Rejected:
      return "rejected";
    case Observed::Unknown:
      break;
  }
  return "unknown";
}

}  // namespace bulkhead::flows
