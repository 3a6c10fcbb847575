// Code: the compiled form of a module, class body, function or comprehension
// (Python's `code` type). The compiler builds it; the VM runs and quickens it.
#pragma once

#include <cstdint>
#include <string>

#include "compiler/opcodes.h"
#include "objects/type.h"

namespace taipan {

// CO_* flags, same bits as CPython.
enum CodeFlags : uint32_t {
  kCoOptimized = 0x0001,
  kCoNewLocals = 0x0002,
  kCoVarargs = 0x0004,
  kCoVarkeywords = 0x0008,
  kCoNested = 0x0010,
  kCoGenerator = 0x0020,
  kCoNoFree = 0x0040,
  kCoCoroutine = 0x0080,
  kCoIterableCoroutine = 0x0100,
  kCoAsyncGenerator = 0x0200,
};

// Kinds of the "fast" slots (locals, cells, free variables), as CPython's CO_FAST_*.
enum LocalKind : uint8_t {
  kLocalFast = 0x20,
  kLocalCell = 0x40,
  kLocalFree = 0x80,
};

// Where an instruction came from, for tracebacks (3.11 prints carets).
// A line of 0 / column of -1 means unknown.
struct SourcePosition {
  int32_t line;
  int32_t end_line;
  int32_t col;      // UTF-8 byte offset, 0-based
  int32_t end_col;
};

// A module's RESUME stands on line 0 (CPython's co_firstlineno - 1): its
// position is {0, 1, 0, 0}, told from "unknown" by its column. Tracing
// treats it as no line; f_lineno, co_lines and co_positions report 0.
inline bool is_line_zero(const SourcePosition& p) { return p.line == 0 && p.col == 0; }

// One entry of the exception table: a protected range of code units, where to
// go when an exception escapes it, and the stack depth to unwind to.
struct ExceptionTableEntry {
  int32_t start;    // first code unit covered
  int32_t end;      // one past the last
  int32_t target;   // handler's code unit
  int32_t depth;    // stack depth at the handler (before pushing the exception)
  bool push_lasti;  // push the offset of the raising instruction first
};

struct Code : Object {
  // Instructions; mutable because the VM quickens them in place.
  CodeUnit* code;
  int32_t code_size;            // in units
  // One per code unit; read them through positions_of(). Null in a code
  // object loaded from the code cache or marshal until first asked for:
  // they wait packed (code_positions.cpp) in `packed_positions`. Decoding
  // them does not change what the code object is, hence `mutable`.
  mutable SourcePosition* positions;
  mutable uint8_t* packed_positions;
  mutable int32_t packed_positions_size;
  ExceptionTableEntry* exception_table;
  int32_t exception_table_size;

  int32_t argcount;             // positional parameters, including positional-only
  int32_t posonlyargcount;
  int32_t kwonlyargcount;
  uint32_t flags;               // CodeFlags
  int32_t stacksize;
  int32_t firstlineno;

  // Fast slots: locals (parameters first), then cells, then free variables.
  int32_t nlocalsplus;
  int32_t nlocals;
  int32_t ncellvars;
  int32_t nfreevars;
  Value localsplusnames;        // tuple of str
  uint8_t* localspluskinds;     // LocalKind bits per slot (a parameter that is also a cell has both)

  Value consts;                 // tuple
  Value names;                  // tuple of str: globals, attributes, imports
  Value filename;               // str
  Value name;                   // str
  Value qualname;               // str

  void* quickening;             // the VM's per-code state (caches), or null
  Value weakrefs;               // managed by the weakref machinery (objects/weakref.h)
};

extern Type code_type;

// The packed form of `count` positions, appended to `out`.
void pack_positions(const SourcePosition* positions, int32_t count, std::string* out);
// Decodes a code object's packed positions (see Code::positions).
SourcePosition* unpack_positions(const Code* c);
inline SourcePosition* positions_of(const Code* c) { return c->positions != nullptr ? c->positions : unpack_positions(c); }

int init_code_type();

// Gives `code` and every code object among its constants, recursively, the
// file name `filename` (a str): a cached module whose source moved, or
// _imp._fix_co_filename.
void code_set_filename(Code* code, Value filename);

}  // namespace taipan
