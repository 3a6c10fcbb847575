// config.h — options of `taipan check`: the command line (a subset of
// mypy's) and the `[mypy]` section of mypy.ini / setup.cfg, plus the files
// to check (directories searched for .py and .pyi files).
#pragma once

#include <set>
#include <string>
#include <vector>

namespace taipan::check {

// The per-module options of mypy's strictness family (command line,
// config file, and `# mypy: flag, flag=True` comments in a file).
struct StrictFlags {
  bool disallow_untyped_defs = false;     // Function is missing a type annotation
  bool disallow_incomplete_defs = false;  // ... for one or more arguments
  bool check_untyped_defs = false;        // bodies of unannotated functions checked
  bool disallow_untyped_calls = false;    // Call to untyped function "f" in typed context
  bool warn_return_any = false;           // Returning Any from function declared to return "T"
  // Error codes switched on or off (`--enable-error-code`,
  // `--disable-error-code`); `possibly-undefined` is off by default.
  std::set<std::string> enabled_codes, disabled_codes;
  // Sets a flag by mypy's name (dashes or underscores, `no-` negates);
  // false when the name is not one of these.
  bool set(std::string name, bool value);
  // `enable_error_code` / `disable_error_code` with a comma-separated
  // list; false for any other option name.
  bool set_codes(std::string name, const std::string& value);
  bool code_enabled(const std::string& code) const;
};
// Applies the `# mypy:` comments of a source file's lines.
void apply_inline_config(const std::vector<std::string>& lines, StrictFlags* flags);

struct Options {
  std::vector<std::string> targets;  // files and directories as given
  bool show_column_numbers = false;
  bool hide_error_codes = false;
  bool no_error_summary = false;
  bool ignore_missing_imports = false;
  std::string typeshed;  // stdlib stubs folder (found when empty)
  std::string config_file;
  StrictFlags strict;
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
