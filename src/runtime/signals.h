// Signal handling of the interpreter: SIGINT becomes KeyboardInterrupt at the
// VM's next check, and SIGPIPE is ignored so that writes report EPIPE.
#pragma once

namespace taipan {

void install_signal_handlers();
// Ends the process the way an uncaught KeyboardInterrupt does in CPython: by
// the default action of SIGINT (exit status 130 in a shell).
[[noreturn]] void exit_by_sigint();

}  // namespace taipan
