// bulkhead: the command line. A flat table of subcommands; each lives in cmd_<name>.cpp.
#include <exception>
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/common.h"

int main(int argc, char** argv) {
  using namespace bulkhead::cli;
  CLI::App app{"bulkhead: network micro-segmentation that stops lateral movement"};
  app.set_version_flag("--version", std::string("bulkhead ") + BULKHEAD_VERSION);
  app.require_subcommand(1);
  app.fallthrough(false);

  add_validate(app);
  add_services(app);
  add_query(app);
  add_matrix(app);
  add_render(app);
  add_verify(app);
  add_exposure(app);
  add_blast_radius(app);
  add_diff(app);
  add_coverage(app);
  add_apply(app);
  add_status(app);
  add_probe(app);
  add_persist(app);
  add_restore(app);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kOk : kBadInput;
  } catch (const std::exception& e) {
    std::cerr << "bulkhead: internal error: " << e.what() << '\n';
    return kInternal;
  }
  return exit_code();
}
