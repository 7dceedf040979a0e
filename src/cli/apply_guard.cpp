// Pre-commit checks of `apply --host H`, run before the state directory, the lock or the
// kernel is touched, so a refusal leaves everything exactly as it was:
//   1. this machine (its current network namespace, getifaddrs) holds one of H's
//      addresses: otherwise the table is about to land on the wrong machine;
//   2. no remote session this apply runs in ($SSH_CONNECTION, and every established
//      connection to sshd's listening ports) would be refused when it connects again
//      (agent/lockout.h judges each with the Decision at H's inbound firewall).
// A zone firewall's table filters forwarded traffic only, never sessions to the router
// itself, so `--zone` needs neither check.
#include "cli/apply_guard.h"

#include <cstdlib>
#include <iostream>

#include "agent/lockout.h"
#include "agent/probe.h"
#include "agent/sessions.h"
#include "cli/common.h"

namespace bulkhead::cli {

int guard_host_apply(const decision::Decision& d, const std::string& host_name,
                     std::optional<policy::Enforcement> mode, bool dry_run) {
  std::int32_t found = d.find_host(host_name);
  if (found < 0) return kOk;  // render_point has refused it already
  auto h = static_cast<std::uint32_t>(found);
  const policy::Host& host = d.model().hosts[h];
  const std::string refuse_tail =
      "nothing was applied (--force skips this check; the rollback timer still undoes an "
      "unconfirmed change)";
  auto report = [&](const std::string& message, int code) -> int {
    if (dry_run) {
      std::cerr << "warning: " << message << "\n  (apply would refuse: exit " << code << ")\n";
      return kOk;
    }
    std::cerr << "bulkhead: error: " << message << '\n' << refuse_tail << '\n';
    return code;
  };

  std::vector<Addr> local = agent::local_addresses();
  if (local.empty())  // not even loopback: getifaddrs failed
    return report("cannot list this machine's addresses (getifaddrs)", kInternal);
  if (!agent::holds_host_address(d, h, local)) {
    std::string addrs;
    for (const Addr& a : host.addresses) addrs += (addrs.empty() ? "" : ", ") + a.str();
    return report("this machine holds none of host " + host_name + "'s addresses (" + addrs +
                      ") in its current network namespace: it is not " + host_name +
                      ", or apply runs in the wrong namespace",
                  kBadInput);
  }

  Result<agent::SessionScan> scan = agent::current_sessions(std::getenv("SSH_CONNECTION"));
  if (!scan)
    return report("cannot look for the sessions this apply runs in: " + scan.error(), kInternal);
  for (const std::string& note : scan.value().notes) std::cerr << "note: " << note << '\n';
  std::vector<agent::SessionCheck> checks =
      agent::check_sessions(d, h, mode, scan.value().sessions, local);
  std::string blocked;
  int count = 0;
  for (const agent::SessionCheck& c : checks) {
    const agent::Session& s = c.session;
    if (c.elsewhere && s.via == "$SSH_CONNECTION")
      std::cerr << "note: $SSH_CONNECTION's server address " << s.local.str()
                << " is not on this machine's current network namespace, so that session "
                   "does not pass this firewall; not checked\n";
    if (!c.blocked) continue;
    ++count;
    blocked += "  a new connection from " + s.client.str() + " to " + s.local.str() + " tcp/" +
               std::to_string(s.local_port) + " (" + s.via + ") would be blocked by " +
               agent::blocker_text(d, h, c) +
               "\n    to keep it: " + agent::suggestion_text(d, h, c) + "\n";
  }
  if (count == 0) return kOk;
  blocked.pop_back();
  return report("the new policy would lock out " + std::to_string(count) + " remote session" +
                    (count == 1 ? "" : "s") + " into host " + host_name +
                    " (the open connection survives, the next login would not):\n" + blocked,
                kBadInput);
}

}  // namespace bulkhead::cli
