// The NetFlow v5 / v9 and IPFIX reader on messages built byte by byte here: detection,
// templates (fixed, variable-length, enterprise and reverse fields, options templates),
// withdrawal, data before its template, IPv4 and IPv6, ICMP, times from each kind of time
// field, observed actions, truncated and damaged messages, strict mode, gzip files; and the
// shared IPFIX sample, whose figures were computed with an independent Python decoder.
#include <unistd.h>
#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "flows/reader.h"
#include "flows_test_util.h"
#include "testlib/paths.h"

namespace bulkhead::flows {
namespace {

using testing::addr;
using testing::Got;
using testing::read_text;

/// Big-endian bytes, appended one field at a time.
struct Bytes {
  std::string s;
  Bytes& u8(unsigned v) {
    s.push_back(static_cast<char>(v & 0xFF));
    return *this;
  }
  Bytes& u16(unsigned v) { return u8(v >> 8).u8(v); }
  Bytes& u32(std::uint32_t v) { return u16(v >> 16).u16(v & 0xFFFF); }
  Bytes& u64(std::uint64_t v) {
    return u32(static_cast<std::uint32_t>(v >> 32)).u32(static_cast<std::uint32_t>(v));
  }
  Bytes& ip4(unsigned a, unsigned b, unsigned c, unsigned d) { return u8(a).u8(b).u8(c).u8(d); }
  Bytes& raw(std::string_view t) {
    s.append(t);
    return *this;
  }
  Bytes& add(const Bytes& o) { return raw(o.s); }
};

/// A set (IPFIX) or flowset (v9): id, length, body.
Bytes set(unsigned id, const Bytes& body) {
  Bytes b;
  b.u16(id).u16(static_cast<unsigned>(4 + body.s.size())).add(body);
  return b;
}

/// An IPFIX message around the given sets.
Bytes ipfix(std::uint32_t domain, std::uint32_t export_time, const std::vector<Bytes>& sets) {
  Bytes body;
  for (const Bytes& s : sets) body.add(s);
  Bytes m;
  m.u16(10).u16(static_cast<unsigned>(16 + body.s.size())).u32(export_time).u32(1).u32(domain);
  return m.add(body);
}

/// A NetFlow v9 packet: count, sysUptime, unix secs, sequence, source id, then the flowsets.
Bytes v9(std::uint32_t source, std::uint32_t uptime, std::uint32_t secs,
         const std::vector<Bytes>& sets) {
  Bytes m;
  m.u16(9).u16(static_cast<unsigned>(sets.size())).u32(uptime).u32(secs).u32(7).u32(source);
  for (const Bytes& s : sets) m.add(s);
  return m;
}

/// An IPFIX / v9 template record: id, field count, (IE, length) pairs.
Bytes tmpl(unsigned id, const std::vector<std::pair<unsigned, unsigned>>& fields) {
  Bytes b;
  b.u16(id).u16(static_cast<unsigned>(fields.size()));
  for (auto [ie, len] : fields) b.u16(ie).u16(len);
  return b;
}

// The IPv4 TCP template used below: src, dst, sport, dport, proto, octets (8), packets (4),
// flowStart/EndMilliseconds.
const std::vector<std::pair<unsigned, unsigned>> kTcp4 = {
    {8, 4}, {12, 4}, {7, 2}, {11, 2}, {4, 1}, {1, 8}, {2, 4}, {152, 8}, {153, 8}};

Bytes tcp4_record(unsigned last_octet, unsigned sport, unsigned dport, std::uint64_t octets,
                  std::uint32_t packets, std::uint64_t start_ms, std::uint64_t end_ms) {
  Bytes b;
  b.ip4(10, 0, 0, last_octet).ip4(192, 168, 1, 2).u16(sport).u16(dport).u8(6).u64(octets);
  b.u32(packets).u64(start_ms).u64(end_ms);
  return b;
}

std::string joined(const std::vector<Bytes>& messages) {
  std::string out;
  for (const Bytes& m : messages) out += m.s;
  return out;
}

// --- detection -----------------------------------------------------------------------------

TEST(ReadIpfix, SniffsEachVersionFromItsHeader) {
  const Bytes t = set(2, tmpl(256, kTcp4));
  EXPECT_EQ(sniff_format(ipfix(1, 1, {t}).s), Format::Ipfix);
  EXPECT_EQ(sniff_format(v9(1, 1, 1, {set(0, tmpl(256, kTcp4))}).s), Format::Netflow);
  Bytes v5;
  v5.u16(5).u16(1).u32(0).u32(0).u32(0).u32(0).u32(0).raw(std::string(48, '\0'));
  EXPECT_EQ(sniff_format(v5.s), Format::Netflow);
  // A header whose length or first set does not fit is not taken for one.
  Bytes bad_len = ipfix(1, 1, {t});
  bad_len.s[3] = static_cast<char>(0xFF);
  EXPECT_FALSE(sniff_format(bad_len.s));
  EXPECT_FALSE(sniff_format(v5.s.substr(0, 40)));  // v5 count 1, record cut
  EXPECT_FALSE(sniff_format(std::string("\x00\x0a\x00\x14", 4)));
  EXPECT_EQ(parse_format("ipfix"), Format::Ipfix);
  EXPECT_EQ(parse_format("netflow"), Format::Netflow);
}

// --- IPFIX -----------------------------------------------------------------------------------

TEST(ReadIpfix, TemplateThenDataGivesExactRecords) {
  const std::string in = joined(
      {ipfix(42, 1700000100,
             {set(2, tmpl(256, kTcp4)),
              set(256, tcp4_record(1, 50000, 443, 1500, 3, 1700000000123, 1700000002999)
                           .add(tcp4_record(2, 50001, 22, 60, 1, 1700000003000, 1700000003000)))}),
       ipfix(42, 1700000200,
             {set(256, tcp4_record(3, 1, 80, 10, 2, 1700000150000, 1700000151000))})});
  Got g = read_text(in);
  ASSERT_TRUE(g.ok) << g.error;
  ASSERT_EQ(g.records.size(), 3u);
  EXPECT_EQ(g.stats.per_format[static_cast<std::size_t>(Format::Ipfix)], 3u);
  EXPECT_EQ(g.stats.malformed, 0u);
  EXPECT_EQ(g.stats.skipped, 0u);
  const Record& a = g.records[0];
  EXPECT_EQ(addr(a.src), "10.0.0.1");
  EXPECT_EQ(addr(a.dst), "192.168.1.2");
  EXPECT_EQ(a.protocol, 6);
  EXPECT_TRUE(a.has_ports);
  EXPECT_EQ(a.src_port, 50000);
  EXPECT_EQ(a.dst_port, 443);
  EXPECT_EQ(a.bytes, 1500u);
  EXPECT_EQ(a.packets, 3u);
  EXPECT_EQ(a.start, 1700000000);
  EXPECT_EQ(a.end, 1700000002);
  EXPECT_EQ(a.observed, Observed::Unknown);
  EXPECT_EQ(a.line, 1u);
  EXPECT_EQ(g.reporters[0], "42");
  EXPECT_EQ(g.records[1].dst_port, 22);
  EXPECT_EQ(g.records[1].line, 2u);
  EXPECT_EQ(addr(g.records[2].src), "10.0.0.3");
  EXPECT_EQ(g.records[2].start, 1700000150);
  EXPECT_EQ(g.records[2].line, 3u);
}

TEST(ReadIpfix, VariableLengthEnterpriseAndReverseFields) {
  // src, dst, interfaceName (variable), an enterprise IE of 6 bytes, proto, dport,
  // reverseOctetDeltaCount (29305/1), octetDeltaCount (4 bytes: reduced size), flowStartSeconds.
  Bytes t;
  t.u16(300).u16(9);
  t.u16(8).u16(4).u16(12).u16(4).u16(82).u16(65535);
  t.u16(0x8000 | 77).u16(6).u32(9999);
  t.u16(4).u16(1).u16(11).u16(2);
  t.u16(0x8000 | 1).u16(8).u32(29305);
  t.u16(1).u16(4).u16(150).u16(4);
  auto rec = [](std::string_view name, bool long_form) {
    Bytes b;
    b.ip4(172, 16, 0, 1).ip4(172, 16, 0, 2);
    if (long_form)
      b.u8(255).u16(static_cast<unsigned>(name.size()));
    else
      b.u8(static_cast<unsigned>(name.size()));
    b.raw(name).raw("ABCDEF").u8(17).u16(53).u64(900).u32(100).u32(1600000000);
    return b;
  };
  const std::string long_name(300, 'x');
  Bytes data = rec("eth0", false).add(rec(long_name, true)).add(rec("", false));
  data.u8(0).u8(0);  // padding shorter than a record
  Got g = read_text(ipfix(5, 1600000010, {set(2, t), set(300, data)}).s);
  ASSERT_TRUE(g.ok) << g.error;
  ASSERT_EQ(g.records.size(), 3u) << (g.stats.first_errors.empty()
                                          ? std::string()
                                          : g.stats.first_errors.front().str());
  for (const Record& r : g.records) {
    EXPECT_EQ(addr(r.src), "172.16.0.1");
    EXPECT_EQ(r.protocol, 17);
    EXPECT_EQ(r.dst_port, 53);
    EXPECT_EQ(r.src_port, 0);
    EXPECT_EQ(r.bytes, 1000u);  // forward 100 + reverse 900
    EXPECT_EQ(r.start, 1600000000);
    EXPECT_EQ(r.end, 1600000000);
  }
  EXPECT_EQ(g.stats.malformed, 0u);
}

TEST(ReadIpfix, DataBeforeItsTemplateIsSkippedAndReported) {
  const Bytes data = set(256, tcp4_record(9, 1, 2, 3, 4, 0, 0));
  const std::string in =
      joined({ipfix(7, 1, {data}), ipfix(7, 1, {set(2, tmpl(256, kTcp4)), data}),
              // The same template id in another observation domain is another template.
              ipfix(8, 1, {data})});
  Got g = read_text(in);
  ASSERT_TRUE(g.ok) << g.error;
  ASSERT_EQ(g.records.size(), 1u);
  EXPECT_EQ(g.records[0].line, 1u);
  EXPECT_EQ(g.reporters[0], "7");
  EXPECT_EQ(g.stats.skipped, 2u);
  EXPECT_EQ(g.stats.malformed, 2u);
  ASSERT_EQ(g.stats.first_errors.size(), 2u);
  EXPECT_EQ(g.stats.first_errors[0].str(),
            "t.log:1: byte 16: data set of template 256 (41 bytes) in observation domain 7 "
            "before its template: skipped");
  EXPECT_EQ(g.stats.first_errors[1].line, 3u);

  Got strict = read_text(in, Format::Auto, true);
  EXPECT_FALSE(strict.ok);
  EXPECT_EQ(strict.error,
            "t.log:1: byte 16: data set of template 256 (41 bytes) in observation domain 7 "
            "before its template: skipped");
}

TEST(ReadIpfix, WithdrawnTemplatesNoLongerDecode) {
  const Bytes data = set(256, tcp4_record(1, 1, 2, 3, 4, 0, 0));
  Bytes withdraw_one;
  withdraw_one.u16(256).u16(0);
  Bytes withdraw_all;
  withdraw_all.u16(2).u16(0);
  const std::string in =
      joined({ipfix(1, 1, {set(2, tmpl(256, kTcp4)), data}), ipfix(1, 1, {set(2, withdraw_one)}),
              ipfix(1, 1, {data}), ipfix(1, 1, {set(2, tmpl(256, kTcp4)), data}),
              ipfix(1, 1, {set(2, withdraw_all), data})});
  Got g = read_text(in);
  ASSERT_TRUE(g.ok) << g.error;
  ASSERT_EQ(g.records.size(), 2u);
  EXPECT_EQ(g.stats.skipped, 2u);
  ASSERT_EQ(g.stats.first_errors.size(), 2u);
  EXPECT_EQ(g.stats.first_errors[0].line, 3u);
  EXPECT_EQ(g.stats.first_errors[1].line, 5u);
  EXPECT_NE(g.stats.first_errors[1].message.find("before its template"), std::string::npos);
}

TEST(ReadIpfix, RedefinedTemplateReplacesTheOldOne) {
  const std::vector<std::pair<unsigned, unsigned>> udp = {{8, 4}, {12, 4}, {4, 1}, {11, 2}};
  Bytes rec;
  rec.ip4(1, 1, 1, 1).ip4(2, 2, 2, 2).u8(17).u16(123);
  const std::string in =
      joined({ipfix(1, 1, {set(2, tmpl(256, kTcp4)), set(2, tmpl(256, udp)), set(256, rec)})});
  Got g = read_text(in);
  ASSERT_TRUE(g.ok) << g.error;
  ASSERT_EQ(g.records.size(), 1u);
  EXPECT_EQ(g.records[0].protocol, 17);
  EXPECT_EQ(g.records[0].dst_port, 123);
  EXPECT_EQ(g.records[0].bytes, 0u);
  EXPECT_EQ(g.records[0].start, 0);
}

TEST(ReadIpfix, Ipv6AndIcmpv6) {
  const std::vector<std::pair<unsigned, unsigned>> f = {{27, 16}, {28, 16}, {4, 1}, {139, 2}};
  Bytes rec;
  rec.u32(0x20010db8)
      .u32(0)
      .u32(0)
      .u32(1)
      .u32(0x20010db8)
      .u32(0)
      .u32(0)
      .u32(2)
      .u8(58)
      .u16((128 << 8) | 0);
  Got g = read_text(ipfix(1, 1, {set(2, tmpl(256, f)), set(256, rec)}).s);
  ASSERT_TRUE(g.ok) << g.error;
  ASSERT_EQ(g.records.size(), 1u);
  const Record& r = g.records[0];
  EXPECT_EQ(addr(r.src), "2001:db8::1");
  EXPECT_EQ(addr(r.dst), "2001:db8::2");
  EXPECT_EQ(r.protocol, 58);
  EXPECT_TRUE(r.has_icmp);
  EXPECT_EQ(r.icmp_type, 128);
  EXPECT_EQ(r.icmp_code, 0);
  EXPECT_FALSE(r.has_ports);
}

TEST(ReadIpfix, OptionsTemplateDataAndNonIpRecordsAreSkipped) {
  Bytes opt;  // options template 400: scope observationDomainId (149, 4), then
              // exportedMessageTotalCount
  opt.u16(400).u16(2).u16(1).u16(149).u16(4).u16(41).u16(8);
  Bytes opt_data;
  opt_data.u32(1).u64(99).u32(1).u64(100);
  const std::vector<std::pair<unsigned, unsigned>> mac = {{56, 6}, {80, 6}};
  Bytes mac_data;
  mac_data.raw("AAAAAABBBBBB");
  Got g =
      read_text(ipfix(1, 1,
                      {set(3, opt), set(400, opt_data), set(2, tmpl(500, mac)), set(500, mac_data),
                       set(2, tmpl(256, kTcp4)), set(256, tcp4_record(1, 1, 2, 3, 4, 0, 0))})
                    .s);
  ASSERT_TRUE(g.ok) << g.error;
  ASSERT_EQ(g.records.size(), 1u);
  EXPECT_EQ(g.records[0].line, 4u);  // two options records and one MAC record came first
  EXPECT_EQ(g.stats.skipped, 3u);
  EXPECT_EQ(g.stats.malformed, 0u);
}

TEST(ReadIpfix, ObservedFromForwardingStatusAndFirewallEvent) {
  const std::vector<std::pair<unsigned, unsigned>> f = {{8, 4},  {12, 4},  {4, 1},
                                                        {89, 1}, {233, 1}, {61, 1}};
  auto rec = [](unsigned fwd, unsigned event, unsigned dir) {
    Bytes b;
    b.ip4(1, 1, 1, 1).ip4(2, 2, 2, 2).u8(47).u8(fwd).u8(event).u8(dir);
    return b;
  };
  Bytes data = rec(0x40, 0, 0)             // forwarded
                   .add(rec(0x82, 0, 1))   // dropped (reason 2)
                   .add(rec(0xC0, 0, 0))   // consumed
                   .add(rec(0x40, 3, 0))   // denied by the firewall event, whatever forwarding says
                   .add(rec(0x80, 1, 0))   // flow created
                   .add(rec(0x00, 2, 0))   // flow deleted
                   .add(rec(0x00, 4, 0));  // alert
  Got g = read_text(ipfix(1, 1, {set(2, tmpl(256, f)), set(256, data)}).s);
  ASSERT_TRUE(g.ok) << g.error;
  ASSERT_EQ(g.records.size(), 7u);
  const Observed want[] = {Observed::Accepted, Observed::Rejected, Observed::Unknown,
                           Observed::Rejected, Observed::Accepted, Observed::Accepted,
                           Observed::Unknown};
  for (std::size_t i = 0; i < 7; ++i) EXPECT_EQ(g.records[i].observed, want[i]) << i;
  EXPECT_EQ(g.records[0].direction, Direction::Inbound);
  EXPECT_EQ(g.records[1].direction, Direction::Outbound);
  EXPECT_FALSE(g.records[0].has_ports);
}

TEST(ReadIpfix, TruncatedAndDamagedMessagesAreCountedAndLocated) {
  const Bytes good =
      ipfix(1, 1, {set(2, tmpl(256, kTcp4)), set(256, tcp4_record(1, 1, 2, 3, 4, 0, 0))});
  // A message cut by the end of the file: what came before is read.
  std::string cut = good.s + good.s.substr(0, 30);
  Got g = read_text(cut);
  ASSERT_TRUE(g.ok) << g.error;
  EXPECT_EQ(g.records.size(), 1u);
  EXPECT_EQ(g.stats.malformed, 1u);
  ASSERT_EQ(g.stats.first_errors.size(), 1u);
  EXPECT_EQ(g.stats.first_errors[0].str(),
            "t.log:2: byte " + std::to_string(good.s.size()) +
                ": message cut short: " + std::to_string(good.s.size()) + " bytes needed, 30 left");
  Got strict = read_text(cut, Format::Auto, true);
  EXPECT_FALSE(strict.ok);
  EXPECT_EQ(strict.error, g.stats.first_errors[0].str());

  // A set longer than its message: the message is dropped, the next one read.
  Bytes bad = good;
  bad.s[16 + 3] = static_cast<char>(0xF0);
  g = read_text(good.s + bad.s + good.s);
  ASSERT_TRUE(g.ok) << g.error;
  EXPECT_EQ(g.records.size(), 2u);
  EXPECT_EQ(g.records[1].line, 2u);
  EXPECT_EQ(g.stats.malformed, 1u);
  ASSERT_EQ(g.stats.first_errors.size(), 1u);
  EXPECT_EQ(g.stats.first_errors[0].line, 2u);
  EXPECT_NE(g.stats.first_errors[0].message.find("does not fit its message"), std::string::npos);

  // A message length under the header's: nothing after it can be found.
  Bytes tiny = good;
  tiny.s[2] = 0;
  tiny.s[3] = 8;
  g = read_text(good.s + tiny.s + good.s, Format::Ipfix);
  ASSERT_TRUE(g.ok) << g.error;
  EXPECT_EQ(g.records.size(), 1u);
  EXPECT_EQ(g.stats.malformed, 1u);

  // A record with one address family on each side is malformed; the set goes on.
  const std::vector<std::pair<unsigned, unsigned>> mixed = {{8, 4}, {28, 16}, {4, 1}};
  Bytes m;
  m.ip4(1, 2, 3, 4).raw(std::string(16, '\1')).u8(6);
  g = read_text(ipfix(1, 1, {set(2, tmpl(256, mixed)), set(256, m)}).s);
  ASSERT_TRUE(g.ok) << g.error;
  EXPECT_EQ(g.records.size(), 0u);
  ASSERT_EQ(g.stats.first_errors.size(), 1u);
  EXPECT_EQ(g.stats.first_errors[0].message,
            "byte 40: record 1: no source and destination address of one family");

  // A template with a field of length 0 is refused; its data is then without template.
  g = read_text(ipfix(1, 1, {set(2, tmpl(256, {{8, 4}, {12, 4}, {4, 0}})), set(256, m)}).s);
  ASSERT_TRUE(g.ok) << g.error;
  EXPECT_EQ(g.records.size(), 0u);
  ASSERT_EQ(g.stats.first_errors.size(), 2u);
  EXPECT_EQ(g.stats.first_errors[0].message, "byte 20: template 256: IE 4 of length 0");

  // Text given as IPFIX is not read as messages.
  g = read_text("10.0.0.1,10.0.0.2,tcp,22\n", Format::Ipfix);
  ASSERT_TRUE(g.ok) << g.error;
  EXPECT_EQ(g.records.size(), 0u);
  ASSERT_EQ(g.stats.first_errors.size(), 1u);
  EXPECT_EQ(g.stats.first_errors[0].message,
            "byte 0: version 12592: not a NetFlow v5, v9 or IPFIX message header; the rest of "
            "the input is not read");
}

// --- NetFlow v9 ----------------------------------------------------------------------------

TEST(ReadIpfix, NetflowV9PacketsBackToBack) {
  // src, dst, proto, sport, dport, IN_BYTES (4), IN_PKTS (4), FIRST_SWITCHED, LAST_SWITCHED.
  const std::vector<std::pair<unsigned, unsigned>> f = {{8, 4}, {12, 4}, {4, 1},  {7, 2}, {11, 2},
                                                        {1, 4}, {2, 4},  {22, 4}, {21, 4}};
  auto rec = [](unsigned d, std::uint32_t first, std::uint32_t last) {
    Bytes b;
    b.ip4(10, 1, 1, 1).ip4(10, 2, 2, d).u8(17).u16(5000).u16(514).u32(800).u32(8);
    b.u32(first).u32(last);
    return b;
  };
  Bytes opt;  // options template 260: scope system (1, 4), option SAMPLING_INTERVAL (34, 4)
  opt.u16(260).u16(4).u16(4).u16(1).u16(4).u16(34).u16(4).u16(0);
  Bytes opt_data;
  opt_data.u32(0).u32(100);
  Bytes data = rec(1, 40000, 99000).add(rec(2, 99500, 100000));
  data.u8(0).u8(0);  // padding to 4 bytes
  const std::string in =
      joined({v9(3, 100000, 1700000000,
                 {set(0, tmpl(256, f)), set(1, opt), set(260, opt_data), set(256, data)}),
              v9(3, 160000, 1700000060, {set(256, rec(3, 150000, 159000))})});
  EXPECT_EQ(sniff_format(in), Format::Netflow);
  Got g = read_text(in);
  ASSERT_TRUE(g.ok) << g.error;
  ASSERT_EQ(g.records.size(), 3u) << (g.stats.first_errors.empty()
                                          ? std::string()
                                          : g.stats.first_errors.front().str());
  EXPECT_EQ(g.stats.per_format[static_cast<std::size_t>(Format::Netflow)], 3u);
  EXPECT_EQ(g.stats.skipped, 1u);  // the options record
  const Record& a = g.records[0];
  EXPECT_EQ(addr(a.src), "10.1.1.1");
  EXPECT_EQ(addr(a.dst), "10.2.2.1");
  EXPECT_EQ(a.protocol, 17);
  EXPECT_EQ(a.src_port, 5000);
  EXPECT_EQ(a.dst_port, 514);
  EXPECT_EQ(a.bytes, 800u);
  EXPECT_EQ(a.packets, 8u);
  EXPECT_EQ(a.start, 1700000000 - 60);
  EXPECT_EQ(a.end, 1700000000 - 1);
  EXPECT_EQ(a.line, 2u);  // the options record is record 1
  EXPECT_EQ(g.reporters[0], "3");
  EXPECT_EQ(g.records[1].start, 1700000000 - 1);  // 0.5 s before the export: second 1699999999
  EXPECT_EQ(g.records[1].end, 1700000000);
  EXPECT_EQ(g.records[2].start, 1700000060 - 10);
  EXPECT_EQ(g.records[2].end, 1700000060 - 1);
  EXPECT_EQ(addr(g.records[2].dst), "10.2.2.3");

  // Cut inside the second packet's flowset.
  Got cut = read_text(in.substr(0, in.size() - 5));
  ASSERT_TRUE(cut.ok);
  EXPECT_EQ(cut.records.size(), 2u);
  EXPECT_EQ(cut.stats.malformed, 1u);
}

// --- NetFlow v5 ----------------------------------------------------------------------------

TEST(ReadIpfix, NetflowV5Records) {
  auto rec = [](unsigned proto, unsigned sport, unsigned dport, std::uint32_t first,
                std::uint32_t last) {
    Bytes b;
    b.ip4(192, 0, 2, 1).ip4(198, 51, 100, 7).ip4(0, 0, 0, 0).u16(1).u16(2);
    b.u32(5).u32(420).u32(first).u32(last).u16(sport).u16(dport);
    b.u8(0).u8(0x12).u8(proto).u8(0).u16(0).u16(0).u8(24).u8(24).u16(0);
    return b;
  };
  Bytes m;
  m.u16(5).u16(2).u32(3600000).u32(1650000000).u32(500000000).u32(1).u8(0).u8(9).u16(0);
  m.add(rec(6, 40000, 3389, 3500000, 3599000)).add(rec(1, 0, (3 << 8) | 1, 3599500, 3599500));
  Bytes m2 = m;
  Got g = read_text(m.s + m2.s);
  ASSERT_TRUE(g.ok) << g.error;
  ASSERT_EQ(g.records.size(), 4u);
  const Record& t = g.records[0];
  EXPECT_EQ(addr(t.src), "192.0.2.1");
  EXPECT_EQ(addr(t.dst), "198.51.100.7");
  EXPECT_EQ(t.protocol, 6);
  EXPECT_EQ(t.dst_port, 3389);
  EXPECT_EQ(t.packets, 5u);
  EXPECT_EQ(t.bytes, 420u);
  EXPECT_EQ(t.start, 1650000000 - 100);  // (3,600,000 - 3,500,000) ms before 1650000000.5
  EXPECT_EQ(t.end, 1650000000 - 1);      // 1650000000.5 - 1.0 s
  EXPECT_EQ(g.reporters[0], "0/9");
  const Record& i = g.records[1];
  EXPECT_TRUE(i.has_icmp);
  EXPECT_FALSE(i.has_ports);
  EXPECT_EQ(i.icmp_type, 3);
  EXPECT_EQ(i.icmp_code, 1);
  EXPECT_EQ(g.records[3].line, 4u);

  // A count over 30 is not a v5 header.
  Bytes bad = m;
  bad.s[3] = 31;
  g = read_text(m.s + bad.s, Format::Netflow);
  ASSERT_TRUE(g.ok);
  EXPECT_EQ(g.records.size(), 2u);
  EXPECT_EQ(g.stats.malformed, 1u);
}

// --- files ---------------------------------------------------------------------------------

TEST(ReadIpfix, PlainAndGzipFiles) {
  const std::string in =
      ipfix(1, 1, {set(2, tmpl(256, kTcp4)), set(256, tcp4_record(1, 1, 2, 3, 4, 5000, 6000))}).s;
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("bh_ipfix_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string plain = (dir / "a.ipfix").string(), gz = (dir / "b.ipfix.gz").string();
  {
    std::ofstream(plain, std::ios::binary) << in;
    gzFile f = ::gzopen(gz.c_str(), "wb");
    ASSERT_NE(f, nullptr);
    ASSERT_EQ(::gzwrite(f, in.data(), static_cast<unsigned>(in.size())),
              static_cast<int>(in.size()));
    ASSERT_EQ(::gzclose(f), Z_OK);
  }
  Got g = testing::read_files({dir.string()});
  ASSERT_TRUE(g.ok) << g.error;
  ASSERT_EQ(g.records.size(), 2u);
  EXPECT_EQ(g.stats.files, 2u);
  EXPECT_EQ(g.records[0].start, 5);
  EXPECT_EQ(g.records[1].end, 6);
  EXPECT_EQ(g.stats.bytes, in.size() + std::filesystem::file_size(gz));
  std::filesystem::remove_all(dir);
}

// --- the shared sample ---------------------------------------------------------------------

// ipfixcol2's example_flows.ipfix (FORMATS.md section 5). The figures were computed with a
// separate Python decoder (struct.unpack over the RFC 7011 layout): 68 messages, 3,979 data
// records, 49,001,404 octets and 56,695 packets in all, and the records checked below.
TEST(ReadIpfix, SharedSample) {
  BH_SHARED_DATA_OR_SKIP(dir, "samples/netflow-ipfix");
  Got g = testing::read_files({dir + "/ipfixcol2_example_flows.ipfix"});
  ASSERT_TRUE(g.ok) << g.error;
  EXPECT_EQ(g.stats.records, 3979u);
  EXPECT_EQ(g.stats.per_format[static_cast<std::size_t>(Format::Ipfix)], 3979u);
  EXPECT_EQ(g.stats.malformed, 0u);
  EXPECT_EQ(g.stats.skipped, 0u);
  ASSERT_EQ(g.records.size(), 3979u);
  std::uint64_t bytes = 0, packets = 0, v6 = 0;
  for (const Record& r : g.records) {
    bytes += r.bytes;
    packets += r.packets;
    v6 += r.src.family == Family::V6;
  }
  EXPECT_EQ(bytes, 49001404u);
  EXPECT_EQ(packets, 56695u);
  EXPECT_EQ(v6, 20u);              // templates 258 (16) and 261 (4)
  const Record& a = g.records[0];  // template 256
  EXPECT_EQ(addr(a.src), "228.55.228.116");
  EXPECT_EQ(addr(a.dst), "9.64.56.139");
  EXPECT_EQ(a.protocol, 17);
  EXPECT_EQ(a.src_port, 53);
  EXPECT_EQ(a.dst_port, 59765);
  EXPECT_EQ(a.bytes, 194u);
  EXPECT_EQ(a.start, 1438603889);
  EXPECT_EQ(a.line, 1u);
  EXPECT_EQ(g.reporters[0], "6");
  const Record& s = g.records[294];  // record 295, template 258
  EXPECT_EQ(addr(s.src), "df01:38ef:ff01:dc:ffff:ffff:ffff:ff13");
  EXPECT_EQ(s.dst_port, 45262);
  EXPECT_EQ(s.bytes, 5044697u);
  EXPECT_EQ(s.packets, 4014u);
  EXPECT_EQ(s.start, 1438603830);
  EXPECT_EQ(s.end, 1438603891);
  const Record& i = g.records.back();  // template 259: ICMP time exceeded
  EXPECT_EQ(addr(i.src), "164.102.116.68");
  EXPECT_EQ(i.protocol, 1);
  EXPECT_TRUE(i.has_icmp);
  EXPECT_EQ(i.icmp_type, 11);
  EXPECT_EQ(i.icmp_code, 0);
  EXPECT_EQ(i.line, 3979u);
}

}  // namespace
}  // namespace bulkhead::flows
