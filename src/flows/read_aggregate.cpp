// The aggregate reader: partial aggregates written by `flows aggregate` or exported as CSV
// from the `flows sql` query. The optional first line `#bulkhead-aggregate v1 bucket=N`
// and the column line (quoted or not) are skipped; each data row becomes one Record whose
// count is the row's flows, start/end its first/last time (docs/flows.md, "Aggregates and
// SQL"). One pass, no allocation per row unless the row is malformed.
#include <fmt/format.h>

#include "flows/aggregate.h"
#include "flows/read_context.h"
#include "flows/text_fields.h"

namespace bulkhead::flows {

void read_aggregate(LineSource& in, ReadContext& ctx) {
  std::string_view line;
  std::string why;
  while (!ctx.stopped() && in.next(&line)) {
    const std::uint64_t no = in.line_number();
    if (in.too_long()) {
      ctx.bad(no, fmt::format("line longer than {} bytes", LineSource::kMaxLine));
      continue;
    }
    line = trim_blanks(line);
    if (line.empty() || line.front() == '#' || is_aggregate_columns(line)) {
      ctx.skip();
      continue;
    }
    Record r;
    if (!parse_aggregate_row(line, &r, &why)) {
      ctx.bad(no, why);
      continue;
    }
    r.line = no;
    ctx.emit(r);
    if ((no & 0xFFFFF) == 0) ctx.progress(in.bytes_read());
  }
}

}  // namespace bulkhead::flows
