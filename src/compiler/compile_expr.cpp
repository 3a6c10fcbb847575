// Code generation for expressions: constants (with folding of tuples and
// negated numbers), operators, comparisons, conditional jumps, displays with
// star-unpacking, calls, f-strings, comprehensions, yield/await and
// assignment targets.
#include <algorithm>
#include <climits>
#include <cstdio>
#include <cstring>
#include <unordered_set>

#include "compiler/compiler.h"
#include "compiler/fold.h"
#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/protocol.h"

namespace taipan::compiler {

namespace {

constexpr size_t kStackUseGuideline = 30;

// BINARY_OP arguments, in the order of 3.11's dis._nb_ops.
int binary_op_arg(ast::Operator op) {
  switch (op) {
    case ast::Operator::Add: return 0;
    case ast::Operator::BitAnd: return 1;
    case ast::Operator::FloorDiv: return 2;
    case ast::Operator::LShift: return 3;
    case ast::Operator::MatMult: return 4;
    case ast::Operator::Mult: return 5;
    case ast::Operator::Mod: return 6;
    case ast::Operator::BitOr: return 7;
    case ast::Operator::Pow: return 8;
    case ast::Operator::RShift: return 9;
    case ast::Operator::Sub: return 10;
    case ast::Operator::Div: return 11;
    case ast::Operator::BitXor: return 12;
  }
  return 0;
}

std::string bits_key(char tag, double d) {
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  return tag + std::to_string(bits);
}

bool is_starred(const ast::Expr* e) { return e->kind == ast::ExprKind::Starred; }

// Truthiness of a constant: 1 true, 0 false.
bool constant_truth(const ast::Constant* c) {
  switch (c->value_kind) {
    case ast::ConstantKind::None:
    case ast::ConstantKind::False: return false;
    case ast::ConstantKind::True:
    case ast::ConstantKind::Ellipsis: return true;
    case ast::ConstantKind::Int: return c->int_digits.find_first_not_of('0') != std::string::npos;
    case ast::ConstantKind::Float:
    case ast::ConstantKind::Complex: return c->number != 0.0;
    case ast::ConstantKind::Str:
    case ast::ConstantKind::Bytes: return !c->str.empty();
    case ast::ConstantKind::Object: {
      int truth = is_true(Value::object(static_cast<Object*>(const_cast<void*>(c->object))));
      if (truth < 0) throw PendingError{};
      return truth != 0;
    }
  }
  return true;
}

}  // namespace

// ------------------------------------------------------------------ constants

ConstValue Compiler::constant_value(const ast::Constant* c) {
  switch (c->value_kind) {
    case ast::ConstantKind::None: return ConstValue{Ref::none(), "N"};
    case ast::ConstantKind::True: return ConstValue{Ref::boolean(true), "T"};
    case ast::ConstantKind::False: return ConstValue{Ref::boolean(false), "F"};
    case ast::ConstantKind::Ellipsis: return ConstValue{Ref::borrow(ellipsis_value()), "E"};
    case ast::ConstantKind::Int: {
      Ref v = c->int_fits_i64 ? int_from_int64(c->int_i64) : int_from_string(c->int_digits, c->int_base);
      if (!v) throw PendingError{};
      std::string key = c->int_fits_i64 ? std::to_string(c->int_i64) : int_to_decimal(v.get());
      return ConstValue{std::move(v), "i" + key};
    }
    case ast::ConstantKind::Float: return ConstValue{Ref::from_double(c->number), bits_key('f', c->number)};
    case ast::ConstantKind::Complex: {
      Ref v = complex_new(0.0, c->number);
      if (!v) throw PendingError{};
      return ConstValue{std::move(v), bits_key('c', c->number)};
    }
    case ast::ConstantKind::Str: return str_const(c->str);
    case ast::ConstantKind::Bytes: {
      Ref v = bytes_from_string(c->str);
      if (!v) throw PendingError{};
      return ConstValue{std::move(v), "b" + c->str};
    }
    case ast::ConstantKind::Object: {
      Ref v = Ref::borrow(Value::object(static_cast<Object*>(const_cast<void*>(c->object))));
      std::string key = constant_key(v.get());
      return ConstValue{std::move(v), std::move(key)};
    }
  }
  return ConstValue{Ref::none(), "N"};
}

// Evaluates e at compile time when it is a constant, `__debug__`, a negated
// number, or a tuple of such (CPython's AST optimizer folds these).
bool Compiler::try_constant(const ast::Expr* e, ConstValue* out) {
  if (e->kind == ast::ExprKind::Constant) {
    *out = constant_value(static_cast<const ast::Constant*>(e));
    return true;
  }
  // Each subtree is found non-constant at most once, so that long operator
  // chains are not re-examined at every level (no quadratic compile time).
  if (not_constant_.count(e) != 0) return false;
  if (try_fold(e, out)) return true;
  not_constant_.insert(e);
  return false;
}

bool Compiler::try_fold(const ast::Expr* e, ConstValue* out) {
  switch (e->kind) {
    case ast::ExprKind::Constant:
      *out = constant_value(static_cast<const ast::Constant*>(e));
      return true;
    case ast::ExprKind::Name: {
      auto* n = static_cast<const ast::Name*>(e);
      if (n->ctx != ast::ExprContext::Load || n->id != "__debug__") return false;
      *out = ConstValue{Ref::boolean(true), "T"};
      return true;
    }
    case ast::ExprKind::UnaryOp: {
      auto* u = static_cast<const ast::UnaryOp*>(e);
      ConstValue operand;
      if (!try_constant(u->operand, &operand)) return false;
      Ref v = fold_unary(u->op, operand.value.get());
      if (!v) return false;
      std::string key = constant_key(v.get());
      *out = ConstValue{std::move(v), std::move(key)};
      return true;
    }
    case ast::ExprKind::BinOp: {
      auto* b = static_cast<const ast::BinOp*>(e);
      ConstValue left, right;
      if (!try_constant(b->left, &left) || !try_constant(b->right, &right)) return false;
      Ref v = fold_binary(b->op, left.value.get(), right.value.get());
      if (!v) return false;
      std::string key = constant_key(v.get());
      *out = ConstValue{std::move(v), std::move(key)};
      return true;
    }
    case ast::ExprKind::Subscript: {
      auto* s = static_cast<const ast::Subscript*>(e);
      ConstValue container, key;
      if (s->ctx != ast::ExprContext::Load || !try_constant(s->value, &container) ||
          !try_constant(s->slice, &key)) {
        return false;
      }
      Ref v = fold_subscript(container.value.get(), key.value.get());
      if (!v) return false;
      std::string k = constant_key(v.get());
      *out = ConstValue{std::move(v), std::move(k)};
      return true;
    }
    case ast::ExprKind::Tuple: {
      auto* t = static_cast<const ast::Tuple*>(e);
      if (t->ctx != ast::ExprContext::Load) return false;
      std::vector<ConstValue> items(t->elts.size());
      for (size_t i = 0; i < t->elts.size(); i++) {
        if (!try_constant(t->elts[i], &items[i])) return false;
      }
      *out = tuple_const(items);
      return true;
    }
    default: return false;
  }
}

// A tuple constant made of `items` (whose values it takes).
ConstValue Compiler::tuple_const(std::vector<ConstValue>& items) {
  Tuple* t = tuple_new(static_cast<int64_t>(items.size()));
  if (t == nullptr) throw PendingError{};
  std::string key = "t" + std::to_string(items.size());
  for (size_t i = 0; i < items.size(); i++) {
    key += "," + std::to_string(items[i].key.size()) + ":" + items[i].key;
    t->items[i] = items[i].value.release();
  }
  return ConstValue{Ref::steal(t), std::move(key)};
}

// The values of a display's elements when all are constant (none starred).
bool Compiler::constant_items(const std::vector<ast::Expr*>& elts, std::vector<ConstValue>* items) {
  items->resize(elts.size());
  for (size_t i = 0; i < elts.size(); i++) {
    if (is_starred(elts[i]) || !try_constant(elts[i], &(*items)[i])) return false;
  }
  return true;
}

// A frozenset constant of `items`, as CPython's compiler leaves it: the items
// added in order, then that set re-made from its own iteration order (its
// constant merging rebuilds frozensets), which fixes the iteration order.
ConstValue Compiler::frozenset_const(std::vector<ConstValue>& items) {
  std::vector<Value> values;
  values.reserve(items.size());
  std::string key = "z" + std::to_string(items.size());
  for (const ConstValue& item : items) {
    values.push_back(item.value.get());
    key += "," + std::to_string(item.key.size()) + ":" + item.key;
  }
  Ref set = frozenset_for_set_display(values.data(), static_cast<int64_t>(values.size()));
  if (!set) throw PendingError{};
  return ConstValue{std::move(set), std::move(key)};
}

// Compiles an expression that is only iterated or searched (the iterable of
// `for` and of comprehensions, the right side of `in`): a list display
// becomes a tuple and a set display of constants a frozenset constant, as
// CPython's AST optimizer does.
void Compiler::iterated(const ast::Expr* e) {
  LocationScope loc(this, *e);
  if (e->kind == ast::ExprKind::List) {
    const auto& elts = static_cast<const ast::List*>(e)->elts;
    if (std::none_of(elts.begin(), elts.end(), is_starred)) {
      sequence(elts, 0, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND, true);
      return;
    }
  } else if (e->kind == ast::ExprKind::Set) {
    std::vector<ConstValue> items;
    if (constant_items(static_cast<const ast::Set*>(e)->elts, &items)) {
      load_const(frozenset_const(items));
      return;
    }
  }
  expr_inner(e);
}

// ------------------------------------------------------------------ expressions

void Compiler::expr(const ast::Expr* e) {
  LocationScope loc(this, *e);
  expr_inner(e);
}

void Compiler::expr_inner(const ast::Expr* e) {
  switch (e->kind) {
    case ast::ExprKind::BoolOp: bool_op(static_cast<const ast::BoolOp*>(e)); return;
    case ast::ExprKind::NamedExpr: {
      auto* n = static_cast<const ast::NamedExpr*>(e);
      expr(n->value);
      emit(Opcode::COPY, 1);
      store_target(n->target);
      return;
    }
    case ast::ExprKind::BinOp: {
      ConstValue folded;
      if (try_constant(e, &folded)) {
        load_const(std::move(folded));
        return;
      }
      auto* b = static_cast<const ast::BinOp*>(e);
      expr(b->left);
      expr(b->right);
      emit(Opcode::BINARY_OP, binary_op_arg(b->op));
      return;
    }
    case ast::ExprKind::UnaryOp: {
      ConstValue folded;
      if (try_constant(e, &folded)) {
        load_const(std::move(folded));
        return;
      }
      auto* u = static_cast<const ast::UnaryOp*>(e);
      expr(u->operand);
      switch (u->op) {
        case ast::UnaryOperator::Invert: emit(Opcode::UNARY_INVERT); break;
        case ast::UnaryOperator::Not: emit(Opcode::UNARY_NOT); break;
        case ast::UnaryOperator::UAdd: emit(Opcode::UNARY_POSITIVE); break;
        case ast::UnaryOperator::USub: emit(Opcode::UNARY_NEGATIVE); break;
      }
      return;
    }
    case ast::ExprKind::Lambda: lambda(static_cast<const ast::Lambda*>(e)); return;
    case ast::ExprKind::IfExp: {
      auto* i = static_cast<const ast::IfExp*>(e);
      int32_t orelse = new_label(), end = new_label();
      jump_if(i->test, orelse, false);
      expr(i->body);
      emit_jump_no_line(kJump, end);
      bind(orelse);
      expr(i->orelse);
      bind(end);
      return;
    }
    case ast::ExprKind::Dict: dict(static_cast<const ast::Dict*>(e)); return;
    case ast::ExprKind::Set:
      sequence(static_cast<const ast::Set*>(e)->elts, 0, Opcode::BUILD_SET, Opcode::SET_ADD,
               Opcode::SET_UPDATE, false);
      return;
    case ast::ExprKind::ListComp: {
      auto* c = static_cast<const ast::ListComp*>(e);
      comprehension(e, c->generators, c->elt, nullptr);
      return;
    }
    case ast::ExprKind::SetComp: {
      auto* c = static_cast<const ast::SetComp*>(e);
      comprehension(e, c->generators, c->elt, nullptr);
      return;
    }
    case ast::ExprKind::DictComp: {
      auto* c = static_cast<const ast::DictComp*>(e);
      comprehension(e, c->generators, c->key, c->value);
      return;
    }
    case ast::ExprKind::GeneratorExp: {
      auto* c = static_cast<const ast::GeneratorExp*>(e);
      comprehension(e, c->generators, c->elt, nullptr);
      return;
    }
    case ast::ExprKind::Await: {
      if (!u_->scope->is_function_like()) syntax_error(*e, "'await' outside function");
      if (!u_->is_async_function && u_->scope->kind != ScopeKind::Comprehension) {
        syntax_error(*e, "'await' outside async function");
      }
      expr(static_cast<const ast::Await*>(e)->value);
      emit(Opcode::GET_AWAITABLE, 0);
      load_none();
      yield_from(true);
      return;
    }
    case ast::ExprKind::Yield: {
      if (!u_->scope->is_function_like()) syntax_error(*e, "'yield' outside function");
      auto* y = static_cast<const ast::Yield*>(e);
      if (y->value != nullptr) {
        expr(y->value);
      } else {
        load_none();
      }
      yield_value();
      return;
    }
    case ast::ExprKind::YieldFrom: {
      if (!u_->scope->is_function_like()) syntax_error(*e, "'yield' outside function");
      if (u_->is_async_function) syntax_error(*e, "'yield from' inside async function");
      expr(static_cast<const ast::YieldFrom*>(e)->value);
      emit(Opcode::GET_YIELD_FROM_ITER);
      load_none();
      yield_from(false);
      return;
    }
    case ast::ExprKind::Compare: compare(static_cast<const ast::Compare*>(e)); return;
    case ast::ExprKind::Call: call(static_cast<const ast::Call*>(e)); return;
    case ast::ExprKind::FormattedValue: formatted_value(static_cast<const ast::FormattedValue*>(e)); return;
    case ast::ExprKind::JoinedStr: joined_str(static_cast<const ast::JoinedStr*>(e)); return;
    case ast::ExprKind::Constant:
      load_const(constant_value(static_cast<const ast::Constant*>(e)));
      return;
    case ast::ExprKind::Attribute: {
      auto* a = static_cast<const ast::Attribute*>(e);
      if (a->ctx == ast::ExprContext::Store) return store_target(e);
      if (a->ctx == ast::ExprContext::Del) return delete_target(e);
      expr(a->value);
      LocationScope loc(this, *a, *a);
      emit(Opcode::LOAD_ATTR, add_name(a->attr));
      return;
    }
    case ast::ExprKind::Subscript: {
      auto* s = static_cast<const ast::Subscript*>(e);
      if (s->ctx == ast::ExprContext::Store) return store_target(e);
      if (s->ctx == ast::ExprContext::Del) return delete_target(e);
      ConstValue folded;
      if (try_constant(e, &folded)) {
        load_const(std::move(folded));
        return;
      }
      expr(s->value);
      expr(s->slice);
      emit(Opcode::BINARY_SUBSCR);
      return;
    }
    case ast::ExprKind::Starred: {
      auto* s = static_cast<const ast::Starred*>(e);
      if (s->ctx == ast::ExprContext::Store) {
        syntax_error(*e, "starred assignment target must be in a list or tuple");
      }
      syntax_error(*e, "can't use starred expression here");
    }
    case ast::ExprKind::Name: {
      auto* n = static_cast<const ast::Name*>(e);
      if (n->ctx == ast::ExprContext::Load && n->id == "__debug__") {
        load_const(ConstValue{Ref::boolean(true), "T"});
        return;
      }
      name_op(n->id, n->ctx);
      return;
    }
    case ast::ExprKind::List: {
      auto* l = static_cast<const ast::List*>(e);
      if (l->ctx == ast::ExprContext::Store) return store_target(e);
      if (l->ctx == ast::ExprContext::Del) return delete_target(e);
      sequence(l->elts, 0, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND, false);
      return;
    }
    case ast::ExprKind::Tuple: {
      auto* t = static_cast<const ast::Tuple*>(e);
      if (t->ctx == ast::ExprContext::Store) return store_target(e);
      if (t->ctx == ast::ExprContext::Del) return delete_target(e);
      ConstValue folded;
      if (try_constant(e, &folded)) {
        load_const(std::move(folded));
        return;
      }
      sequence(t->elts, 0, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND, true);
      return;
    }
    case ast::ExprKind::Slice: {
      auto* s = static_cast<const ast::Slice*>(e);
      int n = 2;
      if (s->lower != nullptr) expr(s->lower); else load_none();
      if (s->upper != nullptr) expr(s->upper); else load_none();
      if (s->step != nullptr) {
        expr(s->step);
        n = 3;
      }
      emit(Opcode::BUILD_SLICE, n);
      return;
    }
  }
}

void Compiler::bool_op(const ast::BoolOp* e) {
  Opcode jump = e->op == ast::BoolOperator::And ? Opcode::JUMP_IF_FALSE_OR_POP : Opcode::JUMP_IF_TRUE_OR_POP;
  int32_t end = new_label();
  for (size_t i = 0; i + 1 < e->values.size(); i++) {
    expr(e->values[i]);
    emit_jump(op_code(jump), end);
  }
  expr(e->values.back());
  bind(end);
}

void Compiler::compare_op(ast::CmpOp op) {
  switch (op) {
    case ast::CmpOp::Lt: emit(Opcode::COMPARE_OP, 0); break;
    case ast::CmpOp::LtE: emit(Opcode::COMPARE_OP, 1); break;
    case ast::CmpOp::Eq: emit(Opcode::COMPARE_OP, 2); break;
    case ast::CmpOp::NotEq: emit(Opcode::COMPARE_OP, 3); break;
    case ast::CmpOp::Gt: emit(Opcode::COMPARE_OP, 4); break;
    case ast::CmpOp::GtE: emit(Opcode::COMPARE_OP, 5); break;
    case ast::CmpOp::Is: emit(Opcode::IS_OP, 0); break;
    case ast::CmpOp::IsNot: emit(Opcode::IS_OP, 1); break;
    case ast::CmpOp::In: emit(Opcode::CONTAINS_OP, 0); break;
    case ast::CmpOp::NotIn: emit(Opcode::CONTAINS_OP, 1); break;
  }
}

// The right side of a comparison chain's last operator, which `in` and
// `not in` only search.
void Compiler::last_comparator(const ast::Compare* e) {
  ast::CmpOp op = e->ops.back();
  if (op == ast::CmpOp::In || op == ast::CmpOp::NotIn) {
    iterated(e->comparators.back());
  } else {
    expr(e->comparators.back());
  }
}

void Compiler::compare(const ast::Compare* e) {
  expr(e->left);
  size_t n = e->ops.size();
  if (n == 1) {
    last_comparator(e);
    compare_op(e->ops[0]);
    return;
  }
  int32_t cleanup = new_label(), end = new_label();
  for (size_t i = 0; i + 1 < n; i++) {
    expr(e->comparators[i]);
    emit(Opcode::SWAP, 2);
    emit(Opcode::COPY, 2);
    compare_op(e->ops[i]);
    emit_jump(op_code(Opcode::JUMP_IF_FALSE_OR_POP), cleanup);
  }
  last_comparator(e);
  compare_op(e->ops[n - 1]);
  emit_jump(kJump, end);
  bind(cleanup);
  emit(Opcode::SWAP, 2);
  emit(Opcode::POP_TOP);
  bind(end);
}

// Jumps to `label` when the truth of e equals `cond`; falls through otherwise.
// Only a comparison moves the current position (to itself, for the rest of
// the statement): CPython 3.11 places the jumps and, in `assert`, the raise
// there; other tests keep the statement's position.
void Compiler::jump_if(const ast::Expr* e, int32_t label, bool cond) {
  switch (e->kind) {
    case ast::ExprKind::Constant:
      if (constant_truth(static_cast<const ast::Constant*>(e)) == cond) emit_jump(kJump, label);
      return;
    case ast::ExprKind::UnaryOp: {
      auto* u = static_cast<const ast::UnaryOp*>(e);
      if (u->op == ast::UnaryOperator::Not) return jump_if(u->operand, label, !cond);
      break;
    }
    case ast::ExprKind::BoolOp: {
      auto* b = static_cast<const ast::BoolOp*>(e);
      bool cond2 = b->op == ast::BoolOperator::Or;
      int32_t label2 = cond2 != cond ? new_label() : label;
      for (size_t i = 0; i + 1 < b->values.size(); i++) jump_if(b->values[i], label2, cond2);
      jump_if(b->values.back(), label, cond);
      if (label2 != label) bind(label2);
      return;
    }
    case ast::ExprKind::IfExp: {
      auto* i = static_cast<const ast::IfExp*>(e);
      int32_t end = new_label(), orelse = new_label();
      jump_if(i->test, orelse, false);
      jump_if(i->body, label, cond);
      emit_jump_no_line(kJump, end);
      bind(orelse);
      jump_if(i->orelse, label, cond);
      bind(end);
      return;
    }
    case ast::ExprKind::Compare: {
      set_loc(*e);
      auto* c = static_cast<const ast::Compare*>(e);
      size_t n = c->ops.size();
      if (n == 1 && (c->ops[0] == ast::CmpOp::Is || c->ops[0] == ast::CmpOp::IsNot) &&
          c->comparators[0]->kind == ast::ExprKind::Constant &&
          static_cast<const ast::Constant*>(c->comparators[0])->value_kind == ast::ConstantKind::None) {
        expr(c->left);
        bool jump_when_none = (c->ops[0] == ast::CmpOp::Is) == cond;
        emit_jump(op_code(jump_when_none ? Opcode::POP_JUMP_IF_NONE : Opcode::POP_JUMP_IF_NOT_NONE), label);
        return;
      }
      if (n < 2) break;
      int32_t cleanup = new_label(), end = new_label();
      expr(c->left);
      for (size_t i = 0; i + 1 < n; i++) {
        expr(c->comparators[i]);
        emit(Opcode::SWAP, 2);
        emit(Opcode::COPY, 2);
        compare_op(c->ops[i]);
        emit_jump(op_code(Opcode::POP_JUMP_IF_FALSE), cleanup);
      }
      expr(c->comparators[n - 1]);
      compare_op(c->ops[n - 1]);
      emit_jump(op_code(cond ? Opcode::POP_JUMP_IF_TRUE : Opcode::POP_JUMP_IF_FALSE), label);
      emit_jump(kJump, end);
      bind(cleanup);
      emit(Opcode::POP_TOP);
      if (!cond) emit_jump(kJump, label);
      bind(end);
      return;
    }
    default: break;
  }
  expr(e);
  emit_jump(op_code(cond ? Opcode::POP_JUMP_IF_TRUE : Opcode::POP_JUMP_IF_FALSE), label);
}

// ------------------------------------------------------------------ displays

void Compiler::tuple_of(const std::vector<ast::Expr*>& elts) {
  std::vector<ConstValue> items(elts.size());
  bool all_const = true;
  for (size_t i = 0; i < elts.size() && all_const; i++) all_const = try_constant(elts[i], &items[i]);
  if (all_const) {
    load_const(tuple_const(items));
    return;
  }
  for (const ast::Expr* e : elts) expr(e);
  emit(Opcode::BUILD_TUPLE, static_cast<int32_t>(elts.size()));
}

void Compiler::sequence(const std::vector<ast::Expr*>& elts, int pushed, Opcode build, Opcode add,
                        Opcode extend, bool tuple) {
  size_t n = elts.size();
  std::vector<ConstValue> items;
  if (n > 2 && (build == Opcode::BUILD_LIST || build == Opcode::BUILD_SET) && pushed == 0 &&
      constant_items(elts, &items)) {
    // [1, 2, 3] is BUILD_LIST 0 + a tuple constant + LIST_EXTEND; {1, 2, 3}
    // the same with a frozenset (whose order then decides the set's).
    emit(build, 0);
    load_const(build == Opcode::BUILD_SET ? frozenset_const(items) : tuple_const(items));
    emit(extend, 1);
    if (tuple) emit(Opcode::LIST_TO_TUPLE);
    return;
  }
  bool seen_star = false;
  for (const ast::Expr* e : elts) seen_star = seen_star || is_starred(e);
  bool big = n + pushed > kStackUseGuideline;
  if (!seen_star && !big && tuple && pushed == 0) {
    tuple_of(elts);
    return;
  }
  if (!seen_star && !big) {
    for (const ast::Expr* e : elts) expr(e);
    emit(tuple ? Opcode::BUILD_TUPLE : build, static_cast<int32_t>(n + pushed));
    return;
  }
  bool built = false;
  if (big) {
    emit(build, pushed);
    built = true;
  }
  for (size_t i = 0; i < n; i++) {
    const ast::Expr* e = elts[i];
    if (is_starred(e)) {
      if (!built) {
        emit(build, static_cast<int32_t>(i + pushed));
        built = true;
      }
      expr(static_cast<const ast::Starred*>(e)->value);
      emit(extend, 1);
    } else {
      expr(e);
      if (built) emit(add, 1);
    }
  }
  if (tuple) emit(Opcode::LIST_TO_TUPLE);
}

void Compiler::subdict(const ast::Dict* e, size_t begin, size_t end) {
  size_t n = end - begin;
  bool const_keys = n > 1;
  for (size_t i = begin; i < end && const_keys; i++) {
    const_keys = e->keys[i]->kind == ast::ExprKind::Constant;
  }
  if (const_keys) {
    for (size_t i = begin; i < end; i++) expr(e->values[i]);
    std::vector<ast::Expr*> keys(e->keys.begin() + begin, e->keys.begin() + end);
    tuple_of(keys);
    emit(Opcode::BUILD_CONST_KEY_MAP, static_cast<int32_t>(n));
    return;
  }
  for (size_t i = begin; i < end; i++) {
    expr(e->keys[i]);
    expr(e->values[i]);
  }
  emit(Opcode::BUILD_MAP, static_cast<int32_t>(n));
}

void Compiler::dict(const ast::Dict* e) {
  size_t n = e->values.size();
  size_t elements = 0;
  bool have_dict = false;
  for (size_t i = 0; i < n; i++) {
    if (e->keys[i] == nullptr) {
      if (elements > 0) {
        subdict(e, i - elements, i);
        if (have_dict) emit(Opcode::DICT_UPDATE, 1);
        have_dict = true;
        elements = 0;
      }
      if (!have_dict) {
        emit(Opcode::BUILD_MAP, 0);
        have_dict = true;
      }
      expr(e->values[i]);
      emit(Opcode::DICT_UPDATE, 1);
    } else if (elements * 2 > kStackUseGuideline) {
      subdict(e, i - elements, i + 1);
      if (have_dict) emit(Opcode::DICT_UPDATE, 1);
      have_dict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements > 0) {
    subdict(e, n - elements, n);
    if (have_dict) emit(Opcode::DICT_UPDATE, 1);
    have_dict = true;
  }
  if (!have_dict) emit(Opcode::BUILD_MAP, 0);
}

// ------------------------------------------------------------------ calls

void Compiler::keyword_names(const std::vector<ast::Keyword*>& keywords) {
  std::vector<std::string> names;
  for (const ast::Keyword* k : keywords) names.push_back(k->arg);
  emit(Opcode::KW_NAMES, add_const(names_tuple(names)));
}

void Compiler::subkwargs(const std::vector<ast::Keyword*>& keywords, size_t begin, size_t end) {
  size_t n = end - begin;
  if (n > 1) {
    std::vector<std::string> names;
    for (size_t i = begin; i < end; i++) {
      expr(keywords[i]->value);
      names.push_back(keywords[i]->arg);
    }
    load_const(names_tuple(names));
    emit(Opcode::BUILD_CONST_KEY_MAP, static_cast<int32_t>(n));
    return;
  }
  for (size_t i = begin; i < end; i++) {
    load_str(keywords[i]->arg);
    expr(keywords[i]->value);
  }
  emit(Opcode::BUILD_MAP, static_cast<int32_t>(n));
}

void Compiler::call_helper(int pushed, const std::vector<ast::Expr*>& args,
                           const std::vector<ast::Keyword*>& keywords) {
  std::unordered_set<std::string> seen;
  for (const ast::Keyword* k : keywords) {
    if (k->arg.empty()) continue;
    forbid_debug_binding(k->arg, ast::ExprContext::Store);
    if (!seen.insert(k->arg).second) syntax_error(*k, "keyword argument repeated: " + k->arg);
  }
  size_t nargs = args.size(), nkw = keywords.size();
  bool simple = nargs + nkw * 2 <= kStackUseGuideline;
  for (const ast::Expr* a : args) simple = simple && !is_starred(a);
  for (const ast::Keyword* k : keywords) simple = simple && !k->arg.empty();
  if (simple) {
    for (const ast::Expr* a : args) expr(a);
    if (nkw > 0) {
      for (const ast::Keyword* k : keywords) expr(k->value);
      keyword_names(keywords);
    }
    emit(Opcode::CALL, static_cast<int32_t>(pushed + nargs + nkw));
    return;
  }
  if (pushed == 0 && nargs == 1 && is_starred(args[0])) {
    expr(static_cast<const ast::Starred*>(args[0])->value);
  } else {
    sequence(args, pushed, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND, true);
  }
  if (nkw > 0) {
    bool have_dict = false;
    size_t nseen = 0;
    for (size_t i = 0; i < nkw; i++) {
      const ast::Keyword* k = keywords[i];
      if (!k->arg.empty()) {
        nseen++;
        continue;
      }
      if (nseen > 0) {
        subkwargs(keywords, i - nseen, i);
        if (have_dict) emit(Opcode::DICT_MERGE, 1);
        have_dict = true;
        nseen = 0;
      }
      if (!have_dict) {
        emit(Opcode::BUILD_MAP, 0);
        have_dict = true;
      }
      expr(k->value);
      emit(Opcode::DICT_MERGE, 1);
    }
    if (nseen > 0) {
      subkwargs(keywords, nkw - nseen, nkw);
      if (have_dict) emit(Opcode::DICT_MERGE, 1);
    }
  }
  emit(Opcode::CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
}

void Compiler::call(const ast::Call* e) {
  const ast::Expr* func = e->func;
  if (func->kind == ast::ExprKind::Attribute &&
      static_cast<const ast::Attribute*>(func)->ctx == ast::ExprContext::Load) {
    size_t nargs = e->args.size(), nkw = e->keywords.size();
    bool ok = nargs + nkw + (nkw != 0 ? 1 : 0) < kStackUseGuideline;
    for (const ast::Expr* a : e->args) ok = ok && !is_starred(a);
    for (const ast::Keyword* k : e->keywords) ok = ok && !k->arg.empty();
    if (ok) {
      auto* attr = static_cast<const ast::Attribute*>(func);
      std::unordered_set<std::string> seen;
      for (const ast::Keyword* k : e->keywords) {
        if (!seen.insert(k->arg).second) syntax_error(*k, "keyword argument repeated: " + k->arg);
      }
      expr(attr->value);
      {
        LocationScope loc(this, *attr, *attr);
        emit(Opcode::LOAD_METHOD, add_name(attr->attr));
      }
      for (const ast::Expr* a : e->args) expr(a);
      if (nkw > 0) {
        for (const ast::Keyword* k : e->keywords) expr(k->value);
        keyword_names(e->keywords);
      }
      LocationScope loc(this, *e, *attr);
      emit(Opcode::CALL, static_cast<int32_t>(nargs + nkw));
      return;
    }
  }
  if (func->kind == ast::ExprKind::Name) {
    auto* n = static_cast<const ast::Name*>(func);
    if (n->id != "__debug__" && name_kind(mangled(n->id)) == NameOp::Global) {
      {
        LocationScope loc(this, *func);
        emit(Opcode::LOAD_GLOBAL, (add_name(n->id) << 1) | 1);
      }
      call_helper(0, e->args, e->keywords);
      return;
    }
  }
  {
    LocationScope loc(this, *func);
    emit(Opcode::PUSH_NULL);
  }
  expr(func);
  call_helper(0, e->args, e->keywords);
}

// ------------------------------------------------------------------ f-strings

void Compiler::formatted_value(const ast::FormattedValue* e) {
  expr(e->value);
  int32_t arg = 0;
  switch (e->conversion) {
    case 's': arg = 1; break;
    case 'r': arg = 2; break;
    case 'a': arg = 3; break;
    case -1: arg = 0; break;
    default:  // only in a tree built in Python
      raise(exc::SystemError, "Unrecognized conversion character " + std::to_string(e->conversion));
      throw PendingError{};
  }
  if (e->format_spec != nullptr) {
    expr(e->format_spec);
    arg |= 4;
  }
  emit(Opcode::FORMAT_VALUE, arg);
}

void Compiler::joined_str(const ast::JoinedStr* e) {
  size_t n = e->values.size();
  if (n > kStackUseGuideline) {
    load_str("");
    emit(Opcode::LOAD_METHOD, add_name("join"));
    emit(Opcode::BUILD_LIST, 0);
    for (const ast::Expr* v : e->values) {
      expr(v);
      emit(Opcode::LIST_APPEND, 1);
    }
    emit(Opcode::CALL, 1);
    return;
  }
  for (const ast::Expr* v : e->values) expr(v);
  if (n != 1) emit(Opcode::BUILD_STRING, static_cast<int32_t>(n));
}

// ------------------------------------------------------------------ comprehensions

void Compiler::comprehension(const ast::Expr* e, const std::vector<ast::Comprehension*>& generators,
                             const ast::Expr* elt, const ast::Expr* value) {
  Scope* scope = symbols_.scope_of(e);
  bool outer_allows_async = u_->is_async_function || u_->scope->kind == ScopeKind::Comprehension;
  bool genexp = e->kind == ast::ExprKind::GeneratorExp;
  bool is_async = scope->is_coroutine;
  if (is_async && !genexp && !outer_allows_async) {
    syntax_error(*e, "asynchronous comprehension outside of an asynchronous function");
  }
  enter_unit(scope, scope->name, e->lineno);
  set_loc(*e);
  u_->argcount = 1;
  switch (e->kind) {
    case ast::ExprKind::ListComp: emit(Opcode::BUILD_LIST, 0); break;
    case ast::ExprKind::SetComp: emit(Opcode::BUILD_SET, 0); break;
    case ast::ExprKind::DictComp: emit(Opcode::BUILD_MAP, 0); break;
    default: break;
  }
  comprehension_generator(e, generators, 0, 0, elt, value);
  if (genexp) load_none();
  emit(Opcode::RETURN_VALUE);
  CompiledUnit unit = leave_unit();
  make_closure(std::move(unit), 0);
  const ast::Comprehension* outermost = generators[0];
  iterated(outermost->iter);
  emit(outermost->is_async ? Opcode::GET_AITER : Opcode::GET_ITER);
  emit(Opcode::CALL, 0);
  if (is_async && !genexp) {
    emit(Opcode::GET_AWAITABLE, 0);
    load_none();
    yield_from(true);
  }
}

void Compiler::comprehension_element(const ast::Expr* e, int depth, const ast::Expr* elt,
                                     const ast::Expr* value) {
  switch (e->kind) {
    case ast::ExprKind::GeneratorExp:
      expr(elt);
      yield_value();
      emit(Opcode::POP_TOP);
      break;
    case ast::ExprKind::ListComp:
      expr(elt);
      emit(Opcode::LIST_APPEND, depth + 1);
      break;
    case ast::ExprKind::SetComp:
      expr(elt);
      emit(Opcode::SET_ADD, depth + 1);
      break;
    default:
      expr(elt);
      expr(value);
      emit(Opcode::MAP_ADD, depth + 1);
      break;
  }
}

void Compiler::comprehension_generator(const ast::Expr* e, const std::vector<ast::Comprehension*>& gens,
                                       size_t index, int depth, const ast::Expr* elt,
                                       const ast::Expr* value) {
  const ast::Comprehension* gen = gens[index];
  int32_t start = new_label(), if_cleanup = new_label(), anchor = new_label();
  if (gen->is_async) {
    if (index == 0) {
      emit(Opcode::LOAD_FAST, 0);
    } else {
      expr(gen->iter);
      emit(Opcode::GET_AITER);
    }
    bind(start);
    push_fblock(FBlockKind::AsyncComprehensionGenerator, start, -1);
    setup(kSetupFinally, anchor);
    emit(Opcode::GET_ANEXT);
    load_none();
    yield_from(true);
    pop_block();
    store_target(gen->target);
    for (const ast::Expr* cond : gen->ifs) jump_if(cond, if_cleanup, false);
    depth++;
    if (index + 1 < gens.size()) {
      comprehension_generator(e, gens, index + 1, depth, elt, value);
    } else {
      comprehension_element(e, depth, elt, value);
    }
    bind(if_cleanup);
    emit_jump(kJump, start);
    pop_fblock();
    bind(anchor);
    emit(Opcode::END_ASYNC_FOR);
    return;
  }
  bool loop = true;
  if (index == 0) {
    emit(Opcode::LOAD_FAST, 0);
  } else {
    // `for y in [expr]` binds y once, without a loop.
    const std::vector<ast::Expr*>* elts = nullptr;
    if (gen->iter->kind == ast::ExprKind::List) elts = &static_cast<const ast::List*>(gen->iter)->elts;
    if (gen->iter->kind == ast::ExprKind::Tuple) elts = &static_cast<const ast::Tuple*>(gen->iter)->elts;
    if (elts != nullptr && elts->size() == 1 && !is_starred((*elts)[0])) {
      expr((*elts)[0]);
      loop = false;
    } else {
      iterated(gen->iter);
      emit(Opcode::GET_ITER);
    }
  }
  if (loop) {
    depth++;
    bind(start);
    emit_jump(op_code(Opcode::FOR_ITER), anchor);
  }
  store_target(gen->target);
  for (const ast::Expr* cond : gen->ifs) jump_if(cond, if_cleanup, false);
  if (index + 1 < gens.size()) {
    comprehension_generator(e, gens, index + 1, depth, elt, value);
  } else {
    comprehension_element(e, depth, elt, value);
  }
  bind(if_cleanup);
  if (loop) {
    emit_jump(kJump, start);
    bind(anchor);
  }
}

// ------------------------------------------------------------------ generators

void Compiler::yield_value() {
  if (u_->scope->is_generator && u_->scope->is_coroutine) emit(Opcode::ASYNC_GEN_WRAP);
  emit(Opcode::YIELD_VALUE, 0);
  emit(Opcode::RESUME, 1);
}

void Compiler::yield_from(bool await) {
  int32_t start = new_label(), exit = new_label();
  bind(start);
  emit_jump(op_code(Opcode::SEND), exit);
  emit(Opcode::YIELD_VALUE, 0);
  emit(Opcode::RESUME, await ? 3 : 2);
  emit_jump(kJumpNoInterrupt, start);
  bind(exit);
}

// ------------------------------------------------------------------ targets

void Compiler::unpack_target(const ast::Expr* e, const std::vector<ast::Expr*>& elts) {
  size_t n = elts.size();
  bool seen_star = false;
  for (size_t i = 0; i < n; i++) {
    if (!is_starred(elts[i])) continue;
    if (seen_star) syntax_error(*e, "multiple starred expressions in assignment");
    if (i >= (1u << 8) || n - i - 1 >= (INT_MAX >> 8)) {
      syntax_error(*e, "too many expressions in star-unpacking assignment");
    }
    emit(Opcode::UNPACK_EX, static_cast<int32_t>(i + ((n - i - 1) << 8)));
    seen_star = true;
  }
  if (!seen_star) emit(Opcode::UNPACK_SEQUENCE, static_cast<int32_t>(n));
  for (const ast::Expr* elt : elts) {
    store_target(is_starred(elt) ? static_cast<const ast::Starred*>(elt)->value : elt);
  }
}

void Compiler::store_target(const ast::Expr* e) {
  LocationScope loc(this, *e);
  switch (e->kind) {
    case ast::ExprKind::Name: name_op(static_cast<const ast::Name*>(e)->id, ast::ExprContext::Store); return;
    case ast::ExprKind::Attribute: {
      auto* a = static_cast<const ast::Attribute*>(e);
      expr(a->value);
      forbid_debug_binding(a->attr, ast::ExprContext::Store);
      LocationScope loc(this, *a, *a);
      emit(Opcode::STORE_ATTR, add_name(a->attr));
      return;
    }
    case ast::ExprKind::Subscript: {
      auto* s = static_cast<const ast::Subscript*>(e);
      expr(s->value);
      expr(s->slice);
      emit(Opcode::STORE_SUBSCR);
      return;
    }
    case ast::ExprKind::Tuple: unpack_target(e, static_cast<const ast::Tuple*>(e)->elts); return;
    case ast::ExprKind::List: unpack_target(e, static_cast<const ast::List*>(e)->elts); return;
    case ast::ExprKind::Starred: syntax_error(*e, "starred assignment target must be in a list or tuple");
    default: syntax_error(*e, "cannot assign to expression");
  }
}

}  // namespace taipan::compiler
