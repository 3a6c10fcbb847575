// Start-up and shutdown of the interpreter, and running the main program
// (a file, -c, -m or stdin) with CPython's exit-status rules.
#pragma once

#include <string>

#include "modules/sys.h"

namespace taipan {

// Creates the main thread state, readies every built-in type, the exception
// hierarchy, builtins, sys and __main__. 0, or -1 after printing why.
int interpreter_init(const SysConfig& config);
// Flushes the standard streams, tears __main__ down (running finalisers) and
// collects cycles. Returns the exit status to use (`status`, or 120 when
// flushing stdout failed, as CPython).
int interpreter_finalize(int status);

// Run the main program in __main__; each returns the process exit status.
// `path` is the script as given on the command line.
int run_main_file(const std::string& path);
int run_main_command(const std::string& command);
int run_main_module(const std::string& module);
int run_main_stdin();

// The __main__ module (borrowed).
Value main_module();

// Turns the pending exception into an exit status: SystemExit's code, or 1
// after reporting it through sys.excepthook. An uncaught KeyboardInterrupt
// returns kExitInterrupted (the caller re-raises SIGINT after finalising).
constexpr int kExitInterrupted = -2;
int exit_status_of_pending_exception();

}  // namespace taipan
