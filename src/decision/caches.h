// The Decision's lazily filled caches (internal to src/decision/). Filled from any number
// of threads: lookups are lock-free once a value exists; misses are built under one mutex.
#pragma once

#include <atomic>
#include <deque>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <unordered_map>

#include "decision/decision.h"

namespace bulkhead::decision {

struct Decision::Caches {
  /// Group pair (src group · destination groups + dst group) → its tier map, or null.
  /// Null when there are more than `max_slots` group pairs: then `sparse` holds them.
  std::unique_ptr<std::atomic<const TierMap*>[]> pair_slots;
  std::size_t dst_groups = 0;
  std::size_t max_slots = ResolveOptions{}.max_pair_slots;   // 16M: 128 MB of pointers
  std::unordered_map<std::uint64_t, const TierMap*> sparse;  // guarded by `sparse_mu`
  std::shared_mutex sparse_mu;
  /// Distinct matching-rule lists → their map (guarded by `mu`).
  std::unordered_map<std::string, const TierMap*> by_rules;
  std::deque<TierMap> maps;  // stable addresses

  /// Every address of each rule's from / to, computed on first use.
  std::unique_ptr<std::once_flag[]> src_once;
  std::unique_ptr<std::once_flag[]> dst_once;
  std::vector<AddrSet> rule_src;
  std::vector<AddrSet> rule_dst;

  std::mutex mu;

  /// Lays out the pair cache, empty, for `src_groups` × `dst_groups` group pairs: slots
  /// when they are at most `max_slots`, else the sparse map. Before any look-up.
  void init_pairs(std::size_t src_groups);
};

}  // namespace bulkhead::decision
