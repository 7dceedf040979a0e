// Typed, located reading of YAML nodes for the loader (see loader_yaml.h). The key
// idea: every accessor either returns a value or records one located diagnostic saying
// what was expected and what was found; nothing here throws.
#include "policy/loader_yaml.h"

#include "base/text.h"

#include <algorithm>

#include <fmt/format.h>

namespace bulkhead::policy::load_detail {
namespace {

// Scalars longer than this are cut in messages.
constexpr std::size_t kMaxShown = 60;

std::string shown(const std::string& s) {
  if (s.size() <= kMaxShown) return s;
  return s.substr(0, kMaxShown) + "...";
}

// Tags a policy scalar may carry: none (plain or quoted) or an explicit !!str.
bool standard_tag(const std::string& tag) {
  return tag.empty() || tag == "?" || tag == "!" || tag == "tag:yaml.org,2002:str";
}

}  // namespace

namespace {

std::string one_line(const std::string& message) {
  std::string out;
  for (char c : message) {
    auto u = static_cast<unsigned char>(c);
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (u < 0x20 || u == 0x7f) {
      out += fmt::format("\\x{:02x}", u);
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

void Reader::error(const SourceLoc& at, const std::string& message) const {
  diags_->error(at, one_line(message));
}

void Reader::warning(const SourceLoc& at, const std::string& message) const {
  diags_->warning(at, one_line(message));
}

SourceLoc Reader::loc(const yaml::Node& n) const {
  if (n.line() < 1 || n.column() < 1) return SourceLoc{file_, 1, 1};
  return SourceLoc{file_, n.line(), n.column()};
}

std::string describe(const yaml::Node& n) {
  switch (n.type()) {
    case yaml::NodeType::Map:
      return "a map";
    case yaml::NodeType::Sequence:
      return "a list";
    case yaml::NodeType::Scalar:
      return fmt::format("'{}'", shown(n.scalar()));
    case yaml::NodeType::Null:
      return "nothing";
  }
  return "nothing";
}

MapView::MapView(const Reader& r, const Value& v, std::string what,
                 std::vector<std::string_view> allowed)
    : reader_(&r), what_(std::move(what)), loc_(v.loc) {
  if (!v.node.is_map()) {
    r.error(v.loc, fmt::format("expected a map for {}, found {}", what_, describe(v.node)));
    return;
  }
  ok_ = true;
  for (std::size_t i = 0; i < v.node.size(); ++i) {
    const yaml::Node key = v.node.key(i);
    SourceLoc key_loc = r.loc(key);
    if (!key.is_scalar()) {
      r.error(key_loc, fmt::format("expected a key name in {}, found {}", what_, describe(key)));
      continue;
    }
    std::string name = key.scalar();
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      std::string list;
      for (std::string_view a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
      r.error(key_loc, fmt::format("unknown key '{}' in {} (expected one of: {})", shown(name),
                                   what_, list));
      continue;
    }
    if (const Field* first = find(name)) {
      r.error(key_loc, fmt::format("duplicate key '{}' in {} (first at {})", name, what_,
                                   first->key_loc.str()));
      continue;
    }
    const yaml::Node value = v.node.value(i);
    SourceLoc value_loc = value.is_null() ? key_loc : r.loc(value);
    fields_.push_back(Field{name, key_loc, Value{value, value_loc}});
  }
}

const Field* MapView::find(std::string_view key) const {
  for (const Field& f : fields_)
    if (f.key == key) return &f;
  return nullptr;
}

const Field* MapView::require(std::string_view key) const {
  const Field* f = find(key);
  if (f == nullptr && ok_) {
    reader_->error(loc_, fmt::format("{} is missing required key '{}'", what_, key));
  }
  return f;
}

std::optional<std::string> get_text(const Reader& r, const Value& v, std::string_view what,
                                    std::string_view expected) {
  if (!v.node.is_scalar()) {
    r.error(v.loc, fmt::format("expected {} for {}, found {}", expected, what, describe(v.node)));
    return std::nullopt;
  }
  if (!standard_tag(v.node.tag())) {
    r.error(v.loc, fmt::format("unexpected YAML tag '{}' in {} (quote values that start with "
                               "'!', e.g. \"{}\")",
                               shown(v.node.tag()), what, shown(v.node.tag())));
    return std::nullopt;
  }
  return v.node.scalar();
}

std::optional<bool> get_bool(const Reader& r, const Value& v, std::string_view what) {
  if (v.node.is_scalar() && v.node.tag() == "?") {
    const std::string& s = v.node.scalar();
    if (s == "true" || s == "True" || s == "TRUE") return true;
    if (s == "false" || s == "False" || s == "FALSE") return false;
  }
  std::string found = describe(v.node);
  if (v.node.is_scalar() && v.node.tag() != "?") found = "the quoted text " + found;
  r.error(v.loc, fmt::format("expected true or false for {}, found {}", what, found));
  return std::nullopt;
}

std::string quoted_choices(const std::vector<std::string_view>& choices,
                           std::string_view last_sep) {
  std::string out;
  for (std::size_t i = 0; i < choices.size(); ++i) {
    if (i > 0) out += (i + 1 == choices.size()) ? std::string(last_sep) : std::string(", ");
    out += fmt::format("'{}'", choices[i]);
  }
  return out;
}

std::optional<std::string> get_choice(const Reader& r, const Value& v, std::string_view what,
                                      const std::vector<std::string_view>& choices) {
  std::string expected = quoted_choices(choices, " or ");
  if (v.node.is_scalar() && standard_tag(v.node.tag())) {
    const std::string& s = v.node.scalar();
    if (std::find(choices.begin(), choices.end(), s) != choices.end()) return s;
  }
  r.error(v.loc, fmt::format("expected {} for {}, found {}", expected, what, describe(v.node)));
  return std::nullopt;
}

std::optional<std::vector<Value>> get_list(const Reader& r, const Value& v, std::string_view what,
                                           bool null_ok) {
  if (v.node.is_null() && null_ok) return std::vector<Value>{};
  if (!v.node.is_sequence()) {
    std::string hint;
    if (v.node.is_scalar() && v.node.scalar().size() <= kMaxShown) {
      hint = fmt::format(" (write [{}] for a list of one)", v.node.scalar());
    }
    r.error(v.loc, fmt::format("expected a list for {}, found {}{}", what, describe(v.node), hint));
    return std::nullopt;
  }
  std::vector<Value> out;
  out.reserve(v.node.size());
  for (std::size_t i = 0; i < v.node.size(); ++i) {
    const yaml::Node item = v.node.item(i);
    out.push_back(Value{item, item.is_null() ? v.loc : r.loc(item)});
  }
  return out;
}

bool check_name(const Reader& r, const SourceLoc& at, const std::string& name,
                std::string_view kind) {
  auto word_char = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  };
  bool ok = !name.empty() && name.size() <= 63 && word_char(name.front());
  for (char c : name) ok = ok && (word_char(c) || c == '.' || c == '_' || c == '-');
  if (!ok) {
    r.error(at, fmt::format("invalid {} name '{}' (expected up to 63 letters, digits, '.', '_' "
                            "or '-', starting with a letter or digit)",
                            kind, shown(name)));
  }
  return ok;
}

std::optional<std::string> closest(std::string_view word,
                                   const std::vector<std::string>& candidates) {
  return closest_word(word, candidates);
}

}  // namespace bulkhead::policy::load_detail
