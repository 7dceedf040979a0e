// NftSession: the only door to libnftables. One context, output and errors captured in
// buffers, commands run from a text buffer (one buffer = one kernel transaction).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/result.h"

struct nft_ctx;

namespace bulkhead::agent {

/// Output form of listings. TextStateless leaves counter values and quota usage out: the
/// form saved for reboots (agent/persist.h), where yesterday's counters mean nothing.
enum class NftFormat : unsigned char { Text, Json, TextStateless };

class NftSession {
 public:
  /// Opens a libnftables context (no kernel access yet). Text listings are stateful
  /// (counter values included, no handles), so they can be loaded back as they are.
  [[nodiscard]] static Result<NftSession> open(NftFormat format);
  NftSession(NftSession&& o) noexcept;
  NftSession& operator=(NftSession&& o) noexcept;
  NftSession(const NftSession&) = delete;
  NftSession& operator=(const NftSession&) = delete;
  ~NftSession();

  /// Runs a buffer of nft commands. Every change in the buffer is one netlink batch: the
  /// kernel commits all of it or none. Returns the captured output.
  [[nodiscard]] Result<std::string> run(const std::string& commands);

  /// Whether a table exists (lists the family's tables).
  [[nodiscard]] Result<bool> table_exists(std::string_view family, std::string_view table);
  /// The listing of one table in this session's format, or nullopt when it is absent.
  [[nodiscard]] Result<std::optional<std::string>> list_table(std::string_view family,
                                                              std::string_view table);
  /// The listing of the whole ruleset in this session's format.
  [[nodiscard]] Result<std::string> list_ruleset();

 private:
  explicit NftSession(nft_ctx* ctx, NftFormat format) : ctx_(ctx), format_(format) {}
  nft_ctx* ctx_ = nullptr;
  NftFormat format_ = NftFormat::Text;
};

/// Rewrites libnftables' error text into a message for the user: permission problems and
/// a kernel without nf_tables get a hint; the original text follows.
std::string explain_nft_error(std::string_view raw);

}  // namespace bulkhead::agent
