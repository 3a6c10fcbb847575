// The `sys` module as the runtime sees it: made once at start-up, then read
// by the interpreter, the import system and error reporting.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "objects/object.h"

namespace taipan {

// What start-up knows about the command line, for sys.argv, sys.path[0] and
// sys.flags.
struct SysConfig {
  std::vector<std::string> argv;  // sys.argv exactly
  std::string path0;              // first entry of sys.path ("" for -c and stdin)
  std::string executable;         // absolute path of the taipan binary
  std::string prefix;             // sys.prefix: the standard library is PREFIX/lib/python3.11
  bool inspect = false;           // -i
  bool isolated = false;          // -I
  bool dont_write_bytecode = false;  // -B, PYTHONDONTWRITEBYTECODE
  bool unbuffered = false;        // -u, PYTHONUNBUFFERED
  int optimize = 0;               // -O count
  int verbose = 0;                // -v count
  bool quiet = false;             // -q
  bool safe_path = false;         // -P
  bool no_site = false;           // -S
  bool no_user_site = false;      // -s (and -I)
  bool ignore_environment = false;  // -E (and -I)
  bool dev_mode = false;          // -X dev, PYTHONDEVMODE
  std::vector<std::string> warnoptions;  // sys.warnoptions: "default" in dev mode, PYTHONWARNINGS, -W
  std::vector<std::string> xoptions;     // -X, in order ("name" or "name=value")
};

// Builds the module (sys.modules, sys.path, std streams …). Null on failure.
Ref make_sys_module(const SysConfig& config);
// The sys module made at start-up (borrowed), or null before it exists.
Value sys_module();
// sys.<name> (borrowed), or null when absent; never raises.
Value sys_attr(std::string_view name);
// sys.modules (borrowed dict).
Value sys_modules();
// The sys.UnraisableHookArgs that write_unraisable() hands sys.unraisablehook
// for the exception exc raised in obj (err_msg: a str, or null for None).
Ref make_unraisable_hook_args(Value exc, Value obj, Value err_msg = Value());
// sys.get_int_max_str_digits(): the limit of int<->str conversions (0: none).
int64_t sys_int_max_str_digits();

}  // namespace taipan
