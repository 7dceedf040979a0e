// Result<T>: the value of an operation on the environment (I/O, netlink, the kernel),
// or the reason it failed. Always checked: the type is [[nodiscard]].
#pragma once

#include <optional>
#include <string>
#include <utility>

#include "base/assert.h"

namespace bulkhead {

struct Failure {
  std::string message;
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}        // NOLINT: implicit by design
  Result(Failure f) : error_(std::move(f.message)) {}  // NOLINT

  bool ok() const { return value_.has_value(); }
  explicit operator bool() const { return ok(); }
  const T& value() const& {
    BH_ASSERT(ok(), "value() on a failed Result");
    return *value_;
  }
  T& value() & {
    BH_ASSERT(ok(), "value() on a failed Result");
    return *value_;
  }
  T&& value() && {
    BH_ASSERT(ok(), "value() on a failed Result");
    return std::move(*value_);
  }
  const std::string& error() const { return error_; }

 private:
  std::optional<T> value_;
  std::string error_;
};

struct Unit {};
using Status = Result<Unit>;
inline Status ok_status() {
  return Unit{};
}

}  // namespace bulkhead
