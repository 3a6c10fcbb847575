// taipan_check_main.cpp — `taipan-check`, the type checker as an executable
// of its own: the parser and the checker, none of the interpreter, so that
// it starts without loading and relocating the interpreter's libraries
// (`taipan check FILES` and `taipan-check FILES` are the same command).
#include "check/check.h"

int main(int argc, char** argv) { return taipan::check::check_main(argc - 1, argv + 1); }
