// Apply, the kernel side: plan, commit and restore bulkhead's table.
//
// Atomicity comes from nftables itself: every command of one buffer goes into one
// netlink batch, and the kernel commits the batch entirely or not at all. The buffer
// `table T` + `delete table T` + `table T { ... }` therefore replaces bulkhead's table in
// one step (the first line makes the delete valid when the table is absent), and touches
// no other table. The "after" state is obtained by loading the same buffer into a scratch
// network namespace and listing it back; comparing normalized listings gives idempotence
// ("no change") and the dry-run diff without touching the host.
#include "agent/apply.h"

#include <unistd.h>

#include <cstdlib>
#include <sstream>

#include "agent/nft_session.h"
#include "agent/scratch.h"

namespace bulkhead::agent {
namespace {

std::string trim(std::string_view s) {
  std::size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  std::size_t e = s.find_last_not_of(" \t\r");
  return std::string(s.substr(b, e - b + 1));
}

}  // namespace

Result<TableRef> rendered_table(std::string_view rendered) {
  std::istringstream in{std::string(rendered)};
  std::string line;
  while (std::getline(in, line)) {
    std::string t = trim(line);
    if (t.empty() || t[0] == '#') continue;
    std::vector<std::string> w = nft_words(t);
    std::size_t i = (w.size() > 1 && w[0] == "add") ? 1 : 0;
    if (w.size() < i + 2 || w[i] != "table") continue;
    TableRef ref;
    std::string a = nft_bare_word(w[i + 1]);
    std::string b = w.size() > i + 2 ? nft_bare_word(w[i + 2]) : "";
    if (!b.empty() && w[i + 1].back() != '{' && w[i + 1].back() != ';') {
      ref.family = a;
      ref.name = b;
    } else {
      ref.family = "ip";  // nft's default family when none is written
      ref.name = a;
    }
    if (ref.name.rfind("bulkhead", 0) != 0)
      return Failure{"the rendered ruleset defines table " + ref.str() +
                     ", not one of bulkhead's tables; refusing to apply it"};
    return ref;
  }
  return Failure{"the rendered ruleset defines no table"};
}

Result<std::string> build_transaction(std::string_view rendered, const TableRef& table) {
  std::istringstream in{std::string(rendered)};
  std::string line;
  bool replaces = false;
  while (std::getline(in, line)) {
    std::vector<std::string> w = nft_words(trim(line));
    if (w.size() >= 2 && w[0] == "flush" && nft_bare_word(w[1]) == "ruleset")
      return Failure{"the rendered ruleset flushes the whole ruleset; refusing to apply it"};
    if (w.size() >= 4 && w[0] == "delete" && w[1] == "table" && w[2] == table.family &&
        nft_bare_word(w[3]) == table.name)
      replaces = true;
  }
  std::string out;
  if (!replaces) out = "table " + table.str() + "\ndelete table " + table.str() + "\n";
  out += rendered;
  if (!out.empty() && out.back() != '\n') out += '\n';
  return out;
}

std::string restore_commands(const TableRef& table, const std::optional<std::string>& previous) {
  std::string out = "table " + table.str() + "\ndelete table " + table.str() + "\n";
  if (previous) out += *previous;
  if (!out.empty() && out.back() != '\n') out += '\n';
  return out;
}

Result<Listing> read_table(const TableRef& table) {
  Result<NftSession> s = NftSession::open(NftFormat::Json);
  if (!s) return Failure{s.error()};
  Result<std::optional<std::string>> listed = s.value().list_table(table.family, table.name);
  if (!listed) return Failure{listed.error()};
  if (!listed.value()) return absent_listing(table);
  return normalize_listing(*listed.value(), table);
}

Result<std::optional<std::string>> read_table_text(const TableRef& table) {
  Result<NftSession> s = NftSession::open(NftFormat::Text);
  if (!s) return Failure{s.error()};
  return s.value().list_table(table.family, table.name);
}

Result<Plan> plan_apply(const std::string& rendered, const TableRef& table) {
  Plan p;
  p.table = table;
  Result<std::string> tx = build_transaction(rendered, table);
  if (!tx) return Failure{tx.error()};
  p.commands = std::move(tx).value();

  Result<ScratchLoad> scratch = load_in_scratch_netns(p.commands, table);
  if (!scratch) return Failure{scratch.error()};
  for (const std::string& t : scratch.value().tables) {
    if (t != table.str())
      return Failure{"the rendered ruleset also creates table " + t +
                     "; apply only replaces table " + table.str() + ", refusing"};
  }
  Result<Listing> desired = normalize_listing(scratch.value().table_json, table);
  if (!desired) return Failure{desired.error()};
  p.desired = std::move(desired).value();

  Result<Listing> current = read_table(table);
  if (!current) return Failure{current.error()};
  p.current = std::move(current).value();
  if (p.current.present) {
    Result<std::optional<std::string>> text = read_table_text(table);
    if (!text) return Failure{text.error()};
    p.current_text = std::move(text).value();
  }
  p.diff = diff_listings(p.current, p.desired);
  return p;
}

Result<Listing> commit_plan(const Plan& plan, bool inject_error) {
  Result<NftSession> s = NftSession::open(NftFormat::Text);
  if (!s) return Failure{s.error()};
  std::string commands = plan.commands;
  if (inject_error) {
    // Valid syntax that only the kernel refuses: the whole batch must then be aborted.
    commands += "delete table " + plan.table.family + " bulkhead_injected_error_" +
                std::to_string(::getpid()) + "\n";
  }
  Result<std::string> ran = s.value().run(commands);
  if (!ran) {
    return Failure{"the kernel refused the transaction; table " + plan.table.str() +
                   " and every other table are unchanged:\n" + ran.error()};
  }
  return read_table(plan.table);
}

Status restore_table(const TableRef& table, const std::optional<std::string>& previous) {
  Result<NftSession> s = NftSession::open(NftFormat::Text);
  if (!s) return Failure{s.error()};
  Result<std::string> ran = s.value().run(restore_commands(table, previous));
  if (!ran) return Failure{"restoring table " + table.str() + " failed: " + ran.error()};
  return ok_status();
}

std::vector<std::string> nft_words(const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> out;
  std::string w;
  while (in >> w) out.push_back(w);
  return out;
}

std::string nft_bare_word(std::string w) {
  while (!w.empty() && (w.back() == '{' || w.back() == ';')) w.pop_back();
  return w;
}

}  // namespace bulkhead::agent
