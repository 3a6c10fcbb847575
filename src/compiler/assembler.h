// The assembler: turns one function's instruction stream into a Code object.
// It finds reachable code and the stack depth everywhere (which also gives
// each exception handler its unwind depth), drops dead code and pseudo
// instructions, resolves jumps with EXTENDED_ARG prefixes and CACHE units,
// and builds the position and exception tables.
#pragma once

#include <string>
#include <vector>

#include "compiler/instructions.h"
#include "objects/value.h"

namespace taipan::compiler {

// Everything a code object holds besides its instructions.
struct CodeMeta {
  std::string name;
  std::string qualname;
  Value filename;  // str (borrowed)
  int firstlineno = 1;
  int argcount = 0;
  int posonlyargcount = 0;
  int kwonlyargcount = 0;
  uint32_t flags = 0;
  std::vector<std::string> localsplus_names;
  std::vector<uint8_t> localsplus_kinds;
  int nlocals = 0;
  int ncellvars = 0;
  int nfreevars = 0;
  Ref consts;  // tuple
  Ref names;   // tuple
};

// Returns the new code object; throws PendingError if an allocation fails.
Ref assemble(const InstrSeq& seq, CodeMeta& meta);

}  // namespace taipan::compiler
