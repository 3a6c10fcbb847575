// Built-in functions about numbers: abs, divmod, pow, round, and the integer
// spellings bin, oct and hex.
#include <string>

#include "objects/singletons.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/builtins.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {

namespace {

Ref builtin_abs(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("abs", kwnames) || !check_arg_count("abs", nargs, 1, 1)) return nullptr;
  UnaryFn absolute = type_of(args[0])->number.absolute;
  if (absolute == nullptr) {
    return raise(exc::TypeError, std::string("bad operand type for abs(): '") + type_name_of(args[0]) + "'");
  }
  return absolute(args[0]);
}

// divmod(a, b): a's slot, then b's (first when b's type is a proper subclass
// overriding it), as binary operators dispatch.
Ref builtin_divmod(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("divmod", kwnames) || !check_arg_count("divmod", nargs, 2, 2)) return nullptr;
  Value a = args[0], b = args[1];
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  BinaryFn slot_a = ta->number.divmod;
  BinaryFn slot_b = tb != ta ? tb->number.divmod : nullptr;
  if (slot_b == slot_a) slot_b = nullptr;
  if (slot_b != nullptr && type_is_subtype(tb, ta)) {
    Ref r = slot_b(a, b);
    if (!r || !is_not_implemented(r.get())) return r;
    slot_b = nullptr;
  }
  for (BinaryFn slot : {slot_a, slot_b}) {
    if (slot == nullptr) continue;
    Ref r = slot(a, b);
    if (!r || !is_not_implemented(r.get())) return r;
  }
  return raise(exc::TypeError, std::string("unsupported operand type(s) for divmod(): '") + ta->name +
                                   "' and '" + tb->name + "'");
}

Ref builtin_pow(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"base", "exp", "mod"};
  static const ArgSpec spec = {"pow", names, 3, 0, 2};
  Value a[3];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  return power(a[0], a[1], a[2].is_null() ? Value::none() : a[2]);
}

Ref builtin_round(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"number", "ndigits"};
  static const ArgSpec spec = {"round", names, 2, 0, 1};
  Value a[2];
  if (!bind_args(spec, args, nargs, kwnames, a)) return nullptr;
  Type* t = type_of(a[0]);
  Value method = type_lookup(t, "__round__");
  if (method.is_null()) {
    return raise(exc::TypeError, std::string("type ") + t->name + " doesn't define __round__ method");
  }
  if (a[1].is_null() || a[1].is_none()) return call_method(a[0], "__round__", {});
  return call_method(a[0], "__round__", {a[1]});
}

// bin/oct/hex: format(index(x), '#b') and friends give CPython's spellings.
Ref format_index(Value x, const char* spec) {
  Ref i = index(x);
  if (!i) return nullptr;
  Ref s = str_from_utf8(spec);
  if (!s) return nullptr;
  return format(i.get(), s.get());
}

Ref builtin_bin(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("bin", kwnames) || !check_arg_count("bin", nargs, 1, 1)) return nullptr;
  return format_index(args[0], "#b");
}

Ref builtin_oct(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("oct", kwnames) || !check_arg_count("oct", nargs, 1, 1)) return nullptr;
  return format_index(args[0], "#o");
}

Ref builtin_hex(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("hex", kwnames) || !check_arg_count("hex", nargs, 1, 1)) return nullptr;
  return format_index(args[0], "#x");
}

}  // namespace

const MethodDef kBuiltinNumberFunctions[] = {
    {"abs", builtin_abs, kMethodInstance, "abs($module, x, /)\n--\n\nReturn the absolute value of the argument."},
    {"divmod", builtin_divmod, kMethodInstance, "divmod($module, x, y, /)\n--\n\nReturn the tuple (x//y, x%y).  Invariant: div*y + mod == x."},
    {"pow", builtin_pow, kMethodInstance, "pow($module, /, base, exp, mod=None)\n--\n\nEquivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"},
    {"round", builtin_round, kMethodInstance, "round($module, /, number, ndigits=None)\n--\n\nRound a number to a given precision in decimal digits."},
    {"bin", builtin_bin, kMethodInstance, "bin($module, number, /)\n--\n\nReturn the binary representation of an integer."},
    {"oct", builtin_oct, kMethodInstance, "oct($module, number, /)\n--\n\nReturn the octal representation of an integer."},
    {"hex", builtin_hex, kMethodInstance, "hex($module, number, /)\n--\n\nReturn the hexadecimal representation of an integer."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace taipan
