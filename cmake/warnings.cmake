function(bulkhead_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    # GCC 12 reports -Wrestrict false positives for `"literal" + std::string` at -O2
    # (GCC bug 105329); the code is correct, and other compilers keep the check.
    target_compile_options(${target} PRIVATE -Wno-restrict)
  endif()
  if(BULKHEAD_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
