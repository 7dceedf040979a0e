// The writer of `matrix`.
//
// Cells come one at a time from analysis::for_each_cell and are not kept: JSON writes
// each as it comes (the document is byte for byte what nlohmann's dump(2) of the whole
// would be), the table keeps one mark byte per cell. Memory is therefore O(groups² ×
// services) bytes at most, whatever the JSON size (7.8 M cells, 3 GB, by class at 100,000
// hosts).
#include "output/matrix.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

#include "base/assert.h"
#include "output/json_text.h"

namespace bulkhead::output {
namespace {

// A cell's mark in the table; kNoCell for the absent diagonal by host.
enum Mark : std::uint8_t { kNoCell, kBlocked, kYes, kGap, kSome, kSomeGap };
constexpr std::string_view kMarks[] = {"-", ".", "Y", "!", "~", "~!"};

Mark cell_mark(const analysis::PairSummary& s) {
  using analysis::Coverage;
  if (s.reachable == Coverage::None) return kBlocked;
  if (s.reachable == Coverage::All) return s.gap ? kGap : kYes;
  return s.gap ? kSomeGap : kSome;
}

// The table is printed service by service while cells come from-major, so it keeps one
// mark byte per cell (groups² × services bytes), not the cells.
void print_table(std::ostream& os, const decision::Decision& d,
                 const std::vector<analysis::MatrixGroup>& groups,
                 const std::vector<policy::NamedService>& services, analysis::GroupBy by) {
  std::size_t width = 9;
  for (const analysis::MatrixGroup& g : groups) width = std::max(width, g.name.size());
  const std::size_t ng = groups.size(), ns = services.size();
  std::vector<std::uint8_t> marks(ng * ng * ns, kNoCell);
  analysis::for_each_cell(d, services, groups, by, [&](const analysis::MatrixCell& c) {
    marks[(static_cast<std::size_t>(c.service) * ng + c.from) * ng + c.to] =
        c.flows ? cell_mark(c.summary) : kNoCell;
  });
  os << "legend: Y reachable and intended   . blocked   ! reachable but not intended "
        "(enforcement gap)   ~ reachable on some ports or addresses only   ~! some, "
        "with a gap   - no flow (a host with itself, or a zone with no address)\n";
  std::vector<std::string> plain;
  for (const analysis::MatrixGroup& g : groups)
    if (g.plain) plain.push_back(g.name);
  if (!plain.empty())
    os << fmt::format(
        "zones without inventory hosts, shown as their plain (unregistered) address space: "
        "{}\n",
        fmt::join(plain, ", "));
  if (by == analysis::GroupBy::Class)
    os << "groups are classes: hosts that behave alike, named by their shared labels and "
          "@zone; name#2 is the second class with the same name\n";
  std::string line;
  for (std::size_t si = 0; si < ns; ++si) {
    os << '\n' << services[si].name << " (" << format_services(services[si].keys) << ")\n";
    os << fmt::format("  {:<{}}", "from \\ to", width);
    for (const analysis::MatrixGroup& g : groups) os << "  " << g.name;
    os << '\n';
    for (std::size_t gi = 0; gi < ng; ++gi) {
      line = fmt::format("  {:<{}}", groups[gi].name, width);
      for (std::size_t gj = 0; gj < ng; ++gj) {
        // Each mark is left-aligned in its column, as wide as the group's name in bytes.
        const std::string_view mark = kMarks[marks[(si * ng + gi) * ng + gj]];
        line += "  ";
        line += mark;
        if (groups[gj].name.size() > mark.size())
          line.append(groups[gj].name.size() - mark.size(), ' ');
      }
      line += '\n';
      os << line;
    }
  }
  os << "\nterms: docs/glossary.md\n";
}

// A JSON string exactly as nlohmann's dump writes it (escapes, UTF-8 checks).
std::string json_string(std::string_view s) {
  return json_text(nlohmann::ordered_json(s));
}

// The JSON document is written as nlohmann's dump(2) would write it whole, but the cells
// are streamed: the head (by, services, groups) is dumped by nlohmann, then each cell is
// written from pre-escaped pieces as it comes, so memory does not grow with the cells.
void print_json(std::ostream& os, const decision::Decision& d,
                const std::vector<analysis::MatrixGroup>& groups,
                const std::vector<policy::NamedService>& services, analysis::GroupBy by,
                const std::string& by_name) {
  nlohmann::ordered_json head;
  head["by"] = by_name;
  head["services"] = nlohmann::ordered_json::array();
  for (const policy::NamedService& s : services)
    head["services"].push_back({{"name", s.name}, {"ports", format_services(s.keys)}});
  head["groups"] = nlohmann::ordered_json::array();
  for (const analysis::MatrixGroup& g : groups) {
    nlohmann::ordered_json jg{{"name", g.name}};
    if (g.plain) jg["plain_addresses"] = true;
    std::vector<std::string> hosts;
    if (g.host >= 0) {
      hosts.push_back(d.model().hosts[static_cast<std::size_t>(g.host)].name);
    } else {
      for (std::uint32_t c : g.classes)
        for (std::uint32_t h : d.classes()[c].hosts) hosts.push_back(d.model().hosts[h].name);
    }
    std::sort(hosts.begin(), hosts.end());
    hosts.erase(std::unique(hosts.begin(), hosts.end()), hosts.end());
    jg["hosts"] = hosts;
    head["groups"].push_back(std::move(jg));
  }
  std::string text = json_text(head, 2);
  BH_ASSERT(text.size() >= 2 && text.compare(text.size() - 2, 2, "\n}") == 0,
            "a dumped object ends with its closing brace");
  text.resize(text.size() - 2);
  text += ",\n  \"cells\": ";
  os << text;

  // Cells sit at depth 2 (6 spaces for their members), their rules at depth 4.
  std::vector<std::string> group_names, service_names, rule_texts(d.rules().size());
  for (const analysis::MatrixGroup& g : groups) group_names.push_back(json_string(g.name));
  for (const policy::NamedService& s : services) service_names.push_back(json_string(s.name));
  auto rule_text = [&](std::uint32_t r) -> const std::string& {
    std::string& t = rule_texts[r];
    if (t.empty()) {
      const policy::Rule& rule = *d.rules()[r].rule;
      t = "        {\n          \"name\": " + json_string(rule.name) +
          ",\n          \"action\": " + json_string(policy::action_name(rule.action)) +
          ",\n          \"at\": " + json_string(rule.loc.file_line()) + "\n        }";
    }
    return t;
  };
  bool first = true;
  text.clear();
  analysis::for_each_cell(d, services, groups, by, [&](const analysis::MatrixCell& c) {
    text += first ? "[\n    {\n      \"from\": " : ",\n    {\n      \"from\": ";
    first = false;
    text += group_names[c.from];
    text += ",\n      \"to\": ";
    text += group_names[c.to];
    text += ",\n      \"service\": ";
    text += service_names[c.service];
    text += c.flows ? ",\n      \"flows\": true" : ",\n      \"flows\": false";
    text += ",\n      \"reachable\": \"";
    text += analysis::coverage_name(c.summary.reachable);
    text += "\",\n      \"intended\": \"";
    text += analysis::coverage_name(c.summary.intended);
    text += c.summary.gap ? "\",\n      \"gap\": true" : "\",\n      \"gap\": false";
    if (c.summary.rules.empty()) {
      text += ",\n      \"rules\": []\n    }";
    } else {
      text += ",\n      \"rules\": [\n";
      for (std::size_t i = 0; i < c.summary.rules.size(); ++i) {
        if (i > 0) text += ",\n";
        text += rule_text(c.summary.rules[i]);
      }
      text += "\n      ]\n    }";
    }
    if (text.size() >= (1u << 16)) {
      os << text;
      text.clear();
    }
  });
  text += first ? "[]\n}\n" : "\n  ]\n}\n";
  os << text;
}

}  // namespace

std::string_view group_by_name(analysis::GroupBy by) {
  switch (by) {
    case analysis::GroupBy::Zone:
      return "zone";
    case analysis::GroupBy::Class:
      return "class";
    case analysis::GroupBy::Host:
      return "host";
  }
  return "zone";
}

void write_matrix(const decision::Decision& d, const std::vector<analysis::MatrixGroup>& groups,
                  const std::vector<policy::NamedService>& services, analysis::GroupBy by, Format f,
                  std::ostream& os) {
  if (f == Format::Json) {
    print_json(os, d, groups, services, by, std::string(group_by_name(by)));
  } else {
    print_table(os, d, groups, services, by);
  }
}

}  // namespace bulkhead::output
