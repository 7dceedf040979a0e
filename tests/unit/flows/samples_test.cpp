// Every ingest sample of the shared test data (../shared/data/samples, FORMATS.md sections
// 1-4), read in place with format detection: exact record, skipped and malformed counts per
// file, and the fields of a few records. The Windows and Zeek verdict counts were computed
// independently with grep/awk over the files.
#include <gtest/gtest.h>

#include "flows/reader.h"
#include "flows_test_util.h"
#include "testlib/paths.h"

namespace bulkhead::flows {
namespace {

using testing::addr;
using testing::Got;

struct Counts {
  std::uint64_t records, skipped, malformed;
};

/// Reads one sample (format detected) and checks the counts and the detected format.
Got read_sample(const std::string& dir, const std::string& file, Format expected, Counts c) {
  Got g = testing::read_files({dir + "/" + file});
  EXPECT_TRUE(g.ok) << file << ": " << g.error;
  EXPECT_EQ(g.stats.records, c.records) << file;
  EXPECT_EQ(g.stats.skipped, c.skipped) << file;
  EXPECT_EQ(g.stats.malformed, c.malformed) << file;
  if (c.records > 0) {
    EXPECT_EQ(g.stats.per_format[static_cast<std::size_t>(expected)], c.records) << file;
  }
  return g;
}

std::uint64_t count(const Got& g, Observed o) {
  std::uint64_t n = 0;
  for (const Record& r : g.records) n += r.observed == o;
  return n;
}

// --- section 1: Windows Firewall ----------------------------------------------------------

TEST(FlowSamples, WindowsFirewallBetahydri) {
  BH_SHARED_DATA_OR_SKIP(dir, "samples/windows-firewall-log");
  // 16,814 lines: 4 header lines, a blank line, 2 INFO-EVENTS-LOST, 11,688 DROP, 5,119 ALLOW.
  Got g = read_sample(dir, "pfirewall_betahydri_2021.log", Format::WindowsFirewall, {16807, 7, 0});
  EXPECT_EQ(count(g, Observed::Rejected), 11688u);
  EXPECT_EQ(count(g, Observed::Accepted), 5119u);
  const Record& r = g.records.front();  // 2021-06-22 12:19:41 DROP UDP ... 5353 5353 73
  EXPECT_EQ(r.line, 6u);
  EXPECT_EQ(addr(r.src), "192.168.178.25");
  EXPECT_EQ(addr(r.dst), "224.0.0.251");
  EXPECT_EQ(r.protocol, 17);
  EXPECT_EQ(r.dst_port, 5353);
  EXPECT_EQ(r.bytes, 73u);
  EXPECT_EQ(r.start, 1624364381);
  EXPECT_EQ(r.direction, Direction::Inbound);
  EXPECT_EQ(addr(g.records[2].src), "fe80::f58b:f19a:db72:872b");
}

TEST(FlowSamples, WindowsFirewallPmbibe) {
  BH_SHARED_DATA_OR_SKIP(dir, "samples/windows-firewall-log");
  Got g =
      read_sample(dir, "pfirewall_pmbibe_2020_excerpt.log", Format::WindowsFirewall, {2338, 5, 0});
  const Record& a = g.records.front();  // ALLOW UDP 192.168.6.81 8.8.8.8 63324 53 ... SEND
  EXPECT_EQ(addr(a.dst), "8.8.8.8");
  EXPECT_EQ(a.dst_port, 53);
  EXPECT_EQ(a.observed, Observed::Accepted);
  EXPECT_EQ(a.direction, Direction::Outbound);
  // Line 1229: DROP TCP 192.168.6.95 192.168.6.81 55164 139 52 S ... RECEIVE
  const Record* smb = nullptr;
  for (const Record& r : g.records)
    if (r.line == 1229) smb = &r;
  ASSERT_NE(smb, nullptr);
  EXPECT_EQ(addr(smb->src), "192.168.6.95");
  EXPECT_EQ(smb->src_port, 55164);
  EXPECT_EQ(smb->dst_port, 139);
  EXPECT_EQ(smb->observed, Observed::Rejected);
  EXPECT_EQ(smb->start, 1602669213);
}

TEST(FlowSamples, WindowsFirewallAppctrlVariantIsRefusedLineByLine) {
  BH_SHARED_DATA_OR_SKIP(dir, "samples/windows-firewall-log");
  // No header, and rows of 10-11 fields: every line is malformed, none is guessed.
  Got g = read_sample(dir, "pfirewall_appctrl_2025_variant_excerpt.log", Format::WindowsFirewall,
                      {0, 0, 400});
  ASSERT_FALSE(g.stats.first_errors.empty());
  EXPECT_EQ(g.stats.first_errors[0].line, 1u);
  EXPECT_EQ(g.stats.first_errors[0].message, "10 fields, the #Fields: header has 17");
  Got strict = testing::read_files({dir + "/pfirewall_appctrl_2025_variant_excerpt.log"},
                                   Format::Auto, /*strict=*/true);
  ASSERT_FALSE(strict.ok);
  EXPECT_NE(strict.error.find("pfirewall_appctrl_2025_variant_excerpt.log:1: 10 fields"),
            std::string::npos);
}

// --- section 2.1: AWS ---------------------------------------------------------------------

TEST(FlowSamples, AwsExtraSamplesV2) {
  BH_SHARED_DATA_OR_SKIP(dir, "samples/aws-vpc-flow-logs");
  Got g = read_sample(dir, "elastic_test-extra-samples.log", Format::AwsVpc, {5, 2, 0});
  EXPECT_EQ(addr(g.records[0].src), "2001:db8:1234:a100:8d6e:3477:df66:f105");
  EXPECT_EQ(g.records[0].dst_port, 22);
  EXPECT_EQ(g.records[0].packets, 54u);
  EXPECT_EQ(g.reporters[0], "eni-1235b8ca123456789");
  const Record& rdp = g.records[2];  // 78.24.182.42 -> 158.109.0.1:3389 REJECT
  EXPECT_EQ(rdp.line, 5u);
  EXPECT_EQ(rdp.dst_port, 3389);
  EXPECT_EQ(rdp.observed, Observed::Rejected);
  EXPECT_EQ(rdp.start, 1418530010);
  const Record& icmp = g.records[3];  // no trailing newline on the last line
  EXPECT_EQ(icmp.line, 6u);
  EXPECT_EQ(icmp.protocol, 1);
  EXPECT_FALSE(icmp.has_ports);
}

TEST(FlowSamples, AwsCustomHeaderRepeated) {
  BH_SHARED_DATA_OR_SKIP(dir, "samples/aws-vpc-flow-logs");
  // Three header lines, one record, a SKIPDATA and a NODATA row.
  Got g = read_sample(dir, "elastic_test-tcp-flag-sequence.log", Format::AwsVpc, {1, 5, 0});
  const Record& r = g.records[0];
  EXPECT_EQ(addr(r.src), "52.213.180.42");
  EXPECT_EQ(addr(r.dst), "10.0.0.62");
  EXPECT_EQ(r.dst_port, 5001);
  EXPECT_EQ(r.bytes, 568u);  // `bytes` before `packets` in this order
  EXPECT_EQ(r.packets, 8u);
  EXPECT_EQ(g.reporters[0], "eni-1235b8ca123456789");
}

TEST(FlowSamples, AwsV5AllFieldsHasADamagedWindow) {
  BH_SHARED_DATA_OR_SKIP(dir, "samples/aws-vpc-flow-logs");
  // FORMATS.md: the sample's start (164000066) is malformed; it is reported, not read.
  Got g = read_sample(dir, "elastic_test-v5-all-fields.log", Format::AwsVpc, {0, 0, 1});
  ASSERT_EQ(g.stats.first_errors.size(), 1u);
  EXPECT_EQ(g.stats.first_errors[0].message,
            "start 164000066 and end 1640000297 are not an aggregation window");
}

TEST(FlowSamples, AwsEcsAndV8Samples) {
  BH_SHARED_DATA_OR_SKIP(dir, "samples/aws-vpc-flow-logs");
  // 39 fields (v2..v5 + ECS): 6 NODATA/SKIPDATA rows, one OK row whose synthetic addresses
  // mix families (refused), three flows.
  Got g = read_sample(dir, "elastic_test-ecs-samples.log", Format::AwsVpc, {3, 6, 1});
  EXPECT_EQ(g.stats.first_errors[0].line, 1u);
  const Record& r = g.records[0];
  EXPECT_EQ(r.line, 4u);
  EXPECT_EQ(addr(r.src), "81.2.69.142");
  EXPECT_EQ(r.dst_port, 80);
  EXPECT_EQ(r.protocol, 17);
  EXPECT_EQ(r.observed, Observed::Rejected);
  EXPECT_EQ(r.direction, Direction::Outbound);  // flow-direction egress
  EXPECT_EQ(g.reporters[0], "");                // interface-id `-`
  // 40 fields (+ reject-reason): its one row is NODATA.
  read_sample(dir, "elastic_test-v8-samples.log", Format::AwsVpc, {0, 1, 0});
}

TEST(FlowSamples, AwsTransitGateway) {
  BH_SHARED_DATA_OR_SKIP(dir, "samples/aws-vpc-flow-logs");
  Got g = read_sample(dir, "elastic_test-tgw-samples.log", Format::AwsTransitGateway, {3, 7, 0});
  const Record& r = g.records[0];
  EXPECT_EQ(r.line, 3u);
  EXPECT_EQ(addr(r.src), "216.160.83.56");
  EXPECT_EQ(r.dst_port, 8080);
  EXPECT_EQ(r.observed, Observed::Unknown);  // TGW logs have no action
  EXPECT_EQ(r.direction, Direction::Inbound);
  EXPECT_EQ(g.reporters[0], "tgw-attach-0123abcd");
}

// --- section 2.2: Azure -------------------------------------------------------------------

TEST(FlowSamples, AzureNsgV2) {
  BH_SHARED_DATA_OR_SKIP(dir, "samples/azure-flow-logs");
  Got g = read_sample(dir, "elastic_test-nsg-v2.log", Format::AzureNsg, {1, 0, 0});
  const Record& r = g.records[0];  // 1542110379,1.128.0.0,1.128.0.1,59932,443,T,O,A,E,1,66,1,66
  EXPECT_EQ(r.start, 1542110379);
  EXPECT_EQ(addr(r.dst), "1.128.0.1");
  EXPECT_EQ(r.dst_port, 443);
  EXPECT_EQ(r.direction, Direction::Outbound);
  EXPECT_EQ(r.observed, Observed::Accepted);
  EXPECT_EQ(r.packets, 2u);
  EXPECT_EQ(r.bytes, 132u);
  EXPECT_EQ(g.reporters[0], "DefaultRule_AllowInternetOutBound");
}

TEST(FlowSamples, AzureVnetV4) {
  BH_SHARED_DATA_OR_SKIP(dir, "samples/azure-flow-logs");
  Got g = read_sample(dir, "elastic_test-vnet-v4.log", Format::AzureVnet, {2, 0, 0});
  EXPECT_EQ(g.records[0].start, 1663146003);  // milliseconds 1663146003599
  EXPECT_EQ(g.records[0].bytes, 0u);          // a B tuple's zero counters
  EXPECT_EQ(addr(g.records[1].src), "216.160.83.56");
  EXPECT_EQ(g.records[1].packets, 55u);
  EXPECT_EQ(g.records[1].bytes, 2217u);
}

// --- section 2.3: GCP ---------------------------------------------------------------------

TEST(FlowSamples, GcpFirewallBothShapes) {
  BH_SHARED_DATA_OR_SKIP(dir, "samples/gcp-logs");
  for (const char* file : {"elastic_test-firewall-event.json", "firewall_logentries.ndjson"}) {
    Got g = read_sample(dir, file, Format::GcpFirewall, {2, 0, 0});
    if (g.records.size() != 2) continue;
    const Record& a = g.records[0];
    EXPECT_EQ(addr(a.src), "10.142.0.10") << file;
    EXPECT_EQ(addr(a.dst), "10.128.0.16") << file;
    EXPECT_EQ(a.protocol, 17) << file;
    EXPECT_EQ(a.dst_port, 80) << file;
    EXPECT_EQ(a.observed, Observed::Rejected) << file;
    EXPECT_EQ(a.direction, Direction::Inbound) << file;
    EXPECT_EQ(a.start, 1573058498) << file;  // 2019-11-06T16:41:38.394575419Z
    EXPECT_EQ(g.reporters[0], "network:default/firewall:adrian-test-3") << file;
    EXPECT_EQ(g.records[1].direction, Direction::Outbound) << file;
  }
}

TEST(FlowSamples, GcpVpcFlowsBothShapes) {
  BH_SHARED_DATA_OR_SKIP(dir, "samples/gcp-logs");
  for (const char* file :
       {"elastic_test-vpcflow-event_excerpt.json", "vpc_flows_logentries_excerpt.ndjson"}) {
    Got g = read_sample(dir, file, Format::GcpVpc, {7, 0, 0});
    if (g.records.size() != 7) continue;
    const Record& a = g.records[0];
    EXPECT_EQ(addr(a.src), "10.87.40.76") << file;
    EXPECT_EQ(a.src_port, 5601) << file;
    EXPECT_EQ(a.dst_port, 33478) << file;
    EXPECT_EQ(a.bytes, 1776u) << file;
    EXPECT_EQ(a.packets, 7u) << file;
    EXPECT_EQ(a.observed, Observed::Unknown) << file;
    EXPECT_EQ(a.direction, Direction::Outbound) << file;  // reporter SRC
    EXPECT_EQ(g.reporters[0], "kibana") << file;
    EXPECT_EQ(g.records[1].start, 1560483608) << file;
    EXPECT_EQ(g.records[1].end, 1560484191) << file;
  }
}

// --- section 3: Zeek ----------------------------------------------------------------------

TEST(FlowSamples, ZeekTsvTrickbot) {
  BH_SHARED_DATA_OR_SKIP(dir, "samples/zeek-conn");
  // 8 header lines and #close around 13,001 connections.
  Got g = read_sample(dir, "trickbot_2018_conn.log", Format::ZeekTsv, {13001, 9, 0});
  EXPECT_EQ(count(g, Observed::Rejected), 683u);    // TCP S0, REJ, RSTOS0, SH (awk)
  EXPECT_EQ(count(g, Observed::Accepted), 11126u);  // TCP answered states, other SF (awk)
  std::uint64_t smb = 0;
  for (const Record& r : g.records) smb += r.has_ports && r.dst_port == 445;
  EXPECT_EQ(smb, 962u);
  const Record& r = g.records[0];
  EXPECT_EQ(r.line, 9u);
  EXPECT_EQ(addr(r.src), "172.16.9.233");
  EXPECT_EQ(r.src_port, 49159);
  EXPECT_EQ(addr(r.dst), "172.16.9.5");
  EXPECT_EQ(r.dst_port, 88);
  EXPECT_EQ(r.start, 1541117137);
  EXPECT_EQ(r.packets, 8u);
  EXPECT_EQ(r.bytes, 880u);                   // orig_ip_bytes + resp_ip_bytes
  EXPECT_EQ(r.observed, Observed::Accepted);  // RSTR
}

TEST(FlowSamples, ZeekJson) {
  BH_SHARED_DATA_OR_SKIP(dir, "samples/zeek-conn");
  Got g = read_sample(dir, "elastic_test-conn.json.log", Format::ZeekJson, {18, 0, 0});
  const Record& r = g.records[0];
  EXPECT_EQ(addr(r.src), "192.168.86.167");
  EXPECT_EQ(r.src_port, 38339);
  EXPECT_EQ(r.dst_port, 53);
  EXPECT_EQ(r.protocol, 17);
  EXPECT_EQ(r.start, 1547188415);
  EXPECT_EQ(r.bytes, 309u);
  EXPECT_EQ(r.observed, Observed::Accepted);  // SF
}

// --- section 4: netfilter -----------------------------------------------------------------

TEST(FlowSamples, NetfilterUfwHostLog) {
  BH_SHARED_DATA_OR_SKIP(dir, "samples/netfilter-logs");
  Got g = read_sample(dir, "ufw_cs456_blueteam_2025.log", Format::Netfilter, {5136, 0, 0});
  EXPECT_EQ(count(g, Observed::Rejected), 212u);   // [UFW BLOCK] (grep)
  EXPECT_EQ(count(g, Observed::Accepted), 3148u);  // [UFW ALLOW] (grep)
  const Record& r = g.records[0];
  EXPECT_EQ(g.prefixes[0], "[UFW AUDIT]");
  EXPECT_EQ(r.observed, Observed::Unknown);
  EXPECT_EQ(r.direction, Direction::Outbound);  // IN= empty
  EXPECT_EQ(addr(r.src), "192.168.0.99");
  EXPECT_EQ(r.dst_port, 35886);
  EXPECT_EQ(r.start, 1764486020);  // 2025-11-30T00:00:20.570472-07:00
  EXPECT_EQ(g.prefixes[1], "[UFW ALLOW]");
}

TEST(FlowSamples, NetfilterIptablesRaw) {
  BH_SHARED_DATA_OR_SKIP(dir, "samples/netfilter-logs");
  Got g = read_sample(dir, "elastic_test-iptables-raw.log", Format::Netfilter, {24, 0, 0});
  EXPECT_EQ(g.prefixes[0], "[wan-lan-default-D]");  // glued to IN=
  EXPECT_EQ(g.records[0].observed, Observed::Rejected);
  EXPECT_EQ(g.records[1].start, 1615558218);  // <6>2021-03-12T14:10:18Z
  const Record& icmp = g.records[3];          // ICMP error with an embedded header
  EXPECT_EQ(g.prefixes[3], "DENY:");
  EXPECT_EQ(addr(icmp.src), "192.168.2.71");
  EXPECT_EQ(addr(icmp.dst), "192.168.2.83");
  EXPECT_TRUE(icmp.has_icmp);
  EXPECT_EQ(icmp.icmp_type, 3);
  EXPECT_EQ(icmp.icmp_code, 3);
  const Record& v6 = g.records[14];  // line 15: ICMPv6 echo on lo
  EXPECT_EQ(v6.line, 15u);
  EXPECT_EQ(v6.protocol, 58);
  EXPECT_EQ(v6.icmp_type, 128);
  EXPECT_EQ(g.prefixes[14], "");
}

TEST(FlowSamples, NetfilterUbiquitiWithTruncatedLines) {
  BH_SHARED_DATA_OR_SKIP(dir, "samples/netfilter-logs");
  Got g = read_sample(dir, "elastic_test-ubiquiti.log", Format::Netfilter, {5, 0, 6});
  EXPECT_EQ(g.prefixes[0], "[LAN_LOCAL-default-A]");
  EXPECT_EQ(g.records[0].observed, Observed::Accepted);
  EXPECT_EQ(g.records[1].direction, Direction::Forward);
  ASSERT_EQ(g.stats.first_errors.size(), 6u);
  EXPECT_EQ(g.stats.first_errors[0].line, 6u);
  EXPECT_EQ(g.stats.first_errors[0].message,
            "LOG fields without IN= (a line cut short by syslog?)");
}

TEST(FlowSamples, NetfilterJournaldWrapper) {
  BH_SHARED_DATA_OR_SKIP(dir, "samples/netfilter-logs");
  Got g = read_sample(dir, "elastic_test-journald.json", Format::Netfilter, {1, 0, 0});
  const Record& r = g.records[0];
  EXPECT_EQ(g.prefixes[0], "iptables DROP_INPUT:");
  EXPECT_EQ(r.observed, Observed::Rejected);
  EXPECT_EQ(addr(r.src), "10.10.10.18");
  EXPECT_EQ(r.src_port, 443);
  EXPECT_EQ(r.dst_port, 40702);
}

// --- the whole folder at once ---------------------------------------------------------------

TEST(FlowSamples, AFolderIsReadUntilAFileThatIsNoFlowLog) {
  BH_SHARED_DATA_OR_SKIP(dir, "samples/aws-vpc-flow-logs");
  Got g = testing::read_files({dir});
  ASSERT_FALSE(g.ok);  // README.md is not a flow log
  EXPECT_NE(g.error.find("README.md: cannot detect the flow-log format"), std::string::npos)
      << g.error;
}

TEST(FlowSamples, TheUnswFeatureListIsNoFlowCsv) {
  BH_SHARED_DATA_OR_SKIP(dir, "samples/datasets");
  // The only CSV of the samples is a column list (section 10), not flows: undetected, and
  // every line malformed when read as CSV flows.
  Got g = testing::read_files({dir + "/UNSW-NB15_features.csv"});
  EXPECT_FALSE(g.ok);
  Got csv = testing::read_files({dir + "/UNSW-NB15_features.csv"}, Format::Csv);
  ASSERT_TRUE(csv.ok) << csv.error;
  EXPECT_EQ(csv.stats.records, 0u);
  EXPECT_EQ(csv.stats.malformed + csv.stats.skipped, 50u);
}

}  // namespace
}  // namespace bulkhead::flows
