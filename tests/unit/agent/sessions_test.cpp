// Unit tests for finding the sessions an apply runs in (agent/sessions.h): the
// /proc/net/tcp{,6} parser on text as a little-endian kernel prints it, sshd's sessions
// from its listening socket inodes, and $SSH_CONNECTION.
#include "agent/sessions.h"

#include <gtest/gtest.h>

#include <bit>

namespace bulkhead::agent {
namespace {

Addr addr(const char* text) {
  auto a = parse_addr(text);
  EXPECT_TRUE(a) << text;
  return a.value_or(Addr{});
}

// /proc/net/tcp of a host 198.18.0.10 with sshd on :22 (inode 21474), a local resolver
// on 127.0.0.53:53, one ssh session from 198.18.0.20:54321 and one outgoing https
// connection; the header and column layout are the kernel's.
const char* kTcp4 =
    "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  "
    "timeout inode                                                     \n"
    "   0: 00000000:0016 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        "
    "0 21474 1 0000000000000000 100 0 0 10 0                      \n"
    "   1: 3500007F:0035 00000000:0000 0A 00000000:00000000 00:00000000 00000000   101        "
    "0 18923 1 0000000000000000 100 0 0 10 5                      \n"
    "   2: 0A0012C6:0016 140012C6:D431 01 00000000:00000000 02:00097F5B 00000000     0        "
    "0 40871 2 0000000000000000 20 4 29 10 -1                     \n"
    "   3: 0A0012C6:B4A2 0B0A12C6:01BB 01 00000000:00000000 00:00000000 00000000  1000        "
    "0 41002 1 0000000000000000 21 4 30 10 -1                     \n";

// /proc/net/tcp6: sshd's second listener on [::]:22 (inode 21476), a session from
// 2001:db8::20 to 2001:db8::10, and a dual-stack socket's IPv4 peer (IPv4-mapped).
const char* kTcp6 =
    "  sl  local_address                         remote_address                        st "
    "tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
    "   0: 00000000000000000000000000000000:0016 00000000000000000000000000000000:0000 0A "
    "00000000:00000000 00:00000000 00000000     0        0 21476 1 0000000000000000 100 0 0 10 "
    "0\n"
    "   1: B80D0120000000000000000010000000:0016 B80D0120000000000000000020000000:E1F0 01 "
    "00000000:00000000 02:0000A1B2 00000000     0        0 41500 2 0000000000000000 20 4 30 10 "
    "-1\n"
    "   2: 0000000000000000FFFF00000A0012C6:0016 0000000000000000FFFF0000150012C6:C350 01 "
    "00000000:00000000 02:0000A1B2 00000000     0        0 41600 2 0000000000000000 20 4 30 10 "
    "-1\n";

class ProcNetTcp : public ::testing::Test {
 protected:
  void SetUp() override {
    if (std::endian::native != std::endian::little)
      GTEST_SKIP() << "the sample text is what a little-endian kernel prints";
  }
};

TEST_F(ProcNetTcp, ParsesAddressesPortsStatesAndInodes) {
  std::vector<TcpSocket> s = parse_proc_net_tcp(kTcp4);
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[0].local, addr("0.0.0.0"));
  EXPECT_EQ(s[0].local_port, 22);
  EXPECT_EQ(s[0].state, kTcpListen);
  EXPECT_EQ(s[0].inode, 21474u);
  EXPECT_EQ(s[1].local, addr("127.0.0.53"));
  EXPECT_EQ(s[1].local_port, 53);
  EXPECT_EQ(s[2].local, addr("198.18.0.10"));
  EXPECT_EQ(s[2].local_port, 22);
  EXPECT_EQ(s[2].remote, addr("198.18.0.20"));
  EXPECT_EQ(s[2].remote_port, 54321);
  EXPECT_EQ(s[2].state, kTcpEstablished);
  EXPECT_EQ(s[2].inode, 40871u);
  EXPECT_EQ(s[3].remote, addr("198.18.10.11"));
  EXPECT_EQ(s[3].remote_port, 443);
}

TEST_F(ProcNetTcp, ParsesIpv6AndUnmapsIpv4MappedAddresses) {
  std::vector<TcpSocket> s = parse_proc_net_tcp(kTcp6);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].local, addr("::"));
  EXPECT_EQ(s[0].state, kTcpListen);
  EXPECT_EQ(s[1].local, addr("2001:db8::10"));
  EXPECT_EQ(s[1].remote, addr("2001:db8::20"));
  EXPECT_EQ(s[1].remote_port, 57840);
  // A dual-stack socket's IPv4 peer is judged as IPv4.
  EXPECT_EQ(s[2].local, addr("198.18.0.10"));
  EXPECT_EQ(s[2].local.family, Family::V4);
  EXPECT_EQ(s[2].remote, addr("198.18.0.21"));
  EXPECT_EQ(s[2].remote_port, 50000);
}

TEST(ProcNetTcpText, SkipsTheHeaderAndMalformedLines) {
  std::string text = std::string("  sl  local_address rem_address   st\n") +
                     "   0: 0100007F:0016\n" +                                // too few fields
                     "   1: 0100007Z:0016 00000000:0000 0A a b c d e 7\n" +   // bad hex
                     "   2: 0100007F:10000 00000000:0000 0A a b c d e 7\n" +  // port > 65535
                     "   3: 0100007F:0016 00000000:0000 0A a b c d e x\n" +   // bad inode
                     "   4: 0100007F:0016 00000000:0000 0A a b c d e 7";      // no newline: fine
  std::vector<TcpSocket> s = parse_proc_net_tcp(text);
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].inode, 7u);
  EXPECT_TRUE(parse_proc_net_tcp("").empty());
}

TEST(SocketInode, ReadsSocketLinksOnly) {
  EXPECT_EQ(socket_inode("socket:[21474]"), 21474u);
  EXPECT_FALSE(socket_inode("pipe:[21474]"));
  EXPECT_FALSE(socket_inode("/dev/null"));
  EXPECT_FALSE(socket_inode("socket:[]"));
  EXPECT_FALSE(socket_inode("socket:[12a]"));
}

TEST_F(ProcNetTcp, SessionsAreTheEstablishedConnectionsToSshdsListeningPorts) {
  std::vector<TcpSocket> all = parse_proc_net_tcp(kTcp4);
  std::vector<TcpSocket> v6 = parse_proc_net_tcp(kTcp6);
  all.insert(all.end(), v6.begin(), v6.end());
  // sshd (pid 812) holds the two :22 listeners; the resolver's socket is not sshd's.
  std::vector<Session> s = sessions_to_listeners(all, {{21474, 812}, {21476, 812}}, "sshd");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].client, addr("198.18.0.20"));
  EXPECT_EQ(s[0].client_port, 54321);
  EXPECT_EQ(s[0].local, addr("198.18.0.10"));
  EXPECT_EQ(s[0].local_port, 22);
  EXPECT_EQ(s[0].via, "sshd (pid 812)");
  EXPECT_EQ(s[1].client, addr("2001:db8::20"));
  EXPECT_EQ(s[2].client, addr("198.18.0.21"));
  // No sshd listener: no sessions, whatever else is established.
  EXPECT_TRUE(sessions_to_listeners(all, {{18923, 99}}, "sshd").empty());
  EXPECT_TRUE(sessions_to_listeners(all, {}, "sshd").empty());
}

TEST(SshConnection, ParsesTheFourFields) {
  auto s = parse_ssh_connection("198.18.0.20 54321 198.18.0.10 22");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->client, addr("198.18.0.20"));
  EXPECT_EQ(s->client_port, 54321);
  EXPECT_EQ(s->local, addr("198.18.0.10"));
  EXPECT_EQ(s->local_port, 22);
  EXPECT_EQ(s->via, "$SSH_CONNECTION");
}

TEST(SshConnection, UnmapsIpv4AndDropsZones) {
  auto s = parse_ssh_connection("::ffff:198.18.0.20 50000 ::ffff:198.18.0.10 2222");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->client, addr("198.18.0.20"));
  EXPECT_EQ(s->local.family, Family::V4);
  EXPECT_EQ(s->local_port, 2222);
  auto v6 = parse_ssh_connection("fe80::20%eth0 50000 fe80::10%eth0 22\n");
  ASSERT_TRUE(v6);
  EXPECT_EQ(v6->client, addr("fe80::20"));
  EXPECT_EQ(v6->local, addr("fe80::10"));
}

TEST(SshConnection, RejectsMalformedValues) {
  for (const char* bad : {"", "198.18.0.20 54321 198.18.0.10",
                          "198.18.0.20 54321 198.18.0.10 22 extra", "host 54321 198.18.0.10 22",
                          "198.18.0.20 65536 198.18.0.10 22", "198.18.0.20 54321 198.18.0.10 0",
                          "198.18.0.20 54321 2001:db8::10 22", "198.18.0.20 x 198.18.0.10 22"})
    EXPECT_FALSE(parse_ssh_connection(bad)) << bad;
}

TEST(UnmapV4, OnlyIpv4MappedAddressesChange) {
  EXPECT_EQ(unmap_v4(addr("::ffff:10.1.2.3")), addr("10.1.2.3"));
  EXPECT_EQ(unmap_v4(addr("::10.1.2.3")), addr("::10.1.2.3"));
  EXPECT_EQ(unmap_v4(addr("2001:db8::1")), addr("2001:db8::1"));
  EXPECT_EQ(unmap_v4(addr("10.1.2.3")), addr("10.1.2.3"));
}

}  // namespace
}  // namespace bulkhead::agent
