// The object protocol: what the VM and native code call to use any value
// without knowing its type (repr, hash, compare, call, attributes, items,
// iteration, arithmetic, truth). Each function dispatches on the type's slots.
// Failure: null Ref / -1 with an exception set (runtime/errors.h).
#pragma once

#include <initializer_list>
#include <string_view>

#include "objects/type.h"
#include "vm/native_recursion.h"

namespace taipan {

enum class BinaryOp : uint8_t {
  Add, Subtract, Multiply, MatrixMultiply, TrueDivide, FloorDivide, Remainder,
  Power, LShift, RShift, And, Or, Xor,
};
enum class UnaryOp : uint8_t { Negative, Positive, Invert, Not };

Ref repr(Value v);
Ref str(Value v);
Ref ascii(Value v);
Ref format(Value v, Value spec);  // format(v, spec); spec a str
int64_t hash(Value v);            // -1 on error (a real hash of -1 is reported as -2)
Ref rich_compare(Value a, Value b, CompareOp op);
int rich_compare_bool(Value a, Value b, CompareOp op);  // identity implies Eq for Eq/Ne
int equal(Value a, Value b);                             // a is b or a == b; 0/1/-1
int is_true(Value v);                                    // bool(v): 0/1/-1

Ref getattr(Value obj, Str* name);
Ref getattr(Value obj, std::string_view name);
// Like getattr, but a missing attribute returns null with no exception set.
Ref getattr_optional(Value obj, Str* name);
int setattr(Value obj, Str* name, Value v);
int delattr(Value obj, Str* name);
// object.__getattribute__ / __setattr__: instance dict and descriptors.
Ref generic_getattr(Value obj, Str* name);
int generic_setattr(Value obj, Str* name, Value v);

Ref call(Value callable, const Value* args, size_t nargs, Tuple* kwnames = nullptr);
Ref call(Value callable, std::initializer_list<Value> args);
Ref call_method(Value obj, Str* name, std::initializer_list<Value> args);
Ref call_method(Value obj, std::string_view name, std::initializer_list<Value> args);
// Calls with a tuple of positional arguments and a dict of keywords (either may be null).
Ref call_with_tuple_dict(Value callable, Value args_tuple, Value kwargs_dict);

Ref getitem(Value obj, Value key);
int setitem(Value obj, Value key, Value v);
int delitem(Value obj, Value key);
int64_t length(Value obj);  // len(obj)
int contains(Value container, Value item);  // item in container

Ref iter(Value obj);
// next()'s rare paths: not an iterator (raises), or no native stack left
// (RecursionError already raised).
Ref next_refused(Value iterator);
// A next slot may end with StopIteration (a generator's return value, a
// class's __next__); to callers of next() that is plain exhaustion.
void stop_iteration_is_exhaustion();
// next(it): null with no exception set means exhausted. Iterators over
// iterators (enumerate of map of zip...) recurse through here, one level
// each: inline, so that the level costs no frame of its own and chains
// 50,000 deep fit in the native stack, as they do in CPython.
inline Ref next(Value iterator) {
  NextFn f = type_of(iterator)->next;
  if (f == nullptr || native_stack_exhausted()) return next_refused(iterator);
  Ref item = f(iterator);
  if (!item) stop_iteration_is_exhaustion();
  return item;
}

Ref binary_op(Value a, Value b, BinaryOp op);
Ref inplace_op(Value a, Value b, BinaryOp op);
Ref unary_op(Value v, UnaryOp op);
Ref power(Value a, Value b, Value mod);  // pow(a, b, mod); mod None when absent

int isinstance(Value obj, Value cls);  // cls may be a tuple; honours __instancecheck__
int issubclass(Value cls, Value base);

// __index__: an int, or TypeError.
Ref index(Value v);
// An index or size as int64_t; OverflowError, or TypeError for non-ints. -1 on error
// (check error_occurred(): -1 may be a real value).
int64_t as_int64(Value v);

}  // namespace taipan
