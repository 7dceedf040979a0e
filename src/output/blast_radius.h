// The writers of `blast-radius`: the hosts reached hop by hop from one start, with a path
// to each (analysis::BlastResult), or every host ranked by its radius
// (analysis::RankEntry), as a table or JSON. Informational: no exit code of their own.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "analysis/blast_radius.h"
#include "output/format.h"

namespace bulkhead::output {

struct BlastOptions {
  std::string services;  ///< the `--services` values as given, joined by commas
  int max_hops = -1;     ///< the search's hop limit; -1 for none
  std::size_t top = 10;  ///< ranking: how many hosts to list (0 = all)
};

/// Writes the blast radius `r` from `start` (its text, e.g. "ws-01 (10.1.0.5)") over the
/// graph `g` to `os` in format `f` (table or JSON).
void write_blast_radius(const analysis::BlastResult& r, const analysis::ReachGraph& g,
                        const std::string& start, Format f, const BlastOptions& o,
                        std::ostream& os);

/// Writes the first `o.top` hosts of `ranking` over the graph `g` to `os` in format `f`.
void write_blast_ranking(const std::vector<analysis::RankEntry>& ranking,
                         const analysis::ReachGraph& g, Format f, const BlastOptions& o,
                         std::ostream& os);

}  // namespace bulkhead::output
