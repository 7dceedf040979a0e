// The nftables target: picks the points a RenderRequest names, builds each one's Table
// (build.cpp) and writes it as `nft -f` text (text.cpp) or libnftables JSON (json.cpp).
// Key idea: both formats are spellings of one Table value, so whatever the tests prove
// about the text (tests/testlib/nft_eval, the property test) holds for the JSON, whose
// equivalence is checked by loading both into real nftables.
#include "targets/nftables/render.h"

#include <map>

#include <fmt/format.h>

#include "targets/nftables/build.h"
#include "targets/nftables/json.h"
#include "targets/nftables/names.h"
#include "targets/nftables/text.h"

namespace bulkhead::targets::nftables {
namespace {

enum class Format { Text, Json };

class Renderer {
 public:
  Renderer(const decision::Decision& d, const RenderRequest& req, Diagnostics& diags, Format f,
           const Layout& layout)
      : d_(d), req_(req), diags_(diags), format_(f), layout_(layout) {}

  std::optional<RenderResult> run() {
    std::vector<std::uint32_t> hosts;
    if (req_.host) {
      const policy::Host& h = d_.model().hosts[*req_.host];
      if (!h.managed) {
        diags_.error(h.loc, fmt::format("host '{}' is unmanaged: no endpoint firewall runs there",
                                        sanitize_text(h.name, 80)));
        return std::nullopt;
      }
      hosts.push_back(*req_.host);
    }
    if (req_.all) {
      // As the windows target: when the inventory labels operating systems, only the
      // hosts labelled os=linux run nftables.
      const policy::Model& m = d_.model();
      bool any_os = false;
      for (const policy::Host& h : m.hosts) any_os = any_os || h.labels.count("os") > 0;
      std::size_t skipped = 0;
      for (std::uint32_t h = 0; h < m.hosts.size(); ++h) {
        if (!m.hosts[h].managed) continue;
        auto os = m.hosts[h].labels.find("os");
        if (!any_os || (os != m.hosts[h].labels.end() && os->second == "linux")) {
          hosts.push_back(h);
        } else {
          ++skipped;
        }
      }
      if (skipped > 0)
        out_.notes.push_back(fmt::format("skipped {} managed host{} not labelled os=linux", skipped,
                                         skipped == 1 ? "" : "s"));
    }
    std::vector<std::uint32_t> zones;
    if (req_.zone) zones.push_back(*req_.zone);
    if (req_.all_zones) {
      for (std::uint32_t z = 1; z < d_.zones().size(); ++z)
        if (d_.zones()[z].firewall && (!req_.zone || z != *req_.zone)) zones.push_back(z);
    }
    if (req_.zone && !d_.zones()[*req_.zone].firewall) {
      diags_.error(SourceLoc{}, fmt::format("zone '{}' has no firewall to render",
                                            sanitize_text(d_.zones()[*req_.zone].name, 80)));
      return std::nullopt;
    }
    if (!zones.empty() && !zone_names_unique()) return std::nullopt;
    if (req_.group) {
      diags_.error(SourceLoc{}, "the nftables target renders hosts and zones, not --group");
      return std::nullopt;
    }

    if (!req_.uninstall && !check_expressible(d_, diags_)) return std::nullopt;
    if (req_.uninstall) {
      for (std::uint32_t z : zones) {
        add_uninstall(zone_file(z) + "-uninstall", zone_table_name(d_, z),
                      "the boundary firewall of zone " + sanitize_text(d_.zones()[z].name, 80));
      }
      for (std::uint32_t h : hosts)
        add_uninstall(host_file(h) + "-uninstall", kHostTable, "bulkhead's endpoint firewall");
      if (zones.empty() && hosts.empty())
        add_uninstall("uninstall", kHostTable, "bulkhead's endpoint firewall");
    } else {
      if (zones.empty() && hosts.empty() && !req_.all) {
        diags_.error(SourceLoc{}, "nothing to render: give a host, --all or a zone");
        return std::nullopt;
      }
      bool ok = true;
      for (std::uint32_t h : hosts) {
        std::optional<Table> t = build_host(d_, h, req_.mode, diags_, layout_);
        if (t) add_table(host_file(h), *t);
        ok = ok && t.has_value();
      }
      for (std::uint32_t z : zones) {
        std::optional<Table> t = build_zone(d_, z, req_.mode, diags_, layout_);
        if (t) add_table(zone_file(z), *t);
        ok = ok && t.has_value();
      }
      if (!ok) return std::nullopt;
      if (req_.mode == policy::Enforcement::Audit)
        out_.notes.push_back("audit mode: every drop is logged as 'bh would-block' and accepted");
    }
    if (!file_names_unique()) return std::nullopt;
    return out_;
  }

 private:
  std::string ext() const { return format_ == Format::Text ? ".nft" : ".json"; }
  std::string host_file(std::uint32_t h) const { return safe_name(d_.model().hosts[h].name, true); }
  std::string zone_file(std::uint32_t z) const {
    return "zone-" + safe_name(d_.zones()[z].name, true);
  }

  void add_table(const std::string& stem, const Table& t) {
    out_.files.push_back(
        RenderedFile{stem + ext(), format_ == Format::Text ? write_text(t) : write_json(t)});
  }

  void add_uninstall(const std::string& stem, const std::string& table, const std::string& what) {
    out_.files.push_back(RenderedFile{stem + ext(), format_ == Format::Text
                                                        ? write_uninstall_text(table, what)
                                                        : write_uninstall_json(table)});
  }

  // Several zone tables share one router: their names must differ.
  bool zone_names_unique() {
    std::map<std::string, std::uint32_t> seen;
    for (std::uint32_t z = 1; z < d_.zones().size(); ++z) {
      if (!d_.zones()[z].firewall) continue;
      auto [it, fresh] = seen.emplace(zone_table_name(d_, z), z);
      if (!fresh) {
        const policy::Zone* zone = d_.zones()[z].zone;
        diags_.error(zone != nullptr ? zone->loc : SourceLoc{},
                     fmt::format("zones '{}' and '{}' would share the nftables table {}",
                                 sanitize_text(d_.zones()[it->second].name, 80),
                                 sanitize_text(d_.zones()[z].name, 80), it->first));
        return false;
      }
    }
    return true;
  }

  bool file_names_unique() {
    std::map<std::string, int> seen;
    for (const RenderedFile& f : out_.files) {
      if (++seen[f.name] > 1) {
        diags_.error(SourceLoc{}, fmt::format("two rendered files would be named {}", f.name));
        return false;
      }
    }
    return true;
  }

  const decision::Decision& d_;
  const RenderRequest& req_;
  Diagnostics& diags_;
  Format format_;
  Layout layout_;
  RenderResult out_;
};

}  // namespace

std::optional<RenderResult> render(const decision::Decision& d, const RenderRequest& req,
                                   Diagnostics& diags) {
  return render(d, req, diags, Layout{});
}

std::optional<RenderResult> render_json(const decision::Decision& d, const RenderRequest& req,
                                        Diagnostics& diags) {
  return render_json(d, req, diags, Layout{});
}

std::optional<RenderResult> render(const decision::Decision& d, const RenderRequest& req,
                                   Diagnostics& diags, const Layout& layout) {
  return Renderer(d, req, diags, Format::Text, layout).run();
}

std::optional<RenderResult> render_json(const decision::Decision& d, const RenderRequest& req,
                                        Diagnostics& diags, const Layout& layout) {
  return Renderer(d, req, diags, Format::Json, layout).run();
}

}  // namespace bulkhead::targets::nftables
