// The _functools module: reduce, cmp_to_key (the KeyWrapper type) and the
// module table; partial and _lru_cache_wrapper have their own files.
// CPython's functools.py imports all four over its pure-Python versions.
#include "modules/functools/functools.h"
#include "modules/modules.h"
#include "objects/module.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"

namespace taipan {

Type key_wrapper_type;

namespace {

// ---- reduce(function, iterable[, initial]) ---------------------------------

Ref functools_reduce(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("reduce", kwnames) || !check_arg_count("reduce", nargs, 2, 3)) return nullptr;
  Value function = args[0];
  Ref it = iter(args[1]);
  if (!it) {
    if (error_matches(exc::TypeError)) raise(exc::TypeError, "reduce() arg 2 must support iteration");
    return nullptr;
  }
  Ref result = nargs == 3 ? Ref::borrow(args[2]) : Ref();
  while (true) {
    Ref item = next(*it);
    if (!item) {
      if (error_occurred()) return nullptr;
      break;
    }
    result = result ? call(function, {*result, *item}) : std::move(item);
    if (!result) return nullptr;
  }
  if (!result) return raise(exc::TypeError, "reduce() of empty iterable with no initial value");
  return result;
}

// ---- KeyWrapper: cmp_to_key(mycmp) and the K(obj) it makes --------------------

struct KeyWrapper : Object {
  Value cmp;     // the comparison function (owned)
  Value object;  // the wrapped object (owned), null in the factory itself
};

KeyWrapper* as_key(Value v) { return v.as<KeyWrapper>(); }

Ref key_wrapper_make(Value cmp, Value object) {
  KeyWrapper* k = new_object<KeyWrapper>(&key_wrapper_type);
  if (!k) return nullptr;
  k->cmp = Ref::borrow(cmp).release();
  k->object = object.is_null() ? Value() : Ref::borrow(object).release();
  return Ref::steal(k);
}

// K(obj): a wrapper of obj comparing with the same function.
Ref key_wrapper_call(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"obj"};
  static const ArgSpec kSpec{"K", kNames, 1, 0, 1};
  Value obj;
  if (!bind_args(kSpec, args, nargs, kwnames, &obj)) return nullptr;
  return key_wrapper_make(as_key(self)->cmp, obj);
}

// a < b is mycmp(a.obj, b.obj) < 0, and so on for every operator.
Ref key_wrapper_richcompare(Value a, Value b, CompareOp op) {
  if (type_of(b) != &key_wrapper_type) return raise(exc::TypeError, "other argument must be K instance");
  KeyWrapper* left = as_key(a);
  KeyWrapper* right = as_key(b);
  if (left->object.is_null() || right->object.is_null()) return raise(exc::AttributeError, "object");
  Ref hold_left = Ref::borrow(left->object);
  Ref hold_right = Ref::borrow(right->object);
  Ref order = call(left->cmp, {*hold_left, *hold_right});
  if (!order) return nullptr;
  return rich_compare(*order, Value::small_int(0), op);
}

Ref key_wrapper_get_obj(Value self) {
  Value v = as_key(self)->object;
  if (v.is_null()) return raise(exc::AttributeError, "obj");
  return Ref::borrow(v);
}

int key_wrapper_set_obj(Value self, Value v) {
  KeyWrapper* k = as_key(self);
  if (v.is_null() && k->object.is_null()) return fail(exc::AttributeError, "obj");
  Value old = k->object;
  k->object = v.is_null() ? Value() : Ref::borrow(v).release();
  decref(old);
  return 0;
}

void key_wrapper_traverse(Object* self, VisitFn visit, void* arg) {
  KeyWrapper* k = static_cast<KeyWrapper*>(self);
  if (!k->cmp.is_null()) visit(k->cmp, arg);
  if (!k->object.is_null()) visit(k->object, arg);
}

void key_wrapper_clear(Object* self) {
  KeyWrapper* k = static_cast<KeyWrapper*>(self);
  Value cmp = k->cmp, object = k->object;
  k->cmp = Value();
  k->object = Value();
  decref(cmp);
  decref(object);
}

void key_wrapper_dealloc(Object* self) {
  key_wrapper_clear(self);
  free_object(self);
}

const GetSetDef kKeyWrapperGetSets[] = {
    {"obj", key_wrapper_get_obj, key_wrapper_set_obj, "Value wrapped by a key function."},
    {nullptr, nullptr, nullptr, nullptr},
};

const MethodDef kFunctoolsFunctions[] = {
    {"reduce", functools_reduce, kMethodInstance,
     "reduce(function, iterable[, initial]) -> value\n\n"
     "Apply a function of two arguments cumulatively to the items of a sequence\n"
     "or iterable, from left to right, so as to reduce the iterable to a single\n"
     "value."},
    {"cmp_to_key", cmp_to_key, kMethodInstance, "Convert a cmp= function into a key= function."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref cmp_to_key(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"mycmp"};
  static const ArgSpec kSpec{"cmp_to_key", kNames, 1, 0, 1};
  Value mycmp;
  if (!bind_args(kSpec, args, nargs, kwnames, &mycmp)) return nullptr;
  return key_wrapper_make(mycmp, Value());
}

int init_key_wrapper_type() {
  Type& t = key_wrapper_type;
  if (type_has_flag(&t, kTypeReady)) return 0;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "functools.KeyWrapper";
  t.basic_size = sizeof(KeyWrapper);
  t.flags = kTypeGC;
  t.base = &object_type;
  t.call = key_wrapper_call;
  t.richcompare = key_wrapper_richcompare;
  t.hash = hash_not_implemented;
  t.dealloc = key_wrapper_dealloc;
  t.traverse = key_wrapper_traverse;
  t.clear = key_wrapper_clear;
  t.getsets = kKeyWrapperGetSets;
  return type_ready(&t);
}

Ref make_functools_module() {
  if (init_partial_type() < 0 || init_key_wrapper_type() < 0 || init_lru_cache_wrapper_type() < 0) return nullptr;
  Ref module = module_new("_functools", true);
  if (!module || module_add_functions(*module, kFunctoolsFunctions) < 0) return nullptr;
  if (module_add(*module, "partial", Value::object(&partial_type)) < 0 ||
      module_add(*module, "_lru_cache_wrapper", Value::object(&lru_cache_wrapper_type)) < 0) {
    return nullptr;
  }
  return module;
}

}  // namespace taipan
