// Probe: target selection from the Decision and a small epoll-driven prober.
//
// Selection walks the inventory once: for each other host passing the filter and each
// of its addresses, each service range contributes its first and last port (a range's
// interior behaves like its ends unless a rule splits it, which the matrix would then
// report as "some"). Expected verdicts come from Decision::query, so probe and query
// can never disagree about the policy.
//
// The prober keeps at most N non-blocking sockets in flight and waits on one epoll set
// with the nearest deadline as timeout: O(probes) syscalls, O(N) descriptors. TCP
// success is a completed handshake; UDP success is any datagram back (the lab's
// listeners echo). A connected UDP socket receives ICMP errors as ECONNREFUSED or
// EHOSTUNREACH on recv(), which distinguishes a reject from a silent drop.
#include "agent/probe.h"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>

namespace bulkhead::agent {
namespace {

using Clock = std::chrono::steady_clock;

std::string zone_of_host(const decision::Decision& d, std::uint32_t host) {
  const policy::Host& h = d.model().hosts[host];
  if (h.addresses.empty()) return {};
  return d.zones()[d.atom_of(h.addresses.front()).zone].name;
}

socklen_t to_sockaddr(const Endpoint& e, sockaddr_storage* ss) {
  std::memset(ss, 0, sizeof *ss);
  if (e.address.family == Family::V4) {
    auto* sin = reinterpret_cast<sockaddr_in*>(ss);
    sin->sin_family = AF_INET;
    sin->sin_port = htons(e.port);
    sin->sin_addr.s_addr = htonl(static_cast<std::uint32_t>(e.address.value));
    return sizeof(sockaddr_in);
  }
  auto* sin6 = reinterpret_cast<sockaddr_in6*>(ss);
  sin6->sin6_family = AF_INET6;
  sin6->sin6_port = htons(e.port);
  for (int i = 0; i < 16; ++i)
    sin6->sin6_addr.s6_addr[i] = static_cast<std::uint8_t>(e.address.value >> (8 * (15 - i)));
  return sizeof(sockaddr_in6);
}

ProbeOutcome failed(int err) {
  ProbeOutcome o;
  o.error = err;
  switch (err) {
    case ECONNREFUSED:
      o.how = ProbeHow::Refused;
      break;
    case EHOSTUNREACH:
    case ENETUNREACH:
    case EACCES:
      o.how = ProbeHow::Unreachable;
      break;
    case EPERM:
      o.how = ProbeHow::LocalDrop;
      break;
    case ETIMEDOUT:
      o.how = ProbeHow::Timeout;
      break;
    default:
      o.how = ProbeHow::Error;
      break;
  }
  return o;
}

struct InFlight {
  std::size_t index = 0;
  int fd = -1;
  bool udp = false;
  Clock::time_point started;
  Clock::time_point deadline;
  Clock::time_point resend;  // UDP only; time_point::max() once resent
};

}  // namespace

std::optional<HostFilter> parse_host_filter(std::string_view text, std::string* why) {
  HostFilter f;
  f.text = std::string(text);
  if (text.empty()) {
    *why = "--to is empty";
    return std::nullopt;
  }
  if (text.find('=') == std::string_view::npos) {
    f.host = std::string(text);
    return f;
  }
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t comma = text.find(',', start);
    std::string_view part = text.substr(
        start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
    std::size_t eq = part.find('=');
    if (eq == std::string_view::npos || eq == 0 || eq + 1 == part.size()) {
      *why = "--to takes a host name or LABEL=VALUE[,LABEL=VALUE...], found '" + std::string(part) +
             "'";
      return std::nullopt;
    }
    HostFilter::Cond c;
    c.key = std::string(part.substr(0, eq));
    c.value = std::string(part.substr(eq + 1));
    if (c.value.front() == '!') {
      c.negated = true;
      c.value.erase(0, 1);
      if (c.value.empty()) {
        *why = "--to: '" + std::string(part) + "' negates nothing";
        return std::nullopt;
      }
    }
    f.conds.push_back(std::move(c));
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return f;
}

bool host_matches(const decision::Decision& d, const HostFilter& f, std::uint32_t host) {
  const policy::Host& h = d.model().hosts[host];
  if (f.host) return h.name == *f.host;
  for (const HostFilter::Cond& c : f.conds) {
    std::optional<std::string> actual;
    if (c.key == "host") {
      actual = h.name;
    } else if (c.key == "zone") {
      actual = zone_of_host(d, host);
    } else if (auto it = h.labels.find(c.key); it != h.labels.end()) {
      actual = it->second;
    }
    bool equal = actual && *actual == c.value;
    if (c.negated ? equal : !equal) return false;
  }
  return true;
}

std::vector<ProbeTarget> select_targets(const decision::Decision& d, std::uint32_t from,
                                        const std::optional<HostFilter>& to,
                                        const std::vector<policy::NamedService>& services) {
  std::vector<ProbeTarget> out;
  const policy::Host& src = d.model().hosts[from];
  const auto& hosts = d.model().hosts;
  for (std::uint32_t h = 0; h < hosts.size(); ++h) {
    if (h == from || (to && !host_matches(d, *to, h))) continue;
    for (const Addr& addr : hosts[h].addresses) {
      auto s = std::find_if(src.addresses.begin(), src.addresses.end(),
                            [&](const Addr& a) { return a.family == addr.family; });
      if (s == src.addresses.end()) continue;  // no same-family source address
      for (const policy::NamedService& svc : services) {
        std::vector<std::pair<Proto, std::uint16_t>> ports;
        for (const auto& iv : svc.keys.intervals()) {
          for (Proto p : {Proto::Tcp, Proto::Udp}) {
            std::uint32_t block_lo = service_key(p, 0), block_hi = service_key(p, 65535);
            std::uint32_t lo = std::max(iv.lo, block_lo), hi = std::min(iv.hi, block_hi);
            if (lo > hi) continue;
            std::uint32_t first = key_port(lo), last = key_port(hi);
            if (first == 0) first = 1;  // port 0 cannot be connected to
            if (first > last) continue;
            ports.emplace_back(p, static_cast<std::uint16_t>(first));
            if (last != first) ports.emplace_back(p, static_cast<std::uint16_t>(last));
          }
        }
        std::sort(ports.begin(), ports.end());
        ports.erase(std::unique(ports.begin(), ports.end()), ports.end());
        for (auto [proto, port] : ports) {
          ProbeTarget t;
          t.to = h;
          t.address = addr;
          t.source = *s;
          t.proto = proto;
          t.port = port;
          t.service = svc.name;
          t.expected = d.query(decision::Flow{*s, addr, proto, port});
          out.push_back(std::move(t));
        }
      }
    }
  }
  return out;
}

std::string_view probe_how_name(ProbeHow h) {
  switch (h) {
    case ProbeHow::Connected:
      return "connected";
    case ProbeHow::Replied:
      return "replied";
    case ProbeHow::Refused:
      return "refused";
    case ProbeHow::Unreachable:
      return "unreachable";
    case ProbeHow::LocalDrop:
      return "dropped locally";
    case ProbeHow::Timeout:
      return "timeout";
    case ProbeHow::Error:
      return "error";
  }
  return "?";
}

Result<std::vector<ProbeOutcome>> run_probes(const std::vector<Endpoint>& endpoints,
                                             const ProbeOptions& options) {
  std::vector<ProbeOutcome> out(endpoints.size());
  int ep = ::epoll_create1(EPOLL_CLOEXEC);
  if (ep < 0) return Failure{std::string("epoll_create1: ") + std::strerror(errno)};
  std::map<int, InFlight> live;  // by descriptor
  const unsigned parallel = std::max(1u, options.parallel);
  std::size_t next = 0;

  auto finish = [&](InFlight& f, ProbeOutcome o) {
    o.ms = static_cast<std::uint32_t>(
        std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - f.started).count());
    o.reachable = o.how == ProbeHow::Connected || o.how == ProbeHow::Replied;
    out[f.index] = o;
    ::epoll_ctl(ep, EPOLL_CTL_DEL, f.fd, nullptr);
    ::close(f.fd);
  };
  auto send_probe = [](int fd) {
    return ::send(fd, kUdpProbePayload.data(), kUdpProbePayload.size(), MSG_NOSIGNAL);
  };

  // Starts one probe; returns a failure only for local resource problems.
  auto start = [&](std::size_t i) -> Status {
    const Endpoint& e = endpoints[i];
    InFlight f;
    f.index = i;
    f.udp = e.proto == Proto::Udp;
    f.started = Clock::now();
    f.deadline = f.started + options.timeout;
    f.resend = f.udp ? f.started + options.timeout / 2 : Clock::time_point::max();
    int domain = e.address.family == Family::V4 ? AF_INET : AF_INET6;
    int type = (f.udp ? SOCK_DGRAM : SOCK_STREAM) | SOCK_NONBLOCK | SOCK_CLOEXEC;
    f.fd = ::socket(domain, type, 0);
    if (f.fd < 0) return Failure{std::string("socket: ") + std::strerror(errno)};
    if (!f.udp) {
      linger lg{1, 0};  // close with a reset: no TIME_WAIT pile-up over many probes
      ::setsockopt(f.fd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
    }
    sockaddr_storage ss;
    socklen_t len = to_sockaddr(e, &ss);
    int rc = ::connect(f.fd, reinterpret_cast<sockaddr*>(&ss), len);
    ProbeOutcome now;
    bool done = false;
    if (f.udp) {
      if (rc != 0 || send_probe(f.fd) < 0) now = failed(errno), done = true;
    } else if (rc == 0) {
      now.how = ProbeHow::Connected, done = true;
    } else if (errno != EINPROGRESS) {
      now = failed(errno), done = true;
    }
    epoll_event ev{};
    ev.events = f.udp ? EPOLLIN : EPOLLOUT;
    ev.data.fd = f.fd;
    if (::epoll_ctl(ep, EPOLL_CTL_ADD, f.fd, &ev) != 0) {
      int err = errno;
      ::close(f.fd);
      return Failure{std::string("epoll_ctl: ") + std::strerror(err)};
    }
    if (done) {
      finish(f, now);
      return ok_status();
    }
    live.emplace(f.fd, f);
    return ok_status();
  };

  std::vector<epoll_event> events(parallel);
  while (next < endpoints.size() || !live.empty()) {
    while (next < endpoints.size() && live.size() < parallel) {
      Status s = start(next++);
      if (!s) {
        for (auto& [fd, f] : live) ::close(fd);
        ::close(ep);
        return Failure{s.error()};
      }
    }
    if (live.empty()) continue;
    Clock::time_point wake = Clock::time_point::max();
    for (const auto& [fd, f] : live) wake = std::min({wake, f.deadline, f.resend});
    auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(wake - Clock::now());
    int timeout_ms = static_cast<int>(std::clamp<std::int64_t>(wait.count() + 1, 0, 60'000));
    int n = ::epoll_wait(ep, events.data(), static_cast<int>(events.size()), timeout_ms);
    if (n < 0 && errno != EINTR) {
      int err = errno;
      for (auto& [fd, f] : live) ::close(fd);
      ::close(ep);
      return Failure{std::string("epoll_wait: ") + std::strerror(err)};
    }
    for (int k = 0; k < n; ++k) {
      auto it = live.find(events[k].data.fd);
      if (it == live.end()) continue;
      InFlight& f = it->second;
      ProbeOutcome o;
      if (f.udp) {
        char buf[512];
        ssize_t got = ::recv(f.fd, buf, sizeof buf, 0);
        if (got >= 0) {
          o.how = ProbeHow::Replied;
        } else if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) {
          continue;
        } else {
          o = failed(errno);
        }
      } else {
        int err = 0;
        socklen_t len = sizeof err;
        ::getsockopt(f.fd, SOL_SOCKET, SO_ERROR, &err, &len);
        if (err == 0) {
          o.how = ProbeHow::Connected;
        } else {
          o = failed(err);
        }
      }
      finish(f, o);
      live.erase(it);
    }
    Clock::time_point now = Clock::now();
    for (auto it = live.begin(); it != live.end();) {
      InFlight& f = it->second;
      if (now >= f.deadline) {
        ProbeOutcome o;
        o.how = ProbeHow::Timeout;
        finish(f, o);
        it = live.erase(it);
        continue;
      }
      if (now >= f.resend) {
        f.resend = Clock::time_point::max();
        if (send_probe(f.fd) < 0 && errno != EAGAIN) {
          finish(f, failed(errno));
          it = live.erase(it);
          continue;
        }
      }
      ++it;
    }
  }
  ::close(ep);
  return out;
}

std::vector<Addr> local_addresses() {
  std::vector<Addr> out;
  ifaddrs* list = nullptr;
  if (::getifaddrs(&list) != 0) return out;
  for (ifaddrs* i = list; i != nullptr; i = i->ifa_next) {
    if (i->ifa_addr == nullptr) continue;
    if (i->ifa_addr->sa_family == AF_INET) {
      const auto* sin = reinterpret_cast<const sockaddr_in*>(i->ifa_addr);
      out.push_back(Addr{Family::V4, ntohl(sin->sin_addr.s_addr)});
    } else if (i->ifa_addr->sa_family == AF_INET6) {
      const auto* sin6 = reinterpret_cast<const sockaddr_in6*>(i->ifa_addr);
      u128 v = 0;
      for (int b = 0; b < 16; ++b) v = (v << 8) | sin6->sin6_addr.s6_addr[b];
      out.push_back(Addr{Family::V6, v});
    }
  }
  ::freeifaddrs(list);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace bulkhead::agent
