// The interactive prompt (taipan with no program on a terminal, or -i).
#pragma once

namespace taipan {

// Reads statements until end of input, runs each in __main__ and shows
// expression values; returns the exit status (SystemExit's, or 0 at EOF).
int run_repl(bool show_banner);

}  // namespace taipan
