// Private to the loader: the policy's scalar values (CIDRs, addresses, label names, log
// rates, service ports), parsed from YAML with located, explanatory errors.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "policy/loader_yaml.h"
#include "policy/model.h"

namespace bulkhead::policy::load_detail {

/// A CIDR (or a plain address as a /32 or /128): "invalid CIDR '10.0.0.1/8': host bits set
/// (did you mean 10.0.0.0/8?)".
std::optional<Prefix> get_cidr(const Reader& r, const Value& v, std::string_view what);

/// A host address (no prefix length).
std::optional<Addr> get_address(const Reader& r, const Value& v, std::string_view what);

/// Checks a label name: letters, digits, '.', '_', '-' and '/', starting with a letter or
/// digit; `host`, `zone` and `cidr` are reserved.
bool check_label_key(const Reader& r, const SourceLoc& at, const std::string& key);

/// `N/second|minute|hour|day` with N >= 1.
std::optional<LogRate> get_log_rate(const Reader& r, const Value& v);

/// One port entry of a custom service: `tcp/N`, `tcp/LO-HI`, `udp/...` or `icmp`.
std::optional<PortRange> get_port_range(const Reader& r, const Value& v, std::string_view what);

/// An ATT&CK technique ID: T1234 or T1234.001.
bool valid_technique(std::string_view id);

}  // namespace bulkhead::policy::load_detail
