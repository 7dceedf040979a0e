// The JSON formats' framing. A file is either JSON lines (one record per line: GCP and Zeek
// exports, journalctl -o json) or one document (an Azure PT1H.json blob `{"records":[...]}`,
// a test harness's `{"events":[{"json":...}]}`, or an array of records). JSON lines stream;
// a document is read whole (at most kMaxDocument bytes), which the formats that write
// documents bound by design (one Azure blob per NSG and hour). A record's number is its line
// for JSON lines and its 1-based index for a document.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "flows/read_context.h"
#include "flows/text_fields.h"

namespace bulkhead::flows {
namespace {

constexpr std::size_t kMaxDocument = std::size_t{1} << 30;

using nlohmann::json;

/// Parses without exceptions: a discarded value on error.
json parse(std::string_view text) {
  return json::parse(text.begin(), text.end(), nullptr, false);
}

void dispatch(const json& rec, std::uint64_t line, ReadContext& ctx) {
  switch (ctx.format()) {
    case Format::AzureNsg:
    case Format::AzureVnet:
      read_azure_record(rec, line, ctx);
      break;
    case Format::GcpVpc:
    case Format::GcpFirewall:
      read_gcp_record(rec, line, ctx);
      break;
    case Format::ZeekJson:
      read_zeek_record(rec, line, ctx);
      break;
    case Format::Netfilter: {
      // journalctl -o json writes MESSAGE; shippers often write message.
      for (const char* key : {"MESSAGE", "message"}) {
        auto it = rec.is_object() ? rec.find(key) : rec.end();
        if (it != rec.end() && it->is_string()) {
          read_netfilter_line(it->get_ref<const std::string&>(), line, ctx);
          return;
        }
      }
      ctx.skip();
      break;
    }
    default:
      ctx.bad(line, "not a JSON format");
  }
}

/// The records a value holds: the elements of `records`, `events` (unwrapping `json`) or a
/// top-level array; else the value itself. `index` numbers them when `numbered`.
void for_records(const json& v, std::uint64_t line, bool numbered, std::uint64_t* index,
                 ReadContext& ctx) {
  const json* list = nullptr;
  if (v.is_array()) {
    list = &v;
  } else if (v.is_object()) {
    for (const char* key : {"records", "events"}) {
      auto it = v.find(key);
      if (it != v.end() && it->is_array()) {
        list = &*it;
        break;
      }
    }
  }
  if (list == nullptr) {
    dispatch(v, numbered ? ++*index : line, ctx);
    return;
  }
  for (const json& e : *list) {
    if (ctx.stopped()) return;
    const std::uint64_t no = numbered ? ++*index : line;
    auto inner = e.is_object() ? e.find("json") : e.end();
    dispatch(inner != e.end() && inner->is_object() ? *inner : e, no, ctx);
  }
}

/// The line of byte `offset` in `text`.
std::uint64_t line_at(std::string_view text, std::size_t offset) {
  std::uint64_t n = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) n += text[i] == '\n';
  return n;
}

void read_document(LineSource& in, ReadContext& ctx) {
  std::string text;
  if (!in.read_rest(&text, kMaxDocument)) {
    if (in.error().empty()) ctx.fail(fmt::format("a JSON document over {} bytes", kMaxDocument));
    return;
  }
  json v = parse(text);
  if (v.is_discarded()) {
    // Perhaps JSON lines after all (the first line was not a whole value): read them.
    std::uint64_t no = 0;
    std::size_t start = 0;
    bool any = false;
    while (start <= text.size() && !ctx.stopped()) {
      std::size_t nl = text.find('\n', start);
      if (nl == std::string::npos) nl = text.size();
      ++no;
      std::string_view line = trim_blanks(std::string_view(text).substr(start, nl - start));
      start = nl + 1;
      if (line.empty()) continue;
      json r = parse(line);
      if (r.is_discarded()) {
        if (!any) {
          // Not JSON lines either: one broken document.
          try {
            const json whole = json::parse(text);
            dispatch(whole, 1, ctx);  // not reached: parse() has already failed once
            return;
          } catch (const json::parse_error& e) {
            ctx.bad(line_at(text, e.byte > 0 ? e.byte - 1 : 0),
                    fmt::format("invalid JSON: {}", shown(e.what())));
            return;
          } catch (const json::exception& e) {  // a number out of range, ...
            ctx.bad(1, fmt::format("invalid JSON: {}", shown(e.what())));
            return;
          }
        }
        ctx.bad(no, "invalid JSON");
        continue;
      }
      any = true;
      std::uint64_t unused = 0;
      for_records(r, no, false, &unused, ctx);
    }
    return;
  }
  std::uint64_t index = 0;
  for_records(v, 1, true, &index, ctx);
}

}  // namespace

void read_json(LineSource& in, ReadContext& ctx) {
  // Azure writes documents; the others JSON lines unless the first line is not a whole value.
  const bool document_format =
      ctx.format() == Format::AzureNsg || ctx.format() == Format::AzureVnet;
  if (!document_format) {
    std::string_view head = in.peek(LineSource::kMaxLine);
    const std::size_t first = head.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos) {
      const std::size_t nl = head.find('\n', first);
      const std::string_view line =
          trim_blanks(head.substr(first, nl == std::string_view::npos ? nl : nl - first));
      if (nl == std::string_view::npos || parse(line).is_discarded()) {
        read_document(in, ctx);
        return;
      }
    }
  } else {
    read_document(in, ctx);
    return;
  }
  std::string_view line;
  std::uint64_t unused = 0;
  while (!ctx.stopped() && in.next(&line)) {
    const std::uint64_t no = in.line_number();
    if (in.too_long()) {
      ctx.bad(no, fmt::format("line longer than {} bytes", LineSource::kMaxLine));
      continue;
    }
    line = trim_blanks(line);
    if (line.empty()) {
      ctx.skip();
      continue;
    }
    json v = parse(line);
    if (v.is_discarded()) {
      ctx.bad(no, "invalid JSON");
      continue;
    }
    for_records(v, no, false, &unused, ctx);
  }
}

}  // namespace bulkhead::flows
