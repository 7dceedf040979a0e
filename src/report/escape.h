// Text into HTML and SVG: the one escape every string of the report goes through, so a
// policy, host or rule name holding `<`, `&` or quotes is shown as written and never read
// as markup.
#pragma once

#include <string>
#include <string_view>

namespace bulkhead::report {

/// `s` safe as HTML/XML text and as a double- or single-quoted attribute value: `&`, `<`,
/// `>`, `"` and `'` become character references; control characters other than tab,
/// newline and carriage return (not allowed in HTML or XML) become U+FFFD. Other bytes,
/// UTF-8 included, are unchanged.
std::string escape(std::string_view s);

/// `s` cut to at most `max` characters (UTF-8 code points), ending in "…" when cut.
std::string ellipsize(std::string_view s, std::size_t max);

}  // namespace bulkhead::report
