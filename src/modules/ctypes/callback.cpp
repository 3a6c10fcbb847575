// Callbacks: a Python callable made into a C function pointer through an
// ffi_closure. When C calls it, the handler takes the GIL (if the caller's
// thread had released it), converts the C arguments by the prototype's
// argtypes, calls the Python object and stores its result as the restype;
// an exception cannot propagate into C, so it is reported as unraisable
// ("Exception ignored on calling ctypes callback function"), as CPython does.
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "modules/ctypes/ctypes.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "vm/gil.h"

namespace taipan {

struct CallbackThunk {
  ffi_cif cif;
  std::vector<ffi_type*> atypes;
  Value argtypes;  // borrowed from the prototype's info, which the instance's type keeps
  Value restype;
  Value callable;  // borrowed from the CFuncPtr instance
};

namespace {

// A C argument as the Python value the callable receives.
Ref convert_in(Value type, void* p) {
  CTypeInfo* info = ctype_info(type);
  if (info->kind == CKind::Simple && !simple_instance_type(type)) {
    return simple_get(info->code, static_cast<char*>(p), info->size);
  }
  CDataObject* o = cdata_new_owned(type.as<Type>(), info->size);
  if (o == nullptr) return nullptr;
  std::memcpy(o->ptr, p, static_cast<size_t>(info->size));
  return Ref::steal(o);
}

// Stores the callable's result where C expects it. 0 or -1.
int convert_out(Value restype, Value result, void* ret) {
  if (restype.is_null() || restype.is_none()) return 0;
  CTypeInfo* info = ctype_info(restype);
  if (info == nullptr) return 0;
  if (info->kind != CKind::Simple) {
    int inst = isinstance(result, restype);
    if (inst <= 0) {
      return inst < 0 ? -1 : fail(exc::TypeError, "invalid result type for callback function");
    }
    std::memcpy(ret, result.as<CDataObject>()->ptr, static_cast<size_t>(info->size));
    return 0;
  }
  Value v = is_cdata(result) && cdata_info(result)->kind == CKind::Simple ? Value() : result;
  Ref value_ref;
  if (v.is_null()) {
    value_ref = getattr(result, "value");
    if (!value_ref) return -1;
    v = *value_ref;
  }
  char buf[16] = {};
  Ref keep;
  if (simple_set(info->code, buf, v, &keep) < 0) return -1;
  if (info->code == 'O') incref(v);  // the C caller receives a new reference
  if (std::strchr("bhilq", info->code) != nullptr && info->size < 8) {
    // Integers narrower than a register come back sign-extended in an ffi_arg.
    int64_t wide = info->size == 1 ? *reinterpret_cast<int8_t*>(buf)
                   : info->size == 2 ? *reinterpret_cast<int16_t*>(buf)
                                     : *reinterpret_cast<int32_t*>(buf);
    std::memcpy(ret, &wide, 8);
  } else if (std::strchr("BHI?c", info->code) != nullptr) {
    uint64_t wide = 0;
    std::memcpy(&wide, buf, static_cast<size_t>(info->size));
    std::memcpy(ret, &wide, 8);
  } else {
    std::memcpy(ret, buf, static_cast<size_t>(info->size));
  }
  return 0;
}

void report(Value callable, const char* what) {
  Ref msg = str_from_utf8(std::string("Exception ignored on ") + what + " ctypes callback function");
  write_unraisable(callable, msg ? *msg : Value());
}

// Converts the C arguments, calls the Python callable and writes its result
// to ret. Runs holding the GIL: every reference it makes is released before
// it returns.
void run_callback(CallbackThunk* thunk, ffi_cif* cif, void* ret, void** args) {
  Tuple* at = thunk->argtypes.is_null() ? empty_tuple() : thunk->argtypes.as<Tuple>();
  std::vector<Ref> values;
  bool ok = true;
  for (int64_t i = 0; i < at->size && ok; ++i) {
    Ref v = convert_in(at->items[i], args[i]);
    ok = static_cast<bool>(v);
    values.push_back(std::move(v));
  }
  Ref result;
  if (ok) {
    std::vector<Value> raw;
    for (const Ref& r : values) raw.push_back(*r);
    result = call(thunk->callable, raw.data(), raw.size());
  }
  if (!result) {
    report(thunk->callable, "calling");
  } else if (convert_out(thunk->restype, *result, ret) < 0) {
    std::memset(ret, 0, std::max<size_t>(cif->rtype->size, sizeof(ffi_arg)));
    report(thunk->callable, "converting result of");
  }
}

void handler(ffi_cif* cif, void* ret, void** args, void* user) {
  // A failed callback returns zero.
  std::memset(ret, 0, std::max<size_t>(cif->rtype->size, sizeof(ffi_arg)));
  bool take = g_threads_started && !gil_held();
  if (take) gil_acquire();
  run_callback(static_cast<CallbackThunk*>(user), cif, ret, args);
  if (take) gil_release();
}

}  // namespace

int callback_init(CDataObject* self, CTypeInfo* info, Value callable) {
  Tuple* at = info->argtypes.is_null() ? empty_tuple() : info->argtypes.as<Tuple>();
  auto thunk = std::make_unique<CallbackThunk>();
  for (int64_t i = 0; i < at->size; ++i) {
    CTypeInfo* ai = ctype_info(at->items[i]);
    if (ai == nullptr) return fail(exc::TypeError, "invalid argument type for callback function");
    thunk->atypes.push_back(ai->kind == CKind::Simple || ai->kind == CKind::Struct || ai->kind == CKind::Union
                                ? ai->ffi
                                : &ffi_type_pointer);
  }
  Value restype = info->restype;
  ffi_type* rffi = &ffi_type_sint32;
  if (restype.is_null() || restype.is_none()) {
    rffi = &ffi_type_void;
  } else if (CTypeInfo* ri = ctype_info(restype)) {
    rffi = ri->kind == CKind::Simple || ri->kind == CKind::Struct || ri->kind == CKind::Union ? ri->ffi
                                                                                              : &ffi_type_pointer;
  } else {
    return fail(exc::TypeError, "invalid result type for callback function");
  }
  thunk->argtypes = info->argtypes;
  thunk->restype = restype;
  thunk->callable = callable;
  if (ffi_prep_cif(&thunk->cif, FFI_DEFAULT_ABI, static_cast<unsigned>(at->size), rffi, thunk->atypes.data()) !=
      FFI_OK) {
    return fail(exc::RuntimeError, "ffi_prep_cif failed");
  }
  void* code = nullptr;
  auto* closure = static_cast<ffi_closure*>(ffi_closure_alloc(sizeof(ffi_closure), &code));
  if (closure == nullptr) {
    raise_no_memory();
    return -1;
  }
  if (ffi_prep_closure_loc(closure, &thunk->cif, handler, thunk.get(), code) != FFI_OK) {
    ffi_closure_free(closure);
    return fail(exc::RuntimeError, "ffi_prep_closure failed");
  }
  incref(callable);
  self->callable = callable;
  self->closure = closure;
  self->thunk = thunk.release();
  std::memcpy(self->ptr, &code, 8);
  return 0;
}

void callback_free(CDataObject* self) {
  if (self->closure != nullptr) ffi_closure_free(static_cast<ffi_closure*>(self->closure));
  delete self->thunk;
  self->closure = nullptr;
  self->thunk = nullptr;
}

}  // namespace taipan
