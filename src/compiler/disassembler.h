// A `dis`-style listing of a code object and the code objects in its
// constants, for debugging and tests.
#pragma once

#include <string>

#include "compiler/code.h"

namespace taipan {

// Lines look like CPython's dis output: source line (when it changes), ">>"
// on jump targets, byte offset, opcode name, argument and its meaning; then
// the exception table; then each nested code object.
std::string disassemble(Code* code);

}  // namespace taipan
