// Living beside other firewalls: what else on this machine filters packets or rewrites
// the ruleset, and how it can undo what bulkhead's table allows. Pure functions over
// the texts read from the machine (the ruleset's JSON listing, configuration files,
// /proc), so every case is unit-tested with realistic inputs; coexist_live.h reads them.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "agent/listing.h"
#include "base/result.h"

namespace bulkhead::agent {

/// What a finding is about.
enum class CoexistKind : std::uint8_t {
  Firewalld,
  Ufw,
  Docker,
  KubeProxy,
  IptablesLegacy,
  NftablesConf,
  BaseChain,  ///< another table's base chain on bulkhead's traffic's path that may drop
};
/// "firewalld", "ufw", "docker", "kube-proxy", "iptables-legacy", "nftables-conf",
/// "base-chain".
std::string_view coexist_kind_name(CoexistKind k);

/// One warning: never a failure, since the other firewall may well be intended.
struct CoexistFinding {
  CoexistKind kind = CoexistKind::BaseChain;
  std::string summary;                ///< one line: what was found and why it matters
  std::string advice;                 ///< what the administrator does about it
  std::vector<std::string> evidence;  ///< how it was recognised ("table inet firewalld", ...)
  // BaseChain only:
  std::string family, table, chain, hook;
  int priority = 0;
  std::vector<std::string> drops;  ///< "policy drop", "rule 6: reject", ...
};

/// A base chain of a ruleset listing and what in it may drop a packet.
struct BaseChain {
  std::string family, table, name, type, hook;
  int priority = 0;
  std::string policy;              ///< "accept", "drop" ("accept" when not listed)
  std::vector<std::string> drops;  ///< empty: nothing reachable from it drops or rejects
};

/// The facts of a whole ruleset listing (`list ruleset` with JSON output) that matter
/// here: tables, chain names, base chains with their drops (following jump/goto within
/// the table).
struct RulesetFacts {
  std::vector<std::string> tables;  ///< "inet firewalld", ...
  /// Chain names by table ("ip filter" → DOCKER, DOCKER-USER, ...).
  std::map<std::string, std::vector<std::string>> chains;
  std::vector<BaseChain> base_chains;
};
/// Fails when the text is not an nftables JSON listing.
[[nodiscard]] Result<RulesetFacts> ruleset_facts(std::string_view json);

/// The hooks of a table's base chains with their priorities (hook → lowest priority),
/// read from its normalized listing (e.g. the table apply is about to load).
std::map<std::string, int> listing_hooks(const Listing& listing);

/// What an nftables.conf does to other tables when nftables.service loads it.
struct NftablesConfScan {
  bool flushes_ruleset = false;  ///< a top-level `flush ruleset`
  int flush_line = 0;            ///< line of the last one
  bool flush_is_first = false;   ///< it is the file's first statement (Debian's default)
  /// An `include` naming bulkhead's saved rulesets comes after the last flush, so a
  /// reload puts bulkhead's tables back.
  bool includes_bulkhead_after_flush = false;
};
NftablesConfScan scan_nftables_conf(std::string_view text);

/// The legacy (x_tables) rules `iptables-legacy-save` printed: nft cannot see them.
struct LegacySave {
  std::vector<std::string> tables;         ///< "filter", "nat", ...
  int rules = 0;                           ///< `-A` lines
  int dropping_rules = 0;                  ///< `-j DROP` / `-j REJECT`
  std::vector<std::string> drop_policies;  ///< "filter INPUT", built-in chains with policy DROP
  std::vector<std::string> chains;         ///< every chain name
};
LegacySave parse_iptables_save(std::string_view text);

/// Everything the analysis looks at. Paths in messages are the real ones (/etc/...),
/// whatever root they were read under.
struct CoexistInputs {
  std::optional<std::string> ruleset_json;      ///< `list ruleset` as JSON
  bool firewalld_run_dir = false;               ///< /run/firewalld exists
  std::optional<std::string> ufw_conf;          ///< /etc/ufw/ufw.conf
  std::optional<std::string> ip_tables_names;   ///< /proc/net/ip_tables_names
  std::optional<std::string> ip6_tables_names;  ///< /proc/net/ip6_tables_names
  /// iptables-legacy-save and ip6tables-legacy-save output; nullopt when not run (no
  /// legacy table loaded, or the tool is not installed).
  std::optional<std::string> legacy_save;
  bool legacy_save_tool = false;                  ///< iptables-legacy-save was found
  bool docker0 = false;                           ///< the docker0 interface exists
  std::optional<std::string> nftables_conf;       ///< /etc/nftables.conf
  bool nftables_service_enabled = false;          ///< nftables.service is enabled (wants link)
  std::string persist_dir = "/var/lib/bulkhead";  ///< where the advice points an include
  /// bulkhead's hooks (hook → priority): which foreign base chains matter. Empty: the
  /// hooks of the bulkhead tables in the ruleset.
  std::map<std::string, int> own_hooks;
  /// bulkhead's table judges traffic routed through the machine (a zone firewall's
  /// table), not traffic to and from it (a host table).
  bool routed = false;
};

/// The warnings, in a fixed order: tools first (firewalld, ufw, Docker, kube-proxy,
/// iptables-legacy, nftables.conf), then base chains sorted by family, table, chain.
std::vector<CoexistFinding> analyze_coexistence(const CoexistInputs& in);

}  // namespace bulkhead::agent
