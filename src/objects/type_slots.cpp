// The bridge between type slots and dunder methods, both ways:
//  * dispatchers: the slot functions a class gets when it defines a dunder in
//    Python (slot_binary<Add> calls __add__ / __radd__, slot_repr calls
//    __repr__ ...), with CPython's rules for reflected operands;
//  * wrappers: how a wrapper_descriptor (int.__add__) calls a native slot
//    with Python arguments;
//  * the SlotDef table tying each dunder to its field, wrapper and dispatcher,
//    and the code that inherits slots (static types) or derives them from the
//    MRO (heap types, again whenever a dunder is assigned on the class).
#include "objects/type_slots.h"

#include <string>
#include <vector>

#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"
#include "vm/eval.h"
#include "vm/function.h"
#include "vm/native_recursion.h"

namespace taipan {

// ---------------------------------------------------------------------------
// Calling dunders.

Ref bind_descriptor(Value descr, Value obj, Type* type) {
  DescrGetFn get = type_of(descr)->descr_get;
  if (get == nullptr) return Ref::borrow(descr);
  return get(descr, obj, type);
}

bool check_attribute_name(Value name) {
  if (is_str(name)) return true;
  raise(exc::TypeError, std::string("attribute name must be string, not '") + type_name_of(name) + "'");
  return false;
}

namespace {

bool calls_like_unbound(Value f) {
  return is_function(f) || type_has_flag(type_of(f), kTypeMethodDescriptor);
}

}  // namespace

Ref call_special(Value self, Str* name, const Value* args, size_t nargs, Tuple* kwnames, bool* found) {
  Type* t = type_of(self);
  Value f = type_lookup(t, name);
  if (f.is_null()) {
    *found = false;
    return nullptr;
  }
  *found = true;
  // Special methods that dispatch to special methods (a __getattr__ whose
  // attribute lookups recurse, a __len__ calling len()): bounded by the stack.
  if (native_stack_exhausted()) return nullptr;
  if (calls_like_unbound(f)) {
    size_t total = nargs + 1 + (kwnames ? static_cast<size_t>(kwnames->size) : 0);
    Value small[8];
    std::vector<Value> big;
    Value* buf = small;
    if (total > 8) {
      big.resize(total);
      buf = big.data();
    }
    buf[0] = self;
    for (size_t i = 1; i < total; i++) buf[i] = args[i - 1];
    if (is_function(f)) return call_function(f.as<Function>(), buf, nargs + 1, kwnames);
    return call(f, buf, nargs + 1, kwnames);
  }
  Ref bound = bind_descriptor(f, self, t);
  if (!bound) return nullptr;
  return call(bound.get(), args, nargs, kwnames);
}

Ref call_special(Value self, Str* name, std::initializer_list<Value> args) {
  bool found = false;
  Ref r = call_special(self, name, args.begin(), args.size(), nullptr, &found);
  if (!found) {
    return raise(exc::AttributeError, std::string("'") + type_name_of(self) + "' object has no attribute '" +
                                          std::string(str_utf8(name)) + "'");
  }
  return r;
}

namespace {

// Calls self.name(args) found on the type; NotImplemented when the type lacks it.
Ref call_special_or_ni(Value self, Str* name, std::initializer_list<Value> args) {
  bool found = false;
  Ref r = call_special(self, name, args.begin(), args.size(), nullptr, &found);
  if (!found) return ref_not_implemented();
  return r;
}

// ---------------------------------------------------------------------------
// Dispatchers: the slots of heap types.

Ref slot_repr(Value self) { return call_special(self, INTERNED("__repr__"), {}); }
Ref slot_str(Value self) { return call_special(self, INTERNED("__str__"), {}); }
Ref slot_await(Value self) { return call_special(self, INTERNED("__await__"), {}); }
Ref slot_aiter(Value self) { return call_special(self, INTERNED("__aiter__"), {}); }
Ref slot_anext(Value self) { return call_special(self, INTERNED("__anext__"), {}); }
Ref slot_negative(Value self) { return call_special(self, INTERNED("__neg__"), {}); }
Ref slot_positive(Value self) { return call_special(self, INTERNED("__pos__"), {}); }
Ref slot_absolute(Value self) { return call_special(self, INTERNED("__abs__"), {}); }
Ref slot_invert(Value self) { return call_special(self, INTERNED("__invert__"), {}); }
Ref slot_int(Value self) { return call_special(self, INTERNED("__int__"), {}); }
Ref slot_float(Value self) { return call_special(self, INTERNED("__float__"), {}); }
Ref slot_index(Value self) { return call_special(self, INTERNED("__index__"), {}); }

Ref slot_iter(Value self) {
  Value f = type_lookup(type_of(self), INTERNED("__iter__"));
  if (f.is_none()) return raise(exc::TypeError, std::string("'") + type_name_of(self) + "' object is not iterable");
  return call_special(self, INTERNED("__iter__"), {});
}

Ref slot_next(Value self) {
  // A StopIteration stays set: next() and `yield from` read its value.
  return call_special(self, INTERNED("__next__"), {});
}

int64_t slot_hash(Value self) {
  Ref r = call_special(self, INTERNED("__hash__"), {});
  if (!r) return -1;
  if (!is_int(r.get())) return fail(exc::TypeError, "__hash__ method should return an integer");
  int64_t h = int_hash(r.get());
  return h == -1 ? -2 : h;
}

int slot_bool(Value self) {
  Ref r = call_special(self, INTERNED("__bool__"), {});
  if (!r) return -1;
  if (!r.get().is_bool()) {
    return fail(exc::TypeError, std::string("__bool__ should return bool, returned ") + type_name_of(r.get()));
  }
  return r.get().is_true() ? 1 : 0;
}

int64_t slot_len(Value self) {
  Ref r = call_special(self, INTERNED("__len__"), {});
  if (!r) return -1;
  Ref i = index(r.get());
  if (!i) return -1;
  if (int_sign(i.get()) < 0) return fail(exc::ValueError, "__len__() should return >= 0");
  int64_t n = 0;
  if (!int_to_int64(i.get(), &n)) {
    return fail(exc::OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  return n;
}

constexpr const char* kCompareDunders[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

Ref slot_richcompare(Value a, Value b, CompareOp op) {
  static Str* const names[] = {intern(kCompareDunders[0]), intern(kCompareDunders[1]), intern(kCompareDunders[2]),
                               intern(kCompareDunders[3]), intern(kCompareDunders[4]), intern(kCompareDunders[5])};
  return call_special_or_ni(a, names[static_cast<int>(op)], {b});
}

Ref slot_getattr_hook(Value self, Str* name) {
  Type* t = type_of(self);
  Value getattribute = type_lookup(t, INTERNED("__getattribute__"));
  Value getattr_fn = type_lookup(t, INTERNED("__getattr__"));
  Ref r;
  if (getattribute.is_object() && getattribute.as_object()->type == &wrapper_descriptor_type &&
      getattribute.as<WrapperDescriptor>()->slot_fn == reinterpret_cast<AnySlotFn>(&generic_getattr)) {
    r = getattr_fn.is_null() ? generic_getattr(self, name) : generic_getattr_impl(self, name, true);
    if (r || getattr_fn.is_null()) return r;
    // As in CPython, an AttributeError raised by a descriptor's __get__ also falls back to __getattr__.
    if (error_occurred() && !error_matches(exc::AttributeError)) return r;
    clear_error();
  } else {
    r = call_special(self, INTERNED("__getattribute__"), {Value::object(name)});
    if (r || getattr_fn.is_null() || !error_matches(exc::AttributeError)) return r;
    clear_error();
  }
  return call_special(self, INTERNED("__getattr__"), {Value::object(name)});
}

int slot_setattr(Value self, Str* name, Value v) {
  Ref r = v.is_null() ? call_special(self, INTERNED("__delattr__"), {Value::object(name)})
                      : call_special(self, INTERNED("__setattr__"), {Value::object(name), v});
  return r ? 0 : -1;
}

Ref slot_call(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  bool found = false;
  // One level of recursion per call, as CPython counts it: a __call__ that is
  // an instance of its own class recurses through here.
  if (!enter_native_recursion(" while calling a Python object")) return nullptr;
  Ref r = call_special(self, INTERNED("__call__"), args, nargs, kwnames, &found);
  leave_recursive_call();
  if (!found) return raise(exc::TypeError, std::string("'") + type_name_of(self) + "' object is not callable");
  return r;
}

Ref slot_descr_get(Value self, Value obj, Type* owner) {
  Value o = obj.is_null() ? Value::none() : obj;
  Value t = owner == nullptr ? Value::none() : Value::object(owner);
  // As CPython: __get__ is called as found, never bound itself (binding it
  // would run __get__ of a __get__ that is a descriptor, without end).
  Value f = type_lookup(type_of(self), INTERNED("__get__"));
  if (f.is_null()) return raise(exc::AttributeError, "__get__");
  return call(f, {self, o, t});
}

int slot_descr_set(Value self, Value obj, Value v) {
  Ref r = v.is_null() ? call_special(self, INTERNED("__delete__"), {obj})
                      : call_special(self, INTERNED("__set__"), {obj, v});
  return r ? 0 : -1;
}

int slot_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  bool found = false;
  Ref r = call_special(self, INTERNED("__init__"), args, nargs, kwnames, &found);
  if (!r) return -1;
  if (!r.get().is_none()) {
    return fail(exc::TypeError, std::string("__init__() should return None, not '") + type_name_of(r.get()) + "'");
  }
  return 0;
}

void slot_finalize(Value self) {
  Ref saved = fetch_error();
  Ref r = call_special(self, INTERNED("__del__"), {});
  if (!r) write_unraisable(type_lookup(type_of(self), INTERNED("__del__")));
  restore_error(std::move(saved));
}

Ref slot_getitem(Value self, Value key) { return call_special(self, INTERNED("__getitem__"), {key}); }

int slot_setitem(Value self, Value key, Value v) {
  Ref r = v.is_null() ? call_special(self, INTERNED("__delitem__"), {key})
                      : call_special(self, INTERNED("__setitem__"), {key, v});
  return r ? 0 : -1;
}

int slot_contains(Value self, Value item) {
  if (type_lookup(type_of(self), INTERNED("__contains__")).is_none()) {
    return fail(exc::TypeError, std::string("'") + type_name_of(self) + "' object is not a container");
  }
  Ref r = call_special(self, INTERNED("__contains__"), {item});
  if (!r) return -1;
  return is_true(r.get());
}

// Binary operators: one dispatcher per operator, following CPython's rule
// that the right operand's reflected method goes first when its type is a
// subclass of the left's and overrides it.
struct BinaryDunders {
  const char* left;
  const char* right;
  BinaryFn NumberSlots::*field;
};

constexpr BinaryDunders kBinaryDunders[] = {
    {"__add__", "__radd__", &NumberSlots::add},
    {"__sub__", "__rsub__", &NumberSlots::subtract},
    {"__mul__", "__rmul__", &NumberSlots::multiply},
    {"__mod__", "__rmod__", &NumberSlots::remainder},
    {"__divmod__", "__rdivmod__", &NumberSlots::divmod},
    {"__floordiv__", "__rfloordiv__", &NumberSlots::floor_divide},
    {"__truediv__", "__rtruediv__", &NumberSlots::true_divide},
    {"__matmul__", "__rmatmul__", &NumberSlots::matrix_multiply},
    {"__lshift__", "__rlshift__", &NumberSlots::lshift},
    {"__rshift__", "__rrshift__", &NumberSlots::rshift},
    {"__and__", "__rand__", &NumberSlots::and_},
    {"__xor__", "__rxor__", &NumberSlots::xor_},
    {"__or__", "__ror__", &NumberSlots::or_},
};

bool method_is_overloaded(Type* left, Type* right, Str* name) {
  Value a = type_lookup(right, name);
  if (a.is_null()) return false;
  return type_lookup(left, name) != a;
}

// The shared logic of binary and (two-operand) power dispatch. `is_mine`
// tells whether a type's slot is this very dispatcher.
template <class IsMine>
Ref dispatch_binary(Value a, Value b, Str* lname, Str* rname, IsMine is_mine) {
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  bool do_other = ta != tb && is_mine(tb) && !type_lookup(tb, rname).is_null();
  if (is_mine(ta)) {
    if (do_other && type_is_subtype(tb, ta) && method_is_overloaded(ta, tb, rname)) {
      Ref r = call_special_or_ni(b, rname, {a});
      if (!r || !is_not_implemented(r.get())) return r;
      do_other = false;
    }
    Ref r = call_special_or_ni(a, lname, {b});
    if (!r || !is_not_implemented(r.get()) || ta == tb) return r;
  }
  if (do_other) return call_special_or_ni(b, rname, {a});
  return ref_not_implemented();
}

template <int I>
Ref slot_binary(Value a, Value b) {
  static Str* left = intern(kBinaryDunders[I].left);
  static Str* right = intern(kBinaryDunders[I].right);
  return dispatch_binary(a, b, left, right,
                         [](Type* t) { return t->number.*(kBinaryDunders[I].field) == &slot_binary<I>; });
}

Ref slot_power(Value a, Value b, Value mod) {
  if (mod.is_none()) {
    return dispatch_binary(a, b, INTERNED("__pow__"), INTERNED("__rpow__"),
                           [](Type* t) { return t->number.power == &slot_power; });
  }
  // Three-argument pow never uses __rpow__.
  if (type_of(a)->number.power != &slot_power) return ref_not_implemented();
  return call_special_or_ni(a, INTERNED("__pow__"), {b, mod});
}

constexpr const char* kInplaceDunders[] = {"__iadd__", "__isub__", "__imul__", "__imod__",
                                           "__ifloordiv__", "__itruediv__", "__imatmul__", "__ilshift__",
                                           "__irshift__", "__iand__", "__ixor__", "__ior__"};

template <int I>
Ref slot_inplace(Value a, Value b) {
  static Str* const name = intern(kInplaceDunders[I]);
  return call_special_or_ni(a, name, {b});
}

Ref slot_inplace_power(Value a, Value b, Value) { return call_special_or_ni(a, INTERNED("__ipow__"), {b}); }

}  // namespace

Ref slot_new_dispatcher(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value f = type_lookup(type, INTERNED("__new__"));
  if (f.is_null()) return raise(exc::TypeError, std::string("cannot create '") + type->name + "' instances");
  Ref fn = bind_descriptor(f, Value(), type);
  if (!fn) return nullptr;
  size_t total = nargs + 1 + (kwnames ? static_cast<size_t>(kwnames->size) : 0);
  std::vector<Value> buf(total);
  buf[0] = Value::object(type);
  for (size_t i = 1; i < total; i++) buf[i] = args[i - 1];
  return call(fn.get(), buf.data(), nargs + 1, kwnames);
}

namespace {

// ---------------------------------------------------------------------------
// Wrappers: calling a native slot from Python.

bool check_wrapper_args(size_t nargs, Tuple* kwnames, size_t min, size_t max) {
  if (kwnames != nullptr && kwnames->size > 0) {
    raise(exc::TypeError, "wrapper takes no keyword arguments");
    return false;
  }
  if (nargs >= min && nargs <= max) return true;
  size_t expected = nargs < min ? min : max;
  raise(exc::TypeError, "expected " + std::to_string(expected) + " argument" + (expected == 1 ? "" : "s") +
                            ", got " + std::to_string(nargs));
  return false;
}

template <class F>
F as_fn(AnySlotFn fn) {
  return reinterpret_cast<F>(fn);
}

Ref none_or_null(int status) { return status < 0 ? Ref() : Ref::none(); }

Ref wrap_unary(Value self, const Value*, size_t nargs, Tuple* kw, AnySlotFn fn) {
  if (!check_wrapper_args(nargs, kw, 0, 0)) return nullptr;
  return as_fn<UnaryFn>(fn)(self);
}

Ref wrap_binary_l(Value self, const Value* args, size_t nargs, Tuple* kw, AnySlotFn fn) {
  if (!check_wrapper_args(nargs, kw, 1, 1)) return nullptr;
  return as_fn<BinaryFn>(fn)(self, args[0]);
}

Ref wrap_binary_r(Value self, const Value* args, size_t nargs, Tuple* kw, AnySlotFn fn) {
  if (!check_wrapper_args(nargs, kw, 1, 1)) return nullptr;
  return as_fn<BinaryFn>(fn)(args[0], self);
}

Ref wrap_ternary_l(Value self, const Value* args, size_t nargs, Tuple* kw, AnySlotFn fn) {
  if (!check_wrapper_args(nargs, kw, 1, 2)) return nullptr;
  return as_fn<TernaryFn>(fn)(self, args[0], nargs == 2 ? args[1] : Value::none());
}

Ref wrap_ternary_r(Value self, const Value* args, size_t nargs, Tuple* kw, AnySlotFn fn) {
  if (!check_wrapper_args(nargs, kw, 1, 2)) return nullptr;
  return as_fn<TernaryFn>(fn)(args[0], self, nargs == 2 ? args[1] : Value::none());
}

Ref wrap_inquiry(Value self, const Value*, size_t nargs, Tuple* kw, AnySlotFn fn) {
  if (!check_wrapper_args(nargs, kw, 0, 0)) return nullptr;
  int r = as_fn<InquiryFn>(fn)(self);
  if (r < 0) return nullptr;
  return Ref::boolean(r != 0);
}

Ref wrap_hash(Value self, const Value*, size_t nargs, Tuple* kw, AnySlotFn fn) {
  if (!check_wrapper_args(nargs, kw, 0, 0)) return nullptr;
  int64_t h = as_fn<HashFn>(fn)(self);
  if (h == -1 && error_occurred()) return nullptr;
  return int_from_int64(h);
}

Ref wrap_len(Value self, const Value*, size_t nargs, Tuple* kw, AnySlotFn fn) {
  if (!check_wrapper_args(nargs, kw, 0, 0)) return nullptr;
  int64_t n = as_fn<LenFn>(fn)(self);
  if (n == -1 && error_occurred()) return nullptr;
  return int_from_int64(n);
}

template <CompareOp Op>
Ref wrap_richcompare(Value self, const Value* args, size_t nargs, Tuple* kw, AnySlotFn fn) {
  if (!check_wrapper_args(nargs, kw, 1, 1)) return nullptr;
  return as_fn<RichCompareFn>(fn)(self, args[0], Op);
}

Ref wrap_getattribute(Value self, const Value* args, size_t nargs, Tuple* kw, AnySlotFn fn) {
  if (!check_wrapper_args(nargs, kw, 1, 1) || !check_attribute_name(args[0])) return nullptr;
  return as_fn<GetAttrFn>(fn)(self, args[0].as<Str>());
}

Ref wrap_setattr(Value self, const Value* args, size_t nargs, Tuple* kw, AnySlotFn fn) {
  if (!check_wrapper_args(nargs, kw, 2, 2) || !check_attribute_name(args[0])) return nullptr;
  return none_or_null(as_fn<SetAttrFn>(fn)(self, args[0].as<Str>(), args[1]));
}

Ref wrap_delattr(Value self, const Value* args, size_t nargs, Tuple* kw, AnySlotFn fn) {
  if (!check_wrapper_args(nargs, kw, 1, 1) || !check_attribute_name(args[0])) return nullptr;
  return none_or_null(as_fn<SetAttrFn>(fn)(self, args[0].as<Str>(), Value()));
}

Ref wrap_call(Value self, const Value* args, size_t nargs, Tuple* kw, AnySlotFn fn) {
  return as_fn<CallFn>(fn)(self, args, nargs, kw);
}

Ref wrap_next(Value self, const Value*, size_t nargs, Tuple* kw, AnySlotFn fn) {
  if (!check_wrapper_args(nargs, kw, 0, 0)) return nullptr;
  Ref r = as_fn<NextFn>(fn)(self);
  if (!r && !error_occurred()) return raise_empty(exc::StopIteration);
  return r;
}

Ref wrap_descr_get(Value self, const Value* args, size_t nargs, Tuple* kw, AnySlotFn fn) {
  if (!check_wrapper_args(nargs, kw, 1, 2)) return nullptr;
  Value obj = args[0].is_none() ? Value() : args[0];
  Value owner = nargs == 2 && !args[1].is_none() ? args[1] : Value();
  if (obj.is_null() && owner.is_null()) return raise(exc::TypeError, "__get__(None, None) is invalid");
  if (!owner.is_null() && !is_type(owner)) {
    return raise(exc::TypeError, std::string("__get__() argument 2 must be a type, not ") + type_name_of(owner));
  }
  return as_fn<DescrGetFn>(fn)(self, obj, owner.is_null() ? nullptr : owner.as<Type>());
}

Ref wrap_descr_set(Value self, const Value* args, size_t nargs, Tuple* kw, AnySlotFn fn) {
  if (!check_wrapper_args(nargs, kw, 2, 2)) return nullptr;
  return none_or_null(as_fn<DescrSetFn>(fn)(self, args[0], args[1]));
}

Ref wrap_descr_delete(Value self, const Value* args, size_t nargs, Tuple* kw, AnySlotFn fn) {
  if (!check_wrapper_args(nargs, kw, 1, 1)) return nullptr;
  return none_or_null(as_fn<DescrSetFn>(fn)(self, args[0], Value()));
}

Ref wrap_init(Value self, const Value* args, size_t nargs, Tuple* kw, AnySlotFn fn) {
  return none_or_null(as_fn<InitFn>(fn)(self, args, nargs, kw));
}

Ref wrap_setitem(Value self, const Value* args, size_t nargs, Tuple* kw, AnySlotFn fn) {
  if (!check_wrapper_args(nargs, kw, 2, 2)) return nullptr;
  return none_or_null(as_fn<SetItemFn>(fn)(self, args[0], args[1]));
}

Ref wrap_delitem(Value self, const Value* args, size_t nargs, Tuple* kw, AnySlotFn fn) {
  if (!check_wrapper_args(nargs, kw, 1, 1)) return nullptr;
  return none_or_null(as_fn<SetItemFn>(fn)(self, args[0], Value()));
}

Ref wrap_contains(Value self, const Value* args, size_t nargs, Tuple* kw, AnySlotFn fn) {
  if (!check_wrapper_args(nargs, kw, 1, 1)) return nullptr;
  int r = as_fn<ContainsFn>(fn)(self, args[0]);
  if (r < 0) return nullptr;
  return Ref::boolean(r != 0);
}

Ref wrap_del(Value self, const Value*, size_t nargs, Tuple* kw, AnySlotFn fn) {
  if (!check_wrapper_args(nargs, kw, 0, 0)) return nullptr;
  as_fn<void (*)(Value)>(fn)(self);
  return error_occurred() ? Ref() : Ref::none();
}

// ---------------------------------------------------------------------------
// The table.

template <class F>
AnySlotFn any(F f) {
  return reinterpret_cast<AnySlotFn>(f);
}

#define FIELD(expr) [](Type* t) -> void* { return &t->expr; }
#define BINARY_ROWS(i, field, doc_l, doc_r)                                                           \
  {kBinaryDunders[i].left, FIELD(number.field), wrap_binary_l, any(&slot_binary<i>), doc_l, nullptr}, \
      {kBinaryDunders[i].right, FIELD(number.field), wrap_binary_r, any(&slot_binary<i>), doc_r, nullptr}
#define INPLACE_ROW(i, field) \
  {kInplaceDunders[i], FIELD(number.field), wrap_binary_l, any(&slot_inplace<i>), nullptr, nullptr}

SlotDef slot_table[] = {
    {"__getattribute__", FIELD(getattr), wrap_getattribute, any(&slot_getattr_hook),
     "__getattribute__($self, name, /)\n--\n\nReturn getattr(self, name).", nullptr},
    {"__getattr__", FIELD(getattr), nullptr, any(&slot_getattr_hook), nullptr, nullptr},
    {"__setattr__", FIELD(setattr), wrap_setattr, any(&slot_setattr), "__setattr__($self, name, value, /)\n--\n\nImplement setattr(self, name, value).",
     nullptr},
    {"__delattr__", FIELD(setattr), wrap_delattr, any(&slot_setattr), "__delattr__($self, name, /)\n--\n\nImplement delattr(self, name).", nullptr},
    {"__repr__", FIELD(repr), wrap_unary, any(&slot_repr), "__repr__($self, /)\n--\n\nReturn repr(self).", nullptr},
    {"__hash__", FIELD(hash), wrap_hash, any(&slot_hash), "__hash__($self, /)\n--\n\nReturn hash(self).", nullptr},
    {"__call__", FIELD(call), wrap_call, any(&slot_call), "__call__($self, /, *args, **kwargs)\n--\n\nCall self as a function.", nullptr},
    {"__str__", FIELD(str), wrap_unary, any(&slot_str), "__str__($self, /)\n--\n\nReturn str(self).", nullptr},
    {"__lt__", FIELD(richcompare), wrap_richcompare<CompareOp::Lt>, any(&slot_richcompare), "__lt__($self, value, /)\n--\n\nReturn self<value.",
     nullptr},
    {"__le__", FIELD(richcompare), wrap_richcompare<CompareOp::Le>, any(&slot_richcompare),
     "__le__($self, value, /)\n--\n\nReturn self<=value.", nullptr},
    {"__eq__", FIELD(richcompare), wrap_richcompare<CompareOp::Eq>, any(&slot_richcompare),
     "__eq__($self, value, /)\n--\n\nReturn self==value.", nullptr},
    {"__ne__", FIELD(richcompare), wrap_richcompare<CompareOp::Ne>, any(&slot_richcompare),
     "__ne__($self, value, /)\n--\n\nReturn self!=value.", nullptr},
    {"__gt__", FIELD(richcompare), wrap_richcompare<CompareOp::Gt>, any(&slot_richcompare), "__gt__($self, value, /)\n--\n\nReturn self>value.",
     nullptr},
    {"__ge__", FIELD(richcompare), wrap_richcompare<CompareOp::Ge>, any(&slot_richcompare),
     "__ge__($self, value, /)\n--\n\nReturn self>=value.", nullptr},
    {"__iter__", FIELD(iter), wrap_unary, any(&slot_iter), "__iter__($self, /)\n--\n\nImplement iter(self).", nullptr},
    {"__next__", FIELD(next), wrap_next, any(&slot_next), "__next__($self, /)\n--\n\nImplement next(self).", nullptr},
    {"__get__", FIELD(descr_get), wrap_descr_get, any(&slot_descr_get),
     "__get__($self, instance, owner=None, /)\n--\n\nReturn an attribute of instance, which is of type owner.", nullptr},
    {"__set__", FIELD(descr_set), wrap_descr_set, any(&slot_descr_set),
     "__set__($self, instance, value, /)\n--\n\nSet an attribute of instance to value.", nullptr},
    {"__delete__", FIELD(descr_set), wrap_descr_delete, any(&slot_descr_set),
     "__delete__($self, instance, /)\n--\n\nDelete an attribute of instance.", nullptr},
    {"__init__", FIELD(init), wrap_init, any(&slot_init),
     "__init__($self, /, *args, **kwargs)\n--\n\nInitialize self.  See help(type(self)) for accurate signature.", nullptr},
    {"__del__", FIELD(finalize), wrap_del, any(&slot_finalize), "__del__($self, /)\n--\n\nCalled when the instance is about to be destroyed.",
     nullptr},
    {"__await__", FIELD(await), wrap_unary, any(&slot_await), "__await__($self, /)\n--\n\nReturn an iterator to be used in await expression.",
     nullptr},
    {"__aiter__", FIELD(aiter), wrap_unary, any(&slot_aiter), "__aiter__($self, /)\n--\n\nReturn an awaitable, that resolves in asynchronous iterator.",
     nullptr},
    {"__anext__", FIELD(anext), wrap_unary, any(&slot_anext), "__anext__($self, /)\n--\n\nReturn a value or raise StopAsyncIteration.",
     nullptr},
    BINARY_ROWS(0, add, "__add__($self, value, /)\n--\n\nReturn self+value.", "__radd__($self, value, /)\n--\n\nReturn value+self."),
    BINARY_ROWS(1, subtract, "__sub__($self, value, /)\n--\n\nReturn self-value.", "__rsub__($self, value, /)\n--\n\nReturn value-self."),
    BINARY_ROWS(2, multiply, "__mul__($self, value, /)\n--\n\nReturn self*value.", "__rmul__($self, value, /)\n--\n\nReturn value*self."),
    BINARY_ROWS(3, remainder, "__mod__($self, value, /)\n--\n\nReturn self%value.", "__rmod__($self, value, /)\n--\n\nReturn value%self."),
    BINARY_ROWS(4, divmod, "__divmod__($self, value, /)\n--\n\nReturn divmod(self, value).", "__rdivmod__($self, value, /)\n--\n\nReturn divmod(value, self)."),
    {"__pow__", FIELD(number.power), wrap_ternary_l, any(&slot_power), "__pow__($self, value, mod=None, /)\n--\n\nReturn pow(self, value, mod).", nullptr},
    {"__rpow__", FIELD(number.power), wrap_ternary_r, any(&slot_power), "__rpow__($self, value, mod=None, /)\n--\n\nReturn pow(value, self, mod).", nullptr},
    {"__neg__", FIELD(number.negative), wrap_unary, any(&slot_negative), "__neg__($self, /)\n--\n\n-self", nullptr},
    {"__pos__", FIELD(number.positive), wrap_unary, any(&slot_positive), "__pos__($self, /)\n--\n\n+self", nullptr},
    {"__abs__", FIELD(number.absolute), wrap_unary, any(&slot_absolute), "__abs__($self, /)\n--\n\nabs(self)", nullptr},
    {"__bool__", FIELD(number.bool_), wrap_inquiry, any(&slot_bool), "__bool__($self, /)\n--\n\nTrue if self else False", nullptr},
    {"__invert__", FIELD(number.invert), wrap_unary, any(&slot_invert), "__invert__($self, /)\n--\n\n~self", nullptr},
    BINARY_ROWS(8, lshift, "__lshift__($self, value, /)\n--\n\nReturn self<<value.", "__rlshift__($self, value, /)\n--\n\nReturn value<<self."),
    BINARY_ROWS(9, rshift, "__rshift__($self, value, /)\n--\n\nReturn self>>value.", "__rrshift__($self, value, /)\n--\n\nReturn value>>self."),
    BINARY_ROWS(10, and_, "__and__($self, value, /)\n--\n\nReturn self&value.", "__rand__($self, value, /)\n--\n\nReturn value&self."),
    BINARY_ROWS(11, xor_, "__xor__($self, value, /)\n--\n\nReturn self^value.", "__rxor__($self, value, /)\n--\n\nReturn value^self."),
    BINARY_ROWS(12, or_, "__or__($self, value, /)\n--\n\nReturn self|value.", "__ror__($self, value, /)\n--\n\nReturn value|self."),
    {"__int__", FIELD(number.int_), wrap_unary, any(&slot_int), "__int__($self, /)\n--\n\nint(self)", nullptr},
    {"__float__", FIELD(number.float_), wrap_unary, any(&slot_float), "__float__($self, /)\n--\n\nfloat(self)", nullptr},
    INPLACE_ROW(0, inplace_add),
    INPLACE_ROW(1, inplace_subtract),
    INPLACE_ROW(2, inplace_multiply),
    INPLACE_ROW(3, inplace_remainder),
    {"__ipow__", FIELD(number.inplace_power), wrap_ternary_l, any(&slot_inplace_power), nullptr, nullptr},
    INPLACE_ROW(7, inplace_lshift),
    INPLACE_ROW(8, inplace_rshift),
    INPLACE_ROW(9, inplace_and),
    INPLACE_ROW(10, inplace_xor),
    INPLACE_ROW(11, inplace_or),
    BINARY_ROWS(5, floor_divide, "__floordiv__($self, value, /)\n--\n\nReturn self//value.", "__rfloordiv__($self, value, /)\n--\n\nReturn value//self."),
    BINARY_ROWS(6, true_divide, "__truediv__($self, value, /)\n--\n\nReturn self/value.", "__rtruediv__($self, value, /)\n--\n\nReturn value/self."),
    INPLACE_ROW(4, inplace_floor_divide),
    INPLACE_ROW(5, inplace_true_divide),
    {"__index__", FIELD(number.index), wrap_unary, any(&slot_index),
     "__index__($self, /)\n--\n\nReturn self converted to an integer, if self is suitable for use as an index into a list.", nullptr},
    BINARY_ROWS(7, matrix_multiply, "__matmul__($self, value, /)\n--\n\nReturn self@value.", "__rmatmul__($self, value, /)\n--\n\nReturn value@self."),
    INPLACE_ROW(6, inplace_matrix_multiply),
    {"__len__", FIELD(len), wrap_len, any(&slot_len), "__len__($self, /)\n--\n\nReturn len(self).", nullptr},
    {"__getitem__", FIELD(getitem), wrap_binary_l, any(&slot_getitem), "__getitem__($self, key, /)\n--\n\nReturn self[key].", nullptr},
    {"__setitem__", FIELD(setitem), wrap_setitem, any(&slot_setitem), "__setitem__($self, key, value, /)\n--\n\nSet self[key] to value.", nullptr},
    {"__delitem__", FIELD(setitem), wrap_delitem, any(&slot_setitem), "__delitem__($self, key, /)\n--\n\nDelete self[key].", nullptr},
    {"__contains__", FIELD(contains), wrap_contains, any(&slot_contains), "__contains__($self, key, /)\n--\n\nReturn key in self.", nullptr},
};

#undef FIELD
#undef BINARY_ROWS
#undef INPLACE_ROW

constexpr size_t kSlotCount = sizeof(slot_table) / sizeof(slot_table[0]);

// Rows feeding the same field form a group: the first row of each row's
// group, and the group's next row (kSlotCount after the last).
size_t slot_group_first[kSlotCount];
size_t slot_group_next[kSlotCount];

ptrdiff_t offset_of(const SlotDef& d) {
  static Type probe;
  return static_cast<char*>(d.field(&probe)) - reinterpret_cast<char*>(&probe);
}


bool is_hash_row(const SlotDef& d) {
  static Type probe;
  return d.field(&probe) == &probe.hash;
}
bool is_richcompare_row(const SlotDef& d) {
  static Type probe;
  return d.field(&probe) == &probe.richcompare;
}

// ---------------------------------------------------------------------------
// __new__ exposed as a builtin bound to the type.

Ref new_wrapper_call(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* t = self.as<Type>();
  if (nargs < 1) return raise(exc::TypeError, std::string(t->name) + ".__new__(): not enough arguments");
  if (!is_type(args[0])) {
    return raise(exc::TypeError, std::string(t->name) + ".__new__(X): X is not a type object (" +
                                     type_name_of(args[0]) + ")");
  }
  Type* sub = args[0].as<Type>();
  if (!type_is_subtype(sub, t)) {
    return raise(exc::TypeError, std::string(t->name) + ".__new__(" + sub->name + "): " + sub->name +
                                     " is not a subtype of " + t->name);
  }
  Type* static_base = sub;
  while (static_base != nullptr && static_base->new_ == slot_new_dispatcher) static_base = static_base->base;
  if (static_base != nullptr && static_base->new_ != t->new_) {
    return raise(exc::TypeError, std::string(t->name) + ".__new__(" + sub->name + ") is not safe, use " +
                                     static_base->name + ".__new__()");
  }
  return t->new_(sub, args + 1, nargs - 1, kwnames);
}

const MethodDef kNewWrapperDef = {"__new__", new_wrapper_call, kMethodInstance,
                                  "Create and return a new object.  See help(type) for accurate signature."};

}  // namespace

SlotDef* slot_defs() {
  static bool interned = false;
  if (!interned) {
    ptrdiff_t offsets[kSlotCount];
    for (size_t i = 0; i < kSlotCount; i++) {
      slot_table[i].name_str = intern(slot_table[i].name);
      offsets[i] = offset_of(slot_table[i]);
      slot_group_first[i] = i;
      slot_group_next[i] = kSlotCount;
      for (size_t j = 0; j < i; j++) {
        if (offsets[j] == offsets[i]) {
          slot_group_first[i] = j;
          break;
        }
      }
      for (size_t j = slot_group_first[i]; j < i; j = slot_group_next[j]) {
        if (slot_group_next[j] == kSlotCount) {
          slot_group_next[j] = i;
          break;
        }
      }
    }
    interned = true;
  }
  return slot_table;
}

Ref new_wrapper_for(Type* t) { return builtin_function_new(&kNewWrapperDef, Value::object(t)); }

bool is_new_wrapper(Value v, Type** owner) {
  if (!is_builtin_function(v) || v.as<BuiltinFunction>()->def != &kNewWrapperDef) return false;
  *owner = v.as<BuiltinFunction>()->self.as<Type>();
  return true;
}

int add_slot_wrappers(Type* t) {
  SlotDef* defs = slot_defs();
  for (size_t i = 0; i < kSlotCount; i++) {
    const SlotDef& d = defs[i];
    if (d.wrapper == nullptr) continue;
    AnySlotFn fn = read_slot(t, d);
    if (fn == nullptr || !dict_get_str(t->dict, d.name_str).is_null()) continue;
    if (is_hash_row(d) && fn == any(&hash_not_implemented)) {
      if (dict_set(t->dict, Value::object(d.name_str), Value::none()) < 0) return -1;
      continue;
    }
    Ref w = wrapper_descriptor_new(t, d.name, d.wrapper, fn, d.doc);
    if (!w || dict_set(t->dict, Value::object(d.name_str), w.get()) < 0) return -1;
  }
  return 0;
}

void inherit_slots(Type* t, Type* base) {
  SlotDef* defs = slot_defs();
  bool inherit_compare_and_hash = t->richcompare == nullptr && t->hash == nullptr;
  for (size_t i = 0; i < kSlotCount; i++) {
    const SlotDef& d = defs[i];
    if (is_hash_row(d) || is_richcompare_row(d)) continue;
    if (read_slot(t, d) == nullptr) write_slot(t, d, read_slot(base, d));
  }
  if (inherit_compare_and_hash) {
    t->richcompare = base->richcompare;
    t->hash = base->hash;
  }
  if (t->dealloc == nullptr) t->dealloc = base->dealloc;
  if (type_has_flag(base, kTypeGC) && !type_has_flag(t, kTypeGC) && t->traverse == nullptr) {
    t->flags |= kTypeGC;
    t->traverse = base->traverse;
    t->clear = base->clear;
  }
}

namespace {

// What the MRO says the field of row group `first` should hold.
AnySlotFn derive_slot(Type* t, size_t first) {
  SlotDef* defs = slot_defs();
  bool found_any = false;
  bool uniform = true;
  AnySlotFn common = nullptr;
  for (size_t i = first; i < kSlotCount; i = slot_group_next[i]) {
    const SlotDef& d = defs[i];
    Value v = type_lookup(t, d.name_str);
    if (v.is_null()) continue;
    found_any = true;
    AnySlotFn fn = nullptr;
    if (is_hash_row(d) && v.is_none()) {
      fn = any(&hash_not_implemented);
    } else if (d.wrapper != nullptr && v.is_object() && v.as_object()->type == &wrapper_descriptor_type &&
               v.as<WrapperDescriptor>()->wrapper == d.wrapper) {
      fn = v.as<WrapperDescriptor>()->slot_fn;
    }
    if (fn == nullptr || (common != nullptr && fn != common)) {
      uniform = false;
    } else {
      common = fn;
    }
  }
  if (!found_any) return nullptr;
  return uniform ? common : defs[first].dispatcher;
}

void update_new_slot(Type* t) {
  Value f = type_lookup(t, INTERNED("__new__"));
  Type* owner = nullptr;
  if (f.is_null()) {
    t->new_ = nullptr;
  } else if (is_new_wrapper(f, &owner)) {
    t->new_ = owner->new_;
  } else {
    t->new_ = slot_new_dispatcher;
  }
}

void update_slots_of(Type* t, Str* name) {
  SlotDef* defs = slot_defs();
  for (size_t i = 0; i < kSlotCount; i++) {
    bool rederive = name == nullptr ? slot_group_first[i] == i : defs[i].name_str == name;
    if (!rederive) continue;
    size_t first = slot_group_first[i];
    write_slot(t, defs[first], derive_slot(t, first));
  }
  if (name == nullptr || name == INTERNED("__new__")) update_new_slot(t);
}

}  // namespace

void update_heap_slots(Type* t, Str* name) {
  if (!type_has_flag(t, kTypeHeap)) return;
  update_slots_of(t, name);
  if (t->subclasses.is_null()) return;
  Dict* subs = t->subclasses.as<Dict>();
  int64_t pos = 0;
  Value k, v;
  while (dict_next(subs, &pos, &k, &v)) {
    update_heap_slots(reinterpret_cast<Type*>(static_cast<uintptr_t>(v.as_small_int()) << 3), name);
  }
}

}  // namespace taipan
