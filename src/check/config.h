// config.h — options of `taipan check`: the command line (a subset of
// mypy's) and the `[mypy]` section of mypy.ini / setup.cfg, plus the files
// to check (directories searched for .py and .pyi files).
#pragma once

#include <string>
#include <vector>

namespace taipan::check {

struct Options {
  std::vector<std::string> targets;  // files and directories as given
  bool show_column_numbers = false;
  bool hide_error_codes = false;
  bool no_error_summary = false;
  bool ignore_missing_imports = false;
  std::string typeshed;  // stdlib stubs folder (found when empty)
  std::string config_file;
};

// Parses argv (after "check"); returns -1 to go on, else an exit status
// (0 after --help, 2 on a usage error, with the message printed).
int parse_options(int argc, char** argv, Options* out);
// Reads the [mypy] section of the config file (explicit, else mypy.ini or
// setup.cfg in the current folder); command-line flags were applied first
// and config values only switch options on.
void read_config(Options* opts);
// The files to check: targets expanded (directories recursively, sorted).
// Returns false, with `bad` set, when a target cannot be read.
bool collect_files(const Options& opts, std::vector<std::string>* files, std::string* bad);
// The folder of typeshed's stdlib stubs: TAIPAN_TYPESHED, Debian's
// python3-typeshed, or the copy inside Debian's python3-mypy.
std::string find_typeshed(const std::string& configured);

}  // namespace taipan::check
