// Split reading (flows/split.h): cutting at line boundaries (a cut exactly after '\n', a
// range without a newline, a last line without '\n', CRLF), and for every split format a
// file read as 2..7 ranges gives exactly the records, line numbers, errors and statistics of
// one read_flows pass; files that must be read whole (a header mid-file, gzip, JSON, small
// files) are not split.
#include "flows/split.h"

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "flows_test_util.h"

namespace bulkhead::flows {
namespace {

using testing::collector;
using testing::Got;
using testing::read_files;

/// A temporary file holding `text`, removed at the end of the test.
class TempFile {
 public:
  explicit TempFile(std::string_view text, std::string_view suffix = ".log") {
    static int counter = 0;
    path_ = (std::filesystem::temp_directory_path() /
             fmt::format("bulkhead-split-{}-{}{}", ::getpid(), counter++, suffix))
                .string();
    std::ofstream(path_, std::ios::binary) << text;
  }
  ~TempFile() { std::filesystem::remove(path_); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

std::vector<std::uint64_t> cuts(std::string_view text, std::uint64_t begin, std::size_t n) {
  TempFile f(text);
  const int fd = ::open(f.path().c_str(), O_RDONLY);
  EXPECT_GE(fd, 0);
  Result<std::vector<std::uint64_t>> c = cut_at_lines(fd, begin, text.size(), n);
  ::close(fd);
  EXPECT_TRUE(c.ok()) << c.error();
  return c ? c.value() : std::vector<std::uint64_t>();
}

// --- cutting -------------------------------------------------------------------------------

TEST(CutAtLines, CutsAfterTheFirstNewlineFromTheByteBeforeTheTarget) {
  // 12 bytes in 3: targets 4 and 8. "abc\n" ends exactly at 4, so the cut is 4; the byte
  // before 8 is 'g' of "efgh\n", so the cut is after its '\n' (9).
  EXPECT_EQ(cuts("abc\nefgh\nij\n", 0, 3), (std::vector<std::uint64_t>{0, 4, 9, 12}));
  // Targets inside the last line, which has no '\n': the cut is the end.
  EXPECT_EQ(cuts("a\nbcdefghijk", 0, 2), (std::vector<std::uint64_t>{0, 12, 12}));
}

TEST(CutAtLines, ARangeWithoutANewlineIsEmpty) {
  // One long line: every cut goes to its end, and the ranges after the first are empty.
  EXPECT_EQ(cuts("0123456789abcdef\nx\n", 0, 4), (std::vector<std::uint64_t>{0, 17, 17, 17, 19}));
  // No newline at all.
  EXPECT_EQ(cuts("0123456789", 0, 3), (std::vector<std::uint64_t>{0, 10, 10, 10}));
  // More ranges than lines.
  EXPECT_EQ(cuts("a\nb\n", 0, 8), (std::vector<std::uint64_t>{0, 0, 2, 2, 2, 2, 4, 4, 4}));
}

TEST(CutAtLines, CrlfLinesStayWhole) {
  const std::string text = "ab\r\ncd\r\nef\r\ngh\r\n";
  const std::vector<std::uint64_t> c = cuts(text, 0, 4);
  ASSERT_EQ(c.size(), 5u);
  for (std::size_t k = 1; k + 1 < c.size(); ++k) {
    EXPECT_EQ(text[c[k] - 1], '\n') << k;
    EXPECT_EQ(text[c[k] - 2], '\r') << k;
  }
  EXPECT_EQ(c, (std::vector<std::uint64_t>{0, 4, 8, 12, 16}));
}

TEST(CutAtLines, StartsAtBegin) {
  // The header "h\n" is not cut; the rest "aa\nbb\n" is cut in two at its middle.
  EXPECT_EQ(cuts("h\naa\nbb\n", 2, 2), (std::vector<std::uint64_t>{2, 5, 8}));
}

// --- reading ranges as one pass ------------------------------------------------------------

std::string show(const Record& r, const Got& g, std::size_t i) {
  return fmt::format("{}:{} {} {} p{} {}:{} icmp{} {}/{} obs{} dir{} {}-{} b{} pk{} c{} [{}] [{}]",
                     g.files[i], r.line, r.src.str(), r.dst.str(), r.protocol, r.src_port,
                     r.dst_port, r.has_icmp, r.icmp_type, r.icmp_code, static_cast<int>(r.observed),
                     static_cast<int>(r.direction), r.start, r.end, r.bytes, r.packets, r.count,
                     g.reporters[i], g.prefixes[i]);
}

std::vector<std::string> shown(const Got& g) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < g.records.size(); ++i) out.push_back(show(g.records[i], g, i));
  return out;
}

std::vector<std::string> errors(const ReadStats& s) {
  std::vector<std::string> out;
  for (const ReadError& e : s.first_errors) out.push_back(e.str());
  return out;
}

/// Reads `path` as n ranges; nullopt when it is not split. Errors end the test.
std::optional<Got> read_split(const std::string& path, std::size_t n, bool strict = false,
                              Format format = Format::Auto) {
  ReadOptions o;
  o.format = format;
  o.strict = strict;
  o.max_reported = 1000;
  Result<std::optional<SplitPlan>> planned = plan_split(path, o, n, 0);
  EXPECT_TRUE(planned.ok()) << planned.error();
  if (!planned || !planned.value()) return std::nullopt;
  SplitPlan plan = *planned.value();
  EXPECT_EQ(plan.ranges.size(), n);
  std::vector<RangeScan> scans;
  for (std::size_t k = 0; k < n; ++k) {
    Result<RangeScan> s = scan_range(plan, k);
    EXPECT_TRUE(s.ok()) << s.error();
    if (!s) return std::nullopt;
    scans.push_back(s.value());
  }
  if (!number_ranges(plan, scans)) return std::nullopt;
  Got g;
  g.ok = true;
  for (std::size_t k = 0; k < n; ++k) {
    Result<ReadStats> r = read_range(plan, k, o, collector(&g));
    if (!r) {
      g.ok = false;
      g.error = r.error();
      return g;
    }
    const ReadStats& s = r.value();
    g.stats.records += s.records;
    g.stats.malformed += s.malformed;
    g.stats.skipped += s.skipped;
    g.stats.bytes += s.bytes;
    g.stats.files += s.files;
    for (std::size_t f = 0; f < kFormatCount; ++f) g.stats.per_format[f] += s.per_format[f];
    for (const ReadError& e : s.first_errors) g.stats.first_errors.push_back(e);
  }
  return g;
}

void expect_same_as_one_pass(const std::string& text, std::string_view what) {
  TempFile f(text);
  ReadOptions o;
  o.max_reported = 1000;
  Got one;
  Result<ReadStats> r = read_flows({f.path()}, o, collector(&one));
  ASSERT_TRUE(r.ok()) << r.error();
  one.stats = r.value();
  ASSERT_GT(one.stats.records, 100u) << what;
  ASSERT_GT(one.stats.malformed, 5u) << what;
  for (std::size_t n : {2u, 3u, 4u, 7u}) {
    SCOPED_TRACE(fmt::format("{}, {} ranges", what, n));
    std::optional<Got> split = read_split(f.path(), n);
    ASSERT_TRUE(split.has_value()) << "not split";
    ASSERT_TRUE(split->ok) << split->error;
    EXPECT_EQ(shown(*split), shown(one));
    EXPECT_EQ(errors(split->stats), errors(one.stats));
    EXPECT_EQ(split->stats.records, one.stats.records);
    EXPECT_EQ(split->stats.malformed, one.stats.malformed);
    EXPECT_EQ(split->stats.skipped, one.stats.skipped);
    EXPECT_EQ(split->stats.bytes, one.stats.bytes);
    EXPECT_EQ(split->stats.files, one.stats.files);
    EXPECT_EQ(split->stats.per_format, one.stats.per_format);
  }
}

/// `lines` data lines from make(i); every 13th is `bad`, every 17th blank, every 29th a
/// comment (when `comment` is not empty), so malformed lines fall near every cut.
template <typename Make>
std::string lines_of(std::string header, int lines, Make make, std::string_view bad,
                     std::string_view comment, std::string_view eol = "\n") {
  std::string text = std::move(header);
  for (int i = 0; i < lines; ++i) {
    if (i % 13 == 5)
      text += std::string(bad) + std::string(eol);
    else if (i % 17 == 3)
      text += std::string(eol);
    else if (!comment.empty() && i % 29 == 7)
      text += std::string(comment) + std::string(eol);
    else
      text += make(i) + std::string(eol);
  }
  return text;
}

TEST(SplitRead, CsvWithAHeaderAndCommentsIsOnePass) {
  const std::string text = lines_of(
      "# exported\n\nsrc,dst,proto,port,action,time\n", 400,
      [](int i) {
        return fmt::format("10.0.{}.{},10.1.0.{},tcp,{},{},{}", i % 7, i % 250 + 1, i % 200 + 1,
                           400 + i % 50, i % 3 ? "accept" : "reject", 1700000000 + i);
      },
      "10.0.0.1,10.0.0.2,tcp,99999", "# note");
  expect_same_as_one_pass(text, "csv");
  // CRLF lines and a last line without '\n'.
  std::string crlf = lines_of(
      "src,dst,proto,port\r\n", 300,
      [](int i) { return fmt::format("10.0.0.{},10.0.1.1,udp,{}", i % 250 + 1, i); }, "x,y,z", "",
      "\r\n");
  crlf += "10.0.0.9,10.0.0.8,tcp,22";
  expect_same_as_one_pass(crlf, "csv crlf");
}

TEST(SplitRead, AwsCustomFieldOrderIsOnePass) {
  // The header swaps the ports: every range must read them as the header says.
  const std::string text = lines_of(
      "version srcaddr dstaddr dstport srcport protocol action log-status start end\n", 400,
      [](int i) {
        return fmt::format("5 10.0.0.{} 10.0.1.{} {} {} 6 {} OK {} {}", i % 250 + 1, i % 9 + 1,
                           400 + i % 40, 50000 + i, i % 2 ? "ACCEPT" : "REJECT", 1700000000 + i,
                           1700000060 + i);
      },
      "5 10.0.0.1 10.0.0.2 22", "# skipped");
  expect_same_as_one_pass(text, "aws custom");
  const std::string v2 = lines_of(
      "", 300,
      [](int i) {
        return fmt::format("2 123 eni-1 10.0.0.{} 10.0.1.1 {} 443 6 1 40 {} {} ACCEPT OK",
                           i % 250 + 1, 40000 + i, 1700000000 + i, 1700000001 + i);
      },
      "2 123 eni-1 10.0.0.1 10.0.1.1 1 443 6 1 40 x y ACCEPT OK", "");
  expect_same_as_one_pass(v2, "aws v2");
}

TEST(SplitRead, WindowsFieldsHeaderIsOnePass) {
  const std::string text = lines_of(
      "#Version: 1.5\r\n#Software: Microsoft Windows Firewall\r\n#Time Format: Local\r\n"
      "#Fields: date time action protocol src-ip dst-ip src-port dst-port size path\r\n\r\n",
      300,
      [](int i) {
        return fmt::format(
            "2021-06-22 12:{:02}:{:02} {} TCP 192.168.1.{} 192.168.2.1 {} 445 52 "
            "RECEIVE",
            i / 60 % 60, i % 60, i % 4 ? "ALLOW" : "DROP", i % 250 + 1, 50000 + i);
      },
      "2021-06-22 12:00:00 ALLOW TCP", "", "\r\n");
  expect_same_as_one_pass(text, "windows");
}

TEST(SplitRead, ZeekTsvIsOnePass) {
  const std::string text =
      lines_of(
          "#separator \\x09\n#unset_field\t-\n"
          "#fields\tts\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\tconn_state\n",
          300,
          [](int i) {
            return fmt::format("{}.5\t10.0.0.{}\t{}\t10.0.1.1\t{}\ttcp\t{}", 1700000000 + i,
                               i % 250 + 1, 50000 + i, 400 + i % 30, i % 2 ? "SF" : "S0");
          },
          "1700000003\t10.0.0.1\t50000", "") +
      "#close\t2024-01-01-00-00-00\n";
  expect_same_as_one_pass(text, "zeek");
}

TEST(SplitRead, NetfilterTextIsOnePass) {
  const std::string text = lines_of(
      "", 300,
      [](int i) {
        return fmt::format(
            "Jan  2 03:04:{:02} gw kernel: [BH d] IN=eth0 OUT= SRC=10.0.0.{} "
            "DST=10.0.1.1 LEN=40 PROTO=TCP SPT={} DPT=22",
            i % 60, i % 250 + 1, 40000 + i);
      },
      "Jan  2 03:04:05 gw kernel: IN=eth0 OUT= SRC=10.0.0.1 DST=bad PROTO=TCP", "");
  expect_same_as_one_pass(text, "netfilter");
}

TEST(SplitRead, StrictStopsAtTheFirstMalformedLineOfTheFile) {
  std::string text = "src,dst,proto,port\n";
  for (int i = 0; i < 200; ++i) text += fmt::format("10.0.0.{},10.0.0.2,tcp,22\n", i % 250 + 1);
  text += "bad line one\n";
  for (int i = 0; i < 200; ++i) text += fmt::format("10.0.0.{},10.0.0.2,tcp,22\n", i % 250 + 1);
  text += "bad line two\n";
  TempFile f(text);
  Got one = read_files({f.path()}, Format::Auto, true);
  ASSERT_FALSE(one.ok);
  EXPECT_NE(one.error.find(":202: "), std::string::npos) << one.error;
  for (std::size_t n : {2u, 5u}) {
    std::optional<Got> split = read_split(f.path(), n, true);
    ASSERT_TRUE(split.has_value());
    // The ranges before the failing one read fine; the first failure is the file's first.
    ASSERT_FALSE(split->ok);
    EXPECT_EQ(split->error, one.error);
  }
}

TEST(SplitRead, AHeaderInTheMiddleMakesTheFileReadWhole) {
  std::string text = "version srcaddr dstaddr protocol\n";
  for (int i = 0; i < 100; ++i) text += fmt::format("5 10.0.0.{} 10.0.0.2 6\n", i + 1);
  text += "version dstaddr srcaddr protocol\n";
  for (int i = 0; i < 100; ++i) text += fmt::format("5 10.0.0.{} 10.0.0.2 6\n", i + 1);
  TempFile f(text);
  EXPECT_FALSE(read_split(f.path(), 3).has_value());
  // A CSV header line after the first data line is malformed, not a header: read whole too.
  std::string csv;
  for (int i = 0; i < 100; ++i) csv += fmt::format("10.0.0.{},10.0.0.2,tcp,22\n", i + 1);
  csv += "src,dst,proto,port\n";
  for (int i = 0; i < 100; ++i) csv += fmt::format("10.0.0.{},10.0.0.2,tcp,22\n", i + 1);
  TempFile g(csv);
  EXPECT_FALSE(read_split(g.path(), 3).has_value());
}

TEST(SplitRead, GzipJsonAndSmallFilesAreReadWhole) {
  std::string csv;
  for (int i = 0; i < 100; ++i) csv += fmt::format("10.0.0.{},10.0.0.2,tcp,22\n", i + 1);
  TempFile plain(csv);
  ReadOptions o;
  Result<std::optional<SplitPlan>> small = plan_split(plain.path(), o, 4, csv.size() + 1);
  ASSERT_TRUE(small.ok());
  EXPECT_FALSE(small.value().has_value());
  Result<std::optional<SplitPlan>> one = plan_split(plain.path(), o, 1, 0);
  ASSERT_TRUE(one.ok());
  EXPECT_FALSE(one.value().has_value());

  const std::string gz_path = plain.path() + ".gz";
  gzFile gz = ::gzopen(gz_path.c_str(), "wb");
  ASSERT_NE(gz, nullptr);
  ASSERT_EQ(::gzwrite(gz, csv.data(), static_cast<unsigned>(csv.size())),
            static_cast<int>(csv.size()));
  ASSERT_EQ(::gzclose(gz), Z_OK);
  EXPECT_FALSE(read_split(gz_path, 3).has_value());
  std::filesystem::remove(gz_path);

  std::string json;
  for (int i = 0; i < 100; ++i)
    json += fmt::format(
        R"({{"ts":1700000000.25,"id.orig_h":"10.0.0.{}","id.resp_h":"10.0.0.2","proto":"tcp"}})"
        "\n",
        i + 1);
  TempFile j(json);
  EXPECT_FALSE(read_split(j.path(), 3).has_value());
}

}  // namespace
}  // namespace bulkhead::flows
