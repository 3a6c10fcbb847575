// The `_symtable` module under CPython's symtable.py: symtable(source,
// filename, mode) builds Taipan's own symbol table (compiler/symtable.h) and
// returns it as "symtable entry" objects with CPython's attributes and flag
// values (DEF_* bits with the scope above SCOPE_OFF), so the library module
// reports what CPython's would.
#include <string>

#include "compiler/compile.h"
#include "compiler/symtable.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {
namespace {

using compiler::NameScope;
using compiler::Scope;
using compiler::ScopeKind;

// CPython's values (Include/internal/pycore_symtable.h), which symtable.py
// and its users read.
enum : int64_t {
  kDefGlobal = 1,
  kDefLocal = 2,
  kDefParam = 4,
  kDefNonlocal = 8,
  kUse = 16,
  kDefFree = 32,
  kDefFreeClass = 64,
  kDefImport = 128,
  kDefAnnot = 256,
  kDefCompIter = 512,
  kDefBound = kDefLocal | kDefParam | kDefImport,
  kScopeOff = 11,
  kScopeMask = kDefGlobal | kDefLocal | kDefParam | kDefNonlocal,
  kTypeFunction = 0,
  kTypeClass = 1,
  kTypeModule = 2,
};

// An entry's attributes.
enum EntryField { kId, kName, kSymbols, kVarnames, kChildren, kNested, kType, kLineno, kFieldCount };

struct Entry : Object {
  Value fields[kFieldCount];  // owned
};

Type entry_type;

void entry_traverse(Object* self, VisitFn visit, void* arg) {
  for (Value v : static_cast<Entry*>(self)->fields) {
    if (!v.is_null()) visit(v, arg);
  }
}

void entry_clear(Object* self) {
  for (Value& v : static_cast<Entry*>(self)->fields) {
    Value old = v;
    v = Value();
    if (!old.is_null()) decref(old);
  }
}

void entry_dealloc(Object* self) {
  entry_clear(self);
  free_object(self);
}

template <int I>
Ref entry_get(Value self) {
  return Ref::borrow(self.as<Entry>()->fields[I]);
}

Ref entry_repr(Value self) {
  Entry* e = self.as<Entry>();
  Ref id = repr(e->fields[kId]);
  Ref line = repr(e->fields[kLineno]);
  if (!id || !line) return nullptr;
  return str_from_utf8("<symtable entry " + str_to_std(e->fields[kName].as<Str>()) + "(" +
                       str_to_std(id.as<Str>()) + "), line " + str_to_std(line.as<Str>()) + ">");
}

const GetSetDef kEntryGetSets[] = {
    {"id", entry_get<kId>, nullptr, nullptr},
    {"name", entry_get<kName>, nullptr, nullptr},
    {"symbols", entry_get<kSymbols>, nullptr, nullptr},
    {"varnames", entry_get<kVarnames>, nullptr, nullptr},
    {"children", entry_get<kChildren>, nullptr, nullptr},
    {"nested", entry_get<kNested>, nullptr, nullptr},
    {"type", entry_get<kType>, nullptr, nullptr},
    {"lineno", entry_get<kLineno>, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

int64_t cpython_flags(const compiler::Symbol& sym) {
  uint32_t f = sym.flags;
  int64_t out = 0;
  if (f & compiler::kDefGlobal) out |= kDefGlobal;
  if (f & compiler::kDefLocal) out |= kDefLocal;
  if (f & compiler::kDefParam) out |= kDefParam;
  if (f & compiler::kDefNonlocal) out |= kDefNonlocal;
  if (f & compiler::kUse) out |= kUse;
  if (f & compiler::kDefFreeClass) out |= kDefFreeClass;
  if (f & compiler::kDefImport) out |= kDefImport;
  if (f & compiler::kDefAnnot) out |= kDefAnnot;
  if (f & compiler::kDefCompIter) out |= kDefCompIter;
  // NameScope's order (after Unknown) is CPython's LOCAL .. CELL.
  return out | (static_cast<int64_t>(sym.scope) << kScopeOff);
}

int64_t cpython_type(ScopeKind kind) {
  switch (kind) {
    case ScopeKind::Module: return kTypeModule;
    case ScopeKind::Class: return kTypeClass;
    default: return kTypeFunction;
  }
}

// CPython names lambdas and comprehensions' blocks without the angle brackets
// their code objects carry.
std::string block_name(const Scope& s) {
  bool bare = (s.kind == ScopeKind::Lambda || s.kind == ScopeKind::Comprehension) &&
              s.name.size() > 2 && s.name.front() == '<' && s.name.back() == '>';
  return bare ? s.name.substr(1, s.name.size() - 2) : s.name;
}

Ref make_entry(const Scope& s) {
  auto* e = new_object<Entry>(&entry_type);
  if (e == nullptr) return nullptr;
  Ref entry = Ref::steal(e);
  auto take = [&](EntryField field, Ref v) {
    if (!v) return false;
    e->fields[field] = v.release();
    return true;
  };
  Ref symbols = Ref::steal(dict_new());
  if (!symbols) return nullptr;
  for (const std::string& name : s.order) {
    Ref key = str_from_utf8(name);
    Ref flags = int_from_int64(cpython_flags(s.symbols.at(name)));
    if (!key || !flags || dict_set(symbols.as<Dict>(), key.get(), flags.get()) < 0) return nullptr;
  }
  Ref varnames = Ref::steal(list_new(0));
  if (!varnames) return nullptr;
  for (const std::string& name : s.params) {
    Ref v = str_from_utf8(name);
    if (!v || list_append(varnames.as<List>(), v.get()) < 0) return nullptr;
  }
  Ref children = Ref::steal(list_new(0));
  if (!children) return nullptr;
  for (const auto& child : s.children) {
    // As in CPython, the blocks of annotations kept as text are not children.
    if (child->kind == ScopeKind::Annotation) continue;
    Ref c = make_entry(*child);
    if (!c || list_append(children.as<List>(), c.get()) < 0) return nullptr;
  }
  if (!take(kId, int_from_int64(static_cast<int64_t>(reinterpret_cast<uintptr_t>(e)))) ||
      !take(kName, str_from_utf8(block_name(s))) || !take(kSymbols, std::move(symbols)) ||
      !take(kVarnames, std::move(varnames)) || !take(kChildren, std::move(children)) ||
      !take(kNested, int_from_int64(s.is_nested ? 1 : 0)) ||
      !take(kType, int_from_int64(cpython_type(s.kind))) || !take(kLineno, int_from_int64(s.lineno))) {
    return nullptr;
  }
  return entry;
}

Ref entries_of(const compiler::SymbolTable& table) { return make_entry(*table.top()); }

Ref symtable_symtable(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("symtable", kwnames) || !check_arg_count("symtable", nargs, 3, 3)) return nullptr;
  std::string source;
  parser::SourceKind kind;
  if (!source_text("symtable", args[0], &source, &kind, "string or bytes object")) return nullptr;
  std::string filename;
  if (is_str(args[1])) {
    filename = str_to_std(args[1].as<Str>());
  } else if (is_bytes(args[1])) {
    filename = std::string(bytes_view(args[1].as<Bytes>()));
  } else {
    return raise(exc::TypeError, std::string("expected str, bytes or os.PathLike object, not ") +
                                     type_name_of(args[1]));
  }
  if (!is_str(args[2])) {
    return raise(exc::TypeError, std::string("symtable() argument 3 must be str, not ") + type_name_of(args[2]));
  }
  std::string_view m = str_utf8(args[2].as<Str>());
  CompileMode mode;
  if (m == "exec") {
    mode = CompileMode::Exec;
  } else if (m == "eval") {
    mode = CompileMode::Eval;
  } else if (m == "single") {
    mode = CompileMode::Single;
  } else {
    return raise(exc::ValueError, "symtable() arg 3 must be 'exec' or 'eval' or 'single'");
  }
  return symtable_source(source, filename, mode, kind, entries_of);
}

const MethodDef kSymtableFunctions[] = {
    {"symtable", symtable_symtable, kMethodInstance, "Return symbol and scope dictionaries used internally by compiler."},
    {nullptr, nullptr, 0, nullptr},
};

int init_entry_type() {
  if (type_has_flag(&entry_type, kTypeReady)) return 0;
  Type* t = &entry_type;
  t->refcnt = kImmortalRefcnt;
  t->type = &type_type;
  t->name = "symtable entry";
  t->basic_size = sizeof(Entry);
  t->flags = kTypeGC;
  t->base = &object_type;
  t->getsets = kEntryGetSets;
  t->repr = entry_repr;
  t->dealloc = entry_dealloc;
  t->traverse = entry_traverse;
  t->clear = entry_clear;
  return type_ready(t);
}

}  // namespace

Ref make_symtable_module() {
  if (init_entry_type() < 0) return nullptr;
  Ref module = module_new("_symtable", true);
  if (!module || module_add_functions(module.get(), kSymtableFunctions) < 0) return nullptr;
  static const struct {
    const char* name;
    int64_t value;
  } kConstants[] = {
      {"USE", kUse},
      {"DEF_GLOBAL", kDefGlobal},
      {"DEF_NONLOCAL", kDefNonlocal},
      {"DEF_LOCAL", kDefLocal},
      {"DEF_PARAM", kDefParam},
      {"DEF_FREE", kDefFree},
      {"DEF_FREE_CLASS", kDefFreeClass},
      {"DEF_IMPORT", kDefImport},
      {"DEF_BOUND", kDefBound},
      {"DEF_ANNOT", kDefAnnot},
      {"TYPE_FUNCTION", kTypeFunction},
      {"TYPE_CLASS", kTypeClass},
      {"TYPE_MODULE", kTypeModule},
      {"LOCAL", static_cast<int64_t>(NameScope::Local)},
      {"GLOBAL_EXPLICIT", static_cast<int64_t>(NameScope::GlobalExplicit)},
      {"GLOBAL_IMPLICIT", static_cast<int64_t>(NameScope::GlobalImplicit)},
      {"FREE", static_cast<int64_t>(NameScope::Free)},
      {"CELL", static_cast<int64_t>(NameScope::Cell)},
      {"SCOPE_OFF", kScopeOff},
      {"SCOPE_MASK", kScopeMask},
  };
  for (const auto& c : kConstants) {
    Ref v = int_from_int64(c.value);
    if (!v || module_add(module.get(), c.name, v.get()) < 0) return nullptr;
  }
  return module;
}

}  // namespace taipan
