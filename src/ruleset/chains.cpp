// Chain flattening (chains.h). Each chain is walked with a context: the packets for
// which its remaining rules are still live (the caller's match, minus what returns and
// gotos earlier in the chain took away). Terminal rules are emitted with their match
// intersected with the context; a jump recurses with the jump's match as the new context
// (what the target does not decide comes back and continues, which first-match order
// already gives); a goto recurses likewise and then removes its match from the context;
// a return removes its match. The stack of chains being walked detects loops.
#include "ruleset/chains.h"

#include <algorithm>

#include <fmt/format.h>

namespace bulkhead::ruleset {
namespace {

constexpr int kMaxDepth = 64;
/// Chains jumped to from many places are inlined once per path; a ruleset whose paths
/// multiply past this many rules per point is refused rather than exhausting memory.
constexpr std::size_t kMaxInlined = 2'000'000;

struct Walker {
  const std::map<std::string, Chain>& chains;
  Point& point;
  Diagnostics& diags;
  std::vector<std::string> stack;
  bool too_many = false;

  /// `ctx_exact` false: which packets reach this chain is only over-approximated.
  /// `via`: the jump that enters the chain (where a loop is reported).
  void walk(const Chain& chain, Region ctx, bool ctx_exact, const std::string& ctx_why,
            const SourceLoc& via) {
    if (std::find(stack.begin(), stack.end(), chain.name) != stack.end() ||
        static_cast<int>(stack.size()) >= kMaxDepth) {
      diags.error(via, fmt::format("chain '{}' is reached again from itself (a loop: {})",
                                   chain.name, fmt::join(stack, " -> ")));
      return;
    }
    if (too_many) return;
    if (point.rules.size() > kMaxInlined) {
      too_many = true;
      diags.error(via, fmt::format("inlining the jumps of {} gives more than {} rules (chains "
                                   "jumped to from many places multiply)",
                                   point.name, kMaxInlined));
      return;
    }
    stack.push_back(chain.name);
    bool live_exact = ctx_exact;
    std::string live_why = ctx_why;
    for (const ChainRule& r : chain.rules) {
      Region m = r.match.intersect(ctx);
      bool exact = r.exact && live_exact;
      std::vector<std::string> why = r.unmodelled;
      if (!live_exact) why.push_back(live_why);
      switch (r.verb) {
        case Verb::Accept:
        case Verb::Drop:
        case Verb::Reject:
        case Verb::Log: {
          Rule out;
          out.match = std::move(m);
          out.exact = exact;
          out.action = r.verb == Verb::Accept   ? Action::Accept
                       : r.verb == Verb::Drop   ? Action::Drop
                       : r.verb == Verb::Reject ? Action::Reject
                                                : Action::Log;
          out.loc = r.loc;
          out.text = r.text;
          out.logs = r.logs;
          out.chain = chain.name;
          out.unmodelled = std::move(why);
          if (out.match.empty() && !r.match.empty()) out.unreached = r.match.sample();
          point.rules.push_back(std::move(out));
          break;
        }
        case Verb::Jump:
        case Verb::Goto: {
          auto it = chains.find(r.target);
          if (it == chains.end()) {
            diags.error(r.loc, fmt::format("jump to chain '{}', which the rule set does not "
                                           "define",
                                           r.target));
            break;
          }
          std::string sub_why =
              exact ? ""
                    : fmt::format("reached through the inexact {} at {}",
                                  r.verb == Verb::Jump ? "jump" : "goto", r.loc.file_line());
          if (!m.empty()) walk(it->second, m, exact, sub_why, r.loc);
          if (r.verb == Verb::Goto) {
            if (exact) {
              ctx = ctx.subtract(r.match);
            } else if (live_exact) {
              live_exact = false;
              live_why = fmt::format("after the inexact goto at {}", r.loc.file_line());
            }
          }
          break;
        }
        case Verb::Return:
          if (exact) {
            ctx = ctx.subtract(r.match);
          } else if (live_exact) {
            live_exact = false;
            live_why = fmt::format("after the inexact return at {}", r.loc.file_line());
          }
          break;
      }
    }
    stack.pop_back();
  }
};

}  // namespace

void flatten(const std::map<std::string, Chain>& chains, const Chain& base, Point& point,
             Diagnostics& diags) {
  Walker w{chains, point, diags, {}};
  w.walk(base, point.universe, true, "", base.loc);
}

}  // namespace bulkhead::ruleset
