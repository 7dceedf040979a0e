// A compact, located YAML document tree built from libyaml's event stream. Private to the
// loader (src/policy/loader*.cpp): the rest of bulkhead never sees YAML.
//
// Why not yaml-cpp's node tree: at 100,000 hosts (a 10 MB policy) yaml-cpp's scanner alone
// takes 1.7 s and its shared-pointer node graph peaks at ~740 MB; libyaml parses the same
// file in 0.3 s, and this tree stores every node in one flat array (docs/architecture.md).
//
// The tree keeps what the loader needs and nothing else: each node's kind, its text (for
// scalars, as written), its tag, and its 1-based line and column. Plain scalars that YAML
// reads as null (empty, `~`, `null`, `Null`, `NULL`) become null nodes. Anchors and aliases
// are supported (an alias shares its anchor's node); a document whose aliases would expand
// far beyond its own size ("billion laughs") is refused.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace bulkhead::policy::yaml {

enum class NodeType : std::uint8_t { Null, Scalar, Sequence, Map };

class Tree;

/// A cheap handle to one node of a Tree (or to nothing: a default Node is null).
class Node {
 public:
  Node() = default;

  NodeType type() const;
  bool is_null() const { return type() == NodeType::Null; }
  bool is_scalar() const { return type() == NodeType::Scalar; }
  bool is_sequence() const { return type() == NodeType::Sequence; }
  bool is_map() const { return type() == NodeType::Map; }

  /// The scalar's text as written (empty for other kinds).
  const std::string& scalar() const;
  /// "?" for an untagged plain scalar or collection, "!" for an untagged quoted scalar,
  /// otherwise the resolved tag ("tag:yaml.org,2002:str" for `!!str`, "!x" for `!x`).
  const std::string& tag() const;
  /// 1-based; 0 for a default Node.
  int line() const;
  int column() const;

  /// Elements of a sequence, or entries of a map (key, value); 0 for other kinds.
  std::size_t size() const;
  /// The i-th element of a sequence.
  Node item(std::size_t i) const;
  /// The i-th key and value of a map, in document order.
  Node key(std::size_t i) const;
  Node value(std::size_t i) const;

 private:
  friend class Tree;
  Node(const Tree* tree, std::uint32_t id) : tree_(tree), id_(id) {}
  const Tree* tree_ = nullptr;
  std::uint32_t id_ = 0;
};

/// Why a text is not one readable YAML document, at 1-based line and column.
struct ParseError {
  int line = 1;
  int column = 1;
  std::string message;
};

/// One parsed YAML document. Neither copied nor moved: Nodes point into it.
class Tree {
 public:
  Tree() = default;
  Tree(const Tree&) = delete;
  Tree& operator=(const Tree&) = delete;

  /// Parses `text`, which must hold at most one document. On failure returns nullptr and
  /// the error (syntax, encoding, nesting deeper than kMaxDepth, an unknown alias, too many
  /// alias expansions, or a second document).
  static std::unique_ptr<const Tree> parse(const std::string& text, ParseError* error);

  /// The document's root (null for an empty text).
  Node root() const;

  static constexpr int kMaxDepth = 100;

 private:
  friend class Node;
  friend class TreeBuilder;
  struct NodeData {
    NodeType type = NodeType::Null;
    std::uint32_t tag = 0;    // index into tags_
    std::uint32_t first = 0;  // scalar: index into scalars_; collection: into children_
    std::uint32_t count = 0;  // collection: elements (a map's are key, value, key, ...)
    int line = 0;
    int column = 0;
  };
  std::vector<NodeData> nodes_;
  std::vector<std::string> scalars_;
  std::vector<std::uint32_t> children_;
  std::vector<std::string> tags_;
  std::uint32_t root_ = 0;
  bool empty_ = true;
};

}  // namespace bulkhead::policy::yaml
