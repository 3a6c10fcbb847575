// parser_expr.cpp — expressions: star/named expressions, lambda and
// conditional expressions (built iteratively), boolean and comparison
// operators, precedence climbing for binary operators, unary and `**`
// chains (iterative), primaries with their trailers, atoms and displays,
// comprehensions, call arguments, subscripts and parameter lists.
#include <charconv>
#include <cstdlib>

#include "parser/parser_impl.h"

namespace taipan::parser {

using namespace ast;

namespace {

// Binding power of binary operators (higher binds tighter); 0: not one.
int binary_precedence(TokenKind k, Operator* op) {
  switch (k) {
    case TokenKind::VBar: *op = Operator::BitOr; return 1;
    case TokenKind::Circumflex: *op = Operator::BitXor; return 2;
    case TokenKind::Amper: *op = Operator::BitAnd; return 3;
    case TokenKind::LeftShift: *op = Operator::LShift; return 4;
    case TokenKind::RightShift: *op = Operator::RShift; return 4;
    case TokenKind::Plus: *op = Operator::Add; return 5;
    case TokenKind::Minus: *op = Operator::Sub; return 5;
    case TokenKind::Star: *op = Operator::Mult; return 6;
    case TokenKind::Slash: *op = Operator::Div; return 6;
    case TokenKind::DoubleSlash: *op = Operator::FloorDiv; return 6;
    case TokenKind::Percent: *op = Operator::Mod; return 6;
    case TokenKind::At: *op = Operator::MatMult; return 6;
    default: return 0;
  }
}

bool is_comparison_start(TokenKind k) {
  switch (k) {
    case TokenKind::EqEqual: case TokenKind::NotEqual: case TokenKind::Less:
    case TokenKind::LessEqual: case TokenKind::Greater: case TokenKind::GreaterEqual:
    case TokenKind::KwIn: case TokenKind::KwIs: case TokenKind::KwNot:
      return true;
    default:
      return false;
  }
}

}  // namespace

bool Parser::can_start_expression(TokenKind k) {
  switch (k) {
    case TokenKind::Name: case TokenKind::Number: case TokenKind::String: case TokenKind::LPar:
    case TokenKind::LSqb: case TokenKind::LBrace: case TokenKind::Minus: case TokenKind::Plus:
    case TokenKind::Tilde: case TokenKind::KwNot: case TokenKind::KwLambda: case TokenKind::KwAwait:
    case TokenKind::KwNone: case TokenKind::KwTrue: case TokenKind::KwFalse:
    case TokenKind::Ellipsis: case TokenKind::Star:
      return true;
    default:
      return false;
  }
}

bool Parser::at_comprehension() {
  return at(TokenKind::KwFor) || (at(TokenKind::KwAsync) && kind(1) == TokenKind::KwFor);
}

Parser::SavedState Parser::save() const {
  return SavedState{pos_, prev_end_, last_expr_, last_expr_first_tok_, last_expr_end_tok_, depth_,
                    recursion_};
}

void Parser::restore(const SavedState& s) {
  pos_ = s.pos;
  prev_end_ = s.prev_end;
  last_expr_ = s.last_expr;
  last_expr_first_tok_ = s.last_expr_first_tok;
  last_expr_end_tok_ = s.last_expr_end_tok;
  depth_ = s.depth;
  recursion_ = s.recursion;
}

void Parser::mark_parenthesized(Expr* e) { parenthesized_.insert(e); }
bool Parser::is_parenthesized(const Expr* e) const { return parenthesized_.count(e) != 0; }

// ------------------------------------------------------- expression lists

Expr* Parser::parse_star_expressions() {
  Pos start = start_of(peek());
  Expr* first = parse_star_expression();
  if (!at(TokenKind::Comma)) return first;
  auto* t = make<Tuple>();
  t->elts.push_back(first);
  while (accept(TokenKind::Comma)) {
    if (!can_start_expression(kind())) break;
    t->elts.push_back(parse_star_expression());
  }
  return finish(t, start);
}

Expr* Parser::parse_star_expression() {
  if (!at(TokenKind::Star)) return parse_expression();
  Pos start = start_of(advance());
  auto* s = make<Starred>();
  s->value = parse_bitwise_or();
  return finish(s, start);
}

Expr* Parser::parse_star_named_expression() {
  if (!at(TokenKind::Star)) return parse_named_expression();
  bool first_in_display = pos_ > 0 && (tokens_[pos_ - 1].kind == TokenKind::LSqb ||
                                       tokens_[pos_ - 1].kind == TokenKind::LPar ||
                                       tokens_[pos_ - 1].kind == TokenKind::LBrace);
  Pos start = start_of(advance());
  auto* s = make<Starred>();
  std::size_t first = pos_;
  s->value = parse_bitwise_or();
  if (first_in_display) {
    // CPython's invalid_comprehension reads a leading `*x` of a display as
    // starred_expression ('*' expression), which checks `x y`.
    last_expr_ = s->value;
    last_expr_first_tok_ = first;
    last_expr_end_tok_ = pos_;
  }
  return finish(s, start);
}

Expr* Parser::parse_expressions() {
  Pos start = start_of(peek());
  Expr* first = parse_expression();
  if (!at(TokenKind::Comma)) return first;
  auto* t = make<Tuple>();
  t->elts.push_back(first);
  while (accept(TokenKind::Comma)) {
    if (!can_start_expression(kind()) || at(TokenKind::Star)) break;
    t->elts.push_back(parse_expression());
  }
  return finish(t, start);
}

Expr* Parser::parse_named_expression(bool check_equals) {
  if (at(TokenKind::Name) && kind(1) == TokenKind::ColonEqual) {
    const Token& name = advance();
    Pos start = start_of(name);
    auto* target = make<Name>();
    target->id = ident(name);
    target->ctx = ExprContext::Store;
    span(target, start, end_of(name));
    advance();
    auto* n = make<NamedExpr>();
    n->target = target;
    n->value = parse_expression();
    return finish(n, start);
  }
  std::size_t first_tok = pos_;
  Expr* e = parse_expression();
  if (at(TokenKind::ColonEqual)) check_walrus_target(e);
  if (check_equals && at(TokenKind::Equal)) check_mistaken_equals(e, first_tok);
  return e;
}

// `expr := value` where expr is not a name (CPython's invalid_named_expression).
void Parser::check_walrus_target(Expr* e) {
  if (quiet_ > 0) return;  // a second-pass rule
  SavedState s = save();
  bool rhs_ok = false;
  try {
    Speculation spec(this);
    advance();
    parse_expression();
    rhs_ok = true;
  } catch (SyntaxErrorException& err) {
    if (lexer_failed_ || !err.soft) throw;
  }
  restore(s);
  if (rhs_ok) error_node(e, std::string("cannot use assignment expressions with ") + expr_name(e));
}

// CPython's invalid_named_expression: `x = 1` where an expression was
// expected, e.g. `if x = 1:`.
void Parser::check_mistaken_equals(Expr* e, std::size_t first_tok) {
  if (quiet_ > 0) return;  // a second-pass rule
  const Token& first = tokens_[first_tok];
  bool plain_name = e->kind == ExprKind::Name && first.kind == TokenKind::Name && pos_ == first_tok + 1;
  bool other_target = is_bitwise_or_level(e) && !starts_with_excluded_atom(e, first_tok);
  if (!plain_name && !other_target) return;
  // The right-hand side must be a bitwise_or not followed by '=' or ':='.
  SavedState s = save();
  advance();
  bool rhs_ok = false;
  Pos rhs_end{};
  try {
    Speculation spec(this);
    parse_bitwise_or();
    rhs_ok = !at(TokenKind::Equal) && !at(TokenKind::ColonEqual);
    rhs_end = prev_end_;
  } catch (SyntaxErrorException& err) {
    if (lexer_failed_ || !err.soft) throw;
  }
  restore(s);
  if (!rhs_ok) return;
  if (plain_name) {
    error_range(start_of(e), rhs_end,
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  }
  error_node(e, std::string("cannot assign to ") + expr_name(e) +
                    " here. Maybe you meant '==' instead of '='?");
}

bool Parser::is_bitwise_or_level(const Expr* e) const {
  if (is_parenthesized(e)) return true;
  switch (e->kind) {
    case ExprKind::BoolOp: case ExprKind::NamedExpr: case ExprKind::Lambda: case ExprKind::IfExp:
    case ExprKind::Compare: case ExprKind::Starred: case ExprKind::Yield: case ExprKind::YieldFrom:
      return false;
    case ExprKind::UnaryOp:
      return static_cast<const UnaryOp*>(e)->op != UnaryOperator::Not;
    case ExprKind::Tuple:
      return false;  // an unparenthesised tuple
    default:
      return true;
  }
}

// The `!(list|tuple|genexp|'True'|'None'|'False')` lookahead of CPython's
// invalid_named_expression, judged from the expression's first token.
bool Parser::starts_with_excluded_atom(const Expr* e, std::size_t first_tok) const {
  const Token& first = tokens_[first_tok];
  switch (first.kind) {
    case TokenKind::KwTrue: case TokenKind::KwNone: case TokenKind::KwFalse:
      return true;
    case TokenKind::LSqb: case TokenKind::LPar: {
      // Find the leftmost atom of e.
      const Expr* x = e;
      for (;;) {
        if (x->kind == ExprKind::BinOp) x = static_cast<const BinOp*>(x)->left;
        else if (x->kind == ExprKind::Attribute) x = static_cast<const Attribute*>(x)->value;
        else if (x->kind == ExprKind::Subscript) x = static_cast<const Subscript*>(x)->value;
        else if (x->kind == ExprKind::Call) x = static_cast<const Call*>(x)->func;
        else break;
      }
      if (first.kind == TokenKind::LSqb) return x->kind == ExprKind::List;
      return x->kind == ExprKind::GeneratorExp ||
             (x->kind == ExprKind::Tuple && is_parenthesized(x));
    }
    default:
      return false;
  }
}

// -------------------------------------------------------------- expression

Expr* Parser::parse_expression() {
  if (++recursion_ > kMaxRecursion) too_deep();
  struct Wrapper {
    bool is_lambda;
    Pos start;
    Arguments* args;
    Expr* body;
    Expr* test;
  };
  std::vector<Wrapper> wrappers;
  int added = 0;
  Expr* result;
  for (;;) {
    if (at(TokenKind::KwLambda)) {
      Pos start = start_of(advance());
      Arguments* args = parse_parameters(TokenKind::Colon, true);
      if (!at(TokenKind::Colon)) fail();
      advance();
      wrappers.push_back({true, start, args, nullptr, nullptr});
      added += 2;
      depth_ += 2;
      if (depth_ > kMaxDepth) too_deep();
      continue;
    }
    std::size_t first = pos_;
    Pos start = start_of(peek());
    Expr* d = parse_disjunction();
    if (at(TokenKind::KwIf)) {
      advance();
      Expr* test = parse_disjunction();
      if (!at(TokenKind::KwElse)) {
        if (!at(TokenKind::Colon)) {
          error_nodes(d, test, "expected 'else' after 'if' expression");
        }
        fail();
      }
      advance();
      wrappers.push_back({false, start, nullptr, d, test});
      added += 1;
      depth_ += 1;
      if (depth_ > kMaxDepth) too_deep();
      continue;
    }
    last_expr_ = d;
    last_expr_first_tok_ = first;
    last_expr_end_tok_ = pos_;
    result = d;
    break;
  }
  Pos end = prev_end_;
  for (std::size_t i = wrappers.size(); i-- > 0;) {
    const Wrapper& w = wrappers[i];
    if (w.is_lambda) {
      auto* l = make<Lambda>();
      l->args = w.args;
      l->body = result;
      result = span(l, w.start, end);
    } else {
      auto* x = make<IfExp>();
      x->test = w.test;
      x->body = w.body;
      x->orelse = result;
      result = span(x, w.start, end);
    }
  }
  depth_ -= added;
  --recursion_;
  return result;
}

Expr* Parser::parse_yield_expression() {
  Pos start = start_of(advance());
  if (accept(TokenKind::KwFrom)) {
    auto* y = make<YieldFrom>();
    y->value = parse_expression();
    return finish(y, start);
  }
  auto* y = make<Yield>();
  if (can_start_expression(kind())) y->value = parse_star_expressions();
  return finish(y, start);
}

// ------------------------------------------------------- boolean operators

Expr* Parser::parse_disjunction() {
  Pos start = start_of(peek());
  Expr* first = parse_conjunction();
  if (!at(TokenKind::KwOr)) return first;
  auto* b = make<BoolOp>();
  b->op = BoolOperator::Or;
  b->values.push_back(first);
  while (accept(TokenKind::KwOr)) b->values.push_back(parse_conjunction());
  return finish(b, start);
}

Expr* Parser::parse_conjunction() {
  Pos start = start_of(peek());
  Expr* first = parse_inversion();
  if (!at(TokenKind::KwAnd)) return first;
  auto* b = make<BoolOp>();
  b->op = BoolOperator::And;
  b->values.push_back(first);
  while (accept(TokenKind::KwAnd)) b->values.push_back(parse_inversion());
  return finish(b, start);
}

Expr* Parser::parse_inversion() {
  std::vector<Pos> nots;
  while (at(TokenKind::KwNot)) {
    nots.push_back(start_of(advance()));
    if (++depth_ > kMaxDepth) too_deep();
  }
  Expr* e = parse_comparison();
  Pos end = prev_end_;
  for (std::size_t i = nots.size(); i-- > 0;) {
    auto* u = make<UnaryOp>();
    u->op = UnaryOperator::Not;
    u->operand = e;
    e = span(u, nots[i], end);
  }
  depth_ -= static_cast<int>(nots.size());
  return e;
}

Expr* Parser::parse_comparison() {
  Pos start = start_of(peek());
  Expr* left = parse_bitwise_or();
  if (!is_comparison_start(kind())) return left;
  Compare* c = nullptr;
  for (;;) {
    CmpOp op;
    switch (kind()) {
      case TokenKind::EqEqual: op = CmpOp::Eq; break;
      case TokenKind::NotEqual: op = CmpOp::NotEq; break;
      case TokenKind::Less: op = CmpOp::Lt; break;
      case TokenKind::LessEqual: op = CmpOp::LtE; break;
      case TokenKind::Greater: op = CmpOp::Gt; break;
      case TokenKind::GreaterEqual: op = CmpOp::GtE; break;
      case TokenKind::KwIn: op = CmpOp::In; break;
      case TokenKind::KwIs:
        if (kind(1) == TokenKind::KwNot) {
          advance();
          op = CmpOp::IsNot;
        } else {
          op = CmpOp::Is;
        }
        break;
      case TokenKind::KwNot:
        if (kind(1) != TokenKind::KwIn) goto done;
        advance();
        op = CmpOp::NotIn;
        break;
      default:
        goto done;
    }
    advance();
    if (!c) {
      c = make<Compare>();
      c->left = left;
    }
    c->ops.push_back(op);
    c->comparators.push_back(parse_bitwise_or());
  }
done:
  if (!c) return left;
  return finish(c, start);
}

// ------------------------------------------------------- binary operators

Expr* Parser::parse_bitwise_or() { return parse_binary(1); }

Expr* Parser::parse_binary(int min_prec) {
  Pos start = start_of(peek());
  Expr* left = parse_factor();
  for (;;) {
    Operator op;
    int prec = binary_precedence(kind(), &op);
    if (prec == 0 || prec < min_prec) break;
    advance();
    Expr* right = parse_binary(prec + 1);
    auto* b = make<BinOp>();
    b->left = left;
    b->op = op;
    b->right = right;
    left = finish(b, start);
  }
  return left;
}

// factor: ('+'|'-'|'~') factor | power;  power: await_primary ['**' factor].
// Both recursions are unrolled onto an explicit stack.
Expr* Parser::parse_factor() {
  struct Frame {
    bool is_pow;
    UnaryOperator op;
    Pos start;
    Expr* base;
  };
  std::vector<Frame> frames;
  Expr* e;
  for (;;) {
    TokenKind k = kind();
    if (k == TokenKind::Minus || k == TokenKind::Plus || k == TokenKind::Tilde) {
      UnaryOperator op = k == TokenKind::Minus ? UnaryOperator::USub
                         : k == TokenKind::Plus ? UnaryOperator::UAdd
                                                : UnaryOperator::Invert;
      frames.push_back({false, op, start_of(advance()), nullptr});
      if (++depth_ > kMaxDepth) too_deep();
      continue;
    }
    Pos start = start_of(peek());
    Expr* base = parse_primary();
    if (at(TokenKind::DoubleStar)) {
      advance();
      frames.push_back({true, UnaryOperator::Not, start, base});
      depth_ += 2;
      if (depth_ > kMaxDepth) too_deep();
      continue;
    }
    e = base;
    break;
  }
  Pos end = prev_end_;
  int added = 0;
  for (std::size_t i = frames.size(); i-- > 0;) {
    const Frame& f = frames[i];
    if (f.is_pow) {
      auto* b = make<BinOp>();
      b->left = f.base;
      b->op = Operator::Pow;
      b->right = e;
      e = span(b, f.start, end);
      added += 2;
    } else {
      auto* u = make<UnaryOp>();
      u->op = f.op;
      u->operand = e;
      e = span(u, f.start, end);
      added += 1;
    }
  }
  depth_ -= added;
  return e;
}

Expr* Parser::parse_primary() {
  Pos start = start_of(peek());
  if (at(TokenKind::KwAwait)) {
    advance();
    auto* a = make<Await>();
    a->value = parse_primary_no_await();
    return finish(a, start);
  }
  return parse_primary_no_await();
}

Expr* Parser::parse_primary_no_await() {
  Pos start = start_of(peek());
  Expr* e = parse_atom();
  for (;;) {
    switch (kind()) {
      case TokenKind::Dot: {
        advance();
        if (!at(TokenKind::Name)) fail();
        auto* a = make<Attribute>();
        a->value = e;
        a->attr = ident(advance());
        e = finish(a, start);
        break;
      }
      case TokenKind::LPar:
        e = parse_call(e, start);
        break;
      case TokenKind::LSqb:
        e = parse_subscript(e, start);
        break;
      default:
        return e;
    }
  }
}

// ------------------------------------------------------------------- atoms

Expr* Parser::parse_atom() {
  const Token& t = peek();
  Pos start = start_of(t);
  switch (t.kind) {
    case TokenKind::Name: {
      advance();
      auto* n = make<Name>();
      n->id = ident(t);
      return finish(n, start);
    }
    case TokenKind::Number:
      return parse_number(advance());
    case TokenKind::String:
      return parse_strings();
    case TokenKind::KwNone: case TokenKind::KwTrue: case TokenKind::KwFalse:
    case TokenKind::Ellipsis: {
      advance();
      auto* c = make<Constant>();
      c->value_kind = t.kind == TokenKind::KwNone   ? ConstantKind::None
                      : t.kind == TokenKind::KwTrue ? ConstantKind::True
                      : t.kind == TokenKind::KwFalse ? ConstantKind::False
                                                     : ConstantKind::Ellipsis;
      return finish(c, start);
    }
    case TokenKind::LPar:
      return parse_paren_atom();
    case TokenKind::LSqb:
      return parse_list_atom();
    case TokenKind::LBrace:
      return parse_brace_atom();
    default:
      fail();
  }
}

Expr* Parser::parse_paren_atom() {
  Pos start = start_of(advance());
  if (at(TokenKind::RPar)) {
    advance();
    auto* t = make<Tuple>();
    mark_parenthesized(t);
    return finish(t, start);
  }
  if (at(TokenKind::KwYield)) {
    Expr* y = parse_yield_expression();
    expect(TokenKind::RPar);
    mark_parenthesized(y);
    return y;
  }
  if (at(TokenKind::DoubleStar)) {
    // invalid_group: '(' '**' expression ')'
    const Token& ds = peek();
    SavedState s = save();
    bool group = false;
    try {
      Speculation spec(this);
      advance();
      parse_expression();
      group = at(TokenKind::RPar);
    } catch (SyntaxErrorException& e) {
      if (lexer_failed_ || !e.soft) throw;
    }
    restore(s);
    if (group) error_token(ds, "cannot use double starred expression here");
    fail();
  }
  Expr* first = parse_star_named_expression();
  if (at_comprehension()) {
    if (first->kind == ExprKind::Starred) {
      error_node(first, "iterable unpacking cannot be used in comprehension");
    }
    auto* g = make<GeneratorExp>();
    g->elt = first;
    g->generators = parse_comprehension_clauses();
    expect(TokenKind::RPar);
    return finish(g, start);
  }
  if (at(TokenKind::Comma)) {
    auto* t = make<Tuple>();
    t->elts.push_back(first);
    while (accept(TokenKind::Comma)) {
      if (at(TokenKind::RPar)) break;
      t->elts.push_back(parse_star_named_expression());
    }
    expect(TokenKind::RPar);
    mark_parenthesized(t);
    return finish(t, start);
  }
  if (first->kind == ExprKind::Starred && at(TokenKind::RPar)) {
    error_node(first, "cannot use starred expression here");
  }
  expect(TokenKind::RPar);
  mark_parenthesized(first);
  return first;
}

Expr* Parser::parse_list_atom() {
  Pos start = start_of(advance());
  if (accept(TokenKind::RSqb)) return finish(make<List>(), start);
  Expr* first = parse_star_named_expression();
  if (at_comprehension()) {
    if (first->kind == ExprKind::Starred) {
      error_node(first, "iterable unpacking cannot be used in comprehension");
    }
    auto* l = make<ListComp>();
    l->elt = first;
    l->generators = parse_comprehension_clauses();
    expect(TokenKind::RSqb);
    return finish(l, start);
  }
  auto* l = make<List>();
  l->elts.push_back(first);
  while (at(TokenKind::Comma)) {
    const Token& comma = advance();
    if (at(TokenKind::RSqb)) break;
    if (l->elts.size() == 1 && at_comprehension()) {
      error_range(start_of(first), end_of(comma),
                  "did you forget parentheses around the comprehension target?");
    }
    l->elts.push_back(parse_star_named_expression());
  }
  if (at_comprehension() && l->elts.size() > 1) {
    error_nodes(l->elts.front(), l->elts.back(),
                "did you forget parentheses around the comprehension target?");
  }
  expect(TokenKind::RSqb);
  return finish(l, start);
}

Expr* Parser::parse_dict_value() {
  if (at(TokenKind::Star)) {
    Expr* s = parse_star_expression();
    error_node(s, "cannot use a starred expression in a dictionary value");
  }
  if (at(TokenKind::RBrace) || at(TokenKind::Comma)) {
    error_token(tokens_[pos_ - 1], "expression expected after dictionary key and ':'");
  }
  return parse_expression();
}

Expr* Parser::parse_brace_atom() {
  Pos start = start_of(advance());
  if (accept(TokenKind::RBrace)) return finish(make<Dict>(), start);
  Dict* d = nullptr;
  if (at(TokenKind::DoubleStar)) {
    const Token& ds = advance();
    d = make<Dict>();
    d->keys.push_back(nullptr);
    d->values.push_back(parse_bitwise_or());
    if (at_comprehension()) error_token(ds, "dict unpacking cannot be used in dict comprehension");
  } else {
    Expr* first = parse_star_named_expression();
    if (at(TokenKind::Colon) && first->kind != ExprKind::Starred) {
      advance();
      Expr* value = parse_dict_value();
      if (at_comprehension()) {
        auto* c = make<DictComp>();
        c->key = first;
        c->value = value;
        c->generators = parse_comprehension_clauses();
        expect(TokenKind::RBrace);
        return finish(c, start);
      }
      d = make<Dict>();
      d->keys.push_back(first);
      d->values.push_back(value);
    } else {
      if (at_comprehension()) {
        if (first->kind == ExprKind::Starred) {
          error_node(first, "iterable unpacking cannot be used in comprehension");
        }
        auto* c = make<SetComp>();
        c->elt = first;
        c->generators = parse_comprehension_clauses();
        expect(TokenKind::RBrace);
        return finish(c, start);
      }
      auto* s = make<Set>();
      s->elts.push_back(first);
      while (at(TokenKind::Comma)) {
        const Token& comma = advance();
        if (at(TokenKind::RBrace)) break;
        if (s->elts.size() == 1 && at_comprehension()) {
          error_range(start_of(first), end_of(comma),
                      "did you forget parentheses around the comprehension target?");
        }
        s->elts.push_back(parse_star_named_expression());
      }
      if (at_comprehension() && s->elts.size() > 1) {
        error_nodes(s->elts.front(), s->elts.back(),
                    "did you forget parentheses around the comprehension target?");
      }
      expect(TokenKind::RBrace);
      return finish(s, start);
    }
  }
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RBrace)) break;
    if (accept(TokenKind::DoubleStar)) {
      d->keys.push_back(nullptr);
      d->values.push_back(parse_bitwise_or());
      continue;
    }
    Expr* key = nullptr;
    {
      SavedState before = save();
      try {
        key = parse_expression();
      } catch (SyntaxErrorException& e) {
        if (lexer_failed_ || !e.soft) throw;
        // PEG backtracking: a shorter key (`a` of a broken `a == `) still
        // gets invalid_kvpair's message.
        SavedState failed = save();
        restore(before);
        try {
          Speculation spec(this);
          key = parse_bitwise_or();
        } catch (SyntaxErrorException& e2) {
          if (lexer_failed_ || !e2.soft) throw;
          key = nullptr;
        }
        if (!key || at(TokenKind::Colon)) {
          restore(failed);
          throw;
        }
      }
    }
    if (!at(TokenKind::Colon)) {
      // invalid_kvpair (after at least one complete pair).
      error_range({key->end_lineno, key->end_col_offset - 1}, {key->end_lineno, -1},
                  "':' expected after dictionary key");
    }
    advance();
    d->keys.push_back(key);
    d->values.push_back(parse_dict_value());
  }
  expect(TokenKind::RBrace);
  return finish(d, start);
}

std::vector<Comprehension*> Parser::parse_comprehension_clauses() {
  std::vector<Comprehension*> out;
  while (at_comprehension()) {
    auto* c = make<Comprehension>();
    c->is_async = accept(TokenKind::KwAsync) ? 1 : 0;
    advance();
    c->target = parse_star_targets();
    if (!at(TokenKind::KwIn)) fail();
    advance();
    c->iter = parse_disjunction();
    while (accept(TokenKind::KwIf)) c->ifs.push_back(parse_disjunction());
    out.push_back(c);
  }
  return out;
}

// Targets of `for` loops and comprehensions.
Expr* Parser::parse_star_targets() {
  std::size_t first_tok = pos_;
  Pos start = start_of(peek());
  // star_target: ['*'] (primary with trailers); anything else is found by
  // the reparse below, as CPython's invalid_for_target does.
  auto item = [this]() -> Expr* {
    if (!at(TokenKind::Star)) return parse_primary_no_await();
    Pos s = start_of(advance());
    auto* st = make<Starred>();
    st->value = parse_primary_no_await();
    return finish(st, s);
  };
  Expr* e = nullptr;
  try {
    e = item();
    if (at(TokenKind::Comma)) {
      auto* t = make<Tuple>();
      t->elts.push_back(e);
      while (accept(TokenKind::Comma)) {
        if (at(TokenKind::KwIn) || !can_start_expression(kind())) break;
        t->elts.push_back(item());
      }
      e = finish(t, start);
    }
  } catch (SyntaxErrorException& err) {
    if (lexer_failed_ || !err.soft) throw;
    e = nullptr;
  }
  if (!e || !at(TokenKind::KwIn) || invalid_target(e, TargetKind::For)) {
    std::size_t fail_pos = pos_;
    // CPython reports bad targets after reparsing them as star_expressions.
    SavedState s = save();
    pos_ = first_tok;
    Expr* all = nullptr;
    try {
      Speculation spec(this);
      all = parse_star_expressions();
      // Each `expression` of CPython's second pass checks for `a b`.
      check_forgotten_comma(peek());
    } catch (SyntaxErrorException& e) {
      if (lexer_failed_ || !e.soft) throw;
    }
    if (all) {
      if (Expr* bad = invalid_target(all, TargetKind::For)) {
        error_node(bad, std::string("cannot assign to ") + expr_name(bad));
      }
    }
    restore(s);
    pos_ = fail_pos;
    if (e) {
      if (Expr* bad = invalid_target(e, TargetKind::For)) {
        error_node(bad, std::string("cannot assign to ") + expr_name(bad));
      }
    }
    if (!e || !at(TokenKind::KwIn)) fail();
  }
  set_context(e, ExprContext::Store);
  return e;
}

// ---------------------------------------------------------- calls, slices

Expr* Parser::parse_call(Expr* func, Pos start) {
  Pos open = start_of(peek());
  int level = peek().level;
  advance();
  auto* c = make<Call>();
  c->func = func;
  parse_arguments(c->args, c->keywords, true, open, level);
  expect(TokenKind::RPar);
  return finish(c, start);
}

// Reports an argument-order error where CPython does: at the call's ')'.
// Reported where CPython's `args ',' args` stops reading: after the
// remaining arguments that parse.
void Parser::argument_order_error(int level, const char* msg) {
  (void)level;
  SavedState s = save();
  try {
    Speculation spec(this);
    for (;;) {
      if (at(TokenKind::Star) || at(TokenKind::DoubleStar)) advance();
      if (at(TokenKind::Name) && kind(1) == TokenKind::Equal) {
        advance();
        advance();
      }
      parse_expression();
      if (!accept(TokenKind::Comma)) break;
    }
    peek();
  } catch (SyntaxErrorException& e) {
    if (lexer_failed_ || !e.soft) throw;
  }
  std::size_t where = std::max(furthest_any_, pos_);
  restore(s);
  error_token(tokens_[where], msg);
}

void Parser::parse_arguments(std::vector<Expr*>& args, std::vector<Keyword*>& keywords,
                             bool is_call, Pos open, int level) {
  bool seen_keyword = false, seen_kwunpack = false;
  Pos first = start_of(peek());
  // CPython 3.11.2 marks the arguments before the star, from the first to
  // the keyword argument that precedes it.
  auto star_after_keywords = [&]() {
    error_range(first, node_end(keywords.back()), "iterable argument unpacking follows keyword argument unpacking");
  };
  while (!at(TokenKind::RPar)) {
    Pos s = start_of(peek());
    if (at(TokenKind::Star)) {
      advance();
      if (!keywords.empty() && (!can_start_expression(kind()) || at(TokenKind::Star))) star_after_keywords();
      auto* st = make<Starred>();
      st->value = parse_expression();
      if (seen_kwunpack) star_after_keywords();
      args.push_back(finish(st, s));
    } else if (at(TokenKind::DoubleStar)) {
      advance();
      auto* k = make<Keyword>();
      k->value = parse_expression();
      keywords.push_back(finish(k, s));
      seen_kwunpack = true;
    } else if (at(TokenKind::Name) && kind(1) == TokenKind::Equal) {
      auto* k = make<Keyword>();
      k->arg = ident(advance());
      const Token& eq = advance();
      k->value = parse_expression();
      if (at_comprehension()) {
        error_range(s, end_of(eq), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
      keywords.push_back(finish(k, s));
      seen_keyword = true;
    } else if ((at(TokenKind::KwTrue) || at(TokenKind::KwFalse) || at(TokenKind::KwNone)) &&
               kind(1) == TokenKind::Equal) {
      error_range(s, end_of(peek(1)), std::string("cannot assign to ") + token_text(kind()));
    } else {
      Expr* e = parse_named_expression(false);
      if (at_comprehension()) {
        if (!is_call) fail();
        auto* g = make<GeneratorExp>();
        g->elt = e;
        g->generators = parse_comprehension_clauses();
        if (args.empty() && keywords.empty() && at(TokenKind::RPar)) {
          args.push_back(span(g, open, end_of(peek())));
          return;
        }
        const Comprehension* last = g->generators.back();
        const Expr* last_item = last->ifs.empty() ? last->iter : last->ifs.back();
        error_range(start_of(e), node_end(last_item), "Generator expression must be parenthesized");
      }
      if (at(TokenKind::Equal)) {
        error_range(s, end_of(peek()),
                    "expression cannot contain assignment, perhaps you meant \"==\"?");
      }
      if ((seen_kwunpack || seen_keyword) && !at(TokenKind::Comma) && !at(TokenKind::RPar)) {
        check_forgotten_comma(peek());  // CPython's `expression` rule runs first
      }
      if (seen_kwunpack) {
        argument_order_error(level, "positional argument follows keyword argument unpacking");
      }
      if (seen_keyword) argument_order_error(level, "positional argument follows keyword argument");
      args.push_back(e);
    }
    if (!accept(TokenKind::Comma)) break;
  }
}

Expr* Parser::parse_subscript(Expr* value, Pos start) {
  advance();
  Pos s = start_of(peek());
  auto* sub = make<Subscript>();
  sub->value = value;
  Expr* first = parse_slice();
  if (at(TokenKind::Comma) || first->kind == ExprKind::Starred) {
    auto* t = make<Tuple>();
    t->elts.push_back(first);
    while (accept(TokenKind::Comma)) {
      if (at(TokenKind::RSqb)) break;
      t->elts.push_back(parse_slice());
    }
    first = finish(t, s);
  }
  sub->slice = first;
  expect(TokenKind::RSqb);
  return finish(sub, start);
}

Expr* Parser::parse_slice() {
  Pos start = start_of(peek());
  if (at(TokenKind::Star)) {
    // starred_expression: '*' expression
    advance();
    auto* st = make<Starred>();
    st->value = parse_expression();
    return finish(st, start);
  }
  Expr* lower = nullptr;
  if (!at(TokenKind::Colon)) {
    lower = parse_named_expression();
    if (!at(TokenKind::Colon)) return lower;
  }
  advance();
  auto* sl = make<Slice>();
  sl->lower = lower;
  if (!at(TokenKind::Colon) && !at(TokenKind::Comma) && !at(TokenKind::RSqb)) {
    sl->upper = parse_expression();
  }
  if (accept(TokenKind::Colon)) {
    if (!at(TokenKind::Comma) && !at(TokenKind::RSqb)) sl->step = parse_expression();
  }
  return finish(sl, start);
}

// -------------------------------------------------------------- parameters

Arg* Parser::parse_param(bool lambda, bool star_annotation) {
  if (!at(TokenKind::Name)) fail();
  const Token& t = advance();
  Pos start = start_of(t);
  auto* a = make<Arg>();
  a->arg = ident(t);
  if (!lambda && accept(TokenKind::Colon)) {
    a->annotation = star_annotation && at(TokenKind::Star) ? parse_star_expression()
                                                           : parse_expression();
  }
  return finish(a, start);
}

Arguments* Parser::parse_parameters(TokenKind closer, bool lambda) {
  auto* a = make<Arguments>();
  std::vector<Arg*> params;
  bool seen_slash = false, seen_star = false, seen_default = false, seen_kwarg = false;
  const Token* bare_star = nullptr;
  while (!at(closer)) {
    if (at(TokenKind::LPar) && !seen_slash && !seen_star && !seen_default) {
      check_parenthesized_parameters(lambda);
      fail();
    }
    if (seen_kwarg) {
      if (at(TokenKind::Name)) {
        Arg* p = parse_param(lambda, false);
        error_node(p, "arguments cannot follow var-keyword argument");
      }
      if (at(TokenKind::Star) || at(TokenKind::DoubleStar) || at(TokenKind::Slash)) {
        error_token(peek(), "arguments cannot follow var-keyword argument");
      }
      fail();
    }
    if (at(TokenKind::Slash)) {
      const Token& sl = peek();
      if (seen_slash) error_token(sl, "/ may appear only once");
      if (seen_star) error_token(sl, "/ must be ahead of *");
      if (params.empty()) error_token(sl, "at least one argument must precede /");
      advance();
      a->posonlyargs = std::move(params);
      params.clear();
      seen_slash = true;
    } else if (at(TokenKind::Star)) {
      const Token& st = peek();
      if (seen_star) error_token(st, "* argument may appear only once");
      advance();
      seen_star = true;
      if (at(TokenKind::Comma) || at(closer)) {
        bare_star = &st;
      } else {
        a->vararg = parse_param(lambda, true);
        if (at(TokenKind::Equal)) {
          error_token(peek(), "var-positional argument cannot have default value");
        }
      }
    } else if (at(TokenKind::DoubleStar)) {
      if (bare_star && a->kwonlyargs.empty()) {
        if (lambda) error_last("named arguments must follow bare *");
        error_token(*bare_star, "named arguments must follow bare *");
      }
      advance();
      a->kwarg = parse_param(lambda, false);
      if (at(TokenKind::Equal)) {
        error_token(peek(), "var-keyword argument cannot have default value");
      }
      seen_kwarg = true;
    } else {
      Arg* p = parse_param(lambda, false);
      Expr* def = nullptr;
      if (at(TokenKind::Equal)) {
        const Token& eq = advance();
        if (at(TokenKind::Comma) || (!lambda && at(closer))) {
          error_token(eq, "expected default value expression");
        }
        def = parse_expression();
      }
      if (seen_star) {
        a->kwonlyargs.push_back(p);
        a->kw_defaults.push_back(def);
      } else {
        if (def) {
          a->defaults.push_back(def);
          seen_default = true;
        } else if (seen_default) {
          if (!at(TokenKind::Comma) && !at(closer)) fail();
          error_node(p, "non-default argument follows default argument");
        }
        params.push_back(p);
      }
    }
    if (!accept(TokenKind::Comma)) break;
  }
  if (bare_star && a->kwonlyargs.empty()) {
    if (lambda) error_last("named arguments must follow bare *");
    error_token(*bare_star, "named arguments must follow bare *");
  }
  a->args = std::move(params);
  return a;
}

// invalid_parameters: `def f((a, b))` / `lambda (x): 0`.
void Parser::check_parenthesized_parameters(bool lambda) {
  const Token& open = peek();
  SavedState s = save();
  const Token* close = nullptr;
  try {
    Speculation spec(this);
    advance();
    for (;;) {
      parse_param(lambda, false);
      if (!accept(TokenKind::Comma)) break;
      if (at(TokenKind::RPar)) break;
    }
    if (at(TokenKind::RPar)) close = &peek();
  } catch (SyntaxErrorException& e) {
    if (lexer_failed_ || !e.soft) throw;
  }
  restore(s);
  if (close) {
    error_range(start_of(open), end_of(*close),
                lambda ? "Lambda expression parameters cannot be parenthesized"
                       : "Function parameters cannot be parenthesized");
  }
}

// ----------------------------------------------------------------- numbers

Expr* Parser::parse_number(const Token& t) {
  std::string_view raw = text(t);
  std::string s;
  s.reserve(raw.size());
  for (char c : raw) {
    if (c != '_') s.push_back(c);
  }
  auto* c = make<Constant>();
  char last = s.back();
  auto to_double = [](const std::string& str) {
    double v = 0;
    auto r = std::from_chars(str.data(), str.data() + str.size(), v);
    if (r.ec != std::errc()) v = std::strtod(str.c_str(), nullptr);
    return v;
  };
  if (last == 'j' || last == 'J') {
    c->value_kind = ConstantKind::Complex;
    s.pop_back();
    c->number = to_double(s);
  } else if (s.size() > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X' || s[1] == 'o' ||
                                             s[1] == 'O' || s[1] == 'b' || s[1] == 'B')) {
    c->value_kind = ConstantKind::Int;
    char b = static_cast<char>(s[1] | 0x20);
    c->int_base = b == 'x' ? 16 : b == 'o' ? 8 : 2;
    c->int_digits = s.substr(2);
  } else if (s.find_first_of(".eE") != std::string::npos) {
    c->value_kind = ConstantKind::Float;
    c->number = to_double(s);
  } else {
    c->value_kind = ConstantKind::Int;
    c->int_base = 10;
    c->int_digits = s;
    int64_t limit = int_literal_digit_limit();
    if (limit > 0 && static_cast<int64_t>(s.size()) > limit) {
      // No columns, as CPython: the line is enough to spot the literal.
      error_range({start_of(t).line, -1}, {end_of(t).line, -1},
                  "Exceeds the limit (" + std::to_string(limit) +
                      " digits) for integer string conversion: value has " + std::to_string(s.size()) +
                      " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal "
                      "for huge integer literals to avoid decimal conversion limits.");
    }
  }
  if (c->value_kind == ConstantKind::Int) {
    std::uint64_t v = 0;
    bool fits = true;
    for (char& ch : c->int_digits) {
      if (ch >= 'A' && ch <= 'F') ch = static_cast<char>(ch - 'A' + 'a');
      int d = ch <= '9' ? ch - '0' : ch - 'a' + 10;
      std::uint64_t base = static_cast<std::uint64_t>(c->int_base);
      if (v > (static_cast<std::uint64_t>(INT64_MAX) - static_cast<std::uint64_t>(d)) / base) {
        fits = false;
      } else if (fits) {
        v = v * base + static_cast<std::uint64_t>(d);
      }
    }
    c->int_fits_i64 = fits;
    c->int_i64 = fits ? static_cast<std::int64_t>(v) : 0;
  }
  return span(c, start_of(t), end_of(t));
}

}  // namespace taipan::parser
