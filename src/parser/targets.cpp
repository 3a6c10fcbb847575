// targets.cpp — assignment, deletion and loop targets: setting Store/Del
// contexts, finding the first invalid target (CPython's
// _PyPegen_get_invalid_target) and reporting assignment errors with the
// messages of CPython's invalid_assignment rule.
#include "parser/parser_impl.h"

namespace taipan::parser {

using namespace ast;

const char* Parser::expr_name(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp: case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield: case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant:
      switch (static_cast<const Constant*>(e)->value_kind) {
        case ConstantKind::None: return "None";
        case ConstantKind::True: return "True";
        case ConstantKind::False: return "False";
        case ConstantKind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: return "slice";
  }
  return "expression";
}

void Parser::set_context(Expr* e, ExprContext ctx) {
  switch (e->kind) {
    case ExprKind::Name: static_cast<Name*>(e)->ctx = ctx; break;
    case ExprKind::Attribute: static_cast<Attribute*>(e)->ctx = ctx; break;
    case ExprKind::Subscript: static_cast<Subscript*>(e)->ctx = ctx; break;
    case ExprKind::Starred: {
      auto* s = static_cast<Starred*>(e);
      s->ctx = ctx;
      set_context(s->value, ctx);
      break;
    }
    case ExprKind::List: {
      auto* l = static_cast<List*>(e);
      l->ctx = ctx;
      for (Expr* x : l->elts) set_context(x, ctx);
      break;
    }
    case ExprKind::Tuple: {
      auto* t = static_cast<Tuple*>(e);
      t->ctx = ctx;
      for (Expr* x : t->elts) set_context(x, ctx);
      break;
    }
    default:
      break;
  }
}

Expr* Parser::invalid_target(Expr* e, TargetKind kind) {
  switch (e->kind) {
    case ExprKind::List:
      for (Expr* x : static_cast<List*>(e)->elts) {
        if (Expr* bad = invalid_target(x, kind)) return bad;
      }
      return nullptr;
    case ExprKind::Tuple:
      for (Expr* x : static_cast<Tuple*>(e)->elts) {
        if (Expr* bad = invalid_target(x, kind)) return bad;
      }
      return nullptr;
    case ExprKind::Starred:
      if (kind == TargetKind::Del) return e;
      return invalid_target(static_cast<Starred*>(e)->value, kind);
    case ExprKind::Compare:
      if (kind == TargetKind::For) {
        auto* c = static_cast<Compare*>(e);
        if (c->ops[0] == CmpOp::In) return invalid_target(c->left, kind);
        return nullptr;
      }
      return e;
    case ExprKind::Name: case ExprKind::Subscript: case ExprKind::Attribute:
      return nullptr;
    default:
      return e;
  }
}

void Parser::assignment_error(const std::vector<Expr*>& targets,
                              const std::vector<std::size_t>& starts, std::size_t current_eq) {
  // 1. CPython first tries the first target's last element as a
  //    named_expression followed by '=' (invalid_named_expression).
  Expr* t0 = targets[0];
  bool unparenthesized_yield =
      (t0->kind == ExprKind::Yield || t0->kind == ExprKind::YieldFrom) && !is_parenthesized(t0);
  std::size_t eq = starts.size() > 1 ? starts[1] - 1 : current_eq;
  if (!unparenthesized_yield && tokens_[eq - 1].kind != TokenKind::Comma) {
    Expr* last = t0;
    std::size_t last_first = starts[0];
    if (t0->kind == ExprKind::Tuple && !is_parenthesized(t0)) {
      last = static_cast<Tuple*>(t0)->elts.back();
      for (std::size_t i = starts[0]; i < eq; ++i) {
        if (tokens_[i].kind == TokenKind::Comma && tokens_[i].level == 0) last_first = i + 1;
      }
    }
    if (last->kind != ExprKind::Starred) {
      SavedState s = save();
      pos_ = eq;
      check_mistaken_equals(last, last_first);
      restore(s);
    }
  }
  // 2. Then the first target that is not a valid star_targets.
  for (Expr* t : targets) {
    if (t->kind == ExprKind::Yield || t->kind == ExprKind::YieldFrom) {
      error_node(t, "assignment to yield expression not possible");
    }
    if (Expr* bad = invalid_target(t, TargetKind::Star)) {
      error_node(bad, std::string("cannot assign to ") + expr_name(bad));
    }
  }
  fail();
}

}  // namespace taipan::parser
