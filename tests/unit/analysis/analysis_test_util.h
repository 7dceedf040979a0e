// Helpers for the analysis unit tests: a policy from YAML text, and checks that a
// counterexample is real (Decision::query and the reference semantics agree with it).
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "analysis/findings.h"
#include "decision/decision.h"
#include "policy/loader.h"
#include "testlib/reference.h"

namespace bulkhead::analysis::test {

inline std::shared_ptr<const decision::Decision> decide(const std::string& yaml) {
  Diagnostics diags;
  auto model = policy::load_text(yaml, "p.yaml", diags);
  std::string errors;
  for (const Diagnostic& d : diags.sorted()) errors += d.str() + "\n";
  EXPECT_TRUE(model.has_value()) << errors;
  if (!model) return nullptr;
  return decision::Decision::resolve(std::move(*model));
}

/// The example's flow, queried, gives the claimed verdict; the reference semantics agree.
inline void expect_real(const decision::Decision& d, const FlowExample& ex) {
  const decision::Flow f = ex.flow();
  const decision::Verdict v = d.query(f);
  EXPECT_EQ(v.tier, ex.verdict.tier) << flow_text(d, ex);
  EXPECT_EQ(v.rule, ex.verdict.rule) << flow_text(d, ex);
  EXPECT_EQ(v.reachable, ex.verdict.reachable) << flow_text(d, ex);
  EXPECT_EQ(v.intended, ex.verdict.intended) << flow_text(d, ex);
  const testing::ReferenceVerdict r = testing::reference_query(d.model(), f);
  EXPECT_EQ(r.tier, ex.verdict.tier) << flow_text(d, ex);
  EXPECT_EQ(r.reachable, ex.verdict.reachable) << flow_text(d, ex);
  EXPECT_EQ(r.intended, ex.verdict.intended) << flow_text(d, ex);
  // The endpoints are what they claim to be.
  EXPECT_EQ(d.class_of(ex.src.addr), ex.src.cls);
  EXPECT_EQ(d.class_of(ex.dst.addr), ex.dst.cls);
  EXPECT_EQ(d.atom_of(ex.src.addr).host, ex.src.host);
  EXPECT_EQ(d.atom_of(ex.dst.addr).host, ex.dst.host);
  if (ex.src.host != decision::kNoHost) {
    EXPECT_NE(ex.src.host, ex.dst.host) << "a host to itself";
  }
  if (ex.why.by == DecidedBy::Rule) {
    EXPECT_EQ(ex.why.rule, ex.verdict.rule);
  }
}

inline std::string rule_name(const decision::Decision& d, std::uint32_t r) {
  return r == decision::kNoRule ? "" : d.rules()[r].rule->name;
}

}  // namespace bulkhead::analysis::test
