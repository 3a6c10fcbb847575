// parser_pattern.cpp — `case` patterns of the match statement: sequence,
// mapping, class, value, literal, capture, wildcard, or- and as-patterns.
#include "parser/parser_impl.h"

namespace taipan::parser {

using namespace ast;

// patterns: open_sequence_pattern | pattern
Pattern* Parser::parse_patterns() {
  Pos start = start_of(peek());
  Pattern* first = parse_maybe_star_pattern();
  if (!at(TokenKind::Comma)) {
    if (first->kind == PatternKind::MatchStar) fail();
    return first;
  }
  auto* seq = make<MatchSequence>();
  seq->patterns.push_back(first);
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::Colon) || at(TokenKind::KwIf) || at(TokenKind::Newline)) break;
    seq->patterns.push_back(parse_maybe_star_pattern());
  }
  return finish(seq, start);
}

std::string Parser::parse_capture_target() {
  if (!at(TokenKind::Name)) fail();
  const Token& t = peek();
  if (text(t) == "_") fail();
  TokenKind next = kind(1);
  if (next == TokenKind::Dot || next == TokenKind::LPar || next == TokenKind::Equal) {
    advance();
    fail();
  }
  advance();
  return ident(t);
}

Pattern* Parser::parse_maybe_star_pattern() {
  if (!at(TokenKind::Star)) return parse_as_pattern();
  Pos start = start_of(advance());
  auto* s = make<MatchStar>();
  if (at(TokenKind::Name) && text(peek()) == "_") {
    advance();
  } else {
    s->name = parse_capture_target();
  }
  return finish(s, start);
}

Pattern* Parser::parse_as_pattern() {
  Pos start = start_of(peek());
  Pattern* p = parse_or_pattern();
  if (!at(TokenKind::KwAs)) return p;
  advance();
  if (at(TokenKind::Name) && text(peek()) == "_") error_token(peek(), "cannot use '_' as a target");
  if (!at(TokenKind::Name)) {
    Expr* e = parse_expression();
    error_node(e, "invalid pattern target");
  }
  auto* a = make<MatchAs>();
  a->pattern = p;
  a->name = parse_capture_target();
  return finish(a, start);
}

Pattern* Parser::parse_or_pattern() {
  Pos start = start_of(peek());
  Pattern* first = parse_closed_pattern();
  if (!at(TokenKind::VBar)) return first;
  auto* o = make<MatchOr>();
  o->patterns.push_back(first);
  while (accept(TokenKind::VBar)) o->patterns.push_back(parse_closed_pattern());
  return finish(o, start);
}

Expr* Parser::parse_signed_number() {
  Pos start = start_of(peek());
  if (at(TokenKind::Minus)) {
    advance();
    if (!at(TokenKind::Number)) fail();
    auto* u = make<UnaryOp>();
    u->op = UnaryOperator::USub;
    u->operand = parse_number(advance());
    return finish(u, start);
  }
  if (!at(TokenKind::Number)) fail();
  return parse_number(advance());
}

// signed_number !('+' | '-') | complex_number
Expr* Parser::parse_literal_number_expr() {
  Pos start = start_of(peek());
  Expr* e = parse_signed_number();
  if (!at(TokenKind::Plus) && !at(TokenKind::Minus)) return e;
  Operator op = at(TokenKind::Plus) ? Operator::Add : Operator::Sub;
  const Expr* real = e->kind == ExprKind::UnaryOp ? static_cast<UnaryOp*>(e)->operand : e;
  if (static_cast<const Constant*>(real)->value_kind == ConstantKind::Complex) {
    error_node(real, "real number required in complex literal");
  }
  advance();
  if (!at(TokenKind::Number)) fail();
  Expr* imag = parse_number(advance());
  if (static_cast<const Constant*>(imag)->value_kind != ConstantKind::Complex) {
    error_node(imag, "imaginary number required in complex literal");
  }
  auto* b = make<BinOp>();
  b->left = e;
  b->op = op;
  b->right = imag;
  return finish(b, start);
}

Expr* Parser::parse_name_or_attr() {
  Pos start = start_of(peek());
  if (!at(TokenKind::Name)) fail();
  auto* n = make<Name>();
  n->id = ident(advance());
  Expr* e = finish(n, start);
  while (at(TokenKind::Dot)) {
    advance();
    if (!at(TokenKind::Name)) fail();
    auto* a = make<Attribute>();
    a->value = e;
    a->attr = ident(advance());
    e = finish(a, start);
  }
  return e;
}

Pattern* Parser::parse_closed_pattern() {
  const Token& t = peek();
  Pos start = start_of(t);
  switch (t.kind) {
    case TokenKind::Number: case TokenKind::Minus: {
      auto* v = make<MatchValue>();
      v->value = parse_literal_number_expr();
      return finish(v, start);
    }
    case TokenKind::String: {
      auto* v = make<MatchValue>();
      v->value = parse_strings();
      return finish(v, start);
    }
    case TokenKind::KwNone: case TokenKind::KwTrue: case TokenKind::KwFalse: {
      advance();
      auto* s = make<MatchSingleton>();
      s->value = t.kind == TokenKind::KwNone   ? ConstantKind::None
                 : t.kind == TokenKind::KwTrue ? ConstantKind::True
                                               : ConstantKind::False;
      return finish(s, start);
    }
    case TokenKind::Name: {
      TokenKind next = kind(1);
      if (text(t) == "_" && next != TokenKind::Dot && next != TokenKind::LPar) {
        advance();
        return finish(make<MatchAs>(), start);
      }
      Expr* e = parse_name_or_attr();
      if (at(TokenKind::LPar)) return parse_class_pattern(e, start);
      if (e->kind == ExprKind::Attribute) {
        auto* v = make<MatchValue>();
        v->value = e;
        return finish(v, start);
      }
      if (at(TokenKind::Equal)) fail();
      auto* a = make<MatchAs>();
      a->name = static_cast<Name*>(e)->id;
      return finish(a, start);
    }
    case TokenKind::LPar: {
      advance();
      if (accept(TokenKind::RPar)) return finish(make<MatchSequence>(), start);
      Pattern* p = parse_maybe_star_pattern();
      if (at(TokenKind::Comma)) {
        auto* seq = make<MatchSequence>();
        seq->patterns.push_back(p);
        while (accept(TokenKind::Comma)) {
          if (at(TokenKind::RPar)) break;
          seq->patterns.push_back(parse_maybe_star_pattern());
        }
        expect(TokenKind::RPar);
        return finish(seq, start);
      }
      if (p->kind == PatternKind::MatchStar) fail();
      expect(TokenKind::RPar);
      return p;
    }
    case TokenKind::LSqb: {
      advance();
      auto* seq = make<MatchSequence>();
      while (!at(TokenKind::RSqb)) {
        seq->patterns.push_back(parse_maybe_star_pattern());
        if (!accept(TokenKind::Comma)) break;
      }
      expect(TokenKind::RSqb);
      return finish(seq, start);
    }
    case TokenKind::LBrace:
      return parse_mapping_pattern();
    default:
      fail();
  }
}

Pattern* Parser::parse_mapping_pattern() {
  Pos start = start_of(advance());
  auto* m = make<MatchMapping>();
  while (!at(TokenKind::RBrace)) {
    if (accept(TokenKind::DoubleStar)) {
      m->rest = parse_capture_target();
      accept(TokenKind::Comma);
      if (!at(TokenKind::RBrace)) fail();
      break;
    }
    Expr* key;
    switch (kind()) {
      case TokenKind::Number: case TokenKind::Minus:
        key = parse_literal_number_expr();
        break;
      case TokenKind::String:
        key = parse_strings();
        break;
      case TokenKind::KwNone: case TokenKind::KwTrue: case TokenKind::KwFalse:
        key = parse_atom();
        break;
      case TokenKind::Name:
        key = parse_name_or_attr();
        if (key->kind != ExprKind::Attribute) fail();
        break;
      default:
        fail();
    }
    if (!accept(TokenKind::Colon)) fail();
    m->keys.push_back(key);
    m->patterns.push_back(parse_as_pattern());
    if (!accept(TokenKind::Comma)) break;
  }
  expect(TokenKind::RBrace);
  return finish(m, start);
}

Pattern* Parser::parse_class_pattern(Expr* cls, Pos start) {
  advance();  // '('
  auto* c = make<MatchClass>();
  c->cls = cls;
  bool seen_keyword = false;
  while (!at(TokenKind::RPar)) {
    if (at(TokenKind::Name) && kind(1) == TokenKind::Equal) {
      c->kwd_attrs.push_back(ident(advance()));
      advance();
      c->kwd_patterns.push_back(parse_as_pattern());
      seen_keyword = true;
    } else {
      Pattern* p = parse_as_pattern();
      if (seen_keyword) {
        Pattern* last = p;
        while (at(TokenKind::Comma) && !(kind(1) == TokenKind::Name && kind(2) == TokenKind::Equal) &&
               kind(1) != TokenKind::RPar) {
          advance();
          last = parse_as_pattern();
        }
        error_nodes(p, last, "positional patterns follow keyword patterns");
      }
      c->patterns.push_back(p);
    }
    if (!accept(TokenKind::Comma)) break;
  }
  expect(TokenKind::RPar);
  return finish(c, start);
}

}  // namespace taipan::parser
