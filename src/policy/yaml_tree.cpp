// Builds a yaml::Tree from libyaml's events (see yaml_tree.h). One pass over the events
// with an explicit stack: a collection's children are gathered in its frame and appended
// to the tree's child array, contiguously, when the collection ends. Anchors are recorded
// when their node is complete, so an alias can never point into a node still open (no
// cycles). Each node's size with aliases expanded is kept; past a bound linear in the
// document the text is refused, which keeps a loader walk over the tree linear too.
#include "policy/yaml_tree.h"

#include "base/text.h"

#include <yaml.h>

#include <algorithm>
#include <limits>
#include <string_view>
#include <unordered_map>

#include <fmt/format.h>

namespace bulkhead::policy::yaml {
namespace {

const std::string kEmpty;

// A 1-based (line, column) of a byte offset, for libyaml's reader errors, which give only
// an offset.
std::pair<int, int> position_of(const std::string& text, std::size_t offset) {
  offset = std::min(offset, text.size());
  int line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  return {line, static_cast<int>(offset - line_start) + 1};
}

bool null_text(std::string_view s) {
  return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL";
}

std::string_view text_of(const yaml_char_t* s) {
  return s == nullptr ? std::string_view() : std::string_view(reinterpret_cast<const char*>(s));
}

}  // namespace

NodeType Node::type() const {
  return tree_ == nullptr ? NodeType::Null : tree_->nodes_[id_].type;
}

const std::string& Node::scalar() const {
  if (tree_ == nullptr || !is_scalar()) return kEmpty;
  return tree_->scalars_[tree_->nodes_[id_].first];
}

const std::string& Node::tag() const {
  static const std::string kUntagged = "?";
  if (tree_ == nullptr) return kUntagged;
  return tree_->tags_[tree_->nodes_[id_].tag];
}

int Node::line() const {
  return tree_ == nullptr ? 0 : tree_->nodes_[id_].line;
}
int Node::column() const {
  return tree_ == nullptr ? 0 : tree_->nodes_[id_].column;
}

std::size_t Node::size() const {
  if (tree_ == nullptr) return 0;
  const Tree::NodeData& n = tree_->nodes_[id_];
  if (n.type == NodeType::Sequence) return n.count;
  if (n.type == NodeType::Map) return n.count / 2;
  return 0;
}

Node Node::item(std::size_t i) const {
  const Tree::NodeData& n = tree_->nodes_[id_];
  return Node(tree_, tree_->children_[n.first + i]);
}

Node Node::key(std::size_t i) const {
  const Tree::NodeData& n = tree_->nodes_[id_];
  return Node(tree_, tree_->children_[n.first + 2 * i]);
}

Node Node::value(std::size_t i) const {
  const Tree::NodeData& n = tree_->nodes_[id_];
  return Node(tree_, tree_->children_[n.first + 2 * i + 1]);
}

Node Tree::root() const {
  return empty_ ? Node() : Node(this, root_);
}

/// The event loop of Tree::parse.
class TreeBuilder {
 public:
  TreeBuilder(const std::string& text, Tree* tree, ParseError* error)
      : text_(text), tree_(tree), error_(error) {
    tree_->tags_ = {"?", "!"};
  }

  bool run() {
    yaml_parser_t parser;
    if (yaml_parser_initialize(&parser) == 0) return fail(1, 1, "out of memory reading YAML");
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text_.data()),
                                 text_.size());
    bool ok = true, done = false;
    while (ok && !done) {
      yaml_event_t ev;
      if (yaml_parser_parse(&parser, &ev) == 0) {
        ok = syntax_error(parser);
        break;
      }
      done = ev.type == YAML_STREAM_END_EVENT;
      ok = handle(ev);
      yaml_event_delete(&ev);
    }
    yaml_parser_delete(&parser);
    return ok;
  }

 private:
  struct Frame {
    std::uint32_t id = 0;
    std::string anchor;
  };

  bool fail(int line, int column, std::string message) {
    *error_ = ParseError{line, column, std::move(message)};
    return false;
  }

  bool syntax_error(const yaml_parser_t& p) {
    if (p.error == YAML_MEMORY_ERROR) return fail(1, 1, "out of memory reading YAML");
    std::string problem = p.problem != nullptr ? p.problem : "unreadable YAML";
    if (p.error == YAML_READER_ERROR) {
      auto [line, column] = position_of(text_, p.problem_offset);
      if (p.problem_value >= 0) {
        problem += fmt::format(" (byte 0x{:02x})", static_cast<unsigned>(p.problem_value) & 0xffu);
      }
      return fail(line, column, "YAML syntax error: " + problem);
    }
    if (p.context != nullptr && std::string_view(p.context) == "while scanning a tag") {
      // `{role: !dc}`: a value meant as a negation but read as a tag. Say so at the tag.
      std::size_t from = std::min<std::size_t>(p.context_mark.index, text_.size());
      std::size_t to = text_.find_first_of(" \t\r\n,]}", from);
      std::string tag = text_.substr(from, std::min<std::size_t>(to, text_.size()) - from);
      if (tag.size() > 60) tag = tag.substr(0, 60) + "...";
      return fail(static_cast<int>(p.context_mark.line) + 1,
                  static_cast<int>(p.context_mark.column) + 1,
                  fmt::format("unexpected YAML tag '{}' (quote values that start with '!', "
                              "e.g. \"{}\")",
                              tag, tag));
    }
    std::string context;
    if (p.context != nullptr) {
      context = fmt::format(" ({} at {}:{})", p.context, p.context_mark.line + 1,
                            p.context_mark.column + 1);
    }
    return fail(static_cast<int>(p.problem_mark.line) + 1,
                static_cast<int>(p.problem_mark.column) + 1,
                "YAML syntax error: " + problem + context);
  }

  std::uint32_t intern_tag(std::string_view tag) {
    for (std::uint32_t i = 0; i < tree_->tags_.size(); ++i)
      if (tree_->tags_[i] == tag) return i;
    tree_->tags_.emplace_back(tag);
    return static_cast<std::uint32_t>(tree_->tags_.size() - 1);
  }

  std::uint32_t new_node(NodeType type, std::uint32_t tag, const yaml_mark_t& at) {
    Tree::NodeData n;
    n.type = type;
    n.tag = tag;
    n.line = static_cast<int>(at.line) + 1;
    n.column = static_cast<int>(at.column) + 1;
    tree_->nodes_.push_back(n);
    expanded_.push_back(1);
    return static_cast<std::uint32_t>(tree_->nodes_.size() - 1);
  }

  // Adds a complete node (new, or an alias's target) to the open collection or as root.
  bool attach(std::uint32_t id, const yaml_mark_t& at) {
    if (stack_.empty()) {
      tree_->root_ = id;
      tree_->empty_ = false;
      return true;
    }
    std::uint32_t parent = stack_.back().id;
    kids_[stack_.size() - 1].push_back(id);
    // Without aliases a node's expanded size is at most the nodes read so far; with them
    // it can grow exponentially ("billion laughs"). A walk over the tree costs the root's
    // expanded size, so that is what is bounded.
    expanded_[parent] = std::min(expanded_[parent] + expanded_[id], kSaturated);
    if (expanded_[parent] > 16 * static_cast<std::uint64_t>(tree_->nodes_.size()) + 1'000'000) {
      return fail(static_cast<int>(at.line) + 1, static_cast<int>(at.column) + 1,
                  "YAML aliases expand too far (more than 16 times the document's size)");
    }
    return true;
  }

  void remember(const std::string& anchor, std::uint32_t id) {
    if (!anchor.empty()) anchors_[anchor] = id;
  }

  bool open(NodeType type, const yaml_event_t& ev, const yaml_char_t* anchor,
            const yaml_char_t* tag) {
    if (stack_.size() >= static_cast<std::size_t>(Tree::kMaxDepth)) {
      return fail(static_cast<int>(ev.start_mark.line) + 1,
                  static_cast<int>(ev.start_mark.column) + 1,
                  fmt::format("YAML nesting too deep (more than {} levels)", Tree::kMaxDepth));
    }
    std::uint32_t t = tag == nullptr ? 0 : intern_tag(text_of(tag));
    std::uint32_t id = new_node(type, t, ev.start_mark);
    stack_.push_back(Frame{id, std::string(text_of(anchor))});
    if (kids_.size() < stack_.size()) kids_.emplace_back();
    kids_[stack_.size() - 1].clear();
    return true;
  }

  bool close(const yaml_mark_t& at) {
    Frame f = std::move(stack_.back());
    std::vector<std::uint32_t>& kids = kids_[stack_.size() - 1];
    Tree::NodeData& n = tree_->nodes_[f.id];
    n.first = static_cast<std::uint32_t>(tree_->children_.size());
    n.count = static_cast<std::uint32_t>(kids.size());
    tree_->children_.insert(tree_->children_.end(), kids.begin(), kids.end());
    stack_.pop_back();
    remember(f.anchor, f.id);
    return attach(f.id, at);
  }

  bool handle(const yaml_event_t& ev) {
    switch (ev.type) {
      case YAML_DOCUMENT_START_EVENT:
        if (++documents_ == 2) {
          return fail(static_cast<int>(ev.start_mark.line) + 1,
                      static_cast<int>(ev.start_mark.column) + 1,
                      "more than one YAML document in the file (expected one policy map; "
                      "split policies into several files instead)");
        }
        return true;
      case YAML_SCALAR_EVENT: {
        const auto& s = ev.data.scalar;
        std::string_view value(reinterpret_cast<const char*>(s.value), s.length);
        // `"\0"` in a quoted scalar is a NUL byte: every later use of the text as a C
        // string (addresses, names) would silently cut it there.
        if (value.find('\0') != std::string_view::npos) {
          return fail(static_cast<int>(ev.start_mark.line) + 1,
                      static_cast<int>(ev.start_mark.column) + 1,
                      "a NUL character (\\0) in a value is not allowed");
        }
        // Nor terminal controls (ESC sequences and the like): values end up in reports.
        if (has_terminal_controls(value)) {
          return fail(static_cast<int>(ev.start_mark.line) + 1,
                      static_cast<int>(ev.start_mark.column) + 1,
                      "a control character in a value is not allowed (only tab and newline)");
        }
        const bool plain = s.style == YAML_PLAIN_SCALAR_STYLE;
        std::uint32_t id;
        if (s.tag == nullptr && plain && null_text(value)) {
          id = new_node(NodeType::Null, 0, ev.start_mark);
        } else {
          std::uint32_t t = s.tag != nullptr ? intern_tag(text_of(s.tag)) : (plain ? 0 : 1);
          id = new_node(NodeType::Scalar, t, ev.start_mark);
          tree_->nodes_[id].first = static_cast<std::uint32_t>(tree_->scalars_.size());
          tree_->scalars_.emplace_back(value);
        }
        remember(std::string(text_of(s.anchor)), id);
        return attach(id, ev.start_mark);
      }
      case YAML_ALIAS_EVENT: {
        std::string name(text_of(ev.data.alias.anchor));
        auto it = anchors_.find(name);
        if (it == anchors_.end()) {
          return fail(static_cast<int>(ev.start_mark.line) + 1,
                      static_cast<int>(ev.start_mark.column) + 1,
                      fmt::format("YAML syntax error: the alias *{} names no complete anchor "
                                  "&{} before it",
                                  name, name));
        }
        return attach(it->second, ev.start_mark);
      }
      case YAML_SEQUENCE_START_EVENT:
        return open(NodeType::Sequence, ev, ev.data.sequence_start.anchor,
                    ev.data.sequence_start.tag);
      case YAML_MAPPING_START_EVENT:
        return open(NodeType::Map, ev, ev.data.mapping_start.anchor, ev.data.mapping_start.tag);
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT:
        return close(ev.start_mark);
      default:
        return true;
    }
  }

  static constexpr std::uint64_t kSaturated = std::numeric_limits<std::uint64_t>::max() / 2;

  const std::string& text_;
  Tree* tree_;
  ParseError* error_;
  std::vector<Frame> stack_;
  std::vector<std::vector<std::uint32_t>> kids_;  // per depth, reused
  std::vector<std::uint64_t> expanded_;           // per node: size with aliases expanded
  std::unordered_map<std::string, std::uint32_t> anchors_;
  int documents_ = 0;
};

std::unique_ptr<const Tree> Tree::parse(const std::string& text, ParseError* error) {
  auto tree = std::make_unique<Tree>();
  TreeBuilder builder(text, tree.get(), error);
  if (!builder.run()) return nullptr;
  return tree;
}

}  // namespace bulkhead::policy::yaml
