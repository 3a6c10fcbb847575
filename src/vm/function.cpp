// The `function`, `method` and `cell` types, and binding call arguments to a
// Python function's parameters with CPython's error messages.
#include "vm/function.h"

#include <cstddef>
#include <cstdio>
#include <string>
#include <vector>

#include "objects/singletons.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/builtins.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "vm/eval.h"
#include "vm/frame.h"

namespace taipan {

Type function_type;
Type method_type;
Type cell_type;

namespace {

std::string address_of(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", p);
  return buf;
}

std::string utf8_of(Value s) { return is_str(s) ? str_to_std(s.as<Str>()) : std::string("?"); }

// ---- argument binding ----

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'", as CPython lists missing names.
std::string join_names(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); i++) {
    if (i > 0) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += "'" + names[i] + "'";
  }
  return out;
}

std::string param_name(Code* co, int i) { return str_to_std(co->localsplusnames.as<Tuple>()->items[i].as<Str>()); }

void raise_missing(Function* f, Frame* frame, int from, int to, int ndefaults, const char* kind) {
  Code* co = f->code;
  std::vector<std::string> missing;
  for (int i = from; i < to; i++) {
    if (frame->localsplus[i].is_null() && i < to - ndefaults) missing.push_back(param_name(co, i));
  }
  std::string msg = utf8_of(f->qualname) + "() missing " + std::to_string(missing.size()) + " required " + kind +
                    " argument" + (missing.size() == 1 ? "" : "s") + ": " + join_names(missing);
  raise(exc::TypeError, msg);
}

void raise_too_many_positional(Function* f, Frame* frame, size_t given) {
  Code* co = f->code;
  int64_t ndefaults = f->defaults.is_null() ? 0 : f->defaults.as<Tuple>()->size;
  int kwonly_given = 0;
  for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++) {
    if (!frame->localsplus[i].is_null()) kwonly_given++;
  }
  std::string sig;
  bool plural;
  if (ndefaults > 0) {
    sig = "from " + std::to_string(co->argcount - ndefaults) + " to " + std::to_string(co->argcount);
    plural = true;
  } else {
    sig = std::to_string(co->argcount);
    plural = co->argcount != 1;
  }
  std::string kwonly_sig;
  if (kwonly_given > 0) {
    kwonly_sig = std::string(" positional argument") + (given != 1 ? "s" : "") + " (and " +
                 std::to_string(kwonly_given) + " keyword-only argument" + (kwonly_given != 1 ? "s" : "") + ")";
  }
  std::string msg = utf8_of(f->qualname) + "() takes " + sig + " positional argument" + (plural ? "s" : "") +
                    " but " + std::to_string(given) + kwonly_sig + " " +
                    (given == 1 && kwonly_given == 0 ? "was" : "were") + " given";
  raise(exc::TypeError, msg);
}

// The parameter slot named `name` among [from, to), or -1.
int find_param(Code* co, Str* name, int from, int to) {
  Tuple* names = co->localsplusnames.as<Tuple>();
  for (int i = from; i < to; i++) {
    if (names->items[i].as_object() == name) return i;
  }
  for (int i = from; i < to; i++) {
    if (str_equal(names->items[i].as<Str>(), name)) return i;
  }
  return -1;
}

}  // namespace

bool bind_function_args(Function* f, Frame* frame, const Value* args, size_t nargs, Tuple* kwnames) {
  Code* co = f->code;
  Value* slots = frame->localsplus;
  const int argcount = co->argcount;
  const int total = argcount + co->kwonlyargcount;
  const bool has_varargs = (co->flags & kCoVarargs) != 0;
  const bool has_varkw = (co->flags & kCoVarkeywords) != 0;
  const size_t nkw = kwnames == nullptr ? 0 : static_cast<size_t>(kwnames->size);

  Dict* kwdict = nullptr;
  if (has_varkw) {
    kwdict = dict_new();
    if (kwdict == nullptr) return false;
    slots[total + (has_varargs ? 1 : 0)] = Value::object(kwdict);
  }
  size_t npos = nargs < static_cast<size_t>(argcount) ? nargs : static_cast<size_t>(argcount);
  for (size_t i = 0; i < npos; i++) {
    incref(args[i]);
    slots[i] = args[i];
  }
  if (has_varargs) {
    Ref rest = nargs > npos ? tuple_from_array(args + npos, static_cast<int64_t>(nargs - npos))
                            : Ref::borrow(empty_tuple());
    if (!rest) return false;
    slots[total] = rest.release();
  }

  std::vector<std::string> posonly_as_keyword;
  for (size_t k = 0; k < nkw; k++) {
    Value key = kwnames->items[k];
    Value value = args[nargs + k];
    if (!is_str(key)) {
      raise(exc::TypeError, utf8_of(f->qualname) + "() keywords must be strings");
      return false;
    }
    Str* name = key.as<Str>();
    int slot = find_param(co, name, co->posonlyargcount, total);
    if (slot < 0) {
      if (kwdict != nullptr) {
        if (dict_set(kwdict, key, value) < 0) return false;
        continue;
      }
      if (find_param(co, name, 0, co->posonlyargcount) >= 0) {
        posonly_as_keyword.push_back(str_to_std(name));
        continue;
      }
      raise(exc::TypeError, utf8_of(f->qualname) + "() got an unexpected keyword argument '" + str_to_std(name) + "'");
      return false;
    }
    if (!slots[slot].is_null()) {
      raise(exc::TypeError, utf8_of(f->qualname) + "() got multiple values for argument '" + str_to_std(name) + "'");
      return false;
    }
    incref(value);
    slots[slot] = value;
  }
  if (!posonly_as_keyword.empty()) {
    std::string list;
    for (size_t i = 0; i < posonly_as_keyword.size(); i++) list += (i ? ", " : "") + posonly_as_keyword[i];
    raise(exc::TypeError, utf8_of(f->qualname) +
                              "() got some positional-only arguments passed as keyword arguments: '" + list + "'");
    return false;
  }
  if (nargs > static_cast<size_t>(argcount) && !has_varargs) {
    raise_too_many_positional(f, frame, nargs);
    return false;
  }

  if (nargs < static_cast<size_t>(argcount)) {
    Tuple* defaults = f->defaults.is_null() ? nullptr : f->defaults.as<Tuple>();
    int ndefaults = defaults == nullptr ? 0 : static_cast<int>(defaults->size);
    int first_default = argcount - ndefaults;
    for (int i = static_cast<int>(nargs); i < first_default; i++) {
      if (slots[i].is_null()) {
        raise_missing(f, frame, static_cast<int>(nargs), argcount, ndefaults, "positional");
        return false;
      }
    }
    for (int i = first_default > static_cast<int>(nargs) ? first_default : static_cast<int>(nargs); i < argcount; i++) {
      if (slots[i].is_null()) {
        Value d = defaults->items[i - first_default];
        incref(d);
        slots[i] = d;
      }
    }
  }
  if (co->kwonlyargcount > 0) {
    bool missing = false;
    for (int i = argcount; i < total; i++) {
      if (!slots[i].is_null()) continue;
      if (!f->kwdefaults.is_null()) {
        Value d = dict_get(f->kwdefaults.as<Dict>(), co->localsplusnames.as<Tuple>()->items[i]);
        if (!d.is_null()) {
          incref(d);
          slots[i] = d;
          continue;
        }
        if (error_occurred()) return false;
      }
      missing = true;
    }
    if (missing) {
      raise_missing(f, frame, argcount, total, 0, "keyword-only");
      return false;
    }
  }
  return true;
}

// ---- function ----

Ref function_new(Code* code, Dict* globals) {
  auto* f = new_object<Function>(&function_type);
  if (f == nullptr) return nullptr;
  Ref result = Ref::steal(f);
  incref(code);
  f->code = code;
  incref(globals);
  f->globals = globals;
  Dict* builtins = builtins_for_globals(globals);
  incref(builtins);
  f->builtins = builtins;
  f->name = Ref::borrow(code->name).release();
  f->qualname = Ref::borrow(code->qualname).release();
  Value module = dict_get_str(globals, intern("__name__"));
  f->module = module.is_null() ? Value::none() : Ref::borrow(module).release();
  Tuple* consts = code->consts.as<Tuple>();
  // A docstring is the first constant of a function whose body starts with one.
  f->doc = Value::none();
  if (consts->size > 0 && is_str(consts->items[0]) && (code->flags & kCoOptimized)) {
    f->doc = Ref::borrow(consts->items[0]).release();
  }
  static uint32_t next_version = 1;
  f->version = next_version++;
  return result;
}

namespace {

Function* as_function(Value v) { return v.as<Function>(); }

void function_traverse(Object* self, VisitFn visit, void* arg) {
  auto* f = static_cast<Function*>(self);
  for (Value v : {f->name, f->qualname, f->module, f->doc, f->defaults, f->kwdefaults, f->closure, f->annotations}) {
    if (!v.is_null()) visit(v, arg);
  }
  if (f->dict != nullptr) visit(Value::object(f->dict), arg);
  visit(Value::object(f->globals), arg);
  visit(Value::object(f->code), arg);  // not tracked; gc.get_referrers(code) finds the function
}

void function_clear(Object* self) {
  auto* f = static_cast<Function*>(self);
  for (Value* v : {&f->defaults, &f->kwdefaults, &f->closure, &f->annotations, &f->doc, &f->module}) {
    Value old = *v;
    *v = Value();
    decref(old);
  }
  if (f->dict != nullptr) {
    Dict* d = f->dict;
    f->dict = nullptr;
    decref(d);
  }
}

void function_dealloc(Object* self) {
  auto* f = static_cast<Function*>(self);
  function_clear(self);
  decref(f->name);
  decref(f->qualname);
  decref(f->code);
  decref(f->globals);
  decref(f->builtins);
  free_object(self);
}

Ref function_repr(Value self) {
  return str_from_utf8("<function " + utf8_of(as_function(self)->qualname) + " at " +
                       address_of(self.as_object()) + ">");
}

Ref function_call_slot(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  return call_function(as_function(callable), args, nargs, kwnames);
}

Ref function_descr_get(Value descr, Value obj, Type*) {
  if (obj.is_null()) return Ref::borrow(descr);
  return method_new(descr, obj);
}

// Replaces an owned field, with `none_means_null` for the attributes where
// assigning None clears the value (__defaults__, __kwdefaults__).
int replace_field(Value* field, Value v, bool none_means_null) {
  Value old = *field;
  if (v.is_null() || (none_means_null && v.is_none())) {
    *field = Value();
  } else {
    incref(v);
    *field = v;
  }
  decref(old);
  return 0;
}

Ref or_none(Value v) { return v.is_null() ? Ref::none() : Ref::borrow(v); }

Ref fn_get_code(Value self) { return Ref::borrow(as_function(self)->code); }
int fn_set_code(Value self, Value v) {
  if (v.is_null() || !v.is_object() || v.as_object()->type != &code_type)
    return fail(exc::TypeError, "__code__ must be set to a code object");
  Function* f = as_function(self);
  incref(v);
  Code* old = f->code;
  f->code = v.as<Code>();
  f->version = 0;
  decref(old);
  return 0;
}
Ref fn_get_defaults(Value self) { return or_none(as_function(self)->defaults); }
int fn_set_defaults(Value self, Value v) {
  if (!v.is_null() && !v.is_none() && !is_tuple(v)) return fail(exc::TypeError, "__defaults__ must be set to a tuple object");
  as_function(self)->version = 0;
  return replace_field(&as_function(self)->defaults, v, true);
}
Ref fn_get_kwdefaults(Value self) { return or_none(as_function(self)->kwdefaults); }
int fn_set_kwdefaults(Value self, Value v) {
  if (!v.is_null() && !v.is_none() && !is_dict(v)) return fail(exc::TypeError, "__kwdefaults__ must be set to a dict object");
  return replace_field(&as_function(self)->kwdefaults, v, true);
}
Ref fn_get_globals(Value self) { return Ref::borrow(as_function(self)->globals); }
Ref fn_get_builtins(Value self) { return Ref::borrow(as_function(self)->builtins); }
Ref fn_get_closure(Value self) { return or_none(as_function(self)->closure); }
Ref fn_get_name(Value self) { return Ref::borrow(as_function(self)->name); }
int fn_set_name(Value self, Value v) {
  if (v.is_null() || !is_str(v)) return fail(exc::TypeError, "__name__ must be set to a string object");
  return replace_field(&as_function(self)->name, v, false);
}
Ref fn_get_qualname(Value self) { return Ref::borrow(as_function(self)->qualname); }
int fn_set_qualname(Value self, Value v) {
  if (v.is_null() || !is_str(v)) return fail(exc::TypeError, "__qualname__ must be set to a string object");
  return replace_field(&as_function(self)->qualname, v, false);
}
Ref fn_get_doc(Value self) { return or_none(as_function(self)->doc); }
int fn_set_doc(Value self, Value v) { return replace_field(&as_function(self)->doc, v.is_null() ? Value::none() : v, false); }
Ref fn_get_module(Value self) { return or_none(as_function(self)->module); }
int fn_set_module(Value self, Value v) { return replace_field(&as_function(self)->module, v.is_null() ? Value::none() : v, false); }
Ref fn_get_annotations(Value self) {
  Function* f = as_function(self);
  if (f->annotations.is_null()) {
    Dict* d = dict_new();
    if (d == nullptr) return nullptr;
    f->annotations = Value::object(d);
  }
  return Ref::borrow(f->annotations);
}
int fn_set_annotations(Value self, Value v) {
  if (!v.is_null() && !v.is_none() && !is_dict(v)) return fail(exc::TypeError, "__annotations__ must be set to a dict object");
  return replace_field(&as_function(self)->annotations, v, true);
}
Ref fn_get_dict(Value self) {
  Function* f = as_function(self);
  if (f->dict == nullptr) {
    f->dict = dict_new();
    if (f->dict == nullptr) return nullptr;
  }
  return Ref::borrow(f->dict);
}
int fn_set_dict(Value self, Value v) {
  if (v.is_null() || !is_dict(v)) return fail(exc::TypeError, "__dict__ must be set to a dictionary, not a '" + std::string(type_name_of(v)) + "'");
  Function* f = as_function(self);
  incref(v);
  Dict* old = f->dict;
  f->dict = v.as<Dict>();
  if (old != nullptr) decref(old);
  return 0;
}

const GetSetDef kFunctionGetSets[] = {
    {"__code__", fn_get_code, fn_set_code, nullptr},
    {"__defaults__", fn_get_defaults, fn_set_defaults, nullptr},
    {"__kwdefaults__", fn_get_kwdefaults, fn_set_kwdefaults, nullptr},
    {"__globals__", fn_get_globals, nullptr, nullptr},
    {"__builtins__", fn_get_builtins, nullptr, nullptr},
    {"__closure__", fn_get_closure, nullptr, nullptr},
    {"__name__", fn_get_name, fn_set_name, nullptr},
    {"__qualname__", fn_get_qualname, fn_set_qualname, nullptr},
    {"__doc__", fn_get_doc, fn_set_doc, nullptr},
    {"__module__", fn_get_module, fn_set_module, nullptr},
    {"__annotations__", fn_get_annotations, fn_set_annotations, nullptr},
    {"__dict__", fn_get_dict, fn_set_dict, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// ---- method ----

Method* as_method(Value v) { return v.as<Method>(); }

void method_traverse(Object* self, VisitFn visit, void* arg) {
  auto* m = static_cast<Method*>(self);
  visit(m->func, arg);
  visit(m->self, arg);
}

void method_dealloc(Object* self) {
  auto* m = static_cast<Method*>(self);
  decref(m->func);
  decref(m->self);
  free_object(self);
}

Ref method_call_slot(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  Method* m = as_method(callable);
  size_t total = nargs + 1 + (kwnames == nullptr ? 0 : static_cast<size_t>(kwnames->size));
  Value small[8];
  std::vector<Value> large;
  Value* buf = small;
  if (total > 8) {
    large.resize(total);
    buf = large.data();
  }
  buf[0] = m->self;
  for (size_t i = 1; i < total; i++) buf[i] = args[i - 1];
  return call(m->func, buf, nargs + 1, kwnames);
}

Ref method_repr(Value self) {
  Method* m = as_method(self);
  Ref name = getattr_optional(m->func, intern("__qualname__"));
  if (!name) {
    if (error_occurred()) return nullptr;
    name = getattr_optional(m->func, intern("__name__"));
    if (!name && error_occurred()) return nullptr;
  }
  Ref self_repr = repr(m->self);
  if (!self_repr) return nullptr;
  std::string n = name && is_str(*name) ? str_to_std(name.as<Str>()) : "?";
  return str_from_utf8("<bound method " + n + " of " + str_to_std(self_repr.as<Str>()) + ">");
}

Ref method_richcompare(Value a, Value b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_method(b)) return ref_not_implemented();
  int eq = as_method(a)->self == as_method(b)->self ? equal(as_method(a)->func, as_method(b)->func) : 0;
  if (eq < 0) return nullptr;
  return Ref::boolean((eq == 1) == (op == CompareOp::Eq));
}

int64_t method_hash(Value self) {
  Method* m = as_method(self);
  int64_t h = hash(m->func);
  if (h == -1) return -1;
  int64_t x = static_cast<int64_t>(reinterpret_cast<uintptr_t>(m->self.bits()) >> 4) ^ h;
  return x == -1 ? -2 : x;
}

Ref method_getattr(Value self, Str* name) {
  Ref r = generic_getattr(self, name);
  if (r || !error_matches(exc::AttributeError)) return r;
  clear_error();
  return getattr(as_method(self)->func, name);
}

// __reduce__: (getattr, (instance, function's __name__)), as CPython's.
Ref method_reduce(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("__reduce__", kwnames) || !check_arg_count("__reduce__", nargs, 0, 0)) return nullptr;
  Ref name = getattr(as_method(self)->func, intern("__name__"));
  Ref getattr_fn = name ? getattr(builtins_module(), intern("getattr")) : nullptr;
  Ref args = getattr_fn ? tuple_pack({as_method(self)->self, name.get()}) : nullptr;
  return args ? tuple_pack({getattr_fn.get(), args.get()}) : nullptr;
}

const MethodDef kMethodMethods[] = {
    {"__reduce__", method_reduce, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// method(function, instance): what types.MethodType calls.
Ref method_construct(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("method", kwnames)) return nullptr;
  if (nargs != 2) {
    return raise(exc::TypeError, "method expected 2 arguments, got " + std::to_string(nargs));
  }
  if (type_of(args[0])->call == nullptr) return raise(exc::TypeError, "first argument must be callable");
  if (args[1].is_none()) return raise(exc::TypeError, "instance must not be None");
  return method_new(args[0], args[1]);
}

// function(code, globals, name=None, argdefs=None, closure=None): what
// types.FunctionType builds, with CPython's checks and messages.
Ref function_construct(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"code", "globals", "name", "argdefs", "closure"};
  Value a[5];
  if (!bind_args(ArgSpec{"function", kNames, 5, 0, 2}, args, nargs, kwnames, a)) return nullptr;
  auto bad = [](const char* name, const char* expected, Value v) {
    return raise(exc::TypeError, std::string("function() argument '") + name + "' must be " + expected + ", not " +
                                     (v.is_none() ? "None" : type_name_of(v)));
  };
  if (type_of(a[0]) != &code_type) return bad("code", "code", a[0]);
  if (!is_dict(a[1])) return bad("globals", "dict", a[1]);
  auto given = [](Value v) { return !v.is_null() && !v.is_none(); };
  if (given(a[2]) && !is_str(a[2])) return raise(exc::TypeError, "arg 3 (name) must be None or string");
  if (given(a[3]) && !is_tuple(a[3])) return raise(exc::TypeError, "arg 4 (defaults) must be None or tuple");
  Code* code = a[0].as<Code>();
  if (given(a[4]) && !is_tuple(a[4])) return raise(exc::TypeError, "arg 5 (closure) must be None or tuple");
  if (!given(a[4]) && code->nfreevars > 0) return raise(exc::TypeError, "arg 5 (closure) must be tuple");
  int64_t nclosure = given(a[4]) ? a[4].as<Tuple>()->size : 0;
  if (nclosure != code->nfreevars) {
    return raise(exc::ValueError, utf8_of(code->name) + " requires closure of length " +
                                      std::to_string(code->nfreevars) + ", not " + std::to_string(nclosure));
  }
  for (int64_t i = 0; i < nclosure; i++) {
    Value cell = a[4].as<Tuple>()->items[i];
    if (!is_cell(cell)) {
      return raise(exc::TypeError, std::string("arg 5 (closure) expected cell, found ") + type_name_of(cell));
    }
  }
  Ref fn_ref = function_new(code, a[1].as<Dict>());
  if (!fn_ref) return nullptr;
  Function* fn = fn_ref.as<Function>();
  if (given(a[2])) replace_field(&fn->name, a[2], false);
  if (given(a[3])) fn->defaults = Ref::borrow(a[3]).release();
  if (nclosure > 0) fn->closure = Ref::borrow(a[4]).release();
  return fn_ref;
}

Ref method_get_self(Value self) { return Ref::borrow(as_method(self)->self); }
Ref method_get_func(Value self) { return Ref::borrow(as_method(self)->func); }
// A bound method's __doc__ is its function's (the type's own doc would hide it).
Ref method_get_doc(Value self) { return getattr(as_method(self)->func, "__doc__"); }

const GetSetDef kMethodGetSets[] = {
    {"__self__", method_get_self, nullptr, nullptr},
    {"__func__", method_get_func, nullptr, nullptr},
    {"__doc__", method_get_doc, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// ---- cell ----

void cell_traverse(Object* self, VisitFn visit, void* arg) {
  Value v = static_cast<Cell*>(self)->contents;
  if (!v.is_null()) visit(v, arg);
}

void cell_clear(Object* self) {
  auto* c = static_cast<Cell*>(self);
  Value old = c->contents;
  c->contents = Value();
  decref(old);
}

void cell_dealloc(Object* self) {
  cell_clear(self);
  free_object(self);
}

Ref cell_repr(Value self) {
  Value v = self.as<Cell>()->contents;
  std::string s = "<cell at " + address_of(self.as_object()) + ": ";
  if (v.is_null()) {
    s += "empty>";
  } else {
    s += std::string(type_name_of(v)) + " object at " + address_of(v.is_object() ? v.as_object() : nullptr) + ">";
  }
  return str_from_utf8(s);
}

Ref cell_get_contents(Value self) {
  Value v = self.as<Cell>()->contents;
  if (v.is_null()) return raise(exc::ValueError, "Cell is empty");
  return Ref::borrow(v);
}
int cell_set_contents(Value self, Value v) { return replace_field(&self.as<Cell>()->contents, v, false); }

const GetSetDef kCellGetSets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// offsetof is only conditionally supported for our (non-standard-layout)
// object structs, so the offset of a member is measured on a real object.
template <class T, class M>
int64_t member_offset(M T::*member) {
  alignas(T) static unsigned char storage[sizeof(T)];
  T* probe = reinterpret_cast<T*>(storage);
  return reinterpret_cast<unsigned char*>(&(probe->*member)) - storage;
}

void init_static_type(Type* t, const char* name, size_t size) {
  t->refcnt = kImmortalRefcnt;
  t->type = &type_type;
  t->name = name;
  t->basic_size = static_cast<int64_t>(size);
  t->flags = kTypeGC;
}

}  // namespace

Ref method_new(Value func, Value self) {
  auto* m = new_object<Method>(&method_type);
  if (m == nullptr) return nullptr;
  incref(func);
  incref(self);
  m->func = func;
  m->self = self;
  return Ref::steal(m);
}

Ref cell_new(Value contents) {
  auto* c = new_object<Cell>(&cell_type);
  if (c == nullptr) return nullptr;
  incref(contents);
  c->contents = contents;
  return Ref::steal(c);
}

int init_function_type() {
  init_static_type(&function_type, "function", sizeof(Function));
  function_type.dict_offset = member_offset(&Function::dict);
  function_type.weaklist_offset = member_offset(&Function::weakrefs);
  function_type.dealloc = function_dealloc;
  function_type.traverse = function_traverse;
  function_type.clear = function_clear;
  function_type.repr = function_repr;
  function_type.call = function_call_slot;
  function_type.descr_get = function_descr_get;
  function_type.getattr = generic_getattr;
  function_type.setattr = generic_setattr;
  function_type.getsets = kFunctionGetSets;
  function_type.new_ = function_construct;
  return type_ready(&function_type);
}

int init_method_type() {
  init_static_type(&method_type, "method", sizeof(Method));
  method_type.weaklist_offset = member_offset(&Method::weakrefs);
  method_type.dealloc = method_dealloc;
  method_type.traverse = method_traverse;
  method_type.repr = method_repr;
  method_type.call = method_call_slot;
  method_type.richcompare = method_richcompare;
  method_type.hash = method_hash;
  method_type.getattr = method_getattr;
  method_type.getsets = kMethodGetSets;
  method_type.methods = kMethodMethods;
  method_type.new_ = method_construct;
  return type_ready(&method_type);
}

int init_cell_type() {
  init_static_type(&cell_type, "cell", sizeof(Cell));
  cell_type.dealloc = cell_dealloc;
  cell_type.traverse = cell_traverse;
  cell_type.clear = cell_clear;
  cell_type.repr = cell_repr;
  cell_type.getattr = generic_getattr;
  cell_type.getsets = kCellGetSets;
  return type_ready(&cell_type);
}

}  // namespace taipan
