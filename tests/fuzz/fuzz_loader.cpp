// libFuzzer target for the policy loader: any byte string must load into a Model or into
// located one-line errors, without crashing, throwing or reporting an error while returning
// a model.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "policy/canonical.h"
#include "policy/loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace bulkhead;
  std::string text(reinterpret_cast<const char*>(data), size);
  Diagnostics diags;
  std::optional<policy::Model> m = policy::load_text(text, "fuzz.yaml", diags);
  // A model comes back exactly when there was no error, and every error has a position.
  if (m.has_value() == diags.has_errors()) std::abort();
  for (const Diagnostic& d : diags.all()) {
    if (d.loc.file != "fuzz.yaml" || d.loc.line < 1 || d.loc.column < 1) std::abort();
    if (d.message.find('\n') != std::string::npos) std::abort();
  }
  // A valid policy prints as canonical YAML that loads back to the same text.
  if (m) {
    std::string canon = policy::canonical_yaml(*m);
    Diagnostics again;
    std::optional<policy::Model> m2 = policy::load_text(canon, "canonical.yaml", again);
    if (!m2 || policy::canonical_yaml(*m2) != canon) {
      std::fprintf(stderr, "canonical YAML does not round-trip:\n%s\n", canon.c_str());
      std::abort();
    }
  }
  return 0;
}
