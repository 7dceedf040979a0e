// Private to the loader: typed, located reading of YAML nodes (yaml_tree.h). Every accessor reports
// what it expected and what it found at the node's file:line:column, and returns nullopt
// instead of throwing, so the loader can keep going and report every error of a run.
// Only src/policy/loader*.cpp include this header (YAML stays inside the loader).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "base/source_loc.h"
#include "policy/yaml_tree.h"

namespace bulkhead::policy::load_detail {

/// One file being read: its name (as given) and where its diagnostics go.
class Reader {
 public:
  Reader(std::string file, Diagnostics& diags) : file_(std::move(file)), diags_(&diags) {}

  const std::string& file() const { return file_.str(); }
  Diagnostics& diags() const { return *diags_; }
  /// The node's 1-based position; line 1 col 1 when unknown.
  SourceLoc loc(const yaml::Node& n) const;
  /// Records an error; control characters of the input quoted in it are escaped, so that
  /// every diagnostic stays on one line.
  void error(const SourceLoc& at, const std::string& message) const;
  void warning(const SourceLoc& at, const std::string& message) const;

 private:
  FileName file_;  // shared by every SourceLoc of the file
  Diagnostics* diags_;
};

/// "a map", "a list", "nothing", or the scalar quoted: "'permit'".
std::string describe(const yaml::Node& n);

/// One element of a YAML list or one value of a map, with its position. An empty value
/// (`key:` with nothing after it) is placed at its key: libyaml marks it after the colon.
struct Value {
  yaml::Node node;
  SourceLoc loc;
};

/// One `key: value` pair of a map.
struct Field {
  std::string key;
  SourceLoc key_loc;
  Value value;
};

/// A YAML map checked against the keys allowed at its place: unknown and duplicate keys
/// are reported once, when the view is built.
class MapView {
 public:
  /// `what` names the element in messages ("rule", "host 'ws-1'"); `allowed` lists its keys
  /// in the order messages show them.
  MapView(const Reader& r, const Value& v, std::string what, std::vector<std::string_view> allowed);

  /// False when the value was not a map (already reported).
  bool ok() const { return ok_; }
  const SourceLoc& loc() const { return loc_; }
  const std::vector<Field>& fields() const { return fields_; }
  /// The field, or nullptr when absent.
  const Field* find(std::string_view key) const;
  /// The field; reports "<what> is missing required key 'k'" at the map when absent.
  const Field* require(std::string_view key) const;
  /// Renames the element in later messages (once its name is known).
  void set_what(std::string what) { what_ = std::move(what); }

 private:
  const Reader* reader_;
  std::string what_;
  SourceLoc loc_;
  std::vector<Field> fields_;
  bool ok_ = false;
};

/// The value of a scalar (its raw text, as written), or an error "expected <expected> for
/// <what>, found ...". Rejects YAML tags other than the standard ones, with a hint to quote.
std::optional<std::string> get_text(const Reader& r, const Value& v, std::string_view what,
                                    std::string_view expected = "a text value");
/// A plain `true` or `false`.
std::optional<bool> get_bool(const Reader& r, const Value& v, std::string_view what);
/// One of `choices`: "expected 'allow', 'deny' or 'override-deny' for action, found 'permit'".
std::optional<std::string> get_choice(const Reader& r, const Value& v, std::string_view what,
                                      const std::vector<std::string_view>& choices);
/// The elements of a list (an empty value counts as an empty list when `null_ok`).
std::optional<std::vector<Value>> get_list(const Reader& r, const Value& v, std::string_view what,
                                           bool null_ok = false);

/// Checks a name of a policy element: letters, digits, '.', '_' and '-', starting with a
/// letter or digit, at most 63 characters. Reports and returns false otherwise.
bool check_name(const Reader& r, const SourceLoc& at, const std::string& name,
                std::string_view kind);

/// "'a', 'b' or 'c'"
std::string quoted_choices(const std::vector<std::string_view>& choices, std::string_view last_sep);

/// The closest of `candidates` to `word` when it is a likely typo (edit distance <= 2).
std::optional<std::string> closest(std::string_view word,
                                   const std::vector<std::string>& candidates);

}  // namespace bulkhead::policy::load_detail
