// The _ctypes module: sizeof, alignment, byref (and its CArgObject),
// addressof, resize, get_errno/set_errno, POINTER/pointer, dlopen/dlsym/
// dlclose, the constants, ArgumentError, and the C functions behind
// ctypes.cast, string_at and wstring_at, whose addresses ctypes calls
// through PYFUNCTYPE prototypes (so they take and return Python objects).
#include <dlfcn.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cwchar>
#include <string>

#include "modules/ctypes/ctypes.h"
#include "modules/module_exception.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

Type carg_type;
Type* argument_error;

int& ctypes_errno() {
  static thread_local int value = 0;
  return value;
}

Ref carg_new(void* ptr, Value obj) {
  CArgObject* a = new_object<CArgObject>(&carg_type);
  if (a == nullptr) return nullptr;
  a->tag = 'P';
  a->ptr = ptr;
  incref(obj);
  a->obj = obj;
  return Ref::steal(a);
}

Ref carg_wrap(Value simple, char code) {
  Ref r = carg_new(nullptr, simple);
  if (r) {
    r.as<CArgObject>()->tag = code;
    r.as<CArgObject>()->by_value = true;
  }
  return r;
}

namespace {

// ---- The C functions called through PYFUNCTYPE (Python objects as raw bits) ----

std::string type_name_for_message(Value v) {
  if (is_type(v)) return ctype_name(v);
  return type_name_of(v);
}

extern "C" uint64_t taipan_ctypes_cast(void* ptr, uint64_t src_bits, uint64_t type_bits) {
  Value src = Value::from_bits(src_bits), type = Value::from_bits(type_bits);
  CTypeInfo* info = ctype_info(type);
  bool ok = info != nullptr && (info->kind == CKind::Pointer || info->kind == CKind::Function ||
                                (info->kind == CKind::Simple && std::strchr("zZP", info->code) != nullptr));
  if (!ok) {
    raise(exc::TypeError, "cast() argument 2 must be a pointer type, not " + type_name_for_message(type));
    return 0;
  }
  Ref result = call(type, {});
  if (!result) return 0;
  std::memcpy(result.as<CDataObject>()->ptr, &ptr, 8);
  if (is_cdata(src)) {
    Ref key = int_from_int64(static_cast<int64_t>(src.bits()));
    if (!key || cdata_keep(*result, *key, src) < 0) return 0;
  }
  return result.release().bits();
}

extern "C" uint64_t taipan_ctypes_string_at(const char* ptr, int size) {
  Ref r = size < 0 ? bytes_from_string(ptr) : bytes_from_string(std::string_view(ptr, static_cast<size_t>(size)));
  return r ? r.release().bits() : 0;
}

extern "C" uint64_t taipan_ctypes_wstring_at(const wchar_t* ptr, int size) {
  size_t n = size < 0 ? std::wcslen(ptr) : static_cast<size_t>(size);
  Ref r = str_from_code_points(reinterpret_cast<const uint32_t*>(ptr), static_cast<int64_t>(n));
  return r ? r.release().bits() : 0;
}

// ---- Module functions ----

Ref m_sizeof(Value, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 1) return raise(exc::TypeError, "sizeof() takes exactly one argument (" + std::to_string(nargs) + " given)");
  int64_t n = ctype_sizeof(args[0]);
  return n < 0 ? nullptr : int_from_int64(n);
}

Ref m_alignment(Value, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 1) return raise(exc::TypeError, "alignment() takes exactly one argument");
  CTypeInfo* info = ctype_info(args[0]);
  if (info == nullptr && is_cdata(args[0])) info = cdata_info(args[0]);
  if (info == nullptr) return raise(exc::TypeError, "no alignment info");
  return int_from_int64(info->align);
}

Ref m_byref(Value, const Value* args, size_t nargs, Tuple*) {
  if (nargs < 1 || nargs > 2) return raise(exc::TypeError, "byref expected at least 1 argument");
  if (!is_cdata(args[0])) {
    return raise(exc::TypeError, std::string("byref() argument must be a ctypes instance, not '") +
                                     type_name_of(args[0]) + "'");
  }
  int64_t offset = 0;
  if (nargs == 2 && !arg_to_index(args[1], &offset)) return nullptr;
  return carg_new(args[0].as<CDataObject>()->ptr + offset, args[0]);
}

Ref m_addressof(Value, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 1) return raise(exc::TypeError, "addressof() takes exactly one argument");
  if (!is_cdata(args[0])) return raise(exc::TypeError, "invalid type");
  return int_from_uint64(reinterpret_cast<uint64_t>(args[0].as<CDataObject>()->ptr));
}

Ref m_resize(Value, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 2) return raise(exc::TypeError, "resize() takes exactly 2 arguments");
  if (!is_cdata(args[0])) return raise(exc::TypeError, "excepted ctypes instance");
  int64_t size;
  if (!arg_to_index(args[1], &size)) return nullptr;
  CDataObject* c = args[0].as<CDataObject>();
  CTypeInfo* info = cdata_info(args[0]);
  if (size < info->size) return raise(exc::ValueError, "minimum size is " + std::to_string(info->size));
  if (!c->owns) return raise(exc::ValueError, "Memory cannot be resized because this object doesn't own it");
  if (c->exports > 0) return raise(exc::BufferError, "cannot resize a ctypes object that is exporting buffers");
  char* p = static_cast<char*>(std::realloc(c->ptr, static_cast<size_t>(size)));
  if (p == nullptr) return raise_no_memory();
  if (size > c->size) std::memset(p + c->size, 0, static_cast<size_t>(size - c->size));
  c->ptr = p;
  c->size = size;
  return Ref::none();
}

Ref m_get_errno(Value, const Value*, size_t, Tuple*) { return Ref::small_int(ctypes_errno()); }

Ref m_set_errno(Value, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 1) return raise(exc::TypeError, "set_errno() takes exactly one argument");
  int64_t v;
  if (!arg_to_index(args[0], &v)) return nullptr;
  int old = ctypes_errno();
  ctypes_errno() = static_cast<int>(v);
  return Ref::small_int(old);
}

Ref m_pointer_type(Value, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 1) return raise(exc::TypeError, "POINTER() takes exactly one argument");
  return pointer_type_for(args[0]);
}

Ref m_pointer(Value, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 1) return raise(exc::TypeError, "pointer() takes exactly one argument");
  return pointer_to(args[0]);
}

Ref dl_error(Type* type) {
  const char* e = dlerror();
  return raise(type, e != nullptr ? e : "dynamic linker error");
}

Ref m_dlopen(Value, const Value* args, size_t nargs, Tuple*) {
  if (nargs < 1 || nargs > 2) return raise(exc::TypeError, "dlopen() takes 1 or 2 arguments");
  int64_t mode = RTLD_NOW | RTLD_LOCAL;
  if (nargs == 2 && !arg_to_index(args[1], &mode)) return nullptr;
  std::string name;
  if (is_str(args[0])) {
    name = str_to_std(args[0].as<Str>());
  } else if (is_bytes(args[0])) {
    name = std::string(bytes_view(args[0].as<Bytes>()));
  } else if (!args[0].is_none()) {
    return raise(exc::TypeError, std::string("expected str, bytes or os.PathLike object, not ") + type_name_of(args[0]));
  }
  void* h = dlopen(args[0].is_none() ? nullptr : name.c_str(), static_cast<int>(mode) | RTLD_NOW);
  if (h == nullptr) return dl_error(exc::OSError);
  return int_from_uint64(reinterpret_cast<uint64_t>(h));
}

Ref m_dlsym(Value, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 2 || !is_str(args[1])) return raise(exc::TypeError, "dlsym() takes a handle and a name");
  int64_t h = as_int64(args[0]);
  if (error_occurred()) return nullptr;
  dlerror();
  void* p = dlsym(reinterpret_cast<void*>(h), str_to_std(args[1].as<Str>()).c_str());
  if (p == nullptr) return dl_error(exc::OSError);
  return int_from_uint64(reinterpret_cast<uint64_t>(p));
}

Ref m_dlclose(Value, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 1) return raise(exc::TypeError, "dlclose() takes exactly one argument");
  int64_t h = as_int64(args[0]);
  if (error_occurred()) return nullptr;
  if (dlclose(reinterpret_cast<void*>(h)) != 0) return dl_error(exc::OSError);
  return Ref::none();
}

// _unpickle(type, state): a new instance given its state by __setstate__.
Ref m_unpickle(Value, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 2 || !is_tuple(args[1])) return raise(exc::TypeError, "_unpickle() takes a type and a state tuple");
  Ref obj = call_method(args[0], "__new__", {args[0]});
  if (!obj) return nullptr;
  Tuple* state = args[1].as<Tuple>();
  Ref setstate = getattr(*obj, "__setstate__");
  if (!setstate || !call(*setstate, state->items, static_cast<size_t>(state->size))) return nullptr;
  return obj;
}

const MethodDef kFunctions[] = {
    {"_unpickle", m_unpickle, kMethodInstance, nullptr},
    {"sizeof", m_sizeof, kMethodInstance, "sizeof(C type) -> integer\nsizeof(C instance) -> integer"},
    {"alignment", m_alignment, kMethodInstance, "alignment(C type) -> integer"},
    {"byref", m_byref, kMethodInstance, "byref(C instance[, offset=0]) -> byref-object"},
    {"addressof", m_addressof, kMethodInstance, "addressof(C instance) -> integer"},
    {"resize", m_resize, kMethodInstance, "Resize the memory buffer of a ctypes instance"},
    {"get_errno", m_get_errno, kMethodInstance, nullptr},
    {"set_errno", m_set_errno, kMethodInstance, nullptr},
    {"POINTER", m_pointer_type, kMethodInstance, nullptr},
    {"pointer", m_pointer, kMethodInstance, nullptr},
    {"dlopen", m_dlopen, kMethodInstance, "dlopen(name, flag={RTLD_GLOBAL|RTLD_LOCAL}) open a shared library"},
    {"dlsym", m_dlsym, kMethodInstance, "find symbol in shared library"},
    {"dlclose", m_dlclose, kMethodInstance, "dlclose a library"},
    {nullptr, nullptr, 0, nullptr},
};

// ---- CArgObject ----

void carg_dealloc(Object* o) {
  decref(static_cast<CArgObject*>(o)->obj);
  free_object(o);
}

void carg_traverse(Object* o, VisitFn visit, void* arg) { visit(static_cast<CArgObject*>(o)->obj, arg); }

void carg_clear(Object* o) {
  CArgObject* a = static_cast<CArgObject*>(o);
  Value v = a->obj;
  a->obj = Value();
  decref(v);
}

Ref carg_repr(Value self) {
  CArgObject* a = self.as<CArgObject>();
  char buf[64];
  if (a->by_value && std::strchr("zZP", a->tag) == nullptr) {
    Ref v = getattr(a->obj, "value");
    Ref r = v ? repr(*v) : Ref();
    if (!r) return nullptr;
    return str_from_utf8(std::string("<cparam '") + a->tag + "' (" + str_to_std(r.as<Str>()) + ")>");
  }
  void* p = a->by_value ? *reinterpret_cast<void**>(a->obj.as<CDataObject>()->ptr) : a->ptr;
  std::snprintf(buf, sizeof buf, "<cparam '%c' (%p)>", a->tag, p);
  return str_from_utf8(buf);
}

Ref carg_obj(Value self) {
  Value v = self.as<CArgObject>()->obj;
  return v.is_null() ? Ref::none() : Ref::borrow(v);
}

const GetSetDef kCArgGetSets[] = {
    {"_obj", carg_obj, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

int init_carg_type() {
  carg_type.refcnt = kImmortalRefcnt;
  carg_type.type = &type_type;
  carg_type.name = "CArgObject";
  carg_type.base = &object_type;
  carg_type.basic_size = sizeof(CArgObject);
  carg_type.flags = kTypeGC;
  carg_type.dealloc = carg_dealloc;
  carg_type.traverse = carg_traverse;
  carg_type.clear = carg_clear;
  carg_type.repr = carg_repr;
  carg_type.getsets = kCArgGetSets;
  return type_ready(&carg_type);
}

int init_types() {
  if (type_has_flag(&carg_type, kTypeReady)) return 0;
  if (init_carg_type() < 0 || init_simple_types() < 0 || init_struct_types() < 0 ||
      init_array_pointer_types() < 0 || init_funcptr_types() < 0) {
    return -1;
  }
  argument_error = new_exception_class("ctypes", "ArgumentError", {exc::Exception});
  return argument_error == nullptr ? -1 : 0;
}

struct IntConstant {
  const char* name;
  uint64_t value;
};

}  // namespace

Ref make_ctypes_module() {
  if (init_types() < 0) return nullptr;
  Ref module = module_new("_ctypes", true);
  if (!module || module_add_functions(*module, kFunctions) < 0) return nullptr;
  const IntConstant constants[] = {
      {"RTLD_LOCAL", RTLD_LOCAL},
      {"RTLD_GLOBAL", RTLD_GLOBAL},
      {"FUNCFLAG_CDECL", kFuncFlagCdecl},
      {"FUNCFLAG_HRESULT", kFuncFlagHResult},
      {"FUNCFLAG_PYTHONAPI", kFuncFlagPythonApi},
      {"FUNCFLAG_USE_ERRNO", kFuncFlagUseErrno},
      {"FUNCFLAG_USE_LASTERROR", kFuncFlagUseLastError},
      {"_memmove_addr", reinterpret_cast<uint64_t>(&std::memmove)},
      {"_memset_addr", reinterpret_cast<uint64_t>(&std::memset)},
      {"_cast_addr", reinterpret_cast<uint64_t>(&taipan_ctypes_cast)},
      {"_string_at_addr", reinterpret_cast<uint64_t>(&taipan_ctypes_string_at)},
      {"_wstring_at_addr", reinterpret_cast<uint64_t>(&taipan_ctypes_wstring_at)},
  };
  for (const IntConstant& c : constants) {
    Ref v = int_from_uint64(c.value);
    if (!v || module_add(*module, c.name, *v) < 0) return nullptr;
  }
  const std::pair<const char*, Type*> types[] = {
      {"_SimpleCData", &simple_cdata_type}, {"Structure", &cstruct_type}, {"Union", &cunion_type},
      {"Array", &array_type_c},             {"_Pointer", &pointer_type_c},  {"CFuncPtr", &funcptr_type},
      {"ArgumentError", argument_error},    {"CField", &cfield_type},
  };
  for (const auto& [name, type] : types) {
    if (module_add(*module, name, Value::object(type)) < 0) return nullptr;
  }
  if (cdata_unpickle_function.is_null()) {
    Ref unpickle = getattr(*module, "_unpickle");
    if (!unpickle) return nullptr;
    cdata_unpickle_function = unpickle.release();
  }
  Ref version = str_from_utf8("1.1.0");
  if (!version || module_add(*module, "__version__", *version) < 0 ||
      module_add(*module, "_pointer_type_cache", pointer_type_cache) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
