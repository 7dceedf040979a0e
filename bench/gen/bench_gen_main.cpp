// bench_gen N [RULES] [SEED] [MUTATIONS] [HOST_DEFAULTS_PERCENT] [TEAM_RULES]: prints a synthetic
// enterprise policy (YAML) with N hosts and RULES user rules; statistics go to stderr.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "gen/enterprise_gen.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr,
                 "usage: bench_gen N [RULES] [SEED] [MUTATIONS] [HOST_DEFAULTS_PERCENT] "
                 "[TEAM_RULES] > policy.yaml\n");
    return 2;
  }
  bulkhead::bench::EnterpriseOptions o;
  o.hosts = std::strtoull(argv[1], nullptr, 10);
  if (argc > 2) o.rules = std::strtoull(argv[2], nullptr, 10);
  if (argc > 3) o.seed = std::strtoull(argv[3], nullptr, 10);
  if (argc > 4) o.mutations = std::atoi(argv[4]);
  if (argc > 5) o.host_defaults_percent = std::atoi(argv[5]);
  if (argc > 6) o.team_rules = std::atoi(argv[6]);
  bulkhead::bench::EnterpriseStats st;
  std::string yaml = bulkhead::bench::generate_enterprise_yaml(o, &st);
  std::fwrite(yaml.data(), 1, yaml.size(), stdout);
  std::fprintf(
      stderr,
      "hosts %zu, rules %zu (+ baseline), zones %zu, sites %zu, applications %zu, intents %zu\n",
      st.hosts, st.rules, st.zones, st.sites, st.applications, st.expects);
  return 0;
}
