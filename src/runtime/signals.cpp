// Signal handlers: SIGINT only sets the VM's interrupt flag (the handler must
// stay async-signal-safe); the VM raises KeyboardInterrupt at its next check.
#include "runtime/signals.h"

#include <csignal>
#include <cstdlib>
#include <unistd.h>

#include "vm/interrupts.h"

namespace taipan {

namespace {

void on_sigint(int) { request_interrupt(); }

}  // namespace

void install_signal_handlers() {
  struct sigaction action = {};
  action.sa_handler = on_sigint;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  std::signal(SIGPIPE, SIG_IGN);
}

void exit_by_sigint() {
  std::signal(SIGINT, SIG_DFL);
  kill(getpid(), SIGINT);
  std::_Exit(130);
}

}  // namespace taipan
