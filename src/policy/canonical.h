// Canonical text of Model elements: the one-line selector text (Selector::text) and the
// canonical YAML of a whole Model, which loads back into an equal Model.
#pragma once

#include <string>
#include <string_view>

#include "policy/model.h"

namespace bulkhead::policy {

/// A YAML flow scalar: the text itself when YAML reads it back unchanged as plain text,
/// else double-quoted with escapes ("!file-server", "2001:db8::/64", "a b").
std::string yaml_scalar(std::string_view text);

/// One term of a selector: `any`, `internet`, `hosts`, or a flow map with `host`, `zone`,
/// `cidr` first and then the labels sorted by key: `{zone: dmz, role: [dc, web]}`.
std::string selector_term_text(const SelectorTerm& t);

/// A selector: its term, or `[term, term]` when it has several.
std::string selector_text(const Selector& s);

/// The canonical YAML of a model: every setting explicit, user rules as written (baseline
/// rules as the `baselines` list), custom services only. Loading it gives an equal Model
/// (positions aside).
std::string canonical_yaml(const Model& m);

}  // namespace bulkhead::policy
