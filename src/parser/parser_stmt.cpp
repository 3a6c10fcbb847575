// parser_stmt.cpp — statements: simple statements, assignments, blocks and
// every compound statement (if/while/for/with/try/def/class/match).
#include <cstdio>

#include "parser/parser_impl.h"

namespace taipan::parser {

using namespace ast;

namespace {

bool augassign_op(TokenKind k, Operator* op) {
  switch (k) {
    case TokenKind::PlusEqual: *op = Operator::Add; return true;
    case TokenKind::MinEqual: *op = Operator::Sub; return true;
    case TokenKind::StarEqual: *op = Operator::Mult; return true;
    case TokenKind::AtEqual: *op = Operator::MatMult; return true;
    case TokenKind::SlashEqual: *op = Operator::Div; return true;
    case TokenKind::PercentEqual: *op = Operator::Mod; return true;
    case TokenKind::AmperEqual: *op = Operator::BitAnd; return true;
    case TokenKind::VBarEqual: *op = Operator::BitOr; return true;
    case TokenKind::CircumflexEqual: *op = Operator::BitXor; return true;
    case TokenKind::LeftShiftEqual: *op = Operator::LShift; return true;
    case TokenKind::RightShiftEqual: *op = Operator::RShift; return true;
    case TokenKind::DoubleStarEqual: *op = Operator::Pow; return true;
    case TokenKind::DoubleSlashEqual: *op = Operator::FloorDiv; return true;
    default: return false;
  }
}

}  // namespace

// ------------------------------------------------------------------ blocks

std::vector<Stmt*> Parser::parse_statements_until(TokenKind end) {
  std::vector<Stmt*> out;
  while (!at(end) && !at(TokenKind::EndMarker)) parse_statement(out);
  return out;
}

void Parser::parse_statement(std::vector<Stmt*>& out) {
  stmt_start_tok_ = pos_;
  switch (kind()) {
    case TokenKind::KwIf: case TokenKind::KwWhile: case TokenKind::KwFor: case TokenKind::KwTry:
    case TokenKind::KwWith: case TokenKind::KwDef: case TokenKind::KwClass: case TokenKind::At:
    case TokenKind::KwAsync:
      out.push_back(parse_compound_statement());
      return;
    case TokenKind::Indent:
    case TokenKind::Newline:
      fail();
    case TokenKind::Name:
      if (at_soft_keyword("match")) {
        if (looks_like_match_statement() && match_header_ends_line()) {
          out.push_back(parse_match());
          return;
        }
        read_match_subject();
        match_candidates_.push_back(pos_);
      }
      break;
    default:
      break;
  }
  parse_simple_statements(out);
}

void Parser::parse_simple_statements(std::vector<Stmt*>& out) {
  for (;;) {
    out.push_back(parse_simple_statement());
    if (!accept(TokenKind::Semi)) break;
    if (at(TokenKind::Newline)) break;
  }
  if (!at(TokenKind::Newline)) fail();
  advance();
}

std::vector<Stmt*> Parser::parse_block(const char* what, int lineno) {
  if (accept(TokenKind::Newline)) {
    if (!at(TokenKind::Indent)) expected_block(what, lineno);
    advance();
    std::vector<Stmt*> body = parse_statements_until(TokenKind::Dedent);
    if (!accept(TokenKind::Dedent)) fail();
    return body;
  }
  std::vector<Stmt*> body;
  parse_simple_statements(body);
  return body;
}

// --------------------------------------------------------- simple statements

Stmt* Parser::parse_simple_statement() {
  Pos start = start_of(peek());
  switch (kind()) {
    case TokenKind::KwPass: advance(); return finish(make<Pass>(), start);
    case TokenKind::KwBreak: advance(); return finish(make<Break>(), start);
    case TokenKind::KwContinue: advance(); return finish(make<Continue>(), start);
    case TokenKind::KwReturn: return parse_return();
    case TokenKind::KwRaise: return parse_raise();
    case TokenKind::KwGlobal: return parse_global_nonlocal(true);
    case TokenKind::KwNonlocal: return parse_global_nonlocal(false);
    case TokenKind::KwDel: return parse_del();
    case TokenKind::KwAssert: return parse_assert();
    case TokenKind::KwImport: return parse_import();
    case TokenKind::KwFrom: return parse_from_import();
    default: return parse_expression_statement();
  }
}

Stmt* Parser::parse_expression_statement() {
  std::size_t first_tok = pos_;
  Pos start = start_of(peek());
  Expr* e = at(TokenKind::KwYield) ? parse_yield_expression() : parse_star_expressions();
  Operator op;
  if (at(TokenKind::Colon)) {
    if (e->kind != ExprKind::Name && e->kind != ExprKind::Attribute &&
        e->kind != ExprKind::Subscript) {
      // CPython's messages need an annotation after the ':'.
      TokenKind next = peek_raw(1).kind;
      if (e->kind == ExprKind::Starred || e->kind == ExprKind::Yield ||
          e->kind == ExprKind::YieldFrom || !can_start_expression(next) ||
          next == TokenKind::Star) {
        fail();
      }
      if (e->kind == ExprKind::Tuple) {
        if (is_parenthesized(e)) error_node(e, "only single target (not tuple) can be annotated");
        error_node(static_cast<Tuple*>(e)->elts[0],
                   "only single target (not tuple) can be annotated");
      }
      if (e->kind == ExprKind::List) error_node(e, "only single target (not list) can be annotated");
      error_node(e, "illegal target for annotation");
    }
    advance();
    auto* s = make<AnnAssign>();
    s->target = e;
    s->simple = e->kind == ExprKind::Name && tokens_[first_tok].kind == TokenKind::Name ? 1 : 0;
    set_context(e, ExprContext::Store);
    s->annotation = parse_expression();
    if (accept(TokenKind::Equal)) {
      s->value = at(TokenKind::KwYield) ? parse_yield_expression() : parse_star_expressions();
    }
    return finish(s, start);
  }
  if (at(TokenKind::ColonEqual) && tokens_[pos_ - 1].kind != TokenKind::Comma) {
    // invalid_assignment reads each element as a named expression.
    Expr* last = e;
    if (e->kind == ExprKind::Tuple && !is_parenthesized(e)) last = static_cast<Tuple*>(e)->elts.back();
    if (last->kind != ExprKind::Name && last->kind != ExprKind::Starred) check_walrus_target(last);
    fail();
  }
  if (augassign_op(kind(), &op)) {
    if (e->kind != ExprKind::Name && e->kind != ExprKind::Attribute &&
        e->kind != ExprKind::Subscript) {
      // invalid_assignment: star_expressions augassign (yield_expr | star_expressions)
      SavedState saved = save();
      bool rhs_ok = false;
      try {
        Speculation spec(this);
        advance();
        if (at(TokenKind::KwYield)) {
          parse_yield_expression();
        } else {
          parse_star_expressions();
        }
        rhs_ok = true;
      } catch (SyntaxErrorException& err) {
        if (lexer_failed_ || !err.soft) throw;
      }
      restore(saved);
      bool from_star_expressions = !((e->kind == ExprKind::Yield || e->kind == ExprKind::YieldFrom) &&
                                     !is_parenthesized(e));
      if (rhs_ok && from_star_expressions) {
        error_node(e, std::string("'") + expr_name(e) +
                          "' is an illegal expression for augmented assignment");
      }
      fail();
    }
    advance();
    auto* s = make<AugAssign>();
    s->target = e;
    s->op = op;
    set_context(e, ExprContext::Store);
    s->value = at(TokenKind::KwYield) ? parse_yield_expression() : parse_star_expressions();
    return finish(s, start);
  }
  if (at(TokenKind::Equal)) {
    std::vector<Expr*> items{e};
    std::vector<std::size_t> starts{first_tok};
    while (at(TokenKind::Equal)) {
      // Like CPython, complain about a bad target before reading further.
      if (invalid_target(items.back(), TargetKind::Star) != nullptr) {
        assignment_error(items, starts, pos_);
      }
      advance();
      starts.push_back(pos_);
      items.push_back(at(TokenKind::KwYield) ? parse_yield_expression() : parse_star_expressions());
    }
    auto* s = make<Assign>();
    s->value = items.back();
    items.pop_back();
    for (Expr* t : items) set_context(t, ExprContext::Store);
    s->targets = std::move(items);
    return finish(s, start);
  }
  auto* s = make<ExprStmt>();
  s->value = e;
  return finish(s, start);
}

Stmt* Parser::parse_return() {
  Pos start = start_of(advance());
  auto* s = make<Return>();
  if (can_start_expression(kind())) s->value = parse_star_expressions();
  return finish(s, start);
}

Stmt* Parser::parse_raise() {
  Pos start = start_of(advance());
  auto* s = make<Raise>();
  if (can_start_expression(kind()) && !at(TokenKind::Star)) {
    s->exc = parse_expression();
    if (accept(TokenKind::KwFrom)) s->cause = parse_expression();
  }
  return finish(s, start);
}

Stmt* Parser::parse_global_nonlocal(bool global) {
  Pos start = start_of(advance());
  std::vector<std::string> names;
  for (;;) {
    if (!at(TokenKind::Name)) fail();
    names.push_back(ident(advance()));
    if (!accept(TokenKind::Comma)) break;
  }
  if (global) {
    auto* s = make<Global>();
    s->names = std::move(names);
    return finish(s, start);
  }
  auto* s = make<Nonlocal>();
  s->names = std::move(names);
  return finish(s, start);
}

Stmt* Parser::parse_del() {
  Pos start = start_of(advance());
  auto* s = make<Delete>();
  std::size_t first = pos_;
  // del_target: a primary with trailers; anything else is diagnosed by
  // reparsing as star_expressions (CPython's invalid_del_stmt).
  bool ok = true;
  try {
    for (;;) {
      if (at(TokenKind::Star) || !can_start_expression(kind())) {
        ok = false;
        break;
      }
      s->targets.push_back(parse_primary_no_await());
      if (!accept(TokenKind::Comma)) break;
      if (!can_start_expression(kind()) || at(TokenKind::Star)) break;
    }
  } catch (SyntaxErrorException& e) {
    if (lexer_failed_ || !e.soft) throw;
    ok = false;
  }
  if (ok) {
    for (Expr* t : s->targets) {
      if (invalid_target(t, TargetKind::Del)) ok = false;
    }
  }
  if (!ok || (!at(TokenKind::Semi) && !at(TokenKind::Newline))) {
    std::size_t fail_pos = pos_;
    SavedState saved = save();
    pos_ = first;
    Expr* all = nullptr;
    try {
      Speculation spec(this);
      all = parse_star_expressions();
    } catch (SyntaxErrorException& e) {
      if (lexer_failed_ || !e.soft) throw;
    }
    restore(saved);
    if (all) {
      if (Expr* bad = invalid_target(all, TargetKind::Del)) {
        error_node(bad, std::string("cannot delete ") + expr_name(bad));
      }
    }
    pos_ = fail_pos;
    fail();
  }
  for (Expr* t : s->targets) set_context(t, ExprContext::Del);
  return finish(s, start);
}

Stmt* Parser::parse_assert() {
  Pos start = start_of(advance());
  auto* s = make<Assert>();
  s->test = parse_expression();
  if (accept(TokenKind::Comma)) s->msg = parse_expression();
  return finish(s, start);
}

std::string Parser::parse_dotted_name() {
  if (!at(TokenKind::Name)) fail();
  std::string name = ident(advance());
  while (at(TokenKind::Dot)) {
    advance();
    if (!at(TokenKind::Name)) fail();
    name += '.';
    name += ident(advance());
  }
  return name;
}

Alias* Parser::parse_dotted_alias() {
  Pos start = start_of(peek());
  auto* a = make<Alias>();
  a->name = parse_dotted_name();
  if (accept(TokenKind::KwAs)) {
    if (!at(TokenKind::Name)) fail();
    a->asname = ident(advance());
  }
  return finish(a, start);
}

Stmt* Parser::parse_import() {
  Pos start = start_of(advance());
  auto* s = make<Import>();
  for (;;) {
    s->names.push_back(parse_dotted_alias());
    if (!accept(TokenKind::Comma)) break;
  }
  return finish(s, start);
}

Stmt* Parser::parse_from_import() {
  Pos start = start_of(advance());
  auto* s = make<ImportFrom>();
  for (;;) {
    if (accept(TokenKind::Dot)) {
      s->level += 1;
    } else if (accept(TokenKind::Ellipsis)) {
      s->level += 3;
    } else {
      break;
    }
  }
  if (!at(TokenKind::KwImport) || s->level == 0) s->module = parse_dotted_name();
  if (!at(TokenKind::KwImport)) fail();
  advance();
  if (at(TokenKind::Star)) {
    Pos ss = start_of(peek());
    advance();
    auto* a = make<Alias>();
    a->name = "*";
    s->names.push_back(finish(a, ss));
    return finish(s, start);
  }
  bool parens = accept(TokenKind::LPar);
  for (;;) {
    if (!at(TokenKind::Name)) fail();
    Pos as = start_of(peek());
    auto* a = make<Alias>();
    a->name = ident(advance());
    if (accept(TokenKind::KwAs)) {
      if (!at(TokenKind::Name)) fail();
      a->asname = ident(advance());
    }
    s->names.push_back(finish(a, as));
    if (!accept(TokenKind::Comma)) break;
    if (parens && at(TokenKind::RPar)) break;
    if (!parens && (at(TokenKind::Newline) || at(TokenKind::Semi))) {
      error_last("trailing comma not allowed without surrounding parentheses");
    }
  }
  if (parens) expect(TokenKind::RPar);
  return finish(s, start);
}

// ------------------------------------------------------- compound statements

Stmt* Parser::parse_compound_statement() {
  switch (kind()) {
    case TokenKind::KwIf: return parse_if();
    case TokenKind::KwWhile: return parse_while();
    case TokenKind::KwFor: return parse_for(nullptr);
    case TokenKind::KwWith: return parse_with(nullptr);
    case TokenKind::KwTry: return parse_try();
    case TokenKind::KwDef: return parse_funcdef({}, nullptr);
    case TokenKind::KwClass: return parse_classdef({});
    case TokenKind::At: return parse_decorated();
    case TokenKind::KwAsync: {
      const Token& a = advance();
      switch (kind()) {
        case TokenKind::KwDef: return parse_funcdef({}, &a);
        case TokenKind::KwFor: return parse_for(&a);
        case TokenKind::KwWith: return parse_with(&a);
        default: fail();
      }
    }
    default: fail();
  }
}

Stmt* Parser::parse_decorated() {
  std::vector<Expr*> decorators;
  while (at(TokenKind::At)) {
    advance();
    decorators.push_back(parse_named_expression());
    if (!accept(TokenKind::Newline)) fail();
  }
  if (at(TokenKind::KwDef)) return parse_funcdef(std::move(decorators), nullptr);
  if (at(TokenKind::KwClass)) return parse_classdef(std::move(decorators));
  if (at(TokenKind::KwAsync) && kind(1) == TokenKind::KwDef) {
    const Token& a = advance();
    return parse_funcdef(std::move(decorators), &a);
  }
  fail();
}

Stmt* Parser::parse_if() {
  struct Clause {
    Pos start;
    Expr* test;
    std::vector<Stmt*> body;
  };
  std::vector<Clause> clauses;
  const char* what = "'if' statement";
  do {
    const Token& t = advance();
    Clause c;
    c.start = start_of(t);
    c.test = parse_named_expression();
    expect_colon(false);
    c.body = parse_block(what, t.lineno);
    clauses.push_back(std::move(c));
    // Each elif nests one If deeper (CPython's parser recurses on it).
    if (depth_ + static_cast<int>(clauses.size()) > kMaxDepth) too_deep();
    what = "'elif' statement";
  } while (at(TokenKind::KwElif));
  std::vector<Stmt*> orelse;
  if (at(TokenKind::KwElse)) {
    const Token& t = advance();
    expect(TokenKind::Colon);
    orelse = parse_block("'else' statement", t.lineno);
  }
  // Every If of an elif chain ends where the whole statement ends.
  Pos end = prev_end_;
  for (std::size_t i = clauses.size(); i-- > 0;) {
    auto* s = make<If>();
    s->test = clauses[i].test;
    s->body = std::move(clauses[i].body);
    s->orelse = std::move(orelse);
    span(s, clauses[i].start, end);
    orelse = {s};
  }
  return orelse[0];
}

Stmt* Parser::parse_while() {
  const Token& t = advance();
  Pos start = start_of(t);
  auto* s = make<While>();
  s->test = parse_named_expression();
  expect_colon(false);
  s->body = parse_block("'while' statement", t.lineno);
  if (at(TokenKind::KwElse)) {
    const Token& e = advance();
    expect(TokenKind::Colon);
    s->orelse = parse_block("'else' statement", e.lineno);
  }
  return finish(s, start);
}

Stmt* Parser::parse_for(const Token* async_tok) {
  const Token& t = advance();
  Pos start = start_of(async_tok ? *async_tok : t);
  Expr* target = parse_star_targets();
  if (!at(TokenKind::KwIn)) fail();
  advance();
  Expr* iter = parse_star_expressions();
  expect_colon(false);
  std::vector<Stmt*> body = parse_block("'for' statement", t.lineno);
  std::vector<Stmt*> orelse;
  if (at(TokenKind::KwElse)) {
    const Token& e = advance();
    expect(TokenKind::Colon);
    orelse = parse_block("'else' statement", e.lineno);
  }
  if (async_tok) {
    auto* s = make<AsyncFor>();
    s->target = target;
    s->iter = iter;
    s->body = std::move(body);
    s->orelse = std::move(orelse);
    return finish(s, start);
  }
  auto* s = make<For>();
  s->target = target;
  s->iter = iter;
  s->body = std::move(body);
  s->orelse = std::move(orelse);
  return finish(s, start);
}

// `with (` starts parenthesised items iff `'(' with_item, ... ')' ':'`
// parses; like CPython, try that first (it also decides how far the parser
// has read when reporting an error).
bool Parser::with_items_parenthesized() {
  SavedState s = save();
  bool ok = false;
  bool missing_colon = false;
  ++quiet_;
  try {
    advance();
    for (;;) {
      parse_with_item();
      if (!accept(TokenKind::Comma)) break;
      if (at(TokenKind::RPar)) break;
    }
    ok = accept(TokenKind::RPar) && at(TokenKind::Colon);
    missing_colon = !ok && tokens_[pos_ - 1].kind == TokenKind::RPar && at(TokenKind::Newline);
  } catch (SyntaxErrorException&) {
    // A first-pass-only parse: CPython raises no rule errors here.
    if (lexer_failed_) {
      --quiet_;
      throw;
    }
  }
  --quiet_;
  restore(s);
  if (missing_colon) error_last("expected ':'");  // invalid_with_stmt
  return ok;
}

WithItem* Parser::parse_with_item() {
  auto* item = make<WithItem>();
  item->context_expr = parse_expression();
  if (!accept(TokenKind::KwAs)) return item;
  // star_target &(',' | ')' | ':'); otherwise CPython's invalid_with_item
  // reads an expression to name the bad target.
  std::size_t target_start = pos_;
  Expr* target = nullptr;
  try {
    if (at(TokenKind::Star)) {
      Pos s = start_of(advance());
      auto* st = make<Starred>();
      st->value = parse_primary_no_await();
      target = finish(st, s);
    } else {
      target = parse_primary_no_await();
    }
  } catch (SyntaxErrorException& e) {
    if (lexer_failed_ || !e.soft) throw;
    target = nullptr;
  }
  bool followed = at(TokenKind::Comma) || at(TokenKind::RPar) || at(TokenKind::Colon);
  if (!target || !followed || invalid_target(target, TargetKind::Star)) {
    std::size_t fail_pos = pos_;
    SavedState saved = save();
    pos_ = target_start;
    Expr* bad = nullptr;
    try {
      Speculation spec(this);
      Expr* e = parse_expression();
      if (at(TokenKind::Comma) || at(TokenKind::RPar) || at(TokenKind::Colon)) {
        bad = invalid_target(e, TargetKind::Star);
      }
    } catch (SyntaxErrorException& e) {
      if (lexer_failed_ || !e.soft) throw;
    }
    restore(saved);
    if (bad) error_node(bad, std::string("cannot assign to ") + expr_name(bad));
    pos_ = fail_pos;
    if (target && !followed && at(TokenKind::Newline)) error_last("expected ':'");
    fail();
  }
  set_context(target, ExprContext::Store);
  item->optional_vars = target;
  return item;
}

Stmt* Parser::parse_with(const Token* async_tok) {
  const Token& t = advance();
  Pos start = start_of(async_tok ? *async_tok : t);
  std::vector<WithItem*> items;
  if (at(TokenKind::LPar) && with_items_parenthesized()) {
    advance();
    for (;;) {
      items.push_back(parse_with_item());
      if (!accept(TokenKind::Comma)) break;
      if (at(TokenKind::RPar)) break;
    }
    expect(TokenKind::RPar);
  } else {
    for (;;) {
      items.push_back(parse_with_item());
      if (!accept(TokenKind::Comma)) break;
    }
  }
  expect_colon(false);
  std::vector<Stmt*> body = parse_block("'with' statement", t.lineno);
  if (async_tok) {
    auto* s = make<AsyncWith>();
    s->items = std::move(items);
    s->body = std::move(body);
    return finish(s, start);
  }
  auto* s = make<With>();
  s->items = std::move(items);
  s->body = std::move(body);
  return finish(s, start);
}

Stmt* Parser::parse_try() {
  const Token& t = advance();
  Pos start = start_of(t);
  expect(TokenKind::Colon);
  std::vector<Stmt*> body = parse_block("'try' statement", t.lineno);
  std::vector<ExceptHandler*> handlers;
  bool saw_star = false, saw_plain = false;
  while (at(TokenKind::KwExcept)) {
    const Token& et = advance();
    Pos es = start_of(et);
    bool is_star = at(TokenKind::Star);
    if ((is_star && saw_plain) || (!is_star && saw_star)) {
      // CPython says so only when the rest of the clause is well formed.
      if (except_clause_well_formed(is_star)) {
        if (is_star) {
          error_range(es, end_of(peek()), "cannot have both 'except' and 'except*' on the same 'try'");
        }
        error_token(et, "cannot have both 'except' and 'except*' on the same 'try'");
      }
      fail();
    }
    if (is_star) advance();
    (is_star ? saw_star : saw_plain) = true;
    auto* h = make<ExceptHandler>();
    if (at(TokenKind::Newline)) error_last("expected ':'");
    if (!at(TokenKind::Colon)) {
      Pos ts = start_of(peek());
      h->type = parse_expression();
      if (at(TokenKind::Comma)) {
        // invalid_except_stmt: expression ',' expressions ['as' NAME] ':'
        SavedState saved = save();
        bool matches = false;
        Pos end{};
        try {
          Speculation spec(this);
          advance();
          if (can_start_expression(kind()) && !at(TokenKind::Star)) {
            parse_expressions();
            accept(TokenKind::Comma);
            end = prev_end_;
            bool as_ok = !accept(TokenKind::KwAs) || accept(TokenKind::Name);
            matches = as_ok && at(TokenKind::Colon);
          }
        } catch (SyntaxErrorException& e) {
          if (lexer_failed_ || !e.soft) throw;
        }
        restore(saved);
        if (matches) error_range(ts, end, "multiple exception types must be parenthesized");
        fail();
      }
      if (accept(TokenKind::KwAs)) {
        if (!at(TokenKind::Name)) fail();
        h->name = ident(advance());
      }
    } else if (is_star) {
      error_last("expected one or more exception types");
    }
    expect_colon(false);
    h->body = parse_block(is_star ? "'except*' statement" : "'except' statement", et.lineno);
    handlers.push_back(finish(h, es));
  }
  std::vector<Stmt*> orelse, finalbody;
  if (!handlers.empty() && at(TokenKind::KwElse)) {
    const Token& e = advance();
    expect(TokenKind::Colon);
    orelse = parse_block("'else' statement", e.lineno);
  }
  if (at(TokenKind::KwFinally)) {
    const Token& f = advance();
    expect(TokenKind::Colon);
    finalbody = parse_block("'finally' statement", f.lineno);
  }
  if (handlers.empty() && finalbody.empty()) error_last("expected 'except' or 'finally' block");
  if (saw_star) {
    auto* s = make<TryStar>();
    s->body = std::move(body);
    s->handlers = std::move(handlers);
    s->orelse = std::move(orelse);
    s->finalbody = std::move(finalbody);
    return finish(s, start);
  }
  auto* s = make<Try>();
  s->body = std::move(body);
  s->handlers = std::move(handlers);
  s->orelse = std::move(orelse);
  s->finalbody = std::move(finalbody);
  return finish(s, start);
}

// After `except`: `['*'] [expression ['as' NAME]] ':'` (an expression is
// required after '*').
bool Parser::except_clause_well_formed(bool star) {
  SavedState s = save();
  bool ok = false;
  try {
    Speculation spec(this);
    if (star) advance();
    if (star || !at(TokenKind::Colon)) {
      parse_expression();
      if (accept(TokenKind::KwAs) && !accept(TokenKind::Name)) throw SyntaxErrorException{{}, true};
    }
    ok = at(TokenKind::Colon);
  } catch (SyntaxErrorException& e) {
    if (lexer_failed_ || !e.soft) throw;
  }
  restore(s);
  return ok;
}

Stmt* Parser::parse_funcdef(std::vector<Expr*> decorators, const Token* async_tok) {
  const Token& t = advance();
  Pos start = start_of(async_tok ? *async_tok : t);
  if (!at(TokenKind::Name)) fail();
  std::string name = ident(advance());
  expect(TokenKind::LPar);
  Arguments* args = parse_parameters(TokenKind::RPar, false);
  expect(TokenKind::RPar);
  Expr* returns = nullptr;
  if (at(TokenKind::RArrow)) {
    if (!can_start_expression(kind(1)) || kind(1) == TokenKind::Star) {
      error_token(peek(), "expected ':'");
    }
    advance();
    returns = parse_expression();
  }
  expect(TokenKind::Colon);
  std::vector<Stmt*> body = parse_block("function definition", t.lineno);
  if (async_tok) {
    auto* s = make<AsyncFunctionDef>();
    s->name = std::move(name);
    s->args = args;
    s->body = std::move(body);
    s->decorator_list = std::move(decorators);
    s->returns = returns;
    return finish(s, start);
  }
  auto* s = make<FunctionDef>();
  s->name = std::move(name);
  s->args = args;
  s->body = std::move(body);
  s->decorator_list = std::move(decorators);
  s->returns = returns;
  return finish(s, start);
}

Stmt* Parser::parse_classdef(std::vector<Expr*> decorators) {
  const Token& t = advance();
  Pos start = start_of(t);
  if (!at(TokenKind::Name)) fail();
  auto* s = make<ClassDef>();
  s->name = ident(advance());
  if (at(TokenKind::LPar)) {
    Pos open = start_of(peek());
    int level = peek().level;
    advance();
    parse_arguments(s->bases, s->keywords, false, open, level);
    expect(TokenKind::RPar);
  }
  expect_colon(false);
  s->body = parse_block("class definition", t.lineno);
  s->decorator_list = std::move(decorators);
  return finish(s, start);
}

// --------------------------------------------------------------------- match

// `match` starts a match statement iff the logical line ends with ':' (an
// expression statement never does).
bool Parser::looks_like_match_statement() {
  const Token* t1 = scan_peek(1);
  if (!t1 || !can_start_expression(t1->kind)) return false;
  TokenKind prev = t1->kind;
  for (std::size_t i = 1;; ++i) {
    const Token* t = scan_peek(i);
    if (!t) return false;
    if (t->kind == TokenKind::Newline || t->kind == TokenKind::EndMarker) break;
    prev = t->kind;
  }
  return prev == TokenKind::Colon;
}

// `match subject ':'` must be followed by NEWLINE; otherwise CPython falls
// back to reading the line as a simple statement.
bool Parser::match_header_ends_line() {
  SavedState s = save();
  bool ok = false;
  ++quiet_;
  try {
    advance();
    parse_star_named_expression();
    while (accept(TokenKind::Comma)) {
      if (!can_start_expression(kind())) break;
      parse_star_named_expression();
    }
    ok = accept(TokenKind::Colon) && at(TokenKind::Newline);
  } catch (SyntaxErrorException&) {
    if (lexer_failed_) {
      --quiet_;
      throw;
    }
  }
  --quiet_;
  restore(s);
  return ok;
}

// CPython first tries to read a match statement's subject after `match`;
// the tokens it reads matter for where a later syntax error is reported.
void Parser::read_match_subject() {
  const Token* next = scan_peek(1);
  if (!next || !can_start_expression(next->kind)) return;
  SavedState s = save();
  ++quiet_;
  ++pos_;
  try {
    parse_star_named_expression();
    while (accept(TokenKind::Comma)) {
      if (!can_start_expression(kind())) break;
      parse_star_named_expression();
    }
    if (at(TokenKind::Colon)) peek(1);  // ':' NEWLINE
  } catch (SyntaxErrorException&) {
    // A first-pass-only parse: CPython raises no rule errors here.
    if (lexer_failed_) {
      --quiet_;
      throw;
    }
  }
  --quiet_;
  restore(s);
}

Stmt* Parser::parse_match() {
  const Token& t = advance();
  Pos start = start_of(t);
  auto* s = make<Match>();
  Pos ss = start_of(peek());
  Expr* first = parse_star_named_expression();
  if (at(TokenKind::Comma)) {
    auto* tup = make<Tuple>();
    tup->elts.push_back(first);
    while (accept(TokenKind::Comma)) {
      if (!can_start_expression(kind())) break;
      tup->elts.push_back(parse_star_named_expression());
    }
    first = finish(tup, ss);
  } else if (first->kind == ExprKind::Starred) {
    fail();
  }
  s->subject = first;
  expect_colon(false);
  if (!accept(TokenKind::Newline)) fail();
  if (!at(TokenKind::Indent)) expected_block("'match' statement", t.lineno);
  advance();
  while (!at(TokenKind::Dedent) && !at(TokenKind::EndMarker)) {
    if (!at_soft_keyword("case")) fail();
    s->cases.push_back(parse_case_block());
  }
  if (!accept(TokenKind::Dedent)) fail();
  return finish(s, start);
}

MatchCase* Parser::parse_case_block() {
  const Token& t = advance();
  auto* c = make<MatchCase>();
  c->pattern = parse_patterns();
  if (accept(TokenKind::KwIf)) c->guard = parse_named_expression();
  expect_colon(false);
  c->body = parse_block("'case' statement", t.lineno);
  return c;
}

}  // namespace taipan::parser
