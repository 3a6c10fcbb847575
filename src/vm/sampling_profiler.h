// The built-in sampling profiler (-X profile=FILE.html, docs/profiling.md).
// A timer thread counts ticks of a fixed interval and raises the sample bit
// of the eval-breaker word (interrupts.h); the thread running Python answers
// at its next RESUME or JUMP_BACKWARD check, as it answers a GIL drop
// request, by adding every thread's stack (read under the GIL, so no frame
// can be popped meanwhile) to a call tree, weighted by the ticks elapsed;
// a thread coming back from a blocking call answers as it takes the GIL
// back, so that the time it was blocked goes to the stack that blocked.
// The fast path pays nothing: the check already exists. At exit the tree
// becomes a flame graph (src/tools/flamegraph.h) and a table on stderr.
#pragma once

#include <string>
#include <vector>

namespace taipan {

// Reads -X profile=FILE and -X profile_interval=MICROSECONDS and starts the
// sampler when asked; -1 after reporting an invalid option.
int profiler_start_from_options(const std::vector<std::string>& xoptions);
// The answer to a sample request, GIL held: from the eval-breaker check
// (`may_run_code`: thread names are looked up then), or when a blocking
// call returns (AllowThreads, vm/gil.h: no Python code may run there).
void profiler_take_sample(bool may_run_code);
// Stops the sampler and writes the flame graph and the table (at exit; a
// no-op when not profiling, or in a forked child).
void profiler_finish();

}  // namespace taipan
