// Format names, as the command line's `--format` spells them. O(1).
#include "output/format.h"

namespace bulkhead::output {

std::optional<Format> parse_format(std::string_view name) {
  if (name == "table") return Format::Table;
  if (name == "json") return Format::Json;
  if (name == "sarif") return Format::Sarif;
  return std::nullopt;
}

std::string_view format_name(Format f) {
  switch (f) {
    case Format::Table:
      return "table";
    case Format::Json:
      return "json";
    case Format::Sarif:
      return "sarif";
  }
  return "table";
}

}  // namespace bulkhead::output
