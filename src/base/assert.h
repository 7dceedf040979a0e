// BH_ASSERT: checks an invariant that only a bug in bulkhead can break.
// Never use it on user input: user errors go through Diagnostics.
#pragma once

#include <cstdio>
#include <cstdlib>

#define BH_ASSERT(cond, why)                                                                 \
  do {                                                                                       \
    if (!(cond)) {                                                                           \
      std::fprintf(stderr, "bulkhead: internal error: %s:%d: %s (%s)\n", __FILE__, __LINE__, \
                   #cond, why);                                                              \
      std::abort();                                                                          \
    }                                                                                        \
  } while (0)
