// The steps os.fork takes around fork(2): _posixsubprocess.fork_exec takes
// them too when it runs Python code (preexec_fn) in the child.
#pragma once

namespace taipan::posix {

// Runs the os.register_at_fork "before" hooks (newest first) and flushes stdio.
void before_fork();
// In the child: the GIL, thread states, stream locks and pending signals
// start over, then the "after_in_child" hooks run.
void after_fork_child();
// In the parent: the "after_in_parent" hooks run.
void after_fork_parent();

}  // namespace taipan::posix
