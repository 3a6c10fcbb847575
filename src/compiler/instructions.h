// The compiler's instruction stream for one code object, before assembly:
// real instructions plus pseudo-instructions (labels, direction-free jumps,
// exception-handler setup/teardown) that the assembler resolves. Every
// instruction remembers the source position it came from; which handler
// covers it is found by the assembler, following the control flow through
// the setup and pop-block pseudo-instructions (as CPython does).
#pragma once

#include <cstdint>
#include <vector>

#include "compiler/code.h"
#include "compiler/opcodes.h"

namespace taipan::compiler {

// Instruction codes: the real opcodes, then the pseudo ones.
enum PseudoOp : uint16_t {
  kPseudoBase = 256,
  kLabel = kPseudoBase,  // arg: label id; marks a jump target
  kJump,                 // unconditional jump; becomes JUMP_FORWARD or JUMP_BACKWARD
  kJumpNoInterrupt,      // the same, JUMP_BACKWARD_NO_INTERRUPT when backward
  kSetupFinally,         // arg: handler id; the handler receives [exc]
  kSetupCleanup,         // arg: handler id; the handler receives [lasti exc]
  kSetupWith,            // arg: handler id; like cleanup, one item below (the __exit__) stays
  kPopBlock,             // ends the innermost handler's range (no code)
};

inline constexpr uint16_t op_code(Opcode op) { return static_cast<uint16_t>(op); }

struct Instr {
  uint16_t op;
  int32_t arg = 0;
  int32_t target = -1;   // label id for jumps, FOR_ITER and SEND
  SourcePosition pos{};
};

struct Handler {
  int32_t label;         // where the handler starts
  uint16_t setup;        // kSetupFinally / kSetupCleanup / kSetupWith
  int32_t depth = -1;    // stack depth to unwind to; found by the assembler
  int32_t parent = -1;   // the handler active where this one was set up
};

struct InstrSeq {
  std::vector<Instr> instrs;
  std::vector<Handler> handlers;
  int32_t label_count = 0;
};

// Stack effect of an instruction; `jump` selects the effect along the jump
// edge for instructions that branch.
int stack_effect(uint16_t op, int32_t arg, bool jump);

bool is_jump(uint16_t op);
// Instructions after which control never falls through.
bool is_terminator(uint16_t op);

}  // namespace taipan::compiler
