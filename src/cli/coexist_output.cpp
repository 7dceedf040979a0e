// Coexistence warnings on the command line: one reader call, then text or JSON.
// Warnings never change an exit code: the other firewall may be intended.
#include "cli/coexist_output.h"

#include <cstdlib>

#include "agent/coexist_live.h"

namespace bulkhead::cli {

std::optional<std::vector<agent::CoexistFinding>> check_coexistence(const agent::Listing& table,
                                                                    const std::string& persist_dir,
                                                                    std::string* why) {
  const char* root = std::getenv(agent::kSysrootEnv);
  Result<agent::CoexistInputs> in = agent::read_coexist_inputs(root == nullptr ? "" : root);
  if (!in) {
    if (why != nullptr) *why = in.error();
    return std::nullopt;
  }
  in.value().own_hooks = agent::listing_hooks(table);
  in.value().routed = table.table.name.rfind("bulkhead_zone_", 0) == 0;
  in.value().persist_dir = persist_dir;
  return agent::analyze_coexistence(in.value());
}

void print_coexistence_warnings(std::ostream& out,
                                const std::vector<agent::CoexistFinding>& findings) {
  for (const agent::CoexistFinding& f : findings) {
    out << "warning: " << agent::coexist_kind_name(f.kind) << ": " << f.summary << '\n';
    if (!f.evidence.empty() && f.kind != agent::CoexistKind::BaseChain) {
      out << "  seen: ";
      for (std::size_t i = 0; i < f.evidence.size(); ++i) out << (i ? "; " : "") << f.evidence[i];
      out << '\n';
    }
    out << "  fix: " << f.advice << '\n';
  }
  if (!findings.empty())
    out << "  (warnings only; docs/agent.md, \"Living beside other firewalls\", explains each)\n";
}

void print_coexistence_section(std::ostream& out,
                               const std::vector<agent::CoexistFinding>& findings) {
  if (findings.empty()) return;
  out << "\nother firewalls on this machine (" << findings.size()
      << (findings.size() == 1 ? " warning" : " warnings")
      << "; docs/agent.md, \"Living beside other firewalls\"):\n";
  for (const agent::CoexistFinding& f : findings) {
    out << "  " << agent::coexist_kind_name(f.kind) << ": " << f.summary << '\n';
    if (!f.evidence.empty() && f.kind != agent::CoexistKind::BaseChain) {
      out << "    seen: ";
      for (std::size_t i = 0; i < f.evidence.size(); ++i) out << (i ? "; " : "") << f.evidence[i];
      out << '\n';
    }
    out << "    fix: " << f.advice << '\n';
  }
}

nlohmann::ordered_json coexistence_json(const std::vector<agent::CoexistFinding>& findings) {
  nlohmann::ordered_json arr = nlohmann::ordered_json::array();
  for (const agent::CoexistFinding& f : findings) {
    nlohmann::ordered_json j;
    j["kind"] = std::string(agent::coexist_kind_name(f.kind));
    j["summary"] = f.summary;
    j["advice"] = f.advice;
    j["evidence"] = f.evidence;
    if (f.kind == agent::CoexistKind::BaseChain) {
      j["table"] = f.family + " " + f.table;
      j["chain"] = f.chain;
      j["hook"] = f.hook;
      j["priority"] = f.priority;
      j["drops"] = f.drops;
    }
    arr.push_back(std::move(j));
  }
  return arr;
}

}  // namespace bulkhead::cli
