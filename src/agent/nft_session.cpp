// NftSession: the one place bulkhead calls libnftables (style 2.2). A context buffers its
// output and errors so that nothing reaches the terminal unasked; a command buffer given
// to nft_run_cmd_from_buffer becomes a single netlink batch, which the kernel commits
// atomically (this is what `nft -f` does). Listings leave handles out, so two listings of
// the same table compare equal text-for-text apart from counter values.
#include "agent/nft_session.h"

#include <nftables/libnftables.h>

#include <sstream>
#include <utility>

namespace bulkhead::agent {
namespace {

std::string buffer_text(const char* p) {
  return p == nullptr ? std::string() : std::string(p);
}

// libnftables keeps one output buffer per context; reading it also resets it when the
// next command runs, so each call reads both buffers right after running.
struct Captured {
  int rc = 0;
  std::string out;
  std::string err;
};

Captured run_raw(nft_ctx* ctx, const std::string& commands) {
  Captured c;
  c.rc = nft_run_cmd_from_buffer(ctx, commands.c_str());
  c.out = buffer_text(nft_ctx_get_output_buffer(ctx));
  c.err = buffer_text(nft_ctx_get_error_buffer(ctx));
  return c;
}

bool contains(std::string_view hay, std::string_view needle) {
  return hay.find(needle) != std::string_view::npos;
}

}  // namespace

Result<NftSession> NftSession::open(NftFormat format) {
  nft_ctx* ctx = nft_ctx_new(NFT_CTX_DEFAULT);
  if (ctx == nullptr) return Failure{"libnftables could not create a context (out of memory?)"};
  if (nft_ctx_buffer_output(ctx) != 0 || nft_ctx_buffer_error(ctx) != 0) {
    nft_ctx_free(ctx);
    return Failure{"libnftables could not buffer its output"};
  }
  unsigned flags = 0;
  if (format == NftFormat::Json) flags |= NFT_CTX_OUTPUT_JSON;
  if (format == NftFormat::TextStateless) flags |= NFT_CTX_OUTPUT_STATELESS;
  nft_ctx_output_set_flags(ctx, flags);
  return NftSession(ctx, format);
}

NftSession::NftSession(NftSession&& o) noexcept
    : ctx_(std::exchange(o.ctx_, nullptr)), format_(o.format_) {}

NftSession& NftSession::operator=(NftSession&& o) noexcept {
  if (this != &o) {
    if (ctx_ != nullptr) nft_ctx_free(ctx_);
    ctx_ = std::exchange(o.ctx_, nullptr);
    format_ = o.format_;
  }
  return *this;
}

NftSession::~NftSession() {
  if (ctx_ != nullptr) nft_ctx_free(ctx_);
}

Result<std::string> NftSession::run(const std::string& commands) {
  Captured c = run_raw(ctx_, commands);
  if (c.rc != 0) {
    return Failure{explain_nft_error(c.err.empty() ? "nft failed without a message" : c.err)};
  }
  return std::move(c.out);
}

Result<bool> NftSession::table_exists(std::string_view family, std::string_view table) {
  // Always list in text form here: one "table FAMILY NAME" line per table.
  unsigned saved = nft_ctx_output_get_flags(ctx_);
  nft_ctx_output_set_flags(ctx_, saved & ~static_cast<unsigned>(NFT_CTX_OUTPUT_JSON));
  Captured c = run_raw(ctx_, "list tables " + std::string(family));
  nft_ctx_output_set_flags(ctx_, saved);
  if (c.rc != 0) return Failure{explain_nft_error(c.err)};
  std::istringstream in(c.out);
  std::string word, fam, name;
  while (in >> word >> fam >> name) {
    if (word == "table" && fam == family && name == table) return true;
  }
  return false;
}

Result<std::optional<std::string>> NftSession::list_table(std::string_view family,
                                                          std::string_view table) {
  Result<bool> exists = table_exists(family, table);
  if (!exists) return Failure{exists.error()};
  if (!exists.value()) return std::optional<std::string>();
  Result<std::string> out = run("list table " + std::string(family) + " " + std::string(table));
  if (!out) return Failure{out.error()};
  return std::optional<std::string>(std::move(out).value());
}

Result<std::string> NftSession::list_ruleset() {
  return run("list ruleset");
}

std::string explain_nft_error(std::string_view raw) {
  std::string msg(raw);
  while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
  if (contains(raw, "Operation not permitted")) {
    return "no permission to read or change the firewall (run as root or with "
           "CAP_NET_ADMIN):\n" +
           msg;
  }
  if (contains(raw, "Protocol not supported") || contains(raw, "Address family not supported")) {
    return "the kernel has no nf_tables support (module nf_tables not available):\n" + msg;
  }
  return msg;
}

}  // namespace bulkhead::agent
