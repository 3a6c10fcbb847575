// CFuncPtr and its metaclass PyCFuncPtrType: a foreign function (an
// address, a symbol of a library, or a Python callable made callable from C),
// its argtypes/restype/errcheck, and a call through ffi_call: each argument
// converted by its argtype's from_param (or by the default rules: int,
// bytes, str, None, ctypes instances, _as_parameter_), the GIL released
// around the call, errno swapped for use_errno, the result converted back.
#include <dlfcn.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include "modules/ctypes/ctypes.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "vm/gil.h"

namespace taipan {

CTypeObject funcptr_type;

namespace {

CDataObject* as_func(Value v) { return v.as<CDataObject>(); }

void* func_address(Value self) {
  void* addr;
  std::memcpy(&addr, as_func(self)->ptr, 8);
  return addr;
}

void set_address(CDataObject* f, void* addr) { std::memcpy(f->ptr, &addr, 8); }

// ---- Argument conversion ----

// Raises ArgumentError("argument N: Type: message") from the pending exception.
void wrap_argument_error(size_t index) {
  Ref exc = fetch_error();
  Ref text = str(*exc);
  std::string msg = "argument " + std::to_string(index + 1) + ": " + type_of(*exc)->name + ": " +
                    (text ? str_to_std(text.as<Str>()) : std::string());
  if (!text) clear_error();
  raise(argument_error, msg);
}

void set_pointer_arg(CArgValue* out, void* p) {
  out->ffi = &ffi_type_pointer;
  out->value.p = p;
}

// How v is passed when no argtype (or a from_param result) says otherwise. 0 or -1.
int convert_default(Value v, size_t index, CArgValue* out) {
  if (type_of(v) == &carg_type) {
    CArgObject* a = v.as<CArgObject>();
    if (a->by_value) return convert_default(a->obj, index, out);
    set_pointer_arg(out, a->ptr);
    out->keep = Ref::borrow(v);
    return 0;
  }
  if (is_cdata(v)) {
    CTypeInfo* info = cdata_info(v);
    CDataObject* c = v.as<CDataObject>();
    out->keep = Ref::borrow(v);
    switch (info->kind) {
      case CKind::Simple:
        out->ffi = info->ffi;
        std::memcpy(&out->value, c->ptr, static_cast<size_t>(info->size));
        return 0;
      case CKind::Struct:
      case CKind::Union:
        out->ffi = info->ffi;
        out->big.assign(c->ptr, c->ptr + info->size);
        if (out->big.empty()) out->big.push_back(0);
        return 0;
      case CKind::Array: set_pointer_arg(out, c->ptr); return 0;
      default: set_pointer_arg(out, func_address(v)); return 0;
    }
  }
  if (v.is_none()) {
    set_pointer_arg(out, nullptr);
    return 0;
  }
  if (is_int(v)) {
    int64_t i;
    if (!int_to_int64(v, &i) || i < INT32_MIN || i > UINT32_MAX) {
      if (!error_occurred()) raise(exc::OverflowError, "int too long to convert");
      wrap_argument_error(index);
      return -1;
    }
    out->ffi = &ffi_type_sint32;
    out->value.i = static_cast<int32_t>(i);
    return 0;
  }
  if (is_bytes(v)) {
    set_pointer_arg(out, const_cast<char*>(bytes_view(v.as<Bytes>()).data()));
    out->keep = Ref::borrow(v);
    return 0;
  }
  if (is_str(v)) {
    Ref keep;
    char slot[8];
    if (simple_set('Z', slot, v, &keep) < 0) return -1;
    std::memcpy(&out->value.p, slot, 8);
    out->ffi = &ffi_type_pointer;
    out->keep = keep;
    return 0;
  }
  Ref as_param = getattr_optional(v, intern("_as_parameter_"));
  if (as_param) return convert_default(*as_param, index, out);
  if (error_occurred()) return -1;
  raise(exc::TypeError, "Don't know how to convert parameter " + std::to_string(index + 1));
  wrap_argument_error(index);
  return -1;
}

int convert_arg(Value argtype, Value v, size_t index, CArgValue* out) {
  if (type_of(v) == argtype.as<Type>() && ctype_info(argtype)->kind != CKind::None) {
    return convert_default(v, index, out);
  }
  Ref from_param = getattr(argtype, "from_param");
  Ref conv = from_param ? call(*from_param, {v}) : Ref();
  if (!conv) {
    wrap_argument_error(index);
    return -1;
  }
  return convert_default(*conv, index, out);
}

// ---- Results ----

ffi_type* result_ffi(Value restype) {
  if (restype.is_none()) return &ffi_type_void;
  CTypeInfo* info = ctype_info(restype);
  if (info == nullptr) return &ffi_type_sint32;
  return info->kind == CKind::Simple || info->kind == CKind::Struct || info->kind == CKind::Union
             ? info->ffi
             : &ffi_type_pointer;
}

Ref convert_result(Value restype, char* ret, int flags) {
  if (restype.is_none()) return Ref::none();
  CTypeInfo* info = ctype_info(restype);
  if (info == nullptr) {
    Ref i = Ref::small_int(*reinterpret_cast<int32_t*>(ret));
    return call(restype, {*i});
  }
  if (info->kind == CKind::Simple && !simple_instance_type(restype)) {
    if (info->code == 'O' && (flags & kFuncFlagPythonApi) != 0) {
      uint64_t bits;
      std::memcpy(&bits, ret, 8);
      if (bits == 0) return error_occurred() ? nullptr : raise(exc::SystemError, "NULL result without error");
      return Ref::steal(Value::from_bits(bits));  // a new reference
    }
    return simple_get(info->code, ret, info->size);
  }
  CDataObject* o = cdata_new_owned(restype.as<Type>(), info->size);
  if (o == nullptr) return nullptr;
  std::memcpy(o->ptr, ret, static_cast<size_t>(info->size));
  return Ref::steal(o);
}

Value effective(Value own, Value from_class) { return own.is_null() ? from_class : own; }

Ref funcptr_call(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0) return raise(exc::TypeError, "this function takes no keyword arguments");
  CDataObject* f = as_func(self);
  CTypeInfo* info = cdata_info(self);
  Value argtypes = effective(f->argtypes, info->argtypes);
  Value restype = effective(f->restype, info->restype);
  if (restype.is_null()) restype = Value();
  void* addr = func_address(self);
  if (addr == nullptr) return raise(exc::ValueError, "NULL function pointer");
  Tuple* at = argtypes.is_null() || argtypes.is_none() ? nullptr : argtypes.as<Tuple>();
  size_t required = at == nullptr ? 0 : static_cast<size_t>(at->size);
  if (nargs < required) {
    return raise(exc::TypeError, "this function takes at least " + std::to_string(required) + " argument" +
                                     (required == 1 ? "" : "s") + " (" + std::to_string(nargs) + " given)");
  }
  std::vector<CArgValue> values(nargs);
  std::vector<ffi_type*> types(nargs);
  std::vector<void*> pointers(nargs);
  for (size_t i = 0; i < nargs; ++i) {
    int status = i < required ? convert_arg(at->items[i], args[i], i, &values[i])
                              : convert_default(args[i], i, &values[i]);
    if (status < 0) return nullptr;
    types[i] = values[i].ffi;
  }
  for (size_t i = 0; i < nargs; ++i) pointers[i] = values[i].data();
  ffi_type* rffi = restype.is_null() ? &ffi_type_sint32 : result_ffi(restype);
  ffi_cif cif;
  ffi_status st = required < nargs && at != nullptr
                      ? ffi_prep_cif_var(&cif, FFI_DEFAULT_ABI, static_cast<unsigned>(required),
                                         static_cast<unsigned>(nargs), rffi, types.data())
                      : ffi_prep_cif(&cif, FFI_DEFAULT_ABI, static_cast<unsigned>(nargs), rffi, types.data());
  if (st != FFI_OK) return raise(exc::RuntimeError, "ffi_prep_cif failed");
  std::vector<char> ret(std::max<size_t>(rffi->size, 16) + 16, 0);
  bool use_errno = (info->flags & kFuncFlagUseErrno) != 0;
  if ((info->flags & kFuncFlagPythonApi) != 0) {
    ffi_call(&cif, FFI_FN(addr), ret.data(), pointers.data());
    if (error_occurred()) {
      if (ctype_info(restype) != nullptr && ctype_info(restype)->code == 'O') {
        uint64_t bits;
        std::memcpy(&bits, ret.data(), 8);
        decref(Value::from_bits(bits));
      }
      return nullptr;
    }
  } else {
    int& saved = ctypes_errno();
    AllowThreads allow;
    if (use_errno) std::swap(errno, saved);
    ffi_call(&cif, FFI_FN(addr), ret.data(), pointers.data());
    if (use_errno) std::swap(errno, saved);
  }
  Ref result = restype.is_null() ? Ref::small_int(*reinterpret_cast<int32_t*>(ret.data()))
                                 : convert_result(restype, ret.data(), info->flags);
  if (!result) return nullptr;
  if (!f->errcheck.is_null()) {
    Ref arg_tuple = tuple_from_array(args, static_cast<int64_t>(nargs));
    if (!arg_tuple) return nullptr;
    return call(f->errcheck, {*result, self, *arg_tuple});
  }
  return result;
}

// ---- Construction ----

Ref funcptr_new(Type* type, const Value* args, size_t nargs, Tuple*) {
  CTypeInfo* info = ctype_info(Value::object(type));
  if (info == nullptr) return raise(exc::TypeError, "abstract class");
  CDataObject* f = cdata_new_owned(type, 8);
  if (f == nullptr) return nullptr;
  Ref result = Ref::steal(f);
  if (nargs == 0) return result;
  Value a = args[0];
  if (nargs == 1 && is_int(a)) {
    Ref i = index(a);
    uint64_t addr = static_cast<uint64_t>(as_int64(*i));
    if (error_occurred()) return nullptr;
    set_address(f, reinterpret_cast<void*>(addr));
    return result;
  }
  if (is_tuple(a)) {
    Tuple* t = a.as<Tuple>();
    if (t->size != 2) return raise(exc::TypeError, "argument must be callable or integer function address");
    Value name = t->items[0];
    Ref handle = getattr(t->items[1], "_handle");
    if (!handle) return nullptr;
    int64_t h = as_int64(*handle);
    if (error_occurred()) return nullptr;
    if (is_int(name)) return raise(exc::AttributeError, "function ordinals are not supported");
    if (!is_str(name)) return raise(exc::TypeError, "function name must be string, bytes object or integer");
    std::string sym = str_to_std(name.as<Str>());
    dlerror();
    void* addr = dlsym(reinterpret_cast<void*>(h), sym.c_str());
    if (addr == nullptr) {
      const char* e = dlerror();
      return raise(exc::AttributeError, e != nullptr ? e : ("undefined symbol: " + sym));
    }
    set_address(f, addr);
    return cdata_keep(*result, Value::small_int(0), t->items[1]) < 0 ? nullptr : result;
  }
  if (nargs == 1 && type_of(a)->call != nullptr) {
    if (callback_init(f, info, a) < 0) return nullptr;
    return result;
  }
  return raise(exc::TypeError, "argument must be callable or integer function address");
}

int funcptr_bool(Value self) { return func_address(self) != nullptr ? 1 : 0; }

// ---- Attributes ----

Ref get_argtypes(Value self) {
  Value v = effective(as_func(self)->argtypes_given, cdata_info(self)->argtypes);
  return v.is_null() ? Ref::none() : Ref::borrow(v);
}

// argtypes as a tuple whose items all have from_param (null: an error).
Ref check_argtypes(Value seq) {
  Ref t = tuple_from_iterable(seq);
  if (!t) return nullptr;
  Tuple* items = t.as<Tuple>();
  for (int64_t i = 0; i < items->size; ++i) {
    Ref fp = getattr_optional(items->items[i], intern("from_param"));
    if (!fp) {
      if (error_occurred()) return nullptr;
      return raise(exc::TypeError, "item " + std::to_string(i + 1) + " in _argtypes_ has no from_param method");
    }
  }
  return t;
}

void replace(Value* slot, Value v) {
  incref(v);
  Value old = *slot;
  *slot = v;
  decref(old);
}

int set_argtypes(Value self, Value v) {
  if (v.is_null() || v.is_none()) {
    replace(&as_func(self)->argtypes, Value());
    replace(&as_func(self)->argtypes_given, Value());
    return 0;
  }
  Ref t = check_argtypes(v);
  if (!t) return -1;
  replace(&as_func(self)->argtypes, *t);
  replace(&as_func(self)->argtypes_given, v);
  return 0;
}

Ref get_restype(Value self) {
  Value v = effective(as_func(self)->restype, cdata_info(self)->restype);
  return v.is_null() ? Ref::none() : Ref::borrow(v);
}

int set_restype(Value self, Value v) {
  if (v.is_null()) {
    replace(&as_func(self)->restype, Value());
    return 0;
  }
  if (!v.is_none() && ctype_info(v) == nullptr && type_of(v)->call == nullptr) {
    return fail(exc::TypeError, "restype must be a type, a callable, or None");
  }
  replace(&as_func(self)->restype, v);
  return 0;
}

Ref get_errcheck(Value self) {
  Value v = as_func(self)->errcheck;
  return v.is_null() ? Ref::none() : Ref::borrow(v);
}

int set_errcheck(Value self, Value v) {
  if (v.is_null() || v.is_none()) {
    replace(&as_func(self)->errcheck, Value());
    return 0;
  }
  if (type_of(v)->call == nullptr) return fail(exc::TypeError, "the errcheck attribute must be callable");
  replace(&as_func(self)->errcheck, v);
  return 0;
}

const GetSetDef kFuncGetSets[] = {
    {"argtypes", get_argtypes, set_argtypes, "specify the argument types"},
    {"restype", get_restype, set_restype, "specify the result type"},
    {"errcheck", get_errcheck, set_errcheck, "a function to check for errors"},
    {nullptr, nullptr, nullptr, nullptr},
};

// ---- The metaclass ----

Ref funcptr_meta_new(Type* meta, const Value* args, size_t nargs, Tuple* kwnames) {
  Ref t = type_type.new_(meta, args, nargs, kwnames);
  if (!t) return nullptr;
  auto* info = new CTypeInfo;
  info->kind = CKind::Function;
  info->size = 8;
  info->align = 8;
  info->ffi = &ffi_type_pointer;
  static_cast<CTypeObject*>(t.as<Type>())->info = info;
  Ref flags = getattr_optional(*t, intern("_flags_"));
  if (!flags) {
    if (error_occurred()) return nullptr;
    return raise(exc::TypeError, "class must define _flags_ which must be an integer");
  }
  int64_t fl;
  if (!is_int(*flags) || !int_to_int64(*flags, &fl)) {
    clear_error();
    return raise(exc::TypeError, "class must define _flags_ which must be an integer");
  }
  info->flags = static_cast<int>(fl);
  Ref argtypes = getattr_optional(*t, intern("_argtypes_"));
  if (argtypes) {
    Ref checked = check_argtypes(*argtypes);
    if (!checked) return nullptr;
    info->argtypes = checked.release();
  } else if (error_occurred()) {
    return nullptr;
  }
  Ref restype = getattr_optional(*t, intern("_restype_"));
  if (restype) {
    if (!restype.get().is_none() && ctype_info(*restype) == nullptr && type_of(*restype)->call == nullptr) {
      return raise(exc::TypeError, "_restype_ must be a type, a callable, or None");
    }
    info->restype = restype.release();
  } else if (error_occurred()) {
    return nullptr;
  }
  return t;
}

Ref funcptr_from_param(Value cls, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 1) return raise(exc::TypeError, "from_param() takes exactly one argument");
  Value v = args[0];
  if (v.is_none()) return Ref::borrow(v);
  int inst = isinstance(v, cls);
  if (inst < 0) return nullptr;
  if (inst || type_of(v) == &carg_type || is_int(v)) return Ref::borrow(v);
  CTypeInfo* vi = is_cdata(v) ? cdata_info(v) : nullptr;
  if (vi != nullptr && (vi->kind == CKind::Function || vi->kind == CKind::Pointer)) return Ref::borrow(v);
  return raise(exc::TypeError, "expected " + ctype_name(cls) + " instance instead of " + type_name_of(v));
}

const MethodDef kFuncMetaMethods[] = {
    {"from_param", funcptr_from_param, kMethodInstance, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

int init_funcptr_types() {
  init_ctype_meta(funcptr_meta, "_ctypes.PyCFuncPtrType");
  funcptr_meta.new_ = funcptr_meta_new;
  funcptr_meta.methods = kFuncMetaMethods;
  if (finish_ctype_meta(funcptr_meta) < 0) return -1;
  init_cdata_base(funcptr_type, &funcptr_meta, "_ctypes.CFuncPtr");
  funcptr_type.new_ = funcptr_new;
  funcptr_type.call = funcptr_call;
  funcptr_type.repr = cdata_object_repr;
  funcptr_type.number.bool_ = funcptr_bool;
  funcptr_type.getsets = kFuncGetSets;
  return finish_cdata_base(funcptr_type);
}

}  // namespace taipan
