// validate.cpp — the checks CPython's compiler makes on a tree that came
// from Python objects (Python/ast.c's validator), in its order and with its
// messages: expression contexts, non-empty bodies and sequences, counts that
// must agree, allowed constant types, and the shapes of match patterns.
#include "modules/ast/validate.h"

#include <string>
#include <vector>

#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "vm/thread_state.h"

namespace taipan::ast_module {

namespace {

using ast::ExprContext;
using ast::ExprKind;
using ast::PatternKind;
using ast::StmtKind;

bool value_error(const std::string& msg) {
  raise(exc::ValueError, msg);
  return false;
}

// Counts nesting like the compiler does, so a tree too deep to validate
// raises RecursionError instead of exhausting the C stack.
class DepthGuard {
 public:
  DepthGuard() : ok_(enter_recursive_call(" during compilation")) {}
  ~DepthGuard() {
    if (ok_) leave_recursive_call();
  }
  bool ok() const { return ok_; }

 private:
  bool ok_;
};

// The constant types a Constant node may hold: None, Ellipsis, bool, and
// exact int, float, complex, str, bytes, or tuples and frozensets of them.
bool valid_constant(Value v) {
  if (v.is_none() || v.is_bool() || v.is_small_int() || v.is_double() || v == ellipsis_value()) return true;
  Type* t = type_of(v);
  if (t == &int_type || t == &float_type || t == &complex_type || t == &str_type || t == &bytes_type) return true;
  if (t != &tuple_type && t != &frozenset_type) return false;
  DepthGuard guard;
  if (!guard.ok()) return false;
  if (t == &tuple_type) {
    Tuple* tuple = v.as<Tuple>();
    for (int64_t i = 0; i < tuple->size; i++) {
      if (!valid_constant(tuple->items[i])) return false;
    }
    return true;
  }
  Ref items = tuple_from_iterable(v);
  if (!items) return false;
  return valid_constant(items.get());
}

// The object whose type makes valid_constant fail, for the message.
Value invalid_part(Value v) {
  Type* t = type_of(v);
  if (t == &tuple_type) {
    Tuple* tuple = v.as<Tuple>();
    for (int64_t i = 0; i < tuple->size; i++) {
      if (!valid_constant(tuple->items[i])) return invalid_part(tuple->items[i]);
    }
  } else if (t == &frozenset_type) {
    Ref items = tuple_from_iterable(v);
    if (items) return invalid_part(items.get());
  }
  return v;
}

// CPython's check of a node's positions: the end not before the start.
bool valid_positions(const ast::Node* n) {
  if (n->lineno > n->end_lineno) {
    return value_error("AST node line range (" + std::to_string(n->lineno) + ", " + std::to_string(n->end_lineno) +
                       ") is not valid");
  }
  if ((n->lineno < 0 && n->end_lineno != n->lineno) || (n->col_offset < 0 && n->col_offset != n->end_col_offset)) {
    return value_error("AST node column range (" + std::to_string(n->col_offset) + ", " +
                       std::to_string(n->end_col_offset) + ") for line range (" + std::to_string(n->lineno) + ", " +
                       std::to_string(n->end_lineno) + ") is not valid");
  }
  if (n->lineno == n->end_lineno && n->col_offset > n->end_col_offset) {
    return value_error("line " + std::to_string(n->lineno) + ", column " + std::to_string(n->col_offset) + "-" +
                       std::to_string(n->end_col_offset) + " is not a valid range");
  }
  return true;
}

class Validator {
 public:
  bool mod(const ast::Mod* m) {
    switch (m->kind) {
      case ast::ModKind::Module: return stmts(static_cast<const ast::Module*>(m)->body);
      case ast::ModKind::Interactive: return stmts(static_cast<const ast::Interactive*>(m)->body);
      case ast::ModKind::Expression: return expr(static_cast<const ast::Expression*>(m)->body, ExprContext::Load);
      case ast::ModKind::FunctionType: {
        auto* f = static_cast<const ast::FunctionType*>(m);
        return exprs(f->argtypes, ExprContext::Load, false) && expr(f->returns, ExprContext::Load);
      }
    }
    return true;
  }

 private:
  bool stmts(const std::vector<ast::Stmt*>& seq) {
    for (const ast::Stmt* s : seq) {
      if (s == nullptr) return value_error("None disallowed in statement list");
      if (!stmt(s)) return false;
    }
    return true;
  }

  template <class T>
  bool nonempty(const std::vector<T>& seq, const char* what, const char* owner) {
    if (!seq.empty()) return true;
    return value_error(std::string("empty ") + what + " on " + owner);
  }

  bool body(const std::vector<ast::Stmt*>& seq, const char* owner) {
    return nonempty(seq, "body", owner) && stmts(seq);
  }

  bool exprs(const std::vector<ast::Expr*>& seq, ExprContext ctx, bool null_ok) {
    for (const ast::Expr* e : seq) {
      if (e == nullptr) {
        if (!null_ok) return value_error("None disallowed in expression list");
        continue;
      }
      if (!expr(e, ctx)) return false;
    }
    return true;
  }

  bool optional(const ast::Expr* e, ExprContext ctx) { return e == nullptr || expr(e, ctx); }

  bool args(const std::vector<ast::Arg*>& seq) {
    for (const ast::Arg* a : seq) {
      if (!valid_positions(a) || !optional(a->annotation, ExprContext::Load)) return false;
    }
    return true;
  }

  bool arguments(const ast::Arguments* a) {
    if (!args(a->posonlyargs) || !args(a->args)) return false;
    if (a->vararg != nullptr && !optional(a->vararg->annotation, ExprContext::Load)) return false;
    if (!args(a->kwonlyargs)) return false;
    if (a->kwarg != nullptr && !optional(a->kwarg->annotation, ExprContext::Load)) return false;
    if (a->defaults.size() > a->posonlyargs.size() + a->args.size()) {
      return value_error("more positional defaults than args on arguments");
    }
    if (a->kw_defaults.size() != a->kwonlyargs.size()) {
      return value_error("length of kwonlyargs is not the same as kw_defaults on arguments");
    }
    return exprs(a->defaults, ExprContext::Load, false) && exprs(a->kw_defaults, ExprContext::Load, true);
  }

  bool keywords(const std::vector<ast::Keyword*>& seq) {
    for (const ast::Keyword* k : seq) {
      if (!expr(k->value, ExprContext::Load)) return false;
    }
    return true;
  }

  bool comprehension(const std::vector<ast::Comprehension*>& generators) {
    if (generators.empty()) return value_error("comprehension with no generators");
    for (const ast::Comprehension* g : generators) {
      if (!expr(g->target, ExprContext::Store) || !expr(g->iter, ExprContext::Load) ||
          !exprs(g->ifs, ExprContext::Load, false)) {
        return false;
      }
    }
    return true;
  }

  static bool name(const std::string& id) {
    if (id == "None" || id == "True" || id == "False") {
      return value_error("identifier field can't represent '" + id + "' constant");
    }
    return true;
  }

  template <class Function>
  bool function(const Function* f, const char* owner) {
    return body(f->body, owner) && arguments(f->args) && exprs(f->decorator_list, ExprContext::Load, false) &&
           optional(f->returns, ExprContext::Load);
  }

  template <class Loop>
  bool for_loop(const Loop* f, const char* owner) {
    return expr(f->target, ExprContext::Store) && expr(f->iter, ExprContext::Load) && body(f->body, owner) &&
           stmts(f->orelse);
  }

  template <class With>
  bool with(const With* w, const char* owner) {
    if (!nonempty(w->items, "items", owner)) return false;
    for (const ast::WithItem* item : w->items) {
      if (!expr(item->context_expr, ExprContext::Load) || !optional(item->optional_vars, ExprContext::Store)) {
        return false;
      }
    }
    return body(w->body, owner);
  }

  template <class Try>
  bool try_stmt(const Try* t, const char* owner) {
    if (!body(t->body, owner)) return false;
    if (t->handlers.empty() && t->finalbody.empty()) {
      return value_error(std::string(owner) + " has neither except handlers nor finalbody");
    }
    if (t->handlers.empty() && !t->orelse.empty()) {
      return value_error(std::string(owner) + " has orelse but no except handlers");
    }
    for (const ast::ExceptHandler* h : t->handlers) {
      if (h == nullptr) return value_error("None disallowed in statement list");
      if (!optional(h->type, ExprContext::Load) || !body(h->body, "ExceptHandler")) return false;
    }
    return stmts(t->finalbody) && stmts(t->orelse);
  }

  bool stmt(const ast::Stmt* s) {
    DepthGuard guard;
    if (!guard.ok() || !valid_positions(s)) return false;
    switch (s->kind) {
      case StmtKind::FunctionDef: return function(static_cast<const ast::FunctionDef*>(s), "FunctionDef");
      case StmtKind::AsyncFunctionDef:
        return function(static_cast<const ast::AsyncFunctionDef*>(s), "AsyncFunctionDef");
      case StmtKind::ClassDef: {
        auto* c = static_cast<const ast::ClassDef*>(s);
        return body(c->body, "ClassDef") && exprs(c->bases, ExprContext::Load, false) && keywords(c->keywords) &&
               exprs(c->decorator_list, ExprContext::Load, false);
      }
      case StmtKind::Return: return optional(static_cast<const ast::Return*>(s)->value, ExprContext::Load);
      case StmtKind::Delete: {
        auto* d = static_cast<const ast::Delete*>(s);
        return nonempty(d->targets, "targets", "Delete") && exprs(d->targets, ExprContext::Del, false);
      }
      case StmtKind::Assign: {
        auto* a = static_cast<const ast::Assign*>(s);
        return nonempty(a->targets, "targets", "Assign") && exprs(a->targets, ExprContext::Store, false) &&
               expr(a->value, ExprContext::Load);
      }
      case StmtKind::AugAssign: {
        auto* a = static_cast<const ast::AugAssign*>(s);
        return expr(a->target, ExprContext::Store) && expr(a->value, ExprContext::Load);
      }
      case StmtKind::AnnAssign: {
        auto* a = static_cast<const ast::AnnAssign*>(s);
        if (a->simple && a->target->kind != ExprKind::Name) {
          raise(exc::TypeError, "AnnAssign with simple non-Name target");
          return false;
        }
        return expr(a->target, ExprContext::Store) && optional(a->value, ExprContext::Load) &&
               expr(a->annotation, ExprContext::Load);
      }
      case StmtKind::For: return for_loop(static_cast<const ast::For*>(s), "For");
      case StmtKind::AsyncFor: return for_loop(static_cast<const ast::AsyncFor*>(s), "AsyncFor");
      case StmtKind::While: {
        auto* w = static_cast<const ast::While*>(s);
        return expr(w->test, ExprContext::Load) && body(w->body, "While") && stmts(w->orelse);
      }
      case StmtKind::If: {
        auto* i = static_cast<const ast::If*>(s);
        return expr(i->test, ExprContext::Load) && body(i->body, "If") && stmts(i->orelse);
      }
      case StmtKind::With: return with(static_cast<const ast::With*>(s), "With");
      case StmtKind::AsyncWith: return with(static_cast<const ast::AsyncWith*>(s), "AsyncWith");
      case StmtKind::Match: {
        auto* m = static_cast<const ast::Match*>(s);
        if (!expr(m->subject, ExprContext::Load) || !nonempty(m->cases, "cases", "Match")) return false;
        for (const ast::MatchCase* c : m->cases) {
          if (!pattern(c->pattern, false) || !optional(c->guard, ExprContext::Load) || !body(c->body, "match_case")) {
            return false;
          }
        }
        return true;
      }
      case StmtKind::Raise: {
        auto* r = static_cast<const ast::Raise*>(s);
        if (r->exc != nullptr) return expr(r->exc, ExprContext::Load) && optional(r->cause, ExprContext::Load);
        if (r->cause != nullptr) return value_error("Raise with cause but no exception");
        return true;
      }
      case StmtKind::Try: return try_stmt(static_cast<const ast::Try*>(s), "Try");
      case StmtKind::TryStar: return try_stmt(static_cast<const ast::TryStar*>(s), "TryStar");
      case StmtKind::Assert: {
        auto* a = static_cast<const ast::Assert*>(s);
        return expr(a->test, ExprContext::Load) && optional(a->msg, ExprContext::Load);
      }
      case StmtKind::Import: return nonempty(static_cast<const ast::Import*>(s)->names, "names", "Import");
      case StmtKind::ImportFrom: {
        auto* i = static_cast<const ast::ImportFrom*>(s);
        if (i->level < 0) return value_error("Negative ImportFrom level");
        return nonempty(i->names, "names", "ImportFrom");
      }
      case StmtKind::Global: return nonempty(static_cast<const ast::Global*>(s)->names, "names", "Global");
      case StmtKind::Nonlocal: return nonempty(static_cast<const ast::Nonlocal*>(s)->names, "names", "Nonlocal");
      case StmtKind::Expr: return expr(static_cast<const ast::ExprStmt*>(s)->value, ExprContext::Load);
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue: return true;
    }
    return true;
  }

  // The context an expression kind carries, if any.
  static bool context_of(const ast::Expr* e, ExprContext* out) {
    switch (e->kind) {
      case ExprKind::Attribute: *out = static_cast<const ast::Attribute*>(e)->ctx; return true;
      case ExprKind::Subscript: *out = static_cast<const ast::Subscript*>(e)->ctx; return true;
      case ExprKind::Starred: *out = static_cast<const ast::Starred*>(e)->ctx; return true;
      case ExprKind::Name: *out = static_cast<const ast::Name*>(e)->ctx; return true;
      case ExprKind::List: *out = static_cast<const ast::List*>(e)->ctx; return true;
      case ExprKind::Tuple: *out = static_cast<const ast::Tuple*>(e)->ctx; return true;
      default: return false;
    }
  }

  bool expr(const ast::Expr* e, ExprContext ctx) {
    DepthGuard guard;
    if (!guard.ok() || !valid_positions(e)) return false;
    ExprContext actual;
    if (context_of(e, &actual)) {
      if (actual != ctx) {
        return value_error(std::string("expression must have ") + ast::name_of(ctx) + " context but has " +
                           ast::name_of(actual) + " instead");
      }
    } else if (ctx != ExprContext::Load) {
      return value_error(std::string("expression which can't be assigned to in ") + ast::name_of(ctx) +
                         " context");
    }
    const ExprContext load = ExprContext::Load;
    switch (e->kind) {
      case ExprKind::BoolOp: {
        auto* b = static_cast<const ast::BoolOp*>(e);
        if (b->values.size() < 2) return value_error("BoolOp with less than 2 values");
        return exprs(b->values, load, false);
      }
      case ExprKind::BinOp: {
        auto* b = static_cast<const ast::BinOp*>(e);
        return expr(b->left, load) && expr(b->right, load);
      }
      case ExprKind::UnaryOp: return expr(static_cast<const ast::UnaryOp*>(e)->operand, load);
      case ExprKind::Lambda: {
        auto* l = static_cast<const ast::Lambda*>(e);
        return arguments(l->args) && expr(l->body, load);
      }
      case ExprKind::IfExp: {
        auto* i = static_cast<const ast::IfExp*>(e);
        return expr(i->test, load) && expr(i->body, load) && expr(i->orelse, load);
      }
      case ExprKind::Dict: {
        auto* d = static_cast<const ast::Dict*>(e);
        if (d->keys.size() != d->values.size()) {
          return value_error("Dict doesn't have the same number of keys as values");
        }
        return exprs(d->keys, load, true) && exprs(d->values, load, false);
      }
      case ExprKind::Set: return exprs(static_cast<const ast::Set*>(e)->elts, load, false);
      case ExprKind::ListComp: {
        auto* c = static_cast<const ast::ListComp*>(e);
        return comprehension(c->generators) && expr(c->elt, load);
      }
      case ExprKind::SetComp: {
        auto* c = static_cast<const ast::SetComp*>(e);
        return comprehension(c->generators) && expr(c->elt, load);
      }
      case ExprKind::GeneratorExp: {
        auto* c = static_cast<const ast::GeneratorExp*>(e);
        return comprehension(c->generators) && expr(c->elt, load);
      }
      case ExprKind::DictComp: {
        auto* c = static_cast<const ast::DictComp*>(e);
        return comprehension(c->generators) && expr(c->key, load) && expr(c->value, load);
      }
      case ExprKind::Yield: return optional(static_cast<const ast::Yield*>(e)->value, load);
      case ExprKind::YieldFrom: return expr(static_cast<const ast::YieldFrom*>(e)->value, load);
      case ExprKind::Await: return expr(static_cast<const ast::Await*>(e)->value, load);
      case ExprKind::Compare: {
        auto* c = static_cast<const ast::Compare*>(e);
        if (c->comparators.empty()) return value_error("Compare with no comparators");
        if (c->comparators.size() != c->ops.size()) {
          return value_error("Compare has a different number of comparators and operands");
        }
        return exprs(c->comparators, load, false) && expr(c->left, load);
      }
      case ExprKind::Call: {
        auto* c = static_cast<const ast::Call*>(e);
        return expr(c->func, load) && exprs(c->args, load, false) && keywords(c->keywords);
      }
      case ExprKind::Constant: {
        auto* c = static_cast<const ast::Constant*>(e);
        if (c->value_kind != ast::ConstantKind::Object) return true;
        Value v = Value::object(static_cast<Object*>(const_cast<void*>(c->object)));
        if (valid_constant(v)) return true;
        if (!error_occurred()) {
          raise(exc::TypeError, std::string("got an invalid type in Constant: ") + type_name_of(invalid_part(v)));
        }
        return false;
      }
      case ExprKind::JoinedStr: return exprs(static_cast<const ast::JoinedStr*>(e)->values, load, false);
      case ExprKind::FormattedValue: {
        auto* f = static_cast<const ast::FormattedValue*>(e);
        return expr(f->value, load) && optional(f->format_spec, load);
      }
      case ExprKind::Attribute: return expr(static_cast<const ast::Attribute*>(e)->value, load);
      case ExprKind::Subscript: {
        auto* s = static_cast<const ast::Subscript*>(e);
        return expr(s->slice, load) && expr(s->value, load);
      }
      case ExprKind::Starred: return expr(static_cast<const ast::Starred*>(e)->value, ctx);
      case ExprKind::Slice: {
        auto* s = static_cast<const ast::Slice*>(e);
        return optional(s->lower, load) && optional(s->upper, load) && optional(s->step, load);
      }
      case ExprKind::List: return exprs(static_cast<const ast::List*>(e)->elts, ctx, false);
      case ExprKind::Tuple: return exprs(static_cast<const ast::Tuple*>(e)->elts, ctx, false);
      case ExprKind::NamedExpr: {
        auto* n = static_cast<const ast::NamedExpr*>(e);
        if (n->target->kind != ExprKind::Name) {
          raise(exc::TypeError, "NamedExpr target must be a Name");
          return false;
        }
        return expr(n->value, load);
      }
      case ExprKind::Name: return name(static_cast<const ast::Name*>(e)->id);
    }
    return true;
  }

  // ---------------------------------------------------------------- patterns

  static bool capture(const std::string& id) {
    if (id == "_") return value_error("can't capture name '_' in patterns");
    return name(id);
  }

  // A number constant: an exact int or float (real), or a complex (imaginary).
  static bool number(const ast::Expr* e, bool real, bool imaginary) {
    if (e->kind != ExprKind::Constant) return false;
    auto* c = static_cast<const ast::Constant*>(e);
    switch (c->value_kind) {
      case ast::ConstantKind::Int:
      case ast::ConstantKind::Float: return real;
      case ast::ConstantKind::Complex: return imaginary;
      case ast::ConstantKind::Object: {
        Type* t = type_of(Value::object(static_cast<Object*>(const_cast<void*>(c->object))));
        return (real && t == &int_type) || (imaginary && t == &complex_type);
      }
      default: return false;
    }
  }

  static bool negative_number(const ast::Expr* e, bool real, bool imaginary) {
    if (e->kind != ExprKind::UnaryOp) return false;
    auto* u = static_cast<const ast::UnaryOp*>(e);
    return u->op == ast::UnaryOperator::USub && number(u->operand, real, imaginary);
  }

  // A literal or attribute lookup, as a value pattern or a mapping key:
  // constants of the literal types, negated numbers, complex literals
  // (real +/- imaginary), f-strings (the compiler rejects them) and attributes.
  bool match_value(const ast::Expr* e) {
    if (!expr(e, ExprContext::Load)) return false;
    switch (e->kind) {
      case ExprKind::Constant: {
        auto* c = static_cast<const ast::Constant*>(e);
        bool literal = false;
        switch (c->value_kind) {
          case ast::ConstantKind::Int:
          case ast::ConstantKind::Float:
          case ast::ConstantKind::Complex:
          case ast::ConstantKind::Str:
          case ast::ConstantKind::Bytes: literal = true; break;
          case ast::ConstantKind::Object: {
            Type* t = type_of(Value::object(static_cast<Object*>(const_cast<void*>(c->object))));
            literal = t == &int_type || t == &complex_type;
            break;
          }
          default: break;
        }
        return literal || value_error("unexpected constant inside of a literal pattern");
      }
      case ExprKind::UnaryOp:
        if (negative_number(e, true, true)) return true;
        break;
      case ExprKind::BinOp: {
        auto* b = static_cast<const ast::BinOp*>(e);
        bool real_left = b->left->kind == ExprKind::UnaryOp ? negative_number(b->left, true, false)
                                                            : number(b->left, true, false);
        if ((b->op == ast::Operator::Add || b->op == ast::Operator::Sub) && real_left &&
            number(b->right, false, true)) {
          return true;
        }
        break;
      }
      case ExprKind::Attribute:
      case ExprKind::JoinedStr: return true;
      default: break;
    }
    return value_error("patterns may only match literals and attribute lookups");
  }

  bool patterns(const std::vector<ast::Pattern*>& seq, bool star_ok) {
    for (const ast::Pattern* p : seq) {
      if (p == nullptr) return value_error("None disallowed in pattern list");
      if (!pattern(p, star_ok)) return false;
    }
    return true;
  }

  bool pattern(const ast::Pattern* p, bool star_ok) {
    DepthGuard guard;
    if (!guard.ok() || !valid_positions(p)) return false;
    switch (p->kind) {
      case PatternKind::MatchValue: return match_value(static_cast<const ast::MatchValue*>(p)->value);
      case PatternKind::MatchSingleton:
        if (static_cast<const ast::MatchSingleton*>(p)->value == ast::ConstantKind::Object) {
          return value_error("MatchSingleton can only contain True, False and None");
        }
        return true;
      case PatternKind::MatchSequence: return patterns(static_cast<const ast::MatchSequence*>(p)->patterns, true);
      case PatternKind::MatchMapping: {
        auto* m = static_cast<const ast::MatchMapping*>(p);
        if (m->keys.size() != m->patterns.size()) {
          return value_error("MatchMapping doesn't have the same number of keys as patterns");
        }
        if (!m->rest.empty() && !capture(m->rest)) return false;
        for (const ast::Expr* key : m->keys) {
          if (key == nullptr) return value_error("None disallowed in expression list");
          if (key->kind == ExprKind::Constant) {
            ast::ConstantKind k = static_cast<const ast::Constant*>(key)->value_kind;
            if (k == ast::ConstantKind::None || k == ast::ConstantKind::True || k == ast::ConstantKind::False) {
              continue;
            }
          }
          if (!match_value(key)) return false;
        }
        return patterns(m->patterns, false);
      }
      case PatternKind::MatchClass: {
        auto* m = static_cast<const ast::MatchClass*>(p);
        if (!expr(m->cls, ExprContext::Load)) return false;
        const ast::Expr* cls = m->cls;
        while (cls->kind == ExprKind::Attribute) cls = static_cast<const ast::Attribute*>(cls)->value;
        if (cls->kind != ExprKind::Name) {
          return value_error("MatchClass cls field can only contain Name or Attribute nodes.");
        }
        if (m->kwd_attrs.size() != m->kwd_patterns.size()) {
          return value_error("MatchClass doesn't have the same number of keyword attributes as patterns");
        }
        for (const std::string& attr : m->kwd_attrs) {
          if (!name(attr)) return false;
        }
        return patterns(m->patterns, false) && patterns(m->kwd_patterns, false);
      }
      case PatternKind::MatchStar: {
        if (!star_ok) return value_error("can't use MatchStar here");
        const std::string& n = static_cast<const ast::MatchStar*>(p)->name;
        return n.empty() || capture(n);
      }
      case PatternKind::MatchAs: {
        auto* m = static_cast<const ast::MatchAs*>(p);
        if (!m->name.empty() && !capture(m->name)) return false;
        if (m->pattern == nullptr) return true;
        if (m->name.empty()) return value_error("MatchAs must specify a target name if a pattern is given");
        return pattern(m->pattern, false);
      }
      case PatternKind::MatchOr: {
        auto* m = static_cast<const ast::MatchOr*>(p);
        if (m->patterns.size() < 2) return value_error("MatchOr requires at least 2 patterns");
        return patterns(m->patterns, false);
      }
    }
    return true;
  }
};

}  // namespace

bool validate_tree(const ast::Mod* mod) {
  Validator v;
  return v.mod(mod);
}

}  // namespace taipan::ast_module
