// parser.cpp — the parser's infrastructure (token buffer, positions, error
// reporting, recursion guard), the entry points for each parse mode, and the
// public parse() function.
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>

#include "parser/encoding.h"
#include "parser/nfkc.h"
#include "parser/parser_impl.h"

using namespace taipan::ast;

namespace taipan::parser {
namespace {

struct TooComplex {};

}  // namespace

Parser::Parser(const SourceText& src, ast::Arena& arena)
    : src_(src), arena_(arena), lexer_(src) {}

Parser::Parser(const SourceText& src, ast::Arena& arena, int line_shift, int col_shift, int depth)
    : src_(src), arena_(arena), lexer_(src), line_shift_(line_shift), col_shift_(col_shift),
      fstring_mode_(true), depth_(depth) {}

// ------------------------------------------------------------------ tokens

void Parser::fetch() {
  if (lexer_error_) {
    lexer_failed_ = true;
    throw *lexer_error_;
  }
  try {
    tokens_.push_back(lexer_.next());
  } catch (SyntaxErrorException& e) {
    lexer_error_ = std::make_unique<SyntaxErrorException>(e);
    lexer_failed_ = true;
    lexer_failed_speculating_ = speculating_ > 0;
    throw;
  }
}

const Token& Parser::peek_slow(std::size_t k) {
  while (pos_ + k >= tokens_.size()) {
    if (!tokens_.empty() && tokens_.back().kind == TokenKind::EndMarker) {
      return tokens_.back();
    }
    fetch();
  }
  return tokens_[pos_ + k];
}

const Token* Parser::scan_peek(std::size_t k) {
  try {
    return &peek_raw(k);
  } catch (SyntaxErrorException&) {
    // Reported later, when (and if) the parser itself gets there.
    lexer_failed_ = false;
    return nullptr;
  }
}

const Token& Parser::advance() {
  const Token& t = peek();
  if (t.kind != TokenKind::EndMarker) ++pos_;
  switch (t.kind) {
    case TokenKind::Newline: case TokenKind::Indent: case TokenKind::Dedent:
    case TokenKind::EndMarker:
      break;
    default:
      prev_end_ = end_of(t);
  }
  return t;
}

bool Parser::accept(TokenKind k) {
  if (kind() != k) return false;
  advance();
  return true;
}

const Token& Parser::expect(TokenKind k) {
  if (kind() != k) {
    switch (k) {
      case TokenKind::Colon: error_token(peek(), "expected ':'");
      case TokenKind::LPar: error_token(peek(), "expected '('");
      default: fail();
    }
  }
  return advance();
}

void Parser::expect_colon(bool forced) {
  if (at(TokenKind::Colon)) {
    advance();
    return;
  }
  if (forced || at(TokenKind::Newline)) error_token(peek(), "expected ':'");
  fail();
}

std::string_view Parser::text(const Token& t) const {
  return std::string_view(src_.text()).substr(t.start, t.end - t.start);
}

std::string Parser::ident(const Token& t) const {
  std::string_view w = text(t);
  for (char c : w) {
    if (static_cast<unsigned char>(c) >= 0x80) return nfkc_identifier(w);
  }
  return std::string(w);
}

bool Parser::is_name_token(std::size_t k, std::string_view word) {
  const Token& t = peek(k);
  return t.kind == TokenKind::Name && text(t) == word;
}

bool Parser::at_soft_keyword(std::string_view word) { return is_name_token(0, word); }

// --------------------------------------------------------------- positions

Pos Parser::start_of(const Token& t) const {
  // CPython shifts columns only for tokens that end on the first line of an
  // f-string replacement field.
  int col = t.col;
  if (fstring_mode_ && t.end_lineno == 1) col += col_shift_;
  return {t.lineno + line_shift_, col};
}

Pos Parser::end_of(const Token& t) const {
  int col = t.end_col;
  if (fstring_mode_ && t.end_lineno == 1) col += col_shift_;
  return {t.end_lineno + line_shift_, col};
}

// ------------------------------------------------------------------ errors

void Parser::error_token(const Token& t, const std::string& msg, const char* type) {
  std::string m = fstring_mode_ ? "f-string: " + msg : msg;
  ErrorLocation loc;
  loc.lineno = t.lineno;
  if (t.col < 0) {
    // INDENT/DEDENT/ENDMARKER: CPython uses its cursor and no end.
    std::uint32_t ls = src_.line_start(t.lineno);
    loc.offset = count_chars(std::string_view(src_.text()).substr(ls, t.start > ls ? t.start - ls : 0));
    loc.end_lineno = t.lineno;
    loc.end_offset = -1;
  } else {
    loc.offset = src_.char_col(t.lineno, t.col) + 1;
    loc.end_lineno = t.end_lineno;
    loc.end_offset = src_.char_col(t.end_lineno, t.end_col) + 1;
    std::uint32_t buffer = lexer_.token_buffer_begin();
    if (t.lineno == lexer_.current_line() && buffer < src_.line_start(t.lineno)) {
      // CPython converts the columns against its input buffer, which began
      // on an earlier line (inside a multi-line token).
      std::uint32_t line_end = src_.line_start(t.lineno) + static_cast<std::uint32_t>(src_.line(t.lineno).size()) + 1;
      std::string_view buf = std::string_view(src_.text()).substr(buffer, line_end - buffer);
      auto conv = [&](int col) {
        std::size_t n = static_cast<std::size_t>(col) + 1;
        if (n > buf.size()) return count_chars(buf) + 1;
        return count_chars(buf.substr(0, n));
      };
      loc.offset = conv(t.col);
      if (t.end_lineno == t.lineno) loc.end_offset = conv(t.end_col);
    }
  }
  throw_error(src_, type, m, loc, t.lineno == lexer_.current_line());
}

void Parser::error_range(Pos start, Pos end, const std::string& msg, const char* type) {
  check_earlier_match_statements();
  // Positions are in node coordinates; errors are reported in the
  // coordinates of this parser's own text (as CPython does in f-strings).
  if (fstring_mode_) {
    if (start.line - line_shift_ == 1) start.col -= col_shift_;
    if (end.line - line_shift_ == 1) end.col -= col_shift_;
    start.line -= line_shift_;
    end.line -= line_shift_;
  }
  std::string m = fstring_mode_ ? "f-string: " + msg : msg;
  throw_error_range(src_, type, m, start.line, start.col, end.line, end.col,
                    start.line == lexer_.current_line());
}

void Parser::error_node(const ast::Node* n, const std::string& msg) {
  error_range(start_of(n), node_end(n), msg);
}

// CPython's second pass reparses from the top: an earlier statement
// `match x` (a call, say) produces "expected ':'" before any error here.
void Parser::check_earlier_match_statements() {
  if (speculating_ > 0 || quiet_ > 0 || fstring_mode_) return;
  std::size_t saved = stmt_start_tok_;
  std::vector<std::size_t> earlier;
  for (std::size_t c : match_candidates_) {
    if (c < stmt_start_tok_) earlier.push_back(c);
  }
  if (earlier.empty()) return;
  std::swap(earlier, match_candidates_);
  try {
    check_match_missing_colon();
  } catch (...) {
    std::swap(earlier, match_candidates_);
    throw;
  }
  std::swap(earlier, match_candidates_);
  stmt_start_tok_ = saved;
}

void Parser::error_nodes(const ast::Node* a, const ast::Node* b, const std::string& msg) {
  error_range(start_of(a), node_end(b), msg);
}

void Parser::error_last(const std::string& msg, const char* type) {
  peek();
  error_token(tokens_[std::max(furthest_any_, pos_)], msg, type);
}

void Parser::expected_block(const char* what, int lineno) {
  char msg[160];
  std::snprintf(msg, sizeof msg, "expected an indented block after %s on line %d", what,
                lineno - line_shift_);
  error_last(msg, "IndentationError");
}

void Parser::too_deep() { throw TooComplex{}; }

void Parser::fail() { fail_at(peek()); }

void Parser::fail_at(const Token& t) {
  // CPython's second pass (better messages) runs before it falls back to
  // "unexpected indent" or "invalid syntax".
  bool current = &t == &peek_raw();
  if (current && speculating_ == 0 && quiet_ == 0) check_match_missing_colon();
  if (current && speculating_ <= 1 && quiet_ == 0) check_forgotten_comma(t);
  if (t.kind == TokenKind::Indent || t.kind == TokenKind::Dedent) {
    try {
      error_token(t, t.kind == TokenKind::Indent ? "unexpected indent" : "unexpected unindent",
                  "IndentationError");
    } catch (SyntaxErrorException& e) {
      e.final_error = true;
      throw;
    }
  }
  // Like CPython, report at the furthest token the (first-pass) parse read.
  const Token& where = current && speculating_ == 0 && furthest_ > pos_ ? tokens_[furthest_] : t;
  try {
    if (where.col < 0) {
      // ENDMARKER/DEDENT: CPython's known-location path gives 0 and 0.
      throw_error(src_, "SyntaxError", fstring_mode_ ? "f-string: invalid syntax" : "invalid syntax",
                  ErrorLocation{where.lineno, 0, where.lineno, 0},
                  where.lineno == lexer_.current_line());
    }
    error_token(where, "invalid syntax");
  } catch (SyntaxErrorException& e) {
    e.soft = true;
    throw;
  }
}

// CPython's invalid_expression / invalid_legacy_expression: two expressions
// side by side, `a b`, where the previous expression ended.
void Parser::check_forgotten_comma(const Token& t) {
  if (!last_expr_ || last_expr_end_tok_ != pos_) return;
  if (!can_start_expression(t.kind) || t.kind == TokenKind::Star) return;
  Expr* a = last_expr_;
  const Token& first = tokens_[last_expr_first_tok_];
  bool single_name = a->kind == ExprKind::Name && last_expr_end_tok_ == last_expr_first_tok_ + 1;
  const std::string* id = single_name ? &static_cast<Name*>(a)->id : nullptr;
  bool legacy = id && (*id == "print" || *id == "exec");
  SavedState s = save();
  // invalid_expression: `a b` inside brackets.
  bool excluded = legacy;
  if (first.kind == TokenKind::Name) {
    // CPython's SOFT_KEYWORD test compares only the name's length, so any
    // prefix of "_", "case" or "match" counts.
    std::string_view w = text(first);
    for (std::string_view kw : {"_", "case", "match"}) {
      if (kw.substr(0, w.size()) == w) excluded = true;
    }
    if (tokens_[last_expr_first_tok_ + 1].kind == TokenKind::String) excluded = true;
  }
  if (!excluded) {
    // b is CPython's expression_without_invalid: its own errors do not
    // count, and a conditional expression without `else` is a disjunction.
    Expr* b = nullptr;
    int level = 0;
    {
      Speculation spec(this);
      try {
        b = parse_expression();
      } catch (SyntaxErrorException&) {
        if (lexer_failed_) throw;
        restore(s);
        try {
          b = parse_disjunction();
        } catch (SyntaxErrorException&) {
          if (lexer_failed_) throw;
          b = nullptr;
        }
      }
      if (b) level = tokens_[pos_ - 1].level;
    }
    restore(s);
    if (b && level > 0) error_nodes(a, b, "invalid syntax. Perhaps you forgot a comma?");
  }
  // invalid_legacy_expression: NAME !'(' star_expressions.
  if (single_name) {
    bool ok = false;
    Pos end{};
    try {
      Speculation spec(this);
      parse_star_expressions();
      ok = true;
      end = prev_end_;
    } catch (SyntaxErrorException& e) {
      if (lexer_failed_ || e.action_error) throw;
    }
    restore(s);
    if (ok && legacy) {
      error_range(start_of(a), end,
                  "Missing parentheses in call to '" + *id + "'. Did you mean " + *id + "(...)?");
    }
  }
}

// `match x` followed by a newline: CPython says "expected ':'". Its second
// pass finds this in any statement starting with `match` parsed so far, so
// an earlier `match(x)` call statement also triggers it.
void Parser::check_match_missing_colon() {
  for (std::size_t start : match_candidates_) {
    if (start > pos_) break;
    SavedState s = save();
    pos_ = start + 1;
    bool missing = false;
    try {
      Speculation spec(this);
      if (can_start_expression(kind())) {
        parse_star_named_expression();
        while (accept(TokenKind::Comma)) {
          if (!can_start_expression(kind())) break;
          parse_star_named_expression();
        }
        missing = at(TokenKind::Newline);
      }
    } catch (SyntaxErrorException& e) {
      if (lexer_failed_ || !e.soft) throw;
    }
    restore(s);
    if (missing) error_last("expected ':'");
  }
}

// ------------------------------------------------------------- entry points

ast::Mod* Parser::parse_module() {
  auto* m = make<ast::Module>();
  m->body = parse_statements_until(TokenKind::EndMarker);
  return m;
}

ast::Mod* Parser::parse_eval() {
  auto* m = make<ast::Expression>();
  m->body = parse_expressions();
  while (accept(TokenKind::Newline)) {
  }
  if (!at(TokenKind::EndMarker)) fail();
  return m;
}

// compile(..., "single"): one statement. After a simple statement only
// blank lines and comments may follow (CPython checks the raw text).
ast::Mod* Parser::parse_interactive() {
  auto* m = make<ast::Interactive>();
  if (at(TokenKind::EndMarker) || at(TokenKind::Newline)) fail();
  bool compound = false;
  switch (kind()) {
    case TokenKind::KwIf: case TokenKind::KwWhile: case TokenKind::KwFor: case TokenKind::KwTry:
    case TokenKind::KwWith: case TokenKind::KwDef: case TokenKind::KwClass: case TokenKind::At:
    case TokenKind::KwAsync:
      compound = true;
      break;
    default:
      break;
  }
  parse_statement(m->body);
  if (compound || m->body.back()->kind == ast::StmtKind::Match) {
    accept(TokenKind::Newline);
    // CPython's tokenizer turns the end of the input into one NEWLINE after
    // a real token, which ends the compound statement; after the implicit
    // NEWLINE of a last line without '\n' (`if x: pass`), none is left.
    const Token& last = tokens_[pos_ - 1];
    if (!at(TokenKind::EndMarker) || (last.kind == TokenKind::Newline && last.col < 0)) fail();
    return m;
  }
  const Token& nl = tokens_[pos_ - 1];
  std::string_view rest = std::string_view(src_.text()).substr(nl.end < src_.size() ? nl.end : src_.size());
  for (std::size_t i = 0; i < rest.size(); ++i) {
    char c = rest[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\f') continue;
    if (c != '#') error_token(nl, "multiple statements found while compiling a single statement");
    while (i < rest.size() && rest[i] != '\n') ++i;
  }
  return m;
}

ast::Mod* Parser::parse_function_type() {
  auto* m = make<ast::FunctionType>();
  // CPython's type_expressions: plain types, then `*t`, then `**t`, with no
  // trailing comma; the stars are dropped from the tree.
  expect(TokenKind::LPar);
  enum { kPlain, kAfterStar, kAfterDoubleStar } stage = kPlain;
  while (!at(TokenKind::RPar)) {
    if (accept(TokenKind::DoubleStar)) {
      stage = kAfterDoubleStar;
    } else if (stage == kPlain && accept(TokenKind::Star)) {
      stage = kAfterStar;
    } else if (stage != kPlain) {
      fail();
    }
    m->argtypes.push_back(parse_expression());
    if (stage == kAfterDoubleStar || !accept(TokenKind::Comma)) break;
    if (at(TokenKind::RPar)) fail();
  }
  expect(TokenKind::RPar);
  expect(TokenKind::RArrow);
  m->returns = parse_expression();
  while (accept(TokenKind::Newline)) {
  }
  if (!at(TokenKind::EndMarker)) fail();
  return m;
}

ast::Expr* Parser::parse_fstring_replacement() {
  ast::Expr* e = parse_star_expressions();
  while (accept(TokenKind::Newline)) {
  }
  if (!at(TokenKind::EndMarker)) fail();
  return e;
}

void Parser::check_rest_for_lexer_errors(SyntaxErrorInfo& err) {
  if (lexer_failed_) return;
  int err_line = tokens_.empty() ? 1 : tokens_[std::max(furthest_any_, pos_)].lineno;
  std::unique_ptr<SyntaxErrorException> found = std::move(lexer_error_);
  if (!found) {
    try {
      for (;;) {
        Token t = lexer_.next();
        if (t.kind == TokenKind::EndMarker) return;
      }
    } catch (SyntaxErrorException& e) {
      found = std::make_unique<SyntaxErrorException>(e);
    }
  }
  if (!lexer_.open_brackets().empty() &&
      (lexer_.failed_on_unclosed_bracket() || !found->overrides_parser_errors)) {
    // An error token inside brackets: CPython reports the innermost open
    // bracket if it was opened before the line of the parser's error.
    if (err_line > lexer_.open_brackets().back().lineno) {
      try {
        lexer_.throw_unclosed_bracket();
      } catch (SyntaxErrorException& e) {
        err = e.info;
      }
    }
    return;
  }
  if (!found->overrides_parser_errors) return;
  err = found->info;
}

bool Parser::failed_at_end_of_input() const {
  // A lexer error met only by the error-message passes (speculation) is one
  // CPython's first pass never reached.
  if (lexer_failed_ && !lexer_failed_speculating_) return lexer_error_ && lexer_.failed_at_end();
  if (tokens_.empty()) return false;
  // A string's closing quote ends it; any other token at the very end
  // needed a look at the character after it, as did the tokens made there
  // (the implicit NEWLINE, DEDENTs, ENDMARKER).
  const Token& t = tokens_[std::min(furthest_, tokens_.size() - 1)];
  return t.end >= src_.size() && t.kind != TokenKind::String;
}

SyntaxErrorInfo Parser::incomplete_input_error() {
  if (lexer_failed_ && !lexer_failed_speculating_ && lexer_.failed_on_unclosed_bracket() &&
      !src_.text().empty()) {
    // CPython's tokenizer cursor is at the end of the input, on its last line.
    std::size_t last = src_.text().size() - 1;
    int line = src_.line_count();
    while (line > 1 && src_.line_start(line) > last) --line;
    std::string_view tail = std::string_view(src_.text()).substr(src_.line_start(line));
    try {
      throw_error(src_, "SyntaxError", "incomplete input", ErrorLocation{line, count_chars(tail), line, -1}, true);
    } catch (SyntaxErrorException& e) {
      return std::move(e.info);
    }
  }
  if (lexer_failed_ && !lexer_failed_speculating_ && lexer_error_) {
    // CPython reports its tokenizer's cursor: where the lexer stopped.
    SyntaxErrorInfo info = lexer_error_->info;
    info.type = "SyntaxError";
    info.msg = "incomplete input";
    info.end_lineno = info.lineno;
    info.end_offset = -1;
    return info;
  }
  try {
    error_token(tokens_[std::min(furthest_, tokens_.size() - 1)], "incomplete input");
  } catch (SyntaxErrorException& e) {
    return std::move(e.info);
  }
}

// ------------------------------------------------------------------ public

namespace {
std::atomic<int64_t> g_int_literal_digit_limit{4300};  // CPython's default
}  // namespace

int64_t int_literal_digit_limit() { return g_int_literal_digit_limit.load(std::memory_order_relaxed); }
void set_int_literal_digit_limit(int64_t limit) { g_int_literal_digit_limit.store(limit, std::memory_order_relaxed); }

ParseResult parse(std::string_view source, std::string_view filename, ParseMode mode,
                  SourceKind kind, uint32_t flags) {
  ParseResult result;
  result.arena = std::make_unique<ast::Arena>();
  std::string decoded;
  if (kind == SourceKind::Bytes) {
    try {
      decoded = apply_coding_declaration(source, filename);
    } catch (SyntaxErrorException& e) {
      result.error = std::move(e.info);
      return result;
    }
    source = decoded;
  }
  SourceText src(source, filename, kind == SourceKind::Bytes, mode == ParseMode::Exec);
  Parser parser(src, *result.arena);
  if ((flags & kParseDontImplyDedent) != 0 && mode == ParseMode::Single) parser.set_dont_imply_dedent();
  try {
    if (src.text().find('\0') != std::string::npos) {
      SyntaxErrorInfo info;
      info.type = "ValueError";
      info.msg = "source code string cannot contain null bytes";
      info.filename = std::string(filename);
      throw SyntaxErrorException{info};
    }
    src.validate_utf8();
    switch (mode) {
      case ParseMode::Exec: result.mod = parser.parse_module(); break;
      case ParseMode::Eval: result.mod = parser.parse_eval(); break;
      case ParseMode::Single: result.mod = parser.parse_interactive(); break;
      case ParseMode::FunctionType: result.mod = parser.parse_function_type(); break;
    }
  } catch (SyntaxErrorException& e) {
    result.mod = nullptr;
    result.error = std::move(e.info);
    if ((flags & kParseAllowIncompleteInput) != 0 && parser.failed_at_end_of_input()) {
      result.error = parser.incomplete_input_error();
    } else if (!parser.lexer_failed() && !e.final_error) {
      parser.check_rest_for_lexer_errors(*result.error);
    }
  } catch (TooComplex&) {
    result.mod = nullptr;
    SyntaxErrorInfo info;
    info.type = "MemoryError";
    info.filename = std::string(filename);
    result.error = std::move(info);
  }
  if (result.error) result.error->filename = std::string(filename);
  return result;
}

}  // namespace taipan::parser
