// bool: the subclass of int whose only values are the immediates True and
// False. It changes repr, construction (the truth protocol) and & | ^, which
// keep bool results when both operands are bools; the rest is int's.
#include <string>

#include "objects/int.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan {

Type bool_type;

namespace {

Ref bool_repr(Value v) {
  static Str* const true_text = intern("True");
  static Str* const false_text = intern("False");
  return Ref::borrow(v.is_true() ? true_text : false_text);
}

Ref bool_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_keywords("bool", kwnames)) return nullptr;
  if (nargs > 1) {
    return raise(exc::TypeError, "bool expected at most 1 argument, got " + std::to_string(nargs));
  }
  if (nargs == 0) return Ref::boolean(false);
  int truth = is_true(args[0]);
  if (truth < 0) return nullptr;
  return Ref::boolean(truth != 0);
}

// & | ^ of two bools give a bool; anything else is int's business.
Ref bool_and(Value a, Value b) {
  if (a.is_bool() && b.is_bool()) return Ref::boolean(a.is_true() && b.is_true());
  return int_type.number.and_(a, b);
}
Ref bool_or(Value a, Value b) {
  if (a.is_bool() && b.is_bool()) return Ref::boolean(a.is_true() || b.is_true());
  return int_type.number.or_(a, b);
}
Ref bool_xor(Value a, Value b) {
  if (a.is_bool() && b.is_bool()) return Ref::boolean(a.is_true() != b.is_true());
  return int_type.number.xor_(a, b);
}

}  // namespace

int init_bool_type() {
  Type& t = bool_type;
  t.refcnt = kImmortalRefcnt;
  t.type = &type_type;
  t.name = "bool";
  t.basic_size = int_type.basic_size;
  t.base = &int_type;
  t.doc = "bool(x) -> bool";
  t.repr = bool_repr;
  t.new_ = bool_new;
  t.number.and_ = bool_and;
  t.number.or_ = bool_or;
  t.number.xor_ = bool_xor;
  return type_ready(&t);
}

}  // namespace taipan
