// The disassembler (see disassembler.h).
#include "compiler/disassembler.h"

#include <cstdio>
#include <set>
#include <vector>

#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/protocol.h"

namespace taipan {

namespace {

const char* const kCompareOps[] = {"<", "<=", "==", "!=", ">", ">="};
const char* const kBinaryOps[] = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
                                  "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=",
                                  "-=", "/=", "^="};

struct Decoded {
  int32_t offset;  // unit of the opcode itself
  int32_t start;   // unit of its first EXTENDED_ARG prefix
  Opcode op;
  uint32_t arg;
  int32_t next;    // unit after its caches
};

std::vector<Decoded> decode(Code* c) {
  std::vector<Decoded> out;
  uint32_t ext = 0;
  int32_t start = 0;
  for (int32_t i = 0; i < c->code_size;) {
    Opcode op = unit_opcode(c->code[i]);
    uint32_t arg = ext | unit_arg(c->code[i]);
    if (op == Opcode::EXTENDED_ARG) {
      ext = arg << 8;
      i++;
      continue;
    }
    int32_t next = i + 1 + (static_cast<int>(op) < static_cast<int>(Opcode::kCount) ? kOpcodeCacheUnits[static_cast<int>(op)] : 0);
    out.push_back({i, start, op, arg, next});
    ext = 0;
    i = next;
    start = i;
  }
  return out;
}

std::string value_repr(Value v) {
  Ref r = repr(v);
  if (!r) {
    clear_error();
    return "?";
  }
  return str_to_std(r.as<Str>());
}

std::string item_name(Value tuple, uint32_t i) {
  Tuple* t = tuple.as<Tuple>();
  if (i >= static_cast<uint64_t>(t->size)) return "?";
  return str_to_std(t->items[i].as<Str>());
}

int32_t jump_target(const Decoded& d) {
  switch (d.op) {
    case Opcode::JUMP_BACKWARD:
    case Opcode::JUMP_BACKWARD_NO_INTERRUPT:
      return d.next - static_cast<int32_t>(d.arg);
    case Opcode::JUMP_FORWARD:
    case Opcode::POP_JUMP_IF_FALSE:
    case Opcode::POP_JUMP_IF_TRUE:
    case Opcode::POP_JUMP_IF_NONE:
    case Opcode::POP_JUMP_IF_NOT_NONE:
    case Opcode::JUMP_IF_FALSE_OR_POP:
    case Opcode::JUMP_IF_TRUE_OR_POP:
    case Opcode::FOR_ITER:
    case Opcode::SEND:
      return d.next + static_cast<int32_t>(d.arg);
    default:
      return -1;
  }
}

std::string arg_meaning(Code* c, const Decoded& d) {
  switch (d.op) {
    case Opcode::LOAD_CONST:
    case Opcode::KW_NAMES: {
      Tuple* t = c->consts.as<Tuple>();
      return d.arg < static_cast<uint64_t>(t->size) ? value_repr(t->items[d.arg]) : "?";
    }
    case Opcode::LOAD_NAME:
    case Opcode::STORE_NAME:
    case Opcode::DELETE_NAME:
    case Opcode::STORE_GLOBAL:
    case Opcode::DELETE_GLOBAL:
    case Opcode::LOAD_ATTR:
    case Opcode::STORE_ATTR:
    case Opcode::DELETE_ATTR:
    case Opcode::LOAD_METHOD:
    case Opcode::IMPORT_NAME:
    case Opcode::IMPORT_FROM:
      return item_name(c->names, d.arg);
    case Opcode::LOAD_GLOBAL:
      return std::string((d.arg & 1) ? "NULL + " : "") + item_name(c->names, d.arg >> 1);
    case Opcode::LOAD_FAST:
    case Opcode::STORE_FAST:
    case Opcode::DELETE_FAST:
    case Opcode::MAKE_CELL:
    case Opcode::LOAD_CLOSURE:
    case Opcode::LOAD_DEREF:
    case Opcode::LOAD_CLASSDEREF:
    case Opcode::STORE_DEREF:
    case Opcode::DELETE_DEREF:
      return item_name(c->localsplusnames, d.arg);
    case Opcode::COMPARE_OP: return d.arg < 6 ? kCompareOps[d.arg] : "?";
    case Opcode::BINARY_OP: return d.arg < 26 ? kBinaryOps[d.arg] : "?";
    case Opcode::IS_OP: return d.arg ? "is not" : "is";
    case Opcode::CONTAINS_OP: return d.arg ? "not in" : "in";
    default: {
      int32_t t = jump_target(d);
      return t >= 0 ? "to " + std::to_string(t * 2) : "";
    }
  }
}

bool has_arg(Opcode op) {
  switch (op) {
    case Opcode::NOP: case Opcode::POP_TOP: case Opcode::PUSH_NULL: case Opcode::CACHE:
    case Opcode::UNARY_POSITIVE: case Opcode::UNARY_NEGATIVE: case Opcode::UNARY_NOT:
    case Opcode::UNARY_INVERT: case Opcode::BINARY_SUBSCR: case Opcode::STORE_SUBSCR:
    case Opcode::DELETE_SUBSCR: case Opcode::LOAD_ASSERTION_ERROR: case Opcode::LOAD_BUILD_CLASS:
    case Opcode::SETUP_ANNOTATIONS: case Opcode::IMPORT_STAR: case Opcode::LIST_TO_TUPLE:
    case Opcode::GET_ITER: case Opcode::GET_YIELD_FROM_ITER: case Opcode::GET_LEN:
    case Opcode::RETURN_VALUE: case Opcode::PRINT_EXPR: case Opcode::PUSH_EXC_INFO:
    case Opcode::POP_EXCEPT: case Opcode::CHECK_EXC_MATCH: case Opcode::CHECK_EG_MATCH:
    case Opcode::PREP_RERAISE_STAR: case Opcode::BEFORE_WITH: case Opcode::WITH_EXCEPT_START:
    case Opcode::RETURN_GENERATOR: case Opcode::GET_AITER: case Opcode::GET_ANEXT:
    case Opcode::END_ASYNC_FOR: case Opcode::BEFORE_ASYNC_WITH: case Opcode::ASYNC_GEN_WRAP:
    case Opcode::MATCH_MAPPING: case Opcode::MATCH_SEQUENCE: case Opcode::MATCH_KEYS:
      return false;
    default:
      return true;
  }
}

void disassemble_one(Code* c, std::string& out) {
  std::vector<Decoded> ins = decode(c);
  std::set<int32_t> targets;
  for (const Decoded& d : ins) {
    int32_t t = jump_target(d);
    if (t >= 0) targets.insert(t);
  }
  for (int32_t i = 0; i < c->exception_table_size; i++) targets.insert(c->exception_table[i].target);
  int32_t last_line = -1;
  char buf[160];
  for (const Decoded& d : ins) {
    int32_t line = positions_of(c)[d.offset].line;
    if (line == 0 && last_line > 0) line = last_line;  // no line of its own: the one before it
    std::string line_col = "    ";
    if (line != last_line) {
      if (!out.empty() && out.back() == '\n' && last_line != -1) out += "\n";
      std::snprintf(buf, sizeof buf, "%4d", line);
      line_col = buf;
      last_line = line;
    }
    std::string meaning = arg_meaning(c, d);
    std::snprintf(buf, sizeof buf, "%s %s %5d %-24s", line_col.c_str(), targets.count(d.start) ? ">>" : "  ",
                  d.start * 2, kOpcodeNames[static_cast<int>(d.op)]);
    std::string row = buf;
    if (has_arg(d.op)) {
      std::snprintf(buf, sizeof buf, " %4u", d.arg);
      row += buf;
      if (!meaning.empty()) row += " (" + meaning + ")";
    }
    while (!row.empty() && row.back() == ' ') row.pop_back();
    out += row + "\n";
  }
  if (c->exception_table_size > 0) {
    out += "ExceptionTable:\n";
    for (int32_t i = 0; i < c->exception_table_size; i++) {
      const ExceptionTableEntry& e = c->exception_table[i];
      int32_t last = e.start;
      for (const Decoded& d : ins) {
        if (d.start < e.end) last = d.start;
      }
      std::snprintf(buf, sizeof buf, "  %d to %d -> %d [%d]%s\n", e.start * 2, last * 2, e.target * 2,
                    e.depth, e.push_lasti ? " lasti" : "");
      out += buf;
    }
  }
}

}  // namespace

std::string disassemble(Code* code) {
  std::string out;
  disassemble_one(code, out);
  Tuple* consts = code->consts.as<Tuple>();
  for (int64_t i = 0; i < consts->size; i++) {
    Value v = consts->items[i];
    if (!v.is_object() || v.as_object()->type != &code_type) continue;
    Code* inner = v.as<Code>();
    out += "\nDisassembly of <code object " + str_to_std(inner->name.as<Str>()) + ", line " +
           std::to_string(inner->firstlineno) + ">:\n";
    out += disassemble(inner);
  }
  return out;
}

}  // namespace taipan
