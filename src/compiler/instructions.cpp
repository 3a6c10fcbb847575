// Stack effects and control-flow properties of instructions (real and pseudo),
// used by the assembler's stack-depth analysis.
#include "compiler/instructions.h"

#include <bit>

namespace taipan::compiler {

bool is_jump(uint16_t op) {
  switch (op) {
    case kJump:
    case kJumpNoInterrupt:
    case op_code(Opcode::JUMP_FORWARD):
    case op_code(Opcode::JUMP_BACKWARD):
    case op_code(Opcode::JUMP_BACKWARD_NO_INTERRUPT):
    case op_code(Opcode::POP_JUMP_IF_FALSE):
    case op_code(Opcode::POP_JUMP_IF_TRUE):
    case op_code(Opcode::POP_JUMP_IF_NONE):
    case op_code(Opcode::POP_JUMP_IF_NOT_NONE):
    case op_code(Opcode::JUMP_IF_FALSE_OR_POP):
    case op_code(Opcode::JUMP_IF_TRUE_OR_POP):
    case op_code(Opcode::FOR_ITER):
    case op_code(Opcode::SEND):
      return true;
    default:
      return false;
  }
}

bool is_terminator(uint16_t op) {
  switch (op) {
    case kJump:
    case kJumpNoInterrupt:
    case op_code(Opcode::JUMP_FORWARD):
    case op_code(Opcode::JUMP_BACKWARD):
    case op_code(Opcode::JUMP_BACKWARD_NO_INTERRUPT):
    case op_code(Opcode::RETURN_VALUE):
    case op_code(Opcode::RAISE_VARARGS):
    case op_code(Opcode::RERAISE):
      return true;
    default:
      return false;
  }
}

int stack_effect(uint16_t op, int32_t arg, bool jump) {
  if (op >= kPseudoBase) {
    switch (op) {
      case kSetupFinally: return jump ? 1 : 0;
      case kSetupCleanup: return jump ? 2 : 0;
      case kSetupWith: return jump ? 1 : 0;
      default: return 0;
    }
  }
  switch (static_cast<Opcode>(op)) {
    case Opcode::NOP:
    case Opcode::SWAP:
    case Opcode::EXTENDED_ARG:
    case Opcode::CACHE:
    case Opcode::RESUME:
    case Opcode::UNARY_POSITIVE:
    case Opcode::UNARY_NEGATIVE:
    case Opcode::UNARY_NOT:
    case Opcode::UNARY_INVERT:
    case Opcode::DELETE_FAST:
    case Opcode::DELETE_NAME:
    case Opcode::DELETE_GLOBAL:
    case Opcode::MAKE_CELL:
    case Opcode::COPY_FREE_VARS:
    case Opcode::DELETE_DEREF:
    case Opcode::LOAD_ATTR:
    case Opcode::SETUP_ANNOTATIONS:
    case Opcode::LIST_TO_TUPLE:
    case Opcode::JUMP_FORWARD:
    case Opcode::JUMP_BACKWARD:
    case Opcode::JUMP_BACKWARD_NO_INTERRUPT:
    case Opcode::GET_ITER:
    case Opcode::GET_YIELD_FROM_ITER:
    case Opcode::KW_NAMES:
    case Opcode::CHECK_EXC_MATCH:
    case Opcode::CHECK_EG_MATCH:
    case Opcode::YIELD_VALUE:
    case Opcode::GET_AWAITABLE:
    case Opcode::GET_AITER:
    case Opcode::ASYNC_GEN_WRAP:
      return 0;
    case Opcode::POP_TOP:
    case Opcode::BINARY_OP:
    case Opcode::COMPARE_OP:
    case Opcode::IS_OP:
    case Opcode::CONTAINS_OP:
    case Opcode::BINARY_SUBSCR:
    case Opcode::STORE_FAST:
    case Opcode::STORE_NAME:
    case Opcode::STORE_GLOBAL:
    case Opcode::STORE_DEREF:
    case Opcode::DELETE_ATTR:
    case Opcode::IMPORT_NAME:
    case Opcode::IMPORT_STAR:
    case Opcode::LIST_APPEND:
    case Opcode::SET_ADD:
    case Opcode::LIST_EXTEND:
    case Opcode::SET_UPDATE:
    case Opcode::DICT_UPDATE:
    case Opcode::DICT_MERGE:
    case Opcode::POP_JUMP_IF_FALSE:
    case Opcode::POP_JUMP_IF_TRUE:
    case Opcode::POP_JUMP_IF_NONE:
    case Opcode::POP_JUMP_IF_NOT_NONE:
    case Opcode::RETURN_VALUE:
    case Opcode::PRINT_EXPR:
    case Opcode::RERAISE:
    case Opcode::POP_EXCEPT:
    case Opcode::PREP_RERAISE_STAR:
      return -1;
    case Opcode::RETURN_GENERATOR:  // the value sent by the first resumption
    case Opcode::PUSH_NULL:
    case Opcode::COPY:
    case Opcode::LOAD_CONST:
    case Opcode::LOAD_FAST:
    case Opcode::LOAD_NAME:
    case Opcode::LOAD_CLOSURE:
    case Opcode::LOAD_DEREF:
    case Opcode::LOAD_CLASSDEREF:
    case Opcode::LOAD_METHOD:
    case Opcode::LOAD_ASSERTION_ERROR:
    case Opcode::LOAD_BUILD_CLASS:
    case Opcode::IMPORT_FROM:
    case Opcode::GET_LEN:
    case Opcode::PUSH_EXC_INFO:
    case Opcode::BEFORE_WITH:
    case Opcode::WITH_EXCEPT_START:
    case Opcode::GET_ANEXT:
    case Opcode::BEFORE_ASYNC_WITH:
    case Opcode::MATCH_MAPPING:
    case Opcode::MATCH_SEQUENCE:
    case Opcode::MATCH_KEYS:
      return 1;
    case Opcode::STORE_SUBSCR: return -3;
    case Opcode::DELETE_SUBSCR:
    case Opcode::STORE_ATTR:
    case Opcode::MAP_ADD:
    case Opcode::END_ASYNC_FOR:
    case Opcode::MATCH_CLASS:
      return -2;
    case Opcode::BUILD_SLICE: return arg == 3 ? -2 : -1;
    case Opcode::LOAD_GLOBAL: return 1 + (arg & 1);
    case Opcode::BUILD_TUPLE:
    case Opcode::BUILD_LIST:
    case Opcode::BUILD_SET:
    case Opcode::BUILD_STRING:
      return 1 - arg;
    case Opcode::BUILD_MAP: return 1 - 2 * arg;
    case Opcode::BUILD_CONST_KEY_MAP: return -arg;
    case Opcode::UNPACK_SEQUENCE: return arg - 1;
    case Opcode::UNPACK_EX: return (arg & 0xFF) + (arg >> 8);
    case Opcode::FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case Opcode::JUMP_IF_FALSE_OR_POP:
    case Opcode::JUMP_IF_TRUE_OR_POP:
      return jump ? 0 : -1;
    case Opcode::FOR_ITER: return jump ? -1 : 1;
    case Opcode::SEND: return jump ? -1 : 0;
    case Opcode::CALL: return -arg - 1;
    case Opcode::CALL_FUNCTION_EX: return -2 - (arg & 1);
    case Opcode::MAKE_FUNCTION: return -std::popcount(static_cast<uint32_t>(arg & 0xF));
    case Opcode::RAISE_VARARGS: return -arg;
    case Opcode::kCount: return 0;
  }
  return 0;
}

}  // namespace taipan::compiler
