// The `code` type: lifetime, repr and the co_* attributes of Code objects.
// Code objects are built by the assembler (assembler.cpp); their arrays are
// allocated with new[] and released here.
#include "compiler/code.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include "objects/list.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

Type code_type;

namespace {

Code* as_code(Value v) { return v.as<Code>(); }

void code_dealloc(Object* self) {
  Code* c = static_cast<Code*>(self);
  delete[] c->code;
  delete[] c->positions;
  delete[] c->packed_positions;
  delete[] c->exception_table;
  delete[] c->localspluskinds;
  decref(c->localsplusnames);
  decref(c->consts);
  decref(c->names);
  decref(c->filename);
  decref(c->name);
  decref(c->qualname);
  free_object(self);
}

Ref code_repr(Value self) {
  Code* c = as_code(self);
  char addr[32];
  std::snprintf(addr, sizeof addr, "%p", static_cast<void*>(c));
  std::string s = "<code object ";
  s += str_utf8(c->name.as<Str>());
  s += " at ";
  s += addr;
  s += ", file \"";
  s += str_utf8(c->filename.as<Str>());
  s += "\", line ";
  s += std::to_string(c->firstlineno);
  s += ">";
  return str_from_utf8(s);
}

// The names of the fast slots whose kind has any bit of `kind`, as a tuple.
Ref names_of_kind(Code* c, uint8_t kind) {
  Tuple* all = c->localsplusnames.as<Tuple>();
  int64_t n = 0;
  for (int32_t i = 0; i < c->nlocalsplus; i++) n += (c->localspluskinds[i] & kind) ? 1 : 0;
  Tuple* t = tuple_new(n);
  if (t == nullptr) return nullptr;
  int64_t j = 0;
  for (int32_t i = 0; i < c->nlocalsplus; i++) {
    if (c->localspluskinds[i] & kind) {
      incref(all->items[i]);
      t->items[j++] = all->items[i];
    }
  }
  return Ref::steal(t);
}

Ref get_name(Value self) { return Ref::borrow(as_code(self)->name); }
Ref get_qualname(Value self) { return Ref::borrow(as_code(self)->qualname); }
Ref get_filename(Value self) { return Ref::borrow(as_code(self)->filename); }
Ref get_firstlineno(Value self) { return Ref::small_int(as_code(self)->firstlineno); }
Ref get_argcount(Value self) { return Ref::small_int(as_code(self)->argcount); }
Ref get_posonlyargcount(Value self) { return Ref::small_int(as_code(self)->posonlyargcount); }
Ref get_kwonlyargcount(Value self) { return Ref::small_int(as_code(self)->kwonlyargcount); }
Ref get_nlocals(Value self) { return Ref::small_int(as_code(self)->nlocals); }
Ref get_flags(Value self) { return Ref::small_int(as_code(self)->flags); }
Ref get_stacksize(Value self) { return Ref::small_int(as_code(self)->stacksize); }
Ref get_consts(Value self) { return Ref::borrow(as_code(self)->consts); }
Ref get_names(Value self) { return Ref::borrow(as_code(self)->names); }
Ref get_varnames(Value self) { return names_of_kind(as_code(self), kLocalFast); }
Ref get_cellvars(Value self) { return names_of_kind(as_code(self), kLocalCell); }
Ref get_freevars(Value self) { return names_of_kind(as_code(self), kLocalFree); }

Ref get_code(Value self) {
  Code* c = as_code(self);
  std::string bytes(static_cast<size_t>(c->code_size) * 2, '\0');
  for (int32_t i = 0; i < c->code_size; i++) {
    bytes[2 * i] = static_cast<char>(c->code[i] & 0xFF);
    bytes[2 * i + 1] = static_cast<char>(c->code[i] >> 8);
  }
  return bytes_from_string(bytes);
}

template <class T>
T* copy_array(const T* from, int64_t n) {
  T* to = new T[n > 0 ? n : 1];
  std::copy(from, from + n, to);
  return to;
}

// A field-by-field copy of c (new references, new arrays).
Code* code_copy(Code* c) {
  Code* n = new_object<Code>(&code_type);
  if (n == nullptr) return nullptr;
  n->code = copy_array(c->code, c->code_size);
  n->code_size = c->code_size;
  n->positions = copy_array(positions_of(c), c->code_size);
  n->exception_table = copy_array(c->exception_table, c->exception_table_size);
  n->exception_table_size = c->exception_table_size;
  n->argcount = c->argcount;
  n->posonlyargcount = c->posonlyargcount;
  n->kwonlyargcount = c->kwonlyargcount;
  n->flags = c->flags;
  n->stacksize = c->stacksize;
  n->firstlineno = c->firstlineno;
  n->nlocalsplus = c->nlocalsplus;
  n->nlocals = c->nlocals;
  n->ncellvars = c->ncellvars;
  n->nfreevars = c->nfreevars;
  n->localspluskinds = copy_array(c->localspluskinds, c->nlocalsplus);
  auto share = [](Value v) {
    incref(v);
    return v;
  };
  n->localsplusnames = share(c->localsplusnames);
  n->consts = share(c->consts);
  n->names = share(c->names);
  n->filename = share(c->filename);
  n->name = share(c->name);
  n->qualname = share(c->qualname);
  return n;
}

void replace_value(Value* field, Value v) {
  incref(v);
  decref(*field);
  *field = v;
}

// CPython stores line numbers relative to co_firstlineno, so moving it moves
// every line; here they are absolute and move with it.
static void shift_lines(Code* c, int32_t delta) {
  SourcePosition* positions = positions_of(c);
  for (int32_t i = 0; i < c->code_size; i++) {
    SourcePosition& p = positions[i];
    if (p.line != 0) p.line += delta;
    if (p.end_line != 0) p.end_line += delta;
  }
}

// code.replace(**changes): a copy with some co_* attributes changed.
Ref code_replace(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs != 0) return raise(exc::TypeError, "replace() takes no positional arguments");
  Code* n = code_copy(as_code(self));
  if (n == nullptr) return nullptr;
  Ref result = Ref::steal(n);
  int64_t nkw = kwnames == nullptr ? 0 : kwnames->size;
  for (int64_t i = 0; i < nkw; i++) {
    std::string key = str_to_std(kwnames->items[i].as<Str>());
    Value v = args[nargs + i];
    int32_t* int_field = key == "co_flags"             ? reinterpret_cast<int32_t*>(&n->flags)
                         : key == "co_argcount"        ? &n->argcount
                         : key == "co_posonlyargcount" ? &n->posonlyargcount
                         : key == "co_kwonlyargcount"  ? &n->kwonlyargcount
                         : key == "co_firstlineno"     ? &n->firstlineno
                         : key == "co_stacksize"       ? &n->stacksize
                                                       : nullptr;
    if (int_field != nullptr) {
      int64_t x;
      if (!is_int(v)) {
        return raise(exc::TypeError, std::string("'") + type_name_of(v) + "' object cannot be interpreted as an integer");
      }
      if (!int_to_int64(v, &x) || x > INT32_MAX) {
        return raise(exc::OverflowError, "Python int too large to convert to C int");
      }
      if (x < 0) return raise(exc::ValueError, key + " must be a positive integer");
      if (int_field == &n->firstlineno) shift_lines(n, static_cast<int32_t>(x) - n->firstlineno);
      *int_field = static_cast<int32_t>(x);
      continue;
    }
    Value* obj_field = key == "co_name"       ? &n->name
                       : key == "co_qualname" ? &n->qualname
                       : key == "co_filename" ? &n->filename
                       : key == "co_consts"   ? &n->consts
                       : key == "co_names"    ? &n->names
                                              : nullptr;
    if (obj_field == nullptr) {
      return raise(exc::TypeError, "'" + key + "' is an invalid keyword argument for replace()");
    }
    bool tuple_field = obj_field == &n->consts || obj_field == &n->names;
    if (tuple_field ? !is_tuple(v) : !is_str(v)) {
      return raise(exc::TypeError, "replace() argument '" + key + "' must be " + (tuple_field ? "tuple" : "str") +
                                       ", not " + type_name_of(v));
    }
    replace_value(obj_field, v);
  }
  return result;
}

// code.co_positions(): an iterator of (lineno, end_lineno, col_offset,
// end_col_offset) for each code unit (cache units included), None where unknown.
Ref code_positions(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("co_positions", kwnames) || !check_arg_count("co_positions", nargs, 0, 0)) return nullptr;
  Code* c = as_code(self);
  auto known = [](int32_t v, int32_t unknown) { return v == unknown ? Value::none() : Value::small_int(v); };
  Ref all = Ref::steal(tuple_new(c->code_size));
  if (!all) return nullptr;
  // An instruction with no line (artificial jumps, the implicit return)
  // reports the position of the one emitted before it, as CPython copies
  // it in; its line stays 0 in `positions`, which tracing reads.
  const SourcePosition* positions = positions_of(c);
  const SourcePosition* last = nullptr;
  for (int32_t i = 0; i < c->code_size; i++) {
    if (positions[i].line > 0) last = &positions[i];
    const SourcePosition& p = positions[i].line == 0 && last != nullptr ? *last : positions[i];
    Value line = is_line_zero(p) ? Value::small_int(0) : known(p.line, 0);
    Ref entry = tuple_pack({line, known(p.end_line, 0), known(p.col, -1), known(p.end_col, -1)});
    if (!entry) return nullptr;
    all.as<Tuple>()->items[i] = entry.release();
  }
  return iter(*all);
}

// code.co_lines(): (start, end, line) byte ranges of equal line, line None
// where unknown; an instruction with no line takes the one before it, as
// in co_positions.
Ref code_lines(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("co_lines", kwnames) || !check_arg_count("co_lines", nargs, 0, 0)) return nullptr;
  Code* c = as_code(self);
  Ref out = Ref::steal(list_new(0));
  if (!out) return nullptr;
  const SourcePosition* positions = positions_of(c);
  // Lines here are -1 where unknown, as 0 is the module RESUME's line.
  int32_t last = -1, start = 0, current = -1;
  for (int32_t i = 0; i <= c->code_size; i++) {
    int32_t line = current;
    if (i < c->code_size) {
      if (positions[i].line > 0 || is_line_zero(positions[i])) last = positions[i].line;
      line = last;
    }
    if (i > 0 && (line != current || i == c->code_size)) {
      Ref entry = tuple_pack({Value::small_int(start * 2), Value::small_int(i * 2),
                              current >= 0 ? Value::small_int(current) : Value::none()});
      if (!entry || list_append(out.as<List>(), *entry) < 0) return nullptr;
      start = i;
    }
    current = line;
  }
  return iter(*out);
}

const MethodDef code_methods[] = {
    {"co_lines", code_lines, kMethodInstance, "Return an iterator of (start, end, line) byte ranges."},
    {"replace", code_replace, kMethodInstance, "Return a copy of the code object with new values for the specified fields."},
    {"co_positions", code_positions, kMethodInstance, "Return an iterator of source positions, one per code unit."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef code_getsets[] = {
    {"co_name", get_name, nullptr, nullptr},
    {"co_qualname", get_qualname, nullptr, nullptr},
    {"co_filename", get_filename, nullptr, nullptr},
    {"co_firstlineno", get_firstlineno, nullptr, nullptr},
    {"co_argcount", get_argcount, nullptr, nullptr},
    {"co_posonlyargcount", get_posonlyargcount, nullptr, nullptr},
    {"co_kwonlyargcount", get_kwonlyargcount, nullptr, nullptr},
    {"co_nlocals", get_nlocals, nullptr, nullptr},
    {"co_varnames", get_varnames, nullptr, nullptr},
    {"co_cellvars", get_cellvars, nullptr, nullptr},
    {"co_freevars", get_freevars, nullptr, nullptr},
    {"co_consts", get_consts, nullptr, nullptr},
    {"co_names", get_names, nullptr, nullptr},
    {"co_flags", get_flags, nullptr, nullptr},
    {"co_code", get_code, nullptr, nullptr},
    {"co_stacksize", get_stacksize, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

void code_set_filename(Code* code, Value filename) {
  if (code->filename.bits() == filename.bits()) return;
  Value old = code->filename;
  incref(filename);
  code->filename = filename;
  decref(old);
  Tuple* consts = code->consts.as<Tuple>();
  for (int64_t i = 0; i < consts->size; ++i) {
    if (type_of(consts->items[i]) == &code_type) code_set_filename(consts->items[i].as<Code>(), filename);
  }
}

int init_code_type() {
  code_type.refcnt = kImmortalRefcnt;
  code_type.type = &type_type;
  code_type.name = "code";
  code_type.basic_size = sizeof(Code);
  {
    static Code probe{};
    code_type.weaklist_offset = reinterpret_cast<char*>(&probe.weakrefs) - reinterpret_cast<char*>(&probe);
  }
  code_type.dealloc = code_dealloc;
  code_type.repr = code_repr;
  code_type.getsets = code_getsets;
  code_type.methods = code_methods;
  code_type.doc = "Create a code object.  Not for the faint of heart.";
  return type_ready(&code_type);
}

}  // namespace taipan
