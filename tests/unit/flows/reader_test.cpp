// The flow readers on inline text: format detection, each format's field mapping, custom
// layouts, skipped lines, malformed lines counted and located, strict mode, gzip, stdin
// naming and directories.
#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "flows/reader.h"
#include "flows/text_fields.h"
#include "flows_test_util.h"

namespace bulkhead::flows {
namespace {

using testing::addr;
using testing::Got;
using testing::read_files;
using testing::read_text;

// --- names and detection -------------------------------------------------------------------

TEST(FlowFormats, NamesRoundTrip) {
  for (std::size_t i = 0; i < kFormatCount; ++i) {
    const auto f = static_cast<Format>(i);
    EXPECT_EQ(parse_format(format_name(f)), f) << format_name(f);
  }
  EXPECT_FALSE(parse_format("aws"));
  EXPECT_NE(format_names().find("netfilter"), std::string::npos);
}

TEST(FlowFormats, SniffsEachFormatFromItsFirstLines) {
  EXPECT_EQ(sniff_format("10.0.0.1,10.0.0.2,tcp,445\n"), Format::Csv);
  EXPECT_EQ(sniff_format("#Version: 1.5\n#Software: Microsoft Windows Firewall\n"),
            Format::WindowsFirewall);
  EXPECT_EQ(sniff_format("2021-06-22 12:19:41 DROP UDP 1.2.3.4 5.6.7.8 1 2 3 - - - - - - - X\n"),
            Format::WindowsFirewall);
  EXPECT_EQ(sniff_format("2 1 eni-1 10.0.0.1 10.0.0.2 1 2 6 1 1 1 2 ACCEPT OK\n"), Format::AwsVpc);
  EXPECT_EQ(sniff_format("version srcaddr dstaddr protocol\n"), Format::AwsVpc);
  EXPECT_EQ(sniff_format("version resource-type tgw-id srcaddr dstaddr protocol\n"),
            Format::AwsTransitGateway);
  EXPECT_EQ(sniff_format("#separator \\x09\n#set_separator\t,\n"), Format::ZeekTsv);
  EXPECT_EQ(sniff_format(R"({"ts":1.5,"id.orig_h":"10.0.0.1"})"), Format::ZeekJson);
  EXPECT_EQ(sniff_format(R"({"records":[{"category":"NetworkSecurityGroupFlowEvent"}]})"),
            Format::AzureNsg);
  EXPECT_EQ(sniff_format(R"({"flowLogVersion":4})"), Format::AzureVnet);
  EXPECT_EQ(sniff_format(R"({"logName":"projects/p/logs/compute.googleapis.com%2Fvpc_flows"})"),
            Format::GcpVpc);
  EXPECT_EQ(sniff_format(R"({"jsonPayload":{"disposition":"DENIED"}})"), Format::GcpFirewall);
  EXPECT_EQ(sniff_format("Jan  1 00:00:00 h kernel: X IN=eth0 OUT= SRC=1.2.3.4 DST=1.2.3.5\n"),
            Format::Netfilter);
  EXPECT_FALSE(sniff_format("hello world\n"));
  EXPECT_FALSE(sniff_format(""));
}

TEST(FlowFormats, UndetectableInputIsAnErrorNamingIt) {
  Got g = read_text("what is this\n");
  ASSERT_FALSE(g.ok);
  EXPECT_EQ(g.error.rfind("t.log: cannot detect the flow-log format", 0), 0u) << g.error;
}

// --- CSV ---------------------------------------------------------------------------------

// The header-to-column step the Windows and Zeek readers share.
TEST(FlowFormats, FindColumnsMapsHeaderNamesToPositions) {
  const std::string_view names[] = {"ts", "proto", "id.orig_h", "x", "proto"};
  int ts = 7, proto = 7, orig = 7, missing = 7;
  find_columns(names, 5, {{"ts", &ts}, {"proto", &proto}, {"id.orig_h", &orig}, {"pid", &missing}});
  EXPECT_EQ(ts, 0);
  EXPECT_EQ(proto, 4);  // a repeated name: the last one
  EXPECT_EQ(orig, 2);
  EXPECT_EQ(missing, -1);
  find_columns(names, 2, {{"id.orig_h", &orig}});  // only the first n names count
  EXPECT_EQ(orig, -1);
}

TEST(CsvReader, ReadsFlowsActionsAndTimes) {
  Got g = read_text(
      "src,dst,proto,port,action,time\n"
      "10.0.0.1,10.0.0.2,tcp,445,reject,1700000000\n"
      "# a comment\n\n"
      "2001:db8::1, 2001:db8::2 ,icmp   # trailing comment\n"
      "10.0.0.1,10.0.0.2,udp,53,ACCEPT,2024-01-01T00:00:00Z\n",
      Format::Csv);
  ASSERT_TRUE(g.ok) << g.error;
  ASSERT_EQ(g.records.size(), 3u);
  EXPECT_EQ(g.stats.skipped, 3u);  // header, comment, blank
  const Record& a = g.records[0];
  EXPECT_EQ(a.protocol, 6);
  EXPECT_TRUE(a.has_ports);
  EXPECT_EQ(a.dst_port, 445);
  EXPECT_EQ(a.observed, Observed::Rejected);
  EXPECT_EQ(a.start, 1700000000);
  EXPECT_EQ(a.line, 2u);
  const Record& b = g.records[1];
  EXPECT_EQ(b.protocol, 58);  // icmp with IPv6 addresses
  EXPECT_TRUE(b.has_icmp);
  EXPECT_EQ(b.icmp_type, 128);  // echo request by default
  EXPECT_EQ(g.records[2].start, 1704067200);
  EXPECT_EQ(g.records[2].observed, Observed::Accepted);
}

TEST(CsvReader, MalformedLinesAreCountedAndLocated) {
  Got g = read_text(
      "10.0.0.1,10.0.0.2,tcp,445\n"
      "10.0.0.1,10.0.0.2,tcp,65536\n"
      "10.0.0.1,::1,tcp,1\n"
      "10.0.0.1,10.0.0.2,tcp,1,maybe\n",
      Format::Csv);
  ASSERT_TRUE(g.ok);
  EXPECT_EQ(g.stats.records, 1u);
  EXPECT_EQ(g.stats.malformed, 3u);
  ASSERT_EQ(g.stats.first_errors.size(), 3u);
  EXPECT_EQ(g.stats.first_errors[0].str(), "t.log:2: invalid port '65536': expected 0-65535");
  EXPECT_EQ(g.stats.first_errors[1].line, 3u);
  EXPECT_NE(g.stats.first_errors[1].message.find("different address families"), std::string::npos);
  EXPECT_EQ(g.stats.first_errors[2].message, "invalid action 'maybe': expected accept or reject");
}

TEST(CsvReader, StrictModeFailsOnTheFirstMalformedLine) {
  Got g = read_text("10.0.0.1,10.0.0.2,tcp,445\nnot,a,flow\n10.0.0.1,10.0.0.2,tcp,1\n", Format::Csv,
                    /*strict=*/true);
  ASSERT_FALSE(g.ok);
  EXPECT_EQ(g.error, "t.log:2: too few fields: expected src,dst,proto,port");
  EXPECT_EQ(g.records.size(), 1u);  // the flows before it were read
}

TEST(CsvReader, MaxReportedBoundsTheKeptErrors) {
  std::string text;
  for (int i = 0; i < 50; ++i) text += "x,y,tcp,1\n";
  Got g = read_text(text, Format::Csv);
  EXPECT_EQ(g.stats.malformed, 50u);
  EXPECT_EQ(g.stats.first_errors.size(), 10u);
}

TEST(CsvReader, LongLinesAndNulBytesAreMalformed) {
  std::string text = std::string(5000, 'x') + "\n10.0.0.1,10.0.0.2,tcp,1\n";
  text += std::string("10.0.0.1\0,10.0.0.2,tcp,1\n", 25);
  Got g = read_text(text, Format::Csv);
  ASSERT_EQ(g.stats.first_errors.size(), 2u);
  EXPECT_EQ(g.stats.first_errors[0].str(), "t.log:1: line longer than 4096 bytes");
  EXPECT_EQ(g.stats.first_errors[1].str(), "t.log:3: NUL byte in the line");
  EXPECT_EQ(g.records.size(), 1u);
}

TEST(CsvReader, NamesResolveThroughTheResolver) {
  ReadOptions o;
  o.format = Format::Csv;
  o.resolve_name = [](std::string_view name) -> std::vector<Addr> {
    if (name == "db") return {*parse_addr("10.0.0.9"), *parse_addr("fd00::9")};
    return {};
  };
  std::vector<Record> got;
  Result<ReadStats> r = read_flows_text("fd00::1,db,tcp,5432\nnope,db,tcp,1\n", "n.csv", o,
                                        [&](const Record& rec) { got.push_back(rec); });
  ASSERT_TRUE(r);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].dst.str(), "fd00::9");  // the host's address of the source's family
  ASSERT_EQ(r.value().first_errors.size(), 1u);
  EXPECT_EQ(r.value().first_errors[0].message, "invalid source address 'nope'");
}

// --- AWS ---------------------------------------------------------------------------------

TEST(AwsReader, ReadsTheDefaultV2Layout) {
  Got g = read_text(
      "2 123456789010 eni-1235b8ca 172.31.16.139 172.31.16.21 20641 22 6 20 4249 1418530010 "
      "1418530070 ACCEPT OK\n"
      "2 123456789010 eni-1235b8ca - - - - - - - 1431280876 1431280934 - NODATA\n"
      "2 123456789010 eni-1 - - - - - - - 1431280876 1431280934 - SKIPDATA\n"
      "2 123456789010 eni-1235b8ca 2001:db8::1 2001:db8::2 0 0 58 4 336 1432917027 1432917142 "
      "REJECT OK\n");
  ASSERT_TRUE(g.ok) << g.error;
  ASSERT_EQ(g.records.size(), 2u);
  EXPECT_EQ(g.stats.skipped, 2u);
  EXPECT_EQ(g.stats.per_format[static_cast<std::size_t>(Format::AwsVpc)], 2u);
  const Record& r = g.records[0];
  EXPECT_EQ(addr(r.src), "172.31.16.139");
  EXPECT_EQ(addr(r.dst), "172.31.16.21");
  EXPECT_EQ(r.src_port, 20641);
  EXPECT_EQ(r.dst_port, 22);
  EXPECT_EQ(r.protocol, 6);
  EXPECT_EQ(r.packets, 20u);
  EXPECT_EQ(r.bytes, 4249u);
  EXPECT_EQ(r.start, 1418530010);
  EXPECT_EQ(r.end, 1418530070);
  EXPECT_EQ(r.observed, Observed::Accepted);
  EXPECT_EQ(g.reporters[0], "eni-1235b8ca");
  EXPECT_EQ(g.records[1].protocol, 58);
  EXPECT_FALSE(g.records[1].has_ports);
  EXPECT_EQ(g.records[1].observed, Observed::Rejected);
  EXPECT_EQ(g.records[1].line, 4u);
}

TEST(AwsReader, FollowsACustomHeaderOrder) {
  Got g = read_text(
      "version dstaddr srcaddr action dstport srcport protocol flow-direction log-status\n"
      "5 10.0.0.8 10.0.0.9 REJECT 3389 40000 6 ingress OK\n"
      "5 10.0.0.8 10.0.0.9 REJECT 3389 40000 6 ingress\n");
  ASSERT_TRUE(g.ok) << g.error;
  ASSERT_EQ(g.records.size(), 1u);
  EXPECT_EQ(addr(g.records[0].src), "10.0.0.9");
  EXPECT_EQ(g.records[0].dst_port, 3389);
  EXPECT_EQ(g.records[0].direction, Direction::Inbound);
  EXPECT_EQ(g.records[0].start, 0);  // no start field
  ASSERT_EQ(g.stats.first_errors.size(), 1u);
  EXPECT_EQ(g.stats.first_errors[0].str(), "t.log:3: 8 fields, expected 9");
}

TEST(AwsReader, ValidatesTheAggregationWindow) {
  Got g = read_text("2 1 eni-1 10.0.0.1 10.0.0.2 1 2 6 1 1 164000066 1640000297 REJECT OK\n",
                    Format::AwsVpc);
  ASSERT_EQ(g.stats.first_errors.size(), 1u);
  EXPECT_EQ(g.stats.first_errors[0].message,
            "start 164000066 and end 1640000297 are not an aggregation window");
}

TEST(AwsReader, ReadsTransitGatewayRecordsWithoutAction) {
  Got g = read_text(
      "6 TransitGateway 111122223333 tgw-01 tgw-attach-01 - - vpc-a vpc-b - - eni-a eni-b - - - "
      "10.1.0.1 10.2.0.1 40000 5432 6 3 180 1700000000 1700000060 OK IPv4 0 0 0 0 2 eu-west-1 "
      "egress - -\n");
  ASSERT_TRUE(g.ok) << g.error;
  ASSERT_EQ(g.records.size(), 1u);
  EXPECT_EQ(g.stats.per_format[static_cast<std::size_t>(Format::AwsTransitGateway)], 1u);
  EXPECT_EQ(g.records[0].dst_port, 5432);
  EXPECT_EQ(g.records[0].observed, Observed::Unknown);
  EXPECT_EQ(g.records[0].direction, Direction::Outbound);
  EXPECT_EQ(g.reporters[0], "tgw-attach-01");
}

// --- Windows -----------------------------------------------------------------------------

constexpr std::string_view kWindowsHeader =
    "#Version: 1.5\r\n#Software: Microsoft Windows Firewall\r\n#Time Format: Local\r\n"
    "#Fields: date time action protocol src-ip dst-ip src-port dst-port size tcpflags tcpsyn "
    "tcpack tcpwin icmptype icmpcode info path pid\r\n\r\n";

TEST(WindowsReader, ReadsByTheFieldsHeader) {
  std::string text(kWindowsHeader);
  text +=
      "2020-10-14 09:53:33 DROP TCP 192.168.6.95 192.168.6.81 55164 139 52 S 3458995877 0 8192 "
      "- - - RECEIVE 4\r\n"
      "2021-06-22 12:25:27 ALLOW ICMP fe80::464e:6dff:fea9:dfca ff02::1 - - 0 - - - - 134 0 - "
      "SEND\r\n"
      "2021-06-22 12:20:19 ALLOW 2 192.168.178.1 224.0.0.1 - - 0 - - - - - - - RECEIVE 4\r\n"
      "2021-06-22 12:48:21 INFO-EVENTS-LOST - - - - - - - - - - - - 7 - -\r\n"
      "2025-06-16 17:26:13 ALLOW TCP 192.168.188.166 6.6.3.183 49159 6543 SEND 1320\r\n";
  Got g = read_text(text);
  ASSERT_TRUE(g.ok) << g.error;
  ASSERT_EQ(g.records.size(), 3u);
  EXPECT_EQ(g.stats.skipped, 6u);  // four header lines, the blank line, INFO-EVENTS-LOST
  const Record& a = g.records[0];
  EXPECT_EQ(a.observed, Observed::Rejected);
  EXPECT_EQ(a.direction, Direction::Inbound);
  EXPECT_EQ(a.dst_port, 139);
  EXPECT_EQ(a.bytes, 52u);
  EXPECT_EQ(a.start, 1602669213);  // 2020-10-14 09:53:33, read as UTC
  const Record& b = g.records[1];
  EXPECT_EQ(b.protocol, 58);  // ICMP with IPv6 addresses is ICMPv6
  EXPECT_TRUE(b.has_icmp);
  EXPECT_EQ(b.icmp_type, 134);
  EXPECT_EQ(b.direction, Direction::Outbound);
  EXPECT_EQ(g.records[2].protocol, 2);
  ASSERT_EQ(g.stats.first_errors.size(), 1u);
  EXPECT_EQ(g.stats.first_errors[0].str(), "t.log:10: 10 fields, the #Fields: header has 18");
}

// --- Azure -------------------------------------------------------------------------------

TEST(AzureReader, ReadsNsgV2TuplesFromABlob) {
  Got g = read_text(
      R"({"records":[{"time":"2024-01-01T00:00:00Z","category":"NetworkSecurityGroupFlowEvent",)"
      R"("properties":{"Version":2,"flows":[{"rule":"UserRule_rdp","flows":[{"mac":"00AA",)"
      R"("flowTuples":["1704067200,10.0.0.4,10.0.0.5,50000,3389,T,I,D,B,,,,",)"
      R"("1704067201,10.0.0.4,10.0.0.5,50001,22,T,I,A,E,3,180,2,120","bad"]}]}]}}]})");
  ASSERT_TRUE(g.ok) << g.error;
  ASSERT_EQ(g.records.size(), 2u);
  EXPECT_EQ(g.records[0].observed, Observed::Rejected);
  EXPECT_EQ(g.records[0].direction, Direction::Inbound);
  EXPECT_EQ(g.records[0].dst_port, 3389);
  EXPECT_EQ(g.records[0].start, 1704067200);
  EXPECT_EQ(g.reporters[0], "UserRule_rdp");
  EXPECT_EQ(g.records[1].packets, 5u);
  EXPECT_EQ(g.records[1].bytes, 300u);
  EXPECT_EQ(g.records[1].line, 1u);  // the record's index in the document
  ASSERT_EQ(g.stats.first_errors.size(), 1u);
  EXPECT_EQ(g.stats.first_errors[0].message,
            "flow tuple 'bad': flow tuple of 1 fields, expected 8 (v1) or 13 (v2)");
}

TEST(AzureReader, ReadsVnetTuplesWithMillisecondsAndDeniedState) {
  Got g = read_text(
      R"({"time":"2024-01-01T00:00:00Z","flowLogVersion":4,"flowRecords":{"flows":[{"aclID":"x",)"
      R"("flowGroups":[{"rule":"deny-smb","flowTuples":["1704067200123,10.1.0.4,10.2.0.5,50000,)"
      R"(445,6,O,D,NX,1,60,0,0"]}]}]}})"
      "\n");
  ASSERT_TRUE(g.ok) << g.error;
  ASSERT_EQ(g.records.size(), 1u);
  EXPECT_EQ(g.stats.per_format[static_cast<std::size_t>(Format::AzureVnet)], 1u);
  EXPECT_EQ(g.records[0].start, 1704067200);
  EXPECT_EQ(g.records[0].observed, Observed::Rejected);
  EXPECT_EQ(g.records[0].direction, Direction::Outbound);
}

// --- GCP ---------------------------------------------------------------------------------

TEST(GcpReader, ReadsVpcFlowsAndFirewallEntries) {
  Got v = read_text(
      R"({"jsonPayload":{"connection":{"src_ip":"10.0.0.2","dest_ip":"10.0.0.3","src_port":40000,)"
      R"("dest_port":22,"protocol":6},"start_time":"2024-01-01T00:00:00.5Z","end_time":)"
      R"("2024-01-01T00:00:05Z","bytes_sent":"120","packets_sent":"2","reporter":"DEST",)"
      R"("dest_instance":{"vm_name":"db-1"}},"logName":"p/logs/compute.googleapis.com%2Fvpc_flows"})"
      "\n");
  ASSERT_TRUE(v.ok) << v.error;
  ASSERT_EQ(v.records.size(), 1u);
  EXPECT_EQ(v.records[0].start, 1704067200);
  EXPECT_EQ(v.records[0].end, 1704067205);
  EXPECT_EQ(v.records[0].bytes, 120u);
  EXPECT_EQ(v.records[0].observed, Observed::Unknown);
  EXPECT_EQ(v.records[0].direction, Direction::Inbound);
  EXPECT_EQ(v.reporters[0], "db-1");
  Got f = read_text(
      R"({"jsonPayload":{"connection":{"src_ip":"10.0.0.2","dest_ip":"10.0.0.3","src_port":1,)"
      R"("dest_port":445,"protocol":"tcp"},"disposition":"DENIED","rule_details":{"reference":)"
      R"("network:default/firewall:deny-smb","direction":"INGRESS"}},"timestamp":"2024-01-01T00:00:00Z"})"
      "\nnot json\n");
  ASSERT_TRUE(f.ok) << f.error;
  ASSERT_EQ(f.records.size(), 1u);
  EXPECT_EQ(f.records[0].observed, Observed::Rejected);
  EXPECT_EQ(f.reporters[0], "network:default/firewall:deny-smb");
  ASSERT_EQ(f.stats.first_errors.size(), 1u);
  EXPECT_EQ(f.stats.first_errors[0].str(), "t.log:2: invalid JSON");
}

// --- Zeek --------------------------------------------------------------------------------

TEST(ZeekReader, ReadsTsvByItsFieldsHeader) {
  Got g = read_text(
      "#separator \\x09\n#unset_field\t-\n"
      "#fields\tts\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\tconn_state\tduration\n"
      "1700000000.5\t10.0.0.1\t50000\t10.0.0.2\t445\ttcp\tS0\t-\n"
      "1700000001.5\t2001:db8::1\t128\t2001:db8::2\t0\ticmp\tSF\t3.2\n"
      "1700000002.5\t10.0.0.1\t50000\t10.0.0.2\t53\tudp\tS0\t-\n"
      "1700000003\t10.0.0.1\t50000\n");
  ASSERT_TRUE(g.ok) << g.error;
  ASSERT_EQ(g.records.size(), 3u);
  EXPECT_EQ(g.records[0].observed, Observed::Rejected);  // S0: TCP without an answer
  EXPECT_EQ(g.records[0].start, 1700000000);
  EXPECT_EQ(g.records[1].protocol, 58);
  EXPECT_TRUE(g.records[1].has_icmp);
  EXPECT_EQ(g.records[1].icmp_type, 128);
  EXPECT_EQ(g.records[1].end, 1700000004);
  EXPECT_EQ(g.records[2].observed, Observed::Unknown);  // UDP S0 is normal one-way traffic
  ASSERT_EQ(g.stats.first_errors.size(), 1u);
  EXPECT_EQ(g.stats.first_errors[0].str(), "t.log:7: 3 fields, #fields has 8");
}

TEST(ZeekReader, ReadsJsonLines) {
  Got g = read_text(
      R"({"ts":1700000000.25,"id.orig_h":"10.0.0.1","id.orig_p":50000,"id.resp_h":"10.0.0.2",)"
      R"("id.resp_p":3389,"proto":"tcp","conn_state":"SF","orig_ip_bytes":100,"resp_ip_bytes":50})"
      "\n"
      R"({"ts":"2024-01-01T00:00:00Z","id.orig_h":"10.0.0.1","id.resp_h":"10.0.0.2",)"
      R"("proto":"unknown_transport","ip_proto":47})"
      "\n");
  ASSERT_TRUE(g.ok) << g.error;
  ASSERT_EQ(g.records.size(), 2u);
  EXPECT_EQ(g.records[0].observed, Observed::Accepted);
  EXPECT_EQ(g.records[0].bytes, 150u);
  EXPECT_EQ(g.records[1].protocol, 47);
  EXPECT_EQ(g.records[1].start, 1704067200);
}

// --- netfilter ---------------------------------------------------------------------------

TEST(NetfilterReader, ReadsLogLinesAndKeepsThePrefix) {
  Got g = read_text(
      "<4>2024-01-01T01:00:00+01:00 host kernel: [  12.345678] [BH r:smb-admin] IN=eth0 OUT= "
      "MAC=00:11 SRC=10.0.0.5 DST=10.0.0.6 LEN=52 TOS=0x00 TTL=64 ID=1 DF PROTO=TCP SPT=50000 "
      "DPT=445 WINDOW=64 RES=0x00 SYN URGP=0\n"
      "Jan  2 03:04:05 gw kernel: [wan-lan-default-D]IN=eth0 OUT=eth1 SRC=192.0.2.1 "
      "DST=10.0.0.2 LEN=88 PROTO=ICMP TYPE=3 CODE=3 [SRC=10.0.0.2 DST=192.0.2.1 LEN=60 "
      "PROTO=UDP SPT=1 DPT=2 LEN=40 ]\n"
      "Jan  2 03:04:06 gw sshd[1]: Accepted publickey\n"
      "Jan  2 03:04:06 gw kernel: L=126 ID=0 PROTO=TCP SPT=1\n"
      "Jan  8 03:37:09 DENY: IN= OUT=eth0 SRC=2001:db8::1 DST=2001:db8::2 LEN=80 TC=0 "
      "HOPLIMIT=64 FLOWLBL=0 PROTO=UDP SPT=5 DPT=53 LEN=40\n");
  ASSERT_TRUE(g.ok) << g.error;
  ASSERT_EQ(g.records.size(), 3u);
  EXPECT_EQ(g.stats.skipped, 1u);
  const Record& a = g.records[0];
  EXPECT_EQ(g.prefixes[0], "[BH r:smb-admin]");
  EXPECT_EQ(a.start, 1704067200);
  EXPECT_EQ(a.direction, Direction::Inbound);
  EXPECT_EQ(a.dst_port, 445);
  EXPECT_EQ(a.bytes, 52u);
  EXPECT_EQ(a.observed, Observed::Unknown);
  const Record& b = g.records[1];
  EXPECT_EQ(g.prefixes[1], "[wan-lan-default-D]");
  EXPECT_EQ(b.observed, Observed::Rejected);
  EXPECT_EQ(addr(b.src), "192.0.2.1");  // the outer header, not the embedded one
  EXPECT_TRUE(b.has_icmp);
  EXPECT_EQ(b.icmp_type, 3);
  EXPECT_EQ(b.direction, Direction::Forward);
  EXPECT_EQ(b.start, 0);  // RFC 3164 stamps have no year
  EXPECT_EQ(g.prefixes[2], "DENY:");
  EXPECT_EQ(g.records[2].direction, Direction::Outbound);
  EXPECT_EQ(g.records[2].dst_port, 53);
  ASSERT_EQ(g.stats.first_errors.size(), 1u);
  EXPECT_EQ(g.stats.first_errors[0].line, 4u);
}

TEST(NetfilterReader, GuessesTheVerdictFromCommonPrefixes) {
  const std::string tail = "IN=eth0 OUT= SRC=10.0.0.1 DST=10.0.0.2 LEN=40 PROTO=TCP SPT=1 DPT=22\n";
  const std::pair<std::string, Observed> cases[] = {
      {"[UFW BLOCK] ", Observed::Rejected},    {"[UFW ALLOW] ", Observed::Accepted},
      {"[UFW AUDIT] ", Observed::Unknown},     {"[LAN-default-A]", Observed::Accepted},
      {"[WAN-default-R]", Observed::Rejected}, {"bh deny r4 ", Observed::Rejected},
      {"bh allow r2 ", Observed::Accepted},    {"bh would-block r3 ", Observed::Accepted},
      {"NFT REJECT IN ", Observed::Rejected},  {"", Observed::Unknown}};
  for (const auto& [prefix, want] : cases) {
    Got g = read_text("Jan  1 00:00:00 h kernel: " + prefix + tail, Format::Netfilter);
    ASSERT_EQ(g.records.size(), 1u) << prefix;
    EXPECT_EQ(g.records[0].observed, want) << prefix;
  }
}

TEST(NetfilterReader, ReadsJournalJson) {
  Got g = read_text(
      R"({"MESSAGE":"[UFW BLOCK] IN=eth0 OUT= SRC=10.0.0.1 DST=10.0.0.2 LEN=40 PROTO=TCP SPT=1 DPT=22"})"
      "\n");
  ASSERT_TRUE(g.ok) << g.error;
  ASSERT_EQ(g.records.size(), 1u);
  EXPECT_EQ(g.prefixes[0], "[UFW BLOCK]");
  EXPECT_EQ(g.records[0].observed, Observed::Rejected);
}

// --- inputs: gzip, directories, errors ---------------------------------------------------

class FlowFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("bh_flows_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string write(const std::string& name, std::string_view text) {
    const std::string p = (dir_ / name).string();
    std::filesystem::create_directories(std::filesystem::path(p).parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }
  std::string write_gz(const std::string& name, std::string_view text) {
    const std::string p = (dir_ / name).string();
    gzFile gz = gzopen(p.c_str(), "wb");
    EXPECT_NE(gz, nullptr);
    EXPECT_EQ(gzwrite(gz, text.data(), static_cast<unsigned>(text.size())),
              static_cast<int>(text.size()));
    gzclose(gz);
    return p;
  }
  std::filesystem::path dir_;
};

TEST_F(FlowFiles, GzipIsRecognisedByItsMagicBytes) {
  std::string text;
  for (int i = 0; i < 100000; ++i)
    text += "2 1 eni-1 10.0.0.1 10.0.0.2 40000 443 6 1 60 1700000000 1700000060 ACCEPT OK\n";
  const std::string p = write_gz("not-named-gz.log", text);
  Got g = read_files({p});
  ASSERT_TRUE(g.ok) << g.error;
  EXPECT_EQ(g.records.size(), 100000u);
  EXPECT_LT(g.stats.bytes, text.size() / 10);  // compressed bytes are counted
  EXPECT_EQ(g.records.back().line, 100000u);
}

TEST_F(FlowFiles, DirectoriesAreReadRecursivelyInNameOrder) {
  write("b/2.csv", "10.0.0.2,10.0.0.9,tcp,2\n");
  write("a.csv", "10.0.0.1,10.0.0.9,tcp,1\n");
  write("b/1.log", "2 1 eni-1 10.0.0.3 10.0.0.9 1 3 6 1 1 1 2 ACCEPT OK\n");
  write("c/empty", "");
  Got g = read_files({dir_.string()});
  ASSERT_TRUE(g.ok) << g.error;
  ASSERT_EQ(g.records.size(), 3u);
  EXPECT_EQ(g.records[0].dst_port, 1);
  EXPECT_EQ(g.records[1].dst_port, 3);  // b/1.log before b/2.csv
  EXPECT_EQ(g.records[2].dst_port, 2);
  EXPECT_EQ(g.stats.files, 4u);
  EXPECT_EQ(g.stats.per_format[static_cast<std::size_t>(Format::Csv)], 2u);
  // Each record names the file inside the directory it came from, and its line.
  EXPECT_EQ(g.files,
            (std::vector<std::string>{(dir_ / "a.csv").string(), (dir_ / "b" / "1.log").string(),
                                      (dir_ / "b" / "2.csv").string()}));
  // A file given by name is named as given; an in-memory text by its name.
  Got one = read_files({(dir_ / "b" / ".." / "a.csv").string()});
  ASSERT_TRUE(one.ok) << one.error;
  EXPECT_EQ(one.files, std::vector<std::string>{(dir_ / "b" / ".." / "a.csv").string()});
  EXPECT_EQ(one.records[0].line, 1u);
  EXPECT_EQ(read_text("10.0.0.1,10.0.0.9,tcp,1\n").files, std::vector<std::string>{"t.log"});
}

TEST_F(FlowFiles, ErrorsNameTheFile) {
  const std::string bad = write("bad.csv", "10.0.0.1,10.0.0.2,tcp,1\n10.0.0.1,10.0.0.2,tcp,x\n");
  Got g = read_files({bad}, Format::Auto, /*strict=*/true);
  ASSERT_FALSE(g.ok);
  EXPECT_EQ(g.error, bad + ":2: invalid port 'x': expected 0-65535");
  Got missing = read_files({(dir_ / "missing.log").string()});
  ASSERT_FALSE(missing.ok);
  EXPECT_NE(missing.error.find("cannot open flows file"), std::string::npos);
  EXPECT_NE(missing.error.find("missing.log"), std::string::npos);
}

TEST_F(FlowFiles, TruncatedGzipIsAReadError) {
  std::string text;
  for (int i = 0; i < 20000; ++i)
    text += "10.0.0.1,10.0.0.2,tcp," + std::to_string(i % 60000) + "\n";
  const std::string p = write_gz("t.gz", text);
  std::string data;
  {
    std::ifstream in(p, std::ios::binary);
    data.assign(std::istreambuf_iterator<char>(in), {});
  }
  write("cut.gz", std::string_view(data).substr(0, data.size() / 2));
  Got g = read_files({(dir_ / "cut.gz").string()}, Format::Csv);
  ASSERT_FALSE(g.ok);
  EXPECT_NE(g.error.find("cut.gz: cannot read"), std::string::npos) << g.error;
}

}  // namespace
}  // namespace bulkhead::flows
