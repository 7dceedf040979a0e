// Chains as an importer reads them (rules with jumps, gotos and returns) and their
// flattening into one first-match list per base chain (model.h's Point).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "ruleset/model.h"

namespace bulkhead::ruleset {

/// What a chain rule does before inlining.
enum class Verb : std::uint8_t { Accept, Drop, Reject, Log, Jump, Goto, Return };

struct ChainRule {
  Region match;  ///< exact when `exact`, else an over-approximation (model.h's Rule)
  bool exact = true;
  std::vector<std::string> unmodelled;
  Verb verb = Verb::Accept;
  bool logs = false;   ///< the rule logs the packets it matches (nft `log`, iptables LOG)
  std::string target;  ///< Jump and Goto
  SourceLoc loc;
  std::string text;
};

struct Chain {
  std::string name;
  std::vector<ChainRule> rules;
  SourceLoc loc;
};

/// Inlines `base` and every chain it reaches into `point.rules`: a jump's target rules
/// get the jump's match intersected in, a return (and a goto, once its target is done)
/// removes its match from the rules after it in the same chain. A return or goto whose
/// match is not exact makes every later rule of its chain inexact, since which packets
/// still reach them is then unknown. Loops and jumps to unknown chains are located
/// errors. Cost: the size of the inlined list, times the Region operations per rule.
void flatten(const std::map<std::string, Chain>& chains, const Chain& base, Point& point,
             Diagnostics& diags);

}  // namespace bulkhead::ruleset
